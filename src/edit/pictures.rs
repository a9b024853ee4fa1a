//! The edits that put a picture on a card or a persona, take it off, or add a card that is
//! a picture; and the rule that keeps the map's table of pictures to the pictures in use.

use std::collections::HashSet;

use super::ops::{Place, add_card, new_card_id};
use super::{Edit, Op};
use crate::model::{Card, CardId, JourneyMap, PersonaId, Picture, PictureId};

/// What a picture goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureTarget {
    /// A card of the map.
    Card(CardId),
    /// A persona of the map.
    Persona(PersonaId),
    /// A new card at a place, titled with the picture's name.
    NewCard(Place),
}

/// The most the pictures of one map may take in its file, base64 and all: the file limit
/// less room for the map's words (8 MiB is tens of thousands of cards).
pub const PICTURE_BUDGET_BYTES: u64 = crate::file::MAX_FILE_BYTES - 8 * 1024 * 1024;

/// The bytes a picture takes in the file, base64 and all.
pub(crate) fn stored_bytes(picture: &Picture) -> u64 {
    (picture.data.bytes().len() as u64).div_ceil(3) * 4
}

/// A picture would not fit in the map's file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapFull;

impl crate::sentence::Localized for MapFull {
    fn sentence(&self, language: crate::i18n::Language) -> String {
        crate::sentence::Sentence::new("error-picture-map-full")
            .with("max", crate::file::MAX_FILE_BYTES / (1024 * 1024))
            .sentence(language)
    }
}

/// Puts `picture` on `target` (or takes the target's picture off, with `None`), adding the
/// picture to the table unless the same picture is there already. The table is pruned of
/// what nothing shows any more when the history applies the edit.
pub fn set_picture(
    map: &JourneyMap,
    target: &PictureTarget,
    picture: Option<Picture>,
) -> Result<Edit, MapFull> {
    let mut ops = Vec::new();
    // The picture's own name, for a picture card's title when the table has no other.
    let incoming_name = picture.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let picture_id = picture.as_ref().map(|p| p.id.clone());
    if let Some(picture) = picture {
        let known = map
            .pictures
            .iter()
            .any(|p| p.id == picture.id && p.data == picture.data);
        if !known {
            let used: u64 = map.pictures.iter().map(stored_bytes).sum();
            if used + stored_bytes(&picture) > PICTURE_BUDGET_BYTES {
                return Err(MapFull);
            }
            ops.push(Op::InsertPicture(map.pictures.len(), picture));
        }
    }
    let label = if picture_id.is_some() {
        crate::tr!("edit-set-picture")
    } else {
        crate::tr!("edit-remove-picture")
    };
    match target {
        PictureTarget::Card(card_id) => {
            if let Some(i) = map.cards.iter().position(|c| &c.id == card_id)
                && map.cards[i].picture != picture_id
            {
                let card = Card {
                    picture: picture_id,
                    ..map.cards[i].clone()
                };
                ops.push(Op::SetCard(i, card));
            } else {
                ops.clear();
            }
        }
        PictureTarget::Persona(persona_id) => {
            if let Some(i) = map.personas.iter().position(|p| &p.id == persona_id)
                && map.personas[i].picture != picture_id
            {
                let mut persona = map.personas[i].clone();
                persona.picture = picture_id;
                ops.push(Op::SetPersona(i, persona));
            } else {
                ops.clear();
            }
        }
        PictureTarget::NewCard(place) => {
            let Some(id) = picture_id else {
                return Ok(Edit::new(label, Vec::new()));
            };
            let title = title_from_name(map.picture(&id).map_or(&incoming_name, |p| &p.name));
            let mut card = Card::new(
                new_card_id(map),
                place.phase.clone(),
                place.lane.clone(),
                title,
            );
            card.picture = Some(id);
            ops.extend(add_card(map, card, place).ops);
            return Ok(Edit::new(crate::tr!("edit-add-picture-card"), ops));
        }
    }
    Ok(Edit::new(label, ops))
}

/// A card title from a picture's file name: "Shop window" from "shop-window.jpg".
fn title_from_name(name: &str) -> String {
    let stem = std::path::Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(name);
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The ops that take pictures nothing shows out of the table, last first.
pub fn unused_pictures(map: &JourneyMap) -> Vec<Op> {
    if map.pictures.is_empty() {
        return Vec::new();
    }
    let used: HashSet<&PictureId> = map
        .cards
        .iter()
        .filter_map(|c| c.picture.as_ref())
        .chain(map.personas.iter().filter_map(|p| p.picture.as_ref()))
        .collect();
    map.pictures
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, p)| !used.contains(&p.id))
        .map(|(i, _)| Op::RemovePicture(i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::{MediaType, PictureData, templates};

    fn picture(bytes: &[u8]) -> Picture {
        Picture {
            id: Picture::id_for(bytes),
            media_type: MediaType::Png,
            width: 10,
            height: 5,
            name: "shop-window.png".into(),
            data: PictureData::new(bytes.to_vec()),
        }
    }

    fn map_with_card() -> (JourneyMap, CardId) {
        let template = templates::TEMPLATES
            .first()
            .unwrap_or_else(|| panic!("a template"));
        let mut map = template.instantiate(None, crate::i18n::Language::English);
        let card = Card::new(
            CardId::new("c1"),
            map.phases[0].id.clone(),
            map.lanes[0].id.clone(),
            "Visit",
        );
        map.cards.push(card);
        (map, CardId::new("c1"))
    }

    #[test]
    fn a_picture_on_two_cards_is_stored_once_and_leaves_with_the_last_of_them() {
        let (mut map, c1) = map_with_card();
        let mut second = map.cards[0].clone();
        second.id = CardId::new("c2");
        map.cards.push(second);
        let mut history = History::new();
        let shot = picture(b"one");
        for card in ["c1", "c2"] {
            let target = PictureTarget::Card(CardId::new(card));
            let edit = set_picture(&map, &target, Some(shot.clone())).unwrap_or_else(|_| panic!());
            history
                .apply(&mut map, edit)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(map.pictures.len(), 1);
        assert_eq!(map.cards[1].picture.as_ref(), Some(&shot.id));

        let off = set_picture(&map, &PictureTarget::Card(c1), None).unwrap_or_else(|_| panic!());
        history
            .apply(&mut map, off)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.pictures.len(), 1, "c2 still shows it");
        let delete = crate::edit::ops::delete_cards(&map, &[CardId::new("c2")]);
        history
            .apply(&mut map, delete)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(map.pictures.is_empty(), "nothing shows it any more");
        history.undo(&mut map).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            map.pictures,
            vec![shot],
            "undo brings card and picture back"
        );
        assert_eq!(map.cards.len(), 2);
    }

    #[test]
    fn a_picture_card_is_titled_from_the_file_name() {
        let (mut map, _) = map_with_card();
        let place = Place {
            phase: map.phases[1].id.clone(),
            lane: map.lanes[0].id.clone(),
            before: None,
        };
        let edit = set_picture(&map, &PictureTarget::NewCard(place), Some(picture(b"x")))
            .unwrap_or_else(|_| panic!());
        History::new()
            .apply(&mut map, edit)
            .unwrap_or_else(|e| panic!("{e}"));
        let card = map.cards.last().unwrap_or_else(|| panic!());
        assert_eq!(card.title, "Shop window");
        assert_eq!(card.phase, map.phases[1].id);
        assert!(card.picture.is_some());
        // The made-up bytes are no picture: that is a warning, nothing worse.
        let problems = crate::model::check(&map);
        assert!(
            problems
                .iter()
                .all(|p| p.severity == crate::model::Severity::Warning),
            "{problems:?}"
        );
    }

    #[test]
    fn a_picture_that_would_overfill_the_file_is_refused() {
        let (mut map, c1) = map_with_card();
        let big = vec![7_u8; (PICTURE_BUDGET_BYTES / 4 * 3) as usize - 30];
        map.pictures.push(picture(&big));
        let refused = set_picture(&map, &PictureTarget::Card(c1), Some(picture(&[1; 100])));
        assert_eq!(refused, Err(MapFull));
    }
}
