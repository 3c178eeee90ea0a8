//! Why a document (the PDF report) could not be written. Every message is in the user's language.

use crate::i18n::Lang;
use crate::storage::{SaveError, localized_message};

/// A failed document export.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::Vi))]
pub enum ReportError {
    /// The PDF writer failed.
    Pdf(String),
    /// The Word writer failed.
    Docx(String),
    /// The output could not be written (nothing was written half-way).
    Write(#[from] SaveError),
}

impl ReportError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().report;
        match self {
            Self::Pdf(reason) => (texts.pdf_failed)(reason),
            Self::Docx(reason) => (lang.texts().document.docx_failed)(reason),
            Self::Write(error) => localized_message(&error.to_string(), lang),
        }
    }
}
