//! Vietnamese strings (the default language).

use super::{ReportTexts, Texts};

/// The Vietnamese table.
pub static TEXTS: Texts = Texts {
    language_name: "Tiếng Việt",
    app_name: "Lộ Trình",
    report: &REPORT,
    import: &super::import::VI,
    document: &super::document::vi::DOCUMENT,
    slides: &super::slides::VI,
    statuses: [
        "Đạt",
        "Đúng tiến độ",
        "Chậm tiến độ",
        "Có nguy cơ không đạt",
        "Không đạt",
        "Chưa có số liệu",
    ],
    status_exceeded: "Vượt",
    verdicts: ["Chưa đến hạn", "Đạt", "Không đạt", "Không có số liệu"],
    pillars: [
        "Nền tảng chung",
        "Chính quyền số",
        "Kinh tế số",
        "Xã hội số",
        "Tổng hợp",
    ],
    unit_levels: ["Tỉnh/thành phố", "Xã", "Phường", "Đặc khu", "Huyện (cũ)"],
    yes_no: ["Có", "Không"],
    summary_columns: [
        "Mã",
        "Chỉ tiêu",
        "Kết quả",
        "Mục tiêu",
        "Tỷ lệ đạt",
        "Đánh giá",
        "Dự báo",
    ],
    total: "Tổng",
    mean_progress: "Tỷ lệ đạt bình quân",
    none: "—",
    forecast_reach: |when| format!("đạt vào {when}"),
    forecast_never: "không đạt với tốc độ hiện tại",
    check_ok: |file, count| format!("{file}: hợp lệ, {count} chỉ tiêu"),
    check_warning: "cảnh báo",
    summary_heading: |unit, date| format!("{unit} — tính đến ngày {date}"),
    new_created: |file, count| format!("Đã tạo {file} với {count} chỉ tiêu"),
    new_exists: |file| {
        format!(
            "Tệp {file} đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè (bản cũ được giữ ở .bak)."
        )
    },
    unknown_template: |id, known| format!("Không có bộ chỉ tiêu “{id}”. Các bộ hiện có: {known}"),
    unknown_level: |level, known| format!("Cấp “{level}” không hợp lệ. Dùng một trong: {known}"),
    bad_date: |text| format!("Ngày “{text}” không hợp lệ: hãy viết dd/mm/yyyy hoặc yyyy-mm-dd."),
    gui_failed: |error| format!("Không mở được cửa sổ chương trình: {error}"),
    number_errors: [
        "chưa nhập số",
        "có ký tự không phải chữ số",
        "dấu phân cách hàng nghìn đặt sai chỗ (mỗi nhóm phải đủ 3 chữ số)",
        "có nhiều hơn một dấu thập phân",
        "số quá lớn",
    ],
    menu_file: "Tệp",
    menu_edit: "Sửa",
    menu_view: "Xem",
    menu_help: "Trợ giúp",
    new_plan: "Kế hoạch mới…",
    open: "Mở tệp…",
    open_recent: "Tệp gần đây",
    no_recent: "Chưa có tệp nào",
    open_example: "Mở ví dụ mẫu",
    save: "Lưu",
    save_as: "Lưu thành…",
    quit: "Thoát",
    undo: "Hoàn tác",
    redo: "Làm lại",
    zoom_in: "Phóng to",
    zoom_out: "Thu nhỏ",
    zoom_reset: "Cỡ chữ mặc định",
    dark_theme: "Giao diện tối",
    light_theme: "Giao diện sáng",
    about: "Giới thiệu",
    about_text: "Lộ Trình giúp xã, phường, đặc khu và tỉnh theo dõi chỉ tiêu chuyển đổi số: nhập giá trị hiện tại, đặt mục tiêu năm 2025, 2030 như trong Nghị quyết, Kế hoạch, và thấy ngay chỉ tiêu nào đạt, đúng tiến độ hay có nguy cơ không đạt. Dữ liệu lưu trong tệp .ron trên máy, không cần Internet.",
    version: "Phiên bản",
    tagline: "Kế hoạch chuyển đổi số của địa phương — làm việc ngoại tuyến",
    create_plan: "Tạo kế hoạch mới",
    open_plan: "Mở kế hoạch",
    unit_level: "Cấp đơn vị",
    unit_name: "Tên đơn vị",
    unit_name_hint: "Ví dụ: Xã Phong Điền",
    unit_name_missing: "Hãy nhập tên đơn vị.",
    parent_name: "Đơn vị cấp trên",
    province: "Tỉnh/thành phố",
    plan_title: "Tên kế hoạch",
    as_of: "Kỳ báo cáo (ngày)",
    choose_catalog: "Bộ chỉ tiêu ban đầu",
    catalog_option: |name, count| format!("{name} ({count} chỉ tiêu)"),
    start_empty: "Bắt đầu trống (tự thêm chỉ tiêu)",
    preview: "Các chỉ tiêu sẽ có:",
    empty_preview: "Kế hoạch trống: thêm chỉ tiêu sau bằng nút “Thêm chỉ tiêu”.",
    create_button: "Tạo kế hoạch",
    example_description: |name| match name {
        "xa-demo.ron" => "Xã Hòa Bình Xanh (ví dụ, 2023–2025)".to_owned(),
        "huong-tra.ron" => "Thị xã Hương Trà, 2022".to_owned(),
        "hau-giang.ron" => "Tỉnh Hậu Giang, 2021".to_owned(),
        "xa-tong-ket-2025.ron" => "Xã Tân Hòa, tổng kết năm 2025 (ví dụ)".to_owned(),
        "chi-bo-thon-3.ron" => "Chi bộ Thôn 3, xã Hòa Bình Xanh (ví dụ, thể thức Đảng)".to_owned(),
        other => other.to_owned(),
    },
    untitled: "Kế hoạch chưa lưu",
    opened: |name, warnings| {
        if warnings == 0 {
            format!("Đã mở {name}")
        } else {
            format!("Đã mở {name} ({warnings} cảnh báo: xem bằng lệnh lotrinh check)")
        }
    },
    saved: |name| format!("Đã lưu {name}"),
    edit_refused: "Không thay đổi được:",
    saved_state: "Đã lưu",
    unsaved_state: "Chưa lưu (*)",
    as_of_status: |date| format!("Kỳ báo cáo: {date}"),
    project_tab: "Thông tin kế hoạch",
    add_indicator: "Thêm chỉ tiêu",
    search: "Tìm chỉ tiêu",
    all_statuses: "Mọi trạng thái",
    all_pillars: "Mọi trụ cột",
    filter_status: "Lọc theo trạng thái",
    filter_pillar: "Lọc theo trụ cột",
    no_indicator_selected: "Chọn một chỉ tiêu ở danh sách bên trái.",
    remove_indicator: "Xóa chỉ tiêu này…",
    progress_hint: "Tỷ lệ đạt = (kết quả − giá trị cơ sở) / (mục tiêu − giá trị cơ sở)",
    general_section: "Thông tin chỉ tiêu",
    field_id: "Mã chỉ tiêu",
    field_name: "Tên chỉ tiêu",
    field_name_en: "Tên tiếng Anh",
    field_pillar: "Trụ cột",
    field_unit: "Đơn vị tính",
    field_direction: "Chiều đánh giá",
    field_definition: "Giải thích chỉ tiêu",
    field_legal_basis: "Căn cứ",
    field_responsible: "Đơn vị chủ trì",
    higher_is_better: "Càng cao càng tốt",
    lower_is_better: "Càng thấp càng tốt",
    unit_kinds: [
        "Tỷ lệ (%)",
        "Số lượng",
        "Điểm",
        "Tiền (đồng)",
        "Có/Không",
        "Thứ hạng",
    ],
    unit_word: "Đơn vị (hồ sơ, tổ, người…)",
    score_max: "Điểm tối đa",
    must_be_positive: "phải lớn hơn 0",
    percent_range: "tỷ lệ phải nằm trong khoảng 0–100",
    date_error: "ngày không hợp lệ: hãy viết dd/mm/yyyy",
    baseline_section: "Giá trị cơ sở",
    baseline_date: "Ngày cơ sở",
    baseline_value: "Giá trị cơ sở",
    no_baseline_hint: "Chưa có giá trị cơ sở: tạm dùng số liệu đầu tiên.",
    targets_section: "Mục tiêu theo mốc năm",
    target_columns: ["Năm", "Mục tiêu", "Đề xuất", "Nguồn", ""],
    target_value_name: |year| format!("Mục tiêu năm {year}"),
    target_source_name: |year| format!("Nguồn mục tiêu năm {year}"),
    suggested: "đề xuất",
    remove: "Xóa",
    remove_target: "Xóa mốc này",
    new_milestone: "Thêm mốc năm",
    milestone_error: "năm không hợp lệ hoặc đã có",
    add_milestone: |year| format!("+ Mốc {year}"),
    measurements_section: "Số liệu thực hiện",
    no_measurements: "Chưa có số liệu nào.",
    measurement_columns: [
        "#",
        "Ngày",
        "Giá trị",
        "Tử số",
        "Mẫu số",
        "Tài liệu kiểm chứng",
        "Nguồn số liệu",
        "Ghi chú",
        "",
    ],
    cell_name: |column, row| format!("{column} dòng {row}"),
    remove_row: |row| format!("Xóa dòng {row}"),
    add_measurement: "+ Thêm số liệu",
    basis_section: "Văn bản căn cứ (Nghị quyết, Kế hoạch…)",
    basis_columns: ["Số hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu", ""],
    add_basis: "+ Thêm văn bản",
    district_legacy_note: "Cấp huyện đã kết thúc hoạt động từ 01/7/2025; dùng cho kế hoạch và số liệu trước đó.",
    unsaved_title: "Chưa lưu thay đổi",
    unsaved_question: "Kế hoạch có thay đổi chưa lưu. Lưu trước khi tiếp tục?",
    save_button: "Lưu",
    dont_save: "Không lưu",
    cancel: "Hủy",
    ok: "Đồng ý",
    close: "Đóng",
    error_title: "Không thực hiện được",
    remove_title: "Xóa chỉ tiêu",
    remove_question: |name| {
        format!("Xóa chỉ tiêu “{name}” cùng mọi số liệu của nó? Có thể hoàn tác bằng Ctrl+Z.")
    },
    remove_button: "Xóa",
    no_dialog_hint: "Không mở được hộp chọn tệp của hệ thống. Hãy gõ đường dẫn đầy đủ của tệp:",
    file_path: "Đường dẫn tệp",
    recovery_title: "Khôi phục công việc chưa lưu",
    recovery_question: |file, unit, date| {
        format!(
            "Lần trước chương trình đóng khi còn thay đổi chưa lưu ({file} — {unit}, kỳ báo cáo {date}). Khôi phục bản tự động lưu?"
        )
    },
    restore: "Khôi phục",
    discard_recovery: "Bỏ bản này",
    from_catalog: "Từ bộ chỉ tiêu:",
    add_chosen: |count| format!("Thêm {count} chỉ tiêu đã chọn"),
    from_scratch: "Hoặc tạo chỉ tiêu mới:",
    new_indicator_name: "Tên chỉ tiêu mới",
    add_new_indicator: "Tạo chỉ tiêu",
    new_indicator_hint: "Chỉ tiêu mới có đơn vị %, chiều tăng là tốt; sửa lại trong phần Thông tin chỉ tiêu.",
    no_target_sentence: "Chưa có mục tiêu: thêm mốc năm ở phần Mục tiêu.",
    no_value_sentence: "Chưa có số liệu đến kỳ báo cáo.",
    reached_share: |percent, year| format!("Đạt {percent}% chỉ tiêu năm {year}"),
    latest_value: |value, year| format!("Kết quả {value} so với mục tiêu năm {year}"),
    target_met: "đã đạt mục tiêu",
    target_exceeded: "đã vượt mục tiêu",
    required_pace: |up, amount, unit| {
        format!(
            "cần {} {amount} {unit}/năm để đạt",
            if up { "tăng" } else { "giảm" }
        )
    },
    percent_points: "điểm %",
    points: "điểm",
    ranks: "bậc",
    forecast_sentence: |year, value, reach| {
        format!("Dự báo theo xu hướng: cuối năm {year} đạt khoảng {value}; {reach}.")
    },
    verdict_line: |year, target, verdict, judged| {
        format!("Mục tiêu năm {year} ({target}): {verdict} — kết quả {judged}")
    },
    dashboard_tab: "Tổng quan",
    indicator_tab: "Chỉ tiêu",
    axis_time: "Thời gian",
    axis_value: "Giá trị",
    axis_progress: "Tỷ lệ đạt mục tiêu (%)",
    axis_count: "Số chỉ tiêu",
    series_measured: "Số liệu thực hiện",
    series_baseline: "Giá trị cơ sở",
    series_target: "Mục tiêu",
    series_planned: "Lộ trình kế hoạch",
    series_forecast: "Dự báo theo xu hướng",
    series_as_of: "Kỳ báo cáo",
    series_expected: "Tiến độ cần đạt đến kỳ báo cáo",
    mean_label: |percent| format!("bình quân {percent}%"),
    indicator_count: "Tổng số chỉ tiêu",
    pillar_summary_title: "Kết quả theo trụ cột",
    most_behind_title: "5 chỉ tiêu chậm nhất",
    overview_title: "Mức độ đạt mục tiêu của từng chỉ tiêu",
    overview_hint: "Bấm vào một thanh để mở chỉ tiêu đó. Hình thoi đen: tiến độ cần đạt đến kỳ báo cáo.",
    none_behind: "Không có chỉ tiêu nào chậm tiến độ.",
    presentation_keys: "Phím mũi tên, PageUp/PageDown: chuyển trang · Esc: thoát",
    present: "Trình chiếu (F5)",
    export_png: "Lưu PNG",
    export_png_hint: "Lưu biểu đồ này thành ảnh PNG (gấp đôi độ phân giải) để chèn vào văn bản, trình chiếu",
    export_chart: "Xuất biểu đồ (PNG)…",
    trajectory_title: "Diễn biến",
    chart_not_saved: "Không lưu được biểu đồ:",
    chart_saved: |path| format!("Đã lưu biểu đồ {path}"),
    entry_tab: "Nhập số liệu kỳ",
    entry_title: "Cập nhật số liệu kỳ báo cáo",
    entry_missing: |missing, total, date| {
        format!("Còn {missing}/{total} chỉ tiêu chưa có số liệu ngày {date}")
    },
    entry_period: "Kỳ báo cáo",
    period_names: [
        "Quý I",
        "Quý II",
        "Quý III",
        "Quý IV",
        "6 tháng đầu năm",
        "9 tháng",
        "Cả năm",
        "Ngày khác",
    ],
    entry_year: "Năm",
    entry_date: "Ngày",
    entry_values_dated: |date| format!("Số liệu ghi ngày {date}"),
    entry_move_as_of: |date| format!("Khi áp dụng, chuyển kỳ báo cáo của kế hoạch sang {date}"),
    entry_columns: [
        "Chỉ tiêu",
        "Kỳ trước",
        "Giá trị mới",
        "Tử số",
        "Mẫu số",
        "Thay đổi, đánh giá",
        "Kiểm tra",
        "Tài liệu kiểm chứng",
        "Nguồn số liệu",
        "Ghi chú",
    ],
    entry_already: |value| format!("kỳ này đã có: {value}"),
    entry_already_hint: "Đã có số liệu cho kỳ này; nhập giá trị mới sẽ thay thế sau khi xác nhận.",
    entry_edit_names: [
        "Giá trị mới",
        "Tử số",
        "Mẫu số",
        "Tài liệu kiểm chứng",
        "Nguồn số liệu",
        "Ghi chú",
    ],
    entry_unreadable: "Ô dán vào không đọc được là số: để trống.",
    entry_not_a_number: "không phải số",
    entry_negative: "số lượng âm",
    entry_numerator_above: "tử số lớn hơn mẫu số",
    entry_jump_points: |points| format!("thay đổi {points} điểm % so với kỳ trước: kiểm tra lại"),
    entry_jump_ratio: |ratio| format!("gấp {ratio} lần kỳ trước: kiểm tra lại"),
    entry_replace_question: "Các giá trị đã có cho kỳ này sẽ bị thay thế:",
    entry_replace_apply: "Thay thế và áp dụng",
    entry_apply: "Áp dụng",
    entry_apply_count: |label, count| format!("{label} ({count} chỉ tiêu)"),
    entry_clear: "Xóa các ô đã nhập",
    entry_blocked: "Có tỷ lệ nằm ngoài 0–100: sửa trước khi áp dụng.",
    entry_keys: "Enter hoặc mũi tên xuống: xuống dòng · Tab: sang phải · Esc: hủy ô đang sửa · Ctrl+V: dán một cột hoặc một khối ô từ Excel · Ctrl+Enter: áp dụng",
    entry_leave_title: "Số liệu chưa áp dụng",
    entry_leave_question: "Các số liệu vừa nhập chưa được áp dụng vào kế hoạch. Bỏ chúng?",
    entry_discard: "Bỏ số liệu",
    entry_stay: "Ở lại",
    export_pdf: "Xuất báo cáo PDF…",
    export_xlsx: "Xuất Excel (XLSX)…",
    export_csv: "Xuất bảng CSV…",
    import_sheet: "Nhập số liệu từ Excel/CSV…",
    report_written: |path| format!("Đã xuất {path}"),
    report_unavailable: |path| {
        format!("Phiên bản này được dựng không có phần báo cáo; không tạo được {path}.")
    },
    import_title: "Xem trước khi nhập số liệu",
    import_added: |count| format!("Sẽ thêm {count} mục:"),
    import_changed: |count| format!("Sẽ thay đổi {count} mục:"),
    import_refused: |count| format!("{count} dòng không đọc được (bỏ qua):"),
    import_refused_row: |sheet, row, reason| format!("{sheet}, dòng {row}: {reason}"),
    import_apply: "Áp dụng (một bước, hoàn tác được)",
    currency: "đồng",
};

/// The Vietnamese report and import strings.
pub static REPORT: ReportTexts = ReportTexts {
    col_number: "STT",
    col_indicator: "Chỉ tiêu",
    col_unit: "Đơn vị tính",
    col_baseline: "Giá trị cơ sở",
    col_target: |year| format!("Mục tiêu {year}"),
    col_result: "Kết quả thực hiện",
    col_progress: "Tỷ lệ đạt",
    col_assessment: "Đánh giá",
    col_id: "Mã chỉ tiêu",
    col_result_date: "Ngày số liệu",
    col_baseline_date: "Ngày cơ sở",
    col_pillar: "Trụ cột",
    measurements_sheet: "Số liệu",
    measurement_columns: [
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Ngày",
        "Giá trị",
        "Tử số",
        "Mẫu số",
        "Tài liệu kiểm chứng",
        "Nguồn số liệu",
        "Ghi chú",
    ],
    unit_words: ["%", "đồng", "Có/Không", "thứ hạng"],
    score_unit: |max| format!("điểm (tối đa {max})"),
    title: "BÁO CÁO TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ",
    as_of_line: |date| format!("Kỳ báo cáo: tính đến ngày {date}"),
    basis_heading: "Căn cứ:",
    basis_line: |number, date, issuer, title| {
        let mut line = String::new();
        if !number.is_empty() {
            line.push_str(number);
        }
        if !date.is_empty() {
            line.push_str(&format!(" ngày {date}"));
        }
        if !issuer.is_empty() && line.is_empty() {
            line.push_str(issuer);
        } else if !issuer.is_empty() {
            line.push_str(&format!(" của {issuer}"));
        }
        if !title.is_empty() {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(title);
        }
        line.trim().to_owned()
    },
    sections: [
        "1. Kết quả chung",
        "2. Kết quả thực hiện theo trụ cột",
        "3. Các chỉ tiêu cần tập trung chỉ đạo",
    ],
    summary_sentence: |date, unit, total, parts| {
        format!("Tính đến ngày {date}, {unit} có {total} chỉ tiêu: {parts}.")
    },
    count_part: |count, status| format!("{count} {}", status.to_lowercase()),
    exceeded_part: |count| format!("trong đó {count} vượt mục tiêu"),
    mean_sentence: |percent| format!("Tỷ lệ đạt bình quân so với mục tiêu hiện hành là {percent}."),
    milestone_sentence: |year, achieved, judged| {
        format!("Mục tiêu năm {year}: {achieved}/{judged} chỉ tiêu đạt.")
    },
    attention_sentence: |count| {
        format!(
            "{count} chỉ tiêu chậm tiến độ hoặc có nguy cơ không đạt được trình bày ở mục 3, kèm tốc độ cần đạt."
        )
    },
    no_attention: "Không có chỉ tiêu nào chậm tiến độ hoặc có nguy cơ không đạt.",
    no_indicators: "Kế hoạch chưa có chỉ tiêu nào.",
    pillar_chart_title: "Số chỉ tiêu theo trụ cột và mức độ thực hiện",
    pillar_chart_axis: "Số chỉ tiêu",
    pillar_heading: |pillar, count| format!("{pillar} ({count} chỉ tiêu)"),
    trajectory_legend: [
        "Số liệu thực hiện",
        "Giá trị cơ sở",
        "Mục tiêu (31/12)",
        "Lộ trình kế hoạch",
        "Xu hướng (dự báo)",
        "Kỳ báo cáo",
        "Tốc độ cần đạt",
    ],
    trajectory_caption: |status, latest, year, target| {
        format!("{status} — kết quả {latest}, mục tiêu năm {year}: {target}")
    },
    page: |page, count| format!("Trang {page}/{count}"),
    printed: |date| format!("In ngày {date} bằng Lộ Trình"),
    no_header: "không nhận ra dòng tiêu đề: cần cột “Mã chỉ tiêu” hoặc “Chỉ tiêu”, và cột “Ngày”, “Giá trị” hoặc các cột mục tiêu, kết quả",
    missing_indicator: "thiếu cả mã chỉ tiêu và tên chỉ tiêu",
    bad_id: |id| {
        format!(
            "mã chỉ tiêu “{id}” không hợp lệ (chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới)"
        )
    },
    bad_number: |column, text, reason| {
        format!("cột “{column}”: “{text}” không phải là số ({reason})")
    },
    bad_date: |column, text| format!("cột “{column}”: “{text}” không phải là ngày (dd/mm/yyyy)"),
    missing_date: "thiếu ngày",
    missing_value: "thiếu giá trị",
    percent_range: |column, value| format!("cột “{column}”: tỷ lệ {value} nằm ngoài khoảng 0–100"),
    duplicate_row: |sheet, row| {
        format!("cùng chỉ tiêu và ngày với {sheet}, dòng {row} nhưng khác giá trị")
    },
    target_before_baseline: |year| format!("mục tiêu năm {year} có trước năm của giá trị cơ sở"),
    import_summary: |added, changed, refused| {
        format!("Thêm {added}, thay đổi {changed}, không đọc được {refused} dòng.")
    },
    added_heading: "Sẽ thêm:",
    changed_heading: "Sẽ thay đổi:",
    refused_heading: "Các dòng không đọc được:",
    refused_line: |sheet, row, reason| format!("{sheet}, dòng {row}: {reason}"),
    nothing_to_import: "Không có gì mới để nhập.",
    dry_run: "Chạy thử (--dry-run): chưa ghi tệp nào.",
    written: |path, size| format!("Đã ghi {path} ({size} KiB)"),
    read_failed: |path, reason| format!("Không đọc được tệp “{path}”: {reason}"),
    not_spreadsheet: |path, reason| {
        format!("Tệp “{path}” không phải bảng tính XLSX hoặc CSV (UTF-8) đọc được: {reason}")
    },
    unknown_extension: |path| {
        format!("Không nhận ra loại tệp “{path}”: hãy dùng tệp có đuôi .xlsx, .pdf hoặc .csv")
    },
    xlsx_failed: |reason| format!("Không tạo được tệp Excel: {reason}"),
    pdf_failed: |reason| format!("Không tạo được tệp PDF: {reason}"),
    csv_failed: |reason| format!("Không tạo được tệp CSV: {reason}"),
    invalid_result: |problems| {
        format!("Sau khi nhập, kế hoạch sẽ không hợp lệ nên chưa thay đổi gì: {problems}")
    },
    no_output: "Hãy chọn ít nhất một tệp kết quả: --pdf, --docx, --xlsx hoặc --csv.",
};
