//! The inspector: a side panel that shows and edits the selection's fields, or the map's
//! own when nothing is selected. Every change is an edit; typing in one field, from the
//! moment it gets the keyboard until it lets go, is one undo step.

use egui::{Response, Ui};

use crate::app::{Action, Header, JourneyApp};
use crate::edit::ops;
use crate::model::{
    Better, Card, CardId, Channel, Color, HandoffQuality, Kpi, LaneId, LaneKind, LinkId, LinkKind,
    MapState, PhaseId, Track,
};

impl JourneyApp {
    pub(in crate::app) fn inspector_ui(&mut self, ui: &mut Ui) {
        let selection = self.selection.clone();
        if let Some(id) = selection.point() {
            egui::ScrollArea::vertical().show(ui, |ui| self.point_fields_ui(ui, id));
            return;
        }
        if let Some(id) = selection.link() {
            egui::ScrollArea::vertical().show(ui, |ui| self.link_fields_ui(ui, id));
            return;
        }
        if let Some(header) = selection.header() {
            egui::ScrollArea::vertical().show(ui, |ui| match header {
                Header::Phase(id) => self.phase_fields_ui(ui, id),
                Header::Lane(id) => self.lane_fields_ui(ui, id),
            });
            return;
        }
        egui::ScrollArea::vertical().show(ui, |ui| match selection.cards() {
            [] => self.map_fields_ui(ui),
            [id] => {
                if let Some(card) = self.doc.map().card(id).cloned() {
                    self.card_fields_ui(ui, card);
                }
            }
            cards => {
                ui.heading(format!("{} cards selected", cards.len()));
                ui.add_space(6.0);
                self.shared_fields_ui(ui);
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    for action in [Action::Duplicate, Action::Delete] {
                        if ui
                            .button(action.label())
                            .on_hover_text(action.tooltip())
                            .clicked()
                        {
                            self.act(action);
                        }
                    }
                });
            }
        });
    }

    /// The merge key for typing in one field during one visit.
    pub(in crate::app) fn field_key(
        &mut self,
        response: &Response,
        owner: &str,
        field: &str,
    ) -> Option<String> {
        if response.gained_focus() {
            self.field_visit += 1;
        }
        Some(format!("{owner}/{field}/{}", self.field_visit))
    }

    fn map_fields_ui(&mut self, ui: &mut Ui) {
        ui.heading("Journey map");
        ui.add_space(4.0);
        let (mut title, mut description, mut state) = (
            self.doc.map().title.clone(),
            self.doc.map().description.clone(),
            self.doc.map().state,
        );
        let label = ui.label("Title");
        let title_response = ui
            .add(egui::TextEdit::singleline(&mut title).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&title_response, "map", "title");
        if title_response.changed() {
            let edit = ops::set_meta(
                self.doc.map(),
                &title,
                &description,
                state,
                "edit map title",
            );
            self.edit(edit, key);
        }
        let label = ui.label("Description");
        let description_response = ui
            .add(
                egui::TextEdit::multiline(&mut description)
                    .desired_rows(3)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&description_response, "map", "description");
        if description_response.changed() {
            let edit = ops::set_meta(
                self.doc.map(),
                &self.doc.map().title.clone(),
                &description,
                state,
                "edit description",
            );
            self.edit(edit, key);
        }
        ui.label("This map shows");
        ui.horizontal(|ui| {
            let current = ui.radio_value(&mut state, MapState::Current, "the current state");
            let future = ui.radio_value(&mut state, MapState::Future, "a future state");
            if current.changed() || future.changed() {
                let edit = ops::set_meta(
                    self.doc.map(),
                    &self.doc.map().title.clone(),
                    &self.doc.map().description.clone(),
                    state,
                    "change state",
                );
                self.edit(edit, None);
            }
        });
        let mut language = self.doc.map().language();
        egui::ComboBox::from_label(crate::tr!("inspector-map-language"))
            .selected_text(language.native_name())
            .show_ui(ui, |ui| {
                for choice in crate::model::Language::ALL {
                    ui.selectable_value(&mut language, choice, choice.native_name());
                }
            });
        if language != self.doc.map().language() {
            let edit = ops::set_language(self.doc.map(), language, "change map language");
            self.edit(edit, None);
        }
        ui.add_space(8.0);
        ui.weak(format!(
            "{} phases · {} lanes · {} cards · {} links · {} personas",
            self.doc.map().phases.len(),
            self.doc.map().lanes.len(),
            self.doc.map().cards.len(),
            self.doc.map().links.len(),
            self.doc.map().personas.len()
        ));
        ui.weak("Double-click an empty spot in a cell to add a card.");
        ui.separator();
        self.personas_ui(ui);
    }

    fn card_fields_ui(&mut self, ui: &mut Ui, card: Card) {
        let owner_id = card.id.0.clone();
        ui.heading("Card");
        ui.add_space(4.0);

        let mut draft = card.clone();
        let label = ui.label("Title");
        let title = ui
            .add(egui::TextEdit::singleline(&mut draft.title).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&title, &owner_id, "title");
        self.commit_card(&card, &draft, title.changed(), "edit card title", key);

        let mut draft = self.current(&card);
        let label = ui.label("Text");
        let body = ui
            .add(
                egui::TextEdit::multiline(&mut draft.body)
                    .desired_rows(4)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&body, &owner_id, "body");
        self.commit_card(&card, &draft, body.changed(), "edit card text", key);

        let mut draft = self.current(&card);
        let before = draft.channel;
        let language = self.doc.map().language();
        egui::ComboBox::from_label("Channel")
            .selected_text(
                draft
                    .channel
                    .map_or_else(|| "None".to_owned(), |c| c.label(language)),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.channel, None, "None");
                for track in [Track::Physical, Track::Digital] {
                    ui.separator();
                    ui.weak(if track == Track::Physical {
                        "Physical"
                    } else {
                        "Digital"
                    });
                    for channel in Channel::ALL.into_iter().filter(|c| c.track() == track) {
                        ui.selectable_value(
                            &mut draft.channel,
                            Some(channel),
                            channel.label(language),
                        );
                    }
                }
            });
        self.commit_card(
            &card,
            &draft,
            draft.channel != before,
            "change channel",
            None,
        );

        let mut draft = self.current(&card);
        let decision = ui.checkbox(
            &mut draft.decision_moment,
            "Decision moment / moment of truth",
        );
        self.commit_card(
            &card,
            &draft,
            decision.changed(),
            "toggle decision moment",
            None,
        );
        let mut draft = self.current(&card);
        let wow = ui.checkbox(&mut draft.wow_moment, "Wow moment");
        self.commit_card(&card, &draft, wow.changed(), "toggle wow moment", None);

        let mut draft = self.current(&card);
        let label = ui.label("Owner (team or department)");
        let mut owner = draft.owner.clone().unwrap_or_default();
        let owner_response = ui
            .add(egui::TextEdit::singleline(&mut owner).desired_width(ui.available_width()))
            .labelled_by(label.id);
        draft.owner = (!owner.trim().is_empty()).then_some(owner);
        let key = self.field_key(&owner_response, &owner_id, "owner");
        self.commit_card(&card, &draft, owner_response.changed(), "edit owner", key);

        let mut draft = self.current(&card);
        let label = ui.label("Tags, separated by commas");
        let mut tags = match &self.tags_draft {
            Some((id, text)) if *id == card.id => text.clone(),
            _ => draft.tags.join(", "),
        };
        let tags_response = ui
            .add(egui::TextEdit::singleline(&mut tags).desired_width(ui.available_width()))
            .labelled_by(label.id);
        if tags_response.has_focus() {
            self.tags_draft = Some((card.id.clone(), tags.clone()));
        } else if tags_response.lost_focus() {
            self.tags_draft = None;
        }
        draft.tags = tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        let key = self.field_key(&tags_response, &owner_id, "tags");
        self.commit_card(&card, &draft, tags_response.changed(), "edit tags", key);

        self.kpis_ui(ui, &card);
    }

    /// The KPIs of a card as an editable table: name, value, target, unit, which way is
    /// better; rows can be added and removed.
    fn kpis_ui(&mut self, ui: &mut Ui, card: &Card) {
        ui.add_space(6.0);
        ui.strong("KPIs");
        let mut draft = self.current(card);
        let mut changed: Option<(&str, Option<String>)> = None;
        let mut remove = None;
        let owner = card.id.0.clone();
        egui::Grid::new("kpis")
            .num_columns(5)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                for (i, kpi) in draft.kpis.iter_mut().enumerate() {
                    let name = kpi_text_ui(ui, &mut kpi.name, 90.0, "name", i);
                    if name.gained_focus() {
                        self.field_visit += 1;
                    }
                    if name.changed() {
                        changed = Some((
                            "edit KPI",
                            Some(format!("{owner}/kpi{i}/name/{}", self.field_visit)),
                        ));
                    }
                    for (field, number) in [("value", &mut kpi.value), ("target", &mut kpi.target)]
                    {
                        match number {
                            Some(value) => {
                                let drag =
                                    ui.add(egui::DragValue::new(value).speed(0.1).max_decimals(2));
                                drag.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::SpinButton,
                                        true,
                                        format!("KPI {} {field}", i + 1),
                                    )
                                });
                                if drag.drag_started() || drag.gained_focus() {
                                    self.field_visit += 1;
                                }
                                if drag.changed() {
                                    changed = Some((
                                        "edit KPI",
                                        Some(format!(
                                            "{owner}/kpi{i}/{field}/{}",
                                            self.field_visit
                                        )),
                                    ));
                                }
                            }
                            None => {
                                if ui.small_button(format!("+ {field}")).clicked() {
                                    *number = Some(0.0);
                                    changed = Some(("edit KPI", None));
                                }
                            }
                        }
                    }
                    let unit = kpi_text_ui(ui, &mut kpi.unit, 36.0, "unit", i);
                    if unit.gained_focus() {
                        self.field_visit += 1;
                    }
                    if unit.changed() {
                        changed = Some((
                            "edit KPI",
                            Some(format!("{owner}/kpi{i}/unit/{}", self.field_visit)),
                        ));
                    }
                    ui.horizontal(|ui| {
                        let arrow = match kpi.better {
                            Better::Higher => "↑",
                            Better::Lower => "↓",
                        };
                        let hint = match kpi.better {
                            Better::Higher => "Higher is better; click for lower",
                            Better::Lower => "Lower is better; click for higher",
                        };
                        if ui.small_button(arrow).on_hover_text(hint).clicked() {
                            kpi.better = match kpi.better {
                                Better::Higher => Better::Lower,
                                Better::Lower => Better::Higher,
                            };
                            changed = Some(("change KPI direction", None));
                        }
                        if ui
                            .small_button("×")
                            .on_hover_text("Remove this KPI")
                            .clicked()
                        {
                            remove = Some(i);
                        }
                    });
                    ui.end_row();
                }
            });
        if let Some(i) = remove {
            draft.kpis.remove(i);
            changed = Some(("remove KPI", None));
        }
        if ui.button("Add KPI").clicked() {
            draft.kpis.push(Kpi {
                name: String::new(),
                value: None,
                target: None,
                unit: String::new(),
                better: Better::Higher,
            });
            changed = Some(("add KPI", None));
        }
        if let Some((label, key)) = changed {
            self.commit_card(card, &draft, true, label, key);
        }
    }

    fn phase_fields_ui(&mut self, ui: &mut Ui, id: &PhaseId) {
        let Some(phase) = self.doc.map().phase(id).cloned() else {
            return;
        };
        ui.heading("Phase");
        ui.add_space(4.0);
        let mut draft = phase.clone();
        let label = ui.label("Name");
        let name = ui
            .add(egui::TextEdit::singleline(&mut draft.name).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&name, id.as_str(), "name");
        if name.changed() {
            let edit = ops::update_phase(self.doc.map(), draft.clone(), "rename phase");
            self.edit(edit, key);
        }
        let mut draft = self.doc.map().phase(id).cloned().unwrap_or(phase.clone());
        ui.horizontal(|ui| {
            ui.label("Colour");
            let mut rgb = [draft.color.r, draft.color.g, draft.color.b];
            if ui.color_edit_button_srgb(&mut rgb).changed() {
                draft.color = Color::rgb(rgb[0], rgb[1], rgb[2]);
                let edit = ops::update_phase(self.doc.map(), draft.clone(), "change phase colour");
                let key = Some(format!("{id}/colour"));
                self.edit(edit, key);
            }
        });
        let mut draft = self.doc.map().phase(id).cloned().unwrap_or(phase);
        let label = ui.label("Group (e.g. Buyer journey)");
        let mut group = draft.group.clone().unwrap_or_default();
        let group_response = ui
            .add(egui::TextEdit::singleline(&mut group).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&group_response, id.as_str(), "group");
        if group_response.changed() {
            draft.group = (!group.trim().is_empty()).then_some(group);
            let edit = ops::update_phase(self.doc.map(), draft, "change phase group");
            self.edit(edit, key);
        }
        let cards = Header::Phase(id.clone()).card_count(self.doc.map());
        ui.add_space(6.0);
        ui.weak(format!(
            "{}. Drag the header to move the phase; double-click it to rename.",
            crate::app::actions::count_of(cards, "card", "cards")
        ));
        self.header_buttons_ui(ui);
    }

    fn lane_fields_ui(&mut self, ui: &mut Ui, id: &LaneId) {
        let Some(lane) = self.doc.map().lane(id).cloned() else {
            return;
        };
        ui.heading("Lane");
        ui.add_space(4.0);
        let mut draft = lane.clone();
        let label = ui.label("Name");
        let name = ui
            .add(egui::TextEdit::singleline(&mut draft.name).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&name, id.as_str(), "name");
        if name.changed() {
            let edit = ops::update_lane(self.doc.map(), draft.clone(), "rename lane");
            self.edit(edit, key);
        }
        let mut draft = self.doc.map().lane(id).cloned().unwrap_or(lane);
        let before = draft.kind;
        let language = self.doc.map().language();
        egui::ComboBox::from_label("Kind")
            .selected_text(draft.kind.label(language))
            .show_ui(ui, |ui| {
                for kind in LaneKind::ALL {
                    ui.selectable_value(&mut draft.kind, kind, kind.label(language));
                }
            });
        if draft.kind != before {
            let edit = ops::update_lane(self.doc.map(), draft.clone(), "change lane kind");
            self.edit(edit, None);
        }
        let mut folded = draft.collapsed;
        if ui
            .checkbox(&mut folded, "Folded (hides its cards)")
            .changed()
        {
            let label = if folded { "fold lane" } else { "unfold lane" };
            let edit = ops::update_lane(
                self.doc.map(),
                crate::model::Lane {
                    collapsed: folded,
                    ..draft
                },
                label,
            );
            self.edit(edit, None);
        }
        let cards = Header::Lane(id.clone()).card_count(self.doc.map());
        ui.add_space(6.0);
        ui.weak(format!(
            "{}. Drag the header to move the lane; double-click it to rename.",
            crate::app::actions::count_of(cards, "card", "cards")
        ));
        self.header_buttons_ui(ui);
    }

    fn link_fields_ui(&mut self, ui: &mut Ui, id: &LinkId) {
        let Some(link) = self.doc.map().links.iter().find(|l| &l.id == id).cloned() else {
            return;
        };
        ui.heading("Link");
        let title = |card: &CardId| {
            self.doc
                .map()
                .card(card)
                .map_or_else(String::new, |c| c.title.clone())
        };
        ui.weak(format!(
            "From \u{201c}{}\u{201d} to \u{201c}{}\u{201d}",
            title(&link.from),
            title(&link.to)
        ));
        ui.add_space(4.0);
        let mut draft = link.clone();
        let language = self.doc.map().language();
        egui::ComboBox::from_label("Kind")
            .selected_text(draft.kind.label(language))
            .show_ui(ui, |ui| {
                for kind in [
                    LinkKind::ChannelSwitch,
                    LinkKind::NextStep,
                    LinkKind::Influence,
                ] {
                    ui.selectable_value(&mut draft.kind, kind, kind.label(language));
                }
            });
        if draft.kind != link.kind {
            let edit = ops::update_link(self.doc.map(), draft.clone(), "change link kind");
            self.edit(edit, None);
        }
        let mut draft = self
            .doc
            .map()
            .links
            .iter()
            .find(|l| &l.id == id)
            .cloned()
            .unwrap_or(link.clone());
        let label = ui.label("Label");
        let mut text = draft.label.clone().unwrap_or_default();
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&response, id.as_str(), "label");
        if response.changed() {
            draft.label = (!text.trim().is_empty()).then_some(text);
            let edit = ops::update_link(self.doc.map(), draft.clone(), "edit link label");
            self.edit(edit, key);
        }
        if draft.kind == LinkKind::ChannelSwitch {
            ui.label("Handoff");
            let mut quality = draft.quality;
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(&mut quality, None, "not judged");
                for q in [
                    HandoffQuality::Smooth,
                    HandoffQuality::Friction,
                    HandoffQuality::Broken,
                ] {
                    ui.radio_value(&mut quality, Some(q), q.label(language));
                }
            });
            if quality != draft.quality {
                let changed = crate::model::Link { quality, ..draft };
                let edit = ops::update_link(self.doc.map(), changed, "change handoff");
                self.edit(edit, None);
            }
        }
        ui.add_space(6.0);
        if ui.button(Action::Delete.label()).clicked() {
            self.act(Action::Delete);
        }
    }

    fn header_buttons_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            for action in [Action::Rename, Action::Delete] {
                if ui
                    .button(action.label())
                    .on_hover_text(action.tooltip())
                    .clicked()
                {
                    self.act(action);
                }
            }
        });
    }

    /// The fields several selected cards share: the moments, set on all at once.
    fn shared_fields_ui(&mut self, ui: &mut Ui) {
        let cards: Vec<Card> = self
            .selection
            .cards()
            .iter()
            .filter_map(|id| self.doc.map().card(id).cloned())
            .collect();
        type Get = fn(&Card) -> bool;
        type Set = fn(&mut Card, bool);
        let flags: [(&str, &str, Get, Set); 2] = [
            (
                "Decision moment / moment of truth",
                "toggle decision moments",
                |c| c.decision_moment,
                |c, on| c.decision_moment = on,
            ),
            (
                "Wow moment",
                "toggle wow moments",
                |c| c.wow_moment,
                |c, on| c.wow_moment = on,
            ),
        ];
        for (label, edit_label, get, set) in flags {
            let all = cards.iter().all(get);
            let mixed = !all && cards.iter().any(get);
            let mut checked = all;
            let response = ui.add(egui::Checkbox::new(&mut checked, label).indeterminate(mixed));
            if response.changed() {
                let changed = cards
                    .iter()
                    .map(|c| {
                        let mut c = c.clone();
                        set(&mut c, checked);
                        c
                    })
                    .collect();
                let edit = ops::update_cards(self.doc.map(), changed, edit_label);
                self.edit(edit, None);
            }
        }

        // The channel and owner: shown when they are the same on every card, set on all.
        let first = cards.first().map(|c| (c.channel, c.owner.clone()));
        let same_channel = first
            .as_ref()
            .map(|f| f.0)
            .filter(|ch| cards.iter().all(|c| c.channel == *ch));
        let mut channel = same_channel.flatten();
        let channel_text = match same_channel {
            Some(Some(channel)) => channel.label(self.doc.map().language()),
            Some(None) => "None".to_owned(),
            None => "Several".to_owned(),
        };
        let before = channel;
        egui::ComboBox::from_label("Channel")
            .selected_text(channel_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut channel, None, "None");
                for c in Channel::ALL {
                    ui.selectable_value(&mut channel, Some(c), c.label(self.doc.map().language()));
                }
            });
        if channel != before || (same_channel.is_none() && channel.is_some()) {
            let changed = cards
                .iter()
                .map(|c| Card {
                    channel,
                    ..c.clone()
                })
                .collect();
            let edit = ops::update_cards(self.doc.map(), changed, "change channels");
            self.edit(edit, None);
        }
        let same_owner = first
            .and_then(|f| f.1)
            .filter(|o| cards.iter().all(|c| c.owner.as_ref() == Some(o)));
        let label = ui.label("Owner (team or department)");
        let mut owner = same_owner.clone().unwrap_or_default();
        let hint = if same_owner.is_some() || cards.iter().all(|c| c.owner.is_none()) {
            ""
        } else {
            "several owners"
        };
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut owner)
                    .hint_text(hint)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&response, "selection", "owner");
        if response.changed() {
            let owner = (!owner.trim().is_empty()).then_some(owner);
            let changed = cards
                .iter()
                .map(|c| Card {
                    owner: owner.clone(),
                    ..c.clone()
                })
                .collect();
            let edit = ops::update_cards(self.doc.map(), changed, "edit owners");
            self.edit(edit, key);
        }
    }

    /// The card as it is now in the document (an earlier field may have just changed it).
    fn current(&self, card: &Card) -> Card {
        self.doc
            .map()
            .card(&card.id)
            .cloned()
            .unwrap_or_else(|| card.clone())
    }

    fn commit_card(
        &mut self,
        card: &Card,
        draft: &Card,
        changed: bool,
        label: &str,
        key: Option<String>,
    ) {
        if changed && self.doc.map().card(&card.id) != Some(draft) {
            let edit = ops::update_card(self.doc.map(), draft.clone(), label);
            self.edit(edit, key);
        }
    }
}

/// One text cell of the KPI table, named for screen readers ("KPI 2 unit").
fn kpi_text_ui(ui: &mut Ui, text: &mut String, width: f32, field: &str, row: usize) -> Response {
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .desired_width(width)
            .hint_text(field),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::TextInput,
            true,
            format!("KPI {} {field}", row + 1),
        )
    });
    response
}
