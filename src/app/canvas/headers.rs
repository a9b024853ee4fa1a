//! Phase and lane headers on the canvas: select, rename in place, drag to reorder (the
//! map makes room while dragging), add and delete (after a yes); and typing a new name
//! in place for cards too.

use egui::{Color32, Id, Key, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo};

use crate::app::command::Command;
use crate::app::gesture::{self, Gesture, HeaderDrag, RenameTarget, Renaming};
use crate::app::selection::{Header, Selection};
use crate::app::{Action, JourneyApp};
use crate::edit::ops;
use crate::layout::hit::HeaderHit;
use crate::model::{
    COLUMN_WIDTH_RANGE, Lane, LaneId, LaneKind, Phase, PhaseId, fresh_id, templates,
};

const SELECTION: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);

/// Where the headers are on screen while the map is panned past them: the phase headers
/// pinned under the canvas's top edge, the lane headers at its left edge, so a zoomed-in
/// map still says which phase and lane a card is in. Screen only: exports are unchanged.
#[derive(Clone, Copy, Debug)]
pub(in crate::app) struct Sticky {
    /// How far down the phase headers are moved, in screen points; 0 when in place.
    phase_dy: f32,
    /// How far right the lane headers are moved, in screen points; 0 when in place.
    lane_dx: f32,
    /// The band at the canvas's top that pinned phase headers cover.
    phase_strip: Option<Rect>,
    /// The band at the canvas's left that pinned lane headers cover.
    lane_strip: Option<Rect>,
    /// Where phase headers can be seen and clicked.
    phase_clip: Rect,
    /// Where lane headers can be seen and clicked.
    lane_clip: Rect,
}

impl Sticky {
    /// How far a header is moved on screen from its place in the map.
    pub(in crate::app) fn offset(&self, header: &Header) -> egui::Vec2 {
        match header {
            Header::Phase(_) => egui::vec2(0.0, self.phase_dy),
            Header::Lane(_) => egui::vec2(self.lane_dx, 0.0),
        }
    }

    /// Where a header (or a part of it) at `screen` in the map is seen and clicked.
    pub(in crate::app) fn place(&self, header: &Header, screen: Rect) -> Rect {
        let clip = match header {
            Header::Phase(_) => self.phase_clip,
            Header::Lane(_) => self.lane_clip,
        };
        screen.translate(self.offset(header)).intersect(clip)
    }
}

impl JourneyApp {
    /// Where the headers stay in view for this pan and zoom.
    pub(in crate::app) fn sticky(&self, screen_from_map: egui::emath::TSTransform) -> Sticky {
        let canvas = self.canvas;
        let laid_out = self.laid_out_now();
        let page = screen_from_map.mul_rect(laid_out.bounds).intersect(canvas);
        let grid = laid_out
            .rows
            .first()
            .zip(laid_out.rows.last())
            .zip(laid_out.columns.last())
            .map(|((first, last), right)| {
                screen_from_map.mul_rect(Rect::from_min_max(
                    first.header.min,
                    egui::pos2(right.body.right(), last.body.bottom()),
                ))
            });
        // A header row (or column) moves just enough to stay at the edge, and no further
        // than the end of the grid, so it leaves with the map's last lane (or phase).
        let phase_header = laid_out
            .columns
            .first()
            .map(|c| screen_from_map.mul_rect(c.header));
        let phase_dy = phase_header
            .zip(grid)
            .map_or(0.0, |(header, grid)| {
                (canvas.top() - header.top()).min(grid.bottom() - header.bottom())
            })
            .max(0.0);
        let lane_header = laid_out
            .rows
            .first()
            .map(|r| screen_from_map.mul_rect(r.header));
        let lane_dx = lane_header
            .zip(grid)
            .map_or(0.0, |(header, grid)| {
                (canvas.left() - header.left()).min(grid.right() - header.right())
            })
            .max(0.0);
        let phase_strip = phase_header.filter(|_| phase_dy > 0.0).map(|header| {
            Rect::from_x_y_ranges(
                page.x_range(),
                canvas.top()..=header.bottom() + phase_dy + 3.0,
            )
        });
        let lane_strip = lane_header
            .zip(grid)
            .filter(|_| lane_dx > 0.0)
            .map(|(header, grid)| {
                Rect::from_x_y_ranges(
                    canvas.left()..=header.right() + lane_dx + 3.0,
                    grid.y_range(),
                )
                .intersect(canvas)
            });
        let mut phase_clip = canvas;
        let mut lane_clip = canvas;
        if let Some(strip) = phase_strip {
            lane_clip.min.y = strip.bottom();
            if let Some(lanes) = lane_strip {
                phase_clip.min.x = lanes.right();
            }
        }
        Sticky {
            phase_dy,
            lane_dx,
            phase_strip,
            lane_strip,
            phase_clip,
            lane_clip,
        }
    }

    /// Draws the headers that are pinned to the canvas's edges over the map, on a band of
    /// the page's colour, and keeps clicks on those bands from reaching what is beneath.
    pub(in crate::app) fn sticky_headers_ui(
        &self,
        ui: &mut Ui,
        screen_from_map: egui::emath::TSTransform,
        sticky: Sticky,
    ) {
        let laid_out = self.shown_layout();
        let theme = self.theme();
        let background = theme.palette.background;
        let line = Stroke::new(1.0, theme.palette.line);
        if let Some(strip) = sticky.lane_strip {
            let painter = ui.painter().with_clip_rect(sticky.lane_clip);
            painter.rect_filled(strip, 0.0, background);
            let mut shapes = Vec::new();
            for row in &laid_out.rows {
                crate::paint::paint_lane_header(row, theme, &mut shapes);
            }
            let moved = egui::emath::TSTransform::from_translation(egui::vec2(sticky.lane_dx, 0.0))
                * screen_from_map;
            crate::paint::egui_backend::draw(&painter, &shapes, moved);
            painter.vline(strip.right(), strip.y_range(), line);
            // A blueprint line's name follows its lane's header, so a map panned sideways
            // still says which line is which: the line through the header and its chip.
            let mut ends = Vec::new();
            for blueprint_line in &laid_out.blueprint_lines {
                let mut left_end = blueprint_line.clone();
                left_end.ends.1.x = left_end.label_rect.right() + 12.0;
                crate::paint::paint_blueprint_line(&left_end, theme, &mut ends);
            }
            let canvas_painter = ui.painter().with_clip_rect(self.canvas);
            crate::paint::egui_backend::draw(&canvas_painter, &ends, moved);
            let _ = ui.interact(
                strip.intersect(sticky.lane_clip),
                ui.scope_id().with("lane band"),
                Sense::click(),
            );
        }
        if let Some(strip) = sticky.phase_strip {
            let painter = ui.painter().with_clip_rect(self.canvas);
            painter.rect_filled(strip, 0.0, background);
            let painter = ui.painter().with_clip_rect(sticky.phase_clip);
            let mut shapes = Vec::new();
            for column in &laid_out.columns {
                crate::paint::paint_phase_header(column, theme, &mut shapes);
            }
            let moved =
                egui::emath::TSTransform::from_translation(egui::vec2(0.0, sticky.phase_dy))
                    * screen_from_map;
            crate::paint::egui_backend::draw(&painter, &shapes, moved);
            ui.painter()
                .with_clip_rect(self.canvas)
                .hline(strip.x_range(), strip.bottom(), line);
            let _ = ui.interact(strip, ui.scope_id().with("phase band"), Sense::click());
        }
    }

    /// The headers' widgets, over the drawn map.
    pub(in crate::app) fn headers_ui(
        &mut self,
        ui: &mut Ui,
        screen_from_map: egui::emath::TSTransform,
        sticky: Sticky,
    ) {
        let mut clicked = None;
        let mut renamed = None;
        let mut dragging: Option<(Header, egui::Pos2)> = None;
        let mut stopped = false;
        let mut menus = Vec::new();
        let mut badge_clicked = None;
        let open_comments: std::collections::HashMap<crate::model::CommentTarget, usize> =
            crate::app::panels::comments::open_counts(self.doc.map())
                .into_iter()
                .map(|(on, count)| (on.clone(), count))
                .collect();
        let headers: Vec<(Header, Rect, String)> = self
            .doc
            .scene()
            .laid_out()
            .columns
            .iter()
            .map(|c| {
                (
                    Header::Phase(c.phase.clone()),
                    c.header,
                    self.doc
                        .map()
                        .phase(&c.phase)
                        .map_or_else(String::new, |p| p.name.clone()),
                )
            })
            .chain(self.doc.scene().laid_out().rows.iter().map(|r| {
                (
                    Header::Lane(r.lane.clone()),
                    r.header,
                    self.doc
                        .map()
                        .lane(&r.lane)
                        .map_or_else(String::new, |l| l.name.clone()),
                )
            }))
            .collect();
        for (header, rect, name) in &headers {
            let screen = sticky.place(header, screen_from_map.mul_rect(*rect));
            if !screen.is_positive() {
                continue;
            }
            let salt = match header {
                Header::Phase(id) => ("phase", id.as_str()),
                Header::Lane(id) => ("lane", id.as_str()),
            };
            let response = ui.interact(screen, ui.scope_id().with(salt), Sense::click_and_drag());
            let label = match header {
                Header::Phase(_) => crate::tr!("canvas-phase-header", name = name.as_str()),
                Header::Lane(_) => crate::tr!("canvas-lane-header", name = name.as_str()),
            };
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.double_clicked() {
                renamed = Some(header.clone());
            } else if response.clicked() || response.secondary_clicked() {
                clicked = Some(header.clone());
            }
            if response.dragged()
                && let Some(pos) = ui.input(|i| i.pointer.interact_pos())
            {
                dragging = Some((header.clone(), screen_from_map.inverse().mul_pos(pos)));
            }
            if response.drag_stopped() {
                stopped = true;
            }
            if self.selection.header() == Some(header) {
                // While a drag shows the map as it would be, the outline follows that picture.
                let shown = self.shown_layout();
                let outline = match header {
                    Header::Phase(id) => shown
                        .columns
                        .iter()
                        .find(|c| &c.phase == id)
                        .map(|c| c.header),
                    Header::Lane(id) => shown.rows.iter().find(|r| &r.lane == id).map(|r| r.header),
                }
                .unwrap_or(*rect);
                ui.painter().rect_stroke(
                    screen_from_map
                        .mul_rect(outline)
                        .translate(sticky.offset(header))
                        .expand(2.0),
                    6.0,
                    Stroke::new(2.5, SELECTION),
                    StrokeKind::Outside,
                );
            }
            menus.push((header.clone(), response));
            // Open comments on the phase or lane: a badge inside the header's corner.
            let on = match header {
                Header::Phase(id) => crate::model::CommentTarget::Phase(id.clone()),
                Header::Lane(id) => crate::model::CommentTarget::Lane(id.clone()),
            };
            if let Some(&count) = open_comments.get(&on) {
                let center = screen.right_top() + egui::vec2(-13.0, 13.0);
                let painter = ui.painter().clone();
                if super::comment_badge_ui(ui, &painter, center, &on, count).clicked() {
                    badge_clicked = Some(on);
                }
            }
        }
        if let Some(on) = badge_clicked {
            self.show_comments_on(on);
        }
        for (header, response) in &menus {
            response.context_menu(|ui| self.header_menu_ui(ui, header));
        }
        self.column_edges_ui(ui, screen_from_map, sticky);
        if let Some(header) = clicked {
            self.select(Selection::Header(header));
        }
        if let Some(header) = renamed {
            self.select(Selection::Header(header));
            self.commands.push(Command::Rename { fresh: false });
        }
        if let Some((header, pointer)) = dragging {
            self.drag_header(header, pointer);
        }
        if stopped && matches!(self.gesture, Gesture::MoveHeader(..)) {
            self.commands.push(Command::Finish);
        }
    }

    /// The right edge of every phase header can be dragged to set the column's width; the
    /// map follows live, and the release is one undo step.
    fn column_edges_ui(
        &mut self,
        ui: &mut Ui,
        screen_from_map: egui::emath::TSTransform,
        sticky: Sticky,
    ) {
        let edges: Vec<(PhaseId, Rect, f32)> = self
            .doc
            .scene()
            .laid_out()
            .columns
            .iter()
            .map(|c| {
                let edge = Rect::from_min_max(
                    egui::pos2(c.body.right() - 4.0, c.header.top()),
                    egui::pos2(c.body.right() + 4.0, c.header.bottom()),
                );
                (c.phase.clone(), edge, c.body.width())
            })
            .collect();
        for (phase, edge, width) in edges {
            let screen = sticky.place(
                &Header::Phase(phase.clone()),
                screen_from_map.mul_rect(edge),
            );
            if !screen.is_positive() {
                continue;
            }
            let id = ui.scope_id().with(("column edge", phase.as_str()));
            let response = ui
                .interact(screen, id, Sense::drag())
                .on_hover_cursor(egui::CursorIcon::ResizeHorizontal);
            let name = self
                .doc
                .map()
                .phase(&phase)
                .map_or_else(String::new, |p| p.name.clone());
            response.widget_info(|| {
                WidgetInfo::labeled(
                    egui::Role::Splitter,
                    true,
                    crate::tr!("canvas-column-width", name = name.as_str()),
                )
            });
            let resizing = matches!(&self.gesture, Gesture::ResizeColumn(p, ..) if *p == phase);
            if response.dragged() && (resizing || self.gesture.is_idle()) {
                let dragged = response.total_drag_delta().map_or(0.0, |d| d.x) / self.view.zoom;
                let (min, max) = (*COLUMN_WIDTH_RANGE.start(), *COLUMN_WIDTH_RANGE.end());
                let new_width = (f64::from(width + dragged)).clamp(min, max).round();
                let preview = gesture::resize_column(self.doc.map(), &phase, new_width)
                    .and_then(|edit| self.preview_of(edit));
                self.gesture = Gesture::ResizeColumn(phase.clone(), new_width, preview);
            }
            if response.drag_stopped() && resizing {
                self.commands.push(Command::Finish);
            }
        }
    }

    /// Follows a header drag: the position it would take, and the map as it would look.
    fn drag_header(&mut self, header: Header, pointer: egui::Pos2) {
        // Headers are laid out in document order, so the index is the layout's too.
        let from = match &header {
            Header::Phase(id) => self.doc.map().phases.iter().position(|p| &p.id == id),
            Header::Lane(id) => self.doc.map().lanes.iter().position(|l| &l.id == id),
        };
        let Some(dragged) = from.map(|i| match &header {
            Header::Phase(_) => HeaderHit::Phase(i),
            Header::Lane(_) => HeaderHit::Lane(i),
        }) else {
            return;
        };
        let to = self.laid_out_now().header_slot(dragged, pointer);
        match &self.gesture {
            Gesture::MoveHeader(drag, _) if drag.header == header && drag.to == to => return,
            Gesture::MoveHeader(drag, _) if drag.header != header => return,
            Gesture::MoveHeader(..) | Gesture::Idle => {}
            _ => return,
        }
        if self.selection.header() != Some(&header) {
            self.select(Selection::Header(header.clone()));
        }
        let edit = match &header {
            Header::Phase(id) => ops::move_phase(self.doc.map(), id, to),
            Header::Lane(id) => ops::move_lane(self.doc.map(), id, to),
        };
        let preview = self.preview_of(edit);
        self.gesture = Gesture::MoveHeader(HeaderDrag { header, to }, preview);
    }

    /// The menu of a phase or lane header, from the action list; its actions work on the
    /// selected header, which this one becomes.
    fn header_menu_ui(&mut self, ui: &mut Ui, header: &Header) {
        match header {
            Header::Phase(_) => {
                self.action_button(ui, Action::AddPhaseBefore);
                self.action_button(ui, Action::AddPhaseAfter);
            }
            Header::Lane(_) => {
                ui.menu_button(crate::tr!("canvas-add-lane-above"), |ui| {
                    for kind in LaneKind::ALL {
                        self.action_button(ui, Action::AddLaneAbove(kind));
                    }
                });
                ui.menu_button(crate::tr!("canvas-add-lane-below"), |ui| {
                    for kind in LaneKind::ALL {
                        self.action_button(ui, Action::AddLaneBelow(kind));
                    }
                });
                self.action_button(ui, Action::ToggleFold);
                ui.menu_button(crate::tr!("canvas-line-below"), |ui| {
                    let choices =
                        std::iter::once(None).chain(crate::model::BlueprintLine::ALL.map(Some));
                    for line in choices {
                        self.action_button(ui, Action::SetLaneLine(line));
                    }
                });
            }
        }
        ui.separator();
        if self.selection.header() != Some(header) {
            self.select(Selection::Header(header.clone()));
        }
        self.action_button(ui, Action::Rename);
        self.action_button(ui, Action::Comment);
        self.action_button(ui, Action::Delete);
    }

    /// Adds a phase at a position (or the end), selects it and starts naming it.
    pub(in crate::app) fn add_phase_after(&mut self, at: Option<usize>) {
        let index = at.unwrap_or(self.doc.map().phases.len());
        let id = PhaseId(fresh_id(
            "p",
            self.doc.map().phases.iter().map(|p| p.id.as_str()),
        ));
        let group = index
            .checked_sub(1)
            .and_then(|i| self.doc.map().phases.get(i))
            .and_then(|p| p.group.clone());
        let phase = Phase {
            id: id.clone(),
            name: crate::tr_in!(self.doc.map().language(), "map-new-phase"),
            color: templates::phase_color(self.doc.map().phases.len()),
            group,
            width: None,
        };
        let edit = ops::add_phase(self.doc.map(), index, phase);
        self.edit(edit, None);
        self.select(Selection::Header(Header::Phase(id)));
        self.commands.push(Command::Rename { fresh: true });
    }

    /// Adds a lane of a kind at a position (or the bottom), selects it and starts naming
    /// it.
    pub(in crate::app) fn add_lane_after(&mut self, at: Option<usize>, kind: LaneKind) {
        let index = at.unwrap_or(self.doc.map().lanes.len());
        let id = LaneId(fresh_id(
            "l",
            self.doc.map().lanes.iter().map(|l| l.id.as_str()),
        ));
        let lane = Lane {
            id: id.clone(),
            name: kind.label(self.doc.map().language()),
            kind,
            collapsed: false,
            line_below: None,
        };
        let edit = ops::add_lane(self.doc.map(), index, lane);
        self.edit(edit, None);
        self.select(Selection::Header(Header::Lane(id)));
        self.commands.push(Command::Rename { fresh: true });
    }

    /// Starts typing a new name for the selected card or header. `fresh` is for what was
    /// just made: the field starts empty, showing the default name faintly, so typing
    /// replaces it and Enter on an empty field keeps it.
    pub(in crate::app) fn start_rename(&mut self, fresh: bool) {
        self.start_rename_with(fresh, None);
    }

    /// Starts a rename whose text is already `typed` (a key pressed on a selected card).
    pub(in crate::app) fn start_rename_with(&mut self, fresh: bool, typed: Option<String>) {
        if !self.gesture.is_idle() {
            return;
        }
        let map = self.doc.map();
        let target = match (&self.selection, self.selection.cards()) {
            (Selection::Header(header), _) => RenameTarget::Header(header.clone()),
            (_, [card]) => RenameTarget::Card(card.clone()),
            _ => return,
        };
        let name = match &target {
            RenameTarget::Card(id) => map.card(id).map(|c| c.title.clone()),
            RenameTarget::Header(Header::Phase(id)) => map.phase(id).map(|p| p.name.clone()),
            RenameTarget::Header(Header::Lane(id)) => map.lane(id).map(|l| l.name.clone()),
        };
        if let Some(name) = name {
            let text = match (&typed, fresh) {
                (Some(typed), _) => typed.clone(),
                (None, true) => String::new(),
                (None, false) => name.clone(),
            };
            self.gesture = Gesture::Rename(Renaming {
                target,
                hint: name,
                text,
                focused: false,
                typed: typed.is_some(),
            });
        }
    }

    /// The text field over what is being renamed: Enter (or clicking away) keeps the
    /// name, Esc keeps the old one.
    pub(in crate::app) fn rename_ui(
        &mut self,
        ui: &mut Ui,
        screen_from_map: egui::emath::TSTransform,
        sticky: Sticky,
    ) {
        let Some(mut renaming) = self.gesture.renaming().cloned() else {
            return;
        };
        let laid_out = self.laid_out_now();
        let rect = match &renaming.target {
            RenameTarget::Card(id) => laid_out.cards.iter().find(|c| &c.id == id).map(|c| {
                let top = c
                    .title
                    .first()
                    .map_or(c.rect.top() + 8.0, |l| l.pos.y - 3.0);
                Rect::from_min_max(
                    egui::pos2(c.rect.left() + 8.0, top),
                    egui::pos2(c.rect.right() - 6.0, top + 22.0),
                )
            }),
            RenameTarget::Header(Header::Phase(id)) => laid_out
                .columns
                .iter()
                .find(|c| &c.phase == id)
                .map(|c| c.header.shrink2(egui::vec2(8.0, 8.0))),
            RenameTarget::Header(Header::Lane(id)) => {
                laid_out.rows.iter().find(|r| &r.lane == id).map(|r| {
                    Rect::from_min_size(
                        r.header.min + egui::vec2(34.0, 8.0),
                        egui::vec2(r.header.width() - 42.0, 26.0),
                    )
                })
            }
        };
        let field = Id::unique("rename in place");
        let Some(rect) = rect else {
            // What was being renamed is gone (deleted by an undo elsewhere, say).
            self.gesture = Gesture::Idle;
            return;
        };
        let screen = match &renaming.target {
            RenameTarget::Header(header) => screen_from_map
                .mul_rect(rect)
                .translate(sticky.offset(header)),
            RenameTarget::Card(_) => screen_from_map.mul_rect(rect),
        };
        let size = (13.0 * self.view.zoom).clamp(10.0, 28.0);
        // Esc drops the field and the name typed; read before the field takes the key.
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            ui.memory_mut(|m| m.surrender_focus(field));
            self.gesture.cancel();
            return;
        }
        // The field has the keyboard from its first frame, so that the keys typed right
        // after the first character are not lost.
        let newly_shown = !renaming.focused;
        if newly_shown {
            ui.memory_mut(|m| m.request_focus(field));
            // The whole old name is selected, so typing replaces it; after a typed first
            // character the caret follows it.
            let mut state =
                egui::text_edit::TextEditState::load(ui.ctx(), field).unwrap_or_default();
            let range = if renaming.typed {
                egui::text_selection::CCursorRange::one(egui::text::CCursor::new(
                    renaming.text.chars().count(),
                ))
            } else {
                egui::text_selection::CCursorRange::select_all_str(&renaming.text)
            };
            state.cursor.set_char_range(Some(range));
            state.store(ui.ctx(), field);
            renaming.focused = true;
        }
        let response = ui.put(
            screen,
            egui::TextEdit::singleline(&mut renaming.text)
                .id(field)
                .hint_text(renaming.hint.clone())
                .font(egui::FontId::proportional(size))
                .desired_width(screen.width()),
        );
        response.widget_info(|| {
            WidgetInfo::labeled(egui::Role::TextInput, true, crate::tr!("canvas-new-name"))
        });
        if !newly_shown && response.lost_focus() {
            self.commands.push(Command::Finish);
        }
        if let Gesture::Rename(current) = &mut self.gesture {
            *current = renaming;
        }
    }

    /// Asks before deleting a phase or lane, saying how many cards go with it.
    pub(in crate::app) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(header) = self.dialogs.confirm.clone() else {
            return;
        };
        let (name, cards) = (
            header.name(self.doc.map()),
            header.card_count(self.doc.map()),
        );
        let mut answer = None;
        let modal = egui::Modal::new(Id::unique("confirm delete")).show(ctx, |ui| {
            ui.set_max_width(380.0);
            ui.heading(match &header {
                Header::Phase(_) => {
                    crate::tr!("canvas-delete-phase-question", name = name.as_str())
                }
                Header::Lane(_) => crate::tr!("canvas-delete-lane-question", name = name.as_str()),
            });
            ui.add_space(6.0);
            ui.label(crate::tr!("canvas-delete-header-cards", count = cards));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let delete = match &header {
                    Header::Phase(_) => crate::tr!("canvas-delete-phase"),
                    Header::Lane(_) => crate::tr!("canvas-delete-lane"),
                };
                if ui.button(delete).clicked() {
                    answer = Some(true);
                }
                if ui.button(crate::tr!("canvas-cancel")).clicked() {
                    answer = Some(false);
                }
            });
        });
        if modal.should_close() {
            answer = answer.or(Some(false));
        }
        // Enter says yes, as the first button does; Esc (above) says no.
        if ctx.input(|i| i.key_pressed(Key::Enter)) {
            answer = answer.or(Some(true));
        }
        match answer {
            Some(true) => {
                self.dialogs.confirm = None;
                let edit = match &header {
                    Header::Phase(id) => ops::delete_phase(self.doc.map(), id),
                    Header::Lane(id) => ops::delete_lane(self.doc.map(), id),
                };
                self.edit(edit, None);
                self.select(Selection::None);
            }
            Some(false) => self.dialogs.confirm = None,
            None => {}
        }
    }
}
