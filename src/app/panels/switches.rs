//! The channel-switch overview: a panel listing every channel switch, the broken and rough
//! handoffs first, with the active persona's feeling where the customer switches. A click
//! on a row selects the link and brings it into view.

use egui::{Color32, RichText, Ui};

use crate::analysis::channel_switches;
use crate::app::JourneyApp;
use crate::app::canvas::curves::score_text;
use crate::app::selection::Selection;
use crate::model::{HandoffQuality, LinkId};
use crate::tr;

fn quality_color(quality: Option<HandoffQuality>) -> Color32 {
    match quality {
        Some(HandoffQuality::Broken) => Color32::from_rgb(0xc6, 0x28, 0x28),
        Some(HandoffQuality::Friction) => Color32::from_rgb(0xc7, 0x6a, 0x00),
        Some(HandoffQuality::Smooth) => Color32::from_rgb(0x2e, 0x7d, 0x32),
        None => Color32::from_gray(110),
    }
}

impl JourneyApp {
    /// The overview's table.
    pub(in crate::app) fn switches_ui(&mut self, ui: &mut Ui) {
        let persona = self.active_persona().cloned();
        let rows = channel_switches(self.doc.map(), persona.as_ref());
        let persona_name = persona
            .as_ref()
            .and_then(|p| self.doc.map().persona(p))
            .map_or_else(|| tr!("switches-persona"), |p| p.name.clone());
        ui.horizontal(|ui| {
            ui.strong(tr!("switches-heading"));
            ui.weak(tr!("switches-summary", count = rows.len()));
        });
        if rows.is_empty() {
            ui.weak(tr!("switches-none"));
            return;
        }
        let no_channel = tr!("switches-no-channel");
        let (crosses, same_track) = (tr!("switches-crosses-tracks"), tr!("switches-same-track"));
        let mut picked: Option<LinkId> = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("channel switch table")
                .striped(true)
                .num_columns(6)
                .spacing([18.0, 4.0])
                .show(ui, |ui| {
                    for heading in [
                        tr!("switches-column-handoff"),
                        tr!("switches-column-from-to"),
                        tr!("switches-column-tracks"),
                        tr!("switches-column-phase"),
                        tr!("switches-column-feels", persona = persona_name.as_str()),
                        tr!("switches-column-label"),
                    ] {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for row in &rows {
                        let selected = self.selection.link() == Some(&row.link);
                        let language = self.doc.map().language();
                        let quality = HandoffQuality::label_or_not_judged(row.quality, language);
                        let cells = [
                            RichText::new(quality).color(quality_color(row.quality)),
                            RichText::new(format!(
                                "{} \u{2192} {}",
                                row.from
                                    .map_or_else(|| no_channel.clone(), |c| c.label(language)),
                                row.to
                                    .map_or_else(|| no_channel.clone(), |c| c.label(language))
                            )),
                            RichText::new(if row.crosses_tracks {
                                crosses.as_str()
                            } else {
                                same_track.as_str()
                            }),
                            RichText::new(
                                self.doc
                                    .map()
                                    .phase(&row.phase)
                                    .map_or_else(String::new, |p| p.name.clone()),
                            ),
                            RichText::new(row.score.map_or_else(
                                || "\u{2013}".to_owned(),
                                |s| score_text((s * 10.0).round() / 10.0),
                            )),
                            // A dash for a link without a label, as for a phase without a
                            // score: an empty cell would be a button with no name.
                            RichText::new(if row.label.trim().is_empty() {
                                "\u{2013}"
                            } else {
                                row.label.as_str()
                            }),
                        ];
                        for cell in cells {
                            if ui.selectable_label(selected, cell).clicked() {
                                picked = Some(row.link.clone());
                            }
                        }
                        ui.end_row();
                    }
                });
        });
        if let Some(link) = picked {
            self.show_link(&link);
        }
    }

    /// Selects a link and moves the view so it is in the middle of the canvas.
    pub(in crate::app) fn show_link(&mut self, id: &LinkId) {
        self.select(Selection::Link(id.clone()));
        if let Some(link) = self.laid_out_link(id) {
            let middle = link
                .label
                .as_ref()
                .map(|l| l.rect.center())
                .or_else(|| link.path.get(link.path.len() / 2).copied());
            if let Some(middle) = middle {
                self.view.center_on(self.canvas, middle);
            }
        }
    }
}
