//! The sample journeys that ship with the program, compiled in so they can be offered from
//! anywhere. The same files live in `samples/` and serve as test fixtures.

/// One built-in sample journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// The file name without `.json`, used on the command line.
    pub name: &'static str,
    /// The file's bytes.
    pub json: &'static str,
}

macro_rules! samples {
    ($($name:literal),* $(,)?) => {
        &[$(Sample { name: $name, json: include_str!(concat!("../samples/", $name, ".json")) }),*]
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

/// Every built-in sample, in the order a gallery shows them.
pub const SAMPLES: &[Sample] = samples![
    "bank-account",
    "klacht-afhandeling",
    "campaign-contact-centre",
    "online-to-phone-mortgage",
    "ikea-visit",
    "webshop-reviews",
];

/// The sample with this name.
pub fn find(name: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|sample| sample.name == name)
}
