//! Why a spreadsheet export or import failed. Every message is in the user's language.

use std::path::PathBuf;

use crate::i18n::{Lang, bilingual, io_reason};
use crate::storage::{Problem, SaveError};

/// A failed XLSX/CSV export or import.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum SpreadsheetError {
    /// An input file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The input is not a readable XLSX or CSV file.
    NotSpreadsheet {
        /// The file.
        path: PathBuf,
        /// What the reader said (in English, from the library).
        reason: String,
    },
    /// The file name has no extension this program reads or writes.
    UnknownExtension {
        /// The file.
        path: PathBuf,
    },
    /// The XLSX writer failed.
    Xlsx(String),
    /// The CSV writer failed.
    Csv(String),
    /// The imported project would break a rule of the file format.
    InvalidResult(Vec<Problem>),
    /// The output could not be written (nothing was written half-way).
    Write(#[from] SaveError),
}

impl SpreadsheetError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().report;
        match self {
            Self::Read { path, source } => {
                (texts.read_failed)(&path.display().to_string(), &io_reason(source, lang))
            }
            Self::NotSpreadsheet { path, reason } => {
                (texts.not_spreadsheet)(&path.display().to_string(), reason)
            }
            Self::UnknownExtension { path } => {
                (texts.unknown_extension)(&path.display().to_string())
            }
            Self::Xlsx(reason) => (texts.xlsx_failed)(reason),
            Self::Csv(reason) => (texts.csv_failed)(reason),
            Self::InvalidResult(problems) => {
                let words: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                (texts.invalid_result)(&words.join("; "))
            }
            Self::Write(error) => error.message(lang),
        }
    }
}
