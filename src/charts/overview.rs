//! The progress overview (one bar per indicator, grouped by pillar), the pillar summary (counts by
//! status) and the indicators most behind.

use crate::i18n::{Lang, name_in};
use crate::model::{Pillar, Project};
use crate::progress::{ProjectSummary, Status, StatusCounts};

/// One bar of the progress overview.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewBar {
    /// The indicator's id (clicking the bar opens it).
    pub indicator_id: String,
    /// The indicator's index in the project (and in the summary).
    pub index: usize,
    /// The indicator's name.
    pub name: String,
    /// Its English name, if the plan has one.
    pub name_en: Option<String>,
    /// Its pillar.
    pub pillar: Pillar,
    /// Share of the roadmap done, clamped to 0–100; `None` without a value or for a level to keep
    /// (0/0), whose bar shows only the status.
    pub percent: Option<f64>,
    /// True when the target is beaten ("Vượt").
    pub exceeded: bool,
    /// Its status.
    pub status: Status,
    /// Expected share at the reporting date, 0–100, if known (`None` for a level to keep).
    pub expected_percent: Option<f64>,
}

impl OverviewBar {
    /// The indicator's name in `lang`.
    pub fn display_name(&self, lang: Lang) -> &str {
        name_in(&self.name, self.name_en.as_deref(), lang)
    }
}

/// The bars, grouped by pillar in pillar order and sorted by progress within a pillar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverviewSpec {
    /// All bars, top to bottom.
    pub bars: Vec<OverviewBar>,
    /// Each pillar with the index range of its bars.
    pub groups: Vec<(Pillar, std::ops::Range<usize>)>,
}

/// The progress overview of `project` (optionally of one pillar).
pub fn overview(project: &Project, summary: &ProjectSummary, only: Option<Pillar>) -> OverviewSpec {
    let mut spec = OverviewSpec::default();
    for pillar in Pillar::ALL {
        if only.is_some_and(|p| p != pillar) {
            continue;
        }
        let mut bars: Vec<OverviewBar> = project
            .indicators
            .iter()
            .zip(&summary.indicators)
            .enumerate()
            .filter(|(_, (indicator, _))| indicator.pillar == pillar)
            .map(|(index, (indicator, progress))| OverviewBar {
                indicator_id: indicator.id.clone(),
                index,
                name: indicator.name.clone(),
                name_en: indicator.name_en.clone(),
                pillar,
                percent: progress.roadmap_share().map(|p| p * 100.0),
                exceeded: progress.exceeded,
                status: progress.status,
                // A level to keep has no way to go, so no point on it is expected either.
                expected_percent: progress
                    .expected
                    .filter(|_| !progress.keeps_level)
                    .map(|e| e * 100.0),
            })
            .collect();
        if bars.is_empty() {
            continue;
        }
        bars.sort_by(|a, b| {
            let percent = |bar: &OverviewBar| bar.percent.unwrap_or(0.0);
            percent(b)
                .total_cmp(&percent(a))
                .then_with(|| a.name.cmp(&b.name))
        });
        let start = spec.bars.len();
        spec.bars.extend(bars);
        spec.groups.push((pillar, start..spec.bars.len()));
    }
    spec
}

/// One pillar's counts by status.
#[derive(Clone, Debug, PartialEq)]
pub struct PillarRow {
    /// The pillar.
    pub pillar: Pillar,
    /// Counts by status.
    pub counts: StatusCounts,
}

/// The pillar summary chart's data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PillarSummarySpec {
    /// One row per pillar that has indicators.
    pub rows: Vec<PillarRow>,
}

/// The pillar summary of `summary`.
pub fn pillar_summary(summary: &ProjectSummary) -> PillarSummarySpec {
    PillarSummarySpec {
        rows: summary
            .pillars
            .iter()
            .map(|p| PillarRow {
                pillar: p.pillar,
                counts: p.counts,
            })
            .collect(),
    }
}

/// Indexes of the `count` indicators most behind their expected progress (behind, at risk or
/// missed), worst first.
pub fn most_behind(summary: &ProjectSummary, count: usize) -> Vec<usize> {
    let mut behind: Vec<(usize, f64)> = summary
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, p)| p.needs_attention())
        .map(|(index, p)| {
            let gap = p.expected.unwrap_or(1.0) - p.progress_raw.unwrap_or(0.0);
            (index, gap)
        })
        .collect();
    behind.sort_by(|a, b| b.1.total_cmp(&a.1));
    behind
        .into_iter()
        .take(count)
        .map(|(index, _)| index)
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{AdminUnit, Baseline, Indicator, MeasureUnit, Measurement, Target};
    use crate::progress::summarize;
    use chrono::NaiveDate;

    fn indicator(id: &str, pillar: Pillar, value: f64) -> Indicator {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut i = Indicator::new(id, id, pillar, MeasureUnit::Percent);
        i.baseline = Some(Baseline {
            date: date(2022, 12, 31),
            value: 0.0,
        });
        i.targets = vec![Target::new(2025, 100.0)];
        i.measurements = vec![Measurement::new(date(2024, 6, 30), value)];
        i
    }

    #[test]
    fn bars_are_grouped_sorted_and_clamped() {
        let mut project = Project::new(
            AdminUnit::default(),
            NaiveDate::from_ymd_opt(2024, 6, 30).unwrap(),
        );
        project.indicators = vec![
            indicator("low", Pillar::DigitalGovernment, 10.0),
            indicator("society", Pillar::DigitalSociety, 50.0),
            indicator("high", Pillar::DigitalGovernment, 100.0),
            indicator("mid", Pillar::DigitalGovernment, 49.0),
        ];
        let summary = summarize(&project);
        let spec = overview(&project, &summary, None);
        let ids: Vec<&str> = spec.bars.iter().map(|b| b.indicator_id.as_str()).collect();
        assert_eq!(ids, ["high", "mid", "low", "society"]);
        let indexes: Vec<usize> = spec.bars.iter().map(|b| b.index).collect();
        assert_eq!(indexes, [2, 3, 0, 1], "each bar knows its indicator");
        assert_eq!(
            spec.groups,
            vec![
                (Pillar::DigitalGovernment, 0..3),
                (Pillar::DigitalSociety, 3..4)
            ]
        );
        assert_eq!(spec.bars[0].status, Status::Achieved);
        assert!((spec.bars[0].percent.unwrap() - 100.0).abs() < 1e-9);
        assert!(spec.bars[2].expected_percent.unwrap() > 40.0);
        let only = overview(&project, &summary, Some(Pillar::DigitalSociety));
        assert_eq!(only.bars.len(), 1);
        let behind = most_behind(&summary, 5);
        assert_eq!(
            behind.first(),
            Some(&0),
            "the 10 % one is the furthest behind"
        );
        assert!(!behind.contains(&2), "achieved ones are not behind");
        let pillars = pillar_summary(&summary);
        assert_eq!(pillars.rows.len(), 2);
        assert_eq!(pillars.rows[0].counts.total(), 3);
    }
}
