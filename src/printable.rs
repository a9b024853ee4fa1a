//! Text from files, made safe to show: in a terminal, in a message, in one line.
//!
//! A map's title, ids and keys are whatever its author (or an attacker) typed. Printed as
//! they are, an escape sequence could move the terminal's cursor, set its title or fake an
//! "ok" line, and a bidi override could make a line read differently from what it says.
//! Every value from a file passes through [`printable`] or [`excerpt`] before it is shown.

use std::borrow::Cow;
use std::fmt::Write;

/// How many characters of a value a message quotes; longer values end in "…".
pub const EXCERPT_CHARS: usize = 80;

/// The text with every character that could change how a line is shown written out as an
/// escape: a newline as `\n`, a tab as `\t`, a carriage return as `\r`, others as
/// `\u{1b}`. Everything else, accents, emoji and scripts of every language, is kept.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for ch in text.chars() {
        push_printable(&mut out, ch);
    }
    Cow::Owned(out)
}

/// Like [`printable`], and shortened to about [`EXCERPT_CHARS`] characters with "…" at the
/// end, so that a five-megabyte value still gives a message that fits on a screen.
pub fn excerpt(text: &str) -> Cow<'_, str> {
    excerpt_to(text, EXCERPT_CHARS)
}

/// [`excerpt`] with a limit of one's own, in characters as shown (an escape counts for
/// its length).
pub fn excerpt_to(text: &str, max_chars: usize) -> Cow<'_, str> {
    let mut shown = 0;
    let mut cut = None;
    for (at, ch) in text.char_indices() {
        shown += if needs_escape(ch) { escape_len(ch) } else { 1 };
        if shown > max_chars {
            cut = Some(at);
            break;
        }
    }
    match cut {
        None => printable(text),
        Some(at) => {
            let mut out = printable(&text[..at]).into_owned();
            out.push('…');
            Cow::Owned(out)
        }
    }
}

/// A number as people write it: `1e308` rather than 309 digits, `200` rather than `200.0`,
/// `-0.0` as it was typed.
pub fn number_text(value: f64) -> String {
    // Debug is Rust's shortest text that reads back as the same number, and switches to an
    // exponent for very large and very small numbers, where Display writes every digit.
    let text = format!("{value:?}");
    match text.strip_suffix(".0") {
        Some(whole) if value != 0.0 || value.is_sign_positive() => whole.to_owned(),
        _ => text,
    }
}

/// Whether a character is written out as an escape: control characters (C0, DEL, C1),
/// the line and paragraph separators, and the invisible marks that reorder or hide text
/// (bidi embeddings, overrides, isolates and marks; the byte-order mark; interlinear
/// annotations). Joiners stay: emoji and several scripts need them.
fn needs_escape(ch: char) -> bool {
    ch.is_control()
        || matches!(
            ch,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

fn push_printable(out: &mut String, ch: char) {
    match ch {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        ch if needs_escape(ch) => {
            let _ = write!(out, "\\u{{{:x}}}", ch as u32);
        }
        ch => out.push(ch),
    }
}

fn escape_len(ch: char) -> usize {
    let mut out = String::new();
    push_printable(&mut out, ch);
    out.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_characters_that_change_a_line_are_escaped() {
        let cases = [
            ("Klantreis bank", "Klantreis bank"),
            ("Café 😀 👩‍👩‍👧 שלום", "Café 😀 👩‍👩‍👧 שלום"),
            ("\u{1b}[2J", "\\u{1b}[2J"),
            ("\u{1b}]0;owned\u{7}", "\\u{1b}]0;owned\\u{7}"),
            ("a\nx.json: ok", "a\\nx.json: ok"),
            ("a\r\tb", "a\\r\\tb"),
            ("\u{0}\u{7f}\u{85}\u{9b}", "\\u{0}\\u{7f}\\u{85}\\u{9b}"),
            ("\u{202e}kcatta", "\\u{202e}kcatta"),
            ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
            (
                "\u{200f}\u{061c}\u{2028}\u{feff}",
                "\\u{200f}\\u{61c}\\u{2028}\\u{feff}",
            ),
            ("back\\slash", "back\\slash"),
        ];
        for (text, shown) in cases {
            assert_eq!(printable(text), shown, "{text:?}");
            assert!(!printable(text).chars().any(needs_escape));
        }
        assert!(matches!(printable("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn long_values_are_cut_to_an_excerpt() {
        let cases = [
            ("short", 10, "short".to_owned()),
            ("exactly10!", 10, "exactly10!".to_owned()),
            ("eleven char", 10, "eleven cha…".to_owned()),
            ("ééééééééééé", 10, "éééééééééé…".to_owned()),
            // An escape counts for what it shows, so a value of escapes stays short too.
            ("\u{1b}\u{1b}\u{1b}", 10, "\\u{1b}…".to_owned()),
            (&"x".repeat(5_000_000), 80, format!("{}…", "x".repeat(80))),
        ];
        for (text, max, shown) in cases {
            assert_eq!(excerpt_to(text, max), shown, "{max}");
        }
        assert_eq!(excerpt(&"\n".repeat(1000)).chars().count(), 81);
    }

    #[test]
    fn numbers_read_as_written() {
        let cases = [
            (1e308, "1e308"),
            (-1e308, "-1e308"),
            (-0.0, "-0.0"),
            (0.0, "0"),
            (200.0, "200"),
            (2.5, "2.5"),
            (-3.0, "-3"),
            (1e-7, "1e-7"),
            (f64::MAX, "1.7976931348623157e308"),
        ];
        for (value, shown) in cases {
            assert_eq!(number_text(value), shown);
        }
    }
}
