//! Writing a plan to a file of another kind: the report as PDF or Word ([`crate::report`]) or a spreadsheet
//! ([`crate::spreadsheet`]). The one entry point for the window and the command line.

use std::path::Path;

use crate::i18n::Lang;
use crate::model::Project;
use crate::report::{ExportOptions, ReportError, docx_bytes, pdf_bytes};
use crate::spreadsheet::{SpreadsheetError, csv_bytes, xlsx_bytes};
use crate::storage::write_atomic;

/// The kinds of file a plan can be exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// The report as PDF.
    Pdf,
    /// The report as a Word file.
    Docx,
    /// The Excel workbook: one sheet per pillar and the measurements sheet.
    Xlsx,
    /// The per-indicator table as CSV (UTF-8 with BOM).
    Csv,
    /// The annual plan of the reporting year as PDF.
    PlanPdf,
    /// The annual plan of the reporting year as a Word file.
    PlanDocx,
}

/// A failed export: of a document or of a spreadsheet.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The document could not be written.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The spreadsheet could not be written.
    #[error(transparent)]
    Spreadsheet(#[from] SpreadsheetError),
}

impl ExportError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Report(error) => error.message(lang),
            Self::Spreadsheet(error) => error.message(lang),
        }
    }
}

/// Writes `project` as `format` to `path` atomically; returns the number of bytes written.
pub fn export(
    project: &Project,
    format: ExportFormat,
    path: &Path,
    options: &ExportOptions,
) -> Result<usize, ExportError> {
    let bytes = match format {
        ExportFormat::Pdf => pdf_bytes(project, options)?,
        ExportFormat::Docx => docx_bytes(project, options)?,
        ExportFormat::Xlsx => xlsx_bytes(project, options.lang)?,
        ExportFormat::Csv => csv_bytes(project, options.lang)?,
        ExportFormat::PlanPdf => crate::report::annual_plan_pdf_bytes(project, None, options)?,
        ExportFormat::PlanDocx => crate::report::annual_plan_docx_bytes(project, None, options)?,
    };
    write_atomic(path, &bytes).map_err(ReportError::from)?;
    Ok(bytes.len())
}
