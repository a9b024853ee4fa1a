//! Find (Ctrl+F): which cards of a map mention a text, in the order a reader meets them.
//!
//! Matching ignores case and accents, so "cafe" finds "Café" and "een" finds "één": people
//! type quickly and without accents in a search field. It looks at everything a card says
//! (title, body, owner, tags, the names and units of its KPIs) and at what reviewers wrote
//! about it (the comments on the card and their replies). No egui here: the editor shows
//! the answer, this module only gives it.

use crate::model::{CardId, CommentTarget, JourneyMap};

/// `text` in lower case without accents, for comparing: "Één Café" becomes "een cafe".
///
/// Covers the accented Latin letters of Dutch, English, French, German and the other
/// languages of Western Europe; any other character is only lowered.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => folded.push('a'),
            'æ' => folded.push_str("ae"),
            'ç' | 'ć' | 'č' => folded.push('c'),
            'ď' | 'đ' => folded.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => folded.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => folded.push('i'),
            'ĳ' => folded.push_str("ij"),
            'ł' | 'ľ' => folded.push('l'),
            'ñ' | 'ń' | 'ň' => folded.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => folded.push('o'),
            'œ' => folded.push_str("oe"),
            'ř' => folded.push('r'),
            'ś' | 'š' | 'ş' => folded.push('s'),
            'ß' => folded.push_str("ss"),
            'ť' | 'ţ' => folded.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => folded.push('u'),
            'ý' | 'ÿ' => folded.push('y'),
            'ź' | 'ż' | 'ž' => folded.push('z'),
            other => folded.push(other),
        }
    }
    folded
}

/// The cards that mention `query` anywhere, in reading order: phase by phase from left to
/// right, in each phase lane by lane from the top, in each cell from the top. Cards not
/// on the map (their phase or lane is gone) come last. An empty query finds nothing.
pub fn find_cards(map: &JourneyMap, query: &str) -> Vec<CardId> {
    let needle = fold(query.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize, usize, &CardId)> = map
        .cards
        .iter()
        .enumerate()
        .filter(|(_, card)| {
            let comments = map
                .comments
                .iter()
                .filter(|c| c.on == CommentTarget::Card(card.id.clone()))
                .flat_map(|c| {
                    std::iter::once(c.text.as_str()).chain(c.replies.iter().map(|r| &*r.text))
                });
            let kpis = card
                .kpis
                .iter()
                .flat_map(|kpi| [kpi.name.as_str(), kpi.unit.as_str()]);
            [card.title.as_str(), card.body.as_str()]
                .into_iter()
                .chain(card.owner.as_deref())
                .chain(card.tags.iter().map(String::as_str))
                .chain(kpis)
                .chain(comments)
                .any(|text| fold(text).contains(&needle))
        })
        .map(|(index, card)| {
            let phase = map.phases.iter().position(|p| p.id == card.phase);
            let lane = map.lanes.iter().position(|l| l.id == card.lane);
            (
                phase.unwrap_or(usize::MAX),
                lane.unwrap_or(usize::MAX),
                index,
                &card.id,
            )
        })
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(.., id)| id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Comment, CommentId, LaneId, PhaseId, Reply};

    fn map() -> JourneyMap {
        let text = crate::samples::find("fietsonderhoud").map_or("", |s| s.json);
        match crate::file::load(text.as_bytes()) {
            Ok(loaded) => loaded.map,
            Err(error) => panic!("{error:?}"),
        }
    }

    fn titles(map: &JourneyMap, ids: &[CardId]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| map.card(id))
            .map(|c| c.title.clone())
            .collect()
    }

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Één Café, Ærø"), "een cafe, aero");
        assert_eq!(fold("STRAßE"), "strasse");
    }

    #[test]
    fn finds_titles_bodies_owners_tags_and_kpis_ignoring_case_and_accents() {
        let map = map();
        // A title, whatever the case.
        assert_eq!(
            titles(&map, &find_cards(&map, "LEENFIETS")),
            ["Geen leenfiets meer"]
        );
        // A body.
        assert_eq!(
            titles(&map, &find_cards(&map, "framenummer")),
            ["Kassa en factuur", "Herinnering voor de volgende beurt"]
        );
        // An owner, a tag and a KPI name and unit.
        assert_eq!(find_cards(&map, "softwareleverancier").len(), 1);
        assert_eq!(
            titles(&map, &find_cards(&map, "overdracht")),
            ["Intake aan de balie", "Werkbon opnieuw ingetypt"]
        );
        assert_eq!(
            titles(&map, &find_cards(&map, "duur intake")),
            ["Intake aan de balie"]
        );
        let minutes = find_cards(&map, "min");
        assert!(titles(&map, &minutes).contains(&"Intake aan de balie".to_owned()));
        // Without accents.
        let mut accented = map.clone();
        accented.cards[0].title = "Één café".into();
        assert_eq!(
            find_cards(&accented, "een cafe"),
            [accented.cards[0].id.clone()]
        );
        // Nothing for an empty query or an unknown word.
        assert!(find_cards(&map, "  ").is_empty());
        assert!(find_cards(&map, "zeppelin").is_empty());
    }

    #[test]
    fn matches_come_in_reading_order_phase_then_lane_then_place() {
        let mut map = JourneyMap::empty("order");
        map.phases = crate::model::templates::TEMPLATES[0]
            .instantiate(None, crate::model::Language::Dutch)
            .phases;
        map.lanes = crate::model::templates::TEMPLATES[0]
            .instantiate(None, crate::model::Language::Dutch)
            .lanes;
        let (p1, p2) = (map.phases[0].id.clone(), map.phases[1].id.clone());
        let (l1, l2) = (map.lanes[0].id.clone(), map.lanes[1].id.clone());
        let card = |id: &str, phase: &PhaseId, lane: &LaneId| {
            Card::new(CardId::new(id), phase.clone(), lane.clone(), "kaart")
        };
        map.cards = vec![
            card("d", &p2, &l1),
            card("c", &p1, &l2),
            card("a", &p1, &l1),
            card("b", &p1, &l1),
            card("gone", &PhaseId::new("nowhere"), &l1),
        ];
        let ids: Vec<String> = find_cards(&map, "kaart")
            .into_iter()
            .map(|id| id.0)
            .collect();
        assert_eq!(ids, ["a", "b", "c", "d", "gone"]);
    }

    #[test]
    fn a_comment_or_reply_on_a_card_makes_it_a_match() {
        let mut map = map();
        let target = map.cards[3].id.clone();
        map.comments.push(Comment {
            id: CommentId::new("m1"),
            on: CommentTarget::Card(target.clone()),
            author: "Sanne".into(),
            time: String::new(),
            text: "Klopt dit bedrag?".into(),
            resolved: false,
            replies: vec![Reply {
                id: CommentId::new("m2"),
                author: "Piet".into(),
                time: String::new(),
                text: "Nagevraagd bij de kassière".into(),
            }],
        });
        map.comments.push(Comment {
            id: CommentId::new("m3"),
            on: CommentTarget::Map,
            author: String::new(),
            time: String::new(),
            text: "bedrag".into(),
            resolved: false,
            replies: Vec::new(),
        });
        assert_eq!(find_cards(&map, "bedrag"), std::slice::from_ref(&target));
        assert_eq!(find_cards(&map, "kassiere"), [target]);
    }
}
