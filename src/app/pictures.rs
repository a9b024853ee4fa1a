//! Pictures in the editor: the textures the canvas draws them with, decoded on a worker
//! thread, and pictures the user adds (dropped, pasted or chosen), read and scaled on the
//! same thread and then put on the map as one edit.
//!
//! No picture is ever decoded on the UI thread: a frame only uploads pixels a worker made.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use egui::{ColorImage, TextureHandle, TextureOptions};

use super::JourneyApp;
use super::command::Command;
use crate::edit::ops::Place;
use crate::edit::pictures::{PictureTarget, set_picture};
use crate::model::{Picture, PictureId};
use crate::paint::egui_backend::PictureTextures;
use crate::pictures::{MAX_INPUT_BYTES, PictureError, Pixels, decode, ingest};
use crate::sentence::Localized as _;

/// The longest side of a picture's texture: sharp on a card at any readable zoom and in
/// the larger view on hover, and 1.6 MB per picture rather than ten.
pub const TEXTURE_SIDE: u32 = 640;

/// Where the pixels of a picture to add come from.
pub(super) enum Source {
    /// A file the user dropped or chose.
    File(PathBuf),
    /// A picture pasted from the clipboard.
    Pasted(Arc<ColorImage>),
}

/// Work for the picture thread.
enum Job {
    Decode(Picture),
    Add(Source, PictureTarget),
}

/// What the picture thread made.
enum Done {
    Decoded(PictureId, Result<Pixels, PictureError>),
    Added(Result<Picture, String>, PictureTarget),
    /// A dropped PNG turned out to carry a map: it is opened, not added.
    IsMap(PathBuf),
}

/// The editor's pictures: textures by picture id, and the thread that makes them.
#[derive(Default)]
pub(super) struct PictureCache {
    textures: HashMap<PictureId, TextureHandle>,
    pending: HashSet<PictureId>,
    failed: HashSet<PictureId>,
    worker: Option<(Sender<Job>, Receiver<Done>)>,
    /// Pictures being added, for the status bar.
    adding: usize,
    /// The context the thread asks to repaint when it has made something.
    ctx: Option<egui::Context>,
}

impl PictureCache {
    fn send(&mut self, job: Job) {
        if self.worker.is_none()
            && let Some(ctx) = &self.ctx
        {
            self.worker = spawn_worker(ctx.clone());
        }
        if let Some((jobs, _)) = &self.worker {
            let _ = jobs.send(job);
        }
    }

    /// The texture of a picture, once it has been decoded.
    pub(super) fn texture(&self, id: &PictureId) -> Option<&TextureHandle> {
        self.textures.get(id)
    }
}

fn spawn_worker(ctx: egui::Context) -> Option<(Sender<Job>, Receiver<Done>)> {
    let (jobs, job_receiver) = channel::<Job>();
    let (done_sender, done) = channel::<Done>();
    let spawned = std::thread::Builder::new()
        .name("pictures".to_owned())
        .spawn(move || {
            for job in job_receiver {
                let result = match job {
                    Job::Decode(picture) => {
                        Done::Decoded(picture.id.clone(), decode(&picture, TEXTURE_SIDE))
                    }
                    Job::Add(source, target) => add(source, target),
                };
                if done_sender.send(result).is_err() {
                    break;
                }
                ctx.request_repaint();
            }
        });
    spawned.ok().map(|_| (jobs, done))
}

/// Reads and scales a picture to add; a PNG that carries a map is a map, not a picture.
fn add(source: Source, target: PictureTarget) -> Done {
    let language = crate::i18n::interface_language();
    let said = |error: PictureError| error.sentence(language);
    let picture = match source {
        Source::File(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match read_capped(&path) {
                Err(sentence) => Err(sentence),
                Ok(bytes) => {
                    if matches!(
                        crate::file::png_map::extract(&bytes),
                        crate::file::png_map::PngMap::Found(_)
                    ) {
                        return Done::IsMap(path);
                    }
                    ingest(&bytes, &name).map_err(said)
                }
            }
        }
        Source::Pasted(image) => {
            let rgba: Vec<u8> = image
                .pixels
                .iter()
                .flat_map(|c| c.to_srgba_unmultiplied())
                .collect();
            let (width, height) = (image.size[0] as u32, image.size[1] as u32);
            match image::RgbaImage::from_raw(width, height, rgba) {
                None => Err(said(PictureError::Damaged("pasted".to_owned()))),
                Some(pixels) => {
                    let mut png = Vec::new();
                    let encoded = pixels
                        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png);
                    match encoded {
                        Ok(()) => ingest(&png, &crate::tr!("picture-pasted-name")).map_err(said),
                        Err(error) => Err(said(PictureError::Damaged(error.to_string()))),
                    }
                }
            }
        }
    };
    Done::Added(picture, target)
}

/// The bytes of a file, refused past [`MAX_INPUT_BYTES`] without reading them all.
fn read_capped(path: &std::path::Path) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let language = crate::i18n::interface_language();
    let cannot = |error: std::io::Error| {
        crate::tr_in!(
            language,
            "error-picture-file",
            name = crate::printable::printable(&path.display().to_string()),
            reason = error.to_string()
        )
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(PictureError::TooManyBytes(bytes.len()).sentence(language));
    }
    Ok(bytes)
}

/// Whether a file name looks like a picture we read.
pub(super) fn is_picture_name(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["png", "jpg", "jpeg", "webp", "gif"].contains(&e.to_ascii_lowercase().as_str())
    })
}

impl JourneyApp {
    /// Whether pictures are still being read, scaled or decoded on the picture thread.
    pub fn pictures_busy(&self) -> bool {
        !self.pictures.pending.is_empty() || self.pictures.adding > 0
    }

    /// Once a frame: takes what the picture thread made, asks it for the textures the
    /// map still lacks, and tells the drawing code which textures there are.
    pub(super) fn pictures_ui(&mut self, ctx: &egui::Context) {
        if self.pictures.ctx.is_none() {
            self.pictures.ctx = Some(ctx.clone());
        }
        let mut changed = false;
        while let Some((_, done)) = &self.pictures.worker {
            let received = done.try_recv();
            match received {
                Ok(Done::Decoded(id, result)) => {
                    self.pictures.pending.remove(&id);
                    match result {
                        Ok(pixels) => {
                            let image = ColorImage::from_rgba_unmultiplied(
                                [pixels.width as usize, pixels.height as usize],
                                &pixels.rgba,
                            );
                            let texture =
                                ctx.load_texture(id.as_str(), image, TextureOptions::LINEAR);
                            self.pictures.textures.insert(id, texture);
                            changed = true;
                        }
                        Err(error) => {
                            let name = self
                                .doc
                                .map()
                                .picture(&id)
                                .map(|p| p.name.clone())
                                .unwrap_or_default();
                            self.status = crate::tr!(
                                "picture-unreadable",
                                name = crate::printable::printable(&name),
                                reason = error.sentence(self.interface_language())
                            );
                            self.pictures.failed.insert(id);
                        }
                    }
                }
                Ok(Done::Added(result, target)) => {
                    self.pictures.adding = self.pictures.adding.saturating_sub(1);
                    self.picture_added(result, &target);
                }
                Ok(Done::IsMap(path)) => {
                    self.pictures.adding = self.pictures.adding.saturating_sub(1);
                    self.leave(ctx, super::files::Leave::Open(path));
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.pictures.worker = None;
                    break;
                }
            }
        }
        let wanted: Vec<Picture> = self
            .doc
            .map()
            .pictures
            .iter()
            .filter(|p| {
                !self.pictures.textures.contains_key(&p.id)
                    && !self.pictures.pending.contains(&p.id)
                    && !self.pictures.failed.contains(&p.id)
            })
            .cloned()
            .collect();
        for picture in wanted {
            self.pictures.pending.insert(picture.id.clone());
            self.pictures.send(Job::Decode(picture));
        }
        // Textures of pictures the map no longer has are let go once there are a few:
        // undo may bring a picture back, and decoding it again is cheap.
        let map = self.doc.map();
        if self.pictures.textures.len() > map.pictures.len() + 8 {
            let keep: HashSet<&PictureId> = map.pictures.iter().map(|p| &p.id).collect();
            self.pictures.textures.retain(|id, _| keep.contains(id));
            changed = true;
        }
        if changed || PictureTextures::of(ctx).0.len() != self.pictures.textures.len() {
            let ids = self
                .pictures
                .textures
                .iter()
                .map(|(id, texture)| (id.clone(), texture.id()))
                .collect();
            PictureTextures(Arc::new(ids)).publish(ctx);
        }
    }

    /// Starts adding a picture from `source` to `target`, on the picture thread.
    pub(super) fn add_picture(&mut self, source: Source, target: PictureTarget) {
        self.pictures.adding += 1;
        self.status = crate::tr!("picture-adding");
        self.pictures.send(Job::Add(source, target));
    }

    /// A picture the thread read, put on the map as one edit, or the reason it was not.
    fn picture_added(&mut self, result: Result<Picture, String>, target: &PictureTarget) {
        let picture = match result {
            Ok(picture) => picture,
            Err(sentence) => {
                self.show_error(&crate::tr!("picture-not-added"), sentence);
                return;
            }
        };
        match set_picture(self.doc.map(), target, Some(picture)) {
            Ok(edit) => {
                self.status = String::new();
                self.commands.push(Command::Edit(edit, None));
            }
            Err(full) => self.show_error(
                &crate::tr!("picture-not-added"),
                full.sentence(self.interface_language()),
            ),
        }
    }

    /// What a picture dropped or pasted at `pos` on the screen goes on: the card under it,
    /// or a new card in the empty cell under it.
    pub(super) fn picture_target_at(&self, screen_pos: egui::Pos2) -> Option<PictureTarget> {
        let map_from_screen = self.view.screen_from_map(self.canvas).inverse();
        let pos = map_from_screen.mul_pos(screen_pos);
        let laid_out = self.doc.scene().laid_out();
        if let Some(card) = laid_out.card_at(pos) {
            return Some(PictureTarget::Card(card.id.clone()));
        }
        let (column, row) = laid_out.cell_at(pos)?;
        let map = self.doc.map();
        let (phase, lane) = (map.phases.get(column)?, map.lanes.get(row)?);
        if lane.collapsed || lane.kind == crate::model::LaneKind::Emotions {
            return None;
        }
        Some(PictureTarget::NewCard(Place {
            phase: phase.id.clone(),
            lane: lane.id.clone(),
            before: None,
        }))
    }

    /// The picture of a card or persona in a panel: a view of it, its name, and buttons
    /// to choose another and to take it off. `compact` puts it all on one line, for the
    /// personas list, where every persona has one.
    pub(super) fn picture_field_ui(
        &mut self,
        ui: &mut egui::Ui,
        current: Option<&PictureId>,
        target: PictureTarget,
        compact: bool,
    ) {
        let name = current.and_then(|id| self.doc.map().picture(id).map(|p| p.name.clone()));
        let largest = if compact { 28.0 } else { 200.0 };
        let shown = |ui: &mut egui::Ui, this: &Self| {
            let Some(id) = current else { return };
            match (this.pictures.texture(id), &name) {
                (Some(texture), _) => {
                    let size = texture.size_vec2();
                    let scale = (largest / size.x.max(size.y).max(1.0))
                        .min(ui.available_width() / size.x.max(1.0));
                    let alt = name.clone().unwrap_or_default();
                    ui.add(egui::Image::new((texture.id(), size * scale)).alt_text(alt))
                        .on_hover_text(name.clone().unwrap_or_default());
                }
                (None, Some(_)) if this.pictures.failed.contains(id) => {
                    ui.weak(crate::tr!("inspector-picture-unreadable"));
                }
                (None, Some(_)) => {
                    ui.spinner();
                }
                (None, None) => {
                    ui.weak(crate::tr!("inspector-picture-missing"));
                }
            }
        };
        let mut choose = false;
        let mut remove = false;
        let mut buttons = |ui: &mut egui::Ui| {
            let label = if current.is_some() {
                crate::tr!("inspector-picture-replace")
            } else {
                crate::tr!("inspector-picture-choose")
            };
            choose = ui
                .button(label)
                .on_hover_text(crate::tr!("inspector-picture-hint"))
                .clicked();
            remove =
                current.is_some() && ui.button(crate::tr!("inspector-picture-remove")).clicked();
        };
        if compact {
            ui.horizontal(|ui| {
                shown(ui, self);
                buttons(ui);
            });
        } else {
            ui.label(crate::tr!("inspector-picture"));
            shown(ui, self);
            if let Some(name) = name.as_ref().filter(|n| !n.is_empty()) {
                ui.weak(name);
            }
            ui.horizontal(buttons);
        }
        if choose {
            self.picture_for = Some(target.clone());
            let choice = self.files.pick_picture();
            self.on_choice(super::dialogs::chooser::Purpose::Picture, choice, "");
        }
        if remove && let Ok(edit) = set_picture(self.doc.map(), &target, None) {
            self.commands.push(Command::Edit(edit, None));
        }
    }

    /// What a picture added without a place goes on: the one selected card, if there is one.
    pub(super) fn picture_target_of_selection(&self) -> Option<PictureTarget> {
        match self.selection.cards() {
            [card] => Some(PictureTarget::Card(card.clone())),
            _ => None,
        }
    }
}
