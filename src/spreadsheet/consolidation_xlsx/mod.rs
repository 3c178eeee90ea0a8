//! The workbook of a consolidation (feature `reports`): a summary sheet of the consolidated
//! figures, the units × indicators matrix in status colours, the ranking of units, the
//! completeness of the reports, and one sheet per indicator listing the units' values.

mod sheets;

use crate::i18n::indicator_name;
use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::SpreadsheetError;
use crate::charts::{Rgb, status_rgb, status_text_rgb};
use crate::consolidate::{
    Collection, ConsolidatedIndicator, Consolidation, figure_text, targets_met_text,
};
use crate::i18n::{Lang, format_date};
use crate::progress::Status;
use crate::report::unit_text;
use crate::storage::write_atomic;

/// A4 in Excel's paper size numbering.
const PAPER_A4: u8 = 9;

/// The cell formats of the workbook.
struct Formats {
    title: Format,
    header: Format,
    text: Format,
    wrapped: Format,
    number: Format,
    percent: Format,
    date: Format,
    /// One fill per status, in [`Status::ALL`] order.
    statuses: Vec<Format>,
}

fn colour(rgb: Rgb) -> u32 {
    (u32::from(rgb.0) << 16) | (u32::from(rgb.1) << 8) | u32::from(rgb.2)
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Self {
            title: Format::new().set_bold().set_font_size(13),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(0x00D9_D9D9)
                .set_border(FormatBorder::Thin),
            text: cell.clone(),
            wrapped: cell.clone().set_text_wrap(),
            number: cell.clone().set_num_format("#,##0.##"),
            percent: cell.clone().set_num_format("0.0%"),
            date: cell.clone().set_num_format("dd/mm/yyyy"),
            statuses: Status::ALL
                .iter()
                .map(|status| {
                    cell.clone()
                        .set_num_format("#,##0.##")
                        .set_align(FormatAlign::Center)
                        .set_background_color(colour(status_rgb(*status)))
                        .set_font_color(colour(status_text_rgb(*status)))
                })
                .collect(),
        }
    }

    fn status(&self, status: Status) -> &Format {
        let index = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        self.statuses.get(index).unwrap_or(&self.text)
    }
}

/// The collection and its consolidation, as the sheets need them.
#[derive(Clone, Copy)]
pub(super) struct Book<'a> {
    collection: &'a Collection,
    consolidation: &'a Consolidation,
}

/// The workbook of `consolidation` (of `collection`) as XLSX bytes, in `lang`.
pub fn xlsx_bytes(
    collection: &Collection,
    consolidation: &Consolidation,
    lang: Lang,
) -> Result<Vec<u8>, SpreadsheetError> {
    let book = Book {
        collection,
        consolidation,
    };
    build(book, lang).map_err(|e| SpreadsheetError::Xlsx(e.to_string()))
}

/// Writes the workbook to `path` atomically.
pub fn write_xlsx(
    collection: &Collection,
    consolidation: &Consolidation,
    path: &Path,
    lang: Lang,
) -> Result<(), SpreadsheetError> {
    let bytes = xlsx_bytes(collection, consolidation, lang)?;
    write_atomic(path, &bytes).map_err(SpreadsheetError::Write)
}

fn build(book: Book<'_>, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let texts = lang.texts().consolidate;
    let consolidation = book.consolidation;
    let opened = book;
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&book.collection.title)
            .set_company(&book.collection.unit.name),
    );
    let (summary_name, matrix_name) = (texts.sheet_summary, texts.sheet_matrix);
    let (ranking_name, completeness_name) = (texts.sheet_ranking, texts.sheet_completeness);
    let mut names = Vec::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(unique_name(summary_name, &mut names))?;
    summary_sheet(sheet, opened, &formats, lang)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(unique_name(matrix_name, &mut names))?;
    sheets::matrix(sheet, opened, &formats, lang)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(unique_name(ranking_name, &mut names))?;
    sheets::ranking(sheet, consolidation, &formats, lang)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(unique_name(completeness_name, &mut names))?;
    sheets::completeness(sheet, consolidation, &formats, lang)?;
    for (index, indicator) in consolidation.indicators.iter().enumerate() {
        let sheet = workbook.add_worksheet();
        let name = format!(
            "{:02} {}",
            index + 1,
            indicator_name(&indicator.template, lang)
        );
        sheet.set_name(unique_name(&name, &mut names))?;
        sheets::indicator(sheet, consolidation, index, &formats, lang)?;
    }
    workbook.save_to_buffer()
}

/// A sheet name Excel accepts (at most 31 characters, none of `[]:*?/\`) and not used yet.
fn unique_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    let mut candidate = clean.trim().to_owned();
    let mut number = 1;
    while used
        .iter()
        .any(|u| u.to_lowercase() == candidate.to_lowercase())
    {
        number += 1;
        let suffix = format!(" ({number})");
        let room = 31 - suffix.chars().count();
        candidate = format!("{}{suffix}", clean.chars().take(room).collect::<String>());
    }
    used.push(candidate.clone());
    candidate
}

/// The title lines at the top of a sheet; returns the first free row.
fn title_rows(
    sheet: &mut Worksheet,
    opened: Book<'_>,
    formats: &Formats,
    lang: Lang,
) -> Result<u32, XlsxError> {
    let texts = lang.texts().consolidate;
    let consolidation = opened.consolidation;
    let title = if opened.collection.title.is_empty() {
        opened.collection.unit.name.clone()
    } else {
        opened.collection.title.clone()
    };
    sheet.write_string_with_format(0, 0, &title, &formats.title)?;
    let period = (texts.period_line)(
        &format_date(consolidation.period_start),
        &format_date(consolidation.as_of),
    );
    sheet.write_string(1, 0, &period)?;
    Ok(3)
}

fn set_up(
    sheet: &mut Worksheet,
    row: u32,
    header: &[&str],
    widths: &[f64],
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (column, (title, width)) in header.iter().zip(widths).enumerate() {
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        sheet.write_string_with_format(row, column, *title, &formats.header)?;
        sheet.set_column_width(column, *width)?;
    }
    sheet.set_paper_size(PAPER_A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn summary_sheet(
    sheet: &mut Worksheet,
    opened: Book<'_>,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts();
    let words = texts.consolidate;
    let consolidation = opened.consolidation;
    let top = title_rows(sheet, opened, formats, lang)?;
    let mut header = vec![
        texts.report.col_number,
        texts.report.col_indicator,
        texts.report.col_unit,
        words.col_rule,
        words.col_figure,
        words.col_text,
        words.col_met,
        words.col_reporting,
    ];
    header.extend(Status::ALL.iter().map(|s| texts.status(*s, false)));
    let mut widths = vec![5.0, 50.0, 12.0, 24.0, 14.0, 60.0, 24.0, 12.0];
    widths.extend([10.0; 6]);
    set_up(sheet, top, &header, &widths, formats)?;
    sheet.set_freeze_panes(top + 1, 2)?;
    for (index, indicator) in consolidation.indicators.iter().enumerate() {
        let row = top + 1 + u32::try_from(index).unwrap_or(u32::MAX - top - 1);
        summary_row(sheet, row, index, indicator, consolidation, formats, lang)?;
    }
    Ok(())
}

fn summary_row(
    sheet: &mut Worksheet,
    row: u32,
    index: usize,
    indicator: &ConsolidatedIndicator,
    consolidation: &Consolidation,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let template = &indicator.template;
    sheet.write_number_with_format(row, 0, (index + 1) as f64, &formats.text)?;
    sheet.write_string_with_format(row, 1, &template.name, &formats.wrapped)?;
    sheet.write_string_with_format(row, 2, unit_text(template, lang), &formats.text)?;
    sheet.write_string_with_format(
        row,
        3,
        crate::consolidate::rule_name(indicator.rule, lang),
        &formats.wrapped,
    )?;
    match indicator.combined.figure() {
        Some(figure) => sheet.write_number_with_format(row, 4, figure, &formats.number)?,
        None => sheet.write_blank(row, 4, &formats.text)?,
    };
    let text = figure_text(indicator, consolidation, lang);
    sheet.write_string_with_format(row, 5, &text, &formats.wrapped)?;
    let met = targets_met_text(indicator, consolidation, lang).unwrap_or_default();
    sheet.write_string_with_format(row, 6, &met, &formats.wrapped)?;
    let reporting = format!("{}/{}", indicator.reporting, indicator.with_indicator);
    sheet.write_string_with_format(row, 7, &reporting, &formats.text)?;
    for (offset, status) in Status::ALL.iter().enumerate() {
        let column = 8 + u16::try_from(offset).unwrap_or(0);
        let count = indicator.statuses.count(*status) as f64;
        sheet.write_number_with_format(row, column, count, &formats.number)?;
    }
    Ok(())
}
