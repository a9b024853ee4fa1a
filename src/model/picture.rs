//! Pictures kept inside the map file: a table of pictures by content hash that cards and
//! personas refer to, so a map with pictures is still one file to send, and a picture used
//! twice is stored once.

use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use super::PictureId;

/// The longest side a stored picture may have, in pixels; a file that claims more is
/// refused before anything tries to decode it.
pub const MAX_PICTURE_SIDE: u32 = 16_384;

/// One picture in the map's table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Picture {
    /// `sha256-` and the SHA-256 of the data in hex: the same picture always has the same
    /// id, in every map, so identical pictures are stored once and merge cleanly.
    pub id: PictureId,
    /// How the data is encoded.
    pub media_type: MediaType,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// What the picture shows, for exports and screen readers; the file name it came from
    /// until someone writes something better.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The encoded picture, base64 in the file.
    pub data: PictureData,
}

impl Picture {
    /// The id of a picture with these bytes.
    pub fn id_for(bytes: &[u8]) -> PictureId {
        let digest = Sha256::digest(bytes);
        let mut id = String::with_capacity(7 + 64);
        id.push_str("sha256-");
        for byte in digest {
            id.push_str(&format!("{byte:02x}"));
        }
        PictureId(id)
    }

    /// Width over height, kept within 1:8 and 8:1 so that a file's odd claim cannot make a
    /// card a mile high.
    pub fn aspect(&self) -> f64 {
        let (width, height) = (f64::from(self.width.max(1)), f64::from(self.height.max(1)));
        (width / height).clamp(1.0 / 8.0, 8.0)
    }
}

/// The encodings a stored picture may have. Pictures come in as PNG, JPEG, WebP or GIF and
/// are stored as PNG (screenshots, drawings, anything with transparency) or JPEG (photos),
/// which every exporter and every reader of our exports understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum MediaType {
    /// Portable Network Graphics.
    #[serde(rename = "image/png")]
    Png,
    /// JPEG.
    #[serde(rename = "image/jpeg")]
    Jpeg,
}

impl MediaType {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpeg",
        }
    }

    /// The MIME type, as written in the file.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
        }
    }
}

/// The bytes of a picture. Shared, so copying a map (the history, the exporter's thread)
/// never copies its pictures.
///
/// Text in the file that is not base64 is kept as it was and reported by `check`: the card
/// shows a placeholder, and saving writes the text back unchanged, so nothing is lost.
#[derive(Clone, PartialEq, Eq)]
pub struct PictureData {
    bytes: Arc<[u8]>,
    damaged: Option<Arc<str>>,
}

impl PictureData {
    /// Data from the bytes of an encoded picture.
    pub fn new(bytes: impl Into<Arc<[u8]>>) -> Self {
        Self {
            bytes: bytes.into(),
            damaged: None,
        }
    }

    /// The encoded picture; empty when the file's text was not base64.
    pub fn bytes(&self) -> &Arc<[u8]> {
        &self.bytes
    }

    /// Whether the file's text could not be read as base64.
    pub fn is_damaged(&self) -> bool {
        self.damaged.is_some()
    }
}

impl fmt::Debug for PictureData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.damaged {
            None => write!(f, "PictureData({} bytes)", self.bytes.len()),
            Some(text) => write!(f, "PictureData(damaged, {} chars)", text.chars().count()),
        }
    }
}

impl Serialize for PictureData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.damaged {
            Some(text) => serializer.serialize_str(text),
            None => serializer
                .serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.bytes)),
        }
    }
}

impl<'de> Deserialize<'de> for PictureData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(
            match base64::engine::general_purpose::STANDARD.decode(text.as_bytes()) {
                Ok(bytes) => Self::new(bytes),
                Err(_) => Self {
                    bytes: Arc::from(Vec::new()),
                    damaged: Some(Arc::from(text)),
                },
            },
        )
    }
}

impl JsonSchema for PictureData {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PictureData".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The encoded picture (PNG or JPEG), in base64.",
            "type": "string",
            "contentEncoding": "base64"
        })
    }
}

/// The encoding the first bytes of encoded data show, whatever a file says it is.
pub fn media_type_of(bytes: &[u8]) -> Option<MediaType> {
    match image::guess_format(bytes).ok()? {
        image::ImageFormat::Png => Some(MediaType::Png),
        image::ImageFormat::Jpeg => Some(MediaType::Jpeg),
        _ => None,
    }
}

/// What the first bytes of encoded data say about it: its encoding and size, without
/// decoding the pixels. `None` when they are neither PNG nor JPEG, or too damaged to say.
pub fn sniff(bytes: &[u8]) -> Option<(MediaType, u32, u32)> {
    let media_type = media_type_of(bytes)?;
    let reader = image::ImageReader::with_format(
        std::io::Cursor::new(bytes),
        image::ImageFormat::from(media_type),
    );
    let (width, height) = reader.into_dimensions().ok()?;
    Some((media_type, width, height))
}

impl From<MediaType> for image::ImageFormat {
    fn from(media_type: MediaType) -> Self {
        match media_type {
            MediaType::Png => image::ImageFormat::Png,
            MediaType::Jpeg => image::ImageFormat::Jpeg,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_the_hash_of_the_bytes() {
        // SHA-256 of "abc", from FIPS 180-2.
        assert_eq!(
            Picture::id_for(b"abc").as_str(),
            "sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn data_goes_to_base64_and_back_and_damaged_text_is_kept_as_it_was() {
        let data = PictureData::new(vec![0_u8, 1, 2, 250]);
        let text = serde_json::to_string(&data).unwrap_or_default();
        assert_eq!(text, "\"AAEC+g==\"");
        let back: PictureData =
            serde_json::from_str(&text).unwrap_or_else(|_| PictureData::new(vec![]));
        assert_eq!(back, data);
        let damaged: PictureData =
            serde_json::from_str("\"not base64!\"").unwrap_or_else(|_| PictureData::new(vec![]));
        assert!(damaged.is_damaged());
        assert!(damaged.bytes().is_empty());
        assert_eq!(
            serde_json::to_string(&damaged).unwrap_or_default(),
            "\"not base64!\""
        );
    }

    #[test]
    fn an_odd_size_keeps_a_sane_aspect() {
        let picture = |width, height| Picture {
            id: PictureId::new("p"),
            media_type: MediaType::Png,
            width,
            height,
            name: String::new(),
            data: PictureData::new(vec![]),
        };
        assert_eq!(picture(400, 200).aspect(), 2.0);
        assert_eq!(picture(1, 100_000).aspect(), 1.0 / 8.0);
        assert_eq!(picture(0, 0).aspect(), 1.0);
    }
}
