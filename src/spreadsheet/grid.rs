//! Spreadsheets read as plain grids of cells: every sheet of an XLSX workbook ([`super::xlsx_read`])
//! or the one table of a CSV file ([`super::csv_read`]), with the merged regions and bold rows that
//! help to tell a header, a section row and a data row apart.

use std::io::Read as _;
use std::path::Path;

use chrono::NaiveDate;

use super::SpreadsheetError;
use super::limits::{MAX_FILE_BYTES, Oversize, SheetReadError};
use super::{csv_read, xlsx_read};

/// One cell as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// A number cell.
    Number(f64),
    /// A number cell that Excel shows as a percentage: 0.632 is shown as 63,2 %.
    Percent(f64),
    /// A text cell (every CSV cell is text).
    Text(String),
    /// A date cell.
    Date(NaiveDate),
    /// A true/false cell.
    Bool(bool),
}

impl Cell {
    /// True when the cell is empty or holds only spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as a person would read it (numbers in plain notation).
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Number(n) => n.to_string(),
            Self::Percent(n) => format!("{}%", n * 100.0),
            Self::Text(text) => text.trim().to_owned(),
            Self::Date(date) => crate::i18n::format_date(*date),
            Self::Bool(b) => b.to_string(),
        }
    }
}

/// A rectangle of merged cells; its text is the one of its top-left cell. Rows count from the
/// sheet's first row read (index into [`Sheet::rows`]), columns from column A.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merged {
    /// First row (index into the rows).
    pub top: usize,
    /// First column.
    pub left: usize,
    /// Last row, included.
    pub bottom: usize,
    /// Last column, included.
    pub right: usize,
}

impl Merged {
    /// True when the region covers the cell at `row`, `column`.
    pub fn covers(&self, row: usize, column: usize) -> bool {
        (self.top..=self.bottom).contains(&row) && (self.left..=self.right).contains(&column)
    }
}

/// One sheet: its name and its rows, the first of which is row `first_row` (1-based, as the
/// spreadsheet numbers it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The sheet's name (the file name for CSV).
    pub name: String,
    /// Number of the first row, from 1.
    pub first_row: usize,
    /// The cells, row by row (column A first).
    pub rows: Vec<Vec<Cell>>,
    /// Merged regions (XLSX only).
    pub merged: Vec<Merged>,
    /// Indices of the rows (into `rows`) that have bold text (XLSX only).
    pub bold_rows: Vec<usize>,
}

impl Sheet {
    /// A sheet of plain rows, with no merged regions and no bold text.
    pub fn plain(name: &str, rows: Vec<Vec<Cell>>) -> Self {
        Self {
            name: name.to_owned(),
            first_row: 1,
            rows,
            merged: Vec::new(),
            bold_rows: Vec::new(),
        }
    }

    /// The cell at `row`, `column` (indices), `Empty` outside the grid.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&Cell::Empty)
    }

    /// The text shown at `row`, `column`: a merged region's text on every cell it covers.
    pub fn shown_text(&self, row: usize, column: usize) -> String {
        let origin = self
            .merged
            .iter()
            .find(|m| m.covers(row, column))
            .map_or((row, column), |m| (m.top, m.left));
        self.cell(origin.0, origin.1).text()
    }

    /// The merged region that covers `row`, `column`, if any.
    pub fn merge_at(&self, row: usize, column: usize) -> Option<&Merged> {
        self.merged.iter().find(|m| m.covers(row, column))
    }

    /// True when row `row` (index) has bold text.
    pub fn is_bold(&self, row: usize) -> bool {
        self.bold_rows.binary_search(&row).is_ok()
    }

    /// The number of columns of the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Reads every sheet of the XLSX or CSV file at `path`, chosen by its extension. A file over the
/// size limits is refused before it is read into memory.
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, SpreadsheetError> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let is_xlsx = matches!(extension.as_str(), "xlsx" | "xlsm");
    if !is_xlsx && !matches!(extension.as_str(), "csv" | "txt" | "tsv") {
        return Err(SpreadsheetError::UnknownExtension {
            path: path.to_path_buf(),
        });
    }
    let bytes = read_limited(path)?;
    let problem = |error: SheetReadError| match error {
        SheetReadError::Unreadable(reason) => SpreadsheetError::NotSpreadsheet {
            path: path.to_path_buf(),
            reason,
        },
        SheetReadError::Oversized(oversize) => SpreadsheetError::TooLarge {
            path: path.to_path_buf(),
            oversize,
        },
    };
    if is_xlsx {
        return xlsx_read::read_xlsx(&bytes).map_err(problem);
    }
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    csv_read::read_csv(&bytes, &name)
        .map(|sheet| vec![sheet])
        .map_err(problem)
}

/// The file's bytes; a file over [`MAX_FILE_BYTES`] is refused from its size alone.
fn read_limited(path: &Path) -> Result<Vec<u8>, SpreadsheetError> {
    let read_error = |source| SpreadsheetError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    let too_large = |size| SpreadsheetError::TooLarge {
        path: path.to_path_buf(),
        oversize: Oversize::File {
            size,
            limit: MAX_FILE_BYTES,
        },
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
