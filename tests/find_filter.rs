//! Find (Ctrl+F) and the filter bar, through real keys and clicks: matches step with Enter,
//! typing in the field never edits the map, Esc closes; a chip dims the other cards, an
//! export can leave them out, and a map file remembers its filter.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::samples::SAMPLES;

fn bike_service() -> Start {
    Start::Sample(
        SAMPLES
            .iter()
            .position(|s| s.name == "bike-service")
            .unwrap(),
    )
}

fn type_in_find_field(harness: &mut Harness<'static, JourneyApp>, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "Find")
        .type_text(text);
    harness.run();
}

fn open_filter_bar(harness: &mut Harness<'static, JourneyApp>) {
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Filter Bar").click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
}

#[test]
fn ctrl_f_finds_steps_with_enter_and_esc_closes_without_touching_the_map() {
    let mut harness = editor(bike_service(), ScriptedDialogs::default());
    let original = map_of(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    // The field has the keyboard at once: typing searches, and no letter reaches the map
    // (typing on a selected card would rename it).
    type_in_find_field(&mut harness, "mechanic");
    let expected = journeymap::find::find_cards(&original, "mechanic");
    assert!(expected.len() > 2, "{expected:?}");
    assert_eq!(harness.state().find_matches(), expected.as_slice());
    let total = expected.len();
    assert!(harness.query_by_label(&format!("1 of {total}")).is_some());
    assert_eq!(harness.state().selection(), &expected[..1]);

    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().selection(), &expected[1..2]);
    assert!(harness.query_by_label(&format!("2 of {total}")).is_some());
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run();
    assert_eq!(harness.state().selection(), &expected[..1]);
    // Keys that are shortcuts on the canvas type into the field instead.
    type_in_find_field(&mut harness, " ");
    harness.key_press(Key::Delete);
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(map_of(&harness), original);
    assert_eq!(harness.state().undo_label(), None);
    // Letters (which rename a selected card on the canvas) and F2 stay in the field too.
    type_in_find_field(&mut harness, "zz");
    harness.key_press(Key::F2);
    harness.run();
    assert!(harness.query_by_label("No matches").is_some());
    assert_eq!(map_of(&harness), original);
    assert!(!harness.state().in_gesture(), "no rename in place started");

    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Find")
            .is_none()
    );
    assert!(harness.state().find_matches().is_empty());
    assert_eq!(map_of(&harness), original);
}

#[test]
fn a_chip_dims_the_other_cards_an_export_can_leave_them_out_and_clear_restores() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("filter");
    let svg = folder.join("only.svg");
    dialogs.answer(svg.clone());
    let mut harness = editor(bike_service(), dialogs);
    let map = map_of(&harness);
    assert_eq!(harness.state().highlighted_cards(), None);
    open_filter_bar(&mut harness);
    harness.get_by_label("Mechanic").click();
    harness.run();
    let highlighted = harness.state().highlighted_cards().unwrap();
    let mechanic: std::collections::HashSet<_> = map
        .cards
        .iter()
        .filter(|c| c.owner.as_deref() == Some("Mechanic"))
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(highlighted, mechanic);
    assert!(highlighted.len() < map.cards.len());

    // Export ▸ SVG, only what is highlighted.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    harness.run();
    harness.get_by_label("Only what is highlighted").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    wait_for_export(&mut harness);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("Mechanic calls for approval"));
    assert!(!text.contains("Hears the brakes squeal"));
    assert_eq!(map_of(&harness), map, "the map itself keeps every card");

    harness.get_by_label("Clear").click();
    harness.run();
    assert_eq!(harness.state().highlighted_cards(), None);
}

#[test]
fn a_map_file_remembers_its_filter() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("filter-remembered");
    let path = folder.join("bikes.json");
    dialogs.answer(path.clone());
    dialogs.answer(path.clone());
    let mut harness = editor(bike_service(), dialogs);
    // Chosen on the sample, then saved: the filter goes with the file.
    open_filter_bar(&mut harness);
    harness.get_by_label("Retired Henk").click();
    harness.run();
    let chosen = harness.state().filter().clone();
    assert_eq!(chosen.personas.len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(path.exists());

    // Another map has no filter; the file brings its own back.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .perform(&ctx, journeymap::app::Action::OpenSample(0));
    harness.run();
    wait_for_open(&mut harness);
    assert!(!harness.state().filter().is_active());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    wait_for_open(&mut harness);
    assert_eq!(
        harness.state().origin(),
        &journeymap::app::Origin::File(path)
    );
    assert_eq!(harness.state().filter(), &chosen);
}
