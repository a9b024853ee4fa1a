//! Measuring and wrapping text with the bundled font, so the layout knows how tall every
//! card is before anything is drawn, and the canvas and the exports break lines alike.

use std::collections::HashMap;
use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The regular weight of the bundled font (Inter).
pub const REGULAR_FONT: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// The semi-bold weight of the bundled font (Inter).
pub const SEMIBOLD_FONT: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// The family name the bundled font declares, used in SVG files.
pub const FONT_FAMILY: &str = "Inter";

/// How heavy a piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles and headers.
    SemiBold,
}

impl Weight {
    /// The CSS font weight.
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::SemiBold => 600,
        }
    }
}

/// Advance widths and vertical metrics of one face, per em, read once.
/// How many code points from U+0000 have their advance in a plain table.
const COMMON_CHARS: usize = 512;

struct Face {
    /// Advances of the first 512 code points (Latin and its accents), looked up directly:
    /// measuring text is the bulk of laying out a large map.
    common: Vec<f32>,
    advances: HashMap<char, f32>,
    fallback_advance: f32,
    ascent: f32,
    descent: f32,
}

impl Face {
    fn read(bytes: &'static [u8]) -> Face {
        // The font is compiled in and checked by a test; an unreadable font would only
        // make text measure as fixed-width, never crash.
        let Ok(font) = FontRef::new(bytes) else {
            return Face {
                common: vec![0.6; COMMON_CHARS],
                advances: HashMap::new(),
                fallback_advance: 0.6,
                ascent: 0.97,
                descent: 0.24,
            };
        };
        let unit = Size::new(1.0);
        let glyphs = font.glyph_metrics(unit, LocationRef::default());
        let metrics = font.metrics(unit, LocationRef::default());
        let advances = font
            .charmap()
            .mappings()
            .filter_map(|(code, glyph)| Some((char::from_u32(code)?, glyphs.advance_width(glyph)?)))
            .collect::<HashMap<_, _>>();
        let fallback_advance = advances.get(&'n').copied().unwrap_or(0.6);
        let common = (0..COMMON_CHARS as u32)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|ch| advances.get(&ch).copied())
                    .unwrap_or(fallback_advance)
            })
            .collect();
        Face {
            common,
            advances,
            fallback_advance,
            ascent: metrics.ascent,
            descent: -metrics.descent,
        }
    }

    fn advance(&self, ch: char) -> f32 {
        if let Some(&advance) = self.common.get(ch as usize) {
            return advance;
        }
        self.advances
            .get(&ch)
            .copied()
            .unwrap_or(self.fallback_advance)
    }
}

fn face(weight: Weight) -> &'static Face {
    static REGULAR: OnceLock<Face> = OnceLock::new();
    static SEMIBOLD: OnceLock<Face> = OnceLock::new();
    match weight {
        Weight::Regular => REGULAR.get_or_init(|| Face::read(REGULAR_FONT)),
        Weight::SemiBold => SEMIBOLD.get_or_init(|| Face::read(SEMIBOLD_FONT)),
    }
}

/// A text style: size in map units and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// Font size in map units (points at 100 % zoom).
    pub size: f32,
    /// Weight.
    pub weight: Weight,
}

impl TextStyle {
    /// A style of this size and weight.
    pub const fn new(size: f32, weight: Weight) -> Self {
        Self { size, weight }
    }

    /// The width of one line of text.
    pub fn width(&self, text: &str) -> f32 {
        let face = face(self.weight);
        text.chars().map(|ch| face.advance(ch)).sum::<f32>() * self.size
    }

    /// The distance from the top of a line to its baseline.
    pub fn ascent(&self) -> f32 {
        face(self.weight).ascent * self.size
    }

    /// The height of one line: ascent plus descent.
    pub fn line_height(&self) -> f32 {
        let face = face(self.weight);
        (face.ascent + face.descent) * self.size
    }

    /// Breaks text into lines no wider than `max_width`, at most `max_lines` of them; the
    /// last line ends in "…" when text had to be left out. Hard line breaks are kept.
    pub fn wrap(&self, text: &str, max_width: f32, max_lines: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate) <= max_width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the whole line is broken where it no longer fits.
                let mut rest = word;
                while self.width(rest) > max_width {
                    let cut = self.fit(rest, max_width);
                    lines.push(rest[..cut].to_owned());
                    rest = &rest[cut..];
                }
                line = rest.to_owned();
            }
            lines.push(line);
            if lines.len() > max_lines {
                break;
            }
        }
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        if lines.len() > max_lines {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                *last = self.elide(last, max_width);
            }
        }
        lines
    }

    /// One line that fits `max_width`, ending in "…" if text was cut.
    pub fn elide(&self, text: &str, max_width: f32) -> String {
        let ellipsis = "…";
        let text = text.trim_end();
        let room = max_width - self.width(ellipsis);
        let cut = self.fit(text, room.max(0.0));
        let kept = text[..cut].trim_end();
        format!("{kept}{ellipsis}")
    }

    /// One line that fits, elided only when it does not.
    pub fn fit_line(&self, text: &str, max_width: f32) -> String {
        if self.width(text) <= max_width {
            text.to_owned()
        } else {
            self.elide(text, max_width)
        }
    }

    /// The byte length of the longest prefix that fits in `max_width` (at least one
    /// character, so wrapping always advances).
    fn fit(&self, text: &str, max_width: f32) -> usize {
        let face = face(self.weight);
        let mut width = 0.0;
        for (index, ch) in text.char_indices() {
            width += face.advance(ch) * self.size;
            if width > max_width {
                return if index == 0 { ch.len_utf8() } else { index };
            }
        }
        text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: TextStyle = TextStyle::new(12.0, Weight::Regular);

    #[test]
    fn the_bundled_font_measures_real_widths() {
        assert!(BODY.width("iiii") < BODY.width("MMMM"));
        assert!(BODY.line_height() > 12.0 && BODY.line_height() < 18.0);
        let bold = TextStyle::new(12.0, Weight::SemiBold);
        assert!(bold.width("Journey") > BODY.width("Journey"));
    }

    #[test]
    fn wrapping_keeps_every_line_inside_and_elides_the_rest() {
        let text = "Calls the contact centre because the campaign page says so, but the agent knows nothing about the offer at all";
        let lines = BODY.wrap(text, 150.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(
            lines.iter().all(|line| BODY.width(line) <= 150.0),
            "{lines:?}"
        );
        assert!(lines[2].ends_with('…'));
        assert_eq!(BODY.wrap("Short", 150.0, 3), ["Short"]);
    }

    #[test]
    fn a_long_word_is_broken_inside_the_width() {
        let lines = BODY.wrap("Klantcontactcentrummedewerkersopleidingsprogramma", 80.0, 5);
        assert!(lines.len() > 1);
        assert!(
            lines.iter().all(|line| BODY.width(line) <= 80.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.concat(),
            "Klantcontactcentrummedewerkersopleidingsprogramma"
        );
    }

    #[test]
    fn hard_line_breaks_are_kept() {
        assert_eq!(BODY.wrap("One\nTwo", 200.0, 5), ["One", "Two"]);
    }
}
