//! Routes for links and smooth emotion curves.
//!
//! Links run through the gutters between columns and along the padding between rows, where
//! no card ever is, so they never cross a card; corners are rounded.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use super::{CardLayout, ColumnLayout, LinkLabel, LinkLayout, RowLayout, TextLine};
use crate::model::{CardId, JourneyMap};
use crate::theme::Theme;

/// Routes every link whose two cards are laid out.
pub(super) fn links(
    map: &JourneyMap,
    cards: &[CardLayout],
    columns: &[ColumnLayout],
    rows: &[RowLayout],
    theme: &Theme,
) -> Vec<LinkLayout> {
    let by_id: HashMap<&CardId, &CardLayout> = cards.iter().map(|c| (&c.id, c)).collect();
    // Cards in the same cell, in order, to tell neighbours apart.
    let mut slot: HashMap<&CardId, usize> = HashMap::new();
    let mut count: HashMap<(usize, usize), usize> = HashMap::new();
    for card in cards {
        let n = count.entry((card.column, card.row)).or_default();
        slot.insert(&card.id, *n);
        *n += 1;
    }
    let style = theme.small;
    let obstacles = Obstacles::new(cards, columns, rows);
    let mut placed_labels = LabelGrid::default();
    map.links
        .iter()
        .enumerate()
        .filter_map(|(i, link)| {
            let from = by_id.get(&link.from)?;
            let to = by_id.get(&link.to)?;
            // Spread links that share a gutter so they stay apart.
            let lane_offset = ((i % 5) as f32 - 2.0) * 3.0;
            let corners = route(from, to, &slot, columns, rows, theme, lane_offset);
            let path = rounded_polyline(&corners, 10.0);
            let label = link
                .label
                .as_deref()
                .filter(|l| !l.trim().is_empty())
                .map(|text| {
                    let text = style.fit_line(text, 170.0);
                    let size = vec2(style.width(&text) + 10.0, style.line_height() + 5.0);
                    let (rect, anchor) = place_label(&path, size, &obstacles, &placed_labels);
                    placed_labels.insert(rect);
                    let pos = pos2(
                        rect.left() + 5.0,
                        rect.center().y - style.line_height() / 2.0,
                    );
                    LinkLabel {
                        rect,
                        text: TextLine { text, pos, style },
                        anchor,
                    }
                });
            Some(LinkLayout {
                id: link.id.clone(),
                kind: link.kind,
                quality: link.quality,
                path,
                label,
            })
        })
        .collect()
}

/// Labels placed so far, by square of the map, to find quickly the ones near a path.
#[derive(Default)]
struct LabelGrid {
    squares: HashMap<(i32, i32), Vec<Rect>>,
}

impl LabelGrid {
    const SQUARE: f32 = 256.0;

    fn squares(rect: Rect) -> impl Iterator<Item = (i32, i32)> {
        let cell = |v: f32| (v / Self::SQUARE).floor() as i32;
        let (x0, x1, y0, y1) = (
            cell(rect.left()),
            cell(rect.right()),
            cell(rect.top()),
            cell(rect.bottom()),
        );
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn insert(&mut self, rect: Rect) {
        for square in Self::squares(rect) {
            self.squares.entry(square).or_default().push(rect);
        }
    }

    /// The labels that touch an area, each once.
    fn near(&self, area: Rect) -> Vec<Rect> {
        let mut found: Vec<Rect> = Self::squares(area)
            .filter_map(|square| self.squares.get(&square))
            .flatten()
            .filter(|l| l.intersects(area))
            .copied()
            .collect();
        found.sort_by(|a, b| {
            [a.min.x, a.min.y, a.max.x, a.max.y]
                .iter()
                .zip([b.min.x, b.min.y, b.max.x, b.max.y].iter())
                .map(|(x, y)| x.total_cmp(y))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        found.dedup();
        found
    }
}

/// The cards by cell, to find quickly which cards a box would cover.
struct Obstacles {
    /// Labels stay inside the grid, off the headers.
    grid: Rect,
    column_lefts: Vec<f32>,
    row_tops: Vec<f32>,
    by_cell: HashMap<(usize, usize), Vec<Rect>>,
}

impl Obstacles {
    fn new(cards: &[CardLayout], columns: &[ColumnLayout], rows: &[RowLayout]) -> Self {
        let mut by_cell: HashMap<(usize, usize), Vec<Rect>> = HashMap::new();
        for card in cards {
            by_cell
                .entry((card.column, card.row))
                .or_default()
                .push(card.rect);
        }
        let grid = columns.iter().fold(Rect::NOTHING, |r, c| r.union(c.body));
        Self {
            grid,
            column_lefts: columns.iter().map(|c| c.body.left()).collect(),
            row_tops: rows.iter().map(|r| r.body.top()).collect(),
            by_cell,
        }
    }

    /// How much of `rect` is covered by cards.
    fn covered(&self, rect: Rect) -> f32 {
        let index = |starts: &[f32], v: f32| starts.partition_point(|&s| s <= v).saturating_sub(1);
        let (c0, c1) = (
            index(&self.column_lefts, rect.left()),
            index(&self.column_lefts, rect.right()),
        );
        let (r0, r1) = (
            index(&self.row_tops, rect.top()),
            index(&self.row_tops, rect.bottom()),
        );
        let mut area = 0.0;
        for c in c0..=c1 {
            for r in r0..=r1 {
                for card in self.by_cell.get(&(c, r)).into_iter().flatten() {
                    area += overlap(*card, rect);
                }
            }
        }
        area
    }
}

fn overlap(a: Rect, b: Rect) -> f32 {
    let i = a.intersect(b);
    if i.is_positive() { i.area() } else { 0.0 }
}

/// Puts a label on or beside its path where it covers the least of the cards and the other
/// labels, preferring the middle of the path; a route that crosses the padding between two
/// lanes usually offers a spot on the line that covers nothing.
/// Returns the label's box and, when it had to move off the line, the point of the line it
/// belongs to (the painter joins them with a thin leader).
fn place_label(
    path: &[Pos2],
    size: egui::Vec2,
    obstacles: &Obstacles,
    labels: &LabelGrid,
) -> (Rect, Option<Pos2>) {
    let length = path_length(path);
    let steps = ((length / 8.0) as usize).clamp(1, 60);
    // Only labels within reach of this path can be covered: on a large map, checking
    // every label placed so far made placing labels quadratic.
    let reach = Rect::from_points(path).expand2(size + vec2(0.0, 31.0 * 8.0));
    let labels = labels.near(reach);
    let mut best: Option<(f32, Rect, Pos2, f32)> = None;
    // Nearest offsets first: 0, -8, +8, -16, +16, … up to about three card heights away.
    for nudge in 0..=60 {
        let dy = ((nudge + 1) / 2) as f32 * 8.0 * if nudge % 2 == 0 { 1.0 } else { -1.0 };
        let distance_cost = dy.abs() * 1.5;
        if best.is_some_and(|(s, ..)| s < distance_cost) {
            break;
        }
        for step in 0..=steps {
            let t = step as f32 / steps as f32;
            let on_path = point_at_length(path, t * length);
            let rect = Rect::from_center_size(on_path + vec2(0.0, dy), size);
            let covered = obstacles.covered(rect) * 20.0
                + labels.iter().map(|l| overlap(*l, rect) * 20.0).sum::<f32>()
                + (rect.area() - overlap(rect, obstacles.grid)) * 20.0;
            // Leaving the line costs a little, and so does leaving the middle, so that
            // of equally free places the one nearest the middle of the line wins.
            let score = covered + distance_cost + (t - 0.5).abs() * 60.0;
            if best.is_none_or(|(s, ..)| score < s) {
                best = Some((score, rect, on_path, dy));
            }
        }
    }
    match best {
        Some((_, rect, anchor, dy)) => (rect, (dy.abs() > size.y / 2.0).then_some(anchor)),
        None => (
            Rect::from_center_size(point_at_length(path, length / 2.0), size),
            None,
        ),
    }
}

/// The corners of a link's route, from an edge of `from` to an edge of `to`.
fn route(
    from: &CardLayout,
    to: &CardLayout,
    slot: &HashMap<&CardId, usize>,
    columns: &[ColumnLayout],
    rows: &[RowLayout],
    theme: &Theme,
    offset: f32,
) -> Vec<Pos2> {
    let a = from.rect;
    let b = to.rect;
    let gutter = theme.cell_padding;
    if from.column == to.column {
        let same_cell = from.row == to.row;
        let neighbours = same_cell
            && slot
                .get(&from.id)
                .zip(slot.get(&to.id))
                .is_some_and(|(x, y)| x.abs_diff(*y) == 1);
        if neighbours {
            return if a.center().y < b.center().y {
                vec![a.center_bottom(), b.center_top()]
            } else {
                vec![a.center_top(), b.center_bottom()]
            };
        }
        // Out of the right edge, down or up the gutter, back in from the right.
        let x = columns[from.column].body.right() - gutter + 4.0 + offset.abs();
        let start = pos2(a.right(), a.center().y);
        let end = pos2(b.right(), b.center().y);
        return vec![start, pos2(x, start.y), pos2(x, end.y), end];
    }

    let forward = from.column < to.column;
    let (start, end, exit_x, entry_x) = if forward {
        (
            pos2(a.right(), a.center().y),
            pos2(b.left(), b.center().y),
            columns[from.column].body.right() + offset,
            columns[to.column].body.left() + offset,
        )
    } else {
        (
            pos2(a.left(), a.center().y),
            pos2(b.right(), b.center().y),
            columns[from.column].body.left() + offset,
            columns[to.column].body.right() + offset,
        )
    };
    if forward && to.column == from.column + 1 || !forward && from.column == to.column + 1 {
        return vec![start, pos2(exit_x, start.y), pos2(exit_x, end.y), end];
    }
    // Further away: along the boundary between rows nearest the target, which no card
    // touches, so the route passes the columns in between without crossing their cards.
    let row = &rows[to.row].body;
    let boundary = if from.row < to.row || (from.row == to.row && a.center().y < row.center().y) {
        row.top()
    } else {
        row.bottom()
    };
    let y = boundary + offset;
    vec![
        start,
        pos2(exit_x, start.y),
        pos2(exit_x, y),
        pos2(entry_x, y),
        pos2(entry_x, end.y),
        end,
    ]
}

/// A polyline with its inner corners rounded off by quadratic arcs.
pub fn rounded_polyline(corners: &[Pos2], radius: f32) -> Vec<Pos2> {
    if corners.len() < 3 {
        return corners.to_vec();
    }
    let mut out = vec![corners[0]];
    for window in corners.windows(3) {
        let (p0, p1, p2) = (window[0], window[1], window[2]);
        let r = radius.min(p0.distance(p1) / 2.0).min(p1.distance(p2) / 2.0);
        if r < 0.5 {
            out.push(p1);
            continue;
        }
        let enter = p1 + (p0 - p1).normalized() * r;
        let leave = p1 + (p2 - p1).normalized() * r;
        for step in 0..=6 {
            let t = step as f32 / 6.0;
            let u = 1.0 - t;
            out.push(pos2(
                u * u * enter.x + 2.0 * u * t * p1.x + t * t * leave.x,
                u * u * enter.y + 2.0 * u * t * p1.y + t * t * leave.y,
            ));
        }
    }
    out.push(corners[corners.len() - 1]);
    out.dedup_by(|a, b| a.distance(*b) < 0.01);
    out
}

/// The length of a polyline.
pub fn path_length(path: &[Pos2]) -> f32 {
    path.windows(2).map(|w| w[0].distance(w[1])).sum()
}

/// The point at a distance along a polyline.
pub fn point_at_length(path: &[Pos2], mut length: f32) -> Pos2 {
    for w in path.windows(2) {
        let segment = w[0].distance(w[1]);
        if length <= segment && segment > 0.0 {
            return w[0] + (w[1] - w[0]) * (length / segment);
        }
        length -= segment;
    }
    path.last().copied().unwrap_or(Pos2::ZERO)
}

/// A smooth line through points sorted by x that never overshoots them (monotone cubic
/// interpolation), so a curve between two -2 points never dips below the scale.
pub(super) fn monotone_curve(points: &[Pos2], steps: usize) -> Vec<Pos2> {
    let n = points.len();
    if n < 3 {
        return points.to_vec();
    }
    let dx: Vec<f32> = points
        .windows(2)
        .map(|w| (w[1].x - w[0].x).max(1e-3))
        .collect();
    let slope: Vec<f32> = points
        .windows(2)
        .zip(&dx)
        .map(|(w, dx)| (w[1].y - w[0].y) / dx)
        .collect();
    let mut tangent = vec![0.0f32; n];
    tangent[0] = slope[0];
    tangent[n - 1] = slope[n - 2];
    for i in 1..n - 1 {
        tangent[i] = if slope[i - 1] * slope[i] <= 0.0 {
            0.0
        } else {
            let (w1, w2) = (2.0 * dx[i] + dx[i - 1], dx[i] + 2.0 * dx[i - 1]);
            (w1 + w2) / (w1 / slope[i - 1] + w2 / slope[i])
        };
    }
    let mut out = Vec::with_capacity((n - 1) * steps + 1);
    for i in 0..n - 1 {
        let (p0, p1, h) = (points[i], points[i + 1], dx[i]);
        for step in 0..steps {
            let t = step as f32 / steps as f32;
            let (t2, t3) = (t * t, t * t * t);
            let y = (2.0 * t3 - 3.0 * t2 + 1.0) * p0.y
                + (t3 - 2.0 * t2 + t) * h * tangent[i]
                + (-2.0 * t3 + 3.0 * t2) * p1.y
                + (t3 - t2) * h * tangent[i + 1];
            out.push(pos2(p0.x + t * h, y));
        }
    }
    out.push(points[n - 1]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_monotone_curve_stays_between_its_points() {
        let points = [
            pos2(0.0, 100.0),
            pos2(50.0, 0.0),
            pos2(100.0, 0.0),
            pos2(150.0, 100.0),
        ];
        let curve = monotone_curve(&points, 10);
        assert!(
            curve.iter().all(|p| (0.0..=100.0).contains(&p.y)),
            "{curve:?}"
        );
        assert_eq!(curve.first(), Some(&points[0]));
        assert_eq!(curve.last(), Some(&points[3]));
    }

    #[test]
    fn rounded_corners_keep_both_ends() {
        let corners = [pos2(0.0, 0.0), pos2(50.0, 0.0), pos2(50.0, 50.0)];
        let path = rounded_polyline(&corners, 10.0);
        assert_eq!(path.first(), Some(&corners[0]));
        assert_eq!(path.last(), Some(&corners[2]));
        assert!(path.len() > 3);
        assert!((path_length(&path) - 100.0).abs() < 5.0);
    }
}
