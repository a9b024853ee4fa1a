//! Links on the canvas: handles on the hovered card to draw a new link (or Alt+drag from
//! the card), a click on a link's line to select it, and the live line while drawing.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use crate::app::JourneyApp;
use crate::app::command::Command;
use crate::app::gesture::{Gesture, LinkDrag};
use crate::edit::ops;
use crate::layout::hit::Side;
use crate::model::CardId;

const HANDLE: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);
const TARGET: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);

impl JourneyApp {
    /// Starts drawing a link from a card.
    pub(in crate::app) fn start_link(&mut self, from: CardId, start: Pos2) {
        self.gesture = Gesture::DrawLink(LinkDrag {
            from,
            start,
            pointer: start,
            target: None,
            reconnect: None,
        });
    }

    /// Square handles on both ends of the selected link: drag one to another card to
    /// reconnect that end.
    fn link_end_handles_ui(&mut self, ui: &mut Ui, screen_from_map: TSTransform) {
        let Some(id) = self.selection.link().cloned() else {
            return;
        };
        let Some(laid) = self
            .doc
            .scene()
            .laid_out()
            .links
            .iter()
            .find(|l| l.id == id)
        else {
            return;
        };
        let (Some(&first), Some(&last)) = (laid.path.first(), laid.path.last()) else {
            return;
        };
        let Some(link) = self.doc.map().links.iter().find(|l| l.id == id).cloned() else {
            return;
        };
        let mut started = None;
        for (end, at, fixed_card, fixed_at) in [
            (ops::LinkEnd::From, first, &link.to, last),
            (ops::LinkEnd::To, last, &link.from, first),
        ] {
            let center = screen_from_map.mul_pos(at);
            let area = Rect::from_center_size(center, vec2(18.0, 18.0));
            let name = match end {
                ops::LinkEnd::From => "start",
                ops::LinkEnd::To => "end",
            };
            let response = ui
                .interact(area, ui.scope_id().with(("link end", name)), Sense::drag())
                .on_hover_cursor(egui::CursorIcon::Grab)
                .on_hover_text(crate::tr!("canvas-link-end-tooltip"));
            let label = match end {
                ops::LinkEnd::From => crate::tr!("canvas-link-start"),
                ops::LinkEnd::To => crate::tr!("canvas-link-end"),
            };
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
            let square = Rect::from_center_size(
                center,
                vec2(11.0, 11.0) * if response.hovered() { 1.25 } else { 1.0 },
            );
            ui.painter().rect(
                square,
                2.0,
                Color32::WHITE,
                Stroke::new(2.0, HANDLE),
                StrokeKind::Middle,
            );
            if response.drag_started() {
                started = Some((end, fixed_card.clone(), fixed_at));
            }
        }
        if let Some((end, fixed_card, fixed_at)) = started
            && self.gesture.is_idle()
        {
            self.gesture = Gesture::DrawLink(LinkDrag {
                from: fixed_card,
                start: fixed_at,
                pointer: fixed_at,
                target: None,
                reconnect: Some((id, end)),
            });
        }
    }

    /// Handles on the hovered card, the live line while a link is drawn, and the drop.
    pub(in crate::app) fn links_ui(&mut self, ui: &mut Ui, screen_from_map: TSTransform) {
        let map_from_screen = screen_from_map.inverse();
        let pointer = ui.input(|i| i.pointer.interact_pos().or(i.pointer.hover_pos()));
        let pointer_map = pointer.map(|p| map_from_screen.mul_pos(p));

        let handle_size = 20.0 / self.view.zoom;
        let shown = if self.gesture.is_idle() {
            pointer_map.and_then(|p| {
                self.laid_out_now()
                    .handle_card(p, self.handles_for.as_ref(), handle_size)
                    .map(|c| (c.id.clone(), c.rect))
            })
        } else {
            None
        };
        self.handles_for = shown.as_ref().map(|(id, _)| id.clone());
        if let Some((card, rect)) = shown {
            let title = self
                .doc
                .map()
                .card(&card)
                .map_or_else(String::new, |c| c.title.clone());
            let radius = 5.0;
            for side in Side::ALL {
                let at = side.point(rect);
                let center = screen_from_map.mul_pos(at);
                let area = Rect::from_center_size(center, vec2(radius * 4.0, radius * 4.0));
                let id = ui
                    .scope_id()
                    .with(("link handle", card.as_str(), side.label()));
                let response = ui
                    .interact(area, id, Sense::drag())
                    .on_hover_cursor(egui::CursorIcon::Crosshair);
                let label = match side {
                    Side::Left => crate::tr!("canvas-link-from-left", title = title.as_str()),
                    Side::Right => crate::tr!("canvas-link-from-right", title = title.as_str()),
                    Side::Top => crate::tr!("canvas-link-from-top", title = title.as_str()),
                    Side::Bottom => crate::tr!("canvas-link-from-bottom", title = title.as_str()),
                };
                response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
                let hot = response.hovered();
                ui.painter().circle(
                    center,
                    if hot { radius + 1.5 } else { radius },
                    Color32::WHITE,
                    Stroke::new(2.0, HANDLE),
                );
                if response.drag_started() && self.gesture.is_idle() {
                    self.start_link(card.clone(), at);
                }
            }
        }

        if self.gesture.is_idle() {
            self.link_end_handles_ui(ui, screen_from_map);
        }
        let laid_out = self.doc.scene().laid_out();
        let Gesture::DrawLink(drag) = &mut self.gesture else {
            return;
        };
        if let Some(p) = pointer_map {
            drag.pointer = p;
            // The card itself counts as a target, so dropping back on it says why there is no link.
            drag.target = laid_out.card_at(p).map(|c| c.id.clone());
        }
        let drag = drag.clone();
        let painter = ui.painter();
        let (start, end) = (
            screen_from_map.mul_pos(drag.start),
            screen_from_map.mul_pos(drag.pointer),
        );
        let bend = vec2(((end.x - start.x) * 0.5).abs().max(30.0), 0.0);
        let points: Vec<Pos2> = (0..=16)
            .map(|i| {
                let t = i as f32 / 16.0;
                let (c1, c2) = (start + bend, end - bend);
                let u = 1.0 - t;
                let p = start.to_vec2() * u * u * u
                    + c1.to_vec2() * 3.0 * u * u * t
                    + c2.to_vec2() * 3.0 * u * t * t
                    + end.to_vec2() * t * t * t;
                pos2(p.x, p.y)
            })
            .collect();
        painter.add(egui::Shape::line(points, Stroke::new(2.5, HANDLE)));
        painter.circle_filled(end, 4.0, HANDLE);
        if let Some(target) = &drag.target
            && let Some(card) = self
                .doc
                .scene()
                .laid_out()
                .cards
                .iter()
                .find(|c| &c.id == target)
        {
            painter.rect_stroke(
                screen_from_map.mul_rect(card.rect).expand(3.0),
                self.theme().metrics.card_radius * self.view.zoom + 3.0,
                Stroke::new(3.0, TARGET),
                StrokeKind::Outside,
            );
        }
        if ui.input(|i| i.pointer.any_released()) {
            self.commands.push(Command::Finish);
        }
    }

    /// The selected link, drawn wide and soft under nothing else of the overlay.
    pub(in crate::app) fn link_overlay_ui(
        &self,
        painter: &egui::Painter,
        screen_from_map: TSTransform,
    ) {
        let Some(id) = self.selection.link() else {
            return;
        };
        let Some(link) = self.laid_out_link(id) else {
            return;
        };
        let points: Vec<Pos2> = link
            .path
            .iter()
            .map(|p| screen_from_map.mul_pos(*p))
            .collect();
        painter.add(egui::Shape::line(
            points,
            Stroke::new(8.0, HANDLE.gamma_multiply(0.35)),
        ));
    }
}
