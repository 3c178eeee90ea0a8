#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of the progress engine: monotone progress in the indicator's direction, clamped
//! progress and expected progress within 0–1, expected progress non-decreasing in time, Achieved
//! exactly when the current target is met, a status whenever there is something to judge, and
//! summary counts that add up; for per-year counts a larger year-to-date value never a lower
//! status; on a deadline day the status is the verdict; a level to keep is behind whatever the date.

use std::collections::BTreeMap;

use chrono::{Datelike as _, Days, NaiveDate};
use lotrinh::model::{
    AdminUnit, Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
};
use lotrinh::progress::{Status, evaluate, expected_progress, summarize};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;

fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(offset)
}

fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::HigherIsBetter),
        Just(Direction::LowerIsBetter)
    ]
}

fn unit() -> impl Strategy<Value = MeasureUnit> {
    prop_oneof![
        Just(MeasureUnit::Percent),
        Just(MeasureUnit::Count {
            word: "hồ sơ".to_owned()
        }),
        Just(MeasureUnit::Score { max: 100.0 }),
        Just(MeasureUnit::Money),
        Just(MeasureUnit::YesNo),
        Just(MeasureUnit::Rank),
    ]
}

fn pillar() -> impl Strategy<Value = Pillar> {
    proptest::sample::select(Pillar::ALL.to_vec())
}

/// Whole-number values, so that "meets" never falls inside the engine's 1e-9 tolerance.
fn whole() -> impl Strategy<Value = f64> {
    (-50i32..150).prop_map(f64::from)
}

/// An arbitrary indicator: any direction, unit and pillar; an optional baseline; up to four
/// targets in distinct years 2020–2032; up to six measurements over 2020–2032.
fn indicator() -> impl Strategy<Value = Indicator> {
    (
        direction(),
        unit(),
        pillar(),
        proptest::option::of((0u64..3000, whole())),
        btree_map(2020i32..2033, whole(), 0..4),
        vec((0u64..4700, whole()), 0..6),
    )
        .prop_map(
            |(direction, unit, pillar, baseline, targets, measurements)| {
                build(direction, unit, pillar, baseline, &targets, &measurements)
            },
        )
}

fn build(
    direction: Direction,
    unit: MeasureUnit,
    pillar: Pillar,
    baseline: Option<(u64, f64)>,
    targets: &BTreeMap<i32, f64>,
    measurements: &[(u64, f64)],
) -> Indicator {
    let mut indicator = Indicator::new("chi_tieu", "Chỉ tiêu", pillar, unit);
    indicator.direction = direction;
    indicator.baseline = baseline.map(|(offset, value)| Baseline {
        date: day(offset),
        value,
    });
    indicator.targets = targets.iter().map(|(&y, &v)| Target::new(y, v)).collect();
    indicator.measurements = measurements
        .iter()
        .map(|&(offset, value)| Measurement::new(day(offset), value))
        .collect();
    indicator
}

/// One ↑/↓ indicator with a baseline on 1/1/2020, one 2030 target on the good side of the
/// baseline (or equal to it) and one value measured at `as_of`.
fn single(
    direction: Direction,
    baseline: f64,
    target: f64,
    value: f64,
    as_of: NaiveDate,
) -> Indicator {
    let mut targets = BTreeMap::new();
    targets.insert(2030, target);
    let mut indicator = build(
        direction,
        MeasureUnit::Count {
            word: "lần".to_owned(),
        },
        Pillar::Foundation,
        Some((0, baseline)),
        &targets,
        &[],
    );
    indicator.measurements = vec![Measurement::new(as_of, value)];
    indicator
}

/// Improvement from baseline to target: zero (target = baseline) or a positive span.
fn span() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), 0.001f64..500.0]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn larger_value_never_lowers_progress_when_higher_is_better(
        baseline in -500.0f64..500.0,
        span in span(),
        a in -1000.0f64..1000.0,
        b in -1000.0f64..1000.0,
        offset in 0u64..4000,
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let as_of = day(offset);
        let target = baseline + span;
        let p_low = evaluate(&single(Direction::HigherIsBetter, baseline, target, low, as_of), as_of);
        let p_high = evaluate(&single(Direction::HigherIsBetter, baseline, target, high, as_of), as_of);
        if span == 0.0 {
            // A level to keep has no roadmap share (0/0) whatever the value.
            prop_assert!(p_low.keeps_level && p_high.keeps_level);
            prop_assert!(p_low.progress_raw.is_none() && p_high.progress_raw.is_none());
            return Ok(());
        }
        let (raw_low, raw_high) = (p_low.progress_raw.unwrap(), p_high.progress_raw.unwrap());
        prop_assert!(raw_low <= raw_high, "v {low} → {raw_low}, v {high} → {raw_high}");
        prop_assert!(p_low.progress.unwrap() <= p_high.progress.unwrap());
    }

    #[test]
    fn smaller_value_never_lowers_progress_when_lower_is_better(
        baseline in -500.0f64..500.0,
        span in span(),
        a in -1000.0f64..1000.0,
        b in -1000.0f64..1000.0,
        offset in 0u64..4000,
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let as_of = day(offset);
        let target = baseline - span;
        let p_low = evaluate(&single(Direction::LowerIsBetter, baseline, target, low, as_of), as_of);
        let p_high = evaluate(&single(Direction::LowerIsBetter, baseline, target, high, as_of), as_of);
        if span == 0.0 {
            // A level to keep has no roadmap share (0/0) whatever the value.
            prop_assert!(p_low.keeps_level && p_high.keeps_level);
            prop_assert!(p_low.progress_raw.is_none() && p_high.progress_raw.is_none());
            return Ok(());
        }
        let (raw_low, raw_high) = (p_low.progress_raw.unwrap(), p_high.progress_raw.unwrap());
        prop_assert!(raw_low >= raw_high, "v {low} → {raw_low}, v {high} → {raw_high}");
        prop_assert!(p_low.progress.unwrap() >= p_high.progress.unwrap());
    }

    #[test]
    fn clamped_progress_and_expected_stay_within_0_and_1(
        indicator in indicator(),
        offset in 0u64..4700,
    ) {
        let result = evaluate(&indicator, day(offset));
        if let Some(progress) = result.progress {
            prop_assert!((0.0..=1.0).contains(&progress), "progress {progress}");
            let raw = result.progress_raw.unwrap();
            prop_assert_eq!(progress, raw.clamp(0.0, 1.0));
        }
        prop_assert_eq!(result.progress.is_some(), result.progress_raw.is_some());
        if result.keeps_level {
            prop_assert!(result.progress.is_none(), "a level to keep has no roadmap share");
        }
        if let Some(expected) = result.expected {
            prop_assert!((0.0..=1.0).contains(&expected), "expected {expected}");
        }
    }

    #[test]
    fn expected_progress_is_within_0_and_1_and_non_decreasing(
        start in 0u64..4000,
        deadline in 0u64..4000,
        a in 0u64..5000,
        b in 0u64..5000,
    ) {
        let (early, late) = (day(a.min(b)), day(a.max(b)));
        let e_early = expected_progress(day(start), day(deadline), early);
        let e_late = expected_progress(day(start), day(deadline), late);
        prop_assert!((0.0..=1.0).contains(&e_early));
        prop_assert!((0.0..=1.0).contains(&e_late));
        prop_assert!(e_early <= e_late, "{e_early} at {early} > {e_late} at {late}");
    }

    #[test]
    fn expected_of_an_indicator_is_non_decreasing_in_as_of(
        direction in direction(),
        baseline_offset in 0u64..2000,
        target_year in 2020i32..2033,
        a in 0u64..4700,
        b in 0u64..4700,
        value in whole(),
    ) {
        let (early, late) = (day(a.min(b)), day(a.max(b)));
        let mut targets = BTreeMap::new();
        targets.insert(target_year, 100.0);
        // The value is measured on the first day, so both dates have a latest value.
        let indicator = build(
            direction,
            MeasureUnit::Percent,
            Pillar::Foundation,
            Some((baseline_offset, 50.0)),
            &targets,
            &[(0, value.clamp(0.0, 100.0))],
        );
        let e_early = evaluate(&indicator, early).expected.unwrap();
        let e_late = evaluate(&indicator, late).expected.unwrap();
        prop_assert!(e_early <= e_late, "{e_early} at {early} > {e_late} at {late}");
    }

    #[test]
    fn achieved_iff_the_latest_value_meets_the_current_target(
        indicator in indicator(),
        offset in 0u64..4700,
    ) {
        let as_of = day(offset);
        let result = evaluate(&indicator, as_of);
        let latest = indicator
            .measurements
            .iter()
            .filter(|m| m.date <= as_of)
            .max_by_key(|m| m.date)
            .map(|m| m.value);
        let years: Vec<i32> = indicator.targets.iter().map(|t| t.year).collect();
        let current_year = years
            .iter()
            .copied()
            .filter(|y| *y >= as_of.year())
            .min()
            .or_else(|| years.iter().copied().max());
        let current = current_year
            .and_then(|y| indicator.targets.iter().find(|t| t.year == y))
            .map(|t| t.value);
        prop_assert_eq!(result.current_target.as_ref().map(|t| t.value), current);
        let meets = match (latest, current) {
            (Some(v), Some(t)) => match indicator.judged_direction() {
                Direction::HigherIsBetter => v >= t,
                Direction::LowerIsBetter => v <= t,
            },
            _ => false,
        };
        prop_assert_eq!(result.status == Status::Achieved, meets, "{:?}", result);
        if result.exceeded {
            prop_assert_eq!(result.status, Status::Achieved);
        }
    }

    #[test]
    fn never_no_data_with_a_value_a_target_and_a_baseline(
        indicator in indicator(),
        offset in 0u64..4700,
    ) {
        let as_of = day(offset);
        let has_value = indicator.measurements.iter().any(|m| m.date <= as_of);
        let judgeable = has_value && !indicator.targets.is_empty() && indicator.baseline.is_some();
        let result = evaluate(&indicator, as_of);
        if judgeable {
            prop_assert_ne!(result.status, Status::NoData, "{:?}", result);
        }
        if !has_value || indicator.targets.is_empty() {
            prop_assert_eq!(result.status, Status::NoData);
        }
    }

    #[test]
    fn summary_counts_add_up_to_the_indicators(
        indicators in vec(indicator(), 0..12),
        offset in 0u64..4700,
    ) {
        let mut project = Project::new(AdminUnit::default(), day(offset));
        project.indicators = indicators
            .into_iter()
            .enumerate()
            .map(|(i, mut indicator)| {
                indicator.id = format!("chi_tieu_{i}");
                indicator
            })
            .collect();
        let summary = summarize(&project);
        let n = project.indicators.len();
        prop_assert_eq!(summary.indicators.len(), n);
        prop_assert_eq!(summary.total.total(), n);
        let pillar_sum: usize = summary.pillars.iter().map(|p| p.counts.total()).sum();
        prop_assert_eq!(pillar_sum, n);
        for pillar_summary in &summary.pillars {
            let in_pillar = project
                .indicators
                .iter()
                .filter(|i| i.pillar == pillar_summary.pillar)
                .count();
            prop_assert_eq!(pillar_summary.counts.total(), in_pillar);
            prop_assert!(in_pillar > 0);
            if let Some(mean) = pillar_summary.mean_progress {
                prop_assert!((0.0..=1.0 + 1e-12).contains(&mean), "mean {mean}");
            }
        }
        for status in Status::ALL {
            let by_hand = summary.indicators.iter().filter(|p| p.status == status).count();
            prop_assert_eq!(summary.total.count(status), by_hand);
        }
    }
}

/// A per-year count with a `target` for `year` and one year-to-date `value` at `as_of`.
fn per_year(direction: Direction, target: f64, value: f64, as_of: NaiveDate) -> Indicator {
    let mut targets = BTreeMap::new();
    targets.insert(as_of.year(), target);
    let mut indicator = build(
        direction,
        MeasureUnit::Count {
            word: "cuộc".to_owned(),
        },
        Pillar::Foundation,
        None,
        &targets,
        &[],
    );
    indicator.accumulation = lotrinh::model::Accumulation::PerYear;
    indicator.measurements = vec![Measurement::new(as_of, value)];
    indicator
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_larger_year_to_date_value_never_gives_a_lower_status(
        target in 1u32..50,
        a in 0u32..80,
        b in 0u32..80,
        offset in 0u64..4700,
    ) {
        let (low, high) = (f64::from(a.min(b)), f64::from(a.max(b)));
        let as_of = day(offset);
        let target = f64::from(target);
        let s_low = evaluate(&per_year(Direction::HigherIsBetter, target, low, as_of), as_of).status;
        let s_high = evaluate(&per_year(Direction::HigherIsBetter, target, high, as_of), as_of).status;
        // Status::ALL runs from best to worst, and Status orders the same way.
        prop_assert!(s_high <= s_low, "{high} → {s_high:?}, {low} → {s_low:?}");
        prop_assert_ne!(s_low, Status::NoData);
        // Downwards (a cap), a smaller total is never worse.
        let c_low = evaluate(&per_year(Direction::LowerIsBetter, target, low, as_of), as_of).status;
        let c_high = evaluate(&per_year(Direction::LowerIsBetter, target, high, as_of), as_of).status;
        prop_assert!(c_low <= c_high, "{low} → {c_low:?}, {high} → {c_high:?}");
    }

    #[test]
    fn on_the_deadline_day_the_status_is_the_verdict(
        indicator in indicator(),
        year in 2020i32..2033,
    ) {
        let deadline = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
        let result = evaluate(&indicator, deadline);
        if let Some(target) = result.current_target.as_ref().filter(|t| t.year == year) {
            let verdict = result.verdicts.iter().find(|v| v.year == target.year).unwrap();
            let expected = match verdict.verdict {
                lotrinh::progress::Verdict::Achieved => Status::Achieved,
                lotrinh::progress::Verdict::Missed => Status::Missed,
                lotrinh::progress::Verdict::NoData => Status::NoData,
                lotrinh::progress::Verdict::Pending => panic!("judged on its deadline day"),
            };
            prop_assert_eq!(result.status, expected, "{:?}", result);
            prop_assert_eq!(result.exceeded, verdict.exceeded);
        }
    }

    #[test]
    fn a_level_to_keep_has_one_status_before_its_deadline(
        direction in direction(),
        level in 0i32..100,
        miss in 1i32..20,
        a in 0u64..364,
        b in 0u64..364,
    ) {
        // Kept from 31/12/2024 for 2025, measured off the level on 1/1/2025.
        let level = f64::from(level);
        let value = match direction {
            Direction::HigherIsBetter => level - f64::from(miss),
            Direction::LowerIsBetter => level + f64::from(miss),
        };
        let mut targets = BTreeMap::new();
        targets.insert(2025, level);
        let mut indicator = build(direction, MeasureUnit::Percent, Pillar::Foundation, None, &targets, &[]);
        indicator.baseline = Some(Baseline { date: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(), value: level });
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        indicator.measurements = vec![Measurement::new(start, value)];
        let s_a = evaluate(&indicator, start + Days::new(a)).status;
        let s_b = evaluate(&indicator, start + Days::new(b)).status;
        prop_assert_eq!(s_a, Status::Behind);
        prop_assert_eq!(s_b, Status::Behind);
    }
}
