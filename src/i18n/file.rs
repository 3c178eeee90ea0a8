//! The strings of plan files that load with a refusal or a warning specific to their fields, one
//! table per language ([`VI`] and [`EN`]), reached through [`super::Texts::file`].

/// File strings of one language.
pub struct FileTexts {
    /// Refusal: a field the program does not know: file, field, line, column, where it is (see
    /// [`Self::places`]), the fields allowed there.
    pub unknown_field: fn(&str, &str, usize, usize, &str, &str) -> String,
    /// Where a field can be: the plan, its unit, a basis document, an indicator, a unit of
    /// measure, a baseline, a target, a measurement, a catalogue, the report's document settings,
    /// its signer, its written sections.
    pub places: [&'static str; 12],
    /// Warning: a rank marked higher-is-better: indicator id.
    pub rank_direction: fn(&str) -> String,
}

/// The Vietnamese file strings.
pub static VI: FileTexts = FileTexts {
    unknown_field: |file, field, line, column, place, allowed| {
        format!(
            "Tệp “{file}” có trường “{field}” không hợp lệ ở dòng {line}, cột {column} ({place}). Ở đó chỉ dùng các trường: {allowed}. Có thể tên trường bị gõ sai: hãy sửa bằng trình soạn thảo văn bản. Chương trình không mở tệp để số liệu của trường này không bị mất khi lưu lại."
        )
    },
    places: [
        "trong kế hoạch",
        "trong thông tin đơn vị",
        "trong văn bản căn cứ",
        "trong một chỉ tiêu",
        "trong đơn vị tính",
        "trong giá trị cơ sở",
        "trong một mục tiêu",
        "trong một số liệu",
        "trong bộ chỉ tiêu",
        "trong phần thiết lập văn bản báo cáo",
        "trong phần người ký báo cáo",
        "trong các phần viết của báo cáo",
    ],
    rank_direction: |id| {
        format!(
            "chỉ tiêu “{id}” là thứ hạng nhưng ghi “càng cao càng tốt”: thứ hạng luôn được đánh giá càng thấp (càng gần hạng 1) càng tốt"
        )
    },
};

/// The English file strings.
pub static EN: FileTexts = FileTexts {
    unknown_field: |file, field, line, column, place, allowed| {
        format!(
            "The file “{file}” has an unknown field “{field}” at line {line}, column {column} ({place}). Only these fields are allowed there: {allowed}. The name may be misspelt: fix it in a text editor. The program does not open the file, so that this field's data is not lost at the next save."
        )
    },
    places: [
        "in the plan",
        "in the unit's details",
        "in a basis document",
        "in an indicator",
        "in the unit of measure",
        "in the baseline",
        "in a target",
        "in a measurement",
        "in the catalogue",
        "in the report's document settings",
        "in the report's signer",
        "in the report's written sections",
    ],
    rank_direction: |id| {
        format!(
            "indicator “{id}” is a rank marked “higher is better”: a rank is always judged lower (closer to first place) is better"
        )
    },
};
