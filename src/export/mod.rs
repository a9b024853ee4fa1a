//! Pictures of a whole map, headless: SVG from the painted shapes, PNG rasterised from
//! that SVG by resvg at the requested scale (never an upscaled bitmap), with the map's JSON
//! inside so the picture opens as the map again.

pub mod comments;
pub mod pdf;
pub mod pptx;
pub mod preview;

use std::path::Path;
use std::sync::OnceLock;

use crate::file::png_map::CHUNK_KEYWORD;
use crate::file::{self, SaveError};
use crate::i18n::Language;
use crate::layout::{LayoutOptions, layout};
use crate::model::JourneyMap;
use crate::paint::svg::{Background, Frame, to_svg_framed};
use crate::paint::{Shape, paint};
use crate::printable::printable;
use crate::sentence::{Localized, Sentence};
use crate::text::{REGULAR_FONT, SEMIBOLD_FONT};
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
    /// Whether the title block and the legend are included, and the text in full (as
    /// exports have it: nobody can hover a picture to read what was cut).
    pub layout: LayoutOptions,
    /// The size of the picture or page the map is fitted to.
    pub page: Page,
    /// How an SVG holds its text.
    pub text: SvgText,
    /// PowerPoint only: one slide per phase after the overview, with speaker notes.
    pub per_phase: bool,
    /// Only the cards the editor's filter highlights (with the links between them): the
    /// editor exports a filtered copy of the map when this is on and a filter is chosen.
    pub only_highlighted: bool,
    /// Whether open comments are drawn: numbered markers on the map and their list
    /// beside it.
    pub include_comments: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            scale: 2,
            background: Background::White,
            layout: LayoutOptions::export(),
            page: Page::Fit,
            text: SvgText::Embedded,
            per_phase: false,
            only_highlighted: false,
            include_comments: false,
        }
    }
}

/// The size of the picture or page a map is put on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// The map's own size: one page, as large as the map.
    Fit,
    /// A 16:9 slide, 1920 × 1080 points (a 3840 × 2160 PNG at 2×).
    Slide,
    /// A4 landscape, 297 × 210 mm.
    A4,
    /// A3 landscape, 420 × 297 mm.
    A3,
}

impl Page {
    /// Every page, in the order a menu offers them.
    pub const ALL: [Page; 4] = [Page::Fit, Page::Slide, Page::A4, Page::A3];

    /// The width and height in points (map units), or `None` for the map's own size.
    pub fn size(self) -> Option<egui::Vec2> {
        // 72 points to the inch, 25.4 mm to the inch.
        let mm = 72.0 / 25.4;
        match self {
            Page::Fit => None,
            Page::Slide => Some(egui::vec2(1920.0, 1080.0)),
            Page::A4 => Some(egui::vec2(297.0 * mm, 210.0 * mm)),
            Page::A3 => Some(egui::vec2(420.0 * mm, 297.0 * mm)),
        }
    }

    /// The part of map space a picture of `bounds` shows on this page, and the page's size:
    /// the bounds themselves, or the bounds widened on two sides to the page's proportions
    /// so the map sits centred, as large as fits.
    pub fn frame(self, bounds: egui::Rect) -> (egui::Rect, egui::Vec2) {
        let Some(size) = self.size() else {
            return (bounds, bounds.size());
        };
        let (w, h) = (bounds.width().max(1.0), bounds.height().max(1.0));
        let view_size = if w / h > size.x / size.y {
            egui::vec2(w, w * size.y / size.x)
        } else {
            egui::vec2(h * size.x / size.y, h)
        };
        (
            egui::Rect::from_center_size(bounds.center(), view_size),
            size,
        )
    }
}

/// How an SVG holds its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SvgText {
    /// Letters drawn from the bundled fonts' outlines, so every renderer shows the same
    /// picture without any font installed, with the text itself laid over them invisibly
    /// in the embedded (subset) fonts, so it can be selected, searched and copied.
    Embedded,
    /// Outlines only: for programs that turn any text they find into their own (PowerPoint
    /// converting an SVG into shapes).
    Outlines,
}

/// The picture formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A bitmap with the map inside.
    Png,
    /// A vector drawing.
    Svg,
    /// A vector document with selectable text, for print and for reports.
    Pdf,
    /// A PowerPoint presentation of editable shapes.
    Pptx,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            "pdf" => Some(Format::Pdf),
            "pptx" => Some(Format::Pptx),
            _ => None,
        }
    }
}

/// Why a picture could not be made. `Display` says it in English, for the command line;
/// [`Localized::sentence`] in either language.
#[derive(Debug)]
pub enum ExportError {
    /// The file name does not end in .png or .svg.
    UnknownFormat(String),
    /// The scale is outside 1–4.
    BadScale(u32),
    /// The picture would be too large to hold in memory.
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// The rasteriser could not read our own SVG (a bug, reported rather than hidden).
    Render(String),
    /// The PNG could not be encoded.
    Encode(String),
    /// The PowerPoint package could not be put together.
    Package(String),
    /// The file could not be written.
    Save(SaveError),
}

impl Localized for ExportError {
    fn sentence(&self, language: Language) -> String {
        let sentence = match self {
            ExportError::UnknownFormat(name) => {
                Sentence::new("error-export-format").with("name", printable(name))
            }
            ExportError::BadScale(scale) => {
                Sentence::new("error-export-scale").with("scale", *scale)
            }
            ExportError::TooLarge { width, height } => Sentence::new("error-export-too-large")
                .with("width", *width)
                .with("height", *height),
            ExportError::Render(reason) => {
                Sentence::new("error-export-render").with("reason", printable(reason))
            }
            ExportError::Encode(reason) => {
                Sentence::new("error-export-encode").with("reason", printable(reason))
            }
            ExportError::Package(reason) => {
                Sentence::new("error-export-package").with("reason", printable(reason))
            }
            ExportError::Save(error) => return error.sentence(language),
        };
        sentence.sentence(language)
    }
}

/// The English sentence, as the command line prints it.
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Save(error) => error.source(),
            _ => None,
        }
    }
}

impl From<SaveError> for ExportError {
    fn from(error: SaveError) -> Self {
        ExportError::Save(error)
    }
}

/// The painted shapes of a map and the area they cover; with the open comments beside it
/// when the options ask for them.
pub fn picture(map: &JourneyMap, options: &ExportOptions) -> (Vec<Shape>, egui::Rect) {
    let theme = Theme::default();
    let laid_out = layout(map, &theme.metrics, options.layout);
    let mut shapes = paint(&laid_out, &theme);
    let mut bounds = laid_out.bounds;
    if options.include_comments
        && let Some((extra, wider)) = comments::comment_shapes(map, &laid_out, &theme)
    {
        shapes.extend(extra);
        bounds = wider;
    }
    (shapes, bounds)
}

/// The map as an SVG document, on its page, text as the options ask.
pub fn svg(map: &JourneyMap, options: &ExportOptions) -> String {
    let (shapes, bounds) = picture(map, options);
    to_svg_framed(
        &shapes,
        frame(bounds, options.page),
        options.background,
        options.text,
    )
}

/// The map as an SVG of outlines only, for our own rasteriser: the invisible text layer
/// would only cost resvg the shaping of every line again.
fn svg_to_rasterize(shapes: &[Shape], bounds: egui::Rect, options: &ExportOptions) -> String {
    to_svg_framed(
        shapes,
        frame(bounds, options.page),
        options.background,
        SvgText::Outlines,
    )
}

/// Where a picture of `bounds` goes on `page`.
pub fn frame(bounds: egui::Rect, page: Page) -> Frame {
    let (view, size) = page.frame(bounds);
    Frame { view, size }
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
            full_text: false,
            cards_across: false,
        },
        ..ExportOptions::default()
    };
    let (shapes, bounds) = picture(map, &options);
    let tree =
        resvg::usvg::Tree::from_str(&svg_to_rasterize(&shapes, bounds, &options), svg_options())
            .map_err(|error| ExportError::Render(error.to_string()))?;
    let scale = width.max(1) as f32 / tree.size().width().max(1.0);
    let pixmap = render_tree(&tree, scale)?;
    Ok((pixmap.width(), pixmap.height(), pixmap.take_demultiplied()))
}

/// The most pixels a PNG may have. It is drawn in bands, so memory does not bound it; time
/// does: a 10,000-card map at 1× is half this and takes seconds.
const MAX_PIXELS: u64 = 1_000_000_000;

/// The most pixels a picture drawn whole (a thumbnail, [`rasterize`]) may have: tiny-skia
/// holds 4 bytes per pixel in one allocation.
const MAX_WHOLE_PIXELS: u64 = 400_000_000;

/// Rows of pixels drawn at a time: a band of a 14,000-pixel-wide map is about 110 MB,
/// where the whole picture would be 2 GB before any of it is compressed. Each band walks
/// the whole drawing again, so bands are not made smaller than that.
const BAND_ROWS: u32 = 2048;

/// Rows drawn above and below each band and then left out: text that a band's edge cuts
/// is drawn a little differently than whole, so every band is drawn with room around it.
const BAND_MARGIN_ROWS: u32 = 32;

/// The size in pixels of a picture `width` × `height` map units at `scale`, or why it is
/// too large.
fn pixel_size(width: f32, height: f32, scale: f32, most: u64) -> Result<(u32, u32), ExportError> {
    // `as u32` saturates, so an absurd size is refused rather than wrapped.
    let (width, height) = (
        (width * scale).ceil() as u32,
        (height * scale).ceil() as u32,
    );
    if u64::from(width) * u64::from(height) > most {
        return Err(ExportError::TooLarge { width, height });
    }
    Ok((width.max(1), height.max(1)))
}

fn render_tree(
    tree: &resvg::usvg::Tree,
    scale: f32,
) -> Result<resvg::tiny_skia::Pixmap, ExportError> {
    let size = tree.size();
    let (width, height) = pixel_size(size.width(), size.height(), scale, MAX_WHOLE_PIXELS)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or(ExportError::TooLarge { width, height })?;
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// The map as a PNG file's bytes, with the map's JSON in an iTXt chunk.
///
/// A picture that would be too large is refused from the layout's size, before the SVG is
/// built (which on a 10,000-card map at 4× took seconds and hundreds of megabytes). The
/// pixels are drawn and compressed a band of rows at a time, so a 10,000-card map needs
/// one band in memory rather than the whole picture (the pixels are those of the whole
/// picture, give or take a level or two of 255 at a few anti-aliased edges).
pub fn png(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    png_in_bands(map, options, BAND_ROWS)
}

fn png_in_bands(
    map: &JourneyMap,
    options: &ExportOptions,
    band_rows: u32,
) -> Result<Vec<u8>, ExportError> {
    if !SCALE_RANGE.contains(&options.scale) {
        return Err(ExportError::BadScale(options.scale));
    }
    let scale = options.scale as f32;
    let (shapes, bounds) = picture(map, options);
    let size = frame(bounds, options.page).size;
    pixel_size(size.x, size.y, scale, MAX_PIXELS)?;
    let svg = svg_to_rasterize(&shapes, bounds, options);
    drop(shapes);
    let tree = resvg::usvg::Tree::from_str(&svg, svg_options())
        .map_err(|error| ExportError::Render(error.to_string()))?;
    drop(svg);
    let size = tree.size();
    let (width, height) = pixel_size(size.width(), size.height(), scale, MAX_PIXELS)?;
    let band_rows = band_rows.clamp(1, height);
    let too_large = ExportError::TooLarge { width, height };
    let mut band =
        resvg::tiny_skia::Pixmap::new(width, band_rows + 2 * BAND_MARGIN_ROWS).ok_or(too_large)?;
    let mut rgba = Vec::with_capacity(band.data().len());

    let encode = |error: png::EncodingError| ExportError::Encode(error.to_string());
    let mut bytes = Vec::new();
    let mut writer = png_writer(&mut bytes, width, height, Some(&file::to_json(map)))?;
    let mut stream = writer.stream_writer().map_err(encode)?;
    for top in (0..height).step_by(band_rows as usize) {
        let rows = band_rows.min(height - top);
        band.fill(resvg::tiny_skia::Color::TRANSPARENT);
        // Moved up by whole pixels, so a band is drawn exactly as its rows of the whole.
        let transform = resvg::tiny_skia::Transform::from_scale(scale, scale)
            .post_translate(0.0, BAND_MARGIN_ROWS as f32 - top as f32);
        resvg::render(&tree, transform, &mut band.as_mut());
        rgba.clear();
        let skipped = BAND_MARGIN_ROWS as usize * width as usize;
        let shown = rows as usize * width as usize;
        for pixel in band.pixels().iter().skip(skipped).take(shown) {
            let c = pixel.demultiply();
            rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        std::io::Write::write_all(&mut stream, &rgba)
            .map_err(|error| ExportError::Encode(error.to_string()))?;
    }
    stream.finish().map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(bytes)
}

/// A PNG writer for RGBA pixels, its header and, if given, the map inside already written.
fn png_writer<'a>(
    bytes: &'a mut Vec<u8>,
    width: u32,
    height: u32,
    map_json: Option<&str>,
) -> Result<png::Writer<&'a mut Vec<u8>>, ExportError> {
    let encode = |error: png::EncodingError| ExportError::Encode(error.to_string());
    let mut encoder = png::Encoder::new(bytes, width, height);
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
    Ok(writer)
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
    let mut writer = png_writer(&mut bytes, width, height, map_json)?;
    writer.write_image_data(rgba).map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(bytes)
}

/// The bytes of a picture of a map, as PNG, SVG, PDF or PowerPoint by the extension of the file it is for.
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
        Format::Pdf => pdf::pdf(map, options)?,
        Format::Pptx => pptx::pptx(map, options)?,
    })
}

/// Exports a map to a file, as PNG, SVG, PDF or PowerPoint by its extension. The file is written whole or
/// not at all.
pub fn export_to_path(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let bytes = export_bytes(map, path, options)?;
    file::write_atomically(path, &bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Settings, generate};

    fn at_scale(scale: u32) -> ExportOptions {
        ExportOptions {
            scale,
            ..ExportOptions::default()
        }
    }

    #[test]
    fn a_png_drawn_in_bands_has_the_pixels_of_the_whole_picture_and_the_map_inside() {
        let map = generate(Settings::for_cards(40));
        let mut options = at_scale(1);
        // The rasteriser is given outlines only, as the banded export draws them.
        options.text = SvgText::Outlines;
        let whole = rasterize(&svg(&map, &options), 1)
            .unwrap()
            .take_demultiplied();
        // Bands of 16 rows: many seams, and a last band that is not full.
        let bytes = png_in_bands(&map, &options, 16).unwrap();
        let mut reader = png::Decoder::new(std::io::Cursor::new(&bytes))
            .read_info()
            .unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        reader.next_frame(&mut pixels).unwrap();
        // Bands are drawn moved by whole pixels, which rounds a few anti-aliased edges the
        // other way: a level or two of 255 on straight edges, and on the curves of letters
        // (drawn from outlines scaled down a hundredfold) one or two of the rasteriser's 16
        // coverage samples per pixel, up to 33 levels, on scattered single pixels; nothing
        // a reader of the picture could see, where a seam through text would be.
        assert_eq!(pixels.len(), whole.len());
        let differing = |more_than: u8| {
            pixels
                .iter()
                .zip(&whole)
                .filter(|(a, b)| a.abs_diff(**b) > more_than)
                .count()
        };
        let (any, visible) = (differing(0), differing(40));
        assert!(
            any < whole.len() / 1_000,
            "{any} of {} levels differ",
            whole.len()
        );
        assert!(
            visible < whole.len() / 100_000,
            "{visible} levels differ by more than 40"
        );
        assert_eq!(crate::file::load(&bytes).unwrap().map, map);
    }

    #[test]
    fn a_picture_too_large_is_refused_with_a_sentence() {
        // 55,776 × 146,148 pixels.
        let map = generate(Settings::for_cards(10_000));
        let error = png(&map, &at_scale(4)).unwrap_err();
        assert!(matches!(error, ExportError::TooLarge { .. }), "{error}");
        assert!(
            error
                .to_string()
                .ends_with("export at a smaller scale or as SVG."),
            "{error}"
        );
    }
}
