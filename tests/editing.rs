//! Editing with the mouse and keyboard, through real pointer and key events: select, drag
//! to move, add, delete, duplicate, edit in the inspector, undo and redo, save.

mod common;

use common::*;
use egui::{Key, Modifiers, Pos2, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::file;
use journeymap::model::{CardId, JourneyMap};

#[test]
fn clicking_selects_shift_click_adds_and_a_background_click_clears() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let map = map_of(&harness);
    let (a, b) = (map.cards[0].id.clone(), map.cards[5].id.clone());
    click_card(&mut harness, &a, Modifiers::NONE);
    assert_eq!(harness.state().selection(), std::slice::from_ref(&a));
    assert!(
        harness.query_by_label("Card").is_some(),
        "the inspector shows the card"
    );
    click_card(&mut harness, &b, Modifiers::SHIFT);
    assert_eq!(harness.state().selection(), &[a.clone(), b.clone()]);
    assert!(harness.query_by_label("2 cards selected").is_some());
    click_card(&mut harness, &a, Modifiers::COMMAND);
    assert_eq!(harness.state().selection(), std::slice::from_ref(&b));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().selection().is_empty());
}

#[test]
fn select_all_delete_undo_redo() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    assert_eq!(harness.state().selection().len(), original.cards.len());
    harness.key_press(Key::Delete);
    harness.run();
    let emptied = map_of(&harness);
    assert!(emptied.cards.is_empty() && emptied.links.is_empty());
    assert!(harness.state().is_dirty());
    // The Edit menu names what undo will undo.
    harness.get_by_label("Edit").click();
    harness.run();
    let label = format!("Undo delete {} cards", original.cards.len());
    assert!(
        harness.query_by_label_contains(&label).is_some(),
        "no menu entry {label}"
    );
    harness.key_press(Key::Escape);
    harness.run();
    undo_redo(&mut harness, &original);
    assert!(!harness.state().is_dirty());
    redo(&mut harness);
    assert_eq!(map_of(&harness), emptied);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(map_of(&harness), emptied, "nothing left to redo");
}

#[test]
fn dragging_a_card_to_another_cell_moves_it_in_one_undo_step() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original.cards[0].clone();
    // Into the last phase, same lane.
    let target_phase = original.phases.last().unwrap().id.clone();
    let cell = cell_on_screen(harness.state(), &target_phase, &card.lane);
    let from = card_center(&harness, &card.id);
    let to = Pos2::new(cell.center().x, cell.bottom() - 6.0);
    drag(&mut harness, from, to);
    let moved = map_of(&harness);
    let now = moved.card(&card.id).unwrap();
    assert_eq!(now.phase, target_phase);
    assert_eq!(now.lane, card.lane);
    assert_eq!(moved.cards.len(), original.cards.len());
    undo(&mut harness);
    assert_eq!(map_of(&harness), original, "one undo brings the card back");
    redo(&mut harness);
    assert_eq!(map_of(&harness), moved);
}

#[test]
fn escape_during_a_drag_cancels_it() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let from = card_center(&harness, &original.cards[0].id);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=6 {
        harness.hover_at(from + vec2(40.0 * step as f32, 20.0 * step as f32));
        harness.run();
    }
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(from + vec2(240.0, 120.0));
    harness.run();
    assert_eq!(map_of(&harness), original);
    assert!(!harness.state().is_dirty());
}

#[test]
fn duplicate_copies_the_selection_and_selects_the_copies() {
    let mut harness = editor(Start::Sample(1), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[3].id.clone();
    click_card(&mut harness, &id, Modifiers::NONE);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.cards.len(), original.cards.len() + 1);
    let copy = &harness.state().selection()[0];
    assert_ne!(copy, &id);
    let (a, b) = (map.card(&id).unwrap(), map.card(copy).unwrap());
    assert_eq!(
        (a.title.as_str(), &a.phase, &a.lane),
        (b.title.as_str(), &b.phase, &b.lane)
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn typing_in_the_inspector_edits_the_card_as_one_undo_step() {
    let mut harness = editor(Start::Sample(2), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[0].id.clone();
    click_card(&mut harness, &id, Modifiers::NONE);
    let title = harness.get_by_label("Title");
    title.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Title")
        .type_text("Billboard at the station");
    harness.run();
    assert_eq!(
        map_of(&harness).card(&id).unwrap().title,
        "Billboard at the station"
    );
    // The canvas shows it at once.
    assert!(
        harness
            .query_all_by_label("Billboard at the station")
            .count()
            >= 1
    );
    // Leave the field, then one undo takes the whole typing back.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    undo_redo(&mut harness, &original);
}

#[test]
fn the_inspector_toggles_moments_and_changes_the_channel() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original
        .cards
        .iter()
        .find(|c| !c.wow_moment)
        .unwrap()
        .clone();
    click_card(&mut harness, &card.id, Modifiers::NONE);
    harness.get_by_label("Wow moment").click();
    harness.run();
    assert!(map_of(&harness).card(&card.id).unwrap().wow_moment);
    undo_redo(&mut harness, &original);
}

#[test]
fn with_nothing_selected_the_inspector_edits_the_map() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    harness.get_by_label("a future state").click();
    harness.run();
    assert_eq!(map_of(&harness).state, journeymap::model::MapState::Future);
    undo_redo(&mut harness, &original);
}

#[test]
fn double_clicking_an_empty_cell_adds_a_card_of_that_lane() {
    let mut harness = quick_editor(Start::Sample(0));
    let original = map_of(&harness);
    // An empty cell: a phase with no card in the pain-points lane.
    let lane = original
        .lanes
        .iter()
        .find(|l| l.kind == journeymap::model::LaneKind::PainPoints)
        .unwrap()
        .id
        .clone();
    let phase = original
        .phases
        .iter()
        .find(|p| original.cards_in(&p.id, &lane).next().is_none())
        .unwrap()
        .id
        .clone();
    let at = cell_on_screen(harness.state(), &phase, &lane).center();
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    }
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.cards.len(), original.cards.len() + 1);
    let added = map
        .cards
        .iter()
        .find(|c| original.card(&c.id).is_none())
        .unwrap();
    assert_eq!(
        (
            added.phase.clone(),
            added.lane.clone(),
            added.title.as_str()
        ),
        (phase, lane.clone(), "New pain point")
    );
    assert_eq!(harness.state().selection(), std::slice::from_ref(&added.id));
    // The new card's name is being typed in place, starting empty: Esc keeps the default.
    harness.key_press(Key::Escape);
    harness.run();
    undo_redo(&mut harness, &original);
    // Typing straight away names it.
    double_click(&mut harness, at);
    harness
        .get_by_label("New name")
        .type_text("Form is too long");
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    assert!(
        map.cards
            .iter()
            .any(|c| c.title == "Form is too long" && c.lane == lane)
    );
    undo(&mut harness);
    undo_redo(&mut harness, &original);
}

#[test]
fn saving_a_sample_asks_where_then_saves_in_place() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("save");
    let path = folder.join("my-journey.json");
    dialogs.answer(path.clone());
    let mut harness = editor(Start::Sample(0), dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(file::load_path(&path).unwrap().map, map_of(&harness));
    assert!(!harness.state().is_dirty());
    // Now the map has a file: the next save goes there without asking (no answer queued).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(file::load_path(&path).unwrap().map.cards.is_empty());
    assert!(!harness.state().is_dirty());
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn copy_and_paste_make_new_cards_in_the_same_cells() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[2].id.clone();
    click_card(&mut harness, &id, Modifiers::NONE);
    harness.event(egui::Event::Copy);
    harness.step();
    let text = copied_text(&harness).expect("the card went to the clipboard");
    harness.run();
    assert!(text.starts_with("{\n  \"format\": \"journeymap\""));
    harness.event(egui::Event::Paste(text));
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.cards.len(), original.cards.len() + 1);
    let pasted = map.card(&harness.state().selection()[0]).unwrap();
    let source = original.card(&id).unwrap();
    assert_ne!(pasted.id, source.id);
    assert_eq!(
        (&pasted.title, &pasted.phase, &pasted.lane),
        (&source.title, &source.phase, &source.lane)
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn cut_removes_and_paste_puts_back_and_text_becomes_cards() {
    let mut harness = editor(Start::Sample(1), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[0].id.clone();
    click_card(&mut harness, &id, Modifiers::NONE);
    harness.event(egui::Event::Cut);
    harness.step();
    let text = copied_text(&harness).unwrap();
    harness.run();
    assert!(map_of(&harness).card(&id).is_none());
    harness.event(egui::Event::Paste(text));
    harness.run();
    assert_eq!(map_of(&harness).cards.len(), original.cards.len());
    harness.event(egui::Event::Paste(
        "Belt de klantenservice\nLeest de FAQ".to_owned(),
    ));
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.cards.len(), original.cards.len() + 2);
    assert!(map.cards.iter().any(|c| c.title == "Leest de FAQ"));
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert_eq!(map_of(&harness), original);
}

#[test]
fn arrow_keys_move_the_selection_to_the_neighbouring_card() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let map = map_of(&harness);
    let start = map.cards[0].id.clone();
    click_card(&mut harness, &start, Modifiers::NONE);
    harness.key_press(Key::ArrowRight);
    harness.run();
    let right = harness.state().selection()[0].clone();
    let (a, b) = (map.card(&start).unwrap(), map.card(&right).unwrap());
    assert_eq!(
        a.lane, b.lane,
        "the next card to the right is in the same lane"
    );
    let phase_index = |id| map.phases.iter().position(|p| &p.id == id).unwrap();
    assert!(phase_index(&b.phase) > phase_index(&a.phase));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().selection(), std::slice::from_ref(&start));
    harness.key_press(Key::ArrowDown);
    harness.run();
    let below = map.card(&harness.state().selection()[0]).unwrap();
    assert_eq!(below.phase, a.phase);
    assert_ne!(below.id, a.id);
}

#[test]
fn a_cards_context_menu_offers_the_actions() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[4].id.clone();
    let at = card_center(&harness, &id);
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Secondary, Modifiers::NONE);
    harness.run();
    assert_eq!(harness.state().selection(), std::slice::from_ref(&id));
    harness.get_by_label_contains("Duplicate").click();
    harness.run();
    assert_eq!(map_of(&harness).cards.len(), original.cards.len() + 1);
    undo_redo(&mut harness, &original);
}

fn phase_header(harness: &Harness<'_, JourneyApp>, index: usize) -> Rect {
    let app = harness.state();
    on_screen(app, app.laid_out().columns[index].header)
}

fn lane_header(harness: &Harness<'_, JourneyApp>, index: usize) -> Rect {
    let app = harness.state();
    on_screen(app, app.laid_out().rows[index].header)
}

fn double_click(harness: &mut Harness<'_, JourneyApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    }
    harness.run();
}

#[test]
fn renaming_a_phase_in_place_and_cancelling_with_escape() {
    let mut harness = quick_editor(Start::Sample(0));
    let original = map_of(&harness);
    let at = phase_header(&harness, 1).center();
    double_click(&mut harness, at);
    let field = harness.get_by_label("New name");
    assert!(field.is_focused());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("New name")
        .type_text("Shopping around");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(map_of(&harness).phases[1].name, "Shopping around");
    undo_redo(&mut harness, &original);

    assert_eq!(map_of(&harness).phases, original.phases, "after undo");
    // Esc keeps the old name.
    let at = phase_header(&harness, 2).center();
    double_click(&mut harness, at);
    harness.get_by_label("New name").type_text(" and more");
    harness.key_press(Key::Escape);
    harness.run();
    let names = |m: &JourneyMap| m.phases.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&map_of(&harness)), names(&original));
    assert_eq!(map_of(&harness), original);
}

#[test]
fn renaming_a_card_in_place_with_f2() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let id = original.cards[1].id.clone();
    click_card(&mut harness, &id, Modifiers::NONE);
    harness.key_press(Key::F2);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("New name")
        .type_text("QR poster at the station");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        map_of(&harness).card(&id).unwrap().title,
        "QR poster at the station"
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn deleting_a_phase_asks_first_and_undo_brings_its_cards_back() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let phase = original.phases[2].clone();
    let cards = original
        .cards
        .iter()
        .filter(|c| c.phase == phase.id)
        .count();
    let at = phase_header(&harness, 2).center();
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    harness.run();
    assert!(
        harness.query_by_label("Phase").is_some(),
        "the inspector shows the phase"
    );
    harness.key_press(Key::Delete);
    harness.run();
    let question = format!("Its {cards} cards will be deleted with it. You can undo this.");
    assert!(
        harness.query_by_label(&question).is_some(),
        "no question {question:?}"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(map_of(&harness), original);
    harness.key_press(Key::Delete);
    harness.run();
    harness.get_by_label("Delete phase").click();
    harness.run();
    let map = map_of(&harness);
    assert!(map.phase(&phase.id).is_none());
    assert_eq!(map.cards.len(), original.cards.len() - cards);
    undo_redo(&mut harness, &original);
}

#[test]
fn dragging_a_phase_header_reorders_the_phases_with_their_cards() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let first = original.phases[0].id.clone();
    let from = phase_header(&harness, 0).center();
    let to = phase_header(&harness, original.phases.len() - 1).right_center() + vec2(-4.0, 0.0);
    drag(&mut harness, from, to);
    let map = map_of(&harness);
    assert_eq!(map.phases.last().unwrap().id, first);
    assert_eq!(map.cards, original.cards, "cards keep their phase");
    undo_redo(&mut harness, &original);
}

#[test]
fn dragging_a_lane_header_reorders_the_lanes() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let first = original.lanes[0].id.clone();
    let from = lane_header(&harness, 0).center();
    let to = lane_header(&harness, 2).center() + vec2(0.0, 10.0);
    drag(&mut harness, from, to);
    let map = map_of(&harness);
    assert_eq!(map.lanes[2].id, first);
    undo_redo(&mut harness, &original);
}

#[test]
fn adding_a_phase_and_a_lane_from_the_map_menu() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Add Phase").click();
    harness.run();
    harness.get_by_label("New name").type_text("Renewal");
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.phases.len(), original.phases.len() + 1);
    assert_eq!(map.phases.last().unwrap().name, "Renewal");
    harness.get_by_label("Map").click();
    harness.run();
    // Add Lane asks which kind of lane.
    harness.get_by_label("Add Lane").click();
    harness.run();
    harness.get_by_label("Opportunities").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let lanes = map_of(&harness).lanes;
    assert_eq!(lanes.len(), original.lanes.len() + 1);
    let added = lanes.last().unwrap();
    assert_eq!(
        (added.kind, added.name.as_str()),
        (journeymap::model::LaneKind::Opportunities, "Opportunities")
    );
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert_eq!(map_of(&harness), original);
}

/// Drags a channel from the palette to a screen point.
fn drop_channel(harness: &mut Harness<'_, JourneyApp>, channel: &str, to: Pos2) {
    let from = harness.get_by_label(channel).rect().center();
    drag(harness, from, to);
}

#[test]
fn a_channel_dropped_on_another_kind_of_lane_lands_on_its_track_and_a_header_says_why_not() {
    use journeymap::model::{Channel, LaneKind};
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let lane_of = |kind: LaneKind| {
        original
            .lanes
            .iter()
            .find(|l| l.kind == kind)
            .unwrap()
            .id
            .clone()
    };
    let (pain, digital) = (
        lane_of(LaneKind::PainPoints),
        lane_of(LaneKind::DigitalTouchpoints),
    );
    let phase = original.phases[2].id.clone();

    // On the pain points lane, an e-mail lands on the digital track of the same phase.
    let cell = cell_on_screen(harness.state(), &phase, &pain);
    drop_channel(&mut harness, "E-mail", cell.center());
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    let added: Vec<_> = map
        .cards
        .iter()
        .filter(|c| original.card(&c.id).is_none())
        .collect();
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].channel, &added[0].phase, &added[0].lane),
        (Some(Channel::Email), &phase, &digital)
    );

    // On a phase header nothing is added, and the status bar says why.
    let header = on_screen(
        harness.state(),
        harness.state().laid_out().columns[1].header,
    );
    drop_channel(&mut harness, "Phone", header.center());
    assert_eq!(map_of(&harness).cards.len(), map.cards.len());
    let status = harness.state().status().to_owned();
    assert!(
        status.contains("was not added") && status.contains("headers hold no cards"),
        "{status}"
    );
}

#[test]
fn dropping_a_channel_from_the_palette_adds_a_touchpoint_on_the_right_track() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let physical = original
        .lanes
        .iter()
        .find(|l| l.kind == journeymap::model::LaneKind::PhysicalTouchpoints)
        .unwrap()
        .id
        .clone();
    let digital = original
        .lanes
        .iter()
        .find(|l| l.kind == journeymap::model::LaneKind::DigitalTouchpoints)
        .unwrap()
        .id
        .clone();
    let phase = original.phases[1].id.clone();

    // A website dropped on the digital track stays there.
    let cell = cell_on_screen(harness.state(), &phase, &digital);
    drop_channel(
        &mut harness,
        "Website",
        Pos2::new(cell.center().x, cell.bottom() - 4.0),
    );
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    let added = map
        .cards
        .iter()
        .find(|c| original.card(&c.id).is_none())
        .unwrap()
        .clone();
    assert_eq!(
        (added.channel, &added.phase, &added.lane),
        (Some(journeymap::model::Channel::Website), &phase, &digital)
    );

    // A phone call dropped on the digital track lands on the physical one, same phase.
    let cell = cell_on_screen(harness.state(), &phase, &digital);
    drop_channel(
        &mut harness,
        "Phone",
        Pos2::new(cell.center().x, cell.bottom() - 4.0),
    );
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    let phone = map
        .cards
        .iter()
        .find(|c| {
            c.channel == Some(journeymap::model::Channel::Phone) && original.card(&c.id).is_none()
        })
        .unwrap();
    assert_eq!((&phone.phase, &phone.lane), (&phase, &physical));

    undo(&mut harness);
    undo_redo(&mut harness, &original);
}

#[test]
fn shift_dragging_the_background_selects_the_cards_in_the_band() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let map = map_of(&harness);
    let app = harness.state();
    // From the page's top-left corner to the middle of the first phase's second lane.
    let first_column = app.laid_out().columns[0].body;
    let second_row = app.laid_out().rows[1].body;
    let from = on_screen(
        app,
        Rect::from_min_size(Pos2::new(4.0, 4.0), vec2(1.0, 1.0)),
    )
    .min;
    let to = on_screen(app, first_column.intersect(second_row)).center();
    let expected: Vec<CardId> = map
        .cards
        .iter()
        .filter(|c| {
            c.phase == map.phases[0].id && (c.lane == map.lanes[0].id || c.lane == map.lanes[1].id)
        })
        .map(|c| c.id.clone())
        .collect();
    assert!(!expected.is_empty());
    shift_drag_and_hold(&mut harness, from, to);
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::SHIFT,
    });
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    let mut selected = harness.state().selection().to_vec();
    selected.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(selected, expected);
    assert_eq!(map_of(&harness), map, "selecting changes nothing");
}

#[test]
fn while_dragging_a_card_the_map_makes_room_for_it() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original.cards[0].clone();
    let target_phase = original.phases.last().unwrap().id.clone();
    let cell = cell_on_screen(harness.state(), &target_phase, &card.lane);
    let from = card_center(&harness, &card.id);
    let to = Pos2::new(cell.center().x, cell.bottom() - 6.0);
    let height_before = harness.state().laid_out().bounds.height();
    drag_and_hold(&mut harness, from, to);
    // Mid-drag the document is unchanged, but the canvas shows the card in its new cell.
    assert_eq!(map_of(&harness), original);
    let shown = harness.state().shown_layout();
    let landed = shown.cards.iter().find(|c| c.id == card.id).unwrap();
    let column = shown
        .columns
        .iter()
        .position(|c| c.phase == target_phase)
        .unwrap();
    assert_eq!(landed.column, column);
    assert!(shown.bounds.height() >= height_before - 200.0);
    harness.drop_at(to);
    harness.run();
    assert_eq!(map_of(&harness).card(&card.id).unwrap().phase, target_phase);
}

#[test]
fn dragging_a_column_edge_sets_its_width_in_one_step() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let name = original.phases[1].name.clone();
    let before = harness.state().laid_out().columns[1].body.width();
    let zoom = harness.state().view().zoom;
    let edge = harness
        .get_by_label(&format!("Width of {name}"))
        .rect()
        .center();
    drag(&mut harness, edge, edge + vec2(80.0, 0.0));
    let width = map_of(&harness).phases[1]
        .width
        .expect("the phase has a width now");
    assert!(
        (width as f32 - (before + 80.0 / zoom)).abs() < 2.0,
        "{width} vs {before} + {}",
        80.0 / zoom
    );
    assert!((harness.state().laid_out().columns[1].body.width() - width as f32).abs() < 0.01);
    undo_redo(&mut harness, &original);
}

#[test]
fn folding_a_lane_hides_its_cards_and_unfolding_shows_them() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let at = lane_header(&harness, 1).center();
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    harness.run();
    harness.get_by_label("Folded (hides its cards)").click();
    harness.run();
    assert!(map_of(&harness).lanes[1].collapsed);
    let lane = original.lanes[1].id.clone();
    let hidden = original.cards.iter().find(|c| c.lane == lane).unwrap();
    assert!(
        harness.query_by_label(&hidden.title).is_none(),
        "a folded lane's cards are hidden"
    );
    undo_redo(&mut harness, &original);
    assert!(harness.query_by_label(&hidden.title).is_some());
}

#[test]
fn kpis_are_edited_in_a_table() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original
        .cards
        .iter()
        .find(|c| !c.kpis.is_empty())
        .unwrap()
        .clone();
    click_card(&mut harness, &card.id, Modifiers::NONE);
    harness.get_by_label("Add KPI").click();
    harness.run();
    let row = card.kpis.len() + 1;
    let label = format!("KPI {row} name");
    harness.get_by_label(&label).click();
    harness.run();
    harness
        .get_by_label(&label)
        .type_text("First-call resolution");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let kpis = map_of(&harness).card(&card.id).unwrap().kpis.clone();
    assert_eq!(kpis.len(), card.kpis.len() + 1);
    assert_eq!(kpis.last().unwrap().name, "First-call resolution");
    undo(&mut harness);
    undo_redo(&mut harness, &original);
}

#[test]
fn moments_are_set_on_several_cards_at_once() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let (a, b) = (original.cards[0].id.clone(), original.cards[1].id.clone());
    click_card(&mut harness, &a, Modifiers::NONE);
    click_card(&mut harness, &b, Modifiers::SHIFT);
    harness.get_by_label("Wow moment").click();
    harness.run();
    let map = map_of(&harness);
    assert!(map.card(&a).unwrap().wow_moment && map.card(&b).unwrap().wow_moment);
    undo_redo(&mut harness, &original);
}

#[test]
fn escape_cancels_a_header_drag_and_a_column_resize() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    for from in [
        phase_header(&harness, 0).center(),
        harness
            .get_by_label(&format!("Width of {}", original.phases[1].name))
            .rect()
            .center(),
    ] {
        harness.hover_at(from);
        harness.run();
        harness.drag_at(from);
        harness.run();
        for step in 1..=6 {
            harness.hover_at(from + vec2(60.0 * step as f32, 0.0));
            harness.run();
        }
        harness.key_press(Key::Escape);
        harness.run();
        harness.drop_at(from + vec2(360.0, 0.0));
        harness.run();
        assert_eq!(map_of(&harness), original);
        assert!(!harness.state().is_dirty());
    }
}

#[test]
fn the_owner_of_several_cards_is_set_at_once() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let (a, b) = (original.cards[0].id.clone(), original.cards[5].id.clone());
    click_card(&mut harness, &a, Modifiers::NONE);
    click_card(&mut harness, &b, Modifiers::SHIFT);
    harness.get_by_label("Owner (team or department)").click();
    harness.run();
    harness
        .get_by_label("Owner (team or department)")
        .type_text("CX team");
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.card(&a).unwrap().owner.as_deref(), Some("CX team"));
    assert_eq!(map.card(&b).unwrap().owner.as_deref(), Some("CX team"));
    harness.key_press(Key::Escape);
    harness.run();
    undo_redo(&mut harness, &original);
}

/// A point on a link's route away from its label and its ends.
#[test]
fn a_link_is_drawn_from_a_handle_to_another_card() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    // Two cards with different channels that are not linked yet.
    let from = original
        .cards
        .iter()
        .find(|c| c.title == "Poster in branch window")
        .unwrap()
        .id
        .clone();
    let to = original
        .cards
        .iter()
        .find(|c| c.title == "Comparison site ranking")
        .unwrap()
        .id
        .clone();
    let target = card_center(&harness, &to);
    draw_link(&mut harness, &from, target);
    let map = map_of(&harness);
    assert_eq!(map.links.len(), original.links.len() + 1);
    let link = map.links.last().unwrap();
    assert_eq!((&link.from, &link.to), (&from, &to));
    assert_eq!(
        link.kind,
        journeymap::model::LinkKind::ChannelSwitch,
        "different channels make a channel switch"
    );
    assert_eq!(harness.state().selected_link(), Some(&link.id));
    undo_redo(&mut harness, &original);
}

#[test]
fn a_link_dropped_nowhere_on_itself_or_cancelled_is_not_made() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let from = original.cards[1].id.clone();
    let own = card_center(&harness, &from);
    draw_link(&mut harness, &from, own);
    assert_eq!(
        harness.state().status(),
        "A card cannot be linked to itself."
    );
    let empty = harness.state().canvas().left_center() + vec2(6.0, 0.0);
    draw_link(&mut harness, &from, empty);
    assert_eq!(
        harness.state().status(),
        "No link: it was not dropped on a card."
    );
    // Esc halfway.
    let center = card_center(&harness, &from);
    harness.hover_at(center);
    harness.run();
    let title = original.card(&from).unwrap().title.clone();
    let handle = harness
        .get_by_label(&format!("Link from {title} (right)"))
        .rect()
        .center();
    harness.hover_at(handle);
    harness.run();
    harness.drag_at(handle);
    harness.run();
    for step in 1..=4 {
        harness.hover_at(handle + vec2(50.0 * step as f32, 0.0));
        harness.run();
    }
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(card_center(&harness, &original.cards[7].id));
    harness.run();
    assert_eq!(map_of(&harness), original);
}

#[test]
fn a_link_is_selected_by_its_line_edited_in_the_inspector_and_deleted() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let index = original
        .links
        .iter()
        .position(|l| l.kind == journeymap::model::LinkKind::ChannelSwitch)
        .unwrap();
    let link = original.links[index].clone();
    let at = point_on_link(&harness, index);
    click_at(&mut harness, at);
    assert_eq!(harness.state().selected_link(), Some(&link.id));
    assert!(harness.query_by_label("Link").is_some());
    harness.get_by_label("Broken").click();
    harness.run();
    let changed = map_of(&harness);
    assert_eq!(
        changed.links[index].quality,
        Some(journeymap::model::HandoffQuality::Broken)
    );
    undo_redo(&mut harness, &original);
    redo(&mut harness);
    harness.key_press(Key::Delete);
    harness.run();
    assert!(!map_of(&harness).links.iter().any(|l| l.id == link.id));
    undo(&mut harness);
    assert_eq!(map_of(&harness), changed);
}

#[test]
fn ctrl_shift_m_and_w_mark_moments_on_the_selected_cards() {
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
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.run();
    assert!(map_of(&harness).card(&card).unwrap().decision_moment);
    undo_redo(&mut harness, &original);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::W);
    harness.run();
    assert!(map_of(&harness).card(&card).unwrap().wow_moment);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::W);
    harness.run();
    assert!(
        !map_of(&harness).card(&card).unwrap().wow_moment,
        "pressing again unmarks"
    );
}

#[test]
fn a_links_context_menu_sets_its_handoff() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let index = original
        .links
        .iter()
        .position(|l| {
            l.kind == journeymap::model::LinkKind::ChannelSwitch
                && l.quality != Some(journeymap::model::HandoffQuality::Broken)
        })
        .unwrap();
    let at = point_on_link(&harness, index);
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Secondary, Modifiers::NONE);
    harness.run();
    assert_eq!(
        harness.state().selected_link(),
        Some(&original.links[index].id)
    );
    // One "Broken" is in the inspector, the other in the menu that just opened.
    assert_eq!(
        harness.get_all_by_label("Broken").count(),
        2,
        "the menu offers the handoff"
    );
    harness.get_all_by_label("Broken").last().unwrap().click();
    harness.run();
    assert_eq!(
        map_of(&harness).links[index].quality,
        Some(journeymap::model::HandoffQuality::Broken)
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn a_headers_context_menu_adds_phases_and_lanes_of_a_kind_beside_it() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let header = phase_header(&harness, 1).center();
    press_release!(
        harness,
        header,
        egui::PointerButton::Secondary,
        Modifiers::NONE
    );
    harness.run();
    harness.get_by_label("Add Phase Before").click();
    harness.run();
    harness.get_by_label("New name").type_text("Doubt");
    harness.key_press(Key::Enter);
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.phases[1].name, "Doubt");
    assert_eq!(map.phases[2].id, original.phases[1].id);

    let lane = lane_header(&harness, 0).center();
    press_release!(
        harness,
        lane,
        egui::PointerButton::Secondary,
        Modifiers::NONE
    );
    harness.run();
    harness.get_by_label("Add Lane Above").click();
    harness.run();
    harness.get_by_label("Content").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let lanes = map_of(&harness).lanes;
    assert_eq!(lanes[0].kind, journeymap::model::LaneKind::Content);
    assert_eq!(lanes[1].id, original.lanes[0].id);
    // Adding and naming the phase are two steps, adding the lane one.
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert!(map_of(&harness) == original, "undo brings the map back");
}
