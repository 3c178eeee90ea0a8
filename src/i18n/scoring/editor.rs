//! The strings of the index editor on the "Chấm điểm" tab (groups and criteria added, removed,
//! their points and rules changed), one table per language. `n` is a criterion's or group's
//! number on the form ("1.2"), so that every field's label is its own.

/// Index-editor strings of one language.
pub struct IndexEditorTexts {
    /// Button: show the editor.
    pub edit_index: &'static str,
    /// Button: back to the form.
    pub done_editing: &'static str,
    /// Button: write the index in use as its own file.
    pub save_index: &'static str,
    /// After the index's name: it is the plan's own.
    pub own_note: &'static str,
    /// Above the editor: what editing does.
    pub intro: &'static str,
    /// The index's name field.
    pub index_name: &'static str,
    /// The index's total maximum field.
    pub index_max: &'static str,
    /// Button: set the total maximum to the sum of the groups'.
    pub sum_groups: fn(&str) -> String,
    /// A group's name field: number.
    pub group_name_of: fn(&str) -> String,
    /// A group's maximum field: number.
    pub group_max_of: fn(&str) -> String,
    /// The sum of a group's criteria: points.
    pub group_sum: fn(&str) -> String,
    /// Button: add a group.
    pub add_group: &'static str,
    /// Button: remove a group: number.
    pub remove_group_of: fn(&str) -> String,
    /// A new group's name.
    pub new_group: &'static str,
    /// Button: add a criterion to a group: number.
    pub add_criterion_to: fn(&str) -> String,
    /// Button: remove a criterion: number.
    pub remove_criterion_of: fn(&str) -> String,
    /// A new criterion's name.
    pub new_criterion: &'static str,
    /// A criterion's name field: number.
    pub name_of: fn(&str) -> String,
    /// A criterion's maximum field: number.
    pub max_of: fn(&str) -> String,
    /// A criterion's rule selector: number.
    pub rule_of: fn(&str) -> String,
    /// A criterion's indicator selector: number.
    pub indicator_of: fn(&str) -> String,
    /// No indicator chosen / the plan has none.
    pub no_indicator: &'static str,
    /// An indicator the index names that the plan lacks: id.
    pub indicator_missing: fn(&str) -> String,
    /// The ratio's full-points value field: number.
    pub full_at_of: fn(&str) -> String,
    /// Hint in an empty full-points value field.
    pub full_at_hint: &'static str,
    /// A criterion's evidence field: number.
    pub evidence_of: fn(&str) -> String,
    /// A criterion's source field: number.
    pub source_of: fn(&str) -> String,
    /// The rule kinds: ratio, steps, thresholds, yes/no, choice, by hand.
    pub rule_names: [&'static str; 6],
    /// A step's value field: criterion number, step number.
    pub step_at_of: fn(&str, usize) -> String,
    /// A step's points field: criterion number, step number.
    pub step_points_of: fn(&str, usize) -> String,
    /// A band's value field: criterion number, band number.
    pub band_at_of: fn(&str, usize) -> String,
    /// A band's share field (percent of the maximum): criterion number, band number.
    pub band_share_of: fn(&str, usize) -> String,
    /// A choice's text field: criterion number, choice number.
    pub choice_name_of: fn(&str, usize) -> String,
    /// A choice's share field (percent of the maximum): criterion number, choice number.
    pub choice_share_of: fn(&str, usize) -> String,
    /// Button: add a step, band or choice: criterion number.
    pub add_line_of: fn(&str) -> String,
    /// Button: remove a step, band or choice: criterion number, line number.
    pub remove_line_of: fn(&str, usize) -> String,
    /// A new choice's text.
    pub new_choice: &'static str,
    /// Short visible labels beside the fields: maximum, full-points value, reached at, points,
    /// share, evidence, source.
    pub short: [&'static str; 7],
    /// Points below zero.
    pub negative: &'static str,
    /// A share outside 0–100 %.
    pub share_range: &'static str,
    /// A step's points above the criterion's maximum: the maximum.
    pub over_max: fn(&str) -> String,
}

/// The Vietnamese table.
pub static VI: IndexEditorTexts = IndexEditorTexts {
    edit_index: "Sửa bộ chỉ số",
    done_editing: "Xong, về phiếu chấm điểm",
    save_index: "Lưu bộ chỉ số thành tệp…",
    own_note: "lưu trong kế hoạch",
    intro: "Thay đổi ở đây là bộ chỉ số riêng của kế hoạch này: lưu cùng tệp kế hoạch, hoàn tác \
            được (Ctrl+Z). Điểm tối đa của mỗi nhóm nên bằng tổng điểm các tiêu chí của nhóm; \
            chỗ chưa khớp được nhắc ở phần cảnh báo.",
    index_name: "Tên bộ chỉ số",
    index_max: "Tổng điểm tối đa",
    sum_groups: |points| format!("Lấy tổng các nhóm ({points})"),
    group_name_of: |n| format!("Tên nhóm {n}"),
    group_max_of: |n| format!("Điểm tối đa nhóm {n}"),
    group_sum: |points| format!("tổng các tiêu chí: {points}"),
    add_group: "Thêm nhóm",
    remove_group_of: |n| format!("Xóa nhóm {n}"),
    new_group: "Nhóm mới",
    add_criterion_to: |n| format!("Thêm tiêu chí vào nhóm {n}"),
    remove_criterion_of: |n| format!("Xóa tiêu chí {n}"),
    new_criterion: "Tiêu chí mới",
    name_of: |n| format!("Tên tiêu chí {n}"),
    max_of: |n| format!("Điểm tối đa {n}"),
    rule_of: |n| format!("Cách tính {n}"),
    indicator_of: |n| format!("Chỉ tiêu dùng cho {n}"),
    no_indicator: "(chưa chọn)",
    indicator_missing: |id| format!("{id} (kế hoạch không có)"),
    full_at_of: |n| format!("Giá trị đạt điểm tối đa {n}"),
    full_at_hint: "để trống: 100 % hoặc chỉ tiêu năm",
    evidence_of: |n| format!("Tài liệu kiểm chứng {n}"),
    source_of: |n| format!("Căn cứ {n}"),
    rule_names: [
        "Tỷ lệ × điểm tối đa",
        "Theo mức",
        "Theo ngưỡng",
        "Có/Không",
        "Chọn trên phiếu",
        "Nhập điểm",
    ],
    step_at_of: |n, i| format!("Mức {i} của {n}: đạt"),
    step_points_of: |n, i| format!("Mức {i} của {n}: điểm"),
    band_at_of: |n, i| format!("Ngưỡng {i} của {n}: đạt"),
    band_share_of: |n, i| format!("Ngưỡng {i} của {n}: % điểm"),
    choice_name_of: |n, i| format!("Lựa chọn {i} của {n}"),
    choice_share_of: |n, i| format!("Lựa chọn {i} của {n}: % điểm"),
    add_line_of: |n| format!("Thêm dòng cho {n}"),
    remove_line_of: |n, i| format!("Bỏ dòng {i} của {n}"),
    new_choice: "Lựa chọn mới",
    short: [
        "Điểm tối đa",
        "Đủ điểm khi đạt",
        "đạt",
        "điểm",
        "% điểm",
        "Kiểm chứng",
        "Căn cứ",
    ],
    negative: "Điểm không được âm.",
    share_range: "Nhập từ 0 đến 100 (%).",
    over_max: |max| format!("Không quá điểm tối đa ({max})."),
};

/// The English table.
pub static EN: IndexEditorTexts = IndexEditorTexts {
    edit_index: "Edit the index",
    done_editing: "Done, back to the form",
    save_index: "Save the index as a file…",
    own_note: "kept in the plan",
    intro: "Changes here make this plan's own index: it is saved with the plan file and can be \
            undone (Ctrl+Z). Each group's maximum should equal the sum of its criteria; where \
            it does not, the warnings say so.",
    index_name: "Index name",
    index_max: "Total maximum points",
    sum_groups: |points| format!("Use the groups' sum ({points})"),
    group_name_of: |n| format!("Name of group {n}"),
    group_max_of: |n| format!("Maximum of group {n}"),
    group_sum: |points| format!("criteria add up to {points}"),
    add_group: "Add a group",
    remove_group_of: |n| format!("Remove group {n}"),
    new_group: "New group",
    add_criterion_to: |n| format!("Add a criterion to group {n}"),
    remove_criterion_of: |n| format!("Remove criterion {n}"),
    new_criterion: "New criterion",
    name_of: |n| format!("Name of criterion {n}"),
    max_of: |n| format!("Maximum of {n}"),
    rule_of: |n| format!("Rule of {n}"),
    indicator_of: |n| format!("Indicator read by {n}"),
    no_indicator: "(none chosen)",
    indicator_missing: |id| format!("{id} (not in the plan)"),
    full_at_of: |n| format!("Value for full points of {n}"),
    full_at_hint: "empty: 100 % or the year's target",
    evidence_of: |n| format!("Evidence for {n}"),
    source_of: |n| format!("Source of {n}"),
    rule_names: [
        "Ratio × maximum",
        "Steps",
        "Thresholds",
        "Yes/No",
        "Chosen on the form",
        "Points by hand",
    ],
    step_at_of: |n, i| format!("Step {i} of {n}: reached at"),
    step_points_of: |n, i| format!("Step {i} of {n}: points"),
    band_at_of: |n, i| format!("Threshold {i} of {n}: reached at"),
    band_share_of: |n, i| format!("Threshold {i} of {n}: % of points"),
    choice_name_of: |n, i| format!("Choice {i} of {n}"),
    choice_share_of: |n, i| format!("Choice {i} of {n}: % of points"),
    add_line_of: |n| format!("Add a line to {n}"),
    remove_line_of: |n, i| format!("Remove line {i} of {n}"),
    new_choice: "New choice",
    short: [
        "Maximum",
        "Full points at",
        "at",
        "points",
        "% of points",
        "Evidence",
        "Source",
    ],
    negative: "Points cannot be negative.",
    share_range: "Enter 0 to 100 (%).",
    over_max: |max| format!("No more than the maximum ({max})."),
};
