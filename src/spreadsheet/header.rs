//! Finding the header of a sheet: one row, or two rows whose upper cells span the lower ones
//! ("Năm 2025" over "Kế hoạch | Thực hiện", merged in XLSX or left blank after the first column in
//! CSV), anywhere in the first rows under title rows, in Vietnamese or English.

use super::columns::{Column, column_of};
use super::grid::{Cell, Sheet};
use super::words::words;
use crate::i18n::{Lang, parse_number};

/// Rows searched for the header.
const HEADER_SEARCH_ROWS: usize = 20;

/// One column of the header.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct HeaderColumn {
    /// The header as shown, the two rows joined by " › ".
    pub title: String,
    /// What the column holds, if recognised.
    pub column: Option<Column>,
}

/// The header of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Header {
    /// Index of its first row (into the sheet's rows).
    pub first: usize,
    /// How many rows it takes (1 or 2).
    pub height: usize,
    /// Every column, from column A.
    pub columns: Vec<HeaderColumn>,
    /// The year the title rows give ("… năm 2025"), else the first year of a dated column.
    pub year: Option<i32>,
    /// True when the recognised headers are Vietnamese (they have diacritics): numbers typed as
    /// text are then read as Vietnamese writes them ("1.234" is one thousand two hundred…),
    /// whatever the language of the window.
    pub vietnamese: bool,
}

impl Header {
    /// True when the sheet has one row per measurement (date and value columns).
    pub fn is_measurements(&self) -> bool {
        self.has(Column::Date) && self.has(Column::Value)
    }

    /// True when some column holds `wanted`.
    pub fn has(&self, wanted: Column) -> bool {
        self.columns.iter().any(|c| c.column == Some(wanted))
    }

    /// The index of the first row after the header.
    pub fn end(&self) -> usize {
        self.first + self.height
    }
}

/// The header of `sheet`, if one of its first rows (or pairs of rows) is one.
pub(super) fn find_header(sheet: &Sheet) -> Option<Header> {
    let width = sheet.width();
    let last = HEADER_SEARCH_ROWS.min(sheet.rows.len());
    for first in 0..last {
        if sheet
            .rows
            .get(first)
            .is_none_or(|r| r.iter().all(Cell::is_blank))
        {
            continue;
        }
        let upper = shown_row(sheet, first, width);
        let one = recognise(upper.iter().map(|t| (t.clone(), t.clone())).collect());
        let two = (first + 1 < sheet.rows.len() && is_text_row(sheet, first + 1))
            .then(|| recognise(two_rows(sheet, first, &upper, width)))
            .flatten();
        let chosen = match (one, two) {
            (Some(one), Some(two)) if score(&two) > score(&one) => Some((two, 2)),
            (Some(one), _) => Some((one, 1)),
            (None, Some(two)) => Some((two, 2)),
            (None, None) => None,
        };
        if let Some((columns, height)) = chosen {
            let year = title_year(sheet, first).or_else(|| first_column_year(&columns));
            let vietnamese = columns
                .iter()
                .any(|c| c.column.is_some() && !c.title.is_ascii());
            return Some(Header {
                first,
                height,
                columns,
                year,
                vietnamese,
            });
        }
    }
    None
}

/// The texts of row `row`, a merged region's text on every cell it covers.
fn shown_row(sheet: &Sheet, row: usize, width: usize) -> Vec<String> {
    (0..width).map(|c| sheet.shown_text(row, c)).collect()
}

/// The two-row titles (shown, for classifying) of rows `first` and `first + 1`: a blank upper cell
/// takes the text of the upper cell on its left when both stand over lower cells (a group).
fn two_rows(sheet: &Sheet, first: usize, upper: &[String], width: usize) -> Vec<(String, String)> {
    let lower = shown_row(sheet, first + 1, width);
    let mut group: Option<&str> = None;
    let mut titles = Vec::with_capacity(width);
    for (column, (up, low)) in upper.iter().zip(&lower).enumerate() {
        let same_region = sheet
            .merge_at(first, column)
            .is_some_and(|m| m.covers(first + 1, column));
        let up = if up.is_empty() && !low.is_empty() {
            group.unwrap_or_default()
        } else {
            group = (!up.is_empty() && !low.is_empty() && !same_region).then_some(up.as_str());
            up.as_str()
        };
        let shown = match (up.is_empty(), low.is_empty() || same_region) {
            (_, true) => up.to_owned(),
            (true, false) => low.clone(),
            (false, false) => format!("{up} › {low}"),
        };
        titles.push((shown.clone(), shown.replace('›', " ")));
    }
    titles
}

/// The columns of a header row, if it names the indicator and holds values.
fn recognise(titles: Vec<(String, String)>) -> Option<Vec<HeaderColumn>> {
    let mut columns: Vec<HeaderColumn> = titles
        .into_iter()
        .map(|(title, key)| HeaderColumn {
            column: column_of(&key),
            title,
        })
        .collect();
    let has = |wanted: Column| columns.iter().any(|c| c.column == Some(wanted));
    let names_indicator = has(Column::Id) || has(Column::Name);
    let measurements = has(Column::Date) && has(Column::Value);
    let values = columns.iter().any(|c| {
        matches!(
            c.column,
            Some(Column::Baseline | Column::Target(_) | Column::Result(_))
        )
    });
    if !names_indicator || !(measurements || values) {
        return None;
    }
    if !measurements && !has(Column::ResultDate) {
        for column in &mut columns {
            if column.column == Some(Column::Date) {
                column.column = Some(Column::ResultDate);
            }
        }
    }
    Some(columns)
}

/// How many different things the columns hold (two columns read alike count once, so "Năm 2025"
/// over two columns scores less than "Kế hoạch" and "Thực hiện" under it).
fn score(columns: &[HeaderColumn]) -> usize {
    let mut seen: Vec<Column> = Vec::new();
    for column in columns.iter().filter_map(|c| c.column) {
        if column != Column::Ignored && !seen.contains(&column) {
            seen.push(column);
        }
    }
    seen.len()
}

/// True when every filled cell of the row is text that is not a number (a header row, not data).
fn is_text_row(sheet: &Sheet, row: usize) -> bool {
    let Some(cells) = sheet.rows.get(row) else {
        return false;
    };
    let mut filled = cells.iter().filter(|c| !c.is_blank()).peekable();
    filled.peek().is_some()
        && filled.all(|cell| match cell {
            Cell::Text(text) => parse_number(text, Lang::Vi).is_err(),
            _ => false,
        })
}

/// The year the title rows above the header give ("BIỂU TỔNG HỢP … NĂM 2025").
fn title_year(sheet: &Sheet, header: usize) -> Option<i32> {
    sheet.rows.iter().take(header).find_map(|row| {
        row.iter().find_map(|cell| {
            let list = words(&cell.text());
            list.windows(2).find_map(|pair| match pair {
                [year_word, year] if year_word == "năm" || year_word == "year" => {
                    year.parse().ok().filter(|y| (1900..=2200).contains(y))
                }
                _ => None,
            })
        })
    })
}

fn first_column_year(columns: &[HeaderColumn]) -> Option<i32> {
    columns.iter().find_map(|c| match c.column {
        Some(Column::Target(year)) => year,
        Some(Column::Result(when)) => when.year(),
        _ => None,
    })
}
