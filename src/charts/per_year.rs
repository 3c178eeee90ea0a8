//! The trajectory of a per-year indicator: each year's year-to-date values as their own line,
//! each year's target at its 31 December, and for the reporting year the path from 0 on
//! 1 January to the target and the trend to 31 December. No baseline-to-2030 path: a count that
//! starts again every year has none.

use chrono::{Datelike as _, NaiveDate};

use super::series::{Series, day_number};
use crate::model::Measurement;
use crate::progress::IndicatorProgress;

/// The index ranges of `measurements` (sorted by date) that belong to one year each.
pub fn year_runs(measurements: &[Measurement]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for index in 1..=measurements.len() {
        let year = |i: usize| measurements.get(i).map(Measurement::year);
        if index == measurements.len() || year(index) != year(start) {
            runs.push(start..index);
            start = index;
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// 31 December of the year before `year`: where a year-to-date count is 0.
fn year_start(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year - 1, 12, 31)
}

/// The reporting year's planned path: 0 at its start, the year's target on 31 December.
pub fn planned(progress: &IndicatorProgress) -> Series {
    let Some(target) = &progress.current_target else {
        return Series::default();
    };
    let Some(start) = year_start(target.year) else {
        return Series::default();
    };
    Series {
        points: vec![
            [day_number(start), 0.0],
            [day_number(target.deadline()), target.value],
        ],
    }
}

/// The reporting year's trend, from its start to 31 December of the same year.
pub fn forecast(progress: &IndicatorProgress) -> Series {
    let Some(forecast) = &progress.forecast else {
        return Series::default();
    };
    let Some(end) = NaiveDate::from_ymd_opt(progress.as_of.year(), 12, 31) else {
        return Series::default();
    };
    Series {
        points: vec![
            [
                day_number(forecast.origin),
                forecast.value_at(forecast.origin),
            ],
            [day_number(end), forecast.value_at(end)],
        ],
    }
}
