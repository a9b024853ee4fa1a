//! The editor window: menus, the canvas with pan and zoom, the status bar and the export
//! dialog. Widgets never change the document while it is drawn: buttons, keys and drags
//! push [`command::Command`]s, which are carried out once per frame, after the UI.

pub mod actions;
mod canvas;
mod command;
pub mod dialogs;
mod files;
mod find;
mod gesture;
mod panels;
mod pictures;
pub mod presentation;
mod recovery;
mod scene;
pub mod selection;
mod session;
pub mod settings;
pub mod view;

use std::path::{Path, PathBuf};

use egui::{Id, Key, KeyboardShortcut, Rect, Ui, ViewportCommand};

use crate::edit::{Edit, clipboard, ops};
use crate::export::{self, ExportOptions, Format};
use crate::file;
use crate::layout::{LayoutOptions, MapLayout, layout_preview};
use crate::model::{CardId, JourneyMap, Language, LinkId, PersonaId};
use crate::paint::egui_backend::{DrawStats, install_fonts};
use crate::paint::paint;
use crate::sentence::Localized as _;
use crate::theme::Theme;
pub use actions::Action;
use command::Command;
use dialogs::{FileDialogs, NativeDialogs, file_stem_for};
use gesture::{Gesture, Preview};
pub use selection::{Header, Selection};
use session::DocumentSession;
pub use session::Origin;
use view::View;

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

/// The dialogs that are open, each waiting for the user's answer. While any is, the
/// keyboard belongs to it and the map's shortcuts wait.
#[derive(Default)]
struct Dialogs {
    /// The export dialog, while open.
    export: Option<dialogs::export::ExportWindow>,
    /// The error dialog, while open.
    error: Option<(String, String)>,
    /// A deletion waiting for the user's yes.
    confirm: Option<Header>,
    /// What waits for the answer to "Save the changes?".
    unsaved: Option<files::Leave>,
    /// The New dialog, while open.
    new_map: Option<files::NewDialog>,
    /// Whether the sample gallery is open.
    sample_gallery: bool,
    /// A save waiting for the answer to "changed on disk: overwrite?".
    changed_on_disk: Option<PathBuf>,
    /// The window's own file chooser, when the desktop could not show its dialog.
    chooser: Option<dialogs::chooser::PathChooser>,
    /// A file that would be replaced, waiting for the user's yes.
    replace: Option<(dialogs::chooser::Purpose, PathBuf)>,
}

impl Dialogs {
    /// Whether any dialog is open.
    fn any_open(&self) -> bool {
        self.export.is_some()
            || self.error.is_some()
            || self.confirm.is_some()
            || self.unsaved.is_some()
            || self.new_map.is_some()
            || self.sample_gallery
            || self.changed_on_disk.is_some()
            || self.chooser.is_some()
            || self.replace.is_some()
    }
}

/// The journeymap editor.
pub struct JourneyApp {
    view: View,
    fit_pending: bool,
    canvas: Rect,
    export_options: ExportOptions,
    status: String,
    /// Where the settings are kept between starts, when running in a real window.
    settings_file: Option<settings::SettingsFile>,
    /// How long opening or saving may take before the window shows progress instead.
    io_patience: std::time::Duration,
    /// The settings as last written (without the window's place).
    settings_written: Option<files::Settings>,
    /// Where the window is, to remember for the next start.
    window_place: Option<files::WindowPlace>,
    /// What widgets asked for this frame, carried out after the UI.
    commands: Vec<Command>,
    /// The open map, its history and its scene.
    doc: DocumentSession,
    /// The dialogs that are open.
    dialogs: Dialogs,
    /// What is selected.
    selection: Selection,
    /// The one gesture under way.
    gesture: Gesture,
    files: Box<dyn FileDialogs>,
    window_title: String,
    last_draw: DrawStats,
    /// Counts visits to inspector fields: typing in one visit is one undo step.
    field_visit: u64,
    /// The tags text while it is being typed, before it is split into tags.
    tags_draft: Option<(CardId, String)>,
    /// The card whose link handles showed in the last frame.
    handles_for: Option<CardId>,
    /// A touchpoint just added on the canvas, offered a channel once it is named.
    channel_picker: Option<CardId>,
    /// The persona picked in the personas list, whose curve clicks and drags edit.
    active_persona: Option<PersonaId>,
    /// Whether the channel-switch overview shows.
    show_switches: bool,
    /// Whether the channel palette shows on the left.
    show_palette: bool,
    /// Whether the inspector shows on the right.
    show_inspector: bool,
    /// A persona just added, whose name field takes the keyboard in the next frame.
    name_persona: Option<PersonaId>,
    /// What a menu or dialog asked for this frame, done (or asked about) after drawing.
    pending_leave: Option<files::Leave>,
    /// Whether the window may close now: the user answered about unsaved changes.
    may_close: bool,
    /// The files opened last, newest first.
    recent: Vec<PathBuf>,
    /// Which recent files are gone, as last checked on a background thread.
    recent_gone: files::RecentCheck,
    /// The samples as the gallery shows them, read when it first opens.
    gallery: Vec<files::GalleryEntry>,
    /// Whether the editor's panels and menus are dark (the map stays as it is exported).
    dark: bool,
    /// The interface language the user chose in View ▸ Language; `None` follows the system.
    language_choice: Option<Language>,
    /// The language the system asked for when the editor started.
    system_language: Language,
    /// Recovery copies of unsaved work; `None` when there is nowhere to keep them.
    recovery: Option<recovery::Recovery>,
    /// A picture being exported in the background.
    exporting: Option<Exporting>,
    /// A map being read in the background.
    opening: Option<files::Background<files::Opened>>,
    /// A save that takes a while, in the background.
    saving: Option<files::Background<files::Saved>>,
    /// The presentation under way, with the editor as it was before it.
    presentation: Option<presentation::Presentation>,
    /// The pictures' textures, and the thread that decodes and adds pictures.
    pictures: pictures::PictureCache,
    /// What a picture being chosen in a file dialog goes on.
    picture_for: Option<crate::edit::pictures::PictureTarget>,
    /// The find bar, while it is open.
    find: Option<find::FindBar>,
    /// What the filter bar highlights.
    filter: crate::filter::Filter,
    /// Whether the filter bar shows.
    show_filter: bool,
    /// The filter chosen for each map file, to bring back when it is opened again.
    remembered_filters: find::RememberedFilters,
    /// The comments panel: whether it shows and what is being written in it.
    comments: panels::comments::CommentsPanel,
    /// The name new comments and replies are signed with, kept in the settings.
    author: String,
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
        let doc = DocumentSession::new(
            JourneyMap::empty("journeymap"),
            Origin::Sample(""),
            Theme::default(),
        );
        let mut app = Self {
            doc,
            dialogs: Dialogs::default(),
            selection: Selection::None,
            gesture: Gesture::Idle,
            view: View::default(),
            fit_pending: true,
            canvas: Rect::NOTHING,
            export_options: ExportOptions::default(),
            status: String::new(),
            settings_file: None,
            settings_written: None,
            io_patience: files::QUICK,
            window_place: None,
            commands: Vec::new(),
            files,
            window_title: String::new(),
            last_draw: DrawStats::default(),
            field_visit: 0,
            tags_draft: None,
            handles_for: None,
            channel_picker: None,
            active_persona: None,
            show_switches: false,
            show_palette: true,
            show_inspector: true,
            name_persona: None,
            pending_leave: None,
            may_close: false,
            recent: Vec::new(),
            recent_gone: files::RecentCheck::default(),
            gallery: Vec::new(),
            dark: false,
            language_choice: None,
            system_language: Language::of_system(),
            recovery: None,
            exporting: None,
            opening: None,
            saving: None,
            presentation: None,
            pictures: pictures::PictureCache::default(),
            picture_for: None,
            find: None,
            filter: crate::filter::Filter::default(),
            show_filter: false,
            remembered_filters: find::RememberedFilters::new(),
            comments: panels::comments::CommentsPanel::default(),
            author: settings::user_name(),
        };
        crate::i18n::set_interface_language(app.interface_language());
        match start {
            Start::Sample(index) => app.open_sample(index),
            Start::File(path) => {
                app.open_sample(0);
                app.open_path(&path);
            }
        }
        app
    }

    /// An editor that takes `language` as the system's, whatever the environment says: for
    /// tests, which must not depend on the machine's language.
    pub fn with_system_language(mut self, language: Language) -> Self {
        self.system_language = language;
        crate::i18n::set_interface_language(self.interface_language());
        self
    }

    /// The language menus, dialogs and messages speak: the user's choice, else the system's.
    pub fn interface_language(&self) -> Language {
        self.language_choice.unwrap_or(self.system_language)
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
    fn preview_of(&self, edit: Edit) -> Option<Preview> {
        let mut changed = self.doc.map().clone();
        crate::edit::apply_all(&mut changed, edit.ops).ok()?;
        let theme = self.doc.scene().theme();
        let laid_out = layout_preview(&changed, &theme.metrics, LayoutOptions::default());
        let shapes = paint(&laid_out, theme);
        Some(Preview { laid_out, shapes })
    }

    /// A card of the open map, found through the scene's index.
    fn card(&self, id: &CardId) -> Option<&crate::model::Card> {
        self.doc.scene().card(self.doc.map(), id)
    }

    /// The layout of the open map.
    fn laid_out_now(&self) -> &MapLayout {
        self.doc.scene().laid_out()
    }

    /// The laid-out link with this id.
    fn laid_out_link(&self, id: &LinkId) -> Option<&crate::layout::LinkLayout> {
        self.laid_out_now().links.iter().find(|l| &l.id == id)
    }

    /// The colours and sizes the map is drawn with.
    fn theme(&self) -> &Theme {
        self.doc.scene().theme()
    }

    /// What Undo would undo, e.g. "move card".
    pub fn undo_label(&self) -> Option<String> {
        self.doc.history().undo_label().map(str::to_owned)
    }

    /// The open map.
    pub fn map(&self) -> &JourneyMap {
        self.doc.map()
    }

    /// Where the open map came from.
    pub fn origin(&self) -> &Origin {
        &self.doc.origin
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
        self.doc.scene().laid_out()
    }

    /// The layout the canvas shows: while a drag is under way, the map as it would be after
    /// the drop.
    pub fn shown_layout(&self) -> &MapLayout {
        self.gesture
            .preview()
            .map_or_else(|| self.laid_out_now(), |p| &p.laid_out)
    }

    /// What the canvas drew in the last frame.
    pub fn last_draw(&self) -> DrawStats {
        self.last_draw
    }

    /// The error dialog's heading and sentence, while it is open.
    pub fn error(&self) -> Option<&(String, String)> {
        self.dialogs.error.as_ref()
    }

    /// The last message in the status bar.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The selected cards, in the order they were selected.
    pub fn selection(&self) -> &[CardId] {
        self.selection.cards()
    }

    /// What is selected: cards, a header, a link or an emotion point.
    pub fn selected(&self) -> &Selection {
        &self.selection
    }

    /// The selected link.
    pub fn selected_link(&self) -> Option<&LinkId> {
        self.selection.link()
    }

    /// Whether a gesture (a drag, or a name typed in place) is under way.
    pub fn in_gesture(&self) -> bool {
        !self.gesture.is_idle()
    }

    /// Whether the map has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// Asks for an edit: made after this frame's UI, as one undo step (or as part of the
    /// last one, for the same `merge_key`).
    fn edit(&mut self, edit: Edit, merge_key: Option<String>) {
        self.commands.push(Command::Edit(edit, merge_key));
    }

    /// Asks for an action, carried out after this frame's UI.
    fn act(&mut self, action: Action) {
        self.commands.push(Command::Action(action));
    }

    /// Asks for a new selection, made after this frame's UI (after the edits asked for
    /// before it).
    fn select(&mut self, selection: Selection) {
        self.commands.push(Command::Select(selection));
    }

    /// Shows another map. Opening is not an undo step: the history starts afresh, and
    /// whatever was selected or under way belongs to the old map.
    fn set_map(&mut self, map: JourneyMap, origin: Origin) {
        // The filter stays with the file it was chosen for (it may have been saved since).
        self.remember_filter();
        self.doc.replace(map, origin);
        self.selection = Selection::None;
        self.gesture = Gesture::Idle;
        self.active_persona = None;
        self.channel_picker = None;
        self.comments.forget_map();
        self.fit_pending = true;
        // Another map: the matches and the filter of the last one mean nothing here.
        self.close_find();
        self.restore_filter();
    }

    fn save_to(&mut self, path: PathBuf) {
        // Someone else's newer copy (a colleague's, synced over ours) is not overwritten
        // without asking.
        let ours = matches!(&self.doc.origin, Origin::File(p) if *p == path);
        // A file without a stamp (a restored map whose copy did not record one) may have
        // changed too: ask rather than guess.
        if ours
            && self
                .doc
                .disk_stamp
                .as_ref()
                .is_none_or(|stamp| file::changed_on_disk(&path, stamp))
        {
            self.dialogs.changed_on_disk = Some(path);
            return;
        }
        self.overwrite(path);
    }

    /// "Changed on disk": overwrite, save as, or cancel.
    fn changed_on_disk_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.dialogs.changed_on_disk.clone() else {
            return;
        };
        let (mut overwrite, mut save_as, mut cancel) = (false, false, false);
        let modal = egui::Modal::new(Id::unique("changed on disk")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(crate::tr!(
                "dialog-changed-on-disk-heading",
                name = display_name(&path)
            ));
            ui.add_space(6.0);
            ui.label(crate::tr!("dialog-changed-on-disk-sentence"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                overwrite = ui
                    .button(crate::tr!("dialog-changed-on-disk-overwrite"))
                    .clicked();
                save_as = ui
                    .button(crate::tr!("dialog-changed-on-disk-save-as"))
                    .on_hover_text(crate::tr!("dialog-changed-on-disk-save-as-tooltip"))
                    .clicked();
                cancel = ui.button(crate::tr!("canvas-cancel")).clicked();
            });
            // Enter keeps both versions (a reflex must not throw a colleague's work away),
            // unless a focused button was pressed with it.
            if !(overwrite || cancel) && ui.input(|i| i.key_pressed(Key::Enter)) {
                save_as = true;
            }
        });
        if overwrite {
            self.dialogs.changed_on_disk = None;
            self.overwrite(path);
        } else if save_as {
            self.dialogs.changed_on_disk = None;
            self.save_as();
        } else if cancel || modal.should_close() {
            self.dialogs.changed_on_disk = None;
            self.status = crate::tr!("status-not-saved-changed-on-disk");
        }
    }

    fn save_as(&mut self) {
        let stem = match &self.doc.origin {
            Origin::File(path) => path.file_stem().map_or_else(
                || file_stem_for(&self.doc.map().title),
                |s| s.to_string_lossy().into_owned(),
            ),
            Origin::Sample(_) | Origin::New => file_stem_for(&self.doc.map().title),
        };
        let choice = self.files.save_map(&stem);
        self.on_choice(
            dialogs::chooser::Purpose::SaveMap,
            choice,
            &format!("{stem}.json"),
        );
    }

    fn show_error(&mut self, heading: &str, sentence: String) {
        // The status bar has one line; the dialog has room (it scrolls), but a message of
        // megabytes would take seconds to lay out, and nobody reads that far.
        self.status = excerpt(sentence.lines().next().unwrap_or_default(), 200);
        self.dialogs.error = Some((heading.to_owned(), excerpt(&sentence, 20_000)));
    }

    /// Opens the export dialog with the options used last.
    fn open_export_dialog(&mut self, format: Format) {
        self.dialogs.export = Some(dialogs::export::ExportWindow::new(ExportDialog {
            format,
            options: self.export_options,
        }));
    }

    fn export(&mut self, dialog: ExportDialog) {
        self.export_options = dialog.options;
        let stem = match &self.doc.origin {
            Origin::File(path) => path.file_stem().map_or_else(
                || file_stem_for(&self.doc.map().title),
                |s| s.to_string_lossy().into_owned(),
            ),
            Origin::Sample(_) | Origin::New => file_stem_for(&self.doc.map().title),
        };
        let choice = self.files.save_picture(&stem, dialog.format);
        let extension = dialogs::picture_filter(dialog.format).1;
        self.on_choice(
            dialogs::chooser::Purpose::Export(dialog),
            choice,
            &format!("{stem}.{extension}"),
        );
    }

    /// Makes the picture and writes it to `path`.
    fn start_export(&mut self, dialog: ExportDialog, path: PathBuf) {
        // A big map at 4× takes seconds: the picture is made on a thread of its own, from a
        // copy of the map, and the window stays responsive meanwhile.
        let options = dialog.options;
        let map = self.exported_map(options);
        let (sender, receiver) = std::sync::mpsc::channel();
        let target = path.clone();
        let language = crate::i18n::interface_language();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let result = export::export_to_path(&map, &target, &options)
                    .map_err(|e| e.sentence(language));
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
            Err(error) => self.show_error(&crate::tr!("dialog-export-failed"), error.to_string()),
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
                    Ok(()) => {
                        self.status =
                            crate::tr!("status-exported", path = path.display().to_string());
                    }
                    Err(sentence) => self.show_error(&crate::tr!("dialog-export-failed"), sentence),
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                if now - started > 0.5 {
                    ui.add(egui::Spinner::new());
                    ui.label(crate::tr!(
                        "status-exporting",
                        name = display_name(&exporting.path),
                        seconds = format!("{:.0}", now - started)
                    ));
                }
                ui.ctx().request_repaint_after_secs(0.1);
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.exporting = None;
                self.show_error(
                    &crate::tr!("dialog-export-failed"),
                    crate::tr!("dialog-export-stopped"),
                );
            }
        }
    }

    fn shortcuts_ui(&mut self, ctx: &egui::Context) {
        if self.dialogs.any_open()
            || self.recovery_offered()
            || self.opening.is_some()
            || self.saving.is_some()
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
        let typing = ctx.text_edit_focused() || self.gesture.renaming().is_some();
        // An open menu, context menu or drop-down closes on Esc by itself; the same press
        // must not also clear the selection the menu was opened for.
        let popup_open = egui::Popup::is_any_open(ctx);
        // Esc closes the find bar first (egui has already taken the keyboard from its
        // field), before it clears the selection its matches made.
        if self.find.is_some()
            && !popup_open
            && self.gesture.is_idle()
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape))
        {
            self.close_find();
        }
        let triggered: Vec<Action> = ctx.input_mut(|input| {
            all.iter()
                .filter(|(_, action)| !action.is_clipboard())
                .filter(|(_, action)| {
                    !typing
                        || matches!(
                            action,
                            Action::Save
                                | Action::SaveAs
                                | Action::Quit
                                | Action::Open
                                | Action::Find
                        )
                })
                .filter(|(shortcut, _)| !(popup_open && shortcut.logical_key == Key::Escape))
                .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
                .map(|(_, action)| *action)
                .collect()
        });
        if !typing {
            let (events, pointer) = ctx.input(|i| (i.events.clone(), i.pointer.hover_pos()));
            let mut typed = String::new();
            for event in events {
                match event {
                    egui::Event::Copy => self.act(Action::Copy),
                    egui::Event::Cut => self.act(Action::Cut),
                    egui::Event::Paste(text) => self.paste_text(&text, pointer),
                    egui::Event::PasteImage(image) => self.paste_picture(image, pointer),
                    egui::Event::Text(text) => typed.push_str(&text),
                    _ => {}
                }
            }
            // Typing on one selected card or header names it, starting with what was
            // typed (as in Miro and Excalidraw). A space alone is not a name.
            let one_selected =
                self.selection.header().is_some() || self.selection.cards().len() == 1;
            if one_selected && self.gesture.is_idle() && !typed.trim().is_empty() {
                self.commands.push(Command::RenameTyped(typed));
            }
        }
        // Esc cancels a drag at once: egui ends the drag on Esc in this same frame, and the
        // canvas must not take that as a drop.
        if triggered.contains(&Action::Deselect) && self.gesture.is_drag() {
            self.gesture.cancel();
            for action in triggered.into_iter().filter(|a| *a != Action::Deselect) {
                self.act(action);
            }
            return;
        }
        // Saving (or leaving) while a name is typed in place keeps the name first.
        if self.gesture.renaming().is_some() && !triggered.is_empty() {
            self.commands.push(Command::Finish);
        }
        for action in triggered {
            self.act(action);
        }
    }

    /// Pastes clipboard text: cards copied from journeymap, or a card per line of text. They
    /// go to their own cells when this map has them, else to the cell under the pointer,
    /// else to the selected card's cell.
    fn paste_text(&mut self, text: &str, pointer: Option<egui::Pos2>) {
        let map = self.doc.map();
        let laid_out = self.laid_out_now();
        let under_pointer = pointer
            .filter(|p| self.canvas.contains(*p))
            .map(|p| self.view.screen_from_map(self.canvas).inverse().mul_pos(p))
            .and_then(|p| laid_out.drop_target(p, &[]))
            .and_then(|target| gesture::place_of(laid_out, &target));
        let fallback = under_pointer
            .map(|place| (place.phase, place.lane))
            .or_else(|| {
                self.selection
                    .cards()
                    .first()
                    .and_then(|id| map.card(id))
                    .map(|c| (c.phase.clone(), c.lane.clone()))
            })
            .or_else(|| {
                let phase = map.phases.first()?.id.clone();
                let lane = map
                    .lanes
                    .iter()
                    .find(|l| l.kind.track().is_some())
                    .or(map.lanes.first())?
                    .id
                    .clone();
                Some((phase, lane))
            });
        let Some((phase, lane)) = fallback else {
            self.status = crate::tr!("status-paste-needs-cell");
            return;
        };
        let place = ops::Place {
            phase,
            lane,
            before: None,
        };
        let (edit, ids) = clipboard::paste(map, text, &place);
        self.status = crate::tr!("status-pasted", count = ids.len());
        self.edit(edit, None);
        self.select(Selection::of_cards(ids));
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
        for action in [Action::AddPicture, Action::RemovePicture] {
            self.action_button(ui, action);
        }
        ui.separator();
        self.action_button(ui, Action::Comment);
        self.action_button(ui, Action::Delete);
    }

    /// The menu of a link: its kind, its handoff, delete.
    fn link_menu_ui(&mut self, ui: &mut Ui) {
        use crate::model::{HandoffQuality, LinkKind};
        for kind in [
            LinkKind::ChannelSwitch,
            LinkKind::NextStep,
            LinkKind::Influence,
        ] {
            self.action_button(ui, Action::SetLinkKind(kind));
        }
        if self.enabled(Action::SetHandoff(None)) {
            ui.separator();
            for quality in [
                None,
                Some(HandoffQuality::Smooth),
                Some(HandoffQuality::Friction),
                Some(HandoffQuality::Broken),
            ] {
                self.action_button(ui, Action::SetHandoff(quality));
            }
        }
        ui.separator();
        self.action_button(ui, Action::Comment);
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
            Action::Undo => self.doc.history().undo_label().map_or_else(
                || action.label(),
                |l| crate::tr!("action-undo-named", what = l),
            ),
            Action::Redo => self.doc.history().redo_label().map_or_else(
                || action.label(),
                |l| crate::tr!("action-redo-named", what = l),
            ),
            _ => action.label(),
        }
    }

    /// An action as a menu item: a button, a checkbox for a toggle, a radio button for a
    /// choice among values; with its shortcut, tooltip and whether it can be done now.
    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let enabled = self.enabled(action);
        let label = self.action_label(action);
        let response = match self.checked(action) {
            Some(on) if action.is_choice() => {
                ui.add_enabled(enabled, egui::RadioButton::new(on, label))
            }
            Some(on) => {
                let mut on = on;
                ui.add_enabled(enabled, egui::Checkbox::new(&mut on, label))
            }
            None => {
                let mut button = egui::Button::new(label);
                if let Some(shortcut) = action.shortcuts().first() {
                    button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
                }
                ui.add_enabled(enabled, button)
            }
        };
        // A checkbox or radio button has no place for the shortcut: the tooltip says it.
        let tooltip = if self.checked(action).is_some() {
            tooltip_with_shortcut(ui.ctx(), action)
        } else {
            action.tooltip().to_owned()
        };
        if response.on_hover_text(tooltip).clicked() {
            self.act(action);
            ui.close();
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(crate::tr!("menu-file"), |ui| {
                self.action_button(ui, Action::NewMap);
                self.action_button(ui, Action::Open);
                ui.menu_button(crate::tr!("menu-open-recent"), |ui| self.recent_menu_ui(ui));
                self.action_button(ui, Action::SampleGallery);
                ui.separator();
                self.action_button(ui, Action::Save);
                self.action_button(ui, Action::SaveAs);
                ui.separator();
                self.action_button(ui, Action::ExportPng);
                self.action_button(ui, Action::ExportSvg);
                self.action_button(ui, Action::ExportPdf);
                self.action_button(ui, Action::ExportPowerPoint);
                ui.separator();
                self.action_button(ui, Action::Quit);
            });
            ui.menu_button(crate::tr!("menu-edit"), |ui| {
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
                self.action_button(ui, Action::Comment);
                ui.separator();
                for action in [Action::SelectAll, Action::Deselect] {
                    self.action_button(ui, action);
                }
                ui.separator();
                self.action_button(ui, Action::Find);
            });
            ui.menu_button(crate::tr!("menu-map"), |ui| {
                self.action_button(ui, Action::AddPhase);
                // Which kind of lane decides where its cards go and how it is drawn: ask.
                ui.add_enabled_ui(self.enabled(Action::AddLane), |ui| {
                    ui.menu_button(Action::AddLane.label(), |ui| {
                        for kind in crate::model::LaneKind::ALL {
                            self.action_button(ui, Action::AddLaneBelow(kind));
                        }
                    })
                    .response
                    .on_hover_text(Action::AddLane.tooltip());
                });
                for action in [Action::AddPersona, Action::Rename] {
                    self.action_button(ui, action);
                }
                ui.separator();
                for action in [Action::AddPicture, Action::RemovePicture] {
                    self.action_button(ui, action);
                }
            });
            ui.menu_button(crate::tr!("menu-view"), |ui| {
                for action in [
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomReset,
                    Action::FitMap,
                ] {
                    self.action_button(ui, action);
                }
                ui.separator();
                for action in [
                    Action::TogglePalette,
                    Action::ToggleInspector,
                    Action::ToggleComments,
                    Action::ToggleSwitches,
                    Action::ToggleFilter,
                    Action::ToggleDark,
                ] {
                    self.action_button(ui, action);
                }
                ui.separator();
                self.action_button(ui, Action::Present);
                ui.separator();
                ui.menu_button(crate::tr!("menu-language"), |ui| {
                    for language in Language::ALL {
                        self.action_button(ui, Action::UseLanguage(Some(language)));
                    }
                    ui.separator();
                    self.action_button(ui, Action::UseLanguage(None));
                });
            });
        });
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        // The buttons and counts are laid out first, from the right, so that they keep their
        // place; the status gets what is left, cut with "…" (the whole text on hover).
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let buttons = [
                (egui::Button::new(crate::tr!("status-fit")), Action::FitMap),
                (egui::Button::new("+").small(), Action::ZoomIn),
                (
                    egui::Button::new(self.view.zoom_label()).frame(false),
                    Action::ZoomReset,
                ),
                (egui::Button::new("\u{2212}").small(), Action::ZoomOut),
            ];
            // Symbols on the buttons, and from the action list what they do, its shortcut and
            // whether it can be done now.
            for (button, action) in buttons {
                if ui
                    .add_enabled(self.enabled(action), button)
                    .on_hover_text(tooltip_with_shortcut(ui.ctx(), action))
                    .clicked()
                {
                    self.act(action);
                }
            }
            let map = self.doc.map();
            ui.label(format!(
                "{} \u{b7} {} \u{b7} {} \u{b7} {}",
                crate::tr!("count-phases", count = map.phases.len()),
                crate::tr!("count-lanes", count = map.lanes.len()),
                crate::tr!("count-cards", count = map.cards.len()),
                crate::tr!("count-links", count = map.links.len()),
            ));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                self.export_progress_ui(ui);
                ui.add(egui::Label::new(&self.status).truncate());
            });
        });
    }

    fn error_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((heading, sentence)) = &self.dialogs.error else {
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
            close = ui.button(crate::tr!("dialog-error-ok")).clicked()
                || ui.input(|i| i.key_pressed(Key::Enter));
        });
        if close || modal.should_close() {
            self.dialogs.error = None;
        }
    }

    fn window_title_ui(&mut self, ctx: &egui::Context) {
        let source = match &self.doc.origin {
            Origin::File(path) => display_name(path),
            Origin::Sample(_) => crate::tr!("window-source-sample"),
            Origin::New => crate::tr!("window-source-untitled"),
        };
        let title = self.doc.map().title.as_str();
        let title = if self.doc.is_dirty() {
            crate::tr!("window-title-edited", title = title, source = source)
        } else {
            crate::tr!("window-title", title = title, source = source)
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// What an action does, and its first shortcut, for a control that cannot show the shortcut
/// itself (a symbol button, a checkbox).
fn tooltip_with_shortcut(ctx: &egui::Context, action: Action) -> String {
    match action.shortcuts().first() {
        Some(shortcut) => format!("{} ({})", action.tooltip(), ctx.format_shortcut(shortcut)),
        None => action.tooltip().to_owned(),
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
fn card_tooltip_ui(
    ui: &mut Ui,
    card: &crate::model::Card,
    picture: Option<(egui::TextureId, egui::Vec2)>,
    language: crate::i18n::Language,
) {
    // Long enough for any real card; a card of megabytes shows its start, not a frozen
    // window.
    use crate::text::excerpt;
    ui.set_max_width(320.0);
    // The card's picture larger than on the card, as sharp as its texture allows.
    if let Some((texture, size)) = picture {
        let width = size.x.min(320.0);
        ui.add(egui::Image::new((
            texture,
            egui::vec2(width, width * size.y / size.x.max(1.0)),
        )));
    }
    ui.strong(excerpt(&card.title, 500));
    if let Some(channel) = card.channel {
        ui.weak(format!(
            "{} · {}",
            channel.label(language),
            channel.track().label(language)
        ));
    }
    if !card.body.is_empty() {
        ui.label(excerpt(&card.body, 2_000));
    }
    if let Some(owner) = &card.owner {
        ui.weak(crate::tr!("canvas-card-owner", owner = owner.as_str()));
    }
    for kpi in &card.kpis {
        let value = kpi
            .value
            .map_or_else(|| "–".to_owned(), |v| kpi_number(v, &kpi.unit));
        let name = kpi.name.as_str();
        ui.label(match kpi.target {
            Some(t) => crate::tr!(
                "canvas-card-kpi-target",
                name = name,
                value = value,
                target = kpi_number(t, &kpi.unit)
            ),
            None => crate::tr!("canvas-card-kpi", name = name, value = value),
        });
    }
    if !card.tags.is_empty() {
        ui.weak(card.tags.join(", "));
    }
}

/// A number with as many decimals as it has, as the interface language writes it: "4.25",
/// in Dutch "4,25".
fn number_text(value: f64) -> String {
    crate::i18n::with_decimal_mark(crate::i18n::interface_language(), value.to_string())
}

/// A KPI's value or target with its unit: "4.2%", "1,5 min".
fn kpi_number(value: f64, unit: &str) -> String {
    format!("{}{unit}", number_text(value))
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
        // Per thread, and set by each editor before it draws, so two editors (in tests) never
        // speak each other's language.
        crate::i18n::set_interface_language(self.interface_language());
        self.pictures_ui(&ctx);
        // Closing the window ends a presentation first: the question about unsaved
        // changes is asked in the editor, as always.
        if self.is_presenting() && ctx.input(|i| i.viewport().close_requested()) {
            self.stop_presenting(&ctx);
        }
        if self.is_presenting() {
            self.presentation_keys(&ctx);
        }
        // Only the map is drawn while presenting: no menu, panel, dialog or dropped file
        // can change it.
        if self.is_presenting() {
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| self.presentation_ui(ui));
        } else {
            self.shortcuts_ui(&ctx);
            egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar_ui(ui));
            egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar_ui(ui));
            if self.find.is_some() {
                egui::Panel::top("find bar").show(ui, |ui| self.find_bar_ui(ui));
            }
            if self.show_filter {
                egui::Panel::top("filter bar").show(ui, |ui| self.filter_bar_ui(ui));
            }
            if self.show_palette {
                egui::Panel::left("palette")
                    .default_size(150.0)
                    .size_range(120.0..=240.0)
                    .show(ui, |ui| {
                        egui::ScrollArea::vertical().show(ui, |ui| self.palette_ui(ui));
                    });
            }
            if self.show_switches {
                egui::Panel::bottom("channel switches")
                    .default_size(180.0)
                    .resizable(true)
                    .show(ui, |ui| self.switches_ui(ui));
            }
            if self.comments.open {
                egui::Panel::right("comments")
                    .default_size(300.0)
                    .size_range(220.0..=480.0)
                    .show(ui, |ui| self.comments_ui(ui));
            }
            if self.show_inspector {
                egui::Panel::right("inspector")
                    .default_size(290.0)
                    .size_range(220.0..=480.0)
                    .show(ui, |ui| self.inspector_ui(ui));
            }
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
        }
        self.close_request_ui(&ctx);
        self.run_commands(&ctx);
        if let Some(to) = self.pending_leave.take() {
            self.leave(&ctx, to);
        }
        self.keep_recovery_copy(&ctx);
        self.window_title_ui(&ctx);
    }

    /// A picture pasted from the clipboard goes on the card under the pointer, else on
    /// the one selected card, else into a new card in the empty cell under the pointer.
    fn paste_picture(
        &mut self,
        image: std::sync::Arc<egui::ColorImage>,
        pointer: Option<egui::Pos2>,
    ) {
        let on_canvas = pointer.filter(|p| self.canvas.contains(*p));
        let under = on_canvas.and_then(|p| self.picture_target_at(p));
        let target = match under {
            Some(crate::edit::pictures::PictureTarget::Card(card)) => {
                Some(crate::edit::pictures::PictureTarget::Card(card))
            }
            other => self.picture_target_of_selection().or(other),
        };
        match target {
            Some(target) => self.add_picture(pictures::Source::Pasted(image), target),
            None => self.status = crate::tr!("picture-paste-where"),
        }
    }
}

/// The smallest the window can be made, in points: the menus, the status bar, both panels
/// and a piece of the map still fit (and hiding the panels gives the map the rest).
pub const MIN_WINDOW_SIZE: [f32; 2] = [760.0, 480.0];

/// Opens the editor window and runs it until it is closed.
pub fn run(start: Start) -> eframe::Result {
    let settings = settings::SettingsFile::default_path().map(settings::SettingsFile::open);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("journeymap")
        .with_app_id("journeymap")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size(MIN_WINDOW_SIZE);
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
