//! Links, emotion curves, personas and the channel-switch overview, driven through real
//! pointer and key events: reconnect a link's end, add and drag emotion points, add, rename
//! and hide personas (and see what exports), click rows of the overview.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use common::*;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::{CardId, EmotionPoint, LinkId, PersonaId, PhaseId, PointId};

/// The bank-account sample: Sanne and Marco, five phases, an emotion lane.
const BANK: usize = 0;

fn point(harness: &Harness<'_, JourneyApp>, id: &PointId) -> Option<EmotionPoint> {
    let map = map_of(harness);
    map.emotion_curves
        .iter()
        .flat_map(|c| c.points.iter())
        .find(|p| &p.id == id)
        .cloned()
}

/// Where a point is drawn, on screen.
fn point_on_screen(harness: &Harness<'_, JourneyApp>, id: &PointId) -> Pos2 {
    let app = harness.state();
    let at = app
        .shown_layout()
        .curves
        .iter()
        .flat_map(|c| c.points.iter())
        .find(|(p, _, _)| p == id)
        .map(|(_, pos, _)| *pos)
        .unwrap();
    app.view().screen_from_map(app.canvas()).mul_pos(at)
}

/// The screen point at the middle of a phase's column, at the height of a score.
fn at_score(harness: &Harness<'_, JourneyApp>, phase: &str, score: f64) -> Pos2 {
    let app = harness.state();
    let laid_out = app.laid_out();
    let column = laid_out
        .columns
        .iter()
        .find(|c| c.phase == PhaseId::new(phase))
        .unwrap();
    let scale = laid_out.emotion_scale.as_ref().unwrap();
    let at = Pos2::new(column.body.center().x, scale.y(score));
    app.view().screen_from_map(app.canvas()).mul_pos(at)
}

fn points_of(harness: &Harness<'_, JourneyApp>, persona: &str) -> Vec<EmotionPoint> {
    map_of(harness)
        .emotion_curves
        .iter()
        .find(|c| c.persona == PersonaId::new(persona))
        .map(|c| c.points.clone())
        .unwrap_or_default()
}

#[test]
fn dragging_a_selected_links_end_to_another_card_reconnects_it() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    let original = map_of(&harness);
    // k3: Sanne's online application (c12) hands over to the branch (c11).
    let index = harness
        .state()
        .laid_out()
        .links
        .iter()
        .position(|l| l.id == LinkId::new("k3"))
        .unwrap();
    let on_link = point_on_link(&harness, index);
    click_at(&mut harness, on_link);
    assert_eq!(harness.state().selected_link(), Some(&LinkId::new("k3")));

    // Dropping the end back on the card it starts from is refused with a reason.
    let end = harness.get_by_label("Link end").rect().center();
    let from = card_center(&harness, &CardId::new("c12"));
    drag(&mut harness, end, from);
    assert_eq!(map_of(&harness), original);
    assert_eq!(
        harness.state().status(),
        "A card cannot be linked to itself."
    );

    // Dropping it on another card moves that end there.
    let end = harness.get_by_label("Link end").rect().center();
    let to = card_center(&harness, &CardId::new("c15"));
    drag(&mut harness, end, to);
    let link = map_of(&harness)
        .links
        .into_iter()
        .find(|l| l.id == LinkId::new("k3"))
        .unwrap();
    assert_eq!(
        (link.from.as_str(), link.to.as_str()),
        ("c12", "c15"),
        "the end moved, the start stayed"
    );
    undo_redo(&mut harness, &original);

    // Dropping it on nothing leaves the link as it was.
    let end = harness.get_by_label("Link end").rect().center();
    drag(&mut harness, end, end + egui::vec2(0.0, -2000.0));
    assert_eq!(map_of(&harness), original);
}

#[test]
fn a_click_in_the_emotion_lane_adds_a_point_for_the_active_persona() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    let original = map_of(&harness);
    let before = points_of(&harness, "sanne").len();
    // A little below +1.5: the score snaps to the nearest half step.
    let at = at_score(&harness, "p2", 1.5) + egui::vec2(30.0, 3.0);
    click_at(&mut harness, at);
    let points = points_of(&harness, "sanne");
    assert_eq!(points.len(), before + 1, "Sanne is the active persona");
    let added = points.last().unwrap();
    assert_eq!(added.phase, PhaseId::new("p2"));
    assert_eq!(added.score, 1.5);
    assert_eq!(added.card, None);
    assert_eq!(harness.state().selected_point(), Some(&added.id));
    assert!(
        harness.query_by_label("Emotion point").is_some(),
        "the inspector shows the point"
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn dragging_a_point_sets_its_score_in_half_steps_and_moves_it_between_phases() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    let original = map_of(&harness);
    // Marco's low point while applying (p3, −1.5, tied to card c11).
    let marco_p3 = points_of(&harness, "marco")
        .into_iter()
        .find(|p| p.phase == PhaseId::new("p3"))
        .unwrap();
    let id = marco_p3.id.clone();
    let start = point_on_screen(&harness, &id);
    // Up to a little below +1: snaps to +1. The curve follows while the pointer moves.
    let target = Pos2::new(start.x, at_score(&harness, "p3", 1.0).y + 4.0);
    drag_and_hold(&mut harness, start, target);
    let shown_y = point_on_screen(&harness, &id).y;
    assert!(
        (shown_y - at_score(&harness, "p3", 1.0).y).abs() < 1.0,
        "mid-drag the point is drawn at +1, snapped"
    );
    assert_eq!(
        point(&harness, &id).unwrap().score,
        -1.5,
        "not yet committed"
    );
    harness.drop_at(target);
    harness.run();
    let moved = point(&harness, &id).unwrap();
    assert_eq!(moved.score, 1.0);
    assert_eq!(moved.phase, PhaseId::new("p3"));
    assert_eq!(
        moved.card,
        Some(CardId::new("c11")),
        "still tied to its card"
    );
    assert_eq!(
        harness.state().undo_label().as_deref(),
        Some("change emotion score")
    );
    undo_redo(&mut harness, &original);

    // Sideways into "First use" at −0.5: another phase, and untied from the card.
    let start = point_on_screen(&harness, &id);
    let target = at_score(&harness, "p5", -0.5) + egui::vec2(-40.0, 0.0);
    drag(&mut harness, start, target);
    let moved = point(&harness, &id).unwrap();
    assert_eq!(moved.phase, PhaseId::new("p5"));
    assert_eq!(moved.score, -0.5);
    assert_eq!(moved.card, None);
    undo_redo(&mut harness, &original);
}

#[test]
fn a_point_dropped_on_a_card_is_tied_to_that_card() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    let original = map_of(&harness);
    // Sanne's untied point in "Identification" (p4, −1), dropped on the branch visit
    // card (c11) in "Applying".
    let id = points_of(&harness, "sanne")
        .into_iter()
        .find(|p| p.card.is_none())
        .unwrap()
        .id;
    let start = point_on_screen(&harness, &id);
    let card = card_center(&harness, &CardId::new("c11"));
    drag(&mut harness, start, card);
    let tied = point(&harness, &id).unwrap();
    assert_eq!(tied.card, Some(CardId::new("c11")));
    assert_eq!(
        tied.phase,
        PhaseId::new("p3"),
        "it moved to the card's phase"
    );
    assert_eq!(tied.score, -1.0, "the score stays what it was");
    undo_redo(&mut harness, &original);
}

#[test]
fn a_selected_point_is_deleted_with_the_delete_key_and_its_note_shows_on_hover() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    harness
        .ctx
        .global_style_mut(|style| style.interaction.tooltip_delay = 0.0);
    let original = map_of(&harness);
    // Sanne's first point has a note, and Marco's point in that phase is a few pixels away.
    let target = points_of(&harness, "sanne").remove(0);
    assert!(!target.note.is_empty());
    let at = point_on_screen(&harness, &target.id);
    harness.hover_at(at);
    harness.run_steps(4);
    let note = target.note.clone();
    assert!(
        harness
            .query_by(move |node| node.value().is_some_and(|v| v == note))
            .is_some(),
        "hovering shows the note"
    );
    click_at(&mut harness, at);
    assert_eq!(harness.state().selected_point(), Some(&target.id));
    harness.key_press(Key::Delete);
    harness.run();
    assert!(point(&harness, &target.id).is_none());
    undo_redo(&mut harness, &original);
}

fn has_curve(harness: &Harness<'_, JourneyApp>, persona: &PersonaId) -> bool {
    let curves = &harness.state().laid_out().curves;
    curves.iter().any(|c| &c.persona == persona)
}

/// Clicks the first persona's "Show" box, exports an SVG to `path` (the dialog's next
/// answer) and returns it in lower case.
fn toggle_first_persona_and_export(
    harness: &mut Harness<'_, JourneyApp>,
    path: &std::path::Path,
) -> String {
    harness.get_all_by_label("Show").next().unwrap().click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    wait_for_export(harness);
    std::fs::read_to_string(path).unwrap().to_lowercase()
}

#[test]
fn personas_are_added_renamed_and_hidden_and_a_hidden_curve_is_not_exported() {
    let dialogs = ScriptedDialogs::default();
    let folder = scratch("personas");
    let hidden_svg = folder.join("hidden.svg");
    let shown_svg = folder.join("shown.svg");
    dialogs.answer(hidden_svg.clone());
    dialogs.answer(shown_svg.clone());
    let mut harness = editor(Start::Sample(BANK), dialogs);
    let original = map_of(&harness);

    // Add a persona (Map ▸ Add Persona): it becomes the active one, and typing names it.
    harness.get_by_label("Map").click();
    harness.run();
    // The menu's item, not the inspector's button of the same name.
    harness
        .get_all_by_label("Add Persona")
        .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap()
        .click();
    harness.run();
    let map = map_of(&harness);
    assert_eq!(map.personas.len(), 3);
    let added = map.personas[2].clone();
    assert_eq!(added.name, "Persona 3");
    assert_eq!(harness.state().active_persona(), Some(&added.id));
    harness
        .get_all_by_label("Name")
        .nth(2)
        .unwrap()
        .type_text("Student Sam");
    harness.run();
    assert_eq!(map_of(&harness).personas[2].name, "Student Sam");
    harness.key_press(Key::Escape);
    harness.run();
    // Adding and naming are two steps; undoing both gives the sample back.
    undo(&mut harness);
    assert_eq!(map_of(&harness).personas[2].name, "Persona 3");
    undo(&mut harness);
    assert_eq!(map_of(&harness), original);
    redo(&mut harness);
    redo(&mut harness);
    assert_eq!(map_of(&harness).personas[2].name, "Student Sam");

    // Hide Sanne: her curve leaves the canvas and the export made now; show her again and
    // she is back in both.
    let sanne = PersonaId::new("sanne");
    let sanne_color = "#e15759";
    assert!(has_curve(&harness, &sanne));
    let svg = toggle_first_persona_and_export(&mut harness, &hidden_svg);
    assert!(map_of(&harness).persona(&sanne).unwrap().hidden);
    assert!(!has_curve(&harness, &sanne));
    assert!(
        !svg.contains(sanne_color),
        "a hidden persona's curve is not exported"
    );
    let svg = toggle_first_persona_and_export(&mut harness, &shown_svg);
    assert!(has_curve(&harness, &sanne));
    assert!(svg.contains(sanne_color));
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn points_added_while_a_persona_is_active_go_to_that_persona() {
    let mut harness = editor(Start::Sample(BANK), ScriptedDialogs::default());
    let before = points_of(&harness, "marco").len();
    // Marco's "Active" radio is the second.
    harness.get_all_by_label("Active").nth(1).unwrap().click();
    harness.run();
    assert_eq!(
        harness.state().active_persona(),
        Some(&PersonaId::new("marco"))
    );
    let at = at_score(&harness, "p1", -2.0) + egui::vec2(25.0, 0.0);
    click_at(&mut harness, at);
    let points = points_of(&harness, "marco");
    assert_eq!(points.len(), before + 1);
    assert_eq!(points.last().unwrap().score, -2.0);
}

#[test]
fn the_overview_lists_every_channel_switch_and_a_row_shows_its_link() {
    for (index, sample) in journeymap::samples::SAMPLES.iter().enumerate() {
        let mut harness = editor(Start::Sample(index), ScriptedDialogs::default());
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
        harness.run();
        let map = map_of(&harness);
        let rows = journeymap::analysis::channel_switches(&map, None);
        assert!(
            harness
                .query_by_label_contains(&format!("{} in this map", rows.len()))
                .is_some(),
            "{}: the panel counts the switches",
            sample.name
        );
        for row in &rows {
            let text = format!(
                "{} \u{2192} {}",
                row.from
                    .map_or_else(|| "no channel".to_owned(), |c| c.label(map.language())),
                row.to
                    .map_or_else(|| "no channel".to_owned(), |c| c.label(map.language()))
            );
            assert!(
                harness.query_all_by_label(&text).next().is_some(),
                "{}: {text} is listed",
                sample.name
            );
        }
        // The worst handoff is the first row; clicking it selects its link and brings it
        // to the middle of the canvas.
        let first = &rows[0];
        let text = format!(
            "{} \u{2192} {}",
            first
                .from
                .map_or_else(|| "no channel".to_owned(), |c| c.label(map.language())),
            first
                .to
                .map_or_else(|| "no channel".to_owned(), |c| c.label(map.language()))
        );
        harness.get_all_by_label(&text).next().unwrap().click();
        harness.run();
        let app = harness.state();
        assert_eq!(app.selected_link(), Some(&first.link), "{}", sample.name);
        let link = app
            .laid_out()
            .links
            .iter()
            .find(|l| l.id == first.link)
            .unwrap();
        let middle = link
            .label
            .as_ref()
            .map_or(link.path[link.path.len() / 2], |l| l.rect.center());
        let on_screen = app.view().screen_from_map(app.canvas()).mul_pos(middle);
        assert!(
            on_screen.distance(app.canvas().center()) < 2.0,
            "{}: the link is brought into view",
            sample.name
        );
    }
}
