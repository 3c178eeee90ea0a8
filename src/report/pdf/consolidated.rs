//! The consolidated variant of the PDF report: the collection's header, the consolidated figure of
//! every indicator, a section on the units (their ranking, completion and the indicator most
//! behind), and the completeness of the reports.

use super::writer::{Align, Sheet, Style, Writer};
use crate::charts::{Rgb, status_rgb};
use crate::consolidate::{
    Collection, Completeness, Consolidation, figure_text, targets_met_text, units_word,
};
use crate::i18n::indicator_name;
use crate::i18n::{Lang, format_date, format_number};
use crate::progress::Status;
use crate::report::ExportOptions;
use crate::report::drawing::{FontStyle, Fonts, GREY, LIGHT, Pen, baseline, wrap_styled};
use crate::report::measures::LINE;

/// Table text size.
const BODY: f32 = 7.5;

/// Padding inside a cell.
const PAD: f32 = 3.0;

/// Side of a status colour square.
const SWATCH: f32 = 6.0;

/// Width of the dash before a list item; the item's later lines start under its text.
const HANGING: f32 = 9.0;

/// Horizontal alignment inside a table cell.
#[derive(Clone, Copy)]
enum CellAlign {
    Left,
    Center,
    Right,
}

/// One table cell.
struct Cell {
    text: String,
    align: CellAlign,
    swatch: Option<Rgb>,
}

fn cell(text: impl Into<String>, align: CellAlign) -> Cell {
    Cell {
        text: text.into(),
        align,
        swatch: None,
    }
}

/// Lays out the consolidated report.
pub fn layout(
    collection: &Collection,
    consolidation: &Consolidation,
    fonts: &Fonts,
    options: &ExportOptions,
) -> Vec<Sheet> {
    let lang = options.lang;
    let mut writer = Writer::new(fonts);
    header(&mut writer, collection, consolidation, lang);
    indicators(&mut writer, consolidation, lang);
    units(&mut writer, consolidation, lang);
    completeness(&mut writer, consolidation, lang);
    let mut sheets = writer.sheets;
    footers(&mut sheets, fonts, options);
    sheets
}

fn heading(writer: &mut Writer, text: &str) {
    writer.ensure(80.0);
    writer.y += 4.0;
    let style = Style::plain(11.0).face(FontStyle::Bold).after(5.0);
    writer.paragraph(text, style);
}

fn header(writer: &mut Writer, collection: &Collection, consolidation: &Consolidation, lang: Lang) {
    let texts = lang.texts();
    let words = texts.consolidate;
    let name = if collection.unit.name.is_empty() {
        texts.untitled
    } else {
        collection.unit.name.as_str()
    };
    let bold = Style::plain(10.0).face(FontStyle::Bold).after(14.0);
    writer.paragraph(&name.to_uppercase(), bold);
    let centered = |size: f32, bold: bool, after: f32| {
        Style::plain(size)
            .face(FontStyle::bold_if(bold))
            .align(Align::Center)
            .after(after)
    };
    writer.paragraph(words.pdf_title, centered(14.0, true, 4.0));
    if !collection.title.is_empty() {
        writer.paragraph(&collection.title, centered(10.0, false, 2.0));
    }
    let period = (words.period_line)(
        &format_date(consolidation.period_start),
        &format_date(consolidation.as_of),
    );
    writer.paragraph(&period, centered(10.0, false, 10.0));
    let report = Completeness::of(consolidation);
    let word = units_word(&consolidation.members, lang);
    let sentence = format!(
        "{} {}",
        (words.pdf_members)(
            consolidation.members.len(),
            consolidation.failures.len(),
            word
        ),
        (words.complete_line)(report.complete.len(), consolidation.members.len(), word)
    );
    writer.paragraph(&sentence, Style::plain(10.0));
}

fn indicators(writer: &mut Writer, consolidation: &Consolidation, lang: Lang) {
    let texts = lang.texts();
    let words = texts.consolidate;
    heading(writer, words.pdf_section_indicators);
    let header = [
        texts.report.col_number,
        texts.report.col_indicator,
        words.col_rule,
        words.col_figure,
        words.col_met,
    ];
    let widths = [22.0, 0.0, 72.0, 150.0, 72.0];
    let rows = consolidation
        .indicators
        .iter()
        .enumerate()
        .map(|(index, indicator)| {
            let met = targets_met_text(indicator, consolidation, lang).unwrap_or_default();
            vec![
                cell((index + 1).to_string(), CellAlign::Center),
                cell(
                    indicator_name(&indicator.template, lang).to_owned(),
                    CellAlign::Left,
                ),
                cell(
                    crate::consolidate::rule_name(indicator.rule, lang),
                    CellAlign::Left,
                ),
                cell(figure_text(indicator, consolidation, lang), CellAlign::Left),
                cell(met, CellAlign::Left),
            ]
        })
        .collect();
    table(writer, &header, &widths, rows);
}

fn units(writer: &mut Writer, consolidation: &Consolidation, lang: Lang) {
    let texts = lang.texts();
    let words = texts.consolidate;
    heading(writer, words.pdf_section_units);
    let header = [
        words.col_rank,
        words.col_unit,
        words.col_completion,
        texts.status(Status::Achieved, false),
        words.col_attention,
        words.col_most_behind,
    ];
    let widths = [30.0, 110.0, 70.0, 40.0, 50.0, 0.0];
    let rows = consolidation
        .ranking
        .iter()
        .enumerate()
        .filter_map(|(rank, member)| {
            let member = consolidation.members.get(*member)?;
            let completion = member.mean_progress.map_or_else(
                || texts.none.to_owned(),
                |p| format!("{}%", format_number(p * 100.0, 1, lang)),
            );
            let behind = member
                .most_behind
                .as_deref()
                .and_then(|id| consolidation.indicator_index(id))
                .and_then(|i| consolidation.indicators.get(i))
                .map(|i| indicator_name(&i.template, lang).to_owned())
                .unwrap_or_default();
            let mut achieved = cell(member.counts.achieved.to_string(), CellAlign::Right);
            achieved.swatch = Some(status_rgb(Status::Achieved));
            let mut behind_count = cell(member.attention.to_string(), CellAlign::Right);
            behind_count.swatch = Some(status_rgb(Status::AtRisk));
            Some(vec![
                cell((rank + 1).to_string(), CellAlign::Center),
                cell(member.display_name(), CellAlign::Left),
                cell(completion, CellAlign::Right),
                achieved,
                behind_count,
                cell(behind, CellAlign::Left),
            ])
        })
        .collect();
    table(writer, &header, &widths, rows);
}

fn completeness(writer: &mut Writer, consolidation: &Consolidation, lang: Lang) {
    let words = lang.texts().consolidate;
    let report = Completeness::of(consolidation);
    heading(writer, words.pdf_section_completeness);
    let item = Style::plain(9.0).after(1.5);
    let bold = Style::plain(9.0).face(FontStyle::Bold).after(2.0);
    let member_name = |index: usize| {
        consolidation
            .members
            .get(index)
            .map(|m| m.display_name())
            .unwrap_or_default()
    };
    // A late unit lacks nearly everything: past a few, the count says enough.
    let names = |indexes: &[usize]| {
        if indexes.len() > 5 {
            return (words.indicator_count)(indexes.len());
        }
        indexes
            .iter()
            .filter_map(|i| consolidation.indicators.get(*i))
            .map(|i| indicator_name(&i.template, lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut sections: Vec<(&str, Vec<String>)> = vec![
        (
            words.failed_heading,
            consolidation
                .failures
                .iter()
                .map(|f| f.message(lang))
                .collect(),
        ),
        (
            words.duplicates_heading,
            consolidation
                .duplicates
                .iter()
                .map(|d| {
                    (words.duplicate_line)(&d.path.display().to_string(), &member_name(d.kept))
                })
                .collect(),
        ),
        (
            words.other_dates_heading,
            report
                .other_dates
                .iter()
                .filter_map(|m| consolidation.members.get(*m))
                .map(|m| format!("{} — {}", m.display_name(), format_date(m.plan_as_of)))
                .collect(),
        ),
    ];
    let gaps = report
        .gaps
        .iter()
        .filter(|g| !g.no_value.is_empty() || !g.out_of_period.is_empty())
        .map(|g| {
            let mut parts = Vec::new();
            if !g.no_value.is_empty() {
                parts.push(format!("{}: {}", words.col_no_value, names(&g.no_value)));
            }
            if !g.out_of_period.is_empty() {
                parts.push(format!(
                    "{}: {}",
                    words.col_out_of_period,
                    names(&g.out_of_period)
                ));
            }
            format!("{} — {}", member_name(g.member), parts.join(". "))
        })
        .collect();
    sections.push((words.gaps_heading, gaps));
    for (title, lines) in sections {
        writer.paragraph(title, bold);
        if lines.is_empty() {
            list_item(writer, words.nothing, item);
        }
        for line in lines {
            list_item(writer, &line, item);
        }
        writer.y += 3.0;
    }
}

/// A dash, then `text` in the column after it: its later lines start under its first word.
fn list_item(writer: &mut Writer, text: &str, style: Style) {
    let geometry = writer.geometry();
    writer.ensure(style.size * LINE);
    writer.line_at(geometry.left, HANGING, "–", style, true);
    let width = geometry.content_width() - HANGING;
    writer.paragraph_at(geometry.left + HANGING, width, text, style);
}

/// Line pitch inside table cells.
fn line_height(size: f32) -> f32 {
    size * 1.3
}

/// A table with its header repeated on every page it runs onto; a width of 0 takes the rest.
fn table(writer: &mut Writer, header: &[&str], widths: &[f32], rows: Vec<Vec<Cell>>) {
    let fixed: f32 = widths.iter().sum();
    let content = writer.geometry().content_width();
    let widths: Vec<f32> = widths
        .iter()
        .map(|w| if *w == 0.0 { content - fixed } else { *w })
        .collect();
    let header: Vec<Cell> = header.iter().map(|h| cell(*h, CellAlign::Center)).collect();
    let header_height = row_height(writer, &header, &widths, true);
    let first = rows
        .first()
        .map_or(0.0, |r| row_height(writer, r, &widths, false));
    writer.ensure(header_height + first);
    draw_row(writer, &header, &widths, true);
    for row in &rows {
        let bottom = writer.geometry().content_bottom();
        if writer.y + row_height(writer, row, &widths, false) > bottom {
            writer.new_page();
            draw_row(writer, &header, &widths, true);
        }
        draw_row(writer, row, &widths, false);
    }
    writer.y += 8.0;
}

fn inner_width(cell: &Cell, width: f32) -> f32 {
    let swatch = if cell.swatch.is_some() {
        SWATCH + 3.0
    } else {
        0.0
    };
    width - 2.0 * PAD - swatch
}

fn row_height(writer: &Writer, cells: &[Cell], widths: &[f32], bold: bool) -> f32 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(c, w)| wrap(writer.fonts, &c.text, bold, inner_width(c, *w)).len())
        .max()
        .unwrap_or(1);
    lines as f32 * line_height(BODY) + 2.0 * PAD
}

fn draw_row(writer: &mut Writer, cells: &[Cell], widths: &[f32], bold: bool) {
    let height = row_height(writer, cells, widths, bold);
    let top = writer.y;
    let mut x = writer.geometry().left;
    for (cell, width) in cells.iter().zip(widths) {
        let lines = wrap(writer.fonts, &cell.text, bold, inner_width(cell, *width));
        let fonts = writer.fonts;
        let page = writer.page();
        if bold {
            page.fill(x, top, *width, height, LIGHT);
        }
        page.frame(x, top, *width, height, Pen::solid(GREY, 0.4));
        let mut left = x + PAD;
        if let Some(color) = cell.swatch {
            page.fill(left, top + PAD + 1.5, SWATCH, SWATCH, color);
            page.frame(left, top + PAD + 1.5, SWATCH, SWATCH, Pen::solid(GREY, 0.3));
            left += SWATCH + 3.0;
        }
        let inner = inner_width(cell, *width);
        for (index, line) in lines.iter().enumerate() {
            let line_width = fonts.width(line, BODY, bold);
            let line_x = match cell.align {
                CellAlign::Left => left,
                CellAlign::Center => left + (inner - line_width) / 2.0,
                CellAlign::Right => left + inner - line_width,
            };
            let y = baseline(top + PAD + index as f32 * line_height(BODY), BODY);
            page.text(line_x, y, BODY, bold, line);
        }
        x += width;
    }
    writer.y += height;
}

/// A regular or bold cell's lines across `width`.
fn wrap(fonts: &Fonts, text: &str, bold: bool, width: f32) -> Vec<String> {
    wrap_styled(fonts, text, BODY, FontStyle::bold_if(bold), width)
}

/// The printing date and the page number under a rule in the bottom margin of every page.
fn footers(sheets: &mut [Sheet], fonts: &Fonts, options: &ExportOptions) {
    let texts = options.lang.texts().report;
    let count = sheets.len();
    let printed = (texts.printed)(&format_date(options.printed_on));
    for (index, sheet) in sheets.iter_mut().enumerate() {
        let geometry = sheet.geometry;
        let (left, right) = (geometry.left, geometry.width - geometry.right);
        let y = geometry.content_bottom() + 0.5 * geometry.bottom;
        let page = &mut sheet.page;
        page.line((left, y - 10.0), (right, y - 10.0), Pen::solid(GREY, 0.5));
        page.colored_text(left, y, 7.5, false, GREY, &printed);
        let number = (texts.page)(index + 1, count);
        let width = fonts.width(&number, 7.5, false);
        page.colored_text(right - width, y, 7.5, false, GREY, &number);
    }
}
