//! The trajectory of one indicator: measured values, baseline, targets at 31 December, the planned
//! path, the forecast and the reporting date.

use chrono::{Datelike as _, NaiveDate};

use super::series::{Series, day_number};
use crate::model::{Direction, Indicator};
use crate::progress::{IndicatorProgress, Verdict};

/// A target shown at 31 December of its year.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetMarker {
    /// The milestone year.
    pub year: i32,
    /// Day number of 31 December.
    pub day: f64,
    /// The target value.
    pub value: f64,
    /// `Some(true)` met, `Some(false)` missed, `None` not due or no value.
    pub met: Option<bool>,
}

/// Everything the trajectory chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TrajectorySpec {
    /// The indicator's name (the chart title).
    pub title: String,
    /// The value axis unit ("%", "tổ", "điểm"…), in the plan's words.
    pub unit_label: String,
    /// Measured values up to and after the reporting date.
    pub measured: Series,
    /// The index ranges of `measured` drawn as one connected line each: one for a level, one per
    /// year for a per-year indicator (its count starts again every 1 January).
    pub measured_runs: Vec<std::ops::Range<usize>>,
    /// The baseline point, if any.
    pub baseline: Option<[f64; 2]>,
    /// Milestone targets.
    pub targets: Vec<TargetMarker>,
    /// The planned path: baseline → each target in turn (for a per-year indicator, 0 on 1 January
    /// → the reporting year's target).
    pub planned: Series,
    /// The least-squares trend from the first point to the last target's deadline (for a
    /// per-year indicator, within the reporting year).
    pub forecast: Series,
    /// Day number of the reporting date.
    pub as_of_day: f64,
    /// Suggested value range (includes 0 and, for percents, 100).
    pub value_range: [f64; 2],
    /// Suggested day range.
    pub day_range: [f64; 2],
    /// True when smaller is better (the axis is not flipped; the legend says so).
    pub lower_is_better: bool,
}

/// The trajectory of `indicator` given its evaluated `progress`.
pub fn trajectory(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    unit_label: &str,
) -> TrajectorySpec {
    let mut measurements = indicator.measurements.clone();
    measurements.sort_by_key(|m| m.date);
    let measured = Series {
        points: measurements
            .iter()
            .map(|m| [day_number(m.date), m.value])
            .collect(),
    };
    let per_year = indicator.is_per_year();
    let measured_runs = if per_year {
        super::per_year::year_runs(&measurements)
    } else {
        std::iter::once(0..measurements.len()).collect()
    };
    let baseline = progress
        .baseline
        .filter(|_| !per_year)
        .map(|b| [day_number(b.date), b.value]);
    // A per-year chart shows the years so far, not the targets of years to come.
    let targets: Vec<TargetMarker> = progress
        .verdicts
        .iter()
        .filter(|v| !per_year || v.year <= progress.as_of.year())
        .map(|v| TargetMarker {
            year: v.year,
            day: day_number(v.deadline),
            value: v.target,
            met: match v.verdict {
                Verdict::Achieved => Some(true),
                Verdict::Missed => Some(false),
                Verdict::Pending | Verdict::NoData => None,
            },
        })
        .collect();
    let mut planned = Series::default();
    if per_year {
        planned = super::per_year::planned(progress);
    } else if let Some(start) = baseline {
        planned.points.push(start);
        planned.points.extend(
            targets
                .iter()
                .filter(|t| t.day > start[0])
                .map(|t| [t.day, t.value]),
        );
    }
    let forecast = if per_year {
        super::per_year::forecast(progress)
    } else {
        forecast_series(progress, &targets)
    };
    let as_of_day = day_number(progress.as_of);
    let all_points = measured
        .points
        .iter()
        .chain(baseline.iter())
        .chain(planned.points.iter())
        .copied()
        .chain(targets.iter().map(|t| [t.day, t.value]))
        .chain(std::iter::once([as_of_day, 0.0]));
    let (mut low, mut high) = (0.0_f64, f64::MIN);
    let (mut first, mut last) = (f64::MAX, f64::MIN);
    for [day, value] in all_points {
        low = low.min(value);
        high = high.max(value);
        first = first.min(day);
        last = last.max(day);
    }
    if indicator.unit.is_percent() {
        high = high.max(100.0);
    }
    if high <= low {
        high = low + 1.0;
    }
    let margin = (last - first).max(365.0) * 0.03;
    TrajectorySpec {
        title: indicator.name.clone(),
        unit_label: unit_label.to_owned(),
        measured,
        measured_runs,
        baseline,
        targets,
        planned,
        forecast,
        as_of_day,
        value_range: [low, high + (high - low) * 0.15],
        day_range: [first - margin, last + margin],
        lower_is_better: indicator.judged_direction() == Direction::LowerIsBetter,
    }
}

fn forecast_series(progress: &IndicatorProgress, targets: &[TargetMarker]) -> Series {
    let Some(forecast) = &progress.forecast else {
        return Series::default();
    };
    let start = forecast.origin;
    let end_year = targets
        .iter()
        .map(|t| t.year)
        .max()
        .unwrap_or(progress.as_of.year());
    let end = NaiveDate::from_ymd_opt(end_year, 12, 31)
        .unwrap_or(progress.as_of)
        .max(progress.as_of);
    Series {
        points: vec![
            [day_number(start), forecast.value_at(start)],
            [day_number(end), forecast.value_at(end)],
        ],
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::charts::series::from_day_number;
    use crate::model::{Baseline, MeasureUnit, Measurement, Pillar, Target};
    use crate::progress::evaluate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn trajectory_has_every_part() {
        let mut indicator = Indicator::new(
            "a",
            "Tỷ lệ",
            Pillar::DigitalGovernment,
            MeasureUnit::Percent,
        );
        indicator.baseline = Some(Baseline {
            date: date(2022, 12, 31),
            value: 20.0,
        });
        indicator.targets = vec![Target::new(2025, 60.0), Target::new(2030, 80.0)];
        indicator.measurements = vec![
            Measurement::new(date(2023, 12, 31), 30.0),
            Measurement::new(date(2024, 12, 31), 40.0),
        ];
        let as_of = date(2026, 3, 31);
        let spec = trajectory(&indicator, &evaluate(&indicator, as_of), "%");
        assert_eq!(spec.measured.points.len(), 2);
        assert_eq!(spec.baseline, Some([day_number(date(2022, 12, 31)), 20.0]));
        assert_eq!(spec.targets.len(), 2);
        assert_eq!(spec.targets[0].day, day_number(date(2025, 12, 31)));
        assert_eq!(spec.targets[0].met, Some(false), "2025 is over and 40 < 60");
        assert_eq!(spec.targets[1].met, None);
        assert_eq!(
            spec.planned.points,
            vec![
                [day_number(date(2022, 12, 31)), 20.0],
                [day_number(date(2025, 12, 31)), 60.0],
                [day_number(date(2030, 12, 31)), 80.0]
            ]
        );
        let last = spec.forecast.points.last().unwrap();
        assert_eq!(last[0], day_number(date(2030, 12, 31)));
        assert!(
            (last[1] - 100.0).abs() < 1.0,
            "10 points a year from 20 in 2022: {last:?}"
        );
        assert_eq!(spec.as_of_day, day_number(as_of));
        assert!(spec.value_range[1] >= 100.0);
        assert_eq!(from_day_number(spec.as_of_day), Some(as_of));
    }

    #[test]
    fn a_per_year_trajectory_is_drawn_year_by_year() {
        let mut indicator = Indicator::new(
            "meetings",
            "Số cuộc họp",
            Pillar::Foundation,
            MeasureUnit::Count {
                word: "cuộc".to_owned(),
            },
        );
        indicator.accumulation = crate::model::Accumulation::PerYear;
        indicator.baseline = Some(Baseline {
            date: date(2024, 12, 31),
            value: 3.0,
        });
        indicator.targets = vec![Target::new(2025, 4.0)];
        indicator.measurements = vec![
            Measurement::new(date(2026, 3, 31), 1.0),
            Measurement::new(date(2025, 6, 30), 2.0),
            Measurement::new(date(2025, 12, 31), 4.0),
        ];
        let as_of = date(2026, 3, 31);
        let spec = trajectory(&indicator, &evaluate(&indicator, as_of), "cuộc");
        assert_eq!(spec.measured_runs, vec![0..2, 2..3], "one line per year");
        assert_eq!(spec.baseline, None, "no baseline-to-target path");
        let years: Vec<(i32, f64, Option<bool>)> = spec
            .targets
            .iter()
            .map(|t| (t.year, t.value, t.met))
            .collect();
        assert_eq!(years, vec![(2025, 4.0, Some(true)), (2026, 4.0, None)]);
        assert_eq!(
            spec.planned.points,
            vec![
                [day_number(date(2025, 12, 31)), 0.0],
                [day_number(date(2026, 12, 31)), 4.0]
            ],
            "this year's path from 0 to its target"
        );
        let forecast = &spec.forecast.points;
        assert_eq!(forecast[0][0], day_number(date(2025, 12, 31)));
        assert_eq!(
            forecast[1][0],
            day_number(date(2026, 12, 31)),
            "not past the year"
        );
    }
}
