//! The rules every indicator is judged by, levels and per-year totals alike: the current target,
//! progress along the way from the baseline, the progress expected by a date, the share of the
//! target, the status bands, the pace still needed and the verdict on a target at its deadline.

use chrono::{Datelike as _, NaiveDate};

use super::result::{PointValue, Status, TargetVerdict, Verdict};
use crate::model::{Direction, Indicator, MeasureUnit, Measurement, Target};

/// Margin below the expected progress that still counts as on track.
pub const ON_TRACK_MARGIN: f64 = 0.05;

/// Margin below the expected progress that counts as behind rather than at risk.
pub const BEHIND_MARGIN: f64 = 0.20;

/// Days in an average year.
const DAYS_PER_YEAR: f64 = 365.25;

/// The current target at `as_of`: the first target whose year is ≥ the year of `as_of`; after the
/// last one, the last one.
pub fn current_target(targets: &[Target], as_of: NaiveDate) -> Option<Target> {
    let mut sorted: Vec<&Target> = targets.iter().collect();
    sorted.sort_by_key(|t| t.year);
    sorted
        .iter()
        .find(|t| t.year >= as_of.year())
        .or(sorted.last())
        .map(|t| (*t).clone())
}

/// True when `target` asks only to keep (or get back to) a level the baseline already had: there
/// is no way forward from the baseline to it in `direction`.
pub fn keeps_level(direction: Direction, baseline: f64, target: f64) -> bool {
    let span = target - baseline;
    match direction {
        Direction::HigherIsBetter => span < 1e-12,
        Direction::LowerIsBetter => span > -1e-12,
    }
}

/// Raw progress from `baseline` to `target` at `value` in `direction`. When the target only keeps
/// the baseline's level (see [`keeps_level`]), progress is 1 if the value meets it and 0 otherwise.
pub fn raw_progress(direction: Direction, baseline: f64, target: f64, value: f64) -> f64 {
    if keeps_level(direction, baseline, target) {
        let meets = match direction {
            Direction::HigherIsBetter => value >= target - 1e-9,
            Direction::LowerIsBetter => value <= target + 1e-9,
        };
        return if meets { 1.0 } else { 0.0 };
    }
    match direction {
        Direction::HigherIsBetter => (value - baseline) / (target - baseline),
        Direction::LowerIsBetter => (baseline - value) / (baseline - target),
    }
}

/// Share of the time from `start` to `deadline` that has elapsed at `as_of`, clamped to 0–1.
pub fn expected_progress(start: NaiveDate, deadline: NaiveDate, as_of: NaiveDate) -> f64 {
    let total = (deadline - start).num_days();
    if total <= 0 {
        return 1.0;
    }
    let elapsed = (as_of - start).num_days();
    (elapsed as f64 / total as f64).clamp(0.0, 1.0)
}

/// "So với chỉ tiêu": `value` ÷ `target` for a higher-is-better percent, count, score or amount of
/// money with a positive target; `None` otherwise (lower-is-better, rank, yes/no).
pub fn share_of_target(indicator: &Indicator, value: f64, target: f64) -> Option<f64> {
    let comparable = matches!(
        indicator.unit,
        MeasureUnit::Percent
            | MeasureUnit::Count { .. }
            | MeasureUnit::Score { .. }
            | MeasureUnit::Money
    );
    (comparable && indicator.judged_direction() == Direction::HigherIsBetter && target > 1e-12)
        .then(|| value / target)
}

/// A measurement as a dated value.
pub(super) fn point(measurement: &Measurement) -> PointValue {
    PointValue {
        date: measurement.date,
        value: measurement.value,
    }
}

/// The change per year still needed to meet `target` by its deadline, when it is not met and
/// the deadline has not been reached.
pub(super) fn required_change_per_year(
    meets: bool,
    latest: PointValue,
    target: &Target,
    as_of: NaiveDate,
) -> Option<f64> {
    let deadline = target.deadline();
    (!meets && as_of < deadline).then(|| {
        let years_left = (deadline - as_of).num_days() as f64 / DAYS_PER_YEAR;
        (target.value - latest.value) / years_left
    })
}

/// On track, behind or at risk by how far progress lags the expected progress.
pub(super) fn band(progress: Option<f64>, expected: Option<f64>) -> Status {
    let (Some(progress), Some(expected)) = (progress, expected) else {
        return Status::NoData;
    };
    if progress >= expected - ON_TRACK_MARGIN {
        Status::OnTrack
    } else if progress >= expected - BEHIND_MARGIN {
        Status::Behind
    } else {
        Status::AtRisk
    }
}

/// The verdict on `target` at `as_of`, judged on `judged` (the last value dated on or before the
/// deadline) once `as_of` reaches the deadline.
pub(super) fn verdict_on(
    indicator: &Indicator,
    target: &Target,
    judged: Option<PointValue>,
    as_of: NaiveDate,
) -> TargetVerdict {
    let deadline = target.deadline();
    let (verdict, exceeded) = if as_of < deadline {
        (Verdict::Pending, false)
    } else {
        match judged {
            None => (Verdict::NoData, false),
            Some(point) if indicator.meets(point.value, target.value) => (
                Verdict::Achieved,
                indicator.beats(point.value, target.value),
            ),
            Some(_) => (Verdict::Missed, false),
        }
    };
    TargetVerdict {
        year: target.year,
        target: target.value,
        deadline,
        verdict,
        exceeded,
        judged,
    }
}
