//! Maps carried inside PNG images: an exported picture keeps the map's JSON in an iTXt
//! chunk, so a slide image can become an editable map again.
//!
//! The chunks are walked one by one and the image data is skipped unread, so a picture of
//! any size opens: the size limit applies to the map inside, not to the pixels around it.
//! A map chunk after the image data is valid PNG and is found too.

use std::hash::Hasher;
use std::io::{self, Read, Seek, SeekFrom};

use super::MAX_FILE_BYTES;
use crate::printable::printable;
use crate::sentence::{Arg, Sentence};

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
    /// The PNG itself could not be read; the sentence says why, as the end of a sentence.
    Broken(Sentence),
    /// The PNG carries a map, but the map's chunk is damaged; the sentence says how.
    Damaged(Sentence),
}

/// The longest chunk PNG allows (2³¹ − 1 bytes).
const MAX_CHUNK_BYTES: u32 = 0x7FFF_FFFF;

/// At most this many chunks are looked at: a picture has a handful, plus one per slice
/// of image data; a file of millions of empty chunks is not a picture.
const MAX_CHUNKS: usize = 1_000_000;

/// Finds the map's JSON in the text chunks of a PNG held in memory.
pub fn extract(bytes: &[u8]) -> PngMap {
    extract_from(&mut io::Cursor::new(bytes), &mut NoHash)
}

/// Whether the file at `path` is an ordinary file that starts like a PNG image. Never
/// waits on a named pipe; anything unreadable is not a PNG.
pub fn is_png_file(path: &std::path::Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let mut start = Vec::with_capacity(8);
    super::load::open_without_blocking(path)
        .and_then(|file| file.take(8).read_to_end(&mut start))
        .is_ok_and(|_| start == PNG_SIGNATURE)
}

/// A hasher that throws its input away, for callers that need no fingerprint.
struct NoHash;

impl Hasher for NoHash {
    fn finish(&self) -> u64 {
        0
    }
    fn write(&mut self, _: &[u8]) {}
}

/// Finds the map's JSON in a PNG file, reading its chunks one by one and skipping the
/// image data. Everything read, and the checksum of every chunk skipped, goes into
/// `fingerprint`, so that a change anywhere in the file changes the fingerprint without
/// the pixels being read.
pub fn extract_from(file: &mut (impl Read + Seek), fingerprint: &mut impl Hasher) -> PngMap {
    match walk(file, fingerprint) {
        Ok(found) => found,
        Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => {
            PngMap::Broken(Sentence::new("error-png-cut-off"))
        }
        Err(error) => PngMap::Broken(
            Sentence::new("error-png-unreadable").with("reason", printable(&error.to_string())),
        ),
    }
}

fn walk(file: &mut (impl Read + Seek), fingerprint: &mut impl Hasher) -> io::Result<PngMap> {
    let mut signature = [0; 8];
    file.read_exact(&mut signature)?;
    fingerprint.write(&signature);
    if signature != PNG_SIGNATURE {
        return Ok(PngMap::Broken(Sentence::new("error-png-bad-start")));
    }
    let mut found = None;
    for index in 0..MAX_CHUNKS {
        let mut header = [0; 8];
        file.read_exact(&mut header)?;
        fingerprint.write(&header);
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
        let kind = [header[4], header[5], header[6], header[7]];
        if length > MAX_CHUNK_BYTES || !kind.iter().all(u8::is_ascii_alphabetic) {
            return Ok(PngMap::Broken(
                Sentence::new("error-png-bad-chunk").with("number", index + 1),
            ));
        }
        if index == 0 && &kind != b"IHDR" {
            return Ok(PngMap::Broken(Sentence::new("error-png-no-header")));
        }
        let is_text = matches!(&kind, b"tEXt" | b"zTXt" | b"iTXt");
        // A text chunk's keyword comes first: read only that much to see if it is ours.
        let keyword_len = if is_text { length.min(80) } else { 0 };
        let mut start = vec![0; keyword_len as usize];
        file.read_exact(&mut start)?;
        let ours = is_text && keyword(&start) == Some(CHUNK_KEYWORD.as_bytes());
        if ours && found.is_none() {
            // The chunk is at most the map limit compressed, plus its few header bytes.
            if u64::from(length) > MAX_FILE_BYTES + 1024 {
                found = Some(PngMap::Damaged(
                    Sentence::new("error-png-map-too-large")
                        .with("size", Arg::Mebibytes(u64::from(length))),
                ));
                file.seek(SeekFrom::Current(i64::from(length - keyword_len) + 4))?;
                continue;
            }
            let mut data = start;
            data.resize(length as usize, 0);
            file.read_exact(&mut data[keyword_len as usize..])?;
            let mut crc = [0; 4];
            file.read_exact(&mut crc)?;
            fingerprint.write(&data);
            fingerprint.write(&crc);
            let mut check = crc32fast::Hasher::new();
            check.update(&kind);
            check.update(&data);
            found = Some(if check.finalize() != u32::from_be_bytes(crc) {
                PngMap::Damaged(Sentence::new("error-png-checksum"))
            } else {
                match map_text(&kind, &data) {
                    Ok(text) => PngMap::Found(text),
                    Err(reason) => PngMap::Damaged(reason),
                }
            });
            continue;
        }
        fingerprint.write(&start);
        // Skip the rest of the chunk unread, keeping its checksum for the fingerprint.
        file.seek(SeekFrom::Current(i64::from(length - keyword_len)))?;
        let mut crc = [0; 4];
        file.read_exact(&mut crc)?;
        fingerprint.write(&crc);
        if &kind == b"IEND" {
            return Ok(found.unwrap_or(PngMap::Missing));
        }
    }
    Ok(PngMap::Broken(Sentence::new("error-png-too-many-chunks")))
}

/// The keyword at the start of a text chunk: the bytes before the first NUL.
fn keyword(data: &[u8]) -> Option<&[u8]> {
    data.iter().position(|&b| b == 0).map(|end| &data[..end])
}

/// The text of a journeymap text chunk, inflated with a cap at the map limit.
fn map_text(kind: &[u8; 4], data: &[u8]) -> Result<String, Sentence> {
    let after_keyword = CHUNK_KEYWORD.len() + 1;
    let rest = data.get(after_keyword..).unwrap_or_default();
    let bytes = match kind {
        b"tEXt" => return Ok(rest.iter().map(|&b| char::from(b)).collect()),
        b"zTXt" => match rest.split_first() {
            Some((0, compressed)) => inflate(compressed)?,
            _ => return Err(unknown_compression()),
        },
        _ => {
            // iTXt: compression flag, method, language tag, translated keyword, text.
            let [flag, method, tail @ ..] = rest else {
                return Err(Sentence::new("error-png-text-cut-off"));
            };
            let mut parts = tail.splitn(3, |&b| b == 0);
            let (Some(_language), Some(_translated), Some(text)) =
                (parts.next(), parts.next(), parts.next())
            else {
                return Err(Sentence::new("error-png-text-cut-off"));
            };
            match (flag, method) {
                (0, _) => text.to_vec(),
                (1, 0) => inflate(text)?,
                _ => return Err(unknown_compression()),
            }
        }
    };
    String::from_utf8(bytes).map_err(|_| Sentence::new("error-png-text-not-utf8"))
}

fn unknown_compression() -> Sentence {
    Sentence::new("error-png-unknown-compression")
}

/// Inflates zlib data, refusing to make more than the map limit: a small "bomb" chunk
/// cannot fill the memory.
fn inflate(compressed: &[u8]) -> Result<Vec<u8>, Sentence> {
    use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_zlib_with_limit};
    decompress_to_vec_zlib_with_limit(compressed, MAX_FILE_BYTES as usize).map_err(|error| {
        match error.status {
            TINFLStatus::HasMoreOutput => Sentence::new("error-png-unpacks-too-large"),
            _ => Sentence::new("error-png-compression-damaged"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG chunk with its length and checksum.
    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut bytes = (data.len() as u32).to_be_bytes().to_vec();
        bytes.extend_from_slice(kind);
        bytes.extend_from_slice(data);
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        bytes.extend_from_slice(&crc.finalize().to_be_bytes());
        bytes
    }

    fn png_with(chunks: &[Vec<u8>]) -> Vec<u8> {
        let mut bytes = PNG_SIGNATURE.to_vec();
        bytes.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
        for c in chunks {
            bytes.extend_from_slice(c);
        }
        bytes.extend(chunk(b"IEND", &[]));
        bytes
    }

    fn itxt(text: &[u8], compressed: bool) -> Vec<u8> {
        let mut data = b"journeymap\0".to_vec();
        data.extend_from_slice(&[u8::from(compressed), 0, 0, 0]);
        if compressed {
            data.extend(miniz_oxide::deflate::compress_to_vec_zlib(text, 1));
        } else {
            data.extend_from_slice(text);
        }
        chunk(b"iTXt", &data)
    }

    #[test]
    fn the_map_is_found_before_or_after_the_image_data() {
        let idat = chunk(b"IDAT", &[1, 2, 3]);
        for compressed in [false, true] {
            let map = itxt(b"{\"x\":1}", compressed);
            for order in [[&map, &idat], [&idat, &map]] {
                let png = png_with(&[order[0].clone(), order[1].clone()]);
                assert_eq!(extract(&png), PngMap::Found("{\"x\":1}".into()));
            }
        }
        let mut ztxt = b"journeymap\0\0".to_vec();
        ztxt.extend(miniz_oxide::deflate::compress_to_vec_zlib(b"{}", 6));
        assert_eq!(
            extract(&png_with(&[chunk(b"zTXt", &ztxt)])),
            PngMap::Found("{}".into())
        );
        assert_eq!(extract(&png_with(&[idat])), PngMap::Missing);
    }

    #[test]
    fn a_damaged_map_chunk_is_damaged_not_missing() {
        let mut bad_crc = itxt(b"{}", false);
        let last = bad_crc.len() - 1;
        bad_crc[last] ^= 1;
        let mut bad_zlib = b"journeymap\0\x01\x00\0\0".to_vec();
        bad_zlib.extend_from_slice(b"not zlib at all");
        let bomb = itxt(&vec![b' '; MAX_FILE_BYTES as usize + 10], true);
        for (name, c) in [
            ("checksum", bad_crc),
            ("zlib", chunk(b"iTXt", &bad_zlib)),
            ("bomb", bomb),
            ("method", chunk(b"iTXt", b"journeymap\0\x01\x07\0\0x")),
            ("short", chunk(b"iTXt", b"journeymap\0")),
            ("utf8", chunk(b"iTXt", b"journeymap\0\0\0\0\0\xff\xfe")),
        ] {
            let found = extract(&png_with(&[c]));
            assert!(matches!(found, PngMap::Damaged(_)), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_broken_picture_is_broken() {
        let whole = png_with(&[itxt(b"{}", false)]);
        for cut in [4, 12, 20, whole.len() - 3] {
            let found = extract(&whole[..cut]);
            assert!(
                matches!(found, PngMap::Broken(_)),
                "cut at {cut}: {found:?}"
            );
        }
        let mut no_ihdr = PNG_SIGNATURE.to_vec();
        no_ihdr.extend(chunk(b"IEND", &[]));
        assert!(matches!(extract(&no_ihdr), PngMap::Broken(_)));
        let mut huge = PNG_SIGNATURE.to_vec();
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, b'I', b'H', b'D', b'R']);
        assert!(matches!(extract(&huge), PngMap::Broken(_)));
    }
}
