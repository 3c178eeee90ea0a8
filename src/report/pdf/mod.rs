//! The PDF report: the outline laid out on A4 pages (portrait, then the landscape appendix), the
//! bundled Liberation Serif embedded and subset, selectable text, charts as vector graphics from
//! the shared chart specs.
//!
//! Layout and drawing are apart: [`layout`] lays the outline out into display lists of pages,
//! measuring text with the same shaper that [`render`] uses to draw it with krilla.

mod header;
mod layout;
mod render;
mod table;
mod writer;

use super::drawing::Fonts;
use super::{ExportOptions, ReportError, outline};
use crate::model::Project;

/// The PDF report of `project` at its reporting date.
pub fn pdf_bytes(project: &Project, options: &ExportOptions) -> Result<Vec<u8>, ReportError> {
    let mut project = project.clone();
    project.normalize_text();
    let fonts = Fonts::new().ok_or_else(|| ReportError::Pdf("font".to_owned()))?;
    let outline = outline::outline(&project, options.outline());
    let sheets = layout::layout(&outline, &fonts);
    render::render(&sheets, &fonts, &outline.title, options.lang.code()).map_err(ReportError::Pdf)
}
