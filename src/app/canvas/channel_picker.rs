//! The channel picker: a touchpoint added by a double-click on a touchpoint lane has no
//! channel yet; once it is named, a small popup beside it offers its track's channels.
//! Choosing one sets it, one undo step; Esc or a click elsewhere leaves the card without.

use egui::emath::TSTransform;
use egui::{Atom, Id, IdSalt, Key, Rect, Ui, vec2};

use crate::app::JourneyApp;
use crate::app::gesture::Gesture;
use crate::edit::ops;
use crate::model::{Card, CardId, Channel, LaneKind, Track};

impl JourneyApp {
    /// Offers a channel for `card` once it is named: a new touchpoint on `kind`'s lane.
    pub(in crate::app) fn offer_channel(&mut self, card: CardId, kind: LaneKind) {
        self.channel_picker = kind.track().map(|_| card);
    }

    /// The popup under the card waiting for a channel, while it is the one selected card.
    pub(in crate::app) fn channel_picker_ui(&mut self, ui: &Ui, screen_from_map: TSTransform) {
        let Some(id) = self.channel_picker.clone() else {
            return;
        };
        // While the card is being made and named the picker waits (the card is added
        // after this frame's UI); after that it is for this card only.
        if matches!(self.gesture, Gesture::Rename(_)) || !self.commands.is_empty() {
            return;
        }
        let Some((card, track, rect)) = self.waiting_for_channel(&id) else {
            self.channel_picker = None;
            return;
        };
        let below = screen_from_map.mul_rect(rect).left_bottom() + vec2(0.0, 6.0);
        let mut chosen = None;
        let area = egui::Area::new(Id::unique("channel picker"))
            .order(egui::Order::Foreground)
            .fixed_pos(below)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.weak(crate::tr!("canvas-channel-picker"));
                    for channel in Channel::ALL.into_iter().filter(|c| c.track() == track) {
                        if self.channel_button_ui(ui, channel).clicked() {
                            chosen = Some(channel);
                        }
                    }
                });
            });
        if let Some(channel) = chosen {
            let edit = ops::update_card(
                self.doc.map(),
                Card {
                    channel: Some(channel),
                    ..card
                },
                &crate::tr!("edit-set-channel"),
            );
            self.edit(edit, None);
            self.channel_picker = None;
        } else if area.response.clicked_elsewhere() || ui.input(|i| i.key_pressed(Key::Escape)) {
            self.channel_picker = None;
        }
    }

    /// The card still without a channel, its track and where it is in the map, while it
    /// is the one selected card and nothing else is under way.
    fn waiting_for_channel(&self, id: &CardId) -> Option<(Card, Track, Rect)> {
        let selected = self.selection.cards() == std::slice::from_ref(id);
        let card = self.card(id).filter(|c| c.channel.is_none() && selected)?;
        let track = self.doc.map().lane(&card.lane)?.kind.track()?;
        let rect = self.laid_out_now().cards.iter().find(|c| &c.id == id)?.rect;
        self.gesture.is_idle().then(|| (card.clone(), track, rect))
    }

    /// One channel as a button the width of the popup: its icon and its name.
    fn channel_button_ui(&self, ui: &mut Ui, channel: Channel) -> egui::Response {
        let icon = IdSalt::new(("channel icon", channel));
        let name = channel.label(self.doc.map().language());
        let button = egui::Button::new((Atom::custom(icon, vec2(16.0, 16.0)), name))
            .frame_when_inactive(false)
            .min_size(vec2(150.0, 0.0));
        let response = button.atom_ui(ui);
        if let Some(rect) = response.rect(icon) {
            self.channel_icon_ui(ui.painter(), rect, channel);
        }
        response.response
    }
}
