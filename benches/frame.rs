//! One frame of the whole editor, headless, at 1920×1080: layout (when it changed), paint,
//! the overlay and the widgets, and tessellation into the triangles the GPU would receive.
//! Maps of 100, 300, 1,000 and 10,000 generated cards, at 100 % zoom and at "fit map", and
//! during a drag of one card whose drop target changes every frame.
//!
//! Run with `cargo bench --bench frame`.

#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set itself up fails there, with the reason"
)]

use egui::{Event, PointerButton, Pos2, RawInput, Rect, vec2};
use journeymap::app::dialogs::{Choice, FileDialogs};
use journeymap::app::{Action, JourneyApp, Start};
use journeymap::export::Format;
use journeymap::generate::{Settings, generate};

fn main() {
    divan::main();
}

const SIZES: [usize; 4] = [100, 300, 1_000, 10_000];

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

/// A headless editor on a generated map, with its clock.
struct Editor {
    ctx: egui::Context,
    app: JourneyApp,
    time: f64,
}

impl Editor {
    fn new(cards: usize) -> Editor {
        let map = generate(Settings::for_cards(cards));
        let path = std::env::temp_dir().join(format!(
            "journeymap-bench-{cards}-{}.json",
            std::process::id()
        ));
        std::fs::write(&path, journeymap::file::to_json(&map)).expect("temp file");
        let ctx = egui::Context::default();
        let app = JourneyApp::with_dialogs(&ctx, Start::File(path.clone()), Box::new(NoDialogs));
        let _ = std::fs::remove_file(&path);
        let mut editor = Editor {
            ctx,
            app,
            time: 0.0,
        };
        // The first frames fit the map and load fonts.
        for _ in 0..3 {
            editor.frame(Vec::new());
        }
        editor
    }

    /// One frame with these input events; returns the number of triangles' vertices.
    fn frame(&mut self, events: Vec<Event>) -> usize {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1920.0, 1080.0))),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.editor_ui(ui));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    fn actual_size(&mut self) {
        let ctx = self.ctx.clone();
        self.app.perform(&ctx, Action::ZoomReset);
        self.frame(Vec::new());
    }
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn fit_map(bencher: divan::Bencher, cards: usize) {
    let mut editor = Editor::new(cards);
    bencher.bench_local(|| editor.frame(Vec::new()));
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn actual_size(bencher: divan::Bencher, cards: usize) {
    let mut editor = Editor::new(cards);
    editor.actual_size();
    bencher.bench_local(|| editor.frame(Vec::new()));
}

/// Mid-drag at 100 %: the pointer moves between two cells every frame, so the map that
/// makes room for the card is laid out again each time.
#[divan::bench(args = SIZES, sample_count = 30)]
fn dragging_a_card(bencher: divan::Bencher, cards: usize) {
    let mut editor = Editor::new(cards);
    editor.actual_size();
    let canvas = editor.app.canvas();
    let screen_from_map = editor.app.view().screen_from_map(canvas);
    let card = editor
        .app
        .laid_out()
        .cards
        .iter()
        .map(|c| screen_from_map.mul_rect(c.rect))
        .find(|r| canvas.contains_rect(*r))
        .expect("a card on screen");
    let start = card.center();
    let cell_width = editor.app.laid_out().columns[0].body.width() * screen_from_map.scaling;
    editor.frame(vec![Event::PointerMoved(start)]);
    editor.frame(vec![Event::PointerButton {
        pos: start,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    }]);
    let targets = [
        start + vec2(cell_width, 12.0),
        start + vec2(2.0 * cell_width, 12.0),
    ];
    for target in targets {
        editor.frame(vec![Event::PointerMoved(target)]);
    }
    let mut next = 0;
    bencher.bench_local(|| {
        next = 1 - next;
        editor.frame(vec![Event::PointerMoved(targets[next])])
    });
}

/// Laying out a whole map, as after every edit and for every step of a drag preview.
#[divan::bench(args = SIZES, sample_count = 10)]
fn layout(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let theme = journeymap::theme::Theme::default();
    bencher.bench_local(|| {
        journeymap::layout::layout(
            &map,
            &theme.metrics,
            journeymap::layout::LayoutOptions::default(),
        )
    });
}

/// Laying out a map for a drag's live preview: labels at the middle of their lines.
#[divan::bench(args = SIZES, sample_count = 10)]
fn layout_preview(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let theme = journeymap::theme::Theme::default();
    bencher.bench_local(|| {
        journeymap::layout::layout_preview(
            &map,
            &theme.metrics,
            journeymap::layout::LayoutOptions::default(),
        )
    });
}

/// Turning a laid-out map into shapes.
#[divan::bench(args = SIZES, sample_count = 10)]
fn paint(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let theme = journeymap::theme::Theme::default();
    let laid_out = journeymap::layout::layout(
        &map,
        &theme.metrics,
        journeymap::layout::LayoutOptions::default(),
    );
    bencher.bench_local(|| journeymap::paint::paint(&laid_out, &theme));
}
