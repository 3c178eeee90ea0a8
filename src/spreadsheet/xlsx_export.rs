//! The Excel workbook: one sheet per pillar in the administrative layout (plus the indicator id and
//! the dates, so the sheet can be imported back), and a long-format sheet of every measurement.

use chrono::{Datelike as _, NaiveDate};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::SpreadsheetError;
use crate::i18n::{Lang, indicator_name, yes_no_text};
use crate::model::{Indicator, MeasureUnit, Project};
use crate::progress::summarize;
use crate::report::{ReportTable, TableRow, unit_text};

/// A4 in Excel's paper size numbering.
const PAPER_A4: u8 = 9;

/// The cell formats of the workbook.
struct Formats {
    header: Format,
    text: Format,
    wrapped: Format,
    integer: Format,
    decimal: Format,
    fraction: Format,
    percent: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Self {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(0x00D9_D9D9)
                .set_border(FormatBorder::Thin),
            text: cell.clone(),
            wrapped: cell.clone().set_text_wrap(),
            integer: cell.clone().set_num_format("#,##0"),
            decimal: cell.clone().set_num_format("#,##0.0#"),
            fraction: cell.clone().set_num_format("0.0000"),
            percent: cell.clone().set_num_format("0.0%"),
            date: cell.set_num_format("dd/mm/yyyy"),
        }
    }

    /// The number format for a value of `indicator`.
    fn number(&self, indicator: &Indicator, value: f64) -> &Format {
        match indicator.unit {
            MeasureUnit::Score { max } if max <= 1.0 => &self.fraction,
            _ if value.fract() == 0.0 => &self.integer,
            _ => &self.decimal,
        }
    }
}

/// The workbook of `project` as XLSX bytes, with headers and statuses in `lang`.
pub fn xlsx_bytes(project: &Project, lang: Lang) -> Result<Vec<u8>, SpreadsheetError> {
    build(project, lang).map_err(|e| SpreadsheetError::Xlsx(e.to_string()))
}

fn build(project: &Project, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let texts = lang.texts();
    let summary = summarize(project);
    let table = ReportTable::new(project, &summary);
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let title = if project.title.is_empty() {
        texts.report.title.to_owned()
    } else {
        project.title.clone()
    };
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_company(&project.unit.name),
    );
    for (pillar, rows) in &table.pillars {
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(texts.pillar(*pillar)))?;
        pillar_sheet(sheet, &table, rows, &formats, lang)?;
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts.report.measurements_sheet)?;
    measurements_sheet(sheet, project, &formats, lang)?;
    workbook.save_to_buffer()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect()
}

/// Headers, widths, frozen header row and print settings.
fn set_up(
    sheet: &mut Worksheet,
    header: &[String],
    widths: &[f64],
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (column, (title, width)) in header.iter().zip(widths).enumerate() {
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, column, title, &formats.header)?;
        sheet.set_column_width(column, *width)?;
    }
    sheet.set_row_height(0, 32)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_paper_size(PAPER_A4);
    sheet.set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn pillar_sheet(
    sheet: &mut Worksheet,
    table: &ReportTable,
    rows: &[TableRow],
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts().report;
    let mut header = table.header(lang);
    header.extend([
        texts.col_id.to_owned(),
        texts.col_result_date.to_owned(),
        texts.col_baseline_date.to_owned(),
    ]);
    let mut widths = vec![5.0, 60.0, 12.0, 12.0];
    widths.extend(table.target_years.iter().map(|_| 12.0));
    widths.extend([14.0, 12.0, 14.0, 24.0, 30.0, 12.0, 12.0]);
    set_up(sheet, &header, &widths, formats)?;
    for (index, row) in rows.iter().enumerate() {
        let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let indicator = row.indicator;
        let number = u32::try_from(row.number).unwrap_or(0);
        sheet.write_number_with_format(line, 0, number, &formats.integer)?;
        let name = indicator_name(indicator, lang);
        sheet.write_string_with_format(line, 1, name, &formats.wrapped)?;
        sheet.write_string_with_format(line, 2, unit_text(indicator, lang), &formats.text)?;
        let mut column = 3;
        write_value(
            sheet,
            line,
            column,
            indicator,
            row.baseline(),
            formats,
            lang,
        )?;
        for year in &table.target_years {
            column += 1;
            write_value(
                sheet,
                line,
                column,
                indicator,
                row.target(*year),
                formats,
                lang,
            )?;
        }
        let result = row.result();
        column += 1;
        write_value(
            sheet,
            line,
            column,
            indicator,
            result.map(|r| r.1),
            formats,
            lang,
        )?;
        for share in [row.share_of_target(), row.roadmap()] {
            column += 1;
            match share {
                Some(share) => {
                    sheet.write_number_with_format(line, column, share, &formats.percent)?
                }
                None => sheet.write_string_with_format(
                    line,
                    column,
                    lang.texts().none,
                    &formats.text,
                )?,
            };
        }
        sheet.write_string_with_format(line, column + 1, row.assessment(lang), &formats.text)?;
        sheet.write_string_with_format(line, column + 2, &indicator.id, &formats.text)?;
        write_date(sheet, line, column + 3, result.map(|r| r.0), formats)?;
        write_date(sheet, line, column + 4, row.baseline_date(), formats)?;
    }
    Ok(())
}

fn measurements_sheet(
    sheet: &mut Worksheet,
    project: &Project,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let header: Vec<String> = lang
        .texts()
        .report
        .measurement_columns
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    let widths = [30.0, 60.0, 12.0, 12.0, 12.0, 12.0, 36.0, 30.0, 30.0];
    set_up(sheet, &header, &widths, formats)?;
    let mut line = 0_u32;
    for indicator in &project.indicators {
        let mut measurements: Vec<_> = indicator.measurements.iter().collect();
        measurements.sort_by_key(|m| m.date);
        for m in measurements {
            line += 1;
            sheet.write_string_with_format(line, 0, &indicator.id, &formats.text)?;
            let name = indicator_name(indicator, lang);
            sheet.write_string_with_format(line, 1, name, &formats.text)?;
            write_date(sheet, line, 2, Some(m.date), formats)?;
            write_value(sheet, line, 3, indicator, Some(m.value), formats, lang)?;
            for (column, number) in [(4, m.numerator), (5, m.denominator)] {
                match number {
                    Some(n) => sheet.write_number_with_format(line, column, n, &formats.decimal)?,
                    None => sheet.write_blank(line, column, &formats.text)?,
                };
            }
            for (column, text) in [(6, &m.evidence), (7, &m.source), (8, &m.note)] {
                sheet.write_string_with_format(line, column, text, &formats.text)?;
            }
        }
    }
    if line > 0 {
        sheet.autofilter(0, 0, line, 8)?;
    }
    Ok(())
}

/// A value of `indicator`: a number, or "Có"/"Không" for yes-no indicators; blank when missing.
fn write_value(
    sheet: &mut Worksheet,
    line: u32,
    column: u16,
    indicator: &Indicator,
    value: Option<f64>,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    match value {
        None => sheet.write_blank(line, column, &formats.text)?,
        Some(v) if indicator.unit.is_yes_no() => {
            let word = yes_no_text(indicator, v, lang);
            sheet.write_string_with_format(line, column, word, &formats.text)?
        }
        Some(v) => sheet.write_number_with_format(line, column, v, formats.number(indicator, v))?,
    };
    Ok(())
}

fn write_date(
    sheet: &mut Worksheet,
    line: u32,
    column: u16,
    date: Option<NaiveDate>,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let excel = date.and_then(|d| {
        let year = u16::try_from(d.year()).ok()?;
        ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).ok()
    });
    match excel {
        Some(excel) => sheet.write_datetime_with_format(line, column, &excel, &formats.date)?,
        None => sheet.write_blank(line, column, &formats.text)?,
    };
    Ok(())
}
