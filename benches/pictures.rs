//! Maps with pictures: opening one with 50 pictures up to its first frame, and a frame
//! with all 50 on screen, each beside the same map without pictures measured in the same
//! run. Pictures are decoded on the editor's picture thread, so neither the opening nor
//! a frame waits for a decoder; a frame only draws the textures that are ready.
//!
//! Run with `cargo bench --bench pictures`.

#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set itself up fails there, with the reason"
)]

use std::time::Duration;

use egui::{Pos2, RawInput, Rect, vec2};
use journeymap::app::dialogs::{Choice, FileDialogs};
use journeymap::app::{JourneyApp, Start};
use journeymap::edit::History;
use journeymap::edit::pictures::{PictureTarget, set_picture};
use journeymap::export::Format;
use journeymap::generate::{Settings, generate};
use journeymap::model::JourneyMap;

fn main() {
    divan::main();
}

/// With and without its pictures.
const PICTURES: [usize; 2] = [0, 50];

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_map(&mut self) -> Choice {
        Choice::Cancelled
    }
    fn save_picture(&mut self, _: &str, _: Format) -> Choice {
        Choice::Cancelled
    }
    fn save_map(&mut self, _: &str) -> Choice {
        Choice::Cancelled
    }
    fn pick_picture(&mut self) -> Choice {
        Choice::Cancelled
    }
}

/// A photo-like picture (smooth colours and noise, which JPEG keeps large), 1600 × 1200
/// once stored, different for each `seed`.
fn photo(seed: u32) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(u64::from(seed));
    let image = image::RgbImage::from_fn(2000, 1500, |x, y| {
        let noise = rng.u8(0..24);
        image::Rgb([
            ((x / 8 + seed * 37) % 230) as u8 + noise,
            ((y / 6 + seed * 11) % 230) as u8 + noise,
            ((x + y) / 16 % 230) as u8 + noise,
        ])
    });
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .expect("a JPEG");
    bytes
}

/// A generated map of 300 cards, `pictures` of them showing a photo of their own.
fn map_with(pictures: usize) -> JourneyMap {
    let mut map = generate(Settings::for_cards(300));
    let mut history = History::new();
    let step = map.cards.len() / pictures.max(1);
    for i in 0..pictures {
        let picture = journeymap::pictures::ingest(&photo(i as u32), &format!("photo {i}.jpg"))
            .expect("a photo");
        let target = PictureTarget::Card(map.cards[i * step].id.clone());
        let edit = set_picture(&map, &target, Some(picture)).expect("room in the file");
        history.apply(&mut map, edit).expect("the edit fits");
    }
    map
}

fn written(pictures: usize) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!(
        "journeymap-bench-pictures-{pictures}-{}.json",
        std::process::id()
    ));
    let json = journeymap::file::to_json(&map_with(pictures));
    // The size the figures are for: most of it is the pictures' base64.
    eprintln!(
        "a map of 300 cards and {pictures} photos: {:.1} MB",
        json.len() as f64 / 1e6
    );
    std::fs::write(&path, json).expect("temp file");
    path
}

fn frame(ctx: &egui::Context, app: &mut JourneyApp, time: &mut f64) {
    *time += 1.0 / 60.0;
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1920.0, 1080.0))),
        time: Some(*time),
        ..RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| app.editor_ui(ui));
    let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
}

/// From nothing to the first frame of the map: read, parsed, checked (each picture's
/// header looked at), laid out and drawn, its pictures handed to the picture thread.
#[divan::bench(args = PICTURES, sample_count = 20)]
fn open_to_first_frame(bencher: divan::Bencher, pictures: usize) {
    let path = written(pictures);
    bencher.bench_local(|| {
        let ctx = egui::Context::default();
        let mut app =
            JourneyApp::with_dialogs(&ctx, Start::File(path.clone()), Box::new(NoDialogs))
                .with_io_patience(Duration::from_secs(60));
        let mut time = 0.0;
        frame(&ctx, &mut app, &mut time);
        assert!(!app.is_opening(), "open within the first frame");
        app
    });
    let _ = std::fs::remove_file(&path);
}

/// A frame with the whole map fitted, so all its pictures are on screen, once the picture
/// thread has decoded them all.
#[divan::bench(args = PICTURES, sample_count = 30)]
fn frame_with_pictures_on_screen(bencher: divan::Bencher, pictures: usize) {
    let path = written(pictures);
    let ctx = egui::Context::default();
    let mut app = JourneyApp::with_dialogs(&ctx, Start::File(path.clone()), Box::new(NoDialogs))
        .with_io_patience(Duration::from_secs(60));
    let mut time = 0.0;
    frame(&ctx, &mut app, &mut time);
    let deadline = std::time::Instant::now() + Duration::from_secs(300);
    while app.pictures_busy() || app.is_opening() {
        assert!(std::time::Instant::now() < deadline, "pictures decoded");
        std::thread::sleep(Duration::from_millis(5));
        frame(&ctx, &mut app, &mut time);
    }
    for _ in 0..3 {
        frame(&ctx, &mut app, &mut time);
    }
    let _ = std::fs::remove_file(&path);
    bencher.bench_local(|| frame(&ctx, &mut app, &mut time));
}
