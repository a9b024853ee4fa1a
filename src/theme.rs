//! The look of a map: sizes in map units and a calm palette, for the canvas and the exports
//! alike. The layout reads only the [`Metrics`]; the painter reads the [`Palette`] too, so a
//! change of colour never lays a map out again.

use egui::Color32;

use crate::model::{HandoffQuality, LaneKind, LinkKind};
use crate::text::{TextStyle, Weight};

/// Both halves of the look of a map: what the layout measures with, and what the painter
/// colours with. `Theme::default()` is the look of every map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    /// Sizes, spacing and text styles.
    pub metrics: Metrics,
    /// Colours.
    pub palette: Palette,
}

/// Sizes (in map units, points at 100 % zoom), spacing and text styles of a drawn map:
/// everything the layout needs, and no colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    /// Empty space around the whole picture.
    pub margin: f32,
    /// The map's title.
    pub title: TextStyle,
    /// The description under the title.
    pub description: TextStyle,
    /// Phase names in the column headers.
    pub phase_name: TextStyle,
    /// Group names in the bands above the phases.
    pub group_name: TextStyle,
    /// Lane names in the row headers.
    pub lane_name: TextStyle,
    /// The kind of lane, under its name.
    pub lane_caption: TextStyle,
    /// Card titles.
    pub card_title: TextStyle,
    /// Card body text.
    pub card_body: TextStyle,
    /// The channel name and the owner on a card.
    pub card_meta: TextStyle,
    /// Link labels, legend entries and the emotion scale.
    pub small: TextStyle,
    /// Section names in the legend.
    pub legend_heading: TextStyle,
    /// The names of service-blueprint lines.
    pub blueprint_line: TextStyle,
    /// Height of the phase-group band.
    pub group_band_height: f32,
    /// Smallest height of a phase header.
    pub phase_header_height: f32,
    /// Width of the lane headers on the left.
    pub lane_header_width: f32,
    /// Width of a card.
    pub card_width: f32,
    /// Space between a cell's edge and its cards.
    pub cell_padding: f32,
    /// Space between two cards in one cell.
    pub card_gap: f32,
    /// Space between a card's edge and its content.
    pub card_padding: f32,
    /// Corner radius of cards.
    pub card_radius: f32,
    /// Lines of a card title before it is elided.
    pub title_lines: usize,
    /// Lines of a card body before it is elided.
    pub body_lines: usize,
    /// Smallest height of a lane.
    pub min_row_height: f32,
    /// Height of the area the emotion curves are drawn in.
    pub curve_area_height: f32,
    /// Radius of an emotion point's face.
    pub face_radius: f32,
}

/// The colours of a drawn map.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Picture background.
    pub background: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text.
    pub muted_text: Color32,
    /// Grid lines and card borders.
    pub line: Color32,
    /// Card fill.
    pub card_fill: Color32,
    /// Behind a card's picture: shows where a picture's proportions leave room, and is the
    /// empty frame of a picture that cannot be shown.
    pub picture_frame: Color32,
    /// The badge of a decision moment (moment of truth).
    pub decision_badge: Color32,
    /// The badge of a wow moment.
    pub wow_badge: Color32,
    /// The badge of a pain point.
    pub pain_badge: Color32,
    /// Service-blueprint lines and their names: a dark neutral that stands out from the
    /// pale grid and from every lane's accent.
    pub blueprint_line: Color32,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            margin: 40.0,
            title: TextStyle::new(26.0, Weight::SemiBold),
            description: TextStyle::new(13.0, Weight::Regular),
            phase_name: TextStyle::new(15.0, Weight::SemiBold),
            group_name: TextStyle::new(11.5, Weight::SemiBold),
            lane_name: TextStyle::new(13.0, Weight::SemiBold),
            lane_caption: TextStyle::new(10.5, Weight::Regular),
            card_title: TextStyle::new(12.5, Weight::SemiBold),
            card_body: TextStyle::new(11.0, Weight::Regular),
            card_meta: TextStyle::new(10.0, Weight::Regular),
            small: TextStyle::new(10.5, Weight::Regular),
            legend_heading: TextStyle::new(10.5, Weight::SemiBold),
            blueprint_line: TextStyle::new(10.5, Weight::SemiBold),
            group_band_height: 26.0,
            phase_header_height: 44.0,
            lane_header_width: 184.0,
            card_width: 200.0,
            cell_padding: 14.0,
            card_gap: 10.0,
            card_padding: 9.0,
            card_radius: 7.0,
            title_lines: 3,
            body_lines: 4,
            min_row_height: 96.0,
            curve_area_height: 200.0,
            face_radius: 9.0,
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Self {
            background: Color32::WHITE,
            text: hex(0x1f2933),
            muted_text: hex(0x5f6b7a),
            line: hex(0xdde1e6),
            card_fill: Color32::WHITE,
            picture_frame: Color32::from_rgb(0xee, 0xf0, 0xf3),
            decision_badge: hex(0x6b4fd8),
            wow_badge: hex(0xe0a100),
            pain_badge: hex(0xd64545),
            blueprint_line: hex(0x3e4c59),
        }
    }
}

const fn hex(rgb: u32) -> Color32 {
    Color32::from_rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

impl Palette {
    /// The background tint of a lane and the accent of its cards.
    pub fn lane_colors(&self, kind: LaneKind) -> (Color32, Color32) {
        let (tint, accent) = match kind {
            LaneKind::PhysicalTouchpoints => (0xfcf3ea, 0xd9822b),
            LaneKind::DigitalTouchpoints => (0xecf3fc, 0x2f76d2),
            LaneKind::CustomerActions => (0xf5f6f4, 0x6f7c6a),
            LaneKind::Thoughts => (0xf6f3fb, 0x8a63c4),
            LaneKind::Emotions => (0xfbfbfc, 0xc2477f),
            LaneKind::PainPoints => (0xfcefee, 0xd64545),
            LaneKind::Opportunities => (0xedf8f1, 0x2e9e5b),
            LaneKind::Content => (0xf2f6ec, 0x6b8e23),
            LaneKind::Backstage => (0xf1f3f5, 0x52606d),
            LaneKind::Kpis => (0xfdf8e8, 0xb7791f),
        };
        (hex(tint), hex(accent))
    }

    /// The colour of a link: channel switches by handoff quality, the others by kind.
    pub fn link_color(&self, kind: LinkKind, quality: Option<HandoffQuality>) -> Color32 {
        match (kind, quality) {
            (LinkKind::ChannelSwitch, Some(HandoffQuality::Smooth)) => hex(0x2e9e5b),
            (LinkKind::ChannelSwitch, Some(HandoffQuality::Friction)) => hex(0xe08a00),
            (LinkKind::ChannelSwitch, Some(HandoffQuality::Broken)) => hex(0xd64545),
            (LinkKind::ChannelSwitch, None) => hex(0x7b8794),
            (LinkKind::NextStep, _) => hex(0x52606d),
            (LinkKind::Influence, _) => hex(0x2f76d2),
        }
    }
}
