//! What the window does for the self-assessment: which index scores the plan, for which year, and the score
//! worked out once after each change (never per frame).

use std::path::Path;

use super::edit::Edit;
use super::kinds::Tab;
use super::scoring_state::ScoringAction;
use super::state::AppState;
use crate::scoring::{bundled_index, load_index};

impl AppState {
    /// Carries out a scoring action.
    pub(super) fn handle_scoring(&mut self, action: ScoringAction) {
        match action {
            ScoringAction::SetYear(year) => self.scoring.year = year,
            ScoringAction::OpenIndex => {
                self.pick_file(super::purpose::FilePurpose::OpenIndex, "");
            }
            ScoringAction::UseBundledIndex => {
                if self.index_for_collection() {
                    self.scoring.chosen = bundled_index().ok();
                    self.scoring.index_path = None;
                    self.reload_consolidation();
                } else {
                    self.apply_edit(Edit::ScoreIndex(Box::new(None)));
                }
            }
            ScoringAction::SaveIndexAs => {
                if let Some(index) = &self.scoring.index {
                    let name = format!("{}.ron", index.id);
                    self.pick_file(super::purpose::FilePurpose::SaveIndex, &name);
                }
            }
            ScoringAction::ExportRanking => {
                if self.consolidation.is_some() {
                    let name = format!(
                        "xep-hang-diem.{}",
                        super::action::ReportKind::Xlsx.extension()
                    );
                    self.pick_file(super::purpose::FilePurpose::ExportRanking, &name);
                }
            }
            ScoringAction::Export(kind) => {
                let Some(document) = &self.document else {
                    return;
                };
                let year = self.scoring.card.as_ref().map_or(0, |c| c.year);
                let base = super::suggested_file_name(&document.project);
                let name = format!(
                    "{}-tu-cham-diem-{year}.{}",
                    base.trim_end_matches(".ron"),
                    kind.extension()
                );
                self.pick_file(super::purpose::FilePurpose::ExportAssessment(kind), &name);
            }
        }
    }

    /// Writes the self-assessment form as `kind` to `path`; says what happened.
    #[cfg(feature = "reports")]
    pub(super) fn write_assessment(&mut self, kind: super::action::ReportKind, path: &Path) {
        use super::action::ReportKind;
        let (Some(document), Some(index)) = (&self.document, &self.scoring.index) else {
            return;
        };
        let lang = self.lang();
        let options = crate::report::ExportOptions {
            lang,
            printed_on: self.today,
        };
        let project = &document.project;
        let year = self.scoring.year;
        let bytes = match kind {
            ReportKind::Pdf => crate::report::assessment_pdf_bytes(project, index, year, &options)
                .map_err(|e| e.message(lang)),
            ReportKind::Docx => {
                crate::report::assessment_docx_bytes(project, index, year, &options)
                    .map_err(|e| e.message(lang))
            }
            ReportKind::Xlsx | ReportKind::Csv | ReportKind::PlanPdf | ReportKind::PlanDocx => {
                crate::spreadsheet::assessment_xlsx_bytes(project, index, year, lang)
                    .map_err(|e| e.message(lang))
            }
        };
        let written = bytes.and_then(|bytes| {
            crate::storage::write_atomic(path, &bytes).map_err(|e| e.message(lang))
        });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Writes the collection's ranking by points to `path` as Excel; says what happened.
    #[cfg(feature = "reports")]
    pub(super) fn write_ranking(&mut self, path: &Path) {
        let (Some(open), Some(index)) = (&self.consolidation, &self.scoring.chosen) else {
            return;
        };
        let lang = self.lang();
        let written = crate::spreadsheet::ranking_xlsx_bytes(index, &open.consolidation, lang)
            .map_err(|e| e.message(lang))
            .and_then(|bytes| {
                crate::storage::write_atomic(path, &bytes).map_err(|e| e.message(lang))
            });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Without the reports feature the ranking cannot be written: say so.
    #[cfg(not(feature = "reports"))]
    pub(super) fn write_ranking(&mut self, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(super::state::Modal::Error(text));
    }

    /// Without the reports feature the form cannot be written: say so.
    #[cfg(not(feature = "reports"))]
    pub(super) fn write_assessment(&mut self, _kind: super::action::ReportKind, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(super::state::Modal::Error(text));
    }

    /// Whether an index opened now is for the collection shown (else for the open plan).
    fn index_for_collection(&self) -> bool {
        self.document.is_none() || self.consolidation.as_ref().is_some_and(|o| o.visible)
    }

    /// Scores by the index in `path`, or says why it cannot (nothing changes then): the
    /// collection shown, or the open plan, which keeps it (one undoable change).
    pub(super) fn open_index(&mut self, path: &Path) {
        match load_index(path) {
            Ok((index, _)) => {
                if self.index_for_collection() {
                    self.scoring.chosen = Some(index);
                    self.scoring.index_path = Some(path.to_path_buf());
                    self.reload_consolidation();
                } else {
                    self.apply_edit(Edit::ScoreIndex(Box::new(Some(index))));
                }
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let texts = self.lang().texts().scoring;
                self.toast((texts.index_opened)(&name.unwrap_or_default()));
            }
            Err(error) => {
                self.modal = Some(super::state::Modal::Error(error.message(self.lang())));
            }
        }
    }

    /// Writes the index in use to `path` as an index file; says what happened.
    pub(super) fn save_index(&mut self, path: &Path) {
        let Some(index) = &self.scoring.index else {
            return;
        };
        let lang = self.lang();
        let written = crate::storage::index_to_ron(index)
            .map_err(|e| e.message(lang))
            .and_then(|text| {
                crate::storage::write_atomic(path, text.as_bytes()).map_err(|e| e.message(lang))
            });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Scores again when the tab is shown (called after every action).
    pub(super) fn refresh_scoring(&mut self) {
        if self.tab == Tab::Scoring {
            self.scoring
                .refresh(self.document.as_ref().map(|d| &d.project));
        }
    }
}
