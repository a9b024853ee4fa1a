//! The sample journeys that ship with the program, compiled in so they can be offered from
//! anywhere. The same files live in `samples/` and serve as test fixtures.
//!
//! Every story is told twice, once in Dutch and once in English, each written for its own
//! readers rather than translated line by line; the gallery shows the interface language's
//! first.

use crate::i18n::Language;

/// One built-in sample journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The file name without `.json`, used on the command line.
    pub name: &'static str,
    /// The language the sample is written in (its map's `language`).
    pub language: Language,
    /// Which journey it tells: the Dutch and the English telling of one journey share it.
    pub story: &'static str,
    /// The file's bytes.
    pub json: &'static str,
}

macro_rules! samples {
    ($($name:literal: $language:ident, $story:literal;)*) => {
        &[$(Sample {
            name: $name,
            language: Language::$language,
            story: $story,
            json: include_str!(concat!("../samples/", $name, ".json")),
        }),*]
    };
}

impl Sample {
    /// The sample's map title, e.g. "I want to open a bank account". Read once per sample,
    /// since menus ask for it every frame they are open.
    pub fn title(&self) -> String {
        static TITLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let titles = TITLES.get_or_init(|| {
            SAMPLES
                .iter()
                .map(|s| {
                    crate::file::load(s.json.as_bytes())
                        .map_or_else(|_| s.name.to_owned(), |loaded| loaded.map.title)
                })
                .collect()
        });
        SAMPLES
            .iter()
            .position(|s| s.name == self.name)
            .and_then(|i| titles.get(i).cloned())
            .unwrap_or_else(|| self.name.to_owned())
    }
}

/// Every built-in sample. New ones go at the end: `Start::Sample` and
/// `Action::OpenSample` name a sample by its place here.
pub const SAMPLES: &[Sample] = samples![
    "bank-account": English, "bank-account";
    "klacht-afhandeling": Dutch, "complaint";
    "campaign-contact-centre": English, "campaign";
    "online-to-phone-mortgage": English, "mortgage";
    "ikea-visit": English, "furniture-store";
    "webshop-reviews": English, "webshop";
    "complaint-handling": English, "complaint";
    "bankrekening-openen": Dutch, "bank-account";
    "campagne-klantcontactcentrum": Dutch, "campaign";
    "hypotheek-online-naar-telefoon": Dutch, "mortgage";
];

/// The places in [`SAMPLES`] in the order a gallery shows them: the samples written in
/// `language` first, then the others, each group in the order of [`SAMPLES`].
pub fn gallery_order(language: Language) -> Vec<usize> {
    let (first, rest): (Vec<usize>, Vec<usize>) =
        (0..SAMPLES.len()).partition(|&index| SAMPLES[index].language == language);
    first.into_iter().chain(rest).collect()
}

/// The sample with this name.
pub fn find(name: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|sample| sample.name == name)
}
