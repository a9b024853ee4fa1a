//! Pictures of a generated 1,000-card map, as `journeymap export` makes them: the SVG
//! document, and the PNG at scale 1 and 2 (SVG, then resvg rasterises it, then PNG
//! encoding with the map's JSON inside); and the SVG and the PDF of maps of 300 and 1,000
//! cards (issue 14: a map of hundreds of cards exports to either within seconds), and the
//! PowerPoint deck with a slide per phase of the same maps (issue 15).
//!
//! The PNG is also timed in its stages, to tell what bounds it: `svg` (layout, paint and our
//! SVG writer), `rasterize` (usvg parsing our SVG, shaping its text, and resvg/tiny-skia
//! filling the pixels) and `encode` (PNG filtering and deflate of those pixels, plus the
//! map's JSON).
//!
//! The target (issue 7) is a PNG at scale 2 in 2 s or less. A PNG takes seconds, so few
//! samples are taken; the map, and each stage's input, is made before timing starts.
//!
//! Run with `cargo bench --bench export`.

#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set itself up fails there, with the reason"
)]

use journeymap::export::{self, ExportOptions};
use journeymap::generate::{Settings, generate};
use journeymap::model::JourneyMap;

fn main() {
    divan::main();
}

const CARDS: usize = 1_000;
const SCALES: [u32; 2] = [1, 2];
/// Maps of hundreds of cards, for the vector formats.
const MANY_CARDS: [usize; 2] = [300, 1_000];

fn map() -> JourneyMap {
    generate(Settings::for_cards(CARDS))
}

fn at_scale(scale: u32) -> ExportOptions {
    ExportOptions {
        scale,
        ..ExportOptions::default()
    }
}

/// The whole PNG export.
#[divan::bench(args = SCALES, sample_count = 5, sample_size = 1)]
fn png(bencher: divan::Bencher, scale: u32) {
    let map = map();
    let options = at_scale(scale);
    bencher.bench_local(|| export::png(divan::black_box(&map), &options).expect("the map exports"));
}

/// The whole SVG export; also the first stage of a PNG.
#[divan::bench(args = MANY_CARDS, sample_count = 10)]
fn svg(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let options = ExportOptions::default();
    bencher.bench_local(|| export::svg(divan::black_box(&map), &options));
}

/// The whole PDF export, on a page of the map's own size: layout, paint, and krilla
/// writing paths, text and the font subsets.
#[divan::bench(args = MANY_CARDS, sample_count = 5, sample_size = 1)]
fn pdf(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let options = ExportOptions::default();
    bencher.bench_local(|| {
        export::pdf::pdf(divan::black_box(&map), &options).expect("the map exports")
    });
}

/// The whole PowerPoint export with a slide per phase (issue 15): layout and paint of the
/// map and of each phase, and the XML of every shape, zipped. Peers in the same run: the
/// SVG and PDF of the same maps.
#[divan::bench(args = MANY_CARDS, sample_count = 5, sample_size = 1)]
fn pptx(bencher: divan::Bencher, cards: usize) {
    let map = generate(Settings::for_cards(cards));
    let options = ExportOptions {
        per_phase: true,
        ..ExportOptions::default()
    };
    bencher.bench_local(|| {
        export::pptx::pptx(divan::black_box(&map), &options).expect("the map exports")
    });
}

/// The PNG's second stage: our SVG to pixels.
#[divan::bench(args = SCALES, sample_count = 5, sample_size = 1)]
fn rasterize(bencher: divan::Bencher, scale: u32) {
    let svg = export::svg(&map(), &at_scale(scale));
    bencher.bench_local(|| {
        export::rasterize(divan::black_box(&svg), scale).expect("our SVG rasterises")
    });
}

/// The PNG's last stage: the pixels and the map's JSON to PNG bytes.
#[divan::bench(args = SCALES, sample_count = 5, sample_size = 1)]
fn encode(bencher: divan::Bencher, scale: u32) {
    let map = map();
    let json = journeymap::file::to_json(&map);
    let pixmap =
        export::rasterize(&export::svg(&map, &at_scale(scale)), scale).expect("our SVG rasterises");
    let (width, height) = (pixmap.width(), pixmap.height());
    let pixels = pixmap.take_demultiplied();
    bencher.bench_local(|| {
        export::encode_png(divan::black_box(&pixels), width, height, Some(&json))
            .expect("the pixels encode")
    });
}
