//! Large, realistic maps to measure with: cards spread over phases and lanes with the text
//! lengths real journeys have, links (about half as many as cards, of all three kinds) and
//! an emotion curve per persona. The same settings and seed always give the same map.

use crate::file::MAX_FILE_BYTES;
use crate::model::{
    Card, CardId, Channel, Color, EmotionCurve, EmotionPoint, HandoffQuality, JourneyMap, Lane,
    LaneId, LaneKind, Link, LinkId, LinkKind, Persona, PersonaId, Phase, PhaseId, PointId,
    templates::phase_color,
};
use crate::model::{MAX_ITEMS, MAX_LANES, MAX_PERSONAS, MAX_PHASES};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// How many cards.
    pub cards: usize,
    /// How many phases (columns), at least 1.
    pub phases: usize,
    /// How many lanes (rows), at least 1.
    pub lanes: usize,
    /// How many personas, each with a curve.
    pub personas: usize,
    /// The seed: the same seed gives the same map.
    pub seed: u64,
}

impl Settings {
    /// Settings that scale phases and lanes with the number of cards, as big maps do.
    pub fn for_cards(cards: usize) -> Settings {
        Settings {
            cards,
            phases: (cards / 40).clamp(6, 60),
            lanes: (cards / 60).clamp(6, 24),
            personas: 3,
            seed: 1,
        }
    }

    /// Whether a map made with these settings is one journeymap opens: the counts within
    /// what `validate` accepts, checked before anything is generated. Returns a sentence
    /// saying what to change when it is not.
    pub fn check(&self) -> Result<(), String> {
        let limits = [
            (self.cards, MAX_ITEMS, "cards"),
            (self.phases, MAX_PHASES, "phases"),
            (self.lanes, MAX_LANES, "lanes"),
            (self.personas, MAX_PERSONAS, "personas"),
        ];
        for (asked, most, what) in limits {
            if asked > most {
                return Err(format!(
                    "A map can have at most {most} {what}, so journeymap cannot generate one with {asked}; ask for {most} or fewer."
                ));
            }
        }
        Ok(())
    }
}

/// Generates a map that journeymap opens: the settings are checked first (see
/// [`Settings::check`]), then the map itself, as `validate` would check the file: its
/// references and, written out, its size. Returns a sentence when the map would be refused.
pub fn generate_valid(settings: Settings) -> Result<JourneyMap, String> {
    settings.check()?;
    let map = generate(settings);
    if let Some(problem) = crate::model::check(&map)
        .into_iter()
        .find(|p| p.severity == crate::model::Severity::Error)
    {
        return Err(format!(
            "The generated map would not open ({problem}); ask for fewer cards, phases or lanes."
        ));
    }
    let bytes = crate::file::to_json(&map).len() as u64;
    if bytes > MAX_FILE_BYTES {
        return Err(format!(
            "A map of {} cards would be a {:.1} MiB file, and journeymap opens files up to {} MiB; ask for fewer cards.",
            settings.cards,
            bytes as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        ));
    }
    Ok(map)
}

const WORDS: &[&str] = &[
    "customer",
    "account",
    "order",
    "delivery",
    "payment",
    "advice",
    "branch",
    "app",
    "review",
    "offer",
    "contract",
    "mortgage",
    "insurance",
    "claim",
    "question",
    "answer",
    "form",
    "identity",
    "check",
    "welcome",
    "renewal",
    "invoice",
    "reminder",
    "store",
    "visit",
    "call",
    "chat",
    "mail",
    "letter",
    "campaign",
    "price",
    "package",
    "return",
    "complaint",
    "agent",
    "waiting",
    "status",
    "confirmation",
    "appointment",
    "signature",
    "quote",
    "comparison",
    "trust",
    "friend",
    "family",
    "evening",
    "weekend",
    "quickly",
    "again",
    "unclear",
    "helpful",
    "missing",
    "late",
    "friendly",
    "online",
    "printed",
];

const LANE_KINDS: [LaneKind; 8] = [
    LaneKind::CustomerActions,
    LaneKind::PhysicalTouchpoints,
    LaneKind::DigitalTouchpoints,
    LaneKind::Emotions,
    LaneKind::Thoughts,
    LaneKind::PainPoints,
    LaneKind::Opportunities,
    LaneKind::Backstage,
];

fn words(rng: &mut fastrand::Rng, from: usize, to: usize) -> String {
    let count = rng.usize(from..=to);
    let mut text = String::new();
    for i in 0..count {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(WORDS[rng.usize(..WORDS.len())]);
    }
    if let Some(first) = text.get(..1) {
        let upper = first.to_uppercase();
        text.replace_range(..1, &upper);
    }
    text
}

/// Generates a map.
pub fn generate(settings: Settings) -> JourneyMap {
    let mut rng = fastrand::Rng::with_seed(settings.seed);
    let mut map = JourneyMap::empty(format!("Generated journey: {} cards", settings.cards));
    map.description = "A large generated map for measuring journeymap's speed.".to_owned();
    map.phases = (0..settings.phases.max(1))
        .map(|i| Phase {
            id: PhaseId(format!("p{}", i + 1)),
            name: words(&mut rng, 1, 3),
            color: phase_color(i),
            group: None,
            width: None,
        })
        .collect();
    // One emotion lane, the rest cycling through the other kinds.
    map.lanes = (0..settings.lanes.max(1))
        .map(|i| {
            let kind = match i {
                3 => LaneKind::Emotions,
                _ => LANE_KINDS[[0, 1, 2, 4, 5, 6, 7][i % 7]],
            };
            Lane {
                id: LaneId(format!("l{}", i + 1)),
                name: format!("{} {}", words(&mut rng, 1, 2), i + 1),
                kind,
                collapsed: false,
                line_below: None,
            }
        })
        .collect();
    let physical: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|c| c.track() == crate::model::Track::Physical)
        .collect();
    let digital: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|c| c.track() == crate::model::Track::Digital)
        .collect();
    let card_lanes: Vec<&Lane> = map
        .lanes
        .iter()
        .filter(|l| l.kind != LaneKind::Emotions)
        .collect();
    let card_lanes = if card_lanes.is_empty() {
        map.lanes.iter().collect()
    } else {
        card_lanes
    };
    for i in 0..settings.cards {
        let phase = &map.phases[rng.usize(..map.phases.len())];
        let lane = card_lanes[rng.usize(..card_lanes.len())];
        let mut card = Card::new(
            CardId(format!("c{}", i + 1)),
            phase.id.clone(),
            lane.id.clone(),
            words(&mut rng, 2, 6),
        );
        card.body = if rng.u8(..10) < 7 {
            words(&mut rng, 4, 28)
        } else {
            String::new()
        };
        card.channel = match lane.kind {
            LaneKind::PhysicalTouchpoints => Some(physical[rng.usize(..physical.len())]),
            LaneKind::DigitalTouchpoints => Some(digital[rng.usize(..digital.len())]),
            _ => None,
        };
        card.decision_moment = rng.u8(..40) == 0;
        card.wow_moment = rng.u8(..60) == 0;
        if rng.bool() {
            card.owner = Some(words(&mut rng, 1, 2));
        }
        map.cards.push(card);
    }
    generate_links(&mut map, &mut rng, settings.cards / 2);
    generate_curves(&mut map, &mut rng, settings.personas);
    map
}

/// Links go where they go in real journeys: to a card in the same phase or the next one or
/// two, touchpoint to touchpoint more often than not.
fn generate_links(map: &mut JourneyMap, rng: &mut fastrand::Rng, count: usize) {
    let phase_of: std::collections::HashMap<&PhaseId, usize> = map
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, i))
        .collect();
    let mut by_phase: Vec<Vec<usize>> = vec![Vec::new(); map.phases.len()];
    let mut touchpoints_by_phase: Vec<Vec<usize>> = vec![Vec::new(); map.phases.len()];
    for (i, card) in map.cards.iter().enumerate() {
        if let Some(&p) = phase_of.get(&card.phase) {
            by_phase[p].push(i);
            if card.channel.is_some() {
                touchpoints_by_phase[p].push(i);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut attempts = 0;
    while map.links.len() < count && attempts < count * 8 && map.cards.len() > 1 {
        attempts += 1;
        let touch = rng.bool();
        let pool = if touch {
            &touchpoints_by_phase
        } else {
            &by_phase
        };
        let from_phase = rng.usize(..pool.len());
        let to_phase = (from_phase + rng.usize(..3)).min(pool.len() - 1);
        let (Some(&a), Some(&b)) = (rng.choice(&pool[from_phase]), rng.choice(&pool[to_phase]))
        else {
            continue;
        };
        let (from, to) = (&map.cards[a], &map.cards[b]);
        if a == b {
            continue;
        }
        let kind = match (from.channel, to.channel) {
            (Some(x), Some(y)) if x != y => LinkKind::ChannelSwitch,
            _ if rng.u8(..4) == 0 => LinkKind::Influence,
            _ => LinkKind::NextStep,
        };
        if !seen.insert((a, b, kind)) {
            continue;
        }
        let quality = (kind == LinkKind::ChannelSwitch).then(|| match rng.u8(..4) {
            0 => HandoffQuality::Broken,
            1 => HandoffQuality::Friction,
            _ => HandoffQuality::Smooth,
        });
        let label = (rng.u8(..3) == 0).then(|| words(rng, 2, 4));
        map.links.push(Link {
            id: LinkId(format!("k{}", map.links.len() + 1)),
            from: from.id.clone(),
            to: to.id.clone(),
            kind,
            label,
            quality,
        });
    }
}

fn generate_curves(map: &mut JourneyMap, rng: &mut fastrand::Rng, personas: usize) {
    const COLORS: [(u8, u8, u8); 4] = [
        (0xe1, 0x57, 0x59),
        (0x4e, 0x79, 0xa7),
        (0x59, 0xa1, 0x4f),
        (0xb0, 0x7a, 0xa1),
    ];
    let mut point = 0;
    for k in 0..personas {
        let (r, g, b) = COLORS[k % COLORS.len()];
        let id = PersonaId(format!("persona{}", k + 1));
        map.personas.push(Persona {
            id: id.clone(),
            name: format!("{} {}", words(rng, 1, 1), k + 1),
            description: words(rng, 8, 20),
            color: Color::rgb(r, g, b),
            hidden: false,
            picture: None,
        });
        let mut score: f64 = 0.0;
        let points = map
            .phases
            .iter()
            .map(|phase| {
                score = (score + f64::from(rng.i8(-2..=2)) / 2.0).clamp(-2.0, 2.0);
                point += 1;
                let card = map
                    .cards
                    .iter()
                    .find(|c| c.phase == phase.id && rng.u8(..8) == 0)
                    .map(|c| c.id.clone());
                EmotionPoint {
                    id: PointId(format!("e{point}")),
                    phase: phase.id.clone(),
                    card,
                    score,
                    note: if rng.bool() {
                        words(rng, 4, 12)
                    } else {
                        String::new()
                    },
                }
            })
            .collect();
        map.emotion_curves.push(EmotionCurve {
            persona: id,
            points,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_map_is_valid_deterministic_and_as_large_as_asked() {
        let settings = Settings::for_cards(1000);
        let map = generate(settings);
        assert_eq!(map.cards.len(), 1000);
        assert!(
            (400..=500).contains(&map.links.len()),
            "{}",
            map.links.len()
        );
        for kind in [
            LinkKind::ChannelSwitch,
            LinkKind::NextStep,
            LinkKind::Influence,
        ] {
            assert!(map.links.iter().any(|l| l.kind == kind), "{kind:?}");
        }
        assert_eq!(map.emotion_curves.len(), 3);
        let errors: Vec<_> = crate::model::check(&map)
            .into_iter()
            .filter(|p| p.severity == crate::model::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(generate(settings), map, "the same seed gives the same map");
        assert_ne!(
            generate(Settings {
                seed: 2,
                ..settings
            }),
            map
        );
    }

    #[test]
    fn settings_for_a_map_validate_would_refuse_are_refused_with_a_sentence() {
        let fine = Settings::for_cards(1_000);
        assert_eq!(fine.check(), Ok(()));
        let refused = [
            Settings {
                cards: crate::model::MAX_ITEMS + 1,
                ..fine
            },
            Settings {
                phases: crate::model::MAX_PHASES + 1,
                ..fine
            },
            Settings {
                lanes: crate::model::MAX_LANES + 1,
                ..fine
            },
            Settings {
                personas: crate::model::MAX_PERSONAS + 1,
                ..fine
            },
            // Far too many to generate first and check afterwards.
            Settings {
                cards: usize::MAX,
                ..fine
            },
        ];
        for settings in refused {
            let Err(message) = generate_valid(settings) else {
                panic!("{settings:?} was accepted");
            };
            assert!(
                message.starts_with("A map can have at most") && message.ends_with('.'),
                "{message}"
            );
        }
        let map = generate_valid(Settings::for_cards(50)).map_err(|e| e.to_string());
        assert_eq!(map, Ok(generate(Settings::for_cards(50))));
    }
}
