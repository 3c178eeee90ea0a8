//! The words of the command table ([`crate::app`]'s `Command`) that are not menu labels of their
//! own already: tooltips, the labels of commands that only had keys, and the shortcuts panel. One
//! table per language ([`VI`], [`EN`]), reached through [`super::Texts::commands`].

/// Command strings of one language.
pub struct CommandTexts {
    /// Help menu: the shortcuts panel.
    pub shortcuts: &'static str,
    /// Help menu: the user guide.
    pub guide: &'static str,
    /// Delete the selected measurement row.
    pub delete_measurement: &'static str,
    /// Apply the values of the period grid.
    pub apply_entry: &'static str,
    /// Next slide.
    pub next_slide: &'static str,
    /// Previous slide.
    pub previous_slide: &'static str,
    /// First slide.
    pub first_slide: &'static str,
    /// Last slide.
    pub last_slide: &'static str,
    /// Leave the presentation.
    pub stop_presentation: &'static str,
    /// Switch between the light and the dark theme (the shortcuts panel's name for it).
    pub toggle_theme: &'static str,
    /// Tooltip: new plan.
    pub tip_new: &'static str,
    /// Tooltip: open.
    pub tip_open: &'static str,
    /// Tooltip: save.
    pub tip_save: &'static str,
    /// Tooltip: save as.
    pub tip_save_as: &'static str,
    /// Tooltip: PDF report.
    pub tip_export_pdf: &'static str,
    /// Tooltip: Word report.
    pub tip_export_docx: &'static str,
    /// Tooltip: Excel workbook.
    pub tip_export_xlsx: &'static str,
    /// Tooltip: CSV table.
    pub tip_export_csv: &'static str,
    /// Tooltip: import a spreadsheet.
    pub tip_import: &'static str,
    /// Tooltip: chart as PNG.
    pub tip_export_chart: &'static str,
    /// Tooltip: quit.
    pub tip_quit: &'static str,
    /// Tooltip: undo.
    pub tip_undo: &'static str,
    /// Tooltip: redo.
    pub tip_redo: &'static str,
    /// Tooltip: add indicators.
    pub tip_add_indicator: &'static str,
    /// Tooltip: delete a measurement row.
    pub tip_delete_measurement: &'static str,
    /// Tooltip: apply the period grid.
    pub tip_apply_entry: &'static str,
    /// Tooltip: zoom in.
    pub tip_zoom_in: &'static str,
    /// Tooltip: zoom out.
    pub tip_zoom_out: &'static str,
    /// Tooltip: zoom reset.
    pub tip_zoom_reset: &'static str,
    /// Tooltip: period grid.
    pub tip_period_entry: &'static str,
    /// Tooltip: present.
    pub tip_present: &'static str,
    /// Tooltip: theme.
    pub tip_theme: &'static str,
    /// Tooltip: slides.
    pub tip_slides: &'static str,
    /// Tooltip: shortcuts panel.
    pub tip_shortcuts: &'static str,
    /// Tooltip: guide.
    pub tip_guide: &'static str,
    /// Tooltip: about.
    pub tip_about: &'static str,
    /// Title of the shortcuts panel.
    pub shortcuts_title: &'static str,
    /// Where a group of keys works: anywhere in the window.
    pub scope_window: &'static str,
    /// Where a group of keys works: the measurement table of an indicator.
    pub scope_measurements: &'static str,
    /// Where a group of keys works: the reporting-period grid.
    pub scope_period_grid: &'static str,
    /// Where a group of keys works: while presenting.
    pub scope_presentation: &'static str,
    /// Header of the command column.
    pub column_command: &'static str,
    /// Header of the keys column.
    pub column_keys: &'static str,
    /// "or" between two keys.
    pub or: &'static str,
    /// Title of the guide window.
    pub guide_title: &'static str,
}

/// The Vietnamese table.
pub static VI: CommandTexts = CommandTexts {
    shortcuts: "Phím tắt",
    guide: "Hướng dẫn sử dụng",
    delete_measurement: "Xoá dòng số liệu đang chọn",
    apply_entry: "Ghi số liệu của bảng vào kế hoạch",
    next_slide: "Trang chiếu sau",
    previous_slide: "Trang chiếu trước",
    first_slide: "Trang chiếu đầu",
    last_slide: "Trang chiếu cuối",
    stop_presentation: "Thoát trình chiếu",
    toggle_theme: "Đổi giao diện sáng/tối",
    tip_new: "Tạo kế hoạch mới từ bộ chỉ tiêu mẫu hoặc để trống",
    tip_open: "Mở tệp kế hoạch .ron đã lưu",
    tip_save: "Lưu kế hoạch vào tệp đang mở (tệp cũ giữ lại thành .bak)",
    tip_save_as: "Lưu kế hoạch thành tệp mới",
    tip_export_pdf: "Xuất báo cáo tiến độ khổ A4 thành tệp PDF",
    tip_export_docx: "Xuất báo cáo thành tệp Word để sửa tiếp và trình ký",
    tip_export_xlsx: "Xuất bảng chỉ tiêu và số liệu thành tệp Excel",
    tip_export_csv: "Xuất bảng chỉ tiêu thành tệp CSV",
    tip_import: "Nhập số liệu từ tệp Excel hoặc CSV; xem trước rồi mới áp dụng",
    tip_export_chart: "Lưu biểu đồ đang xem thành ảnh PNG",
    tip_quit: "Đóng chương trình (hỏi trước nếu còn thay đổi chưa lưu)",
    tip_undo: "Hoàn tác thay đổi vừa làm",
    tip_redo: "Làm lại thay đổi vừa hoàn tác",
    tip_add_indicator: "Thêm chỉ tiêu từ bộ mẫu hoặc tự đặt",
    tip_delete_measurement: "Xoá dòng số liệu đang chọn trong bảng số liệu của chỉ tiêu",
    tip_apply_entry: "Ghi các giá trị đã nhập trong bảng kỳ báo cáo vào kế hoạch",
    tip_zoom_in: "Phóng to chữ và hình",
    tip_zoom_out: "Thu nhỏ chữ và hình",
    tip_zoom_reset: "Trở về cỡ chữ bình thường",
    tip_period_entry: "Nhập số liệu của một kỳ báo cáo cho mọi chỉ tiêu",
    tip_present: "Trình chiếu toàn màn hình cho cuộc họp",
    tip_theme: "Chuyển giữa giao diện sáng (hợp máy chiếu) và tối",
    tip_slides: "Chuyển trang khi trình chiếu",
    tip_shortcuts: "Xem danh sách phím tắt",
    tip_guide: "Đọc hướng dẫn sử dụng ngắn",
    tip_about: "Thông tin về chương trình",
    shortcuts_title: "Phím tắt",
    scope_window: "Mọi nơi trong cửa sổ",
    scope_measurements: "Trong bảng số liệu của chỉ tiêu",
    scope_period_grid: "Trong bảng cập nhật kỳ báo cáo",
    scope_presentation: "Khi trình chiếu",
    column_command: "Lệnh",
    column_keys: "Phím",
    or: "hoặc",
    guide_title: "Hướng dẫn sử dụng",
};

/// The English table.
pub static EN: CommandTexts = CommandTexts {
    shortcuts: "Keyboard shortcuts",
    guide: "User guide",
    delete_measurement: "Delete the selected value row",
    apply_entry: "Write the grid's values into the plan",
    next_slide: "Next slide",
    previous_slide: "Previous slide",
    first_slide: "First slide",
    last_slide: "Last slide",
    stop_presentation: "Leave the presentation",
    toggle_theme: "Switch light/dark theme",
    tip_new: "Create a new plan from a catalogue or empty",
    tip_open: "Open a saved .ron plan",
    tip_save: "Save the plan to its file (the old one is kept as .bak)",
    tip_save_as: "Save the plan to a new file",
    tip_export_pdf: "Write the A4 progress report as PDF",
    tip_export_docx: "Write the report as a Word document, to edit further and sign",
    tip_export_xlsx: "Write the indicators and values as an Excel workbook",
    tip_export_csv: "Write the indicator table as CSV",
    tip_import: "Import values from Excel or CSV; preview before applying",
    tip_export_chart: "Save the chart in view as a PNG image",
    tip_quit: "Close the program (asks first about unsaved changes)",
    tip_undo: "Undo the last change",
    tip_redo: "Redo the last undone change",
    tip_add_indicator: "Add indicators from a catalogue or your own",
    tip_delete_measurement: "Delete the selected row of an indicator's value table",
    tip_apply_entry: "Write the values typed in the period grid into the plan",
    tip_zoom_in: "Larger text and charts",
    tip_zoom_out: "Smaller text and charts",
    tip_zoom_reset: "Back to the normal size",
    tip_period_entry: "Enter one reporting period's values for every indicator",
    tip_present: "Full-screen slides for a meeting",
    tip_theme: "Switch between the light theme (good on projectors) and the dark one",
    tip_slides: "Move between slides while presenting",
    tip_shortcuts: "List the keyboard shortcuts",
    tip_guide: "Read the short user guide",
    tip_about: "About the program",
    shortcuts_title: "Keyboard shortcuts",
    scope_window: "Anywhere in the window",
    scope_measurements: "In an indicator's value table",
    scope_period_grid: "In the reporting-period grid",
    scope_presentation: "While presenting",
    column_command: "Command",
    column_keys: "Keys",
    or: "or",
    guide_title: "User guide",
};
