//! The rules table of `progress_rules.rs`: one case per rule of the issue.

use super::*;

/// Latest value and current-target selection.
fn latest_and_target_cases() -> Vec<Case> {
    let e_2023 = fraction(base_date(), d(2025, 12, 31), d(2023, 1, 1));
    vec![
        Case {
            name: "no measurement → NoData",
            ..base()
        },
        Case {
            name: "only measurement after as_of → NoData",
            measurements: vec![(d(2023, 6, 30), 50.0)],
            ..base()
        },
        Case {
            name: "measurement after as_of ignored (70 would be Vượt)",
            measurements: vec![(d(2022, 12, 31), 40.0), (d(2023, 6, 30), 70.0)],
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            expected_expected: Some(e_2023),
            ..base()
        },
        Case {
            name: "latest = last dated on or before as_of, whatever the order",
            measurements: vec![(d(2023, 1, 1), 40.0), (d(2021, 6, 30), 25.0)],
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            expected_expected: Some(e_2023),
            ..base()
        },
        Case {
            name: "before the first target year: the first target",
            measurements: vec![(d(2022, 6, 30), 40.0)],
            as_of: d(2022, 6, 30),
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            expected_expected: Some(fraction(base_date(), d(2025, 12, 31), d(2022, 6, 30))),
            ..base()
        },
        Case {
            name: "in the target's year: that target",
            measurements: vec![(d(2025, 6, 30), 56.0)],
            as_of: d(2025, 6, 30),
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.9),
            expected_expected: Some(fraction(base_date(), d(2025, 12, 31), d(2025, 6, 30))),
            ..base()
        },
        Case {
            name: "between targets: the next one (2030)",
            measurements: vec![(d(2026, 3, 31), 55.0)],
            as_of: d(2026, 3, 31),
            expected_status: Status::Behind,
            expected_progress_raw: Some(0.5),
            expected_expected: Some(fraction(base_date(), d(2030, 12, 31), d(2026, 3, 31))),
            expected_target_year: Some(2030),
            ..base()
        },
        Case {
            name: "after the last target: the last one, met and beaten",
            measurements: vec![(d(2031, 6, 30), 95.0)],
            as_of: d(2031, 6, 30),
            expected_status: Status::Achieved,
            expected_exceeded: true,
            expected_progress_raw: Some(75.0 / 70.0),
            expected_expected: Some(1.0),
            expected_target_year: Some(2030),
            ..base()
        },
        Case {
            name: "no target → NoData",
            targets: Vec::new(),
            measurements: vec![(d(2023, 1, 1), 40.0)],
            expected_target_year: None,
            ..base()
        },
        Case {
            name: "no baseline: the first measurement serves as baseline",
            baseline: None,
            measurements: vec![(d(2021, 1, 1), 30.0), (d(2023, 1, 1), 45.0)],
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            expected_expected: Some(fraction(d(2021, 1, 1), d(2025, 12, 31), d(2023, 1, 1))),
            ..base()
        },
    ]
}

/// Progress formulas ↑ and ↓, equal baseline and target, clamping and "vượt".
fn progress_cases() -> Vec<Case> {
    let e = fraction(base_date(), d(2025, 12, 31), d(2023, 1, 1));
    let at_2023 = |value: f64| vec![(d(2023, 1, 1), value)];
    let down_base = || Case {
        direction: Direction::LowerIsBetter,
        unit: MeasureUnit::Count {
            word: "hồ sơ".to_owned(),
        },
        baseline: Some((base_date(), 30.0)),
        targets: vec![(2025, 10.0)],
        expected_expected: Some(e),
        ..base()
    };
    let flat = |direction, level: f64, value: f64| Case {
        direction,
        baseline: Some((base_date(), level)),
        targets: vec![(2025, level)],
        measurements: at_2023(value),
        expected_expected: Some(e),
        ..base()
    };
    vec![
        Case {
            name: "↑ progress (v−b)/(t−b), far behind → AtRisk",
            measurements: at_2023(30.0),
            expected_status: Status::AtRisk,
            expected_progress_raw: Some(0.25),
            expected_expected: Some(e),
            ..base()
        },
        Case {
            name: "↑ raw > 1 (vượt): Achieved, exceeded",
            measurements: at_2023(80.0),
            expected_status: Status::Achieved,
            expected_exceeded: true,
            expected_progress_raw: Some(1.5),
            expected_expected: Some(e),
            ..base()
        },
        Case {
            name: "↑ exactly on target: Achieved, not exceeded",
            measurements: at_2023(60.0),
            expected_status: Status::Achieved,
            expected_progress_raw: Some(1.0),
            expected_expected: Some(e),
            ..base()
        },
        Case {
            name: "↑ below baseline: raw < 0",
            measurements: at_2023(10.0),
            expected_status: Status::AtRisk,
            expected_progress_raw: Some(-0.25),
            expected_expected: Some(e),
            ..base()
        },
        Case {
            name: "↓ progress (b−v)/(b−t)",
            measurements: at_2023(20.0),
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            ..down_base()
        },
        Case {
            name: "↓ worse than baseline: raw < 0",
            measurements: at_2023(35.0),
            expected_status: Status::AtRisk,
            expected_progress_raw: Some(-0.25),
            ..down_base()
        },
        Case {
            name: "↓ beats target: Vượt, raw > 1",
            measurements: at_2023(8.0),
            expected_status: Status::Achieved,
            expected_exceeded: true,
            expected_progress_raw: Some(1.1),
            ..down_base()
        },
        Case {
            name: "↑ t = b, met: no roadmap share (0/0)",
            expected_status: Status::Achieved,
            expected_progress_raw: None,
            ..flat(Direction::HigherIsBetter, 100.0, 100.0)
        },
        Case {
            name: "↑ t = b, beaten",
            expected_status: Status::Achieved,
            expected_exceeded: true,
            expected_progress_raw: None,
            ..flat(Direction::HigherIsBetter, 90.0, 95.0)
        },
        Case {
            name: "↑ t = b, not met: a level to keep → Behind whatever the date",
            expected_status: Status::Behind,
            expected_progress_raw: None,
            ..flat(Direction::HigherIsBetter, 100.0, 95.0)
        },
        Case {
            name: "↓ t = b, met",
            expected_status: Status::Achieved,
            expected_progress_raw: None,
            ..flat(Direction::LowerIsBetter, 0.0, 0.0)
        },
        Case {
            name: "↓ t = b, not met: a level to keep → Behind whatever the date",
            expected_status: Status::Behind,
            expected_progress_raw: None,
            ..flat(Direction::LowerIsBetter, 0.0, 2.0)
        },
    ]
}

/// Expected progress clamped at 0 and 1, the deadline, Missed.
fn expected_and_deadline_cases() -> Vec<Case> {
    vec![
        Case {
            name: "expected clamped at 0 (as_of before the baseline date)",
            baseline: Some((d(2024, 1, 1), 20.0)),
            targets: vec![(2025, 60.0)],
            measurements: vec![(d(2023, 6, 30), 20.0)],
            as_of: d(2023, 12, 31),
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.0),
            expected_expected: Some(0.0),
            ..base()
        },
        Case {
            name: "on the deadline day the target is judged: Missed, expected 1",
            targets: vec![(2025, 60.0)],
            measurements: vec![(d(2025, 12, 31), 50.0)],
            as_of: d(2025, 12, 31),
            expected_status: Status::Missed,
            expected_progress_raw: Some(0.75),
            expected_expected: Some(1.0),
            ..base()
        },
        Case {
            name: "Missed after the last deadline, expected clamped at 1",
            measurements: vec![(d(2031, 3, 31), 85.0)],
            as_of: d(2031, 6, 30),
            expected_status: Status::Missed,
            expected_progress_raw: Some(65.0 / 70.0),
            expected_expected: Some(1.0),
            expected_target_year: Some(2030),
            ..base()
        },
        Case {
            name: "Missed the day after the only deadline",
            targets: vec![(2025, 60.0)],
            measurements: vec![(d(2025, 12, 31), 59.0)],
            as_of: d(2026, 1, 1),
            expected_status: Status::Missed,
            expected_progress_raw: Some(39.0 / 40.0),
            expected_expected: Some(1.0),
            ..base()
        },
    ]
}

/// OnTrack / Behind / AtRisk just either side of expected − 0.05 and expected − 0.20, ↑ and ↓.
fn boundary_cases() -> Vec<Case> {
    const EPS: f64 = 1e-3;
    let as_of = d(2023, 1, 1);
    let e = fraction(base_date(), d(2025, 12, 31), as_of);
    let up_at = |progress: f64| Case {
        baseline: Some((base_date(), 0.0)),
        targets: vec![(2025, 100.0)],
        measurements: vec![(as_of, 100.0 * progress)],
        expected_progress_raw: Some(progress),
        expected_expected: Some(e),
        ..base()
    };
    let down_at = |progress: f64| Case {
        direction: Direction::LowerIsBetter,
        baseline: Some((base_date(), 100.0)),
        targets: vec![(2025, 0.0)],
        measurements: vec![(as_of, 100.0 * (1.0 - progress))],
        expected_progress_raw: Some(progress),
        expected_expected: Some(e),
        ..base()
    };
    vec![
        Case {
            name: "↑ just above expected − 0.05 → OnTrack",
            expected_status: Status::OnTrack,
            ..up_at(e - 0.05 + EPS)
        },
        Case {
            name: "↑ just below expected − 0.05 → Behind",
            expected_status: Status::Behind,
            ..up_at(e - 0.05 - EPS)
        },
        Case {
            name: "↑ just above expected − 0.20 → Behind",
            expected_status: Status::Behind,
            ..up_at(e - 0.20 + EPS)
        },
        Case {
            name: "↑ just below expected − 0.20 → AtRisk",
            expected_status: Status::AtRisk,
            ..up_at(e - 0.20 - EPS)
        },
        Case {
            name: "↓ just above expected − 0.05 → OnTrack",
            expected_status: Status::OnTrack,
            ..down_at(e - 0.05 + EPS)
        },
        Case {
            name: "↓ just below expected − 0.05 → Behind",
            expected_status: Status::Behind,
            ..down_at(e - 0.05 - EPS)
        },
        Case {
            name: "↓ just above expected − 0.20 → Behind",
            expected_status: Status::Behind,
            ..down_at(e - 0.20 + EPS)
        },
        Case {
            name: "↓ just below expected − 0.20 → AtRisk",
            expected_status: Status::AtRisk,
            ..down_at(e - 0.20 - EPS)
        },
    ]
}

/// Yes-no and rank indicators.
fn yes_no_and_rank_cases() -> Vec<Case> {
    let yes_no = |value: f64, as_of: NaiveDate| Case {
        unit: MeasureUnit::YesNo,
        baseline: Some((base_date(), 0.0)),
        targets: vec![(2025, 1.0)],
        measurements: vec![(d(2023, 1, 1), value)],
        as_of,
        expected_progress_raw: Some(value),
        expected_expected: Some(fraction(base_date(), d(2025, 12, 31), as_of)),
        ..base()
    };
    let e = fraction(base_date(), d(2025, 12, 31), d(2023, 1, 1));
    let rank = |value: f64| Case {
        direction: Direction::LowerIsBetter,
        unit: MeasureUnit::Rank,
        baseline: Some((base_date(), 40.0)),
        targets: vec![(2025, 20.0)],
        measurements: vec![(d(2023, 1, 1), value)],
        expected_expected: Some(e),
        ..base()
    };
    vec![
        Case {
            name: "yes-no: Có → Achieved",
            expected_status: Status::Achieved,
            ..yes_no(1.0, d(2023, 1, 1))
        },
        Case {
            name: "yes-no: Không before the deadline → Behind (never AtRisk)",
            expected_status: Status::Behind,
            ..yes_no(0.0, d(2025, 6, 30))
        },
        Case {
            name: "yes-no: Không after the deadline → Missed",
            expected_status: Status::Missed,
            ..yes_no(0.0, d(2026, 3, 31))
        },
        Case {
            name: "rank ↓ halfway → OnTrack",
            expected_status: Status::OnTrack,
            expected_progress_raw: Some(0.5),
            ..rank(30.0)
        },
        Case {
            name: "rank ↓ better than target → Vượt",
            expected_status: Status::Achieved,
            expected_exceeded: true,
            expected_progress_raw: Some(1.25),
            ..rank(15.0)
        },
        Case {
            name: "rank ↓ worse than baseline → AtRisk",
            expected_status: Status::AtRisk,
            expected_progress_raw: Some(-0.25),
            ..rank(45.0)
        },
    ]
}

pub fn all_cases() -> Vec<Case> {
    let mut cases = latest_and_target_cases();
    cases.extend(progress_cases());
    cases.extend(expected_and_deadline_cases());
    cases.extend(boundary_cases());
    cases.extend(yes_no_and_rank_cases());
    cases
}
