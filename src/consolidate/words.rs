//! Consolidated figures in words, in the user's language: "1.234 tổ", "72,35% (1.234/1.706)",
//! "68,2% — bình quân không gia quyền …", "8/12 xã", "14/20 xã đạt mục tiêu 2025".

use super::combine::Combined;
use super::consolidation::{ConsolidatedIndicator, Consolidation, TargetsMet};
use super::member::MemberValue;
use super::rule::Rule;
use super::units_word;
use crate::i18n::{Lang, format_number, value_text};
use crate::model::{Indicator, MeasureUnit};

/// How many listed values are written out before "…".
const LISTED_SHOWN: usize = 5;

/// The name of `rule` in `lang` (the words are in the language table; which one is here, beside
/// the rule, so that the table knows nothing of the consolidation).
pub fn rule_name(rule: Rule, lang: Lang) -> &'static str {
    let texts = lang.texts().consolidate;
    match rule {
        Rule::Sum => texts.rule_sum,
        Rule::RatioOfSums => texts.rule_ratio_of_sums,
        Rule::Mean => texts.rule_mean,
        Rule::YesNoShare => texts.rule_yes_no_share,
        Rule::Listed => texts.rule_listed,
        Rule::YearToDateSum => texts.rule_year_to_date_sum,
    }
}

/// A value of `indicator` as text, with the unit word of a count ("12 tổ") or money.
pub fn value_of(indicator: &Indicator, value: f64, lang: Lang) -> String {
    let text = value_text(indicator, value, lang);
    match &indicator.unit {
        MeasureUnit::Count { word } if !word.is_empty() => format!("{text} {word}"),
        MeasureUnit::Money => format!("{text} {}", lang.texts().currency),
        _ => text,
    }
}

/// The consolidated figure of `consolidated` in words.
pub fn figure_text(
    consolidated: &ConsolidatedIndicator,
    consolidation: &Consolidation,
    lang: Lang,
) -> String {
    let texts = lang.texts().consolidate;
    let template = &consolidated.template;
    let member_name = |member: usize| {
        consolidation
            .members
            .get(member)
            .map(|m| m.display_name())
            .unwrap_or_default()
    };
    match &consolidated.combined {
        Combined::NoValues => texts.no_values.to_owned(),
        Combined::UnitsDiffer => texts.units_differ.to_owned(),
        Combined::Total { total } => value_of(template, *total, lang),
        Combined::Ratio {
            value,
            numerator,
            denominator,
            left_out,
        } => {
            let mut text = format!(
                "{}% ({}/{})",
                format_number(*value, 2, lang),
                format_number(*numerator, 2, lang),
                format_number(*denominator, 2, lang)
            );
            if *left_out > 0 {
                text.push_str("; ");
                text.push_str(&(texts.left_out)(*left_out));
            }
            text
        }
        Combined::Mean(figures) => (texts.mean_text)(
            &value_of(template, figures.mean, lang),
            &value_of(template, figures.median, lang),
            &value_of(template, figures.min.value, lang),
            &member_name(figures.min.member),
            &value_of(template, figures.max.value, lang),
            &member_name(figures.max.member),
        ),
        Combined::Share { yes, of } => {
            format!("{yes}/{of} {}", units_word(&consolidation.members, lang))
        }
        Combined::Listed(values) => {
            let mut parts: Vec<String> = values
                .iter()
                .take(LISTED_SHOWN)
                .map(|v| {
                    format!(
                        "{}: {}",
                        member_name(v.member),
                        value_of(template, v.value, lang)
                    )
                })
                .collect();
            if values.len() > LISTED_SHOWN {
                parts.push("…".to_owned());
            }
            parts.join("; ")
        }
    }
}

/// A member's status in words with its latest judged milestone's verdict beside it, as the
/// plan's own screens write it: "Đúng tiến độ · 2025: Không đạt" (or the status alone).
pub fn member_status_text(value: &MemberValue, lang: Lang) -> String {
    let texts = lang.texts();
    let status = texts.status(value.status, value.exceeded);
    match value.verdict_beside() {
        Some(v) => (texts.sentences.status_with_verdict)(
            status,
            v.year,
            texts.verdict(v.verdict, v.exceeded),
        ),
        None => status.to_owned(),
    }
}

/// "14/20 xã đạt mục tiêu 2025".
fn met_text(targets_met: &TargetsMet, consolidation: &Consolidation, lang: Lang) -> String {
    (lang.texts().consolidate.targets_met)(
        targets_met.met,
        targets_met.of,
        units_word(&consolidation.members, lang),
        targets_met.year,
    )
}

/// How many members achieved their current target and, when an earlier milestone has been
/// judged, that milestone too: "2/12 xã đạt mục tiêu 2030; 9/12 xã đạt mục tiêu 2025"; `None`
/// when no member has a target.
pub fn targets_met_text(
    indicator: &ConsolidatedIndicator,
    consolidation: &Consolidation,
    lang: Lang,
) -> Option<String> {
    let parts: Vec<String> = [&indicator.targets_met, &indicator.last_milestone]
        .into_iter()
        .flatten()
        .map(|met| met_text(met, consolidation, lang))
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}
