//! An appendix table on the page: the two header rows with their merged cells, repeated on every
//! page the table runs onto; wrapped cells; numbers flush right.

use super::writer::Writer;
use crate::report::drawing::{FontStyle, GREY, LIGHT, Pen, baseline, wrap_styled};
use crate::report::measures::{CELL, CELL_LINE, PAD_X, PAD_Y};
use crate::report::outline::{Align, Appendix};

fn lines(writer: &Writer, text: &str, width: f32, bold: bool) -> Vec<String> {
    wrap_styled(
        writer.fonts,
        text,
        CELL,
        FontStyle::bold_if(bold),
        width - 2.0 * PAD_X,
    )
}

fn text_height(count: usize) -> f32 {
    count.max(1) as f32 * CELL * CELL_LINE + 2.0 * PAD_Y
}

/// Draws the text of one cell in the box at (`x`, `top`) of `width`.
fn cell_text(
    writer: &mut Writer,
    (x, top, width): (f32, f32, f32),
    text: &str,
    align: Align,
    bold: bool,
) {
    let face = FontStyle::bold_if(bold);
    let lines = lines(writer, text, width, bold);
    let fonts = writer.fonts;
    let page = writer.page();
    for (index, line) in lines.iter().enumerate() {
        let line_width = fonts.styled_width(line, CELL, face);
        let inner = width - 2.0 * PAD_X;
        let left = x + PAD_X;
        let line_x = match align {
            Align::Left => left,
            Align::Center => left + (inner - line_width) / 2.0,
            Align::Right => left + inner - line_width,
        };
        let y = baseline(top + PAD_Y + index as f32 * CELL * CELL_LINE, CELL) - 1.0;
        page.text(line_x, y, CELL, bold, line);
    }
}

/// The heights of the two header rows.
fn header_heights(writer: &Writer, appendix: &Appendix, widths: &[f32]) -> [f32; 2] {
    let span_width =
        |column: usize, span: usize| widths.iter().skip(column).take(span).sum::<f32>();
    let mut heights = [text_height(1), text_height(1)];
    for (row, cells) in appendix.header.iter().enumerate() {
        for cell in cells.iter().filter(|c| c.rows == 1) {
            let count = lines(writer, &cell.text, span_width(cell.column, cell.span), true).len();
            if let Some(height) = heights.get_mut(row) {
                *height = height.max(text_height(count));
            }
        }
    }
    let tall = appendix.header[0]
        .iter()
        .filter(|c| c.rows == 2)
        .map(|c| text_height(lines(writer, &c.text, span_width(c.column, c.span), true).len()))
        .fold(0.0, f32::max);
    if tall > heights[0] + heights[1] {
        heights[1] = tall - heights[0];
    }
    heights
}

/// Draws the two header rows at the writer's position.
fn draw_header(writer: &mut Writer, appendix: &Appendix, widths: &[f32]) {
    let heights = header_heights(writer, appendix, widths);
    let left = writer.geometry().left;
    let top = writer.y;
    for (row, cells) in appendix.header.iter().enumerate() {
        for cell in cells {
            let x = left + widths.iter().take(cell.column).sum::<f32>();
            let width: f32 = widths.iter().skip(cell.column).take(cell.span).sum();
            let y = if row == 0 { top } else { top + heights[0] };
            let height = if cell.rows == 2 {
                heights[0] + heights[1]
            } else {
                heights[row.min(1)]
            };
            let page = writer.page();
            page.fill(x, y, width, height, LIGHT);
            page.frame(x, y, width, height, Pen::solid(GREY, 0.5));
            let text_top = y + (height - text_height(lines_len(writer, &cell.text, width))) / 2.0;
            cell_text(
                writer,
                (x, text_top, width),
                &cell.text,
                Align::Center,
                true,
            );
        }
    }
    writer.y = top + heights[0] + heights[1];
}

fn lines_len(writer: &Writer, text: &str, width: f32) -> usize {
    lines(writer, text, width, true).len()
}

/// Draws one table, breaking pages between rows and repeating the header.
pub fn draw(writer: &mut Writer, appendix: &Appendix, rows: &[Vec<String>]) {
    let widths = appendix.widths_for(writer.geometry().content_width());
    let header: f32 = header_heights(writer, appendix, &widths).iter().sum();
    let row_height = |writer: &Writer, row: &[String]| {
        let count = row
            .iter()
            .zip(&widths)
            .map(|(text, width)| lines(writer, text, *width, false).len())
            .max()
            .unwrap_or(1);
        text_height(count)
    };
    let first = rows.first().map_or(0.0, |row| row_height(writer, row));
    writer.ensure(header + first);
    draw_header(writer, appendix, &widths);
    for row in rows {
        let height = row_height(writer, row);
        if writer.y + height > writer.geometry().content_bottom() {
            writer.new_page();
            draw_header(writer, appendix, &widths);
        }
        let top = writer.y;
        let mut x = writer.geometry().left;
        for ((text, width), align) in row.iter().zip(&widths).zip(&appendix.aligns) {
            writer
                .page()
                .frame(x, top, *width, height, Pen::solid(GREY, 0.5));
            cell_text(writer, (x, top, *width), text, *align, false);
            x += width;
        }
        writer.y = top + height;
    }
    writer.y += 8.0;
}
