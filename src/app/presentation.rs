//! Presentation mode (View ▸ Present, F5): the map full screen without menus or panels, an
//! overview and then each phase in turn, the other phases dimmed, one persona's curve at a
//! time. It only looks at the map: no widget that edits is drawn and no editing key is
//! read, and Esc brings back the editor exactly as it was.

use egui::{Color32, Key, Modifiers, Rect, Sense, Ui, ViewportCommand, vec2};

use super::JourneyApp;
use super::selection::Selection;
use super::view::View;
use crate::layout::{LayoutOptions, MapLayout, layout};
use crate::model::{JourneyMap, PersonaId};
use crate::paint::egui_backend::draw;
use crate::paint::{Shape, paint};
use crate::theme::Theme;

/// What the room sees around the page: dark, so the page is what the eye finds.
const SURROUND: Color32 = Color32::from_rgb(0x20, 0x21, 0x24);

/// Over the phases not being talked about: the surround, most of the way.
const DIM: Color32 = Color32::from_rgba_premultiplied(0x18, 0x19, 0x1b, 0xc0);

/// The band at the bottom of the screen kept for the caption, so it covers no card.
const CAPTION_ROOM: f32 = 36.0;

/// The keys that go to the next step: arrows, Page Down (what a clicker sends), space,
/// Enter and N.
const NEXT: [Key; 6] = [
    Key::ArrowRight,
    Key::ArrowDown,
    Key::PageDown,
    Key::Space,
    Key::Enter,
    Key::N,
];

/// The keys that go back a step (P is the persona switch).
const PREVIOUS: [Key; 4] = [Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace];

/// The keys that black the screen out and back (clickers have a button for it).
const BLACK: [Key; 2] = [Key::B, Key::Period];

/// The editor as it was when the presentation started, brought back by Esc.
struct Before {
    view: View,
    canvas: Rect,
    selection: Selection,
    show_palette: bool,
    show_inspector: bool,
    show_switches: bool,
    /// Whether the window was full screen already; unknown counts as not.
    fullscreen: bool,
}

/// A presentation under way.
pub(super) struct Presentation {
    /// 0 is the whole map; `k` is the `k`th phase.
    step: usize,
    /// The one persona whose curve shows; `None` shows them all.
    persona: Option<PersonaId>,
    /// The map's shapes with only that persona's curve, and the revision they are of.
    persona_shapes: Option<(u64, Vec<Shape>)>,
    /// Whether the screen is blacked out.
    black: bool,
    /// The view shown when the step last changed, and when (egui's seconds): the view
    /// glides from there to the step's.
    glide_from: (View, f64),
    before: Before,
}

/// How many steps a presentation of this layout has: the overview and one per phase.
pub fn step_count(laid_out: &MapLayout) -> usize {
    laid_out.columns.len() + 1
}

/// What a step shows, in map space: the whole map for step 0, else the phase's column with
/// its header, through every lane.
pub fn step_focus(laid_out: &MapLayout, step: usize) -> Rect {
    match step.checked_sub(1).and_then(|k| laid_out.columns.get(k)) {
        Some(column) => column.header.union(column.body),
        None => laid_out.bounds,
    }
}

/// Where on the canvas a step's map goes: all of it but the caption's band at the bottom.
pub fn stage(canvas: Rect) -> Rect {
    let mut stage = canvas;
    stage.max.y = (canvas.max.y - CAPTION_ROOM).max(canvas.min.y + 1.0);
    stage
}

/// The view of a step on a canvas: what it shows, as large as the stage allows, centred
/// on it.
pub fn step_view(canvas: Rect, laid_out: &MapLayout, step: usize) -> View {
    let mut view = View::default();
    // The stage starts where the canvas does, so the view fitted to it holds for both.
    view.fit(stage(canvas), step_focus(laid_out, step));
    view
}

/// The view a fraction `t` (0 to 1) of the way from `from` to `to` on a canvas: the map
/// point in the middle travels in a straight line while the zoom changes by the same
/// factor in each moment, so a zoom in and across looks like one movement.
pub fn glide(canvas: Rect, from: View, to: View, t: f32) -> View {
    let middle = canvas.size() / 2.0;
    let centre_of = |view: View| (middle - view.offset) / view.zoom;
    let centre = centre_of(from) + (centre_of(to) - centre_of(from)) * t;
    let zoom = from.zoom * (to.zoom / from.zoom).powf(t);
    View {
        zoom,
        offset: middle - centre * zoom,
    }
}

/// The persona after `current` in the cycle all → each persona in `order` → all.
pub fn next_persona(order: &[PersonaId], current: Option<&PersonaId>) -> Option<PersonaId> {
    let next = match current {
        None => 0,
        Some(id) => order.iter().position(|p| p == id)? + 1,
    };
    order.get(next).cloned()
}

/// The map's shapes with only `persona`'s emotion curve: drawn from a copy of the map in
/// which the other personas are hidden, by the same layout and paint as every picture of
/// it. The document is not touched.
pub fn shapes_with_one_persona(map: &JourneyMap, theme: &Theme, persona: &PersonaId) -> Vec<Shape> {
    let mut shown = map.clone();
    for other in &mut shown.personas {
        other.hidden = other.id != *persona;
    }
    paint(
        &layout(&shown, &theme.metrics, LayoutOptions::default()),
        theme,
    )
}

impl JourneyApp {
    /// Whether the map is being presented.
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }

    /// The step being presented: 0 for the whole map, `k` for the `k`th phase.
    pub fn presentation_step(&self) -> Option<usize> {
        self.presentation.as_ref().map(|p| p.step)
    }

    /// The one persona whose curve the presentation shows; `None` when it shows all.
    pub fn presented_persona(&self) -> Option<&PersonaId> {
        self.presentation.as_ref()?.persona.as_ref()
    }

    /// Starts presenting: full screen, the whole map, nothing else.
    pub(super) fn start_presenting(&mut self, ctx: &egui::Context) {
        let fullscreen = ctx.input(|i| i.viewport().fullscreen).unwrap_or(false);
        self.presentation = Some(Presentation {
            step: 0,
            persona: None,
            persona_shapes: None,
            black: false,
            // The first step is shown at once: the editor's view was of another canvas.
            glide_from: (self.view, f64::NEG_INFINITY),
            before: Before {
                view: self.view,
                canvas: self.canvas,
                selection: self.selection.clone(),
                show_palette: self.show_palette,
                show_inspector: self.show_inspector,
                show_switches: self.show_switches,
                fullscreen,
            },
        });
        // A text field that had the keyboard must not keep it behind the presentation.
        ctx.memory_mut(|m| m.stop_text_input());
        if !fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
    }

    /// Ends the presentation and brings the editor back as it was.
    pub(super) fn stop_presenting(&mut self, ctx: &egui::Context) {
        let Some(presentation) = self.presentation.take() else {
            return;
        };
        let before = presentation.before;
        self.view = before.view;
        self.canvas = before.canvas;
        self.selection = before.selection;
        self.selection.prune(self.doc.map());
        self.show_palette = before.show_palette;
        self.show_inspector = before.show_inspector;
        self.show_switches = before.show_switches;
        if !before.fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }

    /// The keys of a presentation. Only these are read: no key can edit the map.
    pub(super) fn presentation_keys(&mut self, ctx: &egui::Context) {
        let steps = step_count(self.laid_out_now());
        let order: Vec<PersonaId> = self
            .laid_out_now()
            .curves
            .iter()
            .map(|c| c.persona.clone())
            .collect();
        let pressed = |keys: &[Key]| {
            ctx.input_mut(|i| {
                // Every key of the group is taken, none left for anyone else.
                keys.iter()
                    .filter(|key| i.consume_key(Modifiers::NONE, **key))
                    .count()
                    > 0
            })
        };
        let (escape, next, previous, first, last, persona, black) = (
            pressed(&[Key::Escape]),
            pressed(&NEXT),
            pressed(&PREVIOUS),
            pressed(&[Key::Home]),
            pressed(&[Key::End]),
            pressed(&[Key::P]),
            pressed(&BLACK),
        );
        // Quitting is not editing: Ctrl+Q closes the window as it does in the editor.
        let quit = ctx.input_mut(|i| {
            super::Action::Quit
                .shortcuts()
                .iter()
                .any(|s| i.consume_shortcut(s))
        });
        if quit {
            self.act(super::Action::Quit);
        }
        if escape {
            self.stop_presenting(ctx);
            return;
        }
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        if black {
            presentation.black = !presentation.black;
        }
        let step = presentation.step;
        presentation.step = if first {
            0
        } else if last {
            steps - 1
        } else if next {
            (step + 1).min(steps - 1)
        } else if previous {
            step.saturating_sub(1)
        } else {
            step
        };
        if presentation.step != step {
            presentation.glide_from = (self.view, ctx.input(|i| i.time));
        }
        if persona {
            presentation.persona = next_persona(&order, presentation.persona.as_ref());
            presentation.persona_shapes = None;
        }
    }

    /// The presentation, filling the window.
    pub(super) fn presentation_ui(&mut self, ui: &mut Ui) {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::hover());
        let canvas = response.rect;
        self.canvas = canvas;
        let revision = self.doc.revision();
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        if presentation.black {
            painter.rect_filled(canvas, 0.0, Color32::BLACK);
            self.last_draw = crate::paint::egui_backend::DrawStats::default();
            return;
        }
        let step = presentation.step;
        if let Some(persona) = &presentation.persona
            && presentation
                .persona_shapes
                .as_ref()
                .is_none_or(|(made_for, _)| *made_for != revision)
        {
            let scene = self.doc.scene();
            let shapes = shapes_with_one_persona(self.doc.map(), scene.theme(), persona);
            presentation.persona_shapes = Some((revision, shapes));
        }
        let glide_from = presentation.glide_from;
        let target = step_view(canvas, self.laid_out_now(), step);
        // As long as the editor's other animations (none in tests, which turn them off).
        let duration = 2.5 * f64::from(ui.style().animation_time);
        let (from, since) = glide_from;
        let elapsed = ui.input(|i| i.time) - since;
        self.view = if duration > 0.0 && elapsed < duration {
            ui.ctx().request_repaint();
            let t = (elapsed / duration) as f32;
            glide(canvas, from, target, egui::emath::easing::cubic_in_out(t))
        } else {
            target
        };
        let screen_from_map = self.view.screen_from_map(canvas);
        self.page_ui(&painter, screen_from_map, SURROUND);
        let Some(presentation) = &self.presentation else {
            return;
        };
        let shapes = match (&presentation.persona, &presentation.persona_shapes) {
            (Some(_), Some((_, shapes))) => shapes.as_slice(),
            _ => self.doc.scene().shapes(),
        };
        self.last_draw = draw(&painter, shapes, screen_from_map);
        // The other phases fade: a layer over the drawing, never part of the map's look.
        let laid_out = self.laid_out_now();
        if step > 0 {
            for (k, column) in laid_out.columns.iter().enumerate() {
                if k + 1 != step {
                    let rect = column.header.union(column.body);
                    painter.rect_filled(screen_from_map.mul_rect(rect), 0.0, DIM);
                }
            }
        }
        self.caption_ui(ui, &painter, canvas, step);
    }

    /// A small line at the bottom: where the presentation is, and whose curve shows.
    fn caption_ui(&self, ui: &mut Ui, painter: &egui::Painter, canvas: Rect, step: usize) {
        let laid_out = self.laid_out_now();
        let map = self.doc.map();
        let mut parts = vec![
            match step.checked_sub(1).and_then(|k| laid_out.columns.get(k)) {
                Some(column) => map
                    .phase(&column.phase)
                    .map_or_else(String::new, |p| p.name.clone()),
                None => crate::tr!("present-overview"),
            },
        ];
        if step > 0 {
            parts.push(crate::tr!(
                "present-step",
                step = step,
                count = laid_out.columns.len()
            ));
        }
        if let Some(persona) = self.presented_persona().and_then(|id| map.persona(id)) {
            parts.push(persona.name.clone());
        }
        let text = egui::RichText::new(parts.join("  \u{b7}  "))
            .font(egui::FontId::proportional(13.0))
            .color(Color32::from_gray(230));
        let padding = vec2(10.0, 4.0);
        let size = painter
            .layout_no_wrap(
                text.text().to_owned(),
                egui::FontId::proportional(13.0),
                Color32::WHITE,
            )
            .size()
            + 2.0 * padding;
        let rect = Rect::from_center_size(
            egui::pos2(canvas.center().x, canvas.bottom() - CAPTION_ROOM / 2.0),
            size,
        );
        painter.rect_filled(rect, size.y / 2.0, Color32::from_black_alpha(140));
        // A label rather than painted text, so a screen reader (and a test) can read it.
        ui.put(
            rect.shrink2(padding),
            egui::Label::new(text).selectable(false).extend(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::SAMPLES;
    use egui::{pos2, vec2};

    fn sample(index: usize) -> (JourneyMap, Theme, MapLayout) {
        let map = crate::file::load(SAMPLES[index].json.as_bytes())
            .map(|loaded| loaded.map)
            .unwrap_or_else(|e| panic!("sample {index}: {e:?}"));
        let theme = Theme::default();
        let laid_out = layout(&map, &theme.metrics, LayoutOptions::default());
        (map, theme, laid_out)
    }

    fn screen() -> Rect {
        Rect::from_min_size(pos2(0.0, 0.0), vec2(1920.0, 1080.0))
    }

    #[test]
    fn step_zero_shows_the_whole_map_and_each_step_one_phase() {
        let (_, _, laid_out) = sample(0);
        assert_eq!(step_count(&laid_out), laid_out.columns.len() + 1);
        let whole = step_view(screen(), &laid_out, 0);
        let shown = whole.screen_from_map(screen()).mul_rect(laid_out.bounds);
        assert!(screen().contains_rect(shown.shrink(0.5)), "{shown:?}");
        for (k, column) in laid_out.columns.iter().enumerate() {
            let view = step_view(screen(), &laid_out, k + 1);
            let to_screen = view.screen_from_map(screen());
            let focus = to_screen.mul_rect(column.header.union(column.body));
            // Centred, inside the screen, and as large as it allows: one side fills it
            // but for the margin (unless the zoom is at its largest).
            let stage = stage(screen());
            assert!((focus.center() - stage.center()).length() < 0.5, "{k}");
            assert!(stage.contains_rect(focus.shrink(0.5)), "{k}: {focus:?}");
            let fills = (focus.width() - (stage.width() - 32.0)).abs() < 0.5
                || (focus.height() - (stage.height() - 32.0)).abs() < 0.5;
            assert!(
                fills || view.zoom == *super::super::view::ZOOM_RANGE.end(),
                "{k}"
            );
            assert!(
                view.zoom > whole.zoom,
                "phase {k} is shown larger than the map"
            );
            // The neighbours are mostly off screen or beside it, not in the middle.
            if let Some(next) = laid_out.columns.get(k + 1) {
                assert!(to_screen.mul_rect(next.body).left() >= focus.right() - 0.5);
            }
        }
        // A step past the last phase shows the whole map rather than nothing.
        assert_eq!(
            step_focus(&laid_out, laid_out.columns.len() + 1),
            laid_out.bounds
        );
    }

    #[test]
    fn the_glide_starts_at_one_view_ends_at_the_other_and_keeps_the_zoom_between() {
        let (_, _, laid_out) = sample(0);
        let from = step_view(screen(), &laid_out, 0);
        let to = step_view(screen(), &laid_out, 3);
        let close = |a: View, b: View| {
            (a.zoom - b.zoom).abs() < 1e-4 && (a.offset - b.offset).length() < 1e-2
        };
        assert!(close(glide(screen(), from, to, 0.0), from));
        assert!(close(glide(screen(), from, to, 1.0), to));
        let halfway = glide(screen(), from, to, 0.5);
        assert!(halfway.zoom > from.zoom && halfway.zoom < to.zoom);
        // Halfway, the middle of the screen shows a point halfway between the two middles.
        let middle_of = |view: View| {
            view.screen_from_map(screen())
                .inverse()
                .mul_pos(screen().center())
        };
        let expected = middle_of(from).lerp(middle_of(to), 0.5);
        assert!((middle_of(halfway) - expected).length() < 0.1);
    }

    #[test]
    fn the_persona_switch_goes_through_each_persona_and_back_to_all() {
        let order = [PersonaId("a".into()), PersonaId("b".into())];
        let mut current = None;
        let mut seen = Vec::new();
        for _ in 0..3 {
            current = next_persona(&order, current.as_ref());
            seen.push(current.clone());
        }
        assert_eq!(
            seen,
            vec![Some(order[0].clone()), Some(order[1].clone()), None]
        );
        assert_eq!(next_persona(&[], None), None);
        // A persona that is gone (hidden meanwhile) goes back to all.
        assert_eq!(next_persona(&order, Some(&PersonaId("gone".into()))), None);
    }

    #[test]
    fn one_persona_leaves_the_others_curves_out_and_the_map_as_it_is() {
        let with_curves = (0..SAMPLES.len())
            .map(sample)
            .find(|(_, _, laid_out)| laid_out.curves.len() >= 2);
        let Some((map, theme, laid_out)) = with_curves else {
            panic!("no sample has two curves");
        };
        let before = map.clone();
        let chosen = &laid_out.curves[0];
        let other = &laid_out.curves[1];
        let shapes = shapes_with_one_persona(&map, &theme, &chosen.persona);
        let curve_colours: Vec<Color32> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line { stroke, .. } if stroke.width == 3.0 => Some(stroke.color),
                _ => None,
            })
            .collect();
        assert!(curve_colours.contains(&chosen.color));
        assert!(!curve_colours.contains(&other.color));
        // Only curves differ: every box of the grid (cards, headers, lanes) is drawn where
        // and as it was. (The legend below names only the persona shown.)
        let grid_bottom = laid_out
            .rows
            .iter()
            .map(|r| r.body.bottom())
            .fold(0.0, f32::max);
        let all = paint(&laid_out, &theme);
        let boxes: Vec<&Shape> = all
            .iter()
            .filter(|s| matches!(s, Shape::Rect { .. }) && s.bounds().bottom() <= grid_bottom)
            .collect();
        assert!(boxes.len() > map.cards.len());
        for shape in boxes {
            assert!(shapes.contains(shape), "{shape:?} is missing");
        }
        assert_eq!(map, before, "the document is not changed");
    }
}
