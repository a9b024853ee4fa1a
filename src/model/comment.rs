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

/// The time now, as a comment stores it: RFC 3339 in UTC, to the second.
pub fn comment_time_now() -> String {
    let now = jiff::Timestamp::now();
    let whole = jiff::Timestamp::from_second(now.as_second()).unwrap_or(now);
    whole.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A comment's time as a reader reads it, in their own time zone: "7 Dec 18:40" ("7 dec
/// 18:40" in Dutch), with the year when it is not this year. A time that does not parse
/// is shown as written: the file is someone's, and may say "yesterday".
pub fn comment_time_text(time: &str, language: crate::i18n::Language) -> String {
    let zone = jiff::tz::TimeZone::system();
    let this_year = jiff::Timestamp::now().to_zoned(zone.clone()).year();
    comment_time_in(time, language, &zone, this_year)
}

/// [`comment_time_text`] in a given time zone and year, for tests.
pub fn comment_time_in(
    time: &str,
    language: crate::i18n::Language,
    zone: &jiff::tz::TimeZone,
    this_year: i16,
) -> String {
    let Ok(stamp) = time.trim().parse::<jiff::Timestamp>() else {
        return time.to_owned();
    };
    let local = stamp.to_zoned(zone.clone());
    let clock = format!("{:02}:{:02}", local.hour(), local.minute());
    let (day, month) = (i64::from(local.day()), i64::from(local.month()));
    if local.year() == this_year {
        crate::tr_in!(
            language,
            "comment-time",
            day = day,
            month = month,
            clock = clock
        )
    } else {
        crate::tr_in!(
            language,
            "comment-time-year",
            day = day,
            month = month,
            year = i64::from(local.year()),
            clock = clock
        )
    }
}

impl CommentTarget {
    /// What the comment is shown on in `map`: its own target, or the whole map when that
    /// is gone (a file edited by hand, a merge), so no comment is lost from sight.
    pub fn shown_on(&self, map: &super::JourneyMap) -> CommentTarget {
        let found = match self {
            CommentTarget::Map => true,
            CommentTarget::Card(id) => map.card(id).is_some(),
            CommentTarget::Phase(id) => map.phase(id).is_some(),
            CommentTarget::Lane(id) => map.lane(id).is_some(),
            CommentTarget::Link(id) => map.links.iter().any(|l| &l.id == id),
        };
        if found {
            self.clone()
        } else {
            CommentTarget::Map
        }
    }
}

/// The positions of `map`'s comments in the order a reader meets their targets: the map,
/// then the phases left to right, the lanes top to bottom, the cards by phase and lane,
/// and the links; comments on one target oldest first.
pub fn comments_in_map_order(map: &super::JourneyMap) -> Vec<usize> {
    use std::collections::HashMap;
    let phases: HashMap<&super::PhaseId, usize> = map
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, i))
        .collect();
    let lanes: HashMap<&super::LaneId, usize> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (&l.id, i))
        .collect();
    // Each comment's place is worked out once, not at every comparison of the sort: the
    // panel asks for this order in every frame.
    let wanted = |i: usize| &map.comments[i].on;
    let key = |i: usize| -> (u8, usize, usize, usize) {
        match wanted(i).shown_on(map) {
            CommentTarget::Map => (0, 0, 0, 0),
            CommentTarget::Phase(id) => (1, phases.get(&id).copied().unwrap_or(0), 0, 0),
            CommentTarget::Lane(id) => (2, lanes.get(&id).copied().unwrap_or(0), 0, 0),
            CommentTarget::Card(id) => map
                .cards
                .iter()
                .position(|c| c.id == id)
                .and_then(|at| {
                    let card = map.cards.get(at)?;
                    Some((
                        3,
                        phases.get(&card.phase).copied().unwrap_or(0),
                        lanes.get(&card.lane).copied().unwrap_or(0),
                        at,
                    ))
                })
                .unwrap_or((3, 0, 0, 0)),
            CommentTarget::Link(id) => (
                4,
                map.links.iter().position(|l| l.id == id).unwrap_or(0),
                0,
                0,
            ),
        }
    };
    let mut keyed: Vec<((u8, usize, usize, usize), usize)> =
        (0..map.comments.len()).map(|i| (key(i), i)).collect();
    // Sorting by key and then position keeps the comments on one target in the order they
    // were written.
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_comment_time_reads_short_in_the_readers_zone_and_language() {
        let amsterdam = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
        let time = "2026-12-07T18:40:00Z";
        let english = comment_time_in(time, Language::English, &amsterdam, 2026);
        assert_eq!(english.replace(['\u{2068}', '\u{2069}'], ""), "7 Dec 19:40");
        let dutch = comment_time_in(time, Language::Dutch, &amsterdam, 2027);
        assert_eq!(
            dutch.replace(['\u{2068}', '\u{2069}'], ""),
            "7 dec 2026 19:40"
        );
        assert_eq!(
            comment_time_in("last Tuesday", Language::English, &amsterdam, 2026),
            "last Tuesday"
        );
        let now = comment_time_now();
        assert!(now.ends_with('Z') && now.len() == 20, "{now}");
    }

    #[test]
    fn comments_are_ordered_as_a_reader_meets_their_targets_and_orphans_go_on_the_map() {
        let mut map = crate::file::load(crate::samples::SAMPLES[0].json.as_bytes())
            .unwrap()
            .map;
        let last_card = map.cards.last().unwrap().id.clone();
        let first_phase = map.phases[0].id.clone();
        let comment = |id: &str, on: CommentTarget| Comment {
            id: super::super::CommentId(id.into()),
            on,
            author: String::new(),
            time: String::new(),
            text: id.into(),
            resolved: false,
            replies: Vec::new(),
        };
        map.comments = vec![
            comment("on-card", CommentTarget::Card(last_card)),
            comment("on-phase", CommentTarget::Phase(first_phase)),
            comment(
                "orphan",
                CommentTarget::Card(super::super::CardId("gone".into())),
            ),
            comment("on-map", CommentTarget::Map),
        ];
        let order: Vec<&str> = comments_in_map_order(&map)
            .into_iter()
            .map(|i| map.comments[i].text.as_str())
            .collect();
        assert_eq!(order, ["orphan", "on-map", "on-phase", "on-card"]);
        assert_eq!(map.comments[2].on.shown_on(&map), CommentTarget::Map);
    }
}
