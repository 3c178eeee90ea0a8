//! The two-column blocks as borderless tables with a fixed grid — the header of page 1 and the
//! closing (recipients and signer) — and the pieces of the body between them.

use docx_rs::{
    AlignmentType, Paragraph, Pic, Run, Table, TableCell, TableCellMargins, TableLayoutType,
    TableRow, WidthType,
};

use super::text::{first_line, paragraph, rule, text_paragraph, twips};
use crate::report::drawing::{FontStyle, Fonts, Png};
use crate::report::measures::{
    AFTER, BODY, CLOSING_LEFT, HEADER_LEFT, INDENT, SIGNATURE_SPACE, WORD_LINE,
};
use crate::report::outline::{Closing, HeaderBlock, HeaderLine, LeftMark};

/// EMU per point.
const EMU: f32 = 12_700.0;

/// A paragraph or a table of the document body.
pub enum Piece {
    /// A paragraph.
    Paragraph(Box<Paragraph>),
    /// A table.
    Table(Box<Table>),
}

impl From<Paragraph> for Piece {
    fn from(paragraph: Paragraph) -> Self {
        Self::Paragraph(Box::new(paragraph))
    }
}

impl From<Table> for Piece {
    fn from(table: Table) -> Self {
        Self::Table(Box::new(table))
    }
}

/// A borderless table of two columns (`left` and `right` points wide), one row per pair of
/// cells, without cell margins, rows kept on one page.
fn columns(left: f32, right: f32, rows: Vec<(TableCell, TableCell)>) -> Table {
    let (left, right) = (twips(left).max(0) as usize, twips(right).max(0) as usize);
    let rows = rows
        .into_iter()
        .map(|(a, b)| {
            TableRow::new(vec![
                a.width(left, WidthType::Dxa),
                b.width(right, WidthType::Dxa),
            ])
            .cant_split()
        })
        .collect();
    Table::without_borders(rows)
        .set_grid(vec![left, right])
        .layout(TableLayoutType::Fixed)
        .width(left + right, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

fn cell(paragraphs: Vec<Paragraph>) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
}

fn centred(line: &HeaderLine) -> Paragraph {
    let face = FontStyle::bold_if(line.bold);
    text_paragraph(
        &line.text,
        (line.size, face),
        AlignmentType::Center,
        WORD_LINE,
        0.0,
    )
}

/// The header block of page 1.
pub fn header_block(header: &HeaderBlock, fonts: &Fonts, width: f32) -> Piece {
    let right_width = width - HEADER_LEFT;
    let mut left: Vec<Paragraph> = header.left.iter().map(centred).collect();
    match header.mark {
        LeftMark::Rule => {
            let widest = header.left.last().map_or(60.0, |l| {
                fonts.styled_width(&l.text, l.size, FontStyle::Bold)
            });
            left.push(rule((widest / 3.0).clamp(40.0, 90.0), HEADER_LEFT, 1.5));
        }
        LeftMark::Star => left.push(text_paragraph(
            "*",
            (13.0, FontStyle::Regular),
            AlignmentType::Center,
            WORD_LINE,
            0.0,
        )),
    }
    let mut right: Vec<Paragraph> = header.right.iter().map(centred).collect();
    if header.right_rule
        && let Some(last) = header.right.last()
    {
        let length = fonts.styled_width(&last.text, last.size, FontStyle::bold_if(last.bold));
        right.push(rule(length.min(right_width), right_width, 1.5));
    }
    let number = text_paragraph(
        &header.number,
        (13.0, FontStyle::Regular),
        AlignmentType::Center,
        WORD_LINE,
        0.0,
    );
    let place = text_paragraph(
        &header.place_date,
        (14.0, FontStyle::Italic),
        AlignmentType::Center,
        WORD_LINE,
        0.0,
    );
    Piece::from(columns(
        HEADER_LEFT,
        right_width,
        vec![
            (cell(left), cell(right)),
            (cell(vec![number]), cell(vec![place])),
        ],
    ))
}

/// "BÁO CÁO", the subject and the short rule under it.
pub fn title(kind: &str, subject: &str, width: f32) -> Vec<Piece> {
    let bold = (BODY, FontStyle::Bold);
    vec![
        Piece::from(paragraph(AlignmentType::Center, BODY, WORD_LINE, 0.0)),
        Piece::from(text_paragraph(
            kind,
            bold,
            AlignmentType::Center,
            WORD_LINE,
            0.0,
        )),
        Piece::from(text_paragraph(
            subject,
            bold,
            AlignmentType::Center,
            WORD_LINE,
            0.0,
        )),
        Piece::from(rule(80.0, width, 3.0)),
    ]
}

/// A section heading.
pub fn heading(text: &str) -> Piece {
    let paragraph = text_paragraph(
        text,
        (BODY, FontStyle::Bold),
        AlignmentType::Left,
        WORD_LINE,
        AFTER,
    )
    .keep_next(true);
    Piece::from(first_line(paragraph, INDENT))
}

/// A justified body paragraph with a first-line indent.
pub fn body(text: &str) -> Piece {
    let paragraph = text_paragraph(
        text,
        (BODY, FontStyle::Regular),
        AlignmentType::Both,
        WORD_LINE,
        AFTER,
    );
    Piece::from(first_line(paragraph, INDENT))
}

/// A paragraph holding `image`, `width` × `height` points, aligned as asked.
pub fn image(png: Png, (width, height): (f32, f32), align: AlignmentType) -> Paragraph {
    let pic = Pic::new_with_dimensions(png.bytes, png.width, png.height)
        .size((width * EMU) as u32, (height * EMU) as u32);
    paragraph(align, BODY, 240, AFTER).add_run(Run::new().add_image(pic))
}

/// The recipients on the left, the signer on the right.
pub fn closing(closing: &Closing, width: f32) -> Piece {
    let mut left = vec![text_paragraph(
        &closing.recipients_heading,
        (12.0, FontStyle::BoldItalic),
        AlignmentType::Left,
        WORD_LINE,
        0.0,
    )];
    left.extend(closing.recipients.iter().map(|line| {
        text_paragraph(
            line,
            (11.0, FontStyle::Regular),
            AlignmentType::Left,
            WORD_LINE,
            0.0,
        )
    }));
    let bold = (BODY, FontStyle::Bold);
    let count = closing.signer.len();
    let mut right: Vec<Paragraph> = closing
        .signer
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let after = if index + 1 == count {
                SIGNATURE_SPACE
            } else {
                0.0
            };
            text_paragraph(line, bold, AlignmentType::Center, WORD_LINE, after)
        })
        .collect();
    right.push(text_paragraph(
        &closing.name,
        bold,
        AlignmentType::Center,
        WORD_LINE,
        0.0,
    ));
    Piece::from(columns(
        CLOSING_LEFT,
        width - CLOSING_LEFT,
        vec![(cell(left), cell(right))],
    ))
}
