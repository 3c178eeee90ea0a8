//! What the engine says about one indicator: its status, the verdict of each milestone and the
//! figures behind them.

use chrono::NaiveDate;
use serde::Serialize;

use super::forecast::Forecast;
use crate::model::Target;

/// Where an indicator stands at the reporting date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Status {
    /// Đạt (or Vượt when the target is beaten): the latest value meets the current target.
    Achieved,
    /// Đúng tiến độ: progress within 5 points of the expected share of elapsed time.
    OnTrack,
    /// Chậm tiến độ: 5 to 20 points behind the expected progress, or a level to keep (or a yes/no
    /// task) not yet reached before its deadline.
    Behind,
    /// Có nguy cơ không đạt: more than 20 points behind.
    AtRisk,
    /// Không đạt: the deadline has been reached without meeting the target.
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
    /// The reporting date has not reached the deadline yet.
    Pending,
    /// The last value dated on or before the deadline met the target.
    Achieved,
    /// The last value dated on or before the deadline did not meet the target.
    Missed,
    /// The deadline has been reached and there is no value dated on or before it.
    NoData,
}

impl Verdict {
    /// The machine name used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Achieved => "achieved",
            Self::Missed => "missed",
            Self::NoData => "no_data",
        }
    }

    /// The status a verdict reads as (for its colour): pending reads as no data.
    pub fn as_status(self) -> Status {
        match self {
            Self::Achieved => Status::Achieved,
            Self::Missed => Status::Missed,
            Self::Pending | Self::NoData => Status::NoData,
        }
    }
}

/// The verdict on one milestone target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetVerdict {
    /// The milestone year.
    pub year: i32,
    /// The target value.
    pub target: f64,
    /// 31 December of `year`: the milestone is judged once the reporting date reaches it.
    pub deadline: NaiveDate,
    /// Achieved, missed, pending or no data.
    pub verdict: Verdict,
    /// True when the judged value strictly beats the target (vượt).
    pub exceeded: bool,
    /// The value the verdict is based on: the last one dated on or before the deadline (for a
    /// per-year indicator, within the milestone's year).
    pub judged: Option<PointValue>,
}

/// Everything the engine says about one indicator at one reporting date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorProgress {
    /// The reporting date judged at.
    pub as_of: NaiveDate,
    /// The baseline used (the indicator's, or for a level its first measurement when it has none).
    pub baseline: Option<PointValue>,
    /// The last measurement dated on or before the reporting date (for a per-year indicator, in
    /// the reporting date's year).
    pub latest: Option<PointValue>,
    /// The current target: the first with year ≥ the reporting year, else the last one. For a
    /// per-year indicator, the target that applies to the reporting year, with that year.
    pub current_target: Option<Target>,
    /// "Mức độ hoàn thành lộ trình": raw progress from the baseline towards the current target
    /// (value ÷ target for a per-year indicator); may exceed 1 or be negative.
    pub progress_raw: Option<f64>,
    /// The same clamped to 0–1, for bars.
    pub progress: Option<f64>,
    /// True when the current target only keeps the baseline's level ("duy trì 100 %"): there is
    /// no way from the baseline to the target, so the roadmap share is 0/0 and `progress_raw` and
    /// `progress` are `None`; tables write "—" and bars show only the status.
    pub keeps_level: bool,
    /// "So với chỉ tiêu": latest value ÷ current target, for higher-is-better percents, counts,
    /// money and scores; `None` for lower-is-better, ranks and yes/no. Not clamped.
    pub share_of_target: Option<f64>,
    /// Share of the time from baseline (or 1 January for a per-year indicator) to the deadline
    /// already elapsed, 0–1.
    pub expected: Option<f64>,
    /// The status at the reporting date.
    pub status: Status,
    /// True when the latest value strictly beats the current target (Vượt).
    pub exceeded: bool,
    /// The verdict of every milestone, in year order.
    pub verdicts: Vec<TargetVerdict>,
    /// The verdict of the latest milestone whose deadline the reporting date has reached.
    pub last_verdict: Option<TargetVerdict>,
    /// The least-squares forecast, when there are at least two points.
    pub forecast: Option<Forecast>,
    /// Change per year still needed from the latest value to meet the current target by its
    /// deadline, counted from the reporting date; `None` when met, when the deadline has been
    /// reached or when there is no value.
    pub required_change_per_year: Option<f64>,
}

impl IndicatorProgress {
    /// What is known before anything is judged: the figures are empty and the status is "no
    /// data" until the engine fills them in.
    pub(super) fn unjudged(
        as_of: NaiveDate,
        baseline: Option<PointValue>,
        latest: Option<PointValue>,
        current_target: Option<Target>,
        verdicts: Vec<TargetVerdict>,
        forecast: Option<Forecast>,
    ) -> Self {
        Self {
            as_of,
            baseline,
            latest,
            current_target,
            progress_raw: None,
            progress: None,
            keeps_level: false,
            share_of_target: None,
            expected: None,
            status: Status::NoData,
            exceeded: false,
            last_verdict: last_judged(&verdicts),
            verdicts,
            forecast,
            required_change_per_year: None,
        }
    }

    /// "Mức độ hoàn thành lộ trình" to show, clamped to 0–1: `None` without a value and for a
    /// level to keep, whose share is 0/0 (tables write "—", bars show only the status).
    pub fn roadmap_share(&self) -> Option<f64> {
        self.progress.filter(|_| !self.keeps_level)
    }

    /// The verdict to show beside the status: the latest judged milestone's, unless the status
    /// already is that milestone's verdict (on its deadline day, or after the last milestone).
    pub fn verdict_beside(&self) -> Option<&TargetVerdict> {
        let verdict = self.last_verdict.as_ref()?;
        let current_year = self.current_target.as_ref().map(|t| t.year);
        (current_year != Some(verdict.year)).then_some(verdict)
    }

    /// True when the latest judged milestone was missed.
    pub fn last_milestone_missed(&self) -> bool {
        self.last_verdict
            .as_ref()
            .is_some_and(|v| v.verdict == Verdict::Missed)
    }

    /// True when the indicator belongs in a report's "cần tập trung chỉ đạo": behind, at risk,
    /// missed, or its last milestone missed.
    pub fn needs_attention(&self) -> bool {
        self.status.needs_attention() || self.last_milestone_missed()
    }

    /// The deadline of the current target, if any.
    pub fn deadline(&self) -> Option<NaiveDate> {
        self.current_target.as_ref().map(Target::deadline)
    }
}

/// The verdict of the latest milestone the reporting date has reached.
fn last_judged(verdicts: &[TargetVerdict]) -> Option<TargetVerdict> {
    verdicts
        .iter()
        .filter(|v| v.verdict != Verdict::Pending)
        .max_by_key(|v| v.year)
        .cloned()
}
