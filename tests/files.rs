//! Files through the editor: nothing is lost to a careless click (unsaved changes are asked
//! about before closing, New, Open or a sample), bad files are refused with a sentence and
//! the open map stays, the New dialog, the sample gallery, Open Recent, dropped files and
//! the settings kept between starts.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use std::path::{Path, PathBuf};

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::{JourneyApp, Origin, Start};
use journeymap::file;

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_everything() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    change_something(&mut harness);
    let edited = map_of(&harness);
    request_close(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Save the changes to")
            .is_some(),
        "closing asks first"
    );
    assert!(!harness.state().is_closing());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Save the changes to")
            .is_none()
    );
    assert!(!harness.state().is_closing(), "Cancel really cancels");
    assert_eq!(map_of(&harness), edited);
    assert!(harness.state().is_dirty());

    // Again, and this time don't save: the window closes.
    request_close(&mut harness);
    harness.get_by_label("Don\u{2019}t Save").click();
    harness.run();
    assert!(harness.state().is_closing());
}

#[test]
fn closing_without_changes_does_not_ask() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    request_close(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Save the changes to")
            .is_none()
    );
}

#[test]
fn save_in_the_question_saves_then_goes_on_and_a_cancelled_save_stays() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("save-then-open");
    let saved = folder.join("mine.json");
    let mut harness = editor(Start::Sample(0), dialogs.clone());
    change_something(&mut harness);
    let edited = map_of(&harness);

    // Open Sample… with changes: Save, but cancel the save dialog: nothing happens.
    open_sample_gallery(&mut harness);
    let sample = second_in_gallery();
    let title = sample.title();
    let label = format!("Open \u{201c}{title}\u{201d}");
    let open = harness.get_by_label(&label);
    open.click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(
        map_of(&harness),
        edited,
        "a cancelled save keeps the map open"
    );
    assert!(harness.state().is_dirty());

    // Again, and answer the save dialog: saved, then the sample opens.
    dialogs.answer(saved.clone());
    open_sample_gallery(&mut harness);
    harness
        .get_by_label(&format!("Open \u{201c}{title}\u{201d}"))
        .click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(file::load_path(&saved).unwrap().map, edited);
    assert_eq!(map_of(&harness).title, title);
    assert_eq!(harness.state().origin(), &Origin::Sample(sample.name));
    assert!(!harness.state().is_dirty());
    let _ = std::fs::remove_dir_all(folder);
}

/// Files that must not open, each with what the user reads.
fn bad_files(folder: &Path) -> Vec<(PathBuf, &'static str)> {
    let write = |name: &str, bytes: &[u8]| {
        let path = folder.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    vec![
        (write("empty.json", b""), "empty"),
        (
            write("photo.jpg", &[0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
            "JPEG",
        ),
        (
            write("broken.json", b"{\"format\": \"journeymap\", "),
            "line",
        ),
        (
            write(
                "newer.json",
                b"{\"format\": \"journeymap\", \"version\": 99, \"title\": \"x\"}",
            ),
            "newer",
        ),
        (write("drawio.xml", b"<mxfile><diagram/></mxfile>"), ""),
        (
            write(
                "plain.png",
                &journeymap::export::encode_png(&[255; 4], 1, 1, None).unwrap(),
            ),
            "",
        ),
        (folder.join("missing.json"), ""),
        (
            {
                let sub = folder.join("a folder.json");
                std::fs::create_dir_all(&sub).unwrap();
                sub
            },
            "is a folder",
        ),
    ]
    .into_iter()
    .chain(unix_special_files(folder))
    .collect()
}

/// A named pipe and a device: opening either must not wait for a writer that never comes.
#[cfg(unix)]
fn unix_special_files(folder: &Path) -> Vec<(PathBuf, &'static str)> {
    let fifo = folder.join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo could not make {}", fifo.display());
    vec![
        (fifo, "is a named pipe"),
        (PathBuf::from("/dev/null"), "is a device"),
    ]
}

#[cfg(not(unix))]
fn unix_special_files(_folder: &Path) -> Vec<(PathBuf, &'static str)> {
    Vec::new()
}

#[test]
fn a_file_that_cannot_be_opened_says_why_and_the_open_map_stays() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("bad-open");
    let mut harness = editor(Start::Sample(1), dialogs.clone());
    let original = map_of(&harness);
    for (path, expected) in bad_files(&folder) {
        dialogs.answer(path.clone());
        harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
        harness.run();
        wait_for_open(&mut harness);
        let (heading, sentence) = harness
            .state()
            .error()
            .cloned()
            .unwrap_or_else(|| panic!("{} opened", path.display()));
        assert!(heading.contains("could not be opened"), "{heading}");
        assert!(
            sentence.to_lowercase().contains(&expected.to_lowercase()),
            "{}: {sentence}",
            path.display()
        );
        assert!(
            harness.query_all_by_label(&sentence).next().is_some(),
            "the dialog shows it"
        );
        harness.get_by_label("OK").click();
        harness.run();
        assert_eq!(map_of(&harness), original, "{}", path.display());
        assert_eq!(
            harness.state().origin(),
            &Origin::Sample("klacht-afhandeling")
        );
    }
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn new_asks_for_a_template_and_a_title_and_the_map_is_untitled() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("new");
    let path = folder.join("see-think-do-care.json");
    dialogs.answer(path.clone());
    let mut harness = editor(Start::Sample(0), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness
        .get_by_label_contains("See - Think - Do - Care")
        .click();
    harness.run();
    harness
        .get_by_label("Title of the new map")
        .type_text("Summer campaign");
    harness.run();
    harness.get_by_label("Create").click();
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.title, "Summer campaign");
    let phases: Vec<&str> = map.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(phases, ["See", "Think", "Do", "Care"]);
    assert_eq!(harness.state().origin(), &Origin::New);
    assert!(
        !harness.state().is_dirty(),
        "a new map has nothing to save yet"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(file::load_path(&path).unwrap().map, map);
    let _ = std::fs::remove_dir_all(folder);
}

/// The second sample the gallery shows: another one than the sample the editor starts
/// with, and in view without scrolling.
fn second_in_gallery() -> &'static journeymap::samples::Sample {
    let order = journeymap::samples::gallery_order(journeymap::i18n::interface_language());
    &journeymap::samples::SAMPLES[order[1]]
}

/// File ▸ Open Sample….
fn open_sample_gallery(harness: &mut Harness<'_, JourneyApp>) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open Sample…").click();
    harness.run();
}

#[test]
fn the_sample_gallery_shows_every_sample_with_a_thumbnail() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    // The editor's own pictures (a persona's portrait in the panel) are not the gallery's.
    let images_before = harness
        .query_all(egui_kittest::kittest::by().role(egui::accesskit::Role::Image))
        .count();
    open_sample_gallery(&mut harness);
    for sample in journeymap::samples::SAMPLES {
        let title = sample.title();
        assert!(
            harness
                .query_by_label(&format!("Open \u{201c}{title}\u{201d}"))
                .is_some(),
            "{title}"
        );
    }
    let images = harness
        .query_all(egui_kittest::kittest::by().role(egui::accesskit::Role::Image))
        .count();
    assert_eq!(
        images - images_before,
        journeymap::samples::SAMPLES.len(),
        "a thumbnail each"
    );
    let sample = second_in_gallery();
    harness
        .get_by_label(&format!("Open \u{201c}{}\u{201d}", sample.title()))
        .click();
    harness.run();
    assert_eq!(harness.state().origin(), &Origin::Sample(sample.name));
    assert_eq!(map_of(&harness).title, sample.title());
}

/// A Dutch marketer finds the Dutch tellings at the top of the gallery, an English-speaking
/// one the English tellings; each entry says which language it is in.
#[test]
fn the_sample_gallery_lists_the_interface_language_first_and_marks_each_language() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    open_sample_gallery(&mut harness);
    let chip_rows = |harness: &Harness<'_, JourneyApp>, code: &str| -> Vec<f32> {
        harness
            .query_all_by_label(code)
            .map(|chip| chip.rect().center().y)
            .collect()
    };
    let count = |language| {
        journeymap::samples::SAMPLES
            .iter()
            .filter(|s| s.language == language)
            .count()
    };
    let (dutch, english) = (chip_rows(&harness, "NL"), chip_rows(&harness, "EN"));
    assert_eq!(dutch.len(), count(journeymap::i18n::Language::Dutch));
    assert_eq!(english.len(), count(journeymap::i18n::Language::English));
    let below = |upper: &[f32], lower: &[f32]| {
        upper.iter().copied().fold(f32::MIN, f32::max)
            < lower.iter().copied().fold(f32::MAX, f32::min)
    };
    assert!(
        below(&english, &dutch),
        "English first: {english:?} {dutch:?}"
    );

    harness.hover_at(
        harness
            .query_all_by_label("EN")
            .next()
            .unwrap()
            .rect()
            .center(),
    );
    harness.run();
    assert!(
        harness
            .query_by_label("This sample is written in English")
            .is_some()
    );

    // A Dutch editor lists the Dutch samples first.
    journeymap::i18n::set_interface_language(journeymap::i18n::Language::Dutch);
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Voorbeeld openen…").click();
    harness.run();
    let (dutch, english) = (chip_rows(&harness, "NL"), chip_rows(&harness, "EN"));
    assert!(
        below(&dutch, &english),
        "Dutch first: {dutch:?} {english:?}"
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_map_dropped_on_the_window_opens_and_is_remembered_in_open_recent() {
    let folder = scratch("drop");
    let path = folder.join("ikea.json");
    std::fs::write(&path, journeymap::samples::SAMPLES[4].json).unwrap();
    let gone = folder.join("gone.json");
    std::fs::write(&gone, journeymap::samples::SAMPLES[5].json).unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(gone.clone());
    let mut harness = editor(Start::Sample(0), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    wait_for_open(&mut harness);
    std::fs::remove_file(&gone).unwrap();

    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    wait_for_open(&mut harness);
    assert_eq!(harness.state().origin(), &Origin::File(path.clone()));
    assert_eq!(
        map_of(&harness).title,
        journeymap::samples::SAMPLES[4].title()
    );

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open Recent").hover();
    harness.run();
    // Whether the files exist is looked up on a thread, so the menu never waits for a disk.
    let gone_disabled = |harness: &Harness<'_, JourneyApp>| {
        harness
            .get_by_label("gone.json")
            .accesskit_node()
            .is_disabled()
    };
    for _ in 0..200 {
        if gone_disabled(&harness) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    let recent = harness.get_by_label("ikea.json");
    assert!(!recent.accesskit_node().is_disabled());
    assert!(gone_disabled(&harness), "a file that is gone is greyed out");
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn recent_files_and_export_settings_are_remembered_between_starts() {
    let folder = scratch("settings");
    let path = folder.join("bank.json");
    std::fs::write(&path, journeymap::samples::SAMPLES[0].json).unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(folder.join("bank.png"));
    let mut harness = editor(Start::File(path.clone()), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("1×").click();
    harness.get_by_label("Transparent").click();
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    wait_for_export(&mut harness);
    let mut storage = Memory::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    let mut next = editor(Start::Sample(0), ScriptedDialogs::default());
    let ctx = next.ctx.clone();
    next.state_mut().restore_settings(&ctx, &storage);
    next.run();
    let options = next.state().export_options();
    assert_eq!(options.scale, 1);
    assert_eq!(
        options.background,
        journeymap::paint::svg::Background::Transparent
    );
    next.get_by_label("File").click();
    next.run();
    next.get_by_label("Open Recent").hover();
    next.run();
    assert!(next.query_by_label("bank.json").is_some());
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn unsaved_changes_are_copied_for_recovery_and_the_copy_goes_after_a_save() {
    let folder = scratch("recovery-copy");
    let store_dir = folder.join("recovery");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(folder.join("saved.json"));
    let mut harness = editor_with_recovery(Start::Sample(0), dialogs, store_dir.clone());
    let store = file::RecoveryStore::new(&store_dir);
    assert!(store.list().is_empty(), "nothing to copy before a change");
    change_something(&mut harness);
    let copies = store.list();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].map, map_of(&harness));
    assert_eq!(copies[0].origin, None, "a sample has no file of its own");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    assert!(store.list().is_empty(), "a clean save removes the copy");
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn the_next_start_offers_to_restore_and_restore_opens_the_map_unsaved() {
    let folder = scratch("recovery-restore");
    let store_dir = folder.join("recovery");
    let store = file::RecoveryStore::new(&store_dir);
    let original_file = folder.join("mine.json");
    let mut lost = file::load(journeymap::samples::SAMPLES[3].json.as_bytes())
        .unwrap()
        .map;
    lost.title = "Work from before the crash".to_owned();
    lost.cards[0].title = "Edited just before the crash".to_owned();
    store
        .write("crashed-run", &lost, Some(&original_file), None)
        .unwrap();

    let mut harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    harness
        .get_by_label("Restore \u{201c}Work from before the crash\u{201d}")
        .click();
    harness.run();
    assert_eq!(map_of(&harness), lost);
    assert!(harness.state().is_dirty(), "restored work is unsaved");
    assert_eq!(
        harness.state().origin(),
        &Origin::File(std::path::absolute(&original_file).unwrap())
    );
    // The old copy is gone and this run keeps its own at once.
    let copies = store.list();
    assert_eq!(copies.len(), 1);
    assert!(!copies[0].path.to_string_lossy().contains("crashed-run"));
    assert_eq!(copies[0].map, lost);

    // Don't Save on close removes that copy too.
    request_close(&mut harness);
    harness.get_by_label("Don\u{2019}t Save").click();
    harness.run();
    assert!(harness.state().is_closing());
    assert!(store.list().is_empty());
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn discarding_a_recovered_map_deletes_its_copy_and_keeps_the_open_map() {
    let folder = scratch("recovery-discard");
    let store_dir = folder.join("recovery");
    let store = file::RecoveryStore::new(&store_dir);
    let mut lost = file::load(journeymap::samples::SAMPLES[3].json.as_bytes())
        .unwrap()
        .map;
    lost.title = "Not wanted".to_owned();
    store.write("crashed-run", &lost, None, None).unwrap();
    let mut harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    let before = map_of(&harness);
    harness
        .get_by_label("Discard \u{201c}Not wanted\u{201d}")
        .click();
    harness.run();
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
    assert!(store.list().is_empty());
    assert_eq!(map_of(&harness), before);
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let folder = scratch("changed-on-disk");
    let path = folder.join("shared.json");
    std::fs::write(&path, journeymap::samples::SAMPLES[0].json).unwrap();
    let mut harness = editor(Start::File(path.clone()), ScriptedDialogs::default());
    change_something(&mut harness);
    // A colleague's copy is synced over ours.
    let mut theirs = file::load(journeymap::samples::SAMPLES[0].json.as_bytes())
        .unwrap()
        .map;
    theirs.title = "Their version".to_owned();
    std::fs::write(&path, file::to_json(&theirs)).unwrap();

    cancel_keeps_theirs_and_overwrite_writes_ours(&mut harness, &path, &theirs);

    // Our own save is not a change by someone else: the next save does not ask.
    change_something(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("was changed since you opened it")
            .is_none()
    );
    assert_eq!(file::load_path(&path).unwrap().map, map_of(&harness));
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_save_that_fails_says_why_and_the_map_stays_open_and_unsaved() {
    let folder = scratch("save-fails");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(folder.join("no such folder").join("map.json"));
    let mut harness = editor(Start::Sample(0), dialogs);
    change_something(&mut harness);
    let edited = map_of(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let (heading, sentence) = harness.state().error().cloned().unwrap();
    assert_eq!(heading, "The map could not be saved");
    assert!(sentence.contains("map.json"), "{sentence}");
    assert_eq!(map_of(&harness), edited);
    assert!(harness.state().is_dirty());
    let _ = std::fs::remove_dir_all(folder);
}

#[cfg(unix)]
#[test]
fn the_copy_of_a_journeymap_that_is_still_running_is_not_offered() {
    if !Path::new("/proc/self").exists() {
        return; // Only where running processes can be listed.
    }
    let folder = scratch("recovery-live");
    let store_dir = folder.join("recovery");
    let store = file::RecoveryStore::new(&store_dir);
    let map = file::load(journeymap::samples::SAMPLES[3].json.as_bytes())
        .unwrap()
        .map;
    // Another window, still open (this test's parent process stands in for it).
    let parent = std::os::unix::process::parent_id();
    store
        .write(&format!("{parent}-1-0"), &map, None, None)
        .unwrap();
    let harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
    assert_eq!(store.list().len(), 1, "and its copy is left alone");
    let _ = std::fs::remove_dir_all(folder);
}

// --- Issue 11: restores, missing dialogs, non-files, long errors ----------------------

fn sample_map(index: usize) -> journeymap::model::JourneyMap {
    file::load(journeymap::samples::SAMPLES[index].json.as_bytes())
        .unwrap()
        .map
}

/// A map saved in `origin`, and a recovery copy of an edited version of it that remembers
/// the file as it was; returns the edited map.
fn crashed_while_editing(
    store_dir: &Path,
    origin: &Path,
    title: &str,
) -> journeymap::model::JourneyMap {
    let mine = sample_map(3);
    file::save_path(&mine, origin).unwrap();
    let stamp = file::DiskStamp::read(origin).unwrap().unwrap();
    let mut lost = mine;
    lost.title = title.to_owned();
    file::RecoveryStore::new(store_dir)
        .write("crashed-run", &lost, Some(origin), Some(&stamp))
        .unwrap();
    lost
}

fn restore(harness: &mut Harness<'_, JourneyApp>, title: &str) {
    harness
        .get_by_label(&format!("Restore \u{201c}{title}\u{201d}"))
        .click();
    harness.run();
}

fn save(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

fn asks_about_changes(harness: &Harness<'_, JourneyApp>) -> bool {
    harness
        .query_by_label_contains("was changed since you opened it")
        .is_some()
}

/// Save over a file someone else changed: asked; Cancel keeps theirs and the map unsaved,
/// then Overwrite writes ours.
fn cancel_keeps_theirs_and_overwrite_writes_ours(
    harness: &mut Harness<'_, JourneyApp>,
    path: &Path,
    theirs: &journeymap::model::JourneyMap,
) {
    save(harness);
    assert!(asks_about_changes(harness));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        &file::load_path(path).unwrap().map,
        theirs,
        "theirs is kept"
    );
    assert!(harness.state().is_dirty());

    save(harness);
    assert!(asks_about_changes(harness));
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(file::load_path(path).unwrap().map, map_of(harness));
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_restored_map_is_saved_in_place_only_over_its_file_as_it_was() {
    let folder = scratch("restore-unchanged");
    let store_dir = folder.join("recovery");
    let origin = folder.join("mine.json");
    let lost = crashed_while_editing(&store_dir, &origin, "Unchanged since the crash");
    let mut harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    restore(&mut harness, "Unchanged since the crash");
    // This run's own copy keeps the stamp, so a second crash is just as safe.
    let copies = file::RecoveryStore::new(&store_dir).list();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        copies[0].origin_stamp,
        file::DiskStamp::read(&origin).unwrap()
    );
    save(&mut harness);
    assert!(!asks_about_changes(&harness), "nobody changed the file");
    assert_eq!(file::load_path(&origin).unwrap().map, lost);
    assert!(!harness.state().is_dirty());
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_restored_map_asks_before_replacing_a_file_changed_since_the_crash() {
    let folder = scratch("restore-changed");
    let store_dir = folder.join("recovery");
    let origin = folder.join("mine.json");
    let lost = crashed_while_editing(&store_dir, &origin, "Work from before the crash");
    // While journeymap was down, a colleague saved the file (same size, other words).
    let mut theirs = sample_map(3);
    theirs.cards[0].title = theirs.cards[0].title.chars().rev().collect();
    file::save_path(&theirs, &origin).unwrap();

    let mut harness = editor_with_recovery(
        Start::Sample(0),
        ScriptedDialogs::default(),
        store_dir.clone(),
    );
    restore(&mut harness, "Work from before the crash");
    cancel_keeps_theirs_and_overwrite_writes_ours(&mut harness, &origin, &theirs);
    assert_eq!(file::load_path(&origin).unwrap().map, lost);
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_restored_map_whose_file_is_no_longer_a_map_is_saved_only_through_save_as() {
    /// What took the file's place after the crash.
    fn replace(case: &str, path: &Path) {
        let png =
            |json: Option<&str>| journeymap::export::encode_png(&[255; 4], 1, 1, json).unwrap();
        match case {
            "a picture with a map inside" => {
                let json = file::to_json(&sample_map(0));
                std::fs::write(path, png(Some(&json))).unwrap();
            }
            "a plain picture" => std::fs::write(path, png(None)).unwrap(),
            "notes" => std::fs::write(path, "shopping list").unwrap(),
            "deleted" => std::fs::remove_file(path).unwrap(),
            _ => {
                std::fs::remove_file(path).unwrap();
                std::fs::create_dir(path).unwrap();
            }
        }
    }
    let cases = [
        "a picture with a map inside",
        "a plain picture",
        "notes",
        "deleted",
        "a folder",
    ];
    for case in cases {
        let folder = scratch("restore-not-a-map");
        let store_dir = folder.join("recovery");
        let origin = folder.join("mine.json");
        let lost = crashed_while_editing(&store_dir, &origin, "Restored work");
        replace(case, &origin);
        let before = std::fs::read(&origin).ok();
        let elsewhere = folder.join("elsewhere.json");
        let dialogs = ScriptedDialogs::default();
        dialogs.answer(elsewhere.clone());
        let mut harness = editor_with_recovery(Start::Sample(0), dialogs, store_dir.clone());
        restore(&mut harness, "Restored work");
        save(&mut harness);
        assert!(
            !asks_about_changes(&harness),
            "{case}: no Overwrite offered"
        );
        assert_eq!(std::fs::read(&origin).ok(), before, "{case}: left alone");
        assert_eq!(
            file::load_path(&elsewhere).unwrap().map,
            lost,
            "{case}: saved where Save As said"
        );
        assert_eq!(harness.state().origin(), &Origin::File(elsewhere));
        let _ = std::fs::remove_dir_all(folder);
    }
}

/// Types into the focused field and presses Enter.
fn type_and_enter(harness: &mut Harness<'_, JourneyApp>, text: &str) {
    harness.get_by_label("File name or path").type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn chooser_is_open(harness: &Harness<'_, JourneyApp>) -> bool {
    harness.query_by_label("File name or path").is_some()
}

#[test]
fn without_a_file_dialog_save_as_offers_the_windows_own_chooser() {
    let folder = scratch("no-dialog-save");
    std::fs::create_dir(folder.join("campaigns")).unwrap();
    std::fs::write(folder.join("old.json"), "{}").unwrap();
    std::fs::write(folder.join("notes.txt"), "not listed").unwrap();
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::unavailable());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(chooser_is_open(&harness));
    assert!(
        harness
            .state()
            .status()
            .contains("could not show its file dialog"),
        "{}",
        harness.state().status()
    );
    assert_ne!(harness.state().status(), "Save cancelled.");

    // Esc cancels.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!chooser_is_open(&harness));
    assert_eq!(harness.state().status(), "Save cancelled.");

    // A typed path, without its extension, is saved there as .json.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let folder_text = folder.display().to_string();
    harness
        .get_by_label("File name or path")
        .type_text(&folder_text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    // Enter on a folder goes into it and lists its maps and folders only.
    for _ in 0..50 {
        if harness.query_by_label("old.json").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    assert!(harness.query_by_label("old.json").is_some());
    assert!(harness.query_by_label("campaigns/").is_some());
    assert!(harness.query_by_label("notes.txt").is_none());
    type_and_enter(&mut harness, "campaigns/summer");
    let saved = folder.join("campaigns").join("summer.json");
    assert!(!chooser_is_open(&harness));
    assert_eq!(file::load_path(&saved).unwrap().map, map_of(&harness));
    assert_eq!(harness.state().origin(), &Origin::File(saved));

    // Onto an existing file: asked first; Cancel keeps it.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    type_and_enter(&mut harness, &folder.join("old.json").display().to_string());
    assert!(
        harness
            .query_by_label("\u{201c}old.json\u{201d} already exists. Replace it?")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read(folder.join("old.json")).unwrap(), b"{}");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    type_and_enter(&mut harness, &folder.join("old.json").display().to_string());
    harness.get_by_label("Replace").click();
    harness.run();
    assert_eq!(
        file::load_path(&folder.join("old.json")).unwrap().map,
        map_of(&harness)
    );
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn without_a_file_dialog_open_offers_the_windows_own_chooser() {
    let folder = scratch("no-dialog-open");
    let path = folder.join("ikea.json");
    std::fs::write(&path, journeymap::samples::SAMPLES[4].json).unwrap();
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::unavailable());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    assert!(chooser_is_open(&harness));
    type_and_enter(&mut harness, &path.display().to_string());
    wait_for_open(&mut harness);
    assert!(!chooser_is_open(&harness));
    assert_eq!(harness.state().origin(), &Origin::File(path));
    assert_eq!(map_of(&harness), sample_map(4));
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn without_a_file_dialog_export_offers_the_windows_own_chooser_and_asks_before_replacing() {
    let folder = scratch("no-dialog-export");
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::unavailable());
    let export_svg = |harness: &mut Harness<'_, JourneyApp>| {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
        harness.run();
        harness.get_by_label("Export…").click();
        harness.run();
    };
    export_svg(&mut harness);
    assert!(chooser_is_open(&harness));
    assert_ne!(harness.state().status(), "Export cancelled.");
    let picture = folder.join("map.svg");
    type_and_enter(&mut harness, &folder.join("map").display().to_string());
    wait_for_export(&mut harness);
    let first = std::fs::read_to_string(&picture).unwrap();
    assert!(first.contains("<svg"), "an SVG was written");

    // The same name again: asked; Cancel leaves the picture as it is.
    std::fs::write(&picture, "mine").unwrap();
    export_svg(&mut harness);
    type_and_enter(&mut harness, &picture.display().to_string());
    assert!(
        harness
            .query_by_label("\u{201c}map.svg\u{201d} already exists. Replace it?")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().is_exporting());
    assert_eq!(std::fs::read_to_string(&picture).unwrap(), "mine");
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn a_very_long_error_scrolls_and_its_ok_button_stays_in_the_window() {
    let folder = scratch("long-error");
    // A save into a deep folder that does not exist: the sentence names the whole folder.
    let mut deep = folder.clone();
    for i in 0..15 {
        deep.push(format!("{i:02}-{}", "x".repeat(240)));
    }
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(deep.join("map.json"));
    let mut harness = editor(Start::Sample(0), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let (_, sentence) = harness.state().error().cloned().unwrap();
    assert!(
        sentence.len() > 3000,
        "the message is long: {}",
        sentence.len()
    );
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE);
    let ok = harness.get_by_label("OK").rect();
    assert!(window.contains_rect(ok), "OK at {ok:?}");
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().error().is_none());
    let _ = std::fs::remove_dir_all(folder);
}
