//! The semantic checks a map must pass after it has been parsed: every reference points at
//! something that exists, ids are unique, scores are in range.

use std::collections::HashMap;
use std::fmt;

use super::{
    COLUMN_WIDTH_RANGE, CommentTarget, JourneyMap, LinkKind, MAX_PICTURE_SIDE, SCORE_RANGE,
};
use crate::i18n::Language;
use crate::printable::{excerpt, excerpt_to, number_text, printable};
use crate::sentence::{Localized, Sentence};

/// The most phases a map may have.
pub const MAX_PHASES: usize = 500;
/// The most lanes a map may have.
pub const MAX_LANES: usize = 500;
/// The most cards, links or emotion points a map may have.
pub const MAX_ITEMS: usize = 200_000;
/// The most personas a map may have.
pub const MAX_PERSONAS: usize = 200;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The map can be opened, but something is probably not what the author meant.
    Warning,
    /// The map cannot be opened as it is.
    Error,
}

/// One thing wrong with a map, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Whether the map can still be opened.
    pub severity: Severity,
    /// Where in the file, e.g. `cards[3].phase`.
    pub path: String,
    /// What is wrong, as a sentence fragment a user understands, in either language.
    pub message: Sentence,
}

impl Problem {
    fn error(path: impl Into<String>, message: Sentence) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            message,
        }
    }

    fn warning(path: impl Into<String>, message: Sentence) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            message,
        }
    }

    /// A warning about a field this version of journeymap does not know.
    pub fn unknown_field(path: impl Into<String>) -> Self {
        Self::warning(path, Sentence::new("error-unknown-field"))
    }
}

/// Said escaped, whoever made the problem: a path holds keys from the file, and a message
/// may quote its values.
impl Localized for Problem {
    fn sentence(&self, language: Language) -> String {
        let message = printable(&self.message.sentence(language)).into_owned();
        if self.path.is_empty() {
            message
        } else {
            format!("{}: {message}", excerpt_to(&self.path, PATH_CHARS))
        }
    }
}

/// The English sentence, as the command line prints it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// How much of a path a problem shows: enough for `emotion_curves[12].points[345].card`
/// and a key or two.
const PATH_CHARS: usize = 120;

/// Finds everything wrong with a map: errors that make it unusable and warnings about
/// things that are probably mistakes. An empty list means the map is fine.
pub fn check(map: &JourneyMap) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Files are untrusted: a map far beyond any real journey is refused before anything
    // tries to lay it out.
    let points: usize = map.emotion_curves.iter().map(|c| c.points.len()).sum();
    let comments: usize = map.comments.iter().map(|c| 1 + c.replies.len()).sum();
    for (list, count, limit) in [
        ("phases", map.phases.len(), MAX_PHASES),
        ("lanes", map.lanes.len(), MAX_LANES),
        ("cards", map.cards.len(), MAX_ITEMS),
        ("links", map.links.len(), MAX_ITEMS),
        ("personas", map.personas.len(), MAX_PERSONAS),
        ("emotion_curves", points, MAX_ITEMS),
        ("comments", comments, MAX_ITEMS),
        ("pictures", map.pictures.len(), MAX_ITEMS),
    ] {
        if count > limit {
            problems.push(Problem::error(
                list,
                Sentence::new("error-too-many")
                    .with("count", count)
                    .with("limit", limit),
            ));
        }
    }
    if !problems.is_empty() {
        return problems;
    }

    // Every reference is looked up by id in a hash map, never by searching a list, so a
    // check stays linear in the size of the map.
    let personas = unique_ids(
        "personas",
        map.personas.iter().map(|p| &p.id.0),
        &mut problems,
    );
    let phases = unique_ids("phases", map.phases.iter().map(|p| &p.id.0), &mut problems);
    let lanes = unique_ids("lanes", map.lanes.iter().map(|l| &l.id.0), &mut problems);
    for (i, phase) in map.phases.iter().enumerate() {
        if let Some(width) = phase.width
            && !COLUMN_WIDTH_RANGE.contains(&width)
        {
            problems.push(Problem::error(
                format!("phases[{i}].width"),
                Sentence::new("error-column-width").with("width", number_text(width)),
            ));
        }
    }
    let cards = unique_ids("cards", map.cards.iter().map(|c| &c.id.0), &mut problems);
    let card_by_id = |id: &str| cards.get(id).map(|&i| &map.cards[i]);
    let links = unique_ids("links", map.links.iter().map(|l| &l.id.0), &mut problems);
    let pictures = check_pictures(map, &mut problems);
    let picture_missing = |path: String, id: &super::PictureId| {
        (!pictures.contains_key(id.as_str())).then(|| {
            Problem::warning(
                path,
                Sentence::new("error-no-such-id")
                    .with("what", "picture")
                    .with("id", excerpt(id.as_str())),
            )
        })
    };
    for (i, persona) in map.personas.iter().enumerate() {
        if let Some(id) = &persona.picture {
            problems.extend(picture_missing(format!("personas[{i}].picture"), id));
        }
    }

    for (i, card) in map.cards.iter().enumerate() {
        if let Some(id) = &card.picture {
            problems.extend(picture_missing(format!("cards[{i}].picture"), id));
        }
        if !phases.contains_key(card.phase.as_str()) {
            problems.push(missing(format!("cards[{i}].phase"), "phase", &card.phase.0));
        }
        match lanes.get(card.lane.as_str()).map(|&l| &map.lanes[l]) {
            None => problems.push(missing(format!("cards[{i}].lane"), "lane", &card.lane.0)),
            Some(lane) => {
                if let (Some(channel), Some(track)) = (card.channel, lane.kind.track())
                    && channel.track() != track
                {
                    // A problem is an interface sentence, so its words are the interface's.
                    let language = crate::i18n::interface_language();
                    problems.push(Problem::warning(
                        format!("cards[{i}].channel"),
                        Sentence::new("error-channel-on-other-track")
                            .with("channel", channel.label(language))
                            .with("channel_track", channel.track().label(language))
                            .with("track", track.label(language)),
                    ));
                }
            }
        }
    }

    let mut seen_links = HashMap::with_capacity(map.links.len());
    for (i, link) in map.links.iter().enumerate() {
        // Made only for a problem: most links have none.
        let path = || format!("links[{i}]");
        let (from, to) = (card_by_id(link.from.as_str()), card_by_id(link.to.as_str()));
        for (end, id, found) in [("from", &link.from, from), ("to", &link.to, to)] {
            if found.is_none() {
                problems.push(missing(format!("{}.{end}", path()), "card", &id.0));
            }
        }
        if link.from == link.to {
            problems.push(Problem::error(
                path(),
                Sentence::new("error-link-to-itself").with("card", excerpt(link.from.as_str())),
            ));
        }
        if let Some(first) = seen_links.insert((&link.from, &link.to, link.kind), i) {
            problems.push(Problem::error(
                path(),
                Sentence::new("error-link-twice")
                    .with("first", format!("links[{first}]"))
                    .with("from", excerpt(link.from.as_str()))
                    .with("to", excerpt(link.to.as_str()))
                    .with("kind", kind_code(link.kind)),
            ));
        }
        if link.kind == LinkKind::ChannelSwitch
            && let (Some(from), Some(to)) = (from, to)
            && let (Some(from), Some(to)) = (from.channel, to.channel)
            && from == to
        {
            problems.push(Problem::warning(
                format!("{}.kind", path()),
                Sentence::new("error-switch-same-channel")
                    .with("channel", from.label(map.language())),
            ));
        }
        if link.quality.is_some() && link.kind != LinkKind::ChannelSwitch {
            problems.push(Problem::error(
                format!("{}.quality", path()),
                Sentence::new("error-quality-not-switch").with("kind", kind_code(link.kind)),
            ));
        }
    }

    let mut curve_of_persona = HashMap::new();
    let mut point_ids = HashMap::new();
    for (i, curve) in map.emotion_curves.iter().enumerate() {
        let path = format!("emotion_curves[{i}]");
        if !personas.contains_key(curve.persona.as_str()) {
            problems.push(missing(
                format!("{path}.persona"),
                "persona",
                &curve.persona.0,
            ));
        }
        if let Some(first) = curve_of_persona.insert(&curve.persona, i) {
            problems.push(Problem::error(
                format!("{path}.persona"),
                Sentence::new("error-persona-two-curves")
                    .with("persona", excerpt(curve.persona.as_str()))
                    .with("first", format!("emotion_curves[{first}]")),
            ));
        }
        for (j, point) in curve.points.iter().enumerate() {
            let path = format!("{path}.points[{j}]");
            if point.id.0.is_empty() {
                problems.push(Problem::error(
                    format!("{path}.id"),
                    Sentence::new("error-empty-id"),
                ));
            } else if let Some(first) = point_ids.insert(&point.id, path.clone()) {
                problems.push(Problem::error(
                    format!("{path}.id"),
                    Sentence::new("error-id-taken")
                        .with("id", excerpt(point.id.as_str()))
                        .with("first", first.as_str()),
                ));
            }
            if !phases.contains_key(point.phase.as_str()) {
                problems.push(missing(format!("{path}.phase"), "phase", &point.phase.0));
            }
            if let Some(card_id) = &point.card {
                match card_by_id(card_id.as_str()).map(|card| card.phase.as_str()) {
                    None => problems.push(missing(format!("{path}.card"), "card", &card_id.0)),
                    // A card in a missing phase is reported once, at the card.
                    Some(card_phase)
                        if card_phase != point.phase.as_str()
                            && phases.contains_key(card_phase) =>
                    {
                        problems.push(Problem::error(
                            format!("{path}.card"),
                            Sentence::new("error-point-phase")
                                .with("card", excerpt(card_id.as_str()))
                                .with("card_phase", excerpt(card_phase))
                                .with("phase", excerpt(point.phase.as_str())),
                        ));
                    }
                    Some(_) => {}
                }
            }
            if !SCORE_RANGE.contains(&point.score) {
                problems.push(Problem::error(
                    format!("{path}.score"),
                    Sentence::new("error-score").with("score", number_text(point.score)),
                ));
            }
        }
    }

    let mut comment_ids = HashMap::<&crate::model::CommentId, String>::new();
    for (i, comment) in map.comments.iter().enumerate() {
        let path = format!("comments[{i}]");
        let (what, id, found) = match &comment.on {
            CommentTarget::Map => ("map", "", true),
            CommentTarget::Card(id) => ("card", id.as_str(), cards.contains_key(id.as_str())),
            CommentTarget::Phase(id) => ("phase", id.as_str(), phases.contains_key(id.as_str())),
            CommentTarget::Lane(id) => ("lane", id.as_str(), lanes.contains_key(id.as_str())),
            CommentTarget::Link(id) => ("link", id.as_str(), links.contains_key(id.as_str())),
        };
        if !found {
            // Shown as a comment on the whole map rather than lost.
            problems.push(Problem::warning(
                format!("{path}.on"),
                Sentence::new("error-no-such-id")
                    .with("what", what)
                    .with("id", excerpt(id)),
            ));
        }
        let replies = comment
            .replies
            .iter()
            .enumerate()
            .map(|(j, reply)| (format!("{path}.replies[{j}]"), &reply.id));
        for (path, id) in std::iter::once((path.clone(), &comment.id)).chain(replies) {
            if id.0.trim().is_empty() {
                problems.push(Problem::error(
                    format!("{path}.id"),
                    Sentence::new("error-empty-id"),
                ));
            } else if let Some(first) = comment_ids.get(id) {
                problems.push(Problem::error(
                    format!("{path}.id"),
                    Sentence::new("error-id-taken")
                        .with("id", excerpt(id.as_str()))
                        .with("first", first.as_str()),
                ));
            } else {
                comment_ids.insert(id, path);
            }
        }
    }

    problems
}

/// Checks the picture table without decoding a pixel: ids, the size each picture claims,
/// and whether the first bytes of its data say the same. Damaged data is a warning: the
/// cards that show it get an empty frame, and the data is kept as it was.
fn check_pictures<'a>(map: &'a JourneyMap, problems: &mut Vec<Problem>) -> HashMap<&'a str, usize> {
    let ids = unique_ids("pictures", map.pictures.iter().map(|p| &p.id.0), problems);
    for (i, picture) in map.pictures.iter().enumerate() {
        let path = format!("pictures[{i}]");
        let sides = 1..=MAX_PICTURE_SIDE;
        // A warning: the picture shows as an empty frame and everything else opens.
        if !sides.contains(&picture.width) || !sides.contains(&picture.height) {
            problems.push(Problem::warning(
                path.clone(),
                Sentence::new("error-picture-size")
                    .with("width", picture.width)
                    .with("height", picture.height)
                    .with("max", MAX_PICTURE_SIDE),
            ));
        }
        if picture.data.is_damaged() {
            problems.push(Problem::warning(
                format!("{path}.data"),
                Sentence::new("error-picture-not-base64"),
            ));
            continue;
        }
        match super::sniff(picture.data.bytes()) {
            None => problems.push(Problem::warning(
                format!("{path}.data"),
                Sentence::new("error-picture-damaged"),
            )),
            Some((_, width, height)) if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE => {
                problems.push(Problem::warning(
                    format!("{path}.data"),
                    Sentence::new("error-picture-size")
                        .with("width", width)
                        .with("height", height)
                        .with("max", MAX_PICTURE_SIDE),
                ));
            }
            Some((media_type, width, height)) => {
                if media_type != picture.media_type {
                    problems.push(Problem::warning(
                        format!("{path}.media_type"),
                        Sentence::new("error-picture-type")
                            .with("found", media_type.mime())
                            .with("said", picture.media_type.mime()),
                    ));
                }
                if (width, height) != (picture.width, picture.height) {
                    problems.push(Problem::warning(
                        path,
                        Sentence::new("error-picture-dimensions")
                            .with("found", format!("{width} × {height}"))
                            .with("said", format!("{} × {}", picture.width, picture.height)),
                    ));
                }
            }
        }
    }
    ids
}

/// Reports empty and repeated ids, and returns where each id is first used in its list, for
/// reference checks.
fn unique_ids<'a>(
    list: &str,
    ids: impl ExactSizeIterator<Item = &'a String>,
    problems: &mut Vec<Problem>,
) -> HashMap<&'a str, usize> {
    let mut first_index: HashMap<&str, usize> = HashMap::with_capacity(ids.len());
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            problems.push(Problem::error(
                format!("{list}[{i}].id"),
                Sentence::new("error-empty-id"),
            ));
        } else if let Some(first) = first_index.get(id.as_str()) {
            problems.push(Problem::error(
                format!("{list}[{i}].id"),
                Sentence::new("error-id-taken")
                    .with("id", excerpt(id))
                    .with("first", format!("{list}[{first}]")),
            ));
        } else {
            first_index.insert(id, i);
        }
    }
    first_index
}

/// A reference to an id that is not there; `what` is `phase`, `lane`, `card` or `persona`,
/// which the sentence chooses its noun by.
fn missing(path: String, what: &'static str, id: &str) -> Problem {
    Problem::error(
        path,
        Sentence::new("error-no-such-id")
            .with("what", what)
            .with("id", excerpt(id)),
    )
}

/// A link kind as the sentences choose by it: `switch`, `next` or `influence`.
fn kind_code(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::ChannelSwitch => "switch",
        LinkKind::NextStep => "next",
        LinkKind::Influence => "influence",
    }
}
