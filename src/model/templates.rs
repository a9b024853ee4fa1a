//! Templates for a new map, one per phase model that the seeds name.

use super::{
    BlueprintLine, Color, JourneyMap, Lane, LaneId, LaneKind, Language, Persona, PersonaId, Phase,
    PhaseId,
};

/// A starting point for a new map.
///
/// Its words come in English and Dutch: the fields hold the English ones,
/// [`Template::dutch`] the Dutch ones, and the `*_in` methods pick by language. A template
/// that makes maps in one language only has its phase names in that language in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// The name used on the command line, e.g. `see-think-do-care`.
    pub name: &'static str,
    /// One line that says where the phase model comes from.
    pub description: &'static str,
    /// The phases, left to right, each with its optional group.
    pub phases: &'static [(&'static str, Option<Group>)],
    /// The one language this template makes maps in, whatever is asked (Braincandy's Dutch
    /// and English models); `None` when it follows the language asked for.
    pub language: Option<Language>,
    /// The description and phase names in Dutch.
    pub dutch: DutchWords,
    /// The lanes, top to bottom.
    pub lanes: &'static [TemplateLane],
}

/// A lane of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplateLane {
    /// What the lane holds.
    pub kind: LaneKind,
    /// Its name in English and in Dutch; none to name it after its kind.
    pub name: Option<(&'static str, &'static str)>,
    /// The service-blueprint line under it, if any.
    pub line_below: Option<BlueprintLine>,
}

impl TemplateLane {
    /// A lane named after its kind, with no line under it.
    const fn of(kind: LaneKind) -> Self {
        Self {
            kind,
            name: None,
            line_below: None,
        }
    }
}

/// The lanes of a journey map template: the two touchpoint tracks and the emotion lane.
const JOURNEY_LANES: &[TemplateLane] = &[
    TemplateLane::of(LaneKind::PhysicalTouchpoints),
    TemplateLane::of(LaneKind::DigitalTouchpoints),
    TemplateLane::of(LaneKind::Emotions),
];

/// The lanes of a service blueprint (after Nielsen Norman Group): how the customer feels
/// and what they do, what they meet in person and on screen (frontstage), what staff do
/// out of sight (backstage) and what supports them, with the three lines between.
const BLUEPRINT_LANES: &[TemplateLane] = &[
    TemplateLane::of(LaneKind::Emotions),
    TemplateLane {
        kind: LaneKind::CustomerActions,
        name: None,
        line_below: Some(BlueprintLine::Interaction),
    },
    TemplateLane::of(LaneKind::PhysicalTouchpoints),
    TemplateLane {
        kind: LaneKind::DigitalTouchpoints,
        name: None,
        line_below: Some(BlueprintLine::Visibility),
    },
    TemplateLane {
        kind: LaneKind::Backstage,
        name: None,
        line_below: Some(BlueprintLine::InternalInteraction),
    },
    TemplateLane {
        kind: LaneKind::Backstage,
        name: Some(("Support processes", "Ondersteunende processen")),
        line_below: None,
    },
];

/// A template's words in Dutch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DutchWords {
    /// One line that says where the phase model comes from.
    pub description: &'static str,
    /// The phase names, left to right, one per phase of [`Template::phases`].
    pub phases: &'static [&'static str],
}

/// A band of phases that a phase model names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The phases up to the purchase.
    Buyer,
    /// The phases after it: service, use, loyalty.
    Delight,
}

impl Group {
    /// The group's name on a map in `language`: "Buyer journey", "Koopreis".
    pub fn label(self, language: Language) -> String {
        match self {
            Group::Buyer => crate::tr_in!(language, "map-group-buyer"),
            Group::Delight => crate::tr_in!(language, "map-group-delight"),
        }
    }
}

const BUYER: Option<Group> = Some(Group::Buyer);
const DELIGHT: Option<Group> = Some(Group::Delight);

/// Every template, in the order a "New map" dialog offers them.
pub const TEMPLATES: &[Template] = &[
    Template {
        name: "braincandy-nl",
        description: "Braincandy's five steps, in Dutch: Aandacht, Afweging, Aankoop, Service, Loyaliteit",
        phases: &[
            ("Aandacht", BUYER),
            ("Afweging", BUYER),
            ("Aankoop", BUYER),
            ("Service", DELIGHT),
            ("Loyaliteit", DELIGHT),
        ],
        language: Some(Language::Dutch),
        dutch: DutchWords {
            description: "Braincandy's vijf stappen: Aandacht, Afweging, Aankoop, Service, Loyaliteit",
            phases: &["Aandacht", "Afweging", "Aankoop", "Service", "Loyaliteit"],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "braincandy-en",
        description: "Braincandy's five steps: Attention, Consideration, Purchase, Service, Loyalty",
        phases: &[
            ("Attention", BUYER),
            ("Consideration", BUYER),
            ("Purchase", BUYER),
            ("Service", DELIGHT),
            ("Loyalty", DELIGHT),
        ],
        language: Some(Language::English),
        dutch: DutchWords {
            description: "Braincandy's vijf stappen, in het Engels: Attention, Consideration, Purchase, Service, Loyalty",
            phases: &[
                "Attention",
                "Consideration",
                "Purchase",
                "Service",
                "Loyalty",
            ],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "customerscope",
        description: "CustomerScope's five phases: a buyer journey and a delight journey",
        phases: &[
            ("Awareness", BUYER),
            ("Consideration", BUYER),
            ("Decision", BUYER),
            ("Service & delivery", DELIGHT),
            ("Delight & loyalty", DELIGHT),
        ],
        language: None,
        dutch: DutchWords {
            description: "De vijf fases van CustomerScope: de koopreis en wat erna komt",
            phases: &[
                "Bewustwording",
                "Overweging",
                "Beslissing",
                "Levering en service",
                "Tevredenheid en loyaliteit",
            ],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "see-think-do-care",
        description: "Google's See - Think - Do - Care",
        phases: &[("See", None), ("Think", None), ("Do", None), ("Care", None)],
        language: None,
        dutch: DutchWords {
            description: "See - Think - Do - Care van Google, in het Nederlands",
            phases: &["Zien", "Denken", "Doen", "Zorgen"],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "six-phase",
        description: "Six phases of customer engagement, from awareness to advocacy",
        phases: &[
            ("Awareness", None),
            ("Engagement", None),
            ("Evaluation", None),
            ("Purchase", None),
            ("Use", None),
            ("Advocacy", None),
        ],
        language: None,
        dutch: DutchWords {
            description: "Zes fases van klantcontact, van bewustwording tot ambassadeur",
            phases: &[
                "Bewustwording",
                "Interesse",
                "Vergelijken",
                "Aankoop",
                "Gebruik",
                "Aanbevelen",
            ],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "blank",
        description: "Three plain phases to rename: before, during and after",
        phases: &[("Before", None), ("During", None), ("After", None)],
        language: None,
        dutch: DutchWords {
            description: "Drie eenvoudige fases om te hernoemen: voor, tijdens en na",
            phases: &["Voor", "Tijdens", "Na"],
        },
        lanes: JOURNEY_LANES,
    },
    Template {
        name: "service-blueprint",
        description: "Service blueprint: customer actions, frontstage, backstage and support processes, with their three lines",
        phases: &[
            ("Request", None),
            ("Arrival", None),
            ("Service", None),
            ("Payment", None),
            ("Follow-up", None),
        ],
        language: None,
        dutch: DutchWords {
            description: "Service blueprint: klantacties, frontstage, backstage en ondersteunende processen, met de drie lijnen ertussen",
            phases: &[
                "Aanvraag",
                "Aankomst",
                "Dienstverlening",
                "Afrekenen",
                "Nazorg",
            ],
        },
        lanes: BLUEPRINT_LANES,
    },
];

/// Calm header colours, one per phase, repeated when a map has more phases.
const PHASE_COLORS: [Color; 6] = [
    Color::rgb(0x4c, 0x78, 0xa8),
    Color::rgb(0x59, 0xa1, 0x4f),
    Color::rgb(0xed, 0xa0, 0x3a),
    Color::rgb(0xb0, 0x7a, 0xa1),
    Color::rgb(0x76, 0xb7, 0xb2),
    Color::rgb(0x9c, 0x75, 0x5f),
];

/// The header colour for the phase at `index`.
pub fn phase_color(index: usize) -> Color {
    PHASE_COLORS[index % PHASE_COLORS.len()]
}

/// The template with this command-line name.
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

impl Template {
    /// The language a map from this template is in when `asked` is asked for.
    pub fn language_for(&self, asked: Language) -> Language {
        self.language.unwrap_or(asked)
    }

    /// The title a new map gets when none is given, in the language of a map made when
    /// `language` is asked for.
    pub fn title_in(&self, language: Language) -> String {
        crate::tr_in!(self.language_for(language), "map-template-title")
    }

    /// One line that says where the phase model comes from, in `language`.
    pub fn description_in(&self, language: Language) -> &'static str {
        match language {
            Language::English => self.description,
            Language::Dutch => self.dutch.description,
        }
    }

    /// The phase names, left to right, of a map made when `language` is asked for.
    pub fn phase_names_in(&self, language: Language) -> Vec<&'static str> {
        match self.language_for(language) {
            Language::English => self.phases.iter().map(|(name, _)| *name).collect(),
            Language::Dutch => self.dutch.phases.to_vec(),
        }
    }

    /// A new map from this template: its phases and lanes (for a journey map the physical
    /// and digital touchpoint lanes and an emotion lane), and one persona so the emotion
    /// lane can be used at once, all named in `language` (or in the template's own
    /// language, when it has one).
    pub fn instantiate(&self, title: Option<&str>, language: Language) -> JourneyMap {
        let language = self.language_for(language);
        let mut map =
            JourneyMap::empty(title.map_or_else(|| self.title_in(language), str::to_owned));
        map.language = Some(language);
        map.phases = self
            .phase_names_in(language)
            .into_iter()
            .zip(self.phases)
            .enumerate()
            .map(|(i, (name, (_, group)))| Phase {
                id: PhaseId(format!("p{}", i + 1)),
                name: name.to_owned(),
                color: phase_color(i),
                group: group.map(|group| group.label(language)),
                width: None,
            })
            .collect();
        map.lanes = self
            .lanes
            .iter()
            .enumerate()
            .map(|(i, lane)| Lane {
                id: LaneId(format!("l{}", i + 1)),
                name: match (lane.name, language) {
                    (Some((english, _)), Language::English) => english.to_owned(),
                    (Some((_, dutch)), Language::Dutch) => dutch.to_owned(),
                    (None, _) => lane.kind.label(language),
                },
                kind: lane.kind,
                collapsed: false,
                line_below: lane.line_below,
            })
            .collect();
        map.personas = vec![Persona {
            id: PersonaId::new("persona1"),
            name: crate::tr_in!(language, "map-template-persona"),
            description: String::new(),
            color: Color::rgb(0xe1, 0x57, 0x59),
            hidden: false,
            picture: None,
        }];
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::check;

    #[test]
    fn every_template_makes_a_map_without_problems_in_either_language() {
        for template in TEMPLATES {
            for language in Language::ALL {
                let map = template.instantiate(None, language);
                let problems = check(&map);
                assert!(
                    problems.is_empty(),
                    "{} {language:?}: {problems:?}",
                    template.name
                );
                assert_eq!(map.phases.len(), template.phases.len());
                assert_eq!(template.dutch.phases.len(), template.phases.len());
                let kinds: Vec<_> = map.lanes.iter().map(|l| l.kind).collect();
                let expected: Vec<_> = template.lanes.iter().map(|l| l.kind).collect();
                assert_eq!(kinds, expected);
                assert!(kinds.contains(&LaneKind::Emotions), "{}", template.name);
                assert_eq!(
                    map.language,
                    Some(template.language.unwrap_or(language)),
                    "{}",
                    template.name
                );
            }
        }
    }

    #[test]
    fn braincandy_nl_makes_a_dutch_map_whatever_is_asked() {
        let template = find("braincandy-nl").unwrap();
        for asked in Language::ALL {
            let map = template.instantiate(None, asked);
            assert_eq!(map.language, Some(Language::Dutch));
            assert_eq!(map.title, "Nieuwe klantreis");
            let phases: Vec<_> = map.phases.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(
                phases,
                ["Aandacht", "Afweging", "Aankoop", "Service", "Loyaliteit"]
            );
            let groups: Vec<_> = map.phases.iter().map(|p| p.group.as_deref()).collect();
            let (buyer, delight) = (Some("Koopreis"), Some("Na de aankoop"));
            assert_eq!(groups, [buyer, buyer, buyer, delight, delight]);
            let lanes: Vec<_> = map.lanes.iter().map(|l| l.name.as_str()).collect();
            assert_eq!(
                lanes,
                [
                    "Fysieke contactmomenten",
                    "Digitale contactmomenten",
                    "Beleving"
                ]
            );
            assert_eq!(map.personas[0].name, "Klant");
        }
        let english = find("braincandy-en")
            .unwrap()
            .instantiate(None, Language::Dutch);
        assert_eq!(english.language, Some(Language::English));
        assert_eq!(english.lanes[0].name, "Physical touchpoints");
        assert_eq!(english.phases[0].group.as_deref(), Some("Buyer journey"));
    }

    #[test]
    fn the_other_templates_follow_the_language_asked_for() {
        let template = find("see-think-do-care").unwrap();
        let dutch = template.instantiate(Some("Webwinkel"), Language::Dutch);
        let phases: Vec<_> = dutch.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(phases, ["Zien", "Denken", "Doen", "Zorgen"]);
        assert_eq!(dutch.title, "Webwinkel");
        assert_eq!(dutch.lanes[2].name, "Beleving");
        let english = template.instantiate(None, Language::English);
        assert_eq!(english.title, "New customer journey");
        assert_eq!(english.lanes[2].name, "Emotions");
        assert_eq!(english.personas[0].name, "Customer");
        assert_eq!(
            template.description_in(Language::Dutch),
            template.dutch.description
        );
    }

    #[test]
    fn customerscope_groups_buyer_and_delight_phases() {
        let map = find("customerscope")
            .map(|t| t.instantiate(Some("Webshop"), Language::English))
            .unwrap();
        assert_eq!(map.title, "Webshop");
        let groups: Vec<_> = map.phases.iter().map(|p| p.group.as_deref()).collect();
        let (buyer, delight) = (Some("Buyer journey"), Some("Delight journey"));
        assert_eq!(groups, [buyer, buyer, buyer, delight, delight]);
    }

    #[test]
    fn the_service_blueprint_has_its_lanes_and_three_lines_in_both_languages() {
        let template = find("service-blueprint").unwrap();
        let lines = |map: &JourneyMap| -> Vec<(String, Option<BlueprintLine>)> {
            map.lanes
                .iter()
                .map(|l| (l.name.clone(), l.line_below))
                .collect()
        };
        let english = template.instantiate(None, Language::English);
        let (interaction, visibility, internal) = (
            Some(BlueprintLine::Interaction),
            Some(BlueprintLine::Visibility),
            Some(BlueprintLine::InternalInteraction),
        );
        assert_eq!(
            lines(&english),
            [
                ("Emotions".to_owned(), None),
                ("Customer actions".to_owned(), interaction),
                ("Physical touchpoints".to_owned(), None),
                ("Digital touchpoints".to_owned(), visibility),
                ("Backstage / organisation".to_owned(), internal),
                ("Support processes".to_owned(), None),
            ]
        );
        let dutch = template.instantiate(None, Language::Dutch);
        let names: Vec<_> = dutch.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names[1], "Wat de klant doet");
        assert_eq!(names[5], "Ondersteunende processen");
        assert_eq!(dutch.phases[0].name, "Aanvraag");
        assert_eq!(lines(&dutch).iter().filter(|(_, l)| l.is_some()).count(), 3);
    }
}
