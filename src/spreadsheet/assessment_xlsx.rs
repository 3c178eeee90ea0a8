//! The self-assessment form as an Excel sheet, as offices fill it by hand today: the unit and
//! the form's title, the total and the 0–1 index, then STT, tiêu chí, điểm tối đa, cách tính
//! điểm, điểm tự chấm, giải trình, tài liệu kiểm chứng, a bold row per group. Points are numbers
//! (2 decimals), so the office can add them up or sort them; text is text (never a formula).

use rust_xlsxwriter::{DocProperties, Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::SpreadsheetError;
use crate::i18n::{Lang, name_in};
use crate::model::Project;
use crate::scoring::{ScoreIndex, computation_words, from_cents, index_value_text, score_plan};

/// A4 in Excel's paper size numbering.
const PAPER_A4: u8 = 9;

/// The form of `project` by `index` for `year` (its reporting year when `None`) as XLSX bytes.
pub fn assessment_xlsx_bytes(
    project: &Project,
    index: &ScoreIndex,
    year: Option<i32>,
    lang: Lang,
) -> Result<Vec<u8>, SpreadsheetError> {
    build(project, index, year, lang).map_err(|e| SpreadsheetError::Xlsx(e.to_string()))
}

fn build(
    project: &Project,
    index: &ScoreIndex,
    year: Option<i32>,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let texts = lang.texts().scoring;
    let card = score_plan(index, project, year);
    let mut workbook = Workbook::new();
    let title = (texts.report_form_title)(card.year);
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_company(&project.unit.name),
    );
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts.tab)?;
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top);
    let wrapped = cell.clone().set_text_wrap();
    let points = cell.clone().set_num_format("#,##0.00");
    let bold = Format::new().set_bold();
    let group_text = wrapped.clone().set_bold().set_background_color(0x00F2_F2F2);
    let group_points = points.clone().set_bold().set_background_color(0x00F2_F2F2);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(0x00D9_D9D9)
        .set_border(FormatBorder::Thin);
    sheet.write_string_with_format(0, 0, &project.unit.name, &bold)?;
    sheet.write_string_with_format(1, 0, &title, &bold)?;
    let name = name_in(&index.name, index.name_en.as_deref(), lang);
    let total = (texts.report_total)(
        name,
        &crate::scoring::points_text(card.total(), lang),
        &crate::scoring::points_text(card.max(), lang),
        &index_value_text(card.index_value(), lang),
    );
    sheet.write_string(2, 0, &total)?;
    let header_row = 4;
    write_header(sheet, lang, header_row, &header)?;
    let mut row = header_row + 1;
    for (g, (group, score)) in index.groups.iter().zip(&card.groups).enumerate() {
        sheet.write_string_with_format(row, 0, crate::scoring::group_number(g + 1), &group_text)?;
        let group_name = name_in(&group.name, group.name_en.as_deref(), lang);
        sheet.write_string_with_format(row, 1, group_name, &group_text)?;
        sheet.write_number_with_format(row, 2, from_cents(score.max_cents), &group_points)?;
        sheet.write_string_with_format(row, 3, "", &group_text)?;
        sheet.write_number_with_format(row, 4, from_cents(score.cents), &group_points)?;
        sheet.write_string_with_format(row, 5, "", &group_text)?;
        sheet.write_string_with_format(row, 6, "", &group_text)?;
        row += 1;
        for (c, (criterion, line)) in group.criteria.iter().zip(&score.criteria).enumerate() {
            let indicator = criterion
                .rule
                .indicator()
                .and_then(|id| project.indicator(id));
            let entry = project.assessment_entry(&criterion.id, card.year);
            let words = computation_words(criterion, &line.outcome, indicator, card.year, lang);
            let evidence = entry
                .map(|e| e.evidence.as_str())
                .filter(|e| !e.trim().is_empty())
                .unwrap_or(&criterion.evidence);
            let criterion_name = name_in(&criterion.name, criterion.name_en.as_deref(), lang);
            sheet.write_string_with_format(row, 0, format!("{}.{}", g + 1, c + 1), &cell)?;
            sheet.write_string_with_format(row, 1, criterion_name, &wrapped)?;
            sheet.write_number_with_format(row, 2, criterion.max_points, &points)?;
            sheet.write_string_with_format(row, 3, &words, &wrapped)?;
            sheet.write_number_with_format(row, 4, from_cents(line.outcome.cents), &points)?;
            let explanation = entry.map(|e| e.explanation.as_str()).unwrap_or_default();
            sheet.write_string_with_format(row, 5, explanation, &wrapped)?;
            sheet.write_string_with_format(row, 6, evidence, &wrapped)?;
            row += 1;
        }
    }
    sheet.write_string_with_format(row, 1, texts.total_card, &group_text)?;
    sheet.write_number_with_format(row, 2, card.max(), &group_points)?;
    sheet.write_number_with_format(row, 4, card.total(), &group_points)?;
    workbook.save_to_buffer()
}

/// The form's column headers and widths, the frozen header and the print settings.
fn write_header(
    sheet: &mut rust_xlsxwriter::Worksheet,
    lang: Lang,
    header_row: u32,
    header: &Format,
) -> Result<(), XlsxError> {
    let texts = lang.texts().scoring;
    let columns = [
        (texts.col_number, 6.0),
        (texts.col_criterion, 48.0),
        (texts.col_max, 10.0),
        (texts.col_rule, 46.0),
        (texts.col_points, 10.0),
        (texts.col_explanation, 34.0),
        (texts.col_evidence, 34.0),
    ];
    for (column, (text, width)) in (0u16..).zip(columns) {
        sheet.write_string_with_format(header_row, column, text, header)?;
        sheet.set_column_width(column, width)?;
    }
    sheet.set_freeze_panes(header_row + 1, 0)?;
    sheet.set_paper_size(PAPER_A4);
    sheet.set_landscape();
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}
