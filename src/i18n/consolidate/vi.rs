//! The Vietnamese strings of the consolidation.

use super::ConsolidateTexts;

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
