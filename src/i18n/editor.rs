//! Editor and grid words of issue 10: how an indicator's values add up (a level or a per-year
//! total, "lũy kế từ đầu năm"), the fixed direction of a rank, and monthly reporting periods; one
//! table per language ([`VI`] and [`EN`]), reached through [`super::Texts::editor`].

/// Editor strings of one language.
pub struct EditorTexts {
    /// Label of the field that says how values add up.
    pub accumulation_field: &'static str,
    /// Its two choices: a level at its date, a total since 1 January.
    pub accumulation_options: [&'static str; 2],
    /// What a per-year total means, under the field.
    pub per_year_hint: &'static str,
    /// A rank's direction, which cannot be changed.
    pub rank_direction: &'static str,
    /// A monthly reporting period: month number.
    pub month_period: fn(u8) -> String,
    /// Beside a per-year indicator in the period grid: the value to enter.
    pub grid_year_to_date: &'static str,
}

/// The Vietnamese editor strings.
pub static VI: EditorTexts = EditorTexts {
    accumulation_field: "Cách tính số liệu",
    accumulation_options: [
        "Giá trị tại thời điểm báo cáo",
        "Lũy kế từ đầu năm (tính lại từ 01/01 mỗi năm)",
    ],
    per_year_hint: "Mỗi số liệu là tổng cộng dồn từ ngày 01/01 của năm đó; mục tiêu của năm áp dụng cho năm đó (năm không có mục tiêu riêng dùng mục tiêu của năm gần nhất trước đó) và được đánh giá vào ngày 31/12.",
    rank_direction: "Thứ hạng: càng thấp (càng gần hạng 1) càng tốt",
    month_period: |month| format!("Tháng {month}"),
    grid_year_to_date: "lũy kế từ đầu năm",
};

/// The English editor strings.
pub static EN: EditorTexts = EditorTexts {
    accumulation_field: "How values add up",
    accumulation_options: [
        "Level at the reporting date",
        "Total since 1 January (starts again each year)",
    ],
    per_year_hint: "Each value is the total since 1 January of its year; a year's target applies to that year (a year without its own target uses the latest earlier one) and is judged on 31 December.",
    rank_direction: "Rank: lower (closer to first place) is better",
    month_period: |month| {
        let names = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        names
            .get(usize::from(month).saturating_sub(1))
            .map_or_else(|| format!("Month {month}"), |name| (*name).to_owned())
    },
    grid_year_to_date: "year to date",
};
