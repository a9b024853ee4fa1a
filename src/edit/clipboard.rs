//! Cards on the clipboard, as journeymap JSON: a small map file holding the copied cards,
//! their phases and lanes, the links between them and the pictures they show. Pasting fits the cards into the open
//! map with new ids; any other text becomes one card per line.

use std::collections::{HashMap, HashSet};

use super::ops::Place;
use super::{Edit, Op};
use crate::file;
use crate::model::{Card, CardId, JourneyMap, LaneId, Link, LinkId, PhaseId, fresh_id};

/// The clipboard text for some cards of a map.
pub fn copy(map: &JourneyMap, ids: &[CardId]) -> String {
    let wanted: HashSet<&CardId> = ids.iter().collect();
    let mut clip = JourneyMap::empty(map.title.clone());
    clip.cards = map
        .cards
        .iter()
        .filter(|c| wanted.contains(&c.id))
        .cloned()
        .collect();
    let phases: HashSet<_> = clip.cards.iter().map(|c| &c.phase).collect();
    let lanes: HashSet<_> = clip.cards.iter().map(|c| &c.lane).collect();
    clip.phases = map
        .phases
        .iter()
        .filter(|p| phases.contains(&p.id))
        .cloned()
        .collect();
    clip.lanes = map
        .lanes
        .iter()
        .filter(|l| lanes.contains(&l.id))
        .cloned()
        .collect();
    clip.links = map
        .links
        .iter()
        .filter(|l| wanted.contains(&l.from) && wanted.contains(&l.to))
        .cloned()
        .collect();
    // The pictures go along, so a card pasted into another map keeps its picture.
    let shown: HashSet<_> = clip
        .cards
        .iter()
        .filter_map(|c| c.picture.as_ref())
        .collect();
    clip.pictures = map
        .pictures
        .iter()
        .filter(|p| shown.contains(&p.id))
        .cloned()
        .collect();
    file::to_json(&clip)
}

/// An edit that pastes clipboard text into a map, and the ids of the new cards.
///
/// Cards keep their phase and lane when the map has one with the same id or name;
/// otherwise they go to `fallback`. Plain text becomes one card per non-empty line at
/// `fallback`.
pub fn paste(map: &JourneyMap, text: &str, fallback: &Place) -> (Edit, Vec<CardId>) {
    let (cards, links, pictures, label) = match file::load(text.as_bytes()) {
        Ok(loaded) => {
            let clip = loaded.map;
            let phase_for = |id: &PhaseId| -> Option<PhaseId> {
                let source = clip.phase(id)?;
                map.phase(id)
                    .or_else(|| map.phases.iter().find(|p| p.name == source.name))
                    .map(|p| p.id.clone())
            };
            let lane_for = |id: &LaneId| -> Option<LaneId> {
                let source = clip.lane(id)?;
                map.lane(id)
                    .or_else(|| map.lanes.iter().find(|l| l.name == source.name))
                    .map(|l| l.id.clone())
            };
            let cards: Vec<Card> = clip
                .cards
                .iter()
                .map(|card| {
                    let mut card = card.clone();
                    let place = (phase_for(&card.phase), lane_for(&card.lane));
                    match place {
                        (Some(phase), Some(lane)) => (card.phase, card.lane) = (phase, lane),
                        _ => {
                            (card.phase, card.lane) =
                                (fallback.phase.clone(), fallback.lane.clone())
                        }
                    }
                    card
                })
                .collect();
            (cards, clip.links, clip.pictures, crate::tr!("edit-paste"))
        }
        Err(_) => {
            let cards = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(|line| {
                    Card::new(
                        CardId::new(""),
                        fallback.phase.clone(),
                        fallback.lane.clone(),
                        line,
                    )
                })
                .collect();
            (cards, Vec::new(), Vec::new(), crate::tr!("edit-paste-text"))
        }
    };

    // The pictures of the pasted cards the map lacks join its table, as long as the map's
    // file has room for them; a card whose picture has none is pasted without it.
    let mut ops = Vec::new();
    let mut room = super::pictures::PICTURE_BUDGET_BYTES
        .saturating_sub(map.pictures.iter().map(super::pictures::stored_bytes).sum());
    let mut table: HashSet<crate::model::PictureId> =
        map.pictures.iter().map(|p| p.id.clone()).collect();
    for picture in pictures {
        let size = super::pictures::stored_bytes(&picture);
        if !table.contains(&picture.id) && size <= room {
            room -= size;
            table.insert(picture.id.clone());
            let at = map.pictures.len()
                + ops
                    .iter()
                    .filter(|op| matches!(op, Op::InsertPicture(..)))
                    .count();
            ops.push(Op::InsertPicture(at, picture));
        }
    }
    let cards: Vec<Card> = cards
        .into_iter()
        .map(|mut card| {
            card.picture = card.picture.filter(|id| table.contains(id));
            card
        })
        .collect();

    // New ids for everything pasted, so a paste never collides with what is there.
    let mut taken: Vec<String> = map.cards.iter().map(|c| c.id.0.clone()).collect();
    let mut renamed: HashMap<CardId, CardId> = HashMap::new();
    let mut new_ids = Vec::new();
    let mut cards_now = map.cards.clone();
    for mut card in cards {
        let id = CardId(fresh_id("c", taken.iter().map(String::as_str)));
        taken.push(id.0.clone());
        renamed.insert(card.id.clone(), id.clone());
        card.id = id.clone();
        // At the end of its cell, after what is there and what was pasted before it.
        let at = cards_now
            .iter()
            .rposition(|c| c.phase == card.phase && c.lane == card.lane)
            .map_or(cards_now.len(), |i| i + 1);
        cards_now.insert(at, card.clone());
        ops.push(Op::InsertCard(at, card));
        new_ids.push(id);
    }
    let mut link_ids: Vec<String> = map.links.iter().map(|l| l.id.0.clone()).collect();
    for link in links {
        let (Some(from), Some(to)) = (renamed.get(&link.from), renamed.get(&link.to)) else {
            continue;
        };
        let id = LinkId(fresh_id("k", link_ids.iter().map(String::as_str)));
        link_ids.push(id.0.clone());
        let index = map.links.len()
            + ops
                .iter()
                .filter(|op| matches!(op, Op::InsertLink(..)))
                .count();
        ops.push(Op::InsertLink(
            index,
            Link {
                id,
                from: from.clone(),
                to: to.clone(),
                ..link
            },
        ));
    }
    (Edit::new(label, ops), new_ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::{Severity, check};
    use crate::samples::SAMPLES;

    fn sample() -> JourneyMap {
        crate::file::load(SAMPLES[0].json.as_bytes()).unwrap().map
    }

    fn fallback(map: &JourneyMap) -> Place {
        Place {
            phase: map.phases[0].id.clone(),
            lane: map.lanes[0].id.clone(),
            before: None,
        }
    }

    #[test]
    fn copied_cards_paste_as_new_cards_in_the_same_cells_with_their_links() {
        let mut map = sample();
        let linked: Vec<CardId> = vec![map.links[0].from.clone(), map.links[0].to.clone()];
        let text = copy(&map, &linked);
        let (edit, new_ids) = paste(&map, &text, &fallback(&map));
        let before = map.clone();
        History::new().apply(&mut map, edit).unwrap();
        assert_eq!(new_ids.len(), 2);
        for (old, new) in linked.iter().zip(&new_ids) {
            let (a, b) = (before.card(old).unwrap(), map.card(new).unwrap());
            assert_ne!(a.id, b.id);
            assert_eq!((&a.title, &a.phase, &a.lane), (&b.title, &b.phase, &b.lane));
        }
        assert_eq!(map.links.len(), before.links.len() + 1);
        assert!(check(&map).iter().all(|p| p.severity != Severity::Error));
    }

    #[test]
    fn a_card_pasted_into_another_map_keeps_its_picture() {
        let source = sample();
        let card = source
            .cards
            .iter()
            .find(|c| c.picture.is_some())
            .expect("the sample shows a picture on a card");
        let text = copy(&source, std::slice::from_ref(&card.id));
        let mut other = crate::file::load(
            crate::samples::find("complaint-handling")
                .map_or("", |s| s.json)
                .as_bytes(),
        )
        .unwrap()
        .map;
        let place = fallback(&other);
        let (edit, ids) = paste(&other, &text, &place);
        History::new().apply(&mut other, edit).unwrap();
        let pasted = other.card(&ids[0]).unwrap();
        assert_eq!(pasted.picture, card.picture);
        assert_eq!(other.pictures.len(), 1);
        assert!(check(&other).is_empty(), "{:?}", check(&other));
        // Pasted again into the same map, the picture is not stored twice.
        let (edit, _) = paste(&other, &text, &place);
        History::new().apply(&mut other, edit).unwrap();
        assert_eq!(other.pictures.len(), 1);
    }

    #[test]
    fn plain_text_becomes_a_card_per_line() {
        let mut map = sample();
        let place = fallback(&map);
        let (edit, ids) = paste(
            &map,
            "Flyer at the door\n\n  Call back within a day  \n",
            &place,
        );
        History::new().apply(&mut map, edit).unwrap();
        let titles: Vec<&str> = ids
            .iter()
            .map(|id| map.card(id).unwrap().title.as_str())
            .collect();
        assert_eq!(titles, ["Flyer at the door", "Call back within a day"]);
        assert!(
            ids.iter()
                .all(|id| map.card(id).unwrap().phase == place.phase)
        );
    }
}
