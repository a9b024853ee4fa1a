//! The personas list (in the inspector when nothing is selected) and the inspector of an
//! emotion point. Each persona is named, coloured and described here, shown or hidden,
//! and one of them is the active persona whose curve the canvas edits.

use egui::Ui;

use crate::app::canvas::curves::score_text;
use crate::app::{Action, JourneyApp};
use crate::edit::ops;
use crate::model::{CardId, Color, PersonaId, PhaseId, PointId};
use crate::tr;

impl JourneyApp {
    /// Every persona with its fields, and a button to add one.
    pub(in crate::app) fn personas_ui(&mut self, ui: &mut Ui) {
        ui.heading(tr!("personas-heading"));
        ui.weak(tr!("personas-hint"));
        ui.add_space(4.0);
        let active = self.active_persona().cloned();
        let ids: Vec<PersonaId> = self
            .doc
            .map()
            .personas
            .iter()
            .map(|p| p.id.clone())
            .collect();
        for id in ids {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                self.persona_ui(ui, &id, active.as_ref() == Some(&id));
            });
        }
        if ui
            .button(Action::AddPersona.label())
            .on_hover_text(Action::AddPersona.tooltip())
            .clicked()
        {
            self.act(Action::AddPersona);
        }
    }

    fn persona_ui(&mut self, ui: &mut Ui, id: &PersonaId, active: bool) {
        let Some(persona) = self.doc.map().persona(id).cloned() else {
            return;
        };
        ui.horizontal(|ui| {
            let mut rgb = [persona.color.r, persona.color.g, persona.color.b];
            if ui
                .color_edit_button_srgb(&mut rgb)
                .on_hover_text(tr!("personas-colour-tooltip"))
                .changed()
            {
                let mut draft = persona.clone();
                draft.color = Color::rgb(rgb[0], rgb[1], rgb[2]);
                let edit = ops::update_persona(self.doc.map(), draft, &tr!("edit-persona-colour"));
                self.edit(edit, Some(format!("{id}/colour")));
            }
            if ui
                .radio(active, tr!("personas-active"))
                .on_hover_text(tr!("personas-active-tooltip"))
                .clicked()
            {
                self.active_persona = Some(id.clone());
            }
            let mut shown = !persona.hidden;
            if ui
                .checkbox(&mut shown, tr!("personas-show"))
                .on_hover_text(tr!("personas-show-tooltip"))
                .changed()
            {
                let mut draft = persona.clone();
                draft.hidden = !shown;
                let label = if shown {
                    tr!("edit-persona-show")
                } else {
                    tr!("edit-persona-hide")
                };
                let edit = ops::update_persona(self.doc.map(), draft, &label);
                self.edit(edit, None);
            }
            if ui
                .button(tr!("personas-delete"))
                .on_hover_text(tr!("personas-delete-tooltip"))
                .clicked()
            {
                let edit = ops::delete_persona(self.doc.map(), id);
                self.edit(edit, None);
            }
        });
        let Some(persona) = self.doc.map().persona(id).cloned() else {
            return;
        };
        let mut draft = persona.clone();
        let label = ui.label(tr!("inspector-name"));
        let name = ui
            .add(egui::TextEdit::singleline(&mut draft.name).desired_width(ui.available_width()))
            .labelled_by(label.id);
        if self.name_persona.as_ref() == Some(id) {
            // A new persona: its name is selected, so typing names it.
            self.name_persona = None;
            name.request_focus();
            name.scroll_to_me(Some(egui::Align::Center));
            let mut state =
                egui::text_edit::TextEditState::load(ui.ctx(), name.id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
                    &draft.name,
                )));
            state.store(ui.ctx(), name.id);
        }
        let key = self.field_key(&name, id.as_str(), "name");
        if name.changed() {
            let edit =
                ops::update_persona(self.doc.map(), draft.clone(), &tr!("edit-persona-name"));
            self.edit(edit, key);
        }
        let label = ui.label(tr!("inspector-description"));
        let description = ui
            .add(
                egui::TextEdit::multiline(&mut draft.description)
                    .desired_rows(2)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&description, id.as_str(), "description");
        if description.changed() {
            let edit = ops::update_persona(self.doc.map(), draft, &tr!("edit-persona-description"));
            self.edit(edit, key);
        }
        let target = crate::edit::pictures::PictureTarget::Persona(id.clone());
        self.picture_field_ui(ui, persona.picture.as_ref(), target, true);
    }

    /// The selected emotion point: score, phase, the card it belongs to, and its note.
    pub(in crate::app) fn point_fields_ui(&mut self, ui: &mut Ui, id: &PointId) {
        let Some((c, i)) = ops::find_point(self.doc.map(), id) else {
            return;
        };
        let curve = &self.doc.map().emotion_curves[c];
        let point = curve.points[i].clone();
        let persona = self
            .doc
            .map()
            .persona(&curve.persona)
            .map_or_else(String::new, |p| p.name.clone());
        ui.heading(tr!("personas-point-heading"));
        ui.weak(tr!("personas-point-curve", persona = persona));
        ui.add_space(4.0);

        let mut draft = point.clone();
        ui.horizontal(|ui| {
            let label = ui.label(tr!("personas-point-score"));
            ui.add(
                egui::Slider::new(&mut draft.score, -2.0..=2.0)
                    .step_by(0.5)
                    .show_value(false),
            )
            .labelled_by(label.id);
            ui.strong(score_text(draft.score));
        });
        let phase_name = |phase: &PhaseId| {
            self.doc
                .map()
                .phase(phase)
                .map_or_else(String::new, |p| p.name.clone())
        };
        egui::ComboBox::from_label(tr!("personas-point-phase"))
            .selected_text(phase_name(&draft.phase))
            .show_ui(ui, |ui| {
                for phase in &self.doc.map().phases {
                    ui.selectable_value(&mut draft.phase, phase.id.clone(), &phase.name);
                }
            });
        let none = tr!("personas-point-no-card");
        let card_title = |card: &Option<CardId>| {
            card.as_ref()
                .and_then(|id| self.doc.map().card(id))
                .map_or_else(|| none.clone(), |c| c.title.clone())
        };
        egui::ComboBox::from_label(tr!("personas-point-card"))
            .selected_text(card_title(&draft.card))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.card, None, none.as_str());
                for card in self
                    .doc
                    .map()
                    .cards
                    .iter()
                    .filter(|c| c.phase == draft.phase)
                {
                    ui.selectable_value(&mut draft.card, Some(card.id.clone()), &card.title);
                }
            });
        if draft != point {
            let label = if draft.phase != point.phase {
                tr!("edit-move-point")
            } else if draft.card != point.card {
                tr!("edit-tie-point")
            } else {
                tr!("edit-change-score")
            };
            let key = (draft.score != point.score).then(|| format!("{id}/score"));
            let edit = ops::update_point(self.doc.map(), draft, &label);
            self.edit(edit, key);
        }
        let Some(mut draft) = ops::find_point(self.doc.map(), id)
            .map(|(c, i)| self.doc.map().emotion_curves[c].points[i].clone())
        else {
            return;
        };
        let label = ui.label(tr!("personas-point-note"));
        let note = ui
            .add(
                egui::TextEdit::multiline(&mut draft.note)
                    .desired_rows(3)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&note, id.as_str(), "note");
        if note.changed() {
            let edit = ops::update_point(self.doc.map(), draft, &tr!("edit-point-note"));
            self.edit(edit, key);
        }
        ui.add_space(6.0);
        if ui.button(Action::Delete.label()).clicked() {
            self.act(Action::Delete);
        }
        ui.weak(tr!("personas-point-hint"));
    }
}
