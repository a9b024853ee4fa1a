//! Writing a map as a journeymap file.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use schemars::JsonSchema;
use serde::Serialize;

use super::CURRENT_VERSION;
use super::stamp::DiskStamp;
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

/// Why a map could not be written. Its message is one sentence for the user: what went
/// wrong, and what to do about it. Whatever the reason, the file that was there before is
/// left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The folder is read-only, or the user may not write there.
    #[error(
        "Could not save “{}”: the folder is read-only or you may not write there. Save it somewhere else with Save As…",
        file_name(.path)
    )]
    NotAllowed {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The file itself is marked read-only; someone meant it not to change.
    #[error(
        "Could not save “{}”: the file is read-only. Save it somewhere else with Save As…",
        file_name(.path)
    )]
    ReadOnlyFile {
        /// The file that was being written.
        path: PathBuf,
    },
    /// The disk (or the user's quota on it) is full.
    #[error(
        "Could not save “{}”: the disk is full. Free some space and save again, or save it somewhere else with Save As…",
        file_name(.path)
    )]
    DiskFull {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The folder the file should go into does not exist (any more).
    #[error(
        "Could not save “{}”: the folder “{}” does not exist. Save it somewhere else with Save As…",
        file_name(.path),
        folder_of(.path).display()
    )]
    NoFolder {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// Any other failure to create, write, flush or rename the file.
    #[error(
        "Could not save “{}”: {source}. Try again, or save it somewhere else with Save As…",
        file_name(.path)
    )]
    Io {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
}

impl SaveError {
    /// Sorts an operating-system error into the reasons a user can act on.
    pub fn from_io(path: &Path, source: io::Error) -> SaveError {
        use io::ErrorKind;
        let path = path.to_owned();
        // Linux and the BSDs all number ENOSPC 28; std names it `StorageFull`, but an error
        // built from a raw code by other code should be understood too.
        let no_space = cfg!(unix) && source.raw_os_error() == Some(28);
        match source.kind() {
            _ if no_space => SaveError::DiskFull { path, source },
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
                SaveError::DiskFull { path, source }
            }
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                SaveError::NotAllowed { path, source }
            }
            ErrorKind::NotFound | ErrorKind::NotADirectory => SaveError::NoFolder { path, source },
            _ => SaveError::Io { path, source },
        }
    }

    /// The file that was being written.
    pub fn path(&self) -> &Path {
        match self {
            SaveError::NotAllowed { path, .. }
            | SaveError::ReadOnlyFile { path }
            | SaveError::DiskFull { path, .. }
            | SaveError::NoFolder { path, .. }
            | SaveError::Io { path, .. } => path,
        }
    }
}

/// The name the user knows the file by, for messages.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// The folder a file lives in; "." for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Writes a map to a file without ever leaving a half-written file behind: the bytes go to
/// a temporary file in the same folder, which is flushed to disk and then renamed over the
/// target. If anything fails, the old file is untouched.
pub fn save_path(map: &JourneyMap, path: &Path) -> Result<(), SaveError> {
    save_path_stamped(map, path).map(|_| ())
}

/// Saves like [`save_path`] and returns the stamp of the file as written, so that a later
/// [`changed_on_disk`](super::changed_on_disk) can tell whether someone else changed it.
pub fn save_path_stamped(map: &JourneyMap, path: &Path) -> Result<DiskStamp, SaveError> {
    let text = to_json(map);
    let written = replace(path, text.as_bytes(), |file, bytes| file.write_all(bytes))?;
    Ok(DiskStamp::from_metadata(&written, text.as_bytes()))
}

/// Writes bytes to a file through a flushed temporary sibling and a rename, so the file is
/// either the old one or the whole new one, never half of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`write_atomically`] with the writing of the bytes into the temporary file left to
/// `writer`, so that tests can make it fail halfway and check that nothing is lost.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    writer: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), SaveError> {
    replace(path, bytes, writer).map(|_| ())
}

/// Makes each temporary name unique within the process, so that two saves at once (say, an
/// autosave and an export) never write into each other's temporary file.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The atomic replace behind every save. Returns the metadata of the new file, taken from
/// the temporary file before the rename, so that nobody else's write can slip in between.
fn replace(
    path: &Path,
    bytes: &[u8],
    writer: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<Metadata, SaveError> {
    let fail = |source| SaveError::from_io(path, source);
    // Renaming over a symbolic link would replace the link with a plain file and leave the
    // map it points to unsaved: write where the link leads instead.
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    };
    let old = match std::fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(fail(error)),
    };
    // A rename would happily replace a read-only file; honour the mark the way editors do.
    if old
        .as_ref()
        .is_some_and(|meta| meta.permissions().readonly())
    {
        return Err(SaveError::ReadOnlyFile {
            path: path.to_owned(),
        });
    }
    let folder = folder_of(&target);
    let name = target
        .file_name()
        .map_or_else(|| "map".into(), |name| name.to_string_lossy().into_owned());
    let temp = folder.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    // `create_new` so that a stray file of the same name is never written into.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(fail)?;
    let result = (|| {
        // Before any byte is written, so the map is never more readable than it was.
        #[cfg(unix)]
        if let Some(old) = &old {
            use std::os::unix::fs::PermissionsExt;
            let mode = old.permissions().mode() & 0o7777;
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        writer(&mut file, bytes)?;
        file.sync_all()?;
        let written = file.metadata()?;
        // Windows cannot rename a file that is still open.
        drop(file);
        std::fs::rename(&temp, &target)?;
        Ok(written)
    })();
    match result {
        Ok(written) => {
            // The rename is only durable once the folder is on disk too. The file is saved
            // either way, so a folder that cannot be flushed is no reason to say it failed.
            #[cfg(unix)]
            let _ = File::open(&folder).and_then(|folder| folder.sync_all());
            Ok(written)
        }
        Err(error) => {
            // The temporary file is ours and useless now; failing to remove it changes nothing.
            let _ = std::fs::remove_file(&temp);
            Err(fail(error))
        }
    }
}
