//! What a user reads about a bad file: one readable sentence, whatever the file holds.
//! Control characters and bidi overrides never reach the screen, a five-megabyte value is
//! quoted as a short excerpt, and numbers read as they were written.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use journeymap::file;
use journeymap::samples::SAMPLES;
use serde_json::{Value, json};

/// Where a test puts text exactly as written: JSON values cannot hold `1e308` as written.
const RAW: &str = "@@raw@@";

fn sample_value() -> Value {
    let sample = SAMPLES.iter().find(|s| s.name == "bank-account").unwrap();
    serde_json::from_str(sample.json).unwrap()
}

/// The sample with one change, and `raw` written where the change put [`RAW`].
fn file_with(change: impl FnOnce(&mut Value), raw: &str) -> Vec<u8> {
    let mut value = sample_value();
    change(&mut value);
    serde_json::to_string_pretty(&value)
        .unwrap()
        .replace(&format!("\"{RAW}\""), raw)
        .into_bytes()
}

fn message_of(bytes: &[u8]) -> String {
    match file::load(bytes) {
        Ok(_) => panic!("the file loaded"),
        Err(error) => error.to_string(),
    }
}

/// Characters a terminal acts on or that reorder a line.
fn is_unsafe(ch: char) -> bool {
    ch.is_control()
        || matches!(ch, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[2J\r\nx.json: ok\u{202e}kcatta\u{2066}";

#[test]
fn values_from_the_file_are_shown_escaped_and_short() {
    let huge = "x".repeat(5 * 1024 * 1024);
    let many_digits = "9".repeat(400);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "a hostile unknown channel",
            file_with(|v| v["cards"][0]["channel"] = json!(HOSTILE), ""),
            "cards[0].channel: \"\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\r\\nx.json: ok\\u{202e}kcatta\\u{2066}\" is not one of the choices here: \"website\"",
        ),
        (
            "a five-megabyte unknown channel",
            file_with(|v| v["cards"][0]["channel"] = json!(huge), ""),
            "cards[0].channel: \"xxxxxxxxxx",
        ),
        (
            "a hostile id in a dangling reference",
            file_with(|v| v["cards"][0]["phase"] = json!(HOSTILE), ""),
            "cards[0].phase: no phase with id \"\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\r\\nx.json: ok",
        ),
        (
            "a five-megabyte id in a dangling reference",
            file_with(|v| v["links"][0]["to"] = json!(huge), ""),
            "links[0].to: no card with id \"xxxxxxxxxx",
        ),
        (
            "a five-megabyte id used twice",
            file_with(
                |v| {
                    v["cards"][0]["id"] = json!(huge);
                    v["cards"][1]["id"] = json!(huge);
                },
                "",
            ),
            "is already the id of cards[0]",
        ),
        (
            "a five-megabyte format",
            file_with(|v| v["format"] = json!(huge), ""),
            "This is a \"xxxxxxxxxx",
        ),
        (
            "a hostile format",
            file_with(|v| v["format"] = json!(HOSTILE), ""),
            "\\u{202e}kcatta",
        ),
        (
            "a five-megabyte colour",
            file_with(|v| v["personas"][0]["color"] = json!(huge), ""),
            "personas[0].color: \"xxxxxxxxxx",
        ),
        (
            "a five-megabyte text as a score",
            file_with(
                |v| v["emotion_curves"][0]["points"][0]["score"] = json!(huge),
                "",
            ),
            "emotion_curves[0].points[0].score: must be a number, not the text \"xxxxxxxxxx",
        ),
        (
            "a hostile text as a score",
            file_with(
                |v| v["emotion_curves"][0]["points"][0]["score"] = json!(HOSTILE),
                "",
            ),
            "must be a number, not the text \"\\u{1b}]0;owned\\u{7}",
        ),
        (
            "a five-megabyte version",
            file_with(|v| v["version"] = json!(huge), ""),
            "\"version\" must be a whole number from 1 up, but it is \"xxxxxxxxxx",
        ),
        (
            "a version of 1e308",
            file_with(|v| v["version"] = json!(RAW), "1e308"),
            "\"version\" must be a whole number from 1 up, but it is 1e308.",
        ),
        (
            "a version of -0.0",
            file_with(|v| v["version"] = json!(RAW), "-0.0"),
            "\"version\" must be a whole number from 1 up, but it is -0.0.",
        ),
        (
            "a version of 400 digits",
            file_with(|v| v["version"] = json!(RAW), &many_digits),
            "\"version\" must be a whole number from 1 up, but it is 99999999999999999999",
        ),
        (
            "a score of 1e308",
            file_with(
                |v| v["emotion_curves"][0]["points"][0]["score"] = json!(RAW),
                "1e308",
            ),
            "emotion_curves[0].points[0].score: 1e308 is outside the scale",
        ),
        (
            "a score of 400 digits",
            file_with(
                |v| v["emotion_curves"][0]["points"][0]["score"] = json!(RAW),
                &many_digits,
            ),
            "emotion_curves[0].points[0].score: the number 99999999999999999999",
        ),
        (
            "a column width of -1e308",
            file_with(|v| v["phases"][0]["width"] = json!(RAW), "-1e308"),
            "phases[0].width: -1e308 is outside the widths a column can have",
        ),
        (
            "a title that is a number",
            file_with(|v| v["title"] = json!(RAW), "1e308"),
            "title: must be text in quotes, not the number 1e308 (line",
        ),
        (
            "a title that is a list",
            file_with(|v| v["title"] = json!([1, 2]), ""),
            "title: must be text in quotes, not a list (line",
        ),
    ];
    for (name, bytes, expected) in cases {
        let message = message_of(&bytes);
        assert!(
            message.contains(expected),
            "{name}: {message:.300} does not contain {expected}"
        );
        assert!(!message.contains(is_unsafe), "{name}: {message:?}");
        assert!(
            message.chars().count() < 400,
            "{name}: the message has {} characters",
            message.chars().count()
        );
        for (marker, shown) in [("xxxxxxxxxx", "…"), ("99999999999999999999", "…")] {
            if message.contains(marker) {
                assert!(message.contains(shown), "{name}: {message}");
            }
        }
    }
}

#[test]
fn unknown_keys_are_warned_about_escaped_and_short() {
    let huge = "k".repeat(5 * 1024 * 1024);
    for key in [HOSTILE, huge.as_str()] {
        let bytes = file_with(
            |v| {
                v["cards"][0][key] = json!(1);
            },
            "",
        );
        let loaded = file::load(&bytes).unwrap();
        let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 1, "{warnings:.300?}");
        let warning = &warnings[0];
        assert!(warning.starts_with("cards[0]."), "{warning:.300}");
        assert!(warning.ends_with(
            ": unknown field; journeymap ignores it and leaves it out when the map is saved"
        ));
        assert!(!warning.contains(is_unsafe), "{warning:?}");
        assert!(warning.chars().count() < 300, "{warning:.300}");
    }
}

#[test]
fn broken_json_is_explained_without_the_parsers_words() {
    let good = SAMPLES[0].json;
    let deep = format!(
        "{{\"format\": {}{}, \"version\": 1}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "cut off",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "; was it cut off?",
        ),
        (
            "nested five thousand deep",
            deep.into_bytes(),
            "lists and objects are nested more than 128 deep",
        ),
        (
            "a raw tab in a title",
            good.replacen("\"title\": \"", "\"title\": \"\t", 1)
                .into_bytes(),
            "a piece of text holds a tab, line break or other control character as it is",
        ),
        (
            "more after the map",
            format!("{good}\n{{}}").into_bytes(),
            "there is more after the end of the map",
        ),
        (
            "a misspelled true",
            good.replacen("\"title\": ", "\"title\": tru, \"x\": ", 1)
                .into_bytes(),
            "true, false or null is misspelled",
        ),
        (
            "a bad escape",
            good.replacen("\"title\": \"", "\"title\": \"\\q", 1)
                .into_bytes(),
            "a backslash (\\) in a piece of text starts no valid escape",
        ),
        (
            "a field name without quotes",
            good.replacen("\"title\":", "title:", 1).into_bytes(),
            "a field name must be in double quotes",
        ),
    ];
    for (name, bytes, expected) in cases {
        let message = message_of(&bytes);
        assert!(
            message.starts_with("The JSON is broken at line "),
            "{name}: {message}"
        );
        assert!(message.contains(expected), "{name}: {message}");
        for internal in [
            "EOF",
            "ident",
            "recursion limit",
            "trailing characters",
            "\\u0000-",
        ] {
            assert!(!message.contains(internal), "{name}: {message}");
        }
    }
}
