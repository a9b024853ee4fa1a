//! Presentation mode, driven with real key and pointer events (egui_kittest): F5 starts
//! it full screen, the keys step through the overview and the phases, P picks a persona,
//! nothing edits the map, and Esc brings back the editor exactly as it was.

mod common;

use common::{ScriptedDialogs, card_center, editor, editor_on_system, on_screen, quick_editor};
use egui::{Event, Key, Modifiers, PointerButton, Rect, ViewportCommand, ViewportId, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start, presentation};
use journeymap::model::Language;

/// Presses a key in a frame of its own, so that what the app sent in answer (a viewport
/// command) is still in the harness's output; then lets the editor settle.
fn press_alone(harness: &mut Harness<'_, JourneyApp>, key: Key) -> Vec<ViewportCommand> {
    harness.key_down(key);
    harness.step();
    let sent = harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default();
    harness.key_up(key);
    harness.run();
    sent
}

fn press(harness: &mut Harness<'_, JourneyApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Where the step's phase (its header and column) is on screen.
fn phase_on_screen(app: &JourneyApp, step: usize) -> Rect {
    let column = &app.laid_out().columns[step - 1];
    on_screen(app, column.header.union(column.body))
}

/// The phase fills the screen one way, but for a margin, and is centred.
fn assert_phase_fills_the_screen(app: &JourneyApp, step: usize) {
    let shown = phase_on_screen(app, step);
    // Above the caption's band at the bottom.
    let screen = presentation::stage(app.canvas());
    assert!(screen.height() < app.canvas().height());
    assert!(
        (shown.center() - screen.center()).length() < 1.0,
        "{shown:?} is not centred in {screen:?}"
    );
    assert!(screen.contains_rect(shown.shrink(0.5)), "{shown:?}");
    let fills_width = shown.width() > screen.width() - 40.0;
    let fills_height = shown.height() > screen.height() - 40.0;
    assert!(
        fills_width || fills_height,
        "phase {step}: {shown:?} in {screen:?}"
    );
}

/// An editor on the first sample with its first card selected and marked as a decision
/// moment: an undo step, and unsaved changes.
fn editor_with_a_change() -> Harness<'static, JourneyApp> {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    press(&mut harness, Key::ArrowRight);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.run();
    harness
}

#[test]
fn f5_presents_steps_through_the_phases_and_esc_restores_the_editor() {
    // The editor as a user left it: a card selected and marked, zoomed in.
    let mut harness = editor_with_a_change();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    let app = harness.state();
    let selected = app.selected().clone();
    assert_eq!(selected.cards().len(), 1, "a card is selected");
    let (view, canvas, map, undo) = (
        app.view(),
        app.canvas(),
        app.map().clone(),
        app.undo_label(),
    );
    assert!(undo.is_some());
    assert!(harness.query_by_label("View").is_some(), "the menus show");

    let sent = press_alone(&mut harness, Key::F5);
    assert!(
        sent.contains(&ViewportCommand::Fullscreen(true)),
        "full screen asked for: {sent:?}"
    );
    let app = harness.state();
    assert_eq!(app.presentation_step(), Some(0));
    assert!(harness.query_by_label("View").is_none(), "no menus");
    assert!(harness.query_by_label("Overview").is_some(), "the caption");
    assert!(
        harness.query_by_label(&app.map().cards[0].title).is_none(),
        "no card widgets to click or drag"
    );
    // The canvas is the whole window and shows the whole map.
    assert!(app.canvas().width() > canvas.width() && app.canvas().height() > canvas.height());
    let whole = on_screen(app, app.laid_out().bounds);
    assert!(app.canvas().contains_rect(whole.shrink(0.5)), "{whole:?}");
    let phases = app.laid_out().columns.len();
    assert!(phases >= 3);
    let overview_zoom = app.view().zoom;

    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presentation_step(), Some(1));
    assert_phase_fills_the_screen(harness.state(), 1);
    let first = harness.state().map().phases[0].name.clone();
    assert!(
        harness
            .query_by_label_contains(&format!("{first}  \u{b7}  1 / {phases}"))
            .is_some(),
        "the caption names the phase and counts"
    );
    assert!(
        harness.state().view().zoom > overview_zoom,
        "a phase is shown larger than the whole map"
    );
    for (key, step) in [
        (Key::PageDown, 2),
        (Key::Space, 3),
        (Key::ArrowLeft, 2),
        (Key::PageUp, 1),
        (Key::ArrowDown, 2),
        (Key::ArrowUp, 1),
        (Key::End, phases),
        (Key::ArrowRight, phases),
        (Key::Home, 0),
        (Key::ArrowLeft, 0),
        (Key::N, 1),
        (Key::Enter, 2),
        (Key::Backspace, 1),
        (Key::PageDown, 2),
    ] {
        press(&mut harness, key);
        assert_eq!(
            harness.state().presentation_step(),
            Some(step),
            "after {key:?}"
        );
    }
    assert_phase_fills_the_screen(harness.state(), 2);
    // The next phase begins where this one ends: it is beside it, not under it.
    let app = harness.state();
    let next = on_screen(app, app.laid_out().columns[2].body);
    assert!(next.left() >= phase_on_screen(app, 2).right() - 0.5);

    // P: each persona's curve alone, then all again.
    let personas: Vec<_> = app
        .laid_out()
        .curves
        .iter()
        .map(|c| c.persona.clone())
        .collect();
    assert_eq!(personas.len(), 2);
    assert_eq!(app.presented_persona(), None);
    let name = app.map().persona(&personas[0]).unwrap().name.clone();
    press(&mut harness, Key::P);
    assert_eq!(harness.state().presented_persona(), Some(&personas[0]));
    assert!(
        harness.state().last_draw().drawn > 0,
        "the map is drawn with one persona"
    );
    assert!(
        harness.query_by_label_contains(&name).is_some(),
        "the caption names the persona"
    );
    press(&mut harness, Key::P);
    assert_eq!(harness.state().presented_persona(), Some(&personas[1]));

    // Everything that edits in the editor, tried while presenting.
    let before_edits = (harness.state().presentation_step(), harness.state().view());
    for key in [Key::Delete, Key::F2] {
        press(&mut harness, key);
    }
    for (modifiers, key) in [
        (Modifiers::COMMAND, Key::Z),
        (Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        (Modifiers::COMMAND, Key::D),
        (Modifiers::COMMAND, Key::X),
        (Modifiers::COMMAND, Key::A),
        (Modifiers::COMMAND | Modifiers::SHIFT, Key::M),
        (Modifiers::COMMAND, Key::S),
        (Modifiers::COMMAND, Key::Num0),
    ] {
        harness.key_press_modifiers(modifiers, key);
        harness.run();
    }
    harness.event(Event::Text("typed over the card".to_owned()));
    harness.event(Event::Paste("a pasted card\nand another".to_owned()));
    harness.event(Event::Cut);
    harness.run();
    // A drag from a card to far away, a double-click on the map, a right-click.
    let card = &map.cards[0].id;
    let from = card_center(&harness, card);
    harness.drag_at(from);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(from + vec2(30.0, 20.0) * step as f32);
        harness.run();
    }
    harness.drop_at(from + vec2(300.0, 200.0));
    harness.run();
    let middle = harness.state().canvas().center();
    press_release!(harness, middle, PointerButton::Primary, Modifiers::NONE);
    press_release!(harness, middle, PointerButton::Primary, Modifiers::NONE);
    press_release!(harness, middle, PointerButton::Secondary, Modifiers::NONE);
    harness.run();
    let app = harness.state();
    assert_eq!(app.map(), &map, "presenting changed the map");
    assert_eq!(app.undo_label(), undo, "presenting changed the history");
    assert!(!app.in_gesture());
    assert!(app.is_presenting(), "still presenting");
    assert_eq!(
        (app.presentation_step(), app.view()),
        before_edits,
        "dragging and scrolling do not move the picture"
    );
    assert_eq!(app.selected(), &selected);

    let sent = press_alone(&mut harness, Key::Escape);
    assert!(
        sent.contains(&ViewportCommand::Fullscreen(false)),
        "the window leaves full screen: {sent:?}"
    );
    let app = harness.state();
    assert!(!app.is_presenting());
    assert_eq!(app.view(), view, "the view is as it was");
    assert_eq!(app.canvas(), canvas, "the panels are back as they were");
    assert_eq!(app.selected(), &selected, "the selection is as it was");
    assert!(
        harness.query_by_label("View").is_some(),
        "the menus are back"
    );
    assert_eq!(app.map(), &map);
    // The Esc that ended the presentation did not also clear the selection.
    harness.run();
    assert_eq!(harness.state().selected(), &selected);
    // And the editor edits again.
    common::undo(&mut harness);
    assert_ne!(harness.state().map(), &map, "undo works after presenting");
}

#[test]
fn present_is_in_the_view_menu_with_f5() {
    let mut harness = editor(Start::Sample(1), ScriptedDialogs::default());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Present").click();
    harness.run();
    assert_eq!(harness.state().presentation_step(), Some(0));
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
}

#[test]
fn closing_the_window_while_presenting_asks_about_unsaved_changes_in_the_editor() {
    let mut harness = editor_with_a_change();
    assert!(harness.state().is_dirty());
    press(&mut harness, Key::F5);
    assert!(harness.state().is_presenting());
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(!harness.state().is_presenting());
    assert!(
        harness.query_by_label("Don\u{2019}t Save").is_some(),
        "the editor asks whether to save"
    );
}

#[test]
fn a_dutch_presentation_says_overzicht_and_b_blacks_the_screen_out() {
    let mut harness = editor_on_system(
        Start::Sample(1),
        ScriptedDialogs::default(),
        Language::Dutch,
    );
    harness.get_by_label("Beeld").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("Presenteren").is_some(),
        "View \u{25b8} Present, in Dutch"
    );
    harness.key_press(Key::Escape);
    harness.run();
    press(&mut harness, Key::F5);
    assert!(harness.query_by_label("Overzicht").is_some());
    assert!(harness.state().last_draw().drawn > 0);
    // A clicker's black-screen button, and back.
    press(&mut harness, Key::B);
    assert_eq!(
        harness.state().last_draw().drawn,
        0,
        "nothing of the map shows"
    );
    assert!(harness.query_by_label("Overzicht").is_none());
    press(&mut harness, Key::Period);
    assert!(harness.state().last_draw().drawn > 0);
    assert!(harness.state().is_presenting());
}

#[test]
fn with_animations_on_the_view_glides_to_the_phase_and_settles_on_it() {
    // 50 ms frames, and the animations tests otherwise turn off.
    let mut harness = quick_editor(Start::Sample(0));
    harness
        .ctx
        .all_styles_mut(|style| style.animation_time = 0.1);
    press(&mut harness, Key::F5);
    let overview = harness.state().view();
    harness.key_down(Key::ArrowRight);
    harness.step();
    harness.step();
    let gliding = harness.state().view();
    assert!(
        gliding.zoom > overview.zoom,
        "on its way: {gliding:?} from {overview:?}"
    );
    harness.key_up(Key::ArrowRight);
    harness.run();
    let app = harness.state();
    assert!(app.view().zoom > gliding.zoom, "{:?}", app.view());
    assert_phase_fills_the_screen(app, 1);
}
