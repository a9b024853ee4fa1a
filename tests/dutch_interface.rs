//! With a Dutch interface, the editor's own words on and around the canvas are Dutch: the
//! status bar, the canvas's context menus and questions, and the names of undo steps.

mod common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::Language;

fn dutch_editor() -> Harness<'static, JourneyApp> {
    editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::Dutch,
    )
}

fn right_click(harness: &mut Harness<'_, JourneyApp>, at: egui::Pos2) {
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Secondary, Modifiers::NONE);
    harness.run();
}

#[test]
fn the_status_bar_counts_in_dutch() {
    let harness = dutch_editor();
    let map = map_of(&harness);
    assert!(
        [map.phases.len(), map.lanes.len(), map.cards.len()]
            .iter()
            .all(|n| *n > 1),
        "the sample has several of each, so every count is a plural"
    );
    let counts = format!(
        "{} fases \u{b7} {} banen \u{b7} {} kaarten \u{b7} {} verbindingen",
        map.phases.len(),
        map.lanes.len(),
        map.cards.len(),
        map.links.len()
    );
    assert!(harness.query_by_label(&counts).is_some(), "no {counts:?}");
    assert!(harness.query_by_label("Passend").is_some());
    assert!(harness.query_by_label("Fit").is_none());
}

#[test]
fn deleting_two_cards_is_undone_by_its_dutch_name_and_pasting_them_says_so_in_dutch() {
    let mut harness = dutch_editor();
    let original = map_of(&harness);
    let (a, b) = (original.cards[0].id.clone(), original.cards[5].id.clone());
    click_card(&mut harness, &a, Modifiers::NONE);
    click_card(&mut harness, &b, Modifiers::SHIFT);
    harness.event(egui::Event::Copy);
    harness.step();
    let copied = copied_text(&harness).unwrap();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(map_of(&harness).cards.len(), original.cards.len() - 2);

    harness.get_by_label("Bewerken").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Ongedaan maken: 2 kaarten verwijderen")
            .is_some(),
        "Edit ▸ Undo names the step in Dutch"
    );
    assert!(harness.query_by_label_contains("delete").is_none());
    harness.key_press(Key::Escape);
    harness.run();

    harness.event(egui::Event::Paste(copied));
    harness.run();
    assert_eq!(harness.state().status(), "2 kaarten geplakt.");
    assert!(harness.query_by_label("2 kaarten geplakt.").is_some());
    assert_eq!(harness.state().undo_label().as_deref(), Some("plakken"));
}

#[test]
fn a_lanes_context_menu_and_the_delete_question_speak_dutch() {
    let mut harness = dutch_editor();
    let original = map_of(&harness);
    let lane = &original.lanes[0];
    let header = on_screen(harness.state(), harness.state().laid_out().rows[0].header);
    assert!(
        harness
            .query_by_label(&format!("Baan {}", lane.name))
            .is_some(),
        "a lane's header is named in Dutch"
    );
    right_click(&mut harness, header.center());
    for entry in ["Baan erboven toevoegen", "Baan eronder toevoegen"] {
        assert!(harness.query_by_label(entry).is_some(), "no {entry:?}");
    }
    assert!(harness.query_by_label("Add Lane Above").is_none());
    harness.key_press(Key::Escape);
    harness.run();

    // The header is selected now; deleting it asks first, in Dutch, with the card count.
    harness.key_press(Key::Delete);
    harness.run();
    let question = format!("De baan \u{201c}{}\u{201d} verwijderen?", lane.name);
    assert!(
        harness.query_by_label(&question).is_some(),
        "no {question:?}"
    );
    let cards = original.cards.iter().filter(|c| c.lane == lane.id).count();
    assert!(
        cards > 1,
        "the first lane of the sample holds several cards"
    );
    let consequence = format!(
        "De {cards} kaarten die erin staan, worden ook verwijderd. Je kunt dit ongedaan maken."
    );
    assert!(
        harness.query_by_label(&consequence).is_some(),
        "no {consequence:?}"
    );
    harness.get_by_label("Baan verwijderen").click();
    harness.run();
    assert!(map_of(&harness).lane(&lane.id).is_none());
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("baan verwijderen")
    );
}
