//! Spreadsheet exchange: XLSX and CSV export of the administrative table and of every measurement,
//! and the import of spreadsheets — our own exports and the sheets offices already keep — back into
//! a plan as a preview, row by row, that is applied in one step.
//!
//! Everything here reads only the model, the progress engine and the report table; files are
//! written with [`crate::storage::write_atomic`], so nothing is ever left half-written.
//!
//! The import reads in layers, each using only those before it: `grid` (cells, via `xlsx_read` and
//! `csv_read`, within `limits`) → `columns` and `header` → `values` and `records` → `rows` →
//! `matching` → `change` and `row_changes` → `resolve` → `preview` → `session`.

mod assessment_xlsx;
mod change;
mod columns;
mod consolidation_xlsx;
mod csv_export;
mod csv_read;
mod error;
mod formula_guard;
mod grid;
mod header;
mod hints;
mod limits;
mod matching;
mod names;
mod preview;
mod ranking_xlsx;
mod read;
mod records;
mod resolve;
mod row_changes;
mod row_texts;
mod rows;
mod session;
mod sheet_preview;
mod values;
mod words;
mod xlsx_export;
mod xlsx_read;

use std::path::Path;

pub use assessment_xlsx::assessment_xlsx_bytes;
pub use change::ImportChange;
pub use consolidation_xlsx::{
    write_xlsx as write_consolidation_xlsx, xlsx_bytes as consolidation_xlsx_bytes,
};
pub use csv_export::csv_bytes;
pub use csv_read::{TextEncoding, decode, read_csv};
pub use error::SpreadsheetError;
pub use formula_guard::{guard, unguard};
pub use grid::{Cell, Merged, Sheet};
pub use limits::{MAX_CELLS, MAX_FILE_BYTES, MAX_PART_BYTES, MAX_ROWS, Oversize, SheetReadError};
pub use matching::MatchHow;
pub use preview::{
    Candidate, ImportOptions, ImportPreview, Matched, RefusedRow, RowChoice, RowGroup, RowKey,
    RowPreview, ValueRead, ValueWhat, preview, preview_with,
};
pub use ranking_xlsx::ranking_xlsx_bytes;
pub use read::read_sheets;
pub use records::DatedBy;
pub use row_texts::{RowTexts, skip_text};
pub use rows::Skip;
pub use session::{ImportChoice, ImportSession};
pub use sheet_preview::SheetPreview;
pub use xlsx_export::xlsx_bytes;
pub use xlsx_read::read_xlsx;

use crate::i18n::Lang;
use crate::model::Project;

/// Reads `path` (XLSX or CSV) and previews its import into `project`, no choice made.
pub fn preview_file(
    project: &Project,
    path: &Path,
    lang: Lang,
) -> Result<ImportPreview, SpreadsheetError> {
    let sheets = read_sheets(path)?;
    Ok(preview(project, &sheets, lang))
}
