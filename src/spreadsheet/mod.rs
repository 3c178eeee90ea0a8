//! Spreadsheet exchange: XLSX and CSV export of the administrative table and of every measurement,
//! and the import of such spreadsheets back into a plan as a preview that is applied in one step.
//!
//! Everything here reads only the model, the progress engine and the report table; files are
//! written with [`crate::storage::write_atomic`], so nothing is ever left half-written.

mod csv_export;
mod error;
mod grid;
mod header;
mod hints;
mod import;
mod preview;
mod resolve;
mod row_changes;
mod xlsx_export;

use std::path::Path;

pub use csv_export::csv_bytes;
pub use error::SpreadsheetError;
pub use grid::{Cell, Sheet, read_csv, read_sheets, read_xlsx};
pub use preview::{ImportChange, ImportPreview, RefusedRow, preview};
pub use xlsx_export::xlsx_bytes;

use crate::i18n::Lang;
use crate::model::Project;

/// Reads `path` (XLSX or CSV) and previews its import into `project`.
pub fn preview_file(
    project: &Project,
    path: &Path,
    lang: Lang,
) -> Result<ImportPreview, SpreadsheetError> {
    let sheets = read_sheets(path)?;
    Ok(preview(project, &sheets, lang))
}
