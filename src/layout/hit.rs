//! Hit-testing: what lies under a point of a laid-out map.
//!
//! Every question the editor asks about the pointer is answered here, from the layout alone,
//! in map space: which card, link, emotion point, header, column edge, card handle or link
//! end is at a point, where the curves are, where dragged cards or a channel from the
//! palette would land, and the slot a dragged header would take. Tolerances are passed in
//! by the caller in map units, so the caller decides how many screen pixels they are at the
//! current zoom. Nothing here knows about egui's `Ui`, so all of it is tested without a
//! window.

use egui::{Pos2, Rect, Vec2, pos2};

use super::{CardLayout, LinkLayout, MapLayout};
use crate::model::{CardId, Channel, LinkId, PersonaId, PointId, Track};

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

/// A side of a card, where a link handle sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The middle of the left edge.
    Left,
    /// The middle of the right edge.
    Right,
    /// The middle of the top edge.
    Top,
    /// The middle of the bottom edge.
    Bottom,
}

impl Side {
    /// Every side, in the order handles are made.
    pub const ALL: [Side; 4] = [Side::Left, Side::Right, Side::Top, Side::Bottom];

    /// The word for the side, as in "Link from Welcome call (left)".
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Top => "top",
            Side::Bottom => "bottom",
        }
    }

    /// Where the handle of this side sits on a card's box.
    pub fn point(self, rect: Rect) -> Pos2 {
        match self {
            Side::Left => rect.left_center(),
            Side::Right => rect.right_center(),
            Side::Top => rect.center_top(),
            Side::Bottom => rect.center_bottom(),
        }
    }
}

/// An end of a link's route, where a selected link shows a square to drag that end to
/// another card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RouteEnd {
    /// Where the route leaves the card the link comes from.
    Start,
    /// Where the route reaches the card the link goes to.
    End,
}

/// A phase or lane header, by its index in [`MapLayout::columns`] or [`MapLayout::rows`]
/// (which is also the phase's or lane's index in the document).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeaderHit {
    /// The header of a phase column.
    Phase(usize),
    /// The header of a lane row.
    Lane(usize),
}

/// A place on the emotion curves: the phase column and the score a point put there gets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurveSpot {
    /// Index of the column.
    pub column: usize,
    /// The score, snapped to half steps, from -2 to +2.
    pub score: f64,
}

/// Why a channel dragged from the palette cannot land where it is: the app says so in the
/// status bar (see [`DropRefusal::sentence`]) instead of adding nothing without a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropRefusal {
    /// On a phase or lane header, or on a band that groups phases: headers hold no cards.
    OnHeader,
    /// On the picture but in no cell: the title, the legend, the margin or the gap under
    /// the phase headers.
    OffGrid,
    /// Outside the picture altogether.
    OutsideMap,
    /// The channel belongs on this track, and the map has no touchpoint lane of it.
    NoTrack(Track),
}

impl DropRefusal {
    /// The status-bar sentence for a drop of `channel` refused for this reason.
    pub fn sentence(self, channel: Channel) -> String {
        // A status sentence: the interface's words, whatever the map's language.
        let language = crate::i18n::interface_language();
        let what = format!("The {} touchpoint was not added", channel.label(language));
        match self {
            DropRefusal::OnHeader => {
                format!("{what}: headers hold no cards. Drop it in a cell of the map.")
            }
            DropRefusal::OffGrid => format!(
                "{what}: it was dropped outside the grid of phases and lanes. Drop it in a cell."
            ),
            DropRefusal::OutsideMap => {
                format!("{what}: it was dropped outside the map. Drop it in a cell of the map.")
            }
            DropRefusal::NoTrack(track) => format!(
                "{what}: this map has no {} touchpoints lane. Add one first (Map \u{25b8} Add \
                 Lane), then drop it there.",
                track.label(language)
            ),
        }
    }
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

    /// The link a click at a point means: one within `tolerance` where there is no card,
    /// since cards are drawn over links and a click on a card is meant for the card.
    pub fn link_under(&self, pos: Pos2, tolerance: f32) -> Option<&LinkLayout> {
        if self.card_at(pos).is_some() {
            return None;
        }
        self.link_at(pos, tolerance)
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

    /// The link handle of a card under a point: each is a square of `handle_size` around
    /// the middle of a side. On a card too small to keep them apart, the nearest wins.
    pub fn handle_at(&self, card: &CardId, pos: Pos2, handle_size: f32) -> Option<Side> {
        let rect = self.cards.iter().find(|c| &c.id == card)?.rect;
        Side::ALL
            .into_iter()
            .map(|side| (side, side.point(rect)))
            .filter(|(_, at)| Rect::from_center_size(*at, Vec2::splat(handle_size)).contains(pos))
            .min_by(|a, b| a.1.distance(pos).total_cmp(&b.1.distance(pos)))
            .map(|(side, _)| side)
    }

    /// The card whose link handles show with the pointer at a point: the card `shown` last
    /// frame while the pointer is on one of its handles (they stick out of the card, and
    /// are drawn over a neighbour), else the card under the pointer.
    pub fn handle_card(
        &self,
        pos: Pos2,
        shown: Option<&CardId>,
        handle_size: f32,
    ) -> Option<&CardLayout> {
        shown
            .filter(|id| self.handle_at(id, pos, handle_size).is_some())
            .and_then(|id| self.cards.iter().find(|c| &c.id == id))
            .or_else(|| self.card_at(pos))
    }

    /// The end of a link's route under a point: each end has a square of `handle_size`
    /// around it. On a link so short that the squares overlap, the nearer end wins.
    pub fn link_end_at(&self, link: &LinkId, pos: Pos2, handle_size: f32) -> Option<RouteEnd> {
        let path = &self.links.iter().find(|l| &l.id == link)?.path;
        [
            (RouteEnd::Start, path.first()?),
            (RouteEnd::End, path.last()?),
        ]
        .into_iter()
        .filter(|(_, at)| Rect::from_center_size(**at, Vec2::splat(handle_size)).contains(pos))
        .min_by(|a, b| a.1.distance(pos).total_cmp(&b.1.distance(pos)))
        .map(|(end, _)| end)
    }

    /// The phase or lane header under a point. A lane header and its row share an edge;
    /// on it, the header wins.
    pub fn header_at(&self, pos: Pos2) -> Option<HeaderHit> {
        if let Some(c) = self.columns.iter().position(|c| c.header.contains(pos)) {
            return Some(HeaderHit::Phase(c));
        }
        self.rows
            .iter()
            .position(|r| r.header.contains(pos))
            .map(HeaderHit::Lane)
    }

    /// The position a dragged header would move to with the pointer at a point, as
    /// `move_phase` and `move_lane` take it: the number of other columns (or rows) whose
    /// middle lies before the pointer. A header dropped on itself stays where it is.
    pub fn header_slot(&self, dragged: HeaderHit, pos: Pos2) -> usize {
        let (from, middles, at): (usize, Vec<f32>, f32) = match dragged {
            HeaderHit::Phase(from) => (
                from,
                self.columns.iter().map(|c| c.body.center().x).collect(),
                pos.x,
            ),
            HeaderHit::Lane(from) => (
                from,
                self.rows.iter().map(|r| r.body.center().y).collect(),
                pos.y,
            ),
        };
        let before = middles.into_iter().filter(|middle| *middle < at).count();
        // Past its own old place, the header itself is one of those counted.
        if before > from { before - 1 } else { before }
    }

    /// The column whose right edge is within `tolerance` of a point, along the height of
    /// its header: where dragging sets the column's width. It overlaps the header, and
    /// wins over it there; of two edges in reach, the nearer wins.
    pub fn column_edge_at(&self, pos: Pos2, tolerance: f32) -> Option<usize> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.header.y_range().contains(pos.y))
            .map(|(i, c)| (i, (c.body.right() - pos.x).abs()))
            .filter(|(_, d)| *d <= tolerance)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    /// Whether a point is where emotion points go: the band of the curves, a little taller
    /// than the scale so the extremes are easy to reach.
    pub fn in_curve_area(&self, pos: Pos2) -> bool {
        self.emotion_scale
            .as_ref()
            .is_some_and(|scale| scale.hit_area().contains(pos))
    }

    /// The column and score a click at a point adds an emotion point with, when the point
    /// is in the curve area of a column.
    pub fn curve_spot_at(&self, pos: Pos2) -> Option<CurveSpot> {
        let scale = self.emotion_scale.as_ref()?;
        if !scale.hit_area().contains(pos) {
            return None;
        }
        Some(CurveSpot {
            column: self.column_at(pos.x)?,
            score: scale.score_at(pos.y),
        })
    }

    /// Where a channel dragged from the palette lands with the pointer at a point.
    ///
    /// On a touchpoint lane of the channel's own track it lands at the pointer, between the
    /// cards as a card drag would. Anywhere else in a cell (the other track, emotions, pain
    /// points…) it lands at the end of the cell of the channel's track in the same phase:
    /// in the nearest such lane when there are several, the upper one on a tie. Headers,
    /// the title, the legend and the outside are refused with the reason.
    pub fn channel_drop(&self, channel: Channel, pos: Pos2) -> Result<DropTarget, DropRefusal> {
        if !self.bounds.contains(pos) {
            return Err(DropRefusal::OutsideMap);
        }
        if self.header_at(pos).is_some() || self.groups.iter().any(|g| g.rect.contains(pos)) {
            return Err(DropRefusal::OnHeader);
        }
        let Some((column, row)) = self.cell_at(pos) else {
            return Err(DropRefusal::OffGrid);
        };
        let track = channel.track();
        if self.rows[row].kind.track() == Some(track) {
            return self.drop_target(pos, &[]).ok_or(DropRefusal::OffGrid);
        }
        let distance = |r: &super::RowLayout| (r.body.center().y - pos.y).abs();
        let row = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind.track() == Some(track))
            .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
            .map(|(i, _)| i)
            .ok_or(DropRefusal::NoTrack(track))?;
        // The bottom of the cell is below every card's middle: the end of the cell.
        let end = pos2(
            self.columns[column].body.center().x,
            self.rows[row].body.bottom() - 1.0,
        );
        self.drop_target(end, &[]).ok_or(DropRefusal::OffGrid)
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
        Card, Color, EmotionCurve, EmotionPoint, JourneyMap, Lane, LaneId, LaneKind, Link, LinkId,
        LinkKind, Persona, Phase, PhaseId,
    };
    use crate::theme::Metrics;

    fn laid(map: &JourneyMap) -> MapLayout {
        layout(map, &Metrics::default(), LayoutOptions::default())
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
                name: kind.label(crate::model::Language::English),
                kind,
                collapsed: false,
                line_below: None,
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
                picture: None,
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
    fn a_link_end_is_hit_in_the_square_around_it_and_the_nearer_end_wins() {
        let laid = with_links(
            laid(&sample()),
            &[
                &[pos2(0.0, 0.0), pos2(100.0, 0.0), pos2(100.0, 50.0)],
                &[pos2(300.0, 0.0), pos2(310.0, 0.0)],
            ],
        );
        let (long, short) = (LinkId::new("link0"), LinkId::new("link1"));
        let end = |link: &LinkId, x: f32, y: f32| laid.link_end_at(link, pos2(x, y), 18.0);
        assert_eq!(end(&long, 0.0, 0.0), Some(RouteEnd::Start));
        assert_eq!(end(&long, 100.0, 50.0), Some(RouteEnd::End));
        assert_eq!(end(&long, -9.0, 9.0), Some(RouteEnd::Start));
        assert_eq!(end(&long, -9.5, 0.0), None);
        // The middle of the route is the line, not an end.
        assert_eq!(end(&long, 100.0, 0.0), None);
        // Another link's end does not count.
        assert_eq!(end(&long, 300.0, 0.0), None);
        // Both squares of a short link cover the pointer: the nearer end is meant.
        assert_eq!(end(&short, 304.0, 0.0), Some(RouteEnd::Start));
        assert_eq!(end(&short, 306.0, 0.0), Some(RouteEnd::End));
        assert_eq!(end(&LinkId::new("gone"), 0.0, 0.0), None);
    }

    #[test]
    fn a_link_is_not_hit_where_a_card_covers_it() {
        let laid = laid(&sample());
        let link = &laid.links[0];
        let start = link.path[0];
        let shop1 = rect_of(&laid, "shop1");
        // Just inside the card the link starts from: the link is near, the card wins.
        let inside = start + (shop1.center() - start).normalized() * 2.0;
        assert!(shop1.contains(inside));
        assert_eq!(
            laid.link_at(inside, 6.0).map(|l| l.id.as_str()),
            Some("switch")
        );
        assert_eq!(laid.link_under(inside, 6.0).map(|l| l.id.as_str()), None);
        let middle = crate::layout::point_at_length(
            &link.path,
            0.5 * crate::layout::path_length(&link.path),
        );
        assert_eq!(laid.card_at(middle).map(|c| c.id.as_str()), None);
        assert_eq!(
            laid.link_under(middle, 6.0).map(|l| l.id.as_str()),
            Some("switch")
        );
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
    fn each_handle_is_a_square_around_the_middle_of_its_side() {
        let laid = laid(&sample());
        let id = CardId::new("call");
        let rect = rect_of(&laid, "call");
        for side in Side::ALL {
            assert_eq!(laid.handle_at(&id, side.point(rect), 20.0), Some(side));
        }
        // The handle reaches half its size out of the card, and no further.
        let right = rect.right_center();
        assert_eq!(
            laid.handle_at(&id, right + vec2(10.0, 10.0), 20.0),
            Some(Side::Right)
        );
        assert_eq!(laid.handle_at(&id, right + vec2(10.5, 0.0), 20.0), None);
        assert_eq!(laid.handle_at(&id, rect.center(), 20.0), None);
        assert_eq!(laid.handle_at(&id, rect.min, 20.0), None);
        assert_eq!(laid.handle_at(&CardId::new("gone"), right, 20.0), None);
    }

    #[test]
    fn on_a_card_too_small_to_keep_handles_apart_the_nearest_handle_wins() {
        let mut laid = laid(&sample());
        let tiny = Rect::from_min_size(pos2(500.0, 500.0), vec2(8.0, 8.0));
        if let Some(call) = laid.cards.iter_mut().find(|c| c.id.as_str() == "call") {
            call.rect = tiny;
        }
        let id = CardId::new("call");
        assert_eq!(
            laid.handle_at(&id, tiny.center() + vec2(3.0, 1.0), 20.0),
            Some(Side::Right)
        );
        assert_eq!(
            laid.handle_at(&id, tiny.center() + vec2(-1.0, -3.0), 20.0),
            Some(Side::Top)
        );
    }

    #[test]
    fn a_shown_handle_wins_over_the_card_it_sticks_into() {
        let laid = laid(&sample());
        let (shop1, shop2) = (rect_of(&laid, "shop1"), rect_of(&laid, "shop2"));
        let size = 2.0 * (shop2.top() - shop1.bottom()) + 10.0;
        // On shop1's bottom handle, which reaches into shop2.
        let on_handle = shop1.center_bottom() + vec2(0.0, size / 2.0 - 1.0);
        assert!(shop2.contains(on_handle));
        let shop1_id = CardId::new("shop1");
        assert_eq!(
            id_of(laid.handle_card(on_handle, Some(&shop1_id), size)),
            Some("shop1")
        );
        // Without shop1's handles showing, the pointer is just on shop2.
        assert_eq!(
            id_of(laid.handle_card(on_handle, None, size)),
            Some("shop2")
        );
        // Off shop1's handles, the card under the pointer takes over.
        assert_eq!(
            id_of(laid.handle_card(shop2.center(), Some(&shop1_id), size)),
            Some("shop2")
        );
        assert_eq!(
            id_of(laid.handle_card(laid.bounds.max, Some(&shop1_id), size)),
            None
        );
    }

    #[test]
    fn headers_are_hit_on_their_boxes_and_the_lane_header_wins_its_shared_edge() {
        let laid = laid(&sample());
        assert_eq!(
            laid.header_at(laid.columns[1].header.center()),
            Some(HeaderHit::Phase(1))
        );
        assert_eq!(
            laid.header_at(laid.rows[2].header.center()),
            Some(HeaderHit::Lane(2))
        );
        // Phase headers leave a small gap between them.
        let between = pos2(
            laid.columns[0].body.right(),
            laid.columns[0].header.center().y,
        );
        assert_eq!(laid.header_at(between), None);
        let edge = pos2(laid.rows[1].body.left(), laid.rows[1].body.center().y);
        assert_eq!(laid.header_at(edge), Some(HeaderHit::Lane(1)));
        assert_eq!(laid.header_at(cell(&laid, 0, 0).center()), None);
        // The corner above the lane headers and left of the phase headers is neither.
        let corner = pos2(
            laid.rows[0].header.center().x,
            laid.columns[0].header.center().y,
        );
        assert_eq!(laid.header_at(corner), None);
    }

    #[test]
    fn a_dragged_header_takes_the_slot_of_the_middles_it_has_passed() {
        let laid = laid(&sample());
        let y = laid.columns[0].header.center().y;
        let middle = |c: usize| laid.columns[c].body.center().x;
        let slot = |from: usize, x: f32| laid.header_slot(HeaderHit::Phase(from), pos2(x, y));
        assert_eq!(slot(0, middle(0) + 1.0), 0);
        assert_eq!(slot(0, middle(1) - 1.0), 0);
        assert_eq!(slot(0, middle(1) + 1.0), 1);
        assert_eq!(slot(0, middle(2) + 1.0), 2);
        assert_eq!(slot(0, laid.bounds.right() + 100.0), 2);
        assert_eq!(slot(2, middle(0) - 1.0), 0);
        assert_eq!(slot(2, middle(1) - 1.0), 1);
        assert_eq!(slot(1, middle(1) - 1.0), 1);

        let x = laid.rows[0].header.center().x;
        let row = |r: usize| laid.rows[r].body.center().y;
        let lane = |from: usize, y: f32| laid.header_slot(HeaderHit::Lane(from), pos2(x, y));
        assert_eq!(lane(3, row(0) + 1.0), 1);
        assert_eq!(lane(3, row(0) - 1.0), 0);
        assert_eq!(lane(0, row(3) + 1.0), 3);
    }

    #[test]
    fn a_column_edge_is_hit_along_its_header_within_the_tolerance() {
        let laid = laid(&sample());
        let edge = laid.columns[1].body.right();
        let y = laid.columns[1].header.center().y;
        assert_eq!(laid.column_edge_at(pos2(edge, y), 4.0), Some(1));
        assert_eq!(laid.column_edge_at(pos2(edge - 4.0, y), 4.0), Some(1));
        assert_eq!(laid.column_edge_at(pos2(edge + 4.0, y), 4.0), Some(1));
        assert_eq!(laid.column_edge_at(pos2(edge + 4.5, y), 4.0), None);
        // Only along the header: in the grid, the line between cells is not an edge.
        let in_grid = pos2(edge, laid.rows[0].body.center().y);
        assert_eq!(laid.column_edge_at(in_grid, 4.0), None);
        // Where edge and header overlap both answer; the edge is the one drawn on top.
        let overlap = pos2(edge - 3.0, y);
        assert_eq!(laid.header_at(overlap), Some(HeaderHit::Phase(1)));
        assert_eq!(laid.column_edge_at(overlap, 4.0), Some(1));
        // The left edge of the first column is not a handle.
        let left = pos2(laid.columns[0].body.left(), y);
        assert_eq!(laid.column_edge_at(left, 4.0), None);
    }

    #[test]
    fn the_curve_area_is_the_scale_and_a_margin_and_gives_column_and_score() {
        let laid = laid(&sample());
        let Some(scale) = laid.emotion_scale.clone() else {
            panic!("the sample has an emotion lane");
        };
        let x = laid.columns[2].body.center().x;
        let middle = pos2(x, scale.plot.center().y);
        assert!(laid.in_curve_area(middle));
        assert_eq!(
            laid.curve_spot_at(middle),
            Some(CurveSpot {
                column: 2,
                score: 0.0
            })
        );
        let top = pos2(x, scale.plot.top());
        assert_eq!(laid.curve_spot_at(top).map(|s| s.score), Some(2.0));
        let quarter = pos2(x, scale.y(-1.5) + 1.0);
        assert_eq!(laid.curve_spot_at(quarter).map(|s| s.score), Some(-1.5));
        // The margin above the +2 line still counts, as +2.
        let margin = pos2(x, scale.hit_area().top());
        assert!(laid.in_curve_area(margin));
        assert_eq!(laid.curve_spot_at(margin).map(|s| s.score), Some(2.0));
        let outside = pos2(x, scale.hit_area().top() - 1.0);
        assert!(!laid.in_curve_area(outside));
        assert_eq!(laid.curve_spot_at(outside), None);
        // Over the lane header: the band, but no phase.
        let header = pos2(laid.rows[2].header.center().x, scale.plot.center().y);
        assert_eq!(laid.curve_spot_at(header), None);

        let mut plain = sample();
        plain.lanes.retain(|l| l.kind != LaneKind::Emotions);
        assert!(!self::laid(&plain).in_curve_area(middle));
    }

    /// Where a channel lands: (column, row, card before) or the refusal.
    fn landing(
        laid: &MapLayout,
        channel: Channel,
        pos: Pos2,
    ) -> Result<(usize, usize, Option<String>), DropRefusal> {
        laid.channel_drop(channel, pos)
            .map(|t| (t.column, t.row, t.before.map(|c| c.as_str().to_owned())))
    }

    #[test]
    fn a_channel_on_its_own_track_lands_at_the_pointer() {
        let laid = laid(&sample());
        let web2 = rect_of(&laid, "web2");
        assert_eq!(
            landing(&laid, Channel::Website, web2.center() - vec2(0.0, 1.0)),
            Ok((1, 1, Some("web2".into())))
        );
        assert_eq!(
            landing(&laid, Channel::Email, cell(&laid, 2, 1).center()),
            Ok((2, 1, None))
        );
        let shop1 = rect_of(&laid, "shop1");
        assert_eq!(
            landing(&laid, Channel::Shop, shop1.center() + vec2(0.0, 1.0)),
            Ok((0, 0, Some("shop2".into())))
        );
    }

    #[test]
    fn a_channel_on_the_other_track_lands_at_the_end_of_its_own_track() {
        let laid = laid(&sample());
        // A shop dropped on the first digital card lands after the physical cards.
        let web1 = rect_of(&laid, "web1");
        let target = laid.channel_drop(Channel::Shop, web1.center());
        assert_eq!(
            target.as_ref().map(|t| (t.column, t.row, t.before.clone())),
            Ok((0, 0, None))
        );
        let shop2 = rect_of(&laid, "shop2");
        assert_eq!(
            target.map(|t| t.marker.center().y),
            Ok(shop2.bottom() + 5.0)
        );
        assert_eq!(
            landing(&laid, Channel::Website, cell(&laid, 2, 0).center()),
            Ok((2, 1, None))
        );
    }

    #[test]
    fn a_channel_on_a_lane_that_holds_no_touchpoints_lands_on_its_track_in_that_phase() {
        let laid = laid(&sample());
        let feel = cell(&laid, 2, 2).center();
        assert_eq!(landing(&laid, Channel::Website, feel), Ok((2, 1, None)));
        assert_eq!(landing(&laid, Channel::Post, feel), Ok((2, 0, None)));
        let queue = rect_of(&laid, "queue");
        assert_eq!(
            landing(&laid, Channel::App, queue.center()),
            Ok((0, 1, None))
        );
        // On an emotion point it is the same: the point is in the emotion lane.
        let point = laid.curves[0].points[0].1;
        assert_eq!(landing(&laid, Channel::Chat, point), Ok((1, 1, None)));
    }

    #[test]
    fn of_two_lanes_of_the_track_the_nearest_takes_the_channel() {
        let mut map = sample();
        map.lanes.push(Lane {
            id: LaneId::new("digital2"),
            name: "App".to_owned(),
            kind: LaneKind::DigitalTouchpoints,
            collapsed: false,
            line_below: None,
        });
        let laid = laid(&map);
        // Rows: physical, digital, feel, pain, digital2. The pain lane is nearer digital2.
        let pain = cell(&laid, 1, 3).center();
        assert_eq!(landing(&laid, Channel::Website, pain), Ok((1, 4, None)));
        let physical = cell(&laid, 1, 0).center();
        assert_eq!(landing(&laid, Channel::Website, physical), Ok((1, 1, None)));
    }

    #[test]
    fn a_channel_without_a_lane_of_its_track_is_refused_saying_which_lane_is_missing() {
        let mut map = sample();
        map.lanes.retain(|l| l.kind != LaneKind::DigitalTouchpoints);
        let laid = laid(&map);
        let feel = cell(&laid, 1, 1).center();
        assert_eq!(laid.rows[1].kind, LaneKind::Emotions);
        assert_eq!(
            landing(&laid, Channel::Website, feel),
            Err(DropRefusal::NoTrack(Track::Digital))
        );
        let physical = cell(&laid, 1, 0).center();
        assert_eq!(
            landing(&laid, Channel::Website, physical),
            Err(DropRefusal::NoTrack(Track::Digital))
        );
        assert_eq!(landing(&laid, Channel::Shop, feel), Ok((1, 0, None)));
    }

    #[test]
    fn a_channel_on_a_header_the_title_the_legend_or_outside_is_refused() {
        let mut map = sample();
        map.phases[0].group = Some("Kopen".to_owned());
        map.phases[1].group = Some("Kopen".to_owned());
        let laid = laid(&map);
        let refused = |pos: Pos2| laid.channel_drop(Channel::Website, pos).err();
        assert_eq!(
            refused(laid.columns[1].header.center()),
            Some(DropRefusal::OnHeader)
        );
        assert_eq!(
            refused(laid.rows[2].header.center()),
            Some(DropRefusal::OnHeader)
        );
        assert_eq!(
            refused(laid.groups[0].rect.center()),
            Some(DropRefusal::OnHeader)
        );
        let title = laid.title.as_ref().map_or(Pos2::ZERO, |t| t.rect.center());
        assert_eq!(refused(title), Some(DropRefusal::OffGrid));
        let legend = laid.legend.as_ref().map_or(Pos2::ZERO, |l| l.rect.center());
        assert_eq!(refused(legend), Some(DropRefusal::OffGrid));
        assert_eq!(refused(pos2(-5.0, 300.0)), Some(DropRefusal::OutsideMap));
        assert_eq!(
            refused(laid.bounds.right_bottom() + vec2(1.0, 1.0)),
            Some(DropRefusal::OutsideMap)
        );
    }

    #[test]
    fn every_refusal_says_which_channel_was_not_added_and_what_to_do() {
        for (refusal, words) in [
            (DropRefusal::OnHeader, "header"),
            (DropRefusal::OffGrid, "cell"),
            (DropRefusal::OutsideMap, "outside the map"),
            (
                DropRefusal::NoTrack(Track::Digital),
                "no digital touchpoints lane",
            ),
        ] {
            let sentence = refusal.sentence(Channel::Website);
            assert!(
                sentence.starts_with("The Website touchpoint was not added: "),
                "{sentence}"
            );
            assert!(sentence.contains(words), "{sentence}");
            assert!(sentence.ends_with('.'), "{sentence}");
        }
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
