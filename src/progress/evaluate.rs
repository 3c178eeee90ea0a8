//! Judging one indicator at a reporting date. Levels (the default) are judged here; per-year
//! totals in [`super::per_year`].

use chrono::{Datelike as _, NaiveDate};

use super::forecast::forecast;
use super::per_year;
use super::result::{IndicatorProgress, PointValue, Status, TargetVerdict, Verdict};
use crate::model::{Baseline, Direction, Indicator, MeasureUnit, Measurement, Target};

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

/// The baseline the engine works from: the indicator's own, or else its earliest measurement.
fn effective_baseline(indicator: &Indicator) -> Option<PointValue> {
    if let Some(Baseline { date, value }) = indicator.baseline {
        return Some(PointValue { date, value });
    }
    indicator
        .measurements
        .iter()
        .min_by_key(|m| m.date)
        .map(point)
}

/// Judges `indicator` at `as_of`.
pub fn evaluate(indicator: &Indicator, as_of: NaiveDate) -> IndicatorProgress {
    if indicator.is_per_year() {
        return per_year::evaluate(indicator, as_of);
    }
    let baseline = effective_baseline(indicator);
    let latest = indicator.latest_measurement_on_or_before(as_of).map(point);
    let current = current_target(&indicator.targets, as_of);
    let verdicts = target_verdicts(indicator, as_of);
    let forecast = forecast(indicator, as_of);
    let mut result =
        IndicatorProgress::unjudged(as_of, baseline, latest, current.clone(), verdicts, forecast);
    let (Some(latest), Some(target)) = (latest, current) else {
        return result;
    };
    let deadline = target.deadline();
    let meets = indicator.meets(latest.value, target.value);
    result.exceeded = meets && indicator.beats(latest.value, target.value);
    result.share_of_target = share_of_target(indicator, latest.value, target.value);
    let direction = indicator.judged_direction();
    if let Some(base) = baseline {
        result.keeps_level = keeps_level(direction, base.value, target.value);
        if !result.keeps_level {
            // Keeping a level has no share of a way to go (0/0): no roadmap figure.
            let raw = raw_progress(direction, base.value, target.value, latest.value);
            result.progress_raw = Some(raw);
            result.progress = Some(raw.clamp(0.0, 1.0));
        }
        result.expected = Some(expected_progress(base.date, deadline, as_of));
    }
    result.required_change_per_year = required_change_per_year(meets, latest, &target, as_of);
    result.status = if meets {
        Status::Achieved
    } else if as_of >= deadline {
        Status::Missed
    } else if indicator.unit.is_yes_no() || result.keeps_level {
        // A task to do or a level to keep is not "on track" part of the way: until it is done it
        // is behind, whatever the date.
        Status::Behind
    } else {
        band(result.progress_raw, result.expected)
    };
    result
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

/// The verdict of the latest milestone the reporting date has reached.
pub(super) fn last_judged(verdicts: &[TargetVerdict]) -> Option<TargetVerdict> {
    verdicts
        .iter()
        .filter(|v| v.verdict != Verdict::Pending)
        .max_by_key(|v| v.year)
        .cloned()
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

/// The verdict of every target at `as_of`, in year order.
fn target_verdicts(indicator: &Indicator, as_of: NaiveDate) -> Vec<TargetVerdict> {
    indicator
        .sorted_targets()
        .iter()
        .map(|target| {
            let judged = indicator
                .latest_measurement_on_or_before(target.deadline().min(as_of))
                .map(point);
            verdict_on(indicator, target, judged, as_of)
        })
        .collect()
}
