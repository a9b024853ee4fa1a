//! Choosing files. Native dialogs (rfd) sit behind a small interface so tests can stand in
//! for the user. On a desktop without a file-dialog service rfd answers "nothing chosen" at
//! once, which looks exactly like Cancel; so before asking rfd we check that it has
//! something to show the dialog with, and say [`Choice::Unavailable`] when it has not. The
//! window then offers its own chooser (see `chooser.rs`).

pub(in crate::app) mod chooser;

use std::path::PathBuf;

use crate::export::Format;

/// What a file dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (on Linux: no desktop portal and no zenity).
    Unavailable,
}

impl From<Option<PathBuf>> for Choice {
    fn from(path: Option<PathBuf>) -> Choice {
        path.map_or(Choice::Cancelled, Choice::Chosen)
    }
}

/// Asks the user for files.
pub trait FileDialogs {
    /// A map to open.
    fn pick_map(&mut self) -> Choice;
    /// Where to save a picture. The window adds the format's extension if it is missing.
    fn save_picture(&mut self, suggested_name: &str, format: Format) -> Choice;
    /// Where to save a map. The window adds `.json` if it is missing.
    fn save_map(&mut self, suggested_name: &str) -> Choice;
}

/// The operating system's own dialogs.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_map(&mut self) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        rfd::FileDialog::new()
            .set_title("Open a journey map")
            .add_filter("Journey maps", &["json", "png"])
            .add_filter("All files", &["*"])
            .pick_file()
            .into()
    }

    fn save_picture(&mut self, suggested_name: &str, format: Format) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        let (name, extension) = picture_filter(format);
        rfd::FileDialog::new()
            .set_title("Export the map")
            .set_file_name(format!("{suggested_name}.{extension}"))
            .add_filter(name, &[extension])
            .save_file()
            .into()
    }

    fn save_map(&mut self, suggested_name: &str) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        rfd::FileDialog::new()
            .set_title("Save the journey map")
            .set_file_name(format!("{suggested_name}.json"))
            .add_filter("Journey maps", &["json"])
            .save_file()
            .into()
    }
}

/// The name and extension of a picture format, for filters.
pub fn picture_filter(format: Format) -> (&'static str, &'static str) {
    match format {
        Format::Png => ("PNG picture", "png"),
        Format::Svg => ("SVG drawing", "svg"),
    }
}

/// A picture's file name always ends in its format's extension. Returns the path and
/// whether the extension was added.
pub fn with_picture_extension(path: PathBuf, format: Format) -> (PathBuf, bool) {
    if Format::from_path(&path) == Some(format) {
        return (path, false);
    }
    let mut name = path.into_os_string();
    name.push(format!(".{}", picture_filter(format).1));
    (name.into(), true)
}

/// Whether rfd can show a dialog here. On Linux rfd asks the desktop portal over the
/// session D-Bus and falls back to zenity; with neither it shows nothing and answers as if
/// the user had cancelled. Elsewhere the system's own dialog is always there.
#[cfg(target_os = "linux")]
fn native_dialog_available() -> bool {
    program_on_path("zenity") || desktop_portal_on_session_bus()
}

#[cfg(not(target_os = "linux"))]
fn native_dialog_available() -> bool {
    true
}

/// Whether an executable file of this name is in one of the `PATH` folders.
#[cfg(target_os = "linux")]
fn program_on_path(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|folder| {
            std::fs::metadata(folder.join(name))
                .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
        })
    })
}

/// Whether the desktop portal runs on the session bus, or the bus can start it. Asked on a
/// thread of its own and given two seconds, so a bus that does not answer cannot freeze
/// the window.
#[cfg(target_os = "linux")]
fn desktop_portal_on_session_bus() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("portal check".to_owned())
        .spawn(move || {
            let found = pollster::block_on(async {
                let connection = zbus::Connection::session().await.ok()?;
                let bus = zbus::fdo::DBusProxy::new(&connection).await.ok()?;
                let name = zbus::names::BusName::try_from(PORTAL).ok()?;
                if bus.name_has_owner(name).await.ok()? {
                    return Some(true);
                }
                let activatable = bus.list_activatable_names().await.ok()?;
                Some(activatable.iter().any(|n| n.as_str() == PORTAL))
            });
            let _ = sender.send(found.unwrap_or(false));
        });
    spawned.is_ok()
        && receiver
            .recv_timeout(std::time::Duration::from_secs(2))
            .unwrap_or(false)
}

/// A map's file name always ends in .json, so it opens again with a double click. Returns
/// the path and whether the extension was added.
pub fn with_json_extension(path: PathBuf) -> (PathBuf, bool) {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        (path, false)
    } else {
        let mut name = path.into_os_string();
        name.push(".json");
        (name.into(), true)
    }
}

/// A file name made from a map title: letters, digits and dashes.
pub fn file_stem_for(title: &str) -> String {
    let mut stem = String::new();
    for ch in title.chars() {
        if ch.is_alphanumeric() {
            stem.extend(ch.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "journey-map".to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            crate::app::file_stem_for("I want to open a bank account!"),
            "i-want-to-open-a-bank-account"
        );
        assert_eq!(crate::app::file_stem_for("  ?? "), "journey-map");
    }
}
