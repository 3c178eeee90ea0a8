//! The two-column blocks: the header of page 1 (issuing body, its mark and the number on the left;
//! quốc hiệu and tiêu ngữ or the party's name, and the place and date on the right) and the
//! closing (recipients on the left, the signer on the right).

use super::writer::{Align, Style, Writer};
use crate::report::drawing::{FontStyle, INK, Pen};
use crate::report::measures::{CLOSING_LEFT, HEADER_LEFT, LINE, SIGNATURE_SPACE};
use crate::report::outline::{Closing, HeaderBlock, HeaderLine, LeftMark};

/// Writes `lines` centred in the column from `x` of `width` from the current position; returns
/// the width of the widest line.
fn centred_lines(writer: &mut Writer, x: f32, width: f32, lines: &[HeaderLine]) -> f32 {
    let mut widest: f32 = 0.0;
    for line in lines {
        let face = FontStyle::bold_if(line.bold);
        let style = Style::plain(line.size).face(face).align(Align::Center);
        for part in writer.lines(&line.text, style, width) {
            widest = widest.max(writer.fonts.styled_width(&part, line.size, face));
            writer.line_at(x, width, &part, style, true);
            writer.y += line.size * LINE;
        }
    }
    widest
}

/// A rule `length` long centred in the column, just under the current position.
fn rule(writer: &mut Writer, x: f32, width: f32, length: f32) {
    let y = writer.y + 1.5;
    let start = x + (width - length) / 2.0;
    writer
        .page()
        .line((start, y), (start + length, y), Pen::solid(INK, 0.7));
    writer.y += 6.0;
}

/// Writes the header block at the top of page 1.
pub fn header_block(writer: &mut Writer, header: &HeaderBlock) {
    let geometry = writer.geometry();
    let left = geometry.left;
    let right = left + HEADER_LEFT;
    let right_width = geometry.content_width() - HEADER_LEFT;
    let top = writer.y;
    centred_lines(writer, left, HEADER_LEFT, &header.left);
    match header.mark {
        LeftMark::Rule => {
            let widest = header.left.last().map_or(60.0, |l| {
                writer.fonts.styled_width(&l.text, l.size, FontStyle::Bold)
            });
            rule(writer, left, HEADER_LEFT, (widest / 3.0).clamp(40.0, 90.0));
        }
        LeftMark::Star => {
            let star = HeaderLine {
                text: "*".to_owned(),
                bold: false,
                size: 13.0,
            };
            centred_lines(writer, left, HEADER_LEFT, &[star]);
        }
    }
    let left_bottom = writer.y;
    writer.y = top;
    centred_lines(writer, right, right_width, &header.right);
    if header.right_rule
        && let Some(last) = header.right.last()
    {
        let face = FontStyle::bold_if(last.bold);
        let length = writer.fonts.styled_width(&last.text, last.size, face);
        rule(writer, right, right_width, length.min(right_width));
    }
    writer.y = writer.y.max(left_bottom) + 2.0;
    let row = writer.y;
    let number = Style::plain(13.0).align(Align::Center);
    writer.line_at(left, HEADER_LEFT, &header.number, number, true);
    let place = Style::plain(14.0)
        .face(FontStyle::Italic)
        .align(Align::Center);
    writer.paragraph_at(right, right_width, &header.place_date, place);
    writer.y = writer.y.max(row + 13.0 * LINE);
}

/// Writes the recipients and the signer, kept together on one page.
pub fn closing(writer: &mut Writer, closing: &Closing) {
    let geometry = writer.geometry();
    let left = geometry.left;
    let right = left + CLOSING_LEFT;
    let right_width = geometry.content_width() - CLOSING_LEFT;
    let heading = Style::plain(12.0).face(FontStyle::BoldItalic);
    let line = Style::plain(11.0);
    let recipients: f32 = 12.0 * LINE
        + closing
            .recipients
            .iter()
            .map(|r| writer.measure(r, line, CLOSING_LEFT))
            .sum::<f32>();
    let signer = (closing.signer.len() + 1) as f32 * 14.0 * LINE + SIGNATURE_SPACE;
    writer.y += 10.0;
    writer.ensure(recipients.max(signer) + 4.0);
    let top = writer.y;
    writer.paragraph_at(left, CLOSING_LEFT, &closing.recipients_heading, heading);
    for recipient in &closing.recipients {
        writer.paragraph_at(left, CLOSING_LEFT, recipient, line);
    }
    let left_bottom = writer.y;
    writer.y = top;
    let bold = Style::plain(14.0)
        .face(FontStyle::Bold)
        .align(Align::Center);
    for title in &closing.signer {
        writer.paragraph_at(right, right_width, title, bold);
    }
    writer.y += SIGNATURE_SPACE;
    writer.paragraph_at(right, right_width, &closing.name, bold);
    writer.y = writer.y.max(left_bottom);
}
