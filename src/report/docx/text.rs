//! Runs and paragraphs in Times New Roman (named in all four run-font slots, so Vietnamese letters,
//! which fall in the hAnsi range, never switch font), sized and spaced like the PDF.

use docx_rs::{
    AlignmentType, BorderType, LineSpacing, LineSpacingType, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType,
};

use crate::report::drawing::FontStyle;

/// The font every run names.
pub const FONT: &str = "Times New Roman";

/// Twips per point.
pub fn twips(points: f32) -> i32 {
    (points * 20.0).round() as i32
}

/// Half-points of a font size.
pub fn half_points(points: f32) -> usize {
    (points * 2.0).round() as usize
}

/// Times New Roman in the ascii, hAnsi, complex-script and East Asian slots.
pub fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of `text` at `size` points in `face`.
pub fn run(text: &str, size: f32, face: FontStyle) -> Run {
    let mut run = Run::new()
        .add_text(text)
        .size(half_points(size))
        .fonts(fonts());
    if face.is_bold() {
        run = run.bold();
    }
    if matches!(face, FontStyle::Italic | FontStyle::BoldItalic) {
        run = run.italic();
    }
    run
}

/// Line spacing: `line` in 240ths of single spacing, `after` points after.
pub fn spacing(line: i32, after: f32) -> LineSpacing {
    LineSpacing::new()
        .before(0)
        .after(twips(after).max(0) as u32)
        .line(line)
        .line_rule(LineSpacingType::Auto)
}

/// An empty paragraph set like text of `size` (its mark has the size and font too).
pub fn paragraph(align: AlignmentType, size: f32, line: i32, after: f32) -> Paragraph {
    Paragraph::new()
        .align(align)
        .line_spacing(spacing(line, after))
        .size(half_points(size))
        .fonts(fonts())
        .widow_control(true)
}

/// A paragraph of one run.
pub fn text_paragraph(
    text: &str,
    (size, face): (f32, FontStyle),
    align: AlignmentType,
    line: i32,
    after: f32,
) -> Paragraph {
    paragraph(align, size, line, after).add_run(run(text, size, face))
}

/// The same paragraph with a first-line indent of `indent` points.
pub fn first_line(paragraph: Paragraph, indent: f32) -> Paragraph {
    paragraph.indent(
        None,
        Some(SpecialIndentType::FirstLine(twips(indent))),
        None,
        None,
    )
}

/// `paragraph` with `before` points above it.
pub fn space_before(paragraph: Paragraph, line: i32, before: f32, after: f32) -> Paragraph {
    paragraph.line_spacing(spacing(line, after).before(twips(before).max(0) as u32))
}

/// A tiny paragraph whose top border is a rule `length` points long, `gap` points under the text
/// above, centred in a column of `width` points (the short line under the issuing body, the
/// subject, the motto).
pub fn rule(length: f32, width: f32, gap: f32) -> Paragraph {
    let side = twips(((width - length) / 2.0).max(0.0));
    let base = paragraph(AlignmentType::Center, 4.0, 240, 4.0);
    let mut paragraph =
        space_before(base, 240, gap, 4.0).indent(Some(side), None, Some(side), None);
    paragraph.property = paragraph.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Top)
                .val(BorderType::Single)
                .size(6)
                .space(0)
                .color("000000"),
        ),
    );
    paragraph
}
