//! Telling whether a map's file was changed by someone else since we read or wrote it.

use std::fs::Metadata;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::load::read_limited;

/// What a file looked like when we last read or wrote it: cheap facts to compare first,
/// and a hash of its bytes to settle the question when those differ.
///
/// The hash is FNV-1a, the same in every build, so a stamp kept in a recovery file can be
/// compared by a later run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// The file's size in bytes.
    pub len: u64,
    /// When the file was last modified, where the file system says so.
    pub modified: Option<SystemTime>,
    /// A hash of the file's bytes (FNV-1a).
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path`, whose bytes the caller already holds (having just
    /// written or read them), so they need not be read again.
    pub fn of_bytes_at(path: &Path, bytes: &[u8]) -> io::Result<DiskStamp> {
        Ok(DiskStamp::from_metadata(&std::fs::metadata(path)?, bytes))
    }

    /// Reads the file at `path` and stamps it; `None` if there is no such file. Files over
    /// [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES) are refused, as the loader refuses them.
    pub fn read(path: &Path) -> io::Result<Option<DiskStamp>> {
        match read_limited(path) {
            Ok((bytes, meta)) => Ok(Some(DiskStamp::from_metadata(&meta, &bytes))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// The stamp of bytes whose file has this metadata.
    pub(super) fn from_metadata(meta: &Metadata, bytes: &[u8]) -> DiskStamp {
        DiskStamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            hash: hash_of(bytes),
        }
    }
}

fn hash_of(bytes: &[u8]) -> u64 {
    super::recovery::fnv1a(bytes)
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
    match read_limited(path) {
        Ok((bytes, _)) => hash_of(&bytes) != stamp.hash,
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hash_is_the_same_in_every_build() {
        // FNV-1a of "abc", as published: a recovery copy written by one build is compared
        // by another, so the hash must never depend on the build or the run.
        assert_eq!(super::hash_of(b"abc"), 0xe71f_a219_0541_574b);
        assert_eq!(super::hash_of(b""), 0xcbf2_9ce4_8422_2325);
    }
}
