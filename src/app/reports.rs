//! Reports and spreadsheets from the window: export the plan as PDF, Word, XLSX or CSV, and import values
//! from XLSX or CSV after a preview, as one undoable change.

use std::path::Path;

use super::action::ReportKind;
use super::edit::Edit;
use super::purpose::FilePurpose;
use super::state::{AppState, Modal};
use crate::model::Project;

/// The edits that turn `old` into `new`, indicator by indicator, as one change.
pub fn edits_between(old: &Project, new: &Project) -> Edit {
    let mut edits = Vec::new();
    for indicator in &new.indicators {
        match old.indicator(&indicator.id) {
            Some(previous) if previous == indicator => {}
            Some(_) => edits.push(Edit::Indicator(Box::new(indicator.clone()))),
            None => edits.push(Edit::Insert {
                index: usize::MAX,
                indicators: vec![indicator.clone()],
            }),
        }
    }
    Edit::Batch(edits)
}

impl AppState {
    /// Asks where to write the report and writes it.
    pub fn export_report(&mut self, kind: ReportKind) {
        let Some(document) = &self.document else {
            return;
        };
        let base = super::suggested_file_name(&document.project);
        let base = base.trim_end_matches(".ron");
        let file_name = match kind {
            ReportKind::PlanPdf | ReportKind::PlanDocx => {
                let year = chrono::Datelike::year(&document.project.as_of);
                let stem = (self.lang().texts().planning.document.file_stem)(year);
                format!("{base}-{stem}.{}", kind.extension())
            }
            _ => format!("{base}-bao-cao.{}", kind.extension()),
        };
        self.pick_file(FilePurpose::ExportReport(kind), &file_name);
    }

    #[cfg(feature = "reports")]
    pub(super) fn write_report(&mut self, kind: ReportKind, path: &Path) {
        use crate::export::{ExportFormat, export};
        use crate::report::ExportOptions;
        let Some(document) = &self.document else {
            return;
        };
        let format = match kind {
            ReportKind::Pdf => ExportFormat::Pdf,
            ReportKind::Docx => ExportFormat::Docx,
            ReportKind::Xlsx => ExportFormat::Xlsx,
            ReportKind::Csv => ExportFormat::Csv,
            ReportKind::PlanPdf => ExportFormat::PlanPdf,
            ReportKind::PlanDocx => ExportFormat::PlanDocx,
        };
        let options = ExportOptions {
            lang: self.lang(),
            printed_on: self.today,
        };
        let texts = self.lang().texts();
        match export(&document.project, format, path, &options) {
            Ok(_) => self.toast((texts.report_written)(&path.display().to_string())),
            Err(error) => self.modal = Some(Modal::Error(error.message(self.lang()))),
        }
    }

    #[cfg(not(feature = "reports"))]
    pub(super) fn write_report(&mut self, _kind: ReportKind, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(Modal::Error(text));
    }

    /// Shows the preview of importing `path` (the plan is not changed yet).
    #[cfg(feature = "reports")]
    pub fn preview_import(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(document) = &self.document else {
            return;
        };
        self.modal = Some(
            match crate::spreadsheet::ImportSession::open(&document.project, path, lang) {
                Ok(session) => Modal::ImportPreview(Box::new(session)),
                Err(error) => Modal::Error(error.message(lang)),
            },
        );
    }

    /// Without the `reports` feature there is no import: say so.
    #[cfg(not(feature = "reports"))]
    pub fn preview_import(&mut self, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(Modal::Error(text));
    }

    /// Makes a choice in the open import preview, which is then previewed again.
    #[cfg(feature = "reports")]
    pub fn choose_in_import(&mut self, choice: crate::spreadsheet::ImportChoice) {
        let (Some(Modal::ImportPreview(session)), Some(document)) =
            (&mut self.modal, &self.document)
        else {
            return;
        };
        session.choose(&document.project, choice);
    }

    /// Applies the previewed import as one change; if the result would break a rule of the file
    /// format, the preview stays open with the reason and nothing changes.
    #[cfg(feature = "reports")]
    pub fn apply_import(&mut self) {
        let lang = self.lang();
        let (Some(Modal::ImportPreview(session)), Some(document)) =
            (&mut self.modal, &self.document)
        else {
            return;
        };
        match session.apply(&document.project) {
            Ok(result) => {
                let edit = edits_between(&document.project, &result);
                self.modal = None;
                self.handle(super::Action::Edit(edit));
            }
            Err(error) => session.error = Some(error.message(lang)),
        }
    }

    /// Without the `reports` feature there is nothing to apply.
    #[cfg(not(feature = "reports"))]
    pub fn apply_import(&mut self) {
        self.modal = None;
    }
}
