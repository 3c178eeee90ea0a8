//! The application state and the one place where actions are carried out.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::action::{Action, Intent, Tab};
use super::dialogs::{DialogOutcome, FileDialogs, FileKind};
use super::document::Document;
use super::edit::Edit;
use super::recovery::{RecoveredCopy, Recovery};
use crate::i18n::Lang;
use crate::model::Project;
use crate::storage::{self, localized_message};

/// How many recent files are remembered.
const MAX_RECENT: usize = 8;

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
    /// A recovery copy was found at start.
    Recovery(Box<RecoveredCopy>),
    /// Add indicators from a catalogue or from scratch.
    AddIndicators,
    /// About the program.
    About,
    /// What an import from a spreadsheet would change, before it is applied.
    ImportPreview {
        /// The spreadsheet.
        file: String,
        /// What would be added, in words.
        added: Vec<String>,
        /// What would be replaced, in words.
        changed: Vec<String>,
        /// Rows that cannot be read, with the reason.
        refused: Vec<String>,
        /// The plan after the import.
        result: Box<Project>,
    },
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

    fn offer_recovery(&mut self) {
        match self.recovery.find() {
            Some(Ok(copy)) => self.modal = Some(Modal::Recovery(Box::new(copy))),
            Some(Err(error)) => {
                let text = localized_message(&error.to_string(), self.lang());
                self.toast_error(text);
            }
            None => {}
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

    fn toast_error(&mut self, text: String) {
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
        let written = self
            .recovery
            .tick(now, &document.project, document.path.as_deref());
        if let Err(error) = written {
            let text = localized_message(&error.to_string(), self.lang());
            self.toast_error(text);
        }
    }

    /// Carries out one action.
    pub fn handle(&mut self, action: Action) {
        match action {
            Action::Request(intent) => self.request(intent),
            Action::Create(project) => {
                let name = self.lang().texts().untitled.to_owned();
                self.set_document(Document::new(*project, None, name, false));
            }
            Action::Save => self.save(),
            Action::SaveAs => self.save_as(),
            Action::SaveTo(path) => {
                self.modal = None;
                self.save_to(path);
            }
            Action::SaveThenContinue => self.save_then_continue(),
            Action::DiscardThenContinue => {
                if let Some(Modal::Unsaved(intent)) = self.modal.take() {
                    self.recovery.clear();
                    self.carry_out(intent);
                }
            }
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::Edit(edit) => self.apply_edit(edit),
            Action::Select(indicator_id) => {
                self.selected = Some(indicator_id);
                self.tab = Tab::Indicator;
            }
            Action::ShowTab(tab) => self.tab = tab,
            Action::SetLang(lang) => self.settings.lang = lang,
            Action::SetDark(dark) => self.settings.dark = dark,
            Action::Zoom(step) => {
                self.settings.zoom = match step {
                    0 => 1.0,
                    s if s > 0 => (self.settings.zoom + 0.1).min(2.5),
                    _ => (self.settings.zoom - 0.1).max(0.6),
                };
            }
            Action::CloseModal => self.modal = None,
            Action::ConfirmRemove(indicator_id) => {
                self.modal = Some(Modal::ConfirmRemove(indicator_id));
            }
            Action::ShowAddIndicators => self.modal = Some(Modal::AddIndicators),
            Action::ShowAbout => self.modal = Some(Modal::About),
            Action::RestoreRecovery => self.restore_recovery(),
            Action::DiscardRecovery => {
                self.modal = None;
                self.recovery.clear();
            }
            Action::StartPresentation => {
                if self.document.is_some() {
                    self.presentation = Some(0);
                }
            }
            Action::StopPresentation => self.presentation = None,
            Action::Slide(step) => {
                if let Some(slide) = self.presentation {
                    let moved = i64::try_from(slide)
                        .unwrap_or(0)
                        .saturating_add(i64::from(step));
                    self.presentation = Some(usize::try_from(moved.max(0)).unwrap_or(0));
                }
            }
            Action::ExportChart { file_name, rect } => {
                let start = self.start_dir();
                match self
                    .dialogs
                    .pick_save(FileKind::Png, start.as_deref(), &file_name)
                {
                    DialogOutcome::Picked(path) => {
                        self.chart_export_request = Some((path.with_extension("png"), rect))
                    }
                    DialogOutcome::Cancelled => {}
                    DialogOutcome::Unavailable => {
                        let dir =
                            start.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
                        self.chart_export_request = Some((dir.join(file_name), rect));
                    }
                }
            }
            Action::ExportCurrentChart => {}
            Action::ExportReport(kind) => self.export_report(kind),
            Action::ImportSpreadsheet => self.import_spreadsheet(),
            Action::ApplyImport => self.apply_import(),
            Action::ForgetRecent(path) => self.settings.recent.retain(|p| *p != path),
        }
    }

    fn request(&mut self, intent: Intent) {
        if self.has_unsaved_changes() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.carry_out(intent);
        }
    }

    fn carry_out(&mut self, intent: Intent) {
        self.modal = None;
        match intent {
            Intent::NewPlan => {
                self.document = None;
                self.selected = None;
            }
            Intent::OpenDialog => {
                let start = self.start_dir();
                match self.dialogs.pick_open(FileKind::Plan, start.as_deref()) {
                    DialogOutcome::Picked(path) => self.open(&path),
                    DialogOutcome::Cancelled => {}
                    DialogOutcome::Unavailable => {
                        self.modal = Some(Modal::TypedPath {
                            save: false,
                            text: String::new(),
                        });
                    }
                }
            }
            Intent::Open(path) => self.open(&path),
            Intent::OpenExample(name) => self.open_example(&name),
            Intent::Quit => {
                self.close_confirmed = true;
                self.recovery.clear();
            }
        }
    }

    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        let current = self.document.as_ref().and_then(|d| d.path.clone());
        current
            .or_else(|| self.settings.recent.first().cloned())
            .and_then(|p| p.parent().map(Path::to_path_buf))
    }

    /// Opens the plan at `path`, or shows why it cannot be opened (the open plan is kept).
    pub fn open(&mut self, path: &Path) {
        match storage::load(path) {
            Ok(loaded) => {
                let texts = self.lang().texts();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let warnings = loaded.warnings.len();
                self.set_document(Document::new(
                    loaded.project,
                    Some(path.to_path_buf()),
                    name.clone(),
                    true,
                ));
                self.remember(path);
                self.toast((texts.opened)(&name, warnings));
            }
            Err(error) => {
                self.modal = Some(Modal::Error(localized_message(
                    &error.to_string(),
                    self.lang(),
                )));
            }
        }
    }

    fn open_example(&mut self, name: &str) {
        let Some((_, text)) = super::examples::EXAMPLES.iter().find(|(n, _)| *n == name) else {
            return;
        };
        match storage::load_from_str(text, Path::new(name)) {
            Ok(loaded) => {
                self.set_document(Document::new(loaded.project, None, name.to_owned(), true));
            }
            Err(error) => {
                self.modal = Some(Modal::Error(localized_message(
                    &error.to_string(),
                    self.lang(),
                )));
            }
        }
    }

    fn set_document(&mut self, document: Document) {
        self.selected = document.project.indicators.first().map(|i| i.id.clone());
        // A plan opens on its dashboard; an empty one on the indicator editor.
        self.tab = if document.project.indicators.is_empty() {
            Tab::Indicator
        } else {
            Tab::Dashboard
        };
        self.document = Some(document);
        self.recovery.reset_clock();
    }

    fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(MAX_RECENT);
    }

    fn save(&mut self) {
        let path = self.document.as_ref().and_then(|d| d.path.clone());
        match path {
            Some(path) => {
                self.save_to(path);
            }
            None => self.save_as(),
        }
    }

    fn save_as(&mut self) {
        let Some(document) = &self.document else {
            return;
        };
        let file_name = suggested_file_name(&document.project);
        let start = self.start_dir();
        match self
            .dialogs
            .pick_save(FileKind::Plan, start.as_deref(), &file_name)
        {
            DialogOutcome::Picked(path) => {
                self.save_to(path);
            }
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let dir = start.unwrap_or_default();
                self.modal = Some(Modal::TypedPath {
                    save: true,
                    text: dir.join(file_name).display().to_string(),
                });
            }
        }
    }

    /// Saves the open plan to `path`; returns true on success.
    pub fn save_to(&mut self, path: PathBuf) -> bool {
        let path = with_ron_extension(path);
        let Some(document) = &mut self.document else {
            return false;
        };
        match storage::save(&document.project, &path) {
            Ok(()) => {
                document.mark_saved(path.clone());
                let name = document.display_name.clone();
                self.recovery.clear();
                self.remember(&path);
                let text = (self.lang().texts().saved)(&name);
                self.toast(text);
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(localized_message(
                    &error.to_string(),
                    self.lang(),
                )));
                false
            }
        }
    }

    fn save_then_continue(&mut self) {
        let Some(Modal::Unsaved(intent)) = self.modal.take() else {
            return;
        };
        self.save();
        if !self.has_unsaved_changes() {
            self.carry_out(intent);
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(document) = &mut self.document else {
            return;
        };
        let result = if undo {
            document.undo()
        } else {
            document.redo()
        };
        match result {
            Ok(_) => self.keep_selection_valid(),
            Err(error) => self.toast_error(error.to_string()),
        }
    }

    fn apply_edit(&mut self, edit: Edit) {
        let Some(document) = &mut self.document else {
            return;
        };
        let selects = match &edit {
            Edit::Insert { indicators, .. } => indicators.first().map(|i| i.id.clone()),
            _ => None,
        };
        if let Err(error) = document.apply(edit) {
            let texts = self.lang().texts();
            self.toast_error(format!("{} {error}", texts.edit_refused));
            return;
        }
        if let Some(indicator_id) = selects {
            self.selected = Some(indicator_id);
            self.tab = Tab::Indicator;
        }
        if matches!(self.modal, Some(Modal::ConfirmRemove(_))) {
            self.modal = None;
        }
        self.keep_selection_valid();
    }

    fn keep_selection_valid(&mut self) {
        let Some(document) = &self.document else {
            return;
        };
        let exists = self
            .selected
            .as_ref()
            .is_some_and(|id| document.project.indicator(id).is_some());
        if !exists {
            self.selected = document.project.indicators.first().map(|i| i.id.clone());
        }
    }

    fn restore_recovery(&mut self) {
        let Some(Modal::Recovery(copy)) = self.modal.take() else {
            return;
        };
        let name = copy
            .original_path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.lang().texts().untitled.to_owned());
        let copy = *copy;
        self.set_document(Document::new(copy.project, copy.original_path, name, false));
    }
}

/// A file name for a plan without one, from its unit's name.
pub fn suggested_file_name(project: &Project) -> String {
    let base: String = project
        .unit
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let base = base.trim_matches('-');
    if base.is_empty() {
        "ke-hoach.ron".to_owned()
    } else {
        format!("{base}.ron")
    }
}

fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}
