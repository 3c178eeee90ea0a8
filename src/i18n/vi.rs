//! Vietnamese strings (the default language).

use super::Texts;

/// The Vietnamese table.
pub static TEXTS: Texts = Texts {
    language_name: "Tiếng Việt",
    app_name: "Lộ Trình",
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
        format!("Tệp {file} đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè (bản cũ được giữ ở .bak).")
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
};
