//! Colours as the file writes them: `"#rrggbb"`.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An opaque sRGB colour, written in files as `"#rrggbb"` (lower case).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Color {
    /// A colour from its red, green and blue parts.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }
}

/// Why a text is not a colour.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{}\" is not a colour; write it as \"#rrggbb\", for example \"#2a9d8f\"", crate::printable::excerpt(.0))]
pub struct ParseColorError(pub String);

impl FromStr for Color {
    type Err = ParseColorError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || ParseColorError(text.to_owned());
        let hex = text.strip_prefix('#').ok_or_else(bad)?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| bad());
        Ok(Self::rgb(part(0)?, part(2)?, part(4)?))
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Color {
    fn schema_name() -> Cow<'static, str> {
        "Color".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> schemars::Schema {
        json_schema!({
            "description": "An sRGB colour as \"#rrggbb\".",
            "type": "string",
            "pattern": "^#[0-9a-fA-F]{6}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_hex() {
        let c: Color = "#2A9d8f".parse().unwrap();
        assert_eq!(c, Color::rgb(0x2a, 0x9d, 0x8f));
        assert_eq!(c.to_string(), "#2a9d8f");
    }

    #[test]
    fn refuses_names_and_short_forms() {
        for text in ["red", "#fff", "2a9d8f", "#2a9d8g", "#2a9d8f0", "#ééé"] {
            assert!(text.parse::<Color>().is_err(), "{text} parsed");
        }
    }
}
