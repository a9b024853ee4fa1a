//! Comments for review, through real pointer and key events: a comment on the selected card,
//! a reply, resolving it (it folds away), undo, and a deleted card taking its comments along
//! until undo brings both back.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there"
)]

mod common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::{CardId, CommentTarget};

/// Signs comments as Anna, whatever the system's login name is.
fn sign_as_anna(harness: &mut Harness<'_, JourneyApp>) {
    harness.get_by_label("Your name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Your name").type_text("Anna");
    harness.run();
}

/// Selects a card and writes a comment on it with Ctrl+Alt+M.
fn comment_on_card(harness: &mut Harness<'_, JourneyApp>, id: &CardId, text: &str) {
    click_card(harness, id, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    let title = map_of(harness).card(id).unwrap().title.clone();
    let field = format!("New comment — Card \u{2018}{title}\u{2019}");
    harness.get_by_label(&field).type_text(text);
    harness.run();
    harness.get_by_label("Post comment").click();
    harness.run();
}

#[test]
fn a_comment_is_added_replied_to_resolved_and_undone() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    let before = map_of(&harness).comments.len();
    // The panel opens on the shortcut; the name is asked for in it.
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    sign_as_anna(&mut harness);
    let title = map_of(&harness).card(&card).unwrap().title.clone();
    let field = format!("New comment — Card \u{2018}{title}\u{2019}");
    harness.get_by_label(&field).click();
    harness.run();
    harness
        .get_by_label(&field)
        .type_text("Is this step still needed?");
    harness.run();
    harness.get_by_label("Post comment").click();
    harness.run();

    let map = map_of(&harness);
    assert_eq!(map.comments.len(), before + 1);
    let comment = map.comments.last().unwrap().clone();
    assert_eq!(comment.on, CommentTarget::Card(card.clone()));
    assert_eq!(comment.author, "Anna");
    assert_eq!(comment.text, "Is this step still needed?");
    assert!(comment.time.ends_with('Z'), "{}", comment.time);
    assert_eq!(harness.state().undo_label().as_deref(), Some("add comment"));
    // The card shows a badge with its count of open comments.
    assert!(harness.query_by_label("1 open comment").is_some());

    // Reply, by typing in the reply field and pressing Enter.
    let reply = harness.get_by(|node| node.placeholder() == Some("Reply…"));
    reply.click();
    harness.run();
    harness
        .get_by(|node| node.placeholder() == Some("Reply…"))
        .type_text("Yes, for people without an app.");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let replied = map_of(&harness).comments.last().unwrap().clone();
    assert_eq!(replied.replies.len(), 1);
    assert_eq!(replied.replies[0].text, "Yes, for people without an app.");
    assert_eq!(replied.replies[0].author, "Anna");
    assert_eq!(harness.state().undo_label().as_deref(), Some("reply"));

    // Resolve: it folds away under "1 resolved" and the badge goes.
    harness.get_by_label("Resolve").click();
    harness.run();
    assert!(map_of(&harness).comments.last().unwrap().resolved);
    assert!(harness.query_by_label("Resolve").is_none());
    assert!(harness.query_by_label("1 resolved").is_some());
    assert!(harness.query_by_label("1 open comment").is_none());
    assert!(
        harness.query_by_label("Reopen").is_none(),
        "resolved comments are folded away"
    );

    // Undo brings it back open, with its reply.
    undo(&mut harness);
    let reopened = map_of(&harness).comments.last().unwrap().clone();
    assert!(!reopened.resolved);
    assert_eq!(reopened.replies.len(), 1);
    assert!(harness.query_by_label("Resolve").is_some());
    assert!(harness.query_by_label("1 open comment").is_some());
}

#[test]
fn deleting_a_card_takes_its_comments_and_undo_brings_both_back() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    sign_as_anna(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    comment_on_card(&mut harness, &card, "Too many steps here.");
    let with_comment = map_of(&harness);
    let on_card = |map: &journeymap::model::JourneyMap| {
        map.comments
            .iter()
            .filter(|c| c.on == CommentTarget::Card(card.clone()))
            .count()
    };
    assert_eq!(on_card(&with_comment), 1);

    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press(Key::Delete);
    harness.run();
    let deleted = map_of(&harness);
    assert!(deleted.card(&card).is_none());
    assert_eq!(on_card(&deleted), 0, "the comment went with its card");
    assert!(journeymap::model::check(&deleted).is_empty());

    undo(&mut harness);
    assert_eq!(map_of(&harness), with_comment, "one undo brings both back");
}

#[test]
fn a_badge_opens_the_panel_on_its_cards_comments_and_a_comment_shows_its_card() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    sign_as_anna(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    comment_on_card(&mut harness, &card, "Check the wording.");
    // Hide the panel, deselect, then click the badge.
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Comments")
        .click();
    harness.run();
    assert!(harness.query_by_label("Post comment").is_none());
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("1 open comment").click();
    harness.run();
    let title = map_of(&harness).card(&card).unwrap().title.clone();
    let on = format!("Card \u{2018}{title}\u{2019}");
    assert!(
        harness
            .query_by_label(&format!("Comments on {on}"))
            .is_some()
    );
    // A click on what the comment is on selects that card.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().selection().is_empty());
    harness.get_by_label(&on).click();
    harness.run();
    assert_eq!(harness.state().selection(), std::slice::from_ref(&card));
}

#[test]
fn comments_are_saved_in_the_file_and_read_back() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = editor(Start::Sample(0), dialogs.clone());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    sign_as_anna(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    comment_on_card(&mut harness, &card, "Ask the branch team.");
    harness.get_by_label("Resolve").click();
    harness.run();
    let folder = scratch("comments-saved");
    let path = folder.join("reviewed.json");
    dialogs.answer(path.clone());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let saved = journeymap::file::load_path(&path).unwrap();
    assert!(saved.warnings.is_empty(), "{:?}", saved.warnings);
    assert_eq!(saved.map.comments, map_of(&harness).comments);
    let comment = saved.map.comments.last().unwrap();
    assert_eq!(comment.text, "Ask the branch team.");
    assert!(comment.resolved);
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn include_comments_and_the_name_are_remembered_for_the_next_start() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    assert!(!harness.state().export_options().include_comments);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Include comments").click();
    harness.run();
    // Enter exports (here the file dialog is cancelled); the choice is kept.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().export_options().include_comments);
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Comments")
        .click();
    harness.run();
    sign_as_anna(&mut harness);

    let mut storage = Memory::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let mut next = editor(Start::Sample(0), ScriptedDialogs::default());
    let ctx = next.ctx.clone();
    next.state_mut().restore_settings(&ctx, &storage);
    next.run();
    assert!(next.state().export_options().include_comments);
    assert_eq!(
        next.get_by_label("Your name").value().as_deref(),
        Some("Anna")
    );
}

#[test]
fn a_phase_is_commented_on_from_its_menu_and_its_header_shows_a_badge() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let phase = map_of(&harness).phases[1].clone();
    let header = harness
        .get_by_label(&format!("Phase {}", phase.name))
        .rect()
        .center();
    harness.hover_at(header);
    harness.run();
    press_release!(
        harness,
        header,
        egui::PointerButton::Secondary,
        Modifiers::NONE
    );
    harness.run();
    harness.get_by_label_contains("Comment…").click();
    harness.run();
    sign_as_anna(&mut harness);
    let field = format!("New comment — Phase \u{2018}{}\u{2019}", phase.name);
    harness.get_by_label(&field).click();
    harness.run();
    harness.get_by_label(&field).type_text("Split this phase?");
    harness.run();
    harness.get_by_label("Post comment").click();
    harness.run();
    let comment = map_of(&harness).comments.last().unwrap().clone();
    assert_eq!(comment.on, CommentTarget::Phase(phase.id.clone()));
    harness.get_by_label("1 open comment").click();
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Comments on Phase \u{2018}{}\u{2019}", phase.name))
            .is_some()
    );
}

#[test]
fn a_comment_is_reworded_in_place_as_one_undo_step() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    sign_as_anna(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    comment_on_card(&mut harness, &card, "Teh wording");
    let before = map_of(&harness);
    harness.get_by_label("Edit comment").click();
    harness.run();
    let field = harness.get_by(|node| {
        node.role() == egui::accesskit::Role::MultilineTextInput
            && node.value().as_deref() == Some("Teh wording")
    });
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::MultilineTextInput
                && node.value().as_deref() == Some("Teh wording")
        })
        .type_text("The wording");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(
        map_of(&harness).comments.last().unwrap().text,
        "The wording"
    );
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("edit comment")
    );
    undo(&mut harness);
    assert_eq!(map_of(&harness), before);
}

#[test]
fn the_comments_panel_speaks_dutch() {
    let mut harness = editor_on_system(
        Start::Sample(0),
        ScriptedDialogs::default(),
        journeymap::model::Language::Dutch,
    );
    let card = map_of(&harness).cards[0].clone();
    click_card(&mut harness, &card.id, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::M);
    harness.run();
    harness.get_by_label("Je naam").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Je naam").type_text("Anna");
    harness.run();
    let field = format!("Nieuwe opmerking — Kaart \u{2018}{}\u{2019}", card.title);
    harness.get_by_label(&field).click();
    harness.run();
    harness.get_by_label(&field).type_text("Klopt dit nog?");
    harness.run();
    harness.get_by_label("Plaatsen").click();
    harness.run();
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("opmerking toevoegen")
    );
    assert!(harness.query_by_label("1 open opmerking").is_some());
    harness.get_by_label("Afhandelen").click();
    harness.run();
    assert!(harness.query_by_label("1 afgehandeld").is_some());
}
