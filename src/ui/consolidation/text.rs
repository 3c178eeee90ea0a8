//! Short texts of the consolidation view: a member's value in a matrix cell, a consolidated figure
//! in a header cell.

use crate::consolidate::{Combined, ConsolidatedIndicator, MemberValue};
use crate::i18n::{Lang, format_number};
use crate::model::{MeasureUnit, YesNoWords};

/// A value as short as a matrix cell allows: "85,2%", "Có", "Đạt", "12", "0,512" (a yes/no value
/// in `words`).
pub fn short_value(unit: &MeasureUnit, words: YesNoWords, value: f64, lang: Lang) -> String {
    match unit {
        MeasureUnit::Percent => format!("{}%", format_number(value, 1, lang)),
        MeasureUnit::YesNo => lang
            .texts()
            .yes_no_words
            .word(words, value >= 0.5)
            .to_owned(),
        MeasureUnit::Score { max } if *max <= 1.0 => format_number(value, 3, lang),
        MeasureUnit::Score { .. } => format_number(value, 1, lang),
        MeasureUnit::Count { .. } | MeasureUnit::Money | MeasureUnit::Rank => {
            format_number(value, 1, lang)
        }
    }
}

/// A member's counted value, short; "—" when it has none.
pub fn member_value(value: &MemberValue, lang: Lang) -> String {
    value.counted.map_or_else(
        || lang.texts().none.to_owned(),
        |counted| short_value(&value.unit, value.yes_no_words, counted.value, lang),
    )
}

/// The consolidated figure, short: the number, "8/12" for a share, "—" when there is none.
pub fn short_figure(indicator: &ConsolidatedIndicator, lang: Lang) -> String {
    match &indicator.combined {
        Combined::Share { yes, of } => format!("{yes}/{of}"),
        Combined::Ratio { value, .. } => {
            short_value(&MeasureUnit::Percent, YesNoWords::YesNo, *value, lang)
        }
        combined => combined.figure().map_or_else(
            || lang.texts().none.to_owned(),
            |figure| {
                let template = &indicator.template;
                short_value(&template.unit, template.yes_no_words, figure, lang)
            },
        ),
    }
}
