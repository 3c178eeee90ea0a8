//! The strings of the consolidation (tổng hợp nhiều kế hoạch): its errors, figures, command-line
//! output, view and reports, one table per language, reached through [`super::Texts::consolidate`].

use crate::consolidate::{Rule, SkipReason};

/// Consolidation strings of one language.
pub struct ConsolidateTexts {
    /// A file could not be read: path, reason.
    pub read_failed: fn(&str, &str) -> String,
    /// The collection file is far too large: path.
    pub too_large: fn(&str) -> String,
    /// The collection file is not text: path.
    pub not_utf8: fn(&str) -> String,
    /// The collection file is cut short: path, line, column.
    pub truncated: fn(&str, usize, usize) -> String,
    /// The collection file has an error: path, line, column, detail.
    pub syntax: fn(&str, usize, usize, &str) -> String,
    /// The file is not a collection: path, the format found.
    pub wrong_format: fn(&str, &str) -> String,
    /// The collection was written by a newer version: path, version.
    pub newer_version: fn(&str, u32) -> String,
    /// A rule names something that is not an indicator id: path, key.
    pub bad_rule_id: fn(&str, &str) -> String,
    /// The collection could not be turned into text: reason.
    pub serialize_failed: fn(&str) -> String,
    /// A sample file already exists: path.
    pub exists: fn(&str) -> String,
    /// Nothing to consolidate in what was given: the inputs.
    pub no_plans: fn(&str) -> String,
    /// Members when they are all communes.
    pub units_communes: &'static str,
    /// Members when they are all wards.
    pub units_wards: &'static str,
    /// Members of mixed levels.
    pub units_any: &'static str,
    /// No member has a value.
    pub no_values: &'static str,
    /// Members record the indicator in different units.
    pub units_differ: &'static str,
    /// Members left out of a ratio of sums: count.
    pub left_out: fn(usize) -> String,
    /// A mean with its median and extremes: mean, median, min, its unit, max, its unit.
    pub mean_text: fn(&str, &str, &str, &str, &str, &str) -> String,
    /// "14/20 xã đạt mục tiêu 2025": met, of, unit word, year.
    pub targets_met: fn(usize, usize, &str, i32) -> String,
    /// Rule name: sum.
    pub rule_sum: &'static str,
    /// Rule name: Σ numerators ÷ Σ denominators.
    pub rule_ratio_of_sums: &'static str,
    /// Rule name: unweighted mean.
    pub rule_mean: &'static str,
    /// Rule name: units answering yes (N/M).
    pub rule_yes_no_share: &'static str,
    /// Rule name: listed, not combined.
    pub rule_listed: &'static str,
    /// Rule name: sum of the year-to-date totals.
    pub rule_year_to_date_sum: &'static str,
    /// Note of a written value: rule, members reporting, members with the indicator, unit word.
    pub written_note: fn(&str, usize, usize, &str) -> String,
    /// Source of a written value: the collection's title.
    pub written_source: fn(&str) -> String,
    /// Source of a target combined from the members': member count.
    pub target_source: fn(usize) -> String,
    /// Name of a yes/no indicator turned into the share of members: the indicator's name.
    pub share_indicator_name: fn(&str) -> String,
    /// Command line: heading: title, unit, date.
    pub cli_heading: fn(&str, &str, &str) -> String,
    /// Command line: members read, files failed, second files of a unit.
    pub cli_members: fn(usize, usize, usize) -> String,
    /// Command line: table columns.
    pub cli_columns: [&'static str; 5],
    /// Command line: a failed file: path, reason.
    pub cli_failed: fn(&str, &str) -> String,
    /// A second file of a unit left out: path, the member kept.
    pub duplicate_line: fn(&str, &str) -> String,
    /// Values after the reporting date were ignored: count of members.
    pub later_ignored: fn(usize) -> String,
    /// The consolidated values were written: file, written, skipped.
    pub written_into: fn(&str, usize, usize) -> String,
    /// The sample was written: count of plans, folder.
    pub sample_written: fn(usize, &str) -> String,
    /// The workbook was written: file.
    pub xlsx_written: fn(&str) -> String,
    /// Workbook sheet: consolidated figures.
    pub sheet_summary: &'static str,
    /// Workbook sheet: units × indicators.
    pub sheet_matrix: &'static str,
    /// Workbook sheet: ranking of units.
    pub sheet_ranking: &'static str,
    /// Workbook sheet: completeness.
    pub sheet_completeness: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: rank.
    pub col_rank: &'static str,
    /// Column: value.
    pub col_value: &'static str,
    /// Column: date of the value.
    pub col_date: &'static str,
    /// Column: target.
    pub col_target: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: rule.
    pub col_rule: &'static str,
    /// Column: consolidated figure.
    pub col_figure: &'static str,
    /// Column: the figure in words.
    pub col_text: &'static str,
    /// Column: members that met their target.
    pub col_met: &'static str,
    /// Column: members reporting.
    pub col_reporting: &'static str,
    /// Column: mean roadmap completion.
    pub col_completion: &'static str,
    /// Column: the indicator most behind.
    pub col_most_behind: &'static str,
    /// Column: file.
    pub col_file: &'static str,
    /// Column: error.
    pub col_error: &'static str,
    /// Column: the member plan's own reporting date.
    pub col_plan_date: &'static str,
    /// Column: indicators without a value.
    pub col_no_value: &'static str,
    /// Column: indicators with a value older than the period.
    pub col_out_of_period: &'static str,
    /// Column: indicators with values after the reporting date (ignored).
    pub col_later: &'static str,
    /// Heading: files that could not be read.
    pub failed_heading: &'static str,
    /// Heading: second files of a unit.
    pub duplicates_heading: &'static str,
    /// Heading: files with another reporting date.
    pub other_dates_heading: &'static str,
    /// Heading: what the units lack for the period.
    pub gaps_heading: &'static str,
    /// Heading: indicators recorded in different units.
    pub conflicts_heading: &'static str,
    /// Complete units: complete, all, unit word.
    pub complete_line: fn(usize, usize, &str) -> String,
    /// The period: first day, reporting date.
    pub period_line: fn(&str, &str) -> String,
    /// The consolidated row of the matrix.
    pub consolidated_row: &'static str,
    /// Nothing to list.
    pub nothing: &'static str,
    /// Column: units needing attention (behind, at risk, missed).
    pub col_attention: &'static str,
    /// Title of the consolidated PDF report.
    pub pdf_title: &'static str,
    /// PDF heading: results by indicator.
    pub pdf_section_indicators: &'static str,
    /// PDF heading: results of the units.
    pub pdf_section_units: &'static str,
    /// PDF heading: completeness of the data.
    pub pdf_section_completeness: &'static str,
    /// PDF: members read, files failed, unit word.
    pub pdf_members: fn(usize, usize, &str) -> String,
    /// Toast: the collection was opened: members, failed files.
    pub opened_toast: fn(usize, usize) -> String,
    /// Toast: the collection file was saved: path.
    pub collection_saved: fn(&str) -> String,
    /// Toast: the example was written out: folder.
    pub example_saved: fn(&str) -> String,
    /// Toast: values written into a plan: count, plan name.
    pub written_toast: fn(usize, &str) -> String,
    /// Menu: consolidate a folder.
    pub menu_folder: &'static str,
    /// Menu: consolidate several files.
    pub menu_files: &'static str,
    /// Menu: show the open collection.
    pub menu_show: &'static str,
    /// Start screen: heading.
    pub start_heading: &'static str,
    /// Start screen: what consolidation does.
    pub start_hint: &'static str,
    /// Start screen: the bundled example.
    pub example_button: &'static str,
    /// Back to the plan.
    pub back_to_plan: &'static str,
    /// Back to the start screen.
    pub back_to_start: &'static str,
    /// Close the collection.
    pub close: &'static str,
    /// Save the collection file.
    pub save: &'static str,
    /// Save the bundled example's files into a folder.
    pub save_example: &'static str,
    /// The export menu.
    pub export_menu: &'static str,
    /// Export the workbook.
    pub export_xlsx: &'static str,
    /// Export the PDF report.
    pub export_pdf: &'static str,
    /// Write into a plan (menu).
    pub write_menu: &'static str,
    /// Write into: the open plan.
    pub write_open_plan: &'static str,
    /// Write into: a plan file chosen.
    pub write_pick_plan: &'static str,
    /// Write into: a new plan from the collection.
    pub write_new_plan: &'static str,
    /// Tab: consolidated figures.
    pub tab_summary: &'static str,
    /// Tab: units × indicators.
    pub tab_matrix: &'static str,
    /// Tab: ranking of units.
    pub tab_ranking: &'static str,
    /// Tab: one indicator.
    pub tab_indicator: &'static str,
    /// Tab: completeness.
    pub tab_completeness: &'static str,
    /// Title field.
    pub title_field: &'static str,
    /// Reporting date field.
    pub as_of_field: &'static str,
    /// Members line: members, failed, second files, unit word.
    pub members_line: fn(usize, usize, usize, &str) -> String,
    /// Marker of unsaved changes.
    pub unsaved: &'static str,
    /// Files changed on disk: count.
    pub changed_banner: fn(usize) -> String,
    /// Read the members again.
    pub reload: &'static str,
    /// Keep what is shown.
    pub dismiss: &'static str,
    /// Files that could not be read: count.
    pub failed_banner: fn(usize) -> String,
    /// Sort by unit name.
    pub sort_by_unit: &'static str,
    /// Sort by rank.
    pub sort_by_rank: &'static str,
    /// Sort by an indicator: its name.
    pub sort_by_indicator: fn(&str) -> String,
    /// Accessible name of a matrix cell: unit, indicator, value, status.
    pub cell_name: fn(&str, &str, &str, &str) -> String,
    /// Shown on a member plan: read-only.
    pub read_only: &'static str,
    /// Back to the collection.
    pub back_to_collection: &'static str,
    /// A member plan's heading: unit, reporting date.
    pub member_heading: fn(&str, &str) -> String,
    /// The rule menu's label.
    pub rule_label: &'static str,
    /// The default rule in the menu: its name.
    pub rule_default: fn(&str) -> String,
    /// Chart: the common target line.
    pub target_line: &'static str,
    /// Chart: the consolidated figure line.
    pub consolidated_line: &'static str,
    /// Write preview: title.
    pub write_title: &'static str,
    /// Write preview: into which plan.
    pub write_into: fn(&str) -> String,
    /// Write preview: values written.
    pub written_count: fn(usize) -> String,
    /// Write preview: of which replacing a value of the same date.
    pub replaced_count: fn(usize) -> String,
    /// Write preview: figures not written.
    pub skipped_count: fn(usize) -> String,
    /// Not written: the plan has no such indicator.
    pub skip_not_in_plan: &'static str,
    /// Not written: no single consolidated figure.
    pub skip_no_figure: &'static str,
    /// Not written: the plan records the indicator in another unit.
    pub skip_other_unit: &'static str,
    /// Not written: the figure does not fit the plan's unit.
    pub skip_bad_value: &'static str,
    /// Write preview: apply.
    pub apply_write: &'static str,
    /// Close question: title.
    pub close_title: &'static str,
    /// Close question.
    pub close_question: &'static str,
    /// A unit's status counts in the ranking (for the chart legend).
    pub status_counts_label: &'static str,
    /// Column of an indicator's units counted by their status.
    pub units_by_status: &'static str,
    /// A number of indicators: count.
    pub indicator_count: fn(usize) -> String,
}

impl ConsolidateTexts {
    /// The name of `rule`.
    pub fn rule_name(&self, rule: Rule) -> &'static str {
        match rule {
            Rule::Sum => self.rule_sum,
            Rule::RatioOfSums => self.rule_ratio_of_sums,
            Rule::Mean => self.rule_mean,
            Rule::YesNoShare => self.rule_yes_no_share,
            Rule::Listed => self.rule_listed,
            Rule::YearToDateSum => self.rule_year_to_date_sum,
        }
    }

    /// Why a consolidated figure is not written into a plan.
    pub fn skip_reason(&self, reason: &SkipReason) -> &'static str {
        match reason {
            SkipReason::NotInPlan => self.skip_not_in_plan,
            SkipReason::NoFigure => self.skip_no_figure,
            SkipReason::OtherUnit => self.skip_other_unit,
            SkipReason::BadValue(_) => self.skip_bad_value,
        }
    }
}

/// The Vietnamese table.
pub static VI: ConsolidateTexts = ConsolidateTexts {
    read_failed: |path, reason| {
        format!("Không đọc được “{path}”: {reason}. Hãy kiểm tra đường dẫn và quyền truy cập.")
    },
    too_large: |path| {
        format!("Tệp “{path}” quá lớn, không phải tệp bộ tổng hợp. Hãy chọn đúng tệp.")
    },
    not_utf8: |path| {
        format!("Tệp “{path}” không phải văn bản UTF-8. Hãy chọn tệp bộ tổng hợp do Lộ Trình lưu.")
    },
    truncated: |path, line, column| {
        format!(
            "Tệp bộ tổng hợp “{path}” bị cắt cụt ở dòng {line}, cột {column}. Hãy mở bản sao lưu “.bak” bên cạnh tệp."
        )
    },
    syntax: |path, line, column, detail| {
        format!(
            "Tệp bộ tổng hợp “{path}” có lỗi ở dòng {line}, cột {column}: {detail}. Hãy sửa chỗ đó hoặc mở bản sao lưu “.bak”."
        )
    },
    wrong_format: |path, found| {
        format!(
            "Tệp “{path}” không phải tệp bộ tổng hợp Lộ Trình (trường format là “{found}”, cần “lotrinh-tong-hop”)."
        )
    },
    newer_version: |path, version| {
        format!(
            "Tệp bộ tổng hợp “{path}” được tạo bởi phiên bản mới hơn của Lộ Trình (định dạng phiên bản {version}). Hãy cập nhật chương trình."
        )
    },
    bad_rule_id: |path, key| {
        format!(
            "Tệp bộ tổng hợp “{path}” chọn cách tính cho “{key}”, không phải mã chỉ tiêu hợp lệ. Hãy sửa hoặc xóa dòng đó."
        )
    },
    serialize_failed: |reason| format!("Không chuyển được bộ tổng hợp thành văn bản: {reason}"),
    exists: |path| {
        format!(
            "Tệp “{path}” đã có. Hãy chọn thư mục khác hoặc thêm --force để ghi đè (bản cũ được giữ ở .bak)."
        )
    },
    no_plans: |inputs| format!("Không tìm thấy tệp kế hoạch (.ron) nào trong: {inputs}"),
    units_communes: "xã",
    units_wards: "phường",
    units_any: "đơn vị",
    no_values: "Chưa có số liệu",
    units_differ: "Đơn vị tính khác nhau giữa các đơn vị — không tổng hợp",
    left_out: |count| format!("{count} đơn vị không ghi tử số, mẫu số nên không được tính"),
    mean_text: |mean, median, min, min_unit, max, max_unit| {
        format!(
            "{mean} (bình quân không gia quyền; trung vị {median}; thấp nhất {min} — {min_unit}; cao nhất {max} — {max_unit})"
        )
    },
    targets_met: |met, of, word, year| format!("{met}/{of} {word} đạt mục tiêu {year}"),
    rule_sum: "Tổng",
    rule_ratio_of_sums: "Tỷ lệ chung (Σ tử số ÷ Σ mẫu số)",
    rule_mean: "Bình quân không gia quyền",
    rule_yes_no_share: "Số đơn vị đạt (N/M)",
    rule_listed: "Liệt kê, không tổng hợp",
    rule_year_to_date_sum: "Tổng lũy kế từ đầu năm",
    written_note: |rule, reporting, with, word| {
        format!(
            "Tổng hợp từ {reporting}/{with} {word} — cách tính: {}",
            rule.to_lowercase()
        )
    },
    written_source: |title| format!("Bộ tổng hợp “{title}”"),
    target_source: |count| {
        format!("Tổng hợp từ mục tiêu của {count} đơn vị (đề xuất, cần xem lại)")
    },
    share_indicator_name: |name| format!("{name} — tỷ lệ đơn vị đạt"),
    cli_heading: |title, unit, date| format!("{title}\n{unit} — kỳ báo cáo {date}"),
    cli_members: |read, failed, duplicates| {
        format!("Đã đọc {read} tệp; {failed} tệp lỗi; {duplicates} tệp trùng đơn vị bị bỏ qua.")
    },
    cli_columns: [
        "Chỉ tiêu",
        "Cách tính",
        "Giá trị tổng hợp",
        "Đạt mục tiêu",
        "Báo cáo",
    ],
    cli_failed: |path, reason| format!("Lỗi tệp {path}: {reason}"),
    duplicate_line: |path, kept| format!("Tệp {path} trùng đơn vị với {kept}: không tính."),
    later_ignored: |count| {
        format!(
            "{count} đơn vị có số liệu ghi ngày sau kỳ báo cáo: các số liệu đó không được tính."
        )
    },
    written_into: |file, written, skipped| {
        format!("Đã ghi {written} giá trị tổng hợp vào {file}; {skipped} chỉ tiêu không ghi.")
    },
    sample_written: |count, dir| {
        format!("Đã tạo {count} kế hoạch mẫu và tệp bộ tổng hợp trong {dir}")
    },
    xlsx_written: |file| format!("Đã ghi bảng tính tổng hợp {file}"),
    sheet_summary: "Tổng hợp",
    sheet_matrix: "Ma trận",
    sheet_ranking: "Xếp hạng",
    sheet_completeness: "Mức độ đầy đủ",
    col_unit: "Đơn vị",
    col_rank: "Hạng",
    col_value: "Giá trị",
    col_date: "Ngày số liệu",
    col_target: "Mục tiêu",
    col_status: "Đánh giá",
    col_rule: "Cách tính",
    col_figure: "Giá trị tổng hợp",
    col_text: "Diễn giải",
    col_met: "Đạt mục tiêu",
    col_reporting: "Số đơn vị có số liệu",
    col_completion: "Mức độ hoàn thành lộ trình (bình quân)",
    col_most_behind: "Chỉ tiêu chậm nhất",
    col_file: "Tệp",
    col_error: "Lỗi",
    col_plan_date: "Kỳ báo cáo của tệp",
    col_no_value: "Chưa có số liệu",
    col_out_of_period: "Số liệu cũ (trước kỳ)",
    col_later: "Số liệu sau kỳ báo cáo (không tính)",
    failed_heading: "Tệp không đọc được",
    duplicates_heading: "Hai tệp của cùng một đơn vị",
    other_dates_heading: "Tệp có kỳ báo cáo khác",
    gaps_heading: "Đơn vị thiếu số liệu trong kỳ",
    conflicts_heading: "Chỉ tiêu ghi theo đơn vị tính khác nhau",
    complete_line: |complete, all, word| format!("{complete}/{all} {word} có đủ số liệu trong kỳ"),
    period_line: |start, end| format!("Kỳ báo cáo: từ {start} đến {end}"),
    consolidated_row: "Tổng hợp",
    nothing: "Không có",
    col_attention: "Cần chú ý",
    pdf_title: "BÁO CÁO TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ",
    pdf_section_indicators: "1. Kết quả tổng hợp theo chỉ tiêu",
    pdf_section_units: "2. Kết quả của các đơn vị",
    pdf_section_completeness: "3. Mức độ đầy đủ của số liệu",
    pdf_members: |read, failed, word| {
        if failed == 0 {
            format!("Tổng hợp từ kế hoạch của {read} {word}.")
        } else {
            format!(
                "Tổng hợp từ kế hoạch của {read} {word}; {failed} tệp không đọc được (xem mục 3)."
            )
        }
    },
    opened_toast: |members, failed| {
        if failed == 0 {
            format!("Đã tổng hợp {members} kế hoạch.")
        } else {
            format!("Đã tổng hợp {members} kế hoạch; {failed} tệp không đọc được.")
        }
    },
    collection_saved: |path| format!("Đã lưu bộ tổng hợp {path}"),
    example_saved: |path| format!("Đã lưu các tệp ví dụ vào {path}"),
    written_toast: |count, name| {
        format!("Đã ghi {count} giá trị tổng hợp vào {name}. Nhấn Ctrl+Z để hoàn tác.")
    },
    menu_folder: "Tổng hợp nhiều kế hoạch…",
    menu_files: "Tổng hợp từ các tệp đã chọn…",
    menu_show: "Xem bộ tổng hợp",
    start_heading: "Tổng hợp nhiều kế hoạch",
    start_hint: "Chọn thư mục chứa các tệp kế hoạch của các xã: Lộ Trình đọc (không sửa) từng tệp và cho biết giá trị chung của tỉnh, đơn vị nào chậm, chậm ở chỉ tiêu nào.",
    example_button: "Ví dụ: 12 xã của một tỉnh giả định",
    back_to_plan: "‹ Về kế hoạch",
    back_to_start: "‹ Màn hình đầu",
    close: "Đóng bộ tổng hợp",
    save: "Lưu bộ tổng hợp",
    save_example: "Lưu các tệp ví dụ vào thư mục…",
    export_menu: "Xuất báo cáo",
    export_xlsx: "Xuất Excel…",
    export_pdf: "Xuất báo cáo PDF…",
    write_menu: "Ghi vào kế hoạch",
    write_open_plan: "Kế hoạch đang mở",
    write_pick_plan: "Chọn tệp kế hoạch (tỉnh)…",
    write_new_plan: "Kế hoạch mới từ bộ tổng hợp",
    tab_summary: "Tổng hợp",
    tab_matrix: "Ma trận",
    tab_ranking: "Xếp hạng",
    tab_indicator: "Theo chỉ tiêu",
    tab_completeness: "Mức độ đầy đủ",
    title_field: "Tiêu đề",
    as_of_field: "Kỳ báo cáo",
    members_line: |members, failed, duplicates, word| {
        let mut line = format!("{members} {word}");
        if failed > 0 {
            line.push_str(&format!(" · {failed} tệp lỗi"));
        }
        if duplicates > 0 {
            line.push_str(&format!(" · {duplicates} tệp trùng"));
        }
        line
    },
    unsaved: "chưa lưu",
    changed_banner: |count| format!("{count} tệp kế hoạch đã thay đổi trên đĩa từ lúc đọc."),
    reload: "Đọc lại",
    dismiss: "Bỏ qua",
    failed_banner: |count| format!("{count} tệp không đọc được — xem “Mức độ đầy đủ”."),
    sort_by_unit: "Sắp xếp theo tên đơn vị",
    sort_by_rank: "Sắp xếp theo xếp hạng",
    sort_by_indicator: |name| format!("Sắp xếp theo: {name}"),
    cell_name: |unit, indicator, value, status| format!("{unit} · {indicator}: {value} ({status})"),
    read_only: "Chỉ xem — tệp không bị thay đổi",
    back_to_collection: "‹ Quay lại bộ tổng hợp",
    member_heading: |unit, date| format!("{unit} — đánh giá tại kỳ báo cáo {date}"),
    rule_label: "Cách tính",
    rule_default: |name| format!("Mặc định: {name}"),
    target_line: "Mục tiêu",
    consolidated_line: "Giá trị tổng hợp",
    write_title: "Ghi giá trị tổng hợp vào kế hoạch",
    write_into: |name| format!("Kế hoạch: {name}"),
    written_count: |count| {
        format!("Sẽ ghi {count} giá trị (ngày kỳ báo cáo, ghi chú nêu cách tính và số đơn vị):")
    },
    replaced_count: |count| format!("trong đó {count} giá trị thay cho số liệu cùng ngày đã có"),
    skipped_count: |count| format!("{count} chỉ tiêu không ghi:"),
    skip_not_in_plan: "kế hoạch không có chỉ tiêu này",
    skip_no_figure: "không có giá trị tổng hợp (liệt kê, khác đơn vị tính hoặc chưa có số liệu)",
    skip_other_unit: "kế hoạch ghi chỉ tiêu này theo đơn vị tính khác",
    skip_bad_value: "giá trị không hợp lệ với đơn vị tính của kế hoạch",
    apply_write: "Ghi (có thể hoàn tác)",
    close_title: "Bộ tổng hợp có thay đổi chưa lưu",
    close_question: "Lưu tiêu đề, kỳ báo cáo và cách tính đã chọn trước khi đóng?",
    status_counts_label: "Số chỉ tiêu theo đánh giá",
    units_by_status: "Số đơn vị theo đánh giá",
    indicator_count: |count| format!("{count} chỉ tiêu"),
};

/// The English table.
pub static EN: ConsolidateTexts = ConsolidateTexts {
    read_failed: |path, reason| {
        format!("Cannot read “{path}”: {reason}. Check the path and permissions.")
    },
    too_large: |path| {
        format!("“{path}” is too large to be a collection file. Choose the right file.")
    },
    not_utf8: |path| {
        format!("“{path}” is not UTF-8 text. Choose a collection file saved by Lộ Trình.")
    },
    truncated: |path, line, column| {
        format!(
            "The collection file “{path}” is truncated at line {line}, column {column}. Open the “.bak” backup beside it."
        )
    },
    syntax: |path, line, column, detail| {
        format!(
            "The collection file “{path}” has an error at line {line}, column {column}: {detail}. Fix it or open the “.bak” backup."
        )
    },
    wrong_format: |path, found| {
        format!(
            "“{path}” is not a Lộ Trình collection file (format is “{found}”, expected “lotrinh-tong-hop”)."
        )
    },
    newer_version: |path, version| {
        format!(
            "The collection file “{path}” was made by a newer version of Lộ Trình (format version {version}). Please update the program."
        )
    },
    bad_rule_id: |path, key| {
        format!(
            "The collection file “{path}” chooses a rule for “{key}”, which is not a valid indicator id. Fix or remove that line."
        )
    },
    serialize_failed: |reason| format!("Could not serialise the collection: {reason}"),
    exists: |path| {
        format!(
            "“{path}” already exists. Choose another folder or add --force to overwrite (the old file is kept as .bak)."
        )
    },
    no_plans: |inputs| format!("No plan file (.ron) found in: {inputs}"),
    units_communes: "communes",
    units_wards: "wards",
    units_any: "units",
    no_values: "No data",
    units_differ: "Units of measure differ between members — not consolidated",
    left_out: |count| {
        format!("{count} units recorded no numerator and denominator and are left out")
    },
    mean_text: |mean, median, min, min_unit, max, max_unit| {
        format!(
            "{mean} (unweighted mean; median {median}; lowest {min} — {min_unit}; highest {max} — {max_unit})"
        )
    },
    targets_met: |met, of, word, year| format!("{met}/{of} {word} met their {year} target"),
    rule_sum: "Sum",
    rule_ratio_of_sums: "Overall ratio (Σ numerators ÷ Σ denominators)",
    rule_mean: "Unweighted mean",
    rule_yes_no_share: "Units achieving (N/M)",
    rule_listed: "Listed, not combined",
    rule_year_to_date_sum: "Year-to-date sum",
    written_note: |rule, reporting, with, word| {
        format!(
            "Consolidated from {reporting}/{with} {word} — rule: {}",
            rule.to_lowercase()
        )
    },
    written_source: |title| format!("Collection “{title}”"),
    target_source: |count| {
        format!("Combined from the targets of {count} units (suggested, to review)")
    },
    share_indicator_name: |name| format!("{name} — share of units achieving"),
    cli_heading: |title, unit, date| format!("{title}\n{unit} — reporting date {date}"),
    cli_members: |read, failed, duplicates| {
        format!("Read {read} files; {failed} failed; {duplicates} second files of a unit left out.")
    },
    cli_columns: [
        "Indicator",
        "Rule",
        "Consolidated",
        "Met target",
        "Reporting",
    ],
    cli_failed: |path, reason| format!("Failed {path}: {reason}"),
    duplicate_line: |path, kept| format!("{path} is the same unit as {kept}: left out."),
    later_ignored: |count| {
        if count == 1 {
            return "1 unit has values dated after the reporting date: those values are not counted."
                .to_owned();
        }
        format!(
            "{count} units have values dated after the reporting date: those values are not counted."
        )
    },
    written_into: |file, written, skipped| {
        format!(
            "Wrote {written} consolidated values into {file}; {skipped} indicators not written."
        )
    },
    sample_written: |count, dir| {
        format!("Wrote {count} sample plans and the collection file in {dir}")
    },
    xlsx_written: |file| format!("Wrote the consolidated workbook {file}"),
    sheet_summary: "Summary",
    sheet_matrix: "Matrix",
    sheet_ranking: "Ranking",
    sheet_completeness: "Completeness",
    col_unit: "Unit",
    col_rank: "Rank",
    col_value: "Value",
    col_date: "Date of value",
    col_target: "Target",
    col_status: "Assessment",
    col_rule: "Rule",
    col_figure: "Consolidated value",
    col_text: "In words",
    col_met: "Met target",
    col_reporting: "Units with a value",
    col_completion: "Roadmap completion (mean)",
    col_most_behind: "Indicator most behind",
    col_file: "File",
    col_error: "Error",
    col_plan_date: "File's reporting date",
    col_no_value: "No value",
    col_out_of_period: "Old value (before the period)",
    col_later: "Values after the reporting date (ignored)",
    failed_heading: "Files that could not be read",
    duplicates_heading: "Two files of the same unit",
    other_dates_heading: "Files with another reporting date",
    gaps_heading: "Units missing values for the period",
    conflicts_heading: "Indicators recorded in different units",
    complete_line: |complete, all, word| {
        format!("{complete}/{all} {word} have every value for the period")
    },
    period_line: |start, end| format!("Reporting period: {start} to {end}"),
    consolidated_row: "Consolidated",
    nothing: "None",
    col_attention: "Need attention",
    pdf_title: "CONSOLIDATED DIGITAL TRANSFORMATION REPORT",
    pdf_section_indicators: "1. Consolidated results by indicator",
    pdf_section_units: "2. Results of the units",
    pdf_section_completeness: "3. Completeness of the data",
    pdf_members: |read, failed, word| {
        if failed == 0 {
            format!("Consolidated from the plans of {read} {word}.")
        } else {
            format!(
                "Consolidated from the plans of {read} {word}; {failed} files could not be read (see section 3)."
            )
        }
    },
    opened_toast: |members, failed| {
        if failed == 0 {
            format!("Consolidated {members} plans.")
        } else {
            format!("Consolidated {members} plans; {failed} files could not be read.")
        }
    },
    collection_saved: |path| format!("Saved the collection {path}"),
    example_saved: |path| format!("Saved the example files in {path}"),
    written_toast: |count, name| {
        format!("Wrote {count} consolidated values into {name}. Press Ctrl+Z to undo.")
    },
    menu_folder: "Consolidate many plans…",
    menu_files: "Consolidate chosen files…",
    menu_show: "Show the collection",
    start_heading: "Consolidate many plans",
    start_hint: "Choose the folder holding the communes' plan files: Lộ Trình reads (never changes) each file and tells the province's figure, which units are behind, and on what.",
    example_button: "Example: 12 communes of a made-up province",
    back_to_plan: "‹ Back to the plan",
    back_to_start: "‹ Start screen",
    close: "Close the collection",
    save: "Save the collection",
    save_example: "Save the example files into a folder…",
    export_menu: "Export",
    export_xlsx: "Export Excel…",
    export_pdf: "Export PDF report…",
    write_menu: "Write into a plan",
    write_open_plan: "The open plan",
    write_pick_plan: "Choose a (province) plan file…",
    write_new_plan: "A new plan from the collection",
    tab_summary: "Summary",
    tab_matrix: "Matrix",
    tab_ranking: "Ranking",
    tab_indicator: "By indicator",
    tab_completeness: "Completeness",
    title_field: "Title",
    as_of_field: "Reporting date",
    members_line: |members, failed, duplicates, word| {
        let mut line = format!("{members} {word}");
        if failed > 0 {
            line.push_str(&format!(" · {failed} files failed"));
        }
        if duplicates > 0 {
            line.push_str(&format!(" · {duplicates} second files"));
        }
        line
    },
    unsaved: "unsaved",
    changed_banner: |count| {
        format!("{count} plan files have changed on disk since they were read.")
    },
    reload: "Read again",
    dismiss: "Ignore",
    failed_banner: |count| format!("{count} files could not be read — see “Completeness”."),
    sort_by_unit: "Sort by unit name",
    sort_by_rank: "Sort by rank",
    sort_by_indicator: |name| format!("Sort by: {name}"),
    cell_name: |unit, indicator, value, status| format!("{unit} · {indicator}: {value} ({status})"),
    read_only: "Read only — the file is not changed",
    back_to_collection: "‹ Back to the collection",
    member_heading: |unit, date| format!("{unit} — judged at the reporting date {date}"),
    rule_label: "Rule",
    rule_default: |name| format!("Default: {name}"),
    target_line: "Target",
    consolidated_line: "Consolidated value",
    write_title: "Write the consolidated values into a plan",
    write_into: |name| format!("Plan: {name}"),
    written_count: |count| {
        format!(
            "Will write {count} values (dated on the reporting date, the note gives the rule and the unit count):"
        )
    },
    replaced_count: |count| format!("of which {count} replace a value of the same date"),
    skipped_count: |count| format!("{count} indicators not written:"),
    skip_not_in_plan: "the plan has no such indicator",
    skip_no_figure: "no consolidated value (listed, units differ, or no data)",
    skip_other_unit: "the plan records this indicator in another unit",
    skip_bad_value: "the value does not fit the plan's unit",
    apply_write: "Write (can be undone)",
    close_title: "The collection has unsaved changes",
    close_question: "Save the title, reporting date and rules chosen before closing?",
    status_counts_label: "Indicators by assessment",
    units_by_status: "Units by assessment",
    indicator_count: |count| {
        if count == 1 {
            "1 indicator".to_owned()
        } else {
            format!("{count} indicators")
        }
    },
};
