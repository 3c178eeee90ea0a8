//! The Word report (.docx) with docx-rs: the same outline as the PDF, Times New Roman named in
//! every run, real tables (fixed grid, merged header cells, header rows repeated on every page),
//! the charts as PNG images drawn from the same chart specs, the page number as a PAGE field at
//! the top from page 2, and the appendix in a landscape section.

mod appendix;
mod blocks;
mod patch;
mod text;

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, FieldCharType, Header, InstrPAGE, InstrText, PageMargin,
    PageOrientationType, PageSize, Run, Section,
};

use self::blocks::Piece;
use self::text::{fonts as run_fonts, half_points, paragraph, twips};
use super::drawing::{Fonts, chart_png, pillar_chart};
use super::measures::{BODY, Geometry, HEADER_DISTANCE, PAGE_NUMBER};
use super::outline::{Block, Outline};
use super::{ExportOptions, ReportError, outline};
use crate::model::Project;

/// The Word file of the outline `make` draws up from `project` (its text normalised to NFC first).
fn outline_docx(
    project: &Project,
    make: impl FnOnce(&Project) -> Outline,
) -> Result<Vec<u8>, ReportError> {
    let mut project = project.clone();
    project.normalize_text();
    let fonts = Fonts::new().ok_or_else(|| ReportError::Docx("font".to_owned()))?;
    let outline = make(&project);
    let mut xml = document(&outline, &fonts).build();
    xml.document = patch::repeat_header_rows(&xml.document);
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|error| ReportError::Docx(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// The Word report of `project` at its reporting date.
pub fn docx_bytes(project: &Project, options: &ExportOptions) -> Result<Vec<u8>, ReportError> {
    outline_docx(project, |project| {
        outline::outline(project, options.outline())
    })
}

/// The self-assessment form of `project` by `index` for `year` as an editable Word file.
pub fn assessment_docx_bytes(
    project: &Project,
    index: &crate::scoring::ScoreIndex,
    year: Option<i32>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ReportError> {
    outline_docx(project, |project| {
        let card = crate::scoring::score_plan(index, project, year);
        outline::assessment_outline(project, index, &card, options.outline())
    })
}

/// The annual plan of `project` for `year` (its reporting year when `None`) as an editable Word
/// file.
pub fn annual_plan_docx_bytes(
    project: &Project,
    year: Option<i32>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ReportError> {
    outline_docx(project, |project| {
        let year = year.unwrap_or_else(|| chrono::Datelike::year(&project.as_of));
        outline::annual_plan_outline(project, year, options.outline())
    })
}

fn twips_u32(points: f32) -> u32 {
    twips(points).max(0) as u32
}

fn margins(geometry: Geometry) -> PageMargin {
    PageMargin::new()
        .top(twips(geometry.top))
        .bottom(twips(geometry.bottom))
        .left(twips(geometry.left))
        .right(twips(geometry.right))
        .header(twips(HEADER_DISTANCE))
        .footer(twips(HEADER_DISTANCE))
        .gutter(0)
}

/// The header with the page number as a PAGE field, centred.
fn page_number_header() -> Header {
    let run = Run::new()
        .size(half_points(PAGE_NUMBER))
        .fonts(run_fonts())
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("2")
        .add_field_char(FieldCharType::End, false);
    Header::new()
        .add_paragraph(paragraph(AlignmentType::Center, PAGE_NUMBER, 240, 0.0).add_run(run))
}

/// The pieces of the portrait part: header block, title, sections I–IV, closing.
fn portrait(outline: &Outline, fonts: &Fonts) -> Vec<Piece> {
    let width = Geometry::PORTRAIT.content_width();
    let mut pieces = vec![blocks::header_block(&outline.header, fonts, width)];
    pieces.extend(blocks::title(&outline.kind, &outline.subject, width));
    for block in &outline.body {
        match block {
            Block::Heading { text, .. } => pieces.push(blocks::heading(text)),
            Block::Paragraph(text) => pieces.push(blocks::body(text)),
            Block::PillarChart { spec, total } => {
                let (drawing, height) = pillar_chart(fonts, spec, total, width, outline.lang);
                if let Some(png) = chart_png(fonts, &drawing, width, height) {
                    pieces.push(Piece::from(blocks::image(
                        png,
                        (width, height),
                        AlignmentType::Left,
                    )));
                }
            }
        }
    }
    pieces.push(Piece::from(paragraph(AlignmentType::Left, BODY, 240, 0.0)));
    pieces.push(blocks::closing(&outline.closing, width));
    pieces
}

/// The whole document: a portrait section (no number on its first page), then the landscape
/// appendix as the document's last section.
fn document(outline: &Outline, fonts: &Fonts) -> Docx {
    let portrait_geometry = Geometry::PORTRAIT;
    let mut section = Section::new()
        .page_size(PageSize::new().size(
            twips_u32(portrait_geometry.width),
            twips_u32(portrait_geometry.height),
        ))
        .page_margin(margins(portrait_geometry))
        // A distinct first page without a first-page header: page 1 has no number. (docx-rs
        // 0.4.22 keeps only one header per added section, so a blank one cannot be given too.)
        .title_pg()
        .header(page_number_header());
    for piece in portrait(outline, fonts) {
        section = match piece {
            Piece::Paragraph(paragraph) => section.add_paragraph(*paragraph),
            Piece::Table(table) => section.add_table(*table),
        };
    }
    let landscape = Geometry::LANDSCAPE;
    let mut docx = Docx::new()
        .default_fonts(run_fonts())
        .default_size(half_points(BODY))
        .add_section(section);
    for piece in appendix::pieces(outline, fonts) {
        docx = match piece {
            Piece::Paragraph(paragraph) => docx.add_paragraph(*paragraph),
            Piece::Table(table) => docx.add_table(*table),
        };
    }
    docx.page_size(twips_u32(landscape.width), twips_u32(landscape.height))
        .page_orient(PageOrientationType::Landscape)
        .page_margin(margins(landscape))
        .header(page_number_header())
}
