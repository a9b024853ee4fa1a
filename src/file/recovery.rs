//! Copies of unsaved work, kept apart from the user's own files, so that a crash or a
//! killed program loses at most the last few edits.
//!
//! A recovery file is JSON: a small header (what it is, when it was written, which file
//! the map came from) around a whole journeymap file under `"map"`, which the ordinary
//! loader reads:
//!
//! ```json
//! { "format": "journeymap-recovery", "version": 1, "saved_at_unix_ms": 1767225600000,
//!   "origin": "/home/ann/maps/bank.json",
//!   "origin_stamp": { "len": 5120, "modified_unix_ns": 1767225500000000000, "fnv1a": 1234 },
//!   "map": { "format": "journeymap", "version": 1, … } }
//! ```
//!
//! `origin_stamp` is the origin file as it was when the map was opened or last saved, so a
//! restored map is not saved over someone else's newer version without asking.
//!
//! Each session (one open map in one running program) has its own file, named after its
//! session id. Every name is checked, so nothing a caller or a file says can make the
//! store read or write outside its folder.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::write::{FormatTag, MapFile, write_private};
use super::{CURRENT_VERSION, DiskStamp, MAX_FILE_BYTES, SaveError, load};
use crate::model::JourneyMap;
use crate::printable::printable;
use crate::sentence::{Localized, Sentence};

/// The value of the `format` field of every recovery file.
pub const RECOVERY_FORMAT: &str = "journeymap-recovery";

/// The version of the recovery header this program writes and reads.
const RECOVERY_VERSION: u64 = 1;

/// Set this to a folder to keep recovery files there instead of in the user's data
/// folder; tests and CI use it so they never touch a real home.
pub const RECOVERY_DIR_VARIABLE: &str = "JOURNEYMAP_RECOVERY_DIR";

/// At most this many recovery files (the newest) are offered: more would not fit a dialog,
/// and a folder full of them must not stall the start of the program.
pub const MAX_RECOVERED: usize = 50;

/// At most this many folder entries are looked at, whatever else is in the folder.
const MAX_SCANNED: usize = 1000;

const NAME_PREFIX: &str = "recovery-";
const NAME_SUFFIX: &str = ".json";

/// The longest session id used as it is in a file name.
const MAX_ID_CHARS: usize = 64;

/// A folder of recovery files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A map found in the recovery folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The recovery file; pass it to [`RecoveryStore::discard`] once the user has decided.
    pub path: PathBuf,
    /// The map's title, to show in a list.
    pub title: String,
    /// When the copy was written.
    pub saved_at: SystemTime,
    /// The file the map was opened from or last saved to, as the recovery file says; a
    /// suggestion where to save it again, never a place written to without asking.
    pub origin: Option<PathBuf>,
    /// The origin file as it was when the map was opened or last saved; `None` when the
    /// recovery file does not say (an older copy, or a map without a file).
    pub origin_stamp: Option<DiskStamp>,
    /// The map.
    pub map: JourneyMap,
}

/// A [`DiskStamp`] as the recovery header stores it. Its hash is FNV-1a, the same in every
/// build, so a later run can still compare it.
#[derive(Serialize, Deserialize)]
struct StoredStamp {
    len: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    modified_unix_ns: Option<u64>,
    fnv1a: u64,
}

impl StoredStamp {
    fn of(stamp: &DiskStamp) -> StoredStamp {
        StoredStamp {
            len: stamp.len,
            // Times before 1970 or after 2554 are left out; the hash still decides.
            modified_unix_ns: stamp
                .modified
                .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
                .and_then(|since| u64::try_from(since.as_nanos()).ok()),
            fnv1a: stamp.hash,
        }
    }

    fn stamp(&self) -> DiskStamp {
        DiskStamp {
            len: self.len,
            modified: self
                .modified_unix_ns
                .map(|ns| UNIX_EPOCH + Duration::from_nanos(ns)),
            hash: self.fnv1a,
        }
    }
}

/// The recovery file as written.
#[derive(Serialize)]
struct RecoveryOut<'a> {
    format: &'static str,
    version: u64,
    saved_at_unix_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_stamp: Option<StoredStamp>,
    map: MapFile<&'a JourneyMap>,
}

/// The recovery file as read: the map stays raw text for the ordinary loader.
#[derive(Deserialize)]
struct RecoveryIn<'a> {
    format: String,
    version: u64,
    saved_at_unix_ms: u64,
    #[serde(default)]
    origin: Option<PathBuf>,
    #[serde(default)]
    origin_stamp: Option<StoredStamp>,
    #[serde(borrow)]
    map: &'a RawValue,
}

impl RecoveryStore {
    /// A store in `dir`, which is created when the first file is written. A folder that
    /// turns out not to be private is never used; see [`RecoveryStore::private`].
    pub fn new(dir: impl Into<PathBuf>) -> RecoveryStore {
        RecoveryStore { dir: dir.into() }
    }

    /// A store in `dir` if that folder is private to this user (or can be made so): a
    /// folder, not a link, owned by the user and writable by nobody else. Otherwise a
    /// fresh private folder beside it, with a sentence that says so, to show the user once
    /// (in the interface language of the calling thread).
    ///
    /// Others who can write into the folder could plant a copy to be "restored", or a link
    /// to make a copy land somewhere else.
    pub fn private(dir: impl Into<PathBuf>) -> (RecoveryStore, Option<String>) {
        let dir = dir.into();
        let _ = create_private_dir(&dir);
        let Some(reason) = unsafe_folder_reason(&dir) else {
            return (RecoveryStore { dir }, None);
        };
        let name = dir.file_name().map_or_else(
            || "recovery".into(),
            |name| name.to_string_lossy().into_owned(),
        );
        let parent = dir.parent().map_or_else(std::env::temp_dir, Path::to_owned);
        // The same fallback name every time, so the next start finds the copies; a random
        // one only if someone else holds that name too.
        let mut candidates = vec![parent.join(format!("{name}-private-{}", user_id()))];
        candidates.extend((0..8).map(|_| {
            std::env::temp_dir().join(format!(
                "journeymap-recovery-{}-{:016x}",
                user_id(),
                fastrand::u64(..)
            ))
        }));
        for candidate in candidates {
            let _ = create_private_dir(&candidate);
            if unsafe_folder_reason(&candidate).is_none() {
                let notice = Sentence::new("error-recovery-moved")
                    .with("folder", printable(&dir.display().to_string()))
                    .with("reason", Sentence::new(reason))
                    .with("private", printable(&candidate.display().to_string()))
                    .sentence(crate::i18n::interface_language());
                return (RecoveryStore { dir: candidate }, Some(notice));
            }
        }
        let notice = Sentence::new("error-recovery-none")
            .with("folder", printable(&dir.display().to_string()))
            .with("reason", Sentence::new(reason))
            .sentence(crate::i18n::interface_language());
        (RecoveryStore { dir }, Some(notice))
    }

    /// Where recovery files go: the folder named by `JOURNEYMAP_RECOVERY_DIR` if that is
    /// set, else `recovery` in the platform's data folder for journeymap (for example
    /// `~/.local/share/journeymap/recovery` on Linux). `None` if there is no home folder.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(RECOVERY_DIR_VARIABLE).filter(|dir| !dir.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("", "", "journeymap")
            .map(|dirs| dirs.data_dir().join("recovery"))
    }

    /// The store's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a copy of `map` for the session, replacing the session's earlier copy
    /// atomically, so a crash in the middle keeps the earlier one. `origin` is the file the
    /// map belongs to, if it has one, and `origin_stamp` that file as it was when the map
    /// was opened or last saved. Returns the recovery file's path.
    pub fn write(
        &self,
        session_id: &str,
        map: &JourneyMap,
        origin: Option<&Path>,
        origin_stamp: Option<&DiskStamp>,
    ) -> Result<PathBuf, SaveError> {
        let path = self.path_of(session_id);
        create_private_dir(&self.dir).map_err(|error| SaveError::from_io(&path, error))?;
        if let Some(reason) = unsafe_folder_reason(&self.dir) {
            return Err(SaveError::from_io(
                &path,
                io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    Sentence::new(reason).to_string(),
                ),
            ));
        }
        // Absolute, so the origin still means the same file to a program started elsewhere.
        let origin =
            origin.map(|origin| std::path::absolute(origin).unwrap_or_else(|_| origin.into()));
        let file = RecoveryOut {
            format: RECOVERY_FORMAT,
            version: RECOVERY_VERSION,
            saved_at_unix_ms: unix_ms(SystemTime::now()),
            // JSON holds only text; a path that is not Unicode is left out rather than
            // stored wrongly. The map itself is still recovered.
            origin: origin.as_deref().and_then(Path::to_str),
            origin_stamp: origin_stamp.map(StoredStamp::of),
            map: MapFile {
                format: FormatTag::Journeymap,
                version: CURRENT_VERSION,
                map,
            },
        };
        let mut bytes = match serde_json::to_vec_pretty(&file) {
            Ok(bytes) => bytes,
            Err(error) => unreachable!("a recovery file always serializes: {error}"),
        };
        bytes.push(b'\n');
        write_private(&path, &bytes)?;
        Ok(path)
    }

    /// The maps in the store, newest first. Files that cannot be read as recovery files
    /// are skipped; so are links, folders and files over the loader's size limit. At most
    /// [`MAX_RECOVERED`] are returned.
    pub fn list(&self) -> Vec<Recovered> {
        // Copies in a folder others can write may have been planted: offer none of them.
        if unsafe_folder_reason(&self.dir).is_some() {
            return Vec::new();
        }
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut candidates: Vec<(SystemTime, PathBuf)> = entries
            .take(MAX_SCANNED)
            .filter_map(Result::ok)
            .filter(|entry| entry.file_name().to_str().is_some_and(is_recovery_name))
            .filter_map(|entry| {
                // Does not follow links, so a link cannot lead the store outside its folder.
                let meta = entry.metadata().ok()?;
                let usable = meta.is_file() && meta.len() <= MAX_FILE_BYTES;
                usable.then(|| (meta.modified().unwrap_or(UNIX_EPOCH), entry.path()))
            })
            .collect();
        candidates.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
        candidates.truncate(MAX_RECOVERED);
        let mut recovered: Vec<Recovered> = candidates
            .into_iter()
            .filter_map(|(_, path)| read_recovered(path))
            .collect();
        recovered.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
        recovered
    }

    /// Removes the session's recovery file, once its map is saved or deliberately closed.
    /// A file that is already gone is fine.
    pub fn remove(&self, session_id: &str) -> io::Result<()> {
        remove_if_present(&self.path_of(session_id))
    }

    /// Removes a recovery file that [`list`](Self::list) returned, once the user has
    /// restored or declined it. Refuses any path that is not a recovery file directly in
    /// this store's folder.
    pub fn discard(&self, recovered_path: &Path) -> io::Result<()> {
        let in_store = recovered_path.parent() == Some(self.dir.as_path())
            && recovered_path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(is_recovery_name);
        if !in_store {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "{} is not a recovery file in {}",
                    recovered_path.display(),
                    self.dir.display()
                ),
            ));
        }
        remove_if_present(recovered_path)
    }

    /// The session's file: always directly in the store's folder.
    fn path_of(&self, session_id: &str) -> PathBuf {
        self.dir
            .join(format!("{NAME_PREFIX}{}{NAME_SUFFIX}", safe_id(session_id)))
    }
}

/// A fresh session id, unique among the sessions of all running journeymaps: the process
/// id, the time and a counter. It is safe as part of a file name as it is.
pub fn new_session_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO);
    format!(
        "{}-{}-{}",
        std::process::id(),
        since_epoch.as_nanos(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

fn is_safe_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The session id as it appears in a file name: letters, digits, `-` and `_` only. An id
/// with anything else (`../x`, a slash, a drive letter) has it replaced and gets a hash of
/// the whole id appended, so that two different ids never share a file.
fn safe_id(session_id: &str) -> String {
    if !session_id.is_empty()
        && session_id.len() <= MAX_ID_CHARS
        && session_id.chars().all(is_safe_char)
    {
        return session_id.to_owned();
    }
    let kept: String = session_id
        .chars()
        .take(MAX_ID_CHARS / 2)
        .map(|c| if is_safe_char(c) { c } else { '_' })
        .collect();
    format!("{kept}-{:016x}", fnv1a(session_id.as_bytes()))
}

/// FNV-1a: a hash that is the same in every build, so a session's file name is too.
fn fnv1a(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = super::stamp::Fnv1a::default();
    hasher.write(bytes);
    hasher.finish()
}

impl Recovered {
    /// Whether the copy belongs to a journeymap that is still running (another window),
    /// rather than one that crashed. Session ids start with the process id; where running
    /// processes cannot be listed (no `/proc`), every copy counts as left behind.
    pub fn is_from_running_process(&self) -> bool {
        let Some(pid) = self
            .path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.strip_prefix(NAME_PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            return false;
        };
        pid != std::process::id() && Path::new("/proc").join(pid.to_string()).exists()
    }
}

/// Whether a file name is one the store writes.
fn is_recovery_name(name: &str) -> bool {
    name.strip_prefix(NAME_PREFIX)
        .and_then(|rest| rest.strip_suffix(NAME_SUFFIX))
        .is_some_and(|id| !id.is_empty() && id.chars().all(is_safe_char))
}

fn read_recovered(path: PathBuf) -> Option<Recovered> {
    let mut bytes = Vec::new();
    let file = open_no_follow(&path).ok()?;
    // Checked on the open file: a link swapped in after listing was refused by the open,
    // and a pipe or folder is refused here.
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).ok()?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return None;
    }
    let file: RecoveryIn<'_> = serde_json::from_slice(&bytes).ok()?;
    if file.format != RECOVERY_FORMAT || file.version > RECOVERY_VERSION {
        return None;
    }
    let map = load(file.map.get().as_bytes()).ok()?.map;
    Some(Recovered {
        path,
        title: map.title.clone(),
        saved_at: UNIX_EPOCH + Duration::from_millis(file.saved_at_unix_ms),
        origin: file.origin,
        origin_stamp: file.origin_stamp.as_ref().map(StoredStamp::stamp),
        map,
    })
}

fn unix_ms(time: SystemTime) -> u64 {
    let since_epoch = time.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO);
    u64::try_from(since_epoch.as_millis()).unwrap_or(u64::MAX)
}

/// Creates the folder, readable by the user alone where the system allows: unsaved maps
/// are as private as the user's own files, and maybe more.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Opens a file for reading only if it is not a link, and without waiting on a pipe.
pub(crate) fn open_no_follow(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// This user's id, to name and check private folders.
fn user_id() -> u32 {
    #[cfg(unix)]
    {
        // SAFETY: getuid cannot fail and touches no memory.
        unsafe { libc::getuid() }
    }
    #[cfg(not(unix))]
    0
}

/// The key of why a folder is not private to this user, as the end of a sentence
/// (`error-recovery-link`: "is a link"); `None` if it is:
/// a real folder (not a link to one), owned by the user, that nobody else may write to.
fn unsafe_folder_reason(dir: &Path) -> Option<&'static str> {
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(meta) => meta,
        Err(_) => return Some("error-recovery-unusable"),
    };
    if meta.is_symlink() {
        return Some("error-recovery-link");
    }
    if !meta.is_dir() {
        return Some("error-recovery-not-folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if meta.uid() != user_id() {
            return Some("error-recovery-other-owner");
        }
        if meta.permissions().mode() & 0o022 != 0 {
            return Some("error-recovery-shared");
        }
    }
    None
}

/// Removes one of the store's files, but only if it is an ordinary file: a link, pipe or
/// folder someone planted under the name is left alone, and nothing is removed through it.
fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => return Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        _ => {}
    }
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_ids_are_kept_and_others_cannot_leave_the_folder() {
        assert_eq!(safe_id("1234-5678-0"), "1234-5678-0");
        for id in [
            "../x",
            "..",
            "",
            "a/b",
            "a\\b",
            "C:",
            "/etc/passwd",
            &"x".repeat(500),
        ] {
            let safe = safe_id(id);
            assert!(safe.chars().all(is_safe_char), "{id:?} became {safe:?}");
            assert!(is_recovery_name(&format!(
                "{NAME_PREFIX}{safe}{NAME_SUFFIX}"
            )));
        }
        assert_ne!(safe_id("a/b"), safe_id("a_b"));
        assert_ne!(safe_id("a/b"), safe_id("a\\b"));
    }

    #[test]
    fn fresh_session_ids_are_safe_and_different() {
        let (a, b) = (new_session_id(), new_session_id());
        assert_ne!(a, b);
        assert_eq!(safe_id(&a), a);
    }

    #[test]
    fn only_recovery_names_are_listed() {
        assert!(is_recovery_name("recovery-12-34-0.json"));
        assert!(!is_recovery_name(".recovery-12.json.99.0.tmp"));
        assert!(!is_recovery_name("recovery-.json"));
        assert!(!is_recovery_name("recovery-a.b.json"));
        assert!(!is_recovery_name("map.json"));
    }
}
