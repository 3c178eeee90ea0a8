#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! No plan scores above the maximum or below zero, and a better value never lowers a criterion's
//! points, for every criterion of the bundled index.

use chrono::NaiveDate;
use lotrinh::catalog;
use lotrinh::model::{AdminUnit, Direction, Measurement, Project};
use lotrinh::scoring::{bundled_index, score_criterion, score_plan};
use proptest::prelude::*;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
}

/// The commune catalogue's plan with one value per indicator from `values` (scaled to its unit).
fn plan_with(values: &[f64]) -> Project {
    let mut project =
        catalog::new_project(catalog::catalog("commune"), AdminUnit::default(), as_of());
    for (indicator, value) in project.indicators.iter_mut().zip(values.iter().cycle()) {
        let value = if indicator.unit.is_yes_no() {
            value.round().clamp(0.0, 1.0)
        } else if indicator.unit.is_percent() {
            value * 100.0
        } else {
            (value * 30.0).round()
        };
        indicator.measurements = vec![Measurement::new(as_of(), value)];
    }
    project
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scores_stay_between_zero_and_the_maximum(values in prop::collection::vec(0.0f64..=1.0, 1..80)) {
        let index = bundled_index().unwrap();
        let card = score_plan(&index, &plan_with(&values), None);
        prop_assert!(card.total_cents >= 0 && card.total_cents <= card.max_cents);
        for group in &card.groups {
            for line in &group.criteria {
                prop_assert!(line.outcome.cents >= 0 && line.outcome.cents <= line.max_cents, "{line:?}");
            }
        }
        prop_assert!((0.0..=1.0).contains(&card.index_value()));
    }

    #[test]
    fn a_better_value_never_lowers_a_criterion(a in 0.0f64..=1.0, b in 0.0f64..=1.0) {
        let index = bundled_index().unwrap();
        let project = plan_with(&[0.0]);
        for (_, criterion) in index.criteria() {
            let Some(id) = criterion.rule.indicator() else { continue };
            let mut indicator = project.indicator(id).unwrap().clone();
            let scale = |v: f64| if indicator.unit.is_yes_no() { v.round() } else if indicator.unit.is_percent() { v * 100.0 } else { (v * 30.0).round() };
            let (low, high) = (scale(a.min(b)), scale(a.max(b)));
            let (worse, better) = match indicator.judged_direction() {
                Direction::HigherIsBetter => (low, high),
                Direction::LowerIsBetter => (high, low),
            };
            indicator.measurements = vec![Measurement::new(as_of(), worse)];
            let worse_points = score_criterion(criterion, Some(&indicator), 2025, as_of(), None).cents;
            indicator.measurements = vec![Measurement::new(as_of(), better)];
            let better_points = score_criterion(criterion, Some(&indicator), 2025, as_of(), None).cents;
            prop_assert!(better_points >= worse_points, "{}: {worse} → {worse_points}, {better} → {better_points}", criterion.id);
        }
    }
}
