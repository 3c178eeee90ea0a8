//! Documents: the report an office numbers, signs and files — as PDF and as Word — and the
//! administrative table (STT | Chỉ tiêu | Đơn vị tính | Giá trị cơ sở | Mục tiêu … | Kết quả thực
//! hiện | … | Đánh giá) that the spreadsheet export also lays out.
//!
//! One outline, two writers: [`outline`] decides the order, the words and the figures (from the
//! plan, its document settings and the progress engine); the PDF and DOCX writers only lay it out.
//! Everything here reads only the model, the progress engine and the chart specs.

#[cfg(feature = "reports")]
mod docx;
mod draft;
#[cfg(feature = "reports")]
mod drawing;
mod error;
mod figures;
pub mod measures;
pub mod outline;
#[cfg(feature = "reports")]
mod pdf;
mod settings;
mod table;

#[cfg(feature = "reports")]
pub use docx::{annual_plan_docx_bytes, assessment_docx_bytes, docx_bytes};
pub use draft::draft_section;
#[cfg(feature = "reports")]
pub use drawing::{FontStyle, font_has_glyph};
pub use error::ReportError;
pub use figures::plan_for_year;
pub use outline::{Outline, OutlineOptions};
#[cfg(feature = "reports")]
pub use pdf::{
    annual_plan_pdf_bytes, assessment_pdf_bytes, consolidated_pdf_bytes, pdf_bytes,
    write_consolidated_pdf,
};
pub use settings::{
    default_settings, effective_settings, period_words, renew_settings, split_level, switch_layout,
};
pub use table::{ReportTable, TableRow, unit_text};

use chrono::NaiveDate;

use crate::i18n::Lang;

/// How to write a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Language of headings, statuses and sentences.
    pub lang: Lang,
    /// The date printed when the document settings have none.
    pub printed_on: NaiveDate,
}

impl ExportOptions {
    /// The options of the outline.
    pub fn outline(&self) -> OutlineOptions {
        OutlineOptions {
            lang: self.lang,
            printed_on: self.printed_on,
        }
    }
}
