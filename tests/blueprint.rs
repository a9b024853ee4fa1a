//! Service blueprints in the editor: a line under a lane, chosen in the inspector, drawn on
//! the map and in its exports, and undone in one step.

mod common;

use common::*;
use egui::accesskit::Role;
use egui::{Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::BlueprintLine;

fn lane_header(harness: &Harness<'_, JourneyApp>, index: usize) -> Rect {
    let app = harness.state();
    on_screen(app, app.laid_out().rows[index].header)
}

fn exported_svg(harness: &Harness<'_, JourneyApp>) -> String {
    journeymap::export::svg(&map_of(harness), &Default::default())
}

#[test]
fn a_line_chosen_in_the_lane_inspector_is_drawn_and_exported_and_undo_takes_it_away() {
    // The bank-account sample, in English.
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    assert!(!exported_svg(&harness).contains("Line of visibility"));
    let at = lane_header(&harness, 1).center();
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Line below this lane")
        .click();
    harness.run();
    harness.get_by_label("Line of visibility").click();
    harness.run();

    let map = map_of(&harness);
    assert_eq!(map.lanes[1].line_below, Some(BlueprintLine::Visibility));
    let on_canvas = &harness.state().laid_out().blueprint_lines;
    assert_eq!(on_canvas.len(), 1);
    assert_eq!(on_canvas[0].row, 1);
    assert!(exported_svg(&harness).contains("Line of visibility"));

    // One undo step takes the line away again.
    undo_redo(&mut harness, &original);
    assert!(harness.state().laid_out().blueprint_lines.is_empty());
    assert!(!exported_svg(&harness).contains("Line of visibility"));
}

#[test]
fn the_lane_header_menu_draws_a_line_too() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    let original = map_of(&harness);
    let at = lane_header(&harness, 0).center();
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Secondary, Modifiers::NONE);
    harness.run();
    harness.get_by_label("Line Below").hover();
    harness.run();
    harness.get_by_label("Line of interaction").click();
    harness.run();
    assert_eq!(
        map_of(&harness).lanes[0].line_below,
        Some(BlueprintLine::Interaction)
    );
    undo_redo(&mut harness, &original);
}

#[test]
fn a_new_service_blueprint_draws_its_three_lines() {
    let mut harness = editor(Start::Sample(0), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness
        .get_by_label_contains("Service blueprint: customer actions")
        .click();
    harness.run();
    harness.get_by_label("Create").click();
    harness.run();
    let map = map_of(&harness);
    let lines: Vec<_> = map.lanes.iter().filter_map(|l| l.line_below).collect();
    assert_eq!(lines, BlueprintLine::ALL);
    let drawn: Vec<_> = harness
        .state()
        .laid_out()
        .blueprint_lines
        .iter()
        .map(|l| l.label.text.clone())
        .collect();
    assert_eq!(
        drawn,
        [
            "Line of interaction",
            "Line of visibility",
            "Line of internal interaction"
        ]
    );
}

#[test]
fn powerpoint_keeps_each_line_as_a_group_named_after_it() {
    use std::io::Read as _;
    let sample = journeymap::samples::find("fietsonderhoud").unwrap();
    let map = journeymap::file::load(sample.json.as_bytes()).unwrap().map;
    let bytes = journeymap::export::pptx::pptx(&map, &Default::default()).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut slide = String::new();
    archive
        .by_name("ppt/slides/slide1.xml")
        .unwrap()
        .read_to_string(&mut slide)
        .unwrap();
    for name in [
        "Interactielijn",
        "Zichtbaarheidslijn",
        "Lijn van interne interactie",
    ] {
        let grouped = slide
            .split("<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"")
            .skip(1)
            .any(|rest| {
                rest.split_once('"')
                    .is_some_and(|(_, after)| after.starts_with(&format!(" name=\"{name}\"")))
            });
        assert!(grouped, "no group named {name}");
    }
}
