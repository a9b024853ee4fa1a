//! Layout: a pure function from a document (and the theme's metrics) to geometry in map space.
//!
//! Everything the painter draws and the editor hit-tests is positioned here: columns, rows,
//! the cards stacked in each cell, the routes of links, the emotion curves, the group bands,
//! the title block and the legend. Map space is in points at 100 % zoom, with the picture's
//! top-left corner at the origin. What lies under a point of it is answered in [`hit`].

pub mod hit;
mod route;

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use crate::model::{
    BlueprintLine, COLUMN_WIDTH_RANGE, CardId, Channel, HandoffQuality, JourneyMap, LaneId,
    LaneKind, Language, LinkId, LinkKind, MediaType, PersonaId, PhaseId, Picture, PictureId,
    PointId,
};
use crate::text::TextStyle;
use crate::theme::Metrics;

pub use hit::{DropTarget, distance_to_path};
pub use route::{path_length, point_at_length, rounded_polyline};

/// The height of a folded lane.
pub const COLLAPSED_ROW_HEIGHT: f32 = 52.0;

/// What to include in a picture besides the grid, and how much of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// The title block above the map.
    pub title: bool,
    /// The legend below the map.
    pub legend: bool,
    /// Every text shown whole, wrapped, with boxes grown to hold it: for exports, where
    /// nobody can hover a card to read the rest. Otherwise (the canvas) cards keep a few
    /// lines and one-line texts end in "…" where they do not fit.
    pub full_text: bool,
    /// The cards of a cell side by side rather than one under another, the phase as wide as
    /// its fullest cell: a slide of one phase, wide rather than tall.
    pub cards_across: bool,
}

impl Default for LayoutOptions {
    /// The canvas: everything, with long texts elided.
    fn default() -> Self {
        Self {
            title: true,
            legend: true,
            full_text: false,
            cards_across: false,
        }
    }
}

impl LayoutOptions {
    /// An exported picture: everything, every text in full.
    pub fn export() -> Self {
        Self {
            full_text: true,
            ..Self::default()
        }
    }

    /// How many lines a text may take that the canvas shows in at most `elided` lines.
    fn lines(self, elided: usize) -> usize {
        if self.full_text {
            MAX_FULL_TEXT_LINES
        } else {
            elided
        }
    }

    /// A text the canvas shows on one line, elided: wrapped whole in full text.
    fn one_line(self, style: TextStyle, text: &str, max_width: f32) -> Vec<String> {
        if self.full_text {
            style.wrap(text, max_width, MAX_FULL_TEXT_LINES)
        } else if text.is_empty() {
            Vec::new()
        } else {
            vec![style.fit_line(text, max_width)]
        }
    }
}

/// The most lines one text takes even in full text. No real text comes near it (a card body
/// of a whole page is about sixty); past it an absurd text (megabytes pasted into a field)
/// is cut with "…", so that laying it out stays quick and the picture stays drawable.
pub const MAX_FULL_TEXT_LINES: usize = 300;

/// One line of text, placed by its top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// The text, already wrapped or elided to fit.
    pub text: String,
    /// Top-left corner of the line.
    pub pos: Pos2,
    /// Size and weight.
    pub style: TextStyle,
}

/// A whole map, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The whole picture, from the origin.
    pub bounds: Rect,
    /// The title block, when included.
    pub title: Option<TitleBlock>,
    /// Bands above the phase headers that group phases, e.g. "Buyer journey".
    pub groups: Vec<GroupBand>,
    /// One per phase, left to right.
    pub columns: Vec<ColumnLayout>,
    /// One per lane, top to bottom.
    pub rows: Vec<RowLayout>,
    /// Every card whose phase and lane exist.
    pub cards: Vec<CardLayout>,
    /// Every link between two laid-out cards.
    pub links: Vec<LinkLayout>,
    /// The emotion scale, when the map has an emotion lane.
    pub emotion_scale: Option<EmotionScale>,
    /// One per persona with a curve, when the map has an emotion lane.
    pub curves: Vec<CurveLayout>,
    /// The legend, when included.
    pub legend: Option<Legend>,
    /// The service-blueprint lines under lanes, top to bottom.
    pub blueprint_lines: Vec<BlueprintLineLayout>,
}

/// A service-blueprint line drawn across the map under a lane, with its name.
#[derive(Clone, Debug, PartialEq)]
pub struct BlueprintLineLayout {
    /// Which line it is.
    pub line: BlueprintLine,
    /// The row (index into [`MapLayout::rows`]) the line lies under.
    pub row: usize,
    /// Where the line starts (the left edge of the lane headers) and ends (the right edge
    /// of the last phase), on the lane's bottom edge.
    pub ends: (Pos2, Pos2),
    /// The box behind the name, straddling the line just right of the lane headers, in the
    /// padding above and below the cards so that it covers none of them.
    pub label_rect: Rect,
    /// The line's name, in the map's language.
    pub label: TextLine,
}

/// The map's title, description and state.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleBlock {
    /// The area of the block.
    pub rect: Rect,
    /// The title: one line on the canvas, wrapped in full text.
    pub title: Vec<TextLine>,
    /// The description, wrapped.
    pub description: Vec<TextLine>,
    /// "Current state" or "Future state", in a small chip.
    pub state_chip: (Rect, TextLine),
}

/// A band over consecutive phases of the same group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBand {
    /// The band.
    pub rect: Rect,
    /// The group name: one line on the canvas, wrapped in full text.
    pub name: Vec<TextLine>,
    /// The colour of the group's first phase.
    pub color: Color32,
}

/// A phase: its header and its column.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnLayout {
    /// The phase.
    pub phase: PhaseId,
    /// The header box with the phase name.
    pub header: Rect,
    /// The phase name, up to two lines on the canvas.
    pub name: Vec<TextLine>,
    /// The header colour.
    pub color: Color32,
    /// The column below the header, through every lane.
    pub body: Rect,
}

/// A lane: its header on the left and its row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowLayout {
    /// The lane.
    pub lane: LaneId,
    /// What the lane holds.
    pub kind: LaneKind,
    /// The header box on the left.
    pub header: Rect,
    /// The lane name, up to three lines on the canvas.
    pub name: Vec<TextLine>,
    /// The kind of lane, under the name: one line on the canvas, wrapped in full text;
    /// none when the name already says it.
    pub caption: Vec<TextLine>,
    /// The row to the right of the header, through every phase.
    pub body: Rect,
}

/// A moment badge on a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Badge {
    /// Decision moment / moment of truth.
    Decision,
    /// Wow moment.
    Wow,
    /// Pain point.
    Pain,
}

impl Badge {
    /// The name a user reads, in `language` (the map's).
    pub fn label(self, language: Language) -> String {
        match self {
            Badge::Decision => crate::tr_in!(language, "map-badge-decision"),
            Badge::Wow => crate::tr_in!(language, "map-badge-wow"),
            Badge::Pain => crate::tr_in!(language, "map-badge-pain"),
        }
    }
}

/// A card, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card.
    pub id: CardId,
    /// The card's box.
    pub rect: Rect,
    /// Index of the card's column in [`MapLayout::columns`].
    pub column: usize,
    /// Index of the card's row in [`MapLayout::rows`].
    pub row: usize,
    /// What the card's lane holds, which gives its accent colour.
    pub lane_kind: LaneKind,
    /// The channel, its icon box and its name (wrapped in full text).
    pub channel: Option<(Channel, Rect, Vec<TextLine>)>,
    /// Moment badges, each in its box.
    pub badges: Vec<(Badge, Rect)>,
    /// The title, wrapped.
    pub title: Vec<TextLine>,
    /// The body, wrapped.
    pub body: Vec<TextLine>,
    /// The owner, its icon box and its name (wrapped in full text).
    pub owner: Option<(Rect, Vec<TextLine>)>,
    /// How wide each of the card's texts was allowed to be: a program that wraps the text
    /// itself (PowerPoint) is given the same width, so it breaks the lines where we did.
    pub widths: CardTextWidths,
    /// The card's picture, under its title.
    pub picture: Option<PlacedPicture>,
}

/// A picture of the map's, placed: on a card, or beside a persona in the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedPicture {
    /// Which picture: the canvas keys its textures by it.
    pub id: PictureId,
    /// The space the picture has: the card's width inside its padding, as tall as the
    /// picture at that width but never taller than wide.
    pub frame: Rect,
    /// Where the picture is drawn: the largest box of the picture's proportions that fits
    /// the frame, centred in it.
    pub rect: Rect,
    /// The encoded picture, or `None` when the map has no picture with that id or its data
    /// is not a picture (an empty frame is drawn).
    pub data: Option<(MediaType, Arc<[u8]>)>,
}

/// The widths a card's texts were wrapped to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CardTextWidths {
    /// The channel name.
    pub channel: f32,
    /// The title.
    pub title: f32,
    /// The body.
    pub body: f32,
    /// The owner.
    pub owner: f32,
}

impl CardLayout {
    /// The same card moved by `offset`.
    pub fn translated(&self, offset: Vec2) -> CardLayout {
        let mut card = self.clone();
        translate_card(&mut card, offset);
        card
    }
}

/// A link, routed.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLayout {
    /// The link.
    pub id: LinkId,
    /// What it means.
    pub kind: LinkKind,
    /// For channel switches, how the handoff goes.
    pub quality: Option<HandoffQuality>,
    /// The route, from the edge of the first card to the edge of the second.
    pub path: Vec<Pos2>,
    /// The label, near the middle of the route where it covers no card.
    pub label: Option<LinkLabel>,
}

/// A link's label.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLabel {
    /// The label's background box.
    pub rect: Rect,
    /// The text: one line on the canvas, balanced over several in full text.
    pub lines: Vec<TextLine>,
    /// The point on the route the label belongs to, when the label sits beside the route.
    pub anchor: Option<Pos2>,
}

/// The score axis of the emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionScale {
    /// The lane the curves are drawn in.
    pub row: usize,
    /// The area between the +2 and -2 lines.
    pub plot: Rect,
    /// The score labels at the side, with the y of their line.
    pub ticks: Vec<(f64, f32, TextLine)>,
}

impl EmotionScale {
    /// The y of a score.
    pub fn y(&self, score: f64) -> f32 {
        let t = ((2.0 - score.clamp(-2.0, 2.0)) / 4.0) as f32;
        self.plot.top() + t * self.plot.height()
    }

    /// The score at a height, snapped to half steps and kept on the scale: what a point
    /// dropped there gets.
    pub fn score_at(&self, y: f32) -> f64 {
        let t = f64::from((y - self.plot.top()) / self.plot.height().max(1.0));
        let score = 2.0 - 4.0 * t;
        ((score * 2.0).round() / 2.0).clamp(-2.0, 2.0)
    }

    /// The band where points can be placed: the plot and a little room above and below.
    pub fn hit_area(&self) -> Rect {
        self.plot.expand2(vec2(0.0, 16.0))
    }
}

/// One persona's curve.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveLayout {
    /// Whose curve.
    pub persona: PersonaId,
    /// The persona's colour.
    pub color: Color32,
    /// Each point's id, position and score, left to right.
    pub points: Vec<(PointId, Pos2, f64)>,
    /// The smooth line through the points.
    pub path: Vec<Pos2>,
}

/// The legend: what colours, line styles and badges mean.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    /// The legend's area.
    pub rect: Rect,
    /// Section names.
    pub headings: Vec<TextLine>,
    /// Each entry: what it shows, its swatch box, its label (wrapped in full text).
    pub entries: Vec<(LegendSwatch, Rect, Vec<TextLine>)>,
    /// The personas' pictures, each left of its persona's swatch.
    pub photos: Vec<PlacedPicture>,
}

/// What a legend entry's swatch shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegendSwatch {
    /// A persona's curve colour.
    Persona(Color32),
    /// A link style.
    Link(LinkKind, Option<HandoffQuality>),
    /// A moment badge.
    Badge(Badge),
}

fn color32(color: crate::model::Color) -> Color32 {
    Color32::from_rgb(color.r, color.g, color.b)
}

/// The text lines of a wrapped block, stacked from `top_left`.
fn stack_lines(
    lines: Vec<String>,
    style: TextStyle,
    top_left: Pos2,
    spacing: f32,
) -> Vec<TextLine> {
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine {
            text,
            pos: top_left + vec2(0.0, i as f32 * spacing),
            style,
        })
        .collect()
}

/// The text lines of a wrapped block, each centred on `center`, the block `block_height`
/// tall.
fn centred_lines(
    lines: Vec<String>,
    style: TextStyle,
    center: Pos2,
    block_height: f32,
    spacing: f32,
) -> Vec<TextLine> {
    let top = center.y - block_height / 2.0;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine {
            pos: pos2(
                center.x - style.width(&text) / 2.0,
                top + i as f32 * spacing,
            ),
            text,
            style,
        })
        .collect()
}

/// Space between lines of wrapped text, for a style.
/// The distance from one line of wrapped text to the next in a style.
pub fn line_spacing(style: TextStyle) -> f32 {
    (style.line_height() * 1.08).round()
}

/// Lays out a whole map.
pub fn layout(map: &JourneyMap, metrics: &Metrics, options: LayoutOptions) -> MapLayout {
    layout_with(map, metrics, options, Labels::Placed)
}

/// Lays out a map for a gesture's live preview, which is redrawn at every step of a drag:
/// everything as [`layout`] has it, except that link labels sit at the middle of their
/// line instead of being searched a free spot for, which is half the work of a layout. The
/// drop lays the map out in full.
pub fn layout_preview(map: &JourneyMap, metrics: &Metrics, options: LayoutOptions) -> MapLayout {
    layout_with(map, metrics, options, Labels::AtMiddle)
}

/// Where link labels go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Labels {
    /// Where they cover the least of the cards and of each other.
    Placed,
    /// At the middle of their line.
    AtMiddle,
}

fn layout_with(
    map: &JourneyMap,
    metrics: &Metrics,
    options: LayoutOptions,
    labels: Labels,
) -> MapLayout {
    let margin = metrics.margin;
    let language = map.language();
    // Looked up once per layout rather than once per card: a large map has thousands.
    let channel_names: HashMap<Channel, String> = Channel::ALL
        .into_iter()
        .map(|channel| (channel, channel.label(language)))
        .collect();
    let standard_width = metrics.card_width + 2.0 * metrics.cell_padding;
    let grid_left = margin + metrics.lane_header_width;
    let own_widths: Vec<f32> = map
        .phases
        .iter()
        .map(|p| {
            let (min, max) = (
                *COLUMN_WIDTH_RANGE.start() as f32,
                *COLUMN_WIDTH_RANGE.end() as f32,
            );
            p.width
                .map_or(standard_width, |w| (w as f32).clamp(min, max))
        })
        .collect();
    let widths = if options.cards_across {
        widths_across(map, metrics, &own_widths)
    } else {
        own_widths.clone()
    };
    // The left edge of every column, and the right edge of the last.
    let mut lefts = Vec::with_capacity(widths.len() + 1);
    let mut x = grid_left;
    for width in &widths {
        lefts.push(x);
        x += width;
    }
    lefts.push(x);
    let grid_width = x - grid_left;
    let content_width = (metrics.lane_header_width + grid_width).max(480.0);

    let mut y = margin;
    let title = options
        .title
        .then(|| title_block(map, metrics, pos2(margin, y), content_width, options));
    if let Some(block) = &title {
        y = block.rect.bottom() + 24.0;
    }

    // Phase-group bands, all as tall as the tallest name needs.
    let has_groups = map.phases.iter().any(|p| p.group.is_some());
    let mut groups = Vec::new();
    if has_groups {
        let style = metrics.group_name;
        let group_spacing = line_spacing(style);
        let mut named = Vec::new();
        let mut start = 0;
        while start < map.phases.len() {
            let group = &map.phases[start].group;
            let mut end = start + 1;
            while end < map.phases.len() && &map.phases[end].group == group {
                end += 1;
            }
            if let Some(name) = group {
                let (left, right) = (lefts[start] + 2.0, lefts[end] - 2.0);
                let lines = options.one_line(style, name, right - left - 16.0);
                named.push((start, left, right, lines));
            }
            start = end;
        }
        let most_lines = named.iter().map(|n| n.3.len()).max().unwrap_or(1).max(1);
        let band_height = metrics
            .group_band_height
            .max(((most_lines - 1) as f32 * group_spacing + style.line_height() + 10.0).ceil());
        for (start, left, right, lines) in named {
            let rect = Rect::from_min_max(pos2(left, y), pos2(right, y + band_height));
            let block = lines.len().saturating_sub(1) as f32 * group_spacing + style.line_height();
            let name = centred_lines(lines, style, rect.center(), block, group_spacing);
            groups.push(GroupBand {
                rect,
                name,
                color: color32(map.phases[start].color),
            });
        }
        y += band_height + 4.0;
    }

    // Phase headers: as tall as the tallest name needs.
    let phase_names: Vec<Vec<String>> = map
        .phases
        .iter()
        .zip(&widths)
        .map(|(p, width)| {
            metrics
                .phase_name
                .wrap(&p.name, width - 20.0, options.lines(2))
        })
        .collect();
    let name_spacing = line_spacing(metrics.phase_name);
    let most_lines = phase_names.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let header_height = metrics
        .phase_header_height
        .max(most_lines as f32 * name_spacing + 20.0);
    let header_top = y;
    let grid_top = header_top + header_height + 6.0;

    // Card boxes, measured before rows are placed.
    let lane_index: HashMap<&LaneId, usize> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (&l.id, i))
        .collect();
    let phase_index: HashMap<&PhaseId, usize> = map
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, i))
        .collect();
    let pictures: HashMap<&PictureId, &Picture> = map.pictures.iter().map(|p| (&p.id, p)).collect();
    // The cards of each cell (column by column, a row each), with their place in the file.
    let cell_of = |column: usize, row: usize| column * map.lanes.len() + row;
    let mut cells: Vec<Vec<(usize, CardLayout)>> = vec![Vec::new(); widths.len() * map.lanes.len()];
    for (index, card) in map.cards.iter().enumerate() {
        let (Some(&column), Some(&row)) =
            (phase_index.get(&card.phase), lane_index.get(&card.lane))
        else {
            continue;
        };
        let lane = &map.lanes[row];
        if lane.collapsed {
            continue;
        }
        let card_width = own_widths[column] - 2.0 * metrics.cell_padding;
        let picture = card
            .picture
            .as_ref()
            .and_then(|id| pictures.get(id).copied());
        let laid = card_box(
            card,
            picture,
            (lane.kind, column, row),
            card_width,
            metrics,
            &channel_names,
            options,
        );
        cells[cell_of(column, row)].push((index, laid));
    }

    // Rows grow to fit the tallest cell.
    // Curves are drawn in the first emotion lane, unless it is folded.
    let first_emotion_row = map
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Emotions)
        .filter(|&r| !map.lanes[r].collapsed);
    let mut rows = Vec::with_capacity(map.lanes.len());
    let mut row_top = grid_top;
    let mut stack_heights = vec![0.0f32; map.lanes.len()];
    for (r, lane) in map.lanes.iter().enumerate() {
        let stack = (0..map.phases.len())
            .map(|c| &cells[cell_of(c, r)])
            .filter(|cards| !cards.is_empty())
            .map(|cards| {
                let heights = cards.iter().map(|(_, card)| card.rect.height());
                if options.cards_across {
                    heights.fold(0.0, f32::max)
                } else {
                    heights.sum::<f32>() + metrics.card_gap * cards.len().saturating_sub(1) as f32
                }
            })
            .fold(0.0f32, f32::max);
        stack_heights[r] = stack;
        let mut height = (stack + 2.0 * metrics.cell_padding).max(metrics.min_row_height);
        if Some(r) == first_emotion_row {
            let cards_part = if stack > 0.0 {
                stack + metrics.cell_padding
            } else {
                0.0
            };
            height = cards_part + metrics.curve_area_height;
        }
        if lane.collapsed {
            height = COLLAPSED_ROW_HEIGHT;
        }
        let name_left = pos2(margin + 38.0, row_top + 14.0);
        let name_width = metrics.lane_header_width - 38.0 - 44.0;
        let name_style = metrics
            .lane_name
            .shrunk_to_fit_words(&lane.name, name_width, 0.8);
        let name_lines = name_style.wrap(
            &lane.name,
            name_width,
            options.lines(if lane.collapsed { 1 } else { 3 }),
        );
        let name_count = name_lines.len() as f32;
        let name = stack_lines(name_lines, name_style, name_left, line_spacing(name_style));
        // The kind is shown under the name only when the name does not already say it; a
        // folded lane says how many cards it hides instead.
        let caption_text = if lane.collapsed {
            let count = map.cards.iter().filter(|c| c.lane == lane.id).count();
            crate::tr_in!(language, "map-lane-folded", count = count)
        } else {
            let kind = lane.kind.label(language);
            if lane.name.trim().eq_ignore_ascii_case(&kind) {
                String::new()
            } else {
                kind
            }
        };
        let caption_style = metrics.lane_caption;
        let caption_lines = options.one_line(caption_style, &caption_text, name_width);
        let caption = stack_lines(
            caption_lines,
            caption_style,
            name_left + vec2(0.0, name_count * line_spacing(name_style) + 2.0),
            line_spacing(caption_style),
        );
        if options.full_text {
            // The row grows so its header holds the whole name and caption; rows run the
            // width of the map, so they stay aligned.
            let text_bottom = caption.last().map_or(
                name_left.y + name_count * line_spacing(name_style),
                |line| line.pos.y + caption_style.line_height(),
            );
            // Whole units, as cards are, so lane edges fall on pixel edges in a picture.
            height = height.max((text_bottom - row_top + 14.0).ceil());
        }
        let header = Rect::from_min_size(
            pos2(margin, row_top),
            vec2(metrics.lane_header_width, height),
        );
        let body = Rect::from_min_size(pos2(grid_left, row_top), vec2(grid_width, height));
        rows.push(RowLayout {
            lane: lane.id.clone(),
            kind: lane.kind,
            header,
            name,
            caption,
            body,
        });
        row_top += height;
    }
    let grid_bottom = row_top;
    let blueprint_lines = blueprint_lines(map, &rows, metrics);

    let columns: Vec<ColumnLayout> = map
        .phases
        .iter()
        .zip(phase_names)
        .enumerate()
        .map(|(c, (phase, names))| {
            let (left, column_width) = (lefts[c], widths[c]);
            let header = Rect::from_min_size(
                pos2(left + 2.0, header_top),
                vec2(column_width - 4.0, header_height),
            );
            let block_height = names.len() as f32 * name_spacing;
            let name = centred_lines(
                names,
                metrics.phase_name,
                header.center(),
                block_height,
                name_spacing,
            );
            ColumnLayout {
                phase: phase.id.clone(),
                header,
                name,
                color: color32(phase.color),
                body: Rect::from_min_max(
                    pos2(left, grid_top),
                    pos2(left + column_width, grid_bottom),
                ),
            }
        })
        .collect();

    // Place the cards in their cells, top to bottom in file order, and list them in file
    // order, so painting and hit-testing are stable between frames.
    let mut placed: Vec<Option<CardLayout>> = vec![None; map.cards.len()];
    for (cell, stack) in cells.into_iter().enumerate() {
        let (column, row) = (cell / map.lanes.len(), cell % map.lanes.len());
        let mut top = rows[row].body.top() + metrics.cell_padding;
        let mut left = columns[column].body.left() + metrics.cell_padding;
        for (index, mut card) in stack {
            let offset = pos2(left, top) - card.rect.min;
            translate_card(&mut card, offset);
            if options.cards_across {
                left = card.rect.right() + metrics.card_gap;
            } else {
                top = card.rect.bottom() + metrics.card_gap;
            }
            placed[index] = Some(card);
        }
    }
    let cards: Vec<CardLayout> = placed.into_iter().flatten().collect();

    let links = route::links(map, &cards, &columns, &rows, metrics, labels, options);

    let (emotion_scale, curves) = match first_emotion_row {
        Some(r) => {
            let stack = stack_heights[r];
            let cards_part = if stack > 0.0 {
                stack + metrics.cell_padding
            } else {
                0.0
            };
            let body = rows[r].body;
            let plot = Rect::from_min_max(
                pos2(body.left(), body.top() + cards_part + 26.0),
                pos2(body.right(), body.bottom() - 26.0),
            );
            let scale = emotion_scale(r, plot, rows[r].header, metrics);
            let curves = emotion_curves(map, &scale, &columns, &cards, &phase_index);
            (Some(scale), curves)
        }
        None => (None, Vec::new()),
    };

    let mut bottom = grid_bottom;
    let legend = options.legend.then(|| {
        let legend = legend(
            map,
            metrics,
            pos2(margin, grid_bottom + 28.0),
            content_width,
            options,
        );
        bottom = legend.rect.bottom();
        legend
    });

    let right = margin + content_width + margin;
    // Whole units, so a picture at scale 4 is exactly four times the size at scale 1.
    let bounds = Rect::from_min_max(Pos2::ZERO, pos2(right.ceil(), (bottom + margin).ceil()));
    MapLayout {
        bounds,
        title,
        groups,
        columns,
        rows,
        cards,
        links,
        emotion_scale,
        curves,
        legend,
        blueprint_lines,
    }
}

/// The service-blueprint lines of the lanes that have one: each along its lane's bottom
/// edge, from the lane headers' left edge to the last phase's right edge, its name in a
/// box at the left of the grid. A folded lane keeps its line: what it separates is still
/// above and below it.
fn blueprint_lines(
    map: &JourneyMap,
    rows: &[RowLayout],
    metrics: &Metrics,
) -> Vec<BlueprintLineLayout> {
    let language = map.language();
    let style = metrics.blueprint_line;
    map.lanes
        .iter()
        .zip(rows)
        .enumerate()
        .filter_map(|(index, (lane, row))| {
            let line = lane.line_below?;
            let y = row.body.bottom();
            let text = line.label(language);
            let width = style.width(&text);
            let height = style.line_height();
            // Half as tall as the padding above and below a cell's cards, so the box never
            // reaches a card on either side of the line.
            let padding = vec2(6.0, 1.0);
            let label_rect = Rect::from_min_size(
                pos2(row.body.left() + 8.0, y - height / 2.0 - padding.y),
                vec2(width, height) + 2.0 * padding,
            );
            Some(BlueprintLineLayout {
                line,
                row: index,
                ends: (pos2(row.header.left(), y), pos2(row.body.right(), y)),
                label: TextLine {
                    text,
                    pos: label_rect.min + padding,
                    style,
                },
                label_rect,
            })
        })
        .collect()
}

fn title_block(
    map: &JourneyMap,
    metrics: &Metrics,
    top_left: Pos2,
    width: f32,
    options: LayoutOptions,
) -> TitleBlock {
    let style = metrics.title;
    let chip_style = metrics.small;
    let chip_text = map.state.label(map.language());
    let chip_width = chip_style.width(&chip_text) + 20.0;
    // Every line leaves room for the chip, which follows the last one.
    let title_spacing = line_spacing(style);
    let title_lines = options.one_line(style, &map.title, width - chip_width - 16.0);
    let last_width = title_lines.last().map_or(0.0, |line| style.width(line));
    let last_top = top_left.y + title_lines.len().saturating_sub(1) as f32 * title_spacing;
    let title = stack_lines(title_lines, style, top_left, title_spacing);
    let title_height = last_top - top_left.y + style.line_height();
    let chip = Rect::from_min_size(
        pos2(
            top_left.x + last_width + 16.0,
            last_top + (style.line_height() - 22.0) / 2.0,
        ),
        vec2(chip_width, 22.0),
    );
    let chip_line = TextLine {
        text: chip_text,
        pos: pos2(
            chip.left() + 10.0,
            chip.center().y - chip_style.line_height() / 2.0,
        ),
        style: chip_style,
    };
    let description_top = top_left + vec2(0.0, title_height + 8.0);
    let lines = metrics
        .description
        .wrap(&map.description, width.min(1100.0), options.lines(3));
    let description = stack_lines(
        lines,
        metrics.description,
        description_top,
        line_spacing(metrics.description),
    );
    let bottom = description
        .last()
        .map_or(top_left.y + title_height, |line| {
            line.pos.y + metrics.description.line_height()
        });
    TitleBlock {
        rect: Rect::from_min_max(top_left, pos2(top_left.x + width, bottom)),
        title,
        description,
        state_chip: (chip, chip_line),
    }
}

/// Column widths when cards are side by side: room for the fullest cell of each phase.
fn widths_across(map: &JourneyMap, metrics: &Metrics, own_widths: &[f32]) -> Vec<f32> {
    let mut counts: HashMap<(&PhaseId, &LaneId), usize> = HashMap::new();
    for card in &map.cards {
        *counts.entry((&card.phase, &card.lane)).or_default() += 1;
    }
    let folded: std::collections::HashSet<&LaneId> = map
        .lanes
        .iter()
        .filter(|lane| lane.collapsed)
        .map(|lane| &lane.id)
        .collect();
    map.phases
        .iter()
        .zip(own_widths)
        .map(|(phase, &own)| {
            let fullest = counts
                .iter()
                .filter(|((p, lane), _)| *p == &phase.id && !folded.contains(lane))
                .map(|(_, &count)| count)
                .max()
                .unwrap_or(1)
                .max(1) as f32;
            let card = own - 2.0 * metrics.cell_padding;
            fullest * card + (fullest - 1.0) * metrics.card_gap + 2.0 * metrics.cell_padding
        })
        .collect()
}

/// Measures a card and lays out its content with its top-left corner at the origin.
fn card_box(
    card: &crate::model::Card,
    picture: Option<&Picture>,
    (kind, column, row): (LaneKind, usize, usize),
    card_width: f32,
    metrics: &Metrics,
    channel_names: &HashMap<Channel, String>,
    options: LayoutOptions,
) -> CardLayout {
    let pad = metrics.card_padding;
    let inner = card_width - 2.0 * pad - 4.0;
    let left = pad + 4.0;
    let mut y = pad;

    let mut badges = Vec::new();
    if card.decision_moment {
        badges.push(Badge::Decision);
    }
    if card.wow_moment {
        badges.push(Badge::Wow);
    }
    if kind == LaneKind::PainPoints {
        badges.push(Badge::Pain);
    }
    let badge_size = 16.0;
    let badges_width = badges.len() as f32 * (badge_size + 3.0);
    let badges: Vec<(Badge, Rect)> = badges
        .into_iter()
        .enumerate()
        .map(|(i, badge)| {
            let x = card_width - pad - badges_width + i as f32 * (badge_size + 3.0) + 3.0;
            (
                badge,
                Rect::from_min_size(pos2(x, y), Vec2::splat(badge_size)),
            )
        })
        .collect();

    let meta = metrics.card_meta;
    let meta_spacing = line_spacing(meta);
    // What the lines of a wrapped channel or owner add to the one line the canvas shows.
    let more_lines = |lines: &[TextLine]| lines.len().saturating_sub(1) as f32 * meta_spacing;
    let channel_width = inner - 18.0 - badges_width - 4.0;
    let channel = card.channel.map(|channel| {
        let icon = Rect::from_min_size(pos2(left, y + 1.0), Vec2::splat(14.0));
        let room = channel_width;
        let name = channel_names.get(&channel).map_or("", String::as_str);
        let lines = stack_lines(
            options.one_line(meta, name, room),
            meta,
            pos2(left + 18.0, y + 8.0 - meta.line_height() / 2.0),
            meta_spacing,
        );
        (channel, icon, lines)
    });
    let title_width = if channel.is_some() || badges.is_empty() {
        if let Some((_, _, lines)) = &channel {
            y += 16.0 + 5.0 + more_lines(lines);
        }
        inner
    } else {
        inner - badges_width - 4.0
    };

    let title_spacing = line_spacing(metrics.card_title);
    let title_lines =
        metrics
            .card_title
            .wrap(&card.title, title_width, options.lines(metrics.title_lines));
    // A picture card may have no title; any other card keeps its one line, empty or not.
    let untitled = card.picture.is_some() && title_lines.is_empty();
    let title_count = title_lines.len().max(1);
    let title = stack_lines(
        title_lines,
        metrics.card_title,
        pos2(left, y),
        title_spacing,
    );
    if !untitled {
        y += (title_count - 1) as f32 * title_spacing + metrics.card_title.line_height();
    }
    if channel.is_none() && !badges.is_empty() {
        y = y.max(pad + badge_size);
    }

    let picture = card.picture.as_ref().map(|id| {
        if !untitled {
            y += 6.0;
        }
        let laid = place_picture(id, picture, pos2(left, y), inner);
        y += laid.frame.height();
        laid
    });

    let body_spacing = line_spacing(metrics.card_body);
    let body_lines = metrics
        .card_body
        .wrap(&card.body, inner, options.lines(metrics.body_lines));
    let body = if body_lines.is_empty() {
        Vec::new()
    } else {
        y += 4.0;
        let count = body_lines.len();
        let lines = stack_lines(body_lines, metrics.card_body, pos2(left, y), body_spacing);
        y += (count - 1) as f32 * body_spacing + metrics.card_body.line_height();
        lines
    };

    let owner_width = inner - 16.0;
    let owner = card
        .owner
        .as_deref()
        .filter(|o| !o.trim().is_empty())
        .map(|owner| {
            y += 7.0;
            let icon = Rect::from_min_size(pos2(left, y), Vec2::splat(12.0));
            let lines = stack_lines(
                options.one_line(meta, owner, owner_width),
                meta,
                pos2(left + 16.0, y + 6.0 - meta.line_height() / 2.0),
                meta_spacing,
            );
            y += 12.0 + more_lines(&lines);
            (icon, lines)
        });
    y += pad;

    CardLayout {
        id: card.id.clone(),
        rect: Rect::from_min_size(Pos2::ZERO, vec2(card_width, y.ceil())),
        column,
        row,
        lane_kind: kind,
        channel,
        badges,
        title,
        body,
        owner,
        widths: CardTextWidths {
            channel: channel_width,
            title: title_width,
            body: inner,
            owner: owner_width,
        },
        picture,
    }
}

/// A card's picture at `top_left`, `width` wide. Without readable data the frame is as
/// wide as high less a quarter, the shape of most photos.
fn place_picture(
    id: &PictureId,
    picture: Option<&Picture>,
    top_left: Pos2,
    width: f32,
) -> PlacedPicture {
    // By what the bytes are, not what the file says: a JPEG the file calls PNG still shows.
    // Only a picture whose own header gives a size within the limits reaches the painted
    // shapes: the exporters' decoders (resvg, krilla) take a header's word for how much
    // memory to ask for, and a hostile file's 100,000-pixel-square claim must not be it.
    let data = picture.and_then(|p| {
        let (media_type, width, height) = crate::model::sniff(p.data.bytes())?;
        let sides = 1..=crate::model::MAX_PICTURE_SIDE;
        (sides.contains(&width) && sides.contains(&height))
            .then(|| (media_type, Arc::clone(p.data.bytes())))
    });
    let aspect = picture.map_or(4.0 / 3.0, |p| p.aspect() as f32);
    let frame_height = (width / aspect).min(width).round();
    let frame = Rect::from_min_size(top_left, vec2(width, frame_height));
    let size = if width / aspect > frame_height {
        vec2(frame_height * aspect, frame_height)
    } else {
        vec2(width, width / aspect)
    };
    PlacedPicture {
        id: id.clone(),
        frame,
        rect: Rect::from_center_size(frame.center(), size),
        data,
    }
}

fn translate_card(card: &mut CardLayout, offset: Vec2) {
    card.rect = card.rect.translate(offset);
    for (_, rect) in &mut card.badges {
        *rect = rect.translate(offset);
    }
    let mut lines: Vec<&mut TextLine> = card.title.iter_mut().chain(&mut card.body).collect();
    if let Some((_, icon, channel)) = &mut card.channel {
        *icon = icon.translate(offset);
        lines.extend(channel.iter_mut());
    }
    if let Some((icon, owner)) = &mut card.owner {
        *icon = icon.translate(offset);
        lines.extend(owner.iter_mut());
    }
    if let Some(picture) = &mut card.picture {
        picture.frame = picture.frame.translate(offset);
        picture.rect = picture.rect.translate(offset);
    }
    for line in lines {
        line.pos += offset;
    }
}

fn emotion_scale(row: usize, plot: Rect, header: Rect, metrics: &Metrics) -> EmotionScale {
    let mut scale = EmotionScale {
        row,
        plot,
        ticks: Vec::new(),
    };
    let style = metrics.small;
    for score in [2.0, 1.0, 0.0, -1.0, -2.0] {
        let y = scale.y(score);
        let text = match score {
            s if s > 0.0 => format!("+{s}"),
            s if s < 0.0 => format!("\u{2212}{}", -s),
            _ => "0".to_owned(),
        };
        let pos = pos2(
            header.right() - 12.0 - style.width(&text),
            y - style.line_height() / 2.0,
        );
        scale.ticks.push((score, y, TextLine { text, pos, style }));
    }
    scale
}

fn emotion_curves(
    map: &JourneyMap,
    scale: &EmotionScale,
    columns: &[ColumnLayout],
    cards: &[CardLayout],
    phase_index: &HashMap<&PhaseId, usize>,
) -> Vec<CurveLayout> {
    let card_x: HashMap<&CardId, f32> = cards.iter().map(|c| (&c.id, c.rect.center().x)).collect();
    let shown: Vec<_> = map
        .emotion_curves
        .iter()
        .filter(|curve| map.persona(&curve.persona).is_some_and(|p| !p.hidden))
        .collect();
    let spread = 8.0;
    shown
        .iter()
        .enumerate()
        .map(|(k, curve)| {
            let color = map
                .persona(&curve.persona)
                .map_or(Color32::GRAY, |p| color32(p.color));
            let persona_offset = (k as f32 - (shown.len() as f32 - 1.0) / 2.0) * spread;
            // Points of one phase share the column: spread them evenly across it.
            let mut per_phase: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, point) in curve.points.iter().enumerate() {
                if let Some(&c) = phase_index.get(&point.phase) {
                    per_phase.entry(c).or_default().push(i);
                }
            }
            let mut points: Vec<(PointId, Pos2, f64)> = Vec::new();
            for (&c, indices) in &per_phase {
                let column = &columns[c].body;
                for (n, &i) in indices.iter().enumerate() {
                    let point = &curve.points[i];
                    let x = match point.card.as_ref().and_then(|id| card_x.get(id)) {
                        Some(&x) if indices.len() == 1 => x,
                        _ => {
                            column.left()
                                + column.width() * (n as f32 + 1.0) / (indices.len() as f32 + 1.0)
                        }
                    };
                    let pos = pos2(x + persona_offset, scale.y(point.score));
                    points.push((point.id.clone(), pos, point.score));
                }
            }
            points.sort_by(|a, b| a.1.x.total_cmp(&b.1.x));
            let positions: Vec<Pos2> = points.iter().map(|p| p.1).collect();
            CurveLayout {
                persona: curve.persona.clone(),
                color,
                points,
                path: route::monotone_curve(&positions, 12),
            }
        })
        .collect()
}

fn legend(
    map: &JourneyMap,
    metrics: &Metrics,
    top_left: Pos2,
    width: f32,
    options: LayoutOptions,
) -> Legend {
    let style = metrics.small;
    let heading_style = metrics.legend_heading;
    let row_height = 20.0;
    let pictures: HashMap<&PictureId, &Picture> = map.pictures.iter().map(|p| (&p.id, p)).collect();
    let mut headings = Vec::new();
    let mut entries = Vec::new();
    let language = map.language();
    let mut sections: Vec<(String, Vec<(LegendSwatch, String)>)> = Vec::new();
    let mut photos_of = Vec::new();
    if !map.personas.is_empty() {
        let shown: Vec<_> = map.personas.iter().filter(|p| !p.hidden).collect();
        photos_of = shown.iter().map(|p| p.picture.as_ref()).collect();
        sections.push((
            crate::tr_in!(language, "map-legend-personas"),
            shown
                .iter()
                .map(|p| (LegendSwatch::Persona(color32(p.color)), p.name.clone()))
                .collect(),
        ));
    }
    let mut photos = Vec::new();
    let mut persona = 0;
    sections.push((
        crate::tr_in!(language, "map-legend-links"),
        vec![
            (
                LegendSwatch::Link(LinkKind::NextStep, None),
                LinkKind::NextStep.label(language),
            ),
            (
                LegendSwatch::Link(LinkKind::Influence, None),
                LinkKind::Influence.label(language),
            ),
            (
                LegendSwatch::Link(LinkKind::ChannelSwitch, Some(HandoffQuality::Smooth)),
                crate::tr_in!(language, "map-legend-switch-smooth"),
            ),
            (
                LegendSwatch::Link(LinkKind::ChannelSwitch, Some(HandoffQuality::Friction)),
                crate::tr_in!(language, "map-legend-switch-friction"),
            ),
            (
                LegendSwatch::Link(LinkKind::ChannelSwitch, Some(HandoffQuality::Broken)),
                crate::tr_in!(language, "map-legend-switch-broken"),
            ),
        ],
    ));
    sections.push((
        crate::tr_in!(language, "map-legend-moments"),
        [Badge::Decision, Badge::Wow, Badge::Pain]
            .into_iter()
            .map(|b| (LegendSwatch::Badge(b), b.label(language)))
            .collect(),
    ));

    let heading_width = 84.0;
    let mut y = top_left.y;
    for (heading, items) in sections {
        headings.push(TextLine {
            text: heading,
            pos: pos2(
                top_left.x,
                y + (row_height - heading_style.line_height()) / 2.0,
            ),
            style: heading_style,
        });
        let mut x = top_left.x + heading_width;
        // A row is as tall as its tallest entry: a wrapped label makes it taller.
        let mut this_row_height = row_height;
        for (swatch, label) in items {
            let photo = match swatch {
                LegendSwatch::Persona(_) => {
                    persona += 1;
                    photos_of.get(persona - 1).copied().flatten()
                }
                _ => None,
            };
            let photo_width = if photo.is_some() { PHOTO + 4.0 } else { 0.0 };
            let swatch_width = match swatch {
                LegendSwatch::Badge(_) => 16.0,
                _ => 30.0,
            } + photo_width;
            let label = options.one_line(style, &label, 260.0);
            let label_width = label.iter().map(|l| style.width(l)).fold(0.0, f32::max);
            let label_height = label.len().saturating_sub(1) as f32 * line_spacing(style);
            let item_width = swatch_width + 6.0 + label_width + 22.0;
            if x + item_width > top_left.x + width && x > top_left.x + heading_width {
                x = top_left.x + heading_width;
                y += this_row_height;
                this_row_height = row_height;
            }
            this_row_height = this_row_height.max(row_height + label_height);
            if let Some(id) = photo {
                let top_left = pos2(x, y + (row_height - PHOTO) / 2.0);
                photos.push(place_picture(
                    id,
                    pictures.get(id).copied(),
                    top_left,
                    PHOTO,
                ));
            }
            let swatch_rect = Rect::from_min_size(
                pos2(x + photo_width, y + (row_height - 16.0) / 2.0),
                vec2(swatch_width - photo_width, 16.0),
            );
            let lines = stack_lines(
                label,
                style,
                pos2(
                    x + swatch_width + 6.0,
                    y + (row_height - style.line_height()) / 2.0,
                ),
                line_spacing(style),
            );
            entries.push((swatch, swatch_rect, lines));
            x += item_width;
        }
        y += this_row_height + 4.0;
    }
    Legend {
        rect: Rect::from_min_max(top_left, pos2(top_left.x + width, y)),
        headings,
        entries,
        photos,
    }
}

/// The side of a persona's picture in the legend: as tall as a legend row allows.
const PHOTO: f32 = 18.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> JourneyMap {
        let sample = crate::samples::find(name).map_or("", |s| s.json);
        match crate::file::load(sample.as_bytes()) {
            Ok(loaded) => loaded.map,
            Err(error) => panic!("{name}: {error:?}"),
        }
    }

    fn both(map: &JourneyMap) -> (MapLayout, MapLayout) {
        let metrics = Metrics::default();
        (
            layout(map, &metrics, LayoutOptions::default()),
            layout(map, &metrics, LayoutOptions::export()),
        )
    }

    fn joined(lines: &[TextLine]) -> String {
        lines
            .iter()
            .map(|line| line.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_card_grows_to_hold_its_whole_title_body_channel_and_owner() {
        let mut map = sample("hypotheek-online-naar-telefoon");
        let words = "de adviseur belt terug en vraagt alles opnieuw ";
        map.cards[0].title = words.repeat(4).trim().to_owned();
        map.cards[0].body = words.repeat(12).trim().to_owned();
        map.cards[0].owner = Some(words.repeat(2).trim().to_owned());
        map.cards[0].channel = Some(Channel::EmployeeVisit);
        (map.cards[0].decision_moment, map.cards[0].wow_moment) = (true, true);
        let (canvas, export) = both(&map);
        let (small, grown) = (&canvas.cards[0], &export.cards[0]);
        assert_eq!(joined(&grown.title), map.cards[0].title);
        assert_eq!(joined(&grown.body), map.cards[0].body);
        let owner = grown.owner.as_ref().map(|(_, lines)| joined(lines));
        assert_eq!(owner, map.cards[0].owner);
        let channel = grown.channel.as_ref().map(|(_, _, lines)| joined(lines));
        assert_eq!(channel.as_deref(), Some("Bezoek van medewerker"));
        assert!(grown.rect.height() > small.rect.height() + 100.0);
        // The canvas keeps its few lines and says where it cut.
        let metrics = Metrics::default();
        assert_eq!(small.body.len(), metrics.body_lines);
        assert!(small.body.iter().any(|line| line.text.ends_with('…')));
        let owner = small.owner.as_ref().map(|(_, lines)| lines.len());
        assert_eq!(owner, Some(1));
        // Nothing runs below the grown card, and no card is placed over it.
        let bottom = [
            &grown.body,
            &grown.owner.as_ref().map_or(vec![], |o| o.1.clone()),
        ]
        .into_iter()
        .flatten()
        .map(|line| line.pos.y + line.style.line_height())
        .fold(0.0, f32::max);
        assert!(bottom <= grown.rect.bottom());
        for other in &export.cards[1..] {
            assert!(
                !other.rect.intersects(grown.rect.shrink(1.0)),
                "{}",
                other.id
            );
        }
    }

    #[test]
    fn headers_bands_captions_and_legend_labels_wrap_and_grow_in_full_text() {
        let mut map = sample("hypotheek-online-naar-telefoon");
        let long = "Oriënteren op een eerste huis met de hele familie erbij, en de buren ook";
        map.phases[0].name = long.to_owned();
        for phase in &mut map.phases {
            phase.group = None;
        }
        map.phases[0].group = Some("Voor het gesprek met de adviseur, en alles daarna".into());
        map.lanes[0].name = "Kanalen".to_owned();
        map.lanes[0].kind = LaneKind::PhysicalTouchpoints;
        map.personas[0].name = "Starters Lotte en Sem, ".repeat(5).trim().to_owned();
        let (canvas, export) = both(&map);

        assert_eq!(joined(&export.columns[0].name), long);
        assert!(export.columns[0].header.height() > canvas.columns[0].header.height());
        assert!(canvas.columns[0].name.len() <= 2);

        let group = "Voor het gesprek met de adviseur, en alles daarna";
        assert_eq!(joined(&export.groups[0].name), group);
        assert!(export.groups[0].rect.height() > canvas.groups[0].rect.height());
        assert_eq!(canvas.groups[0].name.len(), 1);
        assert!(canvas.groups[0].name[0].text.ends_with('…'));

        // "Fysieke contactmomenten" is wider than the header: two lines, or one elided.
        assert_eq!(joined(&export.rows[0].caption), "Fysieke contactmomenten");
        assert_eq!(export.rows[0].caption.len(), 2);
        assert_eq!(canvas.rows[0].caption.len(), 1);
        assert!(canvas.rows[0].caption[0].text.ends_with('…'));

        let persona = &map.personas[0].name;
        let legend = |laid: &MapLayout| laid.legend.clone().map(|l| l.entries[0].2.clone());
        let lines = legend(&export).unwrap_or_default();
        assert!(lines.len() > 1);
        assert_eq!(&joined(&lines), persona);
        let elided = legend(&canvas).unwrap_or_default();
        assert!(elided.len() == 1 && elided[0].text.ends_with('…'));
        let rect = |laid: &MapLayout| laid.legend.as_ref().map_or(0.0, |l| l.rect.height());
        assert!(rect(&export) > rect(&canvas));
    }

    #[test]
    fn the_title_wraps_with_the_state_chip_after_its_last_line() {
        let mut map = sample("hypotheek-online-naar-telefoon");
        map.title = "Ik wil een hypotheek voor ons eerste huis ".repeat(4);
        let (canvas, export) = both(&map);
        let (Some(small), Some(full)) = (canvas.title, export.title) else {
            panic!("no title block");
        };
        assert_eq!(small.title.len(), 1);
        assert!(full.title.len() > 1);
        assert_eq!(joined(&full.title), map.title.trim());
        let last = &full.title[full.title.len() - 1];
        let chip = full.state_chip.0;
        assert!(chip.left() > last.pos.x + last.style.width(&last.text));
        assert!(chip.top() > last.pos.y - 10.0 && chip.bottom() < full.rect.bottom() + 30.0);
        // The description starts below the whole title.
        let first = &full.description[0];
        assert!(first.pos.y > last.pos.y + last.style.line_height());
    }

    #[test]
    fn a_blueprint_line_runs_under_its_lane_across_the_map_with_its_name_clear_of_cards() {
        let mut map = sample("hypotheek-online-naar-telefoon");
        assert!(map.lanes.len() > 3);
        map.lanes[1].line_below = Some(BlueprintLine::Visibility);
        map.lanes[2].line_below = Some(BlueprintLine::InternalInteraction);
        map.lanes[2].collapsed = true;
        let (canvas, export) = both(&map);
        for laid in [&canvas, &export] {
            assert_eq!(laid.blueprint_lines.len(), 2);
            let line = &laid.blueprint_lines[0];
            let row = &laid.rows[1];
            assert_eq!((line.line, line.row), (BlueprintLine::Visibility, 1));
            assert_eq!(line.ends.0, pos2(row.header.left(), row.body.bottom()));
            assert_eq!(line.ends.1, pos2(row.body.right(), row.body.bottom()));
            let last_column = laid.columns.last().map(|c| c.body.right());
            assert_eq!(Some(line.ends.1.x), last_column);
            // Written in the map's language, at the left end, on the line.
            assert_eq!(line.label.text, "Zichtbaarheidslijn");
            assert!(line.label_rect.left() < row.body.left() + 20.0);
            assert!(line.label_rect.y_range().contains(row.body.bottom()));
            assert!(line.label_rect.contains(line.label.pos));
            for card in &laid.cards {
                assert!(!card.rect.intersects(line.label_rect), "{}", card.id);
            }
            // A folded lane keeps its line, under its thin row.
            let folded = &laid.blueprint_lines[1];
            assert_eq!(folded.ends.0.y, laid.rows[2].body.bottom());
            assert!(laid.rows[2].body.height() < Metrics::default().min_row_height);
        }
        map.lanes[1].line_below = None;
        map.lanes[2].line_below = None;
        assert!(both(&map).0.blueprint_lines.is_empty());
    }
}
