//! The words of every error: loading and saving plans, the rules a plan must keep and the warnings
//! worth showing, refused edits, chart images. One table per language ([`VI`], [`EN`]), reached
//! through [`super::Texts::errors`]. The error types carry data only; each builds its message from
//! these functions in its `message(lang)`.

use super::Lang;
use crate::model::ValueProblem;

/// Error strings of one language. Every message names the file or the indicator, says what is
/// wrong and what to do.
pub struct ErrorTexts {
    /// A file cannot be read: path, the system's reason.
    pub load_io: fn(&str, &str) -> String,
    /// A file is too large: path, size in MiB.
    pub load_too_large: fn(&str, u64) -> String,
    /// A file is not UTF-8 text: path.
    pub load_not_utf8: fn(&str) -> String,
    /// A file ends in the middle of the data: path, line, column.
    pub load_truncated: fn(&str, usize, usize) -> String,
    /// A file has a syntax error: path, line, column, the parser's words (English).
    pub load_syntax: fn(&str, usize, usize, &str) -> String,
    /// A file is not a plan: path, the `format` found (quoted) or `None`.
    pub load_wrong_format: fn(&str, Option<&str>) -> String,
    /// A file comes from a newer version: path, its format version, the newest one read.
    pub load_newer_version: fn(&str, u32, u32) -> String,
    /// A file breaks rules, listed below this heading: path.
    pub load_invalid: fn(&str) -> String,
    /// Two indicators share an id.
    pub duplicate_id: fn(&str) -> String,
    /// An id is not ASCII snake_case.
    pub invalid_id: fn(&str) -> String,
    /// A number is not finite: indicator, which value.
    pub non_finite: fn(&str, &str) -> String,
    /// A percent outside 0–100: indicator, which value, the value.
    pub percent_out_of_range: fn(&str, &str, &str) -> String,
    /// A yes/no value other than 1 or 0: indicator, which value, the value.
    pub not_yes_no: fn(&str, &str, &str) -> String,
    /// A rank below 1: indicator, which value, the value.
    pub rank_below_one: fn(&str, &str, &str) -> String,
    /// A negative count, amount or score: indicator, which value, the value.
    pub negative: fn(&str, &str, &str) -> String,
    /// A target year before the baseline year: indicator, target year, baseline year.
    pub target_before_baseline: fn(&str, i32, i32) -> String,
    /// Two targets for one year: indicator, year.
    pub duplicate_target_year: fn(&str, i32) -> String,
    /// Which value: the baseline of a date.
    pub field_baseline: fn(&str) -> String,
    /// Which value: the target of a year.
    pub field_target: fn(i32) -> String,
    /// Which value: the measurement of a date.
    pub field_measurement: fn(&str) -> String,
    /// Which value: the numerator of a date.
    pub field_numerator: fn(&str) -> String,
    /// Which value: the denominator of a date.
    pub field_denominator: fn(&str) -> String,
    /// Which value: the maximum score.
    pub field_score_max: &'static str,
    /// Warning: an indicator has no target.
    pub no_targets: fn(&str) -> String,
    /// Warning: a value dated after the reporting date: indicator, date.
    pub measurement_after_as_of: fn(&str, &str) -> String,
    /// Warning: a value dated before the baseline: indicator, date.
    pub measurement_before_baseline: fn(&str, &str) -> String,
    /// The plan cannot be turned into text: the serialiser's words.
    pub save_serialize: fn(&str) -> String,
    /// A file cannot be written: path, the system's reason.
    pub save_write: fn(&str, &str) -> String,
    /// The backup cannot be made: backup path, the system's reason.
    pub save_backup: fn(&str, &str) -> String,
    /// The file cannot be replaced because another program holds it open (Windows): path.
    pub save_in_use: fn(&str) -> String,
    /// An edit refers to an indicator that no longer exists.
    pub edit_unknown_indicator: fn(&str) -> String,
    /// An edit would break the rules listed after it.
    pub edit_invalid: fn(&str) -> String,
    /// A chart image: the chart is not on screen (scrolled away or another tab).
    pub chart_not_shown: &'static str,
    /// A chart image: the picture could not be encoded: the encoder's words.
    pub chart_encode: fn(&str) -> String,
    /// A chart image could not be saved: the reason.
    pub chart_not_saved: fn(&str) -> String,
    /// A value that is not a finite number.
    pub value_not_finite: &'static str,
    /// A percentage outside 0–100.
    pub value_percent: &'static str,
    /// A yes/no value other than 1 (yes) or 0 (no).
    pub value_yes_no: &'static str,
    /// A rank below 1.
    pub value_rank: &'static str,
    /// A negative count, amount or score.
    pub value_negative: &'static str,
    /// The system's reason: the file or folder does not exist.
    pub io_not_found: &'static str,
    /// The system's reason: no permission.
    pub io_permission_denied: &'static str,
    /// The system's reason: the disk is full.
    pub io_storage_full: &'static str,
    /// The system's reason: the disk or folder is read-only.
    pub io_read_only: &'static str,
}

/// Why a number cannot be a value of its indicator's unit, in `lang` (the rule is
/// [`crate::model::MeasureUnit::check_value`]).
pub fn value_problem(problem: ValueProblem, lang: Lang) -> &'static str {
    let texts = lang.texts().errors;
    match problem {
        ValueProblem::NotFinite => texts.value_not_finite,
        ValueProblem::PercentOutOfRange => texts.value_percent,
        ValueProblem::NotYesNo => texts.value_yes_no,
        ValueProblem::RankBelowOne => texts.value_rank,
        ValueProblem::Negative => texts.value_negative,
    }
}

/// The operating system's reason for a failed read or write, in `lang` for the common cases and
/// as the system words it otherwise.
pub fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    let texts = lang.texts().errors;
    match error.kind() {
        std::io::ErrorKind::NotFound => texts.io_not_found.to_owned(),
        std::io::ErrorKind::PermissionDenied => texts.io_permission_denied.to_owned(),
        std::io::ErrorKind::StorageFull => texts.io_storage_full.to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => texts.io_read_only.to_owned(),
        _ => error.to_string(),
    }
}

/// A message in Vietnamese, then in English on the next line: the command line's form.
pub fn bilingual(message: impl Fn(Lang) -> String) -> String {
    format!("{}\n{}", message(Lang::Vi), message(Lang::En))
}

/// A short message in Vietnamese and English on one line, "vi / en": the command line's form of
/// list items such as warnings.
pub fn bilingual_inline(message: impl Fn(Lang) -> String) -> String {
    format!("{} / {}", message(Lang::Vi), message(Lang::En))
}

/// The Vietnamese table.
pub static VI: ErrorTexts = ErrorTexts {
    load_io: |path, reason| {
        format!("Không đọc được tệp “{path}”: {reason}. Hãy kiểm tra đường dẫn và quyền truy cập.")
    },
    load_too_large: |path, mib| {
        format!(
            "Tệp “{path}” quá lớn ({mib} MiB, tối đa 64 MiB): đây không phải là tệp kế hoạch Lộ \
             Trình. Hãy chọn đúng tệp .ron."
        )
    },
    load_not_utf8: |path| {
        format!(
            "Tệp “{path}” không phải văn bản UTF-8 (có thể là tệp Excel, Word hoặc bị hỏng). Hãy \
             chọn tệp .ron do Lộ Trình lưu."
        )
    },
    load_truncated: |path, line, column| {
        format!(
            "Tệp “{path}” bị cắt cụt: dữ liệu kết thúc đột ngột ở dòng {line}, cột {column}. Hãy \
             mở bản sao lưu “.bak” bên cạnh tệp hoặc bản khôi phục."
        )
    },
    load_syntax: |path, line, column, detail| {
        format!(
            "Tệp “{path}” có lỗi ở dòng {line}, cột {column}: {detail}. Hãy sửa chỗ đó bằng trình \
             soạn thảo văn bản hoặc mở bản sao lưu “.bak”."
        )
    },
    load_wrong_format: |path, found| {
        let found = found.map_or_else(|| "(không có)".to_owned(), |f| format!("\"{f}\""));
        format!(
            "Tệp “{path}” không phải tệp kế hoạch Lộ Trình (trường format là {found}, cần \
             \"lotrinh\"). Hãy chọn đúng tệp."
        )
    },
    load_newer_version: |path, version, newest| {
        format!(
            "Tệp “{path}” được tạo bởi phiên bản mới hơn của Lộ Trình (định dạng phiên bản \
             {version}, phiên bản này chỉ đọc đến {newest}). Hãy cập nhật chương trình."
        )
    },
    load_invalid: |path| {
        format!("Tệp “{path}” có dữ liệu không hợp lệ. Hãy sửa các mục sau rồi mở lại:")
    },
    duplicate_id: |id| format!("mã chỉ tiêu “{id}” bị trùng"),
    invalid_id: |id| {
        format!(
            "mã chỉ tiêu “{id}” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới"
        )
    },
    non_finite: |id, field| format!("chỉ tiêu “{id}”: {field} không phải là số hữu hạn"),
    percent_out_of_range: |id, field, value| {
        format!("chỉ tiêu “{id}”: {field} = {value} nằm ngoài 0–100%")
    },
    not_yes_no: |id, field, value| {
        format!(
            "chỉ tiêu “{id}”: {field} = {value}, nhưng chỉ tiêu Có/Không chỉ nhận 1 (Có) hoặc 0 (Không)"
        )
    },
    rank_below_one: |id, field, value| {
        format!("chỉ tiêu “{id}”: {field} = {value}, nhưng thứ hạng phải từ 1 trở lên")
    },
    negative: |id, field, value| format!("chỉ tiêu “{id}”: {field} = {value} là số âm"),
    target_before_baseline: |id, year, baseline_year| {
        format!("chỉ tiêu “{id}”: mục tiêu năm {year} trước năm cơ sở {baseline_year}")
    },
    duplicate_target_year: |id, year| format!("chỉ tiêu “{id}”: có hai mục tiêu cho năm {year}"),
    field_baseline: |date| format!("giá trị cơ sở ngày {date}"),
    field_target: |year| format!("mục tiêu năm {year}"),
    field_measurement: |date| format!("số liệu ngày {date}"),
    field_numerator: |date| format!("tử số ngày {date}"),
    field_denominator: |date| format!("mẫu số ngày {date}"),
    field_score_max: "điểm tối đa",
    no_targets: |id| format!("chỉ tiêu “{id}” chưa có mục tiêu"),
    measurement_after_as_of: |id, date| {
        format!(
            "chỉ tiêu “{id}”: số liệu ngày {date} sau ngày tính số liệu của kế hoạch, chưa được tính"
        )
    },
    measurement_before_baseline: |id, date| {
        format!("chỉ tiêu “{id}”: số liệu ngày {date} trước ngày cơ sở")
    },
    save_serialize: |reason| format!("Không chuyển được kế hoạch thành văn bản: {reason}"),
    save_write: |path, reason| {
        format!(
            "Không lưu được tệp “{path}”: {reason}. Tệp cũ vẫn nguyên vẹn. Hãy kiểm tra dung lượng \
             đĩa và quyền ghi, hoặc chọn “Lưu với tên khác…” nơi khác."
        )
    },
    save_backup: |path, reason| {
        format!(
            "Không tạo được bản sao lưu “{path}”: {reason}. Chưa ghi gì. Hãy kiểm tra quyền ghi thư \
             mục."
        )
    },
    save_in_use: |path| {
        format!(
            "Không lưu được tệp “{path}”: tệp đang được mở trong một chương trình khác (Excel, \
             Word, Notepad, một cửa sổ Lộ Trình khác…) nên không thay được. Tệp cũ vẫn nguyên vẹn \
             và chưa mất gì. Hãy đóng chương trình đó rồi lưu lại, hoặc chọn “Lưu với tên khác…”."
        )
    },
    edit_unknown_indicator: |id| {
        format!("Không thay đổi được: chỉ tiêu “{id}” không còn trong kế hoạch.")
    },
    edit_invalid: |problems| format!("Không thay đổi được: {problems}."),
    chart_not_shown: "biểu đồ không có trên màn hình; hãy mở biểu đồ rồi lưu lại",
    chart_encode: |reason| format!("không tạo được ảnh PNG ({reason})"),
    chart_not_saved: |reason| format!("Không lưu được biểu đồ: {reason}"),
    value_not_finite: "không phải là một số",
    value_percent: "tỷ lệ phải nằm trong khoảng 0–100",
    value_yes_no: "chỉ tiêu Có/Không: gõ Có hoặc Không (hoặc 1/0, x, Đạt/Chưa đạt)",
    value_rank: "thứ hạng phải từ 1 trở lên",
    value_negative: "không được là số âm",
    io_not_found: "không tìm thấy tệp hoặc thư mục",
    io_permission_denied: "không có quyền truy cập",
    io_storage_full: "đĩa đã đầy",
    io_read_only: "ổ đĩa hoặc thư mục chỉ cho đọc",
};

/// The English table.
pub static EN: ErrorTexts = ErrorTexts {
    load_io: |path, reason| {
        format!("Cannot read “{path}”: {reason}. Check the path and permissions.")
    },
    load_too_large: |path, mib| {
        format!(
            "The file “{path}” is too large ({mib} MiB, at most 64 MiB): it is not a Lộ Trình \
             plan. Choose the right .ron file."
        )
    },
    load_not_utf8: |path| {
        format!(
            "The file “{path}” is not UTF-8 text (perhaps an Excel or Word file, or damaged). \
             Choose a .ron file saved by Lộ Trình."
        )
    },
    load_truncated: |path, line, column| {
        format!(
            "The file “{path}” is truncated: the data ends abruptly at line {line}, column \
             {column}. Open the “.bak” backup beside it or a recovered copy."
        )
    },
    load_syntax: |path, line, column, detail| {
        format!(
            "The file “{path}” has an error at line {line}, column {column}: {detail}. Fix it in a \
             text editor or open the “.bak” backup."
        )
    },
    load_wrong_format: |path, found| {
        let found = found.map_or_else(|| "(missing)".to_owned(), |f| format!("\"{f}\""));
        format!(
            "The file “{path}” is not a Lộ Trình plan (format is {found}, expected \"lotrinh\"). \
             Choose the right file."
        )
    },
    load_newer_version: |path, version, newest| {
        format!(
            "The file “{path}” was made by a newer version of Lộ Trình (format version {version}; \
             this one reads up to {newest}). Please update the program."
        )
    },
    load_invalid: |path| {
        format!("The file “{path}” has invalid data. Fix the following and open it again:")
    },
    duplicate_id: |id| format!("duplicate indicator id “{id}”"),
    invalid_id: |id| {
        format!("invalid indicator id “{id}”: use lowercase ASCII letters, digits and underscores")
    },
    non_finite: |id, field| format!("indicator “{id}”: {field} is not a finite number"),
    percent_out_of_range: |id, field, value| {
        format!("indicator “{id}”: {field} = {value} is outside 0–100%")
    },
    not_yes_no: |id, field, value| {
        format!(
            "indicator “{id}”: {field} = {value}, but a yes/no indicator takes only 1 (yes) or 0 (no)"
        )
    },
    rank_below_one: |id, field, value| {
        format!("indicator “{id}”: {field} = {value}, but a rank must be 1 or more")
    },
    negative: |id, field, value| format!("indicator “{id}”: {field} = {value} is negative"),
    target_before_baseline: |id, year, baseline_year| {
        format!("indicator “{id}”: target year {year} is before the baseline year {baseline_year}")
    },
    duplicate_target_year: |id, year| format!("indicator “{id}”: two targets for {year}"),
    field_baseline: |date| format!("baseline of {date}"),
    field_target: |year| format!("target {year}"),
    field_measurement: |date| format!("value of {date}"),
    field_numerator: |date| format!("numerator of {date}"),
    field_denominator: |date| format!("denominator of {date}"),
    field_score_max: "maximum score",
    no_targets: |id| format!("indicator “{id}” has no target"),
    measurement_after_as_of: |id, date| {
        format!("indicator “{id}”: value dated {date} is after the reporting date and not counted")
    },
    measurement_before_baseline: |id, date| {
        format!("indicator “{id}”: value dated {date} is before the baseline date")
    },
    save_serialize: |reason| format!("Could not serialise the plan: {reason}"),
    save_write: |path, reason| {
        format!(
            "Could not save “{path}”: {reason}. The old file is intact. Check disk space and \
             permissions, or use “Save with another name…” elsewhere."
        )
    },
    save_backup: |path, reason| {
        format!(
            "Could not make the backup “{path}”: {reason}. Nothing was written. Check the folder's \
             permissions."
        )
    },
    save_in_use: |path| {
        format!(
            "Could not save “{path}”: another program has the file open (Excel, Word, Notepad, \
             another Lộ Trình window…), so it cannot be replaced. The old file is intact and \
             nothing is lost. Close that program and save again, or use “Save with another name…”."
        )
    },
    edit_unknown_indicator: |id| {
        format!("Change refused: indicator “{id}” is no longer in the plan.")
    },
    edit_invalid: |problems| format!("Change refused: {problems}."),
    chart_not_shown: "the chart is not on screen; show it and save again",
    chart_encode: |reason| format!("the PNG image could not be made ({reason})"),
    chart_not_saved: |reason| format!("Chart not saved: {reason}"),
    value_not_finite: "is not a number",
    value_percent: "a percentage must be within 0–100",
    value_yes_no: "yes/no indicator: type Yes or No (or 1/0, x, Có/Không)",
    value_rank: "a rank must be 1 or more",
    value_negative: "must not be negative",
    io_not_found: "the file or folder does not exist",
    io_permission_denied: "permission denied",
    io_storage_full: "the disk is full",
    io_read_only: "the disk or folder is read-only",
};
