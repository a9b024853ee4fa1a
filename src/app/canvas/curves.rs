//! Emotion curves on the canvas: a click in the emotion lane adds a point for the active
//! persona, a point is dragged up and down to set its score (in half steps) and sideways to
//! another phase, dropped on a card to tie it to that card, and selected to edit or delete.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Sense, Stroke, Ui, WidgetInfo, vec2};

use crate::app::JourneyApp;
use crate::app::command::Command;
use crate::app::gesture::{Gesture, PointDrag};
use crate::app::selection::Selection;
use crate::edit::ops;
use crate::model::{PersonaId, PointId};
use crate::paint::egui_backend::draw;

/// How far from a point's centre, in screen pixels, it can be grabbed.
const GRAB_RADIUS: f32 = 11.0;

/// A score as the scale writes it: "+1.5", "0", "−2"; in Dutch with a decimal comma,
/// "+1,5".
pub(in crate::app) fn score_text(score: f64) -> String {
    let digits = crate::app::number_text(score.abs());
    if score > 0.0 {
        format!("+{digits}")
    } else if score < 0.0 {
        format!("\u{2212}{digits}")
    } else {
        "0".to_owned()
    }
}

impl JourneyApp {
    /// The persona whose curve clicks and drags edit: the one picked in the personas panel,
    /// else the first shown one.
    pub fn active_persona(&self) -> Option<&PersonaId> {
        self.active_persona
            .as_ref()
            .filter(|id| self.doc.map().persona(id).is_some())
            .or_else(|| {
                self.doc
                    .map()
                    .personas
                    .iter()
                    .find(|p| !p.hidden)
                    .or(self.doc.map().personas.first())
                    .map(|p| &p.id)
            })
    }

    /// The selected emotion point, if one is.
    pub fn selected_point(&self) -> Option<&PointId> {
        self.selection.point()
    }

    /// Whether a map point is where emotion points go: the curve band of the emotion lane.
    pub(in crate::app) fn in_curve_area(&self, pos: Pos2) -> bool {
        self.laid_out_now().in_curve_area(pos)
    }

    /// Adds a point for the active persona where the user clicked in the emotion lane.
    pub(in crate::app) fn add_point_at(&mut self, pos: Pos2) {
        let laid_out = self.laid_out_now();
        let Some(spot) = laid_out.curve_spot_at(pos) else {
            return;
        };
        let score = spot.score;
        let phase = laid_out.columns[spot.column].phase.clone();
        let Some(persona) = self.active_persona().cloned() else {
            self.status = crate::tr!("status-point-needs-persona");
            return;
        };
        let Some(details) = self.doc.map().persona(&persona).cloned() else {
            return;
        };
        if details.hidden {
            self.status = crate::tr!("status-point-curve-hidden", name = details.name.as_str());
            return;
        }
        let (edit, id) = ops::add_point(self.doc.map(), &persona, &phase, None, score);
        self.edit(edit, None);
        self.select(Selection::Point(id));
    }

    /// The points' own widgets (names, hover notes, clicks, drags) and the drag itself.
    pub(in crate::app) fn curves_ui(&mut self, ui: &mut Ui, screen_from_map: TSTransform) {
        let map_from_screen = screen_from_map.inverse();
        let canvas = self.canvas;
        let shown = self.shown_layout();
        let mut clicked = None;
        let mut started = None;
        let mut menus = Vec::new();
        // Points of different personas can sit a few pixels apart and their grab areas
        // overlap: the one nearest the pointer is made last, so it is on top and gets the
        // hover and the click.
        let pointer = ui.input(|i| i.pointer.hover_pos());
        let mut points: Vec<_> = shown
            .curves
            .iter()
            .flat_map(|curve| curve.points.iter().map(move |point| (curve, point)))
            .map(|(curve, point)| (curve, point, screen_from_map.mul_pos(point.1)))
            .filter(|(_, _, center)| canvas.contains(*center))
            .collect();
        if let Some(pointer) = pointer {
            points.sort_by(|a, b| b.2.distance(pointer).total_cmp(&a.2.distance(pointer)));
        }
        // Only the nearest point shows its note: egui keeps an open tooltip while the
        // pointer is on its widget, and the grab areas of neighbours overlap.
        let nearest = points
            .last()
            .filter(|(_, _, center)| pointer.is_some_and(|p| p.distance(*center) <= GRAB_RADIUS))
            .map(|(_, (id, _, _), _)| id.clone());
        for (curve, (id, _, score), center) in points {
            let name = self
                .doc
                .map()
                .persona(&curve.persona)
                .map_or_else(String::new, |p| p.name.clone());
            {
                let area = Rect::from_center_size(center, vec2(2.0, 2.0) * GRAB_RADIUS);
                let response = ui
                    .interact(
                        area,
                        ui.scope_id().with(("emotion point", id.as_str())),
                        Sense::click_and_drag(),
                    )
                    .on_hover_cursor(egui::CursorIcon::ResizeVertical);
                let point = crate::edit::ops::find_point(self.doc.map(), id)
                    .map(|(c, i)| self.doc.map().emotion_curves[c].points[i].clone());
                let phase = point
                    .as_ref()
                    .and_then(|p| self.doc.map().phase(&p.phase))
                    .map_or_else(String::new, |p| p.name.clone());
                let label = format!("{name}, {phase}: {}", score_text(*score));
                response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.clicked() {
                    clicked = Some(id.clone());
                }
                if response.secondary_clicked() {
                    clicked = Some(id.clone());
                }
                if response.drag_started()
                    && let Some(point) = point.clone()
                {
                    started = Some((point, curve.color));
                }
                let response =
                    if self.gesture.point_drag().is_none() && nearest.as_ref() == Some(id) {
                        let note = point.map(|p| p.note).unwrap_or_default();
                        response.on_hover_ui(|ui| {
                            ui.strong(&label);
                            if !note.is_empty() {
                                ui.label(note);
                            }
                        })
                    } else {
                        response
                    };
                menus.push((response, id.clone()));
            }
        }
        for (response, id) in menus {
            response.context_menu(|ui| {
                if ui.button(crate::tr!("canvas-delete-point")).clicked() {
                    let edit = ops::delete_points(self.doc.map(), std::slice::from_ref(&id));
                    self.edit(edit, None);
                    ui.close();
                }
            });
        }
        if let Some(id) = clicked {
            self.select(Selection::Point(id));
        }
        if let Some((point, color)) = started
            && self.gesture.is_idle()
        {
            self.select(Selection::Point(point.id.clone()));
            self.gesture = Gesture::MovePoint(
                PointDrag {
                    original: point.clone(),
                    draft: point,
                    color,
                },
                None,
            );
        }
        let Some(drag) = self.gesture.point_drag() else {
            return;
        };
        let laid_out = self.doc.scene().laid_out();
        let mut draft = drag.draft.clone();
        if let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) {
            let at = map_from_screen.mul_pos(pointer);
            // Over a card of the point's phase, the point ties to that card and keeps its
            // score; elsewhere the height sets the score and the column the phase.
            if let Some(card) = laid_out.card_at(at) {
                if let Some(model) = self.doc.map().card(&card.id) {
                    draft.phase = model.phase.clone();
                    draft.card = Some(card.id.clone());
                    draft.score = drag.original.score;
                }
            } else {
                if let Some(scale) = &laid_out.emotion_scale {
                    draft.score = scale.score_at(at.y);
                }
                if let Some(column) = laid_out.column_at(at.x) {
                    let phase = &laid_out.columns[column].phase;
                    if *phase != draft.phase {
                        draft.phase = phase.clone();
                        draft.card = None;
                    }
                }
            }
        }
        if draft != drag.draft {
            let edit = ops::update_point(
                self.doc.map(),
                draft.clone(),
                &crate::tr!("edit-move-point"),
            );
            let preview = self.preview_of(edit);
            if let Gesture::MovePoint(drag, shown) = &mut self.gesture {
                drag.draft = draft;
                *shown = preview;
            }
        }
        if ui.input(|i| i.pointer.any_released()) {
            self.commands.push(Command::Finish);
        }
    }

    /// The selected point's ring, and while dragging, a large face with the score beside
    /// the point and the card it would tie to.
    pub(in crate::app) fn curve_overlay_ui(
        &self,
        painter: &egui::Painter,
        screen_from_map: TSTransform,
    ) {
        let shown = self.shown_layout();
        let Some(id) = self.selection.point() else {
            return;
        };
        let Some((curve, pos, score)) = shown.curves.iter().find_map(|curve| {
            curve
                .points
                .iter()
                .find(|(p, _, _)| p == id)
                .map(|(_, pos, score)| (curve, *pos, *score))
        }) else {
            return;
        };
        let center = screen_from_map.mul_pos(pos);
        let ring = (self.theme().metrics.face_radius + 4.0) * self.view.zoom;
        painter.circle_stroke(
            center,
            ring,
            Stroke::new(2.5, crate::app::canvas::SELECTION),
        );
        let Some(drag) = self.gesture.point_drag() else {
            return;
        };
        if let Some(card) = drag
            .draft
            .card
            .as_ref()
            .and_then(|c| {
                self.doc
                    .scene()
                    .laid_out()
                    .cards
                    .iter()
                    .find(|l| &l.id == c)
            })
            .filter(|_| drag.draft.card != drag.original.card)
        {
            painter.rect_stroke(
                screen_from_map.mul_rect(card.rect).expand(3.0),
                self.theme().metrics.card_radius * self.view.zoom + 3.0,
                Stroke::new(3.0, drag.color),
                egui::StrokeKind::Outside,
            );
        }
        // The face and the value, large and beside the point so the pointer hides neither.
        let face_center = pos
            + vec2(
                0.0,
                -(self.theme().metrics.face_radius + 26.0) / self.view.zoom,
            );
        let mut shapes = Vec::new();
        crate::paint::icons::face(
            face_center,
            18.0 / self.view.zoom,
            score,
            drag.color,
            Color32::WHITE,
            &mut shapes,
        );
        draw(painter, &shapes, screen_from_map);
        painter.text(
            screen_from_map.mul_pos(face_center) + vec2(24.0, 0.0),
            egui::Align2::LEFT_CENTER,
            score_text(score),
            egui::FontId::proportional(16.0),
            curve.color,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::score_text;
    use crate::i18n::{Language, set_interface_language};

    #[test]
    fn a_score_is_written_with_the_interface_language_s_decimal_mark() {
        set_interface_language(Language::Dutch);
        let dutch = [score_text(1.5), score_text(-0.5), score_text(0.0)];
        set_interface_language(Language::English);
        assert_eq!(dutch, ["+1,5", "\u{2212}0,5", "0"]);
        assert_eq!(score_text(1.5), "+1.5");
        assert_eq!(score_text(-2.0), "\u{2212}2");
    }
}
