//! The `journeymap` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use journeymap::analysis;
use journeymap::app::Start;
use journeymap::export::{ExportOptions, Format, Page, SvgText, export_bytes};
use journeymap::file::{self, Existing, LoadError, SaveError};
use journeymap::i18n::Language;
use journeymap::layout::LayoutOptions;
use journeymap::model::HandoffQuality;
use journeymap::model::templates::{self, TEMPLATES};
use journeymap::paint::svg::Background;
use journeymap::printable::{excerpt, excerpt_to, printable};
use journeymap::samples::SAMPLES;
use journeymap::tr_in;

/// journeymap: customer journey maps, on your own computer.
///
/// Without a command, opens the editor with FILE, or with a sample journey.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A map to open in the editor: a .json file, or a .png exported by journeymap.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check journey map files; prints one line per valid file, the errors of bad ones.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Create a new map from a template.
    New {
        /// The template to start from (see `journeymap templates`).
        #[arg(long, short)]
        template: String,
        /// The map's title.
        #[arg(long)]
        title: Option<String>,
        /// The language of the map's own words: nl or en (English by default; the
        /// braincandy-nl and braincandy-en templates always make their own language).
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
        /// Where to write the map.
        #[arg(long, short)]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the templates for new maps.
    Templates,
    /// List the built-in sample journeys, or write them to a folder.
    Samples {
        /// Write every sample into this folder as NAME.json.
        #[arg(long, value_name = "DIR")]
        write: Option<PathBuf>,
        /// Replace sample files that already exist in the folder.
        #[arg(long, requires = "write")]
        force: bool,
    },
    /// Rewrite map files in the canonical layout (fixed key order, two-space indents), so
    /// that they diff well; files with fields this version does not know are left alone.
    Fmt {
        /// The files to rewrite.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the file format.
    Schema,
    /// List every channel switch of a map, the worst handoffs first.
    Switches {
        /// The map.
        file: PathBuf,
        /// Write CSV instead of a table.
        #[arg(long)]
        csv: bool,
        /// Whose emotion score to show (a persona id); the first persona by default.
        #[arg(long)]
        persona: Option<String>,
    },
    /// Write a large generated map, to measure speed with (the same seed gives the same map).
    Generate {
        /// How many cards.
        #[arg(long, default_value_t = 1000)]
        cards: usize,
        /// How many phases; by default it grows with the number of cards.
        #[arg(long)]
        phases: Option<usize>,
        /// How many lanes; by default it grows with the number of cards.
        #[arg(long)]
        lanes: Option<usize>,
        /// How many personas, each with an emotion curve.
        #[arg(long, default_value_t = 3)]
        personas: usize,
        /// The random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The file to write.
        #[arg(long, short)]
        output: PathBuf,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export a whole map as a PNG, SVG or PDF picture or a PowerPoint presentation, without a
    /// window.
    Export {
        /// The map (a .json file, or a .png exported by journeymap).
        file: PathBuf,
        /// The picture to write: its extension, .png, .svg, .pdf or .pptx, picks the format.
        #[arg(long, short)]
        output: PathBuf,
        /// Pixels per point for PNG, 1 to 4.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=4))]
        scale: u32,
        /// The background behind the map.
        #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
        background: BackgroundArg,
        /// Leave out the legend.
        #[arg(long)]
        no_legend: bool,
        /// Leave out the title block.
        #[arg(long)]
        no_title: bool,
        /// The page or picture size the map is fitted to: the map's own size, a 16:9 slide
        /// (1920 × 1080 points), or A4 or A3 landscape.
        #[arg(long, value_enum, default_value_t = PageArg::Fit)]
        page: PageArg,
        /// SVG only: draw letters as outlines without a text layer, for programs such as
        /// PowerPoint that turn SVG text into their own.
        #[arg(long)]
        outlines: bool,
        /// PowerPoint only: after the overview, one slide per phase, with the phase's cards
        /// and channel switches in the speaker notes.
        #[arg(long)]
        per_phase: bool,
        /// Draw the open comments: numbered markers on the map, and their list beside it.
        #[arg(long)]
        comments: bool,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PageArg {
    Fit,
    Slide,
    A4,
    A3,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum BackgroundArg {
    White,
    Transparent,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return open_editor(cli.file);
    };
    end_quietly_on_closed_pipe();
    let result = match command {
        Command::Validate { files } => validate(&files),
        Command::New {
            template,
            title,
            language,
            output,
            force,
        } => new_map(
            &template,
            title.as_deref(),
            language.unwrap_or_default(),
            &output,
            force,
        ),
        Command::Templates => {
            list_templates();
            Ok(())
        }
        Command::Samples { write: None, .. } => {
            list_samples();
            Ok(())
        }
        Command::Samples {
            write: Some(folder),
            force,
        } => write_samples(&folder, force),
        Command::Fmt { files } => fmt(&files),
        Command::Generate {
            cards,
            phases,
            lanes,
            personas,
            seed,
            output,
            force,
        } => {
            let defaults = journeymap::generate::Settings::for_cards(cards);
            let settings = journeymap::generate::Settings {
                cards,
                phases: phases.unwrap_or(defaults.phases).max(1),
                lanes: lanes.unwrap_or(defaults.lanes).max(1),
                personas,
                seed,
            };
            // Refused before anything is written: generate makes only maps validate accepts.
            match journeymap::generate::generate_valid(settings) {
                Ok(map) => write_new(&output, &file::to_json(&map), force),
                Err(sentence) => {
                    eprintln!("{}", printable(&sentence));
                    Err(Failed)
                }
            }
        }
        Command::Schema => {
            print!("{}", file::schema_json());
            Ok(())
        }
        Command::Switches { file, csv, persona } => switches(&file, csv, persona.as_deref()),
        Command::Export {
            file,
            output,
            scale,
            background,
            no_legend,
            no_title,
            page,
            outlines,
            per_phase,
            comments,
            force,
        } => {
            let options = ExportOptions {
                scale,
                background: match background {
                    BackgroundArg::White => Background::White,
                    BackgroundArg::Transparent => Background::Transparent,
                },
                layout: LayoutOptions {
                    title: !no_title,
                    legend: !no_legend,
                    ..LayoutOptions::export()
                },
                page: match page {
                    PageArg::Fit => Page::Fit,
                    PageArg::Slide => Page::Slide,
                    PageArg::A4 => Page::A4,
                    PageArg::A3 => Page::A3,
                },
                text: if outlines {
                    SvgText::Outlines
                } else {
                    SvgText::Embedded
                },
                per_phase,
                // The command line has no filter: the whole map.
                only_highlighted: false,
                include_comments: comments,
            };
            export(&file, &output, &options, force)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed) => ExitCode::FAILURE,
    }
}

/// A command whose output goes into a pipe that closes early (`journeymap validate … |
/// head`) ends as other command-line tools do, without a word, rather than panicking on
/// its next line. Not for the editor, which must outlive any pipe or socket it writes to.
fn end_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restores the default disposition of one signal before any thread is started;
    // no handler runs Rust code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// The command failed; what went wrong has already been printed on stderr.
struct Failed;

fn validate(files: &[PathBuf]) -> Result<(), Failed> {
    let mut all_valid = true;
    for path in files {
        match file::load_path(path) {
            Ok(loaded) => {
                let map = &loaded.map;
                println!(
                    "{}: ok: \"{}\", {} phases, {} lanes, {} cards, {} links, {} personas",
                    shown(path),
                    excerpt(&map.title),
                    map.phases.len(),
                    map.lanes.len(),
                    map.cards.len(),
                    map.links.len(),
                    map.personas.len()
                );
                let mut warnings: Vec<String> =
                    loaded.warnings.iter().map(ToString::to_string).collect();
                warnings.extend(damaged_pictures(map));
                print_some(path, "warning: ", &warnings, "warnings");
            }
            Err(error) => {
                all_valid = false;
                report(path, &error);
            }
        }
    }
    if all_valid { Ok(()) } else { Err(Failed) }
}

/// What only decoding finds: pictures whose first bytes are fine but whose pixels are cut
/// off or damaged (opening a map looks at the first bytes only, and the editor then shows
/// an empty frame).
fn damaged_pictures(map: &journeymap::model::JourneyMap) -> Vec<String> {
    map.pictures
        .iter()
        .enumerate()
        .filter(|(_, picture)| journeymap::model::sniff(picture.data.bytes()).is_some())
        .filter_map(|(i, picture)| {
            let error = journeymap::pictures::decode(picture, 64).err()?;
            Some(format!("pictures[{i}].data: {error}"))
        })
        .collect()
}

fn report(path: &Path, error: &LoadError) {
    print_some(path, "", &error.problems(), "problems");
}

/// The most lines about one file that a command prints: a file of 200,000 broken
/// references should not bury the terminal.
const MAX_LINES_PER_FILE: usize = 50;

/// Prints the first [`MAX_LINES_PER_FILE`] lines about a file on stderr, and how many more
/// there are.
fn print_some(path: &Path, kind: &str, lines: &[String], plural: &str) {
    for line in lines.iter().take(MAX_LINES_PER_FILE) {
        eprintln!("{}: {kind}{}", shown(path), printable(line));
    }
    if let Some(more) = lines
        .len()
        .checked_sub(MAX_LINES_PER_FILE)
        .filter(|&n| n > 0)
    {
        eprintln!("{}: … and {more} more {plural}.", shown(path));
    }
}

/// A path as the terminal may show it: the user typed it, but it may come from a file
/// name someone else chose.
fn shown(path: &Path) -> String {
    printable(&path.display().to_string()).into_owned()
}

/// Opens the editor window, and says in a sentence why when it cannot.
fn open_editor(file: Option<PathBuf>) -> ExitCode {
    const NO_DESKTOP: &str = "journeymap needs a desktop to open its window; to export without one, use `journeymap export`.";
    // Without either variable winit cannot reach a display, and its own error names its
    // internals; asking first gives the user the sentence at once.
    let unix_desktop = cfg!(all(unix, not(target_os = "macos")));
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()));
    if unix_desktop && !has_display {
        eprintln!("{NO_DESKTOP}");
        return ExitCode::FAILURE;
    }
    let start = file.map_or(Start::Sample(0), Start::File);
    match journeymap::app::run(start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            match error {
                // The display named in DISPLAY or WAYLAND_DISPLAY is gone or refuses us.
                eframe::Error::WinitEventLoop(_) | eframe::Error::Winit(_) => {
                    eprintln!("{NO_DESKTOP}");
                }
                eframe::Error::Glutin(_)
                | eframe::Error::NoGlutinConfigs(..)
                | eframe::Error::OpenGL(_) => eprintln!(
                    "journeymap could not draw its window: OpenGL, which it draws with, is not available on this computer. To export without a window, use `journeymap export`."
                ),
                other => eprintln!(
                    "The editor window could not be opened ({}). To export without it, use `journeymap export`.",
                    printable(&other.to_string())
                ),
            }
            ExitCode::FAILURE
        }
    }
}

/// A language code from the command line, for clap.
fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| {
        let codes: Vec<_> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "there is no language \"{}\"; choose one of: {}",
            excerpt(code),
            codes.join(", ")
        )
    })
}

fn new_map(
    template: &str,
    title: Option<&str>,
    language: Language,
    output: &Path,
    force: bool,
) -> Result<(), Failed> {
    let Some(template) = templates::find(template) else {
        let names: Vec<_> = TEMPLATES.iter().map(|t| t.name).collect();
        eprintln!(
            "There is no template \"{}\"; choose one of: {}.",
            excerpt(template),
            names.join(", ")
        );
        return Err(Failed);
    };
    let map = template.instantiate(title, language);
    write_new(output, &file::to_json(&map), force)?;
    println!("{}: new map \"{}\"", shown(output), excerpt(&map.title));
    Ok(())
}

fn list_templates() {
    for template in TEMPLATES {
        let phases: Vec<_> = template.phases.iter().map(|(name, _)| *name).collect();
        println!("{:<18} {}", template.name, template.description);
        println!("{:<18} phases: {}", "", phases.join(" > "));
    }
}

fn list_samples() {
    for sample in SAMPLES {
        match file::load(sample.json.as_bytes()) {
            Ok(loaded) => println!("{:<24} {}", sample.name, loaded.map.title),
            Err(error) => println!("{:<24} (broken: {error})", sample.name),
        }
    }
}

fn write_samples(folder: &Path, force: bool) -> Result<(), Failed> {
    if let Err(error) = std::fs::create_dir_all(folder) {
        eprintln!("{}: could not create the folder: {error}", shown(folder));
        return Err(Failed);
    }
    let mut all_written = true;
    for sample in SAMPLES {
        let path = folder.join(format!("{}.json", sample.name));
        match write_new(&path, sample.json, force) {
            Ok(()) => println!("{}", shown(&path)),
            Err(Failed) => all_written = false,
        }
    }
    if all_written { Ok(()) } else { Err(Failed) }
}

/// Writes a file that is meant to be new: an existing file is kept unless `force` is set,
/// and even then only an ordinary, writable file is replaced, whole or not at all.
fn write_new(path: &Path, text: &str, force: bool) -> Result<(), Failed> {
    write_file(path, text.as_bytes(), force)
}

/// Writes bytes atomically, replacing an existing file only when `force` is set, and says
/// why on stderr when it cannot.
fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), Failed> {
    let existing = if force {
        Existing::Replace
    } else {
        Existing::Keep
    };
    match file::write_file(path, bytes, existing) {
        Ok(saved) => {
            warn_if_split(path, saved.split_hard_link);
            Ok(())
        }
        Err(error) => {
            eprintln!("{}: {}", shown(path), printable(&write_sentence(&error)));
            Err(Failed)
        }
    }
}

/// A save error as the command line says it: the window's "Save As…" advice means little
/// here.
fn write_sentence(error: &SaveError) -> String {
    match error {
        SaveError::AlreadyExists { .. } => {
            "the file already exists; use --force to replace it.".to_owned()
        }
        other => other.to_string(),
    }
}

/// Says that a file with other names (hard links) now differs from them.
fn warn_if_split(path: &Path, split: bool) {
    if split {
        eprintln!(
            "{}: warning: this file had other names (hard links); they still hold the version from before this write.",
            shown(path)
        );
    }
}

fn fmt(files: &[PathBuf]) -> Result<(), Failed> {
    let mut all_done = true;
    for path in files {
        all_done &= fmt_one(path).is_ok();
    }
    if all_done { Ok(()) } else { Err(Failed) }
}

/// Rewrites one map canonically, or says on stderr why not.
fn fmt_one(path: &Path) -> Result<(), Failed> {
    // Only a JSON map is rewritten: a PNG carries a map too, but turning the picture
    // into its map's text would destroy the picture.
    if file::png_map::is_png_file(path) {
        eprintln!(
            "{}: this is a PNG picture; fmt only rewrites .json maps, so it is left as it is.",
            shown(path)
        );
        return Err(Failed);
    }
    let (loaded, stamp) = match file::load_path_stamped(path) {
        Ok(loaded) => loaded,
        Err(error) => {
            report(path, &error);
            return Err(Failed);
        }
    };
    if !loaded.warnings.is_empty() {
        let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        print_some(path, "warning: ", &warnings, "warnings");
        eprintln!(
            "{}: left as it is, so that nothing in it is lost.",
            shown(path)
        );
        return Err(Failed);
    }
    let text = file::to_json(&loaded.map);
    // Already canonical: leave the file, and its modification time, alone.
    if stamp.matches_bytes(text.as_bytes()) {
        return Ok(());
    }
    write_file(path, text.as_bytes(), true)
}

fn export(input: &Path, output: &Path, options: &ExportOptions, force: bool) -> Result<(), Failed> {
    // Refused rather than ignored: whoever asked for a slide per phase would otherwise get
    // one picture and not know why. (An unknown extension is refused below, by the export.)
    if options.per_phase && Format::from_path(output).is_some_and(|f| f != Format::Pptx) {
        eprintln!(
            "{}: --per-phase makes a slide per phase, which only a PowerPoint file has; export to a .pptx file, or leave --per-phase out.",
            shown(output)
        );
        return Err(Failed);
    }
    // Said before the picture is drawn, which can take a while for a large map.
    if !force && std::fs::symlink_metadata(output).is_ok() {
        eprintln!(
            "{}: {}",
            shown(output),
            write_sentence(&SaveError::AlreadyExists {
                path: output.to_owned()
            })
        );
        return Err(Failed);
    }
    let loaded = match file::load_path(input) {
        Ok(loaded) => loaded,
        Err(error) => {
            report(input, &error);
            return Err(Failed);
        }
    };
    let bytes = match export_bytes(&loaded.map, output, options) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{}: {}", shown(output), printable(&error.to_string()));
            return Err(Failed);
        }
    };
    write_file(output, &bytes, force)?;
    println!("{}", shown(output));
    Ok(())
}

fn switches(path: &Path, csv: bool, persona: Option<&str>) -> Result<(), Failed> {
    let map = match file::load_path(path) {
        Ok(loaded) => loaded.map,
        Err(error) => {
            report(path, &error);
            return Err(Failed);
        }
    };
    let persona = match persona {
        Some(id) => match map.personas.iter().find(|p| p.id.as_str() == id) {
            Some(persona) => Some(persona.id.clone()),
            None => {
                let ids: Vec<_> = map
                    .personas
                    .iter()
                    .map(|p| excerpt(p.id.as_str()))
                    .collect();
                eprintln!(
                    "{}: there is no persona \"{}\"; choose one of: {}.",
                    shown(path),
                    excerpt(id),
                    ids.join(", ")
                );
                return Err(Failed);
            }
        },
        None => map.personas.first().map(|p| p.id.clone()),
    };
    let rows = analysis::channel_switches(&map, persona.as_ref());
    if csv {
        print!("{}", analysis::switches_csv(&map, &rows));
        return Ok(());
    }
    // The overview is the map's words, so it speaks the map's language; the refusals
    // above are the command line's own and stay English.
    let language = map.language();
    let name = persona.as_ref().and_then(|id| map.persona(id)).map_or_else(
        || tr_in!(language, "map-switches-no-persona"),
        |p| excerpt(&p.name).into_owned(),
    );
    println!(
        "{}",
        tr_in!(
            language,
            "map-switches-heading",
            count = rows.len(),
            title = excerpt(&map.title).into_owned(),
            persona = name
        )
    );
    for row in &rows {
        let channel = |c: Option<journeymap::model::Channel>| {
            c.map_or_else(|| "?".to_owned(), |c| c.label(language))
        };
        // A decimal comma in Dutch; English keeps what scripts already read.
        let score = |s: f64| journeymap::i18n::with_decimal_mark(language, format!("{s:+}"));
        println!(
            "{:<10} {:>14} -> {:<14} {:<8} {:<24} {:>5}  {}",
            HandoffQuality::label_or_not_judged(row.quality, language),
            channel(row.from),
            channel(row.to),
            if row.crosses_tracks {
                tr_in!(language, "map-switches-crosses")
            } else {
                String::new()
            },
            map.phase(&row.phase)
                .map_or_else(String::new, |p| excerpt_to(&p.name, 24).into_owned()),
            row.score.map_or_else(String::new, score),
            excerpt(&row.label)
        );
    }
    Ok(())
}
