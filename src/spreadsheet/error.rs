//! Why a spreadsheet export or import failed. Every message is in the user's language.

use std::path::PathBuf;

use super::limits::Oversize;
use crate::i18n::{Lang, bilingual, format_number, io_reason};
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
    /// The input is over a size limit; it was refused before being read into memory.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// What was too large.
        oversize: Oversize,
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
            Self::TooLarge { path, oversize } => too_large(path, oversize, lang),
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

/// The message of an oversized input: what, how large, and the limit.
fn too_large(path: &std::path::Path, oversize: &Oversize, lang: Lang) -> String {
    let texts = lang.texts().import;
    let path = path.display().to_string();
    let mib = |bytes: &u64| format_number(*bytes as f64 / (1024.0 * 1024.0), 1, lang);
    let count = |n: usize| format_number(n as f64, 0, lang);
    match oversize {
        Oversize::File { size, limit } => (texts.file_too_large)(&path, &mib(size), &mib(limit)),
        Oversize::Part { part, size, limit } => {
            (texts.part_too_large)(&path, part, &mib(size), &mib(limit))
        }
        Oversize::Unpacked { size, limit } => {
            (texts.unpacked_too_large)(&path, &mib(size), &mib(limit))
        }
        Oversize::Rows { sheet, rows, limit } => (texts.too_many_rows)(
            &path,
            sheet,
            &format_number(*rows as f64, 0, lang),
            &count(*limit),
        ),
        Oversize::Cells { sheet, limit } => (texts.too_many_cells)(&path, sheet, &count(*limit)),
    }
}
