//! The inspector: a side panel that shows and edits the selection's fields, or the map's
//! own when nothing is selected. Every change is an edit; typing in one field, from the
//! moment it gets the keyboard until it lets go, is one undo step.

use egui::{Response, Ui};

use crate::app::{Action, Header, JourneyApp};
use crate::edit::ops;
use crate::i18n::Language;
use crate::model::{
    Better, Card, CardId, Channel, Color, HandoffQuality, Kpi, LaneId, LaneKind, LinkId, LinkKind,
    MapState, PhaseId, Track,
};
use crate::tr;

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
                ui.heading(tr!("inspector-cards-selected", count = cards.len()));
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
        ui.heading(tr!("inspector-map-heading"));
        ui.add_space(4.0);
        let (mut title, mut description, mut state) = (
            self.doc.map().title.clone(),
            self.doc.map().description.clone(),
            self.doc.map().state,
        );
        let label = ui.label(tr!("inspector-title"));
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
                &tr!("edit-map-title"),
            );
            self.edit(edit, key);
        }
        let label = ui.label(tr!("inspector-description"));
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
                &tr!("edit-description"),
            );
            self.edit(edit, key);
        }
        ui.label(tr!("inspector-map-shows"));
        ui.horizontal(|ui| {
            let current = ui.radio_value(&mut state, MapState::Current, tr!("inspector-current"));
            let future = ui.radio_value(&mut state, MapState::Future, tr!("inspector-future"));
            if current.changed() || future.changed() {
                let edit = ops::set_meta(
                    self.doc.map(),
                    &self.doc.map().title.clone(),
                    &self.doc.map().description.clone(),
                    state,
                    &tr!("edit-state"),
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
        let map = self.doc.map();
        ui.weak(
            [
                tr!("count-phases", count = map.phases.len()),
                tr!("count-lanes", count = map.lanes.len()),
                tr!("count-cards", count = map.cards.len()),
                tr!("count-links", count = map.links.len()),
                tr!("count-personas", count = map.personas.len()),
            ]
            .join(" \u{b7} "),
        );
        ui.weak(tr!("inspector-add-card-hint"));
        ui.separator();
        self.personas_ui(ui);
    }

    fn card_fields_ui(&mut self, ui: &mut Ui, card: Card) {
        let owner_id = card.id.0.clone();
        ui.heading(tr!("inspector-card-heading"));
        ui.add_space(4.0);

        let mut draft = card.clone();
        let label = ui.label(tr!("inspector-title"));
        let title = ui
            .add(egui::TextEdit::singleline(&mut draft.title).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&title, &owner_id, "title");
        let label = tr!("edit-card-title");
        self.commit_card(&card, &draft, title.changed(), &label, key);

        let mut draft = self.current(&card);
        let label = ui.label(tr!("inspector-text"));
        let body = ui
            .add(
                egui::TextEdit::multiline(&mut draft.body)
                    .desired_rows(4)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        let key = self.field_key(&body, &owner_id, "body");
        let label = tr!("edit-card-text");
        self.commit_card(&card, &draft, body.changed(), &label, key);

        let mut draft = self.current(&card);
        let before = draft.channel;
        let language = self.doc.map().language();
        let none = tr!("inspector-channel-none");
        egui::ComboBox::from_label(tr!("inspector-channel"))
            .selected_text(
                draft
                    .channel
                    .map_or_else(|| none.clone(), |c| c.label(language)),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.channel, None, none.as_str());
                for track in [Track::Physical, Track::Digital] {
                    ui.separator();
                    ui.weak(if track == Track::Physical {
                        tr!("palette-physical")
                    } else {
                        tr!("palette-digital")
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
            &tr!("edit-channel"),
            None,
        );

        let mut draft = self.current(&card);
        let decision = ui.checkbox(&mut draft.decision_moment, tr!("inspector-decision-moment"));
        self.commit_card(
            &card,
            &draft,
            decision.changed(),
            &tr!("edit-toggle-decision"),
            None,
        );
        let mut draft = self.current(&card);
        let wow = ui.checkbox(&mut draft.wow_moment, tr!("inspector-wow-moment"));
        let label = tr!("edit-toggle-wow");
        self.commit_card(&card, &draft, wow.changed(), &label, None);

        let mut draft = self.current(&card);
        let label = ui.label(tr!("inspector-owner"));
        let mut owner = draft.owner.clone().unwrap_or_default();
        let owner_response = ui
            .add(egui::TextEdit::singleline(&mut owner).desired_width(ui.available_width()))
            .labelled_by(label.id);
        draft.owner = (!owner.trim().is_empty()).then_some(owner);
        let key = self.field_key(&owner_response, &owner_id, "owner");
        let label = tr!("edit-owner");
        self.commit_card(&card, &draft, owner_response.changed(), &label, key);

        let mut draft = self.current(&card);
        let label = ui.label(tr!("inspector-tags"));
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
        let label = tr!("edit-tags");
        self.commit_card(&card, &draft, tags_response.changed(), &label, key);

        ui.add_space(4.0);
        let target = crate::edit::pictures::PictureTarget::Card(card.id.clone());
        self.picture_field_ui(ui, card.picture.as_ref(), target, false);

        self.kpis_ui(ui, &card);
    }

    /// The KPIs of a card as an editable table: name, value, target, unit, which way is
    /// better; rows can be added and removed.
    fn kpis_ui(&mut self, ui: &mut Ui, card: &Card) {
        ui.add_space(6.0);
        ui.strong(tr!("inspector-kpis"));
        let mut draft = self.current(card);
        let mut changed: Option<(String, Option<String>)> = None;
        let mut remove = None;
        let owner = card.id.0.clone();
        egui::Grid::new("kpis")
            .num_columns(5)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                for (i, kpi) in draft.kpis.iter_mut().enumerate() {
                    let name = kpi_text_ui(ui, &mut kpi.name, 90.0, KpiField::Name, i);
                    if name.gained_focus() {
                        self.field_visit += 1;
                    }
                    if name.changed() {
                        changed = Some((
                            tr!("edit-kpi"),
                            Some(format!("{owner}/kpi{i}/name/{}", self.field_visit)),
                        ));
                    }
                    let numbers = [
                        (KpiField::Value, &mut kpi.value),
                        (KpiField::Target, &mut kpi.target),
                    ];
                    for (field, number) in numbers {
                        match number {
                            Some(value) => {
                                let drag = ui.add(kpi_number(value));
                                drag.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::SpinButton,
                                        true,
                                        field.accessible_name(i),
                                    )
                                });
                                if drag.drag_started() || drag.gained_focus() {
                                    self.field_visit += 1;
                                }
                                if drag.changed() {
                                    changed = Some((
                                        tr!("edit-kpi"),
                                        Some(format!(
                                            "{owner}/kpi{i}/{}/{}",
                                            field.key(),
                                            self.field_visit
                                        )),
                                    ));
                                }
                            }
                            None => {
                                if ui.small_button(format!("+ {}", field.word())).clicked() {
                                    *number = Some(0.0);
                                    changed = Some((tr!("edit-kpi"), None));
                                }
                            }
                        }
                    }
                    let unit = kpi_text_ui(ui, &mut kpi.unit, 36.0, KpiField::Unit, i);
                    if unit.gained_focus() {
                        self.field_visit += 1;
                    }
                    if unit.changed() {
                        changed = Some((
                            tr!("edit-kpi"),
                            Some(format!("{owner}/kpi{i}/unit/{}", self.field_visit)),
                        ));
                    }
                    ui.horizontal(|ui| {
                        let arrow = match kpi.better {
                            Better::Higher => "↑",
                            Better::Lower => "↓",
                        };
                        let hint = match kpi.better {
                            Better::Higher => tr!("inspector-kpi-higher"),
                            Better::Lower => tr!("inspector-kpi-lower"),
                        };
                        if ui.small_button(arrow).on_hover_text(hint).clicked() {
                            kpi.better = match kpi.better {
                                Better::Higher => Better::Lower,
                                Better::Lower => Better::Higher,
                            };
                            changed = Some((tr!("edit-kpi-direction"), None));
                        }
                        if ui
                            .small_button("×")
                            .on_hover_text(tr!("inspector-kpi-remove"))
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
            changed = Some((tr!("edit-kpi-remove"), None));
        }
        if ui.button(tr!("inspector-kpi-add")).clicked() {
            draft.kpis.push(Kpi {
                name: String::new(),
                value: None,
                target: None,
                unit: String::new(),
                better: Better::Higher,
            });
            changed = Some((tr!("edit-kpi-add"), None));
        }
        if let Some((label, key)) = changed {
            self.commit_card(card, &draft, true, &label, key);
        }
    }

    fn phase_fields_ui(&mut self, ui: &mut Ui, id: &PhaseId) {
        let Some(phase) = self.doc.map().phase(id).cloned() else {
            return;
        };
        ui.heading(tr!("inspector-phase-heading"));
        ui.add_space(4.0);
        let mut draft = phase.clone();
        let label = ui.label(tr!("inspector-name"));
        let name = ui
            .add(egui::TextEdit::singleline(&mut draft.name).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&name, id.as_str(), "name");
        if name.changed() {
            let edit = ops::update_phase(self.doc.map(), draft.clone(), &tr!("edit-rename-phase"));
            self.edit(edit, key);
        }
        let mut draft = self.doc.map().phase(id).cloned().unwrap_or(phase.clone());
        ui.horizontal(|ui| {
            ui.label(tr!("inspector-colour"));
            let mut rgb = [draft.color.r, draft.color.g, draft.color.b];
            if ui.color_edit_button_srgb(&mut rgb).changed() {
                draft.color = Color::rgb(rgb[0], rgb[1], rgb[2]);
                let label = tr!("edit-phase-colour");
                let edit = ops::update_phase(self.doc.map(), draft.clone(), &label);
                let key = Some(format!("{id}/colour"));
                self.edit(edit, key);
            }
        });
        let mut draft = self.doc.map().phase(id).cloned().unwrap_or(phase);
        let label = ui.label(tr!("inspector-group"));
        let mut group = draft.group.clone().unwrap_or_default();
        let group_response = ui
            .add(egui::TextEdit::singleline(&mut group).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&group_response, id.as_str(), "group");
        if group_response.changed() {
            draft.group = (!group.trim().is_empty()).then_some(group);
            let edit = ops::update_phase(self.doc.map(), draft, &tr!("edit-phase-group"));
            self.edit(edit, key);
        }
        let cards = Header::Phase(id.clone()).card_count(self.doc.map());
        ui.add_space(6.0);
        ui.weak(tr!(
            "inspector-phase-hint",
            cards = tr!("count-cards", count = cards)
        ));
        self.header_buttons_ui(ui);
    }

    fn lane_fields_ui(&mut self, ui: &mut Ui, id: &LaneId) {
        let Some(lane) = self.doc.map().lane(id).cloned() else {
            return;
        };
        ui.heading(tr!("inspector-lane-heading"));
        ui.add_space(4.0);
        let mut draft = lane.clone();
        let label = ui.label(tr!("inspector-name"));
        let name = ui
            .add(egui::TextEdit::singleline(&mut draft.name).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&name, id.as_str(), "name");
        if name.changed() {
            let edit = ops::update_lane(self.doc.map(), draft.clone(), &tr!("edit-rename-lane"));
            self.edit(edit, key);
        }
        let mut draft = self.doc.map().lane(id).cloned().unwrap_or(lane);
        let before = draft.kind;
        let language = self.doc.map().language();
        egui::ComboBox::from_label(tr!("inspector-kind"))
            .selected_text(draft.kind.label(language))
            .show_ui(ui, |ui| {
                for kind in LaneKind::ALL {
                    ui.selectable_value(&mut draft.kind, kind, kind.label(language));
                }
            });
        if draft.kind != before {
            let edit = ops::update_lane(self.doc.map(), draft.clone(), &tr!("edit-lane-kind"));
            self.edit(edit, None);
        }
        let mut folded = draft.collapsed;
        if ui.checkbox(&mut folded, tr!("inspector-folded")).changed() {
            let label = if folded {
                tr!("edit-fold-lane")
            } else {
                tr!("edit-unfold-lane")
            };
            let edit = ops::update_lane(
                self.doc.map(),
                crate::model::Lane {
                    collapsed: folded,
                    ..draft
                },
                &label,
            );
            self.edit(edit, None);
        }
        self.lane_line_ui(ui, id);
        let cards = Header::Lane(id.clone()).card_count(self.doc.map());
        ui.add_space(6.0);
        ui.weak(tr!(
            "inspector-lane-hint",
            cards = tr!("count-cards", count = cards)
        ));
        self.header_buttons_ui(ui);
    }

    /// The service-blueprint line under a lane: none or one of the three, named in the
    /// map's language as the map writes it.
    fn lane_line_ui(&mut self, ui: &mut Ui, id: &LaneId) {
        let Some(before) = self.doc.map().lane(id).map(|l| l.line_below) else {
            return;
        };
        let language = self.doc.map().language();
        let name = |line: Option<crate::model::BlueprintLine>| {
            line.map_or_else(|| tr!("inspector-line-none"), |line| line.label(language))
        };
        let mut chosen = before;
        egui::ComboBox::from_label(tr!("inspector-line-below"))
            .selected_text(name(chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, name(None));
                for line in crate::model::BlueprintLine::ALL {
                    ui.selectable_value(&mut chosen, Some(line), name(Some(line)));
                }
            });
        if chosen != before
            && let Some(edit) = crate::app::actions::lane_line_edit(self.doc.map(), id, chosen)
        {
            self.edit(edit, None);
        }
    }

    fn link_fields_ui(&mut self, ui: &mut Ui, id: &LinkId) {
        let Some(link) = self.doc.map().links.iter().find(|l| &l.id == id).cloned() else {
            return;
        };
        ui.heading(tr!("inspector-link-heading"));
        let title = |card: &CardId| {
            self.doc
                .map()
                .card(card)
                .map_or_else(String::new, |c| c.title.clone())
        };
        ui.weak(tr!(
            "inspector-link-from-to",
            from = title(&link.from),
            to = title(&link.to)
        ));
        ui.add_space(4.0);
        let mut draft = link.clone();
        let language = self.doc.map().language();
        egui::ComboBox::from_label(tr!("inspector-kind"))
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
            let edit =
                ops::update_link(self.doc.map(), draft.clone(), &tr!("edit-change-link-kind"));
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
        let label = ui.label(tr!("inspector-link-label"));
        let mut text = draft.label.clone().unwrap_or_default();
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(ui.available_width()))
            .labelled_by(label.id);
        let key = self.field_key(&response, id.as_str(), "label");
        if response.changed() {
            draft.label = (!text.trim().is_empty()).then_some(text);
            let edit = ops::update_link(self.doc.map(), draft.clone(), &tr!("edit-link-label"));
            self.edit(edit, key);
        }
        if draft.kind == LinkKind::ChannelSwitch {
            ui.label(tr!("inspector-handoff"));
            let mut quality = draft.quality;
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(&mut quality, None, tr!("inspector-handoff-not-judged"));
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
                let edit = ops::update_link(self.doc.map(), changed, &tr!("edit-change-handoff"));
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
        let flags: [(String, String, Get, Set); 2] = [
            (
                tr!("inspector-decision-moment"),
                tr!("edit-decision-moments"),
                |c| c.decision_moment,
                |c, on| c.decision_moment = on,
            ),
            (
                tr!("inspector-wow-moment"),
                tr!("edit-wow-moments"),
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
                let edit = ops::update_cards(self.doc.map(), changed, &edit_label);
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
        let none = tr!("inspector-channel-none");
        let several = tr!("inspector-channel-several");
        let channel_text = match same_channel {
            Some(Some(channel)) => channel.label(self.doc.map().language()),
            Some(None) => none.clone(),
            None => several.clone(),
        };
        let before = channel;
        egui::ComboBox::from_label(tr!("inspector-channel"))
            .selected_text(channel_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut channel, None, none.as_str());
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
            let edit = ops::update_cards(self.doc.map(), changed, &tr!("edit-channels"));
            self.edit(edit, None);
        }
        let same_owner = first
            .and_then(|f| f.1)
            .filter(|o| cards.iter().all(|c| c.owner.as_ref() == Some(o)));
        let label = ui.label(tr!("inspector-owner"));
        let mut owner = same_owner.clone().unwrap_or_default();
        let hint = if same_owner.is_some() || cards.iter().all(|c| c.owner.is_none()) {
            String::new()
        } else {
            tr!("inspector-owners-several")
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
            let edit = ops::update_cards(self.doc.map(), changed, &tr!("edit-owners"));
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

/// A column of the KPI table.
#[derive(Clone, Copy)]
enum KpiField {
    Name,
    Value,
    Target,
    Unit,
}

impl KpiField {
    /// The field's name in undo merge keys, the same in every language.
    fn key(self) -> &'static str {
        match self {
            KpiField::Name => "name",
            KpiField::Value => "value",
            KpiField::Target => "target",
            KpiField::Unit => "unit",
        }
    }

    /// The field's name as the user reads it: "unit", "eenheid".
    fn word(self) -> String {
        match self {
            KpiField::Name => tr!("inspector-kpi-name"),
            KpiField::Value => tr!("inspector-kpi-value"),
            KpiField::Target => tr!("inspector-kpi-target"),
            KpiField::Unit => tr!("inspector-kpi-unit"),
        }
    }

    /// The cell's name for screen readers and tests: "KPI 2 unit" (`row` counts from 0).
    fn accessible_name(self, row: usize) -> String {
        tr!("inspector-kpi-cell", row = row + 1, field = self.word())
    }
}

/// A number cell of the KPI table, written with the interface language's decimal mark
/// ("1,5" in Dutch) and read back with either mark, so a value pasted from elsewhere works.
fn kpi_number(value: &mut f64) -> egui::DragValue<'_> {
    let drag = egui::DragValue::new(value).speed(0.1).max_decimals(2);
    match crate::i18n::interface_language() {
        Language::English => drag,
        Language::Dutch => drag
            .custom_formatter(|number, decimals| {
                crate::i18n::with_decimal_mark(
                    Language::Dutch,
                    egui::emath::format_with_decimals_in_range(number, decimals),
                )
            })
            .custom_parser(number_with_either_mark),
    }
}

/// A number typed with a decimal comma or point ("1,5", "1.5"), or a minus sign.
fn number_with_either_mark(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .replace('\u{2212}', "-")
        .parse()
        .ok()
}

/// One text cell of the KPI table, named for screen readers ("KPI 2 unit").
fn kpi_text_ui(
    ui: &mut Ui,
    text: &mut String,
    width: f32,
    field: KpiField,
    row: usize,
) -> Response {
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .desired_width(width)
            .hint_text(field.word()),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, field.accessible_name(row))
    });
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kpi_numbers_are_read_with_a_comma_or_a_point() {
        assert_eq!(number_with_either_mark("1,5"), Some(1.5));
        assert_eq!(number_with_either_mark(" 1.5 "), Some(1.5));
        assert_eq!(number_with_either_mark("\u{2212}2,25"), Some(-2.25));
        assert_eq!(number_with_either_mark("anderhalf"), None);
    }
}
