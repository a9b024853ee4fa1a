//! Words in Dutch and English: the interface's and the map's own.
//!
//! Two languages are in play at once. The *interface language* is what menus, dialogs and
//! messages speak; it follows the system at start and the View ▸ Language menu after that.
//! The *map language* ([`JourneyMap::language`](crate::model::JourneyMap)) is what
//! journeymap writes onto a map — captions, legend, badges, placeholders — so a Dutch map
//! reads Dutch in every picture whoever exports it.
//!
//! Every sentence lives in a Fluent resource, one per language (`i18n/en.ftl`,
//! `i18n/nl.ftl`, compiled in). Code asks for a sentence by key with [`tr!`](crate::tr)
//! (interface language) or [`tr_in!`](crate::tr_in) (a given language, e.g. the map's);
//! Fluent picks plural forms ("1 kaart", "2 kaarten") by the language's rules.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language journeymap speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Language {
    /// English; a map without a language is English.
    #[default]
    #[serde(rename = "en")]
    English,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
}

impl Language {
    /// Every language, in the order a menu offers them.
    pub const ALL: [Language; 2] = [Language::Dutch, Language::English];

    /// The code written in files and taken on the command line: `en` or `nl`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Dutch => "nl",
        }
    }

    /// The language from its code, as in a file or on the command line (`nl`, `EN`).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's own name, which is how a menu that switches languages shows it: a
    /// user who cannot read the current language still finds their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Dutch => "Nederlands",
        }
    }

    /// The language a locale name asks for, or `None` when it is neither Dutch nor English.
    ///
    /// Takes the forms systems use: `nl_NL.UTF-8`, `nl-BE`, `en_GB@euro`, `nl`. `C` and
    /// `POSIX` name no language.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        Language::from_code(primary)
    }

    /// The language the system asks for: the first Dutch or English one in the POSIX
    /// variables (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order of
    /// precedence), then the operating system's setting (Windows, macOS); English when none
    /// is Dutch or English.
    pub fn of_system() -> Language {
        let env = |name: &str| std::env::var(name).ok();
        let os = sys_locale::get_locales().collect::<Vec<_>>();
        Language::from_system(env, &os)
    }

    /// [`Language::of_system`] with the variables and the OS's list given, to test it.
    pub fn from_system(env: impl Fn(&str) -> Option<String>, os_locales: &[String]) -> Language {
        // The first of LC_ALL, LC_MESSAGES, LANG that is set decides the locale; C or POSIX
        // there means "no translation", whatever LANGUAGE says (as gettext does).
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&env)
            .find(|value| !value.is_empty());
        let plain_c = locale
            .as_deref()
            .is_some_and(|value| value == "C" || value == "POSIX" || value.starts_with("C."));
        if !plain_c {
            // LANGUAGE is a list of preferences, e.g. "nl:en".
            let preferences = env("LANGUAGE").unwrap_or_default();
            if let Some(language) = preferences.split(':').find_map(Language::from_locale) {
                return language;
            }
        }
        if let Some(locale) = locale {
            return Language::from_locale(&locale).unwrap_or_default();
        }
        os_locales
            .iter()
            .find_map(|locale| Language::from_locale(locale))
            .unwrap_or_default()
    }

    fn resource(self) -> &'static str {
        match self {
            Language::English => include_str!("../i18n/en.ftl"),
            Language::Dutch => include_str!("../i18n/nl.ftl"),
        }
    }
}

thread_local! {
    // Per thread rather than global: the app sets it at the start of each frame from its
    // own settings, so editors in tests running side by side never see each other's.
    static INTERFACE: Cell<Language> = const { Cell::new(Language::English) };
}

/// The language the interface speaks on this thread.
pub fn interface_language() -> Language {
    INTERFACE.with(Cell::get)
}

/// Makes the interface speak `language` on this thread from now on.
pub fn set_interface_language(language: Language) {
    INTERFACE.with(|cell| cell.set(language));
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match language {
        Language::English => &BUNDLES[0],
        Language::Dutch => &BUNDLES[1],
    };
    slot.get_or_init(|| build_bundle(language))
}

fn build_bundle(language: Language) -> Bundle {
    let id = match language {
        Language::English => unic_langid::langid!("en"),
        Language::Dutch => unic_langid::langid!("nl"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around names: they would end up in file names, exported
    // pictures and the clipboard as invisible characters.
    bundle.set_use_isolating(false);
    if language == Language::Dutch {
        bundle.set_formatter(Some(dutch_number));
    }
    // The resources are compiled in and checked by tests (every key in both languages, all
    // of them parse), so an error here is a bug in the build; what parsed is still used.
    let resource = FluentResource::try_new(language.resource().to_owned())
        .unwrap_or_else(|(partial, _errors)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Dutch writes a decimal comma: "1,5".
fn dutch_number<M>(value: &FluentValue, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(with_decimal_mark(
            Language::Dutch,
            number.as_string().into_owned(),
        )),
        _ => None,
    }
}

/// A number written with a decimal point, with the language's decimal mark instead: "1.5"
/// stays in English and becomes "1,5" in Dutch.
pub fn with_decimal_mark(language: Language, number: String) -> String {
    match language {
        Language::English => number,
        Language::Dutch => number.replace('.', ","),
    }
}

/// A number as the language writes it: `1.5` in English, `1,5` in Dutch; a minus sign
/// rather than a hyphen, so "-1" cannot be misread as a dash.
pub fn format_number(language: Language, value: f64, decimals: usize) -> String {
    let text = with_decimal_mark(language, format!("{:.*}", decimals, value.abs()));
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("\u{2212}{text}")
    } else {
        text
    }
}

/// Whether `key` has a sentence in `language`.
pub fn has(language: Language, key: &str) -> bool {
    bundle(language).has_message(key)
}

/// The sentence `key` in `language`, with `args` filled in.
///
/// A key missing in Dutch falls back to English, and one missing in both shows itself, so
/// a gap is visible rather than blank; tests keep both resources complete.
pub fn text(language: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    for language in [language, Language::English] {
        let bundle = bundle(language);
        if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text: Cow<'_, str> = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
            return text.into_owned();
        }
    }
    key.to_owned()
}

/// A sentence of the interface, in the interface language: `tr!("menu-file")`, or with
/// arguments `tr!("cards-deleted", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($key:literal $(,)?) => {
        $crate::i18n::text($crate::i18n::interface_language(), $key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $crate::i18n::interface_language(),
            $key,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

/// A sentence in a given language, e.g. the map's: `tr_in!(map.language(), "badge-pain")`.
#[macro_export]
macro_rules! tr_in {
    ($language:expr, $key:literal $(,)?) => {
        $crate::i18n::text($language, $key, &[])
    };
    ($language:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $language,
            $key,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_system_language_follows_posix_precedence() {
        let dutch = Language::Dutch;
        let english = Language::English;
        assert_eq!(
            Language::from_system(env_of(&[("LANG", "nl_NL.UTF-8")]), &[]),
            dutch
        );
        assert_eq!(
            Language::from_system(env_of(&[("LANG", "nl_BE")]), &[]),
            dutch
        );
        assert_eq!(
            Language::from_system(
                env_of(&[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_US.UTF-8")]),
                &[]
            ),
            english
        );
        assert_eq!(
            Language::from_system(
                env_of(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "nl:en")]),
                &[]
            ),
            dutch
        );
        assert_eq!(
            Language::from_system(
                env_of(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "de:nl")]),
                &[]
            ),
            dutch
        );
        // C turns translation off, as gettext does.
        assert_eq!(
            Language::from_system(env_of(&[("LC_ALL", "C"), ("LANGUAGE", "nl")]), &[]),
            english
        );
        assert_eq!(
            Language::from_system(env_of(&[("LANG", "fr_FR.UTF-8")]), &[]),
            english
        );
        // Without variables, the operating system's list decides.
        assert_eq!(
            Language::from_system(env_of(&[]), &["fr-FR".to_owned(), "nl-NL".to_owned()]),
            dutch
        );
        assert_eq!(Language::from_system(env_of(&[]), &[]), english);
    }

    #[test]
    fn plural_forms_follow_the_language() {
        assert_eq!(tr_in!(Language::Dutch, "count-cards", count = 1), "1 kaart");
        assert_eq!(
            tr_in!(Language::Dutch, "count-cards", count = 2),
            "2 kaarten"
        );
        assert_eq!(
            tr_in!(Language::English, "count-cards", count = 1),
            "1 card"
        );
        assert_eq!(
            tr_in!(Language::English, "count-cards", count = 0),
            "0 cards"
        );
    }

    #[test]
    fn numbers_are_written_the_language_s_way() {
        assert_eq!(format_number(Language::Dutch, 1.5, 1), "1,5");
        assert_eq!(format_number(Language::English, -1.5, 1), "\u{2212}1.5");
        assert_eq!(format_number(Language::English, -0.01, 1), "0.0");
    }

    #[test]
    fn the_interface_language_is_per_thread() {
        set_interface_language(Language::Dutch);
        let other = std::thread::spawn(interface_language).join().ok();
        assert_eq!(other, Some(Language::English));
        assert_eq!(interface_language(), Language::Dutch);
        set_interface_language(Language::English);
    }
}
