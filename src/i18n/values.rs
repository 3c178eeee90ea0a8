//! Indicators as text: their name in the language shown, and their values: "Có"/"Không", "48,5%",
//! "0,7955", "1.234".

use super::{Lang, format_number};
use crate::model::{Indicator, MeasureUnit};

/// An indicator's name in `lang`: the English name in English when the plan has one, else the
/// Vietnamese name (the official one).
pub fn indicator_name(indicator: &Indicator, lang: Lang) -> &str {
    name_in(&indicator.name, indicator.name_en.as_deref(), lang)
}

/// `name`, or `name_en` in English when there is one.
pub fn name_in<'a>(name: &'a str, name_en: Option<&'a str>, lang: Lang) -> &'a str {
    match (lang, name_en) {
        (Lang::En, Some(english)) if !english.trim().is_empty() => english,
        _ => name,
    }
}

/// Decimals shown for a value of `unit`.
pub fn decimals_for(unit: &MeasureUnit) -> usize {
    match unit {
        MeasureUnit::Score { max } if *max <= 1.0 => 4,
        MeasureUnit::Money | MeasureUnit::Rank | MeasureUnit::YesNo => 0,
        _ => 2,
    }
}

/// The word of a yes/no `value` of `indicator` in `lang`, in the indicator's words: "Có"/"Không",
/// or "Đạt"/"Chưa đạt" for a criterion judged against a standard.
pub fn yes_no_text(indicator: &Indicator, value: f64, lang: Lang) -> &'static str {
    lang.texts()
        .yes_no_words
        .word(indicator.yes_no_words, value >= 0.5)
}

/// A value of `indicator` as text in `lang` ("Có"/"Không" or "Đạt"/"Chưa đạt" for yes-no, "%" for
/// percents).
pub fn value_text(indicator: &Indicator, value: f64, lang: Lang) -> String {
    match &indicator.unit {
        MeasureUnit::YesNo => yes_no_text(indicator, value, lang).to_owned(),
        MeasureUnit::Percent => format!("{}%", format_number(value, 2, lang)),
        unit => format_number(value, decimals_for(unit), lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pillar;

    #[test]
    fn the_english_name_is_shown_in_english_when_the_plan_has_one() {
        let mut indicator = Indicator::new(
            "p",
            "Tỷ lệ hộ có cáp quang",
            Pillar::Foundation,
            MeasureUnit::Percent,
        );
        assert_eq!(
            indicator_name(&indicator, Lang::En),
            "Tỷ lệ hộ có cáp quang"
        );
        indicator.name_en = Some("Households with fibre".to_owned());
        assert_eq!(
            indicator_name(&indicator, Lang::En),
            "Households with fibre"
        );
        assert_eq!(
            indicator_name(&indicator, Lang::Vi),
            "Tỷ lệ hộ có cáp quang"
        );
        indicator.name_en = Some("  ".to_owned());
        assert_eq!(
            indicator_name(&indicator, Lang::En),
            "Tỷ lệ hộ có cáp quang"
        );
    }
}
