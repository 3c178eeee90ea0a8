//! Spreadsheets as plain grids of cells, as the readers ([`super::read`]) give them: every sheet of
//! an XLSX workbook or the one table of a CSV file, with the merged regions and bold rows that help
//! to tell a header, a section row and a data row apart.

use chrono::NaiveDate;

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
