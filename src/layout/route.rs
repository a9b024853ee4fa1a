//! Routes for links and smooth emotion curves.
//!
//! Links run through the gutters between columns and along the padding between rows, where
//! no card ever is, so they never cross a card; corners are rounded.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2, vec2};

use super::{CardLayout, ColumnLayout, LinkLabel, LinkLayout, RowLayout};
use crate::model::{CardId, JourneyMap};
use crate::theme::Metrics;

/// Routes every link whose two cards are laid out.
pub(super) fn links(
    map: &JourneyMap,
    cards: &[CardLayout],
    columns: &[ColumnLayout],
    rows: &[RowLayout],
    metrics: &Metrics,
    labels: super::Labels,
    options: super::LayoutOptions,
) -> Vec<LinkLayout> {
    // Each card with its place in its cell, to tell neighbours apart.
    let rows_count = rows.len();
    let mut count = vec![0usize; columns.len() * rows_count];
    let by_id: HashMap<&CardId, (&CardLayout, usize)> = cards
        .iter()
        .map(|card| {
            let n = &mut count[card.column * rows_count + card.row];
            *n += 1;
            (&card.id, (card, *n - 1))
        })
        .collect();
    let style = metrics.small;
    // Only a search for free spots needs to know what covers what.
    let mut search = (labels == super::Labels::Placed).then(|| {
        let obstacles = Obstacles::new(cards, columns);
        let placed = Boxes::new(obstacles.grid);
        (obstacles, placed)
    });
    map.links
        .iter()
        .enumerate()
        .filter_map(|(i, link)| {
            let &from = by_id.get(&link.from)?;
            let &to = by_id.get(&link.to)?;
            // Spread links that share a gutter so they stay apart.
            let lane_offset = ((i % 5) as f32 - 2.0) * 3.0;
            let corners = route(from, to, columns, rows, metrics, lane_offset);
            let path = rounded_polyline(&corners, 10.0);
            let label = link
                .label
                .as_deref()
                .filter(|l| !l.trim().is_empty())
                .map(|text| {
                    let lines = label_lines(text, style, options);
                    let line_spacing = super::line_spacing(style);
                    let widest = lines.iter().map(|l| style.width(l)).fold(0.0, f32::max);
                    let block =
                        lines.len().saturating_sub(1) as f32 * line_spacing + style.line_height();
                    let size = vec2(widest + 10.0, block + 5.0);
                    let (rect, anchor) = match &mut search {
                        Some((obstacles, placed)) => {
                            let spot = place_label(&path, size, obstacles, placed);
                            placed.insert(spot.0);
                            spot
                        }
                        None => {
                            let middle = point_at_length(&path, path_length(&path) / 2.0);
                            (Rect::from_center_size(middle, size), None)
                        }
                    };
                    LinkLabel {
                        rect,
                        lines: super::centred_lines(
                            lines,
                            style,
                            rect.center(),
                            block,
                            line_spacing,
                        ),
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

/// The widest a link label is: wider, it would hide the lines it labels.
const LABEL_WIDTH: f32 = 170.0;

/// A link label's lines: one, elided, on the canvas; in full text as many as it takes, of
/// even widths, so that a long label is a compact block rather than a long line with a
/// word under it.
fn label_lines(
    text: &str,
    style: crate::text::TextStyle,
    options: super::LayoutOptions,
) -> Vec<String> {
    if options.full_text {
        style.wrap_balanced(text, LABEL_WIDTH, super::MAX_FULL_TEXT_LINES)
    } else {
        vec![style.fit_line(text, LABEL_WIDTH)]
    }
}

/// Rectangles by square of the map, to tell quickly how much of a box they cover however
/// many there are. A rectangle is listed in every square it touches and counted only in
/// the square where its overlap with the box starts, so it counts once.
struct Boxes {
    origin: Pos2,
    square: f32,
    columns: usize,
    rows: usize,
    /// Each rectangle with the first square it touches.
    squares: Vec<Vec<(Rect, (usize, usize))>>,
}

impl Boxes {
    /// The most squares a grid has, however large the map: a quarter of a million empty
    /// lists are a few megabytes.
    const MAX_SQUARES: f32 = 262_144.0;

    /// An empty grid over `area`; rectangles outside it land in its edge squares.
    fn new(area: Rect) -> Self {
        let area = if area.is_positive() {
            area
        } else {
            Rect::from_min_size(Pos2::ZERO, vec2(1.0, 1.0))
        };
        let square = (area.area() / Self::MAX_SQUARES).sqrt().max(64.0);
        let columns = ((area.width() / square).ceil() as usize).max(1);
        let rows = ((area.height() / square).ceil() as usize).max(1);
        Self {
            origin: area.min,
            square,
            columns,
            rows,
            squares: vec![Vec::new(); columns * rows],
        }
    }

    /// The square column and row of a point, clamped into the grid.
    fn square_of(&self, p: Pos2) -> (usize, usize) {
        // `as usize` rounds down what `max` made positive, saturates, and turns NaN into 0.
        let index = |v: f32, origin: f32, count: usize| {
            (((v - origin) / self.square).max(0.0) as usize).min(count - 1)
        };
        (
            index(p.x, self.origin.x, self.columns),
            index(p.y, self.origin.y, self.rows),
        )
    }

    fn squares(&self, rect: Rect) -> impl Iterator<Item = (usize, usize)> + use<> {
        let ((x0, y0), (x1, y1)) = (self.square_of(rect.min), self.square_of(rect.max));
        (y0..=y1).flat_map(move |y| (x0..=x1).map(move |x| (x, y)))
    }

    fn insert(&mut self, rect: Rect) {
        let first = self.square_of(rect.min);
        for (x, y) in self.squares(rect) {
            self.squares[y * self.columns + x].push((rect, first));
        }
    }

    /// The area of `rect` the rectangles cover, each counted once, times `weight`. Adding
    /// stops once the sum reaches `enough` (the caller only needs to know it is that much).
    /// `work` counts the squares and rectangles looked at; past `budget` the answer is
    /// unknown (`None`).
    fn covered(
        &self,
        rect: Rect,
        weight: f32,
        enough: f32,
        work: &mut usize,
        budget: usize,
    ) -> Option<f32> {
        let (x0, y0) = self.square_of(rect.min);
        let (x1, y1) = self.square_of(rect.max);
        let mut sum = 0.0;
        // Plain loops over the squares, row by row as `squares` lists them: this is the
        // innermost loop of placing labels, run thousands of times per label.
        for y in y0..=y1 {
            let row = &self.squares[y * self.columns + x0..=y * self.columns + x1];
            for (listed, x) in row.iter().zip(x0..) {
                *work += 1 + listed.len();
                if *work > budget {
                    return None;
                }
                for &(other, (ox, oy)) in listed {
                    // The overlap starts in the later of the two first squares: count it there.
                    if x0.max(ox) != x || y0.max(oy) != y {
                        continue;
                    }
                    let both = other.intersect(rect);
                    if !both.is_positive() {
                        continue;
                    }
                    sum += both.area() * weight;
                    if sum >= enough {
                        return Some(sum);
                    }
                }
            }
        }
        Some(sum)
    }
}

/// The cards, to find quickly which cards a box would cover.
struct Obstacles {
    /// Labels stay inside the grid, off the headers.
    grid: Rect,
    cards: Boxes,
}

impl Obstacles {
    fn new(cards: &[CardLayout], columns: &[ColumnLayout]) -> Self {
        let grid = columns.iter().fold(Rect::NOTHING, |r, c| r.union(c.body));
        let mut boxes = Boxes::new(grid);
        for card in cards {
            boxes.insert(card.rect);
        }
        Self { grid, cards: boxes }
    }
}

fn overlap(a: Rect, b: Rect) -> f32 {
    let i = a.intersect(b);
    if i.is_positive() { i.area() } else { 0.0 }
}

/// How much looking one label may do (squares and rectangles looked at). A free spot is
/// usually found long before; where thousands of labels pile up in one cell, the best spot
/// found so far is taken, so that placing labels stays linear in their number.
const WORK_PER_LABEL: usize = 25_000;

/// Puts a label on or beside its path where it covers the least of the cards and the other
/// labels, preferring the middle of the path; a route that crosses the padding between two
/// lanes usually offers a spot on the line that covers nothing.
/// Returns the label's box and, when it had to move off the line, the point of the line it
/// belongs to (the painter joins them with a thin leader).
fn place_label(
    path: &[Pos2],
    size: egui::Vec2,
    obstacles: &Obstacles,
    labels: &Boxes,
) -> (Rect, Option<Pos2>) {
    const COVER_COST: f32 = 20.0;
    let segments: Vec<f32> = path.windows(2).map(|w| w[0].distance(w[1])).collect();
    let length: f32 = segments.iter().sum();
    let steps = ((length / 8.0) as usize).clamp(1, 60);
    let along: Vec<(f32, Pos2)> = (0..=steps)
        .map(|step| {
            let t = step as f32 / steps as f32;
            (t, point_along(path, segments.iter().copied(), t * length))
        })
        .collect();
    let mut best: Option<(f32, Rect, Pos2, f32)> = None;
    let mut work = 0;
    // Nearest offsets first: 0, -8, +8, -16, +16, … up to about three card heights away.
    'search: for nudge in 0..=60 {
        let dy = ((nudge + 1) / 2) as f32 * 8.0 * if nudge % 2 == 0 { 1.0 } else { -1.0 };
        let distance_cost = dy.abs() * 1.5;
        if best.is_some_and(|(s, ..)| s < distance_cost) {
            break;
        }
        for &(t, on_path) in &along {
            let rect = Rect::from_center_size(on_path + vec2(0.0, dy), size);
            // Leaving the line costs a little, and so does leaving the middle, so that
            // of equally free places the one nearest the middle of the line wins.
            let fixed = (rect.area() - overlap(rect, obstacles.grid)) * COVER_COST
                + distance_cost
                + (t - 0.5).abs() * 60.0;
            let enough = best.map_or(f32::INFINITY, |(s, ..)| s - fixed);
            let budget = WORK_PER_LABEL;
            let Some(cards) = obstacles
                .cards
                .covered(rect, COVER_COST, enough, &mut work, budget)
            else {
                break 'search;
            };
            if cards >= enough {
                continue;
            }
            let Some(others) = labels.covered(rect, COVER_COST, enough - cards, &mut work, budget)
            else {
                break 'search;
            };
            let score = cards + others + fixed;
            if best.is_none_or(|(s, ..)| score < s) {
                best = Some((score, rect, on_path, dy));
            }
        }
    }
    #[cfg(test)]
    tests::WORK.with(|w| w.set(w.get() + work));
    match best {
        Some((_, rect, anchor, dy)) => (rect, (dy.abs() > size.y / 2.0).then_some(anchor)),
        None => (
            Rect::from_center_size(point_at_length(path, length / 2.0), size),
            None,
        ),
    }
}

/// The corners of a link's route, from an edge of `from` to an edge of `to`, each given
/// with its place in its cell.
fn route(
    (from, from_slot): (&CardLayout, usize),
    (to, to_slot): (&CardLayout, usize),
    columns: &[ColumnLayout],
    rows: &[RowLayout],
    metrics: &Metrics,
    offset: f32,
) -> Vec<Pos2> {
    let a = from.rect;
    let b = to.rect;
    let gutter = metrics.cell_padding;
    if from.column == to.column {
        let same_cell = from.row == to.row;
        let neighbours = same_cell && from_slot.abs_diff(to_slot) == 1;
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
pub fn point_at_length(path: &[Pos2], length: f32) -> Pos2 {
    point_along(path, path.windows(2).map(|w| w[0].distance(w[1])), length)
}

/// The point at a distance along a polyline whose segment lengths are known, so that a
/// caller asking for many points measures the path once.
fn point_along(path: &[Pos2], segments: impl Iterator<Item = f32>, mut length: f32) -> Pos2 {
    for (w, segment) in path.windows(2).zip(segments) {
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
    use crate::model::{Card, Link, LinkId, LinkKind};

    thread_local! {
        /// How much looking placing labels did on this thread.
        pub(super) static WORK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    #[test]
    fn a_box_over_many_squares_counts_once() {
        let mut boxes = Boxes::new(Rect::from_min_size(Pos2::ZERO, vec2(2_000.0, 2_000.0)));
        let wide = Rect::from_min_size(pos2(10.0, 10.0), vec2(700.0, 300.0));
        boxes.insert(wide);
        let mut work = 0;
        let query = Rect::from_min_size(pos2(0.0, 0.0), vec2(1_000.0, 1_000.0));
        assert_eq!(
            boxes.covered(query, 1.0, f32::INFINITY, &mut work, usize::MAX),
            Some(wide.area())
        );
        let half = Rect::from_min_size(pos2(360.0, 0.0), vec2(1_000.0, 1_000.0));
        assert_eq!(
            boxes.covered(half, 2.0, f32::INFINITY, &mut work, usize::MAX),
            Some(2.0 * 350.0 * 300.0)
        );
        // Outside the grid, boxes land in its edge squares and still count.
        let outside = Rect::from_min_size(pos2(-500.0, 2_100.0), vec2(100.0, 50.0));
        boxes.insert(outside);
        assert_eq!(
            boxes.covered(
                outside.expand(10.0),
                1.0,
                f32::INFINITY,
                &mut work,
                usize::MAX
            ),
            Some(outside.area())
        );
    }

    #[test]
    fn a_thousand_labelled_links_in_one_cell_are_placed_in_bounded_time() {
        let mut map = crate::generate::generate(crate::generate::Settings::for_cards(20));
        map.links.clear();
        let (phase, lane) = (map.phases[0].id.clone(), map.lanes[0].id.clone());
        let ids: Vec<CardId> = (0..50).map(|i| CardId(format!("cell{i}"))).collect();
        for id in &ids {
            map.cards
                .push(Card::new(id.clone(), phase.clone(), lane.clone(), "Stap"));
        }
        for i in 0..1_000 {
            map.links.push(Link {
                id: LinkId(format!("cell-link{i}")),
                from: ids[i % 50].clone(),
                to: ids[(i / 50 + 1 + i % 50) % 50].clone(),
                kind: LinkKind::NextStep,
                label: Some(format!("overstap {i}")),
                quality: None,
            });
        }
        WORK.with(|w| w.set(0));
        let laid = crate::layout::layout(&map, &Metrics::default(), Default::default());
        let work = WORK.with(std::cell::Cell::get);
        assert_eq!(
            laid.links.iter().filter(|l| l.label.is_some()).count(),
            1_000
        );
        // Each label looks at most about its budget; comparing every label with every
        // other, as before, was hundreds of times more.
        assert!(work < 1_000 * (WORK_PER_LABEL + 1_000), "{work}");
    }

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
