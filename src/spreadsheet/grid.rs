//! Spreadsheets read as plain grids of cells: every sheet of an XLSX workbook (calamine) or the one
//! table of a CSV file (csv; comma, semicolon or tab, UTF-8 with or without a byte-order mark).

use std::io::{Cursor, Read as _};
use std::path::Path;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;

use super::SpreadsheetError;
use crate::i18n::parse_date;
use crate::storage::MAX_FILE_SIZE;

/// One cell as read.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// A number cell.
    Number(f64),
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
            Self::Text(text) => text.trim().to_owned(),
            Self::Date(date) => crate::i18n::format_date(*date),
            Self::Bool(b) => b.to_string(),
        }
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
    /// The cells, row by row.
    pub rows: Vec<Vec<Cell>>,
}

/// Reads every sheet of the XLSX or CSV file at `path`, chosen by its extension.
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, SpreadsheetError> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let bytes = read_limited(path)?;
    let not_spreadsheet = |reason: String| SpreadsheetError::NotSpreadsheet {
        path: path.to_path_buf(),
        reason,
    };
    match extension.as_str() {
        "xlsx" | "xlsm" => read_xlsx(&bytes).map_err(not_spreadsheet),
        "csv" | "txt" | "tsv" => {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            read_csv(&bytes, &name)
                .map(|sheet| vec![sheet])
                .map_err(not_spreadsheet)
        }
        _ => Err(SpreadsheetError::UnknownExtension {
            path: path.to_path_buf(),
        }),
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, SpreadsheetError> {
    let read_error = |source| SpreadsheetError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    Ok(bytes)
}

/// Reads every sheet of an XLSX workbook.
pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| e.to_string())?;
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let rows = range
            .rows()
            .map(|row| {
                let mut cells = vec![Cell::Empty; first_column as usize];
                cells.extend(row.iter().map(cell_of));
                cells
            })
            .collect();
        sheets.push(Sheet {
            name,
            first_row: first_row as usize + 1,
            rows,
        });
    }
    Ok(sheets)
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::String(text) => Cell::Text(text.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(excel) if excel.is_datetime() => {
            let (year, month, day, ..) = excel.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())
                .map_or(Cell::Number(excel.as_f64()), Cell::Date)
        }
        Data::DateTime(excel) => Cell::Number(excel.as_f64()),
        Data::DateTimeIso(text) => text
            .get(..10)
            .and_then(parse_date)
            .map_or_else(|| Cell::Text(text.clone()), Cell::Date),
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Text(format!("#{error:?}")),
    }
}

/// Reads a CSV table (UTF-8, with or without a byte-order mark); the delimiter is the one of
/// comma, semicolon and tab that occurs most in the first line.
pub fn read_csv(bytes: &[u8], name: &str) -> Result<Sheet, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        rows.push(
            record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(Sheet {
        name: name.to_owned(),
        first_row: 1,
        rows,
    })
}
