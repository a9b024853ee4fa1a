//! The channel palette: every channel under Physical and Digital, with its icon. Drag one
//! onto the canvas to add a touchpoint there; a physical channel dropped on the digital
//! track (or the other way round) lands in the matching track of the same phase, and the
//! highlight shows that before the drop.

use egui::emath::TSTransform;
use egui::{
    Align2, Color32, CursorIcon, LayerId, Order, Pos2, Rect, Role, Sense, Ui, WidgetInfo, vec2,
};

use crate::app::JourneyApp;
use crate::app::command::Command;
use crate::app::gesture;
use crate::app::selection::Selection;
use crate::edit::ops;
use crate::model::{Card, Channel, Track};
use crate::paint::{channel_icon, egui_backend};
use crate::tr;

const HIGHLIGHT: Color32 = Color32::from_rgb(0x2f, 0x76, 0xd2);

impl JourneyApp {
    pub(in crate::app) fn palette_ui(&mut self, ui: &mut Ui) {
        ui.heading(tr!("palette-heading"));
        ui.weak(tr!("palette-hint"));
        ui.add_space(4.0);
        for track in [Track::Physical, Track::Digital] {
            ui.add_space(4.0);
            ui.strong(match track {
                Track::Physical => tr!("palette-physical"),
                Track::Digital => tr!("palette-digital"),
            });
            for channel in Channel::ALL.into_iter().filter(|c| c.track() == track) {
                self.channel_row_ui(ui, channel);
            }
        }
    }

    /// A channel's row: the whole row can be grabbed (not only its icon or its word), it
    /// lights up under the pointer, and its tooltip says what a drop does.
    fn channel_row_ui(&self, ui: &mut Ui, channel: Channel) {
        let language = self.doc.map().language();
        let height = ui.spacing().interact_size.y;
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::drag());
        response.widget_info(|| {
            WidgetInfo::labeled(Role::ListItem, ui.is_enabled(), channel.label(language))
        });
        response.dnd_set_drag_payload(channel);
        let response = response.on_hover_text(match channel.track() {
            Track::Physical => tr!(
                "palette-channel-tooltip-physical",
                channel = channel.label(language)
            ),
            Track::Digital => tr!(
                "palette-channel-tooltip-digital",
                channel = channel.label(language)
            ),
        });
        let dragged = response.dragged();
        if response.hovered() || dragged {
            let visuals = ui.visuals().widgets.hovered;
            ui.painter()
                .rect_filled(rect, visuals.corner_radius, visuals.weak_bg_fill);
        }
        self.channel_row_contents_ui(ui.painter(), rect, channel);
        if dragged {
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
            // The row follows the pointer, so the user sees what they carry.
            if let Some(pointer) = ui.ctx().pointer_interact_pos() {
                let painter = ui
                    .ctx()
                    .layer_painter(LayerId::new(Order::Tooltip, response.id));
                let carried = Rect::from_min_size(pointer - vec2(8.0, height / 2.0), rect.size());
                painter.rect_filled(
                    carried,
                    ui.visuals().widgets.hovered.corner_radius,
                    ui.visuals().widgets.hovered.weak_bg_fill,
                );
                self.channel_row_contents_ui(&painter, carried, channel);
            }
        }
    }

    /// A channel's icon and name, in a row's rectangle.
    fn channel_row_contents_ui(&self, painter: &egui::Painter, rect: Rect, channel: Channel) {
        let icon = Rect::from_min_size(
            egui::pos2(rect.left() + 4.0, rect.center().y - 8.0),
            vec2(16.0, 16.0),
        );
        self.channel_icon_ui(painter, icon, channel);
        let style = painter.ctx().global_style();
        painter.text(
            egui::pos2(icon.right() + 6.0, rect.center().y),
            Align2::LEFT_CENTER,
            channel.label(self.doc.map().language()),
            egui::TextStyle::Body.resolve(&style),
            style.visuals.text_color(),
        );
    }

    /// A channel's icon in a rectangle, in the accent of its track's lanes: the palette and
    /// the channel picker show the same icons as the cards.
    pub(in crate::app) fn channel_icon_ui(
        &self,
        painter: &egui::Painter,
        icon: Rect,
        channel: Channel,
    ) {
        let lane = match channel.track() {
            Track::Physical => crate::model::LaneKind::PhysicalTouchpoints,
            Track::Digital => crate::model::LaneKind::DigitalTouchpoints,
        };
        let (_, accent) = self.theme().palette.lane_colors(lane);
        let mut shapes = Vec::new();
        channel_icon(
            channel,
            Rect::from_min_size(Pos2::ZERO, icon.size()),
            accent,
            &mut shapes,
        );
        egui_backend::draw(
            painter,
            &shapes,
            TSTransform::from_translation(icon.min.to_vec2()),
        );
    }

    /// Follows a channel dragged from the palette over the canvas and drops it.
    pub(in crate::app) fn channel_drop_ui(&mut self, ui: &Ui, screen_from_map: TSTransform) {
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
        let released = ui.input(|i| i.pointer.any_released());
        let target = match self.laid_out_now().channel_drop(*channel, at) {
            Ok(target) => target,
            Err(refusal) => {
                // Not a silent nothing: the status bar says why, while hovering and after.
                let sentence = refusal.sentence(*channel);
                if released {
                    egui::DragAndDrop::clear_payload(ui.ctx());
                    self.status = sentence;
                } else {
                    // A note beside the pointer: the drop will add nothing here.
                    let painter = ui.painter();
                    let galley = painter.layout(
                        sentence,
                        egui::FontId::proportional(12.0),
                        ui.visuals().strong_text_color(),
                        260.0,
                    );
                    let at = pointer + vec2(16.0, 16.0);
                    painter.rect_filled(
                        Rect::from_min_size(at, galley.size()).expand(5.0),
                        4.0,
                        ui.visuals().extreme_bg_color,
                    );
                    painter.galley(at, galley, Color32::PLACEHOLDER);
                }
                return;
            }
        };
        let cell = self.doc.scene().laid_out().columns[target.column]
            .body
            .intersect(self.doc.scene().laid_out().rows[target.row].body);
        let painter = ui.painter();
        painter.rect_filled(
            screen_from_map.mul_rect(cell),
            0.0,
            HIGHLIGHT.gamma_multiply(0.10),
        );
        painter.rect_filled(screen_from_map.mul_rect(target.marker), 2.0, HIGHLIGHT);
        if released {
            egui::DragAndDrop::clear_payload(ui.ctx());
            let Some(place) = gesture::place_of(self.laid_out_now(), &target) else {
                return;
            };
            let id = ops::new_card_id(self.doc.map());
            let mut card = Card::new(
                id.clone(),
                place.phase.clone(),
                place.lane.clone(),
                channel.label(self.doc.map().language()),
            );
            card.channel = Some(*channel);
            let edit = ops::add_card(self.doc.map(), card, &place);
            self.edit(edit, None);
            self.select(Selection::Cards(vec![id]));
            self.commands.push(Command::Rename { fresh: true });
        }
    }
}
