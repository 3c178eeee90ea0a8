#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines,
    clippy::type_complexity
)]
//! Table-driven tests of every consolidation rule — sum, ratio of sums, mean with median, minimum
//! and maximum, yes/no share, ranks listed, per-year sums — and of the share of members achieving
//! their target, the status counts, values after the reporting date, rules chosen by hand, units
//! that differ, duplicates and completeness.

mod consolidate_support;

use std::collections::BTreeMap;

use consolidate_support::{
    as_of, consolidate_one, consolidate_projects, d, indicator, plan, value,
};
use lotrinh::consolidate::{
    Combined, Completeness, Extreme, MeanFigures, Rule, TargetsMet, figure_text, targets_met_text,
};
use lotrinh::i18n::Lang;
use lotrinh::model::{Accumulation, MeasureUnit, Measurement};
use lotrinh::progress::Status;

fn count() -> MeasureUnit {
    MeasureUnit::Count {
        word: "tổ".to_owned(),
    }
}

/// One row of the rules table: the unit, the members' values, the rule chosen by hand (if any),
/// and the rule and figure expected.
struct Case {
    name: &'static str,
    unit: MeasureUnit,
    accumulation: Accumulation,
    members: Vec<Vec<Measurement>>,
    chosen: Option<Rule>,
    rule: Rule,
    combined: Combined,
    reporting: usize,
}

fn at(v: f64) -> Vec<Measurement> {
    vec![value(d(2025, 9, 30), v, None)]
}

fn ratio(v: f64, numerator: f64, denominator: f64) -> Vec<Measurement> {
    vec![value(d(2025, 9, 30), v, Some((numerator, denominator)))]
}

fn cases() -> Vec<Case> {
    let level = Accumulation::Level;
    vec![
        Case {
            name: "counts are summed",
            unit: count(),
            accumulation: level,
            members: vec![at(5.0), at(7.0), at(0.0)],
            chosen: None,
            rule: Rule::Sum,
            combined: Combined::Total { total: 12.0 },
            reporting: 3,
        },
        Case {
            name: "money is summed",
            unit: MeasureUnit::Money,
            accumulation: level,
            members: vec![at(1_500_000.0), at(2_500_000.0)],
            chosen: None,
            rule: Rule::Sum,
            combined: Combined::Total { total: 4_000_000.0 },
            reporting: 2,
        },
        Case {
            name: "percents with numerator and denominator: ratio of sums, not the mean",
            unit: MeasureUnit::Percent,
            accumulation: level,
            members: vec![
                ratio(60.0, 30.0, 50.0),
                ratio(20.0, 10.0, 50.0),
                ratio(90.0, 90.0, 100.0),
            ],
            chosen: None,
            rule: Rule::RatioOfSums,
            combined: Combined::Ratio {
                value: 65.0,
                numerator: 130.0,
                denominator: 200.0,
                left_out: 0,
            },
            reporting: 3,
        },
        Case {
            name: "a percent without numerator in one member: unweighted mean with extremes",
            unit: MeasureUnit::Percent,
            accumulation: level,
            members: vec![ratio(60.0, 30.0, 50.0), at(20.0), ratio(90.0, 90.0, 100.0)],
            chosen: None,
            rule: Rule::Mean,
            combined: Combined::Mean(MeanFigures {
                mean: 170.0 / 3.0,
                median: 60.0,
                min: Extreme {
                    value: 20.0,
                    member: 1,
                },
                max: Extreme {
                    value: 90.0,
                    member: 2,
                },
                count: 3,
            }),
            reporting: 3,
        },
        Case {
            name: "ratio of sums chosen by hand leaves out members without numerator",
            unit: MeasureUnit::Percent,
            accumulation: level,
            members: vec![ratio(60.0, 30.0, 50.0), at(20.0), ratio(90.0, 90.0, 100.0)],
            chosen: Some(Rule::RatioOfSums),
            rule: Rule::RatioOfSums,
            combined: Combined::Ratio {
                value: 80.0,
                numerator: 120.0,
                denominator: 150.0,
                left_out: 1,
            },
            reporting: 3,
        },
        Case {
            name: "scores: mean, median of an even count",
            unit: MeasureUnit::Score { max: 100.0 },
            accumulation: level,
            members: vec![at(40.0), at(80.0), at(70.0), at(50.0)],
            chosen: None,
            rule: Rule::Mean,
            combined: Combined::Mean(MeanFigures {
                mean: 60.0,
                median: 60.0,
                min: Extreme {
                    value: 40.0,
                    member: 0,
                },
                max: Extreme {
                    value: 80.0,
                    member: 1,
                },
                count: 4,
            }),
            reporting: 4,
        },
        Case {
            name: "yes/no: N of M units",
            unit: MeasureUnit::YesNo,
            accumulation: level,
            members: vec![at(1.0), at(0.0), at(1.0), Vec::new()],
            chosen: None,
            rule: Rule::YesNoShare,
            combined: Combined::Share { yes: 2, of: 3 },
            reporting: 3,
        },
        Case {
            name: "ranks are listed, best first, never combined",
            unit: MeasureUnit::Rank,
            accumulation: level,
            members: vec![at(3.0), at(7.0), at(1.0)],
            chosen: None,
            rule: Rule::Listed,
            combined: Combined::Listed(vec![
                Extreme {
                    value: 1.0,
                    member: 2,
                },
                Extreme {
                    value: 3.0,
                    member: 0,
                },
                Extreme {
                    value: 7.0,
                    member: 1,
                },
            ]),
            reporting: 3,
        },
        Case {
            name: "per-year counts: the year-to-date totals of the reporting year are summed",
            unit: count(),
            accumulation: Accumulation::PerYear,
            members: vec![
                vec![
                    value(d(2024, 12, 31), 4.0, None),
                    value(d(2025, 6, 30), 2.0, None),
                ],
                vec![value(d(2024, 12, 31), 3.0, None)],
                vec![value(d(2025, 3, 31), 1.0, None)],
            ],
            chosen: None,
            rule: Rule::YearToDateSum,
            combined: Combined::Total { total: 3.0 },
            reporting: 2,
        },
        Case {
            name: "values after the reporting date are ignored",
            unit: count(),
            accumulation: level,
            members: vec![
                vec![
                    value(d(2025, 6, 30), 5.0, None),
                    value(d(2025, 10, 31), 50.0, None),
                ],
                at(5.0),
            ],
            chosen: None,
            rule: Rule::Sum,
            combined: Combined::Total { total: 10.0 },
            reporting: 2,
        },
        Case {
            name: "a rule that does not fit is refused: the default applies",
            unit: MeasureUnit::Percent,
            accumulation: level,
            members: vec![at(40.0), at(60.0)],
            chosen: Some(Rule::Sum),
            rule: Rule::Mean,
            combined: Combined::Mean(MeanFigures {
                mean: 50.0,
                median: 50.0,
                min: Extreme {
                    value: 40.0,
                    member: 0,
                },
                max: Extreme {
                    value: 60.0,
                    member: 1,
                },
                count: 2,
            }),
            reporting: 2,
        },
        Case {
            name: "a count listed by hand",
            unit: count(),
            accumulation: level,
            members: vec![at(2.0), at(1.0)],
            chosen: Some(Rule::Listed),
            rule: Rule::Listed,
            combined: Combined::Listed(vec![
                Extreme {
                    value: 1.0,
                    member: 1,
                },
                Extreme {
                    value: 2.0,
                    member: 0,
                },
            ]),
            reporting: 2,
        },
        Case {
            name: "no member has a value",
            unit: count(),
            accumulation: level,
            members: vec![Vec::new(), vec![value(d(2025, 12, 31), 3.0, None)]],
            chosen: None,
            rule: Rule::Sum,
            combined: Combined::NoValues,
            reporting: 0,
        },
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn same(actual: &Combined, expected: &Combined) -> bool {
    match (actual, expected) {
        (Combined::Mean(a), Combined::Mean(e)) => {
            close(a.mean, e.mean) && close(a.median, e.median) && a.min == e.min && a.max == e.max
        }
        (
            Combined::Ratio {
                value: a,
                numerator: an,
                denominator: ad,
                left_out: al,
            },
            Combined::Ratio {
                value: e,
                numerator: en,
                denominator: ed,
                left_out: el,
            },
        ) => close(*a, *e) && an == en && ad == ed && al == el,
        _ => actual == expected,
    }
}

#[test]
fn every_rule() {
    for case in cases() {
        let indicators = case
            .members
            .iter()
            .map(|m| {
                indicator(
                    case.unit.clone(),
                    case.accumulation,
                    &[(2025, 10.0)],
                    m.clone(),
                )
            })
            .collect();
        let mut rules = BTreeMap::new();
        if let Some(rule) = case.chosen {
            rules.insert("x".to_owned(), rule);
        }
        let consolidation = consolidate_one(indicators, &rules);
        let consolidated = &consolidation.indicators[0];
        assert_eq!(consolidated.rule, case.rule, "{}", case.name);
        assert!(
            same(&consolidated.combined, &case.combined),
            "{}: {:?}, expected {:?}",
            case.name,
            consolidated.combined,
            case.combined
        );
        assert_eq!(consolidated.reporting, case.reporting, "{}", case.name);
        assert_eq!(
            consolidated.with_indicator,
            case.members.len(),
            "{}",
            case.name
        );
        let refused = case.chosen.filter(|c| *c != case.rule);
        assert_eq!(consolidated.rule_refused, refused, "{}", case.name);
    }
}

#[test]
fn share_of_members_achieving_their_own_target_and_status_counts() {
    let percent = |targets: &[(i32, f64)], v: f64| {
        let mut i = indicator(
            MeasureUnit::Percent,
            Accumulation::Level,
            targets,
            vec![
                value(d(2023, 1, 1), 10.0, None),
                value(d(2025, 9, 30), v, None),
            ],
        );
        i.baseline = Some(lotrinh::model::Baseline {
            date: d(2023, 1, 1),
            value: 10.0,
        });
        i
    };
    let consolidation = consolidate_one(
        vec![
            percent(&[(2025, 80.0)], 85.0),
            percent(&[(2025, 80.0)], 70.0),
            percent(&[(2025, 60.0), (2030, 90.0)], 60.0),
            percent(&[(2030, 90.0)], 95.0),
            percent(&[], 50.0),
        ],
        &BTreeMap::new(),
    );
    let consolidated = &consolidation.indicators[0];
    assert_eq!(
        consolidated.targets_met,
        Some(TargetsMet {
            year: 2025,
            met: 2,
            of: 3
        }),
        "the 2030-only member and the member without target are not counted for 2025"
    );
    assert_eq!(consolidated.statuses.count(Status::Achieved), 3);
    assert_eq!(consolidated.statuses.count(Status::NoData), 1);
    assert_eq!(consolidated.statuses.total(), 5);
    assert_eq!(consolidated.last_milestone, None, "no deadline reached yet");
    let text = targets_met_text(consolidated, &consolidation, Lang::Vi);
    assert_eq!(text.as_deref(), Some("2/3 xã đạt mục tiêu 2025"));
    let english = targets_met_text(consolidated, &consolidation, Lang::En);
    assert_eq!(
        english.as_deref(),
        Some("2/3 communes met their 2025 target")
    );
}

#[test]
fn after_a_deadline_the_milestone_verdicts_are_counted_and_a_missed_one_needs_attention() {
    // Reported on 31 March 2026: the 2025 milestone has been judged, 2030 is current.
    let on = d(2026, 3, 31);
    let percent = |at_deadline: f64, now: f64| {
        let mut i = indicator(
            MeasureUnit::Percent,
            Accumulation::Level,
            &[(2025, 80.0), (2030, 90.0)],
            vec![
                value(d(2025, 12, 31), at_deadline, None),
                value(d(2026, 3, 31), now, None),
            ],
        );
        i.baseline = Some(lotrinh::model::Baseline {
            date: d(2023, 1, 1),
            value: 10.0,
        });
        i
    };
    let named: Vec<(std::path::PathBuf, lotrinh::model::Project)> = [
        percent(85.0, 86.0),
        percent(70.0, 89.0),
        percent(90.0, 95.0),
    ]
    .into_iter()
    .enumerate()
    .map(|(index, i)| {
        let name = consolidate_support::member_name(index);
        let mut project = plan(&name, vec![i]);
        project.as_of = on;
        (format!("{name}.ron").into(), project)
    })
    .collect();
    let consolidation = lotrinh::consolidate::consolidate(
        lotrinh::consolidate::members_of(&named, on),
        &BTreeMap::new(),
        None,
    );
    let consolidated = &consolidation.indicators[0];
    assert_eq!(
        consolidated.last_milestone,
        Some(TargetsMet {
            year: 2025,
            met: 2,
            of: 3
        })
    );
    assert_eq!(consolidated.targets_met.map(|t| t.year), Some(2030));
    assert_eq!(
        targets_met_text(consolidated, &consolidation, Lang::Vi).as_deref(),
        Some("1/3 xã đạt mục tiêu 2030; 2/3 xã đạt mục tiêu 2025")
    );
    // Xã B is on track for 2030 but missed 2025: it needs attention, and its verdict is shown
    // beside its status.
    let b = &consolidation.members[1];
    let value = &b.values[0];
    assert!(!value.status.needs_attention());
    assert!(value.last_milestone_missed() && value.needs_attention());
    assert_eq!(value.verdict_beside().map(|v| v.year), Some(2025));
    assert_eq!(b.attention, 1);
    assert_eq!(b.most_behind.as_deref(), Some("x"));
    assert_eq!(consolidation.members[0].attention, 0);
}

#[test]
fn per_year_totals_count_only_in_their_year_against_that_year_target() {
    // Reported on 31 March 2026: a 2025 total does not count; the target of 2026 is the latest
    // earlier one (2025's), given the year 2026.
    let on = d(2026, 3, 31);
    let meetings = |values: Vec<Measurement>| {
        indicator(count(), Accumulation::PerYear, &[(2025, 4.0)], values)
    };
    let named: Vec<(std::path::PathBuf, lotrinh::model::Project)> = [
        meetings(vec![
            value(d(2025, 12, 31), 4.0, None),
            value(d(2026, 3, 31), 1.0, None),
        ]),
        meetings(vec![
            value(d(2025, 12, 31), 3.0, None),
            value(d(2026, 3, 31), 2.0, None),
        ]),
        meetings(vec![value(d(2025, 12, 31), 5.0, None)]),
    ]
    .into_iter()
    .enumerate()
    .map(|(index, i)| {
        let name = consolidate_support::member_name(index);
        let mut project = plan(&name, vec![i]);
        project.as_of = on;
        (format!("{name}.ron").into(), project)
    })
    .collect();
    let consolidation = lotrinh::consolidate::consolidate(
        lotrinh::consolidate::members_of(&named, on),
        &BTreeMap::new(),
        None,
    );
    let consolidated = &consolidation.indicators[0];
    assert_eq!(consolidated.rule, Rule::YearToDateSum);
    assert!(matches!(consolidated.combined, Combined::Total { total } if close(total, 3.0)));
    assert_eq!(consolidated.reporting, 2);
    assert_eq!(consolidated.earlier_year, 1);
    let current = consolidation.members[0].values[0].current_target;
    assert_eq!(current.map(|t| (t.year, t.value)), Some((2026, 4.0)));
    assert_eq!(
        consolidated.last_milestone,
        Some(TargetsMet {
            year: 2025,
            met: 2,
            of: 3
        }),
        "2025 is judged on each member's 31 December total"
    );
}

#[test]
fn figures_in_words() {
    let consolidation = consolidate_one(
        vec![
            indicator(MeasureUnit::Percent, Accumulation::Level, &[], at(20.0)),
            indicator(MeasureUnit::Percent, Accumulation::Level, &[], at(90.0)),
        ],
        &BTreeMap::new(),
    );
    let text = figure_text(&consolidation.indicators[0], &consolidation, Lang::Vi);
    assert!(text.contains("55%"), "{text}");
    assert!(text.contains("bình quân không gia quyền"), "{text}");
    assert!(text.contains("thấp nhất 20% — Xã A"), "{text}");
    assert!(text.contains("cao nhất 90% — Xã B"), "{text}");
    let english = figure_text(&consolidation.indicators[0], &consolidation, Lang::En);
    assert!(english.contains("unweighted mean"), "{english}");
    let shares = consolidate_one(
        vec![
            indicator(MeasureUnit::YesNo, Accumulation::Level, &[], at(1.0)),
            indicator(MeasureUnit::YesNo, Accumulation::Level, &[], at(0.0)),
        ],
        &BTreeMap::new(),
    );
    assert_eq!(
        figure_text(&shares.indicators[0], &shares, Lang::Vi),
        "1/2 xã"
    );
    assert_eq!(shares.indicators[0].combined.figure(), Some(50.0));
}

#[test]
fn units_that_differ_are_flagged_and_not_summed() {
    let consolidation = consolidate_one(
        vec![
            indicator(count(), Accumulation::Level, &[], at(3.0)),
            indicator(count(), Accumulation::Level, &[], at(4.0)),
            indicator(MeasureUnit::Percent, Accumulation::Level, &[], at(50.0)),
        ],
        &BTreeMap::new(),
    );
    let consolidated = &consolidation.indicators[0];
    assert_eq!(consolidated.combined, Combined::UnitsDiffer);
    assert_eq!(consolidated.unit_conflicts, vec![2]);
    assert_eq!(Completeness::of(&consolidation).unit_conflicts, vec![0]);
    assert_eq!(consolidated.combined.figure(), None);
}

#[test]
fn a_second_file_of_a_unit_is_left_out() {
    let newer = plan(
        "Xã A",
        vec![indicator(count(), Accumulation::Level, &[], at(3.0))],
    );
    let mut older = plan(
        "xã  a",
        vec![indicator(count(), Accumulation::Level, &[], at(30.0))],
    );
    older.as_of = d(2025, 6, 30);
    let other = plan(
        "Xã B",
        vec![indicator(count(), Accumulation::Level, &[], at(4.0))],
    );
    let consolidation = consolidate_projects(vec![older, other, newer], &BTreeMap::new());
    assert_eq!(consolidation.members.len(), 2);
    assert_eq!(consolidation.duplicates.len(), 1);
    assert_eq!(consolidation.duplicates[0].plan_as_of, d(2025, 6, 30));
    assert_eq!(consolidation.duplicates[0].kept, 0);
    assert_eq!(
        consolidation.indicators[0].combined,
        Combined::Total { total: 7.0 }
    );
}

#[test]
fn completeness_of_the_period() {
    let mut late = plan(
        "Xã A",
        vec![indicator(
            count(),
            Accumulation::Level,
            &[],
            vec![value(d(2025, 3, 31), 2.0, None)],
        )],
    );
    late.as_of = d(2025, 6, 30);
    let missing = plan(
        "Xã B",
        vec![indicator(count(), Accumulation::Level, &[], Vec::new())],
    );
    let early = plan(
        "Xã C",
        vec![indicator(
            count(),
            Accumulation::Level,
            &[],
            vec![
                value(d(2025, 9, 30), 1.0, None),
                value(d(2025, 11, 30), 9.0, None),
            ],
        )],
    );
    let complete = plan(
        "Xã D",
        vec![indicator(count(), Accumulation::Level, &[], at(4.0))],
    );
    let consolidation =
        consolidate_projects(vec![late, missing, early, complete], &BTreeMap::new());
    assert_eq!(consolidation.period_start, d(2025, 7, 1));
    assert_eq!(as_of(), consolidation.as_of);
    let report = Completeness::of(&consolidation);
    assert_eq!(report.other_dates, vec![0]);
    assert_eq!(report.complete, vec![2, 3]);
    let gaps: Vec<(usize, Vec<usize>, Vec<usize>, Vec<usize>)> = report
        .gaps
        .iter()
        .map(|g| {
            (
                g.member,
                g.no_value.clone(),
                g.out_of_period.clone(),
                g.later_values.clone(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        vec![
            (0, vec![], vec![0], vec![]),
            (1, vec![0], vec![], vec![]),
            (2, vec![], vec![], vec![0]),
        ]
    );
    assert_eq!(consolidation.indicators[0].later_values, 1);
}

#[test]
fn units_ranked_by_mean_completion() {
    let percent = |v: f64| {
        let mut i = indicator(
            MeasureUnit::Percent,
            Accumulation::Level,
            &[(2025, 100.0)],
            vec![value(d(2025, 9, 30), v, None)],
        );
        i.baseline = Some(lotrinh::model::Baseline {
            date: d(2023, 1, 1),
            value: 0.0,
        });
        i
    };
    let consolidation = consolidate_one(
        vec![percent(40.0), percent(100.0), percent(70.0)],
        &BTreeMap::new(),
    );
    assert_eq!(consolidation.ranking, vec![1, 2, 0]);
    assert_eq!(consolidation.members[0].most_behind.as_deref(), Some("x"));
    assert_eq!(consolidation.members[1].most_behind, None);
}
