//! Telling whether a map's file was changed by someone else since we read or wrote it.

use std::fs::Metadata;
use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::load::{LoadError, read_file};

/// What a file looked like when we last read or wrote it: cheap facts to compare first,
/// and a hash of its bytes to settle the question when those differ.
///
/// A stamp is only compared within one run of the program; the hash is not meant to be
/// stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// The file's size in bytes.
    pub len: u64,
    /// When the file was last modified, where the file system says so.
    pub modified: Option<SystemTime>,
    /// A hash of the file's bytes.
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path`, whose bytes the caller already holds (having just
    /// written or read them), so they need not be read again.
    pub fn of_bytes_at(path: &Path, bytes: &[u8]) -> io::Result<DiskStamp> {
        Ok(DiskStamp::from_metadata(&std::fs::metadata(path)?, bytes))
    }

    /// Reads the file at `path` as the loader does and stamps it; `None` if there is no
    /// such file. Files the loader refuses unread (too large, not a file) are errors.
    pub fn read(path: &Path) -> io::Result<Option<DiskStamp>> {
        match fingerprint(path) {
            Ok((meta, hash)) => Ok(Some(DiskStamp::from_parts(&meta, hash))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Whether the file this stamp describes held exactly these bytes.
    pub fn matches_bytes(&self, bytes: &[u8]) -> bool {
        self.len == bytes.len() as u64 && self.hash == hash_of(bytes)
    }

    /// The stamp of bytes whose file has this metadata.
    pub(super) fn from_metadata(meta: &Metadata, bytes: &[u8]) -> DiskStamp {
        DiskStamp::from_parts(meta, hash_of(bytes))
    }

    /// The stamp of a file with this metadata whose bytes hash to `hash`.
    pub(super) fn from_parts(meta: &Metadata, hash: u64) -> DiskStamp {
        DiskStamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            hash,
        }
    }
}

/// The metadata and the hash of a file, read exactly as the loader reads it, so the hash
/// is the one [`load_path_stamped`](super::load_path_stamped) recorded.
fn fingerprint(path: &Path) -> io::Result<(Metadata, u64)> {
    match read_file(path) {
        Ok(read) => Ok((read.meta, read.fingerprint)),
        Err(LoadError::Io(error)) => Err(error),
        Err(other) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            other.to_string(),
        )),
    }
}

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// Whether the file at `path` is no longer the one `stamp` describes, because someone
/// else wrote, replaced or deleted it.
///
/// Size and modification time are compared first; only when they differ are the bytes
/// read and hashed, so a file that was touched, or saved again with the same content, does
/// not count as changed. A file that is gone, or can no longer be read, counts as changed:
/// the map in memory is then the only copy the user can trust.
pub fn changed_on_disk(path: &Path, stamp: &DiskStamp) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return true;
    };
    if meta.len() == stamp.len && stamp.modified.is_some() && meta.modified().ok() == stamp.modified
    {
        return false;
    }
    if meta.len() != stamp.len {
        return true;
    }
    match fingerprint(path) {
        Ok((_, hash)) => hash != stamp.hash,
        Err(_) => true,
    }
}
