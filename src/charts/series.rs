//! The time axis every chart shares (day numbers since 1970-01-01) and a line of points on it,
//! apart from the charts that draw them so that the trajectory and its per-year variant both read
//! from here.

use chrono::NaiveDate;

/// Days since 1970-01-01: the x axis of every time chart.
pub fn day_number(date: NaiveDate) -> f64 {
    (date - NaiveDate::default()).num_days() as f64
}

/// The date of a day number (rounded), if representable.
pub fn from_day_number(day: f64) -> Option<NaiveDate> {
    if !day.is_finite() || day.abs() > 1.0e7 {
        return None;
    }
    NaiveDate::default().checked_add_signed(chrono::Duration::days(day.round() as i64))
}

/// A line of (day, value) points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The points, in date order.
    pub points: Vec<[f64; 2]>,
}
