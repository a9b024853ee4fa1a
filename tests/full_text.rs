//! Exported pictures show every text whole: a slide deck cannot be hovered, so nothing a
//! map's author wrote may end in "…" or be cut off there. The canvas keeps eliding.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

use egui::Rect;
use journeymap::export::ExportOptions;
use journeymap::file;
use journeymap::layout::{LayoutOptions, MapLayout, TextLine, layout};
use journeymap::model::JourneyMap;
use journeymap::paint::{Shape, paint};
use journeymap::samples::SAMPLES;
use journeymap::theme::{Metrics, Theme};

fn load(json: &str) -> JourneyMap {
    file::load(json.as_bytes()).unwrap().map
}

fn exported(map: &JourneyMap) -> MapLayout {
    layout(map, &Metrics::default(), ExportOptions::default().layout)
}

/// Whitespace as one space, as a reader sees wrapped text.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of every text shape, in the order painted.
fn painted_texts(laid_out: &MapLayout) -> Vec<String> {
    paint(laid_out, &Theme::default())
        .into_iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text),
            _ => None,
        })
        .collect()
}

/// Whether some run of consecutive painted lines, joined with spaces, reads `text`.
fn painted_whole(texts: &[String], text: &str) -> bool {
    let wanted = normalised(text);
    (0..texts.len()).any(|start| {
        let mut joined = String::new();
        for line in &texts[start..] {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(line.trim());
            if joined == wanted {
                return true;
            }
            if joined.len() >= wanted.len() {
                return false;
            }
        }
        false
    })
}

/// Every text of a map a reader expects in its picture: what the author wrote, and the
/// names the map shows for channels, lane kinds and the legend.
fn every_field(map: &JourneyMap) -> Vec<(String, String)> {
    let language = map.language();
    let mut fields = vec![
        ("title".to_owned(), map.title.clone()),
        ("description".to_owned(), map.description.clone()),
    ];
    for card in &map.cards {
        fields.push((format!("title of {}", card.id), card.title.clone()));
        fields.push((format!("body of {}", card.id), card.body.clone()));
        if let Some(channel) = card.channel {
            fields.push((format!("channel of {}", card.id), channel.label(language)));
        }
        if let Some(owner) = &card.owner {
            fields.push((format!("owner of {}", card.id), owner.clone()));
        }
    }
    for lane in &map.lanes {
        fields.push((format!("name of lane {}", lane.id), lane.name.clone()));
        let kind = lane.kind.label(language);
        if !lane.name.trim().eq_ignore_ascii_case(&kind) {
            fields.push((format!("caption of lane {}", lane.id), kind));
        }
        if let Some(line) = lane.line_below {
            fields.push((format!("line under lane {}", lane.id), line.label(language)));
        }
    }
    for phase in &map.phases {
        fields.push((format!("name of phase {}", phase.id), phase.name.clone()));
        if let Some(group) = &phase.group {
            fields.push((format!("group of phase {}", phase.id), group.clone()));
        }
    }
    for link in &map.links {
        if let Some(label) = &link.label {
            fields.push((format!("label of link {}", link.id), label.clone()));
        }
    }
    for persona in map.personas.iter().filter(|p| !p.hidden) {
        fields.push((format!("persona {}", persona.id), persona.name.clone()));
    }
    fields.retain(|(_, text)| !text.trim().is_empty());
    fields
}

#[test]
fn every_sample_exports_every_text_in_full_and_nothing_elided() {
    assert_eq!(SAMPLES.len(), 14);
    for sample in SAMPLES {
        let map = load(sample.json);
        let texts = painted_texts(&exported(&map));
        for (field, text) in every_field(&map) {
            assert!(
                painted_whole(&texts, &text),
                "{}: the {field} is not painted whole: {text:?}",
                sample.name
            );
        }
        for text in &texts {
            assert!(
                !text.ends_with('…') || sample.json.contains(text.as_str()),
                "{}: {text:?} is elided",
                sample.name
            );
        }
    }
}

/// Every text line of a laid-out map with the box it must stay inside.
fn lines_in_boxes<'a>(
    laid_out: &'a MapLayout,
    metrics: &Metrics,
) -> Vec<(&'a TextLine, Rect, String)> {
    let mut found = Vec::new();
    let mut add = |lines: &'a [TextLine], rect: Rect, what: String| {
        found.extend(lines.iter().map(|line| (line, rect, what.clone())));
    };
    for card in &laid_out.cards {
        // The card's content stays inside its padding.
        let inner = card.rect.shrink(metrics.card_padding - 0.5);
        add(&card.title, inner, format!("title of {}", card.id));
        add(&card.body, inner, format!("body of {}", card.id));
        if let Some((_, _, channel)) = &card.channel {
            add(channel, inner, format!("channel of {}", card.id));
        }
        if let Some((_, owner)) = &card.owner {
            add(owner, inner, format!("owner of {}", card.id));
        }
    }
    for row in &laid_out.rows {
        add(&row.name, row.header, format!("name of lane {}", row.lane));
        add(
            &row.caption,
            row.header,
            format!("caption of lane {}", row.lane),
        );
    }
    for column in &laid_out.columns {
        add(
            &column.name,
            column.header,
            format!("phase {}", column.phase),
        );
    }
    for group in &laid_out.groups {
        add(&group.name, group.rect, "group band".to_owned());
    }
    for link in &laid_out.links {
        if let Some(label) = &link.label {
            add(&label.lines, label.rect, format!("label of {}", link.id));
        }
    }
    if let Some(title) = &laid_out.title {
        add(&title.title, title.rect, "title".to_owned());
        add(&title.description, title.rect, "description".to_owned());
    }
    if let Some(legend) = &laid_out.legend {
        for (_, _, lines) in &legend.entries {
            add(lines, legend.rect, "legend".to_owned());
        }
    }
    found
}

fn assert_every_line_inside_its_box(name: &str, laid_out: &MapLayout) {
    let metrics = Metrics::default();
    for (line, rect, what) in lines_in_boxes(laid_out, &metrics) {
        let bounds = Rect::from_min_size(
            line.pos,
            egui::vec2(line.style.width(&line.text), line.style.line_height()),
        );
        assert!(
            rect.expand(0.5).contains_rect(bounds),
            "{name}: the {what} line {:?} at {bounds:?} runs out of {rect:?}",
            line.text
        );
    }
}

fn assert_rows_aligned(name: &str, laid_out: &MapLayout) {
    for pair in laid_out.rows.windows(2) {
        assert_eq!(pair[0].body.bottom(), pair[1].body.top(), "{name}");
    }
    for row in &laid_out.rows {
        assert_eq!(
            row.header.y_range(),
            row.body.y_range(),
            "{name}: {}",
            row.lane
        );
    }
}

#[test]
fn every_exported_text_line_stays_inside_its_box_and_rows_stay_aligned() {
    for sample in SAMPLES {
        let laid_out = exported(&load(sample.json));
        assert_every_line_inside_its_box(sample.name, &laid_out);
        assert_rows_aligned(sample.name, &laid_out);
        // The state chip follows the title's last line and covers none of it.
        let title = laid_out.title.as_ref().unwrap();
        for line in &title.title {
            let bounds = Rect::from_min_size(
                line.pos,
                egui::vec2(line.style.width(&line.text), line.style.line_height()),
            );
            assert!(!bounds.intersects(title.state_chip.0), "{}", sample.name);
        }
    }
}

/// A map with texts far longer than any box: a title over several lines, a lane name of
/// a paragraph, and link labels of a sentence.
fn long_texts() -> JourneyMap {
    let mut map = load(SAMPLES[0].json);
    map.title = "Ik wil een hypotheek voor ons eerste huis, en dan het liefst zonder drie keer \
                 hetzelfde verhaal te vertellen aan drie verschillende adviseurs die elkaar \
                 niet kennen"
        .to_owned();
    map.lanes[0].name = "Wat de klant doet, denkt en zegt tegen de adviseur aan de telefoon \
                         wanneer het online formulier halverwege vastloopt"
        .to_owned();
    for link in &mut map.links {
        link.label = Some("Belt terug na drie dagen en vraagt alles opnieuw op".to_owned());
    }
    map
}

#[test]
fn long_titles_lane_names_and_labels_are_wrapped_whole_and_labels_balanced() {
    let map = long_texts();
    let laid_out = exported(&map);
    let texts = painted_texts(&laid_out);
    for (field, text) in every_field(&map) {
        assert!(painted_whole(&texts, &text), "the {field} is cut: {text:?}");
    }
    assert_every_line_inside_its_box("long texts", &laid_out);
    assert_rows_aligned("long texts", &laid_out);
    let title = laid_out.title.as_ref().unwrap();
    assert!(title.title.len() > 1, "{:?}", title.title);
    assert!(
        laid_out.rows[0].name.len() > 3,
        "{:?}",
        laid_out.rows[0].name
    );

    // Each label is two lines of about the same width, where filling the first line
    // would leave a short tail.
    let style = Metrics::default().small;
    let mut labels = 0;
    for link in &laid_out.links {
        let Some(label) = &link.label else { continue };
        labels += 1;
        let widths: Vec<f32> = label
            .lines
            .iter()
            .map(|line| style.width(&line.text))
            .collect();
        assert_eq!(widths.len(), 2, "{:?}", label.lines);
        let text = map.links.iter().find(|l| l.id == link.id).unwrap();
        let text = text.label.as_deref().unwrap();
        let greedy: Vec<f32> = style
            .wrap(text, 170.0, 10)
            .iter()
            .map(|line| style.width(line))
            .collect();
        assert_eq!(greedy.len(), 2);
        let (balanced_gap, greedy_gap) =
            ((widths[0] - widths[1]).abs(), (greedy[0] - greedy[1]).abs());
        assert!(
            balanced_gap * 3.0 < greedy_gap,
            "balanced {widths:?}, greedy {greedy:?}"
        );
        assert!(widths.iter().all(|&w| w <= 170.0));
    }
    assert!(labels > 0);
}

#[test]
fn the_canvas_still_elides_what_an_export_shows_whole() {
    let metrics = Metrics::default();
    let map = long_texts();
    let canvas = layout(&map, &metrics, LayoutOptions::default());
    let export = exported(&map);
    let title = canvas.title.as_ref().unwrap();
    assert_eq!(title.title.len(), 1);
    assert!(title.title[0].text.ends_with('…'));
    assert!(canvas.rows[0].name.len() <= 3);
    assert!(canvas.rows[0].name.last().unwrap().text.ends_with('…'));
    assert!(canvas.rows[0].body.height() < export.rows[0].body.height());
    for link in &canvas.links {
        let Some(label) = &link.label else { continue };
        assert_eq!(label.lines.len(), 1);
        assert!(label.lines[0].text.ends_with('…'), "{:?}", label.lines);
    }
    // Cards keep at most their few lines on the canvas; some sample card says more.
    let mut elided = 0;
    for sample in SAMPLES {
        let laid_out = layout(&load(sample.json), &metrics, LayoutOptions::default());
        for card in &laid_out.cards {
            assert!(card.title.len() <= metrics.title_lines);
            assert!(card.body.len() <= metrics.body_lines);
            elided += usize::from(card.body.last().is_some_and(|l| l.text.ends_with('…')));
        }
    }
    assert!(elided > 0);
}

#[test]
fn megabytes_of_text_are_cut_after_hundreds_of_lines_and_lay_out_quickly() {
    let mut map = load(SAMPLES[0].json);
    let huge = "heel lang verhaal ".repeat(170_000);
    map.cards[0].body = huge.clone();
    map.cards[1].title = "W".repeat(3_000_000);
    map.description = huge.clone();
    map.lanes[0].name = huge.clone();
    map.links[0].label = Some(huge.clone());
    let started = std::time::Instant::now();
    let laid_out = exported(&map);
    let took = started.elapsed();
    // Milliseconds in a release build; a debug build on a busy machine is given room.
    assert!(took.as_secs_f32() < 5.0, "{took:?}");
    let card = laid_out
        .cards
        .iter()
        .find(|c| c.id == map.cards[0].id)
        .unwrap();
    let most = journeymap::layout::MAX_FULL_TEXT_LINES;
    assert_eq!(card.body.len(), most);
    assert!(card.body.last().unwrap().text.ends_with('…'));
    let title_card = laid_out
        .cards
        .iter()
        .find(|c| c.id == map.cards[1].id)
        .unwrap();
    assert_eq!(title_card.title.len(), most);
    let description = &laid_out.title.as_ref().unwrap().description;
    assert_eq!(description.len(), most);
    assert!(laid_out.rows[0].name.len() <= most);
    let label = laid_out.links[0].label.as_ref().unwrap();
    assert!(label.lines.len() <= most);
    assert_every_line_inside_its_box("megabytes", &laid_out);
}
