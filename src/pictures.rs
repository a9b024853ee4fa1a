//! Pictures in and out of a map: reading a picture someone drops or pastes (PNG, JPEG,
//! WebP, the first frame of a GIF), making it a sensible size to keep in a file, and
//! decoding stored pictures for the screen and the exporters, always within limits.
//!
//! Nothing here runs on the editor's UI thread: the app calls it from worker threads.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, Limits};

use crate::i18n::Language;
use crate::model::{MAX_PICTURE_SIDE, MediaType, Picture, PictureData};
use crate::printable::printable;
use crate::sentence::{Localized, Sentence};

/// The longest side a picture is stored with: sharp on a card, on a slide and on a
/// full-screen view, and a few hundred kilobytes rather than megabytes per picture.
pub const STORED_SIDE: u32 = 1600;

/// The most bytes a picture someone adds may have: a 100-megapixel camera's JPEG is a
/// tenth of that.
pub const MAX_INPUT_BYTES: usize = 100 * 1024 * 1024;

/// The most memory a decoder may use for one picture: a 16,384-pixel-square RGBA picture.
const MAX_DECODE_BYTES: u64 = 16_384 * 16_384 * 4;

/// JPEG quality for photos: no visible loss at card and slide sizes.
const JPEG_QUALITY: u8 = 85;

/// Why a picture could not be added or shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    /// Not PNG, JPEG, WebP or GIF.
    Unsupported,
    /// Larger than the decoders are allowed to read.
    TooLarge {
        /// Width in pixels, when the header said.
        width: u32,
        /// Height in pixels, when the header said.
        height: u32,
    },
    /// More bytes than a picture may have.
    TooManyBytes(usize),
    /// The data is damaged: the decoder's reason.
    Damaged(String),
}

impl Localized for PictureError {
    fn sentence(&self, language: Language) -> String {
        match self {
            PictureError::Unsupported => Sentence::new("error-picture-unsupported"),
            PictureError::TooLarge { width, height } => Sentence::new("error-picture-too-large")
                .with("width", *width)
                .with("height", *height)
                .with("max", MAX_PICTURE_SIDE),
            PictureError::TooManyBytes(bytes) => Sentence::new("error-picture-too-many-bytes")
                .with("megabytes", bytes / (1024 * 1024))
                .with("max", MAX_INPUT_BYTES / (1024 * 1024)),
            PictureError::Damaged(reason) => {
                Sentence::new("error-picture-unreadable").with("reason", printable(reason))
            }
        }
        .sentence(language)
    }
}

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for PictureError {}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// Decodes encoded bytes of any format we read, within the limits, turned upright as the
/// camera said (EXIF orientation).
fn decode_any(bytes: &[u8]) -> Result<(ImageFormat, DynamicImage), PictureError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(PictureError::TooManyBytes(bytes.len()));
    }
    let format = match image::guess_format(bytes) {
        Ok(
            format @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif),
        ) => format,
        _ => return Err(PictureError::Unsupported),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let damaged = |error: image::ImageError| match error {
        image::ImageError::Limits(_) => {
            let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
                .into_dimensions()
                .unwrap_or((0, 0));
            PictureError::TooLarge { width, height }
        }
        other => PictureError::Damaged(other.to_string()),
    };
    let mut decoder = reader.into_decoder().map_err(damaged)?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok((format, image))
}

/// A picture for the map from the bytes of a file someone added, named `name`.
///
/// It is scaled down to [`STORED_SIDE`] and encoded again, which also drops what the file
/// carried beside the pixels (a photo's GPS position has no place in a map sent around).
/// Drawings, screenshots and anything transparent stay PNG, so text stays sharp; photos
/// become JPEG.
pub fn ingest(bytes: &[u8], name: &str) -> Result<Picture, PictureError> {
    let (format, image) = decode_any(bytes)?;
    let image = fit_within(image, STORED_SIDE);
    let keep_png = format != ImageFormat::Jpeg || image.color().has_alpha();
    let (media_type, encoded) = if keep_png {
        (MediaType::Png, encode(&image, ImageFormat::Png)?)
    } else {
        (MediaType::Jpeg, encode(&image, ImageFormat::Jpeg)?)
    };
    Ok(Picture {
        id: Picture::id_for(&encoded),
        media_type,
        width: image.width(),
        height: image.height(),
        name: name.trim().to_owned(),
        data: PictureData::new(encoded),
    })
}

fn encode(image: &DynamicImage, format: ImageFormat) -> Result<Vec<u8>, PictureError> {
    let mut bytes = Vec::new();
    let result = match format {
        ImageFormat::Jpeg => {
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
            image.to_rgb8().write_with_encoder(encoder)
        }
        _ => {
            let encoder = image::codecs::png::PngEncoder::new(Cursor::new(&mut bytes));
            if image.color().has_alpha() {
                image.to_rgba8().write_with_encoder(encoder)
            } else {
                image.to_rgb8().write_with_encoder(encoder)
            }
        }
    };
    result.map_err(|error| PictureError::Damaged(error.to_string()))?;
    Ok(bytes)
}

/// The picture scaled down so that its longest side is at most `side`; smaller pictures
/// are left as they are.
fn fit_within(image: DynamicImage, side: u32) -> DynamicImage {
    if image.width().max(image.height()) <= side {
        return image;
    }
    image.resize(side, side, image::imageops::FilterType::Triangle)
}

/// Straight RGBA pixels of a picture, with their width and height.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pixels {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Four bytes per pixel, row by row.
    pub rgba: Vec<u8>,
}

/// Decodes a stored picture to pixels, at most `side` pixels on its longest side (a
/// thumbnail for the canvas, the full picture for a close look).
pub fn decode(picture: &Picture, side: u32) -> Result<Pixels, PictureError> {
    if picture.data.is_damaged() {
        return Err(PictureError::Damaged("not base64".to_owned()));
    }
    let (_, image) = decode_any(picture.data.bytes())?;
    let image = fit_within(image, side.max(1)).to_rgba8();
    Ok(Pixels {
        width: image.width(),
        height: image.height(),
        rgba: image.into_raw(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(width: u32, height: u32, alpha: bool) -> Vec<u8> {
        let image = if alpha {
            DynamicImage::ImageRgba8(image::RgbaImage::from_fn(width, height, |x, y| {
                image::Rgba([x as u8, y as u8, 90, 200])
            }))
        } else {
            DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
                image::Rgb([x as u8, y as u8, 90])
            }))
        };
        encode(&image, ImageFormat::Png).unwrap_or_default()
    }

    fn jpeg_of(width: u32, height: u32) -> Vec<u8> {
        let image = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x * 7) as u8, (y * 3) as u8, 120])
        }));
        encode(&image, ImageFormat::Jpeg).unwrap_or_default()
    }

    #[test]
    fn a_large_photo_is_scaled_down_and_stays_jpeg() {
        let picture =
            ingest(&jpeg_of(3200, 1800), " holiday.jpg ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((picture.width, picture.height), (1600, 900));
        assert_eq!(picture.media_type, MediaType::Jpeg);
        assert_eq!(picture.name, "holiday.jpg");
        assert_eq!(picture.id, Picture::id_for(picture.data.bytes()));
        assert_eq!(
            crate::model::sniff(picture.data.bytes()),
            Some((MediaType::Jpeg, 1600, 900))
        );
    }

    #[test]
    fn a_screenshot_stays_png_and_keeps_its_size_and_transparency() {
        let picture = ingest(&png_of(300, 200, true), "shot.png").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((picture.width, picture.height), (300, 200));
        assert_eq!(picture.media_type, MediaType::Png);
        let pixels = decode(&picture, 4096).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pixels.rgba[3], 200, "alpha kept");
        let thumbnail = decode(&picture, 30).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((thumbnail.width, thumbnail.height), (30, 20));
    }

    #[test]
    fn the_same_picture_twice_gets_the_same_id() {
        let bytes = png_of(40, 40, false);
        let (a, b) = (ingest(&bytes, "a"), ingest(&bytes, "b"));
        assert_eq!(a.map(|p| p.id), b.map(|p| p.id));
    }

    #[test]
    fn what_is_not_a_picture_is_refused_with_a_reason() {
        assert_eq!(ingest(b"hello", "x"), Err(PictureError::Unsupported));
        assert_eq!(ingest(b"<svg></svg>", "x"), Err(PictureError::Unsupported));
        let mut truncated = png_of(64, 64, false);
        truncated.truncate(truncated.len() / 2);
        assert!(matches!(
            ingest(&truncated, "x"),
            Err(PictureError::Damaged(_))
        ));
        let sentence = PictureError::Unsupported.sentence(Language::Dutch);
        assert!(sentence.contains("PNG-, JPEG-"), "{sentence}");
    }

    #[test]
    fn a_picture_over_the_limits_is_refused_before_it_is_decoded() {
        // A PNG header that claims 100,000 × 100,000 pixels, with no pixels behind it.
        let mut bytes = png_of(1, 1, false);
        bytes[16..20].copy_from_slice(&100_000_u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&100_000_u32.to_be_bytes());
        match ingest(&bytes, "bomb") {
            Err(PictureError::TooLarge { .. } | PictureError::Damaged(_)) => {}
            other => panic!("{other:?}"),
        }
    }
}
