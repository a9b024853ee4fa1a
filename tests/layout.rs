//! The layout of every sample, checked as a reader of the picture would: nothing overlaps,
//! everything sits where it belongs.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use egui::{Pos2, Rect};
use journeymap::file;
use journeymap::layout::{LayoutOptions, MapLayout, layout};
use journeymap::model::JourneyMap;
use journeymap::samples::SAMPLES;
use journeymap::theme::Metrics;

fn samples() -> Vec<(&'static str, JourneyMap, MapLayout)> {
    SAMPLES
        .iter()
        .map(|sample| {
            let map = file::load(sample.json.as_bytes()).unwrap().map;
            let laid_out = layout(&map, &Metrics::default(), LayoutOptions::default());
            (sample.name, map, laid_out)
        })
        .collect()
}

#[test]
fn every_card_of_every_sample_is_laid_out_once() {
    for (name, map, laid_out) in samples() {
        assert_eq!(laid_out.cards.len(), map.cards.len(), "{name}");
        for (card, laid) in map.cards.iter().zip(&laid_out.cards) {
            assert_eq!(card.id, laid.id, "{name}");
        }
    }
}

#[test]
fn no_two_cards_overlap() {
    for (name, _, laid_out) in samples() {
        for (i, a) in laid_out.cards.iter().enumerate() {
            for b in &laid_out.cards[i + 1..] {
                let overlap = a.rect.intersect(b.rect);
                assert!(
                    !overlap.is_positive(),
                    "{name}: {} and {} overlap",
                    a.id,
                    b.id
                );
            }
        }
    }
}

#[test]
fn every_card_lies_inside_its_cell_with_its_text_inside_it() {
    for (name, map, laid_out) in samples() {
        for laid in &laid_out.cards {
            let card = map.card(&laid.id).unwrap();
            let column = laid_out
                .columns
                .iter()
                .find(|c| c.phase == card.phase)
                .unwrap();
            let row = laid_out.rows.iter().find(|r| r.lane == card.lane).unwrap();
            let cell = column.body.intersect(row.body);
            assert!(
                cell.contains_rect(laid.rect),
                "{name}: {} outside its cell",
                laid.id
            );
            for line in laid.title.iter().chain(&laid.body) {
                let right = line.pos.x + line.style.width(&line.text);
                let bottom = line.pos.y + line.style.line_height();
                assert!(
                    laid.rect.contains(line.pos)
                        && right <= laid.rect.right()
                        && bottom <= laid.rect.bottom(),
                    "{name}: text \"{}\" spills out of {}",
                    line.text,
                    laid.id
                );
            }
        }
    }
}

fn on_edge(point: Pos2, rect: Rect) -> bool {
    let eps = 0.5;
    let inside = rect.expand(eps).contains(point);
    let near_vertical = (point.x - rect.left()).abs() < eps || (point.x - rect.right()).abs() < eps;
    let near_horizontal =
        (point.y - rect.top()).abs() < eps || (point.y - rect.bottom()).abs() < eps;
    inside && (near_vertical || near_horizontal)
}

#[test]
fn every_link_starts_and_ends_on_its_cards_edges() {
    for (name, map, laid_out) in samples() {
        assert_eq!(laid_out.links.len(), map.links.len(), "{name}");
        for (link, laid) in map.links.iter().zip(&laid_out.links) {
            let rect = |id| laid_out.cards.iter().find(|c| &c.id == id).unwrap().rect;
            let (first, last) = (laid.path[0], *laid.path.last().unwrap());
            assert!(
                on_edge(first, rect(&link.from)),
                "{name}: {} starts off its card",
                link.id
            );
            assert!(
                on_edge(last, rect(&link.to)),
                "{name}: {} ends off its card",
                link.id
            );
        }
    }
}

#[test]
fn links_do_not_run_through_other_cards() {
    for (name, map, laid_out) in samples() {
        for (link, laid) in map.links.iter().zip(&laid_out.links) {
            for card in &laid_out.cards {
                if card.id == link.from || card.id == link.to {
                    continue;
                }
                let inner = card.rect.shrink(1.0);
                assert!(
                    !laid.path.iter().any(|p| inner.contains(*p)),
                    "{name}: {} runs through {}",
                    link.id,
                    card.id
                );
            }
        }
    }
}

#[test]
fn link_labels_cover_no_card() {
    for (name, _, laid_out) in samples() {
        for laid in &laid_out.links {
            let Some(label) = &laid.label else { continue };
            for card in &laid_out.cards {
                assert!(
                    !card.rect.intersect(label.rect).is_positive(),
                    "{name}: the label \"{}\" covers {}",
                    label.lines[0].text,
                    card.id
                );
            }
        }
    }
}

#[test]
fn every_emotion_point_lies_in_the_emotion_lane_at_its_phase() {
    for (name, map, laid_out) in samples() {
        let scale = laid_out.emotion_scale.as_ref().unwrap();
        let lane = laid_out.rows[scale.row].body;
        for curve in &map.emotion_curves {
            let laid = laid_out
                .curves
                .iter()
                .find(|c| c.persona == curve.persona)
                .unwrap();
            assert_eq!(laid.points.len(), curve.points.len(), "{name}");
            for point in &curve.points {
                let (_, pos, _) = laid.points.iter().find(|p| p.0 == point.id).unwrap();
                let column = laid_out
                    .columns
                    .iter()
                    .find(|c| c.phase == point.phase)
                    .unwrap();
                assert!(
                    lane.contains(*pos),
                    "{name}: {} outside the emotion lane",
                    point.id
                );
                assert!(
                    column.body.x_range().contains(pos.x),
                    "{name}: {} outside its phase",
                    point.id
                );
                assert!(
                    (pos.y - scale.y(point.score)).abs() < 0.01,
                    "{name}: {} at the wrong height",
                    point.id
                );
            }
            assert!(
                laid.path
                    .iter()
                    .all(|p| scale.plot.expand(0.5).contains(*p)),
                "{name}: curve leaves the scale"
            );
        }
    }
}

#[test]
fn rows_grow_to_fit_their_cards() {
    let mut map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let before = layout(&map, &Metrics::default(), LayoutOptions::default());
    let first = map.cards[0].clone();
    let row = before.cards[0].row;
    for i in 0..5 {
        let mut extra = first.clone();
        extra.id = format!("extra{i}").as_str().into();
        map.cards.push(extra);
    }
    let after = layout(&map, &Metrics::default(), LayoutOptions::default());
    assert!(after.rows[row].body.height() > before.rows[row].body.height() + 300.0);
    assert!(after.bounds.height() > before.bounds.height() + 300.0);
}

#[test]
fn title_and_legend_can_be_left_out() {
    let map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let bare = layout(
        &map,
        &Metrics::default(),
        LayoutOptions {
            title: false,
            legend: false,
            ..LayoutOptions::default()
        },
    );
    assert!(bare.title.is_none() && bare.legend.is_none());
    let full = layout(&map, &Metrics::default(), LayoutOptions::default());
    assert!(full.title.is_some() && full.legend.is_some());
    assert!(full.bounds.height() > bare.bounds.height() + 100.0);
}

#[test]
fn a_wider_phase_has_wider_cards_and_pushes_the_next_columns_right() {
    let mut map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let before = layout(&map, &Metrics::default(), LayoutOptions::default());
    map.phases[1].width = Some(400.0);
    let after = layout(&map, &Metrics::default(), LayoutOptions::default());
    assert!((after.columns[1].body.width() - 400.0).abs() < 0.01);
    let card = map
        .cards
        .iter()
        .find(|c| c.phase == map.phases[1].id)
        .unwrap();
    let width = |l: &MapLayout| {
        l.cards
            .iter()
            .find(|c| c.id == card.id)
            .unwrap()
            .rect
            .width()
    };
    assert!(width(&after) > width(&before) + 100.0);
    let shift = after.columns[2].body.left() - before.columns[2].body.left();
    assert!((shift - (400.0 - before.columns[1].body.width())).abs() < 0.01);
}

#[test]
fn a_folded_lane_is_thin_and_hides_its_cards_and_their_links() {
    let mut map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let lane = map.links[0].to.clone();
    let lane = map.card(&lane).unwrap().lane.clone();
    let index = map.lanes.iter().position(|l| l.id == lane).unwrap();
    map.lanes[index].collapsed = true;
    let laid_out = layout(&map, &Metrics::default(), LayoutOptions::default());
    assert!(laid_out.rows[index].body.height() < 60.0);
    assert!(
        laid_out
            .cards
            .iter()
            .all(|c| map.card(&c.id).unwrap().lane != lane)
    );
    let hidden = map.cards.iter().filter(|c| c.lane == lane).count();
    assert_eq!(
        laid_out.rows[index].caption[0].text,
        format!("folded: {hidden} cards")
    );
    assert!(laid_out.links.len() < map.links.len());
}

#[test]
fn a_drag_preview_is_the_full_layout_with_labels_at_the_middle_of_their_lines() {
    for (name, map, full) in samples() {
        let preview =
            journeymap::layout::layout_preview(&map, &Metrics::default(), LayoutOptions::default());
        assert_eq!(preview.cards, full.cards, "{name}: cards");
        assert_eq!(preview.columns, full.columns, "{name}: columns");
        assert_eq!(preview.rows, full.rows, "{name}: rows");
        assert_eq!(preview.bounds, full.bounds, "{name}: bounds");
        for (quick, placed) in preview.links.iter().zip(&full.links) {
            assert_eq!(quick.path, placed.path, "{name}: {} path", placed.id);
            if let (Some(label), Some(_)) = (&quick.label, &placed.label) {
                let middle = journeymap::layout::point_at_length(
                    &quick.path,
                    journeymap::layout::path_length(&quick.path) / 2.0,
                );
                assert!(
                    label.rect.contains(middle) && label.anchor.is_none(),
                    "{name}: the label of {} sits on the middle of its line",
                    placed.id
                );
            }
        }
        assert_eq!(preview.links.len(), full.links.len(), "{name}: links");
    }
}

#[test]
fn cards_across_puts_a_cell_side_by_side_and_widens_its_phase() {
    let map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let across_options = LayoutOptions {
        cards_across: true,
        ..LayoutOptions::export()
    };
    let down = layout(&map, &Metrics::default(), LayoutOptions::export());
    let across = layout(&map, &Metrics::default(), across_options);
    // A cell of several cards: one under another, or side by side at one height.
    let mut cells: std::collections::HashMap<(usize, usize), Vec<usize>> = Default::default();
    for (index, card) in down.cards.iter().enumerate() {
        cells
            .entry((card.column, card.row))
            .or_default()
            .push(index);
    }
    let (_, fullest) = cells.iter().max_by_key(|(_, cards)| cards.len()).unwrap();
    assert!(fullest.len() >= 2, "the sample has no cell of two cards");
    let tops: Vec<f32> = fullest
        .iter()
        .map(|&i| across.cards[i].rect.top())
        .collect();
    assert!(tops.windows(2).all(|t| t[0] == t[1]), "{tops:?}");
    let rects: Vec<_> = fullest.iter().map(|&i| across.cards[i].rect).collect();
    for pair in rects.windows(2) {
        assert!(pair[0].right() < pair[1].left(), "cards overlap: {pair:?}");
    }
    let column = across.cards[fullest[0]].column;
    assert!(
        across.columns[column]
            .body
            .contains_rect(rects[rects.len() - 1])
    );
    assert!(across.columns[column].body.width() > down.columns[column].body.width() * 1.5);
    // Cards keep their own width and content.
    assert_eq!(
        across.cards[fullest[0]].rect.width(),
        down.cards[fullest[0]].rect.width()
    );
    assert!(across.bounds.height() < down.bounds.height());
}
