//! Choosing files. Native dialogs (rfd) sit behind a small interface so tests can stand in
//! for the user. On a desktop without a file-dialog service rfd answers "nothing chosen" at
//! once, which looks exactly like Cancel; so before asking rfd we check that it has
//! something to show the dialog with, and say [`Choice::Unavailable`] when it has not. The
//! window then offers its own chooser (see `chooser.rs`).

pub(in crate::app) mod chooser;
pub(in crate::app) mod export;

use std::path::PathBuf;
use std::time::SystemTime;

use crate::export::Format;
use crate::i18n::Language;

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
    /// A picture (PNG, JPEG, WebP or GIF) to put on a card.
    fn pick_picture(&mut self) -> Choice;
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
            .set_title(crate::tr!("chooser-open-title"))
            .add_filter(crate::tr!("dialog-filter-maps"), &["json", "png"])
            .add_filter(crate::tr!("dialog-filter-all"), &["*"])
            .pick_file()
            .into()
    }

    fn save_picture(&mut self, suggested_name: &str, format: Format) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        let (name, extension) = picture_filter(format);
        rfd::FileDialog::new()
            .set_title(crate::tr!("chooser-export-title"))
            .set_file_name(format!("{suggested_name}.{extension}"))
            .add_filter(name, &[extension])
            .save_file()
            .into()
    }

    fn pick_picture(&mut self) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        rfd::FileDialog::new()
            .set_title(crate::tr!("chooser-picture-title"))
            .add_filter(crate::tr!("dialog-filter-pictures"), PICTURE_EXTENSIONS)
            .add_filter(crate::tr!("dialog-filter-all"), &["*"])
            .pick_file()
            .into()
    }

    fn save_map(&mut self, suggested_name: &str) -> Choice {
        if !native_dialog_available() {
            return Choice::Unavailable;
        }
        rfd::FileDialog::new()
            .set_title(crate::tr!("chooser-save-title"))
            .set_file_name(format!("{suggested_name}.json"))
            .add_filter(crate::tr!("dialog-filter-maps"), &["json"])
            .save_file()
            .into()
    }
}

/// The extensions of the pictures that can go on a card, lower case.
pub const PICTURE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif"];

/// The name and extension of a picture format, for filters.
pub fn picture_filter(format: Format) -> (String, &'static str) {
    match format {
        Format::Png => (crate::tr!("dialog-filter-png"), "png"),
        Format::Svg => (crate::tr!("dialog-filter-svg"), "svg"),
        Format::Pdf => (crate::tr!("dialog-filter-pdf"), "pdf"),
        Format::Pptx => (crate::tr!("dialog-filter-pptx"), "pptx"),
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

/// A moment as the language writes it, in the computer's time zone: "29 November 2026,
/// 14:05" in English, "29 november 2026, 14:05" in Dutch.
pub(in crate::app) fn date_time(language: Language, time: SystemTime) -> String {
    let civil = CivilTime::local(time);
    crate::tr_in!(
        language,
        "dialog-date-time",
        day = civil.day,
        month = civil.month,
        year = civil.year,
        time = format!("{:02}:{:02}", civil.hour, civil.minute)
    )
}

/// A date and a time of day on the wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CivilTime {
    year: i64,
    /// 1 to 12.
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
}

impl CivilTime {
    /// The moment in the computer's time zone; in UTC where the zone cannot be asked.
    fn local(time: SystemTime) -> CivilTime {
        let seconds = match time.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
        };
        local_offset_s(seconds)
            .and_then(|offset| seconds.checked_add(offset))
            .map_or_else(|| CivilTime::utc(seconds), CivilTime::utc)
    }

    /// The UTC date and time `seconds` after 1970 began (Howard Hinnant's
    /// days-to-civil algorithm).
    fn utc(seconds: i64) -> CivilTime {
        let days = seconds.div_euclid(86_400);
        let of_day = seconds.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CivilTime {
            year,
            month: month as u32,
            day: day as u32,
            hour: (of_day / 3600) as u32,
            minute: (of_day % 3600 / 60) as u32,
        }
    }
}

/// How far the computer's clock is ahead of UTC at that moment, in seconds, summer time
/// included.
#[cfg(unix)]
fn local_offset_s(seconds: i64) -> Option<i64> {
    let time = libc::time_t::try_from(seconds).ok()?;
    // SAFETY: `tm` is plain data that localtime_r fills in; both pointers are to locals
    // that outlive the call, and localtime_r (unlike localtime) keeps no shared state.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let filled = unsafe { libc::localtime_r(&time, &mut tm) };
    #[cfg_attr(
        target_pointer_width = "64",
        expect(clippy::useless_conversion, reason = "c_long is i32 on 32-bit systems")
    )]
    let offset = i64::from(tm.tm_gmtoff);
    (!filled.is_null()).then_some(offset)
}

#[cfg(not(unix))]
fn local_offset_s(_seconds: i64) -> Option<i64> {
    None
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
    use super::*;

    #[test]
    fn dates_are_written_the_language_s_way() {
        let moment = CivilTime::utc(1_795_961_100);
        assert_eq!(
            moment,
            CivilTime {
                year: 2026,
                month: 11,
                day: 29,
                hour: 14,
                minute: 5
            }
        );
        assert_eq!(CivilTime::utc(0).year, 1970);
        assert_eq!(CivilTime::utc(951_782_400).month, 2, "29 February 2000");
        assert_eq!(CivilTime::utc(951_782_400).day, 29, "29 February 2000");
        let text = |language| {
            crate::tr_in!(
                language,
                "dialog-date-time",
                day = 29,
                month = 11,
                year = 2026,
                time = "14:05"
            )
        };
        assert_eq!(text(Language::Dutch), "29 november 2026, 14:05");
        assert_eq!(text(Language::English), "29 November 2026, 14:05");
    }

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            crate::app::file_stem_for("I want to open a bank account!"),
            "i-want-to-open-a-bank-account"
        );
        assert_eq!(crate::app::file_stem_for("  ?? "), "journey-map");
    }
}
