//! What the editor tests share: a harness on a sample, and a stand-in for the file dialogs.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{Vec2, vec2};
use egui_kittest::Harness;
use journeymap::app::dialogs::FileDialogs;
use journeymap::app::{JourneyApp, Start};
use journeymap::export::Format;

/// Stands in for the user at the file dialogs: answers from a queue, then cancels.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Arc<Mutex<Vec<PathBuf>>>,
}

impl ScriptedDialogs {
    pub fn answer(&self, path: PathBuf) {
        self.answers.lock().unwrap().push(path);
    }

    fn next(&self) -> Option<PathBuf> {
        let mut answers = self.answers.lock().unwrap();
        (!answers.is_empty()).then(|| answers.remove(0))
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick_map(&mut self) -> Option<PathBuf> {
        self.next()
    }

    fn save_picture(&mut self, _suggested_name: &str, _format: Format) -> Option<PathBuf> {
        self.next()
    }

    fn save_map(&mut self, _suggested_name: &str) -> Option<PathBuf> {
        self.next()
    }
}

pub const SIZE: Vec2 = vec2(1280.0, 800.0);

pub fn editor(start: Start, dialogs: ScriptedDialogs) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .build_eframe(move |cc| JourneyApp::with_dialogs(&cc.egui_ctx, start, Box::new(dialogs)));
    harness.run();
    harness
}

/// An editor whose frames are 50 ms apart, fast enough for double-clicks: kittest gives
/// every queued event its own frame.
pub fn quick_editor(start: Start) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_step_dt(0.05)
        .with_max_steps(40)
        .build_eframe(move |cc| {
            JourneyApp::with_dialogs(&cc.egui_ctx, start, Box::new(ScriptedDialogs::default()))
        });
    harness.run();
    harness
}

pub fn scratch(name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("journeymap-editor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).unwrap();
    path
}
