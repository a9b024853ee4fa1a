//! PDF exports: one page of the right size, fonts embedded, text that copies as text, and
//! no panic on any map. What poppler reads from them (embedded and subset fonts, the card
//! titles as text, the emoji in colour) is checked by `tests/pdf.sh`, which needs
//! poppler-utils.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::collections::BTreeSet;
use std::process::Command;

use journeymap::export::{self, ExportError, ExportOptions, Page};
use journeymap::file;
use journeymap::model::JourneyMap;
use journeymap::paint::svg::Background;
use journeymap::samples::{self, SAMPLES};

fn sample(name: &str) -> JourneyMap {
    file::load(samples::find(name).unwrap().json.as_bytes())
        .unwrap()
        .map
}

fn on_page(page: Page) -> ExportOptions {
    ExportOptions {
        page,
        ..ExportOptions::default()
    }
}

/// The bytes between each `stream` and `endstream`, inflated where they are compressed.
fn streams(pdf: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let after = &rest[start + b"stream".len()..];
        // `endstream` contains `stream`: skip it.
        if start >= 3 && &rest[start - 3..start] == b"end" {
            rest = after;
            continue;
        }
        let body = after
            .strip_prefix(b"\r\n")
            .or_else(|| after.strip_prefix(b"\n"))
            .unwrap_or(after);
        let Some(end) = find(body, b"endstream") else {
            break;
        };
        let raw = &body[..end];
        out.push(
            miniz_oxide::inflate::decompress_to_vec_zlib(raw).unwrap_or_else(|_| raw.to_vec()),
        );
        rest = &body[end..];
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// The characters the document's ToUnicode maps give back when its text is copied: every
/// `<glyph> <UTF-16BE>` entry of every `beginbfchar` block.
fn copyable_chars(pdf: &[u8]) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    for stream in streams(pdf) {
        let Ok(text) = std::str::from_utf8(&stream) else {
            continue;
        };
        for block in text.split("beginbfchar").skip(1) {
            let block = block.split("endbfchar").next().unwrap_or("");
            for line in block.lines() {
                let Some(unicode) = line.split_whitespace().nth(1) else {
                    continue;
                };
                let hex = unicode.trim_matches(['<', '>']);
                let units: Vec<u16> = (0..hex.len() / 4)
                    .filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
                    .collect();
                chars.extend(char::decode_utf16(units).filter_map(Result::ok));
            }
        }
    }
    chars
}

/// The page's size in points, from its `/MediaBox [0 0 w h]`.
fn media_box(pdf: &[u8]) -> (f32, f32) {
    let at = find(pdf, b"/MediaBox[").unwrap() + b"/MediaBox[".len();
    let end = at + find(&pdf[at..], b"]").unwrap();
    let numbers: Vec<f32> = std::str::from_utf8(&pdf[at..end])
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(numbers.len(), 4, "{numbers:?}");
    (numbers[2] - numbers[0], numbers[3] - numbers[1])
}

fn page_count(pdf: &[u8]) -> usize {
    count(pdf, b"/Type/Page") - count(pdf, b"/Type/Pages")
}

/// What a reader would copy of a card title: its letters, without the characters that only
/// format text.
fn visible_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !('\u{FE00}'..='\u{FE0F}').contains(c))
}

#[test]
fn every_sample_is_one_page_with_embedded_fonts_and_its_titles_copyable() {
    for sample in SAMPLES {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        let pdf = export::pdf::pdf(&map, &ExportOptions::default()).unwrap();
        let name = sample.name;
        assert!(pdf.starts_with(b"%PDF-"), "{name}");
        assert_eq!(page_count(&pdf), 1, "{name}");
        assert!(
            count(&pdf, b"/FontFile") >= 2,
            "{name}: the fonts are not embedded"
        );
        assert!(find(&pdf, b"/ToUnicode").is_some(), "{name}");
        let copyable = copyable_chars(&pdf);
        for card in &map.cards {
            let missing: String = visible_chars(&card.title)
                .filter(|c| !copyable.contains(c))
                .collect();
            assert!(
                missing.is_empty(),
                "{name}: {missing:?} of {:?} would not copy as text",
                card.title
            );
        }
        // The fonts are subset: the three font files (2.5 MB) are not there whole.
        assert!(pdf.len() < 400_000, "{name}: {} bytes", pdf.len());
    }
}

#[test]
fn a_page_is_the_maps_own_size_or_the_paper_asked_for() {
    let map = sample("ikea-visit");
    let (_, bounds) = export::picture(&map, &ExportOptions::default());
    let (w, h) = media_box(&export::pdf::pdf(&map, &on_page(Page::Fit)).unwrap());
    assert!((w - bounds.width()).abs() < 0.01 && (h - bounds.height()).abs() < 0.01);

    for (page, size) in [
        (Page::A4, (841.89, 595.28)),
        (Page::A3, (1190.55, 841.89)),
        (Page::Slide, (1920.0, 1080.0)),
    ] {
        let (w, h) = media_box(&export::pdf::pdf(&map, &on_page(page)).unwrap());
        assert!(
            (w - size.0).abs() < 0.01 && (h - size.1).abs() < 0.01,
            "{page:?} is {w} × {h}"
        );
    }
}

#[test]
fn the_document_says_its_title_language_and_maker() {
    let map = sample("klacht-afhandeling");
    let pdf = export::pdf::pdf(&map, &ExportOptions::default()).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/Lang(nl)"), "no Dutch language");
    assert!(text.contains("/Creator(journeymap)"));
    // The XMP metadata holds the title as XML text.
    let metadata: String = streams(&pdf)
        .iter()
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .collect();
    assert!(
        metadata.contains(&map.title),
        "{:?} is not the title",
        map.title
    );
}

#[test]
fn a_transparent_background_leaves_the_page_unpainted() {
    let map = sample("bank-account");
    let white = export::pdf::pdf(&map, &ExportOptions::default()).unwrap();
    let transparent = export::pdf::pdf(
        &map,
        &ExportOptions {
            background: Background::Transparent,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    // The page's first drawing is a white rectangle from its corner, or is not.
    let page_rect = "1 1 1 rg 0 0 m ";
    let has_page_rect = |pdf: &[u8]| {
        streams(pdf)
            .iter()
            .any(|s| String::from_utf8_lossy(s).contains(page_rect))
    };
    assert!(has_page_rect(&white), "no {page_rect} in the white page");
    assert!(!has_page_rect(&transparent));
}

#[test]
fn a_hostile_map_exports_without_panicking() {
    let mut map = sample("webshop-reviews");
    let planes: String = (0..=16u32)
        .filter_map(|plane| char::from_u32(plane * 0x1_0000 + 0x41))
        .collect();
    let controls: String = (0u8..0x20).map(char::from).collect();
    let hostile = format!(
        "{controls}\u{FFFE}\u{FFFF}\u{202E}שלום عربي 😀👍🏽👨‍👩‍👧 {planes} \u{1F1F3}\u{1F1F1} \u{0}"
    );
    map.title = "Reis ".repeat(2_000) + &hostile;
    for card in &mut map.cards {
        card.title = hostile.clone();
        card.body = hostile.repeat(20);
    }
    for lane in &mut map.lanes {
        lane.name = hostile.clone();
    }
    for link in &mut map.links {
        link.label = Some(hostile.clone());
    }
    for page in Page::ALL {
        match export::pdf::pdf(&map, &on_page(page)) {
            Ok(pdf) => {
                assert!(pdf.starts_with(b"%PDF-"));
                let copyable = copyable_chars(&pdf);
                for ch in ['R', '😀', '👍'] {
                    assert!(copyable.contains(&ch), "{ch} would not copy");
                }
            }
            Err(error @ ExportError::Render(_)) => assert!(error.to_string().ends_with('.')),
            Err(error) => panic!("{error}"),
        }
    }
}

#[test]
fn the_command_line_exports_a_pdf_on_a4() {
    let dir = std::env::temp_dir().join(format!("journeymap-pdf-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("kaart.pdf");
    let output = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(["export", "samples/bank-account.json", "-o"])
        .arg(&out)
        .args(["--page", "a4", "--background", "transparent", "--no-legend"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let written = std::fs::read(&out);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = written.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let (w, h) = media_box(&pdf);
    assert!(
        (w - 841.89).abs() < 0.01 && (h - 595.28).abs() < 0.01,
        "{w} × {h}"
    );
}
