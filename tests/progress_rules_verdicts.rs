#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]
//! Table-driven tests of the rules of issue 10: a milestone is judged on its deadline day and its
//! verdict stays visible beside the next target's status; a level to keep is behind until its
//! deadline and missed once judged; a rank is lower-is-better however it is written; "so với chỉ
//! tiêu" is value ÷ target for the kinds that have it.

use chrono::NaiveDate;
use lotrinh::model::{Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Target};
use lotrinh::progress::{Status, Verdict, evaluate};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn indicator(
    unit: MeasureUnit,
    direction: Direction,
    baseline: (NaiveDate, f64),
    targets: &[(i32, f64)],
    values: &[(NaiveDate, f64)],
) -> Indicator {
    let mut indicator = Indicator::new("chi_tieu", "Chỉ tiêu thử", Pillar::DigitalGovernment, unit);
    indicator.direction = direction;
    indicator.baseline = Some(Baseline {
        date: baseline.0,
        value: baseline.1,
    });
    indicator.targets = targets.iter().map(|&(y, v)| Target::new(y, v)).collect();
    indicator.measurements = values
        .iter()
        .map(|&(date, value)| Measurement::new(date, value))
        .collect();
    indicator
}

/// A percent from 20 % (1/1/2020) to 60 % in 2025 and 90 % in 2030.
fn percent(values: &[(NaiveDate, f64)]) -> Indicator {
    indicator(
        MeasureUnit::Percent,
        Direction::HigherIsBetter,
        (d(2020, 1, 1), 20.0),
        &[(2025, 60.0), (2030, 90.0)],
        values,
    )
}

#[test]
fn a_milestone_is_judged_on_its_deadline_day_and_its_verdict_stays_beside_the_next() {
    struct Row {
        name: &'static str,
        values: Vec<(NaiveDate, f64)>,
        as_of: NaiveDate,
        status: Status,
        exceeded: bool,
        last: Option<(i32, Verdict)>,
        beside: Option<i32>,
    }
    let rows = [
        Row {
            name: "the day before the deadline: not yet judged",
            values: vec![(d(2025, 12, 30), 55.0)],
            as_of: d(2025, 12, 30),
            status: Status::Behind,
            exceeded: false,
            last: None,
            beside: None,
        },
        Row {
            name: "the deadline day: Không đạt, and the status is the verdict",
            values: vec![(d(2025, 12, 31), 55.0)],
            as_of: d(2025, 12, 31),
            status: Status::Missed,
            exceeded: false,
            last: Some((2025, Verdict::Missed)),
            beside: None,
        },
        Row {
            name: "the deadline day: Đạt",
            values: vec![(d(2025, 12, 31), 60.0)],
            as_of: d(2025, 12, 31),
            status: Status::Achieved,
            exceeded: false,
            last: Some((2025, Verdict::Achieved)),
            beside: None,
        },
        Row {
            name: "the deadline day: Vượt",
            values: vec![(d(2025, 9, 30), 65.0)],
            as_of: d(2025, 12, 31),
            status: Status::Achieved,
            exceeded: true,
            last: Some((2025, Verdict::Achieved)),
            beside: None,
        },
        Row {
            name: "the deadline day without a value: Chưa có số liệu",
            values: vec![(d(2026, 1, 15), 70.0)],
            as_of: d(2025, 12, 31),
            status: Status::NoData,
            exceeded: false,
            last: Some((2025, Verdict::NoData)),
            beside: None,
        },
        Row {
            name: "the day after: the 2030 target leads, the 2025 miss is beside it",
            values: vec![(d(2025, 12, 31), 55.0)],
            as_of: d(2026, 1, 1),
            status: Status::OnTrack,
            exceeded: false,
            last: Some((2025, Verdict::Missed)),
            beside: Some(2025),
        },
        Row {
            name: "a later value does not change the 2025 verdict",
            values: vec![(d(2025, 12, 31), 55.0), (d(2026, 3, 31), 70.0)],
            as_of: d(2026, 6, 30),
            status: Status::OnTrack,
            exceeded: false,
            last: Some((2025, Verdict::Missed)),
            beside: Some(2025),
        },
        Row {
            name: "after the last milestone the status is its verdict: nothing beside",
            values: vec![(d(2030, 12, 31), 85.0)],
            as_of: d(2031, 3, 31),
            status: Status::Missed,
            exceeded: false,
            last: Some((2030, Verdict::Missed)),
            beside: None,
        },
    ];
    for row in rows {
        let result = evaluate(&percent(&row.values), row.as_of);
        let name = row.name;
        assert_eq!(result.status, row.status, "{name}: status");
        assert_eq!(result.exceeded, row.exceeded, "{name}: exceeded");
        assert_eq!(
            result.last_verdict.as_ref().map(|v| (v.year, v.verdict)),
            row.last,
            "{name}: last verdict"
        );
        assert_eq!(
            result.verdict_beside().map(|v| v.year),
            row.beside,
            "{name}: verdict beside"
        );
        assert_eq!(
            result.needs_attention(),
            result.status.needs_attention() || row.last.is_some_and(|l| l.1 == Verdict::Missed),
            "{name}: attention"
        );
    }
}

#[test]
fn a_level_to_keep_is_behind_until_its_deadline_and_missed_once_judged() {
    // "Duy trì 100 %": 100 % at the end of 2024, 100 % to keep in 2025, 99.5 % measured.
    let keep = |unit: MeasureUnit, direction, level: f64, value: f64| {
        indicator(
            unit,
            direction,
            (d(2024, 12, 31), level),
            &[(2025, level)],
            &[(d(2025, 1, 15), value)],
        )
    };
    let cases = [
        (
            "keep 100 %",
            keep(MeasureUnit::Percent, Direction::HigherIsBetter, 100.0, 99.5),
        ),
        (
            "keep 0 incidents",
            keep(
                MeasureUnit::Count {
                    word: "sự cố".to_owned(),
                },
                Direction::LowerIsBetter,
                0.0,
                1.0,
            ),
        ),
    ];
    for (name, indicator) in cases {
        for (as_of, status) in [
            (d(2025, 1, 15), Status::Behind),
            (d(2025, 1, 31), Status::Behind),
            (d(2025, 6, 30), Status::Behind),
            (d(2025, 11, 30), Status::Behind),
            (d(2025, 12, 30), Status::Behind),
            (d(2025, 12, 31), Status::Missed),
            (d(2026, 1, 1), Status::Missed),
        ] {
            let result = evaluate(&indicator, as_of);
            assert_eq!(result.status, status, "{name} at {as_of}");
            assert_eq!(
                result.progress, None,
                "{name} at {as_of}: 0/0, no roadmap share"
            );
            assert!(result.keeps_level, "{name} at {as_of}");
        }
    }
}

#[test]
fn a_rank_is_lower_is_better_however_it_is_written() {
    // Rank 40 at the start, "nhóm 20" in 2025.
    let rank = |direction, value: f64| {
        indicator(
            MeasureUnit::Rank,
            direction,
            (d(2020, 1, 1), 40.0),
            &[(2025, 20.0)],
            &[(d(2023, 1, 1), value)],
        )
    };
    for (value, status, exceeded, raw) in [
        (30.0, Status::OnTrack, false, 0.5),
        (20.0, Status::Achieved, false, 1.0),
        (15.0, Status::Achieved, true, 1.25),
        (45.0, Status::AtRisk, false, -0.25),
        (71.0, Status::AtRisk, false, -1.55),
    ] {
        for written in [Direction::LowerIsBetter, Direction::HigherIsBetter] {
            let result = evaluate(&rank(written, value), d(2023, 1, 1));
            let name = format!("rank {value} written {written:?}");
            assert_eq!(result.status, status, "{name}");
            assert_eq!(result.exceeded, exceeded, "{name}");
            assert!((result.progress_raw.unwrap() - raw).abs() < 1e-9, "{name}");
            assert_eq!(result.share_of_target, None, "{name}: no so-với-chỉ-tiêu");
        }
    }
    let judged = evaluate(&rank(Direction::HigherIsBetter, 21.0), d(2026, 1, 1));
    assert_eq!(
        judged.last_verdict.map(|v| v.verdict),
        Some(Verdict::Missed),
        "rank 21 misses nhóm 20"
    );
}

#[test]
fn share_of_target_is_value_over_target_for_the_kinds_that_have_it() {
    let count = MeasureUnit::Count {
        word: "tổ".to_owned(),
    };
    let cases = [
        (
            "percent 83.1 of 80: unclamped",
            MeasureUnit::Percent,
            Direction::HigherIsBetter,
            83.1,
            80.0,
            Some(83.1 / 80.0),
        ),
        (
            "percent 78.5 of 80",
            MeasureUnit::Percent,
            Direction::HigherIsBetter,
            78.5,
            80.0,
            Some(78.5 / 80.0),
        ),
        (
            "count",
            count.clone(),
            Direction::HigherIsBetter,
            9.0,
            12.0,
            Some(0.75),
        ),
        (
            "money",
            MeasureUnit::Money,
            Direction::HigherIsBetter,
            5.0e8,
            1.0e9,
            Some(0.5),
        ),
        (
            "score",
            MeasureUnit::Score { max: 1.0 },
            Direction::HigherIsBetter,
            0.6,
            0.8,
            Some(0.75),
        ),
        (
            "lower is better",
            count,
            Direction::LowerIsBetter,
            5.0,
            2.0,
            None,
        ),
        (
            "rank",
            MeasureUnit::Rank,
            Direction::LowerIsBetter,
            25.0,
            20.0,
            None,
        ),
        (
            "yes/no",
            MeasureUnit::YesNo,
            Direction::HigherIsBetter,
            0.0,
            1.0,
            None,
        ),
        (
            "a zero target has no share",
            MeasureUnit::Percent,
            Direction::HigherIsBetter,
            5.0,
            0.0,
            None,
        ),
    ];
    for (name, unit, direction, value, target, expected) in cases {
        let indicator = indicator(
            unit,
            direction,
            (d(2020, 1, 1), 0.0),
            &[(2025, target)],
            &[(d(2024, 12, 31), value)],
        );
        let share = evaluate(&indicator, d(2024, 12, 31)).share_of_target;
        match (share, expected) {
            (None, None) => {}
            (Some(a), Some(e)) => assert!((a - e).abs() < 1e-12, "{name}: {a} ≠ {e}"),
            _ => panic!("{name}: {share:?}, expected {expected:?}"),
        }
    }
}
