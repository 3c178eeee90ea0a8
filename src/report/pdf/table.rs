//! The administrative table on the page: wrapped cells, numbers flush right, the status in words
//! beside its colour, and the header row repeated on every page the table runs onto.

use super::canvas::{GREY, LIGHT, Pen};
use super::writer::{Align, BOTTOM, CONTENT_WIDTH, MARGIN_X, Writer, baseline, line_height, wrap};
use crate::charts::{Rgb, status_rgb};
use crate::i18n::{Lang, decimals_for, format_number, indicator_name};
use crate::model::Indicator;
use crate::report::table::{ReportTable, TableRow, unit_text};

/// Body text size.
const BODY: f32 = 8.0;

/// Header text size.
const HEADER: f32 = 7.5;

/// Padding inside a cell.
const PAD: f32 = 3.0;

/// Side of the status colour square.
const SWATCH: f32 = 6.0;

/// One cell's content.
struct Cell {
    text: String,
    align: Align,
    swatch: Option<Rgb>,
}

impl Cell {
    fn new(text: String, align: Align) -> Self {
        Self {
            text,
            align,
            swatch: None,
        }
    }
}

/// A value as the table writes it: the number (the unit has its own column) or Có/Không.
fn plain_value(indicator: &Indicator, value: Option<f64>, lang: Lang) -> String {
    match value {
        None => String::new(),
        Some(v) if indicator.unit.is_yes_no() => (lang.texts().yes_no)(v >= 0.5).into(),
        Some(v) => format_number(v, decimals_for(&indicator.unit), lang),
    }
}

/// Column widths: every column fixed except the indicator name, which takes the rest.
fn widths(target_columns: usize) -> Vec<f32> {
    let mut widths = vec![22.0, 0.0, 40.0, 44.0];
    widths.extend(std::iter::repeat_n(44.0, target_columns));
    widths.extend([46.0, 42.0, 66.0]);
    let fixed: f32 = widths.iter().sum();
    widths[1] = CONTENT_WIDTH - fixed;
    widths
}

fn cells(table: &ReportTable, row: &TableRow, lang: Lang) -> Vec<Cell> {
    let indicator = row.indicator;
    let mut cells = vec![
        Cell::new(row.number.to_string(), Align::Center),
        Cell::new(indicator_name(indicator, lang).to_owned(), Align::Left),
        Cell::new(unit_text(indicator, lang), Align::Center),
        Cell::new(plain_value(indicator, row.baseline(), lang), Align::Right),
    ];
    for year in &table.target_years {
        cells.push(Cell::new(
            plain_value(indicator, row.target(*year), lang),
            Align::Right,
        ));
    }
    let share = row
        .share()
        .map(|s| format!("{}%", format_number(s * 100.0, 0, lang)))
        .unwrap_or_default();
    cells.push(Cell::new(
        plain_value(indicator, row.result().map(|r| r.1), lang),
        Align::Right,
    ));
    cells.push(Cell::new(share, Align::Right));
    cells.push(Cell {
        text: row.assessment(lang).to_owned(),
        align: Align::Left,
        swatch: Some(status_rgb(row.progress.status)),
    });
    cells
}

/// Draws one pillar's table at the writer's position, breaking pages between rows.
pub fn draw(writer: &mut Writer, table: &ReportTable, rows: &[TableRow], lang: Lang) {
    let widths = widths(table.target_years.len());
    let header: Vec<Cell> = table
        .header(lang)
        .into_iter()
        .map(|text| Cell::new(text, Align::Center))
        .collect();
    let header_height = row_height(writer, &header, &widths, HEADER, true);
    let bodies: Vec<Vec<Cell>> = rows.iter().map(|row| cells(table, row, lang)).collect();
    let first_height = bodies
        .first()
        .map_or(0.0, |cells| row_height(writer, cells, &widths, BODY, false));
    writer.ensure(header_height + first_height);
    draw_row(writer, &header, &widths, HEADER, true);
    for cells in &bodies {
        let height = row_height(writer, cells, &widths, BODY, false);
        if writer.y + height > BOTTOM {
            writer.new_page();
            draw_row(writer, &header, &widths, HEADER, true);
        }
        draw_row(writer, cells, &widths, BODY, false);
    }
    writer.y += 10.0;
}

/// The text width available in a cell of `width`.
fn inner_width(cell: &Cell, width: f32) -> f32 {
    let swatch = if cell.swatch.is_some() {
        SWATCH + 3.0
    } else {
        0.0
    };
    width - 2.0 * PAD - swatch
}

fn row_height(writer: &Writer, cells: &[Cell], widths: &[f32], size: f32, bold: bool) -> f32 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| {
            wrap(
                writer.fonts,
                &cell.text,
                size,
                bold,
                inner_width(cell, *width),
            )
            .len()
        })
        .max()
        .unwrap_or(1);
    lines as f32 * line_height(size) + 2.0 * PAD
}

fn draw_row(writer: &mut Writer, cells: &[Cell], widths: &[f32], size: f32, bold: bool) {
    let height = row_height(writer, cells, widths, size, bold);
    let top = writer.y;
    let mut x = MARGIN_X;
    for (cell, width) in cells.iter().zip(widths) {
        let lines = wrap(
            writer.fonts,
            &cell.text,
            size,
            bold,
            inner_width(cell, *width),
        );
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
            let line_width = fonts.width(line, size, bold);
            let line_x = match cell.align {
                Align::Left => left,
                Align::Center => left + (inner - line_width) / 2.0,
                Align::Right => left + inner - line_width,
            };
            let y = baseline(top + PAD + index as f32 * line_height(size), size);
            page.text(line_x, y, size, bold, line);
        }
        x += width;
    }
    writer.y += height;
}
