//! The map's appearance: one function that turns a laid-out map into shapes.
//!
//! [`paint`] is the only place that decides how a map looks. The canvas draws its shapes
//! with egui ([`egui_backend`]), the exporter writes the same shapes as SVG ([`svg`]) and
//! rasterises that SVG for PNG. Selection and hover are not shapes of the map: the editor
//! draws them in a separate overlay, so they never reach an export.

pub mod egui_backend;
pub mod icons;
pub mod svg;

use std::sync::Arc;

use egui::{Color32, Pos2, Rect, pos2, vec2};

use crate::layout::{Badge, LegendSwatch, MapLayout, TextLine};
use crate::model::{HandoffQuality, LinkKind, MediaType, PictureId};
use crate::text::TextStyle;
use crate::theme::{Palette, Theme};

pub use icons::{badge_icon, channel_icon};

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    /// A continuous line.
    Solid,
    /// Long dashes: survives black-and-white printing.
    Dashed,
    /// Round dots.
    Dotted,
}

/// The outline of a shape or a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Width in map units.
    pub width: f32,
    /// Colour.
    pub color: Color32,
    /// Solid, dashed or dotted.
    pub dash: Dash,
}

impl Stroke {
    /// The dash and gap lengths of a dashed line, and the gap between the dots of a dotted
    /// one: the one pattern the canvas and every exporter draw.
    pub fn dash_lengths(&self) -> (f32, f32) {
        (self.width * 3.0, self.width * 2.2)
    }

    /// A solid line.
    pub const fn solid(width: f32, color: Color32) -> Self {
        Self {
            width,
            color,
            dash: Dash::Solid,
        }
    }
}

/// One drawing primitive in map space.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle, with rounded corners when `radius` > 0.
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radius.
        radius: f32,
        /// Fill; transparent for none.
        fill: Color32,
        /// Outline, drawn inside the rectangle.
        stroke: Option<Stroke>,
    },
    /// A circle.
    Circle {
        /// Centre.
        center: Pos2,
        /// Radius.
        radius: f32,
        /// Fill; transparent for none.
        fill: Color32,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// An open polyline.
    Line {
        /// The points, in order.
        points: Vec<Pos2>,
        /// How it is drawn.
        stroke: Stroke,
    },
    /// A closed polygon that is star-shaped around its centroid (triangles, diamonds,
    /// stars, arrowheads).
    Polygon {
        /// The corners, in order.
        points: Vec<Pos2>,
        /// Fill.
        fill: Color32,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A picture of the map's, stretched over `rect` (the layout gives `rect` the
    /// picture's proportions). The encoded bytes travel with the shape, so every backend
    /// can draw it without the map; the canvas draws the texture it keeps for `picture`.
    Image {
        /// Where.
        rect: Rect,
        /// Which picture.
        picture: PictureId,
        /// How `data` is encoded.
        media_type: MediaType,
        /// The encoded picture.
        data: Arc<[u8]>,
    },
    /// One line of text, placed by its top-left corner.
    Text {
        /// Top-left corner.
        pos: Pos2,
        /// The text.
        text: String,
        /// Size and weight.
        style: TextStyle,
        /// Colour.
        color: Color32,
        /// The text's width, measured once when the shape is made: culling asks for every
        /// shape's bounds in every frame.
        width: f32,
    },
}

impl Shape {
    fn text(line: &TextLine, color: Color32) -> Shape {
        Shape::Text {
            pos: line.pos,
            text: line.text.clone(),
            style: line.style,
            color,
            width: line.style.width(&line.text),
        }
    }

    /// A box around everything the shape covers.
    pub fn bounds(&self) -> Rect {
        match self {
            Shape::Rect { rect, .. } | Shape::Image { rect, .. } => *rect,
            Shape::Circle { center, radius, .. } => {
                Rect::from_center_size(*center, egui::Vec2::splat(radius * 2.0))
            }
            Shape::Line { points, .. } | Shape::Polygon { points, .. } => Rect::from_points(points),
            Shape::Text {
                pos, style, width, ..
            } => Rect::from_min_size(*pos, vec2(*width, style.line_height())),
        }
    }
}

/// How a link is stroked: channel switches by quality, broken ones dashed; influence
/// dotted; next steps solid.
pub fn link_stroke(palette: &Palette, kind: LinkKind, quality: Option<HandoffQuality>) -> Stroke {
    let dash = match (kind, quality) {
        (LinkKind::ChannelSwitch, Some(HandoffQuality::Broken)) => Dash::Dashed,
        (LinkKind::Influence, _) => Dash::Dotted,
        _ => Dash::Solid,
    };
    let width = if kind == LinkKind::ChannelSwitch {
        2.4
    } else {
        1.8
    };
    Stroke {
        width,
        color: palette.link_color(kind, quality),
        dash,
    }
}

/// An arrowhead whose tip is at the end of a path.
fn arrowhead(path: &[Pos2], color: Color32, size: f32) -> Option<Shape> {
    let tip = *path.last()?;
    let before = path.iter().rev().find(|p| p.distance(tip) > 0.5)?;
    let direction = (tip - *before).normalized();
    let normal = direction.rot90();
    let base = tip - direction * size;
    Some(Shape::Polygon {
        points: vec![tip, base + normal * size * 0.5, base - normal * size * 0.5],
        fill: color,
        stroke: None,
    })
}

/// Shortens a path at its end so a line stops where an arrowhead begins.
fn trim_end(path: &[Pos2], by: f32) -> Vec<Pos2> {
    let mut out = path.to_vec();
    let mut left = by;
    while out.len() >= 2 && left > 0.0 {
        let n = out.len();
        let segment = out[n - 2].distance(out[n - 1]);
        if segment > left {
            let direction = (out[n - 1] - out[n - 2]).normalized();
            out[n - 1] -= direction * left;
            break;
        }
        left -= segment;
        out.pop();
    }
    out
}

/// What a run of painted shapes is of: an exporter that keeps objects (PowerPoint) groups
/// a card's shapes and tells a link from any other line by it. Indices are into the
/// layout's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The title block.
    Title,
    /// A phase-group band.
    Group(usize),
    /// A lane's tint and header.
    Row(usize),
    /// The lines between lanes and between phases.
    Grid,
    /// A phase's header.
    Column(usize),
    /// A service-blueprint line and its name (an index into the layout's
    /// `blueprint_lines`).
    BlueprintLine(usize),
    /// The leader from a link to its label, when the label had to move off the link.
    LabelLeader(usize),
    /// A card with everything on it.
    Card(usize),
    /// The emotion scale: its lines, numbers and faces.
    EmotionScale,
    /// A persona's emotion curve.
    Curve(usize),
    /// The faces on a persona's curve.
    Faces(usize),
    /// A link's line and arrowhead.
    Link(usize),
    /// A link's label.
    LinkLabel(usize),
    /// The legend.
    Legend,
    /// Open comments, drawn only in an export that asks for them: markers and their list.
    Comments,
}

/// A painted map: its shapes in drawing order, and which part of the map each run of them
/// draws.
#[derive(Clone, Debug, Default)]
pub struct Painted {
    /// Every shape, in drawing order.
    pub shapes: Vec<Shape>,
    /// Runs of `shapes`, in order, each of one part of the map.
    pub parts: Vec<(Part, std::ops::Range<usize>)>,
}

impl Painted {
    /// Paints one part with `draw`, remembering which shapes are its.
    fn part(&mut self, part: Part, draw: impl FnOnce(&mut Vec<Shape>)) {
        let start = self.shapes.len();
        draw(&mut self.shapes);
        if self.shapes.len() > start {
            self.parts.push((part, start..self.shapes.len()));
        }
    }
}

/// Draws a laid-out map: the one appearance of a map, for the canvas and every export.
pub fn paint(layout: &MapLayout, theme: &Theme) -> Vec<Shape> {
    paint_parts(layout, theme).shapes
}

/// [`paint`], with the part of the map each shape draws.
pub fn paint_parts(layout: &MapLayout, theme: &Theme) -> Painted {
    let mut painted = Painted::default();
    paint_frame(layout, theme, &mut painted);
    for (index, line) in layout.blueprint_lines.iter().enumerate() {
        painted.part(Part::BlueprintLine(index), |shapes| {
            paint_blueprint_line(line, theme, shapes)
        });
    }
    for (index, link) in layout.links.iter().enumerate() {
        painted.part(Part::LabelLeader(index), |shapes| {
            paint_label_leader(link, theme, shapes)
        });
    }
    for (index, card) in layout.cards.iter().enumerate() {
        painted.part(Part::Card(index), |shapes| paint_card(card, theme, shapes));
    }
    paint_curves(layout, theme, &mut painted);
    paint_links(layout, theme, &mut painted);
    if let Some(legend) = &layout.legend {
        painted.part(Part::Legend, |shapes| paint_legend(legend, theme, shapes));
    }
    painted
}

/// The title, group bands, phase headers, lane headers and lane tints.
fn paint_frame(layout: &MapLayout, theme: &Theme, painted: &mut Painted) {
    if let Some(title) = &layout.title {
        painted.part(Part::Title, |shapes| paint_title(title, theme, shapes));
    }
    for (index, group) in layout.groups.iter().enumerate() {
        painted.part(Part::Group(index), |shapes| {
            shapes.push(Shape::Rect {
                rect: group.rect,
                radius: 5.0,
                fill: tint(group.color, 0.16),
                stroke: None,
            });
            for line in &group.name {
                shapes.push(Shape::text(line, darken(group.color, 0.35)));
            }
        });
    }
    for (index, row) in layout.rows.iter().enumerate() {
        painted.part(Part::Row(index), |shapes| {
            let (lane_tint, _) = theme.palette.lane_colors(row.kind);
            shapes.push(Shape::Rect {
                rect: row.body,
                radius: 0.0,
                fill: lane_tint,
                stroke: None,
            });
            paint_lane_header(row, theme, shapes);
        });
    }
    painted.part(Part::Grid, |shapes| paint_grid(layout, theme, shapes));
    for (index, column) in layout.columns.iter().enumerate() {
        painted.part(Part::Column(index), |shapes| {
            paint_phase_header(column, theme, shapes)
        });
    }
}

fn paint_title(title: &crate::layout::TitleBlock, theme: &Theme, shapes: &mut Vec<Shape>) {
    for line in &title.title {
        shapes.push(Shape::text(line, theme.palette.text));
    }
    let (chip, line) = &title.state_chip;
    shapes.push(Shape::Rect {
        rect: *chip,
        radius: chip.height() / 2.0,
        fill: Color32::from_rgb(0xee, 0xf0, 0xf3),
        stroke: None,
    });
    shapes.push(Shape::text(line, theme.palette.muted_text));
    for line in &title.description {
        shapes.push(Shape::text(line, theme.palette.muted_text));
    }
}

/// The lines between lanes and between phases, and the outline around them.
fn paint_grid(layout: &MapLayout, theme: &Theme, shapes: &mut Vec<Shape>) {
    let grid = layout
        .rows
        .first()
        .zip(layout.rows.last())
        .map(|(first, last)| {
            Rect::from_min_max(
                first.header.min,
                pos2(first.body.right(), last.body.bottom()),
            )
        });
    if let Some(grid) = grid {
        let line = Stroke::solid(1.0, theme.palette.line);
        for row in &layout.rows[1..] {
            shapes.push(Shape::Line {
                points: vec![
                    pos2(grid.left(), row.header.top()),
                    pos2(grid.right(), row.header.top()),
                ],
                stroke: line,
            });
        }
        for column in &layout.columns {
            shapes.push(Shape::Line {
                points: vec![column.body.left_top(), column.body.left_bottom()],
                stroke: line,
            });
        }
        shapes.push(Shape::Rect {
            rect: grid,
            radius: 0.0,
            fill: Color32::TRANSPARENT,
            stroke: Some(line),
        });
    }
}

/// A service-blueprint line: dashed and darker than the grid, so it reads as a boundary
/// across the map even in black and white, with its name on a chip at its left end. The
/// editor draws its left end again beside lane headers that stay in view.
pub fn paint_blueprint_line(
    line: &crate::layout::BlueprintLineLayout,
    theme: &Theme,
    shapes: &mut Vec<Shape>,
) {
    let color = theme.palette.blueprint_line;
    shapes.push(Shape::Line {
        points: vec![line.ends.0, line.ends.1],
        stroke: Stroke {
            width: 1.6,
            color,
            dash: Dash::Dashed,
        },
    });
    shapes.push(Shape::Rect {
        rect: line.label_rect,
        radius: line.label_rect.height() / 2.0,
        fill: theme.palette.background,
        stroke: Some(Stroke::solid(1.0, color)),
    });
    shapes.push(Shape::text(&line.label, color));
}

/// A lane's header: its tint, accent bar, icon, name and caption. The editor draws it
/// again where it stays in view.
pub fn paint_lane_header(row: &crate::layout::RowLayout, theme: &Theme, shapes: &mut Vec<Shape>) {
    let (lane_tint, accent) = theme.palette.lane_colors(row.kind);
    shapes.push(Shape::Rect {
        rect: row.header,
        radius: 0.0,
        fill: lane_tint,
        stroke: None,
    });
    shapes.push(Shape::Rect {
        rect: Rect::from_min_size(row.header.min, vec2(4.0, row.header.height())),
        radius: 0.0,
        fill: accent,
        stroke: None,
    });
    let icon = Rect::from_min_size(row.header.min + vec2(14.0, 13.0), egui::Vec2::splat(18.0));
    icons::lane_icon(row.kind, icon, accent, shapes);
    for line in &row.name {
        shapes.push(Shape::text(line, theme.palette.text));
    }
    for line in &row.caption {
        shapes.push(Shape::text(line, accent));
    }
}

/// A phase's header: its coloured block and name. The editor draws it again where it
/// stays in view.
pub fn paint_phase_header(
    column: &crate::layout::ColumnLayout,
    theme: &Theme,
    shapes: &mut Vec<Shape>,
) {
    shapes.push(Shape::Rect {
        rect: column.header,
        radius: 6.0,
        fill: column.color,
        stroke: None,
    });
    let text_color = if luminance(column.color) > 0.6 {
        theme.palette.text
    } else {
        Color32::WHITE
    };
    for line in &column.name {
        shapes.push(Shape::text(line, text_color));
    }
}

/// The colour of a moment badge.
fn badge_color(palette: &Palette, badge: Badge) -> Color32 {
    match badge {
        Badge::Decision => palette.decision_badge,
        Badge::Wow => palette.wow_badge,
        Badge::Pain => palette.pain_badge,
    }
}

fn paint_card(card: &crate::layout::CardLayout, theme: &Theme, shapes: &mut Vec<Shape>) {
    let (_, accent) = theme.palette.lane_colors(card.lane_kind);
    // A soft shadow, then the card, then its accent bar.
    shapes.push(Shape::Rect {
        rect: card.rect.translate(vec2(0.0, 1.5)),
        radius: theme.metrics.card_radius,
        fill: Color32::from_black_alpha(16),
        stroke: None,
    });
    shapes.push(Shape::Rect {
        rect: card.rect,
        radius: theme.metrics.card_radius,
        fill: theme.palette.card_fill,
        stroke: Some(Stroke::solid(1.0, theme.palette.line)),
    });
    shapes.push(Shape::Rect {
        rect: Rect::from_min_size(
            card.rect.min + vec2(0.0, 0.0),
            vec2(4.0, card.rect.height()),
        )
        .shrink2(vec2(0.0, theme.metrics.card_radius * 0.6))
        .translate(vec2(1.0, 0.0)),
        radius: 1.5,
        fill: accent,
        stroke: None,
    });
    if let Some((channel, icon, lines)) = &card.channel {
        channel_icon(*channel, *icon, accent, shapes);
        for line in lines {
            shapes.push(Shape::text(line, accent));
        }
    }
    for (badge, rect) in &card.badges {
        badge_icon(*badge, *rect, badge_color(&theme.palette, *badge), shapes);
    }
    for line in &card.title {
        shapes.push(Shape::text(line, theme.palette.text));
    }
    if let Some(picture) = &card.picture {
        paint_picture(picture, theme, shapes);
    }
    for line in &card.body {
        shapes.push(Shape::text(line, theme.palette.muted_text));
    }
    if let Some((icon, lines)) = &card.owner {
        icons::person(*icon, theme.palette.muted_text, shapes);
        for line in lines {
            shapes.push(Shape::text(line, theme.palette.muted_text));
        }
    }
}

/// A card's picture in its frame; an empty frame with a picture sign when the map has no
/// readable picture for it.
fn paint_picture(picture: &crate::layout::PlacedPicture, theme: &Theme, shapes: &mut Vec<Shape>) {
    shapes.push(Shape::Rect {
        rect: picture.frame,
        radius: 2.0,
        fill: theme.palette.picture_frame,
        stroke: None,
    });
    match &picture.data {
        Some((media_type, data)) => shapes.push(Shape::Image {
            rect: picture.rect,
            picture: picture.id.clone(),
            media_type: *media_type,
            data: Arc::clone(data),
        }),
        None => {
            let side = picture.frame.height().min(picture.frame.width()).min(40.0) * 0.6;
            let sign = Rect::from_center_size(picture.frame.center(), vec2(side, side));
            icons::picture(sign, theme.palette.muted_text, shapes);
        }
    }
}

/// The thin line from a link to a label that had to move off it. It lies under the cards,
/// so it shows only in the free space between them.
fn paint_label_leader(link: &crate::layout::LinkLayout, theme: &Theme, shapes: &mut Vec<Shape>) {
    let Some(label) = &link.label else { return };
    let Some(anchor) = label.anchor else { return };
    let color = theme.palette.link_color(link.kind, link.quality);
    let rect = label.rect;
    let end = pos2(
        anchor.x.clamp(rect.left(), rect.right()),
        anchor.y.clamp(rect.top(), rect.bottom()),
    );
    shapes.push(Shape::Line {
        points: vec![anchor, end],
        stroke: Stroke {
            width: 1.2,
            color: tint(color, 0.7),
            dash: Dash::Dotted,
        },
    });
}

fn paint_links(layout: &MapLayout, theme: &Theme, painted: &mut Painted) {
    for (index, link) in layout.links.iter().enumerate() {
        painted.part(Part::Link(index), |shapes| {
            let stroke = link_stroke(&theme.palette, link.kind, link.quality);
            shapes.push(Shape::Line {
                points: trim_end(&link.path, ARROWHEAD * 0.8),
                stroke,
            });
            shapes.extend(arrowhead(&link.path, stroke.color, ARROWHEAD));
        });
    }
    // Labels last, so no line runs over them.
    for (index, link) in layout.links.iter().enumerate() {
        painted.part(Part::LinkLabel(index), |shapes| {
            let Some(label) = &link.label else { return };
            let color = theme.palette.link_color(link.kind, link.quality);
            shapes.push(Shape::Rect {
                rect: label.rect,
                radius: 4.0,
                fill: Color32::from_white_alpha(240),
                stroke: Some(Stroke::solid(1.0, tint(color, 0.5))),
            });
            for line in &label.lines {
                shapes.push(Shape::text(line, darken(color, 0.25)));
            }
        });
    }
}

/// The length of a link's arrowhead.
pub const ARROWHEAD: f32 = 9.0;

fn paint_curves(layout: &MapLayout, theme: &Theme, painted: &mut Painted) {
    let Some(scale) = &layout.emotion_scale else {
        return;
    };
    painted.part(Part::EmotionScale, |shapes| {
        paint_emotion_scale(layout, scale, theme, shapes)
    });
    for (index, curve) in layout.curves.iter().enumerate() {
        painted.part(Part::Curve(index), |shapes| {
            shapes.push(Shape::Line {
                points: curve.path.clone(),
                stroke: Stroke::solid(3.0, curve.color),
            })
        });
    }
    for (index, curve) in layout.curves.iter().enumerate() {
        painted.part(Part::Faces(index), |shapes| {
            for (_, pos, score) in &curve.points {
                icons::face(
                    *pos,
                    theme.metrics.face_radius,
                    *score,
                    curve.color,
                    Color32::WHITE,
                    shapes,
                );
            }
        });
    }
}

fn paint_emotion_scale(
    layout: &MapLayout,
    scale: &crate::layout::EmotionScale,
    theme: &Theme,
    shapes: &mut Vec<Shape>,
) {
    let left = layout.rows[scale.row].body.left();
    let right = layout.rows[scale.row].body.right();
    for (score, y, label) in &scale.ticks {
        let zero = *score == 0.0;
        shapes.push(Shape::Line {
            points: vec![pos2(left, *y), pos2(right, *y)],
            stroke: Stroke {
                width: 1.0,
                color: if zero {
                    Color32::from_gray(150)
                } else {
                    Color32::from_gray(228)
                },
                dash: if zero { Dash::Dashed } else { Dash::Solid },
            },
        });
        shapes.push(Shape::text(label, theme.palette.muted_text));
        icons::face(
            pos2(label.pos.x - 12.0, *y),
            6.0,
            *score,
            Color32::from_gray(140),
            Color32::TRANSPARENT,
            shapes,
        );
    }
}

fn paint_legend(legend: &crate::layout::Legend, theme: &Theme, shapes: &mut Vec<Shape>) {
    for heading in &legend.headings {
        shapes.push(Shape::text(heading, theme.palette.text));
    }
    for (swatch, rect, lines) in &legend.entries {
        match swatch {
            LegendSwatch::Persona(color) => {
                shapes.push(Shape::Line {
                    points: vec![rect.left_center(), rect.right_center()],
                    stroke: Stroke::solid(3.0, *color),
                });
                icons::face(rect.center(), 6.0, 1.0, *color, Color32::WHITE, shapes);
            }
            LegendSwatch::Link(kind, quality) => {
                let stroke = link_stroke(&theme.palette, *kind, *quality);
                let path = vec![rect.left_center(), rect.right_center()];
                shapes.push(Shape::Line {
                    points: trim_end(&path, 6.0),
                    stroke,
                });
                shapes.extend(arrowhead(&path, stroke.color, 7.0));
            }
            LegendSwatch::Badge(badge) => {
                badge_icon(*badge, *rect, badge_color(&theme.palette, *badge), shapes)
            }
        }
        for line in lines {
            shapes.push(Shape::text(line, theme.palette.muted_text));
        }
    }
    for photo in &legend.photos {
        paint_picture(photo, theme, shapes);
    }
}

/// A colour mixed with white: `amount` 0 is white, 1 the colour itself.
pub fn tint(color: Color32, amount: f32) -> Color32 {
    let mix = |c: u8| (255.0 - (255.0 - c as f32) * amount).round() as u8;
    Color32::from_rgb(mix(color.r()), mix(color.g()), mix(color.b()))
}

/// A colour mixed with black by `amount`.
pub fn darken(color: Color32, amount: f32) -> Color32 {
    let mix = |c: u8| (c as f32 * (1.0 - amount)).round() as u8;
    Color32::from_rgb(mix(color.r()), mix(color.g()), mix(color.b()))
}

fn luminance(color: Color32) -> f32 {
    (0.299 * color.r() as f32 + 0.587 * color.g() as f32 + 0.114 * color.b() as f32) / 255.0
}
