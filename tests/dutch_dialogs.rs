//! The editor's own words in Dutch: with a Dutch interface the unsaved-changes question, the
//! inspector, the window's own file chooser and the restore question read Dutch, and their
//! Dutch buttons do what the English ones do.

mod common;

use std::path::PathBuf;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::i18n::{Language, set_interface_language};
use journeymap::model::MapState;

/// An editor whose interface speaks Dutch.
///
/// The interface language is a per-thread setting; each test runs on its own thread, so
/// setting it here touches no other test.
fn dutch_editor(start: Start, dialogs: ScriptedDialogs) -> Harness<'static, JourneyApp> {
    set_interface_language(Language::Dutch);
    editor(start, dialogs)
}

#[test]
fn the_unsaved_changes_question_is_dutch_and_niet_opslaan_discards() {
    let mut harness = dutch_editor(Start::Sample(0), ScriptedDialogs::default());
    change_something(&mut harness);
    let title = map_of(&harness).title;
    request_close(&mut harness);
    let question = format!("Wijzigingen in \u{201c}{title}\u{201d} opslaan voordat je afsluit?");
    assert!(harness.query_by_label(&question).is_some(), "{question}");
    assert!(
        harness
            .query_by_label_contains("Save the changes to")
            .is_none()
    );
    assert!(harness.query_by_label("Opslaan").is_some());
    assert!(harness.query_by_label("Don\u{2019}t Save").is_none());

    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(!harness.state().is_closing(), "Annuleren cancels");
    assert!(harness.state().is_dirty());
    assert_eq!(
        harness.state().status(),
        "Geannuleerd: de klantreis blijft open."
    );

    request_close(&mut harness);
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert!(
        harness.state().is_closing(),
        "Niet opslaan discards and closes"
    );
}

#[test]
fn the_inspector_is_dutch_and_its_fields_edit_the_map() {
    let mut harness = dutch_editor(Start::Sample(0), ScriptedDialogs::default());
    // Nothing selected: the map's own fields.
    assert!(harness.query_by_label("Klantreis").is_some());
    assert!(harness.query_by_label("Deze klantreis toont").is_some());
    let map = map_of(&harness);
    let counts = format!(
        "{} fases \u{b7} {} banen \u{b7} {} kaarten",
        map.phases.len(),
        map.lanes.len(),
        map.cards.len()
    );
    assert!(
        harness
            .query_all_by_label_contains(&counts)
            .next()
            .is_some(),
        "{counts}"
    );
    let other = if map.state == MapState::Future {
        "de huidige situatie"
    } else {
        "de gewenste situatie"
    };
    harness.get_by_label(other).click();
    harness.run();
    assert_ne!(map_of(&harness).state, map.state, "the Dutch radio works");
    undo(&mut harness);
    assert_eq!(map_of(&harness).state, map.state);

    // One card: its fields, and a Dutch checkbox that sets the moment.
    let card = map.cards[0].clone();
    click_card(&mut harness, &card.id, Modifiers::NONE);
    // "Kaart" is the menu too: the inspector's heading makes a second.
    assert_eq!(harness.query_all_by_label("Kaart").count(), 2);
    assert!(
        harness
            .query_by_label("Eigenaar (team of afdeling)")
            .is_some()
    );
    assert!(harness.query_by_label("Title").is_none());
    harness.get_by_label("Beslismoment").click();
    harness.run();
    let changed = map_of(&harness);
    assert_ne!(
        changed.card(&card.id).unwrap().decision_moment,
        card.decision_moment
    );
    // The undo step has a Dutch name too.
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("beslismoment aan- of uitzetten")
    );

    // A card with KPIs: the table's cells are named in Dutch.
    let measured = map.cards.iter().find(|c| !c.kpis.is_empty()).unwrap();
    click_card(&mut harness, &measured.id, Modifiers::NONE);
    assert!(harness.query_by_label("KPI\u{2019}s").is_some());
    assert!(harness.query_by_label("KPI 1 naam").is_some());
    assert!(harness.query_by_label("KPI 1 name").is_none());

    // Two cards: the count is Dutch.
    let second = map.cards[1].id.clone();
    click_card(&mut harness, &second, Modifiers::SHIFT);
    assert!(harness.query_by_label("2 kaarten geselecteerd").is_some());
}

#[test]
fn without_a_file_dialog_the_windows_own_chooser_is_dutch() {
    let mut harness = dutch_editor(Start::Sample(0), ScriptedDialogs::unavailable());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(harness.query_by_label("De klantreis opslaan").is_some());
    assert!(harness.query_by_label("Bestandsnaam of pad").is_some());
    assert!(harness.query_by_label("Omhoog").is_some());
    // The folder is read on a thread; then its columns are named in Dutch.
    for _ in 0..200 {
        if harness.query_by_label("Gewijzigd").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    assert!(harness.query_by_label("Gewijzigd").is_some());
    assert!(harness.query_by_label("Modified").is_none());
    assert!(
        harness
            .state()
            .status()
            .contains("eigen bestandskiezer van journeymap"),
        "{}",
        harness.state().status()
    );
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert!(harness.query_by_label("Bestandsnaam of pad").is_none());
    assert_eq!(harness.state().status(), "Opslaan geannuleerd.");
}

#[test]
fn the_restore_question_is_dutch_and_says_when_in_dutch() {
    let store_dir: PathBuf = scratch("dutch-restore");
    let mut lost = journeymap::file::load(journeymap::samples::SAMPLES[0].json.as_bytes())
        .unwrap()
        .map;
    lost.title = "Werk van voor de crash".to_owned();
    journeymap::file::RecoveryStore::new(store_dir.clone())
        .write("crashed-run", &lost, None, None)
        .unwrap();

    set_interface_language(Language::Dutch);
    let mut harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    assert!(
        harness
            .query_by_label("Niet-opgeslagen werk herstellen?")
            .is_some()
    );
    // "minder dan een minuut geleden (29 november 2026, 14:05) · nooit opgeslagen"
    let months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    assert!(
        months.iter().any(|month| harness
            .query_by_label_contains(&format!(" {month} 20"))
            .is_some()),
        "the copy's time, with a Dutch month"
    );
    assert!(
        harness
            .query_by_label_contains("minder dan een minuut geleden (")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains(") \u{b7} nooit opgeslagen")
            .is_some()
    );

    harness
        .get_by_label("\u{201c}Werk van voor de crash\u{201d} herstellen")
        .click();
    harness.run();
    assert_eq!(map_of(&harness), lost);
    assert_eq!(
        harness.state().status(),
        "\u{201c}Werk van voor de crash\u{201d} hersteld: sla de klantreis op om hem te bewaren."
    );
    let _ = std::fs::remove_dir_all(store_dir);
}

#[test]
fn the_new_map_dialog_is_dutch_and_maken_starts_the_map() {
    let mut harness = dutch_editor(Start::Sample(0), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.query_by_label("Nieuwe klantreis").is_some());
    assert!(harness.query_by_label("Create").is_none());
    harness
        .get_by_label("Titel van de nieuwe klantreis")
        .type_text("Onboarding zakelijke klanten");
    harness.run();
    harness.get_by_label("Maken").click();
    harness.run();
    assert_eq!(map_of(&harness).title, "Onboarding zakelijke klanten");
    assert!(harness.query_by_label("Nieuwe klantreis").is_none());
}
