//! Choosing files. Native dialogs (rfd) sit behind a small interface so tests can stand in
//! for the user: on a desktop without a file-dialog service rfd answers "nothing chosen" at
//! once, which looks exactly like Cancel.

use std::path::PathBuf;

use crate::export::Format;

/// Asks the user for files.
pub trait FileDialogs {
    /// A map to open; `None` when the user cancels.
    fn pick_map(&mut self) -> Option<PathBuf>;
    /// Where to save a picture; `None` when the user cancels.
    fn save_picture(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf>;
    /// Where to save a map; `None` when the user cancels.
    fn save_map(&mut self, suggested_name: &str) -> Option<PathBuf>;
}

/// The operating system's own dialogs.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_map(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a journey map")
            .add_filter("Journey maps", &["json", "png"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save_picture(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf> {
        let (name, extension) = match format {
            Format::Png => ("PNG picture", "png"),
            Format::Svg => ("SVG drawing", "svg"),
        };
        let mut path = rfd::FileDialog::new()
            .set_title("Export the map")
            .set_file_name(format!("{suggested_name}.{extension}"))
            .add_filter(name, &[extension])
            .save_file()?;
        // A name typed without the extension still gets the format that was chosen.
        if Format::from_path(&path) != Some(format) {
            let mut with_extension = path.into_os_string();
            with_extension.push(format!(".{extension}"));
            path = with_extension.into();
        }
        Some(path)
    }

    fn save_map(&mut self, suggested_name: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_title("Save the journey map")
            .set_file_name(format!("{suggested_name}.json"))
            .add_filter("Journey maps", &["json"])
            .save_file()?;
        Some(with_json_extension(path))
    }
}

/// A map's file name always ends in .json, so it opens again with a double click.
pub fn with_json_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".json");
        name.into()
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
            super::file_stem_for("I want to open a bank account!"),
            "i-want-to-open-a-bank-account"
        );
        assert_eq!(super::file_stem_for("  ?? "), "journey-map");
    }
}
