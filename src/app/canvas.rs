//! The canvas: the map's drawing, pan and zoom, and the gestures on cards (select, drag to
//! move, double-click to add). What is drawn on top of the map here — selection, hover,
//! drag ghosts, drop markers — is the overlay, never part of an export.

use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2};

use super::{CardDrag, JourneyApp, card_tooltip_ui};
use crate::edit::ops::{self, Place};
use crate::layout::DropTarget;
use crate::model::{Card, CardId, LaneKind};
use crate::paint::egui_backend::{
    DrawStats, Pass, SMALLEST_READABLE_TEXT, draw, draw_pass, to_egui,
};

/// Above this many cards, a card drag shows where the cards will land instead of laying the
/// whole map out again at every step: that takes longer than a frame.
pub const LIVE_PREVIEW_MAX_CARDS: usize = 400;

/// The whole map tessellated once for a zoom at which no card text can be read: panning
/// then only moves it. Readable text (the title, headers) is still drawn each frame.
pub(super) struct Overview {
    /// The layout generation and the zoom it was made for.
    key: (u64, u32, u32),
    /// The meshes, in screen points for the pan `at`.
    meshes: Vec<std::sync::Arc<egui::Mesh>>,
    /// The translation of the transform the meshes are placed for.
    at: egui::Vec2,
    /// What was drawn and left out when it was made.
    stats: DrawStats,
}

pub(super) const SELECTION: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);

/// The title a new card gets in a lane of this kind.
fn new_card_title(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::PhysicalTouchpoints | LaneKind::DigitalTouchpoints => "New touchpoint",
        LaneKind::CustomerActions => "New action",
        LaneKind::Thoughts => "New thought",
        LaneKind::Emotions => "New feeling",
        LaneKind::PainPoints => "New pain point",
        LaneKind::Opportunities => "New opportunity",
        LaneKind::Content => "New content",
        LaneKind::Backstage => "New backstage step",
        LaneKind::Kpis => "New KPI",
    }
}

impl JourneyApp {
    pub(super) fn canvas_ui(&mut self, ui: &mut Ui) {
        let (background, painter) =
            ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let canvas = background.rect;
        self.canvas = canvas;
        if self.fit_pending && canvas.is_positive() {
            self.view.fit(canvas, self.laid_out.bounds);
            self.fit_pending = false;
        }
        let screen_from_map = self.view.screen_from_map(canvas);
        let map_from_screen = screen_from_map.inverse();
        let modifiers = ui.input(|i| i.modifiers);

        // The background: drag with any button pans, a click clears the selection, a
        // double-click in a cell adds a card there.
        // Shift+drag on the background draws a selection band; any other drag pans.
        if background.drag_started()
            && modifiers.shift
            && let Some(pos) = background.interact_pointer_pos()
        {
            let at = map_from_screen.mul_pos(pos);
            self.band = Some((at, at));
        }
        if let Some(band) = &mut self.band {
            if let Some(pos) = ui.input(|i| i.pointer.interact_pos()) {
                band.1 = map_from_screen.mul_pos(pos);
            }
            if background.drag_stopped() {
                let area = Rect::from_two_pos(band.0, band.1);
                self.band = None;
                self.header = None;
                for card in &self.laid_out.cards {
                    if area.intersects(card.rect) && !self.selection.contains(&card.id) {
                        self.selection.push(card.id.clone());
                    }
                }
            }
        } else if background.dragged() {
            self.view.pan(background.drag_delta());
        }
        let pointer_map = background
            .interact_pointer_pos()
            .map(|p| map_from_screen.mul_pos(p));
        let in_curves = pointer_map.is_some_and(|p| self.in_curve_area(p));
        if background.double_clicked() && !in_curves {
            if let Some(pos) = pointer_map {
                self.add_card_at(pos);
            }
        } else if background.clicked() {
            let link = pointer_map.and_then(|p| self.link_under(p));
            if let Some(link) = link {
                self.selection.clear();
                self.header = None;
                self.selected_link = Some(link);
            } else if let Some(pos) =
                pointer_map.filter(|_| in_curves && !background.double_clicked())
            {
                self.add_point_at(pos);
            } else if !(modifiers.shift || modifiers.command) {
                self.selection.clear();
                self.header = None;
                self.selected_link = None;
                self.selected_point = None;
            }
        }
        if background.hovered() || self.drag.is_some() {
            let (zoom, scroll, pointer) =
                ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
            if zoom != 1.0 {
                let anchor = pointer.unwrap_or(canvas.center());
                self.view.zoom_around(canvas, anchor, zoom);
            } else if scroll != egui::Vec2::ZERO {
                self.view.pan(scroll);
            }
        }

        painter.rect_filled(canvas, 0.0, Color32::from_rgb(0xe6, 0xe8, 0xeb));
        let screen_from_map = self.view.screen_from_map(canvas);
        let map_from_screen = screen_from_map.inverse();
        let page = screen_from_map.mul_rect(self.laid_out.bounds);
        painter.rect_filled(
            page.translate(vec2(0.0, 3.0)),
            3.0,
            Color32::from_black_alpha(28),
        );
        painter.rect_filled(page, 3.0, self.theme.palette.background);
        let shapes = self
            .preview
            .as_ref()
            .map_or(&self.shapes, |(_, shapes)| shapes);
        let overview = self.preview.is_none()
            && screen_from_map.scaling * self.theme.metrics.card_title.size
                < SMALLEST_READABLE_TEXT;
        self.last_draw = if overview {
            self.draw_overview(&painter, screen_from_map)
        } else {
            draw(&painter, shapes, screen_from_map)
        };
        self.headers_ui(ui, screen_from_map);

        // The cards' own widgets: accessible names, clicks, drags and hover.
        let visible = map_from_screen.mul_rect(canvas);
        let mut clicked: Option<CardId> = None;
        let mut rename: Option<CardId> = None;
        let mut clicked_link = None;
        let mut menus: Vec<egui::Response> = Vec::new();
        let mut drag_started: Option<(CardId, Pos2)> = None;
        let mut drag_stopped = false;
        for card in &self.laid_out.cards {
            if !visible.intersects(card.rect) {
                continue;
            }
            let Some(model) = self.card(&card.id) else {
                continue;
            };
            let screen_rect = screen_from_map.mul_rect(card.rect).intersect(canvas);
            let id = ui.scope_id().with(("card", card.id.as_str()));
            let response = ui.interact(screen_rect, id, Sense::click_and_drag());
            let title = model.title.clone();
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Article, true, &title));
            // egui widens every widget by a few pixels for easy clicking; a click that lands
            // just beside a card, on a link's line, is meant for the link.
            let on_link = response
                .interact_pointer_pos()
                .map(|p| map_from_screen.mul_pos(p))
                .filter(|p| !card.rect.contains(*p))
                .and_then(|p| self.link_under(p));
            if response.double_clicked() {
                rename = Some(card.id.clone());
            } else if response.clicked() && on_link.is_some() {
                clicked_link = on_link;
            } else if response.clicked() {
                clicked = Some(card.id.clone());
            }
            if response.drag_started()
                && let Some(pos) = response.interact_pointer_pos()
            {
                drag_started = Some((card.id.clone(), map_from_screen.mul_pos(pos)));
            }
            if response.drag_stopped() {
                drag_stopped = true;
            }
            if response.secondary_clicked() && !self.selection.contains(&card.id) {
                clicked = Some(card.id.clone());
            }
            if response.hovered() && self.drag.is_none() {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.0),
                    self.theme.metrics.card_radius * self.view.zoom + 2.0,
                    Stroke::new(1.5, SELECTION.gamma_multiply(0.6)),
                    StrokeKind::Outside,
                );
                menus.push(response.on_hover_ui(|ui| card_tooltip_ui(ui, model)));
            } else {
                menus.push(response);
            }
        }
        for response in &menus {
            response.context_menu(|ui| self.card_menu_ui(ui));
        }
        // A right-click on a link's line selects the link and opens its menu.
        if background.secondary_clicked() {
            let link = background
                .interact_pointer_pos()
                .and_then(|p| self.link_under(map_from_screen.mul_pos(p)));
            if link.is_some() {
                self.selection.clear();
                self.header = None;
            }
            self.selected_link = link;
        }
        background.context_menu(|ui| {
            if self.selected_link.is_some() {
                self.link_menu_ui(ui);
            } else {
                self.canvas_menu_ui(ui);
            }
        });

        if let Some(id) = clicked {
            if modifiers.shift || modifiers.command {
                if let Some(i) = self.selection.iter().position(|s| *s == id) {
                    self.selection.remove(i);
                } else {
                    self.selection.push(id);
                }
            } else {
                self.selection = vec![id];
            }
        }
        if let Some(link) = clicked_link {
            self.selection.clear();
            self.header = None;
            self.selected_link = Some(link);
        }
        if let Some(id) = rename {
            self.selection = vec![id];
            self.header = None;
            self.start_rename();
        }
        if let Some((id, pointer)) = drag_started {
            if modifiers.alt {
                let start = self
                    .laid_out
                    .cards
                    .iter()
                    .find(|c| c.id == id)
                    .map_or(pointer, |c| c.rect.center());
                self.start_link(id, start);
            } else {
                self.start_drag(id, pointer);
            }
        }
        if let Some(drag) = &mut self.drag
            && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
        {
            drag.pointer = map_from_screen.mul_pos(pos);
            let target = self.laid_out.drop_target(drag.pointer, &drag.cards);
            if target != drag.target {
                drag.target = target;
                let cards = drag.cards.clone();
                self.preview_card_move(&cards);
            }
        }
        if drag_stopped {
            self.finish_drag();
        }

        self.link_overlay_ui(&painter, screen_from_map);
        self.overlay_ui(&painter, screen_from_map);
        self.curves_ui(ui, screen_from_map);
        self.curve_overlay_ui(&painter, screen_from_map);
        self.links_ui(ui, screen_from_map);
        self.channel_drop_ui(ui, screen_from_map);
        self.rename_ui(ui, screen_from_map);
    }

    /// Draws the map from the overview meshes, making them first if the map or zoom changed.
    fn draw_overview(
        &mut self,
        painter: &egui::Painter,
        screen_from_map: egui::emath::TSTransform,
    ) -> DrawStats {
        let ctx = painter.ctx().clone();
        let ppp = ctx.pixels_per_point();
        let key = (
            self.shapes_generation,
            screen_from_map.scaling.to_bits(),
            ppp.to_bits(),
        );
        if self.overview.as_ref().is_none_or(|o| o.key != key) {
            let at_origin =
                egui::emath::TSTransform::new(screen_from_map.translation, screen_from_map.scaling);
            let mut shapes = Vec::new();
            let stats = to_egui(
                painter,
                &self.shapes,
                at_origin,
                Rect::EVERYTHING,
                Pass::Overview,
                &mut shapes,
            );
            let clipped = shapes
                .into_iter()
                .map(|shape| egui::epaint::ClippedShape::new(Rect::EVERYTHING, shape))
                .collect();
            let meshes = ctx
                .tessellate(clipped, ppp)
                .into_iter()
                .filter_map(|p| match p.primitive {
                    egui::epaint::Primitive::Mesh(mesh) => Some(std::sync::Arc::new(mesh)),
                    egui::epaint::Primitive::Callback(_) => None,
                })
                .collect();
            self.overview = Some(Overview {
                key,
                meshes,
                at: screen_from_map.translation,
                stats,
            });
        }
        let Some(overview) = &mut self.overview else {
            return DrawStats::default();
        };
        let delta = screen_from_map.translation - overview.at;
        if delta != egui::Vec2::ZERO {
            for mesh in &mut overview.meshes {
                std::sync::Arc::make_mut(mesh).translate(delta);
            }
            overview.at = screen_from_map.translation;
        }
        for mesh in &overview.meshes {
            painter.add(egui::Shape::Mesh(mesh.clone()));
        }
        let stats = overview.stats;
        let text = draw_pass(painter, &self.shapes, screen_from_map, Pass::ReadableText);
        DrawStats {
            drawn: stats.drawn + text.drawn,
            culled: stats.culled + text.culled,
        }
    }

    fn start_drag(&mut self, id: CardId, pointer: Pos2) {
        if !self.selection.contains(&id) {
            self.selection = vec![id.clone()];
        }
        // Dragged cards keep their order in the document.
        let cards: Vec<CardId> = self
            .map
            .cards
            .iter()
            .filter(|c| self.selection.contains(&c.id))
            .map(|c| c.id.clone())
            .collect();
        let grab = self
            .laid_out
            .cards
            .iter()
            .find(|c| c.id == id)
            .map_or(egui::Vec2::ZERO, |c| pointer - c.rect.min);
        self.drag = Some(CardDrag {
            cards,
            grab,
            pointer,
            target: None,
        });
    }

    /// Lays the map out as it would be if the dragged cards were dropped now, so the other
    /// cards make room while the pointer moves.
    fn preview_card_move(&mut self, cards: &[CardId]) {
        let place = self
            .drag
            .as_ref()
            .and_then(|d| d.target.clone())
            .and_then(|t| self.place_of(t));
        if self.map.cards.len() > LIVE_PREVIEW_MAX_CARDS {
            self.preview = None;
            return;
        }
        self.preview =
            place.and_then(|place| self.preview_of(ops::move_cards(&self.map, cards, &place)));
    }

    /// Drops dragged cards where the pointer is: one undo step for the whole drag.
    fn finish_drag(&mut self) {
        self.preview = None;
        let Some(drag) = self.drag.take() else { return };
        let Some(place) = drag.target.and_then(|t| self.place_of(t)) else {
            return;
        };
        let edit = ops::move_cards(&self.map, &drag.cards, &place);
        self.apply(edit, None);
    }

    /// The link a click at a map point means: one whose line passes within a few screen
    /// pixels, where there is no card.
    fn link_under(&self, pos: Pos2) -> Option<crate::model::LinkId> {
        if self.laid_out.card_at(pos).is_some() {
            return None;
        }
        let tolerance = 6.0 / self.view.zoom;
        self.laid_out.link_at(pos, tolerance).map(|l| l.id.clone())
    }

    /// The document's place for a drop target of the layout.
    pub(super) fn place_of(&self, target: DropTarget) -> Option<Place> {
        Some(Place {
            phase: self.laid_out.columns.get(target.column)?.phase.clone(),
            lane: self.laid_out.rows.get(target.row)?.lane.clone(),
            before: target.before,
        })
    }

    fn add_card_at(&mut self, pos: Pos2) {
        if self.laid_out.card_at(pos).is_some() {
            return;
        }
        let Some(target) = self.laid_out.drop_target(pos, &[]) else {
            return;
        };
        let Some(kind) = self.laid_out.rows.get(target.row).map(|r| r.kind) else {
            return;
        };
        let Some(place) = self.place_of(target) else {
            return;
        };
        let id = ops::new_card_id(&self.map);
        let card = Card::new(
            id.clone(),
            place.phase.clone(),
            place.lane.clone(),
            new_card_title(kind),
        );
        let edit = ops::add_card(&self.map, card, &place);
        self.apply(edit, None);
        self.selection = vec![id];
        self.start_naming();
    }

    /// Selection outlines, the drop target and the dragged cards' ghosts.
    fn overlay_ui(&self, painter: &egui::Painter, screen_from_map: egui::emath::TSTransform) {
        let radius = self.theme.metrics.card_radius * self.view.zoom + 2.0;
        let moving: &[CardId] = self.drag.as_ref().map_or(&[], |d| &d.cards);
        // Select All on a large map selects thousands: look them up in a set.
        let selected: std::collections::HashSet<&CardId> = self.selection.iter().collect();
        let visible = screen_from_map.inverse().mul_rect(painter.clip_rect());
        for card in &self.laid_out.cards {
            if visible.intersects(card.rect)
                && selected.contains(&card.id)
                && !(self.preview.is_some() && moving.contains(&card.id))
            {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.5),
                    radius,
                    Stroke::new(2.5, SELECTION),
                    StrokeKind::Outside,
                );
            }
        }
        if let Some((start, end)) = self.band {
            let band = screen_from_map.mul_rect(Rect::from_two_pos(start, end));
            painter.rect(
                band,
                2.0,
                SELECTION.gamma_multiply(0.08),
                Stroke::new(1.0, SELECTION),
                StrokeKind::Inside,
            );
        }
        let Some(drag) = &self.drag else { return };
        if let Some((preview, _)) = &self.preview {
            // Where the dragged cards will land, in the map that has made room for them.
            for card in preview.cards.iter().filter(|c| drag.cards.contains(&c.id)) {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.5),
                    radius,
                    Stroke::new(2.5, SELECTION),
                    StrokeKind::Outside,
                );
            }
        } else if let Some(target) = &drag.target {
            let cell = self.laid_out.columns[target.column]
                .body
                .intersect(self.laid_out.rows[target.row].body);
            painter.rect_filled(
                screen_from_map.mul_rect(cell),
                0.0,
                SELECTION.gamma_multiply(0.08),
            );
            painter.rect_filled(screen_from_map.mul_rect(target.marker), 2.0, SELECTION);
        }
        let mut offset = 0.0;
        // A stack of ghosts taller than the screen says nothing more than a dozen do.
        for id in drag.cards.iter().take(12) {
            let Some(card) = self.laid_out.cards.iter().find(|c| &c.id == id) else {
                continue;
            };
            let top_left = drag.pointer - drag.grab + vec2(0.0, offset);
            let ghost = Rect::from_min_size(top_left, card.rect.size());
            painter.rect(
                screen_from_map.mul_rect(ghost),
                radius,
                Color32::from_white_alpha(170),
                Stroke::new(1.5, SELECTION),
                StrokeKind::Inside,
            );
            offset += card.rect.height() + 6.0;
        }
    }
}
