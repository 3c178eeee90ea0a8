//! What a column holds, from its header as offices write it ("Kế hoạch năm 2025", "KH 2025",
//! "Thực hiện đến 31/12/2025", "TH 9 tháng", "Tỷ lệ so với KH (%)"…), in Vietnamese or English, and
//! the date a result column's header gives.

use chrono::{Datelike as _, NaiveDate};

use super::words::{folded, without_asides};
use crate::i18n::parse_date;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Column {
    /// Row number (STT): roman numerals and letters mark section rows.
    Number,
    /// Indicator id.
    Id,
    /// Indicator name.
    Name,
    /// Date of a measurement.
    Date,
    /// Value of a measurement.
    Value,
    /// Numerator.
    Numerator,
    /// Denominator.
    Denominator,
    /// Evidence.
    Evidence,
    /// Data source.
    Source,
    /// Note (of a measurement; not read in the indicator layout).
    Note,
    /// Unit of measure.
    Unit,
    /// Baseline value.
    Baseline,
    /// Baseline date.
    BaselineDate,
    /// Plan or target of a year (`None`: the year of the results).
    Target(Option<i32>),
    /// A result, dated as its header says.
    Result(When),
    /// Date of the results of the row.
    ResultDate,
    /// Pillar.
    Pillar,
    /// A column read on purpose as nothing: a ratio to the plan, an assessment, last year's figure.
    Ignored,
}

/// The date a result column's header gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum When {
    /// A day (or the end of a month when `day` is `None`), the year from the sheet when not given.
    On {
        /// Day of the month; `None` for its last day.
        day: Option<u32>,
        /// Month, 1–12.
        month: u32,
        /// Year, if the header gives it.
        year: Option<i32>,
    },
    /// No date in the header: the date chosen in the preview.
    Unstated,
}

impl When {
    /// The date, the year taken from `year` when the header has none; `None` when unstated.
    pub(super) fn date(self, year: i32) -> Option<NaiveDate> {
        let Self::On {
            day,
            month,
            year: own,
        } = self
        else {
            return None;
        };
        let year = own.unwrap_or(year);
        match day {
            Some(day) => NaiveDate::from_ymd_opt(year, month, day),
            None if month == 12 => NaiveDate::from_ymd_opt(year, 12, 31),
            None => NaiveDate::from_ymd_opt(year, month + 1, 1).and_then(|d| d.pred_opt()),
        }
    }

    /// The year the header gives, if any.
    pub(super) fn year(self) -> Option<i32> {
        match self {
            Self::On { year, .. } => year,
            Self::Unstated => None,
        }
    }
}

/// Headers of columns that are deliberately not read (words anywhere in the header).
const IGNORED: [&str; 25] = [
    "so với",
    "so sánh",
    "cùng kỳ",
    "đánh giá",
    "tỷ lệ đạt",
    "tỷ lệ hoàn thành",
    "tỷ lệ thực hiện",
    "mức độ hoàn thành",
    "mức độ đạt",
    "tăng giảm",
    "chênh lệch",
    "chủ trì",
    "đơn vị thực hiện",
    "cơ quan thực hiện",
    "phụ trách",
    "progress",
    "assessment",
    "against",
    "share of target",
    "share of roadmap",
    "compared",
    "same period",
    "responsible",
    "giải pháp",
    "nguyên nhân",
];

/// Words that make a plan or target column, and a result column.
const TARGET_WORDS: [&str; 6] = [
    "kế hoạch",
    "mục tiêu",
    "chỉ tiêu giao",
    "chỉ tiêu năm",
    "target",
    "plan",
];
const RESULT_WORDS: [&str; 11] = [
    "thực hiện",
    "kết quả",
    "lũy kế",
    "ước đạt",
    "đạt được",
    "giá trị hiện tại",
    "hiện trạng",
    "result",
    "actual",
    "current value",
    "achieved",
];

/// The column a header names, in either language; `None` for a header not recognised.
pub(super) fn column_of(header: &str) -> Option<Column> {
    let full = expand(&folded(header));
    let bare = expand(&folded(&without_asides(header)));
    if bare.is_empty() {
        return None;
    }
    if IGNORED.iter().any(|w| contains_phrase(&full, w)) {
        return Some(Column::Ignored);
    }
    if let Some(column) = exact(&bare) {
        return Some(column);
    }
    if ["giá trị cơ sở", "baseline"]
        .iter()
        .any(|w| bare.starts_with(w))
    {
        return Some(Column::Baseline);
    }
    let first = |list: &[&str]| list.iter().filter_map(|w| phrase_at(&bare, w)).min();
    let target = first(&TARGET_WORDS)
        .or_else(|| (bare.starts_with("chỉ tiêu") && year_in(&bare).is_some()).then_some(0));
    let result = first(&RESULT_WORDS);
    match (target, result) {
        (Some(t), Some(r)) if r < t => Some(Column::Result(when_of(&bare))),
        (Some(_), _) => Some(Column::Target(year_in(&bare))),
        (None, Some(_)) => Some(Column::Result(when_of(&bare))),
        (None, None) => match when_of(&bare) {
            When::Unstated => None,
            when => Some(Column::Result(when)),
        },
    }
}

/// Headers recognised as a whole.
fn exact(header: &str) -> Option<Column> {
    let column = match header {
        "stt" | "tt" | "số tt" | "số thứ tự" | "thứ tự" | "no" => Column::Number,
        "mã chỉ tiêu" | "mã" | "mã số" | "indicator id" | "id" | "code" => Column::Id,
        "chỉ tiêu"
        | "tên chỉ tiêu"
        | "nội dung chỉ tiêu"
        | "nội dung"
        | "các chỉ tiêu"
        | "chỉ tiêu chủ yếu"
        | "danh mục chỉ tiêu"
        | "tên"
        | "tiêu chí"
        | "tên tiêu chí"
        | "nội dung tiêu chí"
        | "indicator"
        | "indicators"
        | "name" => Column::Name,
        "đvt" | "đơn vị tính" | "đơn vị" | "đv tính" | "unit" => Column::Unit,
        "trụ cột" | "lĩnh vực" | "nhóm chỉ tiêu" | "pillar" => Column::Pillar,
        "ngày" | "date" => Column::Date,
        "giá trị" | "số liệu" | "value" => Column::Value,
        "tử số" | "numerator" => Column::Numerator,
        "mẫu số" | "denominator" => Column::Denominator,
        "tài liệu kiểm chứng" | "minh chứng" | "evidence" => Column::Evidence,
        "nguồn số liệu" | "nguồn" | "nguồn dữ liệu" | "source" => Column::Source,
        "ghi chú" | "note" | "notes" => Column::Note,
        "cơ sở" => Column::Baseline,
        "ngày cơ sở" | "ngày giá trị cơ sở" | "baseline date" => Column::BaselineDate,
        "ngày số liệu"
        | "ngày báo cáo"
        | "thời điểm"
        | "thời điểm số liệu"
        | "ngày cập nhật"
        | "result date" => Column::ResultDate,
        _ => return None,
    };
    Some(column)
}

/// The usual abbreviations of headers written out: "KH" (kế hoạch), "TH" (thực hiện).
fn expand(words: &str) -> String {
    words
        .split(' ')
        .map(|word| match word {
            "kh" => "kế hoạch",
            "th" => "thực hiện",
            "lk" => "lũy kế",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where `phrase` starts in `text` as whole words.
fn phrase_at(text: &str, phrase: &str) -> Option<usize> {
    let padded = format!(" {text} ");
    padded.find(&format!(" {phrase} "))
}

fn contains_phrase(text: &str, phrase: &str) -> bool {
    phrase_at(text, phrase).is_some()
}

/// The last year (1900–2200) written in `words`.
fn year_in(words: &str) -> Option<i32> {
    words.split(' ').rev().find_map(year_of)
}

fn year_of(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok().filter(|_| word.len() == 4)?;
    (1900..=2200).contains(&year).then_some(year)
}

/// The date a result header gives: "đến 31/12/2025", "năm 2025", "9 tháng đầu năm 2025",
/// "6 tháng", "quý III", "tháng 10/2025", "Q3"…
pub(super) fn when_of(words: &str) -> When {
    let list: Vec<&str> = words.split(' ').collect();
    if let Some(date) = list.iter().find_map(|w| parse_date(w)) {
        return When::On {
            day: Some(date.day()),
            month: date.month(),
            year: Some(date.year()),
        };
    }
    let mut year = list.iter().find_map(|w| year_of(w));
    let small = |w: &&str| w.parse::<u32>().ok().filter(|n| (1..=12).contains(n));
    let mut month = None;
    let mut day = None;
    for (index, word) in list.iter().enumerate() {
        let next = list.get(index + 1);
        let previous = index.checked_sub(1).and_then(|i| list.get(i));
        if let Some((d, m)) = day_month(word) {
            (day, month) = (Some(d), Some(m));
            break;
        }
        if let Some((m, y)) = month_year(word) {
            (month, year) = (Some(m), Some(y));
            break;
        }
        match *word {
            "quý" | "quarter" => {
                if let Some(quarter) = next.and_then(|w| quarter_of(w)) {
                    month = Some(quarter * 3);
                }
            }
            q if q.len() == 2 && q.starts_with('q') => {
                if let Some(quarter) = quarter_of(&q[1..]) {
                    month = Some(quarter * 3);
                }
            }
            "tháng" | "months" | "month" => {
                month = previous.and_then(small).or_else(|| next.and_then(small));
            }
            "cuối" if next == Some(&"năm") => month = Some(12),
            _ => {}
        }
    }
    match (month, year) {
        (Some(month), year) => When::On { day, month, year },
        (None, Some(year)) => When::On {
            day: None,
            month: 12,
            year: Some(year),
        },
        (None, None) if contains_phrase(words, "cả năm") => When::On {
            day: None,
            month: 12,
            year: None,
        },
        (None, None) => When::Unstated,
    }
}

/// "30/9" → (30, 9).
fn day_month(word: &str) -> Option<(u32, u32)> {
    let (day, month) = word.split_once('/')?;
    let day: u32 = day.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((day, month))
}

/// "10/2025" → (10, 2025).
fn month_year(word: &str) -> Option<(u32, i32)> {
    let (month, year) = word.split_once('/')?;
    let month: u32 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some((month, year_of(year)?))
}

fn quarter_of(word: &str) -> Option<u32> {
    match word {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn on(day: Option<u32>, month: u32, year: Option<i32>) -> Option<Column> {
        Some(Column::Result(When::On { day, month, year }))
    }

    #[test]
    fn headers_as_offices_write_them() {
        let cases: Vec<(&str, Option<Column>)> = vec![
            ("STT", Some(Column::Number)),
            ("Nội dung chỉ tiêu", Some(Column::Name)),
            ("Tên chỉ tiêu", Some(Column::Name)),
            ("ĐVT", Some(Column::Unit)),
            ("Đơn vị tính", Some(Column::Unit)),
            ("Kế hoạch năm 2025", Some(Column::Target(Some(2025)))),
            ("KH 2025", Some(Column::Target(Some(2025)))),
            ("Chỉ tiêu năm 2025", Some(Column::Target(Some(2025)))),
            ("Mục tiêu đến năm 2030", Some(Column::Target(Some(2030)))),
            ("Mục tiêu 2025", Some(Column::Target(Some(2025)))),
            ("Target 2030", Some(Column::Target(Some(2030)))),
            ("Năm 2025 Kế hoạch", Some(Column::Target(Some(2025)))),
            ("Kế hoạch", Some(Column::Target(None))),
            ("Thực hiện", Some(Column::Result(When::Unstated))),
            ("Kết quả thực hiện", Some(Column::Result(When::Unstated))),
            ("Kết quả thực hiện năm 2025", on(None, 12, Some(2025))),
            ("Thực hiện đến 31/12/2025", on(Some(31), 12, Some(2025))),
            ("TH 9 tháng", on(None, 9, None)),
            ("Thực hiện 9 tháng đầu năm 2025", on(None, 9, Some(2025))),
            ("Ước thực hiện năm 2025", on(None, 12, Some(2025))),
            ("Lũy kế", Some(Column::Result(When::Unstated))),
            ("Luỹ kế đến 30/9", on(Some(30), 9, None)),
            ("Thực hiện quý III", on(None, 9, None)),
            ("Kết quả 6 tháng", on(None, 6, None)),
            ("Năm 2025 Thực hiện", on(None, 12, Some(2025))),
            ("Thực hiện tháng 10/2025", on(None, 10, Some(2025))),
            ("Result", Some(Column::Result(When::Unstated))),
            ("Tỷ lệ so với KH (%)", Some(Column::Ignored)),
            ("Tỷ lệ đạt", Some(Column::Ignored)),
            ("Đánh giá", Some(Column::Ignored)),
            ("Cùng kỳ năm 2024", Some(Column::Ignored)),
            ("Ghi chú", Some(Column::Note)),
            ("Giá trị cơ sở", Some(Column::Baseline)),
            ("Ngày số liệu", Some(Column::ResultDate)),
            ("Mã chỉ tiêu", Some(Column::Id)),
            ("Năm 2024", on(None, 12, Some(2024))),
            ("Hình ảnh", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(column_of(header), expected, "{header}");
        }
    }

    #[test]
    fn the_two_figures_of_our_own_tables_are_not_read() {
        for lang in crate::i18n::Lang::ALL {
            let texts = lang.texts().sentences;
            for header in [texts.share_of_target_name, texts.roadmap_name] {
                assert_eq!(column_of(header), Some(Column::Ignored), "{header}");
            }
        }
    }

    #[test]
    fn dates_of_results() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let year_end = When::On {
            day: None,
            month: 12,
            year: Some(2025),
        };
        assert_eq!(year_end.date(2030), date(2025, 12, 31));
        let nine_months = when_of("9 tháng");
        assert_eq!(nine_months.date(2025), date(2025, 9, 30));
        assert_eq!(when_of("quý ii").date(2024), date(2024, 6, 30));
        assert_eq!(when_of("lũy kế").date(2025), None);
        assert_eq!(when_of("đến 31/02/2025 x").date(2025), None);
    }
}
