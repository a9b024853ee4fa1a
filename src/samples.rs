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
    "ikea-bezoek": Dutch, "furniture-store";
    "webwinkel-reviews": Dutch, "webshop";
    "bike-service": English, "bike-service";
    "fietsonderhoud": Dutch, "bike-service";
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_story_is_told_once_in_dutch_and_once_in_english() {
        for sample in SAMPLES {
            let tellings: Vec<Language> = SAMPLES
                .iter()
                .filter(|other| other.story == sample.story)
                .map(|other| other.language)
                .collect();
            assert_eq!(tellings.len(), 2, "{}: {tellings:?}", sample.story);
            assert!(tellings.contains(&Language::Dutch), "{}", sample.story);
            assert!(tellings.contains(&Language::English), "{}", sample.story);
        }
    }

    /// A Dutch sample's own words (legend, placeholders) must come out in Dutch, so its
    /// file says so; an English one may say nothing.
    #[test]
    fn each_sample_file_names_the_language_it_is_written_in() {
        for sample in SAMPLES {
            let map = crate::file::load(sample.json.as_bytes())
                .unwrap_or_else(|error| panic!("{}: {error}", sample.name))
                .map;
            match sample.language {
                Language::Dutch => {
                    assert_eq!(map.language, Some(Language::Dutch), "{}", sample.name)
                }
                Language::English => {
                    assert_ne!(map.language, Some(Language::Dutch), "{}", sample.name)
                }
            }
            assert_eq!(map.language(), sample.language, "{}", sample.name);
        }
    }

    /// The two tellings of a story are the same journey: the same phases, lanes, cards,
    /// links and curve points, only in other words.
    #[test]
    fn the_two_tellings_of_a_story_have_the_same_shape() {
        let shape = |sample: &Sample| {
            let map = crate::file::load(sample.json.as_bytes())
                .unwrap_or_else(|error| panic!("{}: {error}", sample.name))
                .map;
            let cards: Vec<_> = map
                .cards
                .iter()
                .map(|c| (c.id.clone(), c.phase.clone(), c.lane.clone(), c.channel))
                .collect();
            let lanes: Vec<_> = map.lanes.iter().map(|l| (l.id.clone(), l.kind)).collect();
            let links: Vec<_> = map
                .links
                .iter()
                .map(|l| (l.from.clone(), l.to.clone(), l.kind, l.quality))
                .collect();
            let scores: Vec<Vec<f64>> = map
                .emotion_curves
                .iter()
                .map(|curve| curve.points.iter().map(|p| p.score).collect())
                .collect();
            (map.phases.len(), lanes, cards, links, scores)
        };
        for dutch in SAMPLES.iter().filter(|s| s.language == Language::Dutch) {
            for english in SAMPLES
                .iter()
                .filter(|s| s.story == dutch.story && s.language == Language::English)
            {
                assert!(
                    shape(dutch) == shape(english),
                    "{} and {}",
                    dutch.name,
                    english.name
                );
            }
        }
    }

    /// No card was left in the other language: each card's title and text differ between
    /// the two tellings.
    #[test]
    fn the_two_tellings_of_a_story_share_no_card_text() {
        let cards = |sample: &Sample| {
            crate::file::load(sample.json.as_bytes())
                .unwrap_or_else(|error| panic!("{}: {error}", sample.name))
                .map
                .cards
        };
        for dutch in SAMPLES.iter().filter(|s| s.language == Language::Dutch) {
            for english in SAMPLES
                .iter()
                .filter(|s| s.story == dutch.story && s.language == Language::English)
            {
                for (nl, en) in cards(dutch).iter().zip(&cards(english)) {
                    assert_ne!(nl.title, en.title, "{} {}", dutch.name, nl.id.0);
                    assert_ne!(nl.body, en.body, "{} {}", dutch.name, nl.id.0);
                }
            }
        }
    }

    #[test]
    fn the_gallery_shows_the_interface_language_first_and_every_sample_once() {
        for language in Language::ALL {
            let order = gallery_order(language);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..SAMPLES.len()).collect::<Vec<_>>());
            let languages: Vec<Language> = order.iter().map(|&i| SAMPLES[i].language).collect();
            let own = languages.iter().filter(|&&l| l == language).count();
            assert!(own > 0, "{language:?}");
            assert!(
                languages[..own].iter().all(|&l| l == language),
                "{language:?}: {languages:?}"
            );
            assert!(
                languages[own..].iter().all(|&l| l != language),
                "{language:?}: {languages:?}"
            );
        }
        assert_eq!(
            SAMPLES[gallery_order(Language::Dutch)[0]].name,
            "klacht-afhandeling"
        );
        assert_eq!(
            SAMPLES[gallery_order(Language::English)[0]].name,
            "bank-account"
        );
    }
}
