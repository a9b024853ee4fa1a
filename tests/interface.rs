//! What a new user trips over in the editor's own interface (the palette, menus, dialogs,
//! panels, the status bar, the dark interface), driven with real pointer and key events.

#![expect(
    clippy::expect_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use common::{
    ScriptedDialogs, added_card, cell_on_screen, click_at, click_card, drag, editor, map_of,
    scratch, wait_for_export, wait_for_open,
};
use egui::accesskit::Role;
use egui::{Color32, Event, Key, Modifiers, Pos2, Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Selection, Start};
use journeymap::file;
use journeymap::model::{Card, CardId, Channel, HandoffQuality, LaneKind, Link, LinkId, LinkKind};

/// Clicks a widget found by its role and name, as the user would: with the pointer.
fn click_widget(harness: &mut Harness<'_, JourneyApp>, role: Role, label: &str) {
    let at = harness.get_by_role_and_label(role, label).rect().center();
    click_at(harness, at);
}

/// What the status bar counts for the open map.
fn counts_label(harness: &Harness<'_, JourneyApp>) -> String {
    let map = map_of(harness);
    format!(
        "{} phases \u{b7} {} lanes \u{b7} {} cards \u{b7} {} links",
        map.phases.len(),
        map.lanes.len(),
        map.cards.len(),
        map.links.len()
    )
}

fn press(harness: &mut Harness<'_, JourneyApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn a_channel_can_be_grabbed_anywhere_on_its_row() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let digital = original
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::DigitalTouchpoints)
        .unwrap()
        .id
        .clone();
    let phase = original.phases[1].id.clone();
    let row = harness.get_by_label("Website").rect();
    assert!(
        row.width() > 100.0,
        "the row spans the palette, not only its word: {row:?}"
    );

    // Hovering the row says what a drop does.
    let far_right = Pos2::new(row.right() - 3.0, row.center().y);
    harness.hover_at(far_right);
    for _ in 0..60 {
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .query_by_label_contains("touchpoint there")
            .is_some(),
        "no tooltip on the channel row"
    );

    // Grabbed on the empty space at the row's far right end, it still drops a card.
    let cell = cell_on_screen(harness.state(), &phase, &digital);
    drag(
        &mut harness,
        far_right,
        Pos2::new(cell.center().x, cell.bottom() - 4.0),
    );
    press(&mut harness, Key::Enter);
    let map = map_of(&harness);
    let added = added_card(&original, &map);
    assert_eq!(
        (added.channel, &added.phase, &added.lane),
        (Some(Channel::Website), &phase, &digital)
    );
}

#[test]
fn esc_closes_an_open_menu_and_keeps_the_selection() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    assert_eq!(harness.state().selection(), std::slice::from_ref(&card));

    click_widget(&mut harness, Role::Button, "Edit");
    assert!(
        harness.query_by_label_contains("Select All").is_some(),
        "menu open"
    );
    press(&mut harness, Key::Escape);
    assert!(
        harness.query_by_label_contains("Select All").is_none(),
        "menu closed"
    );
    assert_eq!(
        harness.state().selection(),
        std::slice::from_ref(&card),
        "the Esc that closed the menu also cleared the selection"
    );

    // With no menu open, Esc clears the selection as before.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().selected(), &Selection::None);
}

#[test]
fn esc_closes_a_context_menu_and_keeps_the_selection() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let card = map_of(&harness).cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    let at = common::card_center(&harness, &card);
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Secondary, Modifiers::NONE);
    harness.run();
    assert!(
        harness.query_by_label_contains("Duplicate").is_some(),
        "menu open"
    );
    press(&mut harness, Key::Escape);
    assert!(
        harness.query_by_label_contains("Duplicate").is_none(),
        "menu closed"
    );
    assert_eq!(harness.state().selection(), std::slice::from_ref(&card));
}

#[test]
fn enter_in_the_new_dialogs_title_field_creates_the_map() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.query_by_label("New journey map").is_some());
    harness.event(Event::Text("Klantreis fietsverhuur".to_owned()));
    harness.run();
    press(&mut harness, Key::Enter);
    wait_for_open(&mut harness);
    assert!(harness.query_by_label("New journey map").is_none());
    assert_eq!(map_of(&harness).title, "Klantreis fietsverhuur");
}

#[test]
fn hiding_the_panels_gives_the_map_their_room() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let with_both = harness.state().canvas();

    click_widget(&mut harness, Role::Button, "View");
    click_widget(&mut harness, Role::CheckBox, "Inspector");
    let without_inspector = harness.state().canvas();
    assert!(
        without_inspector.width() > with_both.width() + 150.0,
        "{with_both:?} -> {without_inspector:?}"
    );
    assert_eq!(without_inspector.left(), with_both.left());

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    let without_either = harness.state().canvas();
    assert!(without_either.left() < with_both.left() - 100.0);
    assert!(
        harness.query_by_label("Website").is_none(),
        "palette hidden"
    );

    // Both come back, and the View menu ticks them.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    harness.run();
    assert_eq!(harness.state().canvas(), with_both);
    click_widget(&mut harness, Role::Button, "View");
    for name in ["Channel Palette", "Inspector"] {
        let ticked = harness.query_by(|node| {
            node.role() == Role::CheckBox
                && node.label().as_deref() == Some(name)
                && node.toggled() == Some(egui::accesskit::Toggled::True)
        });
        assert!(ticked.is_some(), "{name} is not ticked");
    }
}

#[test]
fn the_smallest_window_still_shows_menus_status_and_map() {
    let [width, height] = journeymap::app::MIN_WINDOW_SIZE;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_eframe(|cc| {
            JourneyApp::with_dialogs(
                &cc.egui_ctx,
                Start::Sample(0),
                Box::new(ScriptedDialogs::default()),
            )
            .with_io_patience(common::PATIENCE)
            .with_system_language(journeymap::model::Language::English)
        });
    harness.run();
    let window = Rect::from_min_size(Pos2::ZERO, egui::vec2(width, height));
    let canvas = harness.state().canvas();
    assert!(
        canvas.width() >= 200.0 && canvas.height() >= 200.0,
        "{canvas:?}"
    );
    for menu in ["File", "Edit", "Map", "View"] {
        assert!(
            window.contains_rect(harness.get_by_label(menu).rect()),
            "{menu}"
        );
    }
    let counts = harness.get_by_label(&counts_label(&harness)).rect();
    let fit = harness.get_by_label("Fit").rect();
    assert!(window.contains_rect(counts) && window.contains_rect(fit));
    assert!(!counts.intersects(fit));
}

#[test]
fn a_long_status_is_cut_before_the_counts() {
    let folder = scratch("long-status");
    // The status names the exported picture: a long name makes a long status.
    let target = folder.join(format!("{}.png", "een heel lange bestandsnaam ".repeat(8)));
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(target.clone());
    let mut harness = editor(Start::Sample(0), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    press(&mut harness, Key::Enter);
    wait_for_export(&mut harness);
    assert!(target.exists());
    let status = harness.state().status().to_owned();
    assert!(status.chars().count() > 200, "{status}");

    let counts = harness.get_by_label(&counts_label(&harness)).rect();
    let shown = harness
        .get_by_label_contains("een heel lange bestandsnaam")
        .rect();
    assert!(
        shown.right() <= counts.left(),
        "the status {shown:?} runs into the counts {counts:?}"
    );
    assert!(
        shown.width() > 100.0,
        "the status is still shown: {shown:?}"
    );
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn the_status_bar_counts_say_one_card_not_one_cards() {
    let mut map = journeymap::model::templates::TEMPLATES[0]
        .instantiate(None, journeymap::model::Language::English);
    map.phases.truncate(1);
    map.lanes.retain(|l| l.kind == LaneKind::DigitalTouchpoints);
    map.lanes.truncate(1);
    let (phase, lane) = (map.phases[0].id.clone(), map.lanes[0].id.clone());
    map.cards = ["Website", "Chat"]
        .iter()
        .enumerate()
        .map(|(i, title)| {
            Card::new(
                CardId::new(format!("c{i}")),
                phase.clone(),
                lane.clone(),
                *title,
            )
        })
        .collect();
    map.links = vec![Link {
        id: LinkId::new("k1"),
        from: CardId::new("c0"),
        to: CardId::new("c1"),
        kind: LinkKind::ChannelSwitch,
        label: None,
        quality: Some(HandoffQuality::Smooth),
    }];
    map.emotion_curves.clear();
    let folder = scratch("one-card");
    let path = folder.join("one.json");
    std::fs::write(&path, file::to_json(&map)).unwrap();
    let mut harness = editor(Start::File(path), ScriptedDialogs::default());
    assert!(
        harness
            .query_by_label("1 phase \u{b7} 1 lane \u{b7} 2 cards \u{b7} 1 link")
            .is_some()
    );
    click_card(&mut harness, &CardId::new("c1"), Modifiers::NONE);
    press(&mut harness, Key::Delete);
    assert!(
        harness
            .query_by_label("1 phase \u{b7} 1 lane \u{b7} 1 card \u{b7} 0 links")
            .is_some()
    );
    let _ = std::fs::remove_dir_all(folder);
}

/// The colour of the largest filled rectangle drawn over the canvas: the surround of the
/// page. (The test machine has no GPU to render with, so the painted shapes are read.)
fn surround_colour(harness: &Harness<'_, JourneyApp>) -> Color32 {
    let canvas = harness.state().canvas();
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            Shape::Rect(rect) if rect.rect == canvas && rect.fill.a() == 255 => Some(rect.fill),
            _ => None,
        })
        .next()
        .expect("the canvas paints its surround")
}

#[test]
fn the_dark_interface_darkens_the_canvas_around_the_page() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let light = surround_colour(&harness);
    click_widget(&mut harness, Role::Button, "View");
    click_widget(&mut harness, Role::CheckBox, "Dark Interface");
    harness.run();
    let dark = surround_colour(&harness);
    let brightness = |c: Color32| u32::from(c.r()) + u32::from(c.g()) + u32::from(c.b());
    assert!(
        brightness(dark) + 300 < brightness(light),
        "light {light:?}, dark {dark:?}"
    );
}

#[test]
fn enter_confirms_deleting_a_phase() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let header = {
        let app = harness.state();
        common::on_screen(app, app.laid_out().columns[1].header)
    };
    click_at(&mut harness, header.center());
    press(&mut harness, Key::Delete);
    assert_eq!(map_of(&harness), original, "asked before deleting");
    press(&mut harness, Key::Enter);
    let map = map_of(&harness);
    assert_eq!(map.phases.len(), original.phases.len() - 1);
    assert!(map.phase(&original.phases[1].id).is_none());
}

#[test]
fn hidden_panels_stay_hidden_at_the_next_start() {
    let folder = scratch("panels-remembered");
    let mut storage = journeymap::app::settings::SettingsFile::open(folder.join("settings.json"));
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    harness.run();
    let without_inspector = harness.state().canvas();
    eframe::App::save(harness.state_mut(), &mut storage);

    let mut next = editor(Start::Sample(0), ScriptedDialogs::default());
    let ctx = next.ctx.clone();
    next.state_mut().restore_settings(&ctx, &storage);
    next.run();
    assert_eq!(next.state().canvas(), without_inspector);
    assert!(
        next.query_by_label("Website").is_some(),
        "the palette shows"
    );
    let _ = std::fs::remove_dir_all(folder);
}
