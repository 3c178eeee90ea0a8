//! The per-indicator table as CSV: UTF-8 with a byte-order mark so that Excel on Windows shows the
//! diacritics, comma-separated, numbers written as the chosen language writes them.

use chrono::NaiveDate;

use super::SpreadsheetError;
use super::formula_guard::guard;
use crate::i18n::{Lang, format_date, format_number, indicator_name, yes_no_text};
use crate::model::Project;
use crate::progress::summarize;
use crate::report::{ReportTable, TableRow, unit_text};

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decimals written for values: enough to read back the same number.
const VALUE_DECIMALS: usize = 10;

/// The table of `project` as CSV bytes, with headers and statuses in `lang`.
pub fn csv_bytes(project: &Project, lang: Lang) -> Result<Vec<u8>, SpreadsheetError> {
    let texts = lang.texts();
    let summary = summarize(project);
    let table = ReportTable::new(project, &summary);
    let mut writer = csv::WriterBuilder::new().from_writer(BOM.to_vec());
    let mut header = table.header(lang);
    header.extend([
        texts.report.col_id.to_owned(),
        texts.report.col_result_date.to_owned(),
        texts.report.col_baseline_date.to_owned(),
        texts.report.col_pillar.to_owned(),
    ]);
    let failed = |e: csv::Error| SpreadsheetError::Csv(e.to_string());
    let guarded = |record: &[String]| -> Vec<String> {
        record.iter().map(|c| guard(c, lang).into_owned()).collect()
    };
    writer.write_record(guarded(&header)).map_err(failed)?;
    for (pillar, row) in table.rows() {
        let mut record = cells(&table, row, lang);
        record.push(texts.pillar(pillar).to_owned());
        writer.write_record(guarded(&record)).map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| SpreadsheetError::Csv(e.error().to_string()))
}

/// The cells of one row: the administrative columns, then id, result date and baseline date.
fn cells(table: &ReportTable, row: &TableRow, lang: Lang) -> Vec<String> {
    let indicator = row.indicator;
    let value = |v: Option<f64>| match v {
        None => String::new(),
        Some(v) if indicator.unit.is_yes_no() => yes_no_text(indicator, v, lang).into(),
        Some(v) => format_number(v, VALUE_DECIMALS, lang),
    };
    let date = |d: Option<NaiveDate>| d.map(format_date).unwrap_or_default();
    let mut cells = vec![
        row.number.to_string(),
        indicator_name(indicator, lang).to_owned(),
        unit_text(indicator, lang),
        value(row.baseline()),
    ];
    cells.extend(table.target_years.iter().map(|y| value(row.target(*y))));
    let result = row.result();
    cells.extend([
        value(result.map(|r| r.1)),
        crate::sentences::share_of_target_text(row.progress, lang),
        crate::sentences::roadmap_text(row.progress, lang),
        row.assessment(lang),
        indicator.id.clone(),
        date(result.map(|r| r.0)),
        date(row.baseline_date()),
    ]);
    cells
}
