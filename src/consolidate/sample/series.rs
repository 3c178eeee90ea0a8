//! Plausible values of one indicator of one made-up commune: a start, a pace towards the target,
//! some noise, year-to-date totals for per-year counts, numerators and denominators for dossier
//! rates.

use chrono::{Datelike as _, NaiveDate};

use super::rng::Rng;
use crate::model::{
    Accumulation, Baseline, Direction, Indicator, MeasureUnit, Measurement, Target,
};

/// How a made-up unit works: its capacity sets its pace on every indicator.
#[derive(Clone, Copy, Debug)]
pub struct UnitProfile {
    /// 0.25 (struggling) to 1 (leading).
    pub capacity: f64,
    /// Number of villages (thôn), which sets the size of counts.
    pub villages: u32,
    /// True when this unit records numerators and denominators of its dossier rates.
    pub records_dossiers: bool,
}

/// Dossier rates every unit records with numerator and denominator (ratio of sums).
const RATIO_ALWAYS: [&str; 1] = ["online_submission_rate_pct"];

/// Dossier rates only some units record with numerator and denominator (so: mean).
const RATIO_SOMETIMES: [&str; 1] = ["on_time_resolution_pct"];

/// The baseline and the values of `indicator` on `dates` (oldest first); `baseline_date` is a
/// quarter before the first. Sets unit-specific targets on counts that have none.
pub fn fill(
    indicator: &mut Indicator,
    profile: &UnitProfile,
    rng: &mut Rng,
    baseline_date: NaiveDate,
    dates: &[NaiveDate],
) {
    let count = dates.len().max(1) as f64;
    let pace = (profile.capacity * rng.range(0.8, 1.4)).min(1.15);
    let shape = rng.range(0.7, 1.5);
    let scale = count_scale(indicator, profile, rng);
    if indicator.targets.is_empty()
        && indicator.direction == Direction::HigherIsBetter
        && matches!(indicator.unit, MeasureUnit::Count { .. })
    {
        indicator.targets = vec![
            Target::new(2025, scale.round()),
            Target::new(2030, (scale * 1.2).round()),
        ];
    }
    // A score the province assesses: the commune sets its own aim on the province's scale.
    if let MeasureUnit::Score { max } = indicator.unit
        && indicator.targets.is_empty()
    {
        indicator.targets = vec![
            Target::new(2025, rounded(max * 0.7, max)),
            Target::new(2030, rounded(max * 0.85, max)),
        ];
    }
    let target = indicator
        .targets
        .iter()
        .min_by_key(|t| t.year)
        .map_or(100.0, |t| t.value);
    let start = start_value(indicator, target, scale, rng);
    let switch_at = rng
        .chance(0.15 + 0.8 * profile.capacity)
        .then(|| rng.below(dates.len() + 1));
    let with_ratio = RATIO_ALWAYS.contains(&indicator.id.as_str())
        || (RATIO_SOMETIMES.contains(&indicator.id.as_str()) && profile.records_dossiers);
    let mut year_total = 0.0;
    let mut year = dates.first().map_or(0, |d| d.year());
    indicator.baseline = Some(Baseline {
        date: baseline_date,
        value: start,
    });
    for (index, date) in dates.iter().enumerate() {
        let share = pace * ((index + 1) as f64 / count).powf(shape);
        let noise = rng.range(-0.04, 0.04);
        let value = match &indicator.unit {
            MeasureUnit::YesNo => f64::from(u8::from(switch_at.is_some_and(|s| index >= s))),
            MeasureUnit::Count { .. } if indicator.accumulation == Accumulation::PerYear => {
                if date.year() != year {
                    year = date.year();
                    year_total = 0.0;
                }
                year_total += per_year_step(indicator, target, profile, rng);
                year_total
            }
            MeasureUnit::Count { .. } if indicator.direction == Direction::LowerIsBetter => {
                if rng.chance(0.25 * (1.2 - profile.capacity)) {
                    (1 + rng.below(3)) as f64
                } else {
                    0.0
                }
            }
            MeasureUnit::Rank => (1 + rng.below(60)) as f64,
            unit => {
                let raw = start + (target - start) * (share + noise).max(0.0);
                let bounded = match unit {
                    MeasureUnit::Percent => raw.clamp(0.0, 100.0),
                    MeasureUnit::Score { max } => raw.clamp(0.0, *max),
                    _ => raw.max(0.0),
                };
                match unit {
                    MeasureUnit::Count { .. } | MeasureUnit::Money => bounded.round(),
                    MeasureUnit::Score { max } => rounded(bounded, *max),
                    _ => (bounded * 10.0).round() / 10.0,
                }
            }
        };
        let mut measurement = Measurement::new(*date, value);
        if with_ratio {
            with_numerator(&mut measurement, profile, rng);
        }
        indicator.measurements.push(measurement);
    }
    if let MeasureUnit::YesNo = indicator.unit
        && let Some(baseline) = &mut indicator.baseline
    {
        baseline.value = 0.0;
    }
}

/// What a quarter adds to a year-to-date total: about a quarter of the yearly target for things
/// to do (meetings, courses), now and then one for things to avoid (incidents).
fn per_year_step(indicator: &Indicator, target: f64, profile: &UnitProfile, rng: &mut Rng) -> f64 {
    if indicator.direction == Direction::LowerIsBetter {
        return f64::from(u8::from(rng.chance(0.15 * (1.2 - profile.capacity))));
    }
    let quarter = (target / 4.0).max(0.5);
    (quarter * rng.range(0.4, 1.5) * (0.5 + 0.6 * profile.capacity)).round()
}

/// The size of a count in this unit: villages for teams, people for members, and so on.
fn count_scale(indicator: &Indicator, profile: &UnitProfile, rng: &mut Rng) -> f64 {
    let villages = f64::from(profile.villages);
    match &indicator.unit {
        MeasureUnit::Count { word } if word == "tổ" => villages,
        MeasureUnit::Count { word } if word == "người" => villages * rng.range(3.0, 6.0),
        MeasureUnit::Count { .. } => (villages * rng.range(0.3, 3.0)).max(1.0),
        MeasureUnit::Money => villages * rng.range(5.0, 40.0) * 1_000_000.0,
        _ => 1.0,
    }
}

fn start_value(indicator: &Indicator, target: f64, scale: f64, rng: &mut Rng) -> f64 {
    let value = match (&indicator.unit, indicator.direction) {
        (MeasureUnit::Percent, Direction::LowerIsBetter) => target + rng.range(3.0, 15.0),
        (MeasureUnit::Percent, Direction::HigherIsBetter) => target * rng.range(0.05, 0.6),
        (MeasureUnit::Score { max }, _) => max * rng.range(0.3, 0.55),
        (MeasureUnit::Count { .. } | MeasureUnit::Money, _) => {
            (scale * rng.range(0.0, 0.5)).round()
        }
        (MeasureUnit::YesNo, _) => 0.0,
        (MeasureUnit::Rank, _) => (1 + rng.below(60)) as f64,
    };
    match indicator.unit {
        MeasureUnit::Score { max } => rounded(value, max),
        _ => (value * 10.0).round() / 10.0,
    }
}

/// A score rounded as the province publishes it: three decimals on a 0–1 scale, one otherwise.
fn rounded(value: f64, max: f64) -> f64 {
    let factor = if max <= 1.0 { 1000.0 } else { 10.0 };
    (value * factor).round() / factor
}

/// Dossiers received and handled that give the value (rounded to two decimals).
fn with_numerator(measurement: &mut Measurement, profile: &UnitProfile, rng: &mut Rng) {
    let denominator = (f64::from(profile.villages) * rng.range(8.0, 40.0))
        .round()
        .max(1.0);
    let numerator = (denominator * measurement.value / 100.0).round();
    measurement.numerator = Some(numerator);
    measurement.denominator = Some(denominator);
    measurement.value = (numerator / denominator * 10_000.0).round() / 100.0;
}
