//! The edits a user makes, built from the document as it is: each function returns one
//! [`Edit`] that keeps every reference valid (a deleted card takes its links with it; a
//! moved card takes its emotion points to its new phase).

use std::collections::HashSet;

use super::{Edit, Op};
use crate::model::{
    Card, CardId, Comment, CommentId, CommentTarget, JourneyMap, LaneId, Language, LinkId,
    MapState, PhaseId, Reply, fresh_id,
};

/// Ops that untie or move the emotion points of cards: untie when `new_phase` is `None`,
/// otherwise move them to that phase along with their card.
fn follow_points(
    map: &JourneyMap,
    cards: &HashSet<&CardId>,
    new_phase: Option<&PhaseId>,
) -> Vec<Op> {
    let mut ops = Vec::new();
    for (i, curve) in map.emotion_curves.iter().enumerate() {
        let mut changed = curve.clone();
        let mut any = false;
        for point in &mut changed.points {
            if point.card.as_ref().is_some_and(|c| cards.contains(c)) {
                match new_phase {
                    None => point.card = None,
                    Some(phase) => point.phase = phase.clone(),
                }
                any = true;
            }
        }
        if any {
            ops.push(Op::SetCurve(i, changed));
        }
    }
    ops
}

/// Deletes cards, with the links that touch them and the comments on either; emotion
/// points tied to them stay, untied.
pub fn delete_cards(map: &JourneyMap, ids: &[CardId]) -> Edit {
    let doomed: HashSet<&CardId> = ids.iter().collect();
    let (mut ops, links, count) = delete_cards_ops(map, &doomed);
    ops.extend(remove_comments(map, |on| match on {
        CommentTarget::Card(id) => doomed.contains(id),
        CommentTarget::Link(id) => links.contains(id),
        _ => false,
    }));
    Edit::new(crate::tr!("edit-delete-cards", count = count), ops)
}

/// The ops that delete cards and their links, without their comments (whoever deletes
/// more removes all comments at once, since comment positions shift as they go); with
/// the ids of the links that go and how many cards do.
fn delete_cards_ops(
    map: &JourneyMap,
    doomed: &HashSet<&CardId>,
) -> (Vec<Op>, HashSet<LinkId>, usize) {
    let mut ops = follow_points(map, doomed, None);
    let links: Vec<(usize, &LinkId)> = map
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| doomed.contains(&l.from) || doomed.contains(&l.to))
        .map(|(i, l)| (i, &l.id))
        .collect();
    ops.extend(links.iter().rev().map(|(i, _)| Op::RemoveLink(*i)));
    let cards: Vec<usize> = map
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| doomed.contains(&c.id))
        .map(|(i, _)| i)
        .collect();
    let count = cards.len();
    ops.extend(cards.into_iter().rev().map(Op::RemoveCard));
    let links = links.into_iter().map(|(_, id)| id.clone()).collect();
    (ops, links, count)
}

/// The ops that remove every comment on what `gone` says goes, last first so each
/// position is still right when its op runs.
fn remove_comments(map: &JourneyMap, gone: impl Fn(&CommentTarget) -> bool) -> Vec<Op> {
    map.comments
        .iter()
        .enumerate()
        .filter(|(_, c)| gone(&c.on))
        .map(|(i, _)| Op::RemoveComment(i))
        .rev()
        .collect()
}

/// Where a card goes: a cell, and the card it goes before (`None`: the end of the cell).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The column.
    pub phase: PhaseId,
    /// The row.
    pub lane: LaneId,
    /// The card in that cell it is put before.
    pub before: Option<CardId>,
}

/// The position in the card list for a new card at `place`, in a list of `cards`.
fn insertion_index(cards: &[Card], place: &Place) -> usize {
    if let Some(before) = &place.before
        && let Some(i) = cards.iter().position(|c| &c.id == before)
    {
        return i;
    }
    cards
        .iter()
        .rposition(|c| c.phase == place.phase && c.lane == place.lane)
        .map_or(cards.len(), |i| i + 1)
}

/// Moves cards, in their current order, to a place; their emotion points follow them.
pub fn move_cards(map: &JourneyMap, ids: &[CardId], place: &Place) -> Edit {
    let moving: HashSet<&CardId> = ids.iter().collect();
    if place.before.as_ref().is_some_and(|b| moving.contains(b)) {
        return Edit::new(crate::tr!("edit-move-cards", count = 1), Vec::new());
    }
    let mut ops = Vec::new();
    let mut remaining = map.cards.clone();
    let mut moved = Vec::new();
    for (i, card) in map.cards.iter().enumerate().rev() {
        if moving.contains(&card.id) {
            ops.push(Op::RemoveCard(i));
            moved.push(remaining.remove(i));
        }
    }
    moved.reverse();
    let count = moved.len();
    let at = insertion_index(&remaining, place);
    for (offset, mut card) in moved.into_iter().enumerate() {
        card.phase = place.phase.clone();
        card.lane = place.lane.clone();
        ops.push(Op::InsertCard(at + offset, card));
    }
    if map
        .cards
        .iter()
        .filter(|c| moving.contains(&c.id))
        .any(|c| c.phase != place.phase)
    {
        ops.extend(follow_points(map, &moving, Some(&place.phase)));
    }
    // A move that puts everything back where it was is no change at all.
    let mut after = map.clone();
    if super::apply_all(&mut after, ops.clone()).is_ok() && after.cards == map.cards {
        ops.clear();
    }
    Edit::new(crate::tr!("edit-move-cards", count = count), ops)
}

/// Adds a card at a place; the card's own phase and lane are set from the place.
pub fn add_card(map: &JourneyMap, mut card: Card, place: &Place) -> Edit {
    card.phase = place.phase.clone();
    card.lane = place.lane.clone();
    let at = insertion_index(&map.cards, place);
    Edit::new(crate::tr!("edit-add-card"), vec![Op::InsertCard(at, card)])
}

/// A card id not used in the map.
pub fn new_card_id(map: &JourneyMap) -> CardId {
    CardId(fresh_id("c", map.cards.iter().map(|c| c.id.as_str())))
}

/// The op that puts `item` in place of the element it is the same as, if that changes it.
fn replace_in<T: PartialEq>(
    list: &[T],
    item: T,
    same: impl Fn(&T, &T) -> bool,
    op: fn(usize, T) -> Op,
) -> Vec<Op> {
    list.iter()
        .position(|old| same(old, &item))
        .filter(|&i| list[i] != item)
        .map(|i| vec![op(i, item)])
        .unwrap_or_default()
}

/// Replaces a card's fields (found by its id).
pub fn update_card(map: &JourneyMap, card: Card, label: &str) -> Edit {
    Edit::new(
        label,
        replace_in(&map.cards, card, |a, b| a.id == b.id, Op::SetCard),
    )
}

/// Replaces several cards' fields at once, as one step.
pub fn update_cards(map: &JourneyMap, cards: Vec<Card>, label: &str) -> Edit {
    let ops = cards
        .into_iter()
        .filter_map(|card| {
            let i = map.cards.iter().position(|c| c.id == card.id)?;
            (map.cards[i] != card).then_some(Op::SetCard(i, card))
        })
        .collect();
    Edit::new(label, ops)
}

/// Sets the title, description and state.
pub fn set_meta(
    map: &JourneyMap,
    title: &str,
    description: &str,
    state: MapState,
    label: &str,
) -> Edit {
    let unchanged = map.title == title && map.description == description && map.state == state;
    let ops = if unchanged {
        Vec::new()
    } else {
        vec![Op::SetMeta {
            title: title.to_owned(),
            description: description.to_owned(),
            state,
        }]
    };
    Edit::new(label, ops)
}

/// Sets the language of the map's own words; nothing to undo when it already is that.
pub fn set_language(map: &JourneyMap, language: Language, label: &str) -> Edit {
    let ops = if map.language == Some(language) {
        Vec::new()
    } else {
        vec![Op::SetLanguage(Some(language))]
    };
    Edit::new(label, ops)
}

/// Copies cards, each right after its original, with new ids; returns the new ids.
pub fn duplicate_cards(map: &JourneyMap, ids: &[CardId]) -> (Edit, Vec<CardId>) {
    let wanted: HashSet<&CardId> = ids.iter().collect();
    let mut taken: Vec<String> = map.cards.iter().map(|c| c.id.0.clone()).collect();
    let mut ops = Vec::new();
    let mut new_ids = Vec::new();
    let mut inserted = 0;
    for (i, card) in map.cards.iter().enumerate() {
        if !wanted.contains(&card.id) {
            continue;
        }
        let id = CardId(fresh_id("c", taken.iter().map(String::as_str)));
        taken.push(id.0.clone());
        let mut copy = card.clone();
        copy.id = id.clone();
        inserted += 1;
        ops.push(Op::InsertCard(i + inserted, copy));
        new_ids.push(id);
    }
    let label = crate::tr!("edit-duplicate-cards", count = new_ids.len());
    (Edit::new(label, ops), new_ids)
}

/// Adds a phase at a position (clamped to the end).
pub fn add_phase(map: &JourneyMap, index: usize, phase: crate::model::Phase) -> Edit {
    Edit::new(
        crate::tr!("edit-add-phase"),
        vec![Op::InsertPhase(index.min(map.phases.len()), phase)],
    )
}

/// Adds a lane at a position (clamped to the end).
pub fn add_lane(map: &JourneyMap, index: usize, lane: crate::model::Lane) -> Edit {
    Edit::new(
        crate::tr!("edit-add-lane"),
        vec![Op::InsertLane(index.min(map.lanes.len()), lane)],
    )
}

/// Replaces a phase's fields (found by id).
pub fn update_phase(map: &JourneyMap, phase: crate::model::Phase, label: &str) -> Edit {
    Edit::new(
        label,
        replace_in(&map.phases, phase, |a, b| a.id == b.id, Op::SetPhase),
    )
}

/// Replaces a lane's fields (found by id).
pub fn update_lane(map: &JourneyMap, lane: crate::model::Lane, label: &str) -> Edit {
    Edit::new(
        label,
        replace_in(&map.lanes, lane, |a, b| a.id == b.id, Op::SetLane),
    )
}

/// The ops that move the element at `from` to position `to` (clamped to the list).
fn move_in<T: Clone>(
    list: &[T],
    from: Option<usize>,
    to: usize,
    remove: fn(usize) -> Op,
    insert: fn(usize, T) -> Op,
) -> Vec<Op> {
    match from {
        Some(from) if from != to.min(list.len() - 1) => {
            vec![
                remove(from),
                insert(to.min(list.len() - 1), list[from].clone()),
            ]
        }
        _ => Vec::new(),
    }
}

/// Moves a phase to another position; its cards go with it, since they refer to it by id.
pub fn move_phase(map: &JourneyMap, id: &PhaseId, to: usize) -> Edit {
    let from = map.phases.iter().position(|p| &p.id == id);
    let ops = move_in(&map.phases, from, to, Op::RemovePhase, Op::InsertPhase);
    Edit::new(crate::tr!("edit-move-phase"), ops)
}

/// Moves a lane to another position, with its cards.
pub fn move_lane(map: &JourneyMap, id: &LaneId, to: usize) -> Edit {
    let from = map.lanes.iter().position(|l| &l.id == id);
    let ops = move_in(&map.lanes, from, to, Op::RemoveLane, Op::InsertLane);
    Edit::new(crate::tr!("edit-move-lane"), ops)
}

/// Deletes a phase with its cards (and their links) and the emotion points in it.
pub fn delete_phase(map: &JourneyMap, id: &PhaseId) -> Edit {
    let Some(index) = map.phases.iter().position(|p| &p.id == id) else {
        return Edit::new(crate::tr!("edit-delete-phase"), Vec::new());
    };
    let cards: Vec<CardId> = map
        .cards
        .iter()
        .filter(|c| &c.phase == id)
        .map(|c| c.id.clone())
        .collect();
    let doomed: HashSet<&CardId> = cards.iter().collect();
    let (mut ops, links, _) = delete_cards_ops(map, &doomed);
    // The points in this phase go too; tied points of its cards were untied above and are
    // in this phase, so they go as well.
    for (i, curve) in map.emotion_curves.iter().enumerate() {
        if curve.points.iter().any(|p| &p.phase == id) {
            let mut kept = curve.clone();
            kept.points.retain(|p| &p.phase != id);
            ops.push(Op::SetCurve(i, kept));
        }
    }
    ops.push(Op::RemovePhase(index));
    ops.extend(remove_comments(map, |on| match on {
        CommentTarget::Phase(phase) => phase == id,
        CommentTarget::Card(card) => doomed.contains(card),
        CommentTarget::Link(link) => links.contains(link),
        _ => false,
    }));
    Edit::new(crate::tr!("edit-delete-phase"), ops)
}

/// Deletes a lane with its cards (and their links); emotion points stay, untied.
pub fn delete_lane(map: &JourneyMap, id: &LaneId) -> Edit {
    let Some(index) = map.lanes.iter().position(|l| &l.id == id) else {
        return Edit::new(crate::tr!("edit-delete-lane"), Vec::new());
    };
    let cards: Vec<CardId> = map
        .cards
        .iter()
        .filter(|c| &c.lane == id)
        .map(|c| c.id.clone())
        .collect();
    let doomed: HashSet<&CardId> = cards.iter().collect();
    let (mut ops, links, _) = delete_cards_ops(map, &doomed);
    ops.push(Op::RemoveLane(index));
    ops.extend(remove_comments(map, |on| match on {
        CommentTarget::Lane(lane) => lane == id,
        CommentTarget::Card(card) => doomed.contains(card),
        CommentTarget::Link(link) => links.contains(link),
        _ => false,
    }));
    Edit::new(crate::tr!("edit-delete-lane"), ops)
}

/// The kind a new link between two cards gets: a channel switch when their channels
/// differ, a next step otherwise.
fn kind_between(a: &Card, b: &Card) -> crate::model::LinkKind {
    match (a.channel, b.channel) {
        (Some(x), Some(y)) if x != y => crate::model::LinkKind::ChannelSwitch,
        _ => crate::model::LinkKind::NextStep,
    }
}

/// Says in a sentence that `a` is already linked to `b` with this kind, by a link other
/// than `except`.
fn refuse_duplicate(
    map: &JourneyMap,
    except: Option<&crate::model::LinkId>,
    a: &Card,
    b: &Card,
    kind: crate::model::LinkKind,
) -> Result<(), String> {
    let taken = map
        .links
        .iter()
        .any(|l| Some(&l.id) != except && l.from == a.id && l.to == b.id && l.kind == kind);
    if taken {
        let kind = match kind {
            crate::model::LinkKind::ChannelSwitch => "switch",
            crate::model::LinkKind::NextStep => "next",
            crate::model::LinkKind::Influence => "influence",
        };
        return Err(crate::tr!(
            "error-link-exists",
            from = a.title.as_str(),
            to = b.title.as_str(),
            kind = kind
        ));
    }
    Ok(())
}

/// Connects two cards, or says in a sentence why not: a card cannot link to itself, and two
/// cards are linked once per kind. The kind is a channel switch when the cards' channels
/// differ, a next step otherwise.
pub fn add_link(
    map: &JourneyMap,
    from: &CardId,
    to: &CardId,
) -> Result<(Edit, crate::model::LinkId), String> {
    use crate::model::{Link, LinkId};
    if from == to {
        return Err(crate::tr!("error-link-self"));
    }
    let (Some(a), Some(b)) = (map.card(from), map.card(to)) else {
        return Err(crate::tr!("error-link-not-cards"));
    };
    let kind = kind_between(a, b);
    refuse_duplicate(map, None, a, b, kind)?;
    let id = LinkId(fresh_id("k", map.links.iter().map(|l| l.id.as_str())));
    let link = Link {
        id: id.clone(),
        from: from.clone(),
        to: to.clone(),
        kind,
        label: None,
        quality: None,
    };
    Ok((
        Edit::new(
            crate::tr!("edit-add-link"),
            vec![Op::InsertLink(map.links.len(), link)],
        ),
        id,
    ))
}

/// Replaces a link's fields (found by id); a link that stops being a channel switch loses
/// its handoff quality.
pub fn update_link(map: &JourneyMap, mut link: crate::model::Link, label: &str) -> Edit {
    if link.kind != crate::model::LinkKind::ChannelSwitch {
        link.quality = None;
    }
    Edit::new(
        label,
        replace_in(&map.links, link, |a, b| a.id == b.id, Op::SetLink),
    )
}

/// Deletes a link, with the comments on it.
pub fn delete_link(map: &JourneyMap, id: &crate::model::LinkId) -> Edit {
    let mut ops = map
        .links
        .iter()
        .position(|l| &l.id == id)
        .map(|i| vec![Op::RemoveLink(i)])
        .unwrap_or_default();
    if !ops.is_empty() {
        ops.extend(remove_comments(
            map,
            |on| matches!(on, CommentTarget::Link(link) if link == id),
        ));
    }
    Edit::new(crate::tr!("edit-delete-link"), ops)
}

/// Which end of a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkEnd {
    /// The card the link starts at.
    From,
    /// The card the link goes to.
    To,
}

/// Moves one end of a link to another card, or says in a sentence why not (the same rules
/// as [`add_link`]). A channel switch or next step is re-chosen from the new cards'
/// channels; an influence stays an influence.
pub fn reconnect_link(
    map: &JourneyMap,
    id: &crate::model::LinkId,
    end: LinkEnd,
    card: &CardId,
) -> Result<Edit, String> {
    use crate::model::LinkKind;
    let Some(old) = map.links.iter().find(|l| &l.id == id) else {
        return Err(crate::tr!("error-link-gone"));
    };
    let mut link = old.clone();
    match end {
        LinkEnd::From => link.from = card.clone(),
        LinkEnd::To => link.to = card.clone(),
    }
    if link.from == link.to {
        return Err(crate::tr!("error-link-self"));
    }
    let (Some(a), Some(b)) = (map.card(&link.from), map.card(&link.to)) else {
        return Err(crate::tr!("error-link-not-cards"));
    };
    if link.kind != LinkKind::Influence {
        link.kind = kind_between(a, b);
    }
    refuse_duplicate(map, Some(&link.id), a, b, link.kind)?;
    Ok(update_link(map, link, &crate::tr!("edit-reconnect-link")))
}

/// Colours for new personas, in the order they are offered: distinct on white and in print.
const PERSONA_COLORS: [(u8, u8, u8); 8] = [
    (0xe1, 0x57, 0x59),
    (0x4e, 0x79, 0xa7),
    (0x59, 0xa1, 0x4f),
    (0xf2, 0x8e, 0x2b),
    (0xb0, 0x7a, 0xa1),
    (0x76, 0xb7, 0xb2),
    (0xed, 0xc9, 0x48),
    (0x9c, 0x75, 0x5f),
];

/// Adds a persona with a name and a colour no other persona has yet.
pub fn add_persona(map: &JourneyMap) -> (Edit, crate::model::PersonaId) {
    use crate::model::{Color, Persona, PersonaId};
    let id = PersonaId(fresh_id(
        "persona",
        map.personas.iter().map(|p| p.id.as_str()),
    ));
    let taken: HashSet<Color> = map.personas.iter().map(|p| p.color).collect();
    let color = PERSONA_COLORS
        .iter()
        .map(|&(r, g, b)| Color::rgb(r, g, b))
        .find(|c| !taken.contains(c))
        .unwrap_or(Color::rgb(0x60, 0x60, 0x60));
    let persona = Persona {
        id: id.clone(),
        name: crate::tr_in!(
            map.language(),
            "map-new-persona",
            number = map.personas.len() + 1
        ),
        description: String::new(),
        color,
        hidden: false,
        picture: None,
    };
    let ops = vec![Op::InsertPersona(map.personas.len(), persona)];
    (Edit::new(crate::tr!("edit-add-persona"), ops), id)
}

/// Replaces a persona's fields (found by id).
pub fn update_persona(map: &JourneyMap, persona: crate::model::Persona, label: &str) -> Edit {
    Edit::new(
        label,
        replace_in(&map.personas, persona, |a, b| a.id == b.id, Op::SetPersona),
    )
}

/// Deletes a persona and its emotion curve.
pub fn delete_persona(map: &JourneyMap, id: &crate::model::PersonaId) -> Edit {
    let mut ops: Vec<Op> = map
        .emotion_curves
        .iter()
        .enumerate()
        .filter(|(_, c)| &c.persona == id)
        .map(|(i, _)| Op::RemoveCurve(i))
        .rev()
        .collect();
    if let Some(i) = map.personas.iter().position(|p| &p.id == id) {
        ops.push(Op::RemovePersona(i));
    }
    Edit::new(crate::tr!("edit-delete-persona"), ops)
}

/// Adds a point to a persona's emotion curve (starting the curve if it has none).
pub fn add_point(
    map: &JourneyMap,
    persona: &crate::model::PersonaId,
    phase: &PhaseId,
    card: Option<CardId>,
    score: f64,
) -> (Edit, crate::model::PointId) {
    use crate::model::{EmotionCurve, EmotionPoint, PointId};
    let id = PointId(fresh_id(
        "e",
        map.emotion_curves
            .iter()
            .flat_map(|c| c.points.iter().map(|p| p.id.as_str())),
    ));
    let point = EmotionPoint {
        id: id.clone(),
        phase: phase.clone(),
        card,
        score: score.clamp(-2.0, 2.0),
        note: String::new(),
    };
    let op = match map
        .emotion_curves
        .iter()
        .position(|c| &c.persona == persona)
    {
        Some(i) => {
            let mut curve = map.emotion_curves[i].clone();
            curve.points.push(point);
            Op::SetCurve(i, curve)
        }
        None => Op::InsertCurve(
            map.emotion_curves.len(),
            EmotionCurve {
                persona: persona.clone(),
                points: vec![point],
            },
        ),
    };
    (Edit::new(crate::tr!("edit-add-point"), vec![op]), id)
}

/// Where a point is: its curve's position and its own position in that curve.
pub fn find_point(map: &JourneyMap, id: &crate::model::PointId) -> Option<(usize, usize)> {
    map.emotion_curves
        .iter()
        .enumerate()
        .find_map(|(c, curve)| {
            curve
                .points
                .iter()
                .position(|p| &p.id == id)
                .map(|i| (c, i))
        })
}

/// Replaces a point (found by id). A point tied to a card in another phase is untied,
/// so the map stays valid.
pub fn update_point(map: &JourneyMap, mut point: crate::model::EmotionPoint, label: &str) -> Edit {
    let Some((c, i)) = find_point(map, &point.id) else {
        return Edit::new(label, Vec::new());
    };
    if let Some(card) = point.card.as_ref().and_then(|id| map.card(id))
        && card.phase != point.phase
    {
        point.card = None;
    }
    point.score = point.score.clamp(-2.0, 2.0);
    let mut curve = map.emotion_curves[c].clone();
    curve.points[i] = point;
    Edit::new(label, vec![Op::SetCurve(c, curve)])
}

/// Deletes emotion points.
pub fn delete_points(map: &JourneyMap, ids: &[crate::model::PointId]) -> Edit {
    let mut ops = Vec::new();
    for (c, curve) in map.emotion_curves.iter().enumerate() {
        if curve.points.iter().any(|p| ids.contains(&p.id)) {
            let mut kept = curve.clone();
            kept.points.retain(|p| !ids.contains(&p.id));
            ops.push(Op::SetCurve(c, kept));
        }
    }
    Edit::new(crate::tr!("edit-delete-points", count = ids.len()), ops)
}

/// A comment id not used in the map, by a comment or a reply: `m1`, `m2`…
pub fn new_comment_id(map: &JourneyMap) -> CommentId {
    let taken = map
        .comments
        .iter()
        .flat_map(|c| std::iter::once(&c.id).chain(c.replies.iter().map(|r| &r.id)));
    CommentId(fresh_id("m", taken.map(CommentId::as_str)))
}

/// What a comment or reply says and who said it when: the same for both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// Who wrote it.
    pub author: String,
    /// When, as RFC 3339 UTC (see [`crate::model::comment_time_now`]).
    pub time: String,
    /// What they wrote.
    pub text: String,
}

/// Adds a comment on a part of the map, at the end of the list; returns its id.
pub fn add_comment(map: &JourneyMap, on: CommentTarget, said: Said) -> (Edit, CommentId) {
    let id = new_comment_id(map);
    let comment = Comment {
        id: id.clone(),
        on,
        author: said.author,
        time: said.time,
        text: said.text,
        resolved: false,
        replies: Vec::new(),
    };
    let ops = vec![Op::InsertComment(map.comments.len(), comment)];
    (Edit::new(crate::tr!("edit-add-comment"), ops), id)
}

/// Where a comment is in the list, by its id.
fn comment_index(map: &JourneyMap, id: &CommentId) -> Option<usize> {
    map.comments.iter().position(|c| &c.id == id)
}

/// The comment a comment or reply id belongs to: its position, and the reply's position
/// when the id is a reply's.
pub fn find_comment(map: &JourneyMap, id: &CommentId) -> Option<(usize, Option<usize>)> {
    map.comments.iter().enumerate().find_map(|(i, c)| {
        if &c.id == id {
            Some((i, None))
        } else {
            c.replies
                .iter()
                .position(|r| &r.id == id)
                .map(|j| (i, Some(j)))
        }
    })
}

/// Answers a comment (found by its id, or by the id of one of its replies); the reply goes
/// last. Nothing happens for a comment that is gone.
pub fn reply_to_comment(map: &JourneyMap, id: &CommentId, said: Said) -> Edit {
    let label = crate::tr!("edit-reply");
    let Some((i, _)) = find_comment(map, id) else {
        return Edit::new(label, Vec::new());
    };
    let mut comment = map.comments[i].clone();
    comment.replies.push(Reply {
        id: new_comment_id(map),
        author: said.author,
        time: said.time,
        text: said.text,
    });
    Edit::new(label, vec![Op::SetComment(i, comment)])
}

/// Changes what a comment or a reply says.
pub fn edit_comment_text(map: &JourneyMap, id: &CommentId, text: &str) -> Edit {
    let label = crate::tr!("edit-comment-text");
    let Some((i, reply)) = find_comment(map, id) else {
        return Edit::new(label, Vec::new());
    };
    let mut comment = map.comments[i].clone();
    let slot = match reply {
        Some(j) => &mut comment.replies[j].text,
        None => &mut comment.text,
    };
    if slot == text {
        return Edit::new(label, Vec::new());
    }
    text.clone_into(slot);
    Edit::new(label, vec![Op::SetComment(i, comment)])
}

/// Marks a comment as dealt with, or opens it again.
pub fn set_comment_resolved(map: &JourneyMap, id: &CommentId, resolved: bool) -> Edit {
    let label = if resolved {
        crate::tr!("edit-resolve-comment")
    } else {
        crate::tr!("edit-reopen-comment")
    };
    let ops = comment_index(map, id)
        .filter(|&i| map.comments[i].resolved != resolved)
        .map(|i| {
            let mut comment = map.comments[i].clone();
            comment.resolved = resolved;
            vec![Op::SetComment(i, comment)]
        })
        .unwrap_or_default();
    Edit::new(label, ops)
}

/// Deletes a comment with its replies, or one reply.
pub fn delete_comment(map: &JourneyMap, id: &CommentId) -> Edit {
    match find_comment(map, id) {
        Some((i, None)) => Edit::new(
            crate::tr!("edit-delete-comment"),
            vec![Op::RemoveComment(i)],
        ),
        Some((i, Some(j))) => {
            let mut comment = map.comments[i].clone();
            comment.replies.remove(j);
            Edit::new(
                crate::tr!("edit-delete-reply"),
                vec![Op::SetComment(i, comment)],
            )
        }
        None => Edit::new(crate::tr!("edit-delete-comment"), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply_all;

    fn said(text: &str) -> Said {
        Said {
            author: "Anna".into(),
            time: "2026-12-07T18:40:00Z".into(),
            text: text.into(),
        }
    }

    fn sample() -> JourneyMap {
        crate::file::load(crate::samples::SAMPLES[0].json.as_bytes())
            .unwrap()
            .map
    }

    /// Applies an edit and checks that undoing it gives the map back.
    fn apply(map: &mut JourneyMap, make: impl FnOnce(&JourneyMap) -> Edit) {
        let before = map.clone();
        let undo = apply_all(map, make(&before).ops).unwrap();
        let mut undone = map.clone();
        apply_all(&mut undone, undo).unwrap();
        assert_eq!(undone, before);
    }

    #[test]
    fn comment_ids_are_fresh_across_comments_and_replies() {
        let mut map = sample();
        map.comments.clear();
        let (edit, first) = add_comment(&map, CommentTarget::Map, said("one"));
        apply(&mut map, |_| edit);
        assert_eq!(first.as_str(), "m1");
        apply(&mut map, |m| reply_to_comment(m, &first, said("two")));
        assert_eq!(map.comments[0].replies[0].id.as_str(), "m2");
        let (edit, third) = add_comment(&map, CommentTarget::Map, said("three"));
        apply(&mut map, |_| edit);
        assert_eq!(third.as_str(), "m3");
        assert!(crate::model::check(&map).is_empty());
    }

    #[test]
    fn a_comment_is_replied_to_edited_resolved_and_deleted() {
        let mut map = sample();
        map.comments.clear();
        let card = map.cards[0].id.clone();
        let (edit, id) = add_comment(&map, CommentTarget::Card(card.clone()), said("Why?"));
        assert_eq!(edit.label, "add comment");
        apply(&mut map, |_| edit);
        assert_eq!(map.comments[0].on, CommentTarget::Card(card));
        apply(&mut map, |m| reply_to_comment(m, &id, said("Because.")));
        let reply = map.comments[0].replies[0].id.clone();
        apply(&mut map, |m| edit_comment_text(m, &reply, "Because!"));
        assert_eq!(map.comments[0].replies[0].text, "Because!");
        apply(&mut map, |m| set_comment_resolved(m, &id, true));
        assert!(map.comments[0].resolved);
        assert!(set_comment_resolved(&map, &id, true).ops.is_empty());
        apply(&mut map, |m| delete_comment(m, &reply));
        assert!(map.comments[0].replies.is_empty());
        apply(&mut map, |m| delete_comment(m, &id));
        assert!(map.comments.is_empty());
    }

    #[test]
    fn deleting_what_a_comment_is_on_takes_the_comment_in_the_same_step() {
        let base = sample();
        let card = base.cards[0].clone();
        let link = base
            .links
            .iter()
            .find(|l| l.from != card.id && l.to != card.id)
            .unwrap()
            .id
            .clone();
        let mut map = base.clone();
        map.comments.clear();
        for on in [
            CommentTarget::Map,
            CommentTarget::Card(card.id.clone()),
            CommentTarget::Phase(card.phase.clone()),
            CommentTarget::Lane(card.lane.clone()),
            CommentTarget::Link(link.clone()),
        ] {
            let (edit, _) = add_comment(&map, on, said("note"));
            apply(&mut map, |_| edit);
        }
        let left = |edit: Edit| {
            let mut after = map.clone();
            apply(&mut after, |_| edit);
            after.comments.into_iter().map(|c| c.on).collect::<Vec<_>>()
        };
        let on_card = CommentTarget::Card(card.id.clone());
        assert!(!left(delete_cards(&map, std::slice::from_ref(&card.id))).contains(&on_card));
        assert_eq!(left(delete_link(&map, &link)).len(), 4);
        let after_phase = left(delete_phase(&map, &card.phase));
        assert!(!after_phase.contains(&on_card));
        assert!(!after_phase.contains(&CommentTarget::Phase(card.phase.clone())));
        let after_lane = left(delete_lane(&map, &card.lane));
        assert!(!after_lane.contains(&CommentTarget::Lane(card.lane.clone())));
        assert!(after_lane.contains(&CommentTarget::Map));
    }
}
