//! Every user command, declared once: its label, tooltip, shortcuts, when it is enabled,
//! whether it is on (for toggles) and what it does. The menu bar, the context menus, the
//! status-bar buttons and the keyboard all read this list.

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};

use super::JourneyApp;
use super::files::Leave;
use super::selection::{Header, Selection};
use crate::edit::{Edit, clipboard, ops};
use crate::export::Format;
use crate::model::{
    BlueprintLine, Card, CardId, HandoffQuality, JourneyMap, Lane, LaneKind, Language, Link,
    LinkKind, templates,
};
use crate::samples::SAMPLES;
use crate::sentence::Localized as _;

/// Declares the actions once: the enum and [`Action::ALL`], so a new action is in the
/// list (and in the shortcut checks) without anyone remembering to add it.
macro_rules! declare_actions {
    (
        listed { $( $(#[$listed_doc:meta])* $listed:ident, )* }
        with_values { $( $(#[$value_doc:meta])* $valued:ident($value:ty), )* }
    ) => {
        /// A command the user can give.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Action {
            $( $(#[$listed_doc])* $listed, )*
            $( $(#[$value_doc])* $valued($value), )*
        }

        impl Action {
            /// Every action that has a place in the menus or on the keyboard, except those
            /// that carry a value (a sample, a template), which are listed from their values.
            pub const ALL: &'static [Action] = &[ $( Action::$listed, )* ];
        }
    };
}

declare_actions! {
    listed {
        /// Choose a template and a title for a new map.
        NewMap,
        /// Choose one of the sample journeys to open.
        SampleGallery,
        /// Open a map or a picture with a map inside.
        Open,
        /// Save the map to the file it came from (asks where for samples and pictures).
        Save,
        /// Save the map to a new file.
        SaveAs,
        /// Export the map as a PNG picture.
        ExportPng,
        /// Export the map as an SVG drawing.
        ExportSvg,
        /// Export the map as a PDF document.
        ExportPdf,
        /// Export the map as a PowerPoint presentation of editable shapes.
        ExportPowerPoint,
        /// Close the program.
        Quit,
        /// Undo the last change.
        Undo,
        /// Redo the last undone change.
        Redo,
        /// Select every card.
        SelectAll,
        /// Clear the selection, or cancel a drag.
        Deselect,
        /// Delete the selected cards.
        Delete,
        /// Copy the selected cards next to themselves.
        Duplicate,
        /// Copy the selected cards to the clipboard and delete them.
        Cut,
        /// Copy the selected cards to the clipboard, as journeymap JSON.
        Copy,
        /// Paste cards (or lines of text, a card each) from the clipboard.
        Paste,
        /// Mark the selected cards as decision moments (moments of truth), or unmark them.
        ToggleDecision,
        /// Mark the selected cards as wow moments, or unmark them.
        ToggleWow,
        /// Rename the selected card, phase or lane in place.
        Rename,
        /// Add a phase at the end (or after the selected one).
        AddPhase,
        /// Add a lane at the bottom (or below the selected one).
        AddLane,
        /// Select the nearest card to the left.
        SelectLeft,
        /// Select the nearest card to the right.
        SelectRight,
        /// Select the nearest card above.
        SelectUp,
        /// Select the nearest card below.
        SelectDown,
        /// Zoom in one step.
        ZoomIn,
        /// Zoom out one step.
        ZoomOut,
        /// Show the map at its real size.
        ZoomReset,
        /// Show the whole map.
        FitMap,
        /// Show or hide the channel-switch overview.
        ToggleSwitches,
        /// Add a persona, with an emotion curve of their own.
        AddPersona,
        /// Switch the editor's panels and menus between light and dark.
        ToggleDark,
        /// Add a phase before the selected one.
        AddPhaseBefore,
        /// Add a phase after the selected one.
        AddPhaseAfter,
        /// Fold the selected lane to one line, or unfold it.
        ToggleFold,
        /// Show or hide the channel palette on the left.
        TogglePalette,
        /// Show or hide the inspector on the right.
        ToggleInspector,
        /// Present the map full screen, phase by phase.
        Present,
        /// Choose a picture file for the selected card.
        AddPicture,
        /// Take the picture off the selected card.
        RemovePicture,
        /// Open the find bar: search the cards' words and step through the matches.
        Find,
        /// Show or hide the filter bar, which dims the cards outside the chosen channels,
        /// owners, tags or personas.
        ToggleFilter,
        /// Write a comment on the selected card, phase, lane or link, or on the map.
        Comment,
        /// Show or hide the comments panel.
        ToggleComments,
    }
    with_values {
        /// Start a new map from a template (by its index in the templates).
        New(usize),
        /// Open one of the built-in sample journeys (by its index in the samples).
        OpenSample(usize),
        /// Add a lane of a kind above the selected lane.
        AddLaneAbove(LaneKind),
        /// Add a lane of a kind below the selected lane, or at the bottom.
        AddLaneBelow(LaneKind),
        /// Make the selected link this kind of link.
        SetLinkKind(LinkKind),
        /// Judge the handoff of the selected channel switch (`None`: not judged).
        SetHandoff(Option<HandoffQuality>),
        /// Speak this language in menus, dialogs and messages (`None`: the system's).
        UseLanguage(Option<Language>),
        /// Draw this service-blueprint line under the selected lane (`None`: no line).
        SetLaneLine(Option<BlueprintLine>),
    }
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn command_alt(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::ALT), key)
}

impl Action {
    /// The name in menus and on buttons, in the interface language.
    pub fn label(self) -> String {
        match self {
            Action::AddLaneAbove(kind) | Action::AddLaneBelow(kind) => {
                kind.label(crate::i18n::interface_language())
            }
            Action::SetLinkKind(kind) => kind.label(crate::i18n::interface_language()),
            Action::SetHandoff(quality) => quality.map_or_else(
                || crate::tr!("action-handoff-not-judged"),
                |quality| quality.label(crate::i18n::interface_language()),
            ),
            Action::New(index) => crate::model::templates::TEMPLATES.get(index).map_or_else(
                || crate::tr!("action-new-fallback"),
                |t| {
                    t.description_in(crate::i18n::interface_language())
                        .to_owned()
                },
            ),
            Action::OpenSample(index) => crate::samples::SAMPLES
                .get(index)
                .map_or_else(|| crate::tr!("action-sample-fallback"), |s| s.title()),
            // A language is named in itself, so whoever cannot read the menu finds theirs.
            Action::UseLanguage(Some(language)) => language.native_name().to_owned(),
            Action::UseLanguage(None) => crate::tr!("action-use-system-language"),
            Action::SetLaneLine(line) => line.map_or_else(
                || crate::tr!("action-line-none"),
                |line| line.label(crate::i18n::interface_language()),
            ),
            Action::Open => crate::tr!("action-open"),
            Action::NewMap => crate::tr!("action-new-map"),
            Action::AddPhaseBefore => crate::tr!("action-add-phase-before"),
            Action::AddPhaseAfter => crate::tr!("action-add-phase-after"),
            Action::ToggleFold => crate::tr!("action-fold"),
            Action::SampleGallery => crate::tr!("action-sample-gallery"),
            Action::Save => crate::tr!("action-save"),
            Action::SaveAs => crate::tr!("action-save-as"),
            Action::Undo => crate::tr!("action-undo"),
            Action::Redo => crate::tr!("action-redo"),
            Action::SelectAll => crate::tr!("action-select-all"),
            Action::Deselect => crate::tr!("action-deselect"),
            Action::Delete => crate::tr!("action-delete"),
            Action::Duplicate => crate::tr!("action-duplicate"),
            Action::Cut => crate::tr!("action-cut"),
            Action::Copy => crate::tr!("action-copy"),
            Action::Paste => crate::tr!("action-paste"),
            Action::ToggleDecision => crate::tr!("action-decision-moment"),
            Action::ToggleWow => crate::tr!("action-wow-moment"),
            Action::Rename => crate::tr!("action-rename"),
            Action::AddPhase => crate::tr!("action-add-phase"),
            Action::AddLane => crate::tr!("action-add-lane"),
            Action::SelectLeft => crate::tr!("action-select-left"),
            Action::SelectRight => crate::tr!("action-select-right"),
            Action::SelectUp => crate::tr!("action-select-up"),
            Action::SelectDown => crate::tr!("action-select-down"),
            Action::ExportPng => crate::tr!("action-export-png"),
            Action::ExportSvg => crate::tr!("action-export-svg"),
            Action::ExportPdf => crate::tr!("action-export-pdf"),
            Action::ExportPowerPoint => crate::tr!("action-export-pptx"),
            Action::Quit => crate::tr!("action-quit"),
            Action::ZoomIn => crate::tr!("action-zoom-in"),
            Action::ZoomOut => crate::tr!("action-zoom-out"),
            Action::ZoomReset => crate::tr!("action-zoom-reset"),
            Action::FitMap => crate::tr!("action-fit-map"),
            Action::ToggleSwitches => crate::tr!("action-switches"),
            Action::AddPersona => crate::tr!("action-add-persona"),
            Action::ToggleDark => crate::tr!("action-dark"),
            Action::TogglePalette => crate::tr!("action-palette"),
            Action::ToggleInspector => crate::tr!("action-inspector"),
            Action::Present => crate::tr!("action-present"),
            Action::AddPicture => crate::tr!("action-add-picture"),
            Action::RemovePicture => crate::tr!("action-remove-picture"),
            Action::Find => crate::tr!("action-find"),
            Action::ToggleFilter => crate::tr!("action-filter"),
            Action::Comment => crate::tr!("action-comment"),
            Action::ToggleComments => crate::tr!("action-comments"),
        }
    }

    /// A sentence shown on hover, in the interface language.
    pub fn tooltip(self) -> String {
        match self {
            Action::AddLaneAbove(_) => crate::tr!("action-add-lane-above-tooltip"),
            Action::AddLaneBelow(_) => crate::tr!("action-add-lane-below-tooltip"),
            Action::SetLinkKind(_) => crate::tr!("action-set-link-kind-tooltip"),
            Action::SetHandoff(_) => crate::tr!("action-set-handoff-tooltip"),
            Action::OpenSample(_) => crate::tr!("action-open-sample-tooltip"),
            Action::New(_) => crate::tr!("action-new-tooltip"),
            Action::UseLanguage(None) => crate::tr!("action-use-system-language-tooltip"),
            Action::UseLanguage(Some(_)) => crate::tr!("action-use-language-tooltip"),
            Action::SetLaneLine(_) => crate::tr!("action-line-tooltip"),
            Action::Open => crate::tr!("action-open-tooltip"),
            Action::NewMap => crate::tr!("action-new-map-tooltip"),
            Action::AddPhaseBefore => crate::tr!("action-add-phase-before-tooltip"),
            Action::AddPhaseAfter => crate::tr!("action-add-phase-after-tooltip"),
            Action::ToggleFold => crate::tr!("action-fold-tooltip"),
            Action::SampleGallery => crate::tr!("action-sample-gallery-tooltip"),
            Action::Save => crate::tr!("action-save-tooltip"),
            Action::SaveAs => crate::tr!("action-save-as-tooltip"),
            Action::Undo => crate::tr!("action-undo-tooltip"),
            Action::Redo => crate::tr!("action-redo-tooltip"),
            Action::SelectAll => crate::tr!("action-select-all-tooltip"),
            Action::Deselect => crate::tr!("action-deselect-tooltip"),
            Action::Delete => crate::tr!("action-delete-tooltip"),
            Action::Duplicate => crate::tr!("action-duplicate-tooltip"),
            Action::Cut => crate::tr!("action-cut-tooltip"),
            Action::Copy => crate::tr!("action-copy-tooltip"),
            Action::Paste => crate::tr!("action-paste-tooltip"),
            Action::ToggleDecision => crate::tr!("action-decision-moment-tooltip"),
            Action::ToggleWow => crate::tr!("action-wow-moment-tooltip"),
            Action::Rename => crate::tr!("action-rename-tooltip"),
            Action::AddPhase => crate::tr!("action-add-phase-tooltip"),
            Action::AddLane => crate::tr!("action-add-lane-tooltip"),
            Action::SelectLeft => crate::tr!("action-select-left-tooltip"),
            Action::SelectRight => crate::tr!("action-select-right-tooltip"),
            Action::SelectUp => crate::tr!("action-select-up-tooltip"),
            Action::SelectDown => crate::tr!("action-select-down-tooltip"),
            Action::ExportPng => crate::tr!("action-export-png-tooltip"),
            Action::ExportSvg => crate::tr!("action-export-svg-tooltip"),
            Action::ExportPdf => crate::tr!("action-export-pdf-tooltip"),
            Action::ExportPowerPoint => crate::tr!("action-export-pptx-tooltip"),
            Action::Quit => crate::tr!("action-quit-tooltip"),
            Action::ZoomIn => crate::tr!("action-zoom-in-tooltip"),
            Action::ZoomOut => crate::tr!("action-zoom-out-tooltip"),
            Action::ZoomReset => crate::tr!("action-zoom-reset-tooltip"),
            Action::FitMap => crate::tr!("action-fit-map-tooltip"),
            Action::ToggleSwitches => crate::tr!("action-switches-tooltip"),
            Action::AddPersona => crate::tr!("action-add-persona-tooltip"),
            Action::ToggleDark => crate::tr!("action-dark-tooltip"),
            Action::TogglePalette => crate::tr!("action-palette-tooltip"),
            Action::ToggleInspector => crate::tr!("action-inspector-tooltip"),
            Action::Present => crate::tr!("action-present-tooltip"),
            Action::AddPicture => crate::tr!("action-add-picture-tooltip"),
            Action::RemovePicture => crate::tr!("action-remove-picture-tooltip"),
            Action::Find => crate::tr!("action-find-tooltip"),
            Action::ToggleFilter => crate::tr!("action-filter-tooltip"),
            Action::Comment => crate::tr!("action-comment-tooltip"),
            Action::ToggleComments => crate::tr!("action-comments-tooltip"),
        }
    }

    /// Whether the action is one of several values to choose from (shown as a radio
    /// button), rather than a toggle.
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            Action::SetLinkKind(_)
                | Action::SetHandoff(_)
                | Action::UseLanguage(_)
                | Action::SetLaneLine(_)
        )
    }

    /// Whether the action comes from the system's clipboard events (the platform turns
    /// Ctrl+X/C/V into cut, copy and paste events) rather than from its key.
    pub fn is_clipboard(self) -> bool {
        matches!(self, Action::Cut | Action::Copy | Action::Paste)
    }

    /// The keyboard shortcuts, the first of which menus show. Cmd on macOS, Ctrl elsewhere.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN: &[KeyboardShortcut] = &[command(Key::O)];
        const NEW: &[KeyboardShortcut] = &[command(Key::N)];
        const EXPORT_PNG: &[KeyboardShortcut] = &[command(Key::E)];
        const EXPORT_SVG: &[KeyboardShortcut] = &[command_shift(Key::E)];
        const QUIT: &[KeyboardShortcut] = &[command(Key::Q)];
        const SAVE: &[KeyboardShortcut] = &[command(Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[command_shift(Key::S)];
        const UNDO: &[KeyboardShortcut] = &[command(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[command_shift(Key::Z), command(Key::Y)];
        const SELECT_ALL: &[KeyboardShortcut] = &[command(Key::A)];
        const DESELECT: &[KeyboardShortcut] = &[plain(Key::Escape)];
        const DELETE: &[KeyboardShortcut] = &[plain(Key::Delete), plain(Key::Backspace)];
        const DUPLICATE: &[KeyboardShortcut] = &[command(Key::D)];
        const CUT: &[KeyboardShortcut] = &[command(Key::X)];
        const COPY: &[KeyboardShortcut] = &[command(Key::C)];
        const PASTE: &[KeyboardShortcut] = &[command(Key::V)];
        const RENAME: &[KeyboardShortcut] = &[plain(Key::F2), plain(Key::Enter)];
        // With a modifier: a letter typed on a selected card starts naming it.
        const DECISION: &[KeyboardShortcut] = &[command_shift(Key::M)];
        const WOW: &[KeyboardShortcut] = &[command_shift(Key::W)];
        const LEFT: &[KeyboardShortcut] = &[plain(Key::ArrowLeft)];
        const RIGHT: &[KeyboardShortcut] = &[plain(Key::ArrowRight)];
        const UP: &[KeyboardShortcut] = &[plain(Key::ArrowUp)];
        const DOWN: &[KeyboardShortcut] = &[plain(Key::ArrowDown)];
        const ZOOM_IN: &[KeyboardShortcut] = &[command(Key::Plus), command(Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[command(Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[command(Key::Num0)];
        const SWITCHES: &[KeyboardShortcut] = &[command_shift(Key::L)];
        const PALETTE: &[KeyboardShortcut] = &[command_shift(Key::P)];
        const INSPECTOR: &[KeyboardShortcut] = &[command_shift(Key::I)];
        const PRESENT: &[KeyboardShortcut] = &[plain(Key::F5)];
        const FIND: &[KeyboardShortcut] = &[command(Key::F)];
        // As in Google Docs and Word.
        const COMMENT: &[KeyboardShortcut] = &[command_alt(Key::M)];
        // Shift+1 types "!" on most layouts, so both keys are accepted.
        const FIT: &[KeyboardShortcut] = &[
            command_shift(Key::Num1),
            command_shift(Key::Exclamationmark),
        ];
        match self {
            Action::Open => OPEN,
            Action::NewMap => NEW,
            Action::SampleGallery | Action::ExportPdf | Action::ExportPowerPoint => &[],
            Action::OpenSample(_) | Action::New(_) => &[],
            Action::ExportPng => EXPORT_PNG,
            Action::ExportSvg => EXPORT_SVG,
            Action::Quit => QUIT,
            Action::Save => SAVE,
            Action::SaveAs => SAVE_AS,
            Action::Undo => UNDO,
            Action::Redo => REDO,
            Action::SelectAll => SELECT_ALL,
            Action::Deselect => DESELECT,
            Action::Delete => DELETE,
            Action::Duplicate => DUPLICATE,
            Action::Cut => CUT,
            Action::Copy => COPY,
            Action::Paste => PASTE,
            Action::Rename => RENAME,
            Action::ToggleDecision => DECISION,
            Action::ToggleWow => WOW,
            Action::AddPhase | Action::AddLane => &[],
            Action::SelectLeft => LEFT,
            Action::SelectRight => RIGHT,
            Action::SelectUp => UP,
            Action::SelectDown => DOWN,
            Action::ZoomIn => ZOOM_IN,
            Action::ZoomOut => ZOOM_OUT,
            Action::ZoomReset => ZOOM_RESET,
            Action::FitMap => FIT,
            Action::ToggleSwitches => SWITCHES,
            Action::TogglePalette => PALETTE,
            Action::ToggleInspector => INSPECTOR,
            Action::Present => PRESENT,
            Action::Find => FIND,
            Action::ToggleFilter => &[],
            Action::Comment => COMMENT,
            Action::ToggleComments => &[],
            Action::AddPicture
            | Action::RemovePicture
            | Action::AddPersona
            | Action::ToggleDark
            | Action::AddPhaseBefore
            | Action::AddPhaseAfter
            | Action::ToggleFold
            | Action::AddLaneAbove(_)
            | Action::AddLaneBelow(_)
            | Action::SetLinkKind(_)
            | Action::SetHandoff(_)
            | Action::UseLanguage(_)
            | Action::SetLaneLine(_) => &[],
        }
    }
}

impl JourneyApp {
    /// Whether an action can be carried out now. While a gesture is under way, nothing that
    /// changes the document or replaces it can start: the gesture ends first.
    pub fn enabled(&self, action: Action) -> bool {
        let idle = self.gesture.is_idle();
        let map = self.doc.map();
        let cards = !self.selection.cards().is_empty();
        match action {
            Action::OpenSample(index) => idle && index < SAMPLES.len(),
            Action::New(index) => idle && index < templates::TEMPLATES.len(),
            Action::Undo => idle && self.doc.history().undo_label().is_some(),
            Action::Redo => idle && self.doc.history().redo_label().is_some(),
            Action::SelectAll => idle && !map.cards.is_empty(),
            Action::Deselect => !self.selection.is_none() || !idle,
            Action::Delete => idle && !self.selection.is_none(),
            Action::Duplicate
            | Action::Cut
            | Action::Copy
            | Action::ToggleDecision
            | Action::ToggleWow => idle && cards,
            Action::Rename => {
                idle && (self.selection.cards().len() == 1 || self.selection.header().is_some())
            }
            Action::AddPhase | Action::AddLane | Action::AddPersona | Action::Comment => idle,
            Action::AddPhaseBefore | Action::AddPhaseAfter => {
                idle && matches!(self.selection.header(), Some(Header::Phase(_)))
            }
            Action::ToggleFold | Action::AddLaneAbove(_) | Action::SetLaneLine(_) => {
                idle && matches!(self.selection.header(), Some(Header::Lane(_)))
            }
            Action::AddLaneBelow(_) => idle,
            // A presentation shows the map as it is: no drag or name half made, nothing
            // being read or written.
            Action::Present => {
                idle && self.opening.is_none() && self.saving.is_none() && !self.is_presenting()
            }
            Action::AddPicture => idle && self.selection.cards().len() == 1,
            Action::RemovePicture => {
                idle && self
                    .selection
                    .cards()
                    .iter()
                    .any(|id| map.card(id).is_some_and(|c| c.picture.is_some()))
            }
            Action::SetLinkKind(_) => idle && self.selected_link_model().is_some(),
            Action::SetHandoff(_) => self
                .selected_link_model()
                .is_some_and(|l| idle && l.kind == LinkKind::ChannelSwitch),
            Action::Paste => idle && !map.phases.is_empty() && !map.lanes.is_empty(),
            Action::SelectLeft | Action::SelectRight | Action::SelectUp | Action::SelectDown => {
                idle && !map.cards.is_empty()
            }
            Action::Save
            | Action::SaveAs
            | Action::Open
            | Action::NewMap
            | Action::SampleGallery => idle,
            Action::ExportPng
            | Action::ExportSvg
            | Action::ExportPdf
            | Action::ExportPowerPoint
            | Action::Quit
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::FitMap
            | Action::ToggleSwitches
            | Action::ToggleDark
            | Action::TogglePalette
            | Action::ToggleInspector
            | Action::Find
            | Action::ToggleFilter
            | Action::ToggleComments
            | Action::UseLanguage(_) => true,
        }
    }

    /// Whether a toggle action is on (the View menu shows a tick); `None` for actions that
    /// are not toggles.
    pub fn checked(&self, action: Action) -> Option<bool> {
        match action {
            Action::ToggleSwitches => Some(self.show_switches),
            Action::ToggleDark => Some(self.dark),
            Action::TogglePalette => Some(self.show_palette),
            Action::ToggleInspector => Some(self.show_inspector),
            Action::ToggleFilter => Some(self.show_filter),
            Action::ToggleComments => Some(self.comments.open),
            Action::ToggleFold => match self.selection.header() {
                Some(Header::Lane(id)) => self.doc.map().lane(id).map(|l| l.collapsed),
                _ => None,
            },
            Action::SetLinkKind(kind) => self.selected_link_model().map(|l| l.kind == kind),
            Action::SetHandoff(quality) => self.selected_link_model().map(|l| l.quality == quality),
            Action::UseLanguage(choice) => Some(self.language_choice == choice),
            Action::SetLaneLine(line) => match self.selection.header() {
                Some(Header::Lane(id)) => self.doc.map().lane(id).map(|l| l.line_below == line),
                _ => None,
            },
            _ => None,
        }
    }

    /// Carries out an action, if it is enabled.
    pub fn perform(&mut self, ctx: &egui::Context, action: Action) {
        if !self.enabled(action) {
            return;
        }
        let canvas = self.canvas;
        match action {
            Action::Open => self.leave(ctx, Leave::PickAndOpen),
            Action::OpenSample(index) => self.leave(ctx, Leave::Sample(index)),
            Action::New(template) => self.leave(
                ctx,
                Leave::New {
                    template,
                    title: String::new(),
                },
            ),
            Action::NewMap => self.open_new_dialog(),
            Action::SampleGallery => self.dialogs.sample_gallery = true,
            Action::Save => self.save_map(),
            Action::SaveAs => self.save_as(),
            Action::Undo => match self.doc.undo() {
                Ok(label) => {
                    self.selection.prune(self.doc.map());
                    self.status =
                        label.map_or_else(String::new, |l| crate::tr!("status-undid", what = l));
                }
                Err(error) => self.show_error(
                    &crate::tr!("error-could-not-undo"),
                    error.sentence(crate::i18n::interface_language()),
                ),
            },
            Action::Redo => match self.doc.redo() {
                Ok(label) => {
                    self.selection.prune(self.doc.map());
                    self.status =
                        label.map_or_else(String::new, |l| crate::tr!("status-redid", what = l));
                }
                Err(error) => self.show_error(
                    &crate::tr!("error-could-not-redo"),
                    error.sentence(crate::i18n::interface_language()),
                ),
            },
            Action::SelectAll => {
                self.selection =
                    Selection::of_cards(self.doc.map().cards.iter().map(|c| c.id.clone()).collect())
            }
            Action::Deselect => {
                if self.gesture.is_idle() {
                    self.selection = Selection::None;
                } else {
                    self.gesture.cancel();
                }
            }
            Action::Delete => self.delete_selected(),
            Action::ToggleDecision | Action::ToggleWow => {
                let edit = toggle_moment(
                    self.doc.map(),
                    self.selection.cards(),
                    action == Action::ToggleDecision,
                );
                self.apply(edit, None);
            }
            Action::Rename => self.start_rename(false),
            Action::AddPhase => {
                let after = match self.selection.header() {
                    Some(Header::Phase(id)) => self
                        .doc
                        .map()
                        .phases
                        .iter()
                        .position(|p| &p.id == id)
                        .map(|i| i + 1),
                    _ => None,
                };
                self.add_phase_after(after);
            }
            Action::Duplicate => {
                let (edit, copies) = ops::duplicate_cards(self.doc.map(), self.selection.cards());
                self.apply(edit, None);
                self.selection = Selection::of_cards(copies);
            }
            Action::Copy | Action::Cut => {
                ctx.copy_text(clipboard::copy(self.doc.map(), self.selection.cards()));
                let count = self.selection.cards().len();
                if action == Action::Cut {
                    let mut edit = ops::delete_cards(self.doc.map(), self.selection.cards());
                    edit.label = crate::tr!("edit-cut-cards", count = count);
                    self.apply(edit, None);
                    self.selection = Selection::None;
                }
                self.status = crate::tr!("status-on-clipboard", count = count);
            }
            // The platform answers with a paste event, handled in `shortcuts_ui`.
            Action::Paste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
            Action::SelectLeft | Action::SelectRight | Action::SelectUp | Action::SelectDown => {
                let direction = match action {
                    Action::SelectLeft => egui::vec2(-1.0, 0.0),
                    Action::SelectRight => egui::vec2(1.0, 0.0),
                    Action::SelectUp => egui::vec2(0.0, -1.0),
                    _ => egui::vec2(0.0, 1.0),
                };
                let laid_out = self.doc.scene().laid_out();
                let next = match self.selection.cards().last() {
                    Some(from) => laid_out.neighbour(from, direction).map(|c| c.id.clone()),
                    None => laid_out.cards.first().map(|c| c.id.clone()),
                };
                if let Some(next) = next {
                    self.selection = Selection::Cards(vec![next]);
                }
            }
            Action::ExportPng => self.open_export_dialog(Format::Png),
            Action::ExportSvg => self.open_export_dialog(Format::Svg),
            Action::ExportPdf => self.open_export_dialog(Format::Pdf),
            Action::ExportPowerPoint => self.open_export_dialog(Format::Pptx),
            Action::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Action::ZoomIn => self.view.zoom_in(canvas),
            Action::ZoomOut => self.view.zoom_out(canvas),
            Action::ZoomReset => self.view.set_zoom_around(canvas, canvas.center(), 1.0),
            Action::FitMap => self.view.fit(canvas, self.doc.scene().laid_out().bounds),
            Action::ToggleSwitches => self.show_switches = !self.show_switches,
            Action::TogglePalette => self.show_palette = !self.show_palette,
            Action::ToggleInspector => self.show_inspector = !self.show_inspector,
            Action::ToggleComments => self.comments.open = !self.comments.open,
            Action::Comment => self.start_comment(self.comment_target()),
            Action::Present => self.start_presenting(ctx),
            Action::AddPicture => {
                if let Some(target) = self.picture_target_of_selection() {
                    self.picture_for = Some(target);
                    let choice = self.files.pick_picture();
                    self.on_choice(super::dialogs::chooser::Purpose::Picture, choice, "");
                }
            }
            Action::RemovePicture => {
                let ids: Vec<CardId> = self.selection.cards().to_vec();
                let cards: Vec<Card> = ids
                    .iter()
                    .filter_map(|id| self.doc.map().card(id))
                    .filter(|c| c.picture.is_some())
                    .map(|c| Card {
                        picture: None,
                        ..c.clone()
                    })
                    .collect();
                let edit =
                    ops::update_cards(self.doc.map(), cards, &crate::tr!("edit-remove-picture"));
                self.apply(edit, None);
            }
            Action::Find => self.open_find(),
            Action::ToggleFilter => self.show_filter = !self.show_filter,
            Action::ToggleDark => {
                self.dark = !self.dark;
                ctx.set_theme(if self.dark {
                    egui::ThemePreference::Dark
                } else {
                    egui::ThemePreference::Light
                });
            }
            Action::AddPhaseBefore | Action::AddPhaseAfter => {
                if let Some(index) = self.selected_header_index() {
                    let after = usize::from(action == Action::AddPhaseAfter);
                    self.add_phase_after(Some(index + after));
                }
            }
            Action::AddLaneAbove(kind) => {
                if let Some(index) = self.selected_header_index() {
                    self.add_lane_after(Some(index), kind);
                }
            }
            Action::AddLane | Action::AddLaneBelow(_) => {
                let kind = match action {
                    Action::AddLaneBelow(kind) => kind,
                    _ => LaneKind::CustomerActions,
                };
                let below = match self.selection.header() {
                    Some(Header::Lane(_)) => self.selected_header_index().map(|i| i + 1),
                    _ => None,
                };
                self.add_lane_after(below, kind);
            }
            Action::ToggleFold => {
                if let Some(Header::Lane(id)) = self.selection.header()
                    && let Some(lane) = self.doc.map().lane(id).cloned()
                {
                    let label = if lane.collapsed {
                        crate::tr!("edit-unfold-lane")
                    } else {
                        crate::tr!("edit-fold-lane")
                    };
                    let folded = Lane {
                        collapsed: !lane.collapsed,
                        ..lane
                    };
                    let edit = ops::update_lane(self.doc.map(), folded, &label);
                    self.apply(edit, None);
                }
            }
            Action::SetLinkKind(kind) => {
                if let Some(link) = self.selected_link_model().cloned() {
                    let edit = ops::update_link(
                        self.doc.map(),
                        Link { kind, ..link },
                        &crate::tr!("edit-change-link-kind"),
                    );
                    self.apply(edit, None);
                }
            }
            Action::SetHandoff(quality) => {
                if let Some(link) = self.selected_link_model().cloned() {
                    let edit = ops::update_link(
                        self.doc.map(),
                        Link { quality, ..link },
                        &crate::tr!("edit-change-handoff"),
                    );
                    self.apply(edit, None);
                }
            }
            Action::UseLanguage(choice) => {
                self.language_choice = choice;
                // At once, so the rest of this frame already speaks it.
                crate::i18n::set_interface_language(self.interface_language());
            }
            Action::SetLaneLine(line) => {
                if let Some(Header::Lane(id)) = self.selection.header()
                    && let Some(edit) = lane_line_edit(self.doc.map(), id, line)
                {
                    self.apply(edit, None);
                }
            }
            Action::AddPersona => {
                let (edit, id) = ops::add_persona(self.doc.map());
                self.apply(edit, None);
                self.active_persona = Some(id.clone());
                self.name_persona = Some(id);
                // The new persona's fields are in the inspector of the map.
                self.selection = Selection::None;
            }
        }
    }

    /// The selected link, as the map has it.
    fn selected_link_model(&self) -> Option<&Link> {
        let id = self.selection.link()?;
        self.doc.map().links.iter().find(|l| &l.id == id)
    }

    /// Where the selected phase or lane is among its kind.
    fn selected_header_index(&self) -> Option<usize> {
        let map = self.doc.map();
        match self.selection.header()? {
            Header::Phase(id) => map.phases.iter().position(|p| &p.id == id),
            Header::Lane(id) => map.lanes.iter().position(|l| &l.id == id),
        }
    }

    /// Deletes what is selected; a phase or lane (which takes its cards with it) after a yes.
    fn delete_selected(&mut self) {
        let map = self.doc.map();
        let edit = match &self.selection {
            Selection::None => return,
            Selection::Header(header) => {
                self.dialogs.confirm = Some(header.clone());
                return;
            }
            Selection::Point(id) => ops::delete_points(map, std::slice::from_ref(id)),
            Selection::Link(id) => ops::delete_link(map, id),
            Selection::Cards(cards) => ops::delete_cards(map, cards),
        };
        self.apply(edit, None);
        self.selection = Selection::None;
    }
}

/// The edit that draws `line` under a lane (or takes its line away); none when the lane
/// is gone or already has that line, so choosing the same line twice adds no undo step.
pub(super) fn lane_line_edit(
    map: &JourneyMap,
    lane: &crate::model::LaneId,
    line: Option<BlueprintLine>,
) -> Option<Edit> {
    let lane = map.lane(lane).filter(|l| l.line_below != line)?.clone();
    let changed = Lane {
        line_below: line,
        ..lane
    };
    Some(ops::update_lane(
        map,
        changed,
        &crate::tr!("edit-line-below"),
    ))
}

/// Marks the cards as decision (or wow) moments, or unmarks them all when all are marked.
fn toggle_moment(map: &JourneyMap, ids: &[CardId], decision: bool) -> Edit {
    let flag = |c: &Card| {
        if decision {
            c.decision_moment
        } else {
            c.wow_moment
        }
    };
    let cards: Vec<Card> = ids.iter().filter_map(|id| map.card(id).cloned()).collect();
    let on = !cards.iter().all(flag);
    let changed = cards
        .into_iter()
        .map(|mut c| {
            if decision {
                c.decision_moment = on;
            } else {
                c.wow_moment = on;
            }
            c
        })
        .collect();
    let label = if decision {
        crate::tr!("edit-toggle-decision")
    } else {
        crate::tr!("edit-toggle-wow")
    };
    ops::update_cards(map, changed, &label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for &action in Action::ALL {
            for shortcut in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| s == shortcut) {
                    panic!("{action:?} and {other:?} share {shortcut:?}");
                }
                seen.push((*shortcut, action));
            }
        }
    }

    #[test]
    fn every_action_has_a_label_and_tooltip() {
        for &action in Action::ALL {
            assert!(!action.label().is_empty() && !action.tooltip().is_empty());
        }
    }
}
