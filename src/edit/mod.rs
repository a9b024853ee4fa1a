//! Every change to a document is an [`Edit`]: a named list of small [`Op`]s. Applying an
//! op yields its inverse, so the [`History`] can undo and redo any edit exactly, and a whole
//! gesture (a drag, a paste, a delete of many cards) is one step.
//!
//! Ops address lists by position because the history replays them against exactly the
//! document they were made for; the document itself refers to everything by id.

pub mod clipboard;
mod history;
pub mod ops;
pub mod pictures;

pub use history::History;

use crate::model::{
    Card, Comment, EmotionCurve, JourneyMap, Lane, Language, Link, MapState, Persona, Phase,
    Picture,
};
use crate::sentence::{Localized, Sentence};

/// One primitive change. Each has an inverse of the same kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Set the title, description and state.
    SetMeta {
        /// New title.
        title: String,
        /// New description.
        description: String,
        /// New state.
        state: MapState,
    },
    /// Set the language of the map's own words.
    SetLanguage(Option<Language>),
    /// Insert a card at a position in the list.
    InsertCard(usize, Card),
    /// Remove the card at a position.
    RemoveCard(usize),
    /// Replace the card at a position.
    SetCard(usize, Card),
    /// Insert a link.
    InsertLink(usize, Link),
    /// Remove a link.
    RemoveLink(usize),
    /// Replace a link.
    SetLink(usize, Link),
    /// Insert a phase.
    InsertPhase(usize, Phase),
    /// Remove a phase.
    RemovePhase(usize),
    /// Replace a phase.
    SetPhase(usize, Phase),
    /// Insert a lane.
    InsertLane(usize, Lane),
    /// Remove a lane.
    RemoveLane(usize),
    /// Replace a lane.
    SetLane(usize, Lane),
    /// Insert a persona.
    InsertPersona(usize, Persona),
    /// Remove a persona.
    RemovePersona(usize),
    /// Replace a persona.
    SetPersona(usize, Persona),
    /// Insert an emotion curve.
    InsertCurve(usize, EmotionCurve),
    /// Remove an emotion curve.
    RemoveCurve(usize),
    /// Replace an emotion curve.
    SetCurve(usize, EmotionCurve),
    /// Insert a comment.
    InsertComment(usize, Comment),
    /// Remove a comment.
    RemoveComment(usize),
    /// Replace a comment (its text, its replies, whether it is resolved).
    SetComment(usize, Comment),
    /// Add a picture to the map's table.
    InsertPicture(usize, Picture),
    /// Remove a picture from the table.
    RemovePicture(usize),
}

/// A change the user made, as one undo step.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// What the step is called in the Edit menu, e.g. "move card" ("Undo move card").
    pub label: String,
    /// The ops, applied in order.
    pub ops: Vec<Op>,
}

impl Edit {
    /// An edit from its name and ops.
    pub fn new(label: impl Into<String>, ops: Vec<Op>) -> Self {
        Self {
            label: label.into(),
            ops,
        }
    }
}

/// An op that does not fit the document: a position past the end of a list. The history
/// never produces one; a bug that did is refused instead of crashing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    /// Which list, as the sentence names it: `cards`, `lanes`, `emotion curves`…
    pub list: &'static str,
    /// The position asked for.
    pub index: usize,
    /// The list's length.
    pub len: usize,
}

impl Localized for EditError {
    fn sentence(&self, language: Language) -> String {
        Sentence::new("error-edit-position")
            .with("index", self.index)
            // Fluent chooses by a name without spaces: `emotion_curves`.
            .with("list", self.list.replace(' ', "_"))
            .with("len", self.len)
            .sentence(language)
    }
}

/// The English sentence, as the command line and the logs say it.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for EditError {}

fn insert<T>(
    list: &mut Vec<T>,
    name: &'static str,
    index: usize,
    item: T,
) -> Result<(), EditError> {
    if index > list.len() {
        return Err(EditError {
            list: name,
            index,
            len: list.len(),
        });
    }
    list.insert(index, item);
    Ok(())
}

fn remove<T>(list: &mut Vec<T>, name: &'static str, index: usize) -> Result<T, EditError> {
    if index >= list.len() {
        return Err(EditError {
            list: name,
            index,
            len: list.len(),
        });
    }
    Ok(list.remove(index))
}

fn set<T>(list: &mut [T], name: &'static str, index: usize, item: T) -> Result<T, EditError> {
    let len = list.len();
    let slot = list.get_mut(index).ok_or(EditError {
        list: name,
        index,
        len,
    })?;
    Ok(std::mem::replace(slot, item))
}

impl Op {
    /// Applies the op and returns the op that undoes it.
    pub fn apply(self, map: &mut JourneyMap) -> Result<Op, EditError> {
        Ok(match self {
            Op::SetMeta {
                title,
                description,
                state,
            } => Op::SetMeta {
                title: std::mem::replace(&mut map.title, title),
                description: std::mem::replace(&mut map.description, description),
                state: std::mem::replace(&mut map.state, state),
            },
            Op::SetLanguage(language) => {
                Op::SetLanguage(std::mem::replace(&mut map.language, language))
            }
            Op::InsertCard(i, card) => {
                insert(&mut map.cards, "cards", i, card)?;
                Op::RemoveCard(i)
            }
            Op::RemoveCard(i) => Op::InsertCard(i, remove(&mut map.cards, "cards", i)?),
            Op::SetCard(i, card) => Op::SetCard(i, set(&mut map.cards, "cards", i, card)?),
            Op::InsertLink(i, link) => {
                insert(&mut map.links, "links", i, link)?;
                Op::RemoveLink(i)
            }
            Op::RemoveLink(i) => Op::InsertLink(i, remove(&mut map.links, "links", i)?),
            Op::SetLink(i, link) => Op::SetLink(i, set(&mut map.links, "links", i, link)?),
            Op::InsertPhase(i, phase) => {
                insert(&mut map.phases, "phases", i, phase)?;
                Op::RemovePhase(i)
            }
            Op::RemovePhase(i) => Op::InsertPhase(i, remove(&mut map.phases, "phases", i)?),
            Op::SetPhase(i, phase) => Op::SetPhase(i, set(&mut map.phases, "phases", i, phase)?),
            Op::InsertLane(i, lane) => {
                insert(&mut map.lanes, "lanes", i, lane)?;
                Op::RemoveLane(i)
            }
            Op::RemoveLane(i) => Op::InsertLane(i, remove(&mut map.lanes, "lanes", i)?),
            Op::SetLane(i, lane) => Op::SetLane(i, set(&mut map.lanes, "lanes", i, lane)?),
            Op::InsertPersona(i, persona) => {
                insert(&mut map.personas, "personas", i, persona)?;
                Op::RemovePersona(i)
            }
            Op::RemovePersona(i) => Op::InsertPersona(i, remove(&mut map.personas, "personas", i)?),
            Op::SetPersona(i, persona) => {
                Op::SetPersona(i, set(&mut map.personas, "personas", i, persona)?)
            }
            Op::InsertCurve(i, curve) => {
                insert(&mut map.emotion_curves, "emotion curves", i, curve)?;
                Op::RemoveCurve(i)
            }
            Op::RemoveCurve(i) => {
                Op::InsertCurve(i, remove(&mut map.emotion_curves, "emotion curves", i)?)
            }
            Op::SetCurve(i, curve) => {
                Op::SetCurve(i, set(&mut map.emotion_curves, "emotion curves", i, curve)?)
            }
            Op::InsertComment(i, comment) => {
                insert(&mut map.comments, "comments", i, comment)?;
                Op::RemoveComment(i)
            }
            Op::RemoveComment(i) => Op::InsertComment(i, remove(&mut map.comments, "comments", i)?),
            Op::SetComment(i, comment) => {
                Op::SetComment(i, set(&mut map.comments, "comments", i, comment)?)
            }
            Op::InsertPicture(i, picture) => {
                insert(&mut map.pictures, "pictures", i, picture)?;
                Op::RemovePicture(i)
            }
            Op::RemovePicture(i) => Op::InsertPicture(i, remove(&mut map.pictures, "pictures", i)?),
        })
    }
}

/// Applies ops in order and returns the ops that undo them all, in the order to apply
/// them. If one op fails, the ones before it are undone and the document is as it was.
pub fn apply_all(map: &mut JourneyMap, ops: Vec<Op>) -> Result<Vec<Op>, EditError> {
    let mut inverse = Vec::with_capacity(ops.len());
    for op in ops {
        match op.apply(map) {
            Ok(undo) => inverse.push(undo),
            Err(error) => {
                for undo in inverse.into_iter().rev() {
                    // These ops were just made from the document itself, so they fit.
                    let _ = undo.apply(map);
                }
                return Err(error);
            }
        }
    }
    inverse.reverse();
    Ok(inverse)
}
