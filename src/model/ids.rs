//! Stable identifiers for the things in a map.
//!
//! Every reference inside a document (a card's phase, a link's ends, a curve's persona) is one
//! of these newtypes, never a position in a list, so reordering phases or cards never breaks a
//! reference and a file diffs well when something is inserted.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a string as an id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as the text stored in the file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies a persona.
    PersonaId
);
id_type!(
    /// Identifies a phase (a column).
    PhaseId
);
id_type!(
    /// Identifies a lane (a swimlane, a row).
    LaneId
);
id_type!(
    /// Identifies a card.
    CardId
);
id_type!(
    /// Identifies a link between two cards.
    LinkId
);
id_type!(
    /// Identifies one point of an emotion curve.
    PointId
);
id_type!(
    /// Identifies a picture: `sha256-` and the hash of its bytes.
    PictureId
);
id_type!(
    /// Identifies a comment or a reply.
    CommentId
);

/// Makes ids that are not yet used in a map, such as `c12` after `c11`.
///
/// Ids are short and readable on purpose: people read and diff these files.
pub fn fresh_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let next = taken
        .into_iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n.saturating_add(1));
    format!("{prefix}{next}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_id_follows_the_highest_number_with_that_prefix() {
        assert_eq!(fresh_id("c", ["c1", "c7", "p9", "cx"]), "c8");
        assert_eq!(fresh_id("c", []), "c1");
    }
}
