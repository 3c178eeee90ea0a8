//! The one place where actions are carried out: [`AppState::handle`].

use super::action::{Action, Intent, Tab};
use super::document::Document;
use super::edit::Edit;
use super::purpose::FilePurpose;
use super::state::{AppState, Modal};

impl AppState {
    /// Carries out one action, then works the self-assessment out again if it is shown.
    pub fn handle(&mut self, action: Action) {
        self.carry_out_action(action);
        self.refresh_scoring();
        self.note_for_recovery();
    }

    /// Hands the plan to the recovery copy's own clock after a change, so that a copy is written
    /// on time even when this window is covered and draws no frame.
    fn note_for_recovery(&mut self) {
        if let Some(document) = &self.document
            && !document.is_saved()
        {
            let state_id = document.history.state_id();
            let (project, path, disk) =
                (&document.project, document.path.as_deref(), document.disk);
            self.recovery.note_unsaved(state_id, project, path, disk);
        }
    }

    fn carry_out_action(&mut self, action: Action) {
        match action {
            Action::Request(intent) => self.request(intent),
            Action::Create(project) => {
                let name = self.lang().texts().untitled.to_owned();
                self.set_document(Document::new(*project, None, name, false));
            }
            Action::Save => self.save(),
            Action::SaveAs => self.save_as(),
            Action::UseFile(purpose, path) => {
                self.modal = None;
                self.use_file(purpose, path);
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
            Action::Scoring(scoring) => self.handle_scoring(scoring),
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
            Action::RestoreRecovery(index) => self.restore_recovery(index),
            Action::DiscardRecovery(index) => self.discard_recovery(index),
            Action::OverwriteSave => self.overwrite_save(),
            Action::ReopenFromDisk => self.reopen_from_disk(),
            Action::DismissNotice => self.notice = None,
            Action::StartPresentation => {
                if self.document.is_some() || self.consolidation_visible() {
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
            Action::ExportChart(target) => {
                if self.document.is_some() || self.consolidation_visible() {
                    let file_name = target.file_name();
                    self.pick_file(FilePurpose::ExportChart(target), &file_name);
                }
            }
            Action::ExportReport(kind) => self.export_report(kind),
            Action::ImportSpreadsheet => {
                if self.document.is_some() {
                    self.pick_file(FilePurpose::ImportSpreadsheet, "");
                }
            }
            #[cfg(feature = "reports")]
            Action::ImportChoice(choice) => self.choose_in_import(choice),
            Action::ApplyImport => self.apply_import(),
            Action::ForgetRecent(path) => self.settings.recent.retain(|p| *p != path),
            Action::Consolidation(action) => self.handle_consolidation(action),
            Action::CloseRequested => self.request(Intent::Quit),
            Action::ShowShortcuts => self.modal = Some(Modal::Shortcuts),
            Action::ShowGuide => self.modal = Some(Modal::Guide),
            Action::RollForward(action) => self.handle_roll(action),
        }
    }

    pub(super) fn request(&mut self, intent: Intent) {
        if self.has_unsaved_changes() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.carry_out(intent);
        }
    }

    pub(super) fn carry_out(&mut self, intent: Intent) {
        self.modal = None;
        match intent {
            Intent::NewPlan => {
                self.document = None;
                self.selected = None;
                self.plan_lock = None;
            }
            Intent::OpenDialog => self.pick_file(FilePurpose::OpenPlan, ""),
            Intent::Open(path) => self.open(&path),
            Intent::OpenExample(name) => self.open_example(&name),
            Intent::Quit => {
                if !self.collection_holds_quit() {
                    self.close_confirmed = true;
                    self.recovery.clear();
                    // The plan's lock file goes with the window.
                    self.plan_lock = None;
                }
            }
            Intent::ApplyConsolidatedWrite => self.finish_write(),
            Intent::Adopt(project, toast) => self.adopt(*project, toast),
        }
    }

    pub(super) fn undo_redo(&mut self, undo: bool) {
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
            Err(error) => self.toast_error(error.message(self.lang())),
        }
    }

    pub(super) fn apply_edit(&mut self, edit: Edit) {
        let Some(document) = &mut self.document else {
            return;
        };
        let selects = match &edit {
            Edit::Insert { indicators, .. } => indicators.first().map(|i| i.id.clone()),
            _ => None,
        };
        if let Err(error) = document.apply(edit) {
            self.toast_error(error.message(self.lang()));
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

    pub(super) fn keep_selection_valid(&mut self) {
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

    pub(super) fn save_then_continue(&mut self) {
        let Some(Modal::Unsaved(intent)) = self.modal.take() else {
            return;
        };
        self.save();
        if !self.has_unsaved_changes() {
            self.carry_out(intent);
        }
    }
}
