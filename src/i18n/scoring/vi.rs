//! Vietnamese scoring strings.

use super::ScoringTexts;

/// The Vietnamese table.
pub static VI: ScoringTexts = ScoringTexts {
    index_io: |path, reason| format!("Không đọc được bộ chỉ số “{path}”: {reason}."),
    index_not_text: |path| {
        format!(
            "Tệp “{path}” không phải là bộ chỉ số của Lộ Trình (quá lớn hoặc không phải văn bản)."
        )
    },
    index_unknown_rule: |line, found| {
        format!(
            "Bộ chỉ số có cách tính điểm “{found}” (dòng {line}) mà chương trình không biết. Các \
             cách tính được dùng: Ratio (tỷ lệ), Steps (theo mức), Thresholds (theo ngưỡng), YesNo \
             (có/không), Choice (chọn theo vai trò), Manual (tự nhập điểm)."
        )
    },
    index_syntax: |line, column, detail| {
        format!("Bộ chỉ số có lỗi ở dòng {line}, cột {column}: {detail}. Không có gì bị thay đổi.")
    },
    index_wrong_format: |found| {
        format!(
            "Tệp này không phải là bộ chỉ số (format: “{found}”, cần “lotrinh-chi-so”). Tệp kế \
             hoạch hãy mở bằng Tệp: Mở."
        )
    },
    index_newer: |version| {
        format!(
            "Bộ chỉ số được ghi bằng phiên bản mới hơn (phiên bản tệp {version}). Hãy cập nhật Lộ Trình."
        )
    },
    index_invalid: |id, problem| format!("Bộ chỉ số không dùng được: “{id}” {problem}."),
    problem_points: "có số điểm không hợp lệ (phải là số từ 0 trở lên)",
    problem_step: "có mức điểm không hợp lệ (điểm của một mức vượt điểm tối đa, hoặc tỷ lệ ngoài 0–1)",
    problem_empty: "chưa có mức, ngưỡng hay lựa chọn nào",
    problem_id: "có mã trùng hoặc không hợp lệ (chỉ dùng chữ thường không dấu, số và dấu gạch dưới)",
    problem_indicator: "ghi mã chỉ tiêu không hợp lệ",
    warn_group_points: |group, criteria, max| {
        format!(
            "Nhóm “{group}”: điểm tối đa các tiêu chí cộng lại là {criteria}, khác điểm tối đa của nhóm ({max})."
        )
    },
    warn_total_points: |groups, max| {
        format!(
            "Điểm tối đa các nhóm cộng lại là {groups}, khác tổng điểm tối đa của bộ chỉ số ({max})."
        )
    },
    warn_missing_indicator: |criterion, indicator| {
        format!(
            "Tiêu chí “{criterion}” đọc chỉ tiêu “{indicator}” nhưng kế hoạch không có chỉ tiêu \
             này: tiêu chí được 0 điểm. Hãy thêm chỉ tiêu vào kế hoạch hoặc sửa bộ chỉ số."
        )
    },
    points: |p| format!("{p} điểm"),
    words_remainder: |part, left| format!("100% - {part} = {left}"),
    words_at_most: |value, most, share| format!("{value}, mức tối đa cho phép {most}: {share}"),
    words_capped: |so_far| format!("{so_far}, vượt 100% nên tính 100%"),
    words_step: |value, step, points| format!("{value}, đạt mức {step}: {points} điểm"),
    words_no_step: |value, points| format!("{value}, chưa đạt mức nào: {points} điểm"),
    words_band: |value, band, share, max, points| {
        format!("{value}, đạt ngưỡng {band}: {share} × {max} điểm = {points} điểm")
    },
    words_yes_no: |answer, points| format!("{answer}: {points} điểm"),
    words_choice: |choice, share, max, points| {
        format!("{choice}: {share} × {max} điểm = {points} điểm")
    },
    words_manual: |entered, max, points| {
        format!("Tự chấm {entered} điểm (tối đa {max}): {points} điểm")
    },
    words_older: |date| format!(" (số liệu ngày {date}, chưa có số liệu mới hơn trong năm)"),
    missing_indicator: |id| format!("kế hoạch không có chỉ tiêu “{id}” — 0 điểm"),
    missing_value: "chưa có số liệu — 0 điểm",
    missing_zero_denominator: "mẫu số bằng 0, chưa tính được tỷ lệ — 0 điểm",
    missing_full_mark: |year| format!("chưa có chỉ tiêu năm {year} để so sánh — 0 điểm"),
    missing_choice: "chưa chọn — 0 điểm",
    missing_points: "chưa nhập điểm tự chấm — 0 điểm",
    step_at_least: |value| format!("từ {value} trở lên"),
    step_at_most: |value| format!("không quá {value}"),
    cli_headline: |unit, year, total, max, index| {
        format!("{unit} — tự chấm điểm năm {year}: {total}/{max} điểm, chỉ số {index}")
    },
    cli_gaps: "Tiêu chí có thể nâng điểm nhiều nhất",
    cli_warnings: "Lưu ý về bộ chỉ số",
    tab: "Chấm điểm",
    heading: |year| format!("Tự chấm điểm chuyển đổi số năm {year}"),
    index_label: "Bộ chỉ số",
    bundled_note: "bộ chỉ số mẫu của Lộ Trình, các mức điểm là Đề xuất",
    open_index: "Mở bộ chỉ số…",
    use_bundled: "Dùng bộ chỉ số mẫu",
    index_opened: |name| format!("Đã mở bộ chỉ số {name}"),
    no_index: "Chưa có bộ chỉ số để chấm điểm. Hãy mở bộ chỉ số do tỉnh ban hành.",
    year_label: "Năm chấm điểm",
    year_reporting: |year| format!("{year} (năm báo cáo)"),
    values_at: |date| format!("Số liệu tính đến ngày {date}"),
    total_card: "Tổng điểm",
    index_card: "Chỉ số (0–1)",
    missing_card: "Tiêu chí chưa có số liệu",
    gap_line: |points, name| format!("+{points} điểm — {name}"),
    chart_heading: "Điểm theo nhóm so với điểm tối đa",
    chart_points: "Điểm đạt được",
    chart_max: "Điểm tối đa",
    years_heading: "Tổng điểm qua các năm",
    col_number: "STT",
    col_criterion: "Tiêu chí",
    col_max: "Điểm tối đa",
    col_rule: "Cách tính điểm",
    col_points: "Điểm tự chấm",
    col_explanation: "Giải trình",
    col_evidence: "Tài liệu kiểm chứng",
    explanation_of: |name| format!("Giải trình — {name}"),
    evidence_of: |name| format!("Tài liệu kiểm chứng — {name}"),
    choice_of: |name| format!("Lựa chọn — {name}"),
    points_of: |name| format!("Điểm tự chấm — {name}"),
    choice_none: "— chọn —",
    evidence_expected: |evidence| format!("Cần: {evidence}"),
    source_of: |source| format!("Căn cứ: {source}"),
    points_out_of_range: |max| format!("Điểm phải từ 0 đến {max}"),
    ranking_heading: "Xếp hạng theo điểm tự chấm",
    col_unit: "Đơn vị",
    col_rank: "Xếp hạng",
    report_subject: |year| {
        format!("Kết quả tự đánh giá, chấm điểm mức độ chuyển đổi số năm {year}")
    },
    report_heading_result: "I. KẾT QUẢ TỰ CHẤM ĐIỂM",
    report_heading_gaps: "II. CÁC TIÊU CHÍ CẦN TẬP TRUNG NÂNG ĐIỂM",
    report_total: |index, total, max, value| {
        format!("Theo {index}, đơn vị tự chấm được {total}/{max} điểm, tương ứng chỉ số {value}.")
    },
    report_group: |name, points, max| format!("{name}: {points}/{max} điểm"),
    report_missing: |count| {
        format!(
            "Còn {count} tiêu chí chưa có số liệu, được tính 0 điểm; cần bổ sung số liệu và tài liệu kiểm chứng."
        )
    },
    report_form_title: |year| format!("Phiếu tự chấm điểm chỉ số chuyển đổi số năm {year}"),
    export_form: "Xuất phiếu tự chấm điểm",
    export_pdf: "Xuất phiếu PDF",
    export_docx: "Xuất phiếu Word",
    export_xlsx: "Xuất phiếu Excel",
    ranking_tab: "Xếp hạng điểm",
    export_ranking: "Xuất bảng xếp hạng (Excel)",
    spread: |high, mean, median, low, units| {
        format!(
            "{units} đơn vị: cao nhất {high}, trung bình {mean}, trung vị {median}, thấp nhất {low} điểm"
        )
    },
    units_count: |count| format!("{count} đơn vị"),
    ranking_sheet: "Xếp hạng",
    editor: &super::editor::VI,
};
