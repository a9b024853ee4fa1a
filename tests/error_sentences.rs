//! Every error sentence in Dutch: a Dutch user reads what is wrong and where in Dutch,
//! with the same location and the same escaped value the English sentence gives, while the
//! command line (`Display`) keeps its English.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::io;
use std::path::Path;

use journeymap::edit::EditError;
use journeymap::export::ExportError;
use journeymap::file::{self, LoadError, SaveError};
use journeymap::i18n::{self, Language};
use journeymap::samples::SAMPLES;
use journeymap::sentence::Localized;
use serde_json::{Value, json};

/// Words of the English sentences' fixed text that Dutch never uses. A Dutch sentence with
/// one of them in it has English left in it (values in the cases below avoid them).
const ENGLISH_WORDS: &[&str] = &[
    "the", "a", "an", "and", "file", "files", "line", "column", "expected", "missing", "must",
    "not", "cannot", "could", "journey", "this", "with", "only", "already", "outside", "there",
    "has", "does", "was", "it", "its", "be", "number", "text", "value", "field", "save", "saved",
    "picture", "link", "card", "phase", "more", "problem", "problems",
];

const HOSTILE: &str = "x\u{1b}[2J\u{202e}y";
const HOSTILE_SHOWN: &str = "x\\u{1b}[2J\\u{202e}y";

fn sample_value() -> Value {
    let sample = SAMPLES.iter().find(|s| s.name == "bank-account").unwrap();
    serde_json::from_str(sample.json).unwrap()
}

/// The sample with one change.
fn sample_with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = sample_value();
    change(&mut value);
    serde_json::to_string_pretty(&value).unwrap().into_bytes()
}

fn load_error(bytes: &[u8]) -> LoadError {
    match file::load(bytes) {
        Ok(_) => panic!("the file loaded"),
        Err(error) => error,
    }
}

/// Checks one error's Dutch sentence against its English one, and that it still says each
/// of `kept` (locations and escaped values), returning the Dutch.
fn check_dutch(name: &str, error: &dyn Localized, english: String, kept: &[&str]) -> String {
    let dutch = error.sentence(Language::Dutch);
    assert_eq!(
        error.sentence(Language::English),
        english,
        "{name}: Display is not the English sentence"
    );
    assert!(!dutch.trim().is_empty(), "{name}: no Dutch sentence");
    assert_ne!(dutch, english, "{name}: the Dutch is the English: {dutch}");
    // Locations and values are the file's own words, in whatever language.
    let own_words = kept
        .iter()
        .fold(dutch.clone(), |rest, kept| rest.replace(kept, " "));
    let english_left: Vec<&str> = own_words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| ENGLISH_WORDS.contains(&word.to_lowercase().as_str()))
        .collect();
    assert!(
        english_left.is_empty(),
        "{name}: English words {english_left:?} in the Dutch sentence: {dutch}"
    );
    for kept in kept {
        assert!(
            dutch.contains(kept),
            "{name}: the Dutch sentence lost {kept:?}: {dutch}"
        );
    }
    assert!(
        !dutch.chars().any(char::is_control),
        "{name}: a control character reaches the screen: {dutch:?}"
    );
    dutch
}

#[test]
fn every_kind_of_broken_file_is_explained_in_dutch_with_its_place_and_value() {
    let mut huge = vec![b' '; file::MAX_FILE_BYTES as usize + 1];
    huge[0] = b'{';
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "cut off",
            b"{\"format\": \"journeymap\",\n  \"version\": 1,\n  \"title\": [".to_vec(),
            vec!["regel 3, kolom 12"],
        ),
        (
            "a missing comma",
            b"{\"format\": \"journeymap\"\n \"version\": 1}".to_vec(),
            vec!["regel 2, kolom 2", "}"],
        ),
        (
            "a trailing comma",
            b"{\"format\": \"journeymap\", \"version\": 1,}".to_vec(),
            vec!["regel 1, kolom 39"],
        ),
        ("empty", b"  \n".to_vec(), vec![]),
        ("too large", huge, vec!["64,0 MiB"]),
        ("a PDF", b"%PDF-1.7\n\xff\xfe".to_vec(), vec!["pdf"]),
        ("not UTF-8", b"{\"a\": \"\xff\"}".to_vec(), vec!["byte 7"]),
        (
            "not JSON",
            format!("{HOSTILE} hello").into_bytes(),
            vec![HOSTILE_SHOWN],
        ),
        ("a JSON list", b"[1, 2]".to_vec(), vec!["JSON-array"]),
        ("no format", b"{\"a\": 1}".to_vec(), vec!["\"format\""]),
        (
            "a package.json",
            b"{\"name\": \"x\", \"dependencies\": {}}".to_vec(),
            vec!["package.json"],
        ),
        (
            "another format",
            json!({"format": HOSTILE}).to_string().into_bytes(),
            // The JSON value as written, which JSON itself escapes.
            vec!["\"x\\u001b[2J\\u{202e}y\""],
        ),
        (
            "no version",
            b"{\"format\": \"journeymap\"}".to_vec(),
            vec!["\"version\""],
        ),
        (
            "a version as written",
            b"{\"format\": \"journeymap\", \"version\": 1e308}".to_vec(),
            vec!["1e308"],
        ),
        (
            "a newer version",
            b"{\"format\": \"journeymap\", \"version\": 99}".to_vec(),
            vec!["99"],
        ),
        (
            "a wrong type",
            sample_with(|v| v["title"] = json!(12.50)),
            vec!["title: ", "12.5", "regel "],
        ),
        (
            "an unknown choice",
            sample_with(|v| v["cards"][0]["channel"] = json!(HOSTILE)),
            vec!["cards[0].channel: ", HOSTILE_SHOWN, "\"website\""],
        ),
        (
            "a missing field",
            sample_with(|v| {
                v["cards"][0].as_object_mut().unwrap().remove("lane");
            }),
            vec!["cards[0]: ", "\"lane\"", "regel "],
        ),
        (
            "not a colour",
            sample_with(|v| v["personas"][0]["color"] = json!("red")),
            vec!["personas[0].color: ", "\"red\"", "#rrggbb"],
        ),
        (
            "a missing phase",
            sample_with(|v| v["cards"][0]["phase"] = json!(HOSTILE)),
            vec!["cards[0].phase: ", HOSTILE_SHOWN, "fase"],
        ),
        (
            "a score off the scale",
            sample_with(|v| v["emotion_curves"][0]["points"][0]["score"] = json!(7.5)),
            vec!["emotion_curves[0].points[0].score: ", "7.5"],
        ),
        (
            "a repeated id, and more",
            sample_with(|v| {
                v["emotion_curves"][0]["points"][0]["score"] = json!(7.5);
                v["cards"][1]["id"] = json!("c1");
            }),
            vec!["cards[1].id: ", "\"c1\"", "cards[0]", "nog 1 probleem"],
        ),
        (
            "a link to itself",
            sample_with(|v| {
                v["links"][0]["to"] = v["links"][0]["from"].clone();
            }),
            vec!["links[0]: "],
        ),
        (
            "a broken PNG",
            b"\x89PNG\r\n\x1a\ngarbage".to_vec(),
            vec!["PNG"],
        ),
    ];
    for (name, bytes, kept) in cases {
        let error = load_error(&bytes);
        check_dutch(name, &error, error.to_string(), &kept);
    }
}

#[test]
fn a_warning_about_an_unknown_field_is_dutch_too() {
    let loaded = file::load(&sample_with(|v| v["colour_scheme"] = json!("dark"))).unwrap();
    let warning = &loaded.warnings[0];
    let dutch = check_dutch(
        "unknown field",
        warning,
        warning.to_string(),
        &["colour_scheme: "],
    );
    assert!(dutch.contains("onbekend veld"), "{dutch}");
}

#[test]
fn save_export_and_edit_errors_are_dutch_too() {
    let path = Path::new("/tmp/klanten/reis.json");
    for kind in [
        io::ErrorKind::PermissionDenied,
        io::ErrorKind::StorageFull,
        io::ErrorKind::NotFound,
        io::ErrorKind::AlreadyExists,
        io::ErrorKind::FileTooLarge,
        io::ErrorKind::IsADirectory,
    ] {
        let error = SaveError::from_io(path, kind.into());
        check_dutch(
            &format!("{kind:?}"),
            &error,
            error.to_string(),
            &["reis.json"],
        );
    }
    let cases: Vec<(&str, ExportError, Vec<&str>)> = vec![
        (
            "an unknown picture format",
            ExportError::UnknownFormat(format!("{HOSTILE}.gif")),
            vec![HOSTILE_SHOWN],
        ),
        ("a bad scale", ExportError::BadScale(9), vec!["9"]),
        (
            "too many pixels",
            ExportError::TooLarge {
                width: 40_000,
                height: 30_000,
            },
            vec!["40000 × 30000"],
        ),
    ];
    for (name, error, kept) in cases {
        check_dutch(name, &error, error.to_string(), &kept);
    }
    let edit = EditError {
        list: "emotion curves",
        index: 4,
        len: 2,
    };
    let dutch = check_dutch("an edit past the end", &edit, edit.to_string(), &["4", "2"]);
    assert!(dutch.contains("belevingscurves"), "{dutch}");
}

/// Plural forms follow Dutch: one problem more is "1 probleem", several are "problemen".
#[test]
fn more_problems_are_counted_in_dutch() {
    let error = load_error(&sample_with(|v| {
        for i in 0..3 {
            v["cards"][i]["lane"] = json!("nergens");
        }
    }));
    let dutch = error.sentence(Language::Dutch);
    assert!(dutch.ends_with("(en nog 2 problemen)"), "{dutch}");
    assert!(error.to_string().ends_with("(and 2 more problems)"));
}

/// Every `error-…` key the sources name is in both languages, and every one in the
/// resources is named by the sources: a sentence cannot fall back to English unseen, nor
/// linger after its error is gone.
#[test]
fn every_error_key_exists_in_both_languages_and_is_used() {
    let mut used = std::collections::BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (at, _) in source.match_indices("\"error-") {
                    let key = source[at + 1..].split('"').next().unwrap_or_default();
                    if key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        used.insert(key.to_owned());
                    }
                }
            }
        }
    }
    assert!(used.len() > 100, "only {} error keys found", used.len());
    for key in &used {
        for language in [Language::English, Language::Dutch] {
            assert!(i18n::has(language, key), "{key} is missing in {language:?}");
        }
    }
    let english = include_str!("../i18n/en.ftl");
    for line in english.lines() {
        if let Some((key, _)) = line.split_once(" = ")
            && key.starts_with("error-")
        {
            assert!(
                used.contains(key),
                "{key} is in en.ftl but no source uses it"
            );
        }
    }
}

/// The notice about a recovery folder others can write to speaks the window's language.
#[cfg(unix)]
#[test]
fn the_recovery_folder_notice_is_dutch_in_a_dutch_window() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = std::env::temp_dir().join(format!("journeymap-errors-{}", std::process::id()));
    let shared = scratch.join("gedeeld");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
    i18n::set_interface_language(Language::Dutch);
    let (_, notice) = file::RecoveryStore::private(&shared);
    i18n::set_interface_language(Language::English);
    let _ = std::fs::remove_dir_all(&scratch);
    let notice = notice.unwrap();
    assert!(
        notice.starts_with("De herstelmap ") && notice.contains("kan door andere gebruikers"),
        "{notice}"
    );
    assert!(notice.contains("gedeeld"), "{notice}");
}
