//! The bundled fonts and text measured with them: the font files, text styles, wrapping by
//! the fonts' own advance widths, and the glyphs a line is drawn with. The layout measures
//! every card with it before anything is drawn; the painter and the exporters use the same
//! font files and the same glyph placement, so the canvas and the exports break lines alike
//! and no exported letter depends on the fonts of the machine that shows it. It depends on
//! nothing else in the crate.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::raw::TableProvider;
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// The regular weight of the bundled font (Inter).
pub const REGULAR_FONT: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
/// The semi-bold weight of the bundled font (Inter).
pub const SEMIBOLD_FONT: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");
/// The colour emoji font (Twemoji Mozilla: COLR/CPAL layers of flat colour, OFL with the
/// artwork under CC-BY 4.0), used for every character Inter does not have.
pub const EMOJI_FONT: &[u8] = include_bytes!("../assets/fonts/Twemoji-Mozilla.ttf");
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

/// One of the fonts journeymap draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontFace {
    /// Inter Regular.
    Regular,
    /// Inter SemiBold.
    SemiBold,
    /// Twemoji Mozilla, in colour: emoji and symbols Inter lacks, and the replacement for a
    /// character no bundled font has.
    Emoji,
}

impl FontFace {
    /// Every bundled face.
    pub const ALL: [FontFace; 3] = [FontFace::Regular, FontFace::SemiBold, FontFace::Emoji];

    /// The font file.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontFace::Regular => REGULAR_FONT,
            FontFace::SemiBold => SEMIBOLD_FONT,
            FontFace::Emoji => EMOJI_FONT,
        }
    }

    /// The family name the font declares.
    pub fn family(self) -> &'static str {
        match self {
            FontFace::Regular | FontFace::SemiBold => FONT_FAMILY,
            FontFace::Emoji => "Twemoji Mozilla",
        }
    }

    /// The CSS weight the font declares.
    pub fn css_weight(self) -> u16 {
        match self {
            FontFace::SemiBold => Weight::SemiBold.css(),
            FontFace::Regular | FontFace::Emoji => Weight::Regular.css(),
        }
    }
}

/// What stands in for a character no bundled font has: a red question mark, which nobody
/// takes for a letter or for an empty box.
pub const REPLACEMENT_CHAR: char = '\u{2753}';

/// How many code points from U+0000 have their advance in a plain table.
const COMMON_CHARS: usize = 512;

/// The glyphs and metrics of one font file, per em, read once.
struct FontTables {
    glyphs: HashMap<char, (u16, f32)>,
    ascent: f32,
    descent: f32,
}

impl FontTables {
    fn read(bytes: &'static [u8]) -> FontTables {
        // The fonts are compiled in and checked by a test; an unreadable font would only
        // make text measure as fixed-width, never crash.
        let Ok(font) = FontRef::new(bytes) else {
            return FontTables {
                glyphs: HashMap::new(),
                ascent: 0.97,
                descent: 0.24,
            };
        };
        let unit = Size::new(1.0);
        let metrics = font.glyph_metrics(unit, LocationRef::default());
        let vertical = font.metrics(unit, LocationRef::default());
        let glyphs = font
            .charmap()
            .mappings()
            .filter_map(|(code, glyph)| {
                let advance = metrics.advance_width(glyph)?;
                Some((char::from_u32(code)?, (glyph.to_u32() as u16, advance)))
            })
            .collect();
        FontTables {
            glyphs,
            ascent: vertical.ascent,
            descent: -vertical.descent,
        }
    }
}

fn tables(face: FontFace) -> &'static FontTables {
    static TABLES: [OnceLock<FontTables>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    TABLES[face as usize].get_or_init(|| FontTables::read(face.bytes()))
}

/// Which glyph draws a character in a weight, and how far it advances, in ems.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Resolved {
    face: FontFace,
    /// `None` for a character that takes no room and draws nothing (a joiner, a variation
    /// selector, a control character).
    glyph: Option<u16>,
    advance: f32,
}

/// Advance widths and vertical metrics of one weight, with the emoji font as its fallback.
struct Face {
    face: FontFace,
    /// Advances of the first 512 code points (Latin and its accents), looked up directly:
    /// measuring text is the bulk of laying out a large map.
    common: Vec<f32>,
    ascent: f32,
    descent: f32,
}

impl Face {
    fn read(face: FontFace) -> Face {
        let own = tables(face);
        let mut this = Face {
            face,
            common: Vec::new(),
            ascent: own.ascent,
            descent: own.descent,
        };
        this.common = (0..COMMON_CHARS as u32)
            .map(|c| char::from_u32(c).map_or(0.0, |ch| this.resolve(ch, false).advance))
            .collect();
        this
    }

    /// The font that has the character: this weight of Inter, else the emoji font, else
    /// nothing for a character meant to be invisible, else the replacement. A character
    /// asked for as an emoji (followed by U+FE0F, as "❤️" is) comes from the emoji font first.
    fn resolve(&self, ch: char, as_emoji: bool) -> Resolved {
        // Fonts give some of these a glyph for shaping, which journeymap does not do; drawn
        // alone they would only add empty glyphs.
        if is_invisible(ch) {
            return Resolved {
                face: self.face,
                glyph: None,
                advance: 0.0,
            };
        }
        let order = if as_emoji {
            [FontFace::Emoji, self.face]
        } else {
            [self.face, FontFace::Emoji]
        };
        for face in order {
            if let Some(&(glyph, advance)) = tables(face).glyphs.get(&ch) {
                return Resolved {
                    face,
                    glyph: Some(glyph),
                    advance,
                };
            }
        }
        let (glyph, advance) = tables(FontFace::Emoji)
            .glyphs
            .get(&REPLACEMENT_CHAR)
            .copied()
            .unwrap_or((0, 1.0));
        Resolved {
            face: FontFace::Emoji,
            glyph: Some(glyph),
            advance,
        }
    }

    /// The advance of `ch` when the text after it is `rest`.
    fn advance(&self, ch: char, rest: &str) -> f32 {
        #[cfg(test)]
        tests::MEASURED.with(|n| n.set(n.get() + 1));
        let as_emoji = asks_for_emoji(rest);
        if !as_emoji && let Some(&advance) = self.common.get(ch as usize) {
            return advance;
        }
        self.resolve(ch, as_emoji).advance
    }
}

/// Whether a character joins emoji into one picture: a zero-width joiner (👩‍⚕️), a skin
/// tone (👍🏽), a regional indicator (flags come in pairs: 🇳🇱), a tag (subdivision flags)
/// or the keycap mark.
fn joins_emoji(ch: char) -> bool {
    matches!(ch,
        '\u{200D}'
        | '\u{20E3}'
        | '\u{1F1E6}'..='\u{1F1FF}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}')
}

/// The bytes of the emoji sequence that starts at `start`, if the emoji there is joined to
/// others: the run of emoji, joiners, modifiers and variation selectors.
fn emoji_sequence(face: &Face, text: &str, start: usize) -> Option<Range<usize>> {
    let mut end = start;
    let mut joined = false;
    for (offset, ch) in text[start..].char_indices() {
        let at = start + offset;
        let part = joins_emoji(ch)
            || matches!(ch, '\u{FE0E}' | '\u{FE0F}')
            || face
                .resolve(ch, asks_for_emoji(&text[at + ch.len_utf8()..]))
                .face
                == FontFace::Emoji;
        if !part {
            break;
        }
        joined |= joins_emoji(ch);
        end = at + ch.len_utf8();
    }
    (joined && end > start).then_some(start..end)
}

/// Shapes an emoji sequence with the emoji font's own substitutions (harfrust, the Rust
/// port of HarfBuzz): each glyph with its advance in ems and the bytes of `run` it shows.
fn shape_emoji(run: &str) -> Option<Vec<(u16, f32, Range<usize>)>> {
    static DATA: OnceLock<Option<(harfrust::ShaperData, f32)>> = OnceLock::new();
    let (data, units_per_em) = DATA
        .get_or_init(|| {
            let font = FontRef::new(EMOJI_FONT).ok()?;
            let units = f32::from(font.head().ok()?.units_per_em());
            Some((harfrust::ShaperData::new(&font), units))
        })
        .as_ref()?;
    let font = FontRef::new(EMOJI_FONT).ok()?;
    let shaper = data.shaper(&font).build();
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(run);
    buffer.guess_segment_properties();
    let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let mut out = Vec::with_capacity(infos.len());
    for (i, (info, position)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster as usize;
        // A cluster runs to where the next one starts; glyphs of one cluster after its
        // first show no text of their own.
        let end = infos[i + 1..]
            .iter()
            .map(|next| next.cluster as usize)
            .find(|&c| c != start)
            .unwrap_or(run.len());
        let first_of_cluster = i == 0 || infos[i - 1].cluster as usize != start;
        let range = if first_of_cluster {
            start..end.max(start)
        } else {
            start..start
        };
        let glyph = u16::try_from(info.glyph_id).ok()?;
        out.push((glyph, position.x_advance as f32 / units_per_em, range));
    }
    Some(out)
}

/// Whether the character before `rest` is asked for in its emoji form (variation
/// selector 16).
fn asks_for_emoji(rest: &str) -> bool {
    rest.starts_with('\u{FE0F}')
}

/// Characters that format text rather than show: controls, joiners, directional marks,
/// variation selectors and tags. Drawn as nothing rather than as a replacement.
pub fn is_invisible(ch: char) -> bool {
    ch.is_control()
        || matches!(ch,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0000}'..='\u{E0FFF}')
}

fn face(weight: Weight) -> &'static Face {
    static REGULAR: OnceLock<Face> = OnceLock::new();
    static SEMIBOLD: OnceLock<Face> = OnceLock::new();
    match weight {
        Weight::Regular => REGULAR.get_or_init(|| Face::read(FontFace::Regular)),
        Weight::SemiBold => SEMIBOLD.get_or_init(|| Face::read(FontFace::SemiBold)),
    }
}

/// One glyph of a line of text, placed along it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// The font it comes from.
    pub face: FontFace,
    /// Its glyph id in that font.
    pub glyph: u16,
    /// Its left edge, from the start of the line, in map units.
    pub x: f32,
    /// How far it advances, in map units.
    pub advance: f32,
    /// The bytes of the line's text it shows (with any invisible characters after it), so
    /// that a PDF or SVG reader copies the text rather than glyph numbers.
    pub text: Range<usize>,
}

/// One layer of a colour glyph: a glyph of the same font and its straight RGBA colour.
pub type ColorLayer = (u16, [u8; 4]);

/// The colour glyphs of a font by glyph id.
type ColorGlyphs = HashMap<u16, Vec<ColorLayer>>;

/// The outlines drawn so far, by face and glyph.
type PathCache = Mutex<HashMap<(FontFace, u16), Arc<str>>>;

/// The coloured layers of a colour glyph, bottom first: a glyph of the same font filled
/// with a colour (straight RGBA). `None` for a glyph of one colour, drawn in the text's.
pub fn color_layers(face: FontFace, glyph: u16) -> Option<&'static [ColorLayer]> {
    static LAYERS: OnceLock<ColorGlyphs> = OnceLock::new();
    if face != FontFace::Emoji {
        return None;
    }
    LAYERS
        .get_or_init(|| read_color_layers(EMOJI_FONT).unwrap_or_default())
        .get(&glyph)
        .map(Vec::as_slice)
}

/// The COLR (version 0) layers of every colour glyph, with colours from the first CPAL
/// palette.
fn read_color_layers(bytes: &[u8]) -> Option<ColorGlyphs> {
    let font = FontRef::new(bytes).ok()?;
    let colr = font.colr().ok()?;
    let cpal = font.cpal().ok()?;
    let colors = cpal.color_records_array()?.ok()?;
    let first = usize::from(cpal.color_record_indices().first()?.get());
    let bases = colr.base_glyph_records()?.ok()?;
    let layers = colr.layer_records()?.ok()?;
    let mut out = HashMap::with_capacity(bases.len());
    for base in bases {
        let from = usize::from(base.first_layer_index());
        let to = from + usize::from(base.num_layers());
        let Some(records) = layers.get(from..to) else {
            continue;
        };
        let painted = records
            .iter()
            .map(|layer| {
                // 0xFFFF means "the text's colour"; Twemoji does not use it, black is safe.
                let color = colors
                    .get(first + usize::from(layer.palette_index()))
                    .map_or([0, 0, 0, 255], |c| [c.red, c.green, c.blue, c.alpha]);
                (layer.glyph_id().to_u16(), color)
            })
            .collect();
        out.insert(base.glyph_id().to_u16(), painted);
    }
    Some(out)
}

/// How many units of a glyph outline make an em in [`glyph_path`].
pub const PATH_UNITS_PER_EM: f32 = 1000.0;

/// The outline of a glyph as SVG path data, in thousandths of an em from its origin on the
/// baseline, with y pointing down as in SVG. Empty for a glyph without an outline (a space).
pub fn glyph_path(face: FontFace, glyph: u16) -> Arc<str> {
    static PATHS: OnceLock<PathCache> = OnceLock::new();
    let paths = PATHS.get_or_init(Mutex::default);
    if let Ok(paths) = paths.lock()
        && let Some(path) = paths.get(&(face, glyph))
    {
        return Arc::clone(path);
    }
    let path: Arc<str> = draw_outline(face, glyph).into();
    if let Ok(mut paths) = paths.lock() {
        paths.insert((face, glyph), Arc::clone(&path));
    }
    path
}

fn draw_outline(face: FontFace, glyph: u16) -> String {
    let Ok(font) = FontRef::new(face.bytes()) else {
        return String::new();
    };
    let Some(outline) = font.outline_glyphs().get(GlyphId::new(u32::from(glyph))) else {
        return String::new();
    };
    let mut pen = SvgPen(String::new());
    let settings = DrawSettings::unhinted(Size::new(PATH_UNITS_PER_EM), LocationRef::default());
    if outline.draw(settings, &mut pen).is_err() {
        return String::new();
    }
    pen.0
}

/// Writes an outline as SVG path data, flipping y.
struct SvgPen(String);

impl SvgPen {
    fn point(&mut self, x: f32, y: f32) {
        use std::fmt::Write;
        let _ = write!(self.0, "{} {} ", short(x), short(-y));
    }
}

/// A number with at most one decimal, without trailing zeros: a tenth of a thousandth of an
/// em is far below a pixel at any size a map uses.
fn short(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

impl OutlinePen for SvgPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push('M');
        self.point(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push('L');
        self.point(x, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.push('Q');
        self.point(cx0, cy0);
        self.point(x, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.push('C');
        self.point(cx0, cy0);
        self.point(cx1, cy1);
        self.point(x, y);
    }
    fn close(&mut self) {
        self.0.push('Z');
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
        let mut em = 0.0;
        for (index, ch) in text.char_indices() {
            // Emoji made of several characters are one picture as wide as the font says:
            // measured as drawn. Latin text never gets here.
            if ch as usize >= COMMON_CHARS && joins_emoji(ch) {
                return self.glyphs(text).iter().map(|g| g.advance).sum();
            }
            em += face.advance(ch, &text[index + ch.len_utf8()..]);
        }
        em * self.size
    }

    /// The glyphs that draw one line of text, placed by the same advances [`Self::width`]
    /// measures, so a drawn line is exactly as wide as the layout made room for.
    pub fn glyphs(&self, text: &str) -> Vec<PlacedGlyph> {
        let face = face(self.weight);
        let mut placed: Vec<PlacedGlyph> = Vec::with_capacity(text.len());
        let mut x = 0.0;
        let mut sequence_end = 0;
        for (index, ch) in text.char_indices() {
            if index < sequence_end {
                continue;
            }
            let end = index + ch.len_utf8();
            let resolved = face.resolve(ch, asks_for_emoji(&text[end..]));
            if resolved.face == FontFace::Emoji
                && let Some(run) = emoji_sequence(face, text, index)
                && let Some(shaped) = shape_emoji(&text[run.clone()])
            {
                for (glyph, advance_em, range) in shaped {
                    let advance = advance_em * self.size;
                    placed.push(PlacedGlyph {
                        face: FontFace::Emoji,
                        glyph,
                        x,
                        advance,
                        text: run.start + range.start..run.start + range.end,
                    });
                    x += advance;
                }
                sequence_end = run.end;
                continue;
            }
            let advance = resolved.advance * self.size;
            match resolved.glyph {
                Some(glyph) => placed.push(PlacedGlyph {
                    face: resolved.face,
                    glyph,
                    x,
                    advance,
                    text: index..end,
                }),
                // An invisible character belongs to the glyph before it when copied.
                None => {
                    if let Some(last) = placed.last_mut() {
                        last.text.end = end;
                    }
                }
            }
            x += advance;
        }
        placed
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
        let space = face(self.weight).advance(' ', "");
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
            let em = line.em + face.advance(ch, &text[index + ch.len_utf8()..]);
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
    fn an_emoji_is_drawn_in_colour_from_the_emoji_font_and_measured_as_drawn() {
        let text = "Blij 😀 klant";
        let glyphs = BODY.glyphs(text);
        let emoji = glyphs
            .iter()
            .find(|g| &text[g.text.clone()] == "😀")
            .unwrap();
        assert_eq!(emoji.face, FontFace::Emoji);
        let layers = color_layers(emoji.face, emoji.glyph).unwrap();
        let colours: std::collections::HashSet<_> = layers.iter().map(|(_, c)| *c).collect();
        assert!(colours.len() >= 2, "{layers:?}");
        assert!(
            glyphs
                .iter()
                .filter(|g| g.face == FontFace::Regular)
                .count()
                == 11
        );
        let last = glyphs.last().unwrap();
        assert!((last.x + last.advance - BODY.width(text)).abs() < 1e-3);
        // Letters have no colour layers: they take the text's colour.
        assert!(color_layers(glyphs[0].face, glyphs[0].glyph).is_none());
    }

    #[test]
    fn a_character_no_font_has_is_a_visible_replacement_and_joiners_draw_nothing() {
        // Linear B: in neither Inter nor Twemoji.
        let glyphs = BODY.glyphs("a\u{10000}b");
        assert_eq!(glyphs.len(), 3);
        assert_eq!(glyphs[1].face, FontFace::Emoji);
        assert!(color_layers(FontFace::Emoji, glyphs[1].glyph).is_some());
        assert!(
            !glyph_path(
                FontFace::Emoji,
                color_layers(FontFace::Emoji, glyphs[1].glyph).unwrap()[0].0
            )
            .is_empty()
        );
        assert!(BODY.width("\u{10000}") > BODY.width("i"));
        // A variation selector shows nothing and is copied with the emoji before it.
        // A heart Inter draws in black is an emoji in colour when asked for as one.
        let heart = BODY.glyphs("\u{2764}\u{FE0F}");
        assert_eq!(heart[0].face, FontFace::Emoji);
        assert_eq!(BODY.glyphs("\u{2764}")[0].face, FontFace::Regular);
        assert!((BODY.width("\u{2764}\u{FE0F}") - heart[0].advance).abs() < 1e-4);
        let thumbs = "👍\u{FE0F}";
        let glyphs = BODY.glyphs(thumbs);
        assert_eq!(glyphs.len(), 1);
        assert_eq!(glyphs[0].text, 0..thumbs.len());
        assert_eq!(BODY.width("\u{FE0F}\u{200D}"), 0.0);
    }

    #[test]
    fn emoji_of_several_characters_are_one_picture_measured_as_drawn() {
        for sequence in ["👍🏽", "🇳🇱", "👩\u{200D}⚕\u{FE0F}", "👨\u{200D}👩\u{200D}👧"]
        {
            let text = format!("a {sequence} b");
            let glyphs = BODY.glyphs(&text);
            let emoji: Vec<_> = glyphs
                .iter()
                .filter(|g| g.face == FontFace::Emoji)
                .collect();
            assert_eq!(emoji.len(), 1, "{sequence}: {emoji:?}");
            assert!(color_layers(FontFace::Emoji, emoji[0].glyph).is_some());
            // Copying the picture gives the whole sequence back.
            assert_eq!(&text[emoji[0].text.clone()], sequence);
            let last = glyphs.last().unwrap();
            assert!(
                (last.x + last.advance - BODY.width(&text)).abs() < 1e-3,
                "{sequence}"
            );
        }
        // A lone regional indicator or skin tone still shows.
        assert_eq!(BODY.glyphs("\u{1F1F3}").len(), 1);
    }

    #[test]
    fn a_letter_has_an_outline_and_a_space_has_none() {
        let a = BODY.glyphs("A");
        let path = glyph_path(a[0].face, a[0].glyph);
        assert!(path.starts_with('M') && path.contains('Z'), "{path}");
        let space = BODY.glyphs(" ");
        assert_eq!(&*glyph_path(space[0].face, space[0].glyph), "");
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
