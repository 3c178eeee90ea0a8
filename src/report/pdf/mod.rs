//! The PDF report: the outline laid out on A4 pages (portrait, then the landscape appendix), the
//! bundled LoTrinh Serif (Liberation Serif subset) embedded and subset, selectable text, charts as vector graphics from
//! the shared chart specs.
//!
//! Layout and drawing are apart: [`layout`] lays the outline out into display lists of pages,
//! measuring text with the same shaper that [`render`] uses to draw it with krilla.

mod consolidated;
mod header;
mod layout;
mod render;
mod table;
mod writer;

use super::drawing::Fonts;
use super::{ExportOptions, ReportError, outline};
use crate::model::Project;

/// The PDF of the outline `make` draws up from `project` (its text normalised to NFC first).
fn outline_pdf(
    project: &Project,
    options: &ExportOptions,
    make: impl FnOnce(&Project) -> outline::Outline,
) -> Result<Vec<u8>, ReportError> {
    let mut project = project.clone();
    project.normalize_text();
    let fonts = Fonts::new().ok_or_else(|| ReportError::Pdf("font".to_owned()))?;
    let outline = make(&project);
    let sheets = layout::layout(&outline, &fonts);
    render::render(&sheets, &fonts, &outline.title, options.lang.code()).map_err(ReportError::Pdf)
}

/// The PDF report of `project` at its reporting date.
pub fn pdf_bytes(project: &Project, options: &ExportOptions) -> Result<Vec<u8>, ReportError> {
    outline_pdf(project, options, |project| {
        outline::outline(project, options.outline())
    })
}

/// The self-assessment form of `project` by `index` for `year` (its reporting year when `None`) as
/// a PDF: the report's header and signature, the totals, and the form as the landscape appendix.
pub fn assessment_pdf_bytes(
    project: &Project,
    index: &crate::scoring::ScoreIndex,
    year: Option<i32>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ReportError> {
    outline_pdf(project, options, |project| {
        let card = crate::scoring::score_plan(index, project, year);
        outline::assessment_outline(project, index, &card, options.outline())
    })
}

/// The annual plan of `project` for `year` (its reporting year when `None`) as a PDF: "Kế hoạch
/// chuyển đổi số năm …" with the year's targets, tasks, lead agencies and deadlines.
pub fn annual_plan_pdf_bytes(
    project: &Project,
    year: Option<i32>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ReportError> {
    outline_pdf(project, options, |project| {
        let year = year.unwrap_or_else(|| chrono::Datelike::year(&project.as_of));
        outline::annual_plan_outline(project, year, options.outline())
    })
}

/// The consolidated PDF report of a collection: the figure of every indicator, the units, the
/// completeness of the reports.
pub fn consolidated_pdf_bytes(
    collection: &crate::consolidate::Collection,
    consolidation: &crate::consolidate::Consolidation,
    options: &ExportOptions,
) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::new().ok_or_else(|| ReportError::Pdf("font".to_owned()))?;
    let sheets = consolidated::layout(collection, consolidation, &fonts, options);
    let title = if collection.title.is_empty() {
        options.lang.texts().consolidate.pdf_title.to_owned()
    } else {
        collection.title.clone()
    };
    render::render(&sheets, &fonts, &title, options.lang.code()).map_err(ReportError::Pdf)
}

/// Writes the consolidated PDF report to `path` atomically.
pub fn write_consolidated_pdf(
    collection: &crate::consolidate::Collection,
    consolidation: &crate::consolidate::Consolidation,
    path: &std::path::Path,
    options: &ExportOptions,
) -> Result<(), ReportError> {
    let bytes = consolidated_pdf_bytes(collection, consolidation, options)?;
    crate::storage::write_atomic(path, &bytes).map_err(ReportError::Write)
}
