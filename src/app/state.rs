//! The application state and the one place where actions are carried out.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::action::{Intent, Tab};
use super::dialogs::FileDialogs;
use super::document::Document;
use super::recovery::{RecoveredCopy, Recovery};
use crate::i18n::Lang;
use crate::storage::localized_message;

/// Preferences kept between runs (in eframe's storage, never in the plan file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Dark theme on request; light by default (projectors).
    pub dark: bool,
    /// Zoom factor.
    pub zoom: f32,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Vi,
            dark: false,
            zoom: 1.0,
            recent: Vec::new(),
        }
    }
}

/// A window over the main one that needs an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// "Save changes?" before doing the intent.
    Unsaved(Intent),
    /// A failure to open or save, with its message in the current language.
    Error(String),
    /// Confirm the removal of an indicator.
    ConfirmRemove(String),
    /// No native dialog: type a path to open or to save to.
    TypedPath {
        /// True to save, false to open.
        save: bool,
        /// The path typed so far.
        text: String,
    },
    /// Recovery copies left by windows that ended without closing, newest first.
    Recovery(Vec<RecoveredCopy>),
    /// The file was written by someone else since it was opened or last saved: overwrite it,
    /// save under another name, or open theirs.
    SaveConflict(PathBuf),
    /// Add indicators from a catalogue or from scratch.
    AddIndicators,
    /// About the program.
    About,
    /// What an import from a spreadsheet would change, row by row, before it is applied.
    #[cfg(feature = "reports")]
    ImportPreview(Box<crate::spreadsheet::ImportSession>),
    /// No native dialog: type the path of a spreadsheet to import.
    TypedImportPath,
}

/// A short message that disappears by itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// The message, in the current language.
    pub text: String,
    /// True for failures.
    pub is_error: bool,
    /// When it was shown (seconds on the app clock).
    pub shown_at: f64,
}

/// Everything the window shows, and the document being edited.
pub struct AppState {
    /// Preferences.
    pub settings: Settings,
    /// The open plan, if any (else the start screen is shown).
    pub document: Option<Document>,
    /// Selected indicator id.
    pub selected: Option<String>,
    /// Tab shown in the centre.
    pub tab: Tab,
    /// The modal window, if any.
    pub modal: Option<Modal>,
    /// The slide shown while presenting.
    pub presentation: Option<usize>,
    /// A chart export the user asked for: where to write and the chart's rectangle.
    pub chart_export_request: Option<(PathBuf, egui::Rect)>,
    /// Messages shown for a few seconds.
    pub toasts: Vec<Toast>,
    /// Today, injected so that tests do not depend on the clock.
    pub today: NaiveDate,
    /// The app clock in seconds (egui's input time), updated each frame.
    pub now: f64,
    /// True once the user has agreed to close the window.
    pub close_confirmed: bool,
    /// Crash-recovery copies.
    pub recovery: Recovery,
    /// The lock file of the open plan, held while it is open (removed when dropped).
    pub plan_lock: Option<crate::storage::PlanLock>,
    /// A message that stays until dismissed (the plan is open in another window).
    pub notice: Option<String>,
    /// File dialogs (native or fake).
    pub dialogs: Box<dyn FileDialogs>,
}

impl AppState {
    /// A state with no open plan, data (recovery) in `data_dir`.
    pub fn new(
        settings: Settings,
        today: NaiveDate,
        data_dir: PathBuf,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut state = Self {
            settings,
            document: None,
            selected: None,
            tab: Tab::Indicator,
            modal: None,
            presentation: None,
            chart_export_request: None,
            toasts: Vec::new(),
            today,
            now: 0.0,
            close_confirmed: false,
            recovery: Recovery::new(data_dir),
            plan_lock: None,
            notice: None,
            dialogs,
        };
        state.offer_recovery();
        state
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// True when the open plan has changes that are not on disk.
    pub fn has_unsaved_changes(&self) -> bool {
        self.document.as_ref().is_some_and(|d| !d.is_saved())
    }

    pub(super) fn offer_recovery(&mut self) {
        let mut copies = Vec::new();
        for found in self.recovery.find() {
            match found {
                Ok(copy) => copies.push(copy),
                Err(error) => {
                    let text = localized_message(&error.to_string(), self.lang());
                    self.toast_error(text);
                }
            }
        }
        if !copies.is_empty() {
            self.modal = Some(Modal::Recovery(copies));
        }
    }

    /// Shows an informational toast.
    pub fn toast(&mut self, text: String) {
        self.toasts.push(Toast {
            text,
            is_error: false,
            shown_at: self.now,
        });
    }

    pub(super) fn toast_error(&mut self, text: String) {
        self.toasts.push(Toast {
            text,
            is_error: true,
            shown_at: self.now,
        });
    }

    /// Advances the clock: writes the recovery copy when due. Call once a frame (or from a test
    /// with a fake clock).
    pub fn tick(&mut self, now: f64) {
        self.now = now;
        self.toasts.retain(|t| now - t.shown_at < 5.0);
        let Some(document) = &self.document else {
            return;
        };
        if document.is_saved() {
            self.recovery.reset_clock();
            return;
        }
        let written = self.recovery.tick(
            now,
            &document.project,
            document.path.as_deref(),
            document.disk,
        );
        if let Err(error) = written {
            let text = localized_message(&error.to_string(), self.lang());
            self.toast_error(text);
        }
    }
}
