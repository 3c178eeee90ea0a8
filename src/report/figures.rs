//! The figure of the appendix table that the progress engine does not give directly: the plan of
//! a year (its target, else the point on the planned path at 31 December; for a per-year total the
//! target of its year), shown in a column named as the year's plan. "So với chỉ tiêu" is not
//! computed against it: every table gives the engine's share of the current target.

use chrono::NaiveDate;

use crate::model::Indicator;
use crate::progress::{IndicatorProgress, target_for_year};

/// The plan for `year`: the target of that year, else the planned path (baseline → each target
/// in turn, straight lines) at 31 December; `None` before the baseline or after the last target.
pub fn plan_for_year(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    year: i32,
) -> Option<f64> {
    if indicator.is_per_year() {
        // A per-year total has the target of its year, or the latest earlier one.
        return target_for_year(indicator, year).map(|t| t.value);
    }
    if let Some(target) = indicator.target_for_year(year) {
        return Some(target.value);
    }
    let day = NaiveDate::from_ymd_opt(year, 12, 31)?;
    let baseline = progress.baseline?;
    let mut previous = (baseline.date, baseline.value);
    for target in indicator.sorted_targets() {
        let deadline = target.deadline();
        if deadline <= previous.0 {
            continue;
        }
        if day <= deadline {
            if day < previous.0 {
                return None;
            }
            let span = (deadline - previous.0).num_days() as f64;
            let done = (day - previous.0).num_days() as f64;
            return Some(previous.1 + (target.value - previous.1) * done / span.max(1.0));
        }
        previous = (deadline, target.value);
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{Baseline, Direction, MeasureUnit, Pillar, Target};
    use crate::progress::evaluate;
    use crate::progress::share_of_target;

    fn indicator() -> Indicator {
        let mut indicator =
            Indicator::new("a", "A", Pillar::DigitalGovernment, MeasureUnit::Percent);
        indicator.baseline = Some(Baseline {
            date: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
            value: 40.0,
        });
        indicator.targets = vec![Target::new(2025, 70.0), Target::new(2030, 100.0)];
        indicator
    }

    #[test]
    fn the_plan_of_a_year_is_its_target_or_the_planned_path() {
        let indicator = indicator();
        let progress = evaluate(&indicator, NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
        let plan = |year| plan_for_year(&indicator, &progress, year);
        assert_eq!(plan(2025), Some(70.0));
        let mid = plan(2024).unwrap();
        assert!((mid - 60.0).abs() < 0.1, "two thirds of the way: {mid}");
        let after = plan(2026).unwrap();
        assert!((after - 76.0).abs() < 0.1, "a fifth of 2025→2030: {after}");
        assert_eq!(plan(2021), None);
        assert_eq!(plan(2031), None);
    }

    #[test]
    fn share_only_where_a_ratio_means_something() {
        let mut indicator = indicator();
        assert_eq!(share_of_target(&indicator, 35.0, 70.0), Some(0.5));
        assert_eq!(share_of_target(&indicator, 35.0, 0.0), None);
        indicator.direction = Direction::LowerIsBetter;
        assert_eq!(share_of_target(&indicator, 35.0, 70.0), None);
        indicator.direction = Direction::HigherIsBetter;
        indicator.unit = MeasureUnit::YesNo;
        assert_eq!(share_of_target(&indicator, 1.0, 1.0), None);
    }
}
