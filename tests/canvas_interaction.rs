//! What a new user tries on the canvas, through real pointer and key events: typing on a
//! selection, headers that stay in view, a channel for a new touchpoint, the kind of a new
//! lane, and pasting where the pointer is.

#![expect(
    clippy::expect_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use common::*;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::selection::{Header, Selection};
use journeymap::app::{JourneyApp, Start};
use journeymap::model::{Channel, LaneKind, Language, Track};

/// Types text as a keyboard does: a key press, then the character it makes.
fn type_keys(harness: &mut Harness<'_, JourneyApp>, text: &str) {
    for c in text.chars() {
        if let Some(key) = Key::from_name(&c.to_uppercase().to_string()) {
            let modifiers = if c.is_uppercase() {
                Modifiers::SHIFT
            } else {
                Modifiers::NONE
            };
            harness.key_press_modifiers(modifiers, key);
        }
        harness.event(Event::Text(c.to_string()));
        harness.run();
    }
}

#[test]
fn typing_on_a_selected_card_renames_it_and_toggles_nothing() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original
        .cards
        .iter()
        .find(|c| !c.decision_moment && !c.wow_moment)
        .unwrap()
        .id
        .clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    // "Welkom" has a W and an M: once each the shortcut of a moment.
    type_keys(&mut harness, "Welkom");
    assert_eq!(
        harness.get_by_label("New name").value().as_deref(),
        Some("Welkom"),
        "the name field holds what was typed, from the first key"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let named = map_of(&harness);
    let renamed = named.card(&card).unwrap();
    assert_eq!(renamed.title, "Welkom");
    assert!(!renamed.decision_moment && !renamed.wow_moment);
    let rest = |map: &journeymap::model::JourneyMap| {
        let mut map = map.clone();
        map.cards.retain(|c| c.id != card);
        map
    };
    assert_eq!(rest(&named), rest(&original), "nothing else changed");
    undo(&mut harness);
    assert_eq!(map_of(&harness), original, "the rename is one undo step");
}

#[test]
fn typing_on_a_selected_header_renames_it() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let phase = original.phases[1].clone();
    harness
        .get_by_label(&format!("Phase {}", phase.name))
        .click();
    harness.run();
    assert_eq!(
        harness.state().selected(),
        &Selection::Header(Header::Phase(phase.id.clone()))
    );
    type_keys(&mut harness, "Oriëntatie");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        map_of(&harness).phase(&phase.id).unwrap().name,
        "Oriëntatie"
    );
    undo(&mut harness);
    assert_eq!(map_of(&harness), original);
}

#[test]
fn add_lane_in_the_map_menu_asks_which_kind() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Add Lane").click();
    harness.run();
    harness.get_by_label("Pain points").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.lanes.len(), original.lanes.len() + 1);
    let added = map
        .lanes
        .iter()
        .find(|l| original.lane(&l.id).is_none())
        .unwrap();
    assert_eq!(added.kind, LaneKind::PainPoints);
    assert_eq!(added.name, "Pain points");
}

#[test]
fn pasted_lines_of_text_land_in_the_cell_under_the_pointer() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    // A card selected elsewhere: without the pointer, the paste would go to its cell.
    let selected = original.cards[0].clone();
    click_card(&mut harness, &selected.id, Modifiers::NONE);
    let (phase, lane) = original
        .phases
        .iter()
        .rev()
        .flat_map(|p| original.lanes.iter().map(move |l| (p, l)))
        .find(|(p, l)| p.id != selected.phase && l.id != selected.lane && l.kind.track().is_some())
        .map(|(p, l)| (p.id.clone(), l.id.clone()))
        .unwrap();
    let cell = cell_on_screen(harness.state(), &phase, &lane);
    harness.hover_at(cell.center());
    harness.run();
    harness.event(Event::Paste(
        "Belt de klantenservice\nLeest de FAQ".to_owned(),
    ));
    harness.run();
    let map = map_of(&harness);
    let pasted: Vec<_> = map
        .cards
        .iter()
        .filter(|c| original.card(&c.id).is_none())
        .collect();
    assert_eq!(pasted.len(), 2);
    for card in pasted {
        assert_eq!((&card.phase, &card.lane), (&phase, &lane), "{}", card.title);
    }
    undo(&mut harness);
    assert_eq!(map_of(&harness), original, "the paste is one undo step");
}

#[test]
fn pasted_cards_from_this_map_keep_their_own_cells() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let source = original.cards[2].clone();
    click_card(&mut harness, &source.id, Modifiers::NONE);
    harness.event(Event::Copy);
    harness.step();
    let text = copied_text(&harness).expect("the card went to the clipboard");
    harness.run();
    let other = original
        .phases
        .iter()
        .find(|p| p.id != source.phase)
        .unwrap()
        .id
        .clone();
    let cell = cell_on_screen(harness.state(), &other, &source.lane);
    harness.hover_at(cell.center());
    harness.run();
    harness.event(Event::Paste(text));
    harness.run();
    let map = map_of(&harness);
    let pasted = map.card(&harness.state().selection()[0]).unwrap();
    assert_ne!(pasted.id, source.id);
    assert_eq!(
        (&pasted.title, &pasted.phase, &pasted.lane),
        (&source.title, &source.phase, &source.lane),
        "a copied card keeps its place in the map it came from"
    );
}

/// The names of the channels of a track.
fn channels_of(track: Track) -> Vec<String> {
    Channel::ALL
        .into_iter()
        .filter(|c| c.track() == track)
        .map(|c| c.label(Language::English))
        .collect()
}

/// Whether the channel picker offers a channel.
fn offered(harness: &Harness<'_, JourneyApp>, channel: &str) -> bool {
    harness
        .query_by_role_and_label(egui::accesskit::Role::Button, channel)
        .is_some()
}

fn new_card(
    harness: &Harness<'_, JourneyApp>,
    before: &journeymap::model::JourneyMap,
) -> journeymap::model::Card {
    map_of(harness)
        .cards
        .into_iter()
        .find(|c| before.card(&c.id).is_none())
        .expect("a card was added")
}

#[test]
fn a_touchpoint_added_by_double_click_is_offered_its_tracks_channels() {
    let mut harness = quick_editor(Start::Sample(0));
    let original = map_of(&harness);
    let track = add_touchpoint(&mut harness);
    let own = channels_of(track);
    let other = channels_of(match track {
        Track::Physical => Track::Digital,
        Track::Digital => Track::Physical,
    });
    assert!(!offered(&harness, &own[1]), "the picker waits for the name");
    harness.get_by_label("New name").type_text("Nieuwsbrief");
    harness.key_press(Key::Enter);
    harness.run();
    let named = map_of(&harness);
    let card = new_card(&harness, &original);
    assert_eq!((card.title.as_str(), card.channel), ("Nieuwsbrief", None));
    assert!(own.iter().all(|c| offered(&harness, c)), "{own:?}");
    assert!(
        !other.iter().any(|c| offered(&harness, c)),
        "only the channels of the card's own track"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &own[1])
        .click();
    harness.run();
    let chosen = map_of(&harness).card(&card.id).unwrap().clone();
    assert_eq!(
        chosen.channel.map(|c| c.label(Language::English)).as_ref(),
        Some(&own[1])
    );
    assert_eq!(chosen.title, "Nieuwsbrief");
    assert!(!offered(&harness, &own[1]), "the picker closes once chosen");
    undo(&mut harness);
    assert_eq!(map_of(&harness), named, "the channel is one undo step");
}

#[test]
fn esc_or_a_click_elsewhere_leaves_a_new_touchpoint_without_a_channel() {
    let mut harness = quick_editor(Start::Sample(0));
    let original = map_of(&harness);
    let track = add_touchpoint(&mut harness);
    let channel = &channels_of(track)[0];
    harness.key_press(Key::Enter);
    harness.run();
    assert!(offered(&harness, channel));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!offered(&harness, channel), "Esc closes the picker");
    assert_eq!(new_card(&harness, &original).channel, None);

    let before = map_of(&harness);
    let track = add_touchpoint(&mut harness);
    let channel = &channels_of(track)[0];
    harness.key_press(Key::Enter);
    harness.run();
    assert!(offered(&harness, channel));
    // A corner of the canvas, away from the card and its popup.
    let corner = harness.state().canvas().min + egui::vec2(6.0, 6.0);
    click_at(&mut harness, corner);
    assert!(!offered(&harness, channel), "a click elsewhere closes it");
    assert_eq!(new_card(&harness, &before).channel, None);
}

/// Zooms in four steps and scrolls the map by `delta` with the pointer over the canvas.
fn zoom_in_and_scroll(harness: &mut Harness<'_, JourneyApp>, delta: egui::Vec2) {
    for _ in 0..4 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    harness.hover_at(harness.state().canvas().center());
    harness.run();
    harness.event(Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
    // A card's tooltip may fade in under the pointer: a few frames, not a settled run.
    harness.run_steps(10);
}

#[test]
fn headers_stay_in_view_of_a_zoomed_in_map_panned_down_and_right() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    zoom_in_and_scroll(&mut harness, egui::vec2(-500.0, -400.0));
    let app = harness.state();
    let canvas = app.canvas();
    let map = map_of(&harness);
    // The phase and the lane across the middle of the window.
    let middle = canvas.center();
    let column = app
        .laid_out()
        .columns
        .iter()
        .find(|c| on_screen(app, c.body).x_range().contains(middle.x))
        .unwrap();
    let row = app
        .laid_out()
        .rows
        .iter()
        .find(|r| on_screen(app, r.body).y_range().contains(middle.y))
        .unwrap();
    let (phase_in_map, lane_in_map) = (on_screen(app, column.header), on_screen(app, row.header));
    let (phase_id, lane_id) = (column.phase.clone(), row.lane.clone());
    assert!(
        phase_in_map.bottom() < canvas.top() && lane_in_map.right() < canvas.left(),
        "the test pans the headers out of the window: {phase_in_map:?} {lane_in_map:?}"
    );
    let phase = format!("Phase {}", map.phase(&phase_id).unwrap().name);
    let lane = format!("Lane {}", map.lane(&lane_id).unwrap().name);
    let (phase_rect, lane_rect) = (
        harness.get_by_label(&phase).rect(),
        harness.get_by_label(&lane).rect(),
    );
    assert!(
        (phase_rect.top() - canvas.top()).abs() < 2.0
            && (phase_rect.center().x - phase_in_map.center().x).abs() < 2.0,
        "the phase is pinned at the top, above its column: {phase_rect:?}"
    );
    assert!(
        (lane_rect.left() - canvas.left()).abs() < 2.0
            && (lane_rect.center().y - lane_in_map.center().y).abs() < 2.0,
        "the lane is pinned at the left, beside its row: {lane_rect:?}"
    );
    harness.get_by_label(&phase).click();
    harness.run();
    assert_eq!(
        harness.state().selected(),
        &Selection::Header(Header::Phase(phase_id))
    );
    harness.get_by_label(&lane).click();
    harness.run();
    assert_eq!(
        harness.state().selected(),
        &Selection::Header(Header::Lane(lane_id.clone()))
    );
    // Its name is typed in place where it is pinned.
    type_keys(&mut harness, "Kanalen");
    let field = harness.get_by_label("New name").rect();
    assert!(
        lane_rect.contains(field.center()),
        "{field:?} in {lane_rect:?}"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(map_of(&harness).lane(&lane_id).unwrap().name, "Kanalen");
}
