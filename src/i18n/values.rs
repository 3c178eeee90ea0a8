//! Indicator values as text: "Có"/"Không", "48,5%", "0,7955", "1.234".

use super::{Lang, format_number};
use crate::model::{Indicator, MeasureUnit};

/// Decimals shown for a value of `unit`.
pub fn decimals_for(unit: &MeasureUnit) -> usize {
    match unit {
        MeasureUnit::Score { max } if *max <= 1.0 => 4,
        MeasureUnit::Money | MeasureUnit::Rank | MeasureUnit::YesNo => 0,
        _ => 2,
    }
}

/// A value of `indicator` as text in `lang` ("Có"/"Không" for yes-no, "%" for percents).
pub fn value_text(indicator: &Indicator, value: f64, lang: Lang) -> String {
    let texts = lang.texts();
    match &indicator.unit {
        MeasureUnit::YesNo => (texts.yes_no)(value >= 0.5).to_owned(),
        MeasureUnit::Percent => format!("{}%", format_number(value, 2, lang)),
        unit => format_number(value, decimals_for(unit), lang),
    }
}
