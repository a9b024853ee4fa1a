//! The journeymap file: JSON with `"format": "journeymap"` and a `"version"`, then the map.
//!
//! Loading is parse, then migrate, then check, and it never panics: every refusal is a
//! [`LoadError`] whose message is one sentence that says what is wrong and where. Saving
//! writes the same bytes for the same map (pretty JSON, fixed key order, LF, a final
//! newline), so maps diff well in version control.

mod load;
pub mod png_map;
mod schema;
mod write;

pub use load::{LoadError, Loaded, MAX_FILE_BYTES, load, load_path};
pub use schema::schema_json;
pub use write::{SaveError, save_path, to_json, write_atomically, write_atomically_with};

/// The value of the `format` field of every journeymap file.
pub const FORMAT: &str = "journeymap";

/// The file format version this program writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 1;
