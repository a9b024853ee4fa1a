//! Small files that once froze journeymap (issue 11): very long text and thousands of
//! labelled links in one cell. Each is timed through layout (what the first frame and every
//! change of the map wait for), `check` (what `validate` and opening run) and the SVG export.
//!
//! - `title_word`: a card whose title is one word of a million characters;
//! - `description`: a map description of 3 MB of ordinary words;
//! - `phase_word`: a phase whose name is one 3 MB word;
//! - `cell_links`: 3,000 labelled links between the 100 cards of one cell.
//!
//! The maps are made before timing starts. Run with `cargo bench --bench hostile`.

use journeymap::export::{self, ExportOptions};
use journeymap::generate::{Settings, generate};
use journeymap::layout::{LayoutOptions, layout};
use journeymap::model::{self, Card, CardId, JourneyMap, Link, LinkId, LinkKind};
use journeymap::theme::Metrics;

fn main() {
    divan::main();
}

const CASES: [&str; 4] = ["title_word", "description", "phase_word", "cell_links"];

fn hostile(case: &str) -> JourneyMap {
    let mut map = generate(Settings::for_cards(100));
    match case {
        "title_word" => map.cards[0].title = "W".repeat(1_000_000),
        "description" => map.description = "lange tekst ".repeat(250_000),
        "phase_word" => map.phases[0].name = "A".repeat(3_000_000),
        _ => {
            map.links.clear();
            let (phase, lane) = (map.phases[0].id.clone(), map.lanes[0].id.clone());
            let ids: Vec<CardId> = (0..100).map(|i| CardId(format!("cell{i}"))).collect();
            for id in &ids {
                map.cards
                    .push(Card::new(id.clone(), phase.clone(), lane.clone(), "Stap"));
            }
            for i in 0..3_000 {
                let (from, to) = (i % 100, (i / 100 + 1 + i % 100) % 100);
                map.links.push(Link {
                    id: LinkId(format!("cell-link{i}")),
                    from: ids[from].clone(),
                    to: ids[to].clone(),
                    kind: LinkKind::NextStep,
                    label: Some(format!("overstap {i}")),
                    quality: None,
                });
            }
        }
    }
    map
}

/// Laying the map out: text measured, wrapped and elided, links routed, labels placed.
#[divan::bench(args = CASES, sample_count = 5, sample_size = 1)]
fn layout_map(bencher: divan::Bencher, case: &str) {
    let map = hostile(case);
    let metrics = Metrics::default();
    bencher.bench_local(|| layout(divan::black_box(&map), &metrics, LayoutOptions::default()));
}

/// What `validate` runs after parsing.
#[divan::bench(args = CASES, sample_count = 5, sample_size = 1)]
fn check(bencher: divan::Bencher, case: &str) {
    let map = hostile(case);
    bencher.bench_local(|| model::check(divan::black_box(&map)));
}

/// The SVG export: layout, paint and the SVG writer.
#[divan::bench(args = CASES, sample_count = 5, sample_size = 1)]
fn svg(bencher: divan::Bencher, case: &str) {
    let map = hostile(case);
    let options = ExportOptions::default();
    bencher.bench_local(|| export::svg(divan::black_box(&map), &options));
}
