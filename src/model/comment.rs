//! Review comments: what colleagues say about a card, a phase, a lane, a link or the whole
//! map, with replies, kept in the file beside the map and never drawn in an export unless
//! asked for.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CardId, CommentId, LaneId, LinkId, PhaseId, is_false};

/// One comment and its replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comment {
    /// Stable id, unique among comments and replies.
    pub id: CommentId,
    /// What the comment is about.
    pub on: CommentTarget,
    /// Who wrote it, as they named themselves in the settings.
    #[serde(default)]
    pub author: String,
    /// When it was written: an RFC 3339 time in UTC, e.g. `2026-12-07T18:40:00Z`.
    #[serde(default)]
    pub time: String,
    /// What they wrote.
    pub text: String,
    /// Dealt with: folded away in the comments panel.
    #[serde(default, skip_serializing_if = "is_false")]
    pub resolved: bool,
    /// The answers, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
}

/// An answer to a comment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reply {
    /// Stable id, unique among comments and replies.
    pub id: CommentId,
    /// Who wrote it.
    #[serde(default)]
    pub author: String,
    /// When it was written, as [`Comment::time`].
    #[serde(default)]
    pub time: String,
    /// What they wrote.
    pub text: String,
}

/// The part of a map a comment is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommentTarget {
    /// The map as a whole.
    Map,
    /// A card.
    Card(CardId),
    /// A phase (a column).
    Phase(PhaseId),
    /// A lane (a row).
    Lane(LaneId),
    /// A link between two cards.
    Link(LinkId),
}
