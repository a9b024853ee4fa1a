//! A map speaks its own language in every picture: a Dutch map's captions, legend, badges
//! and channel names are Dutch in SVG and PNG (and on the canvas, which paints the same
//! shapes), an English map's are English; the command line prints a Dutch map's switches
//! in Dutch; and changing the language in the Inspector is one undoable step.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use egui_kittest::kittest::Queryable;
use journeymap::app::Start;
use journeymap::export::{self, ExportOptions};
use journeymap::file;
use journeymap::model::{
    self, Card, CardId, Channel, Color, EmotionCurve, EmotionPoint, HandoffQuality, JourneyMap,
    Lane, LaneId, LaneKind, Language, Link, LinkId, LinkKind, MapState, Persona, PersonaId, Phase,
    PhaseId, PointId, Severity,
};
use journeymap::paint::Shape;

/// The one-line `map-…` sentences of a resource, by key: the words journeymap writes onto
/// a map. Sentences with arguments or plural forms are left out (they are checked where
/// they are drawn).
fn map_words(resource: &str) -> BTreeMap<String, String> {
    resource
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(key, value)| key.starts_with("map-") && !value.contains('{'))
        .map(|(key, value)| (key.to_owned(), value.trim().to_owned()))
        .collect()
}

/// The words of `language` that the other language says differently: those must never
/// show on a map in the other language.
fn own_words(language: Language) -> Vec<String> {
    let english = map_words(include_str!("../i18n/en.ftl"));
    let dutch = map_words(include_str!("../i18n/nl.ftl"));
    assert_eq!(
        english.keys().collect::<Vec<_>>(),
        dutch.keys().collect::<Vec<_>>()
    );
    let (own, other) = match language {
        Language::English => (&english, &dutch),
        Language::Dutch => (&dutch, &english),
    };
    own.iter()
        .filter(|(key, value)| other.get(*key) != Some(value))
        .map(|(_, value)| value.clone())
        .collect()
}

/// The words a map in `language` must show: state, lane kinds, channels, legend, moments.
fn expected_words(language: Language, state: MapState) -> Vec<String> {
    let mut words = vec![state.label(language)];
    words.extend(LaneKind::ALL.map(|kind| kind.label(language)));
    words.extend(Channel::ALL.map(|channel| channel.label(language)));
    words.extend([LinkKind::NextStep, LinkKind::Influence].map(|kind| kind.label(language)));
    words.extend(
        [
            "map-legend-personas",
            "map-legend-links",
            "map-legend-moments",
            "map-legend-switch-smooth",
            "map-legend-switch-friction",
            "map-legend-switch-broken",
            "map-badge-decision",
            "map-badge-wow",
            "map-badge-pain",
        ]
        .map(|key| journeymap::i18n::text(language, key, &[])),
    );
    words.push(journeymap::tr_in!(language, "map-lane-folded", count = 1));
    words
}

/// A map in `language` with every channel, lane kind, link kind, handoff quality and
/// moment, a pain point, a persona with a curve and a folded lane. The names the user
/// types are neutral codes, so every word in either language comes from journeymap.
fn every_word_map(language: Language, state: MapState) -> JourneyMap {
    let mut map = JourneyMap::empty("T1");
    map.language = Some(language);
    map.state = state;
    let phases: Vec<PhaseId> = (1..=3).map(|i| PhaseId::new(format!("p{i}"))).collect();
    for (i, id) in phases.iter().enumerate() {
        map.phases.push(Phase {
            id: id.clone(),
            name: format!("F{i}"),
            color: model::templates::phase_color(i),
            group: None,
            width: None,
        });
    }
    let lane_of = |kind: LaneKind| LaneId::new(format!("{kind:?}"));
    for kind in LaneKind::ALL {
        map.lanes.push(Lane {
            id: lane_of(kind),
            name: format!("B{}", map.lanes.len()),
            kind,
            collapsed: false,
            line_below: None,
        });
    }
    map.lanes.push(Lane {
        id: LaneId::new("folded"),
        name: "B10".to_owned(),
        kind: LaneKind::Content,
        collapsed: true,
        line_below: None,
    });
    let add_card = |map: &mut JourneyMap, lane: LaneId, channel: Option<Channel>| {
        let i = map.cards.len();
        let mut card = Card::new(
            CardId::new(format!("c{i}")),
            phases[i % phases.len()].clone(),
            lane,
            format!("K{i}"),
        );
        card.channel = channel;
        map.cards.push(card);
        CardId::new(format!("c{i}"))
    };
    let touchpoints: Vec<CardId> = Channel::ALL
        .into_iter()
        .map(|channel| {
            let lane = match channel.track() {
                model::Track::Physical => lane_of(LaneKind::PhysicalTouchpoints),
                model::Track::Digital => lane_of(LaneKind::DigitalTouchpoints),
            };
            add_card(&mut map, lane, Some(channel))
        })
        .collect();
    map.cards[0].decision_moment = true;
    map.cards[1].wow_moment = true;
    add_card(&mut map, lane_of(LaneKind::PainPoints), None);
    add_card(&mut map, LaneId::new("folded"), None);
    // Channel::ALL lists the physical channels first, then the digital ones.
    let digital = touchpoints.len() - 1;
    let links = [
        (
            0,
            digital,
            LinkKind::ChannelSwitch,
            Some(HandoffQuality::Smooth),
        ),
        (
            1,
            digital,
            LinkKind::ChannelSwitch,
            Some(HandoffQuality::Friction),
        ),
        (
            2,
            digital,
            LinkKind::ChannelSwitch,
            Some(HandoffQuality::Broken),
        ),
        (3, digital, LinkKind::ChannelSwitch, None),
        (0, 1, LinkKind::NextStep, None),
        (1, 2, LinkKind::Influence, None),
    ];
    for (n, (from, to, kind, quality)) in links.into_iter().enumerate() {
        map.links.push(Link {
            id: LinkId::new(format!("k{n}")),
            from: touchpoints[from].clone(),
            to: touchpoints[to].clone(),
            kind,
            label: None,
            quality,
        });
    }
    map.personas.push(Persona {
        id: PersonaId::new("persona1"),
        name: "P1".to_owned(),
        description: String::new(),
        color: Color::rgb(0xe1, 0x57, 0x59),
        hidden: false,
        picture: None,
    });
    map.emotion_curves.push(EmotionCurve {
        persona: PersonaId::new("persona1"),
        points: phases
            .iter()
            .zip([-1.5, 2.0, 0.5])
            .enumerate()
            .map(|(i, (phase, score))| EmotionPoint {
                id: PointId::new(format!("e{i}")),
                phase: phase.clone(),
                card: None,
                score,
                note: String::new(),
            })
            .collect(),
    });
    let errors: Vec<_> = model::check(&map)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    map
}

/// Whether `word` is drawn in `lines`: whole on one line or wrapped over consecutive ones
/// (as exports show it), or cut short with an ellipsis (as the canvas may).
fn drawn(lines: &[String], word: &str) -> bool {
    let cut_short = |line: &String| {
        line.strip_suffix('\u{2026}')
            .is_some_and(|start| start.chars().count() >= 4 && word.starts_with(start))
    };
    (0..lines.len()).any(|first| {
        let mut joined = String::new();
        for line in &lines[first..] {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(line);
            if joined == word {
                return true;
            }
            if joined.len() >= word.len() {
                break;
            }
        }
        cut_short(&lines[first])
    })
}

/// Every line of text of a map's picture, from the shapes the SVG and the PNG are made of.
fn painted_text(map: &JourneyMap) -> Vec<String> {
    let (shapes, _) = export::picture(map, &ExportOptions::default());
    shapes
        .into_iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text),
            _ => None,
        })
        .collect()
}

/// Every `<text>` of an SVG document, unescaped.
fn svg_text(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|rest| {
            let (_, after) = rest.split_once('>')?;
            let (text, _) = after.split_once("</text>")?;
            Some(
                text.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

fn other(language: Language) -> Language {
    match language {
        Language::English => Language::Dutch,
        Language::Dutch => Language::English,
    }
}

#[test]
fn every_picture_of_a_map_speaks_the_map_s_language_only() {
    for language in Language::ALL {
        for state in [MapState::Current, MapState::Future] {
            let map = every_word_map(language, state);
            let svg = export::svg(&map, &ExportOptions::default());
            let pictures = [
                ("shapes (canvas, PNG)", painted_text(&map)),
                ("SVG", svg_text(&svg)),
            ];
            for (what, lines) in &pictures {
                assert!(lines.len() > 40, "{what}: {lines:?}");
                for word in expected_words(language, state) {
                    assert!(
                        drawn(lines, &word),
                        "{language:?} {state:?} {what}: {word:?} missing from {lines:?}"
                    );
                }
                for word in own_words(other(language)) {
                    assert!(
                        !drawn(lines, &word),
                        "{language:?} {state:?} {what}: {word:?} of the other language drawn"
                    );
                }
            }
            assert_eq!(
                pictures[0].1, pictures[1].1,
                "the SVG draws the shapes' text"
            );
            export::png(&map, &ExportOptions::default()).unwrap();
        }
    }
    // And the words are really different, so the check above can fail.
    let dutch = painted_text(&every_word_map(Language::Dutch, MapState::Current));
    assert!(drawn(&dutch, "Huidige situatie") && drawn(&dutch, "Telefoon"));
    assert!(drawn(&dutch, "ingeklapt: 1 kaart"));
    let english = painted_text(&every_word_map(Language::English, MapState::Current));
    assert!(drawn(&english, "Current state") && drawn(&english, "Phone"));
    assert!(drawn(&english, "folded: 1 card"));
}

fn journeymap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_makes_dutch_maps_and_prints_their_switches_in_dutch() {
    let dir = scratch("map-language-cli");
    let path = dir.join("nieuw.json");
    let path = path.to_str().unwrap();
    let made = journeymap(&["new", "-t", "six-phase", "--language", "nl", "-o", path]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let map = file::load_path(std::path::Path::new(path)).unwrap().map;
    assert_eq!(map.language, Some(Language::Dutch));
    assert_eq!(map.title, "Nieuwe klantreis");
    assert_eq!(map.phases[0].name, "Bewustwording");
    assert_eq!(map.lanes[0].name, "Fysieke contactmomenten");

    let english = dir.join("new.json");
    let english = english.to_str().unwrap();
    assert!(
        journeymap(&["new", "-t", "six-phase", "-o", english])
            .status
            .success()
    );
    let map = file::load_path(std::path::Path::new(english)).unwrap().map;
    assert_eq!(map.language(), Language::English);
    assert_eq!(map.phases[0].name, "Awareness");

    let refused = journeymap(&["new", "-t", "blank", "--language", "de", "-o", path]);
    assert_eq!(refused.status.code(), Some(2), "clap refuses the value");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("there is no language \"de\"; choose one of: nl, en"),
        "{said}"
    );

    let switches = dir.join("wissels.json");
    let switches = switches.to_str().unwrap();
    let mut map = every_word_map(Language::Dutch, MapState::Current);
    std::fs::write(switches, file::to_json(&map)).unwrap();
    let table = journeymap(&["switches", switches]);
    let table = String::from_utf8_lossy(&table.stdout).into_owned();
    assert!(
        table.starts_with("4 kanaalwissels in \"T1\" (score: P1)\n"),
        "{table}"
    );
    assert!(
        table.contains("Breekt af") && table.contains("niet beoordeeld"),
        "{table}"
    );
    assert!(
        table.contains("Winkel / filiaal") && table.contains("fysiek/digitaal"),
        "{table}"
    );
    assert!(table.contains(" +0,5 "), "a decimal comma: {table}");
    let csv = journeymap(&["switches", switches, "--csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert!(
        csv.starts_with(
            "van,naar,tussen fysiek en digitaal,overdracht,fase,score,label,verbinding\r\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("Soepel") && csv.contains(",ja,"), "{csv}");

    map.language = None;
    std::fs::write(switches, file::to_json(&map)).unwrap();
    let csv = journeymap(&["switches", switches, "--csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert!(
        csv.starts_with("from,to,crosses physical/digital,handoff,"),
        "{csv}"
    );
    assert!(
        csv.contains("Smooth") && csv.contains("Shop / branch"),
        "{csv}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_map_s_language_is_chosen_in_the_inspector_and_undone_in_one_step() {
    let mut harness = quick_editor(Start::Sample(0));
    let original = map_of(&harness);
    assert_eq!(original.language(), Language::English);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Language of the map")
        .click();
    harness.run();
    harness.get_by_label("Nederlands").click();
    harness.run();
    let dutch = map_of(&harness);
    assert_eq!(dutch.language, Some(Language::Dutch));
    assert_eq!(
        JourneyMap {
            language: original.language,
            ..dutch
        },
        original,
        "only the language changed"
    );
    undo_redo(&mut harness, &original);

    // A new touchpoint on the Dutch map gets a Dutch name, and its channels are offered in
    // Dutch.
    redo(&mut harness);
    assert_eq!(map_of(&harness).language, Some(Language::Dutch));
    let before = map_of(&harness);
    let track = add_touchpoint(&mut harness);
    assert_eq!(
        added_card(&before, &map_of(&harness)).title,
        "Nieuw contactmoment"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let (dutch, english) = match track {
        model::Track::Physical => ("Telefoon", "Phone"),
        model::Track::Digital => ("Reviewsite", "Review site"),
    };
    let offered = |name: &str| {
        harness
            .query_by_role_and_label(egui::accesskit::Role::Button, name)
            .is_some()
    };
    assert!(offered(dutch) && !offered(english));
}

/// Every piece of text the editor painted inside its canvas in the last frame.
fn canvas_text(harness: &egui_kittest::Harness<'_, journeymap::app::JourneyApp>) -> Vec<String> {
    let canvas = harness.state().canvas();
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) if canvas.contains(text.pos) => {
                Some(text.galley.text().to_owned())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_dutch_map_on_the_canvas_of_an_english_editor_reads_dutch() {
    let index = journeymap::samples::SAMPLES
        .iter()
        .position(|s| s.name == "bankrekening-openen")
        .unwrap();
    let harness = editor(Start::Sample(index), ScriptedDialogs::default());
    assert!(
        harness.query_by_label("File").is_some(),
        "the interface stays English"
    );
    let lines = canvas_text(&harness);
    for word in [
        "Huidige situatie",
        "Persona's",
        "Verbindingen",
        "Volgende stap",
        "Kanaalwissel: soepel",
        "Beslismoment",
        "Telefoon",
        "Winkel / filiaal",
    ] {
        assert!(drawn(&lines, word), "{word:?} missing from {lines:?}");
    }
    for word in own_words(Language::English) {
        assert!(
            !drawn(&lines, &word),
            "English {word:?} on a Dutch map's canvas"
        );
    }
}
