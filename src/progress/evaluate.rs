//! Judging one indicator at a reporting date.

use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use super::forecast::{Forecast, forecast};
use crate::model::{Baseline, Direction, Indicator, Target};

/// Margin below the expected progress that still counts as on track.
pub const ON_TRACK_MARGIN: f64 = 0.05;

/// Margin below the expected progress that counts as behind rather than at risk.
pub const BEHIND_MARGIN: f64 = 0.20;

/// Where an indicator stands at the reporting date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Status {
    /// Đạt (or Vượt when the target is beaten): the latest value meets the current target.
    Achieved,
    /// Đúng tiến độ: progress within 5 points of the expected share of elapsed time.
    OnTrack,
    /// Chậm tiến độ: 5 to 20 points behind the expected progress.
    Behind,
    /// Có nguy cơ không đạt: more than 20 points behind.
    AtRisk,
    /// Không đạt: the deadline has passed without meeting the target.
    Missed,
    /// Chưa có số liệu: no value (or no target) to judge.
    NoData,
}

impl Status {
    /// All statuses, from best to worst, then no data.
    pub const ALL: [Self; 6] = [
        Self::Achieved,
        Self::OnTrack,
        Self::Behind,
        Self::AtRisk,
        Self::Missed,
        Self::NoData,
    ];

    /// The machine name used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Self::Achieved => "achieved",
            Self::OnTrack => "on_track",
            Self::Behind => "behind",
            Self::AtRisk => "at_risk",
            Self::Missed => "missed",
            Self::NoData => "no_data",
        }
    }

    /// True for the statuses that need attention (behind, at risk, missed).
    pub fn needs_attention(self) -> bool {
        matches!(self, Self::Behind | Self::AtRisk | Self::Missed)
    }
}

/// A dated value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PointValue {
    /// The date.
    pub date: NaiveDate,
    /// The value.
    pub value: f64,
}

/// The verdict on a milestone target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Verdict {
    /// The deadline has not passed yet.
    Pending,
    /// The last value dated on or before the deadline met the target.
    Achieved,
    /// The last value dated on or before the deadline did not meet the target.
    Missed,
    /// The deadline has passed and there is no value dated on or before it.
    NoData,
}

/// The verdict on one milestone target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetVerdict {
    /// The milestone year.
    pub year: i32,
    /// The target value.
    pub target: f64,
    /// 31 December of `year`.
    pub deadline: NaiveDate,
    /// Achieved, missed, pending or no data.
    pub verdict: Verdict,
    /// True when the judged value strictly beats the target (vượt).
    pub exceeded: bool,
    /// The value the verdict is based on: the last one dated on or before the deadline.
    pub judged: Option<PointValue>,
}

/// Everything the engine says about one indicator at one reporting date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorProgress {
    /// The reporting date judged at.
    pub as_of: NaiveDate,
    /// The baseline used (the indicator's, or its first measurement when it has none).
    pub baseline: Option<PointValue>,
    /// The last measurement dated on or before the reporting date.
    pub latest: Option<PointValue>,
    /// The current target: the first with year ≥ the reporting year, else the last one.
    pub current_target: Option<Target>,
    /// Raw progress towards the current target (may exceed 1 or be negative).
    pub progress_raw: Option<f64>,
    /// Progress clamped to 0–1, for display.
    pub progress: Option<f64>,
    /// Share of the time from baseline to deadline already elapsed, 0–1.
    pub expected: Option<f64>,
    /// The status at the reporting date.
    pub status: Status,
    /// True when the latest value strictly beats the current target (Vượt).
    pub exceeded: bool,
    /// The verdict of every target, in year order.
    pub verdicts: Vec<TargetVerdict>,
    /// The least-squares forecast, when there are at least two points.
    pub forecast: Option<Forecast>,
    /// Change per year still needed from the latest value to meet the current target by its
    /// deadline, counted from the reporting date; `None` when met, when the deadline has passed or
    /// when there is no value.
    pub required_change_per_year: Option<f64>,
}

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

/// Raw progress from `baseline` to `target` at `value` in `direction`. When the target equals the
/// baseline (or lies on the wrong side of it), progress is 1 if the value meets it and 0 otherwise.
pub fn raw_progress(direction: Direction, baseline: f64, target: f64, value: f64) -> f64 {
    // A target equal to the baseline, or on the wrong side of it, leaves nothing to progress
    // along: it is met or it is not.
    let span = target - baseline;
    let no_way_forward = match direction {
        Direction::HigherIsBetter => span < 1e-12,
        Direction::LowerIsBetter => span > -1e-12,
    };
    if no_way_forward {
        let meets = match direction {
            Direction::HigherIsBetter => value >= target - 1e-9,
            Direction::LowerIsBetter => value <= target + 1e-9,
        };
        return if meets { 1.0 } else { 0.0 };
    }
    match direction {
        Direction::HigherIsBetter => (value - baseline) / span,
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

/// The baseline the engine works from: the indicator's own, or else its earliest measurement.
fn effective_baseline(indicator: &Indicator) -> Option<PointValue> {
    if let Some(Baseline { date, value }) = indicator.baseline {
        return Some(PointValue { date, value });
    }
    indicator
        .measurements
        .iter()
        .min_by_key(|m| m.date)
        .map(|m| PointValue {
            date: m.date,
            value: m.value,
        })
}

/// Judges `indicator` at `as_of`.
pub fn evaluate(indicator: &Indicator, as_of: NaiveDate) -> IndicatorProgress {
    let baseline = effective_baseline(indicator);
    let latest = indicator
        .latest_measurement_on_or_before(as_of)
        .map(|m| PointValue {
            date: m.date,
            value: m.value,
        });
    let current = current_target(&indicator.targets, as_of);
    let verdicts = target_verdicts(indicator, as_of);
    let forecast = forecast(indicator, as_of);
    let mut result = IndicatorProgress {
        as_of,
        baseline,
        latest,
        current_target: current.clone(),
        progress_raw: None,
        progress: None,
        expected: None,
        status: Status::NoData,
        exceeded: false,
        verdicts,
        forecast,
        required_change_per_year: None,
    };
    let (Some(latest), Some(target)) = (latest, current) else {
        return result;
    };
    let deadline = target.deadline();
    let meets = indicator.meets(latest.value, target.value);
    result.exceeded = meets && indicator.beats(latest.value, target.value);
    if let Some(base) = baseline {
        let raw = raw_progress(indicator.direction, base.value, target.value, latest.value);
        result.progress_raw = Some(raw);
        result.progress = Some(raw.clamp(0.0, 1.0));
        result.expected = Some(expected_progress(base.date, deadline, as_of));
    }
    if !meets && as_of < deadline {
        let years_left = (deadline - as_of).num_days() as f64 / 365.25;
        result.required_change_per_year = Some((target.value - latest.value) / years_left);
    }
    result.status = status_of(indicator, meets, as_of > deadline, &result);
    result
}

/// Applies the status rules once the latest value and the current target are known.
fn status_of(
    indicator: &Indicator,
    meets: bool,
    deadline_passed: bool,
    result: &IndicatorProgress,
) -> Status {
    if meets {
        return Status::Achieved;
    }
    if deadline_passed {
        return Status::Missed;
    }
    if indicator.unit.is_yes_no() {
        return Status::Behind;
    }
    let (Some(progress), Some(expected)) = (result.progress_raw, result.expected) else {
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

/// The verdict of every target at `as_of`, in year order.
fn target_verdicts(indicator: &Indicator, as_of: NaiveDate) -> Vec<TargetVerdict> {
    indicator
        .sorted_targets()
        .into_iter()
        .map(|target| {
            let deadline = target.deadline();
            let judged = indicator
                .latest_measurement_on_or_before(deadline)
                .map(|m| PointValue {
                    date: m.date,
                    value: m.value,
                });
            let (verdict, exceeded) = if as_of <= deadline {
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
        })
        .collect()
}
