//! Writing a map as a journeymap file.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use schemars::JsonSchema;
use serde::Serialize;

use super::CURRENT_VERSION;
use super::stamp::DiskStamp;
use crate::i18n::Language;
use crate::model::JourneyMap;
use crate::printable::printable;
use crate::sentence::{Localized, Sentence};

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
#[derive(Debug)]
pub enum SaveError {
    /// The folder is read-only, or the user may not write there.
    NotAllowed {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The file itself is marked read-only; someone meant it not to change.
    ReadOnlyFile {
        /// The file that was being written.
        path: PathBuf,
    },
    /// The disk (or the user's quota on it) is full.
    DiskFull {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The file would be larger than the file system, or the user's limits, allow.
    FileTooLarge {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The folder the file should go into does not exist (any more).
    NoFolder {
        /// The file that was being written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The name belongs to something that is not an ordinary file (a folder, a device, a
    /// named pipe, a socket), or a link leads to one: replacing it would destroy it or
    /// write into it.
    NotAFile {
        /// The file that was being written.
        path: PathBuf,
        /// The key of what is there instead, e.g. `error-kind-fifo` ("a named pipe (FIFO)").
        what: &'static str,
    },
    /// The name is a link to a file that does not exist: creating a file wherever a link
    /// points is how a planted link redirects a write.
    DanglingLink {
        /// The file that was being written.
        path: PathBuf,
    },
    /// The file exists and the caller asked never to replace one.
    AlreadyExists {
        /// The file that was being written.
        path: PathBuf,
    },
    /// Any other failure to create, write, flush or rename the file.
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
            ErrorKind::AlreadyExists => SaveError::AlreadyExists { path },
            ErrorKind::FileTooLarge => SaveError::FileTooLarge { path, source },
            ErrorKind::IsADirectory => SaveError::NotAFile {
                path,
                what: "error-kind-folder",
            },
            _ => SaveError::Io { path, source },
        }
    }

    /// The sentence, with the file's name escaped before it goes in.
    fn message(&self) -> Sentence {
        let name = printable(&file_name(self.path())).into_owned();
        let sentence = |key| Sentence::new(key).with("name", name.clone());
        match self {
            SaveError::NotAllowed { .. } => sentence("error-save-not-allowed"),
            SaveError::ReadOnlyFile { .. } => sentence("error-save-read-only"),
            SaveError::DiskFull { .. } => sentence("error-save-disk-full"),
            SaveError::FileTooLarge { .. } => sentence("error-save-too-large"),
            SaveError::NoFolder { path, .. } => sentence("error-save-no-folder").with(
                "folder",
                printable(&folder_of(path).display().to_string()).into_owned(),
            ),
            SaveError::NotAFile { what, .. } => {
                sentence("error-save-not-a-file").with("kind", Sentence::new(what))
            }
            SaveError::DanglingLink { .. } => sentence("error-save-dangling-link"),
            SaveError::AlreadyExists { .. } => sentence("error-save-exists"),
            SaveError::Io { source, .. } => sentence("error-save-other")
                .with("reason", printable(&source.to_string()).into_owned()),
        }
    }

    /// The file that was being written.
    pub fn path(&self) -> &Path {
        match self {
            SaveError::NotAllowed { path, .. }
            | SaveError::ReadOnlyFile { path }
            | SaveError::NotAFile { path, .. }
            | SaveError::DanglingLink { path }
            | SaveError::AlreadyExists { path }
            | SaveError::DiskFull { path, .. }
            | SaveError::FileTooLarge { path, .. }
            | SaveError::NoFolder { path, .. }
            | SaveError::Io { path, .. } => path,
        }
    }
}

impl Localized for SaveError {
    fn sentence(&self, language: Language) -> String {
        self.message().sentence(language)
    }
}

/// The English sentence, as the command line prints it.
impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::NotAllowed { source, .. }
            | SaveError::DiskFull { source, .. }
            | SaveError::FileTooLarge { source, .. }
            | SaveError::NoFolder { source, .. }
            | SaveError::Io { source, .. } => Some(source),
            SaveError::ReadOnlyFile { .. }
            | SaveError::NotAFile { .. }
            | SaveError::DanglingLink { .. }
            | SaveError::AlreadyExists { .. } => None,
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

/// What a write does when the file is already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Existing {
    /// Replace it whole (a save, or a command given `--force`).
    Replace,
    /// Leave it and fail with [`SaveError::AlreadyExists`] (a command without `--force`);
    /// the check and the write are one step, so a file that appears meanwhile is kept too.
    Keep,
}

/// What a successful write did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The stamp of the file as written, so that a later
    /// [`changed_on_disk`](super::changed_on_disk) can tell whether someone else changed it.
    pub stamp: DiskStamp,
    /// The old file had other names (hard links). A whole-file replace gives this name a
    /// new file, so the other names still show the old content; the user should be told.
    pub split_hard_link: bool,
}

/// Writes a map to a file without ever leaving a half-written file behind: the bytes go to
/// a temporary file in the same folder, which is flushed to disk and then renamed over the
/// target. If anything fails, the old file is untouched.
pub fn save_path(map: &JourneyMap, path: &Path) -> Result<(), SaveError> {
    save_path_stamped(map, path).map(|_| ())
}

/// Saves like [`save_path`] and says what the save did: the stamp of the file as written
/// and whether a hard link was split.
pub fn save_path_stamped(map: &JourneyMap, path: &Path) -> Result<Saved, SaveError> {
    write_file(path, to_json(map).as_bytes(), Existing::Replace)
}

/// Writes bytes to a file through a flushed temporary sibling and a rename, so the file is
/// either the old one or the whole new one, never half of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_file(path, bytes, Existing::Replace).map(|_| ())
}

/// [`write_atomically`] with the writing of the bytes into the temporary file left to
/// `writer`, so that tests can make it fail halfway and check that nothing is lost.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    writer: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), SaveError> {
    replace(path, bytes, Existing::Replace, Privacy::Shared, writer).map(|_| ())
}

/// The write behind every file journeymap makes in the user's folders: atomic, only ever
/// replacing an ordinary file (through links, which stay links), keeping the old file's
/// owner, group and mode, and never replacing anything when `existing` says to keep it.
pub fn write_file(path: &Path, bytes: &[u8], existing: Existing) -> Result<Saved, SaveError> {
    let (meta, split_hard_link) =
        replace(path, bytes, existing, Privacy::Shared, |file, bytes| {
            file.write_all(bytes)
        })?;
    Ok(Saved {
        stamp: DiskStamp::from_metadata(&meta, bytes),
        split_hard_link,
    })
}

/// Writes a file only its owner may read, replacing whatever entry has that name in its
/// folder without ever following it: the link, pipe or file someone planted under the name
/// is replaced, and what it pointed to is never opened. For recovery copies and settings.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(
        path,
        bytes,
        Existing::Replace,
        Privacy::Private,
        |file, bytes| file.write_all(bytes),
    )
    .map(|_| ())
}

/// Whose file is being written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Privacy {
    /// A file of the user's: links are written through and the old mode is kept.
    Shared,
    /// A file in journeymap's own private folder: mode 0600, links are never followed.
    Private,
}

/// Makes each temporary name unique within the process, so that two saves at once (say, an
/// autosave and an export) never write into each other's temporary file.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// What `replace` writes onto.
struct Target {
    /// The real file: where the links lead.
    path: PathBuf,
    /// The file that is there now; `None` for a new file.
    old: Option<Metadata>,
}

/// Whether the system stopped following links because they go round in a circle (or on
/// for too long), which std has no stable name for.
pub(super) fn is_link_loop(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// The key of what something that is not an ordinary file is, for a sentence:
/// `error-kind-folder` ("a folder").
pub(super) fn kind_of(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "error-kind-folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "error-kind-fifo";
        }
        if kind.is_socket() {
            return "error-kind-socket";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "error-kind-device";
        }
    }
    "error-kind-not-ordinary"
}

/// Finds the file a write would replace, refusing anything but an ordinary file (or a
/// name that is free). Links are followed to the end of their chain, `/proc/self/fd/…`
/// included, and it is what they lead to that must be an ordinary file.
fn find_target(path: &Path, privacy: Privacy) -> Result<Target, SaveError> {
    let fail = |source| SaveError::from_io(path, source);
    if privacy == Privacy::Private {
        return match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => Err(SaveError::NotAFile {
                path: path.to_owned(),
                what: "error-kind-folder",
            }),
            // Whatever else is there is replaced by the rename, never opened.
            Ok(_) => Ok(Target {
                path: path.to_owned(),
                old: None,
            }),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(Target {
                path: path.to_owned(),
                old: None,
            }),
            Err(error) => Err(fail(error)),
        };
    }
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(SaveError::NotAFile {
            path: path.to_owned(),
            what: kind_of(&meta),
        }),
        Ok(meta) => {
            let is_link = std::fs::symlink_metadata(path).map_err(fail)?.is_symlink();
            if !is_link {
                return Ok(Target {
                    path: path.to_owned(),
                    old: Some(meta),
                });
            }
            // Renaming over a link would replace the link with a file of its own and
            // leave the map it points to unsaved: write where the link leads instead.
            let real = std::fs::canonicalize(path).map_err(fail)?;
            match std::fs::symlink_metadata(&real) {
                Ok(real_meta) if real_meta.is_file() => Ok(Target {
                    path: real,
                    old: Some(real_meta),
                }),
                Ok(real_meta) => Err(SaveError::NotAFile {
                    path: path.to_owned(),
                    what: kind_of(&real_meta),
                }),
                // `/proc/self/fd/…` of a deleted file, or a link that changed meanwhile.
                Err(_) => Err(SaveError::NotAFile {
                    path: path.to_owned(),
                    what: "error-kind-bad-link",
                }),
            }
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            match std::fs::symlink_metadata(path) {
                Ok(_) => Err(SaveError::DanglingLink {
                    path: path.to_owned(),
                }),
                Err(_) => Ok(Target {
                    path: path.to_owned(),
                    old: None,
                }),
            }
        }
        Err(error) if is_link_loop(&error) => Err(SaveError::NotAFile {
            path: path.to_owned(),
            what: "error-kind-link-loop",
        }),
        Err(error) => Err(fail(error)),
    }
}

/// The name of a temporary file of ours for `name`: `.NAME.PID.COUNT.tmp`.
fn temp_name(name: &str) -> String {
    format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The process id in one of our temporary names for `name`, if it is one.
fn temp_owner(temp: &str, name: &str) -> Option<u32> {
    let middle = temp
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix('.')?
        .strip_suffix(".tmp")?;
    let (pid, count) = middle.split_once('.')?;
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process with this id is running, as far as this system lets us tell.
#[cfg(unix)]
fn process_is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: kill with signal 0 sends nothing; it only asks whether the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// At most this many folder entries are looked at for stale temporary files, so a huge
/// folder does not slow every save.
const MAX_SCANNED_FOR_TEMPS: usize = 10_000;

/// Removes temporary files that a journeymap which crashed or was killed in the middle of
/// writing `name` left in `folder`: ours by name, ordinary files owned by this user, and
/// written by a process that is gone.
fn remove_stale_temps(folder: &Path, name: &str) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        // SAFETY: getuid cannot fail and touches no memory.
        let me = unsafe { libc::getuid() };
        for entry in entries.take(MAX_SCANNED_FOR_TEMPS).filter_map(Result::ok) {
            let file_name = entry.file_name();
            let Some(pid) = file_name.to_str().and_then(|temp| temp_owner(temp, name)) else {
                continue;
            };
            if pid == std::process::id() || process_is_running(pid) {
                continue;
            }
            // `DirEntry::metadata` does not follow links: a planted link is left alone.
            let ours = entry
                .metadata()
                .is_ok_and(|meta| meta.is_file() && meta.uid() == me);
            if ours {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (folder, name);
}

/// Opens a new temporary file that cannot be anything planted before: never an existing
/// name, never through a link.
fn create_temp(temp: &Path, privacy: Privacy) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
        if privacy == Privacy::Private {
            options.mode(0o600);
        }
    }
    #[cfg(not(unix))]
    let _ = privacy;
    options.open(temp)
}

/// Gives the new file the old one's owner, group and mode, before any byte is written, so
/// the map is never more readable than it was. Only root may give a file to someone else;
/// anyone else keeps at least the group where they belong to it.
#[cfg(unix)]
fn keep_owner_and_mode(file: &File, old: &Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    let now = file.metadata()?;
    let mut owner_kept = now.uid() == old.uid();
    if !owner_kept || now.gid() != old.gid() {
        owner_kept = fchown(file, Some(old.uid()), Some(old.gid())).is_ok();
        if !owner_kept {
            let _ = fchown(file, None, Some(old.gid()));
        }
    }
    // Set-user and set-group bits only mean the same with the same owner.
    let mask = if owner_kept { 0o7777 } else { 0o1777 };
    file.set_permissions(std::fs::Permissions::from_mode(old.mode() & mask))
}

/// The atomic replace behind every write. Returns the metadata of the new file, taken from
/// the temporary file before the rename so that nobody else's write can slip in between,
/// and whether the old file had other names that keep the old content.
fn replace(
    path: &Path,
    bytes: &[u8],
    existing: Existing,
    privacy: Privacy,
    writer: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(Metadata, bool), SaveError> {
    let fail = |source| SaveError::from_io(path, source);
    if existing == Existing::Keep && std::fs::symlink_metadata(path).is_ok() {
        return Err(SaveError::AlreadyExists {
            path: path.to_owned(),
        });
    }
    let Target { path: target, old } = find_target(path, privacy)?;
    // A rename would happily replace a read-only file; honour the mark the way editors do.
    if old
        .as_ref()
        .is_some_and(|meta| meta.permissions().readonly())
    {
        return Err(SaveError::ReadOnlyFile {
            path: path.to_owned(),
        });
    }
    #[cfg(unix)]
    let split_hard_link = {
        use std::os::unix::fs::MetadataExt;
        old.as_ref().is_some_and(|meta| meta.nlink() > 1)
    };
    #[cfg(not(unix))]
    let split_hard_link = false;
    let folder = folder_of(&target);
    let name = target
        .file_name()
        .map_or_else(|| "map".into(), |name| name.to_string_lossy().into_owned());
    remove_stale_temps(&folder, &name);
    let temp = folder.join(temp_name(&name));
    let mut file = create_temp(&temp, privacy).map_err(fail)?;
    let result = (|| {
        #[cfg(unix)]
        if let (Some(old), Privacy::Shared) = (&old, privacy) {
            keep_owner_and_mode(&file, old)?;
        }
        writer(&mut file, bytes)?;
        file.sync_all()?;
        let written = file.metadata()?;
        // Windows cannot rename a file that is still open.
        drop(file);
        match existing {
            Existing::Replace => std::fs::rename(&temp, &target)?,
            Existing::Keep => put_in_place_if_free(&temp, &target)?,
        }
        Ok(written)
    })();
    match result {
        Ok(written) => {
            // The rename is only durable once the folder is on disk too. The file is saved
            // either way, so a folder that cannot be flushed is no reason to say it failed.
            #[cfg(unix)]
            let _ = File::open(&folder).and_then(|folder| folder.sync_all());
            Ok((written, split_hard_link))
        }
        Err(error) => {
            // The temporary file is ours and useless now; failing to remove it changes nothing.
            let _ = std::fs::remove_file(&temp);
            Err(fail(error))
        }
    }
}

/// Gives the finished temporary file the target's name only if that name is still free:
/// a hard link fails when the name exists, which a rename would not.
fn put_in_place_if_free(temp: &Path, target: &Path) -> io::Result<()> {
    match std::fs::hard_link(temp, target) {
        Ok(()) => std::fs::remove_file(temp),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(error),
        // Some file systems (FAT, some network shares) have no hard links: check, then
        // rename, which leaves only a moment for another writer to slip in.
        Err(_) => {
            if std::fs::symlink_metadata(target).is_ok() {
                return Err(io::ErrorKind::AlreadyExists.into());
            }
            std::fs::rename(temp, target)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_temporary_names_are_recognised() {
        assert_eq!(temp_owner(".map.json.123.4.tmp", "map.json"), Some(123));
        assert_eq!(
            temp_owner(&temp_name("a.json"), "a.json"),
            Some(std::process::id())
        );
        for other in [
            "map.json",
            ".map.json.tmp",
            ".map.json.123.tmp",
            ".map.json.x.4.tmp",
            ".other.json.123.4.tmp",
            ".map.json.123.4.tmp.bak",
            ".map.json.123.4x.tmp",
        ] {
            assert_eq!(temp_owner(other, "map.json"), None, "{other}");
        }
    }
}
