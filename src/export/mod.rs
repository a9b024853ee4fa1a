//! Pictures of a whole map, headless: SVG from the painted shapes, PNG rasterised from
//! that SVG by resvg at the requested scale (never an upscaled bitmap), with the map's JSON
//! inside so the picture opens as the map again.

use std::path::Path;
use std::sync::OnceLock;

use crate::file::png_map::CHUNK_KEYWORD;
use crate::file::{self, SaveError};
use crate::layout::text::{REGULAR_FONT, SEMIBOLD_FONT};
use crate::layout::{LayoutOptions, layout};
use crate::model::JourneyMap;
use crate::paint::svg::{Background, to_svg};
use crate::paint::{Shape, paint};
use crate::theme::Theme;

/// The smallest and largest PNG scale.
pub const SCALE_RANGE: std::ops::RangeInclusive<u32> = 1..=4;

/// How a picture is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Pixels per map unit for PNG, 1 to 4.
    pub scale: u32,
    /// White or transparent.
    pub background: Background,
    /// Whether the title block and the legend are included.
    pub layout: LayoutOptions,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            scale: 2,
            background: Background::White,
            layout: LayoutOptions::default(),
        }
    }
}

/// The picture formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A bitmap with the map inside.
    Png,
    /// A vector drawing.
    Svg,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }
}

/// Why a picture could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name does not end in .png or .svg.
    #[error("Pictures can be exported as .png or .svg; \"{0}\" is neither.")]
    UnknownFormat(String),
    /// The scale is outside 1–4.
    #[error("The scale must be 1, 2, 3 or 4, not {0}.")]
    BadScale(u32),
    /// The picture would be too large to hold in memory.
    #[error(
        "The picture would be {width} × {height} pixels, which is too large; export at a smaller scale or as SVG."
    )]
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// The rasteriser could not read our own SVG (a bug, reported rather than hidden).
    #[error("The picture could not be drawn: {0}.")]
    Render(String),
    /// The PNG could not be encoded.
    #[error("The PNG could not be written: {0}.")]
    Encode(String),
    /// The file could not be written.
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// The painted shapes of a map and the area they cover.
pub fn picture(map: &JourneyMap, options: &ExportOptions) -> (Vec<Shape>, egui::Rect) {
    let theme = Theme::default();
    let laid_out = layout(map, &theme, options.layout);
    (paint(&laid_out, &theme), laid_out.bounds)
}

/// The map as an SVG document.
pub fn svg(map: &JourneyMap, options: &ExportOptions) -> String {
    let (shapes, bounds) = picture(map, options);
    to_svg(&shapes, bounds, options.background)
}

fn svg_options() -> &'static resvg::usvg::Options<'static> {
    static OPTIONS: OnceLock<resvg::usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut options = resvg::usvg::Options::default();
        let fonts = options.fontdb_mut();
        fonts.load_font_data(REGULAR_FONT.to_vec());
        fonts.load_font_data(SEMIBOLD_FONT.to_vec());
        fonts.set_sans_serif_family("Inter");
        options
    })
}

/// Rasterises an SVG document of ours at a scale, to premultiplied RGBA pixels.
pub fn rasterize(svg: &str, scale: u32) -> Result<resvg::tiny_skia::Pixmap, ExportError> {
    if !SCALE_RANGE.contains(&scale) {
        return Err(ExportError::BadScale(scale));
    }
    let tree = resvg::usvg::Tree::from_str(svg, svg_options())
        .map_err(|error| ExportError::Render(error.to_string()))?;
    render_tree(&tree, scale as f32)
}

/// A small picture of a map, `width` pixels wide, drawn like an export (for galleries).
/// Returns straight (not premultiplied) RGBA pixels with their width and height.
pub fn thumbnail(map: &JourneyMap, width: u32) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let options = ExportOptions {
        layout: LayoutOptions {
            title: false,
            legend: false,
        },
        ..ExportOptions::default()
    };
    let tree = resvg::usvg::Tree::from_str(&svg(map, &options), svg_options())
        .map_err(|error| ExportError::Render(error.to_string()))?;
    let scale = width.max(1) as f32 / tree.size().width().max(1.0);
    let pixmap = render_tree(&tree, scale)?;
    Ok((pixmap.width(), pixmap.height(), pixmap.take_demultiplied()))
}

fn render_tree(
    tree: &resvg::usvg::Tree,
    scale: f32,
) -> Result<resvg::tiny_skia::Pixmap, ExportError> {
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    // tiny-skia holds 4 bytes per pixel in one allocation; stay far below what fits.
    let too_large = || ExportError::TooLarge { width, height };
    if u64::from(width) * u64::from(height) > 400_000_000 {
        return Err(too_large());
    }
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(width.max(1), height.max(1)).ok_or_else(too_large)?;
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// The map as a PNG file's bytes, with the map's JSON in an iTXt chunk.
pub fn png(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let pixmap = rasterize(&svg(map, options), options.scale)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    let pixels = pixmap.take_demultiplied();
    encode_png(&pixels, width, height, Some(&file::to_json(map)))
}

/// Encodes RGBA pixels as PNG, optionally with a map inside.
pub fn encode_png(
    rgba: &[u8],
    width: u32,
    height: u32,
    map_json: Option<&str>,
) -> Result<Vec<u8>, ExportError> {
    let encode = |error: png::EncodingError| ExportError::Encode(error.to_string());
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    // Maps are flat colours and straight edges: the "up" filter and the fastest zlib level
    // make files about 1.4× the size of png's default (adaptive filter, level 6) in a sixth
    // of the time, which is seconds on a big map at scale 2 (see `benches/export.rs`).
    encoder.set_filter(png::Filter::Up);
    encoder.set_deflate_compression(png::DeflateCompression::Level(1));
    let mut writer = encoder.write_header().map_err(encode)?;
    if let Some(json) = map_json {
        let mut chunk = png::text_metadata::ITXtChunk::new(CHUNK_KEYWORD, json);
        chunk.compress_text().map_err(encode)?;
        writer.write_text_chunk(&chunk).map_err(encode)?;
    }
    writer.write_image_data(rgba).map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(bytes)
}

/// The bytes of a picture of a map, as PNG or SVG by the extension of the file it is for.
pub fn export_bytes(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let format = Format::from_path(path)
        .ok_or_else(|| ExportError::UnknownFormat(path.display().to_string()))?;
    Ok(match format {
        Format::Png => png(map, options)?,
        Format::Svg => svg(map, options).into_bytes(),
    })
}

/// Exports a map to a file, as PNG or SVG by its extension. The file is written whole or
/// not at all.
pub fn export_to_path(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let format = Format::from_path(path)
        .ok_or_else(|| ExportError::UnknownFormat(path.display().to_string()))?;
    let bytes = match format {
        Format::Png => png(map, options)?,
        Format::Svg => svg(map, options).into_bytes(),
    };
    file::write_atomically(path, &bytes)?;
    Ok(())
}
