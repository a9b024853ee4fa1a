//! The canvas: the map's drawing, pan and zoom, and the gestures on cards (select, drag to
//! move, double-click to add). What is drawn on top of the map here — selection, hover,
//! drag ghosts, drop markers — is the overlay, never part of an export.

pub(in crate::app) mod channel_picker;
pub(in crate::app) mod curves;
pub(in crate::app) mod headers;
pub(in crate::app) mod links;

use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2};

use crate::app::command::Command;
use crate::app::gesture::{self, CardDrag, Gesture};
use crate::app::selection::Selection;
use crate::app::{JourneyApp, card_tooltip_ui};
use crate::edit::ops;
use crate::model::{Card, CardId, LaneKind};
use crate::paint::egui_backend::{
    DrawStats, Pass, SMALLEST_READABLE_TEXT, draw, draw_pass, to_egui,
};

/// Above this many cards, a card drag shows where the cards will land instead of laying the
/// whole map out again at every step: that takes longer than a frame.
pub const LIVE_PREVIEW_MAX_CARDS: usize = 400;

/// The whole map tessellated once for a zoom at which no card text can be read: panning
/// then only moves it. Readable text (the title, headers) is still drawn each frame.
pub(in crate::app) struct Overview {
    /// The layout generation and the zoom it was made for.
    key: (u64, u32, u32),
    /// The meshes, in screen points for the pan `at`.
    meshes: Vec<std::sync::Arc<egui::Mesh>>,
    /// The translation of the transform the meshes are placed for.
    at: egui::Vec2,
    /// What was drawn and left out when it was made.
    stats: DrawStats,
}

pub(in crate::app) const SELECTION: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);

/// The title a new card gets in a lane of this kind, in the map's language.
fn new_card_title(kind: LaneKind, language: crate::i18n::Language) -> String {
    match kind {
        LaneKind::PhysicalTouchpoints | LaneKind::DigitalTouchpoints => {
            crate::tr_in!(language, "map-new-card-touchpoint")
        }
        LaneKind::CustomerActions => crate::tr_in!(language, "map-new-card-action"),
        LaneKind::Thoughts => crate::tr_in!(language, "map-new-card-thought"),
        LaneKind::Emotions => crate::tr_in!(language, "map-new-card-feeling"),
        LaneKind::PainPoints => crate::tr_in!(language, "map-new-card-pain-point"),
        LaneKind::Opportunities => crate::tr_in!(language, "map-new-card-opportunity"),
        LaneKind::Content => crate::tr_in!(language, "map-new-card-content"),
        LaneKind::Backstage => crate::tr_in!(language, "map-new-card-backstage"),
        LaneKind::Kpis => crate::tr_in!(language, "map-new-card-kpi"),
    }
}

impl JourneyApp {
    pub(in crate::app) fn canvas_ui(&mut self, ui: &mut Ui) {
        let (background, painter) =
            ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let canvas = background.rect;
        self.canvas = canvas;
        if self.fit_pending && canvas.is_positive() {
            self.view.fit(canvas, self.laid_out_now().bounds);
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
            && self.gesture.is_idle()
            && let Some(pos) = background.interact_pointer_pos()
        {
            let at = map_from_screen.mul_pos(pos);
            self.gesture = Gesture::Band(at, at);
        }
        if let Gesture::Band(_, end) = &mut self.gesture {
            if let Some(pos) = ui.input(|i| i.pointer.interact_pos()) {
                *end = map_from_screen.mul_pos(pos);
            }
            if background.drag_stopped() {
                self.commands.push(Command::Finish);
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
                self.select(Selection::Link(link));
            } else if let Some(pos) =
                pointer_map.filter(|_| in_curves && !background.double_clicked())
            {
                self.add_point_at(pos);
            } else if !(modifiers.shift || modifiers.command) {
                self.select(Selection::None);
            }
        }
        if background.hovered() || self.gesture.card_drag().is_some() {
            let (zoom, scroll, pointer) =
                ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
            if zoom != 1.0 {
                let anchor = pointer.unwrap_or(canvas.center());
                self.view.zoom_around(canvas, anchor, zoom);
            } else if scroll != egui::Vec2::ZERO {
                self.view.pan(scroll);
            }
        }

        // Around the page, the canvas follows the interface: light or dark.
        let surround = if self.dark {
            Color32::from_rgb(0x2a, 0x2c, 0x30)
        } else {
            Color32::from_rgb(0xe6, 0xe8, 0xeb)
        };
        let screen_from_map = self.view.screen_from_map(canvas);
        let map_from_screen = screen_from_map.inverse();
        self.page_ui(&painter, screen_from_map, surround);
        let previewing = self.gesture.preview().is_some();
        let overview = !previewing
            && screen_from_map.scaling * self.theme().metrics.card_title.size
                < SMALLEST_READABLE_TEXT;
        self.last_draw = if overview {
            self.draw_overview(&painter, screen_from_map)
        } else {
            let shapes = self
                .gesture
                .preview()
                .map_or_else(|| self.doc.scene().shapes(), |p| &p.shapes);
            draw(&painter, shapes, screen_from_map)
        };

        // The cards' own widgets: accessible names, clicks, drags and hover.
        let visible = map_from_screen.mul_rect(canvas);
        let mut clicked: Option<CardId> = None;
        let mut rename: Option<CardId> = None;
        let mut clicked_link = None;
        let mut menus: Vec<egui::Response> = Vec::new();
        let mut drag_started: Option<(CardId, Pos2)> = None;
        let mut drag_stopped = false;
        let dragging = self.gesture.card_drag().is_some();
        for card in &self.laid_out_now().cards {
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
            if response.secondary_clicked() && !self.selection.contains_card(&card.id) {
                clicked = Some(card.id.clone());
            }
            if response.hovered() && !dragging {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.0),
                    self.theme().metrics.card_radius * self.view.zoom + 2.0,
                    Stroke::new(1.5, SELECTION.gamma_multiply(0.6)),
                    StrokeKind::Outside,
                );
                let language = self.doc.map().language();
                let picture = model
                    .picture
                    .as_ref()
                    .and_then(|id| self.pictures.texture(id))
                    .map(|texture| (texture.id(), texture.size_vec2()));
                menus
                    .push(response.on_hover_ui(|ui| card_tooltip_ui(ui, model, picture, language)));
            } else {
                menus.push(response);
            }
        }
        for response in &menus {
            response.context_menu(|ui| self.card_menu_ui(ui));
        }
        // A right-click on a link's line selects the link and opens its menu.
        let mut menu_link = self.selection.link().cloned();
        if background.secondary_clicked() {
            menu_link = background
                .interact_pointer_pos()
                .and_then(|p| self.link_under(map_from_screen.mul_pos(p)));
            self.select(menu_link.clone().map_or(Selection::None, Selection::Link));
        }
        background.context_menu(|ui| {
            if menu_link.is_some() {
                self.link_menu_ui(ui);
            } else {
                self.canvas_menu_ui(ui);
            }
        });

        if let Some(id) = clicked {
            let mut selection = self.selection.clone();
            if modifiers.shift || modifiers.command {
                selection.toggle_card(id);
            } else {
                selection = Selection::Cards(vec![id]);
            }
            self.select(selection);
        }
        if let Some(link) = clicked_link {
            self.select(Selection::Link(link));
        }
        if let Some(id) = rename {
            self.select(Selection::Cards(vec![id]));
            self.commands.push(Command::Rename { fresh: false });
        }
        if let Some((id, pointer)) = drag_started
            && self.gesture.is_idle()
        {
            if modifiers.alt {
                let start = self
                    .laid_out_now()
                    .cards
                    .iter()
                    .find(|c| c.id == id)
                    .map_or(pointer, |c| c.rect.center());
                self.start_link(id, start);
            } else {
                self.start_drag(id, pointer);
            }
        }
        self.follow_card_drag(ui, map_from_screen);
        if drag_stopped && self.gesture.card_drag().is_some() {
            self.commands.push(Command::Finish);
        }

        self.link_overlay_ui(&painter, screen_from_map);
        self.overlay_ui(&painter, screen_from_map);
        self.find_overlay_ui(&painter, screen_from_map);
        self.comment_badges_ui(ui, &painter, screen_from_map);
        self.curves_ui(ui, screen_from_map);
        self.curve_overlay_ui(&painter, screen_from_map);
        self.links_ui(ui, screen_from_map);
        // The headers come last, over the cards: pinned to the edges of a panned map they
        // lie on top of it, and take the clicks there.
        let sticky = self.sticky(screen_from_map);
        self.sticky_headers_ui(ui, screen_from_map, sticky);
        self.headers_ui(ui, screen_from_map, sticky);
        self.channel_drop_ui(ui, screen_from_map);
        self.rename_ui(ui, screen_from_map, sticky);
        self.channel_picker_ui(ui, screen_from_map);
    }

    /// The surround and the page the map is drawn on, with its shadow: the canvas and the
    /// presentation both lay the map on it.
    pub(in crate::app) fn page_ui(
        &self,
        painter: &egui::Painter,
        screen_from_map: egui::emath::TSTransform,
        surround: Color32,
    ) {
        painter.rect_filled(painter.clip_rect(), 0.0, surround);
        let page = screen_from_map.mul_rect(self.laid_out_now().bounds);
        painter.rect_filled(
            page.translate(vec2(0.0, 3.0)),
            3.0,
            Color32::from_black_alpha(28),
        );
        painter.rect_filled(page, 3.0, self.theme().palette.background);
    }

    /// Moves dragged cards with the pointer; where they would land changes the preview.
    fn follow_card_drag(&mut self, ui: &Ui, map_from_screen: egui::emath::TSTransform) {
        let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
            return;
        };
        let laid_out = self.doc.scene().laid_out();
        let Gesture::MoveCards(drag, _) = &mut self.gesture else {
            return;
        };
        drag.pointer = map_from_screen.mul_pos(pointer);
        let target = laid_out.drop_target(drag.pointer, &drag.cards);
        if target == drag.target {
            return;
        }
        drag.target = target.clone();
        let cards = drag.cards.clone();
        // Above this many cards the map is not laid out again at every step: a marker shows
        // where the cards land instead.
        let preview = if self.doc.map().cards.len() > LIVE_PREVIEW_MAX_CARDS {
            None
        } else {
            target
                .and_then(|t| gesture::place_of(laid_out, &t))
                .and_then(|place| self.preview_of(ops::move_cards(self.doc.map(), &cards, &place)))
        };
        if let Gesture::MoveCards(_, shown) = &mut self.gesture {
            *shown = preview;
        }
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
            self.doc.revision(),
            screen_from_map.scaling.to_bits(),
            ppp.to_bits(),
        );
        if self
            .doc
            .scene()
            .overview
            .as_ref()
            .is_none_or(|o| o.key != key)
        {
            let at_origin =
                egui::emath::TSTransform::new(screen_from_map.translation, screen_from_map.scaling);
            let mut shapes = Vec::new();
            let stats = to_egui(
                painter,
                self.doc.scene().shapes(),
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
            self.doc.scene_mut().overview = Some(Overview {
                key,
                meshes,
                at: screen_from_map.translation,
                stats,
            });
        }
        let Some(overview) = &mut self.doc.scene_mut().overview else {
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
        let text = draw_pass(
            painter,
            self.doc.scene().shapes(),
            screen_from_map,
            Pass::ReadableText,
        );
        DrawStats {
            drawn: stats.drawn + text.drawn,
            culled: stats.culled + text.culled,
        }
    }

    fn start_drag(&mut self, id: CardId, pointer: Pos2) {
        let selected = if self.selection.contains_card(&id) {
            self.selection.cards().to_vec()
        } else {
            self.select(Selection::Cards(vec![id.clone()]));
            vec![id.clone()]
        };
        // Dragged cards keep their order in the document.
        let cards: Vec<CardId> = self
            .doc
            .map()
            .cards
            .iter()
            .filter(|c| selected.contains(&c.id))
            .map(|c| c.id.clone())
            .collect();
        let grab = self
            .laid_out_now()
            .cards
            .iter()
            .find(|c| c.id == id)
            .map_or(egui::Vec2::ZERO, |c| pointer - c.rect.min);
        self.gesture = Gesture::MoveCards(
            CardDrag {
                cards,
                grab,
                pointer,
                target: None,
            },
            None,
        );
    }

    /// The link a click at a map point means: one whose line passes within a few screen
    /// pixels, where there is no card.
    fn link_under(&self, pos: Pos2) -> Option<crate::model::LinkId> {
        let tolerance = 6.0 / self.view.zoom;
        self.laid_out_now()
            .link_under(pos, tolerance)
            .map(|l| l.id.clone())
    }

    fn add_card_at(&mut self, pos: Pos2) {
        if self.doc.scene().laid_out().card_at(pos).is_some() {
            return;
        }
        let Some(target) = self.doc.scene().laid_out().drop_target(pos, &[]) else {
            return;
        };
        let Some(kind) = self
            .doc
            .scene()
            .laid_out()
            .rows
            .get(target.row)
            .map(|r| r.kind)
        else {
            return;
        };
        let Some(place) = gesture::place_of(self.laid_out_now(), &target) else {
            return;
        };
        let id = ops::new_card_id(self.doc.map());
        let card = Card::new(
            id.clone(),
            place.phase.clone(),
            place.lane.clone(),
            new_card_title(kind, self.doc.map().language()),
        );
        let edit = ops::add_card(self.doc.map(), card, &place);
        self.edit(edit, None);
        self.select(Selection::Cards(vec![id.clone()]));
        self.commands.push(Command::Rename { fresh: true });
        self.offer_channel(id, kind);
    }

    /// Selection outlines, the drop target and the dragged cards' ghosts.
    fn overlay_ui(&self, painter: &egui::Painter, screen_from_map: egui::emath::TSTransform) {
        let radius = self.theme().metrics.card_radius * self.view.zoom + 2.0;
        let drag = self.gesture.card_drag();
        let preview = self.gesture.preview();
        let moving: &[CardId] = drag.map_or(&[], |d| &d.cards);
        // Select All on a large map selects thousands: look them up in a set.
        let selected: std::collections::HashSet<&CardId> = self.selection.cards().iter().collect();
        let visible = screen_from_map.inverse().mul_rect(painter.clip_rect());
        for card in &self.doc.scene().laid_out().cards {
            if visible.intersects(card.rect)
                && selected.contains(&card.id)
                && !(preview.is_some() && moving.contains(&card.id))
            {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.5),
                    radius,
                    Stroke::new(2.5, SELECTION),
                    StrokeKind::Outside,
                );
            }
        }
        if let Some(band) = self.gesture.band() {
            let band = screen_from_map.mul_rect(band);
            painter.rect(
                band,
                2.0,
                SELECTION.gamma_multiply(0.08),
                Stroke::new(1.0, SELECTION),
                StrokeKind::Inside,
            );
        }
        let Some(drag) = drag else { return };
        if let Some(preview) = preview {
            // Where the dragged cards will land, in the map that has made room for them.
            for card in preview
                .laid_out
                .cards
                .iter()
                .filter(|c| drag.cards.contains(&c.id))
            {
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(2.5),
                    radius,
                    Stroke::new(2.5, SELECTION),
                    StrokeKind::Outside,
                );
            }
        } else if let Some(target) = &drag.target {
            let cell = self.doc.scene().laid_out().columns[target.column]
                .body
                .intersect(self.doc.scene().laid_out().rows[target.row].body);
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
            let Some(card) = self
                .doc
                .scene()
                .laid_out()
                .cards
                .iter()
                .find(|c| &c.id == id)
            else {
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

    /// A badge at the corner of each card with open comments, with their count; a click
    /// opens the comments panel on that card's comments. Part of the overlay: comments are
    /// for reviewers, and an export shows them only when asked.
    fn comment_badges_ui(
        &mut self,
        ui: &mut Ui,
        painter: &egui::Painter,
        screen_from_map: egui::emath::TSTransform,
    ) {
        let map = self.doc.map();
        if map.comments.is_empty() || self.gesture.card_drag().is_some() {
            return;
        }
        let counts = crate::app::panels::comments::open_counts(map);
        if counts.is_empty() {
            return;
        }
        let visible = screen_from_map.inverse().mul_rect(painter.clip_rect());
        let mut clicked = None;
        for card in &self.doc.scene().laid_out().cards {
            let on = crate::model::CommentTarget::Card(card.id.clone());
            let Some(&count) = counts.get(&on) else {
                continue;
            };
            if !visible.intersects(card.rect) {
                continue;
            }
            let corner = screen_from_map.mul_pos(card.rect.right_top());
            if comment_badge_ui(ui, painter, corner + vec2(-2.0, 2.0), &on, count).clicked() {
                clicked = Some(on);
            }
        }
        if let Some(on) = clicked {
            self.show_comments_on(on);
        }
    }
}

/// A round badge with a count of open comments, which a click opens in the panel; named
/// for screen readers and tests ("2 open comments").
pub(in crate::app) fn comment_badge_ui(
    ui: &Ui,
    painter: &egui::Painter,
    center: Pos2,
    on: &crate::model::CommentTarget,
    count: usize,
) -> egui::Response {
    let radius = 9.0;
    let rect = Rect::from_center_size(center, egui::Vec2::splat(2.0 * radius));
    let id = ui.scope_id().with(("comment badge", on));
    let response = ui.interact(rect, id, Sense::click());
    let label = crate::tr!("comments-badge", count = count);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    let fill = if response.hovered() {
        COMMENT_BADGE.gamma_multiply(0.85)
    } else {
        COMMENT_BADGE
    };
    painter.circle(center, radius, fill, Stroke::new(1.5, Color32::WHITE));
    painter.text(
        center,
        egui::Align2::CENTER_CENTER,
        if count > 9 {
            "9+".to_owned()
        } else {
            count.to_string()
        },
        egui::FontId::proportional(11.0),
        Color32::WHITE,
    );
    response.on_hover_text(label)
}

/// The colour of the badge that counts a card's open comments: a warm yellow-orange, apart
/// from the selection's blue and every lane's accent.
const COMMENT_BADGE: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x00);
