//! PDF from the painted shapes: the same drawing as the SVG and the PNG, written as vector
//! paths and as text in the bundled fonts (embedded, subset to the glyphs used), so a
//! reader can select, search and copy it. Glyphs are placed by [`TextStyle::glyphs`], as
//! every exporter places them; krilla writes the font subsets, the map from glyphs back to
//! text, and colour emoji (COLR layers) as small coloured drawings.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use egui::{Color32, Pos2, Rect};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId};

use super::{ExportError, ExportOptions, Page, picture};
use crate::model::{JourneyMap, MediaType};
use crate::paint::svg::Background;
use crate::paint::{Dash, Shape, Stroke};
use crate::text::{FontFace, PlacedGlyph, TextStyle};

/// The longest side of a page PDF viewers open: Acrobat refuses pages over 200 inches. A
/// map larger than that on a page of its own size is scaled down to it.
const MAX_PAGE_SIDE_PT: f32 = 14_400.0;

/// The map as a PDF document's bytes: one page, of the map's own size or the map fitted
/// onto the page `options.page` asks for.
pub fn pdf(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let fonts = fonts()
        .ok_or_else(|| ExportError::Render("the bundled fonts could not be read".to_owned()))?;
    let (shapes, bounds) = picture(map, options);
    let (view, page_size) = page_frame(options.page, bounds)
        .ok_or_else(|| ExportError::Render("the map has no size to put on a page".to_owned()))?;
    let page_settings = PageSettings::from_wh(page_size.x, page_size.y)
        .ok_or_else(|| ExportError::Render("the page has no size".to_owned()))?;

    let mut document = Document::new_with(krilla::SerializeSettings {
        // Tagging would need a structure tree of the map's reading order, which is
        // more than this export writes; without one, an empty tree only adds bytes.
        enable_tagging: false,
        ..krilla::SerializeSettings::default()
    });
    let mut page = document.start_page_with(page_settings);
    let mut surface = page.surface();
    if options.background == Background::White
        && let Some(path) = rect_path(Rect::from_min_size(Pos2::ZERO, page_size), 0.0)
    {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(Color32::WHITE)));
        surface.draw_path(&path);
    }
    let scale = page_size.x / view.width();
    surface.push_transform(&Transform::from_row(
        scale,
        0.0,
        0.0,
        scale,
        -view.left() * scale,
        -view.top() * scale,
    ));
    for shape in &shapes {
        draw_shape(&mut surface, shape, fonts);
    }
    surface.pop();
    surface.finish();
    page.finish();

    document.set_metadata(
        Metadata::new()
            .title(metadata_text(&map.title))
            .language(map.language().code().to_owned())
            .creator("journeymap".to_owned()),
    );
    document
        .finish()
        .map_err(|error| ExportError::Render(error.to_string()))
}

/// The part of map space shown and the page's size in points, with a page of the map's own
/// size kept within what viewers open. `None` for a map without a finite, positive size.
fn page_frame(page: Page, bounds: Rect) -> Option<(Rect, egui::Vec2)> {
    let (view, mut size) = page.frame(bounds);
    let longest = size.x.max(size.y);
    if longest > MAX_PAGE_SIDE_PT {
        size *= MAX_PAGE_SIDE_PT / longest;
    }
    let finite = [
        view.min.x, view.min.y, view.max.x, view.max.y, size.x, size.y,
    ]
    .iter()
    .all(|n| n.is_finite());
    (finite && view.width() > 0.0 && view.height() > 0.0 && size.x >= 1.0 && size.y >= 1.0)
        .then_some((view, size))
}

/// The map's title as the document's title: in one line, without control characters, which
/// the XMP metadata (XML) cannot hold.
fn metadata_text(title: &str) -> String {
    title
        .chars()
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bundled fonts, read by krilla once: it hashes the whole file (1.4 MB of emoji)
/// when a font is made, and knows a font again by that hash.
struct Fonts([Font; 3]);

impl Fonts {
    fn get(&self, face: FontFace) -> &Font {
        &self.0[face as usize]
    }
}

fn fonts() -> Option<&'static Fonts> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let font = |face: FontFace| Font::new(face.bytes().into(), 0);
            Some(Fonts([
                font(FontFace::Regular)?,
                font(FontFace::SemiBold)?,
                font(FontFace::Emoji)?,
            ]))
        })
        .as_ref()
}

fn draw_shape(surface: &mut Surface<'_>, shape: &Shape, fonts: &Fonts) {
    match shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            // Strokes are drawn inside the rectangle, as egui and the SVG do.
            let inset = stroke.map_or(0.0, |s| s.width / 2.0);
            let inner = rect.shrink(inset);
            if let Some(path) = rect_path(inner, (radius - inset).max(0.0)) {
                draw_path(surface, &path, *fill, stroke.as_ref());
            }
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            if let Some(path) = circle_path(*center, *radius) {
                draw_path(surface, &path, *fill, stroke.as_ref());
            }
        }
        Shape::Line { points, stroke } => {
            if let Some(path) = polyline_path(points, false) {
                draw_path(surface, &path, Color32::TRANSPARENT, Some(stroke));
            }
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => {
            if let Some(path) = polyline_path(points, true) {
                draw_path(surface, &path, *fill, stroke.as_ref());
            }
        }
        Shape::Text {
            pos,
            text,
            style,
            color,
            ..
        } => draw_text(surface, *pos, text, style, *color, fonts),
        Shape::Image {
            rect,
            media_type,
            data,
            ..
        } => draw_image(surface, *rect, *media_type, data),
    }
}

/// A picture as it is stored: a JPEG goes into the PDF as it is (DCT), a PNG's pixels are
/// compressed again. Data no decoder takes is left out, and its empty frame shows.
fn draw_image(surface: &mut Surface<'_>, rect: Rect, media_type: MediaType, data: &Arc<[u8]>) {
    let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(Arc::clone(data));
    let image = match media_type {
        MediaType::Png => Image::from_png(shared.into(), true),
        MediaType::Jpeg => Image::from_jpeg(shared.into(), true),
    };
    let (Ok(image), Some(size)) = (image, Size::from_wh(rect.width(), rect.height())) else {
        return;
    };
    surface.push_transform(&Transform::from_translate(rect.left(), rect.top()));
    surface.draw_image(image, size);
    surface.pop();
}

fn draw_path(surface: &mut Surface<'_>, path: &Path, fill_color: Color32, stroke: Option<&Stroke>) {
    let fill = (fill_color.a() > 0).then(|| fill(fill_color));
    let stroke = stroke.and_then(pdf_stroke);
    if fill.is_none() && stroke.is_none() {
        return;
    }
    surface.set_fill(fill);
    surface.set_stroke(stroke);
    surface.draw_path(path);
}

/// The colour's opacity: egui's colours are premultiplied, a PDF's are not.
fn opacity(color: Color32) -> NormalizedF32 {
    let alpha = color.to_srgba_unmultiplied()[3];
    NormalizedF32::new(f32::from(alpha) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn rgb_color(color: Color32) -> rgb::Color {
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    rgb::Color::new(r, g, b)
}

fn fill(color: Color32) -> Fill {
    Fill {
        paint: rgb_color(color).into(),
        opacity: opacity(color),
        ..Fill::default()
    }
}

/// A stroke as the SVG writes it: round caps and joins, dashes and dots in proportion to
/// the width. `None` for one that draws nothing.
fn pdf_stroke(stroke: &Stroke) -> Option<krilla::paint::Stroke> {
    if stroke.color.a() == 0 || !stroke.width.is_finite() || stroke.width <= 0.0 {
        return None;
    }
    let (length, gap) = stroke.dash_lengths();
    let (line_cap, dash) = match stroke.dash {
        Dash::Solid => (LineCap::Round, None),
        Dash::Dashed => (LineCap::Butt, Some(vec![length, gap])),
        // A dash of almost nothing with round caps is a dot.
        Dash::Dotted => (LineCap::Round, Some(vec![0.1, gap])),
    };
    Some(krilla::paint::Stroke {
        paint: rgb_color(stroke.color).into(),
        width: stroke.width,
        line_cap,
        line_join: LineJoin::Round,
        opacity: opacity(stroke.color),
        dash: dash.map(|array| StrokeDash { array, offset: 0.0 }),
        ..krilla::paint::Stroke::default()
    })
}

/// How far along a quarter circle's tangent a cubic Bézier's control points lie, per unit
/// of radius, to draw the quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A rectangle, with corners rounded by `radius` (no more than half its shorter side, as
/// SVG does). `None` for an empty or non-finite rectangle, which SVG does not draw either.
fn rect_path(rect: Rect, radius: f32) -> Option<Path> {
    if !(rect.width() > 0.0 && rect.height() > 0.0) {
        return None;
    }
    let r = radius.min(rect.width() / 2.0).min(rect.height() / 2.0);
    let mut path = PathBuilder::new();
    let (left, top, right, bottom) = (rect.left(), rect.top(), rect.right(), rect.bottom());
    if r > 0.0 {
        let k = r * (1.0 - KAPPA);
        path.move_to(left + r, top);
        path.line_to(right - r, top);
        path.cubic_to(right - k, top, right, top + k, right, top + r);
        path.line_to(right, bottom - r);
        path.cubic_to(right, bottom - k, right - k, bottom, right - r, bottom);
        path.line_to(left + r, bottom);
        path.cubic_to(left + k, bottom, left, bottom - k, left, bottom - r);
        path.line_to(left, top + r);
        path.cubic_to(left, top + k, left + k, top, left + r, top);
    } else {
        path.move_to(left, top);
        path.line_to(right, top);
        path.line_to(right, bottom);
        path.line_to(left, bottom);
    }
    path.close();
    path.finish()
}

fn circle_path(center: Pos2, radius: f32) -> Option<Path> {
    if radius.is_nan() || radius <= 0.0 {
        return None;
    }
    let (x, y, r, k) = (center.x, center.y, radius, radius * KAPPA);
    let mut path = PathBuilder::new();
    path.move_to(x + r, y);
    path.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    path.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    path.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    path.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    path.close();
    path.finish()
}

fn polyline_path(points: &[Pos2], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let mut path = PathBuilder::new();
    path.move_to(first.x, first.y);
    for point in rest {
        path.line_to(point.x, point.y);
    }
    if closed {
        path.close();
    }
    path.finish()
}

/// A glyph as krilla takes it: placed by its advance, and copied as the text it shows.
struct RunGlyph {
    id: GlyphId,
    text: Range<usize>,
    /// In ems: krilla asks for it at size 1 as well as at the text's size, and moves a
    /// glyph by the difference from the font's own advance.
    advance_em: f32,
}

impl krilla::text::Glyph for RunGlyph {
    fn glyph_id(&self) -> GlyphId {
        self.id
    }
    fn text_range(&self) -> Range<usize> {
        self.text.clone()
    }
    fn x_advance(&self, size: f32) -> f32 {
        self.advance_em * size
    }
    fn x_offset(&self, _size: f32) -> f32 {
        0.0
    }
    fn y_offset(&self, _size: f32) -> f32 {
        0.0
    }
    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

/// One line of text, as runs of consecutive glyphs from one font (Inter, then an emoji,
/// then Inter again), each started where the layout placed its first glyph.
fn draw_text(
    surface: &mut Surface<'_>,
    pos: Pos2,
    text: &str,
    style: &TextStyle,
    color: Color32,
    fonts: &Fonts,
) {
    if color.a() == 0 || style.size.is_nan() || style.size <= 0.0 {
        return;
    }
    let glyphs = style.glyphs(text);
    let baseline = pos.y + style.ascent();
    surface.set_stroke(None);
    surface.set_fill(Some(fill(color)));
    for run in glyphs.chunk_by(|a, b| a.face == b.face) {
        let Some(first) = run.first() else {
            continue;
        };
        let font = fonts.get(first.face);
        let units_per_em = font.units_per_em();
        let run_glyphs: Vec<RunGlyph> = run
            .iter()
            .map(|glyph| run_glyph(glyph, style.size, units_per_em))
            .collect();
        surface.draw_glyphs(
            Point::from_xy(pos.x + first.x, baseline),
            &run_glyphs,
            font.clone(),
            text,
            style.size,
            false,
        );
    }
}

fn run_glyph(glyph: &PlacedGlyph, size: f32, units_per_em: f32) -> RunGlyph {
    // Advances are whole font units; rounding away the float noise of scaling them to the
    // text's size and back spares every glyph a needless correction in the PDF.
    let advance_units = (glyph.advance / size * units_per_em).round();
    RunGlyph {
        id: GlyphId::new(u32::from(glyph.glyph)),
        text: glyph.text.clone(),
        advance_em: advance_units / units_per_em,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_the_maps_own_size_is_kept_within_what_viewers_open() {
        let huge = Rect::from_min_size(Pos2::new(-10.0, 5.0), egui::vec2(28_000.0, 73_000.0));
        let (view, size) = page_frame(Page::Fit, huge).unwrap();
        assert_eq!(view, huge);
        assert!((size.y - MAX_PAGE_SIDE_PT).abs() < 1e-3, "{size:?}");
        assert!((size.x / size.y - 28.0 / 73.0).abs() < 1e-4, "{size:?}");

        let small = Rect::from_min_size(Pos2::ZERO, egui::vec2(1_200.0, 800.0));
        assert_eq!(page_frame(Page::Fit, small).unwrap().1, small.size());
        assert!(page_frame(Page::Fit, Rect::NOTHING).is_none());
        let nan = Rect::from_min_size(Pos2::ZERO, egui::vec2(f32::NAN, 800.0));
        assert!(page_frame(Page::A4, nan).is_none());
    }

    #[test]
    fn a_title_with_control_characters_is_one_clean_line_of_metadata() {
        assert_eq!(
            metadata_text("Klantreis\n\u{1b}[31m  rood\u{0}"),
            "Klantreis [31m rood"
        );
    }
}
