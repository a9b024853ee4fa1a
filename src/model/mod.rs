//! The journey document: plain data that a customer journey map is.
//!
//! Nothing here knows about egui or files. A [`JourneyMap`] is what the editor edits, the
//! painter draws and the file module reads and writes. Its serde shape *is* the file format
//! (see `file`), so field order here is the key order in every saved file.

mod check;
mod color;
mod comment;
mod ids;
mod number;
mod picture;
pub mod templates;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::i18n::Language;
pub use check::{MAX_ITEMS, MAX_LANES, MAX_PERSONAS, MAX_PHASES, Problem, Severity, check};
pub use color::{Color, ParseColorError};
pub use comment::{
    Comment, CommentTarget, Reply, comment_time_in, comment_time_now, comment_time_text,
    comments_in_map_order,
};
pub use ids::{
    CardId, CommentId, LaneId, LinkId, PersonaId, PhaseId, PictureId, PointId, fresh_id,
};
pub use picture::{MAX_PICTURE_SIDE, MediaType, Picture, PictureData, media_type_of, sniff};

/// The lowest and highest emotion score: very negative and very positive.
pub const SCORE_RANGE: std::ops::RangeInclusive<f64> = -2.0..=2.0;

/// A whole customer journey map: one customer goal, told in phases and lanes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JourneyMap {
    /// The customer goal, e.g. "I want to open a bank account".
    pub title: String,
    /// The language of the map's own words (captions, legend, placeholders); none means
    /// English. Kept as written, so a file that names English keeps saying so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// What the map is about, for whom, and where its data comes from.
    #[serde(default)]
    pub description: String,
    /// Whether the map shows how things go today or how they should go.
    #[serde(default)]
    pub state: MapState,
    /// The kinds of customer this journey is seen through.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The columns, left to right.
    pub phases: Vec<Phase>,
    /// The swimlanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Every card. Cards in the same cell (phase × lane) are shown in the order listed here.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Connections between cards.
    #[serde(default)]
    pub links: Vec<Link>,
    /// How each persona feels through the phases; at most one curve per persona.
    #[serde(default)]
    pub emotion_curves: Vec<EmotionCurve>,
    /// What reviewers said about the map and its parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// The pictures cards and personas show, each stored once. Last in the file, so the
    /// words of the map come before the long lines of picture data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Picture>,
}

/// Whether a map describes an existing process or one still to be designed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MapState {
    /// The journey as customers live it today ("as is").
    #[default]
    Current,
    /// The journey as it is meant to be ("to be").
    Future,
}

impl MapState {
    /// The name a user reads, in `language`: "Current state", "Future state".
    pub fn label(self, language: Language) -> String {
        match self {
            MapState::Current => crate::tr_in!(language, "map-state-current"),
            MapState::Future => crate::tr_in!(language, "map-state-future"),
        }
    }
}

/// One kind of customer, described in enough detail to see the journey through their eyes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Persona {
    /// Stable id, unique among personas.
    pub id: PersonaId,
    /// Short name, e.g. "Starter Sanne".
    pub name: String,
    /// A few sentences: who they are, what they want, what they prefer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The colour of this persona's emotion curve.
    pub color: Color,
    /// Whether the persona's curve is left out of the drawing (on screen and in exports),
    /// to show one persona at a time.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
    /// A portrait or sketch of the persona, from the map's pictures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<PictureId>,
}

/// A stage of the journey: one column of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Phase {
    /// Stable id, unique among phases.
    pub id: PhaseId,
    /// Name shown in the column header, e.g. "Consideration".
    pub name: String,
    /// Header colour.
    pub color: Color,
    /// Consecutive phases with the same group are banded together, e.g. "Buyer journey".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The column's width in points, from 160 to 800; left out for the standard width.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number::write_option"
    )]
    pub width: Option<f64>,
}

/// The narrowest and widest a phase column can be, in points.
pub const COLUMN_WIDTH_RANGE: std::ops::RangeInclusive<f64> = 160.0..=800.0;

/// A swimlane: one row of the map, holding one kind of card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Lane {
    /// Stable id, unique among lanes.
    pub id: LaneId,
    /// Name shown in the row header.
    pub name: String,
    /// What the cards in this lane are.
    pub kind: LaneKind,
    /// Folded to a thin row that hides its cards.
    #[serde(default, skip_serializing_if = "is_false")]
    pub collapsed: bool,
    /// A service-blueprint line drawn across the map under this lane.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_below: Option<BlueprintLine>,
}

/// The lines of a service blueprint (after Nielsen Norman Group): each separates what is
/// above it from what is below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlueprintLine {
    /// Between the customer's actions and the organisation's: where they meet.
    Interaction,
    /// Between what the customer sees (frontstage) and what they do not (backstage).
    Visibility,
    /// Between the staff who serve customers and the support processes behind them.
    InternalInteraction,
}

impl BlueprintLine {
    /// Every line, top to bottom as a blueprint has them.
    pub const ALL: [BlueprintLine; 3] = [
        BlueprintLine::Interaction,
        BlueprintLine::Visibility,
        BlueprintLine::InternalInteraction,
    ];

    /// The name a user reads, in `language` (the map's: the name is written on the map).
    pub fn label(self, language: Language) -> String {
        match self {
            BlueprintLine::Interaction => crate::tr_in!(language, "map-line-interaction"),
            BlueprintLine::Visibility => crate::tr_in!(language, "map-line-visibility"),
            BlueprintLine::InternalInteraction => {
                crate::tr_in!(language, "map-line-internal-interaction")
            }
        }
    }
}

/// What a lane holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LaneKind {
    /// Contacts in the physical world: shop, phone, post, people.
    PhysicalTouchpoints,
    /// Contacts on screens: website, app, e-mail, social media.
    DigitalTouchpoints,
    /// What the customer does.
    CustomerActions,
    /// What the customer thinks and says.
    Thoughts,
    /// Where the emotion curves are drawn.
    Emotions,
    /// Where customers get stuck.
    PainPoints,
    /// Ideas for improving a touchpoint or the journey.
    Opportunities,
    /// What the customer needs to read or see in each phase.
    Content,
    /// What the organisation does behind the scenes, and who owns it.
    Backstage,
    /// What is measured, what counts as success, what is a warning sign.
    Kpis,
}

impl LaneKind {
    /// Every kind, in the order a new lane menu offers them.
    pub const ALL: [LaneKind; 10] = [
        LaneKind::PhysicalTouchpoints,
        LaneKind::DigitalTouchpoints,
        LaneKind::CustomerActions,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Content,
        LaneKind::Backstage,
        LaneKind::Kpis,
    ];

    /// The name a user reads, in `language` (the map's, when it is written on a map).
    pub fn label(self, language: Language) -> String {
        match self {
            LaneKind::PhysicalTouchpoints => {
                crate::tr_in!(language, "map-lane-physical-touchpoints")
            }
            LaneKind::DigitalTouchpoints => crate::tr_in!(language, "map-lane-digital-touchpoints"),
            LaneKind::CustomerActions => crate::tr_in!(language, "map-lane-customer-actions"),
            LaneKind::Thoughts => crate::tr_in!(language, "map-lane-thoughts"),
            LaneKind::Emotions => crate::tr_in!(language, "map-lane-emotions"),
            LaneKind::PainPoints => crate::tr_in!(language, "map-lane-pain-points"),
            LaneKind::Opportunities => crate::tr_in!(language, "map-lane-opportunities"),
            LaneKind::Content => crate::tr_in!(language, "map-lane-content"),
            LaneKind::Backstage => crate::tr_in!(language, "map-lane-backstage"),
            LaneKind::Kpis => crate::tr_in!(language, "map-lane-kpis"),
        }
    }

    /// The touchpoint track this lane is, if it is one.
    pub fn track(self) -> Option<Track> {
        match self {
            LaneKind::PhysicalTouchpoints => Some(Track::Physical),
            LaneKind::DigitalTouchpoints => Some(Track::Digital),
            _ => None,
        }
    }
}

/// The two tracks a touchpoint can lie on. Together they are one journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Track {
    /// Shop, phone, post, people, print.
    Physical,
    /// Website, app, e-mail, chat, social media.
    Digital,
}

impl Track {
    /// The name a user reads, in `language`.
    pub fn label(self, language: Language) -> String {
        match self {
            Track::Physical => crate::tr_in!(language, "map-track-physical"),
            Track::Digital => crate::tr_in!(language, "map-track-digital"),
        }
    }
}

/// One thing in a cell of the map: a touchpoint, a thought, a pain point, an idea…
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Card {
    /// Stable id, unique among cards.
    pub id: CardId,
    /// The column the card is in.
    pub phase: PhaseId,
    /// The row the card is in.
    pub lane: LaneId,
    /// A few words shown in bold.
    pub title: String,
    /// Longer text under the title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// For touchpoints: the medium of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// A decision moment, or moment of truth: here the customer's choice turns yes or no.
    #[serde(default, skip_serializing_if = "is_false")]
    pub decision_moment: bool,
    /// A planned positive surprise.
    #[serde(default, skip_serializing_if = "is_false")]
    pub wow_moment: bool,
    /// The team or department responsible for this touchpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// What is measured here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Free labels for filtering and grouping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// A picture shown on the card, from the map's pictures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<PictureId>,
}

impl Card {
    /// A card with only a place and a title.
    pub fn new(id: CardId, phase: PhaseId, lane: LaneId, title: impl Into<String>) -> Self {
        Self {
            id,
            phase,
            lane,
            title: title.into(),
            body: String::new(),
            channel: None,
            decision_moment: false,
            wow_moment: false,
            owner: None,
            kpis: Vec::new(),
            tags: Vec::new(),
            picture: None,
        }
    }
}

pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

/// The medium of a touchpoint, from mass and anonymous to interactive and personal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A website or web shop.
    Website,
    /// A mobile app.
    App,
    /// E-mail, including newsletters.
    Email,
    /// A phone call, e.g. with the contact centre.
    Phone,
    /// Web chat or a chatbot.
    Chat,
    /// WhatsApp or another messenger.
    Whatsapp,
    /// Social media.
    SocialMedia,
    /// A review site.
    ReviewSite,
    /// Advertising: TV, radio, outdoor, print ads.
    Advertising,
    /// A folder, brochure or other printed matter.
    Print,
    /// A shop or branch.
    Shop,
    /// A visit by an employee.
    EmployeeVisit,
    /// An event, fair or workshop.
    Event,
    /// Letters and parcels.
    Post,
    /// Any other channel.
    Other,
}

impl Channel {
    /// Every channel, physical ones first, in the order a palette lists them.
    pub const ALL: [Channel; 15] = [
        Channel::Shop,
        Channel::Phone,
        Channel::EmployeeVisit,
        Channel::Event,
        Channel::Print,
        Channel::Post,
        Channel::Advertising,
        Channel::Other,
        Channel::Website,
        Channel::App,
        Channel::Email,
        Channel::Chat,
        Channel::Whatsapp,
        Channel::SocialMedia,
        Channel::ReviewSite,
    ];

    /// The name a user reads, in `language` (the map's: channel names are written on cards).
    pub fn label(self, language: Language) -> String {
        match self {
            Channel::Website => crate::tr_in!(language, "map-channel-website"),
            Channel::App => crate::tr_in!(language, "map-channel-app"),
            Channel::Email => crate::tr_in!(language, "map-channel-email"),
            Channel::Phone => crate::tr_in!(language, "map-channel-phone"),
            Channel::Chat => crate::tr_in!(language, "map-channel-chat"),
            Channel::Whatsapp => crate::tr_in!(language, "map-channel-whatsapp"),
            Channel::SocialMedia => crate::tr_in!(language, "map-channel-social-media"),
            Channel::ReviewSite => crate::tr_in!(language, "map-channel-review-site"),
            Channel::Advertising => crate::tr_in!(language, "map-channel-advertising"),
            Channel::Print => crate::tr_in!(language, "map-channel-print"),
            Channel::Shop => crate::tr_in!(language, "map-channel-shop"),
            Channel::EmployeeVisit => crate::tr_in!(language, "map-channel-employee-visit"),
            Channel::Event => crate::tr_in!(language, "map-channel-event"),
            Channel::Post => crate::tr_in!(language, "map-channel-post"),
            Channel::Other => crate::tr_in!(language, "map-channel-other"),
        }
    }

    /// Which touchpoint track the channel belongs on.
    ///
    /// Phone counts as physical, as in the seeds' split (shop, phone, post, people);
    /// advertising as physical because classic ads are mass media, while online ads are
    /// usually mapped as the site or social network they appear on. "Other" is physical
    /// because the channels left unnamed are mostly face-to-face or on paper.
    pub fn track(self) -> Track {
        match self {
            Channel::Website
            | Channel::App
            | Channel::Email
            | Channel::Chat
            | Channel::Whatsapp
            | Channel::SocialMedia
            | Channel::ReviewSite => Track::Digital,
            Channel::Phone
            | Channel::Advertising
            | Channel::Print
            | Channel::Shop
            | Channel::EmployeeVisit
            | Channel::Event
            | Channel::Post
            | Channel::Other => Track::Physical,
        }
    }
}

/// A measurement at a touchpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Kpi {
    /// What is measured, e.g. "Conversion".
    pub name: String,
    /// The latest measured value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number::write_option"
    )]
    pub value: Option<f64>,
    /// The value that counts as success.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number::write_option"
    )]
    pub target: Option<f64>,
    /// The unit of value and target, e.g. "%", "s", "NPS".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Whether a higher or a lower value is better (waiting times, drop-outs: lower).
    #[serde(default, skip_serializing_if = "Better::is_higher")]
    pub better: Better,
}

/// Which way a KPI improves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    /// More is better, e.g. conversion or NPS.
    #[default]
    Higher,
    /// Less is better, e.g. waiting time or abandonment.
    Lower,
}

impl Better {
    fn is_higher(&self) -> bool {
        *self == Better::Higher
    }
}

impl Kpi {
    /// Whether the measured value reaches the target; unknown without both.
    pub fn on_target(&self) -> Option<bool> {
        let (value, target) = (self.value?, self.target?);
        Some(match self.better {
            Better::Higher => value >= target,
            Better::Lower => value <= target,
        })
    }
}

/// A connection from one card to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    /// Stable id, unique among links.
    pub id: LinkId,
    /// The card the link starts at.
    pub from: CardId,
    /// The card the link points to.
    pub to: CardId,
    /// What the connection means.
    pub kind: LinkKind,
    /// A short text shown at the middle of the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// For channel switches: how well the customer is picked up in the next channel.
    /// Left out while nobody has judged it yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<HandoffQuality>,
}

/// What a link between two cards means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The customer moves from one channel to another (starts online, continues by phone).
    ChannelSwitch,
    /// The next step on the customer's path, or one branch of it.
    NextStep,
    /// One customer's experience steers another's journey, e.g. a review read in consideration.
    Influence,
}

impl LinkKind {
    /// The name a user reads, in `language`.
    pub fn label(self, language: Language) -> String {
        match self {
            LinkKind::ChannelSwitch => crate::tr_in!(language, "map-link-channel-switch"),
            LinkKind::NextStep => crate::tr_in!(language, "map-link-next-step"),
            LinkKind::Influence => crate::tr_in!(language, "map-link-influence"),
        }
    }
}

/// How well a channel switch goes: is the customer recognised, can they pick up where they
/// left off?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HandoffQuality {
    /// The next channel knows the customer and continues where they were.
    Smooth,
    /// The customer gets through, but repeats themselves or waits.
    Friction,
    /// The next channel knows nothing; the customer starts over or gives up.
    Broken,
}

impl HandoffQuality {
    /// The name a user reads, in `language`.
    pub fn label(self, language: Language) -> String {
        match self {
            HandoffQuality::Smooth => crate::tr_in!(language, "map-handoff-smooth"),
            HandoffQuality::Friction => crate::tr_in!(language, "map-handoff-friction"),
            HandoffQuality::Broken => crate::tr_in!(language, "map-handoff-broken"),
        }
    }

    /// The name of a handoff quality, or of none ("not judged"), in `language`.
    pub fn label_or_not_judged(quality: Option<HandoffQuality>, language: Language) -> String {
        quality.map_or_else(
            || crate::tr_in!(language, "map-handoff-not-judged"),
            |quality| quality.label(language),
        )
    }
}

/// How one persona feels through the phases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EmotionCurve {
    /// Whose feelings these are.
    pub persona: PersonaId,
    /// The measured or expected moments. They are drawn in phase order; points in the same
    /// phase are drawn in the order listed here.
    #[serde(default)]
    pub points: Vec<EmotionPoint>,
}

/// One point of an emotion curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EmotionPoint {
    /// Stable id, unique among the points of all curves.
    pub id: PointId,
    /// The phase the point is in.
    pub phase: PhaseId,
    /// The card the feeling belongs to, if it is tied to one; the card must be in `phase`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<CardId>,
    /// From -2 (very negative) to +2 (very positive).
    #[schemars(range(min = -2.0, max = 2.0))]
    #[serde(serialize_with = "number::write")]
    pub score: f64,
    /// Why the customer feels this way.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl JourneyMap {
    /// A map with a title and nothing else: no phases, no lanes.
    pub fn empty(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            language: None,
            description: String::new(),
            state: MapState::Current,
            personas: Vec::new(),
            phases: Vec::new(),
            lanes: Vec::new(),
            cards: Vec::new(),
            links: Vec::new(),
            emotion_curves: Vec::new(),
            comments: Vec::new(),
            pictures: Vec::new(),
        }
    }

    /// The language of the map's own words.
    pub fn language(&self) -> Language {
        self.language.unwrap_or_default()
    }

    /// The phase with this id.
    pub fn phase(&self, id: &PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|phase| &phase.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: &LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|lane| &lane.id == id)
    }

    /// The card with this id.
    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|card| &card.id == id)
    }

    /// The picture with this id.
    pub fn picture(&self, id: &PictureId) -> Option<&Picture> {
        self.pictures.iter().find(|picture| &picture.id == id)
    }

    /// The persona with this id.
    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|persona| &persona.id == id)
    }

    /// The cards of one cell, in their order inside the cell.
    pub fn cards_in<'a>(
        &'a self,
        phase: &'a PhaseId,
        lane: &'a LaneId,
    ) -> impl Iterator<Item = &'a Card> + 'a {
        self.cards
            .iter()
            .filter(move |card| &card.phase == phase && &card.lane == lane)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_speak_the_language_asked_for() {
        let (en, nl) = (Language::English, Language::Dutch);
        assert_eq!(Channel::Phone.label(en), "Phone");
        assert_eq!(Channel::Phone.label(nl), "Telefoon");
        assert_eq!(Channel::Shop.label(nl), "Winkel / filiaal");
        assert_eq!(
            LaneKind::PhysicalTouchpoints.label(en),
            "Physical touchpoints"
        );
        assert_eq!(
            LaneKind::PhysicalTouchpoints.label(nl),
            "Fysieke contactmomenten"
        );
        assert_eq!(LaneKind::Emotions.label(nl), "Beleving");
        assert_eq!(LinkKind::NextStep.label(en), "Next step");
        assert_eq!(LinkKind::NextStep.label(nl), "Volgende stap");
        assert_eq!(LinkKind::ChannelSwitch.label(nl), "Kanaalwissel");
        assert_eq!(HandoffQuality::Broken.label(nl), "Breekt af");
        assert_eq!(
            HandoffQuality::label_or_not_judged(None, nl),
            "niet beoordeeld"
        );
        assert_eq!(Track::Digital.label(nl), "digitaal");
        assert_eq!(MapState::Future.label(en), "Future state");
        assert_eq!(MapState::Future.label(nl), "Gewenste situatie");
    }

    #[test]
    fn every_label_has_its_own_words_in_each_language() {
        for language in Language::ALL {
            let mut words: Vec<String> = Channel::ALL.map(|c| c.label(language)).to_vec();
            words.extend(LaneKind::ALL.map(|k| k.label(language)));
            words.extend(
                [
                    LinkKind::ChannelSwitch,
                    LinkKind::NextStep,
                    LinkKind::Influence,
                ]
                .map(|k| k.label(language)),
            );
            let mut unique = words.clone();
            unique.sort();
            unique.dedup();
            // A label that fell through to its key would show "map-…".
            assert!(words.iter().all(|w| !w.starts_with("map-")), "{words:?}");
            assert_eq!(unique.len(), words.len(), "{language:?}: {words:?}");
        }
        // Each Dutch lane kind and link kind differs from its English name.
        for kind in LaneKind::ALL
            .into_iter()
            .filter(|k| *k != LaneKind::Content)
        {
            assert_ne!(kind.label(Language::English), kind.label(Language::Dutch));
        }
    }
}
