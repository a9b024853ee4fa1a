//! Templates for a new map, one per phase model that the seeds name.

use super::{Color, JourneyMap, Lane, LaneId, LaneKind, Persona, PersonaId, Phase, PhaseId};

/// A starting point for a new map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// The name used on the command line, e.g. `see-think-do-care`.
    pub name: &'static str,
    /// The title a new map gets when none is given.
    pub default_title: &'static str,
    /// One line that says where the phase model comes from.
    pub description: &'static str,
    /// The phases, left to right, each with its optional group.
    pub phases: &'static [(&'static str, Option<&'static str>)],
    /// Whether lane and persona names are in Dutch.
    pub dutch: bool,
}

const BUYER: Option<&str> = Some("Buyer journey");
const DELIGHT: Option<&str> = Some("Delight journey");

/// Every template, in the order a "New map" dialog offers them.
pub const TEMPLATES: &[Template] = &[
    Template {
        name: "braincandy-nl",
        default_title: "Nieuwe klantreis",
        description: "Braincandy's vijf stappen: Aandacht, Afweging, Aankoop, Service, Loyaliteit",
        phases: &[
            ("Aandacht", BUYER),
            ("Afweging", BUYER),
            ("Aankoop", BUYER),
            ("Service", DELIGHT),
            ("Loyaliteit", DELIGHT),
        ],
        dutch: true,
    },
    Template {
        name: "braincandy-en",
        default_title: "New customer journey",
        description: "Braincandy's five steps: Attention, Consideration, Purchase, Service, Loyalty",
        phases: &[
            ("Attention", BUYER),
            ("Consideration", BUYER),
            ("Purchase", BUYER),
            ("Service", DELIGHT),
            ("Loyalty", DELIGHT),
        ],
        dutch: false,
    },
    Template {
        name: "customerscope",
        default_title: "New customer journey",
        description: "CustomerScope's five phases: a buyer journey and a delight journey",
        phases: &[
            ("Awareness", BUYER),
            ("Consideration", BUYER),
            ("Decision", BUYER),
            ("Service & delivery", DELIGHT),
            ("Delight & loyalty", DELIGHT),
        ],
        dutch: false,
    },
    Template {
        name: "see-think-do-care",
        default_title: "New customer journey",
        description: "Google's See - Think - Do - Care",
        phases: &[("See", None), ("Think", None), ("Do", None), ("Care", None)],
        dutch: false,
    },
    Template {
        name: "six-phase",
        default_title: "New customer journey",
        description: "Six phases of customer engagement, from awareness to advocacy",
        phases: &[
            ("Awareness", None),
            ("Engagement", None),
            ("Evaluation", None),
            ("Purchase", None),
            ("Use", None),
            ("Advocacy", None),
        ],
        dutch: false,
    },
    Template {
        name: "blank",
        default_title: "New customer journey",
        description: "Three plain phases to rename: before, during and after",
        phases: &[("Before", None), ("During", None), ("After", None)],
        dutch: false,
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
    /// A new map from this template: its phases, the physical and digital touchpoint lanes
    /// and an emotion lane, and one persona so the emotion lane can be used at once.
    pub fn instantiate(&self, title: Option<&str>) -> JourneyMap {
        let mut map = JourneyMap::empty(title.unwrap_or(self.default_title));
        map.phases = self
            .phases
            .iter()
            .enumerate()
            .map(|(i, (name, group))| Phase {
                id: PhaseId(format!("p{}", i + 1)),
                name: (*name).to_owned(),
                color: phase_color(i),
                group: group.map(str::to_owned),
                width: None,
            })
            .collect();
        let lane_names = if self.dutch {
            ["Fysieke touchpoints", "Digitale touchpoints", "Beleving"]
        } else {
            ["Physical touchpoints", "Digital touchpoints", "Emotions"]
        };
        let kinds = [
            LaneKind::PhysicalTouchpoints,
            LaneKind::DigitalTouchpoints,
            LaneKind::Emotions,
        ];
        map.lanes = lane_names
            .iter()
            .zip(kinds)
            .enumerate()
            .map(|(i, (name, kind))| Lane {
                id: LaneId(format!("l{}", i + 1)),
                name: (*name).to_owned(),
                kind,
                collapsed: false,
            })
            .collect();
        map.personas = vec![Persona {
            id: PersonaId::new("persona1"),
            name: if self.dutch { "Klant" } else { "Customer" }.to_owned(),
            description: String::new(),
            color: Color::rgb(0xe1, 0x57, 0x59),
            hidden: false,
        }];
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Severity, check};

    #[test]
    fn every_template_makes_a_map_without_problems() {
        for template in TEMPLATES {
            let map = template.instantiate(None);
            let problems = check(&map);
            assert!(problems.is_empty(), "{}: {problems:?}", template.name);
            assert_eq!(map.phases.len(), template.phases.len());
            let kinds: Vec<_> = map.lanes.iter().map(|l| l.kind).collect();
            assert_eq!(
                kinds,
                [
                    LaneKind::PhysicalTouchpoints,
                    LaneKind::DigitalTouchpoints,
                    LaneKind::Emotions
                ]
            );
            assert!(!problems.iter().any(|p| p.severity == Severity::Warning));
        }
    }

    #[test]
    fn customerscope_groups_buyer_and_delight_phases() {
        let map = find("customerscope")
            .map(|t| t.instantiate(Some("Webshop")))
            .unwrap();
        assert_eq!(map.title, "Webshop");
        let groups: Vec<_> = map.phases.iter().map(|p| p.group.as_deref()).collect();
        assert_eq!(groups, [BUYER, BUYER, BUYER, DELIGHT, DELIGHT]);
    }
}
