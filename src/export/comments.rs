//! Open comments in an export, when asked for: a numbered marker at what each is on, and
//! their list to the right of the map, replies indented. A pure function of the map and
//! its layout, so every exporter draws the same, and the canvas (which shows comments in
//! its panel and badges) never does.

use egui::{Color32, Pos2, Rect, pos2, vec2};

use crate::layout::{MapLayout, line_spacing};
use crate::model::{Comment, CommentTarget, JourneyMap, comment_time_text, comments_in_map_order};
use crate::paint::{Shape, Stroke};
use crate::text::{TextStyle, Weight};
use crate::theme::Theme;

/// The markers' colour: the warm orange of the editor's comment badges.
pub const MARKER_COLOR: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x00);

/// A marker's radius, in map units.
const MARKER_RADIUS: f32 = 9.0;

/// How wide the list beside the map is.
const LIST_WIDTH: f32 = 340.0;

/// Space between the map and the list, and around the list.
const GAP: f32 = 32.0;

/// At most this many lines of one comment or reply: a list is read beside the map, not
/// instead of it.
const MAX_LINES: usize = 30;

/// The open comments of a map as shapes, and the bounds of the map and them together; `None`
/// when the map has no open comment (the export is then exactly as without).
pub fn comment_shapes(
    map: &JourneyMap,
    laid_out: &MapLayout,
    theme: &Theme,
) -> Option<(Vec<Shape>, Rect)> {
    let open: Vec<&Comment> = comments_in_map_order(map)
        .into_iter()
        .filter_map(|i| map.comments.get(i))
        .filter(|c| !c.resolved)
        .collect();
    if open.is_empty() {
        return None;
    }
    let mut shapes = Vec::new();
    // Several comments on one thing line up leftwards from its corner.
    let mut taken: Vec<(CommentTarget, usize)> = Vec::new();
    for (index, comment) in open.iter().enumerate() {
        let on = comment.on.shown_on(map);
        let earlier = match taken.iter_mut().find(|(t, _)| *t == on) {
            Some((_, count)) => {
                *count += 1;
                *count - 1
            }
            None => {
                taken.push((on.clone(), 1));
                0
            }
        };
        if let Some(center) = marker_center(laid_out, &on, earlier) {
            marker(center, index + 1, &mut shapes);
        }
    }
    let list = list_shapes(map, &open, laid_out.bounds, theme, &mut shapes);
    Some((shapes, laid_out.bounds.union(list)))
}

/// Where the marker of a comment goes, the `earlier`th on the same thing: on a card's
/// top-right corner, where it covers none of the card's words; inside the top-right corner
/// of a header or the title; to the right of a link's label. More markers on one thing
/// line up beside the first.
fn marker_center(laid_out: &MapLayout, on: &CommentTarget, earlier: usize) -> Option<Pos2> {
    let step = 2.0 * MARKER_RADIUS + 3.0;
    let along = earlier as f32 * step;
    let inside = |corner: Pos2| corner + vec2(-(MARKER_RADIUS + 4.0) - along, MARKER_RADIUS + 4.0);
    match on {
        CommentTarget::Map => Some(laid_out.title.as_ref().map_or_else(
            || laid_out.bounds.left_top() + vec2(MARKER_RADIUS + 4.0 + along, MARKER_RADIUS + 4.0),
            |t| inside(t.rect.right_top()),
        )),
        CommentTarget::Card(id) => laid_out
            .cards
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.rect.right_top() - vec2(along, 0.0)),
        CommentTarget::Phase(id) => laid_out
            .columns
            .iter()
            .find(|c| &c.phase == id)
            .map(|c| inside(c.header.right_top())),
        CommentTarget::Lane(id) => laid_out
            .rows
            .iter()
            .find(|r| &r.lane == id)
            .map(|r| inside(r.header.right_top())),
        CommentTarget::Link(id) => laid_out.links.iter().find(|l| &l.id == id).and_then(|l| {
            let beside = vec2(MARKER_RADIUS + 3.0 + along, 0.0);
            l.label
                .as_ref()
                .map(|label| label.rect.right_center() + beside)
                .or_else(|| {
                    l.path
                        .get(l.path.len() / 2)
                        .map(|p| *p + beside - vec2(0.0, MARKER_RADIUS + 3.0))
                })
        }),
    }
}

/// A filled circle with a number in it.
fn marker(center: Pos2, number: usize, shapes: &mut Vec<Shape>) {
    shapes.push(Shape::Circle {
        center,
        radius: MARKER_RADIUS,
        fill: MARKER_COLOR,
        stroke: Some(Stroke::solid(1.5, Color32::WHITE)),
    });
    let style = TextStyle::new(if number > 99 { 8.0 } else { 10.5 }, Weight::SemiBold);
    let text = number.to_string();
    let width = style.width(&text);
    shapes.push(Shape::Text {
        pos: center - vec2(width / 2.0, style.line_height() / 2.0),
        text,
        style,
        color: Color32::WHITE,
        width,
    });
}

/// Lines of text at `x`, from `y` down, wrapped to `width`; returns the y below them.
fn lines(
    text: &str,
    at: Pos2,
    width: f32,
    style: TextStyle,
    color: Color32,
    shapes: &mut Vec<Shape>,
) -> f32 {
    let mut y = at.y;
    for line in style.wrap(text, width, MAX_LINES) {
        let line_width = style.width(&line);
        shapes.push(Shape::Text {
            pos: pos2(at.x, y),
            text: line,
            style,
            color,
            width: line_width,
        });
        y += line_spacing(style);
    }
    y
}

/// The list to the right of `map_bounds`, in the map's language; returns its area.
fn list_shapes(
    map: &JourneyMap,
    open: &[&Comment],
    map_bounds: Rect,
    theme: &Theme,
    shapes: &mut Vec<Shape>,
) -> Rect {
    let language = map.language();
    let anonymous = crate::tr_in!(language, "map-comment-anonymous");
    let said = |author: &str, time: &str, text: &str| {
        let author = if author.trim().is_empty() {
            anonymous.as_str()
        } else {
            author
        };
        let time = comment_time_text(time, language);
        if time.is_empty() {
            format!("{author}: {text}")
        } else {
            format!("{author}, {time}: {text}")
        }
    };
    let left = map_bounds.right() + GAP;
    let top = map_bounds.top() + GAP;
    let heading = TextStyle::new(16.0, Weight::SemiBold);
    let body = TextStyle::new(11.0, Weight::Regular);
    let mut y = lines(
        &crate::tr_in!(language, "map-comments-heading"),
        pos2(left, top),
        LIST_WIDTH,
        heading,
        theme.palette.text,
        shapes,
    ) + 8.0;
    let text_left = left + 2.0 * MARKER_RADIUS + 8.0;
    let text_width = LIST_WIDTH - (text_left - left);
    for (index, comment) in open.iter().enumerate() {
        marker(
            pos2(left + MARKER_RADIUS, y + body.line_height() / 2.0),
            index + 1,
            shapes,
        );
        let text = said(&comment.author, &comment.time, &comment.text);
        y = lines(
            &text,
            pos2(text_left, y),
            text_width,
            body,
            theme.palette.text,
            shapes,
        );
        for reply in &comment.replies {
            let text = said(&reply.author, &reply.time, &reply.text);
            y = lines(
                &text,
                pos2(text_left + 16.0, y + 2.0),
                text_width - 16.0,
                body,
                theme.palette.muted_text,
                shapes,
            );
        }
        y += 10.0;
    }
    Rect::from_min_max(
        pos2(left - GAP, map_bounds.top()),
        pos2(left + LIST_WIDTH + GAP, y + GAP),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{LayoutOptions, layout};
    use crate::model::Reply;

    fn map_with_comments() -> JourneyMap {
        let mut map = crate::file::load(crate::samples::SAMPLES[0].json.as_bytes())
            .unwrap()
            .map;
        map.comments.clear();
        let card = map.cards[0].id.clone();
        let comment = |id: &str, on: CommentTarget, text: &str, resolved: bool| Comment {
            id: crate::model::CommentId(id.into()),
            on,
            author: "Anna".into(),
            time: "2026-12-07T18:40:00Z".into(),
            text: text.into(),
            resolved,
            replies: Vec::new(),
        };
        map.comments.push(comment(
            "m1",
            CommentTarget::Card(card.clone()),
            "Why here?",
            false,
        ));
        map.comments.push(comment(
            "m2",
            CommentTarget::Map,
            "Looks good overall.",
            false,
        ));
        map.comments
            .push(comment("m3", CommentTarget::Card(card), "Old remark", true));
        map.comments[0].replies.push(Reply {
            id: crate::model::CommentId("m4".into()),
            author: "Bram".into(),
            time: "2026-12-08T09:00:00Z".into(),
            text: "Because the branch is closed.".into(),
        });
        map
    }

    fn texts(shapes: &[Shape]) -> Vec<&str> {
        shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn open_comments_are_numbered_in_map_order_and_listed_to_the_right() {
        let map = map_with_comments();
        let theme = Theme::default();
        let laid_out = layout(&map, &theme.metrics, LayoutOptions::export());
        let (shapes, bounds) = comment_shapes(&map, &laid_out, &theme).unwrap();
        let all = texts(&shapes).join(" ");
        // The map's comment comes first, then the card's; the resolved one is left out.
        let overall = all.find("Looks good overall.").unwrap();
        let why = all.find("Why here?").unwrap();
        assert!(overall < why, "{all}");
        assert!(all.contains("Because the branch is closed."), "{all}");
        assert!(!all.contains("Old remark"), "{all}");
        assert!(all.contains("Anna, 7 Dec"), "{all}");
        // Two markers on the map and two in the list.
        let circles = shapes
            .iter()
            .filter(|s| matches!(s, Shape::Circle { .. }))
            .count();
        assert_eq!(circles, 4);
        // The list widens the picture to the right and stays inside the new bounds.
        assert!(bounds.right() > laid_out.bounds.right() + LIST_WIDTH);
        assert!(shapes.iter().all(|s| bounds.contains_rect(s.bounds())));
    }

    #[test]
    fn a_map_without_open_comments_adds_nothing() {
        let mut map = map_with_comments();
        for comment in &mut map.comments {
            comment.resolved = true;
        }
        let theme = Theme::default();
        let laid_out = layout(&map, &theme.metrics, LayoutOptions::export());
        assert!(comment_shapes(&map, &laid_out, &theme).is_none());
    }
}
