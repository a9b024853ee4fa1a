//! The editor window, headless, driven with real pointer and key events (egui_kittest).

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use common::{ScriptedDialogs, editor, scratch, wait_for_export, wait_for_open};
use egui::{Event, Key, Modifiers, MouseWheelUnit, Pos2, pos2, vec2};
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Origin, Start};
use journeymap::file;
use journeymap::samples::SAMPLES;

/// A point of the canvas with nothing but background under it: the fitted map leaves a
/// margin at the canvas's left edge.
fn empty_canvas_point(app: &JourneyApp) -> Pos2 {
    pos2(app.canvas().left() + 6.0, app.canvas().center().y)
}

#[test]
fn every_card_of_every_sample_can_be_found_by_its_title() {
    for (index, sample) in SAMPLES.iter().enumerate() {
        let harness = editor(Start::Sample(index), ScriptedDialogs::default());
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        for card in &map.cards {
            let found = harness.query_all_by_label(&card.title).count();
            assert!(
                found >= 1,
                "{}: no card titled {:?}",
                sample.name,
                card.title
            );
        }
        assert_eq!(harness.state().origin(), &Origin::Sample(sample.name));
    }
}

#[test]
fn the_map_opens_fitted_to_the_window() {
    let harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let app = harness.state();
    let shown = app
        .view()
        .screen_from_map(app.canvas())
        .mul_rect(app.laid_out().bounds);
    assert!(app.view().zoom < 1.0);
    assert!(
        app.canvas().contains_rect(shown),
        "{shown:?} in {:?}",
        app.canvas()
    );
}

#[test]
fn keyboard_zooms_to_100_percent_fits_and_steps() {
    let mut harness = editor(Start::Sample(1), ScriptedDialogs::default());
    let fitted = harness.state().view().zoom;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().view().zoom, 1.0);
    assert!(
        harness.query_by_label("100 %").is_some(),
        "the status bar shows the zoom"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert_eq!(harness.state().view().zoom, 1.25);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(harness.state().view().zoom, 0.9);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Num1);
    harness.run();
    assert!((harness.state().view().zoom - fitted).abs() < 1e-4);
}

#[test]
fn pinch_and_ctrl_scroll_zoom_around_the_pointer() {
    let mut harness = editor(Start::Sample(2), ScriptedDialogs::default());
    let pointer = pos2(700.0, 420.0);
    harness.hover_at(pointer);
    harness.run();
    let map_point = |app: &JourneyApp| {
        app.view()
            .screen_from_map(app.canvas())
            .inverse()
            .mul_pos(pointer)
    };
    let before_zoom = harness.state().view().zoom;
    let before = map_point(harness.state());
    harness.event(Event::Zoom(1.5));
    harness.run();
    let after_zoom = harness.state().view().zoom;
    assert!(
        (after_zoom / before_zoom - 1.5).abs() < 1e-3,
        "{before_zoom} -> {after_zoom}"
    );
    assert!((map_point(harness.state()) - before).length() < 0.5);

    harness.event_modifiers(
        Event::MouseWheel {
            unit: MouseWheelUnit::Line,
            delta: vec2(0.0, 3.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::COMMAND,
        },
        Modifiers::COMMAND,
    );
    harness.run();
    assert!(harness.state().view().zoom > after_zoom);
    assert!((map_point(harness.state()) - before).length() < 0.5);
}

#[test]
fn dragging_the_background_and_scrolling_pan_the_map() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let start = harness.state().view().offset;
    let from = empty_canvas_point(harness.state());
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(from + vec2(20.0 * step as f32, 10.0 * step as f32));
        harness.run();
    }
    harness.drop_at(from + vec2(100.0, 50.0));
    harness.run();
    let moved = harness.state().view().offset - start;
    assert!(
        (moved - vec2(100.0, 50.0)).length() < 1.0,
        "moved {moved:?}"
    );

    let before_scroll = harness.state().view().offset;
    let zoom_before_scroll = harness.state().view().zoom;
    let point = empty_canvas_point(harness.state());
    harness.hover_at(point);
    harness.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, -120.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    let scrolled = harness.state().view().offset - before_scroll;
    assert!(
        scrolled.y < -100.0 && scrolled.x.abs() < 1.0,
        "scrolled {scrolled:?}"
    );
    assert_eq!(
        harness.state().view().zoom,
        zoom_before_scroll,
        "scrolling must not zoom"
    );
}

#[test]
fn the_canvas_draws_nothing_for_cards_far_off_screen() {
    let mut harness = editor(Start::Sample(3), ScriptedDialogs::default());
    let all = harness.state().last_draw();
    assert!(all.drawn > 500 && all.culled < all.drawn / 10, "{all:?}");
    // At 400 % only the top-left corner of the map is on screen.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    for _ in 0..6 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    }
    harness.run();
    assert_eq!(harness.state().view().zoom, 4.0);
    let zoomed = harness.state().last_draw();
    assert!(zoomed.culled > zoomed.drawn, "{zoomed:?}");
    assert_eq!(zoomed.drawn + zoomed.culled, all.drawn + all.culled);
    // Cards off screen have no accessible node either.
    let map = harness.state().map().clone();
    let far = map
        .cards
        .iter()
        .rev()
        .find(|c| harness.query_by_label(&c.title).is_none());
    assert!(far.is_some(), "every card is still on screen");
}

#[test]
fn export_png_from_the_menu_writes_a_picture_that_reopens_as_the_map() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("export");
    let target = folder.join("picture.png");
    dialogs.answer(target.clone());
    let mut harness = editor(Start::Sample(4), dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Export PNG…").click();
    harness.run();
    harness.get_by_label("1×").click();
    harness.get_by_label("Transparent").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    wait_for_export(&mut harness);
    let loaded = file::load_path(&target).unwrap();
    assert_eq!(&loaded.map, harness.state().map());
    let picture = image::open(&target).unwrap().to_rgba8();
    assert_eq!(
        picture.get_pixel(1, 1)[3],
        0,
        "the background is transparent"
    );
    assert!(harness.state().status().starts_with("Exported "));
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn cancelling_the_save_dialog_writes_nothing() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    harness.run();
    assert!(harness.query_by_label("Export SVG").is_some());
    harness.get_by_label("Export…").click();
    harness.run();
    wait_for_export(&mut harness);
    assert_eq!(harness.state().status(), "Export cancelled.");
}

#[test]
fn opening_a_bad_file_explains_why_and_keeps_the_open_map() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("open");
    let bad = folder.join("notes.json");
    std::fs::write(&bad, "[1, 2, 3]").unwrap();
    dialogs.answer(bad);
    let mut harness = editor(Start::Sample(0), dialogs);
    let before = harness.state().map().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    wait_for_open(&mut harness);
    let sentence = "This JSON file holds a list (a JSON array), not a journey map (a journey map is a JSON object that starts with \"format\": \"journeymap\").";
    assert!(harness.query_all_by_label(sentence).count() >= 1);
    assert_eq!(
        harness.state().error().map(|e| e.1.as_str()),
        Some(sentence)
    );
    assert_eq!(harness.state().map(), &before);
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().error().is_none());
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_png_exported_earlier_opens_for_editing() {
    let folder = scratch("png");
    let path = folder.join("slide.png");
    let map = file::load(SAMPLES[5].json.as_bytes()).unwrap().map;
    journeymap::export::export_to_path(&map, &path, &Default::default()).unwrap();
    let harness = editor(Start::File(path.clone()), ScriptedDialogs::default());
    assert_eq!(harness.state().map(), &map);
    assert_eq!(harness.state().origin(), &Origin::File(path));
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_long_export_runs_in_the_background_with_progress_and_the_editor_stays_usable() {
    let folder = scratch("background-export");
    let source = folder.join("big.json");
    let map = journeymap::generate::generate(journeymap::generate::Settings::for_cards(1000));
    std::fs::write(&source, file::to_json(&map)).unwrap();
    let target = folder.join("big.png");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(target.clone());
    let mut harness = editor(Start::File(source), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("1×").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.step();
    assert!(harness.state().is_exporting());
    // Frames go on while the picture is made: progress shows after half a second, and
    // the map can be edited meanwhile.
    for _ in 0..4 {
        harness.step();
    }
    assert!(
        harness.state().is_exporting(),
        "a 1,000-card picture takes longer than a few frames"
    );
    assert!(
        harness
            .query_by_label_contains("Exporting big.png")
            .is_some()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.step();
    assert_eq!(harness.state().selection().len(), 1000);
    wait_for_export(&mut harness);
    assert!(
        harness.state().status().starts_with("Exported "),
        "{:?} {:?}",
        harness.state().status(),
        harness.state().error()
    );
    assert_eq!(file::load_path(&target).unwrap().map, map);
    let _ = std::fs::remove_dir_all(folder);
}

/// What the canvas hands to egui at 100 % for a generated map of this many cards.
fn drawn_at_actual_size(cards: usize) -> journeymap::paint::egui_backend::DrawStats {
    let folder = scratch(&format!("culling-{cards}"));
    let path = folder.join("map.json");
    let map = journeymap::generate::generate(journeymap::generate::Settings::for_cards(cards));
    std::fs::write(&path, file::to_json(&map)).unwrap();
    let mut harness = editor(Start::File(path), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    let _ = std::fs::remove_dir_all(folder);
    harness.state().last_draw()
}

#[test]
fn at_actual_size_the_cost_of_drawing_does_not_grow_with_the_map() {
    let small = drawn_at_actual_size(300);
    let large = drawn_at_actual_size(3000);
    assert!(
        large.drawn + large.culled > 5 * (small.drawn + small.culled),
        "{small:?} {large:?}"
    );
    // The screen shows about as much of either map, so about as much is drawn.
    assert!(
        (large.drawn as f32) < 1.5 * small.drawn as f32 + 200.0,
        "a map ten times larger draws {} shapes instead of {}",
        large.drawn,
        small.drawn
    );
}
