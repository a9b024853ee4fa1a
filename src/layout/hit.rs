//! Hit-testing: what lies under a point of a laid-out map.
//!
//! Every question the editor asks about the pointer is answered here, from the layout alone,
//! in map space: which card, link or emotion point is at a point, and where dragged cards
//! would land. Tolerances are passed in by the caller in map units, so the
//! caller decides how many screen pixels they are at the current zoom. Nothing here knows
//! about egui's `Ui`, so all of it is tested without a window.

use egui::{Pos2, Rect, Vec2, pos2};

use super::{CardLayout, LinkLayout, MapLayout};
use crate::model::{CardId, PersonaId, PointId};

/// Where a dragged card would land: a cell, and the card it would go before.
#[derive(Clone, Debug, PartialEq)]
pub struct DropTarget {
    /// Index of the column.
    pub column: usize,
    /// Index of the row.
    pub row: usize,
    /// The card it goes before; `None` for the end of the cell.
    pub before: Option<CardId>,
    /// Where to draw the insertion line.
    pub marker: Rect,
}

impl MapLayout {
    /// The card under a point; the one painted last (the later in the document) when two
    /// overlap, as in a preview, since that is the one the user sees.
    pub fn card_at(&self, pos: Pos2) -> Option<&CardLayout> {
        self.cards.iter().rev().find(|card| card.rect.contains(pos))
    }

    /// The link whose route passes within `tolerance` of a point, the nearest one first.
    pub fn link_at(&self, pos: Pos2, tolerance: f32) -> Option<&LinkLayout> {
        self.links
            .iter()
            .map(|link| (distance_to_path(&link.path, pos), link))
            .filter(|(d, _)| *d <= tolerance)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, link)| link)
    }

    /// The emotion point within `tolerance` of a point, the nearest first: its persona and
    /// id. Points of different personas sit a few units apart; the nearest is the one meant.
    pub fn emotion_point_at(&self, pos: Pos2, tolerance: f32) -> Option<(&PersonaId, &PointId)> {
        self.curves
            .iter()
            .flat_map(|curve| {
                curve
                    .points
                    .iter()
                    .map(move |(id, at, _)| (at.distance(pos), &curve.persona, id))
            })
            .filter(|(d, _, _)| *d <= tolerance)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, persona, id)| (persona, id))
    }

    /// The column whose body spans an x; the left one on the line two columns share.
    pub fn column_at(&self, x: f32) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.body.x_range().contains(x))
    }

    /// The cell (column, row) under a point; the upper-left one on a shared line.
    pub fn cell_at(&self, pos: Pos2) -> Option<(usize, usize)> {
        let column = self.column_at(pos.x)?;
        let row = self
            .rows
            .iter()
            .position(|r| r.body.y_range().contains(pos.y))?;
        Some((column, row))
    }

    /// Where cards dropped at a point would land, leaving out the cards being dragged: before
    /// the first card whose middle is below the point, else at the end of the cell.
    pub fn drop_target(&self, pos: Pos2, dragged: &[CardId]) -> Option<DropTarget> {
        let (column, row) = self.cell_at(pos)?;
        let cell = self.columns[column].body.intersect(self.rows[row].body);
        let others: Vec<&CardLayout> = self
            .cards
            .iter()
            .filter(|c| c.column == column && c.row == row && !dragged.contains(&c.id))
            .collect();
        let before = others.iter().find(|c| pos.y < c.rect.center().y);
        let marker_y = match before {
            Some(card) => card.rect.top() - 5.0,
            None => others
                .last()
                .map_or(cell.top() + 8.0, |c| c.rect.bottom() + 5.0),
        };
        let marker = Rect::from_min_max(
            pos2(cell.left() + 10.0, marker_y - 1.5),
            pos2(cell.right() - 10.0, marker_y + 1.5),
        );
        Some(DropTarget {
            column,
            row,
            before: before.map(|c| c.id.clone()),
            marker,
        })
    }

    /// The nearest card in a direction from a card, for moving the selection with the
    /// arrow keys: straight ahead counts more than off to the side.
    pub fn neighbour(&self, from: &CardId, direction: Vec2) -> Option<&CardLayout> {
        let start = self.cards.iter().find(|c| &c.id == from)?.rect.center();
        self.cards
            .iter()
            .filter(|c| &c.id != from)
            .filter_map(|c| {
                let d = c.rect.center() - start;
                let ahead = d.dot(direction);
                let aside = (d.x * direction.y - d.y * direction.x).abs();
                (ahead > 1.0 && aside < ahead * 2.0).then_some((ahead + 2.0 * aside, c))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }
}

/// The shortest distance from a point to a polyline.
pub fn distance_to_path(path: &[Pos2], pos: Pos2) -> f32 {
    path.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let ab = b - a;
            let t = if ab.length_sq() > 0.0 {
                ((pos - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
            } else {
                0.0
            };
            pos.distance(a + ab * t)
        })
        .fold(f32::INFINITY, f32::min)
}

#[cfg(test)]
mod tests {
    use egui::vec2;

    use super::*;
    use crate::layout::{LayoutOptions, LinkLayout, layout};
    use crate::model::{
        Card, Channel, Color, EmotionCurve, EmotionPoint, JourneyMap, Lane, LaneId, LaneKind, Link,
        LinkId, LinkKind, Persona, Phase, PhaseId,
    };
    use crate::theme::Theme;

    fn laid(map: &JourneyMap) -> MapLayout {
        layout(map, &Theme::default(), LayoutOptions::default())
    }

    fn card(id: &str, phase: &str, lane: &str, channel: Option<Channel>) -> Card {
        let mut card = Card::new(
            CardId::new(id),
            PhaseId::new(phase),
            LaneId::new(lane),
            format!("Kaart {id}"),
        );
        card.channel = channel;
        card
    }

    /// Three phases; a physical, a digital, an emotion and a pain-point lane; two cards in
    /// the first physical cell, one link, and two personas with a point each in phase 2.
    fn sample() -> JourneyMap {
        let mut map = JourneyMap::empty("Een rekening openen");
        for (id, name) in [("p1", "Oriënteren"), ("p2", "Kiezen"), ("p3", "Gebruiken")] {
            map.phases.push(Phase {
                id: PhaseId::new(id),
                name: name.to_owned(),
                color: Color::rgb(0x40, 0x80, 0xc0),
                group: None,
                width: None,
            });
        }
        for (id, kind) in [
            ("physical", LaneKind::PhysicalTouchpoints),
            ("digital", LaneKind::DigitalTouchpoints),
            ("feel", LaneKind::Emotions),
            ("pain", LaneKind::PainPoints),
        ] {
            map.lanes.push(Lane {
                id: LaneId::new(id),
                name: kind.label().to_owned(),
                kind,
                collapsed: false,
            });
        }
        map.cards = vec![
            card("shop1", "p1", "physical", Some(Channel::Shop)),
            card("shop2", "p1", "physical", Some(Channel::Phone)),
            card("call", "p2", "physical", Some(Channel::Phone)),
            card("web1", "p1", "digital", Some(Channel::Website)),
            card("web2", "p2", "digital", Some(Channel::Website)),
            card("queue", "p1", "pain", None),
        ];
        map.links.push(Link {
            id: LinkId::new("switch"),
            from: CardId::new("shop1"),
            to: CardId::new("web2"),
            kind: LinkKind::ChannelSwitch,
            label: None,
            quality: None,
        });
        for (persona, point) in [("anna", "a1"), ("bert", "b1")] {
            map.personas.push(Persona {
                id: PersonaId::new(persona),
                name: persona.to_owned(),
                description: String::new(),
                color: Color::rgb(0xc0, 0x40, 0x80),
                hidden: false,
            });
            map.emotion_curves.push(EmotionCurve {
                persona: PersonaId::new(persona),
                points: vec![EmotionPoint {
                    id: PointId::new(point),
                    phase: PhaseId::new("p2"),
                    card: None,
                    score: 1.0,
                    note: String::new(),
                }],
            });
        }
        map
    }

    fn rect_of(laid: &MapLayout, id: &str) -> Rect {
        laid.cards
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| c.rect)
            .unwrap_or(Rect::NOTHING)
    }

    fn id_of(card: Option<&CardLayout>) -> Option<&str> {
        card.map(|c| c.id.as_str())
    }

    fn cell(laid: &MapLayout, column: usize, row: usize) -> Rect {
        laid.columns[column].body.intersect(laid.rows[row].body)
    }

    /// A layout whose links are the given paths, named by their index.
    fn with_links(mut laid: MapLayout, paths: &[&[Pos2]]) -> MapLayout {
        laid.links = paths
            .iter()
            .enumerate()
            .map(|(i, path)| LinkLayout {
                id: LinkId::new(format!("link{i}")),
                kind: LinkKind::NextStep,
                quality: None,
                path: path.to_vec(),
                label: None,
            })
            .collect();
        laid
    }

    #[test]
    fn a_card_is_hit_inside_its_box_and_on_its_edge_but_not_beside_it() {
        let laid = laid(&sample());
        let shop1 = rect_of(&laid, "shop1");
        let shop2 = rect_of(&laid, "shop2");
        assert_eq!(id_of(laid.card_at(shop1.center())), Some("shop1"));
        assert_eq!(id_of(laid.card_at(shop2.center())), Some("shop2"));
        assert_eq!(id_of(laid.card_at(shop1.min)), Some("shop1"));
        assert_eq!(id_of(laid.card_at(shop1.max)), Some("shop1"));
        assert_eq!(
            id_of(laid.card_at(shop1.left_center() - vec2(1.0, 0.0))),
            None
        );
        // The gap between two cards of a cell belongs to neither.
        let gap = pos2(shop1.center().x, (shop1.bottom() + shop2.top()) / 2.0);
        assert!(shop1.bottom() < gap.y && gap.y < shop2.top());
        assert_eq!(id_of(laid.card_at(gap)), None);
    }

    #[test]
    fn of_two_overlapping_cards_the_one_painted_last_is_hit() {
        let mut laid = laid(&sample());
        let shop1 = rect_of(&laid, "shop1");
        // As in a preview where the map has not made room yet: shop2 over shop1's lower half.
        if let Some(shop2) = laid.cards.iter_mut().find(|c| c.id.as_str() == "shop2") {
            shop2.rect = shop1.translate(vec2(0.0, shop1.height() / 2.0));
        }
        let overlap = pos2(shop1.center().x, shop1.bottom() - 2.0);
        assert_eq!(id_of(laid.card_at(overlap)), Some("shop2"));
        let only_shop1 = pos2(shop1.center().x, shop1.top() + 2.0);
        assert_eq!(id_of(laid.card_at(only_shop1)), Some("shop1"));
    }

    #[test]
    fn a_link_is_hit_up_to_the_tolerance_and_the_nearest_wins() {
        let laid = with_links(
            laid(&sample()),
            &[
                &[pos2(0.0, 0.0), pos2(100.0, 0.0)],
                &[pos2(0.0, 10.0), pos2(100.0, 10.0)],
            ],
        );
        let id = |l: Option<&LinkLayout>| l.map(|l| l.id.as_str().to_owned());
        assert_eq!(id(laid.link_at(pos2(50.0, 0.0), 3.0)), Some("link0".into()));
        assert_eq!(id(laid.link_at(pos2(50.0, 3.0), 3.0)), Some("link0".into()));
        assert_eq!(id(laid.link_at(pos2(50.0, 7.0), 6.0)), Some("link1".into()));
        // Beyond the end of a line the distance is to its end point.
        assert_eq!(id(laid.link_at(pos2(104.0, 0.0), 3.0)), None);
        assert_eq!(id(laid.link_at(pos2(50.0, -3.5), 3.0)), None);
    }

    #[test]
    fn the_nearest_emotion_point_within_the_tolerance_is_hit() {
        let laid = laid(&sample());
        let at = |persona: &str| {
            laid.curves
                .iter()
                .find(|c| c.persona.as_str() == persona)
                .map_or(Pos2::ZERO, |c| c.points[0].1)
        };
        let (anna, bert) = (at("anna"), at("bert"));
        // Same phase and score: the two personas' points sit side by side.
        assert!(anna.distance(bert) > 1.0 && anna.distance(bert) < 20.0);
        let hit = |pos: Pos2, tolerance: f32| {
            laid.emotion_point_at(pos, tolerance)
                .map(|(persona, point)| (persona.as_str(), point.as_str()))
        };
        assert_eq!(hit(anna, 11.0), Some(("anna", "a1")));
        assert_eq!(hit(bert, 11.0), Some(("bert", "b1")));
        // Both in reach: the nearer one is meant.
        let near_bert = anna + (bert - anna) * 0.7;
        assert_eq!(hit(near_bert, 11.0), Some(("bert", "b1")));
        let above = anna - vec2(0.0, 11.0);
        assert_eq!(hit(above, 11.0), Some(("anna", "a1")));
        assert_eq!(hit(anna - vec2(0.0, 30.0), 11.0), None);
    }

    #[test]
    fn a_column_and_a_cell_are_found_with_shared_lines_going_left_and_up() {
        let laid = laid(&sample());
        let (c0, c1) = (laid.columns[0].body, laid.columns[1].body);
        assert_eq!(laid.column_at(c1.center().x), Some(1));
        assert_eq!(c0.right(), c1.left());
        assert_eq!(laid.column_at(c0.right()), Some(0));
        assert_eq!(laid.column_at(c0.right() + 0.5), Some(1));
        assert_eq!(laid.column_at(laid.rows[0].header.center().x), None);

        let middle = cell(&laid, 2, 1).center();
        assert_eq!(laid.cell_at(middle), Some((2, 1)));
        let between_rows = pos2(middle.x, laid.rows[1].body.bottom());
        assert_eq!(laid.cell_at(between_rows), Some((2, 1)));
        assert_eq!(laid.cell_at(laid.columns[2].header.center()), None);
        assert_eq!(laid.cell_at(laid.rows[1].header.center()), None);
        let below = pos2(middle.x, laid.rows[3].body.bottom() + 1.0);
        assert_eq!(laid.cell_at(below), None);
    }

    #[test]
    fn dropped_cards_go_before_the_first_card_whose_middle_is_below_the_pointer() {
        let laid = laid(&sample());
        let (shop1, shop2) = (rect_of(&laid, "shop1"), rect_of(&laid, "shop2"));
        let x = shop1.center().x;
        let before = |y: f32, dragged: &[CardId]| {
            laid.drop_target(pos2(x, y), dragged)
                .map(|t| (t.column, t.row, t.before.map(|c| c.as_str().to_owned())))
        };
        assert_eq!(
            before(shop1.center().y - 1.0, &[]),
            Some((0, 0, Some("shop1".into())))
        );
        assert_eq!(
            before(shop1.center().y + 1.0, &[]),
            Some((0, 0, Some("shop2".into())))
        );
        assert_eq!(before(shop2.center().y + 1.0, &[]), Some((0, 0, None)));
        // The dragged card itself is not a place to go before.
        assert_eq!(
            before(shop1.center().y - 1.0, &[CardId::new("shop1")]),
            Some((0, 0, Some("shop2".into())))
        );
        assert_eq!(before(laid.columns[0].header.center().y, &[]), None);

        // The marker: above the card it goes before, under the last card, or at the top.
        let marker = |pos: Pos2| laid.drop_target(pos, &[]).map(|t| t.marker.center().y);
        assert_eq!(marker(pos2(x, shop1.top())), Some(shop1.top() - 5.0));
        assert_eq!(marker(pos2(x, shop2.bottom())), Some(shop2.bottom() + 5.0));
        let empty = cell(&laid, 2, 0);
        assert_eq!(marker(empty.center()), Some(empty.top() + 8.0));
    }

    #[test]
    fn arrow_keys_go_to_the_nearest_card_straight_ahead() {
        let laid = laid(&sample());
        let from = CardId::new("shop1");
        let next = |direction: Vec2| id_of(laid.neighbour(&from, direction));
        assert_eq!(next(vec2(1.0, 0.0)), Some("call"));
        assert_eq!(next(vec2(0.0, 1.0)), Some("shop2"));
        assert_eq!(next(vec2(-1.0, 0.0)), None);
        assert_eq!(next(vec2(0.0, -1.0)), None);
        let from_web1 = CardId::new("web1");
        assert_eq!(
            id_of(laid.neighbour(&from_web1, vec2(1.0, 0.0))),
            Some("web2")
        );
        assert_eq!(
            id_of(laid.neighbour(&from_web1, vec2(0.0, -1.0))),
            Some("shop2")
        );
        assert_eq!(laid.neighbour(&CardId::new("gone"), vec2(1.0, 0.0)), None);
    }

    #[test]
    fn the_distance_to_a_path_is_to_its_nearest_segment() {
        let path = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)];
        assert_eq!(distance_to_path(&path, pos2(5.0, 0.0)), 0.0);
        assert_eq!(distance_to_path(&path, pos2(5.0, -3.0)), 3.0);
        assert_eq!(distance_to_path(&path, pos2(13.0, 5.0)), 3.0);
        assert_eq!(distance_to_path(&path, pos2(-3.0, -4.0)), 5.0);
        assert_eq!(
            distance_to_path(&[pos2(1.0, 1.0), pos2(1.0, 1.0)], pos2(4.0, 5.0)),
            5.0
        );
        assert_eq!(
            distance_to_path(&[pos2(1.0, 1.0)], pos2(1.0, 1.0)),
            f32::INFINITY
        );
    }
}
