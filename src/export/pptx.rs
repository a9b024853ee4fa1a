//! PowerPoint: an Office Open XML presentation of native, editable shapes.
//!
//! The first slide is the whole map, framed as a PNG or PDF on a 16:9 page is, and made of
//! the shapes [`paint_parts`] draws: the one appearance of a map, here kept as objects a
//! user can still move and retype. A card becomes a group (its rounded rectangle holding
//! the title, the accent bar, the icons and text boxes of its body, channel and owner), a
//! link a freeform line ending in an arrow, a curve a freeform line. Text is left for the
//! reader to wrap, in boxes exactly as wide as our own layout wrapped it, so it breaks
//! where ours did; line spacing is given exactly, so lines sit where ours do.
//!
//! With [`ExportOptions::per_phase`] a slide per phase follows, with the lane headers and
//! that phase's column only, as large as the slide allows, and speaker notes listing the
//! phase's cards in full and the channel switches that start there.

use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{ExportError, ExportOptions, Page};
use crate::i18n::Language;
use crate::layout::{CardLayout, MapLayout, TextLine, layout, line_spacing};
use crate::model::{Card, HandoffQuality, JourneyMap, LinkKind, MediaType};
use crate::paint::svg::Background;
use crate::paint::{Dash, Part, Shape, Stroke, paint_parts};
use crate::text::{TextStyle, Weight};
use crate::theme::Theme;

/// Slide width: 13.333 inches, PowerPoint's 16:9.
const SLIDE_WIDTH: i64 = 12_192_000;
/// Slide height: 7.5 inches.
const SLIDE_HEIGHT: i64 = 6_858_000;
/// English Metric Units to the point.
const EMU_PER_POINT: f64 = 12_700.0;
/// The font every text is set in, as the bundled one is named.
const FONT: &str = "Inter";
/// Inter's PANOSE classification (a sans serif of normal proportions): a reader without
/// Inter takes the nearest sans serif it has rather than a serif default.
const FONT_PANOSE: &str = "020B0502030000000004";

/// The bytes of a PowerPoint presentation of a map: the whole map on a 16:9 slide and, when
/// asked, one slide per phase with speaker notes.
pub fn pptx(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let theme = Theme::default();
    let laid_out = layout(map, &theme.metrics, options.layout);
    let mut painted = paint_parts(&laid_out, &theme);
    let language = map.language();
    let mut bounds = laid_out.bounds;
    if options.include_comments
        && let Some((extra, wider)) = super::comments::comment_shapes(map, &laid_out, &theme)
    {
        let start = painted.shapes.len();
        painted.shapes.extend(extra);
        painted
            .parts
            .push((Part::Comments, start..painted.shapes.len()));
        bounds = wider;
    }

    let mut slides = Vec::new();
    let overview = items(&painted);
    let (view, _) = Page::Slide.frame(bounds);
    let overview_place = Place::fit(view, Rect::from_min_size(Pos2::ZERO, slide_size()));
    let (xml, images) = slide_xml(
        map,
        &laid_out,
        &theme,
        &overview,
        &overview_place,
        None,
        options.background,
    );
    slides.push(SlideXml {
        xml,
        notes: overview_notes(map, language),
        images,
    });
    if options.per_phase {
        for phase in &map.phases {
            slides.push(phase_slide(map, &theme, phase, options, &laid_out));
        }
    }
    package(map, &slides)
}

/// The slide's size in EMU, as a rectangle in the same units.
fn slide_size() -> Vec2 {
    vec2(SLIDE_WIDTH as f32, SLIDE_HEIGHT as f32)
}

/// The painted shapes of one part of the map.
struct Item {
    part: Part,
    shapes: Vec<Shape>,
}

fn items(painted: &crate::paint::Painted) -> Vec<Item> {
    painted
        .parts
        .iter()
        .map(|(part, range)| Item {
            part: *part,
            shapes: painted.shapes[range.clone()].to_vec(),
        })
        .collect()
}

/// Map space to slide space: EMU from map units.
struct Place {
    view: Rect,
    origin: Pos2,
    scale: f64,
}

impl Place {
    /// The map's `view` as large as fits in `area` (EMU), centred.
    fn fit(view: Rect, area: Rect) -> Place {
        let scale = f64::min(
            area.width() as f64 / view.width().max(1.0) as f64,
            area.height() as f64 / view.height().max(1.0) as f64,
        );
        let used = vec2(
            (view.width() as f64 * scale) as f32,
            (view.height() as f64 * scale) as f32,
        );
        Place {
            view,
            origin: area.center() - used / 2.0,
            scale,
        }
    }

    fn x(&self, x: f32) -> i64 {
        (self.origin.x as f64 + (x - self.view.min.x) as f64 * self.scale).round() as i64
    }

    fn y(&self, y: f32) -> i64 {
        (self.origin.y as f64 + (y - self.view.min.y) as f64 * self.scale).round() as i64
    }

    fn len(&self, length: f32) -> i64 {
        (length as f64 * self.scale).round() as i64
    }

    /// A font size in hundredths of a point, PowerPoint's unit (and its smallest, 1 pt).
    fn font_size(&self, size: f32) -> i64 {
        ((size as f64 * self.scale / EMU_PER_POINT) * 100.0)
            .round()
            .max(100.0) as i64
    }

    /// A length in hundredths of a point.
    fn points100(&self, length: f32) -> i64 {
        ((length as f64 * self.scale / EMU_PER_POINT) * 100.0).round() as i64
    }

    /// A rectangle in EMU: offset and extent, never empty.
    fn rect(&self, rect: Rect) -> (i64, i64, i64, i64) {
        let (x0, y0) = (self.x(rect.min.x), self.y(rect.min.y));
        let (x1, y1) = (self.x(rect.max.x), self.y(rect.max.y));
        (x0, y0, (x1 - x0).max(1), (y1 - y0).max(1))
    }
}

/// One slide's XML and its speaker notes, if any.
struct SlideXml {
    xml: Vec<u8>,
    notes: Vec<String>,
    /// The pictures the slide shows, in the order of their relationships after the
    /// layout's and the notes'.
    images: Vec<SlideImage>,
}

/// A picture on a slide: its encoding and bytes.
type SlideImage = (MediaType, Arc<[u8]>);

/// The relationships every slide has before its pictures': its layout and its notes.
const SLIDE_RELS_BEFORE_IMAGES: usize = 2;

// ---------------------------------------------------------------------------------------
// XML

/// A small XML writer over quick-xml: elements opened and closed in order, attribute
/// values and text escaped, and characters XML 1.0 cannot hold left out (a map's text
/// may hold any, and PowerPoint refuses a file with one).
struct Xml {
    writer: Writer<Vec<u8>>,
    open: Vec<&'static str>,
    next_id: u32,
    /// The language of the text, for the reader's spelling checker.
    lang: &'static str,
    /// The pictures this part shows, each once.
    images: Vec<SlideImage>,
}

impl Xml {
    fn new() -> Xml {
        let mut writer = Writer::new(Vec::new());
        let _ = writer.write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )));
        Xml {
            writer,
            open: Vec::new(),
            next_id: 2,
            lang: "en-GB",
            images: Vec::new(),
        }
    }

    fn start<'a>(name: &'a str, attributes: &[(&'a str, &'a str)]) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for (key, value) in attributes {
            start.push_attribute((*key, xml_safe(value).as_ref()));
        }
        start
    }

    fn open(&mut self, name: &'static str, attributes: &[(&str, &str)]) {
        let _ = self
            .writer
            .write_event(Event::Start(Self::start(name, attributes)));
        self.open.push(name);
    }

    fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
        }
    }

    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let _ = self
            .writer
            .write_event(Event::Empty(Self::start(name, attributes)));
    }

    fn text(&mut self, text: &str) {
        let safe = xml_safe(text);
        let _ = self.writer.write_event(Event::Text(BytesText::new(&safe)));
    }

    /// An element holding only text.
    fn leaf(&mut self, name: &'static str, text: &str) {
        self.open(name, &[]);
        self.text(text);
        self.close();
    }

    /// A fresh shape id for this part.
    fn id(&mut self) -> String {
        let id = self.next_id;
        self.next_id += 1;
        id.to_string()
    }

    /// An XML part whose text is in `language`.
    fn in_language(language: Language) -> Xml {
        Xml {
            lang: match language {
                Language::Dutch => "nl-NL",
                Language::English => "en-GB",
            },
            ..Xml::new()
        }
    }

    /// The relationship id of a picture this part shows.
    fn image_rel(&mut self, media_type: MediaType, data: &Arc<[u8]>) -> String {
        let index = match self.images.iter().position(|(_, known)| known == data) {
            Some(index) => index,
            None => {
                self.images.push((media_type, Arc::clone(data)));
                self.images.len() - 1
            }
        };
        format!("rId{}", index + SLIDE_RELS_BEFORE_IMAGES + 1)
    }

    fn finish(mut self) -> Vec<u8> {
        while !self.open.is_empty() {
            self.close();
        }
        self.writer.into_inner()
    }
}

/// Text without the characters XML 1.0 forbids (controls other than tab and line breaks,
/// and the two non-characters U+FFFE and U+FFFF).
fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |ch: char| {
        matches!(ch, '\t' | '\n' | '\r') || (ch >= ' ' && ch != '\u{FFFE}' && ch != '\u{FFFF}')
    };
    if text.chars().all(allowed) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|&ch| allowed(ch)).collect())
    }
}

const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";

fn namespaces() -> [(&'static str, &'static str); 3] {
    [("xmlns:a", NS_A), ("xmlns:r", NS_R), ("xmlns:p", NS_P)]
}

// ---------------------------------------------------------------------------------------
// Slides

/// The group shape every shape tree starts with.
fn tree_start(xml: &mut Xml) {
    xml.open("p:spTree", &[]);
    xml.open("p:nvGrpSpPr", &[]);
    xml.empty("p:cNvPr", &[("id", "1"), ("name", "")]);
    xml.empty("p:cNvGrpSpPr", &[]);
    xml.empty("p:nvPr", &[]);
    xml.close();
    xml.open("p:grpSpPr", &[]);
    xml.open("a:xfrm", &[]);
    xml.empty("a:off", &[("x", "0"), ("y", "0")]);
    xml.empty("a:ext", &[("cx", "0"), ("cy", "0")]);
    xml.empty("a:chOff", &[("x", "0"), ("y", "0")]);
    xml.empty("a:chExt", &[("cx", "0"), ("cy", "0")]);
    xml.close();
    xml.close();
}

fn slide_xml(
    map: &JourneyMap,
    laid_out: &MapLayout,
    theme: &Theme,
    items: &[Item],
    place: &Place,
    title: Option<&str>,
    background: Background,
) -> (Vec<u8>, Vec<SlideImage>) {
    let mut xml = Xml::in_language(map.language());
    xml.open("p:sld", &namespaces());
    xml.open("p:cSld", &[]);
    if background == Background::White {
        xml.open("p:bg", &[]);
        xml.open("p:bgPr", &[]);
        solid_fill(&mut xml, Color32::WHITE);
        xml.empty("a:effectLst", &[]);
        xml.close();
        xml.close();
    }
    tree_start(&mut xml);
    if let Some(title) = title {
        title_shape(&mut xml, title);
    }
    for item in items {
        write_item(&mut xml, map, laid_out, theme, item, place);
    }
    xml.close(); // spTree
    xml.close(); // cSld
    xml.open("p:clrMapOvr", &[]);
    xml.empty("a:masterClrMapping", &[]);
    xml.close();
    let images = std::mem::take(&mut xml.images);
    (xml.finish(), images)
}

/// A phase slide's title: the layout's title placeholder, holding the phase's name.
fn title_shape(xml: &mut Xml, title: &str) {
    placeholder(
        xml,
        "Title",
        &[("type", "title")],
        None,
        Some(&[title.to_owned()]),
    );
}

fn write_item(
    xml: &mut Xml,
    map: &JourneyMap,
    laid_out: &MapLayout,
    theme: &Theme,
    item: &Item,
    place: &Place,
) {
    match item.part {
        Part::Card(index) => {
            if let Some(card) = laid_out.cards.get(index) {
                write_card(xml, map, theme, card, &item.shapes, place);
            }
        }
        Part::Link(index) => {
            let name = match laid_out.links.get(index).map(|link| link.kind) {
                Some(LinkKind::ChannelSwitch) => "Channel switch",
                Some(LinkKind::NextStep) => "Next step",
                Some(LinkKind::Influence) => "Influence",
                None => "Link",
            };
            // The line and our own arrowhead, grouped: a line end of PowerPoint's is sized by
            // each reader its own way (LibreOffice makes thin lines' arrows twice as large).
            write_group(xml, item, place, name);
        }
        Part::BlueprintLine(index) => {
            // Named as the map names it, so the selection pane of PowerPoint reads
            // "Line of visibility" rather than a generic "Line".
            let name = laid_out.blueprint_lines.get(index).map_or_else(
                || part_name(item.part).to_owned(),
                |line| line.label.text.clone(),
            );
            write_group(xml, item, place, &name);
        }
        _ => write_group(xml, item, place, part_name(item.part)),
    }
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Title => "Title",
        Part::Group(_) => "Phase group",
        Part::Row(_) => "Lane",
        Part::Grid => "Grid",
        Part::Column(_) => "Phase",
        Part::BlueprintLine(_) => "Blueprint line",
        Part::LabelLeader(_) => "Label leader",
        Part::Card(_) => "Card",
        Part::EmotionScale => "Emotion scale",
        Part::Curve(_) => "Emotion curve",
        Part::Faces(_) => "Emotion faces",
        Part::Link(_) => "Link",
        Part::LinkLabel(_) => "Link label",
        Part::Legend => "Legend",
        Part::Comments => "Comments",
    }
}

/// The shapes of one part, grouped when there are several, lines of text merged into the
/// blocks they were wrapped from.
fn write_group(xml: &mut Xml, item: &Item, place: &Place, name: &str) {
    let blocks = text_blocks(&item.shapes);
    let count = item
        .shapes
        .iter()
        .filter(|s| !matches!(s, Shape::Text { .. }))
        .count()
        + blocks.len();
    let grouped = count > 1;
    if grouped {
        group_start(xml, place, name, bounds_of(&item.shapes));
    }
    let mut block = 0;
    for (index, shape) in item.shapes.iter().enumerate() {
        if let Shape::Text { .. } = shape {
            if let Some(found) = blocks.get(block)
                && found.first == index
            {
                write_block(xml, place, found);
                block += 1;
            }
            continue;
        }
        write_shape(xml, place, shape, name);
    }
    if grouped {
        xml.close();
    }
}

fn bounds_of(shapes: &[Shape]) -> Rect {
    shapes
        .iter()
        .map(Shape::bounds)
        .reduce(|a, b| a.union(b))
        .unwrap_or(Rect::NOTHING)
}

/// Opens a group whose children are placed in slide space as they are.
fn group_start(xml: &mut Xml, place: &Place, name: &str, bounds: Rect) {
    let (x, y, cx, cy) = place.rect(bounds);
    let (x, y, cx, cy) = (x.to_string(), y.to_string(), cx.to_string(), cy.to_string());
    let id = xml.id();
    xml.open("p:grpSp", &[]);
    xml.open("p:nvGrpSpPr", &[]);
    xml.empty("p:cNvPr", &[("id", &id), ("name", name)]);
    xml.empty("p:cNvGrpSpPr", &[]);
    xml.empty("p:nvPr", &[]);
    xml.close();
    xml.open("p:grpSpPr", &[]);
    xml.open("a:xfrm", &[]);
    xml.empty("a:off", &[("x", &x), ("y", &y)]);
    xml.empty("a:ext", &[("cx", &cx), ("cy", &cy)]);
    xml.empty("a:chOff", &[("x", &x), ("y", &y)]);
    xml.empty("a:chExt", &[("cx", &cx), ("cy", &cy)]);
    xml.close();
    xml.close();
}

/// One shape's opening: `p:sp` with its name.
fn shape_start(xml: &mut Xml, name: &str, text_box: bool) {
    let id = xml.id();
    xml.open("p:sp", &[]);
    xml.open("p:nvSpPr", &[]);
    xml.empty("p:cNvPr", &[("id", &id), ("name", name)]);
    if text_box {
        xml.empty("p:cNvSpPr", &[("txBox", "1")]);
    } else {
        xml.empty("p:cNvSpPr", &[]);
    }
    xml.empty("p:nvPr", &[]);
    xml.close();
}

fn xfrm(xml: &mut Xml, (x, y, cx, cy): (i64, i64, i64, i64)) {
    xml.open("a:xfrm", &[]);
    xml.empty("a:off", &[("x", &x.to_string()), ("y", &y.to_string())]);
    xml.empty("a:ext", &[("cx", &cx.to_string()), ("cy", &cy.to_string())]);
    xml.close();
}

fn color_element(xml: &mut Xml, color: Color32) {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let hex = format!("{r:02X}{g:02X}{b:02X}");
    if a == 255 {
        xml.empty("a:srgbClr", &[("val", &hex)]);
    } else {
        xml.open("a:srgbClr", &[("val", &hex)]);
        let alpha = (a as f64 / 255.0 * 100_000.0).round() as i64;
        xml.empty("a:alpha", &[("val", &alpha.to_string())]);
        xml.close();
    }
}

fn solid_fill(xml: &mut Xml, color: Color32) {
    if color.a() == 0 {
        xml.empty("a:noFill", &[]);
    } else {
        xml.open("a:solidFill", &[]);
        color_element(xml, color);
        xml.close();
    }
}

fn line(xml: &mut Xml, place: &Place, stroke: Option<&Stroke>) {
    let Some(stroke) = stroke.filter(|s| s.width > 0.0 && s.color.a() > 0) else {
        xml.open("a:ln", &[]);
        xml.empty("a:noFill", &[]);
        xml.close();
        return;
    };
    let width = place.len(stroke.width).max(1).to_string();
    let cap = if stroke.dash == Dash::Dashed {
        "flat"
    } else {
        "rnd"
    };
    xml.open("a:ln", &[("w", &width), ("cap", cap)]);
    solid_fill(xml, stroke.color);
    // Dashes in thousandths of a percent of the line's width, as Stroke::dash_lengths
    // gives them for every renderer.
    let (dash, gap) = stroke.dash_lengths();
    let per_width = |length: f32| ((length / stroke.width) * 100_000.0).round() as i64;
    match stroke.dash {
        Dash::Solid => xml.empty("a:prstDash", &[("val", "solid")]),
        Dash::Dashed | Dash::Dotted => {
            let d = if stroke.dash == Dash::Dashed {
                per_width(dash)
            } else {
                1
            };
            xml.open("a:custDash", &[]);
            xml.empty(
                "a:ds",
                &[("d", &d.to_string()), ("sp", &per_width(gap).to_string())],
            );
            xml.close();
        }
    }
    xml.empty("a:round", &[]);
    xml.close();
}

/// A preset shape (rectangle, rounded rectangle, ellipse) with fill and outline.
/// PowerPoint's preset shapes that ours become.
#[derive(Clone, Copy)]
enum Geometry {
    Rect,
    /// With this corner radius.
    RoundRect(f32),
    Ellipse,
}

fn preset(
    xml: &mut Xml,
    place: &Place,
    name: &str,
    geometry: Geometry,
    rect: Rect,
    fill: Color32,
    stroke: Option<&Stroke>,
) {
    // Our outlines are drawn inside the shape, PowerPoint's on its edge.
    let rect = match stroke {
        Some(stroke) => rect.shrink(stroke.width / 2.0),
        None => rect,
    };
    shape_start(xml, name, false);
    xml.open("p:spPr", &[]);
    xfrm(xml, place.rect(rect));
    let preset = match geometry {
        Geometry::Rect => "rect",
        Geometry::RoundRect(_) => "roundRect",
        Geometry::Ellipse => "ellipse",
    };
    xml.open("a:prstGeom", &[("prst", preset)]);
    xml.open("a:avLst", &[]);
    if let Geometry::RoundRect(radius) = geometry {
        let short = rect.width().min(rect.height()).max(0.001);
        let adjust = ((radius / short) * 100_000.0).round().clamp(0.0, 50_000.0) as i64;
        xml.empty(
            "a:gd",
            &[("name", "adj"), ("fmla", &format!("val {adjust}"))],
        );
    }
    xml.close();
    xml.close();
    solid_fill(xml, fill);
    line(xml, place, stroke);
    xml.close(); // spPr
}

/// A freeform through `points`: closed and filled when `fill` is given, else an open line.
fn freeform(
    xml: &mut Xml,
    place: &Place,
    name: &str,
    points: &[Pos2],
    fill: Option<Color32>,
    stroke: Option<&Stroke>,
) {
    if points.len() < 2 {
        return;
    }
    let bounds = Rect::from_points(points);
    let (x, y, cx, cy) = place.rect(bounds);
    shape_start(xml, name, false);
    xml.open("p:spPr", &[]);
    xfrm(xml, (x, y, cx, cy));
    xml.open("a:custGeom", &[]);
    for list in ["a:avLst", "a:gdLst", "a:ahLst", "a:cxnLst"] {
        xml.empty(list, &[]);
    }
    xml.empty("a:rect", &[("l", "0"), ("t", "0"), ("r", "r"), ("b", "b")]);
    xml.open("a:pathLst", &[]);
    let (w, h) = (cx.to_string(), cy.to_string());
    if fill.is_some() {
        xml.open("a:path", &[("w", &w), ("h", &h)]);
    } else {
        xml.open("a:path", &[("w", &w), ("h", &h), ("fill", "none")]);
    }
    for (index, point) in points.iter().enumerate() {
        let px = (place.x(point.x) - x).clamp(0, cx).to_string();
        let py = (place.y(point.y) - y).clamp(0, cy).to_string();
        xml.open(if index == 0 { "a:moveTo" } else { "a:lnTo" }, &[]);
        xml.empty("a:pt", &[("x", &px), ("y", &py)]);
        xml.close();
    }
    if fill.is_some() {
        xml.empty("a:close", &[]);
    }
    xml.close(); // path
    xml.close(); // pathLst
    xml.close(); // custGeom
    match fill {
        Some(fill) => solid_fill(xml, fill),
        None => xml.empty("a:noFill", &[]),
    }
    line(xml, place, stroke);
    xml.close(); // spPr
    xml.close(); // sp
}

fn write_shape(xml: &mut Xml, place: &Place, shape: &Shape, name: &str) {
    match shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let geometry = if *radius > 0.0 {
                Geometry::RoundRect(*radius)
            } else {
                Geometry::Rect
            };
            preset(xml, place, name, geometry, *rect, *fill, stroke.as_ref());
            xml.close();
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let rect = Rect::from_center_size(*center, Vec2::splat(radius * 2.0));
            preset(
                xml,
                place,
                name,
                Geometry::Ellipse,
                rect,
                *fill,
                stroke.as_ref(),
            );
            xml.close();
        }
        Shape::Line { points, stroke } => {
            freeform(xml, place, name, points, None, Some(stroke));
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => freeform(xml, place, name, points, Some(*fill), stroke.as_ref()),
        Shape::Image {
            rect,
            media_type,
            data,
            ..
        } => picture(xml, place, *rect, *media_type, data),
        Shape::Text { .. } => {}
    }
}

/// A picture: `p:pic` with the picture in the package, stretched over `rect`.
fn picture(xml: &mut Xml, place: &Place, rect: Rect, media_type: MediaType, data: &Arc<[u8]>) {
    let rel = xml.image_rel(media_type, data);
    let id = xml.id();
    xml.open("p:pic", &[]);
    xml.open("p:nvPicPr", &[]);
    xml.empty("p:cNvPr", &[("id", &id), ("name", "Picture")]);
    xml.open("p:cNvPicPr", &[]);
    xml.empty("a:picLocks", &[("noChangeAspect", "1")]);
    xml.close();
    xml.empty("p:nvPr", &[]);
    xml.close();
    xml.open("p:blipFill", &[]);
    xml.empty("a:blip", &[("r:embed", &rel)]);
    xml.open("a:stretch", &[]);
    xml.empty("a:fillRect", &[]);
    xml.close();
    xml.close();
    xml.open("p:spPr", &[]);
    xfrm(xml, place.rect(rect));
    xml.open("a:prstGeom", &[("prst", "rect")]);
    xml.empty("a:avLst", &[]);
    xml.close();
    xml.close();
    xml.close(); // pic
}

// ---------------------------------------------------------------------------------------
// Text

/// Lines of text that were wrapped from one text, to be given to the reader as one.
struct Block {
    /// Index of the first line's shape.
    first: usize,
    lines: Vec<(String, Pos2)>,
    style: TextStyle,
    color: Color32,
}

/// The lines of painted text, merged into the blocks they were wrapped from: lines of one
/// style and colour, one under the other at the same left edge.
fn text_blocks(shapes: &[Shape]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut last_text: Option<usize> = None;
    for (index, shape) in shapes.iter().enumerate() {
        let Shape::Text {
            pos,
            text,
            style,
            color,
            ..
        } = shape
        else {
            continue;
        };
        let follows = last_text == Some(index.wrapping_sub(1));
        last_text = Some(index);
        if follows && let Some(block) = blocks.last_mut() {
            let (_, previous) = block.lines[block.lines.len() - 1];
            let step = pos.y - previous.y;
            let same_column = (pos.x - previous.x).abs() < 0.5;
            if block.style == *style
                && block.color == *color
                && same_column
                && step > 0.5 * style.line_height()
                && step < 1.6 * style.line_height()
            {
                block.lines.push((text.clone(), *pos));
                continue;
            }
        }
        blocks.push(Block {
            first: index,
            lines: vec![(text.clone(), *pos)],
            style: *style,
            color: *color,
        });
    }
    blocks
}

/// How a text box is filled: its paragraphs and how wide it wraps.
struct TextBox<'a> {
    name: &'a str,
    paragraphs: Vec<String>,
    style: TextStyle,
    color: Color32,
    /// Top-left of the first line.
    pos: Pos2,
    /// How far apart the lines are.
    spacing: f32,
    /// The width the reader wraps in, or `None` for text that must stay on its lines.
    wrap: Option<f32>,
    /// How many lines our layout gave it.
    lines: usize,
}

/// The box a wrapped block of painted lines came from. The reader is given the lines
/// joined, in a box as wide as makes it break them where we did: wider than every line,
/// narrower than any line with the next line's first word added.
fn write_block(xml: &mut Xml, place: &Place, block: &Block) {
    let style = block.style;
    let widths: Vec<f32> = block
        .lines
        .iter()
        .map(|(text, _)| style.width(text))
        .collect();
    let widest = widths.iter().copied().fold(0.0, f32::max);
    let narrowest_overflow = block
        .lines
        .windows(2)
        .map(|pair| {
            let next_word = pair[1].0.split_whitespace().next().unwrap_or("");
            style.width(&format!("{} {next_word}", pair[0].0))
        })
        .fold(f32::INFINITY, f32::min);
    let (paragraphs, wrap) = if block.lines.len() == 1 {
        (vec![block.lines[0].0.clone()], None)
    } else if narrowest_overflow > widest + 1.0 {
        let joined: Vec<&str> = block.lines.iter().map(|(text, _)| text.as_str()).collect();
        let lines: Vec<&str> = block.lines.iter().map(|(text, _)| text.as_str()).collect();
        let room = wrap_width(
            widest,
            longest_word(style, &lines),
            narrowest_overflow - 0.5,
        );
        (vec![joined.join(" ")], Some(room))
    } else {
        // A word broken in two: only its own lines say where.
        let lines = block.lines.iter().map(|(text, _)| text.clone()).collect();
        (lines, None)
    };
    let spacing = match block.lines.as_slice() {
        [(_, first), (_, second), ..] => second.y - first.y,
        _ => line_spacing(style),
    };
    text_box(
        xml,
        place,
        &TextBox {
            name: "Text",
            paragraphs,
            style,
            color: block.color,
            pos: block.lines[0].1,
            spacing,
            wrap,
            lines: block.lines.len(),
        },
    );
}

/// A text box: no fill, no margins, its text where our layout put it.
fn text_box(xml: &mut Xml, place: &Place, text: &TextBox<'_>) {
    // Each line as tall as the line spacing the reader is given, so it sees them fit.
    let height = text.lines.max(1) as f32 * text.spacing.max(text.style.line_height());
    let width = text.wrap.unwrap_or_else(|| {
        text.paragraphs
            .iter()
            .map(|p| text.style.width(p))
            .fold(0.0, f32::max)
    });
    let rect = Rect::from_min_size(text.pos, vec2(width, height));
    shape_start(xml, text.name, true);
    xml.open("p:spPr", &[]);
    xfrm(xml, place.rect(rect));
    xml.open("a:prstGeom", &[("prst", "rect")]);
    xml.empty("a:avLst", &[]);
    xml.close();
    xml.empty("a:noFill", &[]);
    xml.close();
    xml.open("p:txBody", &[]);
    body_properties(xml, text.wrap.is_some(), [0, 0, 0, 0]);
    xml.empty("a:lstStyle", &[]);
    write_paragraphs(xml, place, text);
    xml.close();
    xml.close();
}

/// Text without margins, anchored at the top; wrapped by the reader or kept on its lines.
/// Never shrunk to fit: LibreOffice's shrinking makes titles that fit smaller, and one that
/// wraps a single overflowing line.
fn body_properties(xml: &mut Xml, wrap: bool, insets: [i64; 4]) {
    let [l, t, r, b] = insets.map(|inset| inset.max(0).to_string());
    xml.open(
        "a:bodyPr",
        &[
            ("wrap", if wrap { "square" } else { "none" }),
            ("lIns", &l),
            ("tIns", &t),
            ("rIns", &r),
            ("bIns", &b),
            ("anchor", "t"),
            ("rtlCol", "0"),
        ],
    );
    xml.empty("a:noAutofit", &[]);
    xml.close();
}

fn write_paragraphs(xml: &mut Xml, place: &Place, text: &TextBox<'_>) {
    let size = place.font_size(text.style.size).to_string();
    let spacing = place.points100(text.spacing).max(100).to_string();
    let bold = if text.style.weight == Weight::SemiBold {
        "1"
    } else {
        "0"
    };
    for paragraph in &text.paragraphs {
        xml.open("a:p", &[]);
        xml.open("a:pPr", &[("marL", "0"), ("indent", "0"), ("algn", "l")]);
        xml.open("a:lnSpc", &[]);
        xml.empty("a:spcPts", &[("val", &spacing)]);
        xml.close();
        xml.open("a:spcBef", &[]);
        xml.empty("a:spcPts", &[("val", "0")]);
        xml.close();
        xml.empty("a:buNone", &[]);
        xml.close();
        let attributes = [
            ("lang", xml.lang),
            ("sz", size.as_str()),
            ("b", bold),
            ("dirty", "0"),
        ];
        if paragraph.is_empty() {
            xml.empty("a:endParaRPr", &attributes);
        } else {
            xml.open("a:r", &[]);
            run_properties(xml, &attributes, text.color);
            xml.leaf("a:t", paragraph);
            xml.close();
        }
        xml.close();
    }
}

fn run_properties(xml: &mut Xml, attributes: &[(&str, &str)], color: Color32) {
    xml.open("a:rPr", attributes);
    solid_fill(xml, color);
    font(xml);
    xml.close();
}

fn font(xml: &mut Xml) {
    let face = [
        ("typeface", FONT),
        ("panose", FONT_PANOSE),
        ("pitchFamily", "34"),
        ("charset", "0"),
    ];
    xml.empty("a:latin", &face);
    xml.empty("a:cs", &face);
}

// ---------------------------------------------------------------------------------------
// Cards

/// A card as one group: shadow, the rounded rectangle holding the title, accent bar,
/// icons, and text boxes for channel, body and owner.
fn write_card(
    xml: &mut Xml,
    map: &JourneyMap,
    theme: &Theme,
    card: &CardLayout,
    shapes: &[Shape],
    place: &Place,
) {
    let model = map.card(&card.id);
    let title_text = model.map_or("", |c| c.title.as_str());
    let group_name = if title_text.trim().is_empty() {
        "Card".to_owned()
    } else {
        format!("Card: {}", crate::text::excerpt(title_text, 60))
    };
    group_start(xml, place, &group_name, bounds_of(shapes));
    for shape in shapes {
        match shape {
            Shape::Text { .. } => {}
            Shape::Rect {
                rect,
                radius,
                fill,
                stroke,
            } if *rect == card.rect => {
                card_shape(
                    xml,
                    place,
                    theme,
                    card,
                    model,
                    *radius,
                    *fill,
                    stroke.as_ref(),
                );
            }
            _ => write_shape(xml, place, shape, "Card part"),
        }
    }
    let metrics = &theme.metrics;
    if let Some((_, _, lines)) = &card.channel {
        card_text(
            xml,
            place,
            "Channel",
            lines,
            None,
            card.widths.channel,
            theme.palette.lane_colors(card.lane_kind).1,
            metrics.card_meta,
        );
    }
    let body = model.map(|c| c.body.as_str());
    card_text(
        xml,
        place,
        "Body",
        &card.body,
        body,
        card.widths.body,
        theme.palette.muted_text,
        metrics.card_body,
    );
    if let Some((_, lines)) = &card.owner {
        let owner = model.and_then(|c| c.owner.as_deref());
        card_text(
            xml,
            place,
            "Owner",
            lines,
            owner,
            card.widths.owner,
            theme.palette.muted_text,
            metrics.card_meta,
        );
    }
    xml.close();
}

/// The paragraphs a card's text is given to the reader as: the text itself, split at its
/// line breaks, when our lines are all of it; else our lines (cut short, or a word broken).
fn card_paragraphs(lines: &[TextLine], source: Option<&str>) -> (Vec<String>, bool) {
    let ours: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    if let Some(source) = source {
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        if words(source) == words(&ours.join(" ")) {
            let paragraphs: Vec<String> = source
                .trim_end()
                .split('\n')
                .map(|p| p.trim_end_matches('\r').to_owned())
                .collect();
            return (paragraphs, true);
        }
    }
    (ours.into_iter().map(str::to_owned).collect(), false)
}

#[expect(
    clippy::too_many_arguments,
    reason = "one text field of a card, as laid out"
)]
fn card_text(
    xml: &mut Xml,
    place: &Place,
    name: &str,
    lines: &[TextLine],
    source: Option<&str>,
    width: f32,
    color: Color32,
    style: TextStyle,
) {
    let Some(first) = lines.first() else { return };
    let (paragraphs, wrapped) = card_paragraphs(lines, source);
    text_box(
        xml,
        place,
        &TextBox {
            name,
            paragraphs,
            style: first.style,
            color,
            pos: first.pos,
            spacing: spacing_of(lines, style),
            wrap: wrapped.then_some(wrap_width(
                widest(lines),
                longest_word(first.style, &texts(lines)),
                width + 0.5,
            )),
            lines: lines.len(),
        },
    );
}

/// The width of a text's widest line.
fn widest(lines: &[TextLine]) -> f32 {
    lines
        .iter()
        .map(|line| line.style.width(&line.text))
        .fold(0.0, f32::max)
}

/// How wide a box the reader wraps text in: a little wider than our widest line, as
/// readers measure a few percent apart (LibreOffice sets Inter narrower at small sizes and
/// would take one more word onto a line at our full width), and wide enough for the
/// longest word in a font a sixth wider (a reader without Inter) so no word is broken in
/// two; never wider than the width that would let the next word on.
fn wrap_width(widest: f32, longest_word: f32, most: f32) -> f32 {
    (widest * 1.02 + 1.0)
        .max(longest_word * 1.16)
        .min(most)
        .max(widest)
}

/// The width of the longest word of some lines.
fn longest_word(style: TextStyle, lines: &[&str]) -> f32 {
    lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .map(|word| style.width(word))
        .fold(0.0, f32::max)
}

fn texts(lines: &[TextLine]) -> Vec<&str> {
    lines.iter().map(|line| line.text.as_str()).collect()
}

fn spacing_of(lines: &[TextLine], style: TextStyle) -> f32 {
    match lines {
        [first, second, ..] => second.pos.y - first.pos.y,
        _ => line_spacing(style),
    }
}

/// The card's rounded rectangle, holding its title: the shape a user clicks to retype it.
#[expect(clippy::too_many_arguments, reason = "the card and how it is drawn")]
fn card_shape(
    xml: &mut Xml,
    place: &Place,
    theme: &Theme,
    card: &CardLayout,
    model: Option<&Card>,
    radius: f32,
    fill: Color32,
    stroke: Option<&Stroke>,
) {
    preset(
        xml,
        place,
        "Card",
        Geometry::RoundRect(radius),
        card.rect,
        fill,
        stroke,
    );
    let inner = match stroke {
        Some(stroke) => card.rect.shrink(stroke.width / 2.0),
        None => card.rect,
    };
    if let Some(first) = card.title.first() {
        let (paragraphs, wrapped) = card_paragraphs(&card.title, model.map(|c| c.title.as_str()));
        let left = place.x(first.pos.x) - place.x(inner.left());
        let top = place.y(first.pos.y) - place.y(inner.top());
        let room = wrap_width(
            widest(&card.title),
            longest_word(first.style, &texts(&card.title)),
            card.widths.title + 0.5,
        );
        let right = place.x(inner.right()) - place.x(first.pos.x + room);
        let spacing = spacing_of(&card.title, theme.metrics.card_title);
        let title_bottom =
            first.pos.y + card.title.len() as f32 * spacing.max(first.style.line_height());
        let bottom = place.y(inner.bottom()) - place.y(title_bottom);
        xml.open("p:txBody", &[]);
        body_properties(xml, wrapped, [left, top, right, bottom]);
        xml.empty("a:lstStyle", &[]);
        write_paragraphs(
            xml,
            place,
            &TextBox {
                name: "Card",
                paragraphs,
                style: first.style,
                color: theme.palette.text,
                pos: first.pos,
                spacing: spacing_of(&card.title, theme.metrics.card_title),
                wrap: None,
                lines: card.title.len(),
            },
        );
        xml.close();
    }
    xml.close(); // sp
}

// ---------------------------------------------------------------------------------------
// Phase slides

/// The map of one phase: its cards, the lanes they are in (and the emotion lane, for the
/// curve), the links between them and the curves' points in it. Laid out with the cards of
/// a cell side by side, it is wide rather than tall, as a slide is.
fn phase_map(map: &JourneyMap, phase: &crate::model::Phase, curve_passes: bool) -> JourneyMap {
    let cards: Vec<Card> = map
        .cards
        .iter()
        .filter(|card| card.phase == phase.id)
        .cloned()
        .collect();
    let emotion_curves: Vec<crate::model::EmotionCurve> = map
        .emotion_curves
        .iter()
        .map(|curve| crate::model::EmotionCurve {
            persona: curve.persona.clone(),
            points: curve
                .points
                .iter()
                .filter(|point| point.phase == phase.id)
                .cloned()
                .collect(),
        })
        .collect();
    let has_curve = curve_passes || emotion_curves.iter().any(|curve| !curve.points.is_empty());
    let lanes = map
        .lanes
        .iter()
        .filter(|lane| {
            cards.iter().any(|card| card.lane == lane.id)
                || (has_curve && lane.kind == crate::model::LaneKind::Emotions)
        })
        .map(|lane| crate::model::Lane {
            collapsed: false,
            ..lane.clone()
        })
        .collect();
    let links = map
        .links
        .iter()
        .filter(|link| {
            let inside = |id| cards.iter().any(|card: &Card| &card.id == id);
            inside(&link.from) && inside(&link.to)
        })
        .cloned()
        .collect();
    JourneyMap {
        phases: vec![crate::model::Phase {
            group: None,
            width: None,
            ..phase.clone()
        }],
        lanes,
        cards,
        links,
        emotion_curves,
        ..map.clone()
    }
}

/// The height of a polyline at `x`, if it reaches there.
fn height_at(path: &[Pos2], x: f32) -> Option<f32> {
    path.windows(2).find_map(|pair| {
        let (p, q) = (pair[0], pair[1]);
        let (low, high) = (p.x.min(q.x), p.x.max(q.x));
        if x < low || x > high {
            return None;
        }
        if (q.x - p.x).abs() < f32::EPSILON {
            return Some(p.y);
        }
        Some(p.y + (q.y - p.y) * (x - p.x) / (q.x - p.x))
    })
}

/// The score at a height of the scale, unrounded.
fn score_of(scale: &crate::layout::EmotionScale, y: f32) -> f64 {
    let (top, bottom) = (scale.y(2.0), scale.y(-2.0));
    2.0 - 4.0 * f64::from((y - top) / (bottom - top).max(1.0))
}

/// A phase slide's curves run from the phase's left edge to its right, where the whole
/// map's curves cross them, through the points in the phase: the curve across the phase,
/// not only its own points.
fn run_curves_across(
    laid_out: &mut MapLayout,
    crossings: &[(&crate::layout::CurveLayout, Option<f64>, Option<f64>)],
) {
    let (Some(scale), Some(column)) = (&laid_out.emotion_scale, laid_out.columns.first()) else {
        return;
    };
    let (left, right) = (column.body.left(), column.body.right());
    let edge = |x: f32, score: Option<f64>| score.map(|s| pos2(x, scale.y(s)));
    let mut curves = Vec::new();
    for (whole, enters, leaves) in crossings {
        let mut curve = laid_out
            .curves
            .iter()
            .find(|c| c.persona == whole.persona)
            .cloned()
            .unwrap_or_else(|| crate::layout::CurveLayout {
                persona: whole.persona.clone(),
                color: whole.color,
                points: Vec::new(),
                path: Vec::new(),
            });
        let mut path: Vec<Pos2> = edge(left, *enters).into_iter().collect();
        path.extend(curve.path.iter().copied());
        path.extend(edge(right, *leaves));
        curve.path = path;
        curves.push(curve);
    }
    laid_out.curves = curves;
}

/// One phase, under its name, as large as the slide allows, with speaker notes.
fn phase_slide(
    map: &JourneyMap,
    theme: &Theme,
    phase: &crate::model::Phase,
    options: &ExportOptions,
    whole: &MapLayout,
) -> SlideXml {
    let column = map
        .phases
        .iter()
        .position(|p| p.id == phase.id)
        .and_then(|index| whole.columns.get(index))
        .map(|column| (column.body.left(), column.body.right()));
    // Where each persona's curve enters and leaves the phase, as scores.
    let crossings: Vec<(&crate::layout::CurveLayout, Option<f64>, Option<f64>)> =
        match (column, &whole.emotion_scale) {
            (Some((left, right)), Some(scale)) => whole
                .curves
                .iter()
                .map(|curve| {
                    let score = |x| height_at(&curve.path, x).map(|y| score_of(scale, y));
                    (curve, score(left), score(right))
                })
                .filter(|(curve, left, right)| {
                    left.is_some()
                        || right.is_some()
                        || curve
                            .path
                            .iter()
                            .any(|p| column.is_some_and(|(l, r)| p.x >= l && p.x <= r))
                })
                .collect(),
            _ => Vec::new(),
        };
    let one = phase_map(map, phase, !crossings.is_empty());
    let margin = 0.35 * 914_400.0;
    let area = Rect::from_min_max(
        pos2(margin, TITLE_BOTTOM as f32),
        pos2(
            SLIDE_WIDTH as f32 - margin,
            SLIDE_HEIGHT as f32 - margin * 0.6,
        ),
    );
    // A phase is tall and narrow, a slide wide: wider cards take fewer lines, so the phase
    // gets shorter and its text larger. The widest that still gains is taken.
    let options_one = crate::layout::LayoutOptions {
        title: false,
        legend: false,
        full_text: true,
        cards_across: true,
    };
    let standard = layout(&one, &theme.metrics, options_one);
    let scale = Place::fit(phase_view(&standard, theme), area).scale;
    let (mut most, mut theme, mut laid_out) = (scale, theme.clone(), standard);
    for widen in [1.25, 1.5, 1.8, 2.2] {
        let mut wide = theme.clone();
        wide.metrics.card_width = Theme::default().metrics.card_width * widen;
        let wider = layout(&one, &wide.metrics, options_one);
        let scale = Place::fit(phase_view(&wider, &wide), area).scale;
        if scale > most * 1.02 {
            (most, theme, laid_out) = (scale, wide, wider);
        }
    }
    let theme = &theme;
    run_curves_across(&mut laid_out, &crossings);
    let painted = paint_parts(&laid_out, theme);
    let place = Place::fit(phase_view(&laid_out, theme), area);
    let (xml, images) = slide_xml(
        &one,
        &laid_out,
        theme,
        &items(&painted),
        &place,
        Some(&phase.name),
        options.background,
    );
    SlideXml {
        xml,
        notes: phase_notes(map, &laid_out, phase),
        images,
    }
}

/// What a phase slide shows of its layout: all of it but the margin, which is white space
/// the slide has already.
fn phase_view(laid_out: &MapLayout, theme: &Theme) -> Rect {
    laid_out.bounds.shrink(theme.metrics.margin - 8.0)
}

/// Where the title placeholder ends.
const TITLE_BOTTOM: i64 = 1_005_840;

// ---------------------------------------------------------------------------------------
// Speaker notes

fn overview_notes(map: &JourneyMap, language: Language) -> Vec<String> {
    let mut notes = Vec::new();
    if !map.title.trim().is_empty() {
        notes.push(map.title.clone());
    }
    notes.extend(
        map.description
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned),
    );
    if !map.phases.is_empty() {
        notes.push(crate::tr_in!(language, "map-notes-phases"));
        for (index, phase) in map.phases.iter().enumerate() {
            notes.push(format!("{}. {}", index + 1, phase.name));
        }
    }
    notes
}

/// The phase's cards, lane by lane, with everything they say, then the channel switches
/// that start in the phase.
fn phase_notes(map: &JourneyMap, laid_out: &MapLayout, phase: &crate::model::Phase) -> Vec<String> {
    let language = map.language();
    let mut notes = Vec::new();
    // In the order the slide shows them: lane by lane, left to right.
    let mut cards: Vec<&CardLayout> = laid_out.cards.iter().collect();
    cards.sort_by(|a, b| {
        (a.row, a.rect.left())
            .partial_cmp(&(b.row, b.rect.left()))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    notes.push(crate::tr_in!(
        language,
        "map-notes-cards",
        count = cards.len()
    ));
    for card in &cards {
        let Some(model) = map.card(&card.id) else {
            continue;
        };
        let lane = map.lane(&model.lane).map_or("", |l| l.name.as_str());
        let mut line = String::new();
        let _ = write!(line, "• {}", one_line(&model.title));
        if !lane.is_empty() {
            let _ = write!(line, " ({lane})");
        }
        notes.push(line);
        if !model.body.trim().is_empty() {
            notes.push(format!("  {}", one_line(&model.body)));
        }
        if let Some(channel) = model.channel {
            notes.push(format!(
                "  {}",
                crate::tr_in!(
                    language,
                    "map-notes-channel",
                    channel = channel.label(language)
                )
            ));
        }
        if let Some(owner) = model.owner.as_deref().filter(|o| !o.trim().is_empty()) {
            notes.push(format!(
                "  {}",
                crate::tr_in!(language, "map-notes-owner", owner = one_line(owner))
            ));
        }
    }
    let switches: Vec<_> = map
        .links
        .iter()
        .filter(|link| link.kind == LinkKind::ChannelSwitch)
        .filter(|link| map.card(&link.from).is_some_and(|c| c.phase == phase.id))
        .collect();
    if !switches.is_empty() {
        notes.push(String::new());
        notes.push(crate::tr_in!(
            language,
            "map-notes-switches",
            count = switches.len()
        ));
        for link in switches {
            let title = |id| {
                map.card(id)
                    .map_or(String::new(), |c: &Card| one_line(&c.title))
            };
            let quality = HandoffQuality::label_or_not_judged(link.quality, language);
            let mut line = format!("• {} → {} ({quality})", title(&link.from), title(&link.to));
            if let Some(label) = link.label.as_deref().filter(|l| !l.trim().is_empty()) {
                let _ = write!(line, ": {}", one_line(label));
            }
            notes.push(line);
        }
    }
    notes
}

/// Text on one line: its line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn notes_xml(notes: &[String], language: Language) -> Vec<u8> {
    let mut xml = Xml::in_language(language);
    xml.open("p:notes", &namespaces());
    xml.open("p:cSld", &[]);
    tree_start(&mut xml);
    placeholder(&mut xml, "Slide Image", &[("type", "sldImg")], None, None);
    placeholder(
        &mut xml,
        "Notes",
        &[("type", "body"), ("idx", "1")],
        None,
        Some(notes),
    );
    xml.finish()
}

/// A placeholder shape (`ph` says which), placed by `at` or by its layout, holding
/// `text` a paragraph per line, or no text body at all (the notes' slide picture).
fn placeholder(
    xml: &mut Xml,
    name: &str,
    ph: &[(&str, &str)],
    at: Option<(i64, i64, i64, i64)>,
    text: Option<&[String]>,
) {
    let id = xml.id();
    xml.open("p:sp", &[]);
    xml.open("p:nvSpPr", &[]);
    xml.empty("p:cNvPr", &[("id", &id), ("name", name)]);
    xml.open("p:cNvSpPr", &[]);
    xml.empty("a:spLocks", &[("noGrp", "1")]);
    xml.close();
    xml.open("p:nvPr", &[]);
    xml.empty("p:ph", ph);
    xml.close();
    xml.close();
    match at {
        Some(rect) => {
            xml.open("p:spPr", &[]);
            xfrm(xml, rect);
            xml.open("a:prstGeom", &[("prst", "rect")]);
            xml.empty("a:avLst", &[]);
            xml.close();
            xml.close();
        }
        None => xml.empty("p:spPr", &[]),
    }
    if let Some(lines) = text {
        xml.open("p:txBody", &[]);
        xml.empty("a:bodyPr", &[]);
        xml.empty("a:lstStyle", &[]);
        for line in lines {
            xml.open("a:p", &[]);
            if !line.is_empty() {
                xml.open("a:r", &[]);
                let lang = xml.lang;
                xml.empty("a:rPr", &[("lang", lang), ("dirty", "0")]);
                xml.leaf("a:t", line);
                xml.close();
            }
            xml.close();
        }
        if lines.is_empty() {
            xml.empty("a:p", &[]);
        }
        xml.close();
    }
    xml.close();
}

// ---------------------------------------------------------------------------------------
// The package

const REL_DOCUMENT: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const REL_APP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT_PRESENTATION: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
const CT_PML: &str = "application/vnd.openxmlformats-officedocument.presentationml.";

fn relationships(targets: &[(String, String)]) -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open(
        "Relationships",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/relationships",
        )],
    );
    for (index, (kind, target)) in targets.iter().enumerate() {
        let id = format!("rId{}", index + 1);
        xml.empty(
            "Relationship",
            &[("Id", &id), ("Type", kind), ("Target", target)],
        );
    }
    xml.finish()
}

fn rel(kind: &str, target: impl Into<String>) -> (String, String) {
    (format!("{REL}{kind}"), target.into())
}

fn content_types(slides: usize, media: &[SlideImage]) -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    xml.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    xml.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    for media_type in [MediaType::Png, MediaType::Jpeg] {
        if media.iter().any(|(kind, _)| *kind == media_type) {
            xml.empty(
                "Default",
                &[
                    ("Extension", media_type.extension()),
                    ("ContentType", media_type.mime()),
                ],
            );
        }
    }
    let mut overrides: Vec<(String, String)> = vec![
        ("/ppt/presentation.xml".into(), CT_PRESENTATION.into()),
        (
            "/ppt/slideMasters/slideMaster1.xml".into(),
            format!("{CT_PML}slideMaster+xml"),
        ),
        (
            "/ppt/slideLayouts/slideLayout1.xml".into(),
            format!("{CT_PML}slideLayout+xml"),
        ),
        (
            "/ppt/notesMasters/notesMaster1.xml".into(),
            format!("{CT_PML}notesMaster+xml"),
        ),
        (
            "/ppt/presProps.xml".into(),
            format!("{CT_PML}presProps+xml"),
        ),
        (
            "/ppt/viewProps.xml".into(),
            format!("{CT_PML}viewProps+xml"),
        ),
        (
            "/ppt/tableStyles.xml".into(),
            format!("{CT_PML}tableStyles+xml"),
        ),
        (
            "/docProps/core.xml".into(),
            "application/vnd.openxmlformats-package.core-properties+xml".into(),
        ),
        (
            "/docProps/app.xml".into(),
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
        ),
    ];
    for theme in 1..=2 {
        overrides.push((
            format!("/ppt/theme/theme{theme}.xml"),
            "application/vnd.openxmlformats-officedocument.theme+xml".into(),
        ));
    }
    for slide in 1..=slides {
        overrides.push((
            format!("/ppt/slides/slide{slide}.xml"),
            format!("{CT_PML}slide+xml"),
        ));
        overrides.push((
            format!("/ppt/notesSlides/notesSlide{slide}.xml"),
            format!("{CT_PML}notesSlide+xml"),
        ));
    }
    for (part, kind) in &overrides {
        xml.empty("Override", &[("PartName", part), ("ContentType", kind)]);
    }
    xml.finish()
}

fn presentation_xml(slides: usize) -> Vec<u8> {
    let mut xml = Xml::new();
    let mut attributes = namespaces().to_vec();
    attributes.push(("saveSubsetFonts", "1"));
    xml.open("p:presentation", &attributes);
    xml.open("p:sldMasterIdLst", &[]);
    xml.empty("p:sldMasterId", &[("id", "2147483648"), ("r:id", "rId1")]);
    xml.close();
    xml.open("p:notesMasterIdLst", &[]);
    xml.empty("p:notesMasterId", &[("r:id", "rId2")]);
    xml.close();
    xml.open("p:sldIdLst", &[]);
    for slide in 0..slides {
        let id = (256 + slide).to_string();
        let rel = format!("rId{}", FIRST_SLIDE_REL + slide);
        xml.empty("p:sldId", &[("id", &id), ("r:id", &rel)]);
    }
    xml.close();
    xml.empty(
        "p:sldSz",
        &[
            ("cx", &SLIDE_WIDTH.to_string()),
            ("cy", &SLIDE_HEIGHT.to_string()),
        ],
    );
    xml.empty("p:notesSz", &[("cx", "6858000"), ("cy", "9144000")]);
    xml.open("p:defaultTextStyle", &[]);
    xml.open("a:lvl1pPr", &[("marL", "0"), ("algn", "l")]);
    xml.open("a:defRPr", &[("sz", "1800")]);
    font(&mut xml);
    xml.close();
    xml.close();
    xml.close();
    xml.finish()
}

/// The relationships of presentation.xml before its slides: master, notes master, theme,
/// presentation properties, view properties, table styles.
const FIRST_SLIDE_REL: usize = 7;

fn presentation_rels(slides: usize) -> Vec<u8> {
    let mut targets = vec![
        rel("slideMaster", "slideMasters/slideMaster1.xml"),
        rel("notesMaster", "notesMasters/notesMaster1.xml"),
        rel("theme", "theme/theme1.xml"),
        rel("presProps", "presProps.xml"),
        rel("viewProps", "viewProps.xml"),
        rel("tableStyles", "tableStyles.xml"),
    ];
    debug_assert_eq!(targets.len() + 1, FIRST_SLIDE_REL);
    for slide in 1..=slides {
        targets.push(rel("slide", format!("slides/slide{slide}.xml")));
    }
    relationships(&targets)
}

/// A theme: black on white, Inter everywhere, no effects.
fn theme_xml() -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open("a:theme", &[("xmlns:a", NS_A), ("name", "journeymap")]);
    xml.open("a:themeElements", &[]);
    xml.open("a:clrScheme", &[("name", "journeymap")]);
    let colors = [
        ("a:dk1", "1F2328"),
        ("a:lt1", "FFFFFF"),
        ("a:dk2", "44546A"),
        ("a:lt2", "EEF0F3"),
        ("a:accent1", "2F6FDE"),
        ("a:accent2", "E8833A"),
        ("a:accent3", "3AA76D"),
        ("a:accent4", "C2417F"),
        ("a:accent5", "7A5AF8"),
        ("a:accent6", "D9A21B"),
        ("a:hlink", "2F6FDE"),
        ("a:folHlink", "7A5AF8"),
    ];
    for (name, value) in colors {
        xml.open(name, &[]);
        xml.empty("a:srgbClr", &[("val", value)]);
        xml.close();
    }
    xml.close();
    xml.open("a:fontScheme", &[("name", "journeymap")]);
    for scheme in ["a:majorFont", "a:minorFont"] {
        xml.open(scheme, &[]);
        xml.empty("a:latin", &[("typeface", FONT), ("panose", FONT_PANOSE)]);
        xml.empty("a:ea", &[("typeface", "")]);
        xml.empty("a:cs", &[("typeface", "")]);
        xml.close();
    }
    xml.close();
    xml.open("a:fmtScheme", &[("name", "journeymap")]);
    xml.open("a:fillStyleLst", &[]);
    for _ in 0..3 {
        scheme_fill(&mut xml);
    }
    xml.close();
    xml.open("a:lnStyleLst", &[]);
    for width in ["6350", "12700", "19050"] {
        xml.open("a:ln", &[("w", width)]);
        scheme_fill(&mut xml);
        xml.close();
    }
    xml.close();
    xml.open("a:effectStyleLst", &[]);
    for _ in 0..3 {
        xml.open("a:effectStyle", &[]);
        xml.empty("a:effectLst", &[]);
        xml.close();
    }
    xml.close();
    xml.open("a:bgFillStyleLst", &[]);
    for _ in 0..3 {
        scheme_fill(&mut xml);
    }
    xml.close();
    xml.close(); // fmtScheme
    xml.close(); // themeElements
    xml.empty("a:objectDefaults", &[]);
    xml.empty("a:extraClrSchemeLst", &[]);
    xml.finish()
}

fn scheme_fill(xml: &mut Xml) {
    xml.open("a:solidFill", &[]);
    xml.empty("a:schemeClr", &[("val", "phClr")]);
    xml.close();
}

fn color_map(xml: &mut Xml, element: &str) {
    xml.empty(
        element,
        &[
            ("bg1", "lt1"),
            ("tx1", "dk1"),
            ("bg2", "lt2"),
            ("tx2", "dk2"),
            ("accent1", "accent1"),
            ("accent2", "accent2"),
            ("accent3", "accent3"),
            ("accent4", "accent4"),
            ("accent5", "accent5"),
            ("accent6", "accent6"),
            ("hlink", "hlink"),
            ("folHlink", "folHlink"),
        ],
    );
}

/// Where phase slides have their title.
fn title_rect() -> (i64, i64, i64, i64) {
    let margin = (0.35 * 914_400.0) as i64;
    (
        margin,
        228_600,
        SLIDE_WIDTH - 2 * margin,
        TITLE_BOTTOM - 228_600,
    )
}

fn slide_master_xml() -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open("p:sldMaster", &namespaces());
    xml.open("p:cSld", &[]);
    xml.open("p:bg", &[]);
    xml.open("p:bgRef", &[("idx", "1001")]);
    xml.empty("a:schemeClr", &[("val", "bg1")]);
    xml.close();
    xml.close();
    tree_start(&mut xml);
    placeholder(
        &mut xml,
        "Title",
        &[("type", "title")],
        Some(title_rect()),
        Some(&[]),
    );
    xml.close();
    xml.close();
    color_map(&mut xml, "p:clrMap");
    xml.open("p:sldLayoutIdLst", &[]);
    xml.empty("p:sldLayoutId", &[("id", "2147483649"), ("r:id", "rId1")]);
    xml.close();
    xml.open("p:txStyles", &[]);
    xml.open("p:titleStyle", &[]);
    xml.open("a:lvl1pPr", &[("algn", "l")]);
    xml.open("a:defRPr", &[("sz", "2800"), ("b", "1")]);
    xml.open("a:solidFill", &[]);
    xml.empty("a:schemeClr", &[("val", "tx1")]);
    xml.close();
    font(&mut xml);
    xml.close();
    xml.close();
    xml.close();
    xml.open("p:bodyStyle", &[]);
    xml.open("a:lvl1pPr", &[("marL", "0"), ("indent", "0")]);
    xml.open("a:defRPr", &[("sz", "1800")]);
    font(&mut xml);
    xml.close();
    xml.close();
    xml.close();
    xml.empty("p:otherStyle", &[]);
    xml.close();
    xml.finish()
}

fn slide_layout_xml() -> Vec<u8> {
    let mut xml = Xml::new();
    let mut attributes = namespaces().to_vec();
    attributes.extend([("type", "titleOnly"), ("preserve", "1")]);
    xml.open("p:sldLayout", &attributes);
    xml.open("p:cSld", &[("name", "Title Only")]);
    tree_start(&mut xml);
    placeholder(&mut xml, "Title", &[("type", "title")], None, Some(&[]));
    xml.close();
    xml.close();
    xml.open("p:clrMapOvr", &[]);
    xml.empty("a:masterClrMapping", &[]);
    xml.close();
    xml.finish()
}

fn notes_master_xml() -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open("p:notesMaster", &namespaces());
    xml.open("p:cSld", &[]);
    tree_start(&mut xml);
    placeholder(
        &mut xml,
        "Slide Image",
        &[("type", "sldImg")],
        Some((381_000, 685_800, 6_096_000, 3_429_000)),
        None,
    );
    placeholder(
        &mut xml,
        "Notes",
        &[("type", "body")],
        Some((685_800, 4_343_400, 5_486_400, 4_114_800)),
        Some(&[]),
    );
    xml.close();
    xml.close();
    color_map(&mut xml, "p:clrMap");
    xml.finish()
}

fn core_xml(map: &JourneyMap) -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ],
    );
    xml.leaf("dc:title", &map.title);
    xml.leaf("dc:creator", "journeymap");
    xml.finish()
}

fn app_xml(slides: usize) -> Vec<u8> {
    let mut xml = Xml::new();
    xml.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    xml.leaf("Application", "journeymap");
    xml.leaf("Slides", &slides.to_string());
    xml.leaf("Notes", &slides.to_string());
    xml.finish()
}

fn simple(root: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut xml = Xml::new();
    let mut attributes = namespaces().to_vec();
    attributes.extend_from_slice(extra);
    xml.empty(root, &attributes);
    xml.finish()
}

fn package(map: &JourneyMap, slides: &[SlideXml]) -> Result<Vec<u8>, ExportError> {
    let count = slides.len();
    // Each picture once in the package, however many slides show it.
    let mut media: Vec<SlideImage> = Vec::new();
    let mut media_of = |image: &SlideImage| match media.iter().position(|(_, d)| *d == image.1) {
        Some(index) => index,
        None => {
            media.push(image.clone());
            media.len() - 1
        }
    };
    let slide_media: Vec<Vec<usize>> = slides
        .iter()
        .map(|slide| slide.images.iter().map(&mut media_of).collect())
        .collect();
    let media_name = |index: usize| format!("image{}.{}", index + 1, media[index].0.extension());
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types(count, &media)),
        (
            "_rels/.rels".into(),
            relationships(&[
                (REL_DOCUMENT.into(), "ppt/presentation.xml".into()),
                (REL_CORE.into(), "docProps/core.xml".into()),
                (REL_APP.into(), "docProps/app.xml".into()),
            ]),
        ),
        ("docProps/core.xml".into(), core_xml(map)),
        ("docProps/app.xml".into(), app_xml(count)),
        ("ppt/presentation.xml".into(), presentation_xml(count)),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            presentation_rels(count),
        ),
        ("ppt/presProps.xml".into(), simple("p:presentationPr", &[])),
        ("ppt/viewProps.xml".into(), simple("p:viewPr", &[])),
        (
            "ppt/tableStyles.xml".into(),
            simple(
                "a:tblStyleLst",
                &[("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}")],
            ),
        ),
        ("ppt/theme/theme1.xml".into(), theme_xml()),
        ("ppt/theme/theme2.xml".into(), theme_xml()),
        (
            "ppt/slideMasters/slideMaster1.xml".into(),
            slide_master_xml(),
        ),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
            relationships(&[
                rel("slideLayout", "../slideLayouts/slideLayout1.xml"),
                rel("theme", "../theme/theme1.xml"),
            ]),
        ),
        (
            "ppt/slideLayouts/slideLayout1.xml".into(),
            slide_layout_xml(),
        ),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
            relationships(&[rel("slideMaster", "../slideMasters/slideMaster1.xml")]),
        ),
        (
            "ppt/notesMasters/notesMaster1.xml".into(),
            notes_master_xml(),
        ),
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels".into(),
            relationships(&[rel("theme", "../theme/theme2.xml")]),
        ),
    ];
    for (index, slide) in slides.iter().enumerate() {
        let number = index + 1;
        files.push((format!("ppt/slides/slide{number}.xml"), slide.xml.clone()));
        let mut rels = vec![
            rel("slideLayout", "../slideLayouts/slideLayout1.xml"),
            rel(
                "notesSlide",
                format!("../notesSlides/notesSlide{number}.xml"),
            ),
        ];
        for &image in &slide_media[index] {
            rels.push(rel("image", format!("../media/{}", media_name(image))));
        }
        files.push((
            format!("ppt/slides/_rels/slide{number}.xml.rels"),
            relationships(&rels),
        ));
        files.push((
            format!("ppt/notesSlides/notesSlide{number}.xml"),
            notes_xml(&slide.notes, map.language()),
        ));
        files.push((
            format!("ppt/notesSlides/_rels/notesSlide{number}.xml.rels"),
            relationships(&[
                rel("notesMaster", "../notesMasters/notesMaster1.xml"),
                rel("slide", format!("../slides/slide{number}.xml")),
            ]),
        ));
    }
    for (index, (_, data)) in media.iter().enumerate() {
        files.push((format!("ppt/media/{}", media_name(index)), data.to_vec()));
    }
    zip_files(&files)
}

fn zip_files(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, ExportError> {
    let encode = |error: zip::result::ZipError| ExportError::Package(error.to_string());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).map_err(encode)?;
        zip.write_all(bytes)
            .map_err(|error| ExportError::Package(error.to_string()))?;
    }
    Ok(zip.finish().map_err(encode)?.into_inner())
}
