//! Draws painted shapes with egui, through the canvas transform `screen_from_map`.

use std::sync::Arc;

use egui::emath::TSTransform;
use egui::epaint::{Mesh, PathShape, PathStroke};
use egui::{
    Color32, FontData, FontDefinitions, FontFamily, FontId, Painter, Pos2, Rect, StrokeKind, vec2,
};

use super::{Dash, Shape, Stroke};
use crate::model::PictureId;
use crate::text::{EMOJI_FONT, REGULAR_FONT, SEMIBOLD_FONT, Weight};

const REGULAR: &str = "Inter";
const SEMIBOLD: &str = "Inter SemiBold";
const EMOJI: &str = "Twemoji Mozilla";

/// Registers the bundled fonts with egui, for the map and for the editor's own widgets, so
/// the screen uses the same letters as the exports: Inter, then the colour emoji font
/// (epaint draws its COLR glyphs in colour), then egui's own fonts.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        REGULAR.to_owned(),
        Arc::new(FontData::from_static(REGULAR_FONT)),
    );
    fonts.font_data.insert(
        SEMIBOLD.to_owned(),
        Arc::new(FontData::from_static(SEMIBOLD_FONT)),
    );
    fonts.font_data.insert(
        EMOJI.to_owned(),
        Arc::new(FontData::from_static(EMOJI_FONT)),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for (family, first) in [(REGULAR, REGULAR), (SEMIBOLD, SEMIBOLD)] {
        let mut list = vec![first.to_owned(), EMOJI.to_owned()];
        list.extend(fallbacks.iter().cloned());
        fonts.families.insert(FontFamily::Name(family.into()), list);
    }
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.splice(0..0, [REGULAR.to_owned(), EMOJI.to_owned()]);
    }
    ctx.set_fonts(fonts);
    ctx.add_glyph_rasterizer(egui::epaint::text::GlyphRasterizer::new(
        "journeymap::replacement",
        |request| replacement_glyph(request.cluster, request.font_size_px),
    ));
}

/// What the screen shows for a character no bundled font has: the red question mark the
/// exports draw too, rather than egui's empty box. Formatting characters stay invisible.
fn replacement_glyph(
    cluster: &str,
    font_size_px: f32,
) -> Option<egui::epaint::text::RasterizedGlyph> {
    use crate::text::{
        FontFace, PATH_UNITS_PER_EM, REPLACEMENT_CHAR, TextStyle, color_layers, glyph_path,
    };
    use std::fmt::Write;
    if cluster.chars().all(crate::text::is_invisible) || !(1.0..=512.0).contains(&font_size_px) {
        return None;
    }
    let placed = TextStyle::new(1.0, Weight::Regular).glyphs(&REPLACEMENT_CHAR.to_string());
    let glyph = placed.first().filter(|g| g.face == FontFace::Emoji)?;
    // An em square from 0.875 em above the baseline, where the emoji font draws.
    let top = -0.875 * PATH_UNITS_PER_EM;
    let size = font_size_px.ceil() as u32;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 {top} {PATH_UNITS_PER_EM} {PATH_UNITS_PER_EM}">"#
    );
    for &(layer, [r, g, b, a]) in color_layers(glyph.face, glyph.glyph)? {
        let _ = write!(
            svg,
            r##"<path fill="#{r:02x}{g:02x}{b:02x}" fill-opacity="{}" d="{}"/>"##,
            f32::from(a) / 255.0,
            glyph_path(glyph.face, layer)
        );
    }
    svg.push_str("</svg>");
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).ok()?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let image = egui::ColorImage::from_rgba_unmultiplied(
        [size as usize, size as usize],
        &pixmap.take_demultiplied(),
    );
    Some(egui::epaint::text::RasterizedGlyph {
        bitmap: egui::epaint::text::GlyphBitmap {
            image,
            offset_px: egui::vec2(0.0, top / PATH_UNITS_PER_EM * font_size_px),
            is_color: true,
        },
        advance_px: glyph.advance * font_size_px,
    })
}

fn font(weight: Weight, size: f32) -> FontId {
    let family = match weight {
        Weight::Regular => REGULAR,
        Weight::SemiBold => SEMIBOLD,
    };
    FontId::new(size, FontFamily::Name(family.into()))
}

/// Counts what a draw call did, so tests can see that culling works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DrawStats {
    /// Shapes handed to egui.
    pub drawn: usize,
    /// Shapes skipped because they were outside the visible area.
    pub culled: usize,
}

/// Shapes smaller than this many screen pixels are left out.
pub const SMALLEST_VISIBLE_DETAIL: f32 = 0.75;

/// Text smaller than this many screen pixels is left out altogether.
pub const SMALLEST_TEXT_BAR: f32 = 1.5;

/// Text smaller than this many screen pixels is drawn as a bar: nobody can read it.
pub const SMALLEST_READABLE_TEXT: f32 = 4.0;

/// Which shapes a drawing pass makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// Everything.
    All,
    /// Everything but text large enough to read: what looks the same at any pan, so it can
    /// be tessellated once and reused.
    Overview,
    /// Only text large enough to read.
    ReadableText,
}

/// Draws shapes in map space onto a painter, skipping those outside its clip rectangle.
pub fn draw(painter: &Painter, shapes: &[Shape], screen_from_map: TSTransform) -> DrawStats {
    draw_pass(painter, shapes, screen_from_map, Pass::All)
}

/// Draws one pass of shapes onto a painter, skipping those outside its clip rectangle.
pub fn draw_pass(
    painter: &Painter,
    shapes: &[Shape],
    screen_from_map: TSTransform,
    pass: Pass,
) -> DrawStats {
    let visible = screen_from_map.inverse().mul_rect(painter.clip_rect());
    let mut out = Vec::with_capacity(1024);
    let stats = to_egui(painter, shapes, screen_from_map, visible, pass, &mut out);
    painter.extend(out);
    stats
}

/// The textures the canvas has for the map's pictures, by picture id. The app's picture
/// cache decodes pictures on worker threads and publishes what it has in the context's
/// temporary data; drawing reads it there, so no drawing function needs another argument.
#[derive(Clone, Default)]
pub struct PictureTextures(pub Arc<std::collections::HashMap<PictureId, egui::TextureId>>);

impl PictureTextures {
    /// Makes these the textures drawing uses from now on.
    pub fn publish(self, ctx: &egui::Context) {
        ctx.data_mut(|data| data.insert_temp(egui::Id::NULL, self));
    }

    /// The textures published last; none before the first.
    pub fn of(ctx: &egui::Context) -> PictureTextures {
        ctx.data(|data| data.get_temp::<PictureTextures>(egui::Id::NULL))
            .unwrap_or_default()
    }

    /// The texture of a picture, if it has been decoded.
    pub fn get(&self, picture: &PictureId) -> Option<egui::TextureId> {
        self.0.get(picture).copied()
    }
}

/// Turns the shapes of a pass that touch `visible` (in map space) into egui shapes.
pub fn to_egui(
    painter: &Painter,
    shapes: &[Shape],
    screen_from_map: TSTransform,
    visible: Rect,
    pass: Pass,
    out: &mut Vec<egui::Shape>,
) -> DrawStats {
    let scale = screen_from_map.scaling;
    let mut stats = DrawStats::default();
    for shape in shapes {
        let readable_text = matches!(shape, Shape::Text { style, .. }
            if style.size * scale >= SMALLEST_READABLE_TEXT);
        let wanted = match pass {
            Pass::All => true,
            Pass::Overview => !readable_text,
            Pass::ReadableText => readable_text,
        };
        if !wanted {
            continue;
        }
        let bounds = shape.bounds();
        if !visible.intersects(bounds.expand(4.0)) {
            stats.culled += 1;
            continue;
        }
        // Detail smaller than a pixel (an icon's eye, a dot of a dotted line) cannot be
        // seen: leaving it out keeps a whole-map view of thousands of cards cheap.
        if bounds.width().max(bounds.height()) * scale < SMALLEST_VISIBLE_DETAIL {
            stats.culled += 1;
            continue;
        }
        stats.drawn += 1;
        match shape {
            // A long line (a link across the map) is drawn only where it is visible, so
            // its off-screen length costs nothing to tessellate.
            Shape::Line { points, stroke } if !visible.contains_rect(bounds) => {
                let margin = visible.expand(stroke.width * 4.0 + 8.0);
                for run in visible_runs(points, margin) {
                    line_to_egui(run, stroke, screen_from_map, scale, out);
                }
            }
            _ => shape_to_egui(painter, shape, screen_from_map, scale, out),
        }
    }
    stats
}

/// The stretches of a polyline whose segments touch `area`, as slices of its points.
fn visible_runs(points: &[Pos2], area: Rect) -> Vec<&[Pos2]> {
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    for (i, pair) in points.windows(2).enumerate() {
        let touches = area.intersects(Rect::from_two_pos(pair[0], pair[1]));
        match (touches, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(&points[s..=i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(&points[s..]);
    }
    runs
}

fn egui_stroke(stroke: &Stroke, scale: f32) -> egui::Stroke {
    egui::Stroke::new(stroke.width * scale, stroke.color)
}

fn shape_to_egui(
    painter: &Painter,
    shape: &Shape,
    t: TSTransform,
    scale: f32,
    out: &mut Vec<egui::Shape>,
) {
    match shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let stroke = stroke.map_or(egui::Stroke::NONE, |s| egui_stroke(&s, scale));
            out.push(egui::Shape::Rect(egui::epaint::RectShape::new(
                t.mul_rect(*rect),
                (radius * scale).min(255.0),
                *fill,
                stroke,
                StrokeKind::Inside,
            )));
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let stroke = stroke.map_or(egui::Stroke::NONE, |s| egui_stroke(&s, scale));
            out.push(egui::Shape::Circle(egui::epaint::CircleShape {
                center: t.mul_pos(*center),
                radius: radius * scale,
                fill: *fill,
                stroke,
            }));
        }
        Shape::Line { points, stroke } => line_to_egui(points, stroke, t, scale, out),
        Shape::Image { rect, picture, .. } => {
            let rect = t.mul_rect(*rect);
            // Not decoded yet, or not decodable: the frame painted under it shows.
            if let Some(texture) = PictureTextures::of(painter.ctx()).get(picture) {
                out.push(egui::Shape::image(
                    texture,
                    rect,
                    Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
                    Color32::WHITE,
                ));
            }
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => {
            let points: Vec<_> = points.iter().map(|p| t.mul_pos(*p)).collect();
            if fill.a() > 0 && points.len() >= 3 {
                out.push(egui::Shape::mesh(fan(&points, *fill)));
            }
            if let Some(stroke) = stroke {
                out.push(egui::Shape::Path(PathShape::closed_line(
                    points,
                    egui_stroke(stroke, scale),
                )));
            }
        }
        Shape::Text {
            pos,
            text,
            style,
            color,
            width,
        } => {
            let size = style.size * scale;
            if size < SMALLEST_TEXT_BAR {
                // Thinner than a pixel and a half: even a bar would be a smudge.
                return;
            }
            if size < SMALLEST_READABLE_TEXT {
                // Too small to read: a faint bar where the text is costs a fraction of
                // laying the glyphs out, and looks the same from this far away.
                let bar = Rect::from_min_size(
                    t.mul_pos(*pos + vec2(0.0, style.line_height() * 0.3)),
                    vec2(width * scale, (size * 0.55).max(0.5)),
                );
                out.push(egui::Shape::rect_filled(
                    bar,
                    0.0,
                    color.gamma_multiply(0.35),
                ));
                return;
            }
            let galley = painter.layout_no_wrap(text.clone(), font(style.weight, size), *color);
            out.push(egui::Shape::galley(t.mul_pos(*pos), galley, *color));
        }
    }
}

/// A polyline (or a visible stretch of one) as egui shapes.
fn line_to_egui(
    points: &[Pos2],
    stroke: &Stroke,
    t: TSTransform,
    scale: f32,
    out: &mut Vec<egui::Shape>,
) {
    let points: Vec<_> = points.iter().map(|p| t.mul_pos(*p)).collect();
    let width = stroke.width * scale;
    let (dash_length, gap) = Stroke { width, ..*stroke }.dash_lengths();
    // Dashes and dots closer than a couple of pixels read as a line anyway.
    let dash = if width < 1.0 {
        Dash::Solid
    } else {
        stroke.dash
    };
    match dash {
        Dash::Solid => {
            out.push(egui::Shape::Path(PathShape::line(
                points,
                PathStroke::new(width, stroke.color),
            )));
        }
        Dash::Dashed => {
            out.extend(egui::Shape::dashed_line(
                &points,
                egui::Stroke::new(width, stroke.color),
                dash_length,
                gap,
            ));
        }
        Dash::Dotted => {
            out.extend(egui::Shape::dotted_line(
                &points,
                stroke.color,
                gap,
                width * 0.55,
            ));
        }
    }
}

/// Fills a polygon that is star-shaped around its centroid with a triangle fan; egui's
/// own polygon fill is for convex shapes only.
fn fan(points: &[egui::Pos2], color: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    let n = points.len() as f32;
    let center = points
        .iter()
        .fold(egui::Vec2::ZERO, |sum, p| sum + p.to_vec2())
        / n;
    mesh.colored_vertex(center.to_pos2(), color);
    for p in points {
        mesh.colored_vertex(*p, color);
    }
    let count = points.len() as u32;
    for i in 0..count {
        mesh.add_triangle(0, 1 + i, 1 + (i + 1) % count);
    }
    mesh
}

/// The visible part of map space for a painter and transform.
pub fn visible_map_rect(painter: &Painter, screen_from_map: TSTransform) -> Rect {
    screen_from_map.inverse().mul_rect(painter.clip_rect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many pixels of the font atlas egui fills after drawing `text` in black, on the
    /// map's font and in the editor's own, are near `colour`.
    fn atlas_pixels_near(text: &str, colour: [u8; 3]) -> usize {
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter();
            for (y, font) in [
                (20.0, font(Weight::Regular, 32.0)),
                (80.0, egui::FontId::proportional(32.0)),
            ] {
                painter.text(
                    egui::pos2(10.0, y),
                    egui::Align2::LEFT_TOP,
                    text,
                    font,
                    Color32::BLACK,
                );
            }
        });
        // Glyphs are rasterised into the atlas when the shapes are tessellated.
        let mut textures = output.textures_delta;
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
        let later = ctx.run_ui(egui::RawInput::default(), |_| {});
        textures.append(later.textures_delta);
        let near = |c: Color32| {
            let [r, g, b, _] = c.to_srgba_unmultiplied();
            [r, g, b]
                .iter()
                .zip(colour)
                .all(|(a, b)| a.abs_diff(b) < 24)
        };
        let count = textures
            .set
            .values()
            .flatten()
            .map(|delta| match &delta.image {
                egui::ImageData::Color(image) => image.pixels.iter().filter(|&&c| near(c)).count(),
            })
            .sum();
        textures.clear();
        count
    }

    #[test]
    fn the_screen_draws_emoji_in_colour_on_the_map_and_in_the_editor() {
        // Twemoji's face yellow; letters alone put none in the atlas.
        let yellow = [0xff, 0xcc, 0x4d];
        assert!(atlas_pixels_near("Blij 😀", yellow) > 50);
        assert_eq!(atlas_pixels_near("Blij", yellow), 0);
        // A character no font has is the exports' red question mark, not an empty box.
        let red = [0xbe, 0x19, 0x31];
        assert!(atlas_pixels_near("Linear B: 𐀀", red) > 20);
        assert_eq!(atlas_pixels_near("Linear B", red), 0);
    }
}
