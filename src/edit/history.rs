//! Undo and redo.

use super::{Edit, EditError, Op, apply_all};
use crate::model::JourneyMap;

/// One undoable step: its name, and the ops that undo and redo it.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    label: String,
    undo: Vec<Op>,
    redo: Vec<Op>,
    /// Edits with the same key in a row make one step (typing in one field).
    merge_key: Option<String>,
}

/// The undo history of one document, and whether it has changed since it was saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// How many steps were done when the document was last saved or opened; `None` when
    /// that state can no longer be reached by undo and redo.
    saved_at: Option<usize>,
}

/// How many steps are kept; older ones are forgotten.
const MAX_STEPS: usize = 500;

impl History {
    /// A history for a document that was just opened or saved.
    pub fn new() -> Self {
        Self {
            done: Vec::new(),
            undone: Vec::new(),
            saved_at: Some(0),
        }
    }

    /// Applies an edit as one undo step. An edit with no ops changes nothing and is not
    /// recorded.
    pub fn apply(&mut self, map: &mut JourneyMap, edit: Edit) -> Result<(), EditError> {
        self.apply_merging(map, edit, None)
    }

    /// Applies an edit; if the last step has the same `merge_key` (and nothing was undone
    /// since), the edit joins that step, so typing in one field is one undo step.
    pub fn apply_merging(
        &mut self,
        map: &mut JourneyMap,
        edit: Edit,
        merge_key: Option<String>,
    ) -> Result<(), EditError> {
        if edit.ops.is_empty() {
            return Ok(());
        }
        let mut redo = edit.ops.clone();
        let mut undo = apply_all(map, edit.ops)?;
        // A picture nothing shows any more leaves the table in the same step, so a file
        // never carries pictures nobody sees, and undo brings it back with its card.
        let prune = super::pictures::unused_pictures(map);
        if !prune.is_empty() {
            let mut inverse = apply_all(map, prune.clone())?;
            redo.extend(prune);
            inverse.append(&mut undo);
            undo = inverse;
        }
        let mergeable = self.undone.is_empty()
            && merge_key.is_some()
            && self.saved_at != Some(self.done.len())
            && self
                .done
                .last()
                .is_some_and(|last| last.merge_key == merge_key);
        if mergeable && let Some(last) = self.done.last_mut() {
            last.redo.extend(redo);
            undo.append(&mut last.undo);
            last.undo = undo;
            return Ok(());
        }
        if self.saved_at.is_some_and(|n| n > self.done.len()) {
            // The saved state was in the redo branch, which this edit throws away.
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(Step {
            label: edit.label,
            undo,
            redo,
            merge_key,
        });
        if self.done.len() > MAX_STEPS {
            self.done.remove(0);
            self.saved_at = self.saved_at.and_then(|n| n.checked_sub(1));
        }
        Ok(())
    }

    /// Undoes the last step; returns its name.
    pub fn undo(&mut self, map: &mut JourneyMap) -> Result<Option<String>, EditError> {
        let Some(step) = self.done.pop() else {
            return Ok(None);
        };
        match apply_all(map, step.undo.clone()) {
            Ok(_) => {
                let label = step.label.clone();
                self.undone.push(step);
                Ok(Some(label))
            }
            Err(error) => {
                self.done.push(step);
                Err(error)
            }
        }
    }

    /// Redoes the last undone step; returns its name.
    pub fn redo(&mut self, map: &mut JourneyMap) -> Result<Option<String>, EditError> {
        let Some(step) = self.undone.pop() else {
            return Ok(None);
        };
        match apply_all(map, step.redo.clone()) {
            Ok(_) => {
                let label = step.label.clone();
                self.done.push(step);
                Ok(Some(label))
            }
            Err(error) => {
                self.undone.push(step);
                Err(error)
            }
        }
    }

    /// The name of the step undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.done.last().map(|s| s.label.as_str())
    }

    /// The name of the step redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.undone.last().map(|s| s.label.as_str())
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.len());
    }

    /// Marks the document as differing from any saved file: a map restored after a crash
    /// has changes no file holds.
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// Whether the document differs from what was last saved or opened.
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.done.len())
    }
}
