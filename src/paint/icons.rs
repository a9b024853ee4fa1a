//! Small vector icons for channels, lanes, moments and emotions, built from the same shapes
//! as the rest of the map so they look alike on screen and in every export.

use std::f32::consts::TAU;

use egui::{Color32, Pos2, Rect, pos2, vec2};

use super::{Shape, Stroke};
use crate::layout::Badge;
use crate::model::{Channel, LaneKind};

/// Maps points of a 16 × 16 design grid into a box.
struct Grid {
    rect: Rect,
    color: Color32,
}

impl Grid {
    fn p(&self, x: f32, y: f32) -> Pos2 {
        self.rect.min + vec2(x / 16.0 * self.rect.width(), y / 16.0 * self.rect.height())
    }

    fn unit(&self) -> f32 {
        self.rect.width() / 16.0
    }

    fn stroke(&self) -> Stroke {
        Stroke::solid(1.5 * self.unit(), self.color)
    }

    fn line(&self, points: &[(f32, f32)]) -> Shape {
        Shape::Line {
            points: points.iter().map(|&(x, y)| self.p(x, y)).collect(),
            stroke: self.stroke(),
        }
    }

    fn outline(&self, x: f32, y: f32, w: f32, h: f32, radius: f32) -> Shape {
        Shape::Rect {
            rect: Rect::from_min_max(self.p(x, y), self.p(x + w, y + h)),
            radius: radius * self.unit(),
            fill: Color32::TRANSPARENT,
            stroke: Some(self.stroke()),
        }
    }

    fn filled(&self, x: f32, y: f32, w: f32, h: f32, radius: f32) -> Shape {
        Shape::Rect {
            rect: Rect::from_min_max(self.p(x, y), self.p(x + w, y + h)),
            radius: radius * self.unit(),
            fill: self.color,
            stroke: None,
        }
    }

    fn ring(&self, x: f32, y: f32, r: f32) -> Shape {
        Shape::Circle {
            center: self.p(x, y),
            radius: r * self.unit(),
            fill: Color32::TRANSPARENT,
            stroke: Some(self.stroke()),
        }
    }

    fn dot(&self, x: f32, y: f32, r: f32) -> Shape {
        Shape::Circle {
            center: self.p(x, y),
            radius: r * self.unit(),
            fill: self.color,
            stroke: None,
        }
    }

    fn polygon(&self, points: &[(f32, f32)], fill: Color32) -> Shape {
        Shape::Polygon {
            points: points.iter().map(|&(x, y)| self.p(x, y)).collect(),
            fill,
            stroke: None,
        }
    }
}

/// Corners of a five-pointed star in the design grid.
fn star_points(cx: f32, cy: f32, outer: f32, inner: f32) -> Vec<(f32, f32)> {
    (0..10)
        .map(|i| {
            let angle = -TAU / 4.0 + i as f32 * TAU / 10.0;
            let r = if i % 2 == 0 { outer } else { inner };
            (cx + r * angle.cos(), cy + r * angle.sin())
        })
        .collect()
}

/// The sign of a picture that cannot be shown: a frame with a hill and a sun.
pub fn picture(rect: Rect, color: Color32, shapes: &mut Vec<Shape>) {
    let g = Grid { rect, color };
    shapes.push(g.outline(1.0, 2.5, 14.0, 11.0, 1.5));
    shapes.push(g.polygon(
        &[
            (2.5, 12.0),
            (6.5, 7.0),
            (9.5, 10.0),
            (11.0, 8.5),
            (13.5, 12.0),
        ],
        color,
    ));
    shapes.push(g.dot(11.0, 5.5, 1.3));
}

/// The icon of a channel.
pub fn channel_icon(channel: Channel, rect: Rect, color: Color32, shapes: &mut Vec<Shape>) {
    let g = Grid { rect, color };
    match channel {
        Channel::Website => {
            shapes.push(g.ring(8.0, 8.0, 6.5));
            shapes.push(g.line(&[(1.5, 8.0), (14.5, 8.0)]));
            shapes.push(g.line(&[(8.0, 1.5), (5.2, 5.0), (5.2, 11.0), (8.0, 14.5)]));
            shapes.push(g.line(&[(8.0, 1.5), (10.8, 5.0), (10.8, 11.0), (8.0, 14.5)]));
        }
        Channel::App => {
            shapes.push(g.outline(4.0, 1.0, 8.0, 14.0, 1.8));
            shapes.push(g.dot(8.0, 12.3, 0.9));
        }
        Channel::Email => {
            shapes.push(g.outline(1.0, 3.0, 14.0, 10.0, 1.2));
            shapes.push(g.line(&[(1.5, 3.8), (8.0, 9.0), (14.5, 3.8)]));
        }
        Channel::Phone => {
            shapes.push(g.line(&[
                (3.0, 2.0),
                (6.0, 2.0),
                (7.0, 5.5),
                (5.2, 6.8),
                (9.2, 10.8),
                (10.5, 9.0),
                (14.0, 10.0),
                (14.0, 13.0),
                (12.0, 14.5),
                (7.5, 13.0),
                (3.0, 8.5),
                (1.5, 4.0),
                (3.0, 2.0),
            ]));
        }
        Channel::Chat => {
            shapes.push(g.outline(1.0, 2.0, 14.0, 9.5, 2.5));
            shapes.push(g.line(&[(4.0, 11.5), (3.5, 14.5), (7.5, 11.5)]));
            shapes.push(g.dot(5.0, 6.8, 0.9));
            shapes.push(g.dot(8.0, 6.8, 0.9));
            shapes.push(g.dot(11.0, 6.8, 0.9));
        }
        Channel::Whatsapp => {
            shapes.push(g.ring(8.5, 7.5, 6.0));
            shapes.push(g.line(&[(4.2, 11.6), (2.0, 14.5), (6.0, 13.2)]));
            shapes.push(g.line(&[(6.3, 5.2), (7.0, 8.0), (10.8, 9.8)]));
        }
        Channel::SocialMedia => {
            shapes.push(g.line(&[(11.5, 3.5), (4.5, 8.0), (11.5, 12.5)]));
            shapes.push(g.dot(11.8, 3.5, 2.3));
            shapes.push(g.dot(4.2, 8.0, 2.3));
            shapes.push(g.dot(11.8, 12.5, 2.3));
        }
        Channel::ReviewSite => {
            shapes.push(g.polygon(&star_points(8.0, 8.6, 7.2, 3.0), color));
        }
        Channel::Advertising => {
            shapes.push(g.line(&[
                (2.0, 6.0),
                (5.0, 6.0),
                (12.5, 2.5),
                (12.5, 13.5),
                (5.0, 10.0),
                (2.0, 10.0),
                (2.0, 6.0),
            ]));
            shapes.push(g.line(&[(5.0, 10.0), (6.5, 14.5)]));
        }
        Channel::Print => {
            shapes.push(g.line(&[
                (3.0, 1.5),
                (10.0, 1.5),
                (13.0, 4.5),
                (13.0, 14.5),
                (3.0, 14.5),
                (3.0, 1.5),
            ]));
            shapes.push(g.line(&[(10.0, 1.5), (10.0, 4.5), (13.0, 4.5)]));
            shapes.push(g.line(&[(5.5, 8.0), (10.5, 8.0)]));
            shapes.push(g.line(&[(5.5, 11.0), (10.5, 11.0)]));
        }
        Channel::Shop => {
            shapes.push(g.line(&[(1.5, 6.0), (3.0, 2.0), (13.0, 2.0), (14.5, 6.0), (1.5, 6.0)]));
            shapes.push(g.line(&[(2.5, 6.0), (2.5, 14.5), (13.5, 14.5), (13.5, 6.0)]));
            shapes.push(g.outline(6.0, 9.5, 4.0, 5.0, 0.5));
        }
        Channel::EmployeeVisit => person_in(&g, shapes),
        Channel::Event => {
            shapes.push(g.outline(1.5, 3.0, 13.0, 11.5, 1.5));
            shapes.push(g.filled(1.5, 3.0, 13.0, 3.2, 1.0));
            shapes.push(g.line(&[(5.0, 1.0), (5.0, 4.0)]));
            shapes.push(g.line(&[(11.0, 1.0), (11.0, 4.0)]));
            shapes.push(g.dot(5.5, 9.5, 1.0));
            shapes.push(g.dot(8.0, 9.5, 1.0));
            shapes.push(g.dot(10.5, 9.5, 1.0));
        }
        Channel::Post => {
            shapes.push(g.line(&[
                (1.5, 5.0),
                (8.0, 2.0),
                (14.5, 5.0),
                (14.5, 12.0),
                (8.0, 15.0),
                (1.5, 12.0),
                (1.5, 5.0),
            ]));
            shapes.push(g.line(&[(1.5, 5.0), (8.0, 8.0), (14.5, 5.0)]));
            shapes.push(g.line(&[(8.0, 8.0), (8.0, 15.0)]));
        }
        Channel::Other => {
            shapes.push(g.dot(3.5, 8.0, 1.5));
            shapes.push(g.dot(8.0, 8.0, 1.5));
            shapes.push(g.dot(12.5, 8.0, 1.5));
        }
    }
}

fn person_in(g: &Grid, shapes: &mut Vec<Shape>) {
    shapes.push(g.ring(8.0, 5.0, 3.2));
    shapes.push(g.line(&[
        (2.0, 15.0),
        (2.6, 12.0),
        (5.0, 10.0),
        (11.0, 10.0),
        (13.4, 12.0),
        (14.0, 15.0),
    ]));
}

/// A small person, for owners.
pub fn person(rect: Rect, color: Color32, shapes: &mut Vec<Shape>) {
    person_in(&Grid { rect, color }, shapes);
}

/// A round badge for a moment: a white glyph on the badge colour.
pub fn badge_icon(badge: Badge, rect: Rect, color: Color32, shapes: &mut Vec<Shape>) {
    shapes.push(Shape::Circle {
        center: rect.center(),
        radius: rect.width() / 2.0,
        fill: color,
        stroke: None,
    });
    let g = Grid {
        rect,
        color: Color32::WHITE,
    };
    match badge {
        Badge::Decision => shapes.push(g.polygon(
            &[(8.0, 3.2), (12.8, 8.0), (8.0, 12.8), (3.2, 8.0)],
            Color32::WHITE,
        )),
        Badge::Wow => shapes.push(g.polygon(&star_points(8.0, 8.5, 5.6, 2.4), Color32::WHITE)),
        Badge::Pain => {
            shapes.push(g.filled(7.0, 3.3, 2.0, 6.4, 1.0));
            shapes.push(g.dot(8.0, 12.0, 1.2));
        }
    }
}

/// The icon beside a lane's name.
pub fn lane_icon(kind: LaneKind, rect: Rect, color: Color32, shapes: &mut Vec<Shape>) {
    let g = Grid { rect, color };
    match kind {
        LaneKind::PhysicalTouchpoints => channel_icon(Channel::Shop, rect, color, shapes),
        LaneKind::DigitalTouchpoints => {
            shapes.push(g.outline(1.0, 2.0, 14.0, 9.5, 1.2));
            shapes.push(g.line(&[(8.0, 11.5), (8.0, 14.0)]));
            shapes.push(g.line(&[(4.5, 14.5), (11.5, 14.5)]));
        }
        LaneKind::CustomerActions => {
            shapes.push(g.line(&[(1.5, 8.0), (13.5, 8.0)]));
            shapes.push(g.line(&[(9.5, 4.0), (13.8, 8.0), (9.5, 12.0)]));
        }
        LaneKind::Thoughts => {
            shapes.push(g.outline(1.0, 1.5, 14.0, 9.0, 4.5));
            shapes.push(g.dot(4.0, 13.0, 1.3));
            shapes.push(g.dot(2.0, 15.0, 0.8));
        }
        LaneKind::Emotions => {
            let center = rect.center();
            face(
                center,
                rect.width() / 2.0 - 0.8,
                2.0,
                color,
                Color32::TRANSPARENT,
                shapes,
            );
        }
        LaneKind::PainPoints => {
            shapes.push(g.line(&[(8.0, 1.5), (15.0, 14.5), (1.0, 14.5), (8.0, 1.5)]));
            shapes.push(g.line(&[(8.0, 6.0), (8.0, 10.0)]));
            shapes.push(g.dot(8.0, 12.3, 0.9));
        }
        LaneKind::Opportunities => {
            shapes.push(g.ring(8.0, 6.5, 5.0));
            shapes.push(g.line(&[(6.0, 13.0), (10.0, 13.0)]));
            shapes.push(g.line(&[(6.5, 15.0), (9.5, 15.0)]));
        }
        LaneKind::Content => channel_icon(Channel::Print, rect, color, shapes),
        LaneKind::Backstage => {
            shapes.push(g.ring(8.0, 8.0, 3.0));
            for i in 0..8 {
                let angle = i as f32 * TAU / 8.0;
                let (s, c) = angle.sin_cos();
                shapes.push(g.line(&[
                    (8.0 + 4.8 * c, 8.0 + 4.8 * s),
                    (8.0 + 7.0 * c, 8.0 + 7.0 * s),
                ]));
            }
        }
        LaneKind::Kpis => {
            shapes.push(g.line(&[(1.5, 1.5), (1.5, 14.5), (14.5, 14.5)]));
            shapes.push(g.filled(4.0, 9.0, 2.5, 5.0, 0.3));
            shapes.push(g.filled(8.0, 6.0, 2.5, 8.0, 0.3));
            shapes.push(g.filled(12.0, 3.0, 2.5, 11.0, 0.3));
        }
    }
}

/// A face whose mouth shows a score from -2 (frown) to +2 (broad smile).
pub fn face(
    center: Pos2,
    radius: f32,
    score: f64,
    color: Color32,
    fill: Color32,
    shapes: &mut Vec<Shape>,
) {
    shapes.push(Shape::Circle {
        center,
        radius,
        fill,
        stroke: Some(Stroke::solid((radius * 0.2).max(1.0), color)),
    });
    let eye = radius * 0.13;
    for side in [-1.0, 1.0] {
        shapes.push(Shape::Circle {
            center: center + vec2(side * radius * 0.36, -radius * 0.25),
            radius: eye.max(0.6),
            fill: color,
            stroke: None,
        });
    }
    // The mouth: a parabola whose bend follows the score.
    let bend = score.clamp(-2.0, 2.0) as f32 / 2.0 * radius * 0.32;
    let mouth_y = center.y + radius * 0.3;
    let half = radius * 0.42;
    let points = (0..=8)
        .map(|i| {
            let t = i as f32 / 4.0 - 1.0;
            pos2(
                center.x + t * half,
                mouth_y + bend * (1.0 - t * t) - bend * 0.5,
            )
        })
        .collect();
    shapes.push(Shape::Line {
        points,
        stroke: Stroke::solid((radius * 0.16).max(0.9), color),
    });
}
