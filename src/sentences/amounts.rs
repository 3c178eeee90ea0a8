//! Values and amounts as sentences write them: counts and ranks in whole numbers, the unit word
//! after the number without a doubled "per year", percentage points in full, time left in months.

use chrono::NaiveDate;

use crate::i18n::{Lang, decimals_for, format_number, value_text, yes_no_text};
use crate::model::{Indicator, MeasureUnit, YesNoWords};

/// Average days in a month, to turn the time left into months.
const DAYS_PER_MONTH: f64 = 30.44;

/// A count's unit word without an ending that already says "per year" ("lần/năm" → "lần"): the
/// sentence says "each year" itself where it means it.
pub fn count_word(word: &str, lang: Lang) -> &str {
    let endings = lang.texts().sentences.per_year_endings;
    endings
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word)
        .trim_end()
}

/// True when `value` is a whole number (within rounding noise).
fn is_whole(value: f64) -> bool {
    (value - value.round()).abs() < 1e-6
}

/// A value of `indicator` inside a sentence: "78,5%", "9 tổ", "hạng 25", "500.000.000 đồng",
/// "Chưa hoàn thành", "Chưa đạt". Counts and ranks are rounded to whole numbers.
pub fn sentence_value(indicator: &Indicator, value: f64, lang: Lang) -> String {
    let texts = lang.texts().sentences;
    match &indicator.unit {
        MeasureUnit::Count { word } => {
            let number = format_number(value.round(), 0, lang);
            match count_word(word, lang) {
                "" => number,
                word => format!("{number} {word}"),
            }
        }
        MeasureUnit::Rank => (texts.rank_value)(&format_number(value.round(), 0, lang)),
        MeasureUnit::Money => format!(
            "{} {}",
            format_number(value, 0, lang),
            lang.texts().currency
        ),
        // A criterion judged against a standard reads "Đạt"/"Chưa đạt", a task "Đã hoàn thành".
        MeasureUnit::YesNo if indicator.yes_no_words == YesNoWords::Achieved => {
            yes_no_text(indicator, value, lang).to_owned()
        }
        MeasureUnit::YesNo if value >= 0.5 => texts.task_done.to_owned(),
        MeasureUnit::YesNo => texts.task_not_done.to_owned(),
        MeasureUnit::Percent | MeasureUnit::Score { .. } => value_text(indicator, value, lang),
    }
}

/// An amount of change of `indicator` and its unit word: ("4,5", "điểm phần trăm"), ("khoảng 3",
/// "tổ"), ("2", "bậc"). A count or rank that is not whole is rounded up (what is needed) and
/// said to be approximate.
pub fn change_amount(indicator: &Indicator, amount: f64, lang: Lang) -> (String, String) {
    let texts = lang.texts().sentences;
    let amount = amount.abs();
    let whole = |amount: f64| {
        if is_whole(amount) {
            format_number(amount.round(), 0, lang)
        } else {
            format!("{} {}", texts.about, format_number(amount.ceil(), 0, lang))
        }
    };
    match &indicator.unit {
        MeasureUnit::Percent => (
            format_number(amount, 1, lang),
            texts.percent_points.to_owned(),
        ),
        MeasureUnit::Count { word } => (whole(amount), count_word(word, lang).to_owned()),
        MeasureUnit::Rank => (whole(amount), texts.ranks.to_owned()),
        MeasureUnit::Money => (
            format_number(amount, 0, lang),
            lang.texts().currency.to_owned(),
        ),
        // An index (0–1) has no unit word: its sentences name the index instead of "điểm".
        unit @ MeasureUnit::Score { .. } if unit.is_index() => (
            format_number(amount, decimals_for(unit), lang),
            String::new(),
        ),
        unit @ MeasureUnit::Score { .. } => (
            format_number(amount, decimals_for(unit), lang),
            texts.points.to_owned(),
        ),
        MeasureUnit::YesNo => (format_number(amount, 0, lang), String::new()),
    }
}

/// The time from `from` to `to` in months ("3 tháng"), or in days when under a month.
pub fn time_left(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    let texts = lang.texts().sentences;
    let days = (to - from).num_days().max(0);
    let months = (days as f64 / DAYS_PER_MONTH).round() as i64;
    if months >= 1 {
        (texts.months_left)(months)
    } else {
        (texts.days_left)(days)
    }
}
