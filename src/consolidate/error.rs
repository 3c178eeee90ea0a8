//! Why a collection could not be read, written or started. Every message is in the user's
//! language, from the consolidation's own string table.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::i18n::bilingual;
use crate::storage::SaveError;

/// A failure of the collection file itself (a member that fails is not an error of the
/// collection: it is listed with its reason and the others are consolidated).
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum CollectionError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is far too large for a collection.
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// The file ends in the middle of the data.
    Truncated {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is not valid RON, or has a field a collection does not have.
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's explanation (in English).
        detail: String,
    },
    /// The file is not a collection.
    WrongFormat {
        /// The file.
        path: PathBuf,
        /// The `format` found, if any.
        found: Option<String>,
    },
    /// The file was written by a newer version of the program.
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version found.
        version: u32,
    },
    /// A rule is given for something that is not an indicator id.
    BadRuleId {
        /// The file.
        path: PathBuf,
        /// The key found.
        indicator_id: String,
    },
    /// The collection could not be turned into text.
    Serialize(String),
    /// The collection file could not be written (the old one is intact).
    Write(SaveError),
    /// A file the sample would write already exists (and `--force` was not given).
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The files and folders given hold no plan to consolidate.
    NoPlans {
        /// What was given.
        inputs: Vec<PathBuf>,
    },
}

impl CollectionError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().consolidate;
        let shown = |path: &PathBuf| path.display().to_string();
        match self {
            Self::Io { path, source } => (texts.read_failed)(&shown(path), &source.to_string()),
            Self::TooLarge { path } => (texts.too_large)(&shown(path)),
            Self::NotUtf8 { path } => (texts.not_utf8)(&shown(path)),
            Self::Truncated { path, line, column } => {
                (texts.truncated)(&shown(path), *line, *column)
            }
            Self::Syntax {
                path,
                line,
                column,
                detail,
            } => (texts.syntax)(&shown(path), *line, *column, detail),
            Self::WrongFormat { path, found } => {
                (texts.wrong_format)(&shown(path), found.as_deref().unwrap_or(""))
            }
            Self::NewerVersion { path, version } => (texts.newer_version)(&shown(path), *version),
            Self::BadRuleId { path, indicator_id } => {
                (texts.bad_rule_id)(&shown(path), indicator_id)
            }
            Self::Serialize(reason) => (texts.serialize_failed)(reason),
            Self::Write(error) => error.message(lang),
            Self::Exists { path } => (texts.exists)(&shown(path)),
            Self::NoPlans { inputs } => {
                let list: Vec<String> = inputs.iter().map(shown).collect();
                (texts.no_plans)(&list.join(", "))
            }
        }
    }
}
