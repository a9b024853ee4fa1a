//! SVG 1.1 from the painted shapes: what browsers, librsvg, Inkscape, LibreOffice and
//! PowerPoint open, and what the PNG export rasterises.
//!
//! Letters are drawn from the bundled fonts' own outlines (defined once, placed with
//! `<use>`), so a picture looks the same in every renderer on a machine with no fonts at
//! all, and emoji keep their colours. Over them lies the text itself, invisible, in the
//! bundled fonts embedded as `@font-face` subsets, so the words can still be selected,
//! searched and copied where a viewer supports that.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use base64::Engine;
use egui::{Color32, Rect, Vec2};

use super::{Dash, Shape, Stroke};
use crate::export::SvgText;
use crate::text::{FontFace, PATH_UNITS_PER_EM, PlacedGlyph, TextStyle, color_layers, glyph_path};

/// The background behind a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// An opaque white page.
    White,
    /// Nothing: the slide shows through.
    Transparent,
}

/// Where a picture's shapes go: the part of map space it shows, and its size in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The area of map space shown (map units become SVG user units).
    pub view: Rect,
    /// The picture's width and height.
    pub size: Vec2,
}

impl Frame {
    /// A picture of exactly `bounds`, one point per map unit.
    pub fn of(bounds: Rect) -> Frame {
        Frame {
            view: bounds,
            size: bounds.size(),
        }
    }
}

/// Writes shapes as an SVG document of the area `bounds`, text embedded.
pub fn to_svg(shapes: &[Shape], bounds: Rect, background: Background) -> String {
    to_svg_framed(shapes, Frame::of(bounds), background, SvgText::Embedded)
}

/// Writes shapes as an SVG document: `frame.view` of map space at `frame.size`, text
/// as `text` asks.
pub fn to_svg_framed(
    shapes: &[Shape],
    frame: Frame,
    background: Background,
    text: SvgText,
) -> String {
    let mut out = String::with_capacity(shapes.len() * 160);
    let (w, h) = (frame.size.x, frame.size.y);
    let view = frame.view;
    let _ = writeln!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="{}" height="{}" viewBox="{} {} {} {}">"#,
        n(w),
        n(h),
        n(view.left()),
        n(view.top()),
        n(view.width()),
        n(view.height())
    );
    let glyphs = Glyphs::of(shapes);
    out.push_str("<defs>\n");
    if text == SvgText::Embedded {
        write_font_faces(&mut out, &glyphs.chars);
        for &(face, glyph) in &glyphs.used {
            write_glyph_def(&mut out, face, glyph);
        }
    }
    out.push_str("</defs>\n");
    out.push_str(r#"<g stroke-linecap="round" stroke-linejoin="round">"#);
    out.push('\n');
    if background == Background::White {
        let _ = writeln!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#ffffff"/>"##,
            n(view.left()),
            n(view.top()),
            n(view.width()),
            n(view.height())
        );
    }
    for shape in shapes {
        write_shape(&mut out, shape, text);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// The glyphs a picture uses, and the characters of each face (for the font subsets).
struct Glyphs {
    used: BTreeSet<(FontFace, u16)>,
    chars: BTreeMap<FontFace, BTreeSet<u16>>,
}

impl Glyphs {
    fn of(shapes: &[Shape]) -> Glyphs {
        let mut used = BTreeSet::new();
        let mut chars: BTreeMap<FontFace, BTreeSet<u16>> = BTreeMap::new();
        for shape in shapes {
            if let Shape::Text { text, style, .. } = shape {
                for glyph in style.glyphs(text) {
                    used.insert((glyph.face, glyph.glyph));
                    chars.entry(glyph.face).or_default().insert(glyph.glyph);
                }
            }
        }
        Glyphs { used, chars }
    }
}

/// The id of a glyph's definition.
fn glyph_id(face: FontFace, glyph: u16) -> String {
    format!("g{}-{glyph}", face as u8)
}

/// A glyph's outline, or its coloured layers, as a definition to `<use>`.
fn write_glyph_def(out: &mut String, face: FontFace, glyph: u16) {
    let id = glyph_id(face, glyph);
    match color_layers(face, glyph) {
        Some(layers) => {
            let _ = write!(out, r#"<g id="{id}">"#);
            write_color_layers(out, face, layers);
            out.push_str("</g>\n");
        }
        None => {
            let _ = writeln!(out, r#"<path id="{id}" d="{}"/>"#, glyph_path(face, glyph));
        }
    }
}

fn write_color_layers(out: &mut String, face: FontFace, layers: &[(u16, [u8; 4])]) {
    for &(layer, [r, g, b, a]) in layers {
        let path = glyph_path(face, layer);
        if path.is_empty() {
            continue;
        }
        let _ = write!(out, r##"<path fill="#{r:02x}{g:02x}{b:02x}""##);
        if a != 255 {
            let _ = write!(out, r#" fill-opacity="{}""#, n(f32::from(a) / 255.0));
        }
        let _ = write!(out, r#" d="{path}"/>"#);
    }
}

/// The family name an embedded face is declared under: our own, so a viewer never takes
/// an installed Inter of another version with other widths for it.
fn embedded_family(face: FontFace) -> &'static str {
    match face {
        FontFace::Regular | FontFace::SemiBold => "journeymap Inter",
        FontFace::Emoji => "journeymap Twemoji",
    }
}

/// `@font-face` rules with each face cut down to the glyphs the picture uses, as data URLs.
fn write_font_faces(out: &mut String, used: &BTreeMap<FontFace, BTreeSet<u16>>) {
    if used.is_empty() {
        return;
    }
    out.push_str("<style type=\"text/css\"><![CDATA[\n");
    for (&face, glyphs) in used {
        let Some(subset) = subset_font(face, glyphs) else {
            continue;
        };
        let _ = writeln!(
            out,
            "@font-face {{ font-family: \"{}\"; font-weight: {}; src: url(\"data:font/otf;base64,{}\") format(\"opentype\"); }}",
            embedded_family(face),
            face.css_weight(),
            base64::engine::general_purpose::STANDARD.encode(subset)
        );
    }
    out.push_str("]]></style>\n");
}

/// The face cut down to `glyphs` (and .notdef), with the character map a browser needs.
/// `None` if the font could not be subset, which leaves the text layer in a fallback font
/// rather than failing the picture: the letters themselves are outlines.
fn subset_font(face: FontFace, glyphs: &BTreeSet<u16>) -> Option<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};
    let mut ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.iter().copied().filter(|&g| g != 0))
        .collect();
    // Colour layers are drawn from outlines; the text layer needs only the base glyphs.
    ids.dedup();
    let data = ReadScope::new(face.bytes()).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    // A Unicode map, never the smaller Mac Roman one allsorts picks for Latin text: browsers
    // look characters up by Unicode.
    subset(
        &provider,
        &ids,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .ok()
}

fn write_shape(out: &mut String, shape: &Shape, text_mode: SvgText) {
    match shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            // Strokes are drawn inside the rectangle, as egui does.
            let inset = stroke.map_or(0.0, |s| s.width / 2.0);
            let r = rect.shrink(inset);
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}""#,
                n(r.left()),
                n(r.top()),
                n(r.width().max(0.0)),
                n(r.height().max(0.0))
            );
            if *radius > 0.0 {
                let _ = write!(out, r#" rx="{}""#, n((radius - inset).max(0.0)));
            }
            write_paint(out, *fill, stroke.as_ref());
            out.push_str("/>\n");
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}""#,
                n(center.x),
                n(center.y),
                n(*radius)
            );
            write_paint(out, *fill, stroke.as_ref());
            out.push_str("/>\n");
        }
        Shape::Line { points, stroke } => {
            if points.len() < 2 {
                return;
            }
            out.push_str(r#"<polyline points=""#);
            write_points(out, points);
            out.push('"');
            write_paint(out, Color32::TRANSPARENT, Some(stroke));
            out.push_str("/>\n");
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => {
            out.push_str(r#"<polygon points=""#);
            write_points(out, points);
            out.push('"');
            write_paint(out, *fill, stroke.as_ref());
            out.push_str("/>\n");
        }
        Shape::Text {
            pos,
            text,
            style,
            color,
            width,
        } => write_text(out, *pos, text, *style, *color, *width, text_mode),
        Shape::Image {
            rect,
            media_type,
            data,
            ..
        } => {
            // Both href spellings: SVG 2 readers (browsers, resvg) take the plain one, older
            // ones (Inkscape 0.92, PowerPoint's import) only xlink's.
            let href = format!(
                "data:{};base64,{}",
                media_type.mime(),
                base64::engine::general_purpose::STANDARD.encode(data)
            );
            let _ = writeln!(
                out,
                r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="none" href="{href}" xlink:href="{href}"/>"#,
                n(rect.left()),
                n(rect.top()),
                n(rect.width()),
                n(rect.height())
            );
        }
    }
}

/// One line of text: its glyphs as outlines, and in embedded mode the words themselves,
/// invisible, stretched over exactly the glyphs' width so a selection covers them.
fn write_text(
    out: &mut String,
    pos: egui::Pos2,
    text: &str,
    style: TextStyle,
    color: Color32,
    width: f32,
    mode: SvgText,
) {
    let glyphs = style.glyphs(text);
    if glyphs.is_empty() {
        return;
    }
    let baseline = pos.y + style.ascent();
    let unit = style.size / PATH_UNITS_PER_EM;
    let _ = write!(
        out,
        r#"<g fill="{}"{} transform="translate({} {}) scale({})">"#,
        hex(color),
        opacity_attribute("fill-opacity", color),
        n(pos.x),
        n(baseline),
        unit
    );
    for glyph in &glyphs {
        write_glyph(out, glyph, style.size, mode);
    }
    out.push_str("</g>\n");
    if mode == SvgText::Embedded {
        let families = glyphs
            .iter()
            .map(|g| g.face)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|face| format!("'{}'", embedded_family(face)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-family="{families}, sans-serif" font-size="{}" font-weight="{}" textLength="{}" lengthAdjust="spacingAndGlyphs" fill="{}" fill-opacity="0">"#,
            n(pos.x),
            n(baseline),
            n(style.size),
            style.weight.css(),
            n(width.max(0.01)),
            hex(color),
        );
        escape_into(out, text);
        out.push_str("</text>\n");
    }
}

/// A glyph at its place on the line, in thousandths of an em.
fn write_glyph(out: &mut String, glyph: &PlacedGlyph, size: f32, mode: SvgText) {
    let x = glyph.x / size * PATH_UNITS_PER_EM;
    match mode {
        SvgText::Embedded => {
            let _ = write!(
                out,
                r##"<use xlink:href="#{}" x="{}"/>"##,
                glyph_id(glyph.face, glyph.glyph),
                n(x)
            );
        }
        // Paths with no references, which every importer understands.
        SvgText::Outlines => match color_layers(glyph.face, glyph.glyph) {
            Some(layers) => {
                let _ = write!(out, r#"<g transform="translate({})">"#, n(x));
                write_color_layers(out, glyph.face, layers);
                out.push_str("</g>");
            }
            None => {
                let path = glyph_path(glyph.face, glyph.glyph);
                if !path.is_empty() {
                    let _ = write!(out, r#"<path transform="translate({})" d="{path}"/>"#, n(x));
                }
            }
        },
    }
}

fn write_points(out: &mut String, points: &[egui::Pos2]) {
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", n(p.x), n(p.y));
    }
}

fn write_paint(out: &mut String, fill: Color32, stroke: Option<&Stroke>) {
    if fill.a() == 0 {
        out.push_str(r#" fill="none""#);
    } else {
        let _ = write!(
            out,
            r#" fill="{}"{}"#,
            hex(fill),
            opacity_attribute("fill-opacity", fill)
        );
    }
    if let Some(stroke) = stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}"{}"#,
            hex(stroke.color),
            n(stroke.width),
            opacity_attribute("stroke-opacity", stroke.color)
        );
        let (length, gap) = stroke.dash_lengths();
        match stroke.dash {
            Dash::Solid => {}
            Dash::Dashed => {
                let _ = write!(
                    out,
                    r#" stroke-dasharray="{} {}" stroke-linecap="butt""#,
                    n(length),
                    n(gap)
                );
            }
            Dash::Dotted => {
                let _ = write!(out, r#" stroke-dasharray="0.1 {}""#, n(gap));
            }
        }
    }
}

fn opacity_attribute(name: &str, color: Color32) -> String {
    if color.a() == 255 {
        String::new()
    } else {
        let alpha = color.to_srgba_unmultiplied()[3];
        format!(r#" {name}="{}""#, n(alpha as f32 / 255.0))
    }
}

/// The colour without alpha, as `#rrggbb` (alpha goes in an opacity attribute).
fn hex(color: Color32) -> String {
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// A number with at most two decimals, without trailing zeros.
fn n(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if xml_allows(c) => out.push(c),
            // Characters XML 1.0 cannot hold are left out rather than breaking the file: a
            // viewer refuses the whole picture over one of them.
            _ => {}
        }
    }
}

/// Whether XML 1.0 may hold a character (its `Char` production; Rust's `char` already
/// excludes the surrogates). Line breaks are left out too: a line of text has none.
fn xml_allows(ch: char) -> bool {
    !matches!(ch, '\0'..='\u{8}' | '\n'..='\u{1f}' | '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.35");
        assert_eq!(n(-0.001), "0");
    }

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "Q&A <b> \"x\"\u{1}\u{FFFE}]]>\u{FFFF}\n\u{1f}\té");
        assert_eq!(out, "Q&amp;A &lt;b&gt; &quot;x&quot;]]&gt;\té");
    }
}
