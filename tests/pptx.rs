//! PowerPoint exports: a well-formed package whose slides are shapes, not pictures; each
//! card a group around a rounded rectangle holding its title; a slide per phase with its
//! name and speaker notes; and any text a map holds written so PowerPoint can open it.
//! How LibreOffice and python-pptx read them is checked by `tests/pptx.sh`.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use std::collections::BTreeMap;
use std::io::Read;

use journeymap::export::{self, ExportOptions, Page};
use journeymap::file;
use journeymap::model::{JourneyMap, LinkKind};
use journeymap::samples::{self, SAMPLES};
use quick_xml::events::Event;

fn sample(name: &str) -> JourneyMap {
    file::load(samples::find(name).unwrap().json.as_bytes())
        .unwrap()
        .map
}

fn per_phase() -> ExportOptions {
    ExportOptions {
        per_phase: true,
        ..ExportOptions::default()
    }
}

/// Every XML file in the package, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    unzip_bytes(bytes)
        .into_iter()
        .filter(|(name, _)| !name.starts_with("ppt/media/"))
        .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
        .collect()
}

/// Every file in the package, by name, as bytes.
fn unzip_bytes(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        files.insert(file.name().unwrap().into_owned(), bytes);
    }
    files
}

/// An element: its name, attributes, text and children.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attributes: BTreeMap<String, String>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn all<'a>(&'a self, name: &str, out: &mut Vec<&'a Node>) {
        if self.name == name {
            out.push(self);
        }
        for child in &self.children {
            child.all(name, out);
        }
    }

    fn find_all(&self, name: &str) -> Vec<&Node> {
        let mut out = Vec::new();
        self.all(name, &mut out);
        out
    }

    /// The text of a shape's paragraphs, one line each, as python-pptx reads it.
    fn shape_text(&self) -> String {
        self.find_all("a:p")
            .iter()
            .map(|p| {
                p.find_all("a:t")
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Parses XML strictly (end tags must match), failing the test on any error.
fn parse(xml: &str) -> Node {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![Node::default()];
    loop {
        match reader.read_event().unwrap() {
            Event::Start(start) => stack.push(node(&start)),
            Event::Empty(start) => {
                let done = node(&start);
                stack.last_mut().unwrap().children.push(done);
            }
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(text) => {
                let text = text.xml10_content().unwrap();
                stack.last_mut().unwrap().text.push_str(&text);
            }
            Event::GeneralRef(reference) => {
                let name = reference.decode().unwrap();
                let resolved = match name.as_ref() {
                    "lt" => "<".to_owned(),
                    "gt" => ">".to_owned(),
                    "amp" => "&".to_owned(),
                    "quot" => "\"".to_owned(),
                    "apos" => "'".to_owned(),
                    other => {
                        let ch = reference.resolve_char_ref().unwrap();
                        ch.map_or_else(|| panic!("unknown entity {other}"), String::from)
                    }
                };
                stack.last_mut().unwrap().text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    stack.pop().unwrap()
}

fn node(start: &quick_xml::events::BytesStart<'_>) -> Node {
    Node {
        name: String::from_utf8(start.name().as_ref().to_vec()).unwrap(),
        attributes: start
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned(),
                )
            })
            .collect(),
        ..Node::default()
    }
}

fn slide(files: &BTreeMap<String, String>, number: usize) -> Node {
    parse(&files[&format!("ppt/slides/slide{number}.xml")])
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_card_is_a_group_around_a_rounded_rectangle_that_holds_its_title() {
    for sample_file in SAMPLES {
        let map = file::load(sample_file.json.as_bytes()).unwrap().map;
        let files = unzip(&export::pptx::pptx(&map, &ExportOptions::default()).unwrap());
        let overview = slide(&files, 1);
        let groups = overview.find_all("p:grpSp");
        for card in &map.cards {
            let holder = groups.iter().find_map(|group| {
                group.children.iter().find(|shape| {
                    shape.name == "p:sp"
                        && shape.shape_text() == card.title
                        && shape
                            .find_all("a:prstGeom")
                            .first()
                            .is_some_and(|g| g.attributes["prst"] == "roundRect")
                })
            });
            let holder = holder.unwrap_or_else(|| {
                panic!(
                    "{}: no group holds a rounded rectangle with the title {:?}",
                    sample_file.name, card.title
                )
            });
            // The title is bold and set in Inter.
            let run = holder.find_all("a:rPr")[0];
            assert_eq!(run.attributes["b"], "1");
            assert_eq!(run.find_all("a:latin")[0].attributes["typeface"], "Inter");
            // The body is in the same group, as a text box of its own.
            if !card.body.trim().is_empty() {
                let group = groups
                    .iter()
                    .find(|g| g.children.iter().any(|c| std::ptr::eq(c, holder)))
                    .unwrap();
                assert!(
                    group
                        .children
                        .iter()
                        .any(|c| normalised(&c.shape_text()) == normalised(&card.body)),
                    "{}: the body of {:?} is not beside its title",
                    sample_file.name,
                    card.title
                );
            }
        }
    }
}

#[test]
fn no_slide_is_a_picture_of_the_map() {
    let map = sample("ikea-visit");
    let pptx = export::pptx::pptx(&map, &per_phase()).unwrap();
    let files = unzip(&pptx);
    let slides: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.starts_with("ppt/slides/slide"))
        .collect();
    assert_eq!(slides.len(), 1 + map.phases.len());
    // The overview shows each card's and persona's picture, and nothing else as a picture.
    let shown = map.cards.iter().filter(|c| c.picture.is_some()).count()
        + map.personas.iter().filter(|p| p.picture.is_some()).count();
    assert_eq!(
        files["ppt/slides/slide1.xml"].matches("<p:pic>").count(),
        shown
    );
    for (name, xml) in slides {
        assert!(!xml.contains("<a:blipFill"), "{name} holds a bitmap fill");
        // Hundreds of shapes: lanes, cards, lines, faces.
        assert!(xml.matches("<p:sp>").count() > 40, "{name} has few shapes");
    }
    // The package's pictures are the map's own, each once, byte for byte.
    let media: Vec<Vec<u8>> = unzip_bytes(&pptx)
        .into_iter()
        .filter(|(name, _)| name.starts_with("ppt/media/"))
        .map(|(_, bytes)| bytes)
        .collect();
    assert_eq!(media.len(), map.pictures.len());
    for bytes in media {
        assert!(
            map.pictures
                .iter()
                .any(|p| p.data.bytes().as_ref() == bytes.as_slice())
        );
    }
}

#[test]
fn a_slide_per_phase_is_titled_with_its_name_and_its_notes_list_the_cards_and_switches() {
    let map = sample("ikea-visit");
    let files = unzip(&export::pptx::pptx(&map, &per_phase()).unwrap());
    let presentation = parse(&files["ppt/presentation.xml"]);
    assert_eq!(presentation.find_all("p:sldId").len(), 1 + map.phases.len());
    let size = &presentation.find_all("p:sldSz")[0].attributes;
    let (cx, cy): (f64, f64) = (size["cx"].parse().unwrap(), size["cy"].parse().unwrap());
    assert!((cx / cy - 16.0 / 9.0).abs() < 0.001);
    for (index, phase) in map.phases.iter().enumerate() {
        let number = index + 2;
        let slide = slide(&files, number);
        let title = slide
            .find_all("p:sp")
            .into_iter()
            .find(|sp| {
                sp.find_all("p:ph").first().is_some_and(|ph| {
                    ph.attributes.get("type").map(String::as_str) == Some("title")
                })
            })
            .unwrap();
        assert_eq!(title.shape_text(), phase.name);
        let texts: Vec<String> = slide
            .find_all("p:sp")
            .iter()
            .map(|s| s.shape_text())
            .collect();
        let notes = parse(&files[&format!("ppt/notesSlides/notesSlide{number}.xml")]).shape_text();
        for card in map.cards.iter().filter(|c| c.phase == phase.id) {
            assert!(
                texts.contains(&card.title),
                "slide {number} lacks {:?}",
                card.title
            );
            assert!(notes.contains(&normalised(&card.title)), "{notes}");
            if !card.body.trim().is_empty() {
                assert!(notes.contains(&normalised(&card.body)), "{notes}");
            }
        }
        for card in map.cards.iter().filter(|c| c.phase != phase.id) {
            assert!(
                !texts.contains(&card.title),
                "slide {number} shows {:?}",
                card.title
            );
        }
        let starting_here = map.links.iter().filter(|link| {
            link.kind == LinkKind::ChannelSwitch
                && map.card(&link.from).is_some_and(|c| c.phase == phase.id)
        });
        for link in starting_here {
            let from = &map.card(&link.from).unwrap().title;
            let to = &map.card(&link.to).unwrap().title;
            assert!(
                notes.contains(&format!("{} → {}", normalised(from), normalised(to))),
                "{notes}"
            );
        }
    }
    // The overview's notes name the phases.
    let overview_notes = parse(&files["ppt/notesSlides/notesSlide1.xml"]).shape_text();
    for phase in &map.phases {
        assert!(overview_notes.contains(&phase.name));
    }
}

#[test]
fn the_notes_of_a_dutch_map_are_in_dutch() {
    let map = sample("ikea-bezoek");
    let files = unzip(&export::pptx::pptx(&map, &per_phase()).unwrap());
    let notes = parse(&files["ppt/notesSlides/notesSlide2.xml"]).shape_text();
    assert!(
        notes.contains("kaarten:") || notes.contains("Eén kaart:"),
        "{notes}"
    );
    assert!(notes.contains("Kanaal:"), "{notes}");
}

#[test]
fn the_overview_is_framed_as_a_slide_picture_is() {
    let map = sample("bank-account");
    let options = ExportOptions {
        page: Page::Slide,
        ..ExportOptions::default()
    };
    let (shapes, bounds) = export::picture(&map, &options);
    let (view, _) = Page::Slide.frame(bounds);
    let files = unzip(&export::pptx::pptx(&map, &ExportOptions::default()).unwrap());
    let overview = slide(&files, 1);
    // The phase headers: coloured rounded rectangles, where the picture has them.
    let theme = journeymap::theme::Theme::default();
    let laid_out = journeymap::layout::layout(
        &map,
        &theme.metrics,
        journeymap::layout::LayoutOptions::export(),
    );
    assert!(!shapes.is_empty());
    let emu = 12_192_000.0 / view.width() as f64;
    for column in &laid_out.columns {
        let x = ((column.header.left() - view.left()) as f64 * emu).round() as i64;
        let y = ((column.header.top() - view.top()) as f64 * emu).round() as i64;
        let found = overview.find_all("a:off").iter().any(|off| {
            let at = |key: &str| off.attributes[key].parse::<i64>().unwrap();
            (at("x") - x).abs() <= 2 && (at("y") - y).abs() <= 2
        });
        assert!(found, "no shape at the header of a phase ({x}, {y})");
    }
}

#[test]
fn any_text_a_map_holds_is_written_as_xml_powerpoint_can_read() {
    let mut map = sample("bank-account");
    let hostile = "Nul\u{0}bel\u{7} <b>&amp;</b> \"quoted\" 'single' \u{1b}[31m \u{FFFF}\u{FFFE} 👩‍⚕️ 🇳🇱 \u{202e}rtl";
    map.title = hostile.to_owned();
    map.cards[0].title = hostile.to_owned();
    map.cards[1].body = format!("{hostile}\n\nsecond paragraph\r\nthird");
    map.phases[0].name = hostile.to_owned();
    let files = unzip(&export::pptx::pptx(&map, &per_phase()).unwrap());
    for (name, xml) in &files {
        // XML 1.0 has no place for these, escaped or not: PowerPoint refuses the file.
        let forbidden = xml.chars().find(|&c| {
            (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFF}' || c == '\u{FFFE}'
        });
        assert_eq!(forbidden, None, "{name}");
        assert!(!xml.contains("&#0;") && !xml.contains("&#x"), "{name}");
        parse(xml);
    }
    let readable: String = hostile
        .chars()
        .filter(|&c| c >= ' ' && c != '\u{FFFF}' && c != '\u{FFFE}')
        .collect();
    let overview = slide(&files, 1);
    assert!(
        overview
            .find_all("p:sp")
            .iter()
            .any(|sp| sp.shape_text() == readable),
        "the card's title is not kept whole"
    );
    // The body's paragraphs stay paragraphs.
    assert!(
        overview
            .find_all("p:sp")
            .iter()
            .any(|sp| { sp.shape_text() == format!("{readable}\n\nsecond paragraph\nthird") })
    );
}

#[test]
fn the_same_map_gives_the_same_file() {
    let map = sample("webshop-reviews");
    let first = export::pptx::pptx(&map, &per_phase()).unwrap();
    let second = export::pptx::pptx(&map, &per_phase()).unwrap();
    assert!(first.starts_with(b"PK"));
    assert_eq!(first, second);
}

#[test]
fn an_empty_map_still_makes_a_presentation() {
    let map = JourneyMap::empty("");
    let files = unzip(&export::pptx::pptx(&map, &per_phase()).unwrap());
    assert!(files.contains_key("ppt/slides/slide1.xml"));
    for (name, xml) in &files {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            parse(xml);
        }
    }
    let types = parse(&files["[Content_Types].xml"]);
    for override_ in types.find_all("Override") {
        let part = override_.attributes["PartName"].trim_start_matches('/');
        assert!(files.contains_key(part), "{part} is listed but missing");
    }
    let rels = parse(&files["ppt/_rels/presentation.xml.rels"]);
    for relationship in rels.find_all("Relationship") {
        let target = format!("ppt/{}", relationship.attributes["Target"]);
        assert!(files.contains_key(&target), "{target} is missing");
    }
    assert_eq!(types.find_all("Default").len(), 2);
}

#[test]
fn each_phase_slide_shows_every_curve_that_crosses_the_phase_as_a_line() {
    let map = sample("ikea-visit");
    let files = unzip(&export::pptx::pptx(&map, &per_phase()).unwrap());
    let mut checked = 0;
    for (index, phase) in map.phases.iter().enumerate() {
        let slide = slide(&files, index + 2);
        for curve in &map.emotion_curves {
            let phase_of = |point: &journeymap::model::EmotionPoint| {
                map.phases.iter().position(|p| p.id == point.phase).unwrap()
            };
            let before = curve.points.iter().any(|p| phase_of(p) <= index);
            let after = curve.points.iter().any(|p| phase_of(p) >= index);
            let inside = curve.points.iter().any(|p| p.phase == phase.id);
            if !(before && after) || (!inside && curve.points.len() < 2) {
                continue;
            }
            let color = map.persona(&curve.persona).unwrap().color;
            let hex = format!("{:02X}{:02X}{:02X}", color.r, color.g, color.b);
            // An open freeform stroked in the persona's colour, a good part of the slide wide.
            let line = slide.find_all("p:sp").into_iter().find(|sp| {
                let open = sp
                    .find_all("a:path")
                    .first()
                    .is_some_and(|p| p.attributes.get("fill").map(String::as_str) == Some("none"));
                let stroked = sp.find_all("a:ln").first().is_some_and(|ln| {
                    ln.find_all("a:srgbClr")
                        .first()
                        .is_some_and(|c| c.attributes["val"] == hex)
                });
                let wide = sp.find_all("a:ext").first().is_some_and(|ext| {
                    ext.attributes["cx"].parse::<i64>().unwrap() > 12_192_000 / 20
                });
                open && stroked && wide
            });
            assert!(
                line.is_some(),
                "slide {} lacks the curve in {hex}",
                index + 2
            );
            checked += 1;
        }
    }
    assert!(checked >= 2 * map.phases.len() - 2, "{checked}");
}
