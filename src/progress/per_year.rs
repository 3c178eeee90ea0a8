//! Per-year indicators (`accumulation: PerYear`): counts that start again every 1 January, such
//! as steering-committee meetings or training courses. Each value is the total since 1 January of
//! its year (lũy kế từ đầu năm), and each year is judged on its own:
//!
//! - the target of a year applies to that year; a year without its own target uses the latest
//!   earlier one (a year before every target has none);
//! - expected progress is the share of the year elapsed; progress is value ÷ target; the same 5-
//!   and 20-point bands as levels;
//! - every year with a target gets a verdict on its 31 December;
//! - the forecast is a line through 0 on 1 January and the year's values, to 31 December of the
//!   same year: it never runs across years.

use chrono::{Datelike as _, NaiveDate};

use super::forecast::{DAYS_PER_YEAR, Forecast, TargetForecast, least_squares, reach_date};
use super::result::{IndicatorProgress, PointValue, Status, TargetVerdict};
use super::rules::{
    band, expected_progress, point, required_change_per_year, share_of_target, verdict_on,
};
use crate::model::{Direction, Indicator, Target};

/// At most this many past years get a verdict (a plan is not judged over centuries).
const MAX_JUDGED_YEARS: i32 = 60;

/// The target that applies to `year`: its own, else the latest earlier one, given the year
/// `year` (so that its deadline is 31 December of `year`); `None` before every target.
pub fn target_for_year(indicator: &Indicator, year: i32) -> Option<Target> {
    indicator
        .targets
        .iter()
        .filter(|t| t.year <= year)
        .max_by_key(|t| t.year)
        .map(|t| Target { year, ..t.clone() })
}

/// 31 December of the year before `year`: day zero of a year-to-date count.
fn year_start(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap_or(NaiveDate::MIN)
}

/// The year-to-date total of `year` at `on_or_before`: the last value dated in `year` on or
/// before that day.
pub fn year_to_date(
    indicator: &Indicator,
    year: i32,
    on_or_before: NaiveDate,
) -> Option<PointValue> {
    indicator
        .measurements
        .iter()
        .filter(|m| m.date.year() == year && m.date <= on_or_before)
        .max_by_key(|m| m.date)
        .map(point)
}

/// Progress of a year-to-date `value` towards `target`: value ÷ target upwards; downwards (a cap
/// not to exceed) 1 while within the cap and 0 beyond it.
fn year_progress(indicator: &Indicator, value: f64, target: f64) -> f64 {
    let meets = indicator.meets(value, target);
    match indicator.judged_direction() {
        Direction::HigherIsBetter if target > 1e-12 => value / target,
        _ => f64::from(u8::from(meets)),
    }
}

/// Judges a per-year `indicator` at `as_of`.
pub(super) fn evaluate(indicator: &Indicator, as_of: NaiveDate) -> IndicatorProgress {
    let year = as_of.year();
    let current = target_for_year(indicator, year);
    let latest = year_to_date(indicator, year, as_of);
    let verdicts = verdicts(indicator, as_of);
    let baseline = indicator.baseline.map(|b| PointValue {
        date: b.date,
        value: b.value,
    });
    let forecast = forecast(indicator, as_of, current.as_ref());
    let mut result =
        IndicatorProgress::unjudged(as_of, baseline, latest, current.clone(), verdicts, forecast);
    let (Some(latest), Some(target)) = (latest, current) else {
        return result;
    };
    let meets = indicator.meets(latest.value, target.value);
    result.exceeded = meets && indicator.beats(latest.value, target.value);
    result.share_of_target = share_of_target(indicator, latest.value, target.value);
    let raw = year_progress(indicator, latest.value, target.value);
    result.progress_raw = Some(raw);
    result.progress = Some(raw.clamp(0.0, 1.0));
    result.expected = Some(expected_progress(
        year_start(year),
        target.deadline(),
        as_of,
    ));
    result.required_change_per_year = required_change_per_year(meets, latest, &target, as_of);
    result.status = if meets {
        Status::Achieved
    } else if as_of >= target.deadline() {
        Status::Missed
    } else if indicator.unit.is_yes_no() {
        Status::Behind
    } else if indicator.judged_direction() == Direction::LowerIsBetter {
        // A year-to-date count only grows: once above its cap the year cannot be saved.
        Status::AtRisk
    } else {
        band(result.progress_raw, result.expected)
    };
    result
}

/// The years judged at `as_of`: every year with its own target, and every year from the first
/// target's up to the reporting year (those use the latest earlier target).
fn judged_years(indicator: &Indicator, as_of: NaiveDate) -> Vec<i32> {
    let mut years: Vec<i32> = indicator.targets.iter().map(|t| t.year).collect();
    if let Some(first) = years.iter().copied().min() {
        let from = first.max(as_of.year() - MAX_JUDGED_YEARS);
        years.extend(from..=as_of.year());
    }
    years.sort_unstable();
    years.dedup();
    years
}

/// The verdict of every judged year, in year order.
fn verdicts(indicator: &Indicator, as_of: NaiveDate) -> Vec<TargetVerdict> {
    judged_years(indicator, as_of)
        .into_iter()
        .filter_map(|year| {
            let target = target_for_year(indicator, year)?;
            let judged = year_to_date(indicator, year, target.deadline().min(as_of));
            Some(verdict_on(indicator, &target, judged, as_of))
        })
        .collect()
}

/// The forecast of the reporting year: a least-squares line through 0 on 1 January and the
/// year's values up to `as_of`, projected to 31 December of that year only.
fn forecast(indicator: &Indicator, as_of: NaiveDate, target: Option<&Target>) -> Option<Forecast> {
    let year = as_of.year();
    let origin = year_start(year);
    let mut points = vec![(origin, 0.0)];
    points.extend(
        indicator
            .measurements
            .iter()
            .filter(|m| m.date.year() == year && m.date <= as_of)
            .map(|m| (m.date, m.value)),
    );
    let (intercept, slope_per_day) = least_squares(&points, origin)?;
    let mut line = Forecast {
        origin,
        intercept,
        slope_per_day,
        slope_per_year: slope_per_day * DAYS_PER_YEAR,
        point_count: points.len(),
        targets: Vec::new(),
    };
    if let Some(target) = target {
        let deadline = target.deadline();
        let projected = line.value_at(deadline);
        let reach = reach_date(&line, indicator.judged_direction(), target.value)
            .filter(|date| *date <= deadline);
        line.targets.push(TargetForecast {
            year,
            target: target.value,
            projected,
            will_meet: indicator.meets(projected, target.value),
            reach_date: reach,
        });
    }
    Some(line)
}
