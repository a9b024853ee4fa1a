//! Links on the canvas: handles on the hovered card to draw a new link (or Alt+drag from
//! the card), a click on a link's line to select it, and the live line while drawing.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use super::{JourneyApp, LinkDrag};
use crate::edit::ops;
use crate::model::CardId;

const HANDLE: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);
const TARGET: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);

/// Where on a card's box a handle sits.
type SidePoint = fn(Rect) -> Pos2;

/// The four sides of a card, for handles.
const SIDES: [(&str, SidePoint); 4] = [
    ("left", |r| r.left_center()),
    ("right", |r| r.right_center()),
    ("top", |r| r.center_top()),
    ("bottom", |r| r.center_bottom()),
];

impl JourneyApp {
    /// The card whose handles show: the one under the pointer, or the one whose handles
    /// showed last frame while the pointer is on one of them (handles stick out of the card).
    fn handle_card(&self, pointer: Pos2, handle_size: f32) -> Option<(CardId, Rect)> {
        let on_card = self
            .laid_out
            .card_at(pointer)
            .map(|c| (c.id.clone(), c.rect));
        on_card.or_else(|| {
            let id = self.handles_for.as_ref()?;
            let card = self.laid_out.cards.iter().find(|c| &c.id == id)?;
            SIDES
                .iter()
                .any(|(_, at)| {
                    Rect::from_center_size(at(card.rect), vec2(handle_size, handle_size))
                        .contains(pointer)
                })
                .then(|| (card.id.clone(), card.rect))
        })
    }

    /// Starts drawing a link from a card.
    pub(super) fn start_link(&mut self, from: CardId, start: Pos2) {
        self.drag = None;
        self.link_drag = Some(LinkDrag {
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
        let Some(id) = self.selected_link.clone() else {
            return;
        };
        let Some(laid) = self.laid_out.links.iter().find(|l| l.id == id) else {
            return;
        };
        let (Some(&first), Some(&last)) = (laid.path.first(), laid.path.last()) else {
            return;
        };
        let Some(link) = self.map.links.iter().find(|l| l.id == id).cloned() else {
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
                .on_hover_text("Drag to another card to reconnect");
            let label = format!("Link {name}");
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
        if let Some((end, fixed_card, fixed_at)) = started {
            self.link_drag = Some(LinkDrag {
                from: fixed_card,
                start: fixed_at,
                pointer: fixed_at,
                target: None,
                reconnect: Some((id, end)),
            });
        }
    }

    /// Handles on the hovered card, the live line while a link is drawn, and the drop.
    pub(super) fn links_ui(&mut self, ui: &mut Ui, screen_from_map: TSTransform) {
        let map_from_screen = screen_from_map.inverse();
        let pointer = ui.input(|i| i.pointer.interact_pos().or(i.pointer.hover_pos()));
        let pointer_map = pointer.map(|p| map_from_screen.mul_pos(p));

        let handle_size = 20.0 / self.view.zoom;
        let shown = if self.link_drag.is_none() && self.drag.is_none() {
            pointer_map.and_then(|p| self.handle_card(p, handle_size))
        } else {
            None
        };
        self.handles_for = shown.as_ref().map(|(id, _)| id.clone());
        if let Some((card, rect)) = shown {
            let title = self
                .map
                .card(&card)
                .map_or_else(String::new, |c| c.title.clone());
            let radius = 5.0;
            for (side, at) in SIDES {
                let center = screen_from_map.mul_pos(at(rect));
                let area = Rect::from_center_size(center, vec2(radius * 4.0, radius * 4.0));
                let id = ui.scope_id().with(("link handle", card.as_str(), side));
                let response = ui
                    .interact(area, id, Sense::drag())
                    .on_hover_cursor(egui::CursorIcon::Crosshair);
                let label = format!("Link from {title} ({side})");
                response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
                let hot = response.hovered();
                ui.painter().circle(
                    center,
                    if hot { radius + 1.5 } else { radius },
                    Color32::WHITE,
                    Stroke::new(2.0, HANDLE),
                );
                if response.drag_started() {
                    self.start_link(card.clone(), at(rect));
                }
            }
        }

        if self.link_drag.is_none() {
            self.link_end_handles_ui(ui, screen_from_map);
        }
        let Some(drag) = &mut self.link_drag else {
            return;
        };
        if let Some(p) = pointer_map {
            drag.pointer = p;
            // The card itself counts as a target, so dropping back on it says why there is no link.
            drag.target = self.laid_out.card_at(p).map(|c| c.id.clone());
        }
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
            && let Some(card) = self.laid_out.cards.iter().find(|c| &c.id == target)
        {
            painter.rect_stroke(
                screen_from_map.mul_rect(card.rect).expand(3.0),
                self.theme.metrics.card_radius * self.view.zoom + 3.0,
                Stroke::new(3.0, TARGET),
                StrokeKind::Outside,
            );
        }
        if ui.input(|i| i.pointer.any_released()) {
            let Some(drag) = self.link_drag.take() else {
                return;
            };
            let Some(target) = drag.target else {
                self.status = if drag.reconnect.is_some() {
                    "The link stays as it was: its end was not dropped on a card.".to_owned()
                } else {
                    "No link: it was not dropped on a card.".to_owned()
                };
                return;
            };
            if let Some((id, end)) = drag.reconnect {
                match ops::reconnect_link(&self.map, &id, end, &target) {
                    Ok(edit) => self.apply(edit, None),
                    Err(sentence) => self.status = sentence,
                }
                return;
            }
            match ops::add_link(&self.map, &drag.from, &target) {
                Ok((edit, id)) => {
                    self.apply(edit, None);
                    self.selection.clear();
                    self.header = None;
                    self.selected_link = Some(id);
                }
                Err(sentence) => self.status = sentence,
            }
        }
    }

    /// The selected link, drawn wide and soft under nothing else of the overlay.
    pub(super) fn link_overlay_ui(&self, painter: &egui::Painter, screen_from_map: TSTransform) {
        let Some(id) = &self.selected_link else {
            return;
        };
        let Some(link) = self.laid_out.links.iter().find(|l| &l.id == id) else {
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
