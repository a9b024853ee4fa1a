//! The interface speaks the system's language at start, switches in View ▸ Language at
//! once, and remembers the choice.

mod common;

use common::{ScriptedDialogs, editor_on_system, scratch};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::Language;

const DUTCH_MENUS: [&str; 4] = ["Bestand", "Bewerken", "Kaart", "Beeld"];
const ENGLISH_MENUS: [&str; 4] = ["File", "Edit", "Map", "View"];

fn menus_read(harness: &Harness<'_, JourneyApp>, names: [&str; 4]) -> bool {
    names.iter().all(|name| {
        harness
            .query_by_role_and_label(Role::Button, name)
            .is_some()
    })
}

fn click(harness: &mut Harness<'_, JourneyApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn a_dutch_system_gets_dutch_menus() {
    let harness = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::Dutch,
    );
    assert!(menus_read(&harness, DUTCH_MENUS), "Dutch menus");
    assert!(!menus_read(&harness, ENGLISH_MENUS), "no English menus");
    let english = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::English,
    );
    assert!(menus_read(&english, ENGLISH_MENUS), "English menus");
}

#[test]
fn the_view_menu_switches_the_language_at_once_and_it_is_remembered() {
    let folder = scratch("language-remembered");
    let mut storage = journeymap::app::settings::SettingsFile::open(folder.join("settings.json"));
    let mut harness = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::Dutch,
    );
    click(&mut harness, "Beeld");
    harness.get_by_label("Taal").hover();
    harness.run();
    // Each language is named in itself, so it can be found without reading the menu.
    click(&mut harness, "English");
    assert!(menus_read(&harness, ENGLISH_MENUS), "English at once");
    assert_eq!(harness.state().interface_language(), Language::English);
    eframe::App::save(harness.state_mut(), &mut storage);
    eframe::Storage::flush(&mut storage);

    // The next start, on the same Dutch system, speaks English as chosen.
    let storage = journeymap::app::settings::SettingsFile::open(folder.join("settings.json"));
    let mut next = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::Dutch,
    );
    let ctx = next.ctx.clone();
    next.state_mut().restore_settings(&ctx, &storage);
    next.run();
    assert!(menus_read(&next, ENGLISH_MENUS), "remembered");

    // "Like the system" goes back to following the system.
    click(&mut next, "View");
    next.get_by_label("Language").hover();
    next.run();
    click(&mut next, "Like the system");
    assert!(
        menus_read(&next, DUTCH_MENUS),
        "the system's language again"
    );
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn menu_entries_speak_dutch() {
    let mut harness = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::Dutch,
    );
    click(&mut harness, "Bestand");
    for entry in ["Nieuw…", "Openen…", "Opslaan", "Opslaan als…", "Afsluiten"] {
        assert!(
            harness.query_all_by_label_contains(entry).next().is_some(),
            "{entry}"
        );
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    click(&mut harness, "Bewerken");
    for entry in [
        "Ongedaan maken",
        "Knippen",
        "Kopiëren",
        "Plakken",
        "Alles selecteren",
    ] {
        assert!(
            harness.query_all_by_label_contains(entry).next().is_some(),
            "{entry}"
        );
    }
    assert!(harness.query_all_by_label_contains("Undo").next().is_none());
}

#[test]
fn the_language_menu_is_a_choice_with_the_current_one_ticked() {
    let mut harness = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        Language::English,
    );
    click(&mut harness, "View");
    harness.get_by_label("Language").hover();
    harness.run();
    let ticked = |harness: &Harness<'_, JourneyApp>, name: &str| {
        harness
            .query_by(|node| {
                node.role() == Role::RadioButton
                    && node.label().as_deref() == Some(name)
                    && node.toggled() == Some(egui::accesskit::Toggled::True)
            })
            .is_some()
    };
    assert!(ticked(&harness, "Like the system"));
    assert!(!ticked(&harness, "Nederlands"));
    click(&mut harness, "Nederlands");
    click(&mut harness, "Beeld");
    harness.get_by_label("Taal").hover();
    harness.run();
    assert!(ticked(&harness, "Nederlands"));
    assert!(!ticked(&harness, "Zoals het systeem"));
}
