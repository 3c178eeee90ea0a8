//! The appendix in Word: headings, one table per pillar with a fixed grid, the two header rows
//! (merged cells, marked to repeat on every page) and the trajectories as PNG images.

use docx_rs::{
    AlignmentType, HeightRule, Paragraph, Shading, ShdType, Table, TableCell, TableCellMargins,
    TableLayoutType, TableRow, VAlignType, VMergeType, WidthType,
};

use super::blocks::{Piece, image};
use super::text::{space_before, text_paragraph, twips};
use crate::report::drawing::{FontStyle, Fonts, chart_pngs, trajectory_chart};
use crate::report::measures::{BODY, CELL, Geometry, PAD_X, PAD_Y, TRAJECTORY_SHARE, WORD_LINE};
use crate::report::outline::{Align, Appendix, HeaderCell, Outline};

/// The row height given to header rows, in twips: [`super::patch`] turns the exact marker
/// `<w:trHeight w:val="7" w:hRule="atLeast" />` into `w:tblHeader` (docx-rs has no such property).
pub const HEADER_ROW_MARK: f32 = 7.0;

fn alignment(align: Align) -> AlignmentType {
    match align {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
    }
}

fn cell_paragraph(text: &str, bold: bool, align: Align) -> Paragraph {
    text_paragraph(
        text,
        (CELL, FontStyle::bold_if(bold)),
        alignment(align),
        240,
        0.0,
    )
}

/// The two header rows: tall cells merged down, the group cell spanning its columns. A header
/// with nothing in its second row (the annual plan, the self-assessment form) is one row: a row
/// of merged-down cells only would repeat on the next page as an empty sliver.
fn header_rows(appendix: &Appendix, grid: &[usize]) -> Vec<TableRow> {
    let single = appendix.header[1].is_empty();
    let span_width =
        |cell: &HeaderCell| grid.iter().skip(cell.column).take(cell.span).sum::<usize>();
    let shaded = |cell: TableCell| {
        cell.shading(Shading::new().shd_type(ShdType::Clear).fill("E1E1E1"))
            .vertical_align(VAlignType::Center)
    };
    let first: Vec<TableCell> = appendix.header[0]
        .iter()
        .map(|cell| {
            let mut table_cell = TableCell::new()
                .add_paragraph(cell_paragraph(&cell.text, true, Align::Center))
                .width(span_width(cell), WidthType::Dxa);
            if cell.span > 1 {
                table_cell = table_cell.grid_span(cell.span);
            }
            if cell.rows == 2 && !single {
                table_cell = table_cell.vertical_merge(VMergeType::Restart);
            }
            shaded(table_cell)
        })
        .collect();
    let second: Vec<TableCell> = appendix.header[0]
        .iter()
        .flat_map(|cell| {
            if cell.rows == 2 {
                vec![shaded(
                    TableCell::new()
                        .add_paragraph(cell_paragraph("", true, Align::Center))
                        .width(span_width(cell), WidthType::Dxa)
                        .vertical_merge(VMergeType::Continue),
                )]
            } else {
                appendix.header[1]
                    .iter()
                    .filter(|low| low.column >= cell.column && low.column < cell.column + cell.span)
                    .map(|low| {
                        shaded(
                            TableCell::new()
                                .add_paragraph(cell_paragraph(&low.text, true, Align::Center))
                                .width(span_width(low), WidthType::Dxa),
                        )
                    })
                    .collect()
            }
        })
        .collect();
    let rows = if single {
        vec![first]
    } else {
        vec![first, second]
    };
    rows.into_iter()
        .map(|cells| {
            TableRow::new(cells)
                .row_height(HEADER_ROW_MARK)
                .height_rule(HeightRule::AtLeast)
        })
        .collect()
}

/// One pillar's table.
fn table(appendix: &Appendix, rows: &[Vec<String>], width: f32) -> Table {
    let grid: Vec<usize> = appendix
        .widths_for(width)
        .iter()
        .map(|w| twips(*w).max(0) as usize)
        .collect();
    let mut table_rows = header_rows(appendix, &grid);
    for row in rows {
        let cells = row
            .iter()
            .zip(&grid)
            .zip(&appendix.aligns)
            .map(|((text, width), align)| {
                TableCell::new()
                    .add_paragraph(cell_paragraph(text, false, *align))
                    .width(*width, WidthType::Dxa)
            })
            .collect();
        table_rows.push(TableRow::new(cells).cant_split());
    }
    let pad_x = twips(PAD_X).max(0) as usize;
    let pad_y = twips(PAD_Y).max(0) as usize;
    Table::new(table_rows)
        .width(grid.iter().sum(), WidthType::Dxa)
        .set_grid(grid)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(pad_y, pad_x, pad_y, pad_x))
}

/// The appendix's pieces (the landscape section).
pub fn pieces(outline: &Outline, fonts: &Fonts) -> Vec<Piece> {
    let appendix = &outline.appendix;
    let width = Geometry::LANDSCAPE.content_width();
    let centred = |text: &str, face, after| {
        Piece::from(text_paragraph(
            text,
            (BODY, face),
            AlignmentType::Center,
            WORD_LINE,
            after,
        ))
    };
    let heading = |text: &str, after| {
        let paragraph = text_paragraph(
            text,
            (12.0, FontStyle::Bold),
            AlignmentType::Left,
            WORD_LINE,
            after,
        );
        Piece::from(space_before(paragraph, WORD_LINE, 6.0, after).keep_next(true))
    };
    let mut pieces = vec![
        centred(&appendix.heading, FontStyle::Bold, 0.0),
        centred(&appendix.title, FontStyle::Bold, 0.0),
        centred(&appendix.attached, FontStyle::Italic, 10.0),
    ];
    for pillar in &appendix.tables {
        pieces.push(heading(&pillar.heading, 3.0));
        pieces.push(Piece::from(table(appendix, &pillar.rows, width)));
    }
    if appendix.charts.is_empty() {
        return pieces;
    }
    pieces.push(heading(&appendix.charts_heading, 6.0));
    let chart_width = width * TRAJECTORY_SHARE;
    let drawings: Vec<_> = appendix
        .charts
        .iter()
        .map(|item| {
            let (drawing, height) = trajectory_chart(fonts, item, chart_width, outline.lang);
            (drawing, chart_width, height)
        })
        .collect();
    let images = chart_pngs(&drawings);
    for ((item, (_, _, height)), png) in appendix.charts.iter().zip(&drawings).zip(images) {
        pieces.push(heading(&item.title, 1.0));
        pieces.push(Piece::from(
            text_paragraph(
                &item.caption,
                (11.0, FontStyle::Regular),
                AlignmentType::Left,
                WORD_LINE,
                4.0,
            )
            .keep_next(true),
        ));
        if let Some(png) = png {
            pieces.push(Piece::from(image(
                png,
                (chart_width, *height),
                AlignmentType::Center,
            )));
        }
    }
    pieces
}
