//! Typed load and save errors, the rules a plan breaks and the warnings worth showing. They carry
//! data only; `message(lang)` turns each into words from the language tables
//! ([`crate::i18n::ErrorTexts`]), naming the file (and the line and column where there is one),
//! saying what is wrong and what to do. `Display` gives the command line's form: Vietnamese with
//! English beside it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use super::unknown_field::FieldPlace;
use crate::i18n::{Lang, bilingual, bilingual_inline, format_date, format_number, io_reason};

/// Why a project file could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum LoadError {
    /// The file could not be read at all.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is over [`super::MAX_FILE_SIZE`].
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
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
    /// The file is not valid RON or does not match the project structure.
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
    /// A field the program does not know (often a misspelt name): refused, so that its data is
    /// not dropped in silence at the next save.
    UnknownField {
        /// The file.
        path: PathBuf,
        /// 1-based line of the field.
        line: usize,
        /// 1-based column of the field.
        column: usize,
        /// The field's name as written.
        field: String,
        /// The fields allowed where it is.
        allowed: Vec<String>,
        /// What the field is in (an indicator, a measurement…).
        place: FieldPlace,
    },
    /// The file is RON but not a Lộ Trình project.
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
    /// The data breaks the project's rules.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every rule broken.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// Turns a RON parse error into a truncated-file or syntax error with its position.
    pub(crate) fn from_ron(path: &Path, text: &str, error: &ron::error::SpannedError) -> Self {
        let position = error.span.start;
        let (line, column) = (position.line, position.col);
        // RON reports these only when it reaches the end of the text looking for more.
        let ran_out = matches!(error.code, ron::Error::Eof | ron::Error::ExpectedStringEnd);
        if let ron::Error::NoSuchStructField {
            expected, found, ..
        } = &error.code
        {
            return Self::UnknownField {
                path: path.to_path_buf(),
                line,
                column,
                field: found.clone(),
                allowed: expected.iter().map(|name| (*name).to_owned()).collect(),
                place: FieldPlace::from_allowed(expected),
            };
        }
        if ran_out || (reaches_end(text, &error.span.end) && is_closing_error(&error.code)) {
            return Self::Truncated {
                path: path.to_path_buf(),
                line,
                column,
            };
        }
        Self::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            detail: error.code.to_string(),
        }
    }

    /// The message in `lang`; the rules broken follow on their own lines.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        let file = self.path().display().to_string();
        match self {
            Self::Io { source, .. } => (texts.load_io)(&file, &io_reason(source, lang)),
            Self::TooLarge { size, .. } => (texts.load_too_large)(&file, size / (1024 * 1024)),
            Self::NotUtf8 { .. } => (texts.load_not_utf8)(&file),
            Self::Truncated { line, column, .. } => (texts.load_truncated)(&file, *line, *column),
            Self::Syntax {
                line,
                column,
                detail,
                ..
            } => (texts.load_syntax)(&file, *line, *column, detail),
            Self::UnknownField {
                line,
                column,
                field,
                allowed,
                place,
                ..
            } => super::unknown_field::unknown_field_message(
                &file, field, *line, *column, *place, allowed, lang,
            ),
            Self::WrongFormat { found, .. } => (texts.load_wrong_format)(&file, found.as_deref()),
            Self::NewerVersion { version, .. } => {
                (texts.load_newer_version)(&file, *version, crate::model::FORMAT_VERSION)
            }
            Self::Invalid { problems, .. } => {
                let mut message = (texts.load_invalid)(&file);
                for problem in problems {
                    message.push_str("\n  • ");
                    message.push_str(&problem.message(lang));
                }
                message
            }
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. }
            | Self::TooLarge { path, .. }
            | Self::NotUtf8 { path }
            | Self::Truncated { path, .. }
            | Self::Syntax { path, .. }
            | Self::UnknownField { path, .. }
            | Self::WrongFormat { path, .. }
            | Self::NewerVersion { path, .. }
            | Self::Invalid { path, .. } => path,
        }
    }
}

/// True when `position` is at or past the last non-blank character of `text`, counted as RON
/// counts (1-based line, column in characters): the parser found nothing more there.
fn reaches_end(text: &str, position: &ron::error::Position) -> bool {
    let data = text.trim_end();
    let last_line = 1 + data.matches('\n').count();
    let end_column = 1 + data.chars().rev().take_while(|&c| c != '\n').count();
    (position.line, position.col) >= (last_line, end_column)
}

/// Errors about something still to come (a closing bracket, a comma, a colon, a value, the
/// project itself), which mean truncation when the text ends where they are raised.
fn is_closing_error(code: &ron::Error) -> bool {
    matches!(
        code,
        ron::Error::ExpectedArrayEnd
            | ron::Error::ExpectedStructLikeEnd
            | ron::Error::ExpectedMapEnd
            | ron::Error::ExpectedStringEnd
            | ron::Error::ExpectedComma
            | ron::Error::ExpectedMapColon
            | ron::Error::ExpectedString
            | ron::Error::ExpectedInteger
            | ron::Error::ExpectedStructLike
            | ron::Error::ExpectedNamedStructLike(_)
    )
}

/// Which value of an indicator a problem is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueField {
    /// The baseline of this date.
    Baseline(NaiveDate),
    /// The target of this year.
    Target(i32),
    /// The measurement of this date.
    Measurement(NaiveDate),
    /// The numerator of the measurement of this date.
    Numerator(NaiveDate),
    /// The denominator of the measurement of this date.
    Denominator(NaiveDate),
    /// The maximum of a score.
    ScoreMax,
}

impl ValueField {
    /// The value's name in `lang`, e.g. "mục tiêu năm 2025".
    pub fn name(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        match self {
            Self::Baseline(date) => (texts.field_baseline)(&format_date(*date)),
            Self::Target(year) => (texts.field_target)(*year),
            Self::Measurement(date) => (texts.field_measurement)(&format_date(*date)),
            Self::Numerator(date) => (texts.field_numerator)(&format_date(*date)),
            Self::Denominator(date) => (texts.field_denominator)(&format_date(*date)),
            Self::ScoreMax => texts.field_score_max.to_owned(),
        }
    }
}

/// A rule a project breaks; any of these makes a file unusable until fixed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", bilingual_inline(|lang| self.message(lang)))]
pub enum Problem {
    /// The points index kept in the plan cannot score (its group or criterion, and what).
    ScoreIndex {
        /// The id of the group or criterion.
        id: String,
        /// What is wrong.
        problem: crate::scoring::Problem,
    },
    /// Two indicators share an id.
    DuplicateId {
        /// The repeated id.
        indicator_id: String,
    },
    /// An id is not ASCII snake_case.
    InvalidId {
        /// The bad id.
        indicator_id: String,
    },
    /// A number is infinite or not a number.
    NonFinite {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: ValueField,
    },
    /// A percent outside 0–100.
    PercentOutOfRange {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: ValueField,
        /// The value.
        value: f64,
    },
    /// A yes/no value other than 1 (Có) or 0 (Không).
    NotYesNo {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: ValueField,
        /// The value.
        value: f64,
    },
    /// A rank below 1.
    RankBelowOne {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: ValueField,
        /// The value.
        value: f64,
    },
    /// A negative count, amount or score.
    Negative {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: ValueField,
        /// The value.
        value: f64,
    },
    /// A target year before the baseline year.
    TargetBeforeBaseline {
        /// The indicator.
        indicator_id: String,
        /// The target year.
        year: i32,
        /// The baseline year.
        baseline_year: i32,
    },
    /// Two targets for the same year.
    DuplicateTargetYear {
        /// The indicator.
        indicator_id: String,
        /// The repeated year.
        year: i32,
    },
}

impl Problem {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        match self {
            Self::ScoreIndex { id, problem } => crate::scoring::IndexError::Invalid {
                id: id.clone(),
                problem: *problem,
            }
            .message(lang),
            Self::DuplicateId { indicator_id } => (texts.duplicate_id)(indicator_id),
            Self::InvalidId { indicator_id } => (texts.invalid_id)(indicator_id),
            Self::NonFinite {
                indicator_id,
                field,
            } => (texts.non_finite)(indicator_id, &field.name(lang)),
            Self::PercentOutOfRange {
                indicator_id,
                field,
                value,
            } => (texts.percent_out_of_range)(
                indicator_id,
                &field.name(lang),
                &format_number(*value, 4, lang),
            ),
            Self::NotYesNo {
                indicator_id,
                field,
                value,
            } => (texts.not_yes_no)(
                indicator_id,
                &field.name(lang),
                &format_number(*value, 4, lang),
            ),
            Self::RankBelowOne {
                indicator_id,
                field,
                value,
            } => (texts.rank_below_one)(
                indicator_id,
                &field.name(lang),
                &format_number(*value, 4, lang),
            ),
            Self::Negative {
                indicator_id,
                field,
                value,
            } => (texts.negative)(
                indicator_id,
                &field.name(lang),
                &format_number(*value, 4, lang),
            ),
            Self::TargetBeforeBaseline {
                indicator_id,
                year,
                baseline_year,
            } => (texts.target_before_baseline)(indicator_id, *year, *baseline_year),
            Self::DuplicateTargetYear { indicator_id, year } => {
                (texts.duplicate_target_year)(indicator_id, *year)
            }
        }
    }
}

/// Something allowed but probably a mistake, shown after loading or by `lotrinh check`.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", bilingual_inline(|lang| self.message(lang)))]
pub enum Warning {
    /// A rank marked higher-is-better: it is judged lower-is-better, and saved so.
    RankHigherIsBetter {
        /// The indicator.
        indicator_id: String,
    },
    /// An indicator has no target.
    NoTargets {
        /// The indicator.
        indicator_id: String,
    },
    /// A measurement dated after the reporting date (it is ignored until then).
    MeasurementAfterAsOf {
        /// The indicator.
        indicator_id: String,
        /// The measurement's date.
        date: NaiveDate,
    },
    /// A measurement dated before the baseline.
    MeasurementBeforeBaseline {
        /// The indicator.
        indicator_id: String,
        /// The measurement's date.
        date: NaiveDate,
    },
    /// The yearly targets go backwards, overshoot the final target or skip a year.
    Roadmap {
        /// The indicator's id and unit (to write the values in).
        indicator: Box<crate::model::Indicator>,
        /// What is wrong.
        problem: crate::planning::StepProblem,
    },
}

impl Warning {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        match self {
            Self::RankHigherIsBetter { indicator_id } => {
                (lang.texts().file.rank_direction)(indicator_id)
            }
            Self::NoTargets { indicator_id } => (texts.no_targets)(indicator_id),
            Self::MeasurementAfterAsOf { indicator_id, date } => {
                (texts.measurement_after_as_of)(indicator_id, &format_date(*date))
            }
            Self::MeasurementBeforeBaseline { indicator_id, date } => {
                (texts.measurement_before_baseline)(indicator_id, &format_date(*date))
            }
            Self::Roadmap { indicator, problem } => format!(
                "{}: {}",
                indicator.id,
                crate::i18n::step_problem_text(problem, indicator, lang)
            ),
        }
    }
}

/// Why a project could not be saved. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum SaveError {
    /// The project could not be turned into RON.
    Serialize(String),
    /// Writing or renaming the file failed.
    Write {
        /// The target file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Another program holds the file open and Windows refuses to replace it.
    InUse {
        /// The target file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The backup copy of the previous file could not be made.
    Backup {
        /// The backup file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

impl SaveError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        match self {
            Self::Serialize(reason) => (texts.save_serialize)(reason),
            Self::Write { path, source } => {
                (texts.save_write)(&path.display().to_string(), &io_reason(source, lang))
            }
            Self::InUse { path, .. } => (texts.save_in_use)(&path.display().to_string()),
            Self::Backup { path, source } => {
                (texts.save_backup)(&path.display().to_string(), &io_reason(source, lang))
            }
        }
    }
}
