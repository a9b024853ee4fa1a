//! The file the editor's settings live in between starts: recent files, export choices,
//! the dark interface and the window's place. Written whole or not at all, readable by the
//! user alone, and never through a link, like every other file journeymap writes.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::file::{SaveError, create_private_dir, open_no_follow, write_private};

/// Set this to a folder to keep the settings there instead of in the user's configuration
/// folder; tests and CI use it so they never touch a real home.
pub const SETTINGS_DIR_VARIABLE: &str = "JOURNEYMAP_SETTINGS_DIR";

/// A settings file larger than this is not ours: it is ignored, not read.
const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// Settings as text values by key, kept in a JSON file.
#[derive(Debug, Default)]
pub struct SettingsFile {
    /// Where the settings are written; `None` when there is nowhere to keep them.
    path: Option<PathBuf>,
    values: BTreeMap<String, String>,
    /// Whether `values` differ from the file.
    dirty: bool,
}

impl SettingsFile {
    /// Where the settings go: `settings.json` in the folder named by
    /// `JOURNEYMAP_SETTINGS_DIR`, else in the platform's configuration folder for
    /// journeymap (for example `~/.config/journeymap` on Linux).
    pub fn default_path() -> Option<PathBuf> {
        let dir = match std::env::var_os(SETTINGS_DIR_VARIABLE).filter(|dir| !dir.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "journeymap")?
                .config_dir()
                .to_owned(),
        };
        Some(dir.join("settings.json"))
    }

    /// The settings in the file at `path`. A missing, damaged, oversized or planted file
    /// (a link, a pipe) gives empty settings: they are a convenience, never a reason not
    /// to start.
    pub fn open(path: PathBuf) -> SettingsFile {
        let values = read_values(&path).unwrap_or_default();
        SettingsFile {
            path: Some(path),
            values,
            dirty: false,
        }
    }

    /// Writes the settings if they changed since they were read or last written.
    pub fn write_if_changed(&mut self) -> Result<(), SaveError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if !self.dirty {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            create_private_dir(dir).map_err(|error| SaveError::from_io(path, error))?;
        }
        let mut text = match serde_json::to_string_pretty(&self.values) {
            Ok(text) => text,
            Err(error) => unreachable!("text by text key always serializes: {error}"),
        };
        text.push('\n');
        write_private(path, text.as_bytes())?;
        self.dirty = false;
        Ok(())
    }

    /// The file the settings are kept in.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

/// The user's login name, as the system gives it to every program (`USER`, or `USERNAME`
/// on Windows): a first guess at the name comments are signed with, which the user can
/// change. Empty when there is none.
pub fn user_name() -> String {
    ["USER", "USERNAME"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_default()
}

/// Reads the values without following a link or waiting on a pipe.
fn read_values(path: &Path) -> Option<BTreeMap<String, String>> {
    let file = open_no_follow(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_SETTINGS_BYTES {
        return None;
    }
    let mut text = String::new();
    file.take(MAX_SETTINGS_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    serde_json::from_str(&text).ok()
}

impl eframe::Storage for SettingsFile {
    fn get_string(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        if self.values.get(key) != Some(&value) {
            self.values.insert(key.to_owned(), value);
            self.dirty = true;
        }
    }

    fn remove_string(&mut self, key: &str) {
        self.dirty |= self.values.remove(key).is_some();
    }

    fn flush(&mut self) {
        // Failing to remember settings loses no work; the next change tries again.
        let _ = self.write_if_changed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage;

    #[test]
    fn settings_round_trip_and_planted_files_are_ignored() {
        let dir = std::env::temp_dir().join(format!("journeymap-settings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("settings.json");
        let mut settings = SettingsFile::open(path.clone());
        settings.set_string("a", "1".into());
        settings.write_if_changed().unwrap();
        assert_eq!(
            SettingsFile::open(path.clone()).get_string("a").as_deref(),
            Some("1")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            // A link planted as the settings file is neither read nor written through.
            let outside = dir.join("outside.json");
            std::fs::write(&outside, "{\"a\": \"planted\"}").unwrap();
            std::fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(&outside, &path).unwrap();
            let mut settings = SettingsFile::open(path.clone());
            assert_eq!(settings.get_string("a"), None);
            settings.set_string("a", "2".into());
            settings.write_if_changed().unwrap();
            assert_eq!(
                std::fs::read_to_string(&outside).unwrap(),
                "{\"a\": \"planted\"}"
            );
        }
        std::fs::write(&path, "not json").unwrap();
        assert_eq!(SettingsFile::open(path).get_string("a"), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
