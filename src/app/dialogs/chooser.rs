//! Where a file goes or comes from, once a dialog has answered: the extension a map or a
//! picture must have, "already exists: replace it?", and, when the desktop has no file
//! dialog at all, a chooser of the window's own (a folder's files and a name field), so
//! that Open, Save As and Export never end in "cancelled" without the user cancelling.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::{Id, Key};

use crate::app::dialogs::{Choice, date_time, with_json_extension, with_picture_extension};
use crate::app::{ExportDialog, JourneyApp, Origin, display_name};
use crate::export::Format;

/// At most this many entries of a folder are listed: a folder of a million files must not
/// make the chooser unusable.
const MAX_LISTED: usize = 5000;

/// What a chosen file is for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(in crate::app) enum Purpose {
    /// A map to open.
    Open,
    /// Where to save the map.
    SaveMap,
    /// Where to export a picture, made as the export dialog said.
    Export(ExportDialog),
    /// A picture to put on a card (the app keeps which card).
    Picture,
}

impl Purpose {
    /// The extensions of the files this is about, lower case.
    fn extensions(&self) -> &'static [&'static str] {
        match self {
            Purpose::Open => &["json", "png"],
            Purpose::Picture => super::PICTURE_EXTENSIONS,
            Purpose::SaveMap => &["json"],
            Purpose::Export(dialog) => match dialog.format {
                Format::Png => &["png"],
                Format::Svg => &["svg"],
                Format::Pdf => &["pdf"],
                Format::Pptx => &["pptx"],
            },
        }
    }

    fn writes(&self) -> bool {
        !matches!(self, Purpose::Open | Purpose::Picture)
    }
}

/// A folder entry as the chooser lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    is_folder: bool,
    /// When the entry last changed, written out in the interface language; empty when the
    /// system does not say.
    modified: String,
}

/// The folder's entries, read on a thread of their own: a folder on a network share that
/// does not answer must not freeze the window.
enum Listing {
    Reading(Receiver<Result<Vec<Entry>, String>>),
    Read(Vec<Entry>),
    Failed(String),
}

/// The window's own file chooser, while it is open.
pub(in crate::app) struct PathChooser {
    purpose: Purpose,
    folder: PathBuf,
    /// The name (or a whole path) being typed.
    typed: String,
    listing: Listing,
    /// Whether the name field has had the keyboard once.
    focused: bool,
}

impl PathChooser {
    fn new(purpose: Purpose, folder: PathBuf, typed: String) -> PathChooser {
        let listing = list(&folder, purpose.extensions());
        PathChooser {
            purpose,
            folder,
            typed,
            listing,
            focused: false,
        }
    }

    /// Shows another folder; the name field takes the keyboard again, so typing goes on.
    fn go_to(&mut self, folder: PathBuf) {
        self.listing = list(&folder, self.purpose.extensions());
        self.folder = folder;
        self.focused = false;
    }
}

/// Starts reading a folder's entries: sub-folders (not hidden ones) and the files with one
/// of these extensions, folders first, then by name.
fn list(folder: &Path, extensions: &'static [&'static str]) -> Listing {
    let (sender, receiver) = std::sync::mpsc::channel();
    let folder = folder.to_owned();
    // The interface language is set per thread: the reading thread is told it.
    let language = crate::i18n::interface_language();
    let spawned = std::thread::Builder::new()
        .name("list folder".to_owned())
        .spawn(move || {
            let result = std::fs::read_dir(&folder)
                .map(|entries| {
                    let mut listed: Vec<Entry> = entries
                        .filter_map(Result::ok)
                        .take(MAX_LISTED)
                        .filter_map(|entry| {
                            let name = entry.file_name().to_string_lossy().into_owned();
                            // Follows links, so a link to a folder is a folder.
                            let meta = std::fs::metadata(entry.path()).ok();
                            let is_folder = meta.as_ref().is_some_and(std::fs::Metadata::is_dir);
                            let wanted = if is_folder {
                                !name.starts_with('.')
                            } else {
                                Path::new(&name).extension().is_some_and(|e| {
                                    extensions.iter().any(|x| e.eq_ignore_ascii_case(x))
                                })
                            };
                            let modified = meta
                                .and_then(|meta| meta.modified().ok())
                                .map(|time| date_time(language, time))
                                .unwrap_or_default();
                            wanted.then_some(Entry {
                                name,
                                is_folder,
                                modified,
                            })
                        })
                        .collect();
                    listed.sort_by_key(|e| (!e.is_folder, e.name.to_lowercase()));
                    listed
                })
                .map_err(|error| {
                    crate::tr_in!(
                        language,
                        "chooser-folder-unreadable",
                        folder = folder.display().to_string(),
                        error = error.to_string()
                    )
                });
            // The chooser may be closed by now; then nobody needs the list.
            let _ = sender.send(result);
        });
    match spawned {
        Ok(_) => Listing::Reading(receiver),
        Err(error) => Listing::Failed(crate::tr!(
            "chooser-folder-unreadable-short",
            error = error.to_string()
        )),
    }
}

/// "~/maps/bank.json" means the home folder's maps; a relative name is in the folder shown.
fn resolve(folder: &Path, typed: &str) -> PathBuf {
    let typed = typed.trim();
    if let Some(rest) = typed.strip_prefix("~/").or((typed == "~").then_some(""))
        && let Some(dirs) = directories::BaseDirs::new()
    {
        return dirs.home_dir().join(rest);
    }
    folder.join(typed)
}

impl JourneyApp {
    /// Acts on a file dialog's answer: goes on with the chosen file, says that the user
    /// cancelled, or, when no dialog could be shown, offers the window's own chooser.
    pub(in crate::app) fn on_choice(
        &mut self,
        purpose: Purpose,
        choice: Choice,
        suggested_name: &str,
    ) {
        match choice {
            // The native dialog itself asks before replacing a file it was given.
            Choice::Chosen(path) => self.chosen(purpose, path, true),
            Choice::Cancelled => match purpose {
                Purpose::Open => {}
                Purpose::Picture => self.picture_for = None,
                Purpose::SaveMap => self.status = crate::tr!("chooser-save-cancelled"),
                Purpose::Export(_) => self.status = crate::tr!("chooser-export-cancelled"),
            },
            Choice::Unavailable => {
                self.status = crate::tr!("chooser-no-native-dialog");
                let folder = self.chooser_folder();
                self.dialogs.chooser =
                    Some(PathChooser::new(purpose, folder, suggested_name.to_owned()));
            }
        }
    }

    /// Where the chooser starts: the map's folder, else the working folder, else the home.
    fn chooser_folder(&self) -> PathBuf {
        let from_map = match &self.doc.origin {
            Origin::File(path) => path.parent().map(Path::to_owned),
            Origin::Sample(_) | Origin::New => None,
        };
        from_map
            .filter(|p| !p.as_os_str().is_empty())
            .or_else(|| std::env::current_dir().ok())
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_owned()))
            .unwrap_or_else(|| PathBuf::from("/"))
    }

    /// Goes on with a chosen file, first asking before an existing file is replaced unless
    /// the dialog already asked about exactly this name.
    fn chosen(&mut self, purpose: Purpose, path: PathBuf, dialog_asked: bool) {
        let (path, renamed) = match purpose {
            Purpose::Open | Purpose::Picture => (path, false),
            Purpose::SaveMap => with_json_extension(path),
            Purpose::Export(dialog) => with_picture_extension(path, dialog.format),
        };
        let asked = dialog_asked && !renamed;
        if purpose.writes() && !asked && std::fs::symlink_metadata(&path).is_ok() {
            self.dialogs.replace = Some((purpose, path));
            return;
        }
        self.carry_out(purpose, path);
    }

    fn carry_out(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open_path(&path),
            Purpose::SaveMap => self.save_to(path),
            Purpose::Export(dialog) => self.start_export(dialog, path),
            Purpose::Picture => {
                if let Some(target) = self.picture_for.take() {
                    self.add_picture(super::super::pictures::Source::File(path), target);
                }
            }
        }
    }

    /// "Already exists: replace it?" with Replace and Cancel.
    pub(in crate::app) fn replace_ui(&mut self, ctx: &egui::Context) {
        let Some((purpose, path)) = self.dialogs.replace.clone() else {
            return;
        };
        let (mut replace, mut cancel) = (false, false);
        let modal = egui::Modal::new(Id::unique("replace file")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(crate::tr!(
                "dialog-replace-heading",
                name = display_name(&path)
            ));
            ui.add_space(6.0);
            ui.label(crate::tr!(
                "dialog-replace-sentence",
                folder = path
                    .parent()
                    .map_or_else(String::new, |p| p.display().to_string())
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                replace = ui.button(crate::tr!("dialog-replace")).clicked();
                cancel = ui.button(crate::tr!("dialog-cancel")).clicked();
            });
        });
        if replace {
            self.dialogs.replace = None;
            self.carry_out(purpose, path);
        } else if cancel || modal.should_close() {
            self.dialogs.replace = None;
            self.status = crate::tr!("dialog-replace-cancelled", name = display_name(&path));
        }
    }

    /// The window's own file chooser.
    pub(in crate::app) fn chooser_ui(&mut self, ctx: &egui::Context) {
        let Some(chooser) = &mut self.dialogs.chooser else {
            return;
        };
        if let Listing::Reading(receiver) = &chooser.listing {
            match receiver.try_recv() {
                Ok(Ok(entries)) => chooser.listing = Listing::Read(entries),
                Ok(Err(sentence)) => chooser.listing = Listing::Failed(sentence),
                Err(TryRecvError::Empty) => ctx.request_repaint_after_secs(0.05),
                Err(TryRecvError::Disconnected) => {
                    chooser.listing =
                        Listing::Failed(crate::tr!("chooser-folder-unreadable-plain"));
                }
            }
        }
        let (title, confirm_label) = match chooser.purpose {
            Purpose::Open => (crate::tr!("chooser-open-title"), crate::tr!("chooser-open")),
            Purpose::Picture => (
                crate::tr!("chooser-picture-title"),
                crate::tr!("chooser-picture"),
            ),
            Purpose::SaveMap => (crate::tr!("chooser-save-title"), crate::tr!("chooser-save")),
            Purpose::Export(_) => (
                crate::tr!("chooser-export-title"),
                crate::tr!("chooser-export"),
            ),
        };
        let mut go_to = None;
        let (mut confirm, mut cancel) = (false, false);
        let modal = egui::Modal::new(Id::unique("file chooser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(title);
            ui.weak(crate::tr!("chooser-hint"));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let parent = chooser.folder.parent().map(Path::to_owned);
                if ui
                    .add_enabled(
                        parent.is_some(),
                        egui::Button::new(crate::tr!("chooser-up")),
                    )
                    .on_hover_text(crate::tr!("chooser-up-tooltip"))
                    .clicked()
                {
                    go_to = parent;
                }
                ui.label(chooser.folder.display().to_string());
            });
            // A fixed height: a modal is centred on its last size, so a growing one drifts.
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .min_scrolled_height(260.0)
                .auto_shrink(false)
                .show(ui, |ui| match &chooser.listing {
                    Listing::Reading(_) => {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(crate::tr!("chooser-reading"));
                        });
                    }
                    Listing::Failed(sentence) => {
                        ui.label(sentence.as_str());
                    }
                    Listing::Read(entries) if entries.is_empty() => {
                        ui.weak(crate::tr!("chooser-empty"));
                    }
                    Listing::Read(entries) => {
                        egui::Grid::new("chooser entries")
                            .num_columns(2)
                            .spacing([24.0, 2.0])
                            .show(ui, |ui| {
                                ui.weak(crate::tr!("chooser-column-name"));
                                ui.weak(crate::tr!("chooser-column-modified"));
                                ui.end_row();
                                for entry in entries {
                                    let text = if entry.is_folder {
                                        format!("{}/", entry.name)
                                    } else {
                                        entry.name.clone()
                                    };
                                    let selected = !entry.is_folder && chooser.typed == entry.name;
                                    let response = ui.selectable_label(selected, text);
                                    if response.clicked() {
                                        if entry.is_folder {
                                            go_to = Some(chooser.folder.join(&entry.name));
                                        } else {
                                            chooser.typed = entry.name.clone();
                                        }
                                    }
                                    if response.double_clicked() && !entry.is_folder {
                                        confirm = true;
                                    }
                                    ui.weak(entry.modified.as_str());
                                    ui.end_row();
                                }
                            });
                    }
                });
            ui.add_space(6.0);
            let label = ui.label(crate::tr!("chooser-name-field"));
            let mut output = egui::TextEdit::singleline(&mut chooser.typed)
                .desired_width(f32::INFINITY)
                .show(ui);
            let field = output.response.response.clone().labelled_by(label.id);
            if !chooser.focused {
                // The suggested name is selected, so typing replaces it.
                field.request_focus();
                output.state.cursor.set_char_range(Some(
                    egui::text_selection::CCursorRange::select_all_str(&chooser.typed),
                ));
                output.state.store(ui.ctx(), field.id);
                chooser.focused = true;
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                confirm = true;
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !chooser.typed.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(confirm_label))
                    .clicked()
                {
                    confirm = true;
                }
                cancel = ui.button(crate::tr!("dialog-cancel")).clicked();
            });
        });
        if let Some(folder) = go_to {
            chooser.go_to(folder);
            return;
        }
        if cancel || (modal.should_close() && !confirm) {
            let purpose = chooser.purpose;
            self.dialogs.chooser = None;
            self.on_choice(purpose, Choice::Cancelled, "");
            return;
        }
        if !confirm || chooser.typed.trim().is_empty() {
            return;
        }
        let path = resolve(&chooser.folder, &chooser.typed);
        if path.is_dir() {
            chooser.typed.clear();
            chooser.go_to(path);
            return;
        }
        let purpose = chooser.purpose;
        self.dialogs.chooser = None;
        self.chosen(purpose, path, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::dialogs::picture_filter;

    #[test]
    fn the_chooser_lists_the_pictures_of_the_format_being_exported() {
        for (format, extension) in [
            (Format::Png, "png"),
            (Format::Svg, "svg"),
            (Format::Pdf, "pdf"),
            (Format::Pptx, "pptx"),
        ] {
            let purpose = Purpose::Export(ExportDialog {
                format,
                options: crate::export::ExportOptions::default(),
            });
            assert_eq!(purpose.extensions(), [extension]);
            assert_eq!(picture_filter(format).1, extension);
        }
    }

    #[test]
    fn typed_names_are_in_the_folder_shown_and_whole_paths_stay_whole() {
        let folder = Path::new("/maps");
        assert_eq!(resolve(folder, "bank.json"), Path::new("/maps/bank.json"));
        assert_eq!(resolve(folder, " /tmp/x.json "), Path::new("/tmp/x.json"));
        assert_eq!(resolve(folder, "sub/x.json"), Path::new("/maps/sub/x.json"));
    }
}
