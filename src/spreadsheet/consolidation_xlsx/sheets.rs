//! The matrix, ranking, completeness and per-indicator sheets.

use crate::i18n::indicator_name;
use chrono::{Datelike as _, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Worksheet, XlsxError};

use super::{Book, Formats, set_up, title_rows};
use crate::consolidate::{
    Completeness, Consolidation, MemberValue, figure_text, member_status_text,
};
use crate::i18n::{Lang, format_date};
use crate::progress::Status;

fn row_of(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX / 2)
}

fn column_of(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX / 2)
}

/// A member's value in a cell: the number (yes/no as words) in its status colour.
fn value_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    value: Option<&MemberValue>,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts();
    let Some(value) = value else {
        sheet.write_blank(row, column, &formats.text)?;
        return Ok(());
    };
    let format = formats.status(value.status);
    match value.counted {
        None => sheet.write_string_with_format(row, column, texts.none, format)?,
        Some(counted) if value.unit.is_yes_no() => {
            let word = texts
                .yes_no_words
                .word(value.yes_no_words, counted.value >= 0.5);
            sheet.write_string_with_format(row, column, word, format)?
        }
        Some(counted) => sheet.write_number_with_format(row, column, counted.value, format)?,
    };
    Ok(())
}

fn date_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    date: NaiveDate,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let year = u16::try_from(date.year()).unwrap_or(1900);
    match ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8) {
        Ok(excel) => sheet.write_datetime_with_format(row, column, &excel, &formats.date)?,
        Err(_) => sheet.write_string_with_format(row, column, format_date(date), &formats.text)?,
    };
    Ok(())
}

/// Units × indicators, each cell in its status colour; the consolidated figures on top.
pub fn matrix(
    sheet: &mut Worksheet,
    opened: Book<'_>,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts();
    let words = texts.consolidate;
    let consolidation = opened.consolidation;
    let top = title_rows(sheet, opened, formats, lang)?;
    let mut header = vec![texts.report.col_number, words.col_unit];
    header.extend(
        consolidation
            .indicators
            .iter()
            .map(|i| indicator_name(&i.template, lang)),
    );
    let mut widths = vec![5.0, 26.0];
    widths.extend(consolidation.indicators.iter().map(|_| 14.0));
    set_up(sheet, top, &header, &widths, formats)?;
    sheet.set_row_height(top, 96)?;
    sheet.write_string_with_format(top + 1, 1, words.consolidated_row, &formats.header)?;
    for (index, indicator) in consolidation.indicators.iter().enumerate() {
        let column = column_of(index + 2);
        match indicator.combined.figure() {
            Some(figure) => {
                sheet.write_number_with_format(top + 1, column, figure, &formats.number)?
            }
            None => sheet.write_string_with_format(
                top + 1,
                column,
                figure_text(indicator, consolidation, lang),
                &formats.wrapped,
            )?,
        };
    }
    sheet.set_freeze_panes(top + 2, 2)?;
    for (member_index, member) in consolidation.members.iter().enumerate() {
        let row = top + 2 + row_of(member_index);
        sheet.write_number_with_format(row, 0, (member_index + 1) as f64, &formats.text)?;
        sheet.write_string_with_format(row, 1, member.display_name(), &formats.text)?;
        for indicator in 0..consolidation.indicators.len() {
            let value = consolidation.cell(member_index, indicator);
            value_cell(sheet, row, column_of(indicator + 2), value, formats, lang)?;
        }
    }
    // The legend: every status in its colour, since colour alone says nothing when printed grey.
    let legend = top + 3 + row_of(consolidation.members.len());
    for (offset, status) in Status::ALL.iter().enumerate() {
        let name = texts.status(*status, false);
        sheet.write_string_with_format(
            legend,
            column_of(offset + 1),
            name,
            formats.status(*status),
        )?;
    }
    Ok(())
}

/// Units best first, with their counts by status, mean completion and the indicator most behind.
pub fn ranking(
    sheet: &mut Worksheet,
    consolidation: &Consolidation,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts();
    let words = texts.consolidate;
    let mut header = vec![words.col_rank, words.col_unit, words.col_completion];
    header.extend(Status::ALL.iter().map(|s| texts.status(*s, false)));
    header.push(words.col_most_behind);
    let mut widths = vec![6.0, 26.0, 16.0];
    widths.extend([10.0; 6]);
    widths.push(50.0);
    set_up(sheet, 0, &header, &widths, formats)?;
    sheet.set_freeze_panes(1, 2)?;
    for (rank, member_index) in consolidation.ranking.iter().enumerate() {
        let Some(member) = consolidation.members.get(*member_index) else {
            continue;
        };
        let row = 1 + row_of(rank);
        sheet.write_number_with_format(row, 0, (rank + 1) as f64, &formats.text)?;
        sheet.write_string_with_format(row, 1, member.display_name(), &formats.text)?;
        match member.mean_progress {
            Some(progress) => sheet.write_number_with_format(row, 2, progress, &formats.percent)?,
            None => sheet.write_blank(row, 2, &formats.text)?,
        };
        for (offset, status) in Status::ALL.iter().enumerate() {
            let count = member.counts.count(*status) as f64;
            sheet.write_number_with_format(row, column_of(3 + offset), count, &formats.number)?;
        }
        let behind = member
            .most_behind
            .as_deref()
            .and_then(|id| consolidation.indicator_index(id))
            .and_then(|i| consolidation.indicators.get(i))
            .map(|i| indicator_name(&i.template, lang))
            .unwrap_or_default();
        sheet.write_string_with_format(row, 9, behind, &formats.wrapped)?;
    }
    Ok(())
}

/// Failed files, second files, other reporting dates, and what each unit lacks.
pub fn completeness(
    sheet: &mut Worksheet,
    consolidation: &Consolidation,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let words = lang.texts().consolidate;
    let report = Completeness::of(consolidation);
    let names = |indexes: &[usize]| {
        indexes
            .iter()
            .filter_map(|i| consolidation.indicators.get(*i))
            .map(|i| indicator_name(&i.template, lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let member_name = |index: usize| {
        consolidation
            .members
            .get(index)
            .map(|m| m.display_name())
            .unwrap_or_default()
    };
    for (column, width) in [(0, 28.0), (1, 40.0), (2, 40.0), (3, 40.0)] {
        sheet.set_column_width(column, width)?;
    }
    let mut row = 0;
    let unit_word = crate::consolidate::units_word(&consolidation.members, lang);
    let complete = (words.complete_line)(
        report.complete.len(),
        consolidation.members.len(),
        unit_word,
    );
    sheet.write_string_with_format(row, 0, &complete, &formats.title)?;
    row += 2;
    sheet.write_string_with_format(row, 0, words.failed_heading, &formats.title)?;
    row += 1;
    for failure in &consolidation.failures {
        sheet.write_string_with_format(
            row,
            0,
            failure.path.display().to_string(),
            &formats.text,
        )?;
        sheet.merge_range(row, 1, row, 3, &failure.message(lang), &formats.wrapped)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, words.duplicates_heading, &formats.title)?;
    row += 1;
    for duplicate in &consolidation.duplicates {
        sheet.write_string_with_format(
            row,
            0,
            duplicate.path.display().to_string(),
            &formats.text,
        )?;
        sheet.write_string_with_format(row, 1, member_name(duplicate.kept), &formats.text)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, words.other_dates_heading, &formats.title)?;
    row += 1;
    for member in &report.other_dates {
        let Some(snapshot) = consolidation.members.get(*member) else {
            continue;
        };
        sheet.write_string_with_format(row, 0, member_name(*member), &formats.text)?;
        date_cell(sheet, row, 1, snapshot.plan_as_of, formats)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, words.gaps_heading, &formats.title)?;
    row += 1;
    let header = [
        words.col_unit,
        words.col_no_value,
        words.col_out_of_period,
        words.col_later,
    ];
    for (column, title) in header.iter().enumerate() {
        sheet.write_string_with_format(row, column_of(column), *title, &formats.header)?;
    }
    row += 1;
    for gaps in &report.gaps {
        sheet.write_string_with_format(row, 0, member_name(gaps.member), &formats.text)?;
        sheet.write_string_with_format(row, 1, names(&gaps.no_value), &formats.wrapped)?;
        sheet.write_string_with_format(row, 2, names(&gaps.out_of_period), &formats.wrapped)?;
        sheet.write_string_with_format(row, 3, names(&gaps.later_values), &formats.wrapped)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, words.conflicts_heading, &formats.title)?;
    row += 1;
    sheet.write_string_with_format(row, 0, names(&report.unit_conflicts), &formats.text)?;
    Ok(())
}

/// One indicator: its consolidated figure, then every unit's value, best first.
pub fn indicator(
    sheet: &mut Worksheet,
    consolidation: &Consolidation,
    index: usize,
    formats: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let texts = lang.texts();
    let words = texts.consolidate;
    let Some(indicator) = consolidation.indicators.get(index) else {
        return Ok(());
    };
    sheet.write_string_with_format(
        0,
        0,
        indicator_name(&indicator.template, lang),
        &formats.title,
    )?;
    let rule = format!(
        "{}: {}",
        words.col_rule,
        crate::consolidate::rule_name(indicator.rule, lang)
    );
    sheet.write_string(1, 0, &rule)?;
    let figure = format!(
        "{}: {}",
        words.col_figure,
        figure_text(indicator, consolidation, lang)
    );
    sheet.write_string(2, 0, &figure)?;
    let header = [
        texts.report.col_number,
        words.col_unit,
        words.col_value,
        words.col_date,
        texts.report.measurement_columns[4],
        texts.report.measurement_columns[5],
        words.col_target,
        words.col_status,
    ];
    let widths = [5.0, 26.0, 14.0, 13.0, 12.0, 12.0, 14.0, 22.0];
    set_up(sheet, 4, &header, &widths, formats)?;
    sheet.set_freeze_panes(5, 2)?;
    let mut rows: Vec<(usize, &MemberValue)> = (0..consolidation.members.len())
        .filter_map(|m| consolidation.cell(m, index).map(|v| (m, v)))
        .collect();
    let lower_is_better =
        indicator.template.judged_direction() == crate::model::Direction::LowerIsBetter;
    rows.sort_by(|a, b| {
        let key = |v: &MemberValue| v.counted.map(|c| c.value);
        let order = match (key(a.1), key(b.1)) {
            (Some(x), Some(y)) if lower_is_better => x.total_cmp(&y),
            (Some(x), Some(y)) => y.total_cmp(&x),
            (x, y) => y.is_some().cmp(&x.is_some()),
        };
        order.then(a.0.cmp(&b.0))
    });
    for (position, (member, value)) in rows.iter().enumerate() {
        let row = 5 + row_of(position);
        let name = consolidation
            .members
            .get(*member)
            .map(|m| m.display_name())
            .unwrap_or_default();
        sheet.write_number_with_format(row, 0, (position + 1) as f64, &formats.text)?;
        sheet.write_string_with_format(row, 1, &name, &formats.text)?;
        value_cell(sheet, row, 2, Some(value), formats, lang)?;
        match value.counted {
            Some(counted) => date_cell(sheet, row, 3, counted.date, formats)?,
            None => sheet.write_blank(row, 3, &formats.text).map(|_| ())?,
        }
        for (column, number) in [
            (4, value.counted.and_then(|c| c.numerator)),
            (5, value.counted.and_then(|c| c.denominator)),
            (6, value.current_target.map(|t| t.value)),
        ] {
            match number {
                Some(n) => sheet.write_number_with_format(row, column, n, &formats.number)?,
                None => sheet.write_blank(row, column, &formats.text)?,
            };
        }
        let status = member_status_text(value, lang);
        sheet.write_string_with_format(row, 7, &status, formats.status(value.status))?;
    }
    Ok(())
}
