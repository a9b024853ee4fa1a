//! The find bar (Ctrl+F) and the filter bar (View ▸ Filter), and what they draw on the
//! canvas overlay: find's matches outlined, the cards a filter leaves out dimmed. Neither
//! changes the map, so neither is an undo step or reaches an export (except an export of
//! "only what is highlighted", made from a filtered copy).

use std::collections::{BTreeMap, HashSet};

use egui::{Color32, Key, Stroke, StrokeKind, Ui};

use super::JourneyApp;
use super::session::Origin;
use crate::filter::{Choices, Filter, toggle};
use crate::model::CardId;

/// The colour of find's matches: a marker yellow, apart from the blue of the selection.
const MATCH: Color32 = Color32::from_rgb(0xf0, 0xb4, 0x00);

/// The find bar while it is open.
#[derive(Debug, Default)]
pub(super) struct FindBar {
    /// What is searched for, as typed.
    query: String,
    /// The matching cards, in reading order.
    matches: Vec<CardId>,
    /// The query and map revision `matches` were found for.
    found_for: Option<(String, u64)>,
    /// The match shown last (selected and brought into view).
    current: Option<usize>,
    /// Whether the search field takes the keyboard in the next frame.
    focus: bool,
}

/// The filters remembered per map file, by the file's path.
pub(super) type RememberedFilters = BTreeMap<String, Filter>;

impl JourneyApp {
    /// Opens the find bar, or gives its field the keyboard again.
    pub(super) fn open_find(&mut self) {
        self.find.get_or_insert_with(FindBar::default).focus = true;
    }

    /// Closes the find bar; its highlights go with it.
    pub(super) fn close_find(&mut self) {
        self.find = None;
    }

    /// The cards find matches now, in reading order; none while the find bar is closed.
    pub fn find_matches(&self) -> &[CardId] {
        self.find.as_ref().map_or(&[], |find| &find.matches)
    }

    /// What the filter bar has chosen.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The cards the filter highlights, or `None` when nothing is chosen (no card is
    /// dimmed).
    pub fn highlighted_cards(&self) -> Option<HashSet<CardId>> {
        self.filter
            .is_active()
            .then(|| self.filter.highlighted(self.doc.map()))
    }

    /// Finds again when the query or the map changed; a new query shows its first match.
    fn refresh_find(&mut self) {
        let revision = self.doc.revision();
        let Some(find) = &mut self.find else {
            return;
        };
        let key = (find.query.clone(), revision);
        if find.found_for.as_ref() == Some(&key) {
            return;
        }
        let new_query = find
            .found_for
            .as_ref()
            .is_none_or(|(q, _)| *q != find.query);
        find.matches = crate::find::find_cards(self.doc.map(), &find.query);
        find.found_for = Some(key);
        if new_query {
            find.current = None;
            self.step_find(true);
        } else if let Some(find) = &mut self.find {
            find.current = find.current.filter(|&i| i < find.matches.len());
        }
    }

    /// Shows the next (or previous) match: selects it and brings it into view.
    fn step_find(&mut self, forward: bool) {
        let Some(find) = &mut self.find else {
            return;
        };
        let count = find.matches.len();
        if count == 0 {
            find.current = None;
            return;
        }
        let next = match (find.current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
        };
        find.current = Some(next);
        let id = find.matches[next].clone();
        let center = self
            .laid_out_now()
            .cards
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.rect.center());
        if let Some(center) = center {
            self.view.center_on(self.canvas, center);
        }
        self.selection = super::Selection::Cards(vec![id]);
    }

    /// The find bar: the search field, "2 of 7", previous and next, close. Enter shows the
    /// next match, Shift+Enter the previous; Esc (in `shortcuts_ui`) closes the bar.
    pub(super) fn find_bar_ui(&mut self, ui: &mut Ui) {
        let Some(find) = &mut self.find else {
            return;
        };
        let mut step = None;
        let mut close = false;
        ui.horizontal(|ui| {
            let label = ui.label(crate::tr!("find-label"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut find.query)
                        .hint_text(crate::tr!("find-hint"))
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut find.focus) {
                field.request_focus();
            }
            // A one-line field gives up the keyboard on Enter: take it back, and step.
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                step = Some(!ui.input(|i| i.modifiers.shift));
                field.request_focus();
            }
            let count = find.matches.len();
            let text = if find.query.trim().is_empty() {
                String::new()
            } else if count == 0 {
                crate::tr!("find-none")
            } else {
                crate::tr!(
                    "find-count",
                    current = find.current.map_or(0, |i| i + 1),
                    total = count
                )
            };
            ui.label(text);
            if ui
                .add_enabled(count > 0, egui::Button::new("↑"))
                .on_hover_text(crate::tr!("find-previous"))
                .clicked()
            {
                step = Some(false);
            }
            if ui
                .add_enabled(count > 0, egui::Button::new("↓"))
                .on_hover_text(crate::tr!("find-next"))
                .clicked()
            {
                step = Some(true);
            }
            close = ui
                .button("✕")
                .on_hover_text(crate::tr!("find-close"))
                .clicked();
        });
        if close {
            self.close_find();
            return;
        }
        self.refresh_find();
        if let Some(forward) = step {
            self.step_find(forward);
        }
    }

    /// The filter bar: a chip for each channel, owner, tag and persona the map has, and a
    /// way to clear them. A chosen chip is highlighted; cards that match stay bright.
    pub(super) fn filter_bar_ui(&mut self, ui: &mut Ui) {
        let map = self.doc.map();
        let choices = Choices::of(map);
        let language = map.language();
        let mut changed = self.filter.clone();
        ui.horizontal_wrapped(|ui| {
            ui.strong(crate::tr!("filter-heading"));
            if !choices.channels.is_empty() {
                ui.label(crate::tr!("filter-channels"));
                for channel in &choices.channels {
                    let on = changed.channels.contains(channel);
                    if ui.selectable_label(on, channel.label(language)).clicked() {
                        toggle(&mut changed.channels, *channel);
                    }
                }
            }
            if !choices.owners.is_empty() {
                ui.separator();
                ui.label(crate::tr!("filter-owners"));
                for owner in &choices.owners {
                    if ui
                        .selectable_label(changed.owners.contains(owner), owner)
                        .clicked()
                    {
                        toggle(&mut changed.owners, owner.clone());
                    }
                }
            }
            if !choices.tags.is_empty() {
                ui.separator();
                ui.label(crate::tr!("filter-tags"));
                for tag in &choices.tags {
                    let text = format!("#{tag}");
                    if ui
                        .selectable_label(changed.tags.contains(tag), text)
                        .clicked()
                    {
                        toggle(&mut changed.tags, tag.clone());
                    }
                }
            }
            if !choices.personas.is_empty() {
                ui.separator();
                ui.label(crate::tr!("filter-personas"));
                for id in &choices.personas {
                    let name = map.persona(id).map_or(id.as_str(), |p| p.name.as_str());
                    if ui
                        .selectable_label(changed.personas.contains(id), name)
                        .clicked()
                    {
                        toggle(&mut changed.personas, id.clone());
                    }
                }
            }
            ui.separator();
            if ui
                .add_enabled(
                    changed.is_active(),
                    egui::Button::new(crate::tr!("filter-clear")),
                )
                .clicked()
            {
                changed = Filter::default();
            }
        });
        if changed != self.filter {
            self.set_filter(changed);
        }
    }

    /// Chooses a filter and remembers it for the map's file.
    fn set_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.remember_filter();
    }

    /// Remembers the filter for the map's file, if it has one.
    pub(super) fn remember_filter(&mut self) {
        self.remembered_filters = self.filters_to_remember();
    }

    /// The filters to remember: those of other files, and this map's own.
    pub(super) fn filters_to_remember(&self) -> RememberedFilters {
        let mut filters = self.remembered_filters.clone();
        if let Origin::File(path) = &self.doc.origin {
            let key = path.to_string_lossy().into_owned();
            if self.filter.is_active() {
                filters.insert(key, self.filter.clone());
            } else {
                filters.remove(&key);
            }
        }
        filters
    }

    /// Takes back the filter remembered for the map's file (none for a sample or a new
    /// map), and shows the filter bar when there is one, so dimmed cards explain themselves.
    pub(super) fn restore_filter(&mut self) {
        self.filter = match &self.doc.origin {
            Origin::File(path) => self
                .remembered_filters
                .get(path.to_string_lossy().as_ref())
                .cloned()
                .unwrap_or_default(),
            Origin::Sample(_) | Origin::New => Filter::default(),
        };
        if self.filter.is_active() {
            self.show_filter = true;
        }
    }

    /// Find's matches outlined, the current one more strongly, and the cards a filter
    /// leaves out washed towards the background.
    pub(super) fn find_overlay_ui(
        &self,
        painter: &egui::Painter,
        screen_from_map: egui::emath::TSTransform,
    ) {
        let radius = self.theme().metrics.card_radius * self.view.zoom + 2.0;
        let visible = screen_from_map.inverse().mul_rect(painter.clip_rect());
        if let Some(highlighted) = self.highlighted_cards() {
            let wash = Color32::from_rgba_unmultiplied(0xf4, 0xf5, 0xf7, 200);
            for card in &self.laid_out_now().cards {
                if visible.intersects(card.rect) && !highlighted.contains(&card.id) {
                    painter.rect_filled(screen_from_map.mul_rect(card.rect), radius, wash);
                }
            }
        }
        let Some(find) = &self.find else {
            return;
        };
        let current = find.current.and_then(|i| find.matches.get(i));
        let matches: HashSet<&CardId> = find.matches.iter().collect();
        for card in &self.laid_out_now().cards {
            if visible.intersects(card.rect) && matches.contains(&card.id) {
                let width = if Some(&card.id) == current { 4.0 } else { 2.5 };
                painter.rect_stroke(
                    screen_from_map.mul_rect(card.rect).expand(5.0),
                    radius + 3.0,
                    Stroke::new(width, MATCH),
                    StrokeKind::Outside,
                );
            }
        }
    }
}

impl JourneyApp {
    /// The map an export with `options` draws: the whole map, or only what the filter
    /// highlights when that is asked for and a filter is chosen.
    pub(super) fn exported_map(
        &self,
        options: crate::export::ExportOptions,
    ) -> crate::model::JourneyMap {
        if options.only_highlighted && self.filter.is_active() {
            self.filter.only_highlighted(self.doc.map())
        } else {
            self.doc.map().clone()
        }
    }
}
