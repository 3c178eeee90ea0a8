//! Counts by status and mean progress, per pillar and for the whole project.

use serde::Serialize;

use super::evaluate::evaluate;
use super::result::{IndicatorProgress, Status};
use crate::model::{Pillar, Project};

/// How many indicators are in each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    /// Đạt.
    pub achieved: usize,
    /// Đúng tiến độ.
    pub on_track: usize,
    /// Chậm tiến độ.
    pub behind: usize,
    /// Có nguy cơ không đạt.
    pub at_risk: usize,
    /// Không đạt.
    pub missed: usize,
    /// Chưa có số liệu.
    pub no_data: usize,
}

impl StatusCounts {
    /// Adds one indicator in `status`.
    pub fn add(&mut self, status: Status) {
        *self.slot(status) += 1;
    }

    /// The count for `status`.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Achieved => self.achieved,
            Status::OnTrack => self.on_track,
            Status::Behind => self.behind,
            Status::AtRisk => self.at_risk,
            Status::Missed => self.missed,
            Status::NoData => self.no_data,
        }
    }

    /// The number of indicators counted.
    pub fn total(&self) -> usize {
        Status::ALL.iter().map(|s| self.count(*s)).sum()
    }

    fn slot(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Achieved => &mut self.achieved,
            Status::OnTrack => &mut self.on_track,
            Status::Behind => &mut self.behind,
            Status::AtRisk => &mut self.at_risk,
            Status::Missed => &mut self.missed,
            Status::NoData => &mut self.no_data,
        }
    }
}

/// The summary of one pillar.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PillarSummary {
    /// The pillar.
    pub pillar: Pillar,
    /// Counts by status.
    pub counts: StatusCounts,
    /// Mean clamped progress (0–1) of the indicators that have one.
    pub mean_progress: Option<f64>,
}

/// The summary of a project: every indicator's progress, per-pillar and overall counts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectSummary {
    /// Progress of each indicator, in project order.
    pub indicators: Vec<IndicatorProgress>,
    /// One entry per pillar that has indicators, in pillar order.
    pub pillars: Vec<PillarSummary>,
    /// Counts over the whole project.
    pub total: StatusCounts,
    /// Mean clamped progress over the whole project.
    pub mean_progress: Option<f64>,
}

/// Evaluates every indicator of `project` at its reporting date and summarises by pillar.
pub fn summarize(project: &Project) -> ProjectSummary {
    let indicators: Vec<IndicatorProgress> = project
        .indicators
        .iter()
        .map(|indicator| evaluate(indicator, project.as_of))
        .collect();
    let mut total = StatusCounts::default();
    let mut pillars = Vec::new();
    for pillar in Pillar::ALL {
        let mut counts = StatusCounts::default();
        let mut progress_values = Vec::new();
        for (indicator, progress) in project.indicators.iter().zip(&indicators) {
            if indicator.pillar != pillar {
                continue;
            }
            counts.add(progress.status);
            total.add(progress.status);
            progress_values.extend(progress.progress);
        }
        if counts.total() > 0 {
            pillars.push(PillarSummary {
                pillar,
                counts,
                mean_progress: mean(&progress_values),
            });
        }
    }
    let all_progress: Vec<f64> = indicators.iter().filter_map(|p| p.progress).collect();
    ProjectSummary {
        indicators,
        pillars,
        total,
        mean_progress: mean(&all_progress),
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}
