//! Nothing lost on a crash: while the map has unsaved changes, a copy goes to a recovery
//! file every 30 seconds and whenever the window loses the focus; the next start offers to
//! restore what an earlier run left behind. A clean save, undoing back to the saved state
//! or choosing Don't Save removes the copy.

use std::time::SystemTime;

use egui::{Id, Key};

use super::dialogs::date_time;
use super::{JourneyApp, Origin};
use crate::file::{Recovered, RecoveryStore};
use crate::i18n::interface_language;
use crate::model::JourneyMap;
use crate::sentence::Localized as _;

/// How often unsaved changes are copied, in seconds.
pub const RECOVERY_INTERVAL_S: f64 = 30.0;

/// The recovery copy of this run, and what earlier runs left.
pub(super) struct Recovery {
    store: RecoveryStore,
    /// This run's name in the store.
    session: String,
    /// When the copy was last written, in egui's seconds; `None` before the first.
    written_at: Option<f64>,
    /// The map as last written, so an unchanged map is not written again.
    written: Option<JourneyMap>,
    /// Maps earlier runs left, until the user restores or discards them.
    offered: Vec<Recovered>,
    /// Why the last copy could not be written, said once.
    failed: Option<String>,
}

/// "3 minutes ago", "yesterday": how long ago a time was, for the restore question.
fn ago(time: SystemTime) -> String {
    let seconds = SystemTime::now()
        .duration_since(time)
        .map_or(0, |d| d.as_secs());
    match seconds {
        0..60 => crate::tr!("recovery-ago-seconds"),
        60..3600 => crate::tr!("recovery-ago-minutes", count = seconds / 60),
        3600..86400 => crate::tr!("recovery-ago-hours", count = seconds / 3600),
        86400..172800 => crate::tr!("recovery-ago-yesterday"),
        _ => crate::tr!("recovery-ago-days", count = seconds / 86400),
    }
}

impl JourneyApp {
    /// Keeps recovery copies in `store`, and offers what earlier runs left there.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        // A copy kept by a journeymap that is still running is its work in progress, not
        // something left behind.
        let offered = store
            .list()
            .into_iter()
            .filter(|found| !found.is_from_running_process())
            .collect();
        self.recovery = Some(Recovery {
            store,
            session: crate::file::recovery::new_session_id(),
            written_at: None,
            written: None,
            offered,
            failed: None,
        });
        self
    }

    /// Whether maps of earlier runs wait for the user's answer.
    pub(super) fn recovery_offered(&self) -> bool {
        self.recovery
            .as_ref()
            .is_some_and(|r| !r.offered.is_empty())
    }

    /// Writes or removes the recovery copy as the map's state asks.
    pub(super) fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let dirty = self.is_dirty();
        let origin = match &self.doc.origin {
            Origin::File(path) => Some(path.clone()),
            Origin::Sample(_) | Origin::New => None,
        };
        let origin_stamp = self.doc.disk_stamp.filter(|_| origin.is_some());
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        if !dirty {
            if recovery.written.take().is_some() {
                // Saved, or undone back to the saved state: the copy is not needed.
                let _ = recovery.store.remove(&recovery.session);
            }
            return;
        }
        let (now, focus_lost) = ctx.input(|i| {
            let lost = i
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)));
            (i.time, lost)
        });
        let due = recovery
            .written_at
            .is_none_or(|at| now - at >= RECOVERY_INTERVAL_S);
        if (due || focus_lost) && recovery.written.as_ref() != Some(self.doc.map()) {
            recovery.written_at = Some(now);
            match recovery.store.write(
                &recovery.session,
                self.doc.map(),
                origin.as_deref(),
                origin_stamp.as_ref(),
            ) {
                Ok(_) => {
                    recovery.written = Some(self.doc.map().clone());
                    recovery.failed = None;
                }
                Err(error) => {
                    let sentence = error.sentence(crate::i18n::interface_language());
                    if recovery.failed.as_ref() != Some(&sentence) {
                        self.status =
                            crate::tr!("recovery-write-failed", sentence = sentence.as_str());
                        recovery.failed = Some(sentence);
                    }
                }
            }
        }
        // Wake up in time for the next copy even if the user does nothing.
        ctx.request_repaint_after_secs(RECOVERY_INTERVAL_S as f32);
    }

    /// Removes this run's copy: the user chose to lose the changes.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(recovery) = &mut self.recovery {
            recovery.written = None;
            let _ = recovery.store.remove(&recovery.session);
        }
    }

    /// The question at start: restore or discard each map an earlier run left.
    pub(super) fn restore_ui(&mut self, ctx: &egui::Context) {
        let Some(recovery) = &self.recovery else {
            return;
        };
        if recovery.offered.is_empty() {
            return;
        }
        let mut restore = None;
        let mut discard = None;
        let mut later = false;
        let modal = egui::Modal::new(Id::unique("restore")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(crate::tr!("recovery-heading"));
            ui.label(crate::tr!("recovery-sentence"));
            ui.add_space(6.0);
            for (index, found) in recovery.offered.iter().enumerate() {
                ui.separator();
                ui.strong(&found.title);
                let from = found.origin.as_ref().map_or_else(
                    || crate::tr!("recovery-never-saved"),
                    |p| p.display().to_string(),
                );
                ui.weak(crate::tr!(
                    "recovery-copy-line",
                    ago = ago(found.saved_at),
                    time = date_time(interface_language(), found.saved_at),
                    from = from
                ));
                ui.horizontal(|ui| {
                    let title = found.title.as_str();
                    if ui
                        .button(crate::tr!("recovery-restore", title = title))
                        .clicked()
                    {
                        restore = Some(index);
                    }
                    if ui
                        .button(crate::tr!("recovery-discard", title = title))
                        .clicked()
                    {
                        discard = Some(index);
                    }
                });
            }
            ui.separator();
            later = ui
                .button(crate::tr!("recovery-later"))
                .on_hover_text(crate::tr!("recovery-later-tooltip"))
                .clicked();
            // Enter restores the newest.
            if ui.input(|i| i.key_pressed(Key::Enter)) {
                restore = Some(0);
            }
        });
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        if let Some(index) = discard {
            let found = recovery.offered.remove(index);
            let _ = recovery.store.discard(&found.path);
        } else if let Some(index) = restore {
            let found = recovery.offered.remove(index);
            let _ = recovery.store.discard(&found.path);
            let origin = found.origin.clone().map_or(Origin::New, Origin::File);
            let title = found.title.clone();
            self.set_map(found.map, origin);
            // The file as it was before the crash: Save asks if someone changed it since,
            // and writes there only if it is still a journeymap file.
            self.doc.disk_stamp = found.origin_stamp;
            self.doc.origin_unconfirmed = true;
            self.doc.mark_unsaved();
            self.status = crate::tr!("recovery-restored", title = title);
            // Straight into this run's copy, so a second crash loses nothing either.
            if let Some(recovery) = &mut self.recovery {
                recovery.written_at = None;
            }
        } else if later || modal.should_close() {
            recovery.offered.clear();
        }
    }
}
