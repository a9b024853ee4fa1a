//! Writing a map as a journeymap file.

use std::io::Write;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Serialize;

use super::CURRENT_VERSION;
use crate::model::JourneyMap;

/// The file as a whole: the header, then the map's own fields in their declared order.
///
/// Generic over the map so the same type describes writing (a borrowed map) and the schema
/// (an owned one).
#[derive(Serialize, JsonSchema)]
#[schemars(
    title = "journeymap file",
    description = "A customer journey map, as saved by journeymap."
)]
pub(super) struct MapFile<M> {
    /// Always "journeymap": says what kind of file this is.
    pub format: FormatTag,
    /// The file format version. This program reads and writes version 1.
    #[schemars(range(min = 1, max = 1))]
    pub version: u64,
    #[serde(flatten)]
    pub map: M,
}

/// The one value of the `format` field.
#[derive(Serialize, JsonSchema)]
pub(super) enum FormatTag {
    /// A journeymap file.
    #[serde(rename = "journeymap")]
    Journeymap,
}

/// The bytes of a map's file: always the same for the same map.
pub fn to_json(map: &JourneyMap) -> String {
    let file = MapFile {
        format: FormatTag::Journeymap,
        version: CURRENT_VERSION,
        map,
    };
    // Serializing plain data with string keys into memory cannot fail: there are no maps
    // with non-string keys and no custom serializers that return errors.
    let mut text = match serde_json::to_string_pretty(&file) {
        Ok(text) => text,
        Err(error) => unreachable!("a journey map always serializes: {error}"),
    };
    text.push('\n');
    text
}

/// Why a map could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file or its temporary sibling could not be created, written or renamed.
    #[error("could not write {path}: {source}")]
    Io {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// Writes a map to a file without ever leaving a half-written file behind: the bytes go to
/// a temporary file in the same folder, which is flushed to disk and then renamed over the
/// target. If anything fails, the old file is untouched.
pub fn save_path(map: &JourneyMap, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, to_json(map).as_bytes())
}

/// Writes bytes to a file through a flushed temporary sibling and a rename, so the file is
/// either the old one or the whole new one, never half of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "map".into(), |name| name.to_string_lossy().into_owned());
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        // The temporary file is ours and useless now; failing to remove it changes nothing.
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(io)
}
