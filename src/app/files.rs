//! Files as a trusted desktop program handles them: nothing that replaces or closes the
//! map (New, Open, a sample, a dropped file, closing the window) goes ahead while there are
//! unsaved changes without asking Save / Don't Save / Cancel; the New dialog, the sample
//! gallery, Open Recent and files dropped on the window.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use egui::{Id, Key, Ui, ViewportCommand};

use super::{JourneyApp, Origin, display_name};
use crate::file;
use crate::model::Language;
use crate::model::templates::TEMPLATES;
use crate::samples::SAMPLES;
use crate::sentence::Localized as _;

/// How many files Open Recent remembers.
pub const RECENT_FILES: usize = 10;

/// Something the user asked for that replaces the open map or closes the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leave {
    /// Close the window.
    Close,
    /// Start a new map from a template (by index), with a title.
    New {
        /// The template's index in [`TEMPLATES`].
        template: usize,
        /// The new map's title; empty for the template's own.
        title: String,
    },
    /// Ask which file to open, then open it.
    PickAndOpen,
    /// Open this file.
    Open(PathBuf),
    /// Open a copy of a sample (by index).
    Sample(usize),
}

/// Which files of Open Recent are gone. Looking is done on a thread of its own: asking
/// whether a file on a network share that does not answer exists would freeze the menu.
#[derive(Default)]
pub(super) struct RecentCheck {
    /// The files found gone at the last look.
    gone: std::collections::HashSet<PathBuf>,
    /// A look under way.
    checking: Option<std::sync::mpsc::Receiver<std::collections::HashSet<PathBuf>>>,
    /// When the last look started, in egui's seconds.
    started: Option<f64>,
}

impl RecentCheck {
    /// Takes in a finished look, and starts another if the last is a second old. A look
    /// that never finishes only stops new ones.
    fn refresh(&mut self, recent: &[PathBuf], now: f64) {
        if let Some(receiver) = &self.checking {
            match receiver.try_recv() {
                Ok(gone) => {
                    self.gone = gone;
                    self.checking = None;
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.checking = None,
                Err(std::sync::mpsc::TryRecvError::Empty) => return,
            }
        }
        if self.started.is_some_and(|at| now - at < 1.0) {
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let paths = recent.to_vec();
        let spawned = std::thread::Builder::new()
            .name("recent files".to_owned())
            .spawn(move || {
                let gone = paths.into_iter().filter(|p| !p.is_file()).collect();
                let _ = sender.send(gone);
            });
        if spawned.is_ok() {
            self.checking = Some(receiver);
            self.started = Some(now);
        }
    }
}

/// How long the window waits for a file to be read or written before it shows progress
/// instead: a file on a local disk is done well within it, without a flash of progress.
pub(super) const QUICK: Duration = Duration::from_millis(100);

/// Reading or writing a file on a thread of its own, so a disk or a network share that
/// does not answer cannot freeze the window.
pub(super) struct Background<T> {
    /// The file.
    path: PathBuf,
    /// When the window first waited, in egui's seconds.
    started: Option<f64>,
    /// The thread's answer: what it made, or the sentence that says why not.
    receiver: Receiver<Result<T, String>>,
}

impl<T: Send + 'static> Background<T> {
    /// Starts `work` on a thread named `name`.
    fn start(
        name: &str,
        path: &Path,
        work: impl FnOnce() -> Result<T, String> + Send + 'static,
    ) -> std::io::Result<Background<T>> {
        let (sender, receiver) = std::sync::mpsc::channel();
        // The thread's sentences speak the window's language, which is kept per thread.
        let language = crate::i18n::interface_language();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                crate::i18n::set_interface_language(language);
                // The window may have stopped waiting; then nobody needs the answer.
                let _ = sender.send(work());
            })?;
        Ok(Background {
            path: path.to_owned(),
            started: None,
            receiver,
        })
    }

    /// The answer, waiting for it at most `timeout`; `None` while the thread works on.
    fn wait(&self, timeout: Duration) -> Option<Result<T, String>> {
        match self.receiver.recv_timeout(timeout) {
            Ok(answer) => Some(answer),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(crate::tr!("files-work-stopped"))),
        }
    }
}

/// What the window waits for a file to be done with.
#[derive(Clone, Copy)]
enum Doing {
    Opening,
    Saving,
}

/// "Opening “bank.json”…" while a file takes long, modal so nothing is edited meanwhile;
/// returns whether the user chose to stop waiting.
fn waiting_ui(ctx: &egui::Context, doing: Doing, path: &Path, seconds: f64) -> bool {
    let mut stop = false;
    let name = display_name(path);
    let (heading, sentence) = {
        let language = crate::i18n::interface_language();
        let seconds = crate::i18n::format_number(language, seconds, 0);
        let path = path.display().to_string();
        match doing {
            Doing::Opening => (
                crate::tr!("dialog-waiting-opening-heading", name = name),
                crate::tr!("dialog-waiting-opening", path = path, seconds = seconds),
            ),
            Doing::Saving => (
                crate::tr!("dialog-waiting-saving-heading", name = name),
                crate::tr!("dialog-waiting-saving", path = path, seconds = seconds),
            ),
        }
    };
    egui::Modal::new(Id::unique("waiting for a file")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.heading(heading);
        });
        ui.label(sentence);
        ui.add_space(8.0);
        stop = ui.button(crate::tr!("dialog-waiting-stop")).clicked();
    });
    if !stop {
        ctx.request_repaint_after_secs(0.1);
    }
    stop
}

/// A map written to a file.
pub(super) struct Saved {
    /// The map as written.
    map: crate::model::JourneyMap,
    stamp: file::DiskStamp,
    /// The old file had other names (hard links), which keep the old content.
    split_hard_link: bool,
    /// The file's canonical path, for Open Recent.
    canonical: PathBuf,
}

/// A map read from a file.
pub(super) struct Opened {
    loaded: file::Loaded,
    stamp: file::DiskStamp,
    /// The file's canonical path, for Open Recent.
    canonical: PathBuf,
}

/// Reads a map file; runs on the opening thread. Anything that is not a regular file (a
/// folder, a named pipe, a device) is refused before it is opened: opening a pipe waits for
/// a writer that may never come.
///
/// It speaks `language`: the interface language is set per thread, and this thread is not
/// the window's.
fn read_map(path: &Path, language: Language) -> Result<Opened, String> {
    let meta = std::fs::metadata(path).map_err(|e| file::LoadError::Io(e).sentence(language))?;
    if !meta.is_file() {
        return Err(crate::tr_in!(
            language,
            "files-not-a-map-file",
            path = path.display().to_string(),
            kind = kind_of(&meta.file_type(), language)
        ));
    }
    let (loaded, stamp) =
        file::load_path_stamped(path).map_err(|e| e.sentence(crate::i18n::interface_language()))?;
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    Ok(Opened {
        loaded,
        stamp,
        canonical,
    })
}

/// "a folder", "a named pipe": what a file that is not a regular file is, in words.
fn kind_of(file_type: &std::fs::FileType, language: Language) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return crate::tr_in!(language, "files-kind-pipe");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return crate::tr_in!(language, "files-kind-device");
        }
        if file_type.is_socket() {
            return crate::tr_in!(language, "files-kind-socket");
        }
    }
    if file_type.is_dir() {
        crate::tr_in!(language, "files-kind-folder")
    } else {
        crate::tr_in!(language, "files-kind-other")
    }
}

/// The New dialog while it is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct NewDialog {
    template: usize,
    title: String,
}

/// A sample as the gallery shows it, read and drawn once when the gallery first opens.
pub(super) struct GalleryEntry {
    /// The sample's title.
    title: String,
    /// The first sentence of its description.
    description: String,
    /// A small picture drawn by the export code; `None` if it could not be drawn.
    thumbnail: Option<egui::TextureHandle>,
}

impl JourneyApp {
    /// Does what was asked if nothing would be lost, else asks first.
    pub(super) fn leave(&mut self, ctx: &egui::Context, to: Leave) {
        if self.is_dirty() {
            self.dialogs.unsaved = Some(to);
            // The question is drawn in the next frame; without input there may be none.
            ctx.request_repaint();
        } else {
            self.go(ctx, to);
        }
    }

    /// Does what was asked, without asking.
    fn go(&mut self, ctx: &egui::Context, to: Leave) {
        match to {
            Leave::Close => {
                self.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Leave::New { template, title } => {
                if let Some(template) = TEMPLATES.get(template) {
                    let title = title.trim();
                    let map = template.instantiate(
                        (!title.is_empty()).then_some(title),
                        crate::i18n::interface_language(),
                    );
                    self.set_map(map, Origin::New);
                    self.status = crate::tr!(
                        "files-new-from-template",
                        template = template.description_in(crate::i18n::interface_language())
                    );
                }
            }
            Leave::PickAndOpen => {
                let choice = self.files.pick_map();
                self.on_choice(super::dialogs::chooser::Purpose::Open, choice, "");
            }
            Leave::Open(path) => self.open_path(&path),
            Leave::Sample(index) => self.open_sample(index),
        }
    }

    /// Intercepts the window's close button while there are unsaved changes.
    pub(super) fn close_request_ui(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.may_close && self.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.dialogs.unsaved = Some(Leave::Close);
        }
    }

    /// "Save the changes?" with Save, Don't Save and Cancel.
    pub(super) fn unsaved_ui(&mut self, ctx: &egui::Context) {
        let Some(to) = self.dialogs.unsaved.clone() else {
            return;
        };
        let title = self.doc.map().title.clone();
        let heading = match &to {
            Leave::Close => crate::tr!("dialog-unsaved-heading-close", title = title),
            Leave::New { .. } => crate::tr!("dialog-unsaved-heading-new", title = title),
            Leave::PickAndOpen | Leave::Open(_) | Leave::Sample(_) => {
                crate::tr!("dialog-unsaved-heading-open", title = title)
            }
        };
        #[derive(PartialEq)]
        enum Answer {
            Save,
            Discard,
            Cancel,
        }
        let mut answer = None;
        let modal = egui::Modal::new(Id::unique("unsaved changes")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(heading);
            ui.add_space(6.0);
            ui.label(crate::tr!("dialog-unsaved-sentence"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(crate::tr!("dialog-save")).clicked() {
                    answer = Some(Answer::Save);
                }
                if ui.button(crate::tr!("dialog-dont-save")).clicked() {
                    answer = Some(Answer::Discard);
                }
                if ui.button(crate::tr!("dialog-cancel")).clicked() {
                    answer = Some(Answer::Cancel);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(Answer::Cancel);
        }
        let Some(answer) = answer else { return };
        self.dialogs.unsaved = None;
        match answer {
            Answer::Cancel => self.status = crate::tr!("files-leave-cancelled"),
            Answer::Discard => {
                self.discard_recovery();
                self.go(ctx, to);
            }
            Answer::Save => {
                self.save_map();
                // A save that was cancelled or failed keeps the map open.
                if !self.is_dirty() {
                    self.go(ctx, to);
                }
            }
        }
    }

    /// Saves to the map's own file, or asks where for samples, new maps and pictures.
    pub(super) fn save_map(&mut self) {
        match &self.doc.origin {
            // A restored map's file is only a suggestion from the recovery copy: if it is
            // gone or no longer a journeymap file, nothing is written there.
            Origin::File(path) if self.doc.origin_unconfirmed && !is_journeymap_file(path) => {
                self.status = crate::tr!(
                    "files-restored-origin-gone",
                    path = path.display().to_string()
                );
                self.save_as();
            }
            // Only a map file is saved in place: samples and pictures ask where.
            Origin::File(path) if crate::export::Format::from_path(path).is_none() => {
                self.save_to(path.clone())
            }
            _ => self.save_as(),
        }
    }

    /// Opens a built-in sample as an untitled copy.
    pub(super) fn open_sample(&mut self, index: usize) {
        let Some(sample) = SAMPLES.get(index) else {
            return;
        };
        match file::load(sample.json.as_bytes()) {
            Ok(loaded) => {
                self.set_map(loaded.map, Origin::Sample(sample.name));
                self.status =
                    crate::tr!("files-opened-sample", title = self.doc.map().title.clone());
            }
            Err(error) => self.show_error(
                &crate::tr!("files-sample-failed"),
                error.sentence(crate::i18n::interface_language()),
            ),
        }
    }

    /// Opens a file; on any problem the open map stays as it is and the user reads why.
    ///
    /// The file is read on a thread of its own: a file on a network share that does not
    /// answer must not freeze the window. [`Self::opening_ui`] collects the map.
    pub(super) fn open_path(&mut self, path: &Path) {
        let target = path.to_owned();
        let language = crate::i18n::interface_language();
        match Background::start("open", path, move || read_map(&target, language)) {
            Ok(opening) => {
                self.status = crate::tr!("files-opening", path = path.display().to_string());
                self.opening = Some(opening);
            }
            Err(error) => self.show_error(
                &crate::tr!("files-open-failed", name = display_name(path)),
                error.to_string(),
            ),
        }
    }

    /// Whether a map is being read in the background.
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// Shows the map being opened once it is read, and "Opening…" while it takes a while.
    pub(super) fn opening_ui(&mut self, ctx: &egui::Context) {
        let Some(opening) = &mut self.opening else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let timeout = if opening.started.is_none() {
            self.io_patience
        } else {
            Duration::ZERO
        };
        let started = *opening.started.get_or_insert(now);
        let path = opening.path.clone();
        match opening.wait(timeout) {
            Some(Ok(opened)) => {
                self.opening = None;
                self.show_opened(&path, opened);
            }
            Some(Err(sentence)) => {
                self.opening = None;
                self.show_error(
                    &crate::tr!("files-open-failed", name = display_name(&path)),
                    sentence,
                );
            }
            None => {
                if waiting_ui(ctx, Doing::Opening, &path, now - started) {
                    self.opening = None;
                    self.status =
                        crate::tr!("files-open-stopped", path = path.display().to_string());
                }
            }
        }
    }

    /// Saves to a file without asking, on a thread of its own. A save that is done within
    /// [`QUICK`] (or the patience set with [`JourneyApp::with_io_patience`]) ends here, as
    /// if made on the spot; a slower one shows "Saving…" and ends
    /// in [`Self::saving_ui`].
    pub(super) fn overwrite(&mut self, path: PathBuf) {
        let map = self.doc.map().clone();
        let target = path.clone();
        let work = Background::start("save", &path, move || {
            let written = file::save_path_stamped(&map, &target)
                .map_err(|e| e.sentence(crate::i18n::interface_language()))?;
            let canonical = std::fs::canonicalize(&target).unwrap_or(target);
            Ok(Saved {
                map,
                stamp: written.stamp,
                split_hard_link: written.split_hard_link,
                canonical,
            })
        });
        match work {
            Ok(saving) => match saving.wait(self.io_patience) {
                Some(answer) => self.saved(path, answer),
                None => {
                    self.status = crate::tr!("files-saving", path = path.display().to_string());
                    self.saving = Some(saving);
                }
            },
            Err(error) => self.show_error(&crate::tr!("files-save-failed"), error.to_string()),
        }
    }

    /// Whether a save is under way in the background.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Ends a slow save, and shows "Saving…" while it lasts.
    pub(super) fn saving_ui(&mut self, ctx: &egui::Context) {
        let Some(saving) = &mut self.saving else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let started = *saving.started.get_or_insert(now);
        let path = saving.path.clone();
        match saving.wait(Duration::ZERO) {
            Some(answer) => {
                self.saving = None;
                self.saved(path, answer);
            }
            None => {
                if waiting_ui(ctx, Doing::Saving, &path, now - started) {
                    self.saving = None;
                    self.status =
                        crate::tr!("files-save-stopped", path = path.display().to_string());
                }
            }
        }
    }

    /// What a save ends with.
    fn saved(&mut self, path: PathBuf, answer: Result<Saved, String>) {
        match answer {
            Ok(saved) => {
                // Changes made while a slow save ran are not in the file: they stay unsaved.
                if &saved.map == self.doc.map() {
                    self.doc.mark_saved();
                }
                self.doc.disk_stamp = Some(saved.stamp);
                self.doc.origin_unconfirmed = false;
                let shown = path.display().to_string();
                self.status = if saved.split_hard_link {
                    crate::tr!("files-saved-hard-links", path = shown)
                } else {
                    crate::tr!("files-saved", path = shown)
                };
                self.remember_recent_as(saved.canonical);
                self.doc.origin = Origin::File(path);
            }
            Err(sentence) => self.show_error(&crate::tr!("files-save-failed"), sentence),
        }
    }

    /// Shows a map that was read.
    fn show_opened(&mut self, path: &Path, opened: Opened) {
        let Opened {
            loaded,
            stamp,
            canonical,
        } = opened;
        self.set_map(loaded.map, Origin::File(path.to_owned()));
        self.doc.disk_stamp = Some(stamp);
        self.remember_recent_as(canonical);
        let shown = path.display().to_string();
        self.status = match loaded.warnings.first() {
            None => crate::tr!("files-opened", path = shown),
            Some(first) => crate::tr!(
                "files-opened-with-warnings",
                path = shown,
                count = loaded.warnings.len(),
                first = first.sentence(crate::i18n::interface_language())
            ),
        };
    }

    /// Puts a file at the top of Open Recent.
    ///
    /// The path is canonical already: making it so touches the disk, which is done on the
    /// thread that read or wrote the file.
    fn remember_recent_as(&mut self, path: PathBuf) {
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_FILES);
    }

    /// File ▸ Open Recent: the last files, greyed out when they are gone.
    pub(super) fn recent_menu_ui(&mut self, ui: &mut Ui) {
        if self.recent.is_empty() {
            ui.add_enabled(false, egui::Button::new(crate::tr!("files-recent-none")));
            return;
        }
        let now = ui.input(|i| i.time);
        self.recent_gone.refresh(&self.recent, now);
        if self.recent_gone.checking.is_some() {
            ui.ctx().request_repaint_after_secs(0.05);
        }
        for path in self.recent.clone() {
            let exists = !self.recent_gone.gone.contains(&path);
            let button = ui
                .add_enabled(exists, egui::Button::new(display_name(&path)))
                .on_hover_text(path.display().to_string())
                .on_disabled_hover_text(crate::tr!(
                    "files-recent-gone",
                    path = path.display().to_string()
                ));
            if button.clicked() {
                self.pending_leave = Some(Leave::Open(path));
                ui.close();
            }
        }
        ui.separator();
        if ui.button(crate::tr!("files-recent-clear")).clicked() {
            self.recent.clear();
            ui.close();
        }
    }

    /// A map file or a map-carrying picture dropped on the window is opened; other
    /// pictures go on the card or into the empty cell they are dropped on.
    pub(super) fn dropped_files_ui(&mut self, ctx: &egui::Context) {
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                Id::unique("drop files"),
            ));
            let screen = ctx.content_rect();
            painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(110));
            painter.text(
                screen.center(),
                egui::Align2::CENTER_CENTER,
                crate::tr!("files-drop-hint"),
                egui::FontId::proportional(20.0),
                egui::Color32::WHITE,
            );
        }
        let (dropped, pointer): (Vec<PathBuf>, Option<egui::Pos2>) = ctx.input(|i| {
            let files = i
                .raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect();
            (files, i.pointer.latest_pos())
        });
        // Pictures go on the map where they are dropped; a PNG among them that turns out to
        // carry a map is opened instead, once it has been read.
        let (pictures, maps): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|path| super::pictures::is_picture_name(path));
        if !pictures.is_empty() {
            let on_canvas = pointer.filter(|p| self.canvas.contains(*p));
            let target = on_canvas
                .and_then(|p| self.picture_target_at(p))
                .or_else(|| self.picture_target_of_selection());
            match target {
                Some(target) => {
                    for path in pictures {
                        self.add_picture(super::pictures::Source::File(path), target.clone());
                    }
                }
                None => self.status = crate::tr!("picture-drop-where"),
            }
        }
        if let Some(path) = maps.first() {
            if maps.len() > 1 {
                self.status = crate::tr!(
                    "files-dropped-several",
                    count = maps.len(),
                    name = display_name(path)
                );
            }
            self.leave(ctx, Leave::Open(path.clone()));
        }
    }

    /// Opens the New dialog.
    pub(super) fn open_new_dialog(&mut self) {
        self.dialogs.new_map = Some(NewDialog {
            template: 0,
            title: String::new(),
        });
    }

    /// File ▸ New…: a template and a title.
    pub(super) fn new_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.dialogs.new_map.clone() else {
            return;
        };
        let mut create = false;
        let mut cancel = false;
        let modal = egui::Modal::new(Id::unique("new map")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(crate::tr!("dialog-new-heading"));
            ui.add_space(6.0);
            let label = ui.label(crate::tr!("dialog-new-title"));
            let language = crate::i18n::interface_language();
            let default_title = TEMPLATES
                .get(dialog.template)
                .map_or_else(String::new, |t| t.title_in(language));
            let title = ui
                .add(
                    egui::TextEdit::singleline(&mut dialog.title)
                        .hint_text(default_title.as_str())
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // Enter in the field gives up its focus; asked for before the field takes the
            // focus back, or the Enter would be lost.
            let entered = title.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if !entered && ui.memory(|m| m.focused().is_none()) {
                title.request_focus();
            }
            ui.add_space(6.0);
            ui.label(crate::tr!("dialog-new-phases"));
            for (index, template) in TEMPLATES.iter().enumerate() {
                let phases = template.phase_names_in(language);
                let description = template.description_in(language);
                let text = if phases.is_empty() {
                    description.to_owned()
                } else {
                    format!("{description} \u{2014} {}", phases.join(" \u{b7} "))
                };
                ui.radio_value(&mut dialog.template, index, text);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                create = ui.button(crate::tr!("dialog-new-create")).clicked() || entered;
                cancel = ui.button(crate::tr!("dialog-cancel")).clicked();
            });
        });
        if cancel || (modal.should_close() && !create) {
            self.dialogs.new_map = None;
        } else if create {
            self.dialogs.new_map = None;
            self.pending_leave = Some(Leave::New {
                template: dialog.template,
                title: dialog.title,
            });
        } else {
            self.dialogs.new_map = Some(dialog);
        }
    }

    /// File ▸ Open Sample…: every sample with its title, description and a thumbnail.
    pub(super) fn sample_gallery_ui(&mut self, ctx: &egui::Context) {
        if !self.dialogs.sample_gallery {
            return;
        }
        if self.gallery.len() != SAMPLES.len() {
            self.gallery = SAMPLES.iter().map(|s| gallery_entry(ctx, s)).collect();
        }
        let mut picked = None;
        let mut close = false;
        let modal = egui::Modal::new(Id::unique("sample gallery")).show(ctx, |ui| {
            ui.set_width(720.0);
            ui.heading(crate::tr!("dialog-gallery-heading"));
            ui.weak(crate::tr!("dialog-gallery-hint"));
            ui.add_space(6.0);
            // A fixed height: a modal is centred on its last size, so a growing one drifts.
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.65)
                .min_scrolled_height(ctx.content_rect().height() * 0.65)
                .auto_shrink(false)
                .show(ui, |ui| {
                    // The interface language's samples first: a Dutch marketer sees the
                    // Dutch tellings at the top, the English ones below, and the other way
                    // round.
                    let order = crate::samples::gallery_order(crate::i18n::interface_language());
                    for index in order {
                        let (Some(entry), Some(sample)) =
                            (self.gallery.get(index), SAMPLES.get(index))
                        else {
                            continue;
                        };
                        let (title, description) = (&entry.title, &entry.description);
                        ui.horizontal(|ui| {
                            match &entry.thumbnail {
                                Some(texture) => {
                                    let size = texture.size_vec2();
                                    let scale = (200.0 / size.x).min(130.0 / size.y);
                                    let image = egui::Image::new((texture.id(), size * scale))
                                        .sense(egui::Sense::click());
                                    if ui
                                        .add(image)
                                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                                        .clicked()
                                    {
                                        picked = Some(index);
                                    }
                                }
                                None => {
                                    ui.allocate_space(egui::vec2(200.0, 130.0));
                                }
                            }
                            ui.vertical(|ui| {
                                ui.horizontal(|ui| {
                                    language_chip_ui(ui, sample.language);
                                    ui.strong(title.as_str());
                                });
                                ui.label(description.as_str());
                                let open =
                                    crate::tr!("dialog-gallery-open", title = title.as_str());
                                if ui.button(open).clicked() {
                                    picked = Some(index);
                                }
                            });
                        });
                        ui.separator();
                    }
                });
            if ui.button(crate::tr!("dialog-cancel")).clicked() {
                close = true;
            }
        });
        if let Some(index) = picked {
            self.dialogs.sample_gallery = false;
            self.pending_leave = Some(Leave::Sample(index));
        } else if close || modal.should_close() {
            self.dialogs.sample_gallery = false;
        }
    }
}

/// A small "NL" or "EN" beside a sample's title, so the two tellings of a story are told
/// apart at a glance; the tooltip says the language in words.
fn language_chip_ui(ui: &mut Ui, language: crate::i18n::Language) {
    let tooltip = match language {
        crate::i18n::Language::Dutch => crate::tr!("dialog-samples-written-in-dutch"),
        crate::i18n::Language::English => crate::tr!("dialog-samples-written-in-english"),
    };
    let visuals = ui.visuals();
    egui::Frame::new()
        .fill(visuals.faint_bg_color)
        .stroke(visuals.widgets.noninteractive.bg_stroke)
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| ui.small(language.code().to_uppercase()))
        .response
        .on_hover_text(tooltip);
}

/// Whether `path` is a regular file holding a journeymap map as JSON (not a picture, not
/// something else that happens to have the name).
fn is_journeymap_file(path: &Path) -> bool {
    use std::io::Read;
    if !std::fs::metadata(path).is_ok_and(|meta| meta.is_file()) {
        return false;
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|f| f.take(file::MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    read.is_ok() && !bytes.starts_with(file::png_map::PNG_SIGNATURE) && file::load(&bytes).is_ok()
}

/// Reads a sample once for the gallery: its title, its description's first sentence and a
/// thumbnail.
fn gallery_entry(ctx: &egui::Context, sample: &crate::samples::Sample) -> GalleryEntry {
    let Ok(loaded) = file::load(sample.json.as_bytes()) else {
        return GalleryEntry {
            title: sample.name.to_owned(),
            description: String::new(),
            thumbnail: None,
        };
    };
    let map = loaded.map;
    let description = map
        .description
        .split_inclusive(". ")
        .next()
        .unwrap_or(&map.description)
        .trim()
        .to_owned();
    let thumbnail = crate::export::thumbnail(&map, 400)
        .ok()
        .map(|(width, height, pixels)| {
            let image = egui::ColorImage::from_rgba_unmultiplied(
                [width as usize, height as usize],
                &pixels,
            );
            ctx.load_texture(
                format!("sample thumbnail {}", sample.name),
                image,
                egui::TextureOptions::LINEAR,
            )
        });
    GalleryEntry {
        title: map.title,
        description,
        thumbnail,
    }
}

/// Where the window was and how large, in points: outer position, then inner size.
pub(super) type WindowPlace = [f32; 4];

/// What is remembered between starts.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub(super) struct Settings {
    /// Open Recent, newest first.
    recent: Vec<PathBuf>,
    /// The last export's scale, 1 to 4.
    export_scale: Option<u32>,
    /// Whether the last export had a transparent background.
    export_transparent: bool,
    /// Whether the last export left out the title block.
    export_without_title: bool,
    /// Whether the last export left out the legend.
    export_without_legend: bool,
    /// The page the last export was fitted to (`slide`, `a4`, `a3`); none is the map's own
    /// size. Text, so an unknown page loses this setting alone.
    export_page: Option<String>,
    /// Whether the last SVG export drew its text as outlines.
    export_outlines: bool,
    /// Whether the last PowerPoint export had a slide per phase.
    export_per_phase: bool,
    /// Whether the editor's own panels and menus are dark.
    dark: bool,
    /// The interface language chosen in View ▸ Language (`en`, `nl`); none follows the
    /// system. Text rather than the enum, so an unknown code loses this setting alone.
    language: Option<String>,
    /// Whether the channel palette was hidden (so that a file without it shows it).
    palette_hidden: bool,
    /// Whether the inspector was hidden.
    inspector_hidden: bool,
    /// Where the window was when the program last ran.
    window: Option<WindowPlace>,
    /// The filter chosen for each map file, by its path.
    filters: super::find::RememberedFilters,
    /// The name comments are signed with; none for the system's login name.
    comment_author: Option<String>,
    /// Whether the comments panel showed.
    comments_shown: bool,
    /// Whether the last export had its comments in it.
    export_comments: bool,
}

impl Settings {
    /// The settings but the window's place, to tell when something worth writing changed.
    pub(super) fn without_window(self) -> Settings {
        Settings {
            window: None,
            ..self
        }
    }
}

/// The window's place as the settings in `storage` remember it, if they do and it is
/// sensible (a damaged or hand-edited file must not make a window of no size).
pub(super) fn remembered_window(storage: &dyn eframe::Storage) -> Option<WindowPlace> {
    let settings: Settings = serde_json::from_str(&storage.get_string(SETTINGS_KEY)?).ok()?;
    let [x, y, width, height] = settings.window?;
    let sensible = [x, y, width, height]
        .iter()
        .all(|v| v.is_finite() && v.abs() < 100_000.0)
        && width >= 200.0
        && height >= 150.0;
    sensible.then_some([x, y, width, height])
}

/// The key under which the settings are stored.
const SETTINGS_KEY: &str = "journeymap settings";

impl JourneyApp {
    /// Takes back the settings of the last run, if any were stored and can be read.
    pub fn restore_settings(&mut self, ctx: &egui::Context, storage: &dyn eframe::Storage) {
        let Some(settings) = storage
            .get_string(SETTINGS_KEY)
            .and_then(|text| serde_json::from_str::<Settings>(&text).ok())
        else {
            return;
        };
        self.recent = settings.recent;
        self.recent.truncate(RECENT_FILES);
        let options = &mut self.export_options;
        options.scale = settings
            .export_scale
            .filter(|s| crate::export::SCALE_RANGE.contains(s))
            .unwrap_or(options.scale);
        options.background = if settings.export_transparent {
            crate::paint::svg::Background::Transparent
        } else {
            crate::paint::svg::Background::White
        };
        options.layout.title = !settings.export_without_title;
        options.layout.legend = !settings.export_without_legend;
        options.page = match settings.export_page.as_deref() {
            Some("slide") => crate::export::Page::Slide,
            Some("a4") => crate::export::Page::A4,
            Some("a3") => crate::export::Page::A3,
            _ => crate::export::Page::Fit,
        };
        options.text = if settings.export_outlines {
            crate::export::SvgText::Outlines
        } else {
            crate::export::SvgText::Embedded
        };
        options.per_phase = settings.export_per_phase;
        options.include_comments = settings.export_comments;
        if let Some(author) = settings.comment_author {
            self.author = author;
        }
        self.comments.open = settings.comments_shown;
        self.dark = settings.dark;
        self.language_choice = settings.language.as_deref().and_then(Language::from_code);
        crate::i18n::set_interface_language(self.interface_language());
        self.show_palette = !settings.palette_hidden;
        self.show_inspector = !settings.inspector_hidden;
        self.remembered_filters = settings.filters;
        self.restore_filter();
        ctx.set_theme(if self.dark {
            egui::ThemePreference::Dark
        } else {
            egui::ThemePreference::Light
        });
    }

    /// The settings to remember.
    pub(super) fn settings(&self) -> Settings {
        let options = &self.export_options;
        Settings {
            recent: self.recent.clone(),
            export_scale: Some(options.scale),
            export_transparent: options.background == crate::paint::svg::Background::Transparent,
            export_without_title: !options.layout.title,
            export_without_legend: !options.layout.legend,
            export_page: match options.page {
                crate::export::Page::Fit => None,
                crate::export::Page::Slide => Some("slide".to_owned()),
                crate::export::Page::A4 => Some("a4".to_owned()),
                crate::export::Page::A3 => Some("a3".to_owned()),
            },
            export_outlines: options.text == crate::export::SvgText::Outlines,
            export_per_phase: options.per_phase,
            dark: self.dark,
            language: self
                .language_choice
                .map(|language| language.code().to_owned()),
            palette_hidden: !self.show_palette,
            inspector_hidden: !self.show_inspector,
            window: self.window_place,
            filters: self.filters_to_remember(),
            comment_author: Some(self.author.trim().to_owned()).filter(|a| !a.is_empty()),
            comments_shown: self.comments.open,
            export_comments: options.include_comments,
        }
    }

    /// Writes the settings into eframe's storage.
    pub(super) fn store_settings(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = serde_json::to_string(&self.settings()) {
            storage.set_string(SETTINGS_KEY, text);
        }
    }
}
