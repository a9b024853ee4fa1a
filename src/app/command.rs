//! What widgets ask for while the editor is drawn. Nothing changes the document in the
//! middle of drawing it: buttons, keys, drags and fields push commands, and
//! [`super::JourneyApp::run_commands`] carries them out once per frame, after all the UI,
//! in the order they were given.

use super::actions::Action;
use super::selection::Selection;
use crate::edit::Edit;
use crate::sentence::Localized as _;

/// One thing the user asked for.
pub enum Command {
    /// An action from the action list (a menu item, a shortcut, a button).
    Action(Action),
    /// A change of the document: one undo step, or part of the last one for the same
    /// merge key (typing in one field).
    Edit(Edit, Option<String>),
    /// A new selection.
    Select(Selection),
    /// The gesture under way ends as the user let go: its edit is made.
    Finish,
    /// Start typing a new name for the selected card or header, in place; `fresh` for what
    /// was just made, whose field starts empty.
    Rename {
        /// Whether the name field starts empty, showing the old name faintly.
        fresh: bool,
    },
    /// Start typing a new name for the selected card or header, in place, with this text
    /// already typed: the user began typing on the selection.
    RenameTyped(String),
}

impl super::JourneyApp {
    /// Carries out what the widgets asked for this frame, in order. The one place where
    /// the document changes.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::Action(action) => self.perform(ctx, action),
                Command::Edit(edit, merge_key) => self.apply(edit, merge_key),
                Command::Select(selection) => {
                    self.selection = selection;
                    self.selection.prune(self.doc.map());
                }
                Command::Finish => self.finish_gesture(),
                Command::Rename { fresh } => self.start_rename(fresh),
                Command::RenameTyped(text) => self.start_rename_with(false, Some(text)),
            }
        }
    }

    /// Makes an edit as one undo step (or as part of the last one, for the same
    /// `merge_key`), and forgets the selection of what it removed.
    pub(super) fn apply(&mut self, edit: Edit, merge_key: Option<String>) {
        let label = edit.label.clone();
        match self.doc.apply(edit, merge_key) {
            Ok(()) => self.selection.prune(self.doc.map()),
            Err(error) => self.show_error(
                &crate::tr!("edit-failed", step = label),
                error.sentence(crate::i18n::interface_language()),
            ),
        }
    }

    /// Ends the gesture under way with the one edit it makes.
    fn finish_gesture(&mut self) {
        let gesture = std::mem::take(&mut self.gesture);
        let finished = gesture.finish(self.doc.map(), self.doc.scene().laid_out());
        if let Some(edit) = finished.edit {
            self.apply(edit, None);
        }
        if let Some(selection) = finished.select {
            self.selection = selection;
            self.selection.prune(self.doc.map());
        }
        if !finished.add_cards.is_empty() {
            self.selection.add_cards(finished.add_cards);
        }
        if let Some(status) = finished.status {
            self.status = status;
        }
    }
}
