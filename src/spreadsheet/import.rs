//! Reading rows of a sheet into records: the header row is recognised by its column names (in
//! Vietnamese or English), in one of two layouts — the measurements layout (one row per value:
//! id or name, date, value…) or the indicator layout (one row per indicator: id or name, baseline,
//! targets, result, date). Cells that cannot be read refuse their row, with the reason.

use chrono::NaiveDate;

use super::grid::{Cell, Sheet};
use super::header::{Column, normalized, pillar_of, recognise, unit_of};
use crate::i18n::{Lang, parse_date, parse_number};
use crate::model::{MeasureUnit, Measurement, Pillar, nfc};

/// Rows searched for the header.
const HEADER_SEARCH_ROWS: usize = 10;

/// The indicator a row is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct IndicatorRef {
    /// The id, if the row has one.
    pub id: Option<String>,
    /// The name, if the row has one.
    pub name: Option<String>,
}

/// A row of the indicator layout.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct IndicatorRecord {
    /// The indicator.
    pub who: IndicatorRef,
    /// Its unit, if given.
    pub unit: Option<MeasureUnit>,
    /// Its pillar, from a column or the sheet's name.
    pub pillar: Option<Pillar>,
    /// Baseline value.
    pub baseline: Option<f64>,
    /// Baseline date.
    pub baseline_date: Option<NaiveDate>,
    /// Targets by year.
    pub targets: Vec<(i32, f64)>,
    /// The result and its date (the reporting date when not given).
    pub result: Option<(Option<NaiveDate>, f64)>,
}

/// A row read from a sheet.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Record {
    /// A measurement (measurements layout).
    Measurement(IndicatorRef, Option<Pillar>, Measurement),
    /// An indicator's baseline, targets and result (indicator layout).
    Indicator(IndicatorRecord),
}

/// A record with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Located<T> {
    /// The sheet's name.
    pub sheet: String,
    /// The row number, from 1.
    pub row: usize,
    /// The record or the reason it was refused.
    pub item: T,
}

/// Every row of `sheet`: a record or the reason it was refused. Empty rows and the rows above the
/// header are skipped; a sheet with no recognisable header gives one refusal.
pub(super) fn read_sheet(sheet: &Sheet, lang: Lang) -> Vec<Located<Result<Record, String>>> {
    let locate = |index: usize, item| Located {
        sheet: sheet.name.clone(),
        row: sheet.first_row + index,
        item,
    };
    if sheet.rows.iter().all(|row| row.iter().all(Cell::is_blank)) {
        return Vec::new();
    }
    let Some((header_index, columns)) = sheet
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .find_map(|(index, row)| recognise(row).map(|columns| (index, columns)))
    else {
        let reason = lang.texts().report.no_header.to_owned();
        return vec![locate(0, Err(reason))];
    };
    let sheet_pillar = pillar_of(&sheet.name);
    let header = &sheet.rows[header_index];
    sheet
        .rows
        .iter()
        .enumerate()
        .skip(header_index + 1)
        .filter(|(_, row)| !row.iter().all(Cell::is_blank))
        .map(|(index, row)| {
            let reader = RowReader {
                row,
                header,
                columns: &columns,
                lang,
            };
            locate(index, reader.record(sheet_pillar))
        })
        .collect()
}

/// One data row with its header.
struct RowReader<'a> {
    row: &'a [Cell],
    header: &'a [Cell],
    columns: &'a [Option<Column>],
    lang: Lang,
}

impl RowReader<'_> {
    /// The cells of the columns that hold `wanted`, with the header text.
    fn cells(&self, wanted: Column) -> impl Iterator<Item = (String, &Cell)> {
        self.columns
            .iter()
            .enumerate()
            .filter(move |(_, c)| **c == Some(wanted))
            .filter_map(|(index, _)| {
                let cell = self.row.get(index)?;
                let title = self.header.get(index).map(Cell::text).unwrap_or_default();
                (!cell.is_blank()).then_some((title, cell))
            })
    }

    fn text(&self, wanted: Column) -> Option<String> {
        self.cells(wanted).next().map(|(_, cell)| nfc(&cell.text()))
    }

    fn number(&self, wanted: Column) -> Result<Option<f64>, String> {
        self.cells(wanted)
            .next()
            .map(|(title, cell)| value_of(cell, &title, self.lang))
            .transpose()
    }

    fn date(&self, wanted: Column) -> Result<Option<NaiveDate>, String> {
        self.cells(wanted)
            .next()
            .map(|(title, cell)| date_of(cell, &title, self.lang))
            .transpose()
    }

    fn record(&self, sheet_pillar: Option<Pillar>) -> Result<Record, String> {
        let who = IndicatorRef {
            id: self.text(Column::Id),
            name: self.text(Column::Name),
        };
        if who.id.is_none() && who.name.is_none() {
            return Err(self.lang.texts().report.missing_indicator.to_owned());
        }
        let pillar = self
            .text(Column::Pillar)
            .and_then(|p| pillar_of(&p))
            .or(sheet_pillar);
        if self.columns.contains(&Some(Column::Value)) {
            return self.measurement(who, pillar);
        }
        let mut targets = Vec::new();
        for (index, column) in self.columns.iter().enumerate() {
            let Some(Column::Target(year)) = column else {
                continue;
            };
            let Some(cell) = self.row.get(index).filter(|c| !c.is_blank()) else {
                continue;
            };
            let title = self.header.get(index).map(Cell::text).unwrap_or_default();
            targets.push((*year, value_of(cell, &title, self.lang)?));
        }
        targets.dedup_by_key(|t| t.0);
        let result = match self.number(Column::Result)? {
            Some(value) => Some((self.date(Column::ResultDate)?, value)),
            None => None,
        };
        Ok(Record::Indicator(IndicatorRecord {
            who,
            unit: self.text(Column::Unit).and_then(|u| unit_of(&u)),
            pillar,
            baseline: self.number(Column::Baseline)?,
            baseline_date: self.date(Column::BaselineDate)?,
            targets,
            result,
        }))
    }

    fn measurement(&self, who: IndicatorRef, pillar: Option<Pillar>) -> Result<Record, String> {
        let texts = self.lang.texts().report;
        let date = self.date(Column::Date)?.ok_or(texts.missing_date)?;
        let value = self.number(Column::Value)?.ok_or(texts.missing_value)?;
        let mut measurement = Measurement::new(date, value);
        measurement.numerator = self.number(Column::Numerator)?;
        measurement.denominator = self.number(Column::Denominator)?;
        measurement.evidence = self.text(Column::Evidence).unwrap_or_default();
        measurement.source = self.text(Column::Source).unwrap_or_default();
        measurement.note = self.text(Column::Note).unwrap_or_default();
        Ok(Record::Measurement(who, pillar, measurement))
    }
}

/// A value cell: a number, a number typed as text ("12,5", "250.000", "85%"), or a yes/no word.
fn value_of(cell: &Cell, column: &str, lang: Lang) -> Result<f64, String> {
    let text = match cell {
        Cell::Number(n) => return Ok(*n),
        Cell::Bool(b) => return Ok(if *b { 1.0 } else { 0.0 }),
        other => other.text(),
    };
    let word = normalized(&text);
    for lang in Lang::ALL {
        let (yes, no) = ((lang.texts().yes_no)(true), (lang.texts().yes_no)(false));
        if word == normalized(yes) {
            return Ok(1.0);
        }
        if word == normalized(no) {
            return Ok(0.0);
        }
    }
    parse_number(&text, lang)
        .map_err(|error| (lang.texts().report.bad_number)(column, &text, error.message(lang)))
}

/// A date cell: a date, or text as dd/mm/yyyy or yyyy-mm-dd.
fn date_of(cell: &Cell, column: &str, lang: Lang) -> Result<NaiveDate, String> {
    match cell {
        Cell::Date(date) => Ok(*date),
        other => {
            let text = other.text();
            parse_date(&text).ok_or_else(|| (lang.texts().report.bad_date)(column, &text))
        }
    }
}
