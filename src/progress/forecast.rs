//! A least-squares line through the baseline and the measurements, projected to each target.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::model::{Direction, Indicator};

/// Days in an average year, used to turn the slope into a change per year.
pub(super) const DAYS_PER_YEAR: f64 = 365.25;

/// Projections further than this many years ahead are reported as "not at the current pace".
const HORIZON_YEARS: f64 = 100.0;

/// The trend of an indicator: value = `intercept` + `slope_per_day` × days since `origin`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Forecast {
    /// Day zero of the line.
    pub origin: NaiveDate,
    /// Value of the line at `origin`.
    pub intercept: f64,
    /// Change per day.
    pub slope_per_day: f64,
    /// Change per year (365.25 days).
    pub slope_per_year: f64,
    /// Number of points the line was fitted to.
    pub point_count: usize,
    /// The projection at each target's deadline, in year order.
    pub targets: Vec<TargetForecast>,
}

impl Forecast {
    /// The value of the trend line on `date`.
    pub fn value_at(&self, date: NaiveDate) -> f64 {
        self.intercept + self.slope_per_day * (date - self.origin).num_days() as f64
    }
}

/// The forecast for one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetForecast {
    /// The milestone year.
    pub year: i32,
    /// The target value.
    pub target: f64,
    /// The trend's value on 31 December of `year`.
    pub projected: f64,
    /// True when the projected value meets the target.
    pub will_meet: bool,
    /// The date the trend reaches the target; `None` when it never does at the current pace.
    pub reach_date: Option<NaiveDate>,
}

/// Fits a least-squares line through the baseline and every measurement dated on or before
/// `as_of`. Needs at least two points on different days.
pub fn forecast(indicator: &Indicator, as_of: NaiveDate) -> Option<Forecast> {
    let mut points: Vec<(NaiveDate, f64)> = indicator
        .measurements
        .iter()
        .filter(|m| m.date <= as_of)
        .map(|m| (m.date, m.value))
        .collect();
    if let Some(base) = indicator.baseline {
        points.push((base.date, base.value));
    }
    let origin = points.iter().map(|(date, _)| *date).min()?;
    let (intercept, slope_per_day) = least_squares(&points, origin)?;
    let mut line = Forecast {
        origin,
        intercept,
        slope_per_day,
        slope_per_year: slope_per_day * DAYS_PER_YEAR,
        point_count: points.len(),
        targets: Vec::new(),
    };
    line.targets = indicator
        .sorted_targets()
        .iter()
        .map(|target| {
            let projected = line.value_at(target.deadline());
            TargetForecast {
                year: target.year,
                target: target.value,
                projected,
                will_meet: indicator.meets(projected, target.value),
                reach_date: reach_date(&line, indicator.judged_direction(), target.value),
            }
        })
        .collect();
    Some(line)
}

/// Intercept at `origin` and slope per day of the least-squares line, or `None` when all points
/// fall on one day (or there are fewer than two).
pub(super) fn least_squares(points: &[(NaiveDate, f64)], origin: NaiveDate) -> Option<(f64, f64)> {
    if points.len() < 2 {
        return None;
    }
    let count = points.len() as f64;
    let xs: Vec<f64> = points
        .iter()
        .map(|(date, _)| (*date - origin).num_days() as f64)
        .collect();
    let mean_x = xs.iter().sum::<f64>() / count;
    let mean_y = points.iter().map(|(_, y)| y).sum::<f64>() / count;
    let mut covariance = 0.0;
    let mut variance = 0.0;
    for (x, (_, y)) in xs.iter().zip(points) {
        covariance += (x - mean_x) * (y - mean_y);
        variance += (x - mean_x) * (x - mean_x);
    }
    if variance < 1e-9 {
        return None;
    }
    let slope = covariance / variance;
    Some((mean_y - slope * mean_x, slope))
}

/// The date the line reaches `target` while improving in `direction`; `None` when it is not
/// improving or would take longer than the horizon.
pub(super) fn reach_date(line: &Forecast, direction: Direction, target: f64) -> Option<NaiveDate> {
    let improving = match direction {
        Direction::HigherIsBetter => line.slope_per_day > 1e-12,
        Direction::LowerIsBetter => line.slope_per_day < -1e-12,
    };
    if !improving {
        return None;
    }
    let days = (target - line.intercept) / line.slope_per_day;
    if !days.is_finite() || days > HORIZON_YEARS * DAYS_PER_YEAR {
        return None;
    }
    if days <= 0.0 {
        return Some(line.origin);
    }
    line.origin.checked_add_days(Days::new(days.ceil() as u64))
}
