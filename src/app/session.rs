//! The open document: the map, where it came from, its undo history and its scene. This
//! is the only place that can change the map, so every change is an undo step (or a new
//! document) and the scene always shows the map as it is.

use std::path::PathBuf;

use super::scene::Scene;
use crate::edit::{Edit, EditError, History};
use crate::file::DiskStamp;
use crate::model::JourneyMap;
use crate::theme::Theme;

/// Where the open map came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk (a .json map or a .png with a map inside).
    File(PathBuf),
    /// A copy of a built-in sample, not yet saved anywhere.
    Sample(&'static str),
    /// A new map from a template, not yet saved anywhere.
    New,
}

/// One open map and everything that belongs to it rather than to the window.
pub struct DocumentSession {
    map: JourneyMap,
    /// Where the map came from, and where Save writes.
    pub origin: Origin,
    history: History,
    /// The map file as it was when opened or last saved, to notice changes by others.
    pub disk_stamp: Option<DiskStamp>,
    /// Whether the map's file was named by a recovery copy rather than chosen in this run:
    /// then Save writes there only if it is still a journeymap file.
    pub origin_unconfirmed: bool,
    /// Counts every change of the map, including opening another one.
    revision: u64,
    scene: Scene,
}

impl DocumentSession {
    /// A session on `map`, with a fresh history.
    pub fn new(map: JourneyMap, origin: Origin, theme: Theme) -> Self {
        let scene = Scene::new(&map, theme);
        Self {
            map,
            origin,
            history: History::new(),
            disk_stamp: None,
            origin_unconfirmed: false,
            revision: 0,
            scene,
        }
    }

    /// The open map.
    pub fn map(&self) -> &JourneyMap {
        &self.map
    }

    /// The layout, shapes and indexes of the map as it is now.
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// The scene, for the caches it keeps while it is current.
    pub(super) fn scene_mut(&mut self) -> &mut Scene {
        &mut self.scene
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Counts changes: a different number means a different map.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the map has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Applies an edit as one undo step (or as part of the last one, for the same
    /// `merge_key`).
    pub fn apply(&mut self, edit: Edit, merge_key: Option<String>) -> Result<(), EditError> {
        if edit.ops.is_empty() {
            return Ok(());
        }
        let result = self.history.apply_merging(&mut self.map, edit, merge_key);
        self.changed();
        result
    }

    /// Undoes the last step; its label, if there was one.
    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        let result = self.history.undo(&mut self.map);
        self.changed();
        result
    }

    /// Redoes the last undone step; its label, if there was one.
    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        let result = self.history.redo(&mut self.map);
        self.changed();
        result
    }

    /// Shows another map. Opening is not an undo step: the history starts afresh.
    pub fn replace(&mut self, map: JourneyMap, origin: Origin) {
        self.map = map;
        self.origin = origin;
        self.history = History::new();
        self.disk_stamp = None;
        self.origin_unconfirmed = false;
        self.changed();
    }

    /// The map as it is now was written to its file.
    pub fn mark_saved(&mut self) {
        self.history.mark_saved();
    }

    /// The map as it is now is not in any file (a restored recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }

    fn changed(&mut self) {
        self.revision += 1;
        let theme = self.scene.theme().clone();
        self.scene = Scene::new(&self.map, theme);
    }
}
