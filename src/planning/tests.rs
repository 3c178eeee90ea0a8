//! Table-driven tests of the roll forward and the yearly steps.

use chrono::NaiveDate;

use super::*;
use crate::model::{
    Accumulation, AdminUnit, Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar,
    Project, Target,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn indicator(id: &str, unit: MeasureUnit, measured: &[(NaiveDate, f64)]) -> Indicator {
    let mut indicator = Indicator::new(id, id, Pillar::DigitalGovernment, unit);
    indicator.baseline = Some(Baseline {
        date: date(2022, 12, 31),
        value: 10.0,
    });
    indicator.targets = vec![Target::new(2025, 60.0), Target::new(2030, 90.0)];
    indicator.measurements = measured
        .iter()
        .map(|(d, v)| Measurement::new(*d, *v))
        .collect();
    indicator
}

fn words() -> RollWords {
    RollWords {
        predecessor: "cu.ron".to_owned(),
        title: "Kế hoạch 2026–2030".to_owned(),
        baseline_source: "Kết quả năm 2025 — cu.ron".to_owned(),
        raised_source: "Nâng".to_owned(),
        step_source: "Lộ trình".to_owned(),
        as_of: date(2026, 6, 30),
    }
}

fn baseline_cases() -> [(&'static str, Indicator, NewBaseline); 6] {
    let count = MeasureUnit::Count {
        word: "cuộc".to_owned(),
    };
    [
        (
            "a value on 31/12",
            indicator(
                "on_year_end",
                MeasureUnit::Percent,
                &[(date(2025, 6, 30), 40.0), (date(2025, 12, 31), 55.0)],
            ),
            NewBaseline::Taken(Baseline {
                date: date(2025, 12, 31),
                value: 55.0,
            }),
        ),
        (
            "one earlier in December, a later one ignored",
            indicator(
                "in_december",
                MeasureUnit::Percent,
                &[(date(2025, 12, 15), 52.0), (date(2026, 1, 20), 58.0)],
            ),
            NewBaseline::Taken(Baseline {
                date: date(2025, 12, 15),
                value: 52.0,
            }),
        ),
        (
            "none: only the old baseline, which is the last value",
            indicator("old_baseline_only", MeasureUnit::Percent, &[]),
            NewBaseline::Taken(Baseline {
                date: date(2022, 12, 31),
                value: 10.0,
            }),
        ),
        (
            "none at all",
            Indicator {
                baseline: None,
                ..indicator("nothing", MeasureUnit::Percent, &[])
            },
            NewBaseline::Missing,
        ),
        (
            "a per-year total: the year's total",
            Indicator {
                accumulation: Accumulation::PerYear,
                ..indicator(
                    "meetings",
                    count.clone(),
                    &[(date(2025, 9, 30), 3.0), (date(2025, 12, 31), 4.0)],
                )
            },
            NewBaseline::Taken(Baseline {
                date: date(2025, 12, 31),
                value: 4.0,
            }),
        ),
        (
            "a per-year total with nothing in 2025: not last year's total",
            Indicator {
                accumulation: Accumulation::PerYear,
                ..indicator("meetings_old", count, &[(date(2024, 12, 31), 4.0)])
            },
            NewBaseline::Missing,
        ),
    ]
}

#[test]
fn baseline_taken_from_the_right_value() {
    for (case, indicator, expected) in baseline_cases() {
        let mut project = Project::new(AdminUnit::default(), date(2025, 12, 31));
        project.indicators.push(indicator);
        let preview = preview(&project, 2026, &|_, _| Vec::new());
        assert_eq!(preview.rows[0].baseline, expected, "{case}");
        let next = preview.apply(&project, &words());
        let expected_baseline = match expected {
            NewBaseline::Taken(baseline) => Some(baseline),
            NewBaseline::Missing => None,
        };
        assert_eq!(next.indicators[0].baseline, expected_baseline, "{case}");
        assert!(
            next.indicators[0]
                .measurements
                .iter()
                .all(|m| m.date >= date(2026, 1, 1)),
            "{case}: the history stays in the old file"
        );
        assert_eq!(next.predecessor.as_deref(), Some("cu.ron"), "{case}");
        assert_eq!(
            preview.missing().count(),
            usize::from(expected_baseline.is_none())
        );
    }
}

/// A case of carried targets: name, indicator, years carried, raise offered (from, to).
type RaiseCase = (&'static str, Indicator, Vec<i32>, Option<(f64, f64)>);

#[test]
fn targets_carried_and_met_ones_offered_for_raising() {
    let lower = Indicator {
        direction: Direction::LowerIsBetter,
        targets: vec![Target::new(2025, 5.0), Target::new(2030, 3.0)],
        ..indicator(
            "overdue",
            MeasureUnit::Percent,
            &[(date(2025, 12, 31), 2.0)],
        )
    };
    let mut yes_no = indicator(
        "has_portal",
        MeasureUnit::YesNo,
        &[(date(2025, 12, 31), 1.0)],
    );
    yes_no.baseline = None;
    yes_no.targets = vec![Target::new(2030, 1.0)];
    // (case, indicator, targets carried, raise offered from → to)
    let cases: [RaiseCase; 4] = [
        (
            "behind: carried, nothing offered",
            indicator(
                "behind",
                MeasureUnit::Percent,
                &[(date(2025, 12, 31), 55.0)],
            ),
            vec![2030],
            None,
        ),
        (
            "already met: raised to the level reached",
            indicator("met", MeasureUnit::Percent, &[(date(2025, 12, 31), 95.5)]),
            vec![2030],
            Some((90.0, 95.5)),
        ),
        (
            "lower is better, met: lowered to the level reached",
            lower,
            vec![2030],
            Some((3.0, 2.0)),
        ),
        (
            "a yes/no already Có: nothing higher to offer",
            yes_no,
            vec![2030],
            None,
        ),
    ];
    for (case, indicator, years, offered) in cases {
        let mut project = Project::new(AdminUnit::default(), date(2025, 12, 31));
        project.indicators.push(indicator);
        let preview = preview(&project, 2026, &|_, _| Vec::new());
        let row = &preview.rows[0];
        let carried: Vec<i32> = row.targets.iter().map(|t| t.year).collect();
        assert_eq!(carried, years, "{case}");
        assert_eq!(row.raise.map(|r| (r.from, r.to)), offered, "{case}");
        let next = preview.apply(&project, &words());
        let final_target = next.indicators[0].target_for_year(2030).unwrap();
        let expected = offered.map_or(row.targets[0].value, |(_, to)| to);
        assert_eq!(final_target.value, expected, "{case}");
    }
}

#[test]
fn a_raise_can_be_declined_or_changed() {
    let mut project = Project::new(AdminUnit::default(), date(2025, 12, 31));
    project.indicators.push(indicator(
        "met",
        MeasureUnit::Percent,
        &[(date(2025, 12, 31), 95.0)],
    ));
    let mut preview = preview(&project, 2026, &|_, _| Vec::new());
    preview.choose(RollChoice::Raise("met".to_owned(), false));
    let kept = preview.apply(&project, &words());
    assert_eq!(
        kept.indicators[0].target_for_year(2030).unwrap().value,
        90.0
    );
    preview.choose(RollChoice::RaiseTo("met".to_owned(), 98.0));
    let raised = preview.apply(&project, &words());
    let target = raised.indicators[0].target_for_year(2030).unwrap();
    assert_eq!((target.value, target.suggested), (98.0, true));
}

fn roadmap(unit: MeasureUnit, base: f64, end: f64) -> Indicator {
    let mut indicator = Indicator::new("x", "x", Pillar::DigitalSociety, unit);
    indicator.baseline = Some(Baseline {
        date: date(2025, 12, 31),
        value: base,
    });
    indicator.targets = vec![Target::new(2030, end)];
    indicator
}

#[test]
fn yearly_steps_reach_the_final_target_and_never_go_back() {
    let count = || MeasureUnit::Count {
        word: "tổ".to_owned(),
    };
    let cases: [(MeasureUnit, f64, f64, StepMethod, [f64; 4]); 6] = [
        (
            MeasureUnit::Percent,
            40.0,
            80.0,
            StepMethod::StraightLine,
            [48.0, 56.0, 64.0, 72.0],
        ),
        (
            MeasureUnit::Percent,
            33.3,
            70.0,
            StepMethod::StraightLine,
            [40.6, 48.0, 55.3, 62.7],
        ),
        (
            MeasureUnit::Percent,
            10.0,
            80.0,
            StepMethod::GrowthRate,
            [15.2, 23.0, 34.8, 52.8],
        ),
        (
            count(),
            3.0,
            12.0,
            StepMethod::StraightLine,
            [5.0, 7.0, 8.0, 10.0],
        ),
        (
            count(),
            2.0,
            9.0,
            StepMethod::GrowthRate,
            [3.0, 4.0, 5.0, 7.0],
        ),
        (
            MeasureUnit::Rank,
            40.0,
            20.0,
            StepMethod::StraightLine,
            [36.0, 32.0, 28.0, 24.0],
        ),
    ];
    for (unit, base, end, method, expected) in cases {
        let mut indicator = roadmap(unit, base, end);
        let filled = fill_steps(&mut indicator, 2026, method, "Lộ trình").unwrap();
        assert_eq!(filled, 4);
        let values: Vec<f64> = indicator.sorted_targets().iter().map(|t| t.value).collect();
        assert_eq!(values[..4], expected, "{base} → {end} {method:?}");
        assert_eq!(values[4], end, "the final target is reached exactly");
        let mut all = vec![base];
        all.extend(values);
        assert!(
            all.windows(2).all(|w| !indicator.beats(w[0], w[1])),
            "{all:?} goes backwards"
        );
        assert!(step_problems(&indicator).is_empty(), "{all:?}");
    }
}

#[test]
fn an_older_plan_keeps_its_2025_milestone_and_steps_from_it() {
    // Baseline 2022, milestones 2025 and 2030, reported at the end of 2025.
    let mut older = indicator("older", MeasureUnit::Percent, &[]);
    let first = first_step_year(&older, date(2025, 12, 31));
    assert_eq!(first, 2026);
    fill_steps(&mut older, first, StepMethod::StraightLine, "").unwrap();
    let targets: Vec<(i32, f64)> = older
        .sorted_targets()
        .iter()
        .map(|t| (t.year, t.value))
        .collect();
    assert_eq!(
        targets,
        [
            (2025, 60.0),
            (2026, 66.0),
            (2027, 72.0),
            (2028, 78.0),
            (2029, 84.0),
            (2030, 90.0)
        ]
    );
    // A plan rolled forward: baseline 31/12/2025, reported during 2026, steps from 2026; filled
    // again with the other method, the steps are replaced, not stacked.
    let mut rolled = roadmap(MeasureUnit::Percent, 10.0, 80.0);
    let first = first_step_year(&rolled, date(2026, 6, 30));
    assert_eq!(first, 2026);
    fill_steps(&mut rolled, first, StepMethod::StraightLine, "").unwrap();
    fill_steps(&mut rolled, first, StepMethod::GrowthRate, "").unwrap();
    let values: Vec<f64> = rolled.sorted_targets().iter().map(|t| t.value).collect();
    assert_eq!(values, [15.2, 23.0, 34.8, 52.8, 80.0]);
}

#[test]
fn steps_that_cannot_be_filled_say_why() {
    let mut no_baseline = roadmap(MeasureUnit::Percent, 10.0, 80.0);
    no_baseline.baseline = None;
    let cases = [
        (no_baseline, StepMethod::StraightLine, StepError::NoBaseline),
        (
            roadmap(MeasureUnit::YesNo, 0.0, 1.0),
            StepMethod::StraightLine,
            StepError::YesNo,
        ),
        (
            roadmap(MeasureUnit::Percent, 0.0, 80.0),
            StepMethod::GrowthRate,
            StepError::GrowthFromZero,
        ),
        (
            Indicator {
                targets: vec![],
                ..roadmap(MeasureUnit::Percent, 10.0, 80.0)
            },
            StepMethod::StraightLine,
            StepError::NoFinalTarget,
        ),
    ];
    let mut held = roadmap(MeasureUnit::YesNo, 1.0, 1.0);
    assert_eq!(
        fill_steps(&mut held, 2026, StepMethod::GrowthRate, ""),
        Ok(4)
    );
    assert!(
        held.targets.iter().all(|t| t.value == 1.0),
        "a yes/no reached is held"
    );
    for (mut indicator, method, expected) in cases {
        let before = indicator.clone();
        assert_eq!(fill_steps(&mut indicator, 2026, method, ""), Err(expected));
        assert_eq!(indicator, before, "nothing changes on {expected:?}");
    }
}

#[test]
fn roadmap_problems() {
    let with = |values: &[(i32, f64)]| {
        let mut indicator = roadmap(MeasureUnit::Percent, 40.0, 80.0);
        indicator.targets = values.iter().map(|(y, v)| Target::new(*y, *v)).collect();
        indicator
    };
    let cases: [(&str, Indicator, Vec<StepProblem>); 6] = [
        ("classic 2030 only", with(&[(2030, 80.0)]), vec![]),
        (
            "a step goes backwards",
            with(&[
                (2026, 50.0),
                (2027, 45.0),
                (2028, 60.0),
                (2029, 70.0),
                (2030, 80.0),
            ]),
            vec![StepProblem::Backwards {
                year: 2027,
                value: 45.0,
                previous_year: 2026,
                previous_value: 50.0,
            }],
        ),
        (
            "the first step below the baseline",
            with(&[
                (2026, 35.0),
                (2027, 50.0),
                (2028, 60.0),
                (2029, 70.0),
                (2030, 80.0),
            ]),
            vec![StepProblem::Backwards {
                year: 2026,
                value: 35.0,
                previous_year: 2025,
                previous_value: 40.0,
            }],
        ),
        (
            "a step past the final target",
            with(&[
                (2026, 50.0),
                (2027, 60.0),
                (2028, 70.0),
                (2029, 85.0),
                (2030, 80.0),
            ]),
            vec![StepProblem::PastFinal {
                year: 2029,
                value: 85.0,
                final_year: 2030,
                final_value: 80.0,
            }],
        ),
        (
            "a yearly roadmap that skips years",
            with(&[(2026, 50.0), (2027, 60.0), (2028, 65.0), (2030, 80.0)]),
            vec![StepProblem::MissingYear {
                year: 2029,
                final_year: 2030,
            }],
        ),
        (
            "milestones of the older plans are not a roadmap",
            with(&[(2024, 50.0), (2025, 60.0), (2030, 80.0)]),
            vec![],
        ),
    ];
    for (case, indicator, expected) in cases {
        assert_eq!(step_problems(&indicator), expected, "{case}");
    }
}

#[test]
fn steps_are_methods_by_key() {
    for method in StepMethod::ALL {
        assert_eq!(StepMethod::from_key(method.key()), Some(method));
    }
    assert_eq!(StepMethod::from_key("cubic"), None);
}
