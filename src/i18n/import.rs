//! The strings of the spreadsheet import's preview (row by row), its refusals and its size limits,
//! one table per language ([`VI`], [`EN`]), reached through [`super::Texts::import`].

use crate::model::ValueProblem;

/// Import strings of one language.
pub struct ImportTexts {
    /// Change: a new indicator: name, id.
    pub add_indicator: fn(&str, &str) -> String,
    /// Change: a new measurement: date, value.
    pub add_measurement: fn(&str, &str) -> String,
    /// Change: a measurement replaced: date, old value, new value.
    pub change_measurement: fn(&str, &str, &str) -> String,
    /// Change: baseline set or changed: old value (or "—"), new value, date.
    pub change_baseline: fn(&str, &str, &str) -> String,
    /// Change: target set or changed: year, old value (or "—"), new value.
    pub change_target: fn(i32, &str, &str) -> String,
    /// Change: a target where there was none: year, value.
    pub set_target: fn(i32, &str) -> String,
    /// Change: a baseline where there was none: value, date.
    pub set_baseline: fn(&str, &str) -> String,
    /// Change in a preview row: a new indicator: unit, pillar, direction.
    pub new_indicator_in_row: fn(&str, &str, &str) -> String,
    /// Refusal: two plan columns give the same year different values: year.
    pub two_targets: fn(i32) -> String,
    /// Refusal: two result columns give the same date different values: date.
    pub two_results: fn(&str) -> String,
    /// Refusal: a yes/no word for an indicator that is not yes/no: column, text.
    pub word_for_number: fn(&str, &str) -> String,
    /// Refusal: a value its unit does not allow: column, text, problem.
    pub value_problem: fn(&str, &str, &str) -> String,
    /// The problems: not finite, percent outside 0–100, not yes/no, rank below 1, negative.
    pub problems: [&'static str; 5],
    /// Error: file too large: path, size MiB, limit MiB.
    pub file_too_large: fn(&str, &str, &str) -> String,
    /// Error: a part of the XLSX unpacks too large: path, part, size MiB, limit MiB.
    pub part_too_large: fn(&str, &str, &str, &str) -> String,
    /// Error: the XLSX unpacks too large: path, size MiB, limit MiB.
    pub unpacked_too_large: fn(&str, &str, &str) -> String,
    /// Error: too many rows: path, sheet, rows, limit.
    pub too_many_rows: fn(&str, &str, &str, &str) -> String,
    /// Error: too many cells: path, sheet, limit.
    pub too_many_cells: fn(&str, &str, &str) -> String,
    /// What columns are read as: row number, id, name, unit, pillar, baseline, baseline date,
    /// result date, date, value, detail of a measurement.
    pub column_uses: [&'static str; 11],
    /// A plan column read as the target of a year.
    pub use_target: fn(i32) -> String,
    /// A result column dated by its header: date.
    pub use_result: fn(&str) -> String,
    /// A result column without a date: the chosen date.
    pub use_result_chosen: fn(&str) -> String,
    /// A result column without a date, dated by a date column: that column, the chosen date.
    pub use_result_row_date: fn(&str, &str) -> String,
    /// Matched by id: name.
    pub matched_id: fn(&str) -> String,
    /// Matched by name: name.
    pub matched_name: fn(&str) -> String,
    /// Matched by name with abbreviations written out: name.
    pub matched_abbreviation: fn(&str) -> String,
    /// Chosen by the user: name.
    pub matched_chosen: fn(&str) -> String,
    /// A new indicator: name.
    pub matched_new: fn(&str) -> String,
    /// A row with candidates, not chosen yet.
    pub undecided: &'static str,
    /// Choice: make a new indicator.
    pub choice_new: &'static str,
    /// Choice: do not import the row.
    pub choice_skip: &'static str,
    /// A matched row that changes nothing.
    pub no_change: &'static str,
    /// Skipped: a section naming a pillar: pillar.
    pub skip_section_pillar: fn(&str) -> String,
    /// Skipped: a section.
    pub skip_section: &'static str,
    /// Skipped: a note or signature.
    pub skip_note: &'static str,
    /// Skipped: a total row.
    pub skip_total: &'static str,
    /// Skipped: the row of column numbers.
    pub skip_column_numbers: &'static str,
    /// Value read: baseline.
    pub value_baseline: fn(&str) -> String,
    /// Value read: target of a year.
    pub value_target: fn(i32, &str) -> String,
    /// Value read: result of a date.
    pub value_result: fn(&str, &str) -> String,
    /// A date that was chosen, not read: date.
    pub chosen_date: fn(&str) -> String,
    /// Value read: a measurement of a date.
    pub value_measurement: fn(&str, &str) -> String,
    /// Group heading: rows applied.
    pub group_applied: fn(usize) -> String,
    /// Group heading: rows needing a choice.
    pub group_choice: fn(usize) -> String,
    /// Group heading: rows skipped.
    pub group_skipped: fn(usize) -> String,
    /// Group heading: rows refused.
    pub group_refused: fn(usize) -> String,
    /// Table columns: row, in the sheet, matched, values read, changes.
    pub columns: [&'static str; 5],
    /// A long group shows rows first to last of total.
    pub page_range: fn(&str, &str, &str) -> String,
    /// Button: the page before.
    pub page_previous: &'static str,
    /// Button: the page after.
    pub page_next: &'static str,
    /// Table column of skipped and refused rows: why.
    pub col_reason: &'static str,
    /// Where a sheet's header is: sheet, first row, last row.
    pub header_line: fn(&str, usize, usize) -> String,
    /// A sheet without a recognisable header: sheet.
    pub no_header_line: fn(&str) -> String,
    /// Label before the columns read.
    pub columns_read: &'static str,
    /// Label before the columns not read.
    pub columns_ignored: &'static str,
    /// Label of the date chooser for undated results: the columns.
    pub result_date_label: fn(&str) -> String,
    /// A date option that is the plan's reporting date: date.
    pub date_reporting: fn(&str) -> String,
    /// Accessible name of one choice of a row: sheet, row, option.
    pub choice_name: fn(&str, usize, &str) -> String,
    /// Summary: applied changes, rows to choose, rows skipped, rows refused.
    pub summary: fn(usize, usize, usize, usize) -> String,
    /// Command line: heading of the rows needing a choice.
    pub choice_heading: &'static str,
    /// Command line: one such row: sheet, row, label, candidates.
    pub choice_line: fn(&str, usize, &str, &str) -> String,
    /// Command line: heading of the skipped rows.
    pub skipped_heading: &'static str,
    /// Command line: one skipped row: sheet, row, label, why.
    pub skipped_line: fn(&str, usize, &str, &str) -> String,
}

impl ImportTexts {
    /// The words of a value problem.
    pub fn problem(&self, problem: ValueProblem) -> &'static str {
        let index = match problem {
            ValueProblem::NotFinite => 0,
            ValueProblem::PercentOutOfRange => 1,
            ValueProblem::NotYesNo => 2,
            ValueProblem::RankBelowOne => 3,
            ValueProblem::Negative => 4,
        };
        self.problems.get(index).copied().unwrap_or_default()
    }
}

/// The Vietnamese import strings.
pub static VI: ImportTexts = ImportTexts {
    add_indicator: |name, id| format!("Thêm chỉ tiêu “{name}” ({id})"),
    add_measurement: |date, value| format!("thêm số liệu ngày {date} = {value}"),
    change_measurement: |date, old, new| format!("số liệu ngày {date} từ {old} thành {new}"),
    change_baseline: |old, new, date| format!("giá trị cơ sở từ {old} thành {new} (ngày {date})"),
    change_target: |year, old, new| format!("mục tiêu năm {year} từ {old} thành {new}"),
    set_target: |year, value| format!("đặt mục tiêu năm {year} = {value}"),
    set_baseline: |value, date| format!("đặt giá trị cơ sở = {value} (ngày {date})"),
    new_indicator_in_row: |unit, pillar, direction| {
        format!("thêm chỉ tiêu mới: đơn vị “{unit}”, trụ cột {pillar}, {direction}")
    },
    two_targets: |year| format!("hai cột kế hoạch năm {year} ghi hai giá trị khác nhau"),
    two_results: |date| format!("hai cột kết quả ngày {date} ghi hai giá trị khác nhau"),
    word_for_number: |column, text| {
        format!("cột “{column}”: “{text}” là câu trả lời có/không, nhưng chỉ tiêu này đo bằng số")
    },
    value_problem: |column, text, problem| format!("cột “{column}”: “{text}” {problem}"),
    problems: [
        "không phải là số hữu hạn",
        "nằm ngoài khoảng 0–100",
        "không phải Có (1) hay Không (0)",
        "là thứ hạng nhỏ hơn 1",
        "là số âm",
    ],
    file_too_large: |path, size, limit| {
        format!("Tệp {path} quá lớn để nhập ({size} MiB, giới hạn {limit} MiB). Chưa đọc gì.")
    },
    part_too_large: |path, part, size, limit| {
        format!(
            "Tệp {path} quá lớn để nhập: phần “{part}” giải nén ra {size} MiB (giới hạn {limit} MiB), nhiều hơn mọi kế hoạch. Chưa đọc gì."
        )
    },
    unpacked_too_large: |path, size, limit| {
        format!(
            "Tệp {path} quá lớn để nhập: giải nén ra {size} MiB (giới hạn {limit} MiB). Chưa đọc gì."
        )
    },
    too_many_rows: |path, sheet, rows, limit| {
        format!(
            "Tệp {path} quá lớn để nhập: trang “{sheet}” có từ {rows} dòng trở lên (giới hạn {limit} dòng). Không nhập gì."
        )
    },
    too_many_cells: |path, sheet, limit| {
        format!("Tệp {path} quá lớn để nhập: đến trang “{sheet}” đã quá {limit} ô. Không nhập gì.")
    },
    column_uses: [
        "số thứ tự (nhận ra dòng mục)",
        "mã chỉ tiêu",
        "tên chỉ tiêu",
        "đơn vị tính",
        "trụ cột",
        "giá trị cơ sở",
        "ngày cơ sở",
        "ngày của kết quả",
        "ngày",
        "giá trị",
        "chi tiết số liệu",
    ],
    use_target: |year| format!("kế hoạch (mục tiêu) năm {year}"),
    use_result: |date| format!("kết quả ngày {date}"),
    use_result_chosen: |date| format!("kết quả, tiêu đề không ghi ngày: dùng ngày {date}"),
    use_result_row_date: |column, date| {
        format!("kết quả, ngày ở cột “{column}” (ô trống: ngày {date})")
    },
    matched_id: |name| format!("Khớp mã: {name}"),
    matched_name: |name| format!("Khớp tên: {name}"),
    matched_abbreviation: |name| format!("Khớp tên (viết tắt): {name}"),
    matched_chosen: |name| format!("Đã chọn: {name}"),
    matched_new: |name| format!("Chỉ tiêu mới: {name}"),
    undecided: "Chưa chọn — dòng này chưa được nhập",
    choice_new: "Tạo chỉ tiêu mới",
    choice_skip: "Không nhập dòng này",
    no_change: "Không thay đổi (kế hoạch đã có)",
    skip_section_pillar: |pillar| {
        format!("Dòng mục, không phải chỉ tiêu: các dòng dưới thuộc trụ cột {pillar}")
    },
    skip_section: "Dòng mục, không phải chỉ tiêu",
    skip_note: "Ghi chú, nguồn hoặc chữ ký dưới bảng",
    skip_total: "Dòng tổng cộng",
    skip_column_numbers: "Dòng đánh số cột",
    value_baseline: |value| format!("Cơ sở: {value}"),
    value_target: |year, value| format!("Kế hoạch {year}: {value}"),
    value_result: |date, value| format!("Kết quả {date}: {value}"),
    chosen_date: |date| format!("{date} (ngày chọn)"),
    value_measurement: |date, value| format!("Số liệu {date}: {value}"),
    group_applied: |count| format!("Sẽ nhập ({count} dòng)"),
    group_choice: |count| format!("Cần chọn chỉ tiêu ({count} dòng)"),
    group_skipped: |count| format!("Bỏ qua ({count} dòng)"),
    group_refused: |count| format!("Không đọc được ({count} dòng)"),
    columns: [
        "Dòng",
        "Trong bảng",
        "Khớp với",
        "Giá trị đọc được",
        "Sẽ thêm hoặc thay đổi",
    ],
    page_range: |first, last, total| format!("Dòng {first}–{last} trong {total}"),
    page_previous: "‹ Trang trước",
    page_next: "Trang sau ›",
    col_reason: "Lý do",
    header_line: |sheet, first, last| {
        if first == last {
            format!("Trang “{sheet}”: dòng tiêu đề {first}.")
        } else {
            format!("Trang “{sheet}”: dòng tiêu đề {first}–{last}.")
        }
    },
    no_header_line: |sheet| format!("Trang “{sheet}”: không tìm thấy dòng tiêu đề."),
    columns_read: "Cột đọc được:",
    columns_ignored: "Cột không đọc:",
    result_date_label: |columns| {
        format!("Ngày của kết quả ở cột {columns} (tiêu đề không ghi ngày):")
    },
    date_reporting: |date| format!("{date} (ngày báo cáo của kế hoạch)"),
    choice_name: |sheet, row, option| format!("{sheet}, dòng {row}: {option}"),
    summary: |changes, choices, skipped, refused| {
        format!(
            "{changes} thay đổi sẽ được áp dụng · {choices} dòng cần chọn · {skipped} dòng bỏ qua · {refused} dòng không đọc được"
        )
    },
    choice_heading: "Cần chọn chỉ tiêu (chưa nhập; hãy nhập trong cửa sổ chương trình):",
    choice_line: |sheet, row, label, candidates| {
        format!("{sheet}, dòng {row}: “{label}” — có thể là: {candidates}")
    },
    skipped_heading: "Bỏ qua:",
    skipped_line: |sheet, row, label, why| format!("{sheet}, dòng {row}: “{label}” — {why}"),
};

/// "1 row", "3 rows": an English count with its noun.
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The English import strings.
pub static EN: ImportTexts = ImportTexts {
    add_indicator: |name, id| format!("Add indicator “{name}” ({id})"),
    add_measurement: |date, value| format!("add value {value} on {date}"),
    change_measurement: |date, old, new| format!("value on {date} from {old} to {new}"),
    change_baseline: |old, new, date| format!("baseline from {old} to {new} (on {date})"),
    change_target: |year, old, new| format!("{year} target from {old} to {new}"),
    set_target: |year, value| format!("set the {year} target to {value}"),
    set_baseline: |value, date| format!("set the baseline to {value} (on {date})"),
    new_indicator_in_row: |unit, pillar, direction| {
        format!("add a new indicator: unit “{unit}”, {pillar}, {direction}")
    },
    two_targets: |year| format!("two plan columns for {year} give different values"),
    two_results: |date| format!("two result columns for {date} give different values"),
    word_for_number: |column, text| {
        format!("column “{column}”: “{text}” is a yes/no answer, but this indicator is a number")
    },
    value_problem: |column, text, problem| format!("column “{column}”: “{text}” {problem}"),
    problems: [
        "is not a finite number",
        "is outside 0–100",
        "is neither Yes (1) nor No (0)",
        "is a rank below 1",
        "is negative",
    ],
    file_too_large: |path, size, limit| {
        format!("{path} is too large to import ({size} MiB, limit {limit} MiB). Nothing was read.")
    },
    part_too_large: |path, part, size, limit| {
        format!(
            "{path} is too large to import: its part “{part}” unpacks to {size} MiB (limit {limit} MiB), more than any plan. Nothing was read."
        )
    },
    unpacked_too_large: |path, size, limit| {
        format!(
            "{path} is too large to import: it unpacks to {size} MiB (limit {limit} MiB). Nothing was read."
        )
    },
    too_many_rows: |path, sheet, rows, limit| {
        format!(
            "{path} is too large to import: sheet “{sheet}” has {rows} rows or more (limit {limit}). Nothing was imported."
        )
    },
    too_many_cells: |path, sheet, limit| {
        format!(
            "{path} is too large to import: by sheet “{sheet}” it has more than {limit} cells. Nothing was imported."
        )
    },
    column_uses: [
        "row number (finds section rows)",
        "indicator id",
        "indicator name",
        "unit",
        "pillar",
        "baseline",
        "baseline date",
        "date of the results",
        "date",
        "value",
        "measurement detail",
    ],
    use_target: |year| format!("plan (target) for {year}"),
    use_result: |date| format!("result on {date}"),
    use_result_chosen: |date| format!("result, no date in the header: {date} is used"),
    use_result_row_date: |column, date| {
        format!("result, dated by column “{column}” (when blank: {date})")
    },
    matched_id: |name| format!("Id matches: {name}"),
    matched_name: |name| format!("Name matches: {name}"),
    matched_abbreviation: |name| format!("Name matches (abbreviations): {name}"),
    matched_chosen: |name| format!("Chosen: {name}"),
    matched_new: |name| format!("New indicator: {name}"),
    undecided: "Not chosen yet — this row is not imported",
    choice_new: "Create a new indicator",
    choice_skip: "Do not import this row",
    no_change: "No change (already in the plan)",
    skip_section_pillar: |pillar| {
        format!("Section row, not an indicator: the rows below belong to {pillar}")
    },
    skip_section: "Section row, not an indicator",
    skip_note: "Note, source or signature under the table",
    skip_total: "Total row",
    skip_column_numbers: "Row of column numbers",
    value_baseline: |value| format!("Baseline: {value}"),
    value_target: |year, value| format!("Plan {year}: {value}"),
    value_result: |date, value| format!("Result {date}: {value}"),
    chosen_date: |date| format!("{date} (chosen)"),
    value_measurement: |date, value| format!("Value {date}: {value}"),
    group_applied: |count| format!("To import ({})", counted(count, "row", "rows")),
    group_choice: |count| format!("Choose the indicator ({})", counted(count, "row", "rows")),
    group_skipped: |count| format!("Skipped ({})", counted(count, "row", "rows")),
    group_refused: |count| format!("Cannot be read ({})", counted(count, "row", "rows")),
    columns: [
        "Row",
        "In the sheet",
        "Matched",
        "Values read",
        "Will add or change",
    ],
    page_range: |first, last, total| format!("Rows {first}–{last} of {total}"),
    page_previous: "‹ Previous page",
    page_next: "Next page ›",
    col_reason: "Why",
    header_line: |sheet, first, last| {
        if first == last {
            format!("Sheet “{sheet}”: header in row {first}.")
        } else {
            format!("Sheet “{sheet}”: header in rows {first}–{last}.")
        }
    },
    no_header_line: |sheet| format!("Sheet “{sheet}”: no header row found."),
    columns_read: "Columns read:",
    columns_ignored: "Columns not read:",
    result_date_label: |columns| {
        format!("Date of the results in {columns} (no date in the header):")
    },
    date_reporting: |date| format!("{date} (the plan's reporting date)"),
    choice_name: |sheet, row, option| format!("{sheet}, row {row}: {option}"),
    summary: |changes, choices, skipped, refused| {
        format!(
            "{} will be applied · {} to choose · {} skipped · {} cannot be read",
            counted(changes, "change", "changes"),
            counted(choices, "row", "rows"),
            counted(skipped, "row", "rows"),
            counted(refused, "row", "rows"),
        )
    },
    choice_heading: "Choose the indicator (not imported; import them in the window):",
    choice_line: |sheet, row, label, candidates| {
        format!("{sheet}, row {row}: “{label}” — may be: {candidates}")
    },
    skipped_heading: "Skipped:",
    skipped_line: |sheet, row, label, why| format!("{sheet}, row {row}: “{label}” — {why}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_say_row_for_one_and_rows_for_more() {
        assert_eq!((EN.group_choice)(1), "Choose the indicator (1 row)");
        assert_eq!((EN.group_applied)(3), "To import (3 rows)");
        assert_eq!(
            (EN.summary)(1, 1, 0, 2),
            "1 change will be applied · 1 row to choose · 0 rows skipped · 2 rows cannot be read"
        );
    }
}
