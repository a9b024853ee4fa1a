//! SVG 1.1 from the painted shapes: what browsers, librsvg and PowerPoint open, and what
//! the PNG export rasterises.

use std::fmt::Write;

use egui::{Color32, Rect};

use super::{Dash, Shape, Stroke};
use crate::text::FONT_FAMILY;

/// The background behind a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// An opaque white page.
    White,
    /// Nothing: the slide shows through.
    Transparent,
}

/// Writes shapes as an SVG document of the area `bounds` (map units become SVG user units).
pub fn to_svg(shapes: &[Shape], bounds: Rect, background: Background) -> String {
    let mut out = String::with_capacity(shapes.len() * 120);
    let (w, h) = (bounds.width(), bounds.height());
    let _ = writeln!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="{} {} {w} {h}">"#,
        bounds.left(),
        bounds.top()
    );
    let _ = writeln!(
        out,
        r#"<g font-family="{FONT_FAMILY}, 'Helvetica Neue', Arial, sans-serif" stroke-linecap="round" stroke-linejoin="round">"#
    );
    if background == Background::White {
        let _ = writeln!(
            out,
            r##"<rect x="{}" y="{}" width="{w}" height="{h}" fill="#ffffff"/>"##,
            bounds.left(),
            bounds.top()
        );
    }
    for shape in shapes {
        write_shape(&mut out, shape);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn write_shape(out: &mut String, shape: &Shape) {
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
            ..
        } => {
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="{}" font-weight="{}" fill="{}"{}>"#,
                n(pos.x),
                n(pos.y + style.ascent()),
                n(style.size),
                style.weight.css(),
                hex(*color),
                opacity_attribute("fill-opacity", *color)
            );
            escape_into(out, text);
            out.push_str("</text>\n");
        }
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
        match stroke.dash {
            Dash::Solid => {}
            Dash::Dashed => {
                let _ = write!(
                    out,
                    r#" stroke-dasharray="{} {}" stroke-linecap="butt""#,
                    n(stroke.width * 3.0),
                    n(stroke.width * 2.2)
                );
            }
            Dash::Dotted => {
                let _ = write!(out, r#" stroke-dasharray="0.1 {}""#, n(stroke.width * 2.2));
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
