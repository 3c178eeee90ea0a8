//! The PDF progress report (Báo cáo tiến độ): A4 portrait, the bundled Vietnamese-capable font
//! embedded and subset, selectable text, charts as vector graphics from the shared chart specs.
//!
//! Layout and drawing are apart: [`sections`] lays the report out into a display list of pages
//! ([`canvas`]), measuring text with the same shaper that [`render`] uses to draw it with krilla.

mod canvas;
mod fonts;
mod frame;
mod pillar_chart;
mod render;
mod sections;
mod table;
mod trajectory_chart;
mod writer;

use super::{ExportOptions, ReportError};
use crate::model::Project;
use crate::progress::summarize;

/// The PDF report of `project` at its reporting date.
pub fn pdf_bytes(project: &Project, options: &ExportOptions) -> Result<Vec<u8>, ReportError> {
    let mut project = project.clone();
    project.normalize_text();
    let fonts = fonts::Fonts::new().ok_or_else(|| ReportError::Pdf("font".to_owned()))?;
    let summary = summarize(&project);
    let pages = sections::layout(&project, &summary, &fonts, options);
    let texts = options.lang.texts().report;
    let title = if project.title.is_empty() {
        texts.title.to_owned()
    } else {
        project.title.clone()
    };
    render::render(&pages, &fonts, &title, options.lang.code()).map_err(ReportError::Pdf)
}
