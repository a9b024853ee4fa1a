//! Pictures that hold up anywhere: the SVG carries its own letters (outlines, with the text
//! over them in embedded subset fonts), emoji come out in colour, and a map can be fitted
//! to a slide or a page. That librsvg with no fonts at all draws the SVG like our PNG is
//! checked by `tests/librsvg.sh`; here resvg with an empty font database stands in for it.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use base64::Engine;
use journeymap::export::{self, ExportOptions, Page, SvgText};
use journeymap::file;
use journeymap::model::JourneyMap;
use journeymap::samples::SAMPLES;
use skrifa::MetadataProvider;

fn sample(name: &str) -> JourneyMap {
    let sample = SAMPLES.iter().find(|s| s.name == name).unwrap();
    file::load(sample.json.as_bytes()).unwrap().map
}

fn options(page: Page, text: SvgText, scale: u32) -> ExportOptions {
    ExportOptions {
        scale,
        page,
        text,
        ..ExportOptions::default()
    }
}

fn decode(png: &[u8]) -> image::RgbaImage {
    image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .unwrap()
        .to_rgba8()
}

/// The SVG drawn by resvg knowing no font at all, as straight RGBA.
fn render_without_fonts(svg: &str, width: u32) -> image::RgbaImage {
    let options = resvg::usvg::Options::default();
    assert_eq!(options.fontdb.len(), 0);
    let tree = resvg::usvg::Tree::from_str(svg, &options).unwrap();
    let scale = width as f32 / tree.size().width();
    let height = (tree.size().height() * scale).ceil() as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    image::RgbaImage::from_raw(width, height, pixmap.take_demultiplied()).unwrap()
}

/// How many pixels differ by more than `tolerance` in some channel.
fn differing(a: &image::RgbaImage, b: &image::RgbaImage, tolerance: u8) -> usize {
    assert_eq!(a.dimensions(), b.dimensions());
    a.pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0.iter().zip(q.0).any(|(x, y)| x.abs_diff(y) > tolerance))
        .count()
}

#[test]
fn an_svg_looks_the_same_to_a_renderer_without_any_font() {
    for name in ["ikea-visit", "klacht-afhandeling"] {
        let map = sample(name);
        let ours = decode(&export::png(&map, &options(Page::Fit, SvgText::Embedded, 1)).unwrap());
        for text in [SvgText::Embedded, SvgText::Outlines] {
            let svg = export::svg(&map, &options(Page::Fit, text, 1));
            let theirs = render_without_fonts(&svg, ours.width());
            let count = differing(&ours, &theirs, 48);
            let share = count as f64 / f64::from(ours.width() * ours.height());
            assert!(share < 0.001, "{name} {text:?}: {count} pixels differ");
        }
    }
}

/// The fonts an SVG embeds, decoded.
fn embedded_fonts(svg: &str) -> Vec<Vec<u8>> {
    svg.split("data:font/otf;base64,")
        .skip(1)
        .map(|rest| {
            let data = &rest[..rest.find('"').unwrap()];
            base64::engine::general_purpose::STANDARD
                .decode(data)
                .unwrap()
        })
        .collect()
}

#[test]
fn an_svg_embeds_subsets_of_its_fonts_that_hold_every_letter_of_its_text() {
    let map = sample("hypotheek-online-naar-telefoon");
    let svg = export::svg(&map, &ExportOptions::default());
    let fonts = embedded_fonts(&svg);
    assert_eq!(fonts.len(), 2, "Inter regular and semi-bold");
    let mut letters = std::collections::BTreeSet::new();
    for font in &fonts {
        assert!(
            font.len() < journeymap::text::REGULAR_FONT.len() / 3,
            "a subset of {} bytes",
            font.len()
        );
        let font = skrifa::FontRef::new(font).unwrap();
        letters.extend(
            font.charmap()
                .mappings()
                .filter_map(|(c, _)| char::from_u32(c)),
        );
    }
    // The text layer is there, whole, and the embedded fonts can show all of it.
    for card in &map.cards {
        for word in card.title.split_whitespace() {
            assert!(svg.contains(word), "{word} is not in the SVG");
            for letter in word.chars() {
                assert!(letters.contains(&letter), "{letter} is not embedded");
            }
        }
    }
    assert!(svg.contains(r#"font-family="'journeymap Inter', sans-serif""#));
}

#[test]
fn text_as_outlines_has_no_text_no_fonts_and_no_references() {
    let svg = export::svg(
        &sample("ikea-visit"),
        &options(Page::Fit, SvgText::Outlines, 1),
    );
    for absent in ["<text", "@font-face", "<use", "href=\"#"] {
        assert!(!svg.contains(absent), "{absent} in an outlines-only SVG");
    }
    // The sample's pictures are in the file itself, never referred to elsewhere.
    let pictures = svg.matches("<image").count();
    assert!(pictures > 0);
    assert_eq!(
        svg.matches(" href=\"data:image/png;base64,").count(),
        pictures
    );
    assert!(svg.matches("<path").count() > 1_000);
}

#[test]
fn an_emoji_in_a_title_is_drawn_in_colour() {
    let mut map = sample("ikea-visit");
    let plain = decode(&export::png(&map, &ExportOptions::default()).unwrap());
    map.cards[0].title = "😀 🎉 ❤️ Makes a shopping list".to_owned();
    let with_emoji = decode(&export::png(&map, &ExportOptions::default()).unwrap());
    // Twemoji's face yellow (#ffcc4d), the party popper's and the heart's red (#dd2e44).
    let near =
        |p: &image::Rgba<u8>, c: [u8; 3]| p.0[..3].iter().zip(c).all(|(a, b)| a.abs_diff(b) < 12);
    for colour in [[0xff, 0xcc, 0x4d], [0xdd, 0x2e, 0x44]] {
        let count =
            |picture: &image::RgbaImage| picture.pixels().filter(|p| near(p, colour)).count();
        assert!(
            count(&with_emoji) > count(&plain) + 40,
            "{colour:?}: {} pixels with emoji, {} without",
            count(&with_emoji),
            count(&plain)
        );
    }
    // And in the SVG, with their own colours and the text layer keeping the characters.
    let svg = export::svg(&map, &ExportOptions::default());
    assert!(svg.contains("fill=\"#ffcc4d\""));
    assert!(svg.contains("😀 🎉 ❤️ Makes a shopping list"));
    assert_eq!(
        embedded_fonts(&svg).len(),
        3,
        "Inter twice and the emoji font"
    );
}

#[test]
fn a_character_no_font_has_shows_a_replacement_not_a_blank() {
    let mut map = sample("ikea-visit");
    map.cards[0].title = "𐀀𐀁 Linear B".to_owned();
    let svg = export::svg(&map, &options(Page::Fit, SvgText::Outlines, 1));
    // The replacement is the red question mark, drawn in colour.
    assert!(svg.contains("fill=\"#be1931\""));
}

#[test]
fn a_map_fitted_to_a_slide_or_a_page_keeps_its_proportions_centred() {
    let map = sample("bank-account");
    let slide = decode(&export::png(&map, &options(Page::Slide, SvgText::Embedded, 2)).unwrap());
    assert_eq!(slide.dimensions(), (3840, 2160));
    let a4 = export::svg(&map, &options(Page::A4, SvgText::Embedded, 1));
    assert!(
        a4.contains(r#"width="841.89" height="595.28""#),
        "{}",
        &a4[..300]
    );
    // The page is white to its edges: the corners are background, the middle is map.
    let corner = slide.get_pixel(2, 2).0;
    assert_eq!(corner, [255, 255, 255, 255]);
    let page = decode(&export::png(&map, &options(Page::A3, SvgText::Embedded, 1)).unwrap());
    assert_eq!(page.dimensions(), (1191, 842));
    // The map is as large as fits: it touches two opposite edges (its margin is white, so
    // look for any non-white pixel in the outer rows or columns).
    let ink = |x: u32, y: u32| page.get_pixel(x, y).0 != [255, 255, 255, 255];
    let (w, h) = page.dimensions();
    let rows_inked = (0..h).filter(|&y| (0..w).any(|x| ink(x, y))).count() as u32;
    let columns_inked = (0..w).filter(|&x| (0..h).any(|y| ink(x, y))).count() as u32;
    assert!(
        rows_inked > h * 8 / 10 || columns_inked > w * 8 / 10,
        "{columns_inked} of {w} columns and {rows_inked} of {h} rows have ink"
    );
}

/// The words of an SVG's text layer, in document order, unescaped and with whitespace
/// collapsed: what a reader who selects all and copies gets.
fn text_layer(svg: &str) -> String {
    let mut words = Vec::new();
    for piece in svg.split("<text ").skip(1) {
        let Some(start) = piece.find('>') else {
            continue;
        };
        let Some(end) = piece.find("</text>") else {
            continue;
        };
        let text = piece[start + 1..end]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        words.extend(text.split_whitespace().map(str::to_owned));
    }
    words.join(" ")
}

fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_sample_svg_holds_every_text_in_full() {
    for sample in SAMPLES {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        let svg = export::svg(&map, &ExportOptions::default());
        let layer = text_layer(&svg);
        let mut texts = vec![map.title.clone(), map.description.clone()];
        for card in &map.cards {
            texts.extend([card.title.clone(), card.body.clone()]);
            texts.extend(card.owner.clone());
        }
        texts.extend(map.lanes.iter().map(|lane| lane.name.clone()));
        texts.extend(map.phases.iter().map(|phase| phase.name.clone()));
        texts.extend(map.links.iter().filter_map(|link| link.label.clone()));
        for text in texts.iter().map(|t| collapsed(t)).filter(|t| !t.is_empty()) {
            assert!(
                layer.contains(&text),
                "{}: {text:?} is not whole in the SVG",
                sample.name
            );
        }
        assert!(
            !layer.contains('…'),
            "{}: the SVG cuts text short",
            sample.name
        );
    }
}
