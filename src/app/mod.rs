//! The editor window: menus, the canvas with pan and zoom, the status bar and the export
//! dialog. Widgets never change the document while it is drawn: buttons and keys queue
//! [`Action`]s, which are carried out once per frame, after the UI.

pub mod actions;
mod canvas;
mod chooser;
mod curves;
pub mod dialogs;
mod files;
mod headers;
mod inspector;
mod links;
mod palette;
mod personas;
mod recovery;
pub mod settings;
mod switches;
pub mod view;

use std::path::{Path, PathBuf};

use egui::{Id, Key, KeyboardShortcut, Rect, Ui, ViewportCommand};

use crate::edit::{Edit, History, clipboard, ops};
use crate::export::{self, ExportOptions, Format};
use crate::file;
use crate::layout::{DropTarget, LayoutOptions, MapLayout, layout};
use crate::model::{CardId, JourneyMap, LaneId, LinkId, PersonaId, PhaseId, PointId};
use crate::paint::egui_backend::{DrawStats, install_fonts};
use crate::paint::svg::Background;
use crate::paint::{Shape, paint};
use crate::samples::SAMPLES;
use crate::theme::Theme;
pub use actions::Action;
use dialogs::{FileDialogs, NativeDialogs, file_stem_for};
use view::View;

/// Where the open map came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk (a .json map or a .png with a map inside).
    File(PathBuf),
    /// A copy of a built-in sample, not yet saved anywhere.
    Sample(&'static str),
    /// A new map from a template, not yet saved anywhere.
    New,
}

/// What the window shows first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// A built-in sample, by index.
    Sample(usize),
    /// A file given on the command line.
    File(PathBuf),
}

/// A picture being made on a background thread.
struct Exporting {
    /// Where it goes.
    path: PathBuf,
    /// When it started, in egui's seconds (set in the first frame after).
    started: Option<f64>,
    /// The thread's answer.
    receiver: std::sync::mpsc::Receiver<Result<(), String>>,
}

/// The export dialog while it is open.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ExportDialog {
    format: Format,
    options: ExportOptions,
}

/// The journeymap editor.
pub struct JourneyApp {
    map: JourneyMap,
    origin: Origin,
    theme: Theme,
    laid_out: MapLayout,
    shapes: Vec<Shape>,
    view: View,
    fit_pending: bool,
    canvas: Rect,
    export_options: ExportOptions,
    export_dialog: Option<ExportDialog>,
    error: Option<(String, String)>,
    status: String,
    /// Where the settings are kept between starts, when running in a real window.
    settings_file: Option<settings::SettingsFile>,
    /// How long opening or saving may take before the window shows progress instead.
    io_patience: std::time::Duration,
    /// The settings as last written (without the window's place).
    settings_written: Option<files::Settings>,
    /// Where the window is, to remember for the next start.
    window_place: Option<files::WindowPlace>,
    pending: Vec<Action>,
    files: Box<dyn FileDialogs>,
    window_title: String,
    last_draw: DrawStats,
    history: History,
    selection: Vec<CardId>,
    drag: Option<CardDrag>,
    /// Counts visits to inspector fields: typing in one visit is one undo step.
    field_visit: u64,
    /// The tags text while it is being typed, before it is split into tags.
    tags_draft: Option<(CardId, String)>,
    /// A selected phase or lane header (then no card is selected).
    header: Option<Header>,
    /// Text being typed in place, over a card or a header.
    renaming: Option<Renaming>,
    /// A phase or lane header being dragged to a new position.
    header_drag: Option<HeaderDrag>,
    /// How the map would look if the gesture under way ended now.
    preview: Option<(MapLayout, Vec<Shape>)>,
    /// A deletion waiting for the user's yes.
    confirm: Option<Header>,
    /// The corners of a selection band being drawn, in map space.
    band: Option<(egui::Pos2, egui::Pos2)>,
    /// A column being resized, and its new width.
    column_resize: Option<(PhaseId, f64)>,
    /// The selected link (then no card or header is selected).
    selected_link: Option<LinkId>,
    /// A link being drawn from a card's handle.
    link_drag: Option<LinkDrag>,
    /// The card whose link handles showed in the last frame.
    handles_for: Option<CardId>,
    /// The persona picked in the personas list, whose curve clicks and drags edit.
    active_persona: Option<PersonaId>,
    /// The selected emotion point (then nothing else is selected).
    selected_point: Option<PointId>,
    /// An emotion point being dragged.
    point_drag: Option<curves::PointDrag>,
    /// Whether the channel-switch overview shows.
    show_switches: bool,
    /// A persona just added, whose name field takes the keyboard in the next frame.
    name_persona: Option<PersonaId>,
    /// What waits for the answer to "Save the changes?".
    unsaved: Option<files::Leave>,
    /// What a menu or dialog asked for this frame, done (or asked about) after drawing.
    pending_leave: Option<files::Leave>,
    /// Whether the window may close now: the user answered about unsaved changes.
    may_close: bool,
    /// The files opened last, newest first.
    recent: Vec<PathBuf>,
    /// Which recent files are gone, as last checked on a background thread.
    recent_gone: files::RecentCheck,
    /// The New dialog, while open.
    new_dialog: Option<files::NewDialog>,
    /// Whether the sample gallery is open.
    sample_gallery: bool,
    /// The samples as the gallery shows them, read when it first opens.
    gallery: Vec<files::GalleryEntry>,
    /// Whether the editor's panels and menus are dark (the map stays as it is exported).
    dark: bool,
    /// Recovery copies of unsaved work; `None` when there is nowhere to keep them.
    recovery: Option<recovery::Recovery>,
    /// The map file as it was when opened or last saved, to notice changes by others.
    disk_stamp: Option<file::DiskStamp>,
    /// Whether the map's file was named by a recovery copy rather than chosen in this run:
    /// then Save writes there only if it is still a journeymap file.
    origin_unconfirmed: bool,
    /// A save waiting for the answer to "changed on disk: overwrite?".
    changed_on_disk: Option<PathBuf>,
    /// A picture being exported in the background.
    exporting: Option<Exporting>,
    /// A map being read in the background.
    opening: Option<files::Background<files::Opened>>,
    /// A save that takes a while, in the background.
    saving: Option<files::Background<files::Saved>>,
    /// The window's own file chooser, when the desktop could not show its dialog.
    chooser: Option<chooser::PathChooser>,
    /// A file that would be replaced, waiting for the user's yes.
    replace: Option<(chooser::Purpose, PathBuf)>,
    /// Counts layouts, so what was made from one layout is known to be stale.
    shapes_generation: u64,
    /// Where each card is in the document, for the lookups made every frame.
    card_index: std::collections::HashMap<CardId, usize>,
    /// The whole map tessellated for a far-out zoom.
    overview: Option<canvas::Overview>,
}

/// A link being drawn: from a card to wherever the pointer is.
#[derive(Clone, Debug, PartialEq)]
struct LinkDrag {
    from: CardId,
    /// Where the line starts, in map space.
    start: egui::Pos2,
    /// The pointer, in map space.
    pointer: egui::Pos2,
    /// The card under the pointer that would be linked to.
    target: Option<CardId>,
    /// When an end of an existing link is being moved: which link and which end.
    reconnect: Option<(LinkId, ops::LinkEnd)>,
}

/// A phase or a lane, as something selected, renamed or dragged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Header {
    /// A phase (a column).
    Phase(PhaseId),
    /// A lane (a row).
    Lane(LaneId),
}

/// What is renamed in place.
#[derive(Clone, Debug, PartialEq, Eq)]
enum RenameTarget {
    Card(CardId),
    Header(Header),
}

/// Typing a new name in place.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Renaming {
    target: RenameTarget,
    text: String,
    /// The current name, shown faintly while the field is empty.
    hint: String,
    focused: bool,
}

/// A header being dragged, and the position it would take.
#[derive(Clone, Debug, PartialEq)]
struct HeaderDrag {
    header: Header,
    to: usize,
}

/// Cards being dragged to another place.
#[derive(Clone, Debug, PartialEq)]
struct CardDrag {
    cards: Vec<CardId>,
    /// Where the pointer grabbed the first card, relative to its top-left corner (map units).
    grab: egui::Vec2,
    /// The pointer, in map space.
    pointer: egui::Pos2,
    target: Option<DropTarget>,
}

impl JourneyApp {
    /// An editor that asks for files with the operating system's dialogs.
    pub fn new(ctx: &egui::Context, start: Start) -> Self {
        Self::with_dialogs(ctx, start, Box::new(NativeDialogs))
    }

    /// Waits up to `patience` for a file to be opened or saved before showing progress.
    /// Tests on a busy machine use a long one, so that a save is always done on the spot
    /// and the steps that follow it are the same on every run.
    pub fn with_io_patience(mut self, patience: std::time::Duration) -> Self {
        self.io_patience = patience;
        self
    }

    /// An editor that asks for files through `files` (tests stand in for the user here).
    pub fn with_dialogs(ctx: &egui::Context, start: Start, files: Box<dyn FileDialogs>) -> Self {
        install_fonts(ctx);
        // A light editor around a white page reads as one document.
        ctx.set_theme(egui::ThemePreference::Light);
        let theme = Theme::default();
        let placeholder = JourneyMap::empty("journeymap");
        let laid_out = layout(&placeholder, &theme.metrics, LayoutOptions::default());
        let mut app = Self {
            map: placeholder,
            origin: Origin::Sample(""),
            theme,
            laid_out,
            shapes: Vec::new(),
            view: View::default(),
            fit_pending: true,
            canvas: Rect::NOTHING,
            export_options: ExportOptions::default(),
            export_dialog: None,
            error: None,
            status: String::new(),
            settings_file: None,
            settings_written: None,
            io_patience: files::QUICK,
            window_place: None,
            pending: Vec::new(),
            files,
            window_title: String::new(),
            last_draw: DrawStats::default(),
            history: History::new(),
            selection: Vec::new(),
            drag: None,
            field_visit: 0,
            tags_draft: None,
            header: None,
            renaming: None,
            header_drag: None,
            preview: None,
            confirm: None,
            band: None,
            column_resize: None,
            selected_link: None,
            link_drag: None,
            handles_for: None,
            active_persona: None,
            selected_point: None,
            point_drag: None,
            show_switches: false,
            name_persona: None,
            unsaved: None,
            pending_leave: None,
            may_close: false,
            recent: Vec::new(),
            recent_gone: files::RecentCheck::default(),
            new_dialog: None,
            sample_gallery: false,
            gallery: Vec::new(),
            dark: false,
            recovery: None,
            disk_stamp: None,
            origin_unconfirmed: false,
            changed_on_disk: None,
            exporting: None,
            opening: None,
            saving: None,
            chooser: None,
            replace: None,
            shapes_generation: 0,
            overview: None,
            card_index: std::collections::HashMap::new(),
        };
        match start {
            Start::Sample(index) => app.open_sample(index),
            Start::File(path) => {
                app.open_sample(0);
                app.open_path(&path);
            }
        }
        app
    }

    /// Whether the window is closing: the user was asked about unsaved changes and agreed.
    pub fn is_closing(&self) -> bool {
        self.may_close
    }

    /// How the next export is made, as the user last chose.
    pub fn export_options(&self) -> ExportOptions {
        self.export_options
    }

    /// How the map would look after an edit, without making it: a gesture's live preview.
    fn preview_of(&self, edit: Edit) -> Option<(MapLayout, Vec<Shape>)> {
        let mut changed = self.map.clone();
        crate::edit::apply_all(&mut changed, edit.ops).ok()?;
        let laid_out = layout(&changed, &self.theme.metrics, LayoutOptions::default());
        let shapes = paint(&laid_out, &self.theme);
        Some((laid_out, shapes))
    }

    /// A card of the open map, found through the index (the map's own lookup walks the list).
    fn card(&self, id: &CardId) -> Option<&crate::model::Card> {
        self.card_index
            .get(id)
            .and_then(|&i| self.map.cards.get(i))
            .filter(|c| &c.id == id)
    }

    /// What Undo would undo, e.g. "move card".
    pub fn undo_label(&self) -> Option<String> {
        self.history.undo_label().map(str::to_owned)
    }

    /// The open map.
    pub fn map(&self) -> &JourneyMap {
        &self.map
    }

    /// Where the open map came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// How the map is shown.
    pub fn view(&self) -> View {
        self.view
    }

    /// Where the canvas was on screen in the last frame.
    pub fn canvas(&self) -> Rect {
        self.canvas
    }

    /// The laid-out map the canvas shows.
    pub fn laid_out(&self) -> &MapLayout {
        &self.laid_out
    }

    /// The layout the canvas shows: while a drag is under way, the map as it would be after
    /// the drop.
    pub fn shown_layout(&self) -> &MapLayout {
        self.preview
            .as_ref()
            .map_or(&self.laid_out, |(laid_out, _)| laid_out)
    }

    /// What the canvas drew in the last frame.
    pub fn last_draw(&self) -> DrawStats {
        self.last_draw
    }

    /// The error dialog's heading and sentence, while it is open.
    pub fn error(&self) -> Option<&(String, String)> {
        self.error.as_ref()
    }

    /// The last message in the status bar.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The selected cards, in the order they were selected.
    pub fn selection(&self) -> &[CardId] {
        &self.selection
    }

    /// The selected link.
    pub fn selected_link(&self) -> Option<&LinkId> {
        self.selected_link.as_ref()
    }

    /// Whether the map has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Applies an edit as one undo step (or as part of the last one, for the same
    /// `merge_key`), then lays the map out again.
    fn apply(&mut self, edit: Edit, merge_key: Option<String>) {
        let label = edit.label.clone();
        match self.history.apply_merging(&mut self.map, edit, merge_key) {
            Ok(()) => self.relayout(),
            Err(error) => self.show_error(&format!("Could not {label}"), error.to_string()),
        }
    }

    fn relayout(&mut self) {
        self.laid_out = layout(&self.map, &self.theme.metrics, LayoutOptions::default());
        self.shapes = paint(&self.laid_out, &self.theme);
        self.shapes_generation += 1;
        self.overview = None;
        self.card_index = self
            .map
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        self.selection.retain(|id| self.map.card(id).is_some());
        let header_exists = match &self.header {
            Some(Header::Phase(id)) => self.map.phase(id).is_some(),
            Some(Header::Lane(id)) => self.map.lane(id).is_some(),
            None => true,
        };
        if !header_exists {
            self.header = None;
        }
        if self
            .selected_link
            .as_ref()
            .is_some_and(|id| !self.map.links.iter().any(|l| &l.id == id))
        {
            self.selected_link = None;
        }
        if self
            .selected_point
            .as_ref()
            .is_some_and(|id| ops::find_point(&self.map, id).is_none())
        {
            self.selected_point = None;
        }
    }

    /// Shows another map. Opening is not an undo step: the history starts afresh.
    fn set_map(&mut self, map: JourneyMap, origin: Origin) {
        self.map = map;
        self.origin = origin;
        self.disk_stamp = None;
        self.origin_unconfirmed = false;
        self.history = History::new();
        self.selection.clear();
        self.drag = None;
        self.header = None;
        self.renaming = None;
        self.header_drag = None;
        self.preview = None;
        self.selected_link = None;
        self.link_drag = None;
        self.selected_point = None;
        self.point_drag = None;
        self.active_persona = None;
        self.relayout();
        self.fit_pending = true;
    }

    fn save_to(&mut self, path: PathBuf) {
        // Someone else's newer copy (a colleague's, synced over ours) is not overwritten
        // without asking.
        let ours = matches!(&self.origin, Origin::File(p) if *p == path);
        // A file without a stamp (a restored map whose copy did not record one) may have
        // changed too: ask rather than guess.
        if ours
            && self
                .disk_stamp
                .as_ref()
                .is_none_or(|stamp| file::changed_on_disk(&path, stamp))
        {
            self.changed_on_disk = Some(path);
            return;
        }
        self.overwrite(path);
    }

    /// "Changed on disk": overwrite, save as, or cancel.
    fn changed_on_disk_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.changed_on_disk.clone() else {
            return;
        };
        let (mut overwrite, mut save_as, mut cancel) = (false, false, false);
        let modal = egui::Modal::new(Id::unique("changed on disk")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(format!(
                "\u{201c}{}\u{201d} was changed since you opened it",
                display_name(&path)
            ));
            ui.add_space(6.0);
            ui.label(
                "Another program or a colleague saved it (perhaps through a synced folder). \
                 Overwriting replaces their version with yours.",
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                overwrite = ui.button("Overwrite").clicked();
                save_as = ui.button("Save As…").clicked();
                cancel = ui.button("Cancel").clicked();
            });
        });
        if overwrite {
            self.changed_on_disk = None;
            self.overwrite(path);
        } else if save_as {
            self.changed_on_disk = None;
            self.save_as();
        } else if cancel || modal.should_close() {
            self.changed_on_disk = None;
            self.status = "Not saved: the file on disk is kept as it is.".to_owned();
        }
    }

    fn save_as(&mut self) {
        let stem = match &self.origin {
            Origin::File(path) => path.file_stem().map_or_else(
                || file_stem_for(&self.map.title),
                |s| s.to_string_lossy().into_owned(),
            ),
            Origin::Sample(_) | Origin::New => file_stem_for(&self.map.title),
        };
        let choice = self.files.save_map(&stem);
        self.on_choice(chooser::Purpose::SaveMap, choice, &format!("{stem}.json"));
    }

    fn show_error(&mut self, heading: &str, sentence: String) {
        // The status bar has one line; the dialog has room (it scrolls), but a message of
        // megabytes would take seconds to lay out, and nobody reads that far.
        self.status = excerpt(sentence.lines().next().unwrap_or_default(), 200);
        self.error = Some((heading.to_owned(), excerpt(&sentence, 20_000)));
    }

    /// Whether an action can be carried out now.
    pub fn enabled(&self, action: Action) -> bool {
        match action {
            Action::OpenSample(index) => index < SAMPLES.len(),
            Action::New(index) => index < crate::model::templates::TEMPLATES.len(),
            Action::Undo => self.history.undo_label().is_some() && self.drag.is_none(),
            Action::Redo => self.history.redo_label().is_some() && self.drag.is_none(),
            Action::SelectAll => !self.map.cards.is_empty(),
            Action::Deselect => {
                !self.selection.is_empty()
                    || self.header.is_some()
                    || self.selected_link.is_some()
                    || self.selected_point.is_some()
                    || self.link_drag.is_some()
                    || self.point_drag.is_some()
                    || self.drag.is_some()
                    || self.header_drag.is_some()
                    || self.column_resize.is_some()
                    || self.band.is_some()
            }
            Action::Delete => {
                (!self.selection.is_empty()
                    || self.header.is_some()
                    || self.selected_link.is_some()
                    || self.selected_point.is_some())
                    && self.drag.is_none()
                    && self.point_drag.is_none()
            }
            Action::Duplicate
            | Action::Cut
            | Action::Copy
            | Action::ToggleDecision
            | Action::ToggleWow => !self.selection.is_empty() && self.drag.is_none(),
            Action::Rename => {
                (self.selection.len() == 1 || self.header.is_some()) && self.drag.is_none()
            }
            Action::AddPhase | Action::AddLane => self.drag.is_none(),
            Action::Paste => {
                self.drag.is_none() && !self.map.phases.is_empty() && !self.map.lanes.is_empty()
            }
            Action::SelectLeft | Action::SelectRight | Action::SelectUp | Action::SelectDown => {
                !self.map.cards.is_empty() && self.drag.is_none()
            }
            Action::Save | Action::SaveAs => self.drag.is_none(),
            Action::Open
            | Action::NewMap
            | Action::SampleGallery
            | Action::ExportPng
            | Action::ExportSvg
            | Action::Quit
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::FitMap
            | Action::ToggleSwitches
            | Action::ToggleDark => true,
            Action::AddPersona => self.drag.is_none() && self.point_drag.is_none(),
        }
    }

    /// Carries out an action.
    pub fn perform(&mut self, ctx: &egui::Context, action: Action) {
        if !self.enabled(action) {
            return;
        }
        let canvas = self.canvas;
        match action {
            Action::Open => self.leave(ctx, files::Leave::PickAndOpen),
            Action::OpenSample(index) => self.leave(ctx, files::Leave::Sample(index)),
            Action::New(template) => self.leave(
                ctx,
                files::Leave::New {
                    template,
                    title: String::new(),
                },
            ),
            Action::NewMap => self.open_new_dialog(),
            Action::SampleGallery => self.sample_gallery = true,
            Action::Save => self.save_map(),
            Action::SaveAs => self.save_as(),
            Action::Undo => match self.history.undo(&mut self.map) {
                Ok(label) => {
                    self.relayout();
                    self.status = label.map_or_else(String::new, |l| format!("Undid {l}."));
                }
                Err(error) => self.show_error("Could not undo", error.to_string()),
            },
            Action::Redo => match self.history.redo(&mut self.map) {
                Ok(label) => {
                    self.relayout();
                    self.status = label.map_or_else(String::new, |l| format!("Redid {l}."));
                }
                Err(error) => self.show_error("Could not redo", error.to_string()),
            },
            Action::SelectAll => {
                self.selection = self.map.cards.iter().map(|c| c.id.clone()).collect()
            }
            Action::Deselect => {
                self.selection.clear();
                self.header = None;
                self.selected_link = None;
                self.selected_point = None;
            }
            Action::Delete => match &self.header {
                // A phase or lane takes its cards with it: ask first.
                Some(header) => self.confirm = Some(header.clone()),
                None if self.selected_point.is_some() => {
                    if let Some(id) = self.selected_point.take() {
                        let edit = ops::delete_points(&self.map, &[id]);
                        self.apply(edit, None);
                    }
                }
                None if self.selected_link.is_some() => {
                    if let Some(id) = self.selected_link.take() {
                        let edit = ops::delete_link(&self.map, &id);
                        self.apply(edit, None);
                    }
                }
                None => {
                    let edit = ops::delete_cards(&self.map, &self.selection);
                    self.apply(edit, None);
                    self.selection.clear();
                }
            },
            Action::ToggleDecision | Action::ToggleWow => {
                let decision = action == Action::ToggleDecision;
                let flag = |c: &crate::model::Card| {
                    if decision {
                        c.decision_moment
                    } else {
                        c.wow_moment
                    }
                };
                let cards: Vec<crate::model::Card> = self
                    .selection
                    .iter()
                    .filter_map(|id| self.map.card(id).cloned())
                    .collect();
                // All marked: unmark them; otherwise mark them all.
                let on = !cards.iter().all(flag);
                let changed = cards
                    .into_iter()
                    .map(|mut c| {
                        if decision {
                            c.decision_moment = on;
                        } else {
                            c.wow_moment = on;
                        }
                        c
                    })
                    .collect();
                let label = if decision {
                    "toggle decision moment"
                } else {
                    "toggle wow moment"
                };
                let edit = ops::update_cards(&self.map, changed, label);
                self.apply(edit, None);
            }
            Action::Rename => self.start_rename(),
            Action::AddPhase => self.add_phase_after(match &self.header {
                Some(Header::Phase(id)) => self
                    .map
                    .phases
                    .iter()
                    .position(|p| &p.id == id)
                    .map(|i| i + 1),
                _ => None,
            }),
            Action::AddLane => self.add_lane_after(match &self.header {
                Some(Header::Lane(id)) => self
                    .map
                    .lanes
                    .iter()
                    .position(|l| &l.id == id)
                    .map(|i| i + 1),
                _ => None,
            }),
            Action::Duplicate => {
                let (edit, copies) = ops::duplicate_cards(&self.map, &self.selection);
                self.apply(edit, None);
                self.selection = copies;
            }
            Action::Copy | Action::Cut => {
                ctx.copy_text(clipboard::copy(&self.map, &self.selection));
                let count = self.selection.len();
                if action == Action::Cut {
                    let mut edit = ops::delete_cards(&self.map, &self.selection);
                    edit.label = edit.label.replacen("delete", "cut", 1);
                    self.apply(edit, None);
                    self.selection.clear();
                }
                self.status = format!("{count} card(s) on the clipboard.");
            }
            // The platform answers with a paste event, handled in `shortcuts_ui`.
            Action::Paste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
            Action::SelectLeft | Action::SelectRight | Action::SelectUp | Action::SelectDown => {
                let direction = match action {
                    Action::SelectLeft => egui::vec2(-1.0, 0.0),
                    Action::SelectRight => egui::vec2(1.0, 0.0),
                    Action::SelectUp => egui::vec2(0.0, -1.0),
                    _ => egui::vec2(0.0, 1.0),
                };
                let next = match self.selection.last() {
                    Some(from) => self
                        .laid_out
                        .neighbour(from, direction)
                        .map(|c| c.id.clone()),
                    None => self.laid_out.cards.first().map(|c| c.id.clone()),
                };
                if let Some(next) = next {
                    self.selection = vec![next];
                }
            }
            Action::ExportPng => {
                self.export_dialog = Some(ExportDialog {
                    format: Format::Png,
                    options: self.export_options,
                })
            }
            Action::ExportSvg => {
                self.export_dialog = Some(ExportDialog {
                    format: Format::Svg,
                    options: self.export_options,
                })
            }
            Action::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Action::ZoomIn => self.view.zoom_in(canvas),
            Action::ZoomOut => self.view.zoom_out(canvas),
            Action::ZoomReset => self.view.set_zoom_around(canvas, canvas.center(), 1.0),
            Action::FitMap => self.view.fit(canvas, self.laid_out.bounds),
            Action::ToggleSwitches => self.show_switches = !self.show_switches,
            Action::ToggleDark => {
                self.dark = !self.dark;
                ctx.set_theme(if self.dark {
                    egui::ThemePreference::Dark
                } else {
                    egui::ThemePreference::Light
                });
            }
            Action::AddPersona => {
                let (edit, id) = ops::add_persona(&self.map);
                self.apply(edit, None);
                self.active_persona = Some(id.clone());
                self.name_persona = Some(id);
                // The new persona's fields are in the inspector of the map.
                self.selection.clear();
                self.header = None;
                self.selected_link = None;
                self.selected_point = None;
            }
        }
    }

    fn export(&mut self, dialog: ExportDialog) {
        self.export_options = dialog.options;
        let stem = match &self.origin {
            Origin::File(path) => path.file_stem().map_or_else(
                || file_stem_for(&self.map.title),
                |s| s.to_string_lossy().into_owned(),
            ),
            Origin::Sample(_) | Origin::New => file_stem_for(&self.map.title),
        };
        let choice = self.files.save_picture(&stem, dialog.format);
        let extension = dialogs::picture_filter(dialog.format).1;
        self.on_choice(
            chooser::Purpose::Export(dialog),
            choice,
            &format!("{stem}.{extension}"),
        );
    }

    /// Makes the picture and writes it to `path`.
    fn start_export(&mut self, dialog: ExportDialog, path: PathBuf) {
        // A big map at 4× takes seconds: the picture is made on a thread of its own, from a
        // copy of the map, and the window stays responsive meanwhile.
        let map = self.map.clone();
        let options = dialog.options;
        let (sender, receiver) = std::sync::mpsc::channel();
        let target = path.clone();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let result =
                    export::export_to_path(&map, &target, &options).map_err(|e| e.to_string());
                // The window may be gone by now; then nobody needs the answer.
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => {
                self.exporting = Some(Exporting {
                    path,
                    started: None,
                    receiver,
                });
            }
            Err(error) => self.show_error("The picture could not be exported", error.to_string()),
        }
    }

    /// Whether a picture is being exported in the background.
    pub fn is_exporting(&self) -> bool {
        self.exporting.is_some()
    }

    /// Collects a finished export, and shows progress for one that takes a while.
    fn export_progress_ui(&mut self, ui: &mut Ui) {
        let Some(exporting) = &mut self.exporting else {
            return;
        };
        let now = ui.input(|i| i.time);
        let started = *exporting.started.get_or_insert(now);
        match exporting.receiver.try_recv() {
            Ok(result) => {
                let path = exporting.path.clone();
                self.exporting = None;
                match result {
                    Ok(()) => self.status = format!("Exported {}.", path.display()),
                    Err(sentence) => self.show_error("The picture could not be exported", sentence),
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                if now - started > 0.5 {
                    ui.add(egui::Spinner::new());
                    ui.label(format!(
                        "Exporting {}\u{2026} ({:.0} s)",
                        display_name(&exporting.path),
                        now - started
                    ));
                }
                ui.ctx().request_repaint_after_secs(0.1);
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.exporting = None;
                self.show_error(
                    "The picture could not be exported",
                    "The export stopped unexpectedly; please try again.".to_owned(),
                );
            }
        }
    }

    fn shortcuts_ui(&mut self, ctx: &egui::Context) {
        if self.export_dialog.is_some()
            || self.error.is_some()
            || self.confirm.is_some()
            || self.unsaved.is_some()
            || self.new_dialog.is_some()
            || self.sample_gallery
            || self.changed_on_disk.is_some()
            || self.recovery_offered()
            || self.opening.is_some()
            || self.saving.is_some()
            || self.chooser.is_some()
            || self.replace.is_some()
        {
            return;
        }
        // Shortcuts with more modifiers first: Ctrl+Shift+E must not be taken as Ctrl+E.
        let mut all: Vec<(KeyboardShortcut, Action)> = Action::ALL
            .iter()
            .flat_map(|a| a.shortcuts().iter().map(move |s| (*s, *a)))
            .collect();
        all.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s)));
        // While a text field has the keyboard, keys like Delete, Ctrl+A and Ctrl+Z edit the
        // text, not the map.
        // egui drops the focus on Esc before the frame starts, so a rename in place counts
        // as typing by itself: its Esc must cancel the rename, not clear the selection.
        // Only a text field keeps the keys; a focused button or checkbox does not.
        let typing = ctx.text_edit_focused() || self.renaming.is_some();
        let triggered: Vec<Action> = ctx.input_mut(|input| {
            all.iter()
                .filter(|(_, action)| !action.is_clipboard())
                .filter(|(_, action)| {
                    !typing
                        || matches!(
                            action,
                            Action::Save | Action::SaveAs | Action::Quit | Action::Open
                        )
                })
                .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
                .map(|(_, action)| *action)
                .collect()
        });
        if !typing {
            let events = ctx.input(|i| i.events.clone());
            for event in events {
                match event {
                    egui::Event::Copy => self.pending.push(Action::Copy),
                    egui::Event::Cut => self.pending.push(Action::Cut),
                    egui::Event::Paste(text) => self.paste_text(&text),
                    _ => {}
                }
            }
        }
        // Esc cancels a drag at once: egui ends the drag on Esc in this same frame, and the
        // canvas must not take that as a drop.
        if triggered.contains(&Action::Deselect) {
            let cancelled = self.drag.take().is_some()
                | self.link_drag.take().is_some()
                | self.point_drag.take().is_some()
                | self.header_drag.take().is_some()
                | self.column_resize.take().is_some()
                | self.band.take().is_some();
            if cancelled {
                self.preview = None;
                self.pending
                    .extend(triggered.into_iter().filter(|a| *a != Action::Deselect));
                return;
            }
        }
        self.pending.extend(triggered);
    }

    /// Pastes clipboard text: cards copied from journeymap, or a card per line of text. They
    /// go to their own cells when this map has them, else to the selected card's cell.
    fn paste_text(&mut self, text: &str) {
        let fallback = self
            .selection
            .first()
            .and_then(|id| self.map.card(id))
            .map(|c| (c.phase.clone(), c.lane.clone()))
            .or_else(|| {
                let phase = self.map.phases.first()?.id.clone();
                let lane = self
                    .map
                    .lanes
                    .iter()
                    .find(|l| l.kind.track().is_some())
                    .or(self.map.lanes.first())?
                    .id
                    .clone();
                Some((phase, lane))
            });
        let Some((phase, lane)) = fallback else {
            self.status = "Add a phase and a lane before pasting cards.".to_owned();
            return;
        };
        let place = ops::Place {
            phase,
            lane,
            before: None,
        };
        let (edit, ids) = clipboard::paste(&self.map, text, &place);
        self.apply(edit, None);
        self.status = format!("Pasted {} card(s).", ids.len());
        self.selection = ids;
    }

    /// The menu of a card, from the action list.
    fn card_menu_ui(&mut self, ui: &mut Ui) {
        for action in [Action::Cut, Action::Copy, Action::Paste, Action::Duplicate] {
            self.action_button(ui, action);
        }
        ui.separator();
        for action in [Action::ToggleDecision, Action::ToggleWow, Action::Rename] {
            self.action_button(ui, action);
        }
        ui.separator();
        self.action_button(ui, Action::Delete);
    }

    /// The menu of a link: its kind, its handoff, delete.
    fn link_menu_ui(&mut self, ui: &mut Ui) {
        use crate::model::{HandoffQuality, LinkKind};
        let Some(link) = self
            .selected_link
            .as_ref()
            .and_then(|id| self.map.links.iter().find(|l| &l.id == id))
            .cloned()
        else {
            return;
        };
        for kind in [
            LinkKind::ChannelSwitch,
            LinkKind::NextStep,
            LinkKind::Influence,
        ] {
            if ui.radio(link.kind == kind, kind.label()).clicked() {
                let edit = ops::update_link(
                    &self.map,
                    crate::model::Link {
                        kind,
                        ..link.clone()
                    },
                    "change link kind",
                );
                self.apply(edit, None);
                ui.close();
            }
        }
        if link.kind == LinkKind::ChannelSwitch {
            ui.separator();
            for quality in [
                None,
                Some(HandoffQuality::Smooth),
                Some(HandoffQuality::Friction),
                Some(HandoffQuality::Broken),
            ] {
                let text = quality.map_or("Not judged", HandoffQuality::label);
                if ui.radio(link.quality == quality, text).clicked() {
                    let edit = ops::update_link(
                        &self.map,
                        crate::model::Link {
                            quality,
                            ..link.clone()
                        },
                        "change handoff",
                    );
                    self.apply(edit, None);
                    ui.close();
                }
            }
        }
        ui.separator();
        self.action_button(ui, Action::Delete);
    }

    /// The menu of the empty canvas.
    fn canvas_menu_ui(&mut self, ui: &mut Ui) {
        for action in [Action::Paste, Action::SelectAll, Action::FitMap] {
            self.action_button(ui, action);
        }
    }

    /// The label of an action in this state: "Undo move card".
    fn action_label(&self, action: Action) -> String {
        match action {
            Action::Undo => self
                .history
                .undo_label()
                .map_or_else(|| action.label(), |l| format!("Undo {l}")),
            Action::Redo => self
                .history
                .redo_label()
                .map_or_else(|| action.label(), |l| format!("Redo {l}")),
            _ => action.label(),
        }
    }

    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let mut button = egui::Button::new(self.action_label(action));
        if let Some(shortcut) = action.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        if ui
            .add_enabled(self.enabled(action), button)
            .on_hover_text(action.tooltip())
            .clicked()
        {
            self.pending.push(action);
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.action_button(ui, Action::NewMap);
                self.action_button(ui, Action::Open);
                ui.menu_button("Open Recent", |ui| self.recent_menu_ui(ui));
                self.action_button(ui, Action::SampleGallery);
                ui.separator();
                self.action_button(ui, Action::Save);
                self.action_button(ui, Action::SaveAs);
                ui.separator();
                self.action_button(ui, Action::ExportPng);
                self.action_button(ui, Action::ExportSvg);
                ui.separator();
                self.action_button(ui, Action::Quit);
            });
            ui.menu_button("Edit", |ui| {
                self.action_button(ui, Action::Undo);
                self.action_button(ui, Action::Redo);
                ui.separator();
                for action in [
                    Action::Cut,
                    Action::Copy,
                    Action::Paste,
                    Action::Duplicate,
                    Action::Delete,
                ] {
                    self.action_button(ui, action);
                }
                ui.separator();
                for action in [Action::SelectAll, Action::Deselect] {
                    self.action_button(ui, action);
                }
            });
            ui.menu_button("Map", |ui| {
                for action in [
                    Action::AddPhase,
                    Action::AddLane,
                    Action::AddPersona,
                    Action::Rename,
                ] {
                    self.action_button(ui, action);
                }
            });
            ui.menu_button("View", |ui| {
                for action in [
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomReset,
                    Action::FitMap,
                ] {
                    self.action_button(ui, action);
                }
                ui.separator();
                let mut shown = self.show_switches;
                if ui
                    .checkbox(&mut shown, Action::ToggleSwitches.label())
                    .on_hover_text(Action::ToggleSwitches.tooltip())
                    .clicked()
                {
                    self.pending.push(Action::ToggleSwitches);
                    ui.close();
                }
                let mut dark = self.dark;
                if ui
                    .checkbox(&mut dark, Action::ToggleDark.label())
                    .on_hover_text(Action::ToggleDark.tooltip())
                    .clicked()
                {
                    self.pending.push(Action::ToggleDark);
                    ui.close();
                }
            });
        });
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            self.export_progress_ui(ui);
            ui.label(&self.status);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Fit")
                    .on_hover_text(Action::FitMap.tooltip())
                    .clicked()
                {
                    self.pending.push(Action::FitMap);
                }
                if ui
                    .small_button("+")
                    .on_hover_text(Action::ZoomIn.tooltip())
                    .clicked()
                {
                    self.pending.push(Action::ZoomIn);
                }
                let zoom = ui
                    .add(egui::Button::new(self.view.zoom_label()).frame(false))
                    .on_hover_text(Action::ZoomReset.tooltip());
                if zoom.clicked() {
                    self.pending.push(Action::ZoomReset);
                }
                if ui
                    .small_button("−")
                    .on_hover_text(Action::ZoomOut.tooltip())
                    .clicked()
                {
                    self.pending.push(Action::ZoomOut);
                }
                ui.label(format!(
                    "{} phases · {} lanes · {} cards · {} links",
                    self.map.phases.len(),
                    self.map.lanes.len(),
                    self.map.cards.len(),
                    self.map.links.len()
                ));
            });
        });
    }

    fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.export_dialog else {
            return;
        };
        let mut close = false;
        let mut go = false;
        let modal = egui::Modal::new(Id::unique("export dialog")).show(ctx, |ui| {
            ui.set_width(320.0);
            ui.heading(match dialog.format {
                Format::Png => "Export PNG",
                Format::Svg => "Export SVG",
            });
            ui.add_space(6.0);
            if dialog.format == Format::Png {
                ui.horizontal(|ui| {
                    ui.label("Scale");
                    for scale in export::SCALE_RANGE {
                        ui.selectable_value(&mut dialog.options.scale, scale, format!("{scale}×"));
                    }
                });
            }
            ui.horizontal(|ui| {
                ui.label("Background");
                ui.radio_value(&mut dialog.options.background, Background::White, "White");
                ui.radio_value(
                    &mut dialog.options.background,
                    Background::Transparent,
                    "Transparent",
                );
            });
            ui.checkbox(&mut dialog.options.layout.title, "Include the title");
            ui.checkbox(&mut dialog.options.layout.legend, "Include the legend");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                go = ui.button("Export…").clicked();
                close = ui.button("Cancel").clicked();
            });
            if ui.input(|i| i.key_pressed(Key::Enter)) {
                go = true;
            }
        });
        if modal.should_close() {
            close = true;
        }
        if go {
            self.export_dialog = None;
            self.export(dialog);
        } else if close {
            self.export_dialog = None;
        } else {
            self.export_dialog = Some(dialog);
        }
    }

    fn error_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((heading, sentence)) = &self.error else {
            return;
        };
        let mut close = false;
        // However long the message, the OK button stays on screen: the text scrolls.
        let text_height = (ctx.content_rect().height() * 0.5).max(60.0);
        let modal = egui::Modal::new(Id::unique("error dialog")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(heading.as_str());
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(text_height)
                .show(ui, |ui| ui.label(sentence.as_str()));
            ui.add_space(8.0);
            close = ui.button("OK").clicked() || ui.input(|i| i.key_pressed(Key::Enter));
        });
        if close || modal.should_close() {
            self.error = None;
        }
    }

    fn window_title_ui(&mut self, ctx: &egui::Context) {
        let source = match &self.origin {
            Origin::File(path) => display_name(path),
            Origin::Sample(_) => "sample".to_owned(),
            Origin::New => "untitled".to_owned(),
        };
        let dirty = if self.history.is_dirty() {
            " (edited)"
        } else {
            ""
        };
        let title = format!("{} — {source}{dirty} — journeymap", self.map.title);
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

fn modifier_count(shortcut: &KeyboardShortcut) -> usize {
    let m = shortcut.modifiers;
    [m.alt, m.shift, m.command || m.ctrl || m.mac_cmd]
        .iter()
        .filter(|b| **b)
        .count()
}

/// At most `max_chars` characters of `text`, with "…" where it was cut.
fn excerpt(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}\u{2026}", &text[..cut]),
        None => text.to_owned(),
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// The whole card, for when its text is elided on the canvas.
fn card_tooltip_ui(ui: &mut Ui, card: &crate::model::Card) {
    // Long enough for any real card; a card of megabytes shows its start, not a frozen
    // window.
    use crate::text::excerpt;
    ui.set_max_width(320.0);
    ui.strong(excerpt(&card.title, 500));
    if let Some(channel) = card.channel {
        ui.weak(format!("{} · {}", channel.label(), channel.track().label()));
    }
    if !card.body.is_empty() {
        ui.label(excerpt(&card.body, 2_000));
    }
    if let Some(owner) = &card.owner {
        ui.weak(format!("Owner: {owner}"));
    }
    for kpi in &card.kpis {
        let value = kpi
            .value
            .map_or_else(|| "–".to_owned(), |v| format!("{v}{}", kpi.unit));
        let target = kpi
            .target
            .map_or_else(String::new, |t| format!(" (target {t}{})", kpi.unit));
        ui.label(format!("{}: {value}{target}", kpi.name));
    }
    if !card.tags.is_empty() {
        ui.weak(card.tags.join(", "));
    }
}

impl eframe::App for JourneyApp {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.store_settings(storage);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.editor_ui(ui);
        self.keep_settings(ui.ctx());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(mut settings) = self.settings_file.take() {
            self.store_settings(&mut settings);
            eframe::Storage::flush(&mut settings);
        }
    }
}

impl JourneyApp {
    /// Notes where the window is, and writes the settings file when a setting changed.
    fn keep_settings(&mut self, ctx: &egui::Context) {
        let Some(mut settings) = self.settings_file.take() else {
            return;
        };
        let place = ctx.input(|i| {
            let viewport = i.viewport();
            Some((viewport.outer_rect?, viewport.inner_rect?))
        });
        if let Some((outer, inner)) = place {
            self.window_place = Some([outer.min.x, outer.min.y, inner.width(), inner.height()]);
        }
        // The window's place is written when the program ends: moving it is no reason to
        // write a file.
        let now = self.settings().without_window();
        if self.settings_written.as_ref() != Some(&now) {
            self.store_settings(&mut settings);
            eframe::Storage::flush(&mut settings);
            self.settings_written = Some(now);
        }
        self.settings_file = Some(settings);
    }
}

impl JourneyApp {
    /// The whole editor for one frame: menus, panels, canvas, dialogs. Needs no window, so
    /// benchmarks can run it headless.
    pub fn editor_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.shortcuts_ui(&ctx);
        egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar_ui(ui));
        egui::Panel::left("palette")
            .default_size(150.0)
            .size_range(120.0..=240.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.palette_ui(ui));
            });
        if self.show_switches {
            egui::Panel::bottom("channel switches")
                .default_size(180.0)
                .resizable(true)
                .show(ui, |ui| self.switches_ui(ui));
        }
        egui::Panel::right("inspector")
            .default_size(290.0)
            .size_range(220.0..=480.0)
            .show(ui, |ui| self.inspector_ui(ui));
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| self.canvas_ui(ui));
        self.export_dialog_ui(&ctx);
        self.confirm_ui(&ctx);
        self.new_dialog_ui(&ctx);
        self.sample_gallery_ui(&ctx);
        self.unsaved_ui(&ctx);
        self.changed_on_disk_ui(&ctx);
        self.chooser_ui(&ctx);
        self.replace_ui(&ctx);
        self.opening_ui(&ctx);
        self.saving_ui(&ctx);
        self.restore_ui(&ctx);
        self.error_dialog_ui(&ctx);
        self.dropped_files_ui(&ctx);
        self.close_request_ui(&ctx);
        for action in std::mem::take(&mut self.pending) {
            self.perform(&ctx, action);
        }
        if let Some(to) = self.pending_leave.take() {
            self.leave(&ctx, to);
        }
        self.keep_recovery_copy(&ctx);
        // Cards, a header and a link are never selected together.
        if !self.selection.is_empty() {
            self.header = None;
            self.selected_link = None;
        }
        if self.header.is_some() {
            self.selected_link = None;
        }
        if !self.selection.is_empty() || self.header.is_some() || self.selected_link.is_some() {
            self.selected_point = None;
        }
        self.window_title_ui(&ctx);
    }
}

/// Opens the editor window and runs it until it is closed.
pub fn run(start: Start) -> eframe::Result {
    let settings = settings::SettingsFile::default_path().map(settings::SettingsFile::open);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("journeymap")
        .with_app_id("journeymap")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([480.0, 320.0]);
    if let Some([x, y, width, height]) = settings.as_ref().and_then(|s| files::remembered_window(s))
    {
        viewport = viewport
            .with_position([x, y])
            .with_inner_size([width, height]);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "journeymap",
        options,
        Box::new(|cc| {
            let mut app = JourneyApp::new(&cc.egui_ctx, start);
            if let Some(dir) = crate::file::RecoveryStore::default_dir() {
                let (store, notice) = crate::file::RecoveryStore::private(dir);
                app = app.with_recovery(store);
                // Said once, in the status bar: nothing is wrong with the map itself.
                if let Some(notice) = notice {
                    app.status = notice;
                }
            }
            if let Some(settings) = settings {
                app.restore_settings(&cc.egui_ctx, &settings);
                app.settings_written = Some(app.settings().without_window());
                app.settings_file = Some(settings);
            }
            Ok(Box::new(app))
        }),
    )
}
