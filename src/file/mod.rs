//! The journeymap file: JSON with `"format": "journeymap"` and a `"version"`, then the map.
//!
//! Loading is parse, then migrate, then check, and it never panics: every refusal is a
//! [`LoadError`] whose message is one sentence that says what is wrong and where. Saving
//! writes the same bytes for the same map (pretty JSON, fixed key order, LF, a final
//! newline), so maps diff well in version control.
//!
//! Nothing the user made is ever lost here: a save replaces the file whole or not at all
//! (keeping its permissions), a [`DiskStamp`] tells when someone else changed the file, and
//! a [`RecoveryStore`] keeps copies of unsaved work for after a crash.

mod load;
pub mod png_map;
pub mod recovery;
mod schema;
mod stamp;
mod write;

pub use load::{LoadError, Loaded, MAX_FILE_BYTES, load, load_path, load_path_stamped};
pub use recovery::{Recovered, RecoveryStore};
pub(crate) use recovery::{create_private_dir, open_no_follow};
pub use schema::schema_json;
pub use stamp::{DiskStamp, changed_on_disk};
pub(crate) use write::write_private;
pub use write::{
    Existing, SaveError, Saved, save_path, save_path_stamped, to_json, write_atomically,
    write_atomically_with, write_file,
};

/// The value of the `format` field of every journeymap file.
pub const FORMAT: &str = "journeymap";

/// The file format version this program writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 1;
