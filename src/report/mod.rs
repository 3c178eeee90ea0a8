//! Meeting-ready reports and Excel exchange: the PDF progress report, XLSX and CSV export of the
//! administrative table (STT | Chỉ tiêu | Đơn vị tính | Giá trị cơ sở | Mục tiêu … | Kết quả thực
//! hiện | Tỷ lệ đạt | Đánh giá) and of every measurement, and the import of such spreadsheets back
//! into a plan as a preview that is applied in one step.
//!
//! Everything here reads only the model, the progress engine and the chart specs; files are
//! written with [`crate::storage::write_atomic`], so nothing is ever left half-written.

mod csv_export;
mod error;
mod grid;
mod header;
mod hints;
mod import;
mod pdf;
mod preview;
mod resolve;
mod row_changes;
mod table;
mod xlsx_export;

use std::path::Path;

pub use csv_export::csv_bytes;
pub use error::ReportError;
pub use grid::{Cell, Sheet, read_csv, read_sheets, read_xlsx};
pub use pdf::pdf_bytes;
pub use preview::{ImportChange, ImportPreview, RefusedRow, preview};
pub use table::{ReportTable, TableRow, unit_text};
pub use xlsx_export::xlsx_bytes;

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::Project;
use crate::storage::write_atomic;

/// The kinds of file this module writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// The PDF progress report.
    Pdf,
    /// The Excel workbook: one sheet per pillar and the measurements sheet.
    Xlsx,
    /// The per-indicator table as CSV (UTF-8 with BOM).
    Csv,
}

/// How to write a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Language of headers, statuses and sentences.
    pub lang: Lang,
    /// The printing date shown in the PDF footer.
    pub printed_on: NaiveDate,
}

/// Writes `project` as `format` to `path` atomically; returns the number of bytes written.
pub fn export(
    project: &Project,
    format: ExportFormat,
    path: &Path,
    options: &ExportOptions,
) -> Result<usize, ReportError> {
    let bytes = match format {
        ExportFormat::Pdf => pdf_bytes(project, options)?,
        ExportFormat::Xlsx => xlsx_bytes(project, options.lang)?,
        ExportFormat::Csv => csv_bytes(project, options.lang)?,
    };
    write_atomic(path, &bytes)?;
    Ok(bytes.len())
}

/// Reads `path` (XLSX or CSV) and previews its import into `project`.
pub fn preview_file(
    project: &Project,
    path: &Path,
    lang: Lang,
) -> Result<ImportPreview, ReportError> {
    let sheets = read_sheets(path)?;
    Ok(preview(project, &sheets, lang))
}
