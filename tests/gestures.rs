//! One gesture at a time: in the middle of every gesture (moving cards, a selection band,
//! drawing a link, moving a header, resizing a column, moving an emotion point, typing a
//! name in place) Undo, Redo, Save, Open and New wait, and the gesture still ends as one
//! undo step. Driven by real pointer and key events.

mod common;

use common::*;
use egui::{Key, Modifiers, Pos2, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{Action, JourneyApp, Start};
use journeymap::model::JourneyMap;

/// An editor on the bank sample with one edit made (a duplicated card), so that Undo has
/// something it could undo.
fn edited_editor() -> (Harness<'static, JourneyApp>, JourneyMap) {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    click_card(&mut harness, &original.cards[0].id, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    assert_eq!(map_of(&harness).cards.len(), original.cards.len() + 1);
    // A click on the page's corner selects nothing, so the gestures start from nothing.
    let corner = page_corner(&harness);
    harness.hover_at(corner);
    harness.run();
    press_release!(
        harness,
        corner,
        egui::PointerButton::Primary,
        Modifiers::NONE
    );
    harness.run();
    (harness, original)
}

/// A point on the page's empty top-left margin, in screen points.
fn page_corner(harness: &Harness<'_, JourneyApp>) -> Pos2 {
    let app = harness.state();
    on_screen(
        app,
        Rect::from_min_size(Pos2::new(4.0, 4.0), vec2(1.0, 1.0)),
    )
    .min
}

/// Mid-gesture: Ctrl+Z and Ctrl+Shift+Z change nothing, and the file actions are disabled.
fn undo_waits(harness: &mut Harness<'_, JourneyApp>, what: &str) {
    let before = map_of(harness);
    assert!(
        harness.state().in_gesture(),
        "{what}: a gesture is under way"
    );
    for action in [
        Action::Undo,
        Action::Redo,
        Action::Save,
        Action::SaveAs,
        Action::Open,
        Action::NewMap,
    ] {
        assert!(
            !harness.state().enabled(action),
            "{what}: {action:?} waits for the gesture"
        );
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        map_of(harness),
        before,
        "{what}: Undo did nothing mid-gesture"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        map_of(harness),
        before,
        "{what}: Redo did nothing mid-gesture"
    );
}

/// After the gesture: it made exactly one undo step, and the edit before it is still there.
fn one_step_after(harness: &mut Harness<'_, JourneyApp>, duplicated: &JourneyMap, what: &str) {
    assert!(!harness.state().in_gesture(), "{what}: the gesture ended");
    assert_ne!(
        &map_of(harness),
        duplicated,
        "{what}: the gesture made its edit"
    );
    undo(harness);
    assert_eq!(
        &map_of(harness),
        duplicated,
        "{what}: one undo takes the gesture back"
    );
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("duplicate card"),
        "{what}: the edit before it is the next undo step"
    );
}

#[test]
fn undo_waits_while_cards_are_moved() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let card = &duplicated.cards[0];
    let from = card_center(&harness, &card.id);
    let to = cell_on_screen(harness.state(), &duplicated.phases[3].id, &card.lane).center();
    drag_and_hold(&mut harness, from, to);
    undo_waits(&mut harness, "moving a card");
    harness.drop_at(to);
    harness.run();
    one_step_after(&mut harness, &duplicated, "moving a card");
}

#[test]
fn undo_waits_while_a_header_is_moved_and_a_column_resized() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let header = on_screen(
        harness.state(),
        harness.state().laid_out().columns[0].header,
    );
    let to = header.center() + vec2(header.width() * 2.2, 0.0);
    drag_and_hold(&mut harness, header.center(), to);
    undo_waits(&mut harness, "moving a phase");
    harness.drop_at(to);
    harness.run();
    one_step_after(&mut harness, &duplicated, "moving a phase");

    let edge = harness
        .get_by_label(&format!("Width of {}", duplicated.phases[1].name))
        .rect()
        .center();
    drag_and_hold(&mut harness, edge, edge + vec2(90.0, 0.0));
    undo_waits(&mut harness, "resizing a column");
    harness.drop_at(edge + vec2(90.0, 0.0));
    harness.run();
    one_step_after(&mut harness, &duplicated, "resizing a column");
}

#[test]
fn undo_waits_while_a_link_is_drawn() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let from = duplicated
        .cards
        .iter()
        .find(|c| c.title == "Poster in branch window")
        .unwrap();
    let to = duplicated
        .cards
        .iter()
        .find(|c| c.title == "Comparison site ranking")
        .unwrap();
    let center = card_center(&harness, &from.id);
    harness.hover_at(center);
    harness.run();
    let handle = harness
        .get_by_label(&format!("Link from {} (right)", from.title))
        .rect()
        .center();
    let target = card_center(&harness, &to.id);
    drag_and_hold(&mut harness, handle, target);
    undo_waits(&mut harness, "drawing a link");
    harness.drop_at(target);
    harness.run();
    one_step_after(&mut harness, &duplicated, "drawing a link");
}

#[test]
fn undo_waits_while_an_emotion_point_is_moved() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let app = harness.state();
    let (_, at, _) = app.laid_out().curves[0].points[1].clone();
    let from = on_screen(app, Rect::from_min_size(at, vec2(0.0, 0.0))).min;
    let to = from + vec2(0.0, -40.0);
    drag_and_hold(&mut harness, from, to);
    undo_waits(&mut harness, "moving an emotion point");
    harness.drop_at(to);
    harness.run();
    one_step_after(&mut harness, &duplicated, "moving an emotion point");
}

#[test]
fn undo_waits_while_a_selection_band_is_drawn() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let from = page_corner(&harness);
    let to = card_center(&harness, &duplicated.cards[0].id);
    shift_drag_and_hold(&mut harness, from, to);
    undo_waits(&mut harness, "drawing a selection band");
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(!harness.state().in_gesture());
    assert!(
        harness
            .state()
            .selection()
            .contains(&duplicated.cards[0].id),
        "the band selected the card it reached"
    );
    assert_eq!(map_of(&harness), duplicated, "selecting changes nothing");
}

#[test]
fn undo_while_renaming_in_place_undoes_typing_not_the_map() {
    let (mut harness, _) = edited_editor();
    let duplicated = map_of(&harness);
    let card = duplicated.cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.key_press(Key::F2);
    harness.run();
    harness.get_by_label("New name").type_text("Welkom");
    harness.run();
    let before = map_of(&harness);
    assert!(
        harness.state().in_gesture(),
        "renaming in place is a gesture"
    );
    assert!(!harness.state().enabled(Action::Undo));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        map_of(&harness),
        before,
        "Undo did nothing to the map mid-rename"
    );
    // Ctrl+Z undid the typing in the field; the name typed again is kept.
    harness.get_by_label("New name").type_text("Welkom");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().in_gesture());
    assert!(
        map_of(&harness)
            .card(&card)
            .unwrap()
            .title
            .ends_with("Welkom"),
        "the typed name is kept"
    );
    one_step_after(&mut harness, &duplicated, "renaming in place");
}
