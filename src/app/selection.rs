//! What is selected: cards, or one header, one link or one emotion point, never two kinds
//! at once. Pruned against the map after every change, so it never names what is gone.

use crate::edit::ops;
use crate::model::{CardId, JourneyMap, LaneId, LinkId, PhaseId, PointId};

/// A phase or a lane, as something selected, renamed or dragged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Header {
    /// A phase (a column).
    Phase(PhaseId),
    /// A lane (a row).
    Lane(LaneId),
}

impl Header {
    /// The phase's or lane's name in `map`; empty when it is gone.
    pub fn name(&self, map: &JourneyMap) -> String {
        match self {
            Header::Phase(id) => map.phase(id).map(|p| p.name.clone()),
            Header::Lane(id) => map.lane(id).map(|l| l.name.clone()),
        }
        .unwrap_or_default()
    }

    /// How many cards of `map` are in the phase or lane.
    pub fn card_count(&self, map: &JourneyMap) -> usize {
        map.cards
            .iter()
            .filter(|c| match self {
                Header::Phase(id) => &c.phase == id,
                Header::Lane(id) => &c.lane == id,
            })
            .count()
    }
}

/// What the user has selected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One or more cards, in the order they were selected (never empty).
    Cards(Vec<CardId>),
    /// A phase or lane header.
    Header(Header),
    /// A link between two cards.
    Link(LinkId),
    /// A point of a persona's emotion curve.
    Point(PointId),
}

impl Selection {
    /// The selected cards; empty when something else (or nothing) is selected.
    pub fn cards(&self) -> &[CardId] {
        match self {
            Selection::Cards(cards) => cards,
            _ => &[],
        }
    }

    /// Cards as a selection: nothing when there are none.
    pub fn of_cards(cards: Vec<CardId>) -> Self {
        if cards.is_empty() {
            Selection::None
        } else {
            Selection::Cards(cards)
        }
    }

    /// The selected header.
    pub fn header(&self) -> Option<&Header> {
        match self {
            Selection::Header(header) => Some(header),
            _ => None,
        }
    }

    /// The selected link.
    pub fn link(&self) -> Option<&LinkId> {
        match self {
            Selection::Link(link) => Some(link),
            _ => None,
        }
    }

    /// The selected emotion point.
    pub fn point(&self) -> Option<&PointId> {
        match self {
            Selection::Point(point) => Some(point),
            _ => None,
        }
    }

    /// Whether nothing is selected.
    pub fn is_none(&self) -> bool {
        *self == Selection::None
    }

    /// Whether this card is selected.
    pub fn contains_card(&self, id: &CardId) -> bool {
        self.cards().contains(id)
    }

    /// Adds a card to the selected cards, or takes it out if it was in (Shift+click);
    /// anything else selected gives way to the card.
    pub fn toggle_card(&mut self, id: CardId) {
        let mut cards = self.cards().to_vec();
        match cards.iter().position(|c| *c == id) {
            Some(i) => {
                cards.remove(i);
            }
            None => cards.push(id),
        }
        *self = Selection::of_cards(cards);
    }

    /// Adds cards to the selected cards, each once.
    pub fn add_cards(&mut self, ids: impl IntoIterator<Item = CardId>) {
        let mut cards = self.cards().to_vec();
        for id in ids {
            if !cards.contains(&id) {
                cards.push(id);
            }
        }
        *self = Selection::of_cards(cards);
    }

    /// Forgets what `map` no longer has.
    pub fn prune(&mut self, map: &JourneyMap) {
        let keep = match self {
            Selection::None => true,
            Selection::Cards(cards) => {
                if cards.len() > 64 {
                    let present: std::collections::HashSet<&CardId> =
                        map.cards.iter().map(|c| &c.id).collect();
                    cards.retain(|id| present.contains(id));
                } else {
                    cards.retain(|id| map.card(id).is_some());
                }
                !cards.is_empty()
            }
            Selection::Header(Header::Phase(id)) => map.phase(id).is_some(),
            Selection::Header(Header::Lane(id)) => map.lane(id).is_some(),
            Selection::Link(id) => map.links.iter().any(|l| &l.id == id),
            Selection::Point(id) => ops::find_point(map, id).is_some(),
        };
        if !keep {
            *self = Selection::None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Lane, LaneKind, Phase};

    fn map_with_cards(ids: &[&str]) -> JourneyMap {
        let mut map = JourneyMap::empty("t");
        map.phases.push(Phase {
            id: PhaseId("p".into()),
            name: "P".into(),
            color: crate::model::templates::phase_color(0),
            group: None,
            width: None,
        });
        map.lanes.push(Lane {
            id: LaneId("l".into()),
            name: "L".into(),
            kind: LaneKind::CustomerActions,
            collapsed: false,
            line_below: None,
        });
        for id in ids {
            map.cards.push(Card::new(
                CardId((*id).into()),
                PhaseId("p".into()),
                LaneId("l".into()),
                "card",
            ));
        }
        map
    }

    #[test]
    fn toggling_the_last_card_out_selects_nothing() {
        let mut selection = Selection::Header(Header::Phase(PhaseId("p".into())));
        selection.toggle_card(CardId("a".into()));
        assert_eq!(selection, Selection::Cards(vec![CardId("a".into())]));
        selection.toggle_card(CardId("a".into()));
        assert_eq!(selection, Selection::None);
    }

    #[test]
    fn pruning_forgets_deleted_cards_and_headers() {
        let map = map_with_cards(&["a"]);
        let mut cards = Selection::Cards(vec![CardId("gone".into()), CardId("a".into())]);
        cards.prune(&map);
        assert_eq!(cards.cards(), &[CardId("a".into())]);
        let mut only_gone = Selection::Cards(vec![CardId("gone".into())]);
        only_gone.prune(&map);
        assert!(only_gone.is_none());
        let mut lane = Selection::Header(Header::Lane(LaneId("x".into())));
        lane.prune(&map);
        assert!(lane.is_none());
        let mut phase = Selection::Header(Header::Phase(PhaseId("p".into())));
        phase.prune(&map);
        assert!(phase.header().is_some());
    }
}
