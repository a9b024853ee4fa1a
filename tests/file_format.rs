//! The file format as a user meets it: samples and templates that load and save byte for
//! byte, and a clear sentence for every kind of bad file.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::path::{Path, PathBuf};

use journeymap::file::{self, LoadError};
use journeymap::model::templates::{self, TEMPLATES};
use journeymap::model::{
    Card, CardId, Channel, EmotionCurve, EmotionPoint, HandoffQuality, JourneyMap, LaneKind, Link,
    LinkId, LinkKind, PointId, Severity,
};
use journeymap::samples::SAMPLES;
use serde_json::{Value, json};

fn sample_paths() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_sample_round_trips_byte_for_byte() {
    let paths = sample_paths();
    assert!(paths.len() >= 5, "only {} samples", paths.len());
    for path in paths {
        let bytes = std::fs::read_to_string(&path).unwrap();
        let loaded =
            file::load_path(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        let saved = file::to_json(&loaded.map);
        assert!(
            saved == bytes,
            "{} is not in the canonical layout; run `journeymap fmt` on it",
            path.display()
        );
        assert_eq!(file::load(saved.as_bytes()).unwrap().map, loaded.map);
    }
}

#[test]
fn every_sample_file_is_built_in_and_the_same() {
    let on_disk: Vec<String> = sample_paths()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut built_in: Vec<String> = SAMPLES.iter().map(|s| s.name.to_owned()).collect();
    built_in.sort();
    assert_eq!(on_disk, built_in);
    for sample in SAMPLES {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/{}.json", sample.name));
        assert_eq!(std::fs::read_to_string(path).unwrap(), sample.json);
    }
}

/// Each sample shows what the product is about: both tracks, a channel switch, personas with
/// their curves, a decision moment and a wow moment or pain point.
#[test]
fn every_sample_tells_a_whole_journey() {
    for sample in SAMPLES {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        let name = sample.name;
        let cards_in_lane_kind = |kind: LaneKind| {
            map.cards
                .iter()
                .filter(|card| map.lane(&card.lane).is_some_and(|lane| lane.kind == kind))
                .count()
        };
        assert!(
            cards_in_lane_kind(LaneKind::PhysicalTouchpoints) > 0,
            "{name}: physical track"
        );
        assert!(
            cards_in_lane_kind(LaneKind::DigitalTouchpoints) > 0,
            "{name}: digital track"
        );
        assert!(
            map.links.iter().any(|l| l.kind == LinkKind::ChannelSwitch),
            "{name}: channel switch"
        );
        assert!(map.personas.len() >= 2, "{name}: personas");
        for persona in &map.personas {
            let curve = map.emotion_curves.iter().find(|c| c.persona == persona.id);
            assert!(
                curve.is_some_and(|c| c.points.len() >= 2),
                "{name}: curve of {}",
                persona.name
            );
        }
        assert!(
            map.cards.iter().any(|c| c.decision_moment),
            "{name}: decision moment"
        );
        assert!(
            map.cards.iter().any(|c| c.wow_moment) || cards_in_lane_kind(LaneKind::PainPoints) > 0,
            "{name}: wow moment or pain point"
        );
    }
}

#[test]
fn at_least_one_sample_is_in_dutch() {
    let dutch_words = ["klant", "klacht", "fase", "beleving", "Ik wil"];
    assert!(SAMPLES.iter().any(|sample| {
        let map = file::load(sample.json.as_bytes()).unwrap().map;
        dutch_words.iter().any(|w| map.title.contains(w))
            || map
                .lanes
                .iter()
                .any(|l| dutch_words.iter().any(|w| l.name.contains(w)))
    }));
}

#[test]
fn every_template_saves_and_loads_cleanly() {
    for template in TEMPLATES {
        let map = template.instantiate(Some("Kaart"), journeymap::model::Language::English);
        let text = file::to_json(&map);
        let loaded = file::load(text.as_bytes()).unwrap();
        assert_eq!(loaded.map, map, "{}", template.name);
        assert!(loaded.warnings.is_empty(), "{}", template.name);
    }
}

#[test]
fn the_committed_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/journeymap.schema.json");
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == file::schema_json(),
        "assets/journeymap.schema.json is out of date: run `cargo run -- schema > assets/journeymap.schema.json`"
    );
}

/// The schema is for other people's tools: it must accept every file journeymap writes and
/// refuse what journeymap refuses on type grounds.
#[test]
fn the_schema_accepts_every_sample_and_template_and_refuses_a_bad_colour() {
    let schema: Value = serde_json::from_str(&file::schema_json()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let files = SAMPLES
        .iter()
        .map(|s| s.json.to_owned())
        .chain(
            TEMPLATES
                .iter()
                .map(|t| file::to_json(&t.instantiate(None, journeymap::model::Language::English))),
        )
        .chain([file::to_json(&rich_map())]);
    for text in files {
        let value: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let bad_colour = mutated(|v| v["phases"][0]["color"] = json!("blue"));
    assert!(!validator.is_valid(&serde_json::from_slice(&bad_colour).unwrap()));
    let newer = mutated(|v| v["version"] = json!(2));
    assert!(!validator.is_valid(&serde_json::from_slice(&newer).unwrap()));
}

#[test]
fn saving_is_pretty_lf_and_ends_with_a_newline() {
    let text = file::to_json(&rich_map());
    assert!(text.starts_with("{\n  \"format\": \"journeymap\",\n  \"version\": 1,\n  \"title\""));
    assert!(text.ends_with("}\n"));
    assert!(!text.contains('\r'));
    let keys: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("  \"") && !line.starts_with("   "))
        .map(|line| line.trim_start().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "title",
            "language",
            "description",
            "state",
            "personas",
            "phases",
            "lanes",
            "cards",
            "links",
            "emotion_curves"
        ]
    );
}

/// A small map that uses every kind of thing, as the base for the bad-input table.
fn rich_map() -> JourneyMap {
    let mut map = templates::find("customerscope")
        .unwrap()
        .instantiate(Some("Webshop"), journeymap::model::Language::English);
    let physical = map.lanes[0].id.clone();
    let digital = map.lanes[1].id.clone();
    let mut site = Card::new(
        CardId::new("c1"),
        map.phases[1].id.clone(),
        digital,
        "Reads reviews",
    );
    site.channel = Some(Channel::Website);
    site.decision_moment = true;
    let mut call = Card::new(
        CardId::new("c2"),
        map.phases[1].id.clone(),
        physical,
        "Calls the shop",
    );
    call.channel = Some(Channel::Phone);
    map.cards = vec![site, call];
    map.links = vec![Link {
        id: LinkId::new("k1"),
        from: CardId::new("c1"),
        to: CardId::new("c2"),
        kind: LinkKind::ChannelSwitch,
        label: Some("asks about delivery".into()),
        quality: Some(HandoffQuality::Friction),
    }];
    map.emotion_curves = vec![EmotionCurve {
        persona: map.personas[0].id.clone(),
        points: vec![EmotionPoint {
            id: PointId::new("e1"),
            phase: map.phases[1].id.clone(),
            card: Some(CardId::new("c1")),
            score: -0.5,
            note: "Unsure".into(),
        }],
    }];
    map
}

fn rich_value() -> Value {
    serde_json::from_str(&file::to_json(&rich_map())).unwrap()
}

fn mutated(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = rich_value();
    change(&mut value);
    serde_json::to_vec_pretty(&value).unwrap()
}

fn error_of(bytes: &[u8]) -> String {
    match file::load(bytes) {
        Ok(_) => panic!("loaded: {}", String::from_utf8_lossy(bytes)),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_base_of_the_bad_input_table_is_good() {
    let loaded = file::load(&mutated(|_| {})).unwrap();
    assert_eq!(loaded.map, rich_map());
    assert!(loaded.warnings.is_empty());
}

#[test]
fn every_kind_of_bad_input_gets_its_own_clear_sentence() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty file", b"".to_vec(), "The file is empty."),
        (
            "only white space",
            b" \n\t\n".to_vec(),
            "The file is empty.",
        ),
        (
            "a cut-off PNG",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "This PNG image is damaged and its journey map cannot be read: ",
        ),
        (
            "a JPEG photo",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF".to_vec(),
            "This is a JPEG image, not a journey map.",
        ),
        (
            "binary junk",
            vec![b'{', 0xff, 0xfe, 0x00],
            "This is not a text file (byte 1 is not UTF-8 text), so it cannot be a journey map.",
        ),
        (
            "plain text",
            b"Customer journey workshop notes".to_vec(),
            "This is not a JSON file (it starts with \"Customer journey wor\"), so it cannot be a journey map.",
        ),
        (
            "an XML diagram",
            b"<mxfile host=\"drawio\">".to_vec(),
            "This is not a JSON file (it starts with \"<mxfile host=\"drawio\"), so it cannot be a journey map.",
        ),
        (
            "broken JSON",
            b"{\n  \"format\": \"journeymap\",\n  \"version\": 1\n  \"title\": \"x\"\n}".to_vec(),
            "The JSON is broken at line 4, column 3: a comma (,) or the } that closes an object is missing.",
        ),
        (
            "cut off halfway",
            mutated(|_| {})[..200].to_vec(),
            "The JSON is broken at line",
        ),
        (
            "null",
            b"null".to_vec(),
            "This JSON file holds only null, not a journey map",
        ),
        (
            "an array",
            b"[{\"format\": \"journeymap\"}]".to_vec(),
            "This JSON file holds a list (a JSON array), not a journey map",
        ),
        (
            "a number",
            b"42".to_vec(),
            "This JSON file holds only a number, not a journey map",
        ),
        (
            "a package.json",
            br#"{"name": "shop", "version": "1.0.0", "dependencies": {"react": "^18"}}"#.to_vec(),
            "This is a package.json file, not a journey map.",
        ),
        (
            "some other JSON object",
            br#"{"title": "Webshop", "phases": []}"#.to_vec(),
            "This JSON file is not a journey map: it has no \"format\": \"journeymap\" field.",
        ),
        (
            "another format",
            br#"{"format": "excalidraw", "version": 2}"#.to_vec(),
            "This is a \"excalidraw\" file, not a journey map: its \"format\" must be \"journeymap\".",
        ),
        (
            "no version",
            mutated(|v| {
                v.as_object_mut().unwrap().remove("version");
            }),
            "The file has no \"version\", so journeymap cannot tell how to read it.",
        ),
        (
            "version as text",
            mutated(|v| v["version"] = json!("1")),
            "\"version\" must be a whole number from 1 up, but it is \"1\".",
        ),
        (
            "version zero",
            mutated(|v| v["version"] = json!(0)),
            "\"version\" must be a whole number from 1 up, but it is 0.",
        ),
        (
            "a newer version",
            mutated(|v| v["version"] = json!(2)),
            "This map was saved by a newer journeymap (file format version 2; this program reads up to version 1): update journeymap to open it.",
        ),
        (
            "no title",
            mutated(|v| {
                v.as_object_mut().unwrap().remove("title");
            }),
            "the field \"title\" is missing (line",
        ),
        (
            "an unknown channel",
            mutated(|v| v["cards"][1]["channel"] = json!("fax")),
            "cards[1].channel: \"fax\" is not one of the choices here: \"website\"",
        ),
        (
            "a score that is text",
            mutated(|v| v["emotion_curves"][0]["points"][0]["score"] = json!("high")),
            "emotion_curves[0].points[0].score: must be a number, not the text \"high\" (line",
        ),
        (
            "a colour name",
            mutated(|v| v["personas"][0]["color"] = json!("red")),
            "personas[0].color: \"red\" is not a colour; write it as \"#rrggbb\"",
        ),
        (
            "a card in a phase that does not exist",
            mutated(|v| v["cards"][1]["phase"] = json!("p9")),
            "cards[1].phase: no phase with id \"p9\"",
        ),
        (
            "a card in a lane that does not exist",
            mutated(|v| v["cards"][0]["lane"] = json!("l7")),
            "cards[0].lane: no lane with id \"l7\"",
        ),
        (
            "a link to a missing card",
            mutated(|v| v["links"][0]["to"] = json!("c99")),
            "links[0].to: no card with id \"c99\"",
        ),
        (
            "a link from a card to itself",
            mutated(|v| v["links"][0]["to"] = json!("c1")),
            "links[0]: a link cannot connect card \"c1\" to itself",
        ),
        (
            "a handoff quality on a next step",
            mutated(|v| v["links"][0]["kind"] = json!("next_step")),
            "links[0].quality: only channel switches have a handoff quality, and this link is a next step",
        ),
        (
            "two cards with one id",
            mutated(|v| v["cards"][1]["id"] = json!("c1")),
            "cards[1].id: \"c1\" is already the id of cards[0]",
        ),
        (
            "an empty id",
            mutated(|v| v["phases"][2]["id"] = json!("")),
            "phases[2].id: the id is empty",
        ),
        (
            "a curve of a missing persona",
            mutated(|v| v["emotion_curves"][0]["persona"] = json!("bob")),
            "emotion_curves[0].persona: no persona with id \"bob\"",
        ),
        (
            "a score off the scale",
            mutated(|v| v["emotion_curves"][0]["points"][0]["score"] = json!(3.5)),
            "emotion_curves[0].points[0].score: 3.5 is outside the scale; a score runs from -2 (very negative) to 2 (very positive)",
        ),
        (
            "a point tied to a card in another phase",
            mutated(|v| v["emotion_curves"][0]["points"][0]["phase"] = json!("p3")),
            "emotion_curves[0].points[0].card: card \"c1\" is in phase \"p2\", but the point is in phase \"p3\"",
        ),
        (
            "two curves for one persona",
            mutated(|v| {
                let curve = v["emotion_curves"][0].clone();
                let mut second = curve.clone();
                second["points"] = json!([]);
                v["emotion_curves"] = json!([curve, second]);
            }),
            "emotion_curves[1].persona: persona \"persona1\" already has a curve in emotion_curves[0]; a persona has one curve",
        ),
    ];
    assert!(cases.len() >= 15);
    for (what, bytes, expected) in cases {
        let message = error_of(&bytes);
        assert!(
            message.starts_with(expected),
            "{what}:\n  got      {message}\n  expected {expected}…"
        );
    }
}

#[test]
fn several_errors_are_all_listed() {
    let bytes = mutated(|v| {
        v["cards"][0]["phase"] = json!("p9");
        v["cards"][1]["lane"] = json!("l9");
    });
    let error = file::load(&bytes).unwrap_err();
    assert_eq!(
        error.problems(),
        [
            "cards[0].phase: no phase with id \"p9\"",
            "cards[1].lane: no lane with id \"l9\""
        ]
    );
    assert_eq!(
        error.to_string(),
        "cards[0].phase: no phase with id \"p9\" (and 1 more problem)"
    );
}

#[test]
fn unknown_fields_are_reported_as_warnings_with_their_path() {
    let bytes = mutated(|v| {
        v["cards"][1]["colour"] = json!("#ff0000");
        v["generator"] = json!("Miro export");
    });
    let loaded = file::load(&bytes).unwrap();
    let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "cards[1].colour: unknown field; journeymap ignores it and leaves it out when the map is saved",
            "generator: unknown field; journeymap ignores it and leaves it out when the map is saved",
        ]
    );
    assert!(
        loaded
            .warnings
            .iter()
            .all(|w| w.severity == Severity::Warning)
    );
    assert_eq!(loaded.map, rich_map());
}

#[test]
fn a_physical_channel_on_the_digital_track_is_a_warning() {
    let bytes = mutated(|v| v["cards"][0]["channel"] = json!("shop"));
    let loaded = file::load(&bytes).unwrap();
    assert_eq!(
        loaded.warnings[0].to_string(),
        "cards[0].channel: \"Shop / branch\" is a physical channel, but the card is on the digital track"
    );
}

#[test]
fn a_channel_switch_within_one_channel_is_a_warning() {
    let bytes = mutated(|v| v["cards"][1]["channel"] = json!("website"));
    let warnings: Vec<String> = file::load(&bytes)
        .unwrap()
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(warnings.contains(
        &"links[0].kind: both cards use the channel \"Website\", so this is not a channel switch; a next step may be meant".to_owned()
    ), "{warnings:?}");
}

#[test]
fn whole_numbers_are_written_without_a_fraction() {
    let bytes = mutated(|v| v["emotion_curves"][0]["points"][0]["score"] = json!(-2.0));
    let text = file::to_json(&file::load(&bytes).unwrap().map);
    assert!(text.contains("\"score\": -2,\n"), "{text}");
}

#[test]
fn files_over_64_mib_are_refused_before_they_are_read() {
    let folder = std::env::temp_dir().join(format!("journeymap-big-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("huge.json");
    // A sparse file: refusing it must not depend on reading 65 MiB.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    let error = file::load_path(&path).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }));
    assert_eq!(
        error.to_string(),
        "The file is 65.0 MiB; journeymap opens files up to 64 MiB."
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_missing_file_and_a_folder_are_explained() {
    let missing = file::load_path(Path::new("/no/such/map.json")).unwrap_err();
    assert_eq!(missing.to_string(), "The file does not exist.");
    let folder = file::load_path(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_err();
    assert_eq!(folder.to_string(), "This is a folder, not a file.");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(mutated(|_| {}));
    assert_eq!(file::load(&bytes).unwrap().map, rich_map());
}

#[test]
fn saving_to_a_path_writes_the_canonical_bytes_and_replaces_the_old_file() {
    let folder = std::env::temp_dir().join(format!("journeymap-save-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("map.json");
    std::fs::write(&path, "old").unwrap();
    let map = rich_map();
    file::save_path(&map, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), file::to_json(&map));
    let leftovers: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "temporary files were left behind");
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_map_far_beyond_any_journey_is_refused_before_layout() {
    let phases: Vec<Value> = (0..501)
        .map(|i| json!({"id": format!("p{i}"), "name": "Phase", "color": "#336699"}))
        .collect();
    let text = json!({
        "format": "journeymap", "version": 1, "title": "Huge",
        "phases": phases, "lanes": [], "cards": [],
    })
    .to_string();
    let error = file::load(text.as_bytes()).unwrap_err().to_string();
    assert!(
        error.contains("phases: 501 is more than journeymap opens (at most 500)"),
        "{error}"
    );
}
