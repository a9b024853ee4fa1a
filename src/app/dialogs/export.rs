//! The export dialog: presets, format, page, scale and the rest, with a live preview of the
//! picture and its size. The preview and the file size are worked out on a thread of their
//! own from a copy of the map, so the editor never waits for them, however big the map.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::{Id, Key, Ui};

use crate::app::{ExportDialog, JourneyApp};
use crate::export::{self, Format, Page, SvgText};
use crate::i18n::Language;
use crate::model::JourneyMap;
use crate::paint::svg::Background;
use crate::sentence::Localized as _;

/// The widest the preview is shown, in points.
const PREVIEW_WIDTH: f32 = 320.0;
/// The tallest the preview is shown, in points.
const PREVIEW_HEIGHT: f32 = 240.0;

/// A ready-made choice of format and page for where the picture is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::app) enum Preset {
    /// A PNG of a 16:9 slide at 2×: 3840 × 2160 pixels.
    Slide,
    /// A PowerPoint of editable shapes, with a slide per phase after the whole map.
    Presentation,
    /// A PDF on an A4 page, landscape.
    Document,
    /// A PDF on an A3 page, landscape.
    Poster,
    /// Whatever the user set.
    Custom,
}

impl Preset {
    const ALL: [Preset; 5] = [
        Preset::Slide,
        Preset::Presentation,
        Preset::Document,
        Preset::Poster,
        Preset::Custom,
    ];

    fn label(self) -> String {
        match self {
            Preset::Slide => crate::tr!("dialog-export-preset-slide"),
            Preset::Presentation => crate::tr!("dialog-export-preset-presentation"),
            Preset::Document => crate::tr!("dialog-export-preset-document"),
            Preset::Poster => crate::tr!("dialog-export-preset-poster"),
            Preset::Custom => crate::tr!("dialog-export-preset-custom"),
        }
    }

    fn tooltip(self) -> String {
        match self {
            Preset::Slide => crate::tr!("dialog-export-preset-slide-tooltip"),
            Preset::Presentation => crate::tr!("dialog-export-preset-presentation-tooltip"),
            Preset::Document => crate::tr!("dialog-export-preset-document-tooltip"),
            Preset::Poster => crate::tr!("dialog-export-preset-poster-tooltip"),
            Preset::Custom => crate::tr!("dialog-export-preset-custom-tooltip"),
        }
    }

    /// Sets what the preset decides; the rest (background, title, legend) stays.
    fn apply(self, dialog: &mut ExportDialog) {
        let (format, page) = match self {
            Preset::Slide => {
                dialog.options.scale = 2;
                (Format::Png, Page::Slide)
            }
            // A PowerPoint slide is 16:9 whatever the page: the page chosen for other
            // formats is kept for them.
            Preset::Presentation => {
                dialog.options.per_phase = true;
                (Format::Pptx, dialog.options.page)
            }
            Preset::Document => (Format::Pdf, Page::A4),
            Preset::Poster => (Format::Pdf, Page::A3),
            Preset::Custom => return,
        };
        dialog.format = format;
        dialog.options.page = page;
    }

    /// The preset the dialog's choices are, or Custom.
    fn of(dialog: &ExportDialog) -> Preset {
        Preset::ALL
            .into_iter()
            .filter(|preset| *preset != Preset::Custom)
            .find(|preset| {
                let mut applied = *dialog;
                preset.apply(&mut applied);
                applied == *dialog
            })
            .unwrap_or(Preset::Custom)
    }
}

/// What the background thread reports, in this order.
enum Report {
    /// The preview's width, height and straight RGBA pixels, or why it could not be drawn.
    Picture(Result<(u32, u32, Vec<u8>), String>),
    /// The picture's size in points before any scale, as its page makes it.
    PageSize(egui::Vec2),
    /// About how many bytes the file will have, or why it cannot be made.
    FileSize(Result<u64, String>),
}

/// What the size of a picture's page depends on.
type PageSizeOf = (u64, Page, crate::layout::LayoutOptions);

/// A preview being worked out, for one revision of the map and one set of choices.
struct PreviewJob {
    /// What it is a preview of.
    of: (u64, ExportDialog, u32),
    receiver: Receiver<Report>,
    /// Set when nobody wants the answer any more, so the thread stops early.
    abandoned: Arc<AtomicBool>,
}

impl Drop for PreviewJob {
    fn drop(&mut self) {
        self.abandoned.store(true, Ordering::Relaxed);
    }
}

/// The export dialog while it is open.
pub(in crate::app) struct ExportWindow {
    /// What will be exported, and how.
    pub(in crate::app) dialog: ExportDialog,
    /// The preset the user chose, or Custom once they changed something themselves.
    preset: Preset,
    job: Option<PreviewJob>,
    /// The last preview drawn (kept while a newer one is worked out, so it does not flicker).
    texture: Option<egui::TextureHandle>,
    /// Why the preview could not be drawn.
    picture_error: Option<String>,
    /// The picture's size in points, once known, with what it depends on: the map's
    /// revision, the page and what the layout includes (not the format or the scale, so the
    /// size does not blink while they change).
    page_size: Option<(PageSizeOf, egui::Vec2)>,
    /// About how large the file will be, once known.
    file_size: Option<Result<u64, String>>,
}

impl ExportWindow {
    /// The dialog, opened on these choices; the preset is the one they are, if any.
    pub(in crate::app) fn new(dialog: ExportDialog) -> Self {
        Self {
            dialog,
            preset: Preset::of(&dialog),
            job: None,
            texture: None,
            picture_error: None,
            page_size: None,
            file_size: None,
        }
    }

    /// Starts working out the preview again when the map or a choice changed.
    fn refresh(&mut self, ctx: &egui::Context, map: &JourneyMap, revision: u64) {
        let width_px = (PREVIEW_WIDTH * ctx.pixels_per_point()).round() as u32;
        let of = (revision, self.dialog, width_px);
        if self.job.as_ref().is_some_and(|job| job.of == of) {
            return;
        }
        self.file_size = None;
        let (sender, receiver) = std::sync::mpsc::channel();
        let abandoned = Arc::new(AtomicBool::new(false));
        let map = map.clone();
        let dialog = self.dialog;
        let language = crate::i18n::interface_language();
        let stop = Arc::clone(&abandoned);
        let spawned = std::thread::Builder::new()
            .name("export preview".to_owned())
            .spawn(move || work_out_preview(&map, dialog, width_px, language, &stop, &sender));
        if let Err(error) = spawned {
            self.picture_error = Some(error.to_string());
            self.file_size = Some(Err(error.to_string()));
        }
        self.job = Some(PreviewJob {
            of,
            receiver,
            abandoned,
        });
    }

    /// Takes what the background thread has finished.
    fn collect(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.job else {
            return;
        };
        loop {
            match job.receiver.try_recv() {
                Ok(Report::Picture(Ok((width, height, rgba)))) => {
                    let image = egui::ColorImage::from_rgba_unmultiplied(
                        [width as usize, height as usize],
                        &rgba,
                    );
                    self.texture = Some(ctx.load_texture(
                        "export preview",
                        image,
                        egui::TextureOptions::LINEAR,
                    ));
                    self.picture_error = None;
                }
                Ok(Report::Picture(Err(sentence))) => {
                    self.texture = None;
                    self.picture_error = Some(sentence);
                }
                Ok(Report::PageSize(size)) => {
                    let (revision, dialog, _) = job.of;
                    self.page_size =
                        Some(((revision, dialog.options.page, dialog.options.layout), size));
                }
                Ok(Report::FileSize(size)) => self.file_size = Some(size),
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after_secs(0.05);
                    return;
                }
                Err(TryRecvError::Disconnected) => return,
            }
        }
    }
}

/// The preview, the picture's size and the file size, sent as each is ready. Stops when
/// the dialog no longer wants them (an option changed, or it closed).
fn work_out_preview(
    map: &JourneyMap,
    dialog: ExportDialog,
    width_px: u32,
    language: Language,
    abandoned: &AtomicBool,
    sender: &std::sync::mpsc::Sender<Report>,
) {
    let sentence = |error: export::ExportError| error.sentence(language);
    let shown = shown_options(dialog);
    let picture = export::preview::preview(map, &shown, width_px).map_err(sentence);
    // Sending fails only when the dialog is gone; then nobody needs the rest.
    if sender.send(Report::Picture(picture)).is_err() || abandoned.load(Ordering::Relaxed) {
        return;
    }
    let bounds = export::picture(map, &dialog.options).1;
    let page_size = dialog.options.page.frame(bounds).1;
    if sender.send(Report::PageSize(page_size)).is_err() || abandoned.load(Ordering::Relaxed) {
        return;
    }
    let size = export::preview::estimate_size(map, dialog.format, &shown).map_err(sentence);
    let _ = sender.send(Report::FileSize(size));
}

/// The options as the file will look: a PowerPoint's first slide is the whole map fitted on
/// a 16:9 slide, whatever page the other formats are set to.
fn shown_options(dialog: ExportDialog) -> export::ExportOptions {
    let mut options = dialog.options;
    if dialog.format == Format::Pptx {
        options.page = Page::Slide;
    }
    options
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Png => "PNG",
        Format::Svg => "SVG",
        Format::Pdf => "PDF",
        Format::Pptx => "PowerPoint",
    }
}

fn page_label(page: Page) -> String {
    match page {
        Page::Fit => crate::tr!("dialog-export-page-fit"),
        Page::Slide => crate::tr!("dialog-export-page-slide"),
        Page::A4 => crate::tr!("dialog-export-page-a4"),
        Page::A3 => crate::tr!("dialog-export-page-a3"),
    }
}

/// A whole number as the interface language writes it: four digits as they are ("3840"),
/// longer ones in groups of three ("12,480", in Dutch "12.480").
fn whole_number(value: f32) -> String {
    let digits = format!("{:.0}", value.max(0.0));
    if digits.len() <= 4 {
        return digits;
    }
    let separator = match crate::i18n::interface_language() {
        Language::English => ',',
        Language::Dutch => '.',
    };
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// The size of what is exported: pixels for a PNG, the page for a PDF or SVG, the number of
/// slides for a PowerPoint of a map of `phases` phases.
fn size_text(
    dialog: &ExportDialog,
    page_size: Option<egui::Vec2>,
    phases: usize,
) -> Option<String> {
    let page = dialog.options.page;
    let size = || page.size().or(page_size);
    Some(match dialog.format {
        // Every slide is 16:9 (the dialog says so): how many there are is the news.
        Format::Pptx => {
            let slides = if dialog.options.per_phase {
                1 + phases
            } else {
                1
            };
            crate::tr!("dialog-export-size-slides", count = slides)
        }
        Format::Png => {
            let size = size()?;
            let scale = dialog.options.scale as f32;
            crate::tr!(
                "dialog-export-size-pixels",
                width = whole_number((size.x * scale).ceil()),
                height = whole_number((size.y * scale).ceil())
            )
        }
        Format::Svg | Format::Pdf => match (page, size()?) {
            (Page::A4 | Page::A3, size) => {
                let mm = 25.4 / 72.0;
                crate::tr!(
                    "dialog-export-size-page-mm",
                    page = page_label(page),
                    width = whole_number(size.x * mm),
                    height = whole_number(size.y * mm)
                )
            }
            (Page::Slide, size) => crate::tr!(
                "dialog-export-size-page-points",
                page = page_label(page),
                width = whole_number(size.x),
                height = whole_number(size.y)
            ),
            (Page::Fit, size) => crate::tr!(
                "dialog-export-size-points",
                width = whole_number(size.x),
                height = whole_number(size.y)
            ),
        },
    })
}

/// "about 1.2 MB", "about 340 KB", in the interface language.
fn file_size_text(bytes: u64) -> String {
    let language = crate::i18n::interface_language();
    let bytes = bytes as f64;
    if bytes >= 1_000_000.0 {
        let decimals = usize::from(bytes < 10_000_000.0);
        crate::tr!(
            "dialog-export-about-mb",
            size = crate::i18n::format_number(language, bytes / 1_000_000.0, decimals)
        )
    } else {
        crate::tr!(
            "dialog-export-about-kb",
            size = crate::i18n::format_number(language, (bytes / 1_000.0).max(1.0), 0)
        )
    }
}

impl JourneyApp {
    /// The export dialog, when open: Enter exports, Esc or Cancel closes it.
    pub(in crate::app) fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(mut window) = self.dialogs.export.take() else {
            return;
        };
        let shown = self.exported_map(window.dialog.options);
        window.refresh(ctx, &shown, self.doc.revision());
        window.collect(ctx);
        let mut close = false;
        let mut go = false;
        let modal = egui::Modal::new(Id::unique("export dialog")).show(ctx, |ui| {
            ui.heading(crate::tr!(
                "dialog-export-heading",
                format = format_name(window.dialog.format)
            ));
            ui.add_space(6.0);
            presets_ui(ui, &mut window);
            ui.add_space(6.0);
            ui.separator();
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    let before = window.dialog;
                    options_ui(ui, &mut window.dialog);
                    // Find and filter: offered only while the filter highlights something.
                    if self.filter.is_active() {
                        ui.checkbox(
                            &mut window.dialog.options.only_highlighted,
                            crate::tr!("dialog-export-only-highlighted"),
                        )
                        .on_hover_text(crate::tr!("dialog-export-only-highlighted-tooltip"));
                    }
                    if window.dialog != before {
                        window.preset = Preset::Custom;
                    }
                });
                ui.add_space(12.0);
                ui.vertical(|ui| preview_ui(ui, &window, self.doc.map().phases.len()));
            });
            ui.separator();
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                go = ui.button(crate::tr!("dialog-export-go")).clicked();
                close = ui.button(crate::tr!("canvas-cancel")).clicked();
            });
            if ui.input(|i| i.key_pressed(Key::Enter)) {
                go = true;
            }
        });
        if modal.should_close() {
            close = true;
        }
        if go {
            self.export(window.dialog);
        } else if !close {
            self.dialogs.export = Some(window);
        }
    }
}

fn presets_ui(ui: &mut Ui, window: &mut ExportWindow) {
    ui.horizontal(|ui| {
        for preset in Preset::ALL {
            let chosen = window.preset == preset;
            if ui
                .add(egui::Button::selectable(chosen, preset.label()).frame_when_inactive(true))
                .on_hover_text(preset.tooltip())
                .clicked()
            {
                preset.apply(&mut window.dialog);
                window.preset = preset;
            }
        }
    });
}

fn options_ui(ui: &mut Ui, dialog: &mut ExportDialog) {
    egui::Grid::new("export options")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(crate::tr!("dialog-export-format"));
            ui.horizontal(|ui| {
                for format in [Format::Png, Format::Svg, Format::Pdf, Format::Pptx] {
                    ui.selectable_value(&mut dialog.format, format, format_name(format));
                }
            });
            ui.end_row();

            let label = ui.label(crate::tr!("dialog-export-page"));
            if dialog.format == Format::Pptx {
                // Said rather than offered: a PowerPoint slide is always 16:9.
                ui.label(crate::tr!("dialog-export-page-pptx"))
                    .labelled_by(label.id);
            } else {
                egui::ComboBox::from_id_salt("export page")
                    .selected_text(page_label(dialog.options.page))
                    .width(190.0)
                    .show_ui(ui, |ui| {
                        for page in Page::ALL {
                            ui.selectable_value(&mut dialog.options.page, page, page_label(page));
                        }
                    })
                    .response
                    .labelled_by(label.id);
            }
            ui.end_row();

            if dialog.format == Format::Png {
                ui.label(crate::tr!("dialog-export-scale"));
                ui.horizontal(|ui| {
                    for scale in export::SCALE_RANGE {
                        ui.selectable_value(&mut dialog.options.scale, scale, format!("{scale}×"));
                    }
                });
                ui.end_row();
            }

            ui.label(crate::tr!("dialog-export-background"));
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut dialog.options.background,
                    Background::White,
                    crate::tr!("dialog-export-white"),
                );
                ui.radio_value(
                    &mut dialog.options.background,
                    Background::Transparent,
                    crate::tr!("dialog-export-transparent"),
                );
            });
            ui.end_row();
        });
    ui.add_space(4.0);
    ui.checkbox(
        &mut dialog.options.layout.title,
        crate::tr!("dialog-export-title"),
    );
    ui.checkbox(
        &mut dialog.options.layout.legend,
        crate::tr!("dialog-export-legend"),
    );
    // Comments: their own block, remembered in the settings like the options above.
    ui.checkbox(
        &mut dialog.options.include_comments,
        crate::tr!("dialog-export-comments"),
    )
    .on_hover_text(crate::tr!("dialog-export-comments-tooltip"));
    if dialog.format == Format::Pptx {
        ui.checkbox(
            &mut dialog.options.per_phase,
            crate::tr!("dialog-export-per-phase"),
        )
        .on_hover_text(crate::tr!("dialog-export-per-phase-tooltip"));
    }
    if dialog.format == Format::Svg {
        let mut outlines = dialog.options.text == SvgText::Outlines;
        if ui
            .checkbox(&mut outlines, crate::tr!("dialog-export-outlines"))
            .on_hover_text(crate::tr!("dialog-export-outlines-tooltip"))
            .changed()
        {
            dialog.options.text = if outlines {
                SvgText::Outlines
            } else {
                SvgText::Embedded
            };
        }
    }
}

fn preview_ui(ui: &mut Ui, window: &ExportWindow, phases: usize) {
    // Room for the size and two lines of the file size (or why it cannot be made), so the
    // dialog keeps its height as they come and go.
    ui.set_min_height(PREVIEW_HEIGHT + 80.0);
    ui.weak(crate::tr!("dialog-export-preview"));
    let area = egui::vec2(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    let (rect, _) = ui.allocate_exact_size(area, egui::Sense::hover());
    let visuals = ui.visuals().clone();
    ui.painter()
        .rect_filled(rect, 4.0, visuals.widgets.inactive.weak_bg_fill);
    // Placed in a child, so the picture does not move the column's cursor back up.
    let mut frame = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    if let Some(texture) = &window.texture {
        // The page's proportions, as large as the area allows.
        let size = texture.size_vec2();
        let fit = (area.x / size.x).min(area.y / size.y);
        let shown = egui::Rect::from_center_size(rect.center(), size * fit);
        frame.put(
            shown,
            egui::Image::new((texture.id(), shown.size()))
                .alt_text(crate::tr!("dialog-export-preview-alt")),
        );
        frame.painter().rect_stroke(
            shown,
            0.0,
            visuals.widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Outside,
        );
    } else if let Some(error) = &window.picture_error {
        frame.put(
            rect.shrink(12.0),
            egui::Label::new(egui::RichText::new(error).color(visuals.error_fg_color)).wrap(),
        );
    }
    ui.add_space(4.0);
    let options = window.dialog.options;
    let page_size = window
        .page_size
        .filter(|(of, _)| window.job.as_ref().map(|job| job.of.0) == Some(of.0))
        .filter(|(of, _)| (of.1, of.2) == (options.page, options.layout))
        .map(|(_, size)| size);
    if let Some(size) = size_text(&window.dialog, page_size, phases) {
        ui.label(size);
    }
    match &window.file_size {
        Some(Ok(bytes)) => {
            ui.label(file_size_text(*bytes));
        }
        Some(Err(sentence)) => {
            ui.add(
                egui::Label::new(egui::RichText::new(sentence).color(visuals.error_fg_color))
                    .wrap(),
            );
        }
        None => {
            ui.weak(crate::tr!("dialog-export-estimating"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_is_recognised_from_its_choices_and_any_other_choice_is_custom() {
        let mut dialog = ExportDialog {
            format: Format::Svg,
            options: export::ExportOptions::default(),
        };
        assert_eq!(Preset::of(&dialog), Preset::Custom);
        Preset::Document.apply(&mut dialog);
        assert_eq!(
            (dialog.format, dialog.options.page),
            (Format::Pdf, Page::A4)
        );
        assert_eq!(Preset::of(&dialog), Preset::Document);
        Preset::Slide.apply(&mut dialog);
        assert_eq!(Preset::of(&dialog), Preset::Slide);
        dialog.options.scale = 3;
        assert_eq!(Preset::of(&dialog), Preset::Custom);

        // A presentation leaves the page to the formats that have one.
        Preset::Document.apply(&mut dialog);
        Preset::Presentation.apply(&mut dialog);
        assert_eq!(
            (dialog.format, dialog.options.per_phase, dialog.options.page),
            (Format::Pptx, true, Page::A4)
        );
        assert_eq!(Preset::of(&dialog), Preset::Presentation);
        dialog.options.per_phase = false;
        assert_eq!(Preset::of(&dialog), Preset::Custom);
    }

    #[test]
    fn a_powerpoint_is_previewed_on_a_slide_and_counted_in_slides() {
        crate::i18n::set_interface_language(Language::English);
        let mut dialog = ExportDialog {
            format: Format::Pptx,
            options: export::ExportOptions {
                page: Page::A3,
                ..export::ExportOptions::default()
            },
        };
        assert_eq!(shown_options(dialog).page, Page::Slide);
        assert_eq!(
            size_text(&dialog, None, 6).as_deref(),
            Some("1 slide: the whole map")
        );
        dialog.options.per_phase = true;
        assert_eq!(
            size_text(&dialog, None, 6).as_deref(),
            Some("7 slides: the whole map and one per phase")
        );
        dialog.format = Format::Pdf;
        assert_eq!(shown_options(dialog).page, Page::A3);
    }

    #[test]
    fn sizes_read_as_the_interface_language_writes_them() {
        crate::i18n::set_interface_language(Language::Dutch);
        assert_eq!(file_size_text(1_234_567), "ongeveer 1,2 MB");
        assert_eq!(whole_number(12_480.0), "12.480");
        crate::i18n::set_interface_language(Language::English);
        assert_eq!(file_size_text(1_234_567), "about 1.2 MB");
        assert_eq!(file_size_text(340_400), "about 340 KB");
        assert_eq!(file_size_text(23_456_789), "about 23 MB");
        assert_eq!(whole_number(3840.0), "3840");
        assert_eq!(whole_number(1_234_567.0), "1,234,567");
        let dialog = ExportDialog {
            format: Format::Pdf,
            options: export::ExportOptions {
                page: Page::A4,
                ..export::ExportOptions::default()
            },
        };
        assert_eq!(
            size_text(&dialog, None, 6).as_deref(),
            Some("A4 landscape, 297 × 210 mm")
        );
    }
}
