//! The outline laid out on pages: the header block of page 1, the kind and subject, sections I–IV,
//! the recipients and signer, then the landscape appendix; page numbers centred at the top from
//! page 2.

use super::header::{closing, header_block};
use super::table;
use super::writer::{Align, Style, Writer};
use crate::report::drawing::{FontStyle, Fonts, INK, Page, Pen, pillar_chart, trajectory_chart};
use crate::report::measures::{
    AFTER, BODY, Geometry, HEADER_DISTANCE, INDENT, LINE, PAGE_NUMBER, TRAJECTORY_SHARE,
};
use crate::report::outline::{Block, Outline};

/// Lays out the whole document.
pub fn layout(outline: &Outline, fonts: &Fonts) -> Vec<super::writer::Sheet> {
    let mut writer = Writer::new(fonts);
    header_block(&mut writer, &outline.header);
    title(&mut writer, outline);
    for block in &outline.body {
        body_block(&mut writer, block, outline);
    }
    closing(&mut writer, &outline.closing);
    appendix(&mut writer, outline);
    let mut sheets = writer.sheets;
    page_numbers(&mut sheets, fonts);
    sheets
}

fn title(writer: &mut Writer, outline: &Outline) {
    writer.y += 14.0;
    let centred = Style::plain(BODY)
        .face(FontStyle::Bold)
        .align(Align::Center);
    writer.paragraph(&outline.kind, centred);
    writer.paragraph(&outline.subject, centred);
    let geometry = writer.geometry();
    let middle = geometry.left + geometry.content_width() / 2.0;
    let y = writer.y + 3.0;
    writer
        .page()
        .line((middle - 40.0, y), (middle + 40.0, y), Pen::solid(INK, 0.7));
    writer.y += 14.0;
}

fn body_block(writer: &mut Writer, block: &Block, outline: &Outline) {
    match block {
        Block::Heading { text, .. } => {
            let style = Style {
                indent: INDENT,
                ..Style::plain(BODY).face(FontStyle::Bold).after(AFTER)
            };
            // Keep a heading with at least two lines of what follows.
            let height = writer.measure(text, style, writer.geometry().content_width());
            writer.ensure(height + 2.0 * BODY * LINE);
            writer.paragraph(text, style);
        }
        Block::Paragraph(text) => {
            let style = Style {
                indent: INDENT,
                ..Style::plain(BODY).align(Align::Justify).after(AFTER)
            };
            writer.paragraph(text, style);
        }
        Block::PillarChart { spec, total } => {
            let width = writer.geometry().content_width();
            let (drawing, height) = pillar_chart(writer.fonts, spec, total, width, outline.lang);
            place(writer, &drawing, height, 0.0);
        }
    }
}

/// Places a drawing `height` high at the current position, on a new page when it does not fit.
fn place(writer: &mut Writer, drawing: &Page, height: f32, indent: f32) {
    writer.ensure(height + 4.0);
    let x = writer.geometry().left + indent;
    let y = writer.y + 2.0;
    writer.page().place(drawing, x, y);
    writer.y = y + height + AFTER;
}

fn appendix(writer: &mut Writer, outline: &Outline) {
    let appendix = &outline.appendix;
    writer.new_page_with(Geometry::LANDSCAPE);
    let centred = |face| Style::plain(BODY).face(face).align(Align::Center);
    writer.paragraph(&appendix.heading, centred(FontStyle::Bold));
    writer.paragraph(&appendix.title, centred(FontStyle::Bold));
    writer.paragraph(&appendix.attached, centred(FontStyle::Italic).after(10.0));
    let heading = Style::plain(12.0).face(FontStyle::Bold).after(3.0);
    for pillar in &appendix.tables {
        writer.ensure(80.0);
        writer.y += 4.0;
        writer.paragraph(&pillar.heading, heading);
        table::draw(writer, appendix, &pillar.rows);
    }
    if appendix.charts.is_empty() {
        return;
    }
    writer.y += 6.0;
    writer.ensure(260.0);
    writer.paragraph(&appendix.charts_heading, heading.after(6.0));
    let width = writer.geometry().content_width() * TRAJECTORY_SHARE;
    let indent = (writer.geometry().content_width() - width) / 2.0;
    for item in &appendix.charts {
        let (drawing, height) = trajectory_chart(writer.fonts, item, width, outline.lang);
        let title = Style::plain(12.0).face(FontStyle::Bold).after(1.0);
        let caption = Style::plain(11.0).after(4.0);
        let full = writer.geometry().content_width();
        let needed = writer.measure(&item.title, title, full)
            + writer.measure(&item.caption, caption, full)
            + height
            + 12.0;
        writer.ensure(needed);
        writer.paragraph(&item.title, title);
        writer.paragraph(&item.caption, caption);
        place(writer, &drawing, height, indent);
        writer.y += 6.0;
    }
}

/// The page number, 13 pt, centred in the top margin of every page but the first.
fn page_numbers(sheets: &mut [super::writer::Sheet], fonts: &Fonts) {
    for (index, sheet) in sheets.iter_mut().enumerate().skip(1) {
        let number = (index + 1).to_string();
        let size = PAGE_NUMBER;
        let width = fonts.styled_width(&number, size, FontStyle::Regular);
        let geometry = sheet.geometry;
        let x = (geometry.width - width) / 2.0 + (geometry.left - geometry.right) / 2.0;
        sheet.page.styled_text(
            x,
            HEADER_DISTANCE + size * 0.94,
            size,
            FontStyle::Regular,
            INK,
            0.0,
            &number,
        );
    }
}
