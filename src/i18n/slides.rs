//! The strings of presentation slides, one table per language ([`VI`], [`EN`]), reached through
//! [`super::Texts::slides`].

/// Slide strings of one language.
pub struct SlideTexts {
    /// A pillar's slide title when its indicators take several slides: "Chính quyền số (1/2)".
    pub pillar_page: fn(&str, usize, usize) -> String,
    /// The latest value: "Hiện tại: 48,5%".
    pub current: fn(&str) -> String,
    /// The date of the latest value, after it: "(30/09/2025)".
    pub measured_on: fn(&str) -> String,
    /// The current target: "Mục tiêu 2025: 60%".
    pub target: fn(i32, &str) -> String,
    /// No value yet.
    pub no_value: &'static str,
    /// No target.
    pub no_target: &'static str,
    /// The basis documents not listed on the title slide: "và 5 văn bản khác".
    pub more_documents: fn(usize) -> String,
}

/// The Vietnamese table.
pub static VI: SlideTexts = SlideTexts {
    pillar_page: |pillar, page, pages| format!("{pillar} ({page}/{pages})"),
    current: |value| format!("Hiện tại: {value}"),
    measured_on: |date| format!("({date})"),
    target: |year, value| format!("Mục tiêu {year}: {value}"),
    no_value: "Chưa có số liệu",
    no_target: "Chưa có mục tiêu",
    more_documents: |count| format!("và {count} văn bản khác"),
};

/// The English table.
pub static EN: SlideTexts = SlideTexts {
    pillar_page: |pillar, page, pages| format!("{pillar} ({page}/{pages})"),
    current: |value| format!("Now: {value}"),
    measured_on: |date| format!("({date})"),
    target: |year, value| format!("{year} target: {value}"),
    no_value: "No data yet",
    no_target: "No target",
    more_documents: |count| format!("and {count} more documents"),
};
