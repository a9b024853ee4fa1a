//! Telling whether a map's file was changed by someone else since we read or wrote it.

use std::fs::Metadata;
use std::hash::Hasher;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::load::{LoadError, read_file};

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
    let mut hasher = Fnv1a::default();
    hasher.write(bytes);
    hasher.finish()
}

/// FNV-1a as a streaming [`Hasher`](std::hash::Hasher): the same in every build, so stamps
/// can be stored, and the same whether the bytes come in one piece or many, so a file read
/// chunk by chunk hashes like the bytes that were written.
pub(super) struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    }
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
