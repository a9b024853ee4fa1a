//! What the export dialog shows before anything is written: a small picture of the export,
//! page and all, and about how large its file will be. Both are slow on a big map, so the
//! dialog asks for them on a thread of its own.

use super::pdf::pdf;
use super::{ExportError, ExportOptions, Format, Page, SCALE_RANGE, svg, svg_options};
use crate::file;
use crate::model::JourneyMap;
use crate::paint::svg::Background;

/// The tallest a preview is, in widths: a map many times taller than wide is shown whole
/// and small rather than as a picture of tens of megabytes.
const MAX_HEIGHT_IN_WIDTHS: f32 = 3.0;

/// About how many pixels the PNG size estimate draws and compresses: enough for the
/// map's mix of flat colour and text, few enough to take well under a second.
const SAMPLE_PIXELS: f32 = 2_000_000.0;

/// A picture of the export `max_width` pixels wide (less for a very tall one), drawn from
/// the same SVG as the export and placed on its page: a map fitted to an A4 page shows the
/// page around it. Returns straight (not premultiplied) RGBA pixels with their width and
/// height.
pub fn preview(
    map: &JourneyMap,
    options: &ExportOptions,
    max_width: u32,
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let tree = tree(map, options)?;
    let view = view_of(&tree, options.page);
    let scale = (max_width.max(1) as f32 / view.width())
        .min(max_width.max(1) as f32 * MAX_HEIGHT_IN_WIDTHS / view.height());
    let pixmap = render_on_page(&tree, view, scale, options.background)?;
    Ok((pixmap.width(), pixmap.height(), pixmap.take_demultiplied()))
}

/// About how many bytes the export's file will have. SVG and PDF are made and measured;
/// a PNG is estimated from stripes of it, drawn at its scale from top to bottom and
/// compressed as the export compresses them, scaled up by the number of rows.
pub fn estimate_size(
    map: &JourneyMap,
    format: Format,
    options: &ExportOptions,
) -> Result<u64, ExportError> {
    match format {
        Format::Svg => Ok(svg(map, options).len() as u64),
        Format::Pdf => Ok(pdf(map, options)?.len() as u64),
        Format::Pptx => Ok(super::pptx::pptx(map, options)?.len() as u64),
        Format::Png => estimate_png_size(map, options),
    }
}

/// How many stripes of a PNG the estimate draws: spread over the picture, so that the
/// title, the cards, the curves and the legend each have their say.
const STRIPES: u32 = 8;

fn estimate_png_size(map: &JourneyMap, options: &ExportOptions) -> Result<u64, ExportError> {
    if !SCALE_RANGE.contains(&options.scale) {
        return Err(ExportError::BadScale(options.scale));
    }
    let tree = tree(map, options)?;
    let view = view_of(&tree, options.page);
    let scale = options.scale as f32;
    let (width, height) = super::pixel_size(view.width(), view.height(), scale, super::MAX_PIXELS)?;
    // Drawn at the export's own scale: a smaller picture of the same map has more edges per
    // pixel and compresses worse (at half the scale, about 1.5 times the bytes per pixel).
    let rows = ((SAMPLE_PIXELS / width as f32 / STRIPES as f32) as u32).clamp(4, height);
    let stripes = STRIPES.min(height.div_ceil(rows));
    let mut rgba = Vec::with_capacity((width * rows * stripes * 4) as usize);
    let mut stripe = resvg::tiny_skia::Pixmap::new(width, rows)
        .ok_or(ExportError::TooLarge { width, height })?;
    for i in 0..stripes {
        let top = (height - rows) * i / (stripes - 1).max(1);
        stripe.fill(match options.background {
            Background::White => resvg::tiny_skia::Color::WHITE,
            Background::Transparent => resvg::tiny_skia::Color::TRANSPARENT,
        });
        let transform = resvg::tiny_skia::Transform::from_translate(-view.min.x, -view.min.y)
            .post_scale(scale, scale)
            .post_translate(0.0, -(top as f32));
        resvg::render(&tree, transform, &mut stripe.as_mut());
        for pixel in stripe.pixels() {
            let c = pixel.demultiply();
            rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
    let sampled_rows = rows * stripes;
    let pixels = super::encode_png(&rgba, width, sampled_rows, None)?;
    // The map rides along in the PNG, compressed: measured on a one-pixel picture.
    let with_map = super::encode_png(&[255; 4], 1, 1, Some(&file::to_json(map)))?;
    let without_map = super::encode_png(&[255; 4], 1, 1, None)?;
    let map_bytes = with_map.len().saturating_sub(without_map.len());
    let picture_bytes = pixels.len() as f64 * f64::from(height) / f64::from(sampled_rows);
    Ok(picture_bytes as u64 + map_bytes as u64)
}

fn tree(map: &JourneyMap, options: &ExportOptions) -> Result<resvg::usvg::Tree, ExportError> {
    // Outlines only: they look the same, and the invisible text layer would cost resvg the
    // shaping of every line.
    let options = ExportOptions {
        text: super::SvgText::Outlines,
        ..*options
    };
    resvg::usvg::Tree::from_str(&svg(map, &options), svg_options())
        .map_err(|error| ExportError::Render(error.to_string()))
}

/// The part of the SVG's space the picture shows: the SVG itself when it is already drawn
/// on its page, else the SVG widened to the page's proportions, as the page puts it.
fn view_of(tree: &resvg::usvg::Tree, page: Page) -> egui::Rect {
    let size = tree.size();
    let drawing = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(size.width().max(1.0), size.height().max(1.0)),
    );
    page.frame(drawing).0
}

/// Draws the part `view` of the SVG at `scale`, on the page's background.
fn render_on_page(
    tree: &resvg::usvg::Tree,
    view: egui::Rect,
    scale: f32,
    background: Background,
) -> Result<resvg::tiny_skia::Pixmap, ExportError> {
    let (width, height) =
        super::pixel_size(view.width(), view.height(), scale, super::MAX_WHOLE_PIXELS)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or(ExportError::TooLarge { width, height })?;
    if background == Background::White {
        pixmap.fill(resvg::tiny_skia::Color::WHITE);
    }
    let transform = resvg::tiny_skia::Transform::from_translate(-view.min.x, -view.min.y)
        .post_scale(scale, scale);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::SAMPLES;

    fn sample() -> JourneyMap {
        file::load(SAMPLES[0].json.as_bytes()).unwrap().map
    }

    #[test]
    fn a_preview_has_the_proportions_of_its_page_and_white_around_the_map() {
        let map = sample();
        let options = ExportOptions {
            page: Page::A4,
            ..ExportOptions::default()
        };
        let (width, height, rgba) = preview(&map, &options, 400).unwrap();
        assert_eq!(width, 400);
        let a4 = 297.0 / 210.0;
        assert!(
            (width as f32 / height as f32 - a4).abs() < 0.01,
            "{width} × {height}"
        );
        let corner = &rgba[..4];
        assert_eq!(corner, [255, 255, 255, 255], "the page is white");
        assert!(
            rgba.chunks_exact(4).any(|p| p != [255, 255, 255, 255]),
            "the map is drawn on it"
        );
    }

    #[test]
    fn a_very_tall_map_gives_a_preview_of_bounded_height() {
        let map = crate::generate::generate(crate::generate::Settings::for_cards(200));
        let (width, height, _) = preview(&map, &ExportOptions::default(), 100).unwrap();
        assert!(width <= 100 && height <= 301, "{width} × {height}");
    }

    #[test]
    fn the_png_estimate_is_near_the_real_size() {
        for (map, scale) in [
            (sample(), 2),
            (sample(), 4),
            (
                crate::generate::generate(crate::generate::Settings::for_cards(120)),
                1,
            ),
        ] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            let estimate = estimate_size(&map, Format::Png, &options).unwrap() as f64;
            let real = super::super::png(&map, &options).unwrap().len() as f64;
            assert!(
                (0.8..=1.25).contains(&(estimate / real)),
                "at {scale}×: estimated {estimate} bytes, the PNG has {real}"
            );
        }
    }

    #[test]
    fn the_svg_estimate_is_the_svg_s_size() {
        let map = sample();
        let options = ExportOptions::default();
        assert_eq!(
            estimate_size(&map, Format::Svg, &options).unwrap(),
            svg(&map, &options).len() as u64
        );
    }
}
