//! Typed load and save errors. Each message names the file (and the line and column where there is
//! one), says what is wrong and what to do, in Vietnamese with English beside it.

use std::path::{Path, PathBuf};

pub use super::unknown_field::FieldPlace;
use super::unknown_field::unknown_field_message;

/// Why a project file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error(
        "Không đọc được tệp “{}”: {source}. Hãy kiểm tra đường dẫn và quyền truy cập.\nCannot read “{}”: {source}. Check the path and permissions.",
        path.display(), path.display()
    )]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is over [`super::MAX_FILE_SIZE`].
    #[error(
        "Tệp “{}” quá lớn ({} MiB, tối đa 64 MiB): đây không phải là tệp kế hoạch Lộ Trình. Hãy chọn đúng tệp .ron.\nThe file “{}” is too large ({} MiB, at most 64 MiB): it is not a Lộ Trình plan. Choose the right .ron file.",
        path.display(), size / (1024 * 1024), path.display(), size / (1024 * 1024)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "Tệp “{}” không phải văn bản UTF-8 (có thể là tệp Excel, Word hoặc bị hỏng). Hãy chọn tệp .ron do Lộ Trình lưu.\nThe file “{}” is not UTF-8 text (perhaps an Excel or Word file, or damaged). Choose a .ron file saved by Lộ Trình.",
        path.display(), path.display()
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// The file ends in the middle of the data.
    #[error(
        "Tệp “{}” bị cắt cụt: dữ liệu kết thúc đột ngột ở dòng {line}, cột {column}. Hãy mở bản sao lưu “.bak” bên cạnh tệp hoặc bản khôi phục.\nThe file “{}” is truncated: the data ends abruptly at line {line}, column {column}. Open the “.bak” backup beside it or a recovered copy.",
        path.display(), path.display()
    )]
    Truncated {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is not valid RON or does not match the project structure.
    #[error(
        "Tệp “{}” có lỗi ở dòng {line}, cột {column}: {detail}. Hãy sửa chỗ đó bằng trình soạn thảo văn bản hoặc mở bản sao lưu “.bak”.\nThe file “{}” has an error at line {line}, column {column}: {detail}. Fix it in a text editor or open the “.bak” backup.",
        path.display(), path.display()
    )]
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
    #[error("{}", unknown_field_message(path, field, *line, *column, *place, allowed))]
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
    #[error(
        "Tệp “{}” không phải tệp kế hoạch Lộ Trình (trường format là {}, cần \"lotrinh\"). Hãy chọn đúng tệp.\nThe file “{}” is not a Lộ Trình plan (format is {}, expected \"lotrinh\"). Choose the right file.",
        path.display(), found_text(found.as_deref()), path.display(), found_text(found.as_deref())
    )]
    WrongFormat {
        /// The file.
        path: PathBuf,
        /// The `format` found, if any.
        found: Option<String>,
    },
    /// The file was written by a newer version of the program.
    #[error(
        "Tệp “{}” được tạo bởi phiên bản mới hơn của Lộ Trình (định dạng phiên bản {version}, phiên bản này chỉ đọc đến {}). Hãy cập nhật chương trình.\nThe file “{}” was made by a newer version of Lộ Trình (format version {version}; this one reads up to {}). Please update the program.",
        path.display(), crate::model::FORMAT_VERSION, path.display(), crate::model::FORMAT_VERSION
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version found.
        version: u32,
    },
    /// The data breaks the project's rules.
    #[error(
        "Tệp “{}” có dữ liệu không hợp lệ. Hãy sửa các mục sau rồi mở lại:\nThe file “{}” has invalid data. Fix the following and open it again:\n{}",
        path.display(), path.display(), problem_list(problems)
    )]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every rule broken.
        problems: Vec<Problem>,
    },
}

fn found_text(found: Option<&str>) -> String {
    found.map_or_else(|| "(không có / missing)".to_owned(), |f| format!("\"{f}\""))
}

fn problem_list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  • {p}"))
        .collect::<Vec<_>>()
        .join("\n")
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

/// A rule a project breaks; any of these makes a file unusable until fixed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Problem {
    /// Two indicators share an id.
    #[error("mã chỉ tiêu “{indicator_id}” bị trùng / duplicate indicator id “{indicator_id}”")]
    DuplicateId {
        /// The repeated id.
        indicator_id: String,
    },
    /// An id is not ASCII snake_case.
    #[error(
        "mã chỉ tiêu “{indicator_id}” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới / invalid indicator id “{indicator_id}”: use lowercase ASCII letters, digits and underscores"
    )]
    InvalidId {
        /// The bad id.
        indicator_id: String,
    },
    /// A number is infinite or not a number.
    #[error(
        "chỉ tiêu “{indicator_id}”: {field} không phải là số hữu hạn / indicator “{indicator_id}”: {field} is not a finite number"
    )]
    NonFinite {
        /// The indicator.
        indicator_id: String,
        /// Which value, e.g. "measurement 2022-09-30".
        field: String,
    },
    /// A percent outside 0–100.
    #[error(
        "chỉ tiêu “{indicator_id}”: {field} = {value} nằm ngoài 0–100% / indicator “{indicator_id}”: {field} = {value} is outside 0–100%"
    )]
    PercentOutOfRange {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: String,
        /// The value.
        value: f64,
    },
    /// A yes/no value other than 1 (Có) or 0 (Không).
    #[error(
        "chỉ tiêu “{indicator_id}”: {field} = {value}, nhưng chỉ tiêu Có/Không chỉ nhận 1 (Có) hoặc 0 (Không) / indicator “{indicator_id}”: {field} = {value}, but a yes/no indicator takes only 1 (yes) or 0 (no)"
    )]
    NotYesNo {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: String,
        /// The value.
        value: f64,
    },
    /// A rank below 1.
    #[error(
        "chỉ tiêu “{indicator_id}”: {field} = {value}, nhưng thứ hạng phải từ 1 trở lên / indicator “{indicator_id}”: {field} = {value}, but a rank must be 1 or more"
    )]
    RankBelowOne {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: String,
        /// The value.
        value: f64,
    },
    /// A negative count, amount or score.
    #[error(
        "chỉ tiêu “{indicator_id}”: {field} = {value} là số âm / indicator “{indicator_id}”: {field} = {value} is negative"
    )]
    Negative {
        /// The indicator.
        indicator_id: String,
        /// Which value.
        field: String,
        /// The value.
        value: f64,
    },
    /// A target year before the baseline year.
    #[error(
        "chỉ tiêu “{indicator_id}”: mục tiêu năm {year} trước năm cơ sở {baseline_year} / indicator “{indicator_id}”: target year {year} is before the baseline year {baseline_year}"
    )]
    TargetBeforeBaseline {
        /// The indicator.
        indicator_id: String,
        /// The target year.
        year: i32,
        /// The baseline year.
        baseline_year: i32,
    },
    /// Two targets for the same year.
    #[error(
        "chỉ tiêu “{indicator_id}”: có hai mục tiêu cho năm {year} / indicator “{indicator_id}”: two targets for {year}"
    )]
    DuplicateTargetYear {
        /// The indicator.
        indicator_id: String,
        /// The repeated year.
        year: i32,
    },
}

/// Something allowed but probably a mistake, shown after loading or by `lotrinh check`.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Warning {
    /// A rank marked higher-is-better: it is judged lower-is-better, and saved so.
    #[error("{}", bilingual_line(|texts| (texts.file.rank_direction)(indicator_id)))]
    RankHigherIsBetter {
        /// The indicator.
        indicator_id: String,
    },
    /// An indicator has no target.
    #[error(
        "chỉ tiêu “{indicator_id}” chưa có mục tiêu / indicator “{indicator_id}” has no target"
    )]
    NoTargets {
        /// The indicator.
        indicator_id: String,
    },
    /// A measurement dated after the reporting date (it is ignored until then).
    #[error(
        "chỉ tiêu “{indicator_id}”: số liệu ngày {date} sau ngày tính số liệu của kế hoạch, chưa được tính / indicator “{indicator_id}”: value dated {date} is after the reporting date and not counted"
    )]
    MeasurementAfterAsOf {
        /// The indicator.
        indicator_id: String,
        /// The measurement's date.
        date: chrono::NaiveDate,
    },
    /// A measurement dated before the baseline.
    #[error(
        "chỉ tiêu “{indicator_id}”: số liệu ngày {date} trước ngày cơ sở / indicator “{indicator_id}”: value dated {date} is before the baseline date"
    )]
    MeasurementBeforeBaseline {
        /// The indicator.
        indicator_id: String,
        /// The measurement's date.
        date: chrono::NaiveDate,
    },
}

/// One line with the Vietnamese words, " / ", then the English ones, as list items are written.
fn bilingual_line(words: impl Fn(&crate::i18n::Texts) -> String) -> String {
    format!(
        "{} / {}",
        words(crate::i18n::Lang::Vi.texts()),
        words(crate::i18n::Lang::En.texts())
    )
}

/// Why a project could not be saved. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The project could not be turned into RON.
    #[error("Không chuyển được kế hoạch thành văn bản: {0}\nCould not serialise the plan: {0}")]
    Serialize(String),
    /// Writing or renaming the file failed.
    #[error(
        "Không lưu được tệp “{}”: {source}. Tệp cũ vẫn nguyên vẹn. Hãy kiểm tra dung lượng đĩa và quyền ghi, hoặc chọn “Lưu với tên khác…” nơi khác.\nCould not save “{}”: {source}. The old file is intact. Check disk space and permissions, or use “Save with another name…” elsewhere.",
        path.display(), path.display()
    )]
    Write {
        /// The target file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The backup copy of the previous file could not be made.
    #[error(
        "Không tạo được bản sao lưu “{}”: {source}. Chưa ghi gì. Hãy kiểm tra quyền ghi thư mục.\nCould not make the backup “{}”: {source}. Nothing was written. Check the folder's permissions.",
        path.display(), path.display()
    )]
    Backup {
        /// The backup file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// Picks one language out of a bilingual message: the first line is Vietnamese and the second
/// English; list items below them carry both halves joined by " / ".
pub fn localized_message(bilingual: &str, lang: crate::i18n::Lang) -> String {
    let mut lines = bilingual.lines();
    let vietnamese = lines.next().unwrap_or_default();
    let english = lines.next().unwrap_or(vietnamese);
    let head = match lang {
        crate::i18n::Lang::Vi => vietnamese,
        crate::i18n::Lang::En => english,
    };
    let mut out = head.to_owned();
    for line in lines {
        let (vi_part, en_part) = line.split_once(" / ").unwrap_or((line, line));
        out.push('\n');
        match lang {
            crate::i18n::Lang::Vi => out.push_str(vi_part),
            crate::i18n::Lang::En => {
                out.push_str("  • ");
                out.push_str(en_part);
            }
        }
    }
    out
}
