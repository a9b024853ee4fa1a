//! The comments panel: what reviewers said about the map and its parts, open comments
//! first in the order a reader meets what they are on, the resolved ones folded away. A
//! click on a comment shows what it is on. Every button asks for an edit; the panel never
//! changes the map itself.

use std::collections::HashMap;

use egui::{RichText, Ui};

use crate::app::JourneyApp;
use crate::app::selection::{Header, Selection};
use crate::edit::ops::{self, Said};
use crate::model::{
    CardId, Comment, CommentId, CommentTarget, JourneyMap, comment_time_now, comment_time_text,
    comments_in_map_order,
};
use crate::text::excerpt;
use crate::tr;

/// What the comments panel shows and what is being typed in it.
#[derive(Debug, Default)]
pub(in crate::app) struct CommentsPanel {
    /// Whether the panel shows.
    pub open: bool,
    /// A new comment being written, and what it will be on.
    pub draft: Option<(CommentTarget, String)>,
    /// Whether the new comment's field takes the keyboard in the next frame.
    pub focus_draft: bool,
    /// Replies being written, by the comment they answer.
    pub replies: HashMap<CommentId, String>,
    /// Only the comments on this are shown (after a click on a card's badge).
    pub only: Option<CommentTarget>,
    /// A comment or reply whose text is being changed, with the text so far.
    pub editing: Option<(CommentId, String)>,
}

/// What a comment is on, as the panel heads it: "Card ‘Chat with a barista’", "The map".
pub(in crate::app) fn target_text(map: &JourneyMap, on: &CommentTarget) -> String {
    let name = |text: &str| excerpt(text, 60).into_owned();
    let title = |id: &CardId| map.card(id).map(|c| name(&c.title));
    let text = match on {
        CommentTarget::Map => Some(tr!("comments-target-map")),
        CommentTarget::Card(id) => title(id).map(|title| tr!("comments-target-card", name = title)),
        CommentTarget::Phase(id) => map
            .phase(id)
            .map(|p| tr!("comments-target-phase", name = name(&p.name))),
        CommentTarget::Lane(id) => map
            .lane(id)
            .map(|l| tr!("comments-target-lane", name = name(&l.name))),
        CommentTarget::Link(id) => map.links.iter().find(|l| &l.id == id).map(|l| {
            tr!(
                "comments-target-link",
                from = title(&l.from).unwrap_or_default(),
                to = title(&l.to).unwrap_or_default()
            )
        }),
    };
    text.unwrap_or_else(|| tr!("comments-target-gone"))
}

/// How many open comments each part of the map has, for the badges on the canvas.
pub(in crate::app) fn open_counts(map: &JourneyMap) -> HashMap<&CommentTarget, usize> {
    let mut counts = HashMap::new();
    for comment in map.comments.iter().filter(|c| !c.resolved) {
        *counts.entry(&comment.on).or_insert(0) += 1;
    }
    counts
}

/// What a button in the panel asked for, done after the panel is drawn.
enum Asked {
    Show(CommentTarget),
    Post(CommentTarget, String),
    /// A reply still being typed: kept in the panel, not in the map.
    Typing(CommentId, String),
    Reply(CommentId, String),
    Resolve(CommentId, bool),
    Delete(CommentId),
    /// Start changing the text of a comment or reply.
    StartEditing(CommentId, String),
    /// Text typed while changing a comment or reply.
    Editing(CommentId, String),
    /// The changed text, to keep.
    SaveText(CommentId, String),
    /// Stop changing the text, keeping the old.
    StopEditing,
}

impl CommentsPanel {
    /// Forgets what was being written about the map that is no longer shown; whether the
    /// panel shows stays as the user left it.
    pub(in crate::app) fn forget_map(&mut self) {
        *self = CommentsPanel {
            open: self.open,
            ..CommentsPanel::default()
        };
    }
}

impl JourneyApp {
    /// What the selection is, as something to comment on; the map when nothing (or an
    /// emotion point) is selected.
    pub(in crate::app) fn comment_target(&self) -> CommentTarget {
        match &self.selection {
            Selection::Cards(cards) => cards
                .first()
                .map_or(CommentTarget::Map, |id| CommentTarget::Card(id.clone())),
            Selection::Header(Header::Phase(id)) => CommentTarget::Phase(id.clone()),
            Selection::Header(Header::Lane(id)) => CommentTarget::Lane(id.clone()),
            Selection::Link(id) => CommentTarget::Link(id.clone()),
            Selection::None | Selection::Point(_) => CommentTarget::Map,
        }
    }

    /// Opens the panel with a new comment on `on`, its field ready for typing.
    pub(in crate::app) fn start_comment(&mut self, on: CommentTarget) {
        self.comments.open = true;
        self.comments.only = None;
        self.comments.draft = Some((on, String::new()));
        self.comments.focus_draft = true;
    }

    /// Opens the panel on the comments of one card (a click on its badge).
    pub(in crate::app) fn show_comments_on(&mut self, on: CommentTarget) {
        self.comments.open = true;
        self.comments.only = Some(on);
    }

    /// Selects what a comment is on and brings it to the middle of the canvas.
    fn show_comment_target(&mut self, on: &CommentTarget) {
        let laid_out = self.laid_out_now();
        let (selection, middle) = match on {
            CommentTarget::Map => (Selection::None, None),
            CommentTarget::Card(id) => (
                Selection::Cards(vec![id.clone()]),
                laid_out
                    .cards
                    .iter()
                    .find(|c| &c.id == id)
                    .map(|c| c.rect.center()),
            ),
            CommentTarget::Phase(id) => (
                Selection::Header(Header::Phase(id.clone())),
                laid_out
                    .columns
                    .iter()
                    .find(|c| &c.phase == id)
                    .map(|c| c.header.center()),
            ),
            CommentTarget::Lane(id) => (
                Selection::Header(Header::Lane(id.clone())),
                laid_out
                    .rows
                    .iter()
                    .find(|r| &r.lane == id)
                    .map(|r| r.header.center()),
            ),
            CommentTarget::Link(id) => {
                self.show_link(id);
                return;
            }
        };
        if let Some(middle) = middle {
            self.view.center_on(self.canvas, middle);
        }
        self.select(selection);
    }

    /// Who is writing, as the settings have it, for a new comment or reply stamped now.
    fn said(&self, text: String) -> Said {
        Said {
            author: self.author.trim().to_owned(),
            time: comment_time_now(),
            text: text.trim().to_owned(),
        }
    }

    /// The comments panel.
    pub(in crate::app) fn comments_ui(&mut self, ui: &mut Ui) {
        ui.heading(tr!("comments-heading"));
        ui.horizontal(|ui| {
            let label = ui.label(tr!("comments-your-name"));
            ui.add(egui::TextEdit::singleline(&mut self.author).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .on_hover_text(tr!("comments-your-name-tooltip"));
        });
        let mut asked = Vec::new();
        if ui.button(tr!("comments-on-map")).clicked() {
            self.start_comment(CommentTarget::Map);
        }
        self.draft_ui(ui, &mut asked);
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| self.comment_list_ui(ui, &mut asked));
        for asked in asked {
            self.answer(asked);
        }
    }

    /// The new comment being written, with Post and Cancel.
    fn draft_ui(&mut self, ui: &mut Ui, asked: &mut Vec<Asked>) {
        let Some((on, mut text)) = self.comments.draft.clone() else {
            return;
        };
        let what = target_text(self.doc.map(), &on);
        let label = ui.strong(tr!("comments-new-on", what = what));
        let field = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .hint_text(tr!("comments-placeholder"))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut self.comments.focus_draft) {
            field.request_focus();
        }
        let named = !self.author.trim().is_empty();
        if !named {
            ui.colored_label(ui.visuals().warn_fg_color, tr!("comments-name-needed"));
        }
        let mut cancel = false;
        ui.horizontal(|ui| {
            let can_post = named && !text.trim().is_empty();
            if ui
                .add_enabled(can_post, egui::Button::new(tr!("comments-post")))
                .clicked()
            {
                asked.push(Asked::Post(on.clone(), text.clone()));
            }
            cancel = ui.button(tr!("canvas-cancel")).clicked();
        });
        self.comments.draft = (!cancel).then_some((on, text));
    }

    /// The open comments, then the resolved ones folded away.
    fn comment_list_ui(&mut self, ui: &mut Ui, asked: &mut Vec<Asked>) {
        let map = self.doc.map();
        let shown: Vec<&Comment> = comments_in_map_order(map)
            .into_iter()
            .map(|i| &map.comments[i])
            .filter(|c| {
                self.comments
                    .only
                    .as_ref()
                    .is_none_or(|only| &c.on.shown_on(map) == only)
            })
            .collect();
        if let Some(only) = self.comments.only.clone() {
            ui.horizontal(|ui| {
                ui.label(tr!("comments-only-for", what = target_text(map, &only)));
                if ui.button(tr!("comments-show-all")).clicked() {
                    self.comments.only = None;
                }
            });
        }
        if map.comments.is_empty() {
            ui.weak(tr!("comments-none"));
            return;
        }
        let (open, resolved): (Vec<&Comment>, Vec<&Comment>) =
            shown.into_iter().partition(|c| !c.resolved);
        let named = !self.author.trim().is_empty();
        for comment in open {
            self.comment_ui(ui, map, comment, named, asked);
        }
        if !resolved.is_empty() {
            egui::CollapsingHeader::new(tr!("comments-resolved", count = resolved.len()))
                .id_salt("resolved comments")
                .default_open(false)
                .show(ui, |ui| {
                    for comment in resolved {
                        self.comment_ui(ui, map, comment, named, asked);
                    }
                });
        }
    }

    /// One comment: what it is on, who wrote it when, its text, its replies, a reply field
    /// and its buttons.
    fn comment_ui(
        &self,
        ui: &mut Ui,
        map: &JourneyMap,
        comment: &Comment,
        named: bool,
        asked: &mut Vec<Asked>,
    ) {
        let language = crate::i18n::interface_language();
        let anonymous = tr!("comments-anonymous");
        let author = |name: &str| {
            if name.trim().is_empty() {
                anonymous.clone()
            } else {
                name.to_owned()
            }
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let on = comment.on.shown_on(map);
            if ui
                .link(RichText::new(target_text(map, &comment.on)).small())
                .clicked()
            {
                asked.push(Asked::Show(on));
            }
            ui.horizontal_wrapped(|ui| {
                ui.strong(author(&comment.author));
                ui.weak(comment_time_text(&comment.time, language));
            });
            self.text_ui(ui, &comment.id, &comment.text, asked);
            for reply in &comment.replies {
                ui.indent(("reply", reply.id.as_str()), |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(author(&reply.author));
                        ui.weak(comment_time_text(&reply.time, language));
                        if ui.small_button(tr!("comments-edit-reply")).clicked() {
                            asked.push(Asked::StartEditing(reply.id.clone(), reply.text.clone()));
                        }
                        if ui
                            .small_button("\u{d7}")
                            .on_hover_text(tr!("comments-delete-reply"))
                            .clicked()
                        {
                            asked.push(Asked::Delete(reply.id.clone()));
                        }
                    });
                    self.text_ui(ui, &reply.id, &reply.text, asked);
                });
            }
            if !comment.resolved {
                let mut text = self
                    .comments
                    .replies
                    .get(&comment.id)
                    .cloned()
                    .unwrap_or_default();
                let field = ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text(tr!("comments-reply-placeholder"))
                        .id_salt(("reply to", comment.id.as_str()))
                        .desired_width(f32::INFINITY),
                );
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let can_reply = named && !text.trim().is_empty();
                ui.horizontal(|ui| {
                    let reply = ui
                        .add_enabled(can_reply, egui::Button::new(tr!("comments-reply")))
                        .clicked();
                    if can_reply && (reply || entered) {
                        asked.push(Asked::Reply(comment.id.clone(), text.clone()));
                    } else if field.changed() {
                        asked.push(Asked::Typing(comment.id.clone(), text.clone()));
                    }
                    if ui.button(tr!("comments-resolve")).clicked() {
                        asked.push(Asked::Resolve(comment.id.clone(), true));
                    }
                    if ui.button(tr!("comments-edit")).clicked() {
                        asked.push(Asked::StartEditing(
                            comment.id.clone(),
                            comment.text.clone(),
                        ));
                    }
                    if ui.button(tr!("comments-delete")).clicked() {
                        asked.push(Asked::Delete(comment.id.clone()));
                    }
                });
            } else {
                ui.horizontal(|ui| {
                    if ui.button(tr!("comments-reopen")).clicked() {
                        asked.push(Asked::Resolve(comment.id.clone(), false));
                    }
                    if ui.button(tr!("comments-delete")).clicked() {
                        asked.push(Asked::Delete(comment.id.clone()));
                    }
                });
            }
        });
        ui.add_space(4.0);
    }

    /// The text of a comment or reply, or a field to change it while it is being changed.
    fn text_ui(&self, ui: &mut Ui, id: &CommentId, text: &str, asked: &mut Vec<Asked>) {
        let Some((_, draft)) = self.comments.editing.as_ref().filter(|(e, _)| e == id) else {
            ui.label(text);
            return;
        };
        let mut draft = draft.clone();
        let field = ui.add(
            egui::TextEdit::multiline(&mut draft)
                .id_salt(("edit comment", id.as_str()))
                .hint_text(tr!("comments-placeholder"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        if field.changed() {
            asked.push(Asked::Editing(id.clone(), draft.clone()));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !draft.trim().is_empty(),
                    egui::Button::new(tr!("comments-save")),
                )
                .clicked()
            {
                asked.push(Asked::SaveText(id.clone(), draft.clone()));
            }
            if ui.button(tr!("canvas-cancel")).clicked() {
                asked.push(Asked::StopEditing);
            }
        });
    }

    /// Does what a button in the panel asked for: an edit through the history, or showing
    /// what a comment is on.
    fn answer(&mut self, asked: Asked) {
        let map = self.doc.map();
        match asked {
            Asked::Show(on) => self.show_comment_target(&on),
            Asked::Post(on, text) => {
                // What the draft was for may have been deleted (or undone) meanwhile.
                let on = on.shown_on(map);
                let (edit, _) = ops::add_comment(map, on, self.said(text));
                self.edit(edit, None);
                self.comments.draft = None;
            }
            Asked::Typing(id, text) => {
                self.comments.replies.insert(id, text);
            }
            Asked::Reply(id, text) => {
                let edit = ops::reply_to_comment(map, &id, self.said(text));
                self.edit(edit, None);
                self.comments.replies.remove(&id);
            }
            Asked::Resolve(id, resolved) => {
                let edit = ops::set_comment_resolved(map, &id, resolved);
                self.edit(edit, None);
            }
            Asked::Delete(id) => {
                let edit = ops::delete_comment(map, &id);
                self.edit(edit, None);
            }
            Asked::StartEditing(id, text) | Asked::Editing(id, text) => {
                self.comments.editing = Some((id, text));
            }
            Asked::SaveText(id, text) => {
                let edit = ops::edit_comment_text(map, &id, text.trim());
                self.edit(edit, None);
                self.comments.editing = None;
            }
            Asked::StopEditing => self.comments.editing = None,
        }
    }
}
