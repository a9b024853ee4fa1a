//! Filter: highlight the cards of some channels, owners, tags or personas and dim the rest,
//! to look at one slice of a journey ("everything the contact centre owns", "what Noor
//! goes through on the phone").
//!
//! The rule: a card is highlighted when, in **every** category that has something chosen,
//! it matches **any** of the chosen values. Within a category the choices widen the
//! selection (channel phone or e-mail); across categories they narrow it (phone or e-mail,
//! and owned by the contact centre). A persona "has" a card when that persona's emotion
//! curve has a point tied to the card. With nothing chosen every card is highlighted.
//!
//! No egui here: the editor dims on screen, the exporter can leave the rest out.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::{Card, CardId, Channel, CommentTarget, JourneyMap, PersonaId};

/// The values chosen in each category; empty categories do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Channels, any of which a card may have.
    pub channels: Vec<Channel>,
    /// Owners (as written on cards), any of which a card may have.
    pub owners: Vec<String>,
    /// Tags, any of which a card may carry.
    pub tags: Vec<String>,
    /// Personas, any of whose curves may have a point tied to a card.
    pub personas: Vec<PersonaId>,
}

/// What a map offers to filter on, each list in the order the map first mentions it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    /// The channels cards are on.
    pub channels: Vec<Channel>,
    /// The owners written on cards.
    pub owners: Vec<String>,
    /// The tags on cards.
    pub tags: Vec<String>,
    /// The personas with points tied to cards.
    pub personas: Vec<PersonaId>,
}

/// Adds `value` to `list` when it is not there, removes it when it is.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| *v == value) {
        Some(index) => {
            list.remove(index);
        }
        None => list.push(value),
    }
}

impl Choices {
    /// Everything `map` has to filter on.
    pub fn of(map: &JourneyMap) -> Choices {
        fn add<T: PartialEq>(list: &mut Vec<T>, value: T) {
            if !list.contains(&value) {
                list.push(value);
            }
        }
        let mut choices = Choices::default();
        for card in &map.cards {
            if let Some(channel) = card.channel {
                add(&mut choices.channels, channel);
            }
            if let Some(owner) = card.owner.as_ref().filter(|o| !o.trim().is_empty()) {
                add(&mut choices.owners, owner.clone());
            }
            for tag in card.tags.iter().filter(|t| !t.trim().is_empty()) {
                add(&mut choices.tags, tag.clone());
            }
        }
        for persona in &map.personas {
            let tied = map
                .emotion_curves
                .iter()
                .filter(|curve| curve.persona == persona.id)
                .any(|curve| curve.points.iter().any(|p| p.card.is_some()));
            if tied {
                choices.personas.push(persona.id.clone());
            }
        }
        choices
    }
}

impl Filter {
    /// Whether anything is chosen, so that some cards may be dimmed.
    pub fn is_active(&self) -> bool {
        !(self.channels.is_empty()
            && self.owners.is_empty()
            && self.tags.is_empty()
            && self.personas.is_empty())
    }

    /// The cards the filter highlights: every card when nothing is chosen.
    pub fn highlighted(&self, map: &JourneyMap) -> HashSet<CardId> {
        // Which cards each chosen persona has, looked up once for the whole map.
        let persona_cards: HashSet<&CardId> = map
            .emotion_curves
            .iter()
            .filter(|curve| self.personas.contains(&curve.persona))
            .flat_map(|curve| curve.points.iter().filter_map(|p| p.card.as_ref()))
            .collect();
        map.cards
            .iter()
            .filter(|card| self.matches(card, &persona_cards))
            .map(|card| card.id.clone())
            .collect()
    }

    fn matches(&self, card: &Card, persona_cards: &HashSet<&CardId>) -> bool {
        let channel =
            self.channels.is_empty() || card.channel.is_some_and(|c| self.channels.contains(&c));
        let owner =
            self.owners.is_empty() || card.owner.as_ref().is_some_and(|o| self.owners.contains(o));
        let tag = self.tags.is_empty() || card.tags.iter().any(|t| self.tags.contains(t));
        let persona = self.personas.is_empty() || persona_cards.contains(&card.id);
        channel && owner && tag && persona
    }

    /// A copy of `map` with only the highlighted cards, for an export of what is
    /// highlighted: the links between two kept cards, emotion points untied from the
    /// cards that went (they keep their phase and score), and no comments on what went.
    /// Phases, lanes and personas all stay, so the picture keeps its frame.
    pub fn only_highlighted(&self, map: &JourneyMap) -> JourneyMap {
        let kept = self.highlighted(map);
        let mut only = map.clone();
        only.cards.retain(|card| kept.contains(&card.id));
        only.links
            .retain(|link| kept.contains(&link.from) && kept.contains(&link.to));
        for curve in &mut only.emotion_curves {
            for point in &mut curve.points {
                if point.card.as_ref().is_some_and(|card| !kept.contains(card)) {
                    point.card = None;
                }
            }
        }
        let links: HashSet<_> = only.links.iter().map(|l| l.id.clone()).collect();
        only.comments.retain(|comment| match &comment.on {
            CommentTarget::Card(card) => kept.contains(card),
            CommentTarget::Link(link) => links.contains(link),
            _ => true,
        });
        only
    }

    /// The filter as one line of text, for the settings file.
    pub fn to_setting(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A filter read back from [`Filter::to_setting`]; none from text that is not one.
    pub fn from_setting(text: &str) -> Option<Filter> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> JourneyMap {
        let text = crate::samples::find("bike-service").map_or("", |s| s.json);
        match crate::file::load(text.as_bytes()) {
            Ok(loaded) => loaded.map,
            Err(error) => panic!("{error:?}"),
        }
    }

    fn titles(map: &JourneyMap, filter: &Filter) -> Vec<String> {
        let kept = filter.highlighted(map);
        map.cards
            .iter()
            .filter(|c| kept.contains(&c.id))
            .map(|c| c.title.clone())
            .collect()
    }

    #[test]
    fn nothing_chosen_highlights_every_card() {
        let map = map();
        let filter = Filter::default();
        assert!(!filter.is_active());
        assert_eq!(filter.highlighted(&map).len(), map.cards.len());
    }

    #[test]
    fn any_value_within_a_category_and_every_category_with_a_choice() {
        let map = map();
        let mut filter = Filter::default();
        toggle(&mut filter.channels, Channel::Shop);
        assert!(filter.is_active());
        assert_eq!(
            titles(&map, &filter),
            [
                "Intake at the counter",
                "No loan bike left",
                "Shows the old chain and pays"
            ]
        );
        // Another channel widens.
        toggle(&mut filter.channels, Channel::Phone);
        assert_eq!(titles(&map, &filter).len(), 4);
        // An owner narrows: shop or phone, and the mechanic's.
        filter.owners.push("Mechanic".into());
        assert_eq!(titles(&map, &filter), ["Mechanic calls for approval"]);
        // A tag narrows further, to nothing here.
        filter.tags.push("handoff".into());
        assert!(titles(&map, &filter).is_empty());
        // Toggling again takes a choice away.
        toggle(&mut filter.channels, Channel::Shop);
        toggle(&mut filter.channels, Channel::Phone);
        filter.owners.clear();
        assert_eq!(
            titles(&map, &filter),
            ["Intake at the counter", "Job card typed in again"]
        );
    }

    #[test]
    fn a_persona_has_the_cards_its_curve_is_tied_to() {
        let map = map();
        let filter = Filter {
            personas: vec![PersonaId::new("henk")],
            ..Filter::default()
        };
        assert_eq!(
            titles(&map, &filter),
            [
                "Intake at the counter",
                "Mechanic calls for approval",
                "Shows the old chain and pays",
                "Review request"
            ]
        );
    }

    #[test]
    fn the_choices_are_what_the_map_has() {
        let choices = Choices::of(&map());
        assert_eq!(choices.channels[0], Channel::Website);
        assert!(choices.channels.contains(&Channel::Whatsapp));
        assert!(!choices.channels.contains(&Channel::Post));
        assert_eq!(choices.owners[0], "Shop owner");
        assert!(choices.tags.contains(&"handoff".to_owned()));
        assert_eq!(
            choices.personas,
            [PersonaId::new("noor"), PersonaId::new("henk")]
        );
    }

    #[test]
    fn only_highlighted_keeps_the_links_between_kept_cards_and_unties_the_rest() {
        let map = map();
        let filter = Filter {
            channels: vec![Channel::Phone, Channel::Whatsapp],
            ..Filter::default()
        };
        let only = filter.only_highlighted(&map);
        let titles: Vec<_> = only.cards.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Mechanic calls for approval", "Quote by WhatsApp"]);
        // The one link between the two, none to cards that went.
        assert_eq!(only.links.len(), 1);
        assert_eq!(
            (only.links[0].from.0.as_str(), only.links[0].to.0.as_str()),
            ("c11", "c12")
        );
        // Points keep their place; those on removed cards are untied.
        let points = |m: &JourneyMap| {
            m.emotion_curves
                .iter()
                .map(|c| c.points.len())
                .sum::<usize>()
        };
        assert_eq!(points(&only), points(&map));
        let tied: Vec<_> = only
            .emotion_curves
            .iter()
            .flat_map(|c| c.points.iter().filter_map(|p| p.card.clone()))
            .map(|id| id.0)
            .collect();
        assert_eq!(tied, ["c11", "c12", "c11"]);
        assert_eq!(only.phases, map.phases);
        assert_eq!(only.lanes, map.lanes);
        assert!(crate::model::check(&only).is_empty());
    }

    #[test]
    fn a_filter_survives_the_settings_file() {
        let filter = Filter {
            channels: vec![Channel::Email],
            owners: vec!["Klantenservice \"KCC\"".into()],
            tags: vec![],
            personas: vec![PersonaId::new("noor")],
        };
        assert_eq!(Filter::from_setting(&filter.to_setting()), Some(filter));
        assert_eq!(Filter::from_setting("not a filter"), None);
    }
}
