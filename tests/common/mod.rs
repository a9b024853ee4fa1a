//! What the editor tests share: a harness on a sample, and a stand-in for the file dialogs.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]
#![expect(dead_code, reason = "each test file uses some of the shared helpers")]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{Key, Modifiers, Pos2, Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::dialogs::{Choice, FileDialogs};
use journeymap::app::{JourneyApp, Start};
use journeymap::export::Format;
use journeymap::model::{CardId, JourneyMap, LaneId, Language, PhaseId, Track};

/// Stands in for the user at the file dialogs: answers from a queue, then cancels; or,
/// like a desktop without a file-dialog service, says no dialog can be shown.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Arc<Mutex<Vec<PathBuf>>>,
    unavailable: bool,
    /// The format of each picture the editor asked where to save, in order.
    picture_formats: Arc<Mutex<Vec<Format>>>,
}

impl ScriptedDialogs {
    pub fn answer(&self, path: PathBuf) {
        self.answers.lock().unwrap().push(path);
    }

    /// The format of each picture asked for so far.
    pub fn picture_formats(&self) -> Vec<Format> {
        self.picture_formats.lock().unwrap().clone()
    }

    /// Dialogs that can never be shown.
    pub fn unavailable() -> ScriptedDialogs {
        ScriptedDialogs {
            unavailable: true,
            ..ScriptedDialogs::default()
        }
    }

    fn next(&self) -> Choice {
        if self.unavailable {
            return Choice::Unavailable;
        }
        let mut answers = self.answers.lock().unwrap();
        (!answers.is_empty()).then(|| answers.remove(0)).into()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick_map(&mut self) -> Choice {
        self.next()
    }

    fn save_picture(&mut self, _suggested_name: &str, format: Format) -> Choice {
        self.picture_formats.lock().unwrap().push(format);
        self.next()
    }

    fn save_map(&mut self, _suggested_name: &str) -> Choice {
        self.next()
    }

    fn pick_picture(&mut self) -> Choice {
        self.next()
    }
}

/// Settings kept in memory rather than in a file.
#[derive(Default)]
pub struct Memory(std::collections::HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

pub const SIZE: Vec2 = vec2(1280.0, 800.0);

/// How long the editors of the tests wait for a save or an open before showing progress:
/// long, so that on a busy machine a save still ends within the key press that asked for
/// it, and every run takes the same steps.
pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(60);

/// An editor on a system set to this thread's interface language: English, unless the test
/// chose another with `set_interface_language` first (never the machine's own).
pub fn editor(start: Start, dialogs: ScriptedDialogs) -> Harness<'static, JourneyApp> {
    editor_on_system(start, dialogs, journeymap::i18n::interface_language())
}

/// An editor on a system set to `language` (tests never depend on the machine's own).
pub fn editor_on_system(
    start: Start,
    dialogs: ScriptedDialogs,
    language: Language,
) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder().with_size(SIZE).build_eframe(move |cc| {
        JourneyApp::with_dialogs(&cc.egui_ctx, start, Box::new(dialogs))
            .with_io_patience(PATIENCE)
            .with_system_language(language)
    });
    harness.run();
    wait_for_open(&mut harness);
    harness
}

/// An editor that keeps recovery copies in `dir` (and offers what is already there).
pub fn editor_with_recovery(
    start: Start,
    dialogs: ScriptedDialogs,
    dir: PathBuf,
) -> Harness<'static, JourneyApp> {
    // Read before the editor is made: making it sets the thread's language to its own.
    let language = journeymap::i18n::interface_language();
    let mut harness = Harness::builder().with_size(SIZE).build_eframe(move |cc| {
        JourneyApp::with_dialogs(&cc.egui_ctx, start, Box::new(dialogs))
            .with_io_patience(PATIENCE)
            .with_system_language(language)
            .with_recovery(journeymap::file::RecoveryStore::new(dir))
    });
    harness.run();
    harness
}

/// An editor whose frames are 50 ms apart, fast enough for double-clicks: kittest gives
/// every queued event its own frame.
pub fn quick_editor(start: Start) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_step_dt(0.05)
        .with_max_steps(40)
        .build_eframe(move |cc| {
            JourneyApp::with_dialogs(&cc.egui_ctx, start, Box::new(ScriptedDialogs::default()))
                .with_io_patience(PATIENCE)
                .with_system_language(Language::English)
        });
    harness.run();
    harness
}

pub fn scratch(name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("journeymap-editor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).unwrap();
    path
}

pub fn undo(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

pub fn redo(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
}

/// Presses and releases a pointer button at a point, in one frame: a click.
#[macro_export]
macro_rules! press_release {
    ($harness:expr, $pos:expr, $button:expr, $modifiers:expr) => {
        for pressed in [true, false] {
            $harness.event(egui::Event::PointerButton {
                pos: $pos,
                button: $button,
                pressed,
                modifiers: $modifiers,
            });
        }
    };
}

/// Undo brings the original back, redo the edited map, and undo the original again.
pub fn undo_redo(harness: &mut Harness<'_, JourneyApp>, original: &JourneyMap) {
    let edited = map_of(harness);
    assert_ne!(&edited, original, "the gesture changed nothing");
    undo(harness);
    assert_eq!(&map_of(harness), original, "undo");
    redo(harness);
    assert_eq!(map_of(harness), edited, "redo");
    undo(harness);
    assert_eq!(&map_of(harness), original, "undo after redo");
}

/// The screen rectangle of a map-space rectangle.
pub fn on_screen(app: &JourneyApp, rect: Rect) -> Rect {
    app.view().screen_from_map(app.canvas()).mul_rect(rect)
}

/// The screen rectangle of the cell of a phase and a lane.
pub fn cell_on_screen(app: &JourneyApp, phase: &PhaseId, lane: &LaneId) -> Rect {
    let laid_out = app.laid_out();
    let column = laid_out
        .columns
        .iter()
        .find(|c| &c.phase == phase)
        .unwrap()
        .body;
    let row = laid_out.rows.iter().find(|r| &r.lane == lane).unwrap().body;
    on_screen(app, column.intersect(row))
}

pub fn card_center(harness: &Harness<'_, JourneyApp>, id: &CardId) -> Pos2 {
    let app = harness.state();
    let card = app.laid_out().cards.iter().find(|c| &c.id == id).unwrap();
    on_screen(app, card.rect).center()
}

/// Presses the primary button at `from` and moves in steps to `to`, still holding it.
pub fn drag_and_hold(harness: &mut Harness<'_, JourneyApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=8 {
        harness.hover_at(from + (to - from) * (step as f32 / 8.0));
        harness.run();
    }
}

/// Presses the primary button at `from`, moves in steps to `to`, releases.
pub fn drag(harness: &mut Harness<'_, JourneyApp>, from: Pos2, to: Pos2) {
    drag_and_hold(harness, from, to);
    harness.drop_at(to);
    harness.run();
}

pub fn click_card(harness: &mut Harness<'_, JourneyApp>, id: &CardId, modifiers: Modifiers) {
    let at = card_center(harness, id);
    harness.hover_at(at);
    harness.run();
    harness.event(egui::Event::ModifiersChanged(modifiers));
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers,
    });
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers,
    });
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
}

/// The one card of `map` that `original` did not have.
pub fn added_card<'a>(original: &JourneyMap, map: &'a JourneyMap) -> &'a journeymap::model::Card {
    let mut added = map.cards.iter().filter(|c| original.card(&c.id).is_none());
    let card = added.next().expect("no card was added");
    assert!(added.next().is_none(), "more than one card was added");
    card
}

pub fn map_of(harness: &Harness<'_, JourneyApp>) -> JourneyMap {
    harness.state().map().clone()
}

pub fn point_on_link(harness: &Harness<'_, JourneyApp>, index: usize) -> Pos2 {
    let app = harness.state();
    let link = &app.laid_out().links[index];
    let label = link.label.as_ref().map(|l| l.rect.expand(4.0));
    let length = journeymap::layout::path_length(&link.path);
    // The point of the route farthest from every card (and off the label), where a click
    // can only mean the line.
    let clearance = |p: Pos2| {
        app.laid_out()
            .cards
            .iter()
            .map(|c| c.rect.distance_to_pos(p))
            .fold(f32::INFINITY, f32::min)
    };
    let at = (1..20)
        .map(|i| journeymap::layout::point_at_length(&link.path, length * i as f32 / 20.0))
        .filter(|p| label.is_none_or(|l| !l.contains(*p)))
        .max_by(|a, b| clearance(*a).total_cmp(&clearance(*b)))
        .unwrap();
    app.view().screen_from_map(app.canvas()).mul_pos(at)
}

pub fn click_at(harness: &mut Harness<'_, JourneyApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run();
    press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    harness.run();
}

/// Drags from a card's right handle to a point.
pub fn draw_link(harness: &mut Harness<'_, JourneyApp>, from: &CardId, to: Pos2) {
    let center = card_center(harness, from);
    harness.hover_at(center);
    harness.run();
    let title = map_of(harness).card(from).unwrap().title.clone();
    let handle = harness
        .get_by_label(&format!("Link from {title} (right)"))
        .rect()
        .center();
    drag(harness, handle, to);
}

/// Steps the editor until a map being opened in the background is shown and its pictures
/// are decoded (at most 30 s).
pub fn wait_for_open(harness: &mut Harness<'_, JourneyApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while harness.state().is_opening() {
        assert!(std::time::Instant::now() < deadline, "the map never opened");
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    // A map's pictures are decoded on a thread of their own, which asks for a frame when
    // each is done; the test goes on once they are, so its own steps are always the same.
    harness.step();
    while harness.state().pictures_busy() {
        assert!(
            std::time::Instant::now() < deadline,
            "the pictures were never decoded"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Steps the editor until a background export has finished. The limit only turns a hang
/// into a failure: on a busy two-core machine a 1,000-card export in a debug build has
/// taken 48 s.
pub fn wait_for_export(harness: &mut Harness<'_, JourneyApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(180);
    while harness.state().is_exporting() {
        assert!(
            std::time::Instant::now() < deadline,
            "the export never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Holds Shift and presses the primary button at `from`, then moves in steps to `to`, still
/// holding the button: a selection band being drawn. Shift is let go at the end.
pub fn shift_drag_and_hold(harness: &mut Harness<'_, JourneyApp>, from: Pos2, to: Pos2) {
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    harness.hover_at(from);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::SHIFT,
    });
    harness.run();
    for step in 1..=6 {
        harness.hover_at(from + (to - from) * (step as f32 / 6.0));
        harness.run();
    }
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
}

/// The text the editor put on the clipboard in the last frame, if any.
pub fn copied_text(harness: &Harness<'_, JourneyApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// Double-clicks a free spot of a touchpoint lane (below a cell's cards); returns the
/// lane's track.
pub fn add_touchpoint(harness: &mut Harness<'_, JourneyApp>) -> Track {
    let map = map_of(harness);
    let app = harness.state();
    let map_from_screen = app.view().screen_from_map(app.canvas()).inverse();
    let (at, track) = map
        .lanes
        .iter()
        .filter_map(|l| Some((l, l.kind.track()?)))
        .flat_map(|(l, track)| map.phases.iter().map(move |p| (p, l, track)))
        .map(|(p, l, track)| {
            let cell = cell_on_screen(app, &p.id, &l.id);
            (cell.center_bottom() - egui::vec2(0.0, 4.0), track)
        })
        .find(|(at, _)| {
            app.canvas().contains(*at)
                && app
                    .laid_out()
                    .card_at(map_from_screen.mul_pos(*at))
                    .is_none()
        })
        .expect("a free spot on a touchpoint lane");
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        press_release!(harness, at, egui::PointerButton::Primary, Modifiers::NONE);
    }
    harness.run();
    track
}

/// Makes a change the user would not want to lose: deletes the first card.
pub fn change_something(harness: &mut Harness<'_, JourneyApp>) {
    let first = map_of(harness).cards[0].id.clone();
    click_card(harness, &first, Modifiers::NONE);
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().is_dirty());
}

/// Asks the window to close, as its close button does.
pub fn request_close(harness: &mut Harness<'_, JourneyApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

/// The names of the parts of a zip package, such as a PowerPoint file.
pub fn zip_parts(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    archive
        .file_names()
        .map(|name| name.unwrap().into_owned())
        .collect()
}

/// How many slides a PowerPoint package holds: its parts `ppt/slides/slideN.xml`.
pub fn slide_count(parts: &[String]) -> usize {
    parts
        .iter()
        .filter(|part| {
            part.strip_prefix("ppt/slides/slide")
                .and_then(|rest| rest.strip_suffix(".xml"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .count()
}
