//! What the pointer (or the keyboard, for typing a name in place) is in the middle of:
//! the editor is idle or in exactly one gesture. A gesture changes nothing while it runs;
//! it shows a preview, and when it finishes it becomes at most one edit, one undo step.
//! Esc cancels it, and Undo, Redo, Save, Open and New wait until it has ended.

use egui::{Color32, Pos2, Rect, Vec2};

use super::selection::{Header, Selection};
use crate::edit::{Edit, ops};
use crate::layout::{DropTarget, MapLayout};
use crate::model::{CardId, EmotionPoint, JourneyMap, LinkId, PhaseId};
use crate::paint::Shape;

/// How the map would look if the gesture under way ended now.
pub struct Preview {
    /// The layout of the map after the edit.
    pub laid_out: MapLayout,
    /// Its appearance.
    pub shapes: Vec<Shape>,
}

/// Cards being dragged to another place.
#[derive(Clone, Debug, PartialEq)]
pub struct CardDrag {
    /// The cards, in their document order.
    pub cards: Vec<CardId>,
    /// Where the pointer grabbed the first card, relative to its top-left corner (map units).
    pub grab: Vec2,
    /// The pointer, in map space.
    pub pointer: Pos2,
    /// Where they would land.
    pub target: Option<DropTarget>,
}

/// A link being drawn: from a card to wherever the pointer is.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkDrag {
    /// The card the link starts from (the end that stays, when reconnecting).
    pub from: CardId,
    /// Where the line starts, in map space.
    pub start: Pos2,
    /// The pointer, in map space.
    pub pointer: Pos2,
    /// The card under the pointer that would be linked to.
    pub target: Option<CardId>,
    /// When an end of an existing link is being moved: which link and which end.
    pub reconnect: Option<(LinkId, ops::LinkEnd)>,
}

/// A phase or lane header being dragged, and the position it would take.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderDrag {
    /// The header.
    pub header: Header,
    /// Its index after the drop.
    pub to: usize,
}

/// An emotion point being dragged: what it would become if dropped now.
#[derive(Clone, Debug, PartialEq)]
pub struct PointDrag {
    /// The point as it is in the document.
    pub original: EmotionPoint,
    /// The point as it would be dropped.
    pub draft: EmotionPoint,
    /// The curve's colour, for the face shown while dragging.
    pub color: Color32,
}

/// What is renamed in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenameTarget {
    /// A card's title.
    Card(CardId),
    /// A phase's or lane's name.
    Header(Header),
}

/// Typing a new name in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renaming {
    /// What gets the name.
    pub target: RenameTarget,
    /// The text typed so far.
    pub text: String,
    /// The current name, shown faintly while the field is empty.
    pub hint: String,
    /// Whether the field has had the keyboard yet.
    pub focused: bool,
    /// Whether typing started the rename: the caret goes after what was typed, instead of
    /// the whole name being selected.
    pub typed: bool,
}

/// The one gesture under way.
#[derive(Default)]
pub enum Gesture {
    /// Nothing: the pointer is free.
    #[default]
    Idle,
    /// Cards follow the pointer; the map makes room where they would land.
    MoveCards(CardDrag, Option<Preview>),
    /// A selection band from one corner to the other, in map space.
    Band(Pos2, Pos2),
    /// A link is drawn from a card's handle, or an end of a link is moved.
    DrawLink(LinkDrag),
    /// A phase or lane header is dragged to another position.
    MoveHeader(HeaderDrag, Option<Preview>),
    /// A column's right edge is dragged: the phase and its new width.
    ResizeColumn(PhaseId, f64, Option<Preview>),
    /// An emotion point is dragged to another score, phase or card.
    MovePoint(PointDrag, Option<Preview>),
    /// A new name is typed in place.
    Rename(Renaming),
}

/// What a finished gesture asks for.
#[derive(Default)]
pub struct Finished {
    /// The one edit it makes, if any.
    pub edit: Option<Edit>,
    /// What is selected after it.
    pub select: Option<Selection>,
    /// Cards added to the selection (a selection band).
    pub add_cards: Vec<CardId>,
    /// Why nothing happened, when the user would wonder.
    pub status: Option<String>,
}

impl Gesture {
    /// Whether no gesture is under way.
    pub fn is_idle(&self) -> bool {
        matches!(self, Gesture::Idle)
    }

    /// Whether the pointer is dragging something (a rename is typed, not dragged).
    pub fn is_drag(&self) -> bool {
        !matches!(self, Gesture::Idle | Gesture::Rename(_))
    }

    /// How the map would look if the gesture ended now.
    pub fn preview(&self) -> Option<&Preview> {
        match self {
            Gesture::MoveCards(_, preview)
            | Gesture::MoveHeader(_, preview)
            | Gesture::ResizeColumn(_, _, preview)
            | Gesture::MovePoint(_, preview) => preview.as_ref(),
            _ => None,
        }
    }

    /// The cards being moved.
    pub fn card_drag(&self) -> Option<&CardDrag> {
        match self {
            Gesture::MoveCards(drag, _) => Some(drag),
            _ => None,
        }
    }

    /// The emotion point being dragged.
    pub fn point_drag(&self) -> Option<&PointDrag> {
        match self {
            Gesture::MovePoint(drag, _) => Some(drag),
            _ => None,
        }
    }

    /// The selection band, in map space.
    pub fn band(&self) -> Option<Rect> {
        match self {
            Gesture::Band(start, end) => Some(Rect::from_two_pos(*start, *end)),
            _ => None,
        }
    }

    /// The name being typed.
    pub fn renaming(&self) -> Option<&Renaming> {
        match self {
            Gesture::Rename(renaming) => Some(renaming),
            _ => None,
        }
    }

    /// Drops the gesture (Esc): nothing it showed is made, and the editor is idle.
    pub fn cancel(&mut self) {
        *self = Gesture::Idle;
    }

    /// Ends the gesture as the user let go: the one edit (and selection) it makes.
    pub fn finish(self, map: &JourneyMap, laid_out: &MapLayout) -> Finished {
        match self {
            Gesture::Idle => Finished::default(),
            Gesture::MoveCards(drag, _) => Finished {
                edit: drag
                    .target
                    .and_then(|t| place_of(laid_out, &t))
                    .map(|place| ops::move_cards(map, &drag.cards, &place)),
                ..Finished::default()
            },
            Gesture::Band(start, end) => {
                let area = Rect::from_two_pos(start, end);
                let inside = laid_out
                    .cards
                    .iter()
                    .filter(|c| area.intersects(c.rect))
                    .map(|c| c.id.clone());
                Finished {
                    add_cards: inside.collect(),
                    ..Finished::default()
                }
            }
            Gesture::DrawLink(drag) => finish_link(map, drag),
            Gesture::MoveHeader(drag, _) => Finished {
                edit: Some(match &drag.header {
                    Header::Phase(id) => ops::move_phase(map, id, drag.to),
                    Header::Lane(id) => ops::move_lane(map, id, drag.to),
                }),
                ..Finished::default()
            },
            Gesture::ResizeColumn(phase, width, _) => Finished {
                edit: resize_column(map, &phase, width),
                ..Finished::default()
            },
            Gesture::MovePoint(drag, _) => Finished {
                edit: finish_point(map, drag),
                ..Finished::default()
            },
            Gesture::Rename(renaming) => Finished {
                edit: rename(map, &renaming),
                ..Finished::default()
            },
        }
    }
}

/// The document's place for a drop target of the layout.
pub fn place_of(laid_out: &MapLayout, target: &DropTarget) -> Option<ops::Place> {
    Some(ops::Place {
        phase: laid_out.columns.get(target.column)?.phase.clone(),
        lane: laid_out.rows.get(target.row)?.lane.clone(),
        before: target.before.clone(),
    })
}

/// The edit that gives a column a new width.
pub fn resize_column(map: &JourneyMap, phase: &PhaseId, width: f64) -> Option<Edit> {
    let mut resized = map.phase(phase)?.clone();
    resized.width = Some(width);
    Some(ops::update_phase(
        map,
        resized,
        &crate::tr!("edit-resize-column"),
    ))
}

fn finish_link(map: &JourneyMap, drag: LinkDrag) -> Finished {
    let Some(target) = drag.target else {
        return Finished {
            status: Some(if drag.reconnect.is_some() {
                crate::tr!("status-link-end-not-dropped")
            } else {
                crate::tr!("status-link-not-dropped")
            }),
            ..Finished::default()
        };
    };
    if let Some((id, end)) = drag.reconnect {
        return match ops::reconnect_link(map, &id, end, &target) {
            Ok(edit) => Finished {
                edit: Some(edit),
                ..Finished::default()
            },
            Err(sentence) => Finished {
                status: Some(sentence),
                ..Finished::default()
            },
        };
    }
    match ops::add_link(map, &drag.from, &target) {
        Ok((edit, id)) => Finished {
            edit: Some(edit),
            select: Some(Selection::Link(id)),
            ..Finished::default()
        },
        Err(sentence) => Finished {
            status: Some(sentence),
            ..Finished::default()
        },
    }
}

/// One undo step for the whole point drag, none if nothing changed.
fn finish_point(map: &JourneyMap, drag: PointDrag) -> Option<Edit> {
    if drag.draft == drag.original {
        return None;
    }
    let label = if drag.draft.phase != drag.original.phase {
        crate::tr!("edit-move-point")
    } else if drag.draft.card != drag.original.card {
        crate::tr!("edit-tie-point")
    } else {
        crate::tr!("edit-change-score")
    };
    Some(ops::update_point(map, drag.draft, &label))
}

/// The edit that gives the renamed thing its new name; none for an empty name.
fn rename(map: &JourneyMap, renaming: &Renaming) -> Option<Edit> {
    let text = renaming.text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match &renaming.target {
        RenameTarget::Card(id) => {
            let mut card = map.card(id)?.clone();
            card.title = text.to_owned();
            ops::update_card(map, card, &crate::tr!("edit-rename-card"))
        }
        RenameTarget::Header(Header::Phase(id)) => {
            let mut phase = map.phase(id)?.clone();
            phase.name = text.to_owned();
            ops::update_phase(map, phase, &crate::tr!("edit-rename-phase"))
        }
        RenameTarget::Header(Header::Lane(id)) => {
            let mut lane = map.lane(id)?.clone();
            lane.name = text.to_owned();
            ops::update_lane(map, lane, &crate::tr!("edit-rename-lane"))
        }
    })
}
