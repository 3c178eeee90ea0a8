//! Judging one indicator at a reporting date. Levels (the default) are judged here; per-year
//! totals in [`super::per_year`].

use chrono::NaiveDate;

use super::forecast::forecast;
use super::per_year;
use super::result::{IndicatorProgress, PointValue, Status, TargetVerdict};
use super::rules::{
    band, current_target, expected_progress, keeps_level, point, raw_progress,
    required_change_per_year, share_of_target, verdict_on,
};
use crate::model::{Baseline, Indicator};

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
