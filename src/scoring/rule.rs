//! One criterion's points from a plan's value: the rule applied, and what was read and computed
//! (kept as data so that the form can say it in words, in either language).

use chrono::NaiveDate;

use super::index::{Criterion, Rule};
use crate::model::{AssessmentEntry, Direction, Indicator, MeasureUnit, Measurement};

/// Points in hundredths: the form rounds every criterion to 2 decimals, once, and adds the
/// rounded points, so totals are exact sums.
pub type Cents = i64;

/// Rounds points to hundredths, halves away from zero (as a spreadsheet's ROUND(x; 2) does).
pub fn to_cents(points: f64) -> Cents {
    if !points.is_finite() {
        return 0;
    }
    // The nudge keeps values such as 19.005 (stored as 19.00499…) rounding up, as written.
    let scaled = points * 100.0;
    let nudged = scaled + scaled.signum() * 1e-7;
    #[allow(clippy::cast_possible_truncation)]
    let cents = nudged.round() as i64;
    cents
}

/// Cents back to points.
#[allow(clippy::cast_precision_loss)]
pub fn from_cents(cents: Cents) -> f64 {
    cents as f64 / 100.0
}

/// Why a criterion that reads the plan has no points from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The plan has no indicator of that id.
    NoIndicator,
    /// The indicator has no value for the year.
    NoValue,
    /// The value's denominator is zero.
    ZeroDenominator,
    /// A ratio of a count with neither `full_at` nor a target for the year.
    NoFullMark,
    /// A criterion chosen by hand with no choice made yet.
    NoChoice,
    /// A criterion scored by hand with no points entered yet.
    NotEntered,
}

/// How a ratio's share follows from its numerator and denominator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatioKind {
    /// numerator ÷ denominator (higher is better).
    Share,
    /// 1 − numerator ÷ denominator: what is left below the mark (a lower-is-better percent).
    Remainder,
    /// Full when the numerator is at most the denominator (a most-allowed target), else
    /// denominator ÷ numerator.
    AtMost,
}

/// What was read and how the points came out.
#[derive(Clone, Debug, PartialEq)]
pub enum Computation {
    /// A share of the maximum from a ratio (`numerator / denominator`, or value ÷ full mark).
    Ratio {
        /// What was divided.
        numerator: f64,
        /// What it was divided by.
        denominator: f64,
        /// The share before capping (may exceed 1).
        raw_share: f64,
        /// How the share follows from the two.
        kind: RatioKind,
    },
    /// A step reached (or none).
    Step {
        /// The value read.
        value: f64,
        /// The step reached, if any.
        at: Option<f64>,
        /// True when lower values are better (a step is "at most").
        lower: bool,
    },
    /// A threshold band reached (or none).
    Band {
        /// The value read.
        value: f64,
        /// The band reached, if any.
        at: Option<f64>,
        /// Its share.
        share: f64,
        /// True when lower values are better (a band is "at most").
        lower: bool,
    },
    /// A yes/no.
    YesNo {
        /// The answer.
        yes: bool,
    },
    /// A choice made by hand.
    Choice {
        /// Its id.
        id: String,
        /// Its share.
        share: f64,
    },
    /// Points entered by hand.
    Manual {
        /// The points entered (before capping).
        points: f64,
    },
    /// Nothing to score from.
    Missing(Missing),
}

/// A criterion's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The points, in hundredths, between 0 and the maximum.
    pub cents: Cents,
    /// How they came out.
    pub computation: Computation,
    /// The date of the value read, if one was.
    pub value_date: Option<NaiveDate>,
}

/// The value a criterion reads for a year: the last one on or before `date`; for a per-year
/// total only one of the same year.
pub fn reading(indicator: &Indicator, date: NaiveDate) -> Option<&Measurement> {
    use chrono::Datelike as _;
    indicator
        .latest_measurement_on_or_before(date)
        .filter(|m| !indicator.is_per_year() || m.date.year() == date.year())
}

/// Scores `criterion` from the plan indicator it reads (if any) and the officer's entry.
pub fn score_criterion(
    criterion: &Criterion,
    indicator: Option<&Indicator>,
    year: i32,
    date: NaiveDate,
    entry: Option<&AssessmentEntry>,
) -> Outcome {
    let max = criterion.max_points.max(0.0);
    let by_hand = |computation: Computation, share: f64| Outcome {
        cents: to_cents(share.clamp(0.0, 1.0) * max),
        computation,
        value_date: None,
    };
    match &criterion.rule {
        Rule::Choice { choices } => {
            let chosen = entry
                .and_then(|e| e.choice.as_deref())
                .and_then(|id| choices.iter().find(|c| c.id == id));
            match chosen {
                Some(choice) => by_hand(
                    Computation::Choice {
                        id: choice.id.clone(),
                        share: choice.share,
                    },
                    choice.share,
                ),
                None => by_hand(Computation::Missing(Missing::NoChoice), 0.0),
            }
        }
        Rule::Manual => match entry.and_then(|e| e.points).filter(|p| p.is_finite()) {
            Some(points) => Outcome {
                cents: to_cents(points.clamp(0.0, max)),
                computation: Computation::Manual { points },
                value_date: None,
            },
            None => by_hand(Computation::Missing(Missing::NotEntered), 0.0),
        },
        rule => {
            let Some(indicator) = indicator else {
                return by_hand(Computation::Missing(Missing::NoIndicator), 0.0);
            };
            let Some(measurement) = reading(indicator, date) else {
                return by_hand(Computation::Missing(Missing::NoValue), 0.0);
            };
            let (computation, share) = apply(rule, indicator, measurement, year, max);
            Outcome {
                cents: match computation {
                    Computation::Step { .. } => to_cents(share.clamp(0.0, max)),
                    _ => to_cents(share.clamp(0.0, 1.0) * max),
                },
                computation,
                value_date: Some(measurement.date),
            }
        }
    }
}

/// The computation and the share (points, for steps) of a rule that reads a value.
fn apply(
    rule: &Rule,
    indicator: &Indicator,
    measurement: &Measurement,
    year: i32,
    max: f64,
) -> (Computation, f64) {
    let value = measurement.value;
    let lower = indicator.judged_direction() == Direction::LowerIsBetter;
    match rule {
        Rule::Ratio { full_at, .. } => ratio(indicator, measurement, *full_at, year),
        Rule::Steps { steps, .. } => {
            let best = steps
                .iter()
                .filter(|s| s.at.is_finite() && indicator.meets(value, s.at))
                .max_by(|a, b| a.points.total_cmp(&b.points));
            let points = best.map_or(0.0, |s| s.points.clamp(0.0, max));
            let at = best.map(|s| s.at);
            (Computation::Step { value, at, lower }, points)
        }
        Rule::Thresholds { bands, .. } => {
            let best = bands
                .iter()
                .filter(|b| b.at.is_finite() && indicator.meets(value, b.at))
                .max_by(|a, b| a.share.total_cmp(&b.share));
            let share = best.map_or(0.0, |b| b.share.clamp(0.0, 1.0));
            let at = best.map(|b| b.at);
            (
                Computation::Band {
                    value,
                    at,
                    share,
                    lower,
                },
                share,
            )
        }
        Rule::YesNo { .. } => {
            let yes = match indicator.judged_direction() {
                Direction::HigherIsBetter => value >= 0.5,
                Direction::LowerIsBetter => value < 0.5,
            };
            (Computation::YesNo { yes }, if yes { 1.0 } else { 0.0 })
        }
        Rule::Choice { .. } | Rule::Manual => (Computation::Missing(Missing::NoValue), 0.0),
    }
}

/// A ratio's share: numerator ÷ denominator when both were entered, else the value against the
/// full mark (100 for a percent, `full_at`, or the plan's target for the year).
fn ratio(
    indicator: &Indicator,
    measurement: &Measurement,
    full_at: Option<f64>,
    year: i32,
) -> (Computation, f64) {
    let percent = indicator.unit.is_percent();
    let lower = indicator.judged_direction() == Direction::LowerIsBetter;
    let missing = |why| (Computation::Missing(why), 0.0);
    let (numerator, denominator) = match (measurement.numerator, measurement.denominator) {
        (Some(n), Some(d)) if full_at.is_none() && percent => (n, d),
        _ => {
            let full = full_at.or_else(|| match indicator.unit {
                MeasureUnit::Percent => Some(100.0),
                MeasureUnit::YesNo => Some(1.0),
                _ => indicator.target_for_year(year).map(|t| t.value),
            });
            match full {
                Some(full) => (measurement.value, full),
                None => return missing(Missing::NoFullMark),
            }
        }
    };
    if denominator == 0.0 || !denominator.is_finite() || !numerator.is_finite() {
        return missing(Missing::ZeroDenominator);
    }
    let fraction = numerator / denominator;
    let kind = if !lower {
        RatioKind::Share
    } else if percent || full_at.is_some() {
        // The share of what is not late, not failed…: 2,4 % overdue leaves 97,6 %.
        RatioKind::Remainder
    } else {
        // At or under the target (a most-allowed count) is full marks; over it, target ÷ value.
        RatioKind::AtMost
    };
    let raw_share = match kind {
        RatioKind::Share => fraction,
        RatioKind::Remainder => 1.0 - fraction,
        RatioKind::AtMost if numerator <= denominator => 1.0,
        RatioKind::AtMost => denominator / numerator,
    };
    let computation = Computation::Ratio {
        numerator,
        denominator,
        raw_share,
        kind,
    };
    (computation, raw_share)
}
