//! Why a document (the PDF report) could not be written. Every message is in the user's language.

use crate::i18n::{Lang, bilingual};
use crate::storage::SaveError;

/// A failed document export.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
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
            Self::Write(error) => error.message(lang),
        }
    }
}
