//! Reports and spreadsheets from the window: export the plan as PDF, Word, XLSX or CSV, and import values
//! from XLSX or CSV after a preview, as one undoable change.

use std::path::Path;

use super::action::ReportKind;
use super::edit::Edit;
use super::pick::FilePurpose;
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
        let file_name = format!(
            "{}-bao-cao.{}",
            base.trim_end_matches(".ron"),
            kind.extension()
        );
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
        let preview = match crate::spreadsheet::preview_file(&document.project, path, lang) {
            Ok(preview) => preview,
            Err(error) => {
                self.modal = Some(Modal::Error(error.message(lang)));
                return;
            }
        };
        let result = preview.apply(&document.project);
        let texts = lang.texts();
        let refused = preview
            .refused
            .iter()
            .map(|r| (texts.import_refused_row)(&r.sheet, r.row, &r.reason))
            .collect();
        match result {
            Ok(project) => {
                self.modal = Some(Modal::ImportPreview {
                    file: path.display().to_string(),
                    added: preview.added.iter().map(|c| c.describe(lang)).collect(),
                    changed: preview.changed.iter().map(|c| c.describe(lang)).collect(),
                    refused,
                    result: Box::new(project),
                });
            }
            Err(error) => self.modal = Some(Modal::Error(error.message(lang))),
        }
    }

    /// Without the `reports` feature there is no import: say so.
    #[cfg(not(feature = "reports"))]
    pub fn preview_import(&mut self, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(Modal::Error(text));
    }

    /// Applies the previewed import as one change.
    pub fn apply_import(&mut self) {
        let Some(Modal::ImportPreview { result, .. }) = self.modal.take() else {
            return;
        };
        let Some(document) = &self.document else {
            return;
        };
        let edit = edits_between(&document.project, &result);
        self.handle(super::Action::Edit(edit));
    }
}
