//! Reading and writing journeymap files at scale, each beside the floor serde_json sets.
//!
//! For generated maps of 1,000 and 10,000 cards:
//! - `load` is [`journeymap::file::load`] on the file's bytes: the header pass, the typed
//!   parse that notes unknown fields and paths, and the semantic check. `parse_value` is
//!   `serde_json::from_slice::<serde_json::Value>` on the same bytes: parsing the JSON
//!   into a tree, with no types and no checks, which load cannot beat by much.
//! - `save` is [`journeymap::file::to_json`]; `write_value` is
//!   `serde_json::to_string_pretty` of that file as a `Value`: the same text from a tree.
//!
//! The targets (issue 7) are load within 2× of `parse_value`, and save within 2× of
//! `write_value`. The maps and their bytes are built before timing starts.
//!
//! Run with `cargo bench --bench files`.

#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set itself up fails there, with the reason"
)]

use journeymap::file;
use journeymap::generate::{Settings, generate};
use journeymap::model::JourneyMap;
use serde_json::Value;

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [1_000, 10_000];

/// A generated map and its file's bytes.
fn map_and_bytes(cards: usize) -> (JourneyMap, Vec<u8>) {
    let map = generate(Settings::for_cards(cards));
    let bytes = file::to_json(&map).into_bytes();
    (map, bytes)
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn load(bencher: divan::Bencher, cards: usize) {
    let (_, bytes) = map_and_bytes(cards);
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench_local(|| file::load(divan::black_box(&bytes)).expect("a generated map loads"));
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn parse_value(bencher: divan::Bencher, cards: usize) {
    let (_, bytes) = map_and_bytes(cards);
    bencher
        .counter(divan::counter::BytesCount::of_slice(&bytes))
        .bench_local(|| {
            serde_json::from_slice::<Value>(divan::black_box(&bytes))
                .expect("a generated map parses")
        });
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn save(bencher: divan::Bencher, cards: usize) {
    let (map, _) = map_and_bytes(cards);
    bencher.bench_local(|| file::to_json(divan::black_box(&map)));
}

#[divan::bench(args = SIZES, sample_count = 30)]
fn write_value(bencher: divan::Bencher, cards: usize) {
    let (_, bytes) = map_and_bytes(cards);
    let value: Value = serde_json::from_slice(&bytes).expect("a generated map parses");
    bencher.bench_local(|| {
        serde_json::to_string_pretty(divan::black_box(&value)).expect("a Value always serializes")
    });
}
