//! The application state and the one place where actions are carried out.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::action::{ChartTarget, Intent, Tab};
use super::dialogs::FileDialogs;
use super::document::Document;
use super::purpose::FilePurpose;
use super::recovery::{RecoveredCopy, Recovery};
use crate::i18n::Lang;

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
    /// No native dialog: type the path of the file wanted.
    TypedPath {
        /// What the file is for.
        purpose: FilePurpose,
        /// The path suggested.
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
    /// The keyboard shortcuts.
    Shortcuts,
    /// The user guide.
    Guide,
    /// What an import from a spreadsheet would change, row by row, before it is applied.
    #[cfg(feature = "reports")]
    ImportPreview(Box<crate::spreadsheet::ImportSession>),
    /// What a plan rolled forward into the next period will be, before it is made.
    RollForward(Box<super::roll_session::RollSession>),
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

/// Everything the window shows, and the document being edited. The fields are the crate's; the
/// window reads them and changes them only through [`AppState::handle`]; tests read them through
/// the accessors.
pub struct AppState {
    /// Preferences.
    pub(crate) settings: Settings,
    /// The open plan, if any (else the start screen is shown).
    pub(crate) document: Option<Document>,
    /// Selected indicator id.
    pub(crate) selected: Option<String>,
    /// Tab shown in the centre.
    pub(crate) tab: Tab,
    /// The modal window, if any.
    pub(crate) modal: Option<Modal>,
    /// The slide shown while presenting; the window is full screen while this is `Some`.
    pub(crate) presentation: Option<usize>,
    /// A chart export the user asked for: where to write and which chart.
    pub(crate) chart_export_request: Option<(PathBuf, ChartTarget)>,
    /// Messages shown for a few seconds.
    pub(crate) toasts: Vec<Toast>,
    /// Today, injected so that tests do not depend on the clock.
    pub(crate) today: NaiveDate,
    /// The app clock in seconds (egui's input time), updated each frame.
    pub(crate) now: f64,
    /// True once the user has agreed to close the window.
    pub(crate) close_confirmed: bool,
    /// Crash-recovery copies.
    pub(crate) recovery: Recovery,
    /// The lock file of the open plan, held while it is open (removed when dropped).
    pub(crate) plan_lock: Option<crate::storage::PlanLock>,
    /// A message that stays until dismissed (the plan is open in another window).
    pub(crate) notice: Option<String>,
    /// File dialogs (native or fake).
    pub(crate) dialogs: Box<dyn FileDialogs>,
    /// The open collection of plans (consolidation), if any.
    pub(crate) consolidation: Option<Box<super::collection::ConsolidationState>>,
    /// The self-assessment: the index in use, the year, the plan's score.
    pub(crate) scoring: super::scoring_state::ScoringState,
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
            consolidation: None,
            scoring: super::scoring_state::ScoringState::new(),
        };
        state.drop_missing_recent();
        state.offer_recovery();
        state
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The open plan, if any.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// The selected indicator's id.
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// The self-assessment tab's index, year and score.
    pub fn scoring(&self) -> &super::scoring_state::ScoringState {
        &self.scoring
    }

    /// The tab shown in the centre.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The modal window, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// The slide shown while presenting (full screen), if presenting.
    pub fn presentation(&self) -> Option<usize> {
        self.presentation
    }

    /// The message that stays until dismissed (the plan is open in another window), if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The messages shown for a few seconds.
    pub fn toasts(&self) -> &[Toast] {
        &self.toasts
    }

    /// The crash-recovery copies.
    pub fn recovery(&self) -> &Recovery {
        &self.recovery
    }

    /// True once the user has agreed to close the window.
    pub fn close_confirmed(&self) -> bool {
        self.close_confirmed
    }

    /// The chart export asked for, if any, handed over to the window once.
    pub fn take_chart_export_request(&mut self) -> Option<(PathBuf, ChartTarget)> {
        self.chart_export_request.take()
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
                    self.toast_error(error.message(self.lang()));
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

    /// Shows a failure as a toast.
    pub(crate) fn toast_error(&mut self, text: String) {
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
        self.check_members_on_disk(now, false);
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
            self.toast_error(error.message(self.lang()));
        }
    }
}
