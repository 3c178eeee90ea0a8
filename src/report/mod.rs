//! Documents: the PDF progress report (soon also Word), and the administrative table (STT | Chỉ
//! tiêu | Đơn vị tính | Giá trị cơ sở | Mục tiêu … | Kết quả thực hiện | … | Đánh giá) that both the
//! documents and the spreadsheet export lay out.
//!
//! Everything here reads only the model, the progress engine and the chart specs.

mod error;
mod pdf;
mod table;

pub use error::ReportError;
pub use pdf::pdf_bytes;
pub use table::{ReportTable, TableRow, unit_text};

use chrono::NaiveDate;

use crate::i18n::Lang;

/// How to write a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Language of headers, statuses and sentences.
    pub lang: Lang,
    /// The printing date shown in the PDF footer.
    pub printed_on: NaiveDate,
}
