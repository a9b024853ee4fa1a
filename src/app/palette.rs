//! The channel palette: every channel under Physical and Digital, with its icon. Drag one
//! onto the canvas to add a touchpoint there; a physical channel dropped on the digital
//! track (or the other way round) lands in the matching track of the same phase, and the
//! highlight shows that before the drop.

use egui::emath::TSTransform;
use egui::{Color32, Id, Pos2, Rect, Sense, Ui, vec2};

use super::JourneyApp;
use crate::edit::ops;
use crate::layout::DropTarget;
use crate::model::{Card, Channel, Track};
use crate::paint::{channel_icon, egui_backend};

const HIGHLIGHT: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);

impl JourneyApp {
    pub(super) fn palette_ui(&mut self, ui: &mut Ui) {
        ui.heading("Channels");
        ui.weak("Drag onto the map");
        ui.add_space(4.0);
        for track in [Track::Physical, Track::Digital] {
            ui.add_space(4.0);
            ui.strong(match track {
                Track::Physical => "Physical",
                Track::Digital => "Digital",
            });
            for channel in Channel::ALL.into_iter().filter(|c| c.track() == track) {
                let id = Id::unique(("palette", channel.label()));
                ui.dnd_drag_source(id, channel, |ui| {
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), Sense::hover());
                        let (_, accent) = self.theme.palette.lane_colors(match track {
                            Track::Physical => crate::model::LaneKind::PhysicalTouchpoints,
                            Track::Digital => crate::model::LaneKind::DigitalTouchpoints,
                        });
                        let mut shapes = Vec::new();
                        channel_icon(
                            channel,
                            Rect::from_min_size(Pos2::ZERO, rect.size()),
                            accent,
                            &mut shapes,
                        );
                        egui_backend::draw(
                            ui.painter(),
                            &shapes,
                            TSTransform::from_translation(rect.min.to_vec2()),
                        );
                        ui.label(channel.label());
                    });
                });
            }
        }
    }

    /// Where a channel dropped at a map point lands, with the track corrected.
    pub(super) fn channel_drop_target(&self, channel: Channel, pos: Pos2) -> Option<DropTarget> {
        let target = self.laid_out.drop_target(pos, &[])?;
        let kind = self.laid_out.rows.get(target.row)?.kind;
        match kind.track() {
            Some(track) if track != channel.track() => {
                let row = self
                    .laid_out
                    .rows
                    .iter()
                    .position(|r| r.kind.track() == Some(channel.track()))?;
                let column = &self.laid_out.columns[target.column].body;
                let bottom = self.laid_out.rows[row].body.bottom() - 1.0;
                self.laid_out
                    .drop_target(egui::pos2(column.center().x, bottom), &[])
            }
            _ => Some(target),
        }
    }

    /// Follows a channel dragged from the palette over the canvas and drops it.
    pub(super) fn channel_drop_ui(&mut self, ui: &Ui, screen_from_map: TSTransform) {
        let Some(channel) = egui::DragAndDrop::payload::<Channel>(ui.ctx()) else {
            return;
        };
        let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
            return;
        };
        if !self.canvas.contains(pointer) {
            return;
        }
        let at = screen_from_map.inverse().mul_pos(pointer);
        let Some(target) = self.channel_drop_target(*channel, at) else {
            return;
        };
        let cell = self.laid_out.columns[target.column]
            .body
            .intersect(self.laid_out.rows[target.row].body);
        let painter = ui.painter();
        painter.rect_filled(
            screen_from_map.mul_rect(cell),
            0.0,
            HIGHLIGHT.gamma_multiply(0.10),
        );
        painter.rect_filled(screen_from_map.mul_rect(target.marker), 2.0, HIGHLIGHT);
        if ui.input(|i| i.pointer.any_released()) {
            egui::DragAndDrop::clear_payload(ui.ctx());
            let Some(place) = self.place_of(target) else {
                return;
            };
            let id = ops::new_card_id(&self.map);
            let mut card = Card::new(
                id.clone(),
                place.phase.clone(),
                place.lane.clone(),
                channel.label(),
            );
            card.channel = Some(*channel);
            let edit = ops::add_card(&self.map, card, &place);
            self.apply(edit, None);
            self.selection = vec![id];
            self.header = None;
            self.start_naming();
        }
    }
}
