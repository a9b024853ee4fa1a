//! The bundled font and text measured with it: the font files, text styles, and wrapping by
//! the font's own advance widths. The layout measures every card with it before anything is
//! drawn; the painter and the exporters use the same font files, so the canvas and the
//! exports break lines alike. It depends on nothing else in the crate.

use std::collections::HashMap;
use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The regular weight of the bundled font (Inter).
pub const REGULAR_FONT: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
/// The semi-bold weight of the bundled font (Inter).
pub const SEMIBOLD_FONT: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");
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
        #[cfg(test)]
        tests::MEASURED.with(|n| n.set(n.get() + 1));
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

    /// This style made smaller, to no less than `min_scale` of its size, so that the widest
    /// word of `text` fits `max_width`. A long compound word — Dutch makes them freely:
    /// "contactmomenten", "klantenservicemedewerker" — reads better a little smaller than
    /// broken in two. Words too long to be real words are left to be broken.
    pub fn shrunk_to_fit_words(self, text: &str, max_width: f32, min_scale: f32) -> TextStyle {
        const LONGEST_WORD_BYTES: usize = 64;
        let widest = text
            .split_whitespace()
            .filter(|word| word.len() <= LONGEST_WORD_BYTES)
            .map(|word| self.width(word))
            .fold(0.0, f32::max);
        if widest <= max_width || widest <= 0.0 {
            return self;
        }
        TextStyle {
            size: self.size * (max_width / widest).max(min_scale),
            ..self
        }
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
    ///
    /// The cost is that of the text shown, not of the whole text: a line is measured as it
    /// grows, never again from its start, and wrapping stops once there is more than fits
    /// (a 3 MB description costs what its first three lines cost).
    pub fn wrap(&self, text: &str, max_width: f32, max_lines: usize) -> Vec<String> {
        let space = face(self.weight).advance(' ');
        let mut lines: Vec<String> = Vec::new();
        'paragraphs: for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut used = Measure::default();
            for word in paragraph.split_whitespace() {
                let start = if line.is_empty() {
                    Some(Measure::default())
                } else {
                    self.extend(used, space)
                };
                if let Some(start) = start {
                    let (cut, after) = self.fit_after(start, word, max_width);
                    if cut == word.len() {
                        if !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(word);
                        used = after;
                        continue;
                    }
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    if lines.len() > max_lines {
                        break 'paragraphs;
                    }
                }
                // A word wider than the whole line is broken where it no longer fits.
                let mut rest = word;
                loop {
                    let (cut, after) = self.fit_after(Measure::default(), rest, max_width);
                    if cut == rest.len() {
                        line = rest.to_owned();
                        used = after;
                        break;
                    }
                    let cut = at_least_one_char(rest, cut);
                    lines.push(rest[..cut].to_owned());
                    if lines.len() > max_lines {
                        break 'paragraphs;
                    }
                    rest = &rest[cut..];
                }
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

    /// One line that fits, elided only when it does not. Only what fits is measured, so a
    /// title of a million characters costs what a short one does.
    pub fn fit_line(&self, text: &str, max_width: f32) -> String {
        if self.fit_after(Measure::default(), text, max_width).0 == text.len() {
            text.to_owned()
        } else {
            self.elide(text, max_width)
        }
    }

    /// Breaks text into as few lines as [`TextStyle::wrap`] does within `max_width`, each
    /// as wide as the others: the narrowest width that needs no more lines. A label over
    /// two lines then reads as two halves rather than a long line and a word. Text that
    /// fills `max_lines` is wrapped as [`TextStyle::wrap`] has it, since it is cut anyway.
    pub fn wrap_balanced(&self, text: &str, max_width: f32, max_lines: usize) -> Vec<String> {
        let greedy = self.wrap(text, max_width, max_lines);
        let count = greedy.len();
        if count < 2 || count >= max_lines {
            return greedy;
        }
        // No narrower than the widest word, so balancing never breaks a word that fits.
        let (mut narrow, total) = greedy
            .iter()
            .fold((0.0f32, 0.0f32), |(widest, total), line| {
                let word = line
                    .split(' ')
                    .map(|word| self.width(word))
                    .fold(0.0, f32::max);
                (widest.max(word), total + self.width(line))
            });
        narrow = narrow.max(total / count as f32).min(max_width);
        let mut wide = max_width;
        let fits = |width: f32| self.wrap(text, width, count + 1).len() <= count;
        if fits(narrow) {
            wide = narrow;
        }
        // Line counts only fall as the width grows, so halving finds the narrowest width.
        while wide - narrow > 0.25 {
            let middle = (narrow + wide) / 2.0;
            if fits(middle) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        self.wrap(text, wide, max_lines)
    }

    /// The byte length of the longest prefix that fits in `max_width` (at least one
    /// character, so wrapping always advances).
    fn fit(&self, text: &str, max_width: f32) -> usize {
        let (cut, _) = self.fit_after(Measure::default(), text, max_width);
        at_least_one_char(text, cut)
    }

    /// A line that holds `used` and then one more character of this advance, if that fits
    /// within the character limit (the width is checked by the caller with the next word).
    fn extend(&self, used: Measure, advance: f32) -> Option<Measure> {
        (used.chars < MAX_LINE_CHARS).then_some(Measure {
            em: used.em + advance,
            chars: used.chars + 1,
        })
    }

    /// How many bytes of `text` still fit on a line that already holds `used`, and the line
    /// with them. Measuring stops at the first character that does not fit, so it costs
    /// what fits rather than the whole text. Widths are summed in ems and scaled once, as
    /// [`TextStyle::width`] does, so a line this accepts measures within `max_width`.
    fn fit_after(&self, used: Measure, text: &str, max_width: f32) -> (usize, Measure) {
        let face = face(self.weight);
        let mut line = used;
        if line.em * self.size > max_width {
            return (0, line);
        }
        for (index, ch) in text.char_indices() {
            let em = line.em + face.advance(ch);
            if em * self.size > max_width || line.chars >= MAX_LINE_CHARS {
                return (index, line);
            }
            line = Measure {
                em,
                chars: line.chars + 1,
            };
        }
        (text.len(), line)
    }
}

/// The most characters one line holds, however narrow they are: a title of a million
/// zero-width accents is one "line" by width, and no painter should get it whole. No real
/// line comes near this (the widest wrapped line, 1,100 points, holds about 400 "i"s).
const MAX_LINE_CHARS: usize = 1_000;

/// How much of a line is taken: its width in ems and its characters.
#[derive(Clone, Copy, Debug, Default)]
struct Measure {
    em: f32,
    chars: usize,
}

/// `cut`, or the first character of `text` when nothing fits, so wrapping always advances.
fn at_least_one_char(text: &str, cut: usize) -> usize {
    if cut == 0 {
        text.chars().next().map_or(0, char::len_utf8)
    } else {
        cut
    }
}

/// At most `max_chars` characters of `text`, ending in "…" when it was longer: for places
/// that show a field whole (tooltips, messages) but must not lay out megabytes of it.
pub fn excerpt(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", text[..cut].trim_end())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: TextStyle = TextStyle::new(12.0, Weight::Regular);

    thread_local! {
        /// How many characters were measured on this thread.
        pub(super) static MEASURED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// What `f` returns, and how many characters it measured.
    fn measuring<T>(f: impl FnOnce() -> T) -> (T, usize) {
        let before = MEASURED.with(std::cell::Cell::get);
        let value = f();
        (value, MEASURED.with(std::cell::Cell::get) - before)
    }

    #[test]
    fn a_long_compound_word_is_set_smaller_rather_than_broken() {
        let word = "contactmomenten";
        let width = BODY.width(word);
        let fitted = BODY.shrunk_to_fit_words(&format!("Fysieke {word}"), width * 0.9, 0.8);
        assert!(fitted.size < BODY.size);
        assert_eq!(fitted.wrap(word, width * 0.9, 3), [word]);
        // Short words keep the size; smaller than 80 % is too small, so the word breaks.
        assert_eq!(
            BODY.shrunk_to_fit_words("Wat de klant doet", width, 0.8),
            BODY
        );
        let squeezed = BODY.shrunk_to_fit_words(word, width * 0.5, 0.8);
        assert!((squeezed.size - BODY.size * 0.8).abs() < 1e-3);
        // A "word" of megabytes is not measured at all.
        let (style, measured) =
            measuring(|| BODY.shrunk_to_fit_words(&"W".repeat(1 << 20), 10.0, 0.8));
        assert_eq!((style, measured), (BODY, 0));
    }

    #[test]
    fn a_word_of_a_hundred_thousand_characters_costs_what_its_shown_lines_cost() {
        // Wrapping used to measure the rest of an over-long word again for every line it
        // broke off, which froze the program on a one-word title of a million characters.
        let word = "W".repeat(100_000);
        let (lines, measured) = measuring(|| BODY.wrap(&word, 80.0, 3));
        assert_eq!(lines.len(), 3);
        assert!(
            lines[..2]
                .iter()
                .all(|line| word.starts_with(line.as_str()))
        );
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(
            lines.iter().all(|line| BODY.width(line) <= 80.0),
            "{lines:?}"
        );
        assert!(measured < 200, "{measured} characters measured");
    }

    #[test]
    fn a_long_text_costs_what_its_shown_lines_cost() {
        let text = "lange tekst ".repeat(50_000);
        let (lines, measured) = measuring(|| BODY.wrap(&text, 300.0, 3));
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0],
            BODY.wrap(&"lange tekst ".repeat(20), 300.0, 10)[0]
        );
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(measured < 2_000, "{measured} characters measured");

        let paragraphs = "\n".repeat(100_000);
        let (lines, measured) = measuring(|| BODY.wrap(&paragraphs, 300.0, 2));
        assert!(lines.is_empty(), "{lines:?}");
        assert!(measured < 100, "{measured} characters measured");
    }

    #[test]
    fn a_title_of_a_million_characters_is_elided_measuring_only_the_start() {
        let title = "Journey".repeat(150_000);
        let (line, measured) = measuring(|| BODY.fit_line(&title, 200.0));
        assert!(line.ends_with('…') && title.starts_with(line.trim_end_matches('…')));
        assert!(BODY.width(&line) <= 200.0);
        assert!(measured < 200, "{measured} characters measured");
    }

    #[test]
    fn a_line_of_characters_without_width_is_still_cut() {
        // Combining accents take no room, so only a count of characters cuts them.
        assert_eq!(BODY.width("\u{301}"), 0.0);
        let accents = "\u{301}".repeat(100_000);
        let line = BODY.fit_line(&accents, 200.0);
        assert!(line.chars().count() <= MAX_LINE_CHARS + 1, "{}", line.len());
        let lines = BODY.wrap(&accents, 200.0, 2);
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() <= MAX_LINE_CHARS + 1),
            "{:?}",
            lines.iter().map(String::len).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_excerpt_keeps_short_text_and_cuts_long_text() {
        assert_eq!(excerpt("Kort", 10), "Kort");
        let long = "ä".repeat(5_000);
        let cut = excerpt(&long, 100);
        assert_eq!(cut.chars().count(), 101);
        assert!(cut.ends_with('…'));
    }

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

    #[test]
    fn a_balanced_wrap_keeps_the_line_count_with_lines_of_even_width() {
        let text = "Belt terug na drie dagen en vraagt alles opnieuw op";
        let greedy = BODY.wrap(text, 200.0, 10);
        let balanced = BODY.wrap_balanced(text, 200.0, 10);
        assert_eq!((greedy.len(), balanced.len()), (2, 2), "{greedy:?}");
        assert_eq!(balanced.join(" "), text);
        let gap = |lines: &[String]| (BODY.width(&lines[0]) - BODY.width(&lines[1])).abs();
        assert!(
            gap(&balanced) * 3.0 < gap(&greedy),
            "{balanced:?} {greedy:?}"
        );
        assert!(balanced.iter().all(|line| BODY.width(line) <= 200.0));
        // One line stays one line, and a word that fits is never broken to even lines out.
        assert_eq!(BODY.wrap_balanced("Kort", 200.0, 10), ["Kort"]);
        let words = "Hypotheekadviesgesprek ja";
        let lines = BODY.wrap_balanced(words, BODY.width("Hypotheekadviesgesprek") + 1.0, 10);
        assert_eq!(lines, ["Hypotheekadviesgesprek", "ja"]);
    }

    #[test]
    fn a_balanced_wrap_of_megabytes_costs_what_its_shown_lines_cost() {
        let text = "lange tekst ".repeat(250_000);
        let (lines, measured) = measuring(|| BODY.wrap_balanced(&text, 170.0, 300));
        assert_eq!(lines.len(), 300);
        assert!(lines[299].ends_with('…'));
        assert!(measured < 30_000, "{measured} characters measured");
    }
}
