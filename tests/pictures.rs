//! Pictures on cards and personas: stored in the map file, shown in every export, and a
//! damaged, huge or mismatched picture in a file never stops the map from opening or
//! exporting.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use journeymap::edit::History;
use journeymap::edit::pictures::{PictureTarget, set_picture};
use journeymap::export::{self, ExportOptions, Page};
use journeymap::file;
use journeymap::layout::layout;
use journeymap::model::{JourneyMap, Picture, Severity};
use journeymap::pictures::ingest;
use journeymap::theme::Theme;

/// A PNG of one strong colour with a white stripe, `width` × `height`.
fn drawing(width: u32, height: u32, rgb: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |_, y| {
        if y < height / 8 {
            image::Rgb([255, 255, 255])
        } else {
            image::Rgb(rgb)
        }
    });
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

const ORANGE: [u8; 3] = [240, 120, 20];

/// A sample without pictures of its own.
fn plain_sample() -> &'static str {
    journeymap::samples::find("complaint-handling")
        .unwrap()
        .json
}

/// The first sample, with a picture on its first card and on its first persona.
fn map_with_pictures() -> (JourneyMap, Picture) {
    let mut map = file::load(plain_sample().as_bytes()).unwrap().map;
    let picture = ingest(&drawing(320, 200, ORANGE), "shop.png").unwrap();
    let mut history = History::new();
    let card = PictureTarget::Card(map.cards[0].id.clone());
    let edit = set_picture(&map, &card, Some(picture.clone())).unwrap();
    history.apply(&mut map, edit).unwrap();
    let persona = PictureTarget::Persona(map.personas[0].id.clone());
    let edit = set_picture(&map, &persona, Some(picture.clone())).unwrap();
    history.apply(&mut map, edit).unwrap();
    (map, picture)
}

#[test]
fn a_picture_is_stored_once_in_the_file_and_comes_back_the_same() {
    let (map, picture) = map_with_pictures();
    assert_eq!(map.pictures.len(), 1, "card and persona share one picture");
    let json = file::to_json(&map);
    assert_eq!(json.matches("\"data\":").count(), 1);
    assert!(
        json.find("\"pictures\"").unwrap() > json.find("\"cards\"").unwrap(),
        "the picture data comes after the map's words"
    );
    let loaded = file::load(json.as_bytes()).unwrap();
    assert_eq!(loaded.map, map);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.map.cards[0].picture.as_ref(), Some(&picture.id));
}

#[test]
fn a_card_with_a_picture_is_taller_and_shows_it_in_every_export() {
    let (map, _) = map_with_pictures();
    let theme = Theme::default();
    let options = ExportOptions::default();
    let with = layout(&map, &theme.metrics, options.layout);
    let mut without_map = map.clone();
    without_map.cards[0].picture = None;
    let without = layout(&without_map, &theme.metrics, options.layout);
    let card = &with.cards[0];
    let picture = card.picture.as_ref().unwrap();
    assert!(picture.data.is_some());
    assert!(card.rect.height() > without.cards[0].rect.height() + 40.0);
    assert!(card.rect.contains_rect(picture.frame));
    let aspect = picture.rect.width() / picture.rect.height();
    assert!((aspect - 1.6).abs() < 0.02, "{aspect}");

    let svg = export::svg(&map, &options);
    assert!(
        svg.contains("href=\"data:image/png;base64,"),
        "SVG embeds it"
    );

    // The PNG shows the picture's colour in the middle of where the picture is.
    let png = export::png(&map, &options).unwrap();
    let decoded = image::load_from_memory(&png).unwrap().to_rgba8();
    let frame = export::frame(with.bounds, Page::Fit).view;
    let scale = options.scale as f32;
    let middle = picture.rect.center() - frame.min;
    let pixel = decoded.get_pixel((middle.x * scale) as u32, (middle.y * scale) as u32);
    assert_eq!(&pixel.0[..3], &ORANGE, "the PNG shows the picture");

    let pdf = export::pdf::pdf(&map, &options).unwrap();
    assert!(
        pdf.windows(b"/Subtype /Image".len())
            .any(|w| w == b"/Subtype /Image")
            || pdf
                .windows(b"/Subtype/Image".len())
                .any(|w| w == b"/Subtype/Image"),
        "the PDF holds the picture"
    );

    let pptx = export::pptx::pptx(
        &map,
        &ExportOptions {
            per_phase: true,
            ..options
        },
    )
    .unwrap();
    let parts = common::zip_parts(&pptx);
    let media: Vec<_> = parts
        .iter()
        .filter(|p| p.starts_with("ppt/media/"))
        .collect();
    assert_eq!(
        media,
        ["ppt/media/image1.png"],
        "stored once in the package"
    );
}

/// A file's picture table with `picture` as its one entry, the first card showing it.
fn file_with_picture(picture: serde_json::Value) -> Vec<u8> {
    let mut json: serde_json::Value = serde_json::from_str(plain_sample()).unwrap();
    let id = picture["id"].clone();
    json["cards"][0]["picture"] = id;
    json["pictures"] = serde_json::json!([picture]);
    serde_json::to_vec(&json).unwrap()
}

#[test]
fn damaged_huge_and_mismatched_pictures_open_with_a_warning_and_export() {
    use base64::Engine as _;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let good = drawing(40, 30, ORANGE);
    let mut bomb = good.clone();
    bomb[16..20].copy_from_slice(&100_000_u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&100_000_u32.to_be_bytes());
    let crc = crc32fast::hash(&bomb[12..29]);
    bomb[29..33].copy_from_slice(&crc.to_be_bytes());
    assert_eq!(
        journeymap::model::sniff(&bomb).map(|(_, w, h)| (w, h)),
        Some((100_000, 100_000)),
        "the bomb's header reads as a real picture's"
    );
    let mut truncated = good.clone();
    truncated.truncate(good.len() / 2);
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::new(40, 30))
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let entry = |data: String, media: &str, width: u32, height: u32| {
        serde_json::json!({
            "id": "sha256-made-up", "media_type": media,
            "width": width, "height": height, "data": data
        })
    };
    // What each bad picture is, and the path its warning names.
    let cases = [
        (
            "not base64",
            entry("%%% not base64 %%%".into(), "image/png", 40, 30),
            "pictures[0].data",
        ),
        (
            "not a picture",
            entry(b64(b"hello, world"), "image/png", 40, 30),
            "pictures[0].data",
        ),
        (
            "an SVG",
            entry(
                b64(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                "image/png",
                4,
                3,
            ),
            "pictures[0].data",
        ),
        (
            "a JPEG said to be PNG",
            entry(b64(&jpeg), "image/png", 40, 30),
            "pictures[0].media_type",
        ),
        (
            "the wrong size",
            entry(b64(&good), "image/png", 4000, 30),
            "pictures[0]",
        ),
    ];
    for (index, (what, picture, path)) in cases.into_iter().enumerate() {
        let loaded =
            file::load(&file_with_picture(picture)).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.path == path && w.severity == Severity::Warning),
            "{what}: {:?}",
            loaded.warnings
        );
        let map = loaded.map;
        // Nothing is lost: the file's text comes back as it was.
        let again = file::load(file::to_json(&map).as_bytes()).unwrap().map;
        assert_eq!(again, map, "{what}");
        let options = ExportOptions::default();
        export::png(&map, &options).unwrap_or_else(|e| panic!("{what}: {e}"));
        export::pdf::pdf(&map, &options).unwrap_or_else(|e| panic!("{what}: {e}"));
        export::pptx::pptx(&map, &options).unwrap_or_else(|e| panic!("{what}: {e}"));
        // The first three and the bomb cannot be decoded at all; the others show what they
        // hold. Only what can be shown reaches the painted shapes.
        let decoded = journeymap::pictures::decode(&map.pictures[0], 256);
        let shown = index >= 3 && what != "a bomb";
        assert_eq!(decoded.is_ok(), shown, "{what}");
        let laid = layout(&map, &Theme::default().metrics, options.layout);
        let card = laid.cards.iter().find(|c| c.id == map.cards[0].id).unwrap();
        assert_eq!(
            card.picture.as_ref().unwrap().data.is_some(),
            shown,
            "{what}"
        );
    }

    // A truncated PNG passes the header check; decoding it fails with a reason, not a crash.
    let loaded = file::load(&file_with_picture(entry(
        b64(&truncated),
        "image/png",
        40,
        30,
    )))
    .unwrap();
    let decoded = journeymap::pictures::decode(&loaded.map.pictures[0], 256);
    assert!(decoded.is_err_and(|error| !error.to_string().is_empty()));
    // `validate` decodes every picture and says which one is damaged, and the map is valid.
    let path = std::env::temp_dir().join(format!(
        "journeymap-cut-picture-{}.json",
        std::process::id()
    ));
    std::fs::write(
        &path,
        file_with_picture(entry(b64(&truncated), "image/png", 40, 30)),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("validate")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("warning: pictures[0].data: The picture could not be read"),
        "{said}"
    );

    // A card that names a picture the table does not have opens with an empty frame.
    let mut json: serde_json::Value = serde_json::from_str(plain_sample()).unwrap();
    json["cards"][0]["picture"] = "sha256-gone".into();
    let loaded = file::load(&serde_json::to_vec(&json).unwrap()).unwrap();
    assert!(loaded.warnings.iter().any(|w| w.path == "cards[0].picture"));
    let laid = layout(
        &loaded.map,
        &Theme::default().metrics,
        ExportOptions::default().layout,
    );
    assert!(laid.cards[0].picture.as_ref().unwrap().data.is_none());
}
