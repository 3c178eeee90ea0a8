//! What the preview says about a sheet as a whole: where its header is, each column read and what
//! as ("Kế hoạch năm 2025 → mục tiêu năm 2025"), the columns not read, and the result columns whose
//! header gives no date (they take the date chosen in the preview).

use chrono::{Datelike as _, NaiveDate};

use super::columns::Column;
use super::rows::SheetRead;
use crate::i18n::{Lang, format_date};

/// One sheet as the preview shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetPreview {
    /// The sheet's name.
    pub name: String,
    /// The rows of its header (first and last, from 1), if one was found.
    pub header_rows: Option<(usize, usize)>,
    /// True when the sheet is empty.
    pub blank: bool,
    /// Each column read: its header and what it is read as, in words.
    pub read: Vec<(String, String)>,
    /// Headers of the columns not read.
    pub ignored: Vec<String>,
    /// Headers of the result columns that give no date.
    pub undated: Vec<String>,
}

impl SheetPreview {
    /// The preview of a sheet as read; `result_date` is the date of undated results.
    pub(super) fn of(read: &SheetRead, blank: bool, result_date: NaiveDate, lang: Lang) -> Self {
        let mut preview = Self {
            name: read.name.clone(),
            blank,
            ..Self::default()
        };
        let Some(header) = &read.header else {
            return preview;
        };
        preview.header_rows = Some((read.header_row, read.header_row + header.height - 1));
        let year = header.year.unwrap_or(result_date.year());
        let measurements = header.is_measurements();
        let row_dates = header
            .columns
            .iter()
            .find(|c| c.column == Some(Column::ResultDate))
            .map(|c| c.title.trim());
        for column in &header.columns {
            let title = column.title.trim();
            if title.is_empty() {
                continue;
            }
            let used = match column.column {
                Some(Column::Ignored) | None => None,
                Some(Column::Note) if !measurements => None,
                Some(Column::Result(when)) if when.date(year).is_none() => {
                    preview.undated.push(title.to_owned());
                    Some(match row_dates {
                        Some(dates) => (lang.texts().import.use_result_row_date)(
                            dates,
                            &format_date(result_date),
                        ),
                        None => column_use(Column::Result(when), year, result_date, lang),
                    })
                }
                Some(other) => Some(column_use(other, year, result_date, lang)),
            };
            match used {
                Some(words) => preview.read.push((title.to_owned(), words)),
                None => preview.ignored.push(title.to_owned()),
            }
        }
        preview
    }
}

/// What a column is read as, in words.
fn column_use(column: Column, year: i32, result_date: NaiveDate, lang: Lang) -> String {
    let texts = lang.texts().import;
    let [
        number,
        id,
        name,
        unit,
        pillar,
        baseline,
        baseline_date,
        result_date_column,
        date,
        value,
        detail,
    ] = texts.column_uses;
    match column {
        Column::Number => number.to_owned(),
        Column::Id => id.to_owned(),
        Column::Name => name.to_owned(),
        Column::Unit => unit.to_owned(),
        Column::Pillar => pillar.to_owned(),
        Column::Baseline => baseline.to_owned(),
        Column::BaselineDate => baseline_date.to_owned(),
        Column::ResultDate => result_date_column.to_owned(),
        Column::Date => date.to_owned(),
        Column::Value => value.to_owned(),
        Column::Numerator
        | Column::Denominator
        | Column::Evidence
        | Column::Source
        | Column::Note
        | Column::Ignored => detail.to_owned(),
        Column::Target(own) => (texts.use_target)(own.unwrap_or(year)),
        Column::Result(when) => match when.date(year) {
            Some(date) => (texts.use_result)(&format_date(date)),
            None => (texts.use_result_chosen)(&format_date(result_date)),
        },
    }
}
