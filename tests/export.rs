//! Pictures of maps: reference images, PNGs that reopen as the map, and SVG that parses.
//! That another renderer (librsvg) draws our SVG the same way is checked by
//! `tests/librsvg.sh`, which needs librsvg installed.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use journeymap::export::{self, ExportOptions, encode_png};
use journeymap::file::{self, LoadError};
use journeymap::layout::LayoutOptions;
use journeymap::model::JourneyMap;
use journeymap::paint::svg::Background;
use journeymap::samples::SAMPLES;

fn sample(name: &str) -> JourneyMap {
    let sample = SAMPLES.iter().find(|s| s.name == name).unwrap();
    file::load(sample.json.as_bytes()).unwrap().map
}

fn at_scale(scale: u32) -> ExportOptions {
    ExportOptions {
        scale,
        ..ExportOptions::default()
    }
}

fn decode(png: &[u8]) -> image::RgbaImage {
    image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .unwrap()
        .to_rgba8()
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("journeymap-export-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every sample looks as reviewed. Re-make the references with `UPDATE_SNAPSHOTS=1 cargo
/// test --test export` and look at each changed picture before committing it.
#[test]
fn every_sample_matches_its_reference_picture() {
    let mut failures = Vec::new();
    for sample in SAMPLES {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        let png = export::png(&map, &at_scale(1)).unwrap();
        let options = egui_kittest::SnapshotOptions::default().threshold(0.6);
        if let Err(error) = egui_kittest::try_image_snapshot_options(
            &decode(&png),
            format!("export_{}", sample.name),
            &options,
        ) {
            failures.push(error.to_string());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_exported_png_reopens_as_the_same_map() {
    for sample in SAMPLES {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        let png = export::png(&map, &at_scale(1)).unwrap();
        let loaded = file::load(&png).unwrap_or_else(|e| panic!("{}: {e}", sample.name));
        assert_eq!(loaded.map, map, "{}", sample.name);
        assert!(loaded.warnings.is_empty());
    }
}

#[test]
fn png_is_drawn_from_vectors_at_each_scale() {
    let map = sample("ikea-visit");
    let one = decode(&export::png(&map, &at_scale(1)).unwrap());
    let four = decode(&export::png(&map, &at_scale(4)).unwrap());
    assert_eq!(four.width(), one.width() * 4);
    assert_eq!(four.height(), one.height() * 4);
    // A 4x picture drawn from vectors has edges as sharp as the 1x one: count the pixels
    // with a hard jump in brightness to their right neighbour. An upscaled 1x bitmap would
    // have about the same number of jumps as the 1x picture, not four times as many.
    let jumps = |img: &image::RgbaImage| {
        let luma = |p: &image::Rgba<u8>| p[0] as i32 + p[1] as i32 + p[2] as i32;
        let mut count = 0usize;
        for y in 0..img.height() {
            for x in 1..img.width() {
                if (luma(img.get_pixel(x, y)) - luma(img.get_pixel(x - 1, y))).abs() > 300 {
                    count += 1;
                }
            }
        }
        count
    };
    let (sharp_one, sharp_four) = (jumps(&one), jumps(&four));
    assert!(
        sharp_four > sharp_one * 3,
        "1x: {sharp_one}, 4x: {sharp_four}"
    );
}

#[test]
fn a_transparent_background_leaves_the_margin_clear() {
    let map = sample("bank-account");
    let options = ExportOptions {
        scale: 1,
        background: Background::Transparent,
        ..ExportOptions::default()
    };
    let img = decode(&export::png(&map, &options).unwrap());
    assert_eq!(img.get_pixel(2, 2)[3], 0);
    let white = decode(&export::png(&map, &at_scale(1)).unwrap());
    assert_eq!(white.get_pixel(2, 2), &image::Rgba([255, 255, 255, 255]));
}

#[test]
fn leaving_out_the_legend_and_title_makes_a_smaller_picture() {
    let map = sample("bank-account");
    let full = decode(&export::png(&map, &at_scale(1)).unwrap());
    let bare_options = ExportOptions {
        scale: 1,
        layout: LayoutOptions {
            title: false,
            legend: false,
            ..LayoutOptions::export()
        },
        ..ExportOptions::default()
    };
    let bare = decode(&export::png(&map, &bare_options).unwrap());
    assert!(bare.height() + 100 < full.height());
}

#[test]
fn a_png_without_a_map_and_a_broken_png_are_refused_clearly() {
    let plain = encode_png(&[255; 4 * 4], 2, 2, None).unwrap();
    let error = file::load(&plain).unwrap_err();
    assert!(matches!(error, LoadError::PngWithoutMap));
    assert_eq!(
        error.to_string(),
        "This PNG image has no journey map inside; only pictures exported by journeymap as PNG carry one."
    );
    let mut broken = export::png(&sample("ikea-visit"), &at_scale(1)).unwrap();
    broken.truncate(40);
    let error = file::load(&broken).unwrap_err().to_string();
    assert!(
        error.starts_with("This PNG image is damaged and its journey map cannot be read: "),
        "{error}"
    );
}

#[test]
fn svg_is_standard_svg_that_parses() {
    let map = sample("webshop-reviews");
    let svg = export::svg(&map, &ExportOptions::default());
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""));
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();
    assert!(tree.size().width() > 1000.0);
    for card in &map.cards {
        let first_word = card.title.split_whitespace().next().unwrap();
        let escaped = first_word
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;");
        assert!(svg.contains(&escaped), "{first_word} is not in the SVG");
    }
}

/// Text that XML cannot hold, or that would end an element or a CDATA section if it were
/// written as it is: every C0 control, the non-characters U+FFFE and U+FFFF, markup.
fn xml_hostile_text(label: &str) -> String {
    let controls: String = (0u8..0x20).map(char::from).collect();
    format!(
        "{label} {controls}\u{FFFE}\u{FFFF}\u{7f} ]]> <b> & \"q\" 'a' &amp; <!-- --> <![CDATA[x]]>"
    )
}

#[test]
fn any_text_gives_an_svg_that_parses_as_xml_and_a_png() {
    let mut map = sample("webshop-reviews");
    map.title = xml_hostile_text("Title");
    map.description = xml_hostile_text("Description");
    for phase in &mut map.phases {
        phase.name = xml_hostile_text("Phase");
        phase.group = Some(xml_hostile_text("Group"));
    }
    for lane in &mut map.lanes {
        lane.name = xml_hostile_text("Lane");
    }
    for card in &mut map.cards {
        card.title = xml_hostile_text("Card");
        card.body = xml_hostile_text("Body");
    }
    for link in &mut map.links {
        link.label = Some(xml_hostile_text("Link"));
    }
    for persona in &mut map.personas {
        persona.name = xml_hostile_text("Persona");
    }
    let svg = export::svg(&map, &ExportOptions::default());
    let document = match resvg::usvg::roxmltree::Document::parse(&svg) {
        Ok(document) => document,
        Err(error) => panic!("the SVG is not well-formed XML: {error}"),
    };
    let texts: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect();
    let all_text = texts.join(" ");
    for shown in [
        "Title", "Phase", "Lane", "Card", "Persona", "]]>", "<b>", "&", "\"q\"",
    ] {
        assert!(all_text.contains(shown), "{shown} is not in the picture");
    }
    assert!(!all_text.contains(['\0', '\u{1}', '\u{1b}', '\u{FFFE}', '\u{FFFF}']));
    let png = export::png(&map, &at_scale(1)).unwrap();
    assert!(decode(&png).width() > 1000);
}

fn journeymap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn the_command_line_exports_png_and_svg_and_validates_the_png() {
    let scratch = Scratch::new("cli");
    let png = scratch.0.join("map.png").to_string_lossy().into_owned();
    let svg = scratch.0.join("map.svg").to_string_lossy().into_owned();
    let out = journeymap(&[
        "export",
        "samples/bank-account.json",
        "-o",
        &png,
        "--scale",
        "1",
        "--background",
        "transparent",
        "--no-legend",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = journeymap(&["export", "samples/bank-account.json", "-o", &svg]);
    assert!(out.status.success());
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    let validated = journeymap(&["validate", &png]);
    assert!(validated.status.success());
    assert!(
        String::from_utf8_lossy(&validated.stdout)
            .contains("ok: \"I want to open a bank account\"")
    );
    // The exported picture can itself be exported again.
    let again = scratch.0.join("again.svg").to_string_lossy().into_owned();
    assert!(journeymap(&["export", &png, "-o", &again]).status.success());
}

#[test]
fn the_command_line_refuses_bad_export_requests_clearly() {
    let scratch = Scratch::new("bad");
    let gif = scratch.0.join("map.gif").to_string_lossy().into_owned();
    let out = journeymap(&["export", "samples/bank-account.json", "-o", &gif]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "{gif}: Maps can be exported as .png, .svg, .pdf or .pptx; \"{gif}\" is none of these.\n"
        )
    );
    assert!(!Path::new(&gif).exists());
    let out = journeymap(&[
        "export",
        "samples/bank-account.json",
        "-o",
        "x.png",
        "--scale",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 is not in 1..=4"));
}

#[test]
fn comments_are_in_an_export_only_when_include_comments_is_ticked() {
    let map = sample("webshop-reviews");
    let open = map.comments.iter().find(|c| !c.resolved).unwrap();
    let resolved = map.comments.iter().find(|c| c.resolved).unwrap();
    // A few words of each, as the SVG's text layer holds them (a line may wrap later).
    let words = |text: &str| text.split(' ').take(3).collect::<Vec<_>>().join(" ");
    let (open_words, resolved_words) = (words(&open.text), words(&resolved.text));
    let without = export::svg(&map, &ExportOptions::default());
    assert!(!without.contains(&open_words));
    let with = export::svg(
        &map,
        &ExportOptions {
            include_comments: true,
            ..ExportOptions::default()
        },
    );
    assert!(with.contains(&open_words), "{open_words}");
    assert!(with.contains(&open.author));
    assert!(
        !with.contains(&resolved_words),
        "resolved comments stay out"
    );
    // The list beside the map makes the picture wider.
    let (_, narrow) = export::picture(&map, &ExportOptions::default());
    let (_, wide) = export::picture(
        &map,
        &ExportOptions {
            include_comments: true,
            ..ExportOptions::default()
        },
    );
    assert!(wide.width() > narrow.width() + 300.0);
    // The command line ticks it with --comments.
    let dir = Scratch::new("comments");
    let output = dir.0.join("with.svg");
    let source = dir.0.join("map.json");
    std::fs::write(&source, file::to_json(&map)).unwrap();
    let run = journeymap(&[
        "export",
        source.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
        "--comments",
    ]);
    assert!(run.status.success(), "{run:?}");
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .contains(&open_words)
    );
}
