//! The command line as a user runs it.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{slide_count, zip_parts};
use journeymap::file;
use journeymap::model::templates::TEMPLATES;
use journeymap::samples::SAMPLES;

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh folder for one test, removed when the test ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("journeymap-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    fn join(&self, name: &str) -> String {
        self.0.join(name).to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn sample_files() -> Vec<String> {
    SAMPLES
        .iter()
        .map(|s| format!("samples/{}.json", s.name))
        .collect()
}

#[test]
fn validate_passes_every_sample_with_one_line_each() {
    let files = sample_files();
    let args: Vec<&str> = std::iter::once("validate")
        .chain(files.iter().map(String::as_str))
        .collect();
    let output = journeymap(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), files.len());
    for (line, file) in out.lines().zip(&files) {
        assert!(line.starts_with(&format!("{file}: ok: ")), "{line}");
    }
    assert_eq!(stderr(&output), "");
}

#[test]
fn validate_fails_on_a_bad_file_with_a_one_line_reason_and_still_checks_the_rest() {
    let scratch = Scratch::new("validate");
    let bad = scratch.join("bad.json");
    std::fs::write(&bad, "{\"format\": \"journeymap\", \"version\": 7}").unwrap();
    let output = journeymap(&["validate", &bad, "samples/bank-account.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{bad}: This map was saved by a newer journeymap (file format version 7; this program reads up to version 1): update journeymap to open it.\n"
        )
    );
    assert!(stdout(&output).starts_with("samples/bank-account.json: ok: "));
}

#[test]
fn validate_lists_every_error_of_a_broken_map() {
    let scratch = Scratch::new("errors");
    let path = scratch.join("map.json");
    let mut map = TEMPLATES[0].instantiate(None, journeymap::model::Language::English);
    map.cards.push(journeymap::model::Card::new(
        "c1".into(),
        "p9".into(),
        "l1".into(),
        "Folder",
    ));
    map.cards.push(journeymap::model::Card::new(
        "c1".into(),
        "p1".into(),
        "l8".into(),
        "Site",
    ));
    std::fs::write(&path, file::to_json(&map)).unwrap();
    let output = journeymap(&["validate", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{path}: cards[1].id: \"c1\" is already the id of cards[0]\n{path}: cards[0].phase: no phase with id \"p9\"\n{path}: cards[1].lane: no lane with id \"l8\"\n"
        )
    );
}

#[test]
fn validate_prints_warnings_but_passes() {
    let scratch = Scratch::new("warnings");
    let path = scratch.join("map.json");
    let text = file::to_json(&TEMPLATES[0].instantiate(None, journeymap::model::Language::English))
        .replacen("\"title\"", "\"owner\": \"Marketing\",\n  \"title\"", 1);
    std::fs::write(&path, text).unwrap();
    let output = journeymap(&["validate", &path]);
    assert!(output.status.success());
    assert_eq!(
        stderr(&output),
        format!(
            "{path}: warning: owner: unknown field; journeymap ignores it and leaves it out when the map is saved\n"
        )
    );
}

#[test]
fn new_writes_a_valid_map_from_each_template_and_never_overwrites() {
    let scratch = Scratch::new("new");
    for template in TEMPLATES {
        let out = scratch.join(&format!("{}.json", template.name));
        let output = journeymap(&[
            "new",
            "--template",
            template.name,
            "--title",
            "Onboarding",
            "-o",
            &out,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let loaded = file::load_path(Path::new(&out)).unwrap();
        assert_eq!(loaded.map.title, "Onboarding");
        assert_eq!(loaded.map.phases.len(), template.phases.len());
    }
    let out = scratch.join("blank.json");
    let before = std::fs::read(&out).unwrap();
    let again = journeymap(&["new", "--template", "six-phase", "-o", &out]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stderr(&again),
        format!("{out}: the file already exists; use --force to replace it.\n")
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
    let forced = journeymap(&["new", "--template", "six-phase", "-o", &out, "--force"]);
    assert!(forced.status.success());
    assert_eq!(
        file::load_path(Path::new(&out)).unwrap().map.phases.len(),
        6
    );
}

#[test]
fn new_with_an_unknown_template_names_the_choices() {
    let output = journeymap(&["new", "--template", "aida", "-o", "/tmp/never-written.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "There is no template \"aida\"; choose one of: braincandy-nl, braincandy-en, customerscope, see-think-do-care, six-phase, blank, service-blueprint.\n"
    );
    assert!(!Path::new("/tmp/never-written.json").exists());
}

#[test]
fn templates_lists_every_template_with_its_phases() {
    let out = stdout(&journeymap(&["templates"]));
    for template in TEMPLATES {
        assert!(out.contains(template.name), "{}", template.name);
    }
    assert!(out.contains("Aandacht > Afweging > Aankoop > Service > Loyaliteit"));
    assert!(out.contains("See > Think > Do > Care"));
}

#[test]
fn samples_lists_and_writes_every_sample() {
    let listed = stdout(&journeymap(&["samples"]));
    assert_eq!(listed.lines().count(), SAMPLES.len());
    for sample in SAMPLES {
        let title = file::load(sample.json.as_bytes()).unwrap().map.title;
        assert!(
            listed.contains(sample.name) && listed.contains(&title),
            "{}",
            sample.name
        );
    }

    let scratch = Scratch::new("samples");
    let folder = scratch.join("out");
    let output = journeymap(&["samples", "--write", &folder]);
    assert!(output.status.success(), "{}", stderr(&output));
    for sample in SAMPLES {
        let written =
            std::fs::read_to_string(Path::new(&folder).join(format!("{}.json", sample.name)))
                .unwrap();
        assert_eq!(written, sample.json);
    }
    let again = journeymap(&["samples", "--write", &folder]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
}

#[test]
fn schema_prints_the_committed_schema() {
    let output = journeymap(&["schema"]);
    assert!(output.status.success());
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/journeymap.schema.json"),
    )
    .unwrap();
    assert_eq!(stdout(&output), committed);
}

#[test]
fn fmt_rewrites_a_hand_edited_file_canonically_but_keeps_files_it_would_damage() {
    let scratch = Scratch::new("fmt");
    let map = TEMPLATES[2].instantiate(Some("Hand edited"), journeymap::model::Language::English);
    let canonical = file::to_json(&map);
    let compact =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&canonical).unwrap())
            .unwrap();
    let path = scratch.join("map.json");
    std::fs::write(&path, &compact).unwrap();
    let output = journeymap(&["fmt", &path]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical);

    let with_unknown = canonical.replacen("\"title\"", "\"owner\": \"CX team\",\n  \"title\"", 1);
    std::fs::write(&path, &with_unknown).unwrap();
    let output = journeymap(&["fmt", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("left as it is, so that nothing in it is lost"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), with_unknown);
}

#[test]
fn help_names_the_editor_and_every_command() {
    let output = journeymap(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("Usage: journeymap [FILE]"), "{text}");
    for command in [
        "validate",
        "new",
        "templates",
        "samples",
        "fmt",
        "schema",
        "export",
    ] {
        assert!(text.contains(command), "{command} is not in the help");
    }
}

#[test]
fn switches_lists_the_worst_handoffs_first_and_writes_csv() {
    let output = journeymap(&["switches", "samples/campaign-contact-centre.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("4 channel switches in \"I want the fibre deal from the campaign\"")
    );
    assert!(
        lines[1].starts_with("Broken") && lines[1].contains("Website -> Phone"),
        "{}",
        lines[1]
    );
    let csv = stdout(&journeymap(&[
        "switches",
        "samples/campaign-contact-centre.json",
        "--csv",
    ]));
    assert_eq!(
        csv.lines().nth(1),
        Some("Website,Phone,yes,Broken,Ask a question,-1.5,Calls the number on the site,k3")
    );
    let bad = journeymap(&[
        "switches",
        "samples/campaign-contact-centre.json",
        "--persona",
        "nobody",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("there is no persona \"nobody\""));
}

/// Text that would take over a terminal printed as it is: set its title, clear the screen,
/// start a new line that fakes an "ok", reverse the rest of the line.
const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[2J\nx.json: ok\u{202e}kcatta\u{2066}";
/// How [`HOSTILE`] must be shown.
const HOSTILE_SHOWN: &str = "\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\nx.json: ok\\u{202e}kcatta\\u{2066}";

/// Whether a terminal would act on a character: anything but a line end that is a control
/// character, or a mark that reorders the line.
fn acts_on_terminal(ch: char) -> bool {
    (ch.is_control() && ch != '\n')
        || matches!(ch, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Asserts that nothing the command printed acts on a terminal, and returns what it
/// printed on stdout and stderr.
fn printed_safely(output: &Output) -> (String, String) {
    let (out, err) = (stdout(output), stderr(output));
    for text in [&out, &err] {
        assert!(!text.contains(acts_on_terminal), "{text:?}");
    }
    (out, err)
}

fn sample_json(name: &str) -> serde_json::Value {
    let sample = SAMPLES.iter().find(|s| s.name == name).unwrap();
    serde_json::from_str(sample.json).unwrap()
}

#[test]
fn values_from_a_file_never_reach_the_terminal_raw() {
    let scratch = Scratch::new("hostile");
    let json = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut map = sample_json("bank-account");
        change(&mut map);
        serde_json::to_string_pretty(&map).unwrap()
    };
    // (file contents, what validate must print on stdout, on stderr; `PATH` is the file)
    let cases: Vec<(String, String, String)> = vec![
        (
            json(&|m| m["title"] = HOSTILE.into()),
            format!("PATH: ok: \"{HOSTILE_SHOWN}\", 5 phases,"),
            String::new(),
        ),
        (
            json(&|m| m["cards"][0][HOSTILE] = 1.into()),
            "PATH: ok: ".to_owned(),
            format!(
                "PATH: warning: cards[0].{HOSTILE_SHOWN}: unknown field; journeymap ignores it and leaves it out when the map is saved\n"
            ),
        ),
        (
            json(&|m| m["lanes"][0]["kind"] = HOSTILE.into()),
            String::new(),
            format!("PATH: lanes[0].kind: \"{HOSTILE_SHOWN}\" is not one of the choices here: "),
        ),
        (
            json(&|m| m["cards"][0]["lane"] = HOSTILE.into()),
            String::new(),
            format!("PATH: cards[0].lane: no lane with id \"{HOSTILE_SHOWN}\"\n"),
        ),
        (
            json(&|m| m["cards"][1]["id"] = m["cards"][0]["id"].clone()).replace("\"c1\"", &serde_json::to_string(HOSTILE).unwrap()),
            String::new(),
            format!("PATH: cards[1].id: \"{HOSTILE_SHOWN}\" is already the id of cards[0]\n"),
        ),
        (
            format!("{HOSTILE} is not JSON"),
            String::new(),
            "PATH: This is not a JSON file (it starts with \"\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\nx.jso\"), so it cannot be a journey map.\n".to_owned(),
        ),
    ];
    for (i, (contents, out_start, err_start)) in cases.into_iter().enumerate() {
        // The file's name is hostile too: names come from whoever sent the file.
        let path = scratch.join(&format!("{i}{HOSTILE}.json"));
        std::fs::write(&path, contents).unwrap();
        let output = journeymap(&["validate", &path]);
        let (out, err) = printed_safely(&output);
        let shown_path = scratch.join(&format!("{i}{HOSTILE_SHOWN}.json"));
        let out_start = out_start.replace("PATH", &shown_path);
        let err_start = err_start.replace("PATH", &shown_path);
        assert!(out.starts_with(&out_start), "{i}: {out}");
        assert!(err.contains(&err_start), "{i}: {err}");
        // No value can start a line of its own.
        assert!(out.lines().count() <= 1, "{i}: {out}");
        for line in err.lines() {
            assert!(line.starts_with(&format!("{shown_path}: ")), "{i}: {line}");
        }
        assert_eq!(output.status.success(), !out.is_empty(), "{i}");
    }
}

#[test]
fn new_and_switches_show_hostile_text_escaped() {
    let scratch = Scratch::new("hostile-tables");
    let path = scratch.join("new.json");
    let output = journeymap(&["new", "-t", "blank", "--title", HOSTILE, "-o", &path]);
    let (out, _) = printed_safely(&output);
    assert_eq!(out, format!("{path}: new map \"{HOSTILE_SHOWN}\"\n"));

    let mut map = sample_json("campaign-contact-centre");
    map["title"] = HOSTILE.into();
    for phase in map["phases"].as_array_mut().unwrap() {
        phase["name"] = HOSTILE.into();
    }
    for link in map["links"].as_array_mut().unwrap() {
        link["label"] = HOSTILE.into();
    }
    map["personas"][0]["name"] = HOSTILE.into();
    let path = scratch.join("switches.json");
    std::fs::write(&path, serde_json::to_string(&map).unwrap()).unwrap();
    let output = journeymap(&["switches", &path]);
    let (out, _) = printed_safely(&output);
    assert!(output.status.success());
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(out.starts_with(&format!(
        "4 channel switches in \"{HOSTILE_SHOWN}\" (score: {HOSTILE_SHOWN})\n"
    )));
    let bad = journeymap(&["switches", &path, "--persona", HOSTILE]);
    let (_, err) = printed_safely(&bad);
    assert!(
        err.contains(&format!("there is no persona \"{HOSTILE_SHOWN}\"")),
        "{err}"
    );
}

#[test]
fn without_a_desktop_the_editor_says_so_in_a_sentence() {
    let scratch = Scratch::new("no-desktop");
    let output = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("samples/bank-account.json")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("JOURNEYMAP_RECOVERY_DIR", &scratch.0)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "journeymap needs a desktop to open its window; to export without one, use `journeymap export`.\n"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_file_with_thousands_of_problems_gets_a_screenful_not_thousands_of_lines() {
    let scratch = Scratch::new("many-problems");
    let mut map = sample_json("bank-account");
    let cards = map["cards"].as_array_mut().unwrap();
    let card = cards[0].clone();
    for i in 0..5000 {
        let mut card = card.clone();
        card["id"] = format!("extra{i}").into();
        card["phase"] = format!("gone{i}").into();
        card[format!("unknown{i}")] = 1.into();
        cards.push(card);
    }
    let path = scratch.join("map.json");
    std::fs::write(&path, serde_json::to_string(&map).unwrap()).unwrap();
    let output = journeymap(&["validate", &path]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 51, "{err:.2000}");
    assert_eq!(
        lines[0],
        format!("{path}: cards[23].phase: no phase with id \"gone0\"")
    );
    assert_eq!(lines[50], format!("{path}: … and 4950 more problems."));

    // The same cards in phases that exist: the map opens, with 5000 warnings.
    let cards = map["cards"].as_array_mut().unwrap();
    let phase = cards[0]["phase"].clone();
    for card in &mut cards[23..] {
        card["phase"] = phase.clone();
    }
    std::fs::write(&path, serde_json::to_string(&map).unwrap()).unwrap();
    let output = journeymap(&["validate", &path]);
    assert!(output.status.success());
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 51, "{err:.2000}");
    assert!(err.ends_with(&format!("{path}: … and 4950 more warnings.\n")));
}

/// NEEDS THE POWERPOINT WRITER (src/export/pptx.rs): fails while it is a stub that
/// refuses; asserts what a user gets once it is there.
#[test]
fn export_writes_a_powerpoint_and_per_phase_adds_a_slide_for_each_phase() {
    let scratch = Scratch::new("pptx");
    let sample = &SAMPLES[0];
    let source = format!("samples/{}.json", sample.name);
    let phases = file::load_path(Path::new(&source))
        .unwrap()
        .map
        .phases
        .len();
    assert!(phases > 1);
    let slides_in = |args: &[&str], deck: &str| {
        let out = journeymap(&[&["export", &source, "-o", deck], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), format!("{deck}\n"));
        assert_eq!(stderr(&out), "");
        let bytes = std::fs::read(deck).unwrap();
        assert!(
            bytes.starts_with(b"PK"),
            "a PowerPoint file is a zip package"
        );
        let parts = zip_parts(&bytes);
        assert!(
            parts.iter().any(|part| part == "ppt/presentation.xml"),
            "{parts:?}"
        );
        slide_count(&parts)
    };
    let overview = slides_in(&[], &scratch.join("overview.pptx"));
    assert!(overview >= 1);
    let deck = slides_in(&["--per-phase"], &scratch.join("deck.pptx"));
    assert_eq!(deck, overview + phases, "one more slide per phase");
}

#[test]
fn per_phase_is_refused_for_a_picture_rather_than_ignored() {
    let scratch = Scratch::new("per-phase-png");
    for name in ["map.png", "map.svg", "map.pdf"] {
        let picture = scratch.join(name);
        let out = journeymap(&[
            "export",
            "samples/bank-account.json",
            "-o",
            &picture,
            "--per-phase",
        ]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            stderr(&out),
            format!(
                "{picture}: --per-phase makes a slide per phase, which only a PowerPoint file has; export to a .pptx file, or leave --per-phase out.\n"
            )
        );
        assert_eq!(stdout(&out), "");
        assert!(!Path::new(&picture).exists());
    }
    // Without it the same picture is made.
    let png = scratch.join("map.png");
    let out = journeymap(&["export", "samples/bank-account.json", "-o", &png]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(Path::new(&png).exists());
}
