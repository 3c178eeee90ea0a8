//! A criterion's computation in words, as the form writes it: "57 / 60 = 95% × 20 điểm = 19
//! điểm", "chưa có số liệu — 0 điểm".

use super::index::{Criterion, Rule};
use super::rule::{Computation, Missing, Outcome, RatioKind, from_cents};
use crate::i18n::{Lang, format_date, format_number, name_in, value_text};
use crate::model::Indicator;

/// A group's number as the form writes it (I, II, III…).
pub fn group_number(number: usize) -> String {
    let mut left = number;
    let mut out = String::new();
    for (value, numeral) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while left >= value {
            out.push_str(numeral);
            left -= value;
        }
    }
    out
}

/// Points as the form writes them: at most 2 decimals.
pub fn points_text(points: f64, lang: Lang) -> String {
    format_number(points, 2, lang)
}

/// The 0–1 index as it is published: always 4 decimals ("0,7200"), the language's decimal mark.
pub fn index_value_text(value: f64, lang: Lang) -> String {
    let fixed = format!("{value:.4}");
    match lang {
        Lang::Vi => fixed.replace('.', ","),
        Lang::En => fixed,
    }
}

/// A share as a percent, at most 2 decimals.
fn percent(share: f64, lang: Lang) -> String {
    format!("{}%", format_number(share * 100.0, 2, lang))
}

/// How `outcome` came out, in words; `indicator` formats the value read.
pub fn computation_words(
    criterion: &Criterion,
    outcome: &Outcome,
    indicator: Option<&Indicator>,
    year: i32,
    lang: Lang,
) -> String {
    let t = lang.texts().scoring;
    let max = points_text(criterion.max_points, lang);
    let got = points_text(from_cents(outcome.cents), lang);
    let value =
        |v: f64| indicator.map_or_else(|| format_number(v, 2, lang), |i| value_text(i, v, lang));
    let n = |v: f64| format_number(v, 2, lang);
    let mut words = match &outcome.computation {
        Computation::Ratio {
            numerator,
            denominator,
            raw_share,
            kind,
        } => {
            let base = ratio_base(*numerator, *denominator, *raw_share, *kind, &value, lang);
            format!("{base} × {} = {}", (t.points)(&max), (t.points)(&got))
        }
        Computation::Step {
            value: v,
            at,
            lower,
        } => match at {
            Some(at) => (t.words_step)(&value(*v), &step_mark(*at, *lower, &value, lang), &got),
            None => (t.words_no_step)(&value(*v), &got),
        },
        Computation::Band {
            value: v,
            at,
            share,
            lower,
        } => match at {
            Some(at) => (t.words_band)(
                &value(*v),
                &step_mark(*at, *lower, &value, lang),
                &percent(*share, lang),
                &max,
                &got,
            ),
            None => (t.words_no_step)(&value(*v), &got),
        },
        Computation::YesNo { yes } => (t.words_yes_no)(
            &indicator.map_or_else(
                || if *yes { "1".to_owned() } else { "0".to_owned() },
                |i| value_text(i, if *yes { 1.0 } else { 0.0 }, lang),
            ),
            &got,
        ),
        Computation::Choice { id, share } => {
            let name = match &criterion.rule {
                Rule::Choice { choices } => choices
                    .iter()
                    .find(|c| &c.id == id)
                    .map_or(id.as_str(), |c| {
                        name_in(&c.name, c.name_en.as_deref(), lang)
                    }),
                _ => id.as_str(),
            };
            (t.words_choice)(name, &percent(*share, lang), &max, &got)
        }
        Computation::Manual { points } => (t.words_manual)(&n(*points), &max, &got),
        Computation::Missing(missing) => missing_words(*missing, criterion, year, lang),
    };
    if let (Some(date), Some(_)) = (outcome.value_date, indicator) {
        use chrono::Datelike as _;
        if date.year() != year {
            words.push_str(&(t.words_older)(&format_date(date)));
        }
    }
    words
}

/// A ratio's computation before the points: "57 / 60 = 95%", "100% - 2,4% = 97,6%".
fn ratio_base(
    numerator: f64,
    denominator: f64,
    raw_share: f64,
    kind: RatioKind,
    value: &dyn Fn(f64) -> String,
    lang: Lang,
) -> String {
    let t = lang.texts().scoring;
    let n = |v: f64| format_number(v, 2, lang);
    let whole = (denominator - 100.0).abs() < 1e-9;
    let base = match kind {
        RatioKind::Share if whole => value(numerator),
        RatioKind::Share => format!(
            "{} / {} = {}",
            n(numerator),
            n(denominator),
            percent(raw_share, lang)
        ),
        RatioKind::Remainder => (t.words_remainder)(
            &percent(numerator / denominator, lang),
            &percent(raw_share, lang),
        ),
        RatioKind::AtMost => (t.words_at_most)(
            &value(numerator),
            &value(denominator),
            &percent(raw_share, lang),
        ),
    };
    if raw_share > 1.0 + 1e-9 {
        (t.words_capped)(&base)
    } else {
        base
    }
}

fn step_mark(at: f64, lower: bool, value: &dyn Fn(f64) -> String, lang: Lang) -> String {
    let t = lang.texts().scoring;
    if lower {
        (t.step_at_most)(&value(at))
    } else {
        (t.step_at_least)(&value(at))
    }
}

fn missing_words(missing: Missing, criterion: &Criterion, year: i32, lang: Lang) -> String {
    let t = lang.texts().scoring;
    match missing {
        Missing::NoIndicator => {
            (t.missing_indicator)(criterion.rule.indicator().unwrap_or_default())
        }
        Missing::NoValue => t.missing_value.to_owned(),
        Missing::ZeroDenominator => t.missing_zero_denominator.to_owned(),
        Missing::NoFullMark => (t.missing_full_mark)(year),
        Missing::NoChoice => t.missing_choice.to_owned(),
        Missing::NotEntered => t.missing_points.to_owned(),
    }
}
