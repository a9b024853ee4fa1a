//! Error sentences in the user's language.
//!
//! An error is kept as *what* went wrong — a Fluent key and its values — rather than as
//! finished English text, so the same error reads English on the command line (scripts
//! parse it) and Dutch in a Dutch editor. Every error type the user can meet implements
//! [`Localized`]; its `Display` is [`Localized::sentence`] in English.
//!
//! Values from a file go into a [`Sentence`] already escaped ([`printable`](crate::printable))
//! and shortened ([`excerpt`](crate::printable::excerpt)): a translation cannot forget to.
//! Numbers from a file go in as the file writes them, as text, so Fluent never reformats
//! `1e308` into 309 digits.

use std::fmt;

use fluent_bundle::FluentValue;

use crate::i18n::{self, Language};

/// Something that can say itself as a sentence to the user, in either language.
pub trait Localized {
    /// The sentence in `language`: what is wrong and where.
    fn sentence(&self, language: Language) -> String;
}

/// A sentence (or part of one) not yet put into words: a key of the `## Error sentences`
/// section of the Fluent resources and the values it speaks of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value a [`Sentence`] speaks of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is; from a file, it has passed through `printable` or `excerpt`.
    Text(String),
    /// A whole number, for counts (which choose plural forms) and positions.
    Count(u64),
    /// A size in bytes, said in MiB with one decimal in the language's way.
    Mebibytes(u64),
    /// Another sentence, said in the same language.
    Sentence(Sentence),
}

impl Sentence {
    /// The sentence `key` without values.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// The sentence with one more value, `name` in the resources.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The key this sentence is said with.
    pub fn key(&self) -> &'static str {
        self.key
    }
}

impl Localized for Sentence {
    fn sentence(&self, language: Language) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Count(count) => FluentValue::from(*count),
                    Arg::Mebibytes(bytes) => FluentValue::from(i18n::format_number(
                        language,
                        *bytes as f64 / 1_048_576.0,
                        1,
                    )),
                    Arg::Sentence(inner) => FluentValue::from(inner.sentence(language)),
                };
                (*name, value)
            })
            .collect();
        i18n::text(language, self.key, &args)
    }
}

impl fmt::Display for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<u32> for Arg {
    fn from(count: u32) -> Self {
        Arg::Count(u64::from(count))
    }
}

impl From<Sentence> for Arg {
    fn from(sentence: Sentence) -> Self {
        Arg::Sentence(sentence)
    }
}
