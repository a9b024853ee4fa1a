//! Maps carried inside PNG images: an exported picture keeps the map's JSON in an iTXt
//! chunk, so a slide image can become an editable map again.

use super::MAX_FILE_BYTES;

/// The keyword of the text chunk that holds the map.
pub const CHUNK_KEYWORD: &str = "journeymap";

/// The first bytes of every PNG file.
pub const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// What was found when looking for a map inside a PNG.
#[derive(Debug, PartialEq, Eq)]
pub enum PngMap {
    /// The map's JSON.
    Found(String),
    /// A readable PNG without a map.
    Missing,
    /// The PNG could not be read; the text says why.
    Broken(String),
}

/// Finds the map's JSON in the text chunks of a PNG, without decoding its pixels.
pub fn extract(bytes: &[u8]) -> PngMap {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = match decoder.read_info() {
        Ok(reader) => reader,
        Err(error) => return PngMap::Broken(error.to_string()),
    };
    let info = reader.info();
    let Some(chunk) = info.utf8_text.iter().find(|c| c.keyword == CHUNK_KEYWORD) else {
        return PngMap::Missing;
    };
    let mut chunk = chunk.clone();
    // Compressed text is inflated with a bound, so a tiny file cannot expand without end.
    if let Err(error) = chunk.decompress_text_with_limit(MAX_FILE_BYTES as usize) {
        return PngMap::Broken(error.to_string());
    }
    match chunk.get_text() {
        Ok(text) => PngMap::Found(text),
        Err(error) => PngMap::Broken(error.to_string()),
    }
}
