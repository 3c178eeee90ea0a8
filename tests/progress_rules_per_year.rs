#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]
//! Table-driven tests of per-year indicators (`accumulation: PerYear`): year-to-date values over
//! two years, the target of each year (its own or the latest earlier one), expected progress as
//! the share of the year elapsed, a verdict per year on 31 December, and a forecast that stays
//! within the year.

use chrono::NaiveDate;
use lotrinh::model::{
    Accumulation, Direction, Indicator, MeasureUnit, Measurement, Pillar, Target,
};
use lotrinh::progress::{Status, Verdict, evaluate};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// Share of year `year` elapsed at `as_of`, computed independently of the engine.
fn year_share(year: i32, as_of: NaiveDate) -> f64 {
    let start = d(year - 1, 12, 31);
    (as_of - start).num_days() as f64 / (d(year, 12, 31) - start).num_days() as f64
}

/// Steering-committee meetings: 4 a year from 2025 (none before), 6 a year from 2027.
fn meetings(values: &[(NaiveDate, f64)]) -> Indicator {
    let mut indicator = Indicator::new(
        "steering_meetings",
        "Số cuộc họp Ban Chỉ đạo trong năm",
        Pillar::Foundation,
        MeasureUnit::Count {
            word: "cuộc".to_owned(),
        },
    );
    indicator.accumulation = Accumulation::PerYear;
    indicator.targets = vec![Target::new(2025, 4.0), Target::new(2027, 6.0)];
    indicator.measurements = values
        .iter()
        .map(|&(date, value)| Measurement::new(date, value))
        .collect();
    indicator
}

/// The values of two years: 2025 reaches 3 (a miss), 2026 starts again at 1 and reaches 4.
fn two_years() -> Vec<(NaiveDate, f64)> {
    vec![
        (d(2025, 3, 31), 1.0),
        (d(2025, 6, 30), 2.0),
        (d(2025, 9, 30), 3.0),
        (d(2026, 3, 31), 1.0),
        (d(2026, 9, 30), 4.0),
    ]
}

#[test]
fn year_to_date_values_across_two_years() {
    struct Row {
        as_of: NaiveDate,
        latest: Option<f64>,
        target: Option<(i32, f64)>,
        status: Status,
        last: Option<(i32, Verdict)>,
    }
    let rows = [
        Row {
            // Before every target: no target applies to 2024.
            as_of: d(2024, 6, 30),
            latest: None,
            target: None,
            status: Status::NoData,
            last: None,
        },
        Row {
            // Two meetings at 30 June of a 4-a-year target: on track.
            as_of: d(2025, 6, 30),
            latest: Some(2.0),
            target: Some((2025, 4.0)),
            status: Status::OnTrack,
            last: None,
        },
        Row {
            as_of: d(2025, 11, 30),
            latest: Some(3.0),
            target: Some((2025, 4.0)),
            status: Status::Behind,
            last: None,
        },
        Row {
            // The deadline day: three meetings in 2025 miss the four.
            as_of: d(2025, 12, 31),
            latest: Some(3.0),
            target: Some((2025, 4.0)),
            status: Status::Missed,
            last: Some((2025, Verdict::Missed)),
        },
        Row {
            // A new year: the 2025 total does not count for 2026.
            as_of: d(2026, 1, 15),
            latest: None,
            target: Some((2026, 4.0)),
            status: Status::NoData,
            last: Some((2025, Verdict::Missed)),
        },
        Row {
            // 2026 has no target of its own: the latest earlier one (2025's four) applies.
            as_of: d(2026, 3, 31),
            latest: Some(1.0),
            target: Some((2026, 4.0)),
            status: Status::OnTrack,
            last: Some((2025, Verdict::Missed)),
        },
        Row {
            as_of: d(2026, 6, 30),
            latest: Some(1.0),
            target: Some((2026, 4.0)),
            status: Status::AtRisk,
            last: Some((2025, Verdict::Missed)),
        },
        Row {
            as_of: d(2026, 9, 30),
            latest: Some(4.0),
            target: Some((2026, 4.0)),
            status: Status::Achieved,
            last: Some((2025, Verdict::Missed)),
        },
        Row {
            // 2026 judged on its own total, then 2027 has its own target of six.
            as_of: d(2027, 2, 1),
            latest: None,
            target: Some((2027, 6.0)),
            status: Status::NoData,
            last: Some((2026, Verdict::Achieved)),
        },
    ];
    let indicator = meetings(&two_years());
    for row in rows {
        let result = evaluate(&indicator, row.as_of);
        let at = row.as_of;
        assert_eq!(result.latest.map(|p| p.value), row.latest, "{at}: latest");
        assert_eq!(
            result.current_target.as_ref().map(|t| (t.year, t.value)),
            row.target,
            "{at}: target"
        );
        assert_eq!(result.status, row.status, "{at}: status");
        assert_eq!(
            result.last_verdict.as_ref().map(|v| (v.year, v.verdict)),
            row.last,
            "{at}: last verdict"
        );
        if let (Some(value), Some((year, target))) = (row.latest, row.target) {
            let progress = result.progress_raw.unwrap();
            assert!(
                (progress - value / target).abs() < 1e-12,
                "{at}: value ÷ target"
            );
            assert_eq!(result.share_of_target, result.progress_raw, "{at}");
            let expected = result.expected.unwrap();
            assert!(
                (expected - year_share(year, at)).abs() < 1e-12,
                "{at}: {expected}"
            );
        }
    }
}

#[test]
fn every_year_with_a_target_gets_its_own_verdict() {
    let result = evaluate(&meetings(&two_years()), d(2027, 12, 31));
    let verdicts: Vec<(i32, f64, Verdict, Option<f64>)> = result
        .verdicts
        .iter()
        .map(|v| (v.year, v.target, v.verdict, v.judged.map(|p| p.value)))
        .collect();
    assert_eq!(
        verdicts,
        vec![
            (2025, 4.0, Verdict::Missed, Some(3.0)),
            (2026, 4.0, Verdict::Achieved, Some(4.0)),
            (2027, 6.0, Verdict::NoData, None),
        ]
    );
    for verdict in &result.verdicts {
        assert_eq!(verdict.deadline, d(verdict.year, 12, 31));
    }
}

#[test]
fn the_forecast_stays_within_the_year() {
    let indicator = meetings(&two_years());
    let mid_2025 = evaluate(&indicator, d(2025, 6, 30));
    let forecast = mid_2025.forecast.unwrap();
    assert_eq!(
        forecast.origin,
        d(2024, 12, 31),
        "starts from 0 on 1 January"
    );
    assert_eq!(
        forecast.point_count, 3,
        "0 on 1 January and the two 2025 values"
    );
    assert_eq!(forecast.targets.len(), 1);
    let year_end = &forecast.targets[0];
    assert_eq!((year_end.year, year_end.target), (2025, 4.0));
    assert!((year_end.projected - 4.0).abs() < 0.1, "{year_end:?}");
    assert!(
        year_end
            .reach_date
            .is_none_or(|date| date <= d(2025, 12, 31))
    );
    // In 2026 the 2025 values play no part.
    let early_2026 = evaluate(&indicator, d(2026, 3, 31));
    let forecast = early_2026.forecast.unwrap();
    assert_eq!(forecast.origin, d(2025, 12, 31));
    assert_eq!(forecast.point_count, 2);
    assert_eq!(forecast.targets[0].year, 2026);
    // No value in the year yet: no forecast.
    assert!(evaluate(&indicator, d(2026, 1, 15)).forecast.is_none());
}

#[test]
fn a_per_year_cap_exceeded_is_at_risk_until_the_year_is_judged() {
    let mut incidents = meetings(&[(d(2025, 3, 31), 1.0), (d(2025, 8, 31), 3.0)]);
    incidents.direction = Direction::LowerIsBetter;
    incidents.targets = vec![Target::new(2025, 2.0)];
    for (as_of, status) in [
        (d(2025, 3, 31), Status::Achieved),
        (d(2025, 8, 31), Status::AtRisk),
        (d(2025, 12, 31), Status::Missed),
    ] {
        assert_eq!(evaluate(&incidents, as_of).status, status, "{as_of}");
    }
}
