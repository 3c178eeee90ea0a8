//! The ranking of units by self-assessment points as an Excel sheet, as provinces publish it:
//! STT, đơn vị, điểm từng nhóm, tổng điểm, chỉ số, xếp hạng. Points are numbers.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::SpreadsheetError;
use crate::consolidate::{Consolidation, score_ranking};
use crate::i18n::{Lang, name_in};
use crate::scoring::{ScoreIndex, from_cents};

/// The ranking of the scored members of `consolidation` by `index` as XLSX bytes.
pub fn ranking_xlsx_bytes(
    index: &ScoreIndex,
    consolidation: &Consolidation,
    lang: Lang,
) -> Result<Vec<u8>, SpreadsheetError> {
    build(index, consolidation, lang).map_err(|e| SpreadsheetError::Xlsx(e.to_string()))
}

fn build(
    index: &ScoreIndex,
    consolidation: &Consolidation,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let texts = lang.texts().scoring;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts.ranking_sheet)?;
    let cell = Format::new().set_border(FormatBorder::Thin);
    let points = cell.clone().set_num_format("#,##0.00");
    let fraction = cell.clone().set_num_format("0.0000");
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(0x00D9_D9D9)
        .set_border(FormatBorder::Thin);
    let title = format!(
        "{} — {}",
        texts.ranking_heading,
        name_in(&index.name, index.name_en.as_deref(), lang)
    );
    sheet.write_string_with_format(0, 0, &title, &Format::new().set_bold())?;
    let mut titles: Vec<String> = vec![texts.col_number.to_owned(), texts.col_unit.to_owned()];
    titles.extend(
        index
            .groups
            .iter()
            .map(|g| name_in(&g.name, g.name_en.as_deref(), lang).to_owned()),
    );
    titles.extend([texts.total_card, texts.index_card, texts.col_rank].map(str::to_owned));
    let header_row = 2;
    for (column, text) in (0u16..).zip(&titles) {
        sheet.write_string_with_format(header_row, column, text, &header)?;
        sheet.set_column_width(column, if column == 1 { 28.0 } else { 12.0 })?;
    }
    let groups = u16::try_from(index.groups.len()).unwrap_or(u16::MAX);
    for (row, (number, ranked)) in
        (header_row + 1..).zip(score_ranking(consolidation).iter().enumerate())
    {
        let Some(member) = consolidation.members.get(ranked.position) else {
            continue;
        };
        let Some(score) = &member.score else { continue };
        sheet.write_number_with_format(row, 0, u32::try_from(number + 1).unwrap_or(0), &cell)?;
        sheet.write_string_with_format(row, 1, member.display_name(), &cell)?;
        for (column, cents) in (2u16..).zip(&score.groups) {
            sheet.write_number_with_format(row, column, from_cents(*cents), &points)?;
        }
        sheet.write_number_with_format(row, 2 + groups, from_cents(score.total_cents), &points)?;
        sheet.write_number_with_format(row, 3 + groups, score.index_value, &fraction)?;
        let rank = u32::try_from(ranked.rank).unwrap_or(0);
        sheet.write_number_with_format(row, 4 + groups, rank, &cell)?;
    }
    sheet.set_freeze_panes(header_row + 1, 2)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    workbook.save_to_buffer()
}
