//! Properties over many generated inputs: any valid map survives save and load unchanged,
//! and no damaged file can make the loader panic.

use journeymap::file;
use journeymap::model::templates::TEMPLATES;
use journeymap::model::{
    Better, Card, CardId, Channel, Color, EmotionCurve, EmotionPoint, HandoffQuality, JourneyMap,
    Kpi, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, MapState, Persona, PersonaId, Phase,
    PhaseId, Picture, PointId, check,
};
use journeymap::model::{BlueprintLine, Comment, CommentId, CommentTarget, Reply};
use journeymap::samples::SAMPLES;
use proptest::prelude::*;
use proptest::sample::select;

/// Any text, including control characters, quotes and non-Latin scripts.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter)
}

fn color() -> impl Strategy<Value = Color> {
    any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::rgb(r, g, b))
}

fn number() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(prop_oneof![
        prop::num::f64::NORMAL,
        prop::num::f64::SUBNORMAL,
        prop::num::f64::ZERO,
        -1000.0..1000.0f64,
    ])
}

/// Name, value, target, unit and whether lower is better.
type KpiSpec = (String, Option<f64>, Option<f64>, String, bool);

#[derive(Debug, Clone)]
struct CardSpec {
    phase: usize,
    lane: usize,
    title: String,
    body: String,
    channel: Option<Channel>,
    flags: (bool, bool),
    owner: Option<String>,
    kpis: Vec<KpiSpec>,
    tags: Vec<String>,
}

fn card_spec() -> impl Strategy<Value = CardSpec> {
    (
        (0..6usize, 0..6usize, text(), text()),
        prop::option::of(select(Channel::ALL.to_vec())),
        any::<(bool, bool)>(),
        prop::option::of(text()),
        prop::collection::vec((text(), number(), number(), text(), any::<bool>()), 0..3),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |((phase, lane, title, body), channel, flags, owner, kpis, tags)| CardSpec {
                phase,
                lane,
                title,
                body,
                channel,
                flags,
                owner,
                kpis,
                tags,
            },
        )
}

prop_compose! {
    fn valid_map()(
        title in text(),
        description in text(),
        future in any::<bool>(),
        phases in prop::collection::vec((text(), color(), prop::option::of(text()), prop::option::of(160.0..=800.0f64)), 1..6),
        lanes in prop::collection::vec((text(), select(LaneKind::ALL.to_vec()), any::<bool>()), 1..6),
        personas in prop::collection::vec((text(), text(), color(), any::<bool>()), 0..4),
        cards in prop::collection::vec(card_spec(), 0..16),
        links in prop::collection::vec(
            (0..16usize, 0..16usize, select(vec![LinkKind::ChannelSwitch, LinkKind::NextStep, LinkKind::Influence]),
             prop::option::of(text()),
             prop::option::of(select(vec![HandoffQuality::Smooth, HandoffQuality::Friction, HandoffQuality::Broken]))),
            0..12),
        curves in prop::collection::vec(
            prop::collection::vec((0..6usize, prop::option::of(0..16usize), -2.0..=2.0f64, text()), 0..6),
            0..4),
        id_suffix in text(),
        lines in prop::collection::vec(prop::option::of(select(BlueprintLine::ALL.to_vec())), 6),
        shown_pictures in prop::collection::vec(prop::option::of(0..3usize), 20),
        comments in prop::collection::vec(
            (0..5usize, 0..16usize, text(), text(), text(), any::<bool>(),
             prop::collection::vec((text(), text(), text()), 0..3)),
            0..5),
    ) -> JourneyMap {
        let mut map = JourneyMap::empty(title);
        map.description = description;
        map.state = if future { MapState::Future } else { MapState::Current };
        map.phases = phases.into_iter().enumerate().map(|(i, (name, color, group, width))| Phase {
            id: PhaseId(format!("p{i}{id_suffix}")), name, color, group, width,
        }).collect();
        map.lanes = lanes.into_iter().enumerate().map(|(i, (name, kind, collapsed))| Lane {
            id: LaneId(format!("l{i}")), name, kind, collapsed, line_below: lines[i],
        }).collect();
        map.personas = personas.into_iter().enumerate().map(|(i, (name, description, color, hidden))| Persona {
            id: PersonaId(format!("persona {i}")), name, description, color, hidden, picture: None,
        }).collect();
        for (i, spec) in cards.into_iter().enumerate() {
            let phase = map.phases[spec.phase % map.phases.len()].id.clone();
            let lane_index = spec.lane % map.lanes.len();
            let lane = map.lanes[lane_index].id.clone();
            let mut card = Card::new(CardId(format!("c{i}")), phase, lane, spec.title);
            card.body = spec.body;
            // A channel off its track is allowed but warned about; keep generated maps clean.
            card.channel = spec.channel.filter(|channel| {
                map.lanes[lane_index].kind.track().is_none_or(|track| track == channel.track())
            });
            (card.decision_moment, card.wow_moment) = spec.flags;
            card.owner = spec.owner;
            card.kpis = spec.kpis.into_iter().map(|(name, value, target, unit, lower)| Kpi {
                name, value, target, unit, better: if lower { Better::Lower } else { Better::Higher },
            }).collect();
            card.tags = spec.tags;
            map.cards.push(card);
        }
        if map.cards.len() >= 2 {
            for (i, (from, to, kind, label, quality)) in links.into_iter().enumerate() {
                let from = map.cards[from % map.cards.len()].id.clone();
                let to = map.cards[to % map.cards.len()].id.clone();
                let duplicate = map.links.iter().any(|l| l.from == from && l.to == to && l.kind == kind);
                if from == to || duplicate {
                    continue;
                }
                let quality = quality.filter(|_| kind == LinkKind::ChannelSwitch);
                let channels = |id: &CardId| map.cards.iter().find(|c| &c.id == id).and_then(|c| c.channel);
                if kind == LinkKind::ChannelSwitch && channels(&from).is_some() && channels(&from) == channels(&to) {
                    continue;
                }
                map.links.push(Link { id: LinkId(format!("k{i}")), from, to, kind, label, quality });
            }
        }
        let mut point_number = 0;
        for (persona, points) in map.personas.iter().zip(curves) {
            let mut curve = EmotionCurve { persona: persona.id.clone(), points: Vec::new() };
            for (phase, card, score, note) in points {
                point_number += 1;
                let card = card.filter(|_| !map.cards.is_empty()).map(|c| &map.cards[c % map.cards.len()]);
                let phase = match card {
                    Some(card) => card.phase.clone(),
                    None => map.phases[phase % map.phases.len()].id.clone(),
                };
                curve.points.push(EmotionPoint {
                    id: PointId(format!("e{point_number}")),
                    phase,
                    card: card.map(|card| card.id.clone()),
                    score,
                    note,
                });
            }
            map.emotion_curves.push(curve);
        }
        // Comments on the map and on any of its parts, some with replies, some resolved.
        let mut comment_number = 0;
        for (kind, index, author, time, text, resolved, replies) in comments {
            let on = match kind {
                1 if !map.cards.is_empty() => CommentTarget::Card(map.cards[index % map.cards.len()].id.clone()),
                2 => CommentTarget::Phase(map.phases[index % map.phases.len()].id.clone()),
                3 => CommentTarget::Lane(map.lanes[index % map.lanes.len()].id.clone()),
                4 if !map.links.is_empty() => CommentTarget::Link(map.links[index % map.links.len()].id.clone()),
                _ => CommentTarget::Map,
            };
            comment_number += 1;
            let id = CommentId(format!("m{comment_number}"));
            let replies = replies.into_iter().map(|(author, time, text)| {
                comment_number += 1;
                Reply { id: CommentId(format!("m{comment_number}")), author, time, text }
            }).collect();
            map.comments.push(Comment { id, on, author, time, text, resolved, replies });
        }
        // Some cards and personas show one of three pictures; the table holds each shown
        // picture once, in the order first shown.
        let pictures = three_pictures();
        let items = map.cards.iter_mut().map(|c| &mut c.picture)
            .chain(map.personas.iter_mut().map(|p| &mut p.picture));
        for (slot, shown) in items.zip(shown_pictures) {
            if let Some(k) = shown {
                *slot = Some(pictures[k].id.clone());
                if !map.pictures.iter().any(|p| p.id == pictures[k].id) {
                    map.pictures.push(pictures[k].clone());
                }
            }
        }
        map
    }
}

/// Three small pictures, a PNG drawing and two JPEG photos, made as the editor makes them.
fn three_pictures() -> &'static [Picture] {
    static PICTURES: std::sync::OnceLock<Vec<Picture>> = std::sync::OnceLock::new();
    PICTURES.get_or_init(|| {
        (0..3u8)
            .map(|k| {
                let image = image::RgbImage::from_fn(24 + u32::from(k), 16, |x, y| {
                    image::Rgb([k * 80, (x * 9) as u8, (y * 13) as u8])
                });
                let format = if k == 0 {
                    image::ImageFormat::Png
                } else {
                    image::ImageFormat::Jpeg
                };
                let mut bytes = Vec::new();
                image
                    .write_to(&mut std::io::Cursor::new(&mut bytes), format)
                    .unwrap_or_default();
                journeymap::pictures::ingest(&bytes, &format!("picture {k}"))
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn a_valid_map_survives_save_and_load(map in valid_map()) {
        prop_assert_eq!(check(&map), vec![]);
        let text = file::to_json(&map);
        let loaded = file::load(text.as_bytes());
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err().map(|e| e.to_string()));
        let loaded = loaded.unwrap();
        prop_assert!(loaded.warnings.is_empty());
        prop_assert_eq!(&loaded.map, &map);
        prop_assert_eq!(file::to_json(&loaded.map), text);
    }
}

#[derive(Debug, Clone)]
enum Damage {
    Replace(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Truncate(usize),
    Repeat(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Replace(at, byte)),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Damage::Delete(at, len)),
        (
            any::<usize>(),
            prop::collection::vec(
                select(b"{}[]\",:-0123456789.eE \\nulltruefalse\xff\x00".to_vec()),
                1..8
            )
        )
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Damage::Repeat(at, len)),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len().max(1);
    match damage {
        Damage::Replace(at, byte) => {
            if let Some(b) = bytes.get_mut(at % len) {
                *b = *byte;
            }
        }
        Damage::Delete(at, count) => {
            let start = at % len;
            let end = (start + count).min(bytes.len());
            bytes.drain(start.min(end)..end);
        }
        Damage::Insert(at, new) => {
            let at = (at % len).min(bytes.len());
            bytes.splice(at..at, new.iter().copied());
        }
        Damage::Truncate(at) => bytes.truncate(at % len),
        Damage::Repeat(at, count) => {
            let start = (at % len).min(bytes.len());
            let end = (start + count).min(bytes.len());
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

/// The files to damage: every sample, and every template as a file.
fn originals() -> Vec<String> {
    SAMPLES
        .iter()
        .map(|s| s.json.to_owned())
        .chain(
            TEMPLATES
                .iter()
                .map(|t| file::to_json(&t.instantiate(None, journeymap::model::Language::English))),
        )
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn damaged_files_never_panic_the_loader(
        which in any::<prop::sample::Index>(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let originals = originals();
        let mut bytes = which.get(&originals).clone().into_bytes();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        // Whatever loads must also save and load again to the same map.
        if let Ok(loaded) = file::load(&bytes) {
            let again = file::load(file::to_json(&loaded.map).as_bytes());
            prop_assert!(again.is_ok());
            prop_assert_eq!(again.unwrap().map, loaded.map);
        }
    }
}
