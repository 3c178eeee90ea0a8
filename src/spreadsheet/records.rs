//! One data row read into a record: the measurements layout (one row per value: id or name,
//! date, value…) or the indicator layout (one row per indicator: name, unit, baseline, plan or
//! target columns, result columns dated by their header, by a date column or by the date chosen in
//! the preview). Cells that cannot be read refuse their row, with the column and the reason.

use chrono::{Datelike as _, NaiveDate};

use super::columns::Column;
use super::grid::Cell;
use super::header::Header;
use super::names::{accumulation_of, pillar_of, unit_of, yes_no_words_of};
use super::values::{TypedValue, read_value};
use crate::i18n::{Lang, format_date, parse_date};
use crate::model::{Accumulation, MeasureUnit, Pillar, YesNoWords, nfc};

/// The indicator a row is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct IndicatorRef {
    /// The id, if the row has one.
    pub id: Option<String>,
    /// The name, if the row has one.
    pub name: Option<String>,
}

/// Where the date of a result comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatedBy {
    /// The column's header ("Thực hiện đến 31/12/2025").
    Header,
    /// A date column of the row.
    Row,
    /// The date chosen in the preview (the header has none).
    Chosen,
}

/// A result read from a row: its date, its value and its column.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ResultValue {
    /// The date of the result.
    pub date: NaiveDate,
    /// Where the date comes from.
    pub dated_by: DatedBy,
    /// The value as read.
    pub value: TypedValue,
    /// The column's header.
    pub column: String,
}

/// A row of the indicator layout.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct IndicatorRecord {
    /// The indicator.
    pub who: IndicatorRef,
    /// Its unit, if given.
    pub unit: Option<MeasureUnit>,
    /// How its values add up, when a unit is given.
    pub accumulation: Option<Accumulation>,
    /// The words of its yes/no values, when a unit is given.
    pub yes_no_words: Option<YesNoWords>,
    /// Its pillar: a column, the section above, or the sheet's name.
    pub pillar: Option<Pillar>,
    /// Baseline value.
    pub baseline: Option<TypedValue>,
    /// Baseline date.
    pub baseline_date: Option<NaiveDate>,
    /// Plans or targets by year, with their columns' headers.
    pub targets: Vec<(i32, TypedValue, String)>,
    /// Results.
    pub results: Vec<ResultValue>,
}

/// A row of the measurements layout.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct MeasurementRecord {
    /// The indicator.
    pub who: IndicatorRef,
    /// Its pillar, for a new indicator.
    pub pillar: Option<Pillar>,
    /// The date.
    pub date: NaiveDate,
    /// The value.
    pub value: TypedValue,
    /// The value column's header.
    pub column: String,
    /// Numerator.
    pub numerator: Option<f64>,
    /// Denominator.
    pub denominator: Option<f64>,
    /// Evidence.
    pub evidence: String,
    /// Source.
    pub source: String,
    /// Note.
    pub note: String,
}

/// A row read from a sheet.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Record {
    /// A measurement (measurements layout).
    Measurement(MeasurementRecord),
    /// An indicator's baseline, targets and results (indicator layout).
    Indicator(IndicatorRecord),
}

impl Record {
    /// The indicator the record is about.
    pub fn who(&self) -> &IndicatorRef {
        match self {
            Self::Measurement(record) => &record.who,
            Self::Indicator(record) => &record.who,
        }
    }
}

/// One data row with its header and what the reading needs.
pub(super) struct RowReader<'a> {
    /// The row's cells.
    pub row: &'a [Cell],
    /// The sheet's header.
    pub header: &'a Header,
    /// The language reasons are written in; numbers typed as text are read in it too unless the
    /// headers are Vietnamese.
    pub lang: Lang,
    /// The date of results whose header gives none.
    pub result_date: NaiveDate,
}

impl RowReader<'_> {
    /// The cells of the columns that hold `wanted` (and are not blank), with their headers.
    fn cells(&self, wanted: Column) -> impl Iterator<Item = (&str, &Cell)> {
        self.header
            .columns
            .iter()
            .zip(self.row)
            .filter(move |(column, cell)| column.column == Some(wanted) && !cell.is_blank())
            .map(|(column, cell)| (column.title.as_str(), cell))
    }

    /// The text of the first column that holds `wanted`.
    pub fn text(&self, wanted: Column) -> Option<String> {
        self.cells(wanted).next().map(|(_, cell)| nfc(&cell.text()))
    }

    fn value(&self, title: &str, cell: &Cell) -> Result<Option<TypedValue>, String> {
        let numbers = if self.header.vietnamese {
            Lang::Vi
        } else {
            self.lang
        };
        read_value(cell, numbers, self.lang).map_err(|error| {
            (self.lang.texts().report.bad_number)(title, &cell.text(), error.message(self.lang))
        })
    }

    fn number(&self, wanted: Column) -> Result<Option<TypedValue>, String> {
        match self.cells(wanted).next() {
            Some((title, cell)) => self.value(title, cell),
            None => Ok(None),
        }
    }

    fn date(&self, wanted: Column) -> Result<Option<NaiveDate>, String> {
        let Some((title, cell)) = self.cells(wanted).next() else {
            return Ok(None);
        };
        match cell {
            Cell::Date(date) => Ok(Some(*date)),
            other => {
                let text = other.text();
                parse_date(&text)
                    .map(Some)
                    .ok_or_else(|| (self.lang.texts().report.bad_date)(title, &text))
            }
        }
    }

    /// The indicator the row names.
    pub fn who(&self) -> IndicatorRef {
        IndicatorRef {
            id: self.text(Column::Id),
            name: self.text(Column::Name),
        }
    }

    /// The record of the row about `who`, or why it is refused; `pillar` is the one of the
    /// section above.
    pub fn record(&self, who: IndicatorRef, pillar: Option<Pillar>) -> Result<Record, String> {
        if who.id.is_none() && who.name.is_none() {
            return Err(self.lang.texts().report.missing_indicator.to_owned());
        }
        let pillar = self
            .text(Column::Pillar)
            .and_then(|p| pillar_of(&p))
            .or(pillar);
        if self.header.is_measurements() {
            return self.measurement(who, pillar);
        }
        let year = self.header.year.unwrap_or(self.result_date.year());
        Ok(Record::Indicator(IndicatorRecord {
            unit: self.text(Column::Unit).and_then(|u| unit_of(&u)),
            accumulation: self.text(Column::Unit).map(|u| accumulation_of(&u)),
            yes_no_words: self.text(Column::Unit).map(|u| yes_no_words_of(&u)),
            pillar,
            baseline: self.number(Column::Baseline)?,
            baseline_date: self.date(Column::BaselineDate)?,
            targets: self.targets(year)?,
            results: self.results(year)?,
            who,
        }))
    }

    fn targets(&self, year: i32) -> Result<Vec<(i32, TypedValue, String)>, String> {
        let mut targets: Vec<(i32, TypedValue, String)> = Vec::new();
        for (column, cell) in self.header.columns.iter().zip(self.row) {
            let Some(Column::Target(own)) = column.column else {
                continue;
            };
            let Some(value) = self.value(&column.title, cell)? else {
                continue;
            };
            let year = own.unwrap_or(year);
            match targets.iter().find(|t| t.0 == year) {
                Some(earlier) if earlier.1.number != value.number => {
                    return Err((self.lang.texts().import.two_targets)(year));
                }
                Some(_) => {}
                None => targets.push((year, value, column.title.clone())),
            }
        }
        Ok(targets)
    }

    fn results(&self, year: i32) -> Result<Vec<ResultValue>, String> {
        let row_date = self.date(Column::ResultDate)?;
        let mut results: Vec<ResultValue> = Vec::new();
        for (column, cell) in self.header.columns.iter().zip(self.row) {
            let Some(Column::Result(when)) = column.column else {
                continue;
            };
            let Some(value) = self.value(&column.title, cell)? else {
                continue;
            };
            let (date, dated_by) = match (when.date(year), row_date) {
                (Some(date), _) => (date, DatedBy::Header),
                (None, Some(date)) => (date, DatedBy::Row),
                (None, None) => (self.result_date, DatedBy::Chosen),
            };
            match results.iter().find(|r| r.date == date) {
                Some(earlier) if earlier.value.number != value.number => {
                    return Err((self.lang.texts().import.two_results)(&format_date(date)));
                }
                Some(_) => {}
                None => results.push(ResultValue {
                    date,
                    dated_by,
                    value,
                    column: column.title.clone(),
                }),
            }
        }
        Ok(results)
    }

    fn measurement(&self, who: IndicatorRef, pillar: Option<Pillar>) -> Result<Record, String> {
        let texts = self.lang.texts().report;
        let date = self.date(Column::Date)?.ok_or(texts.missing_date)?;
        let (column, cell) = self
            .cells(Column::Value)
            .next()
            .ok_or(texts.missing_value)?;
        let value = self.value(column, cell)?.ok_or(texts.missing_value)?;
        let plain =
            |wanted| -> Result<Option<f64>, String> { Ok(self.number(wanted)?.map(|v| v.number)) };
        Ok(Record::Measurement(MeasurementRecord {
            who,
            pillar,
            date,
            column: column.to_owned(),
            value,
            numerator: plain(Column::Numerator)?,
            denominator: plain(Column::Denominator)?,
            evidence: self.text(Column::Evidence).unwrap_or_default(),
            source: self.text(Column::Source).unwrap_or_default(),
            note: self.text(Column::Note).unwrap_or_default(),
        }))
    }

    /// True when a value column of the row is filled.
    pub fn has_values(&self) -> bool {
        self.header
            .columns
            .iter()
            .zip(self.row)
            .any(|(column, cell)| {
                matches!(
                    column.column,
                    Some(
                        Column::Target(_)
                            | Column::Result(_)
                            | Column::Baseline
                            | Column::Value
                            | Column::Date
                    )
                ) && !cell.is_blank()
            })
    }
}
