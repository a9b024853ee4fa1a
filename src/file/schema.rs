//! The JSON Schema of the file format, generated from the types so it cannot drift.

use super::write::MapFile;
use crate::model::JourneyMap;

/// The JSON Schema of a journeymap file, pretty-printed with a final newline: the exact
/// bytes of `assets/journeymap.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(MapFile<JourneyMap>);
    let mut text = match serde_json::to_string_pretty(&schema) {
        Ok(text) => text,
        Err(error) => unreachable!("a generated schema always serializes: {error}"),
    };
    text.push('\n');
    text
}
