//! The arithmetic of the rules: members' readings in, one consolidated figure out. Pure functions,
//! independent of the order of the readings.

use std::cmp::Ordering;

use serde::Serialize;

use super::rule::Rule;

/// One member's value of one indicator, as used by a rule.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reading {
    /// The member's index in the consolidation (its canonical position).
    pub member: usize,
    /// The value.
    pub value: f64,
    /// The numerator, when the member recorded one.
    pub numerator: Option<f64>,
    /// The denominator, when the member recorded one.
    pub denominator: Option<f64>,
}

impl Reading {
    /// A reading with no numerator or denominator.
    pub fn plain(member: usize, value: f64) -> Self {
        Self {
            member,
            value,
            numerator: None,
            denominator: None,
        }
    }

    /// The numerator and denominator when both are recorded and the denominator is positive.
    pub fn ratio_parts(&self) -> Option<(f64, f64)> {
        match (self.numerator, self.denominator) {
            (Some(numerator), Some(denominator)) if denominator > 0.0 => {
                Some((numerator, denominator))
            }
            _ => None,
        }
    }
}

/// A member's value at one end of the range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Extreme {
    /// The value.
    pub value: f64,
    /// The member that has it (the first in canonical order when several do).
    pub member: usize,
}

/// The figures of an unweighted mean.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MeanFigures {
    /// The unweighted mean (bình quân không gia quyền).
    pub mean: f64,
    /// The median.
    pub median: f64,
    /// The lowest value and its member.
    pub min: Extreme,
    /// The highest value and its member.
    pub max: Extreme,
    /// How many values were averaged.
    pub count: usize,
}

/// The consolidated figure of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Combined {
    /// No member has a value to combine.
    NoValues,
    /// The members record the indicator in different units: nothing is combined.
    UnitsDiffer,
    /// A sum (also the year-to-date sum of per-year indicators).
    Total {
        /// The sum.
        total: f64,
    },
    /// Σ numerators ÷ Σ denominators, as a percent.
    Ratio {
        /// The percent.
        value: f64,
        /// Σ numerators.
        numerator: f64,
        /// Σ denominators.
        denominator: f64,
        /// Members with a value but no numerator and denominator, left out of the ratio.
        left_out: usize,
    },
    /// The unweighted mean with median, minimum and maximum.
    Mean(MeanFigures),
    /// How many members answer yes, out of how many answer.
    Share {
        /// Members answering yes (1).
        yes: usize,
        /// Members answering.
        of: usize,
    },
    /// Each member's value, best (lowest rank) first; nothing is combined.
    Listed(Vec<Extreme>),
}

impl Combined {
    /// The single number a plan can record for this figure: the total, the ratio, the mean, or
    /// the yes share as a percent. `None` for listed values and when nothing was combined.
    pub fn figure(&self) -> Option<f64> {
        match self {
            Self::Total { total } => Some(*total),
            Self::Ratio { value, .. } => Some(*value),
            Self::Mean(figures) => Some(figures.mean),
            Self::Share { yes, of } if *of > 0 => Some(*yes as f64 / *of as f64 * 100.0),
            _ => None,
        }
    }
}

/// Readings in a canonical order (by value, then numerator, denominator and member), so that
/// sums come out bit for bit the same whatever order the members were given in.
fn canonical(readings: &[Reading]) -> Vec<Reading> {
    let mut sorted = readings.to_vec();
    sorted.sort_by(|a, b| {
        a.value
            .total_cmp(&b.value)
            .then_with(|| cmp_option(a.numerator, b.numerator))
            .then_with(|| cmp_option(a.denominator, b.denominator))
            .then_with(|| a.member.cmp(&b.member))
    });
    sorted
}

fn cmp_option(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (a, b) => a.is_some().cmp(&b.is_some()),
    }
}

/// Combines `readings` by `rule`.
pub fn combine(rule: Rule, readings: &[Reading]) -> Combined {
    if readings.is_empty() {
        return Combined::NoValues;
    }
    let sorted = canonical(readings);
    match rule {
        Rule::Sum | Rule::YearToDateSum => Combined::Total {
            total: sorted.iter().map(|r| r.value).sum(),
        },
        Rule::RatioOfSums => ratio_of_sums(&sorted),
        Rule::Mean => mean(&sorted).map_or(Combined::NoValues, Combined::Mean),
        Rule::YesNoShare => Combined::Share {
            yes: sorted.iter().filter(|r| r.value >= 0.5).count(),
            of: sorted.len(),
        },
        Rule::Listed => Combined::Listed(
            sorted
                .iter()
                .map(|r| Extreme {
                    value: r.value,
                    member: r.member,
                })
                .collect(),
        ),
    }
}

fn ratio_of_sums(sorted: &[Reading]) -> Combined {
    let parts: Vec<(f64, f64)> = sorted.iter().filter_map(Reading::ratio_parts).collect();
    let numerator: f64 = parts.iter().map(|p| p.0).sum();
    let denominator: f64 = parts.iter().map(|p| p.1).sum();
    if parts.is_empty() || denominator <= 0.0 {
        return Combined::NoValues;
    }
    Combined::Ratio {
        value: numerator / denominator * 100.0,
        numerator,
        denominator,
        left_out: sorted.len() - parts.len(),
    }
}

/// The mean, median, minimum and maximum of readings sorted by value.
fn mean(sorted: &[Reading]) -> Option<MeanFigures> {
    let first = sorted.first()?;
    let last = sorted.last()?;
    let count = sorted.len();
    let mean = sorted.iter().map(|r| r.value).sum::<f64>() / count as f64;
    let middle = count / 2;
    let median = if count % 2 == 1 {
        sorted.get(middle)?.value
    } else {
        (sorted.get(middle - 1)?.value + sorted.get(middle)?.value) / 2.0
    };
    // The first member in canonical order holding the extreme value.
    let holder = |value: f64| {
        sorted
            .iter()
            .filter(|r| r.value == value)
            .map(|r| r.member)
            .min()
            .unwrap_or(first.member)
    };
    Some(MeanFigures {
        mean,
        median,
        min: Extreme {
            value: first.value,
            member: holder(first.value),
        },
        max: Extreme {
            value: last.value,
            member: holder(last.value),
        },
        count,
    })
}
