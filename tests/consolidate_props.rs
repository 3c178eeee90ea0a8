#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of the consolidation: one member gives that member's values; the order the
//! members come in never changes a result; a member whose values equal the consolidated mean
//! leaves the mean unchanged.

mod consolidate_support;

use std::collections::BTreeMap;

use consolidate_support::{consolidate_projects, d, plan, value};
use lotrinh::consolidate::{Combined, Extreme};
use lotrinh::model::{Indicator, MeasureUnit, Measurement, Pillar, Project, Target};
use proptest::collection::vec;
use proptest::prelude::*;

/// The indicators members may have: one per unit of measure.
fn unit_of(id: &str) -> MeasureUnit {
    match id {
        "a_count" => MeasureUnit::Count {
            word: "tổ".to_owned(),
        },
        "b_percent" => MeasureUnit::Percent,
        "c_yes_no" => MeasureUnit::YesNo,
        "d_rank" => MeasureUnit::Rank,
        "e_score" => MeasureUnit::Score { max: 100.0 },
        _ => MeasureUnit::Money,
    }
}

const IDS: [&str; 6] = [
    "a_count",
    "b_percent",
    "c_yes_no",
    "d_rank",
    "e_score",
    "f_money",
];

/// A value of `unit`: whole numbers or halves, within the unit's range.
fn value_for(unit: &MeasureUnit, raw: u32) -> f64 {
    match unit {
        MeasureUnit::YesNo => f64::from(raw % 2),
        MeasureUnit::Rank => f64::from(1 + raw % 60),
        MeasureUnit::Percent | MeasureUnit::Score { .. } => f64::from(raw % 201) / 2.0,
        _ => f64::from(raw % 5000),
    }
}

/// One member's indicator: present or not, a value, a numerator/denominator for percents, a
/// target of 2025.
#[derive(Clone, Debug)]
struct Entry {
    present: bool,
    raw: u32,
    denominator: Option<u32>,
    target: u32,
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        prop::bool::weighted(0.85),
        0u32..100_000,
        prop::option::of(1u32..500),
        0u32..100_000,
    )
        .prop_map(|(present, raw, denominator, target)| Entry {
            present,
            raw,
            denominator,
            target,
        })
}

fn member(name: &str, entries: &[Entry]) -> Project {
    let indicators = IDS
        .iter()
        .zip(entries)
        .filter(|(_, e)| e.present)
        .map(|(id, e)| {
            let unit = unit_of(id);
            let mut indicator = Indicator::new(id, id, Pillar::DigitalSociety, unit.clone());
            indicator.targets = vec![Target::new(2025, value_for(&unit, e.target))];
            let mut measurement = Measurement::new(d(2025, 9, 30), value_for(&unit, e.raw));
            if let (MeasureUnit::Percent, Some(denominator)) = (&unit, e.denominator) {
                let denominator = f64::from(denominator);
                let numerator = (denominator * measurement.value / 100.0).round();
                measurement = value(
                    d(2025, 9, 30),
                    numerator / denominator * 100.0,
                    Some((numerator, denominator)),
                );
            }
            indicator.measurements = vec![measurement];
            indicator
        })
        .collect();
    plan(name, indicators)
}

fn members() -> impl Strategy<Value = Vec<Vec<Entry>>> {
    vec(vec(entry(), IDS.len()), 1..9)
}

fn projects(all: &[Vec<Entry>]) -> Vec<Project> {
    all.iter()
        .enumerate()
        .map(|(index, entries)| member(&format!("Xã Số {index:02}"), entries))
        .collect()
}

proptest! {
    #[test]
    fn one_member_gives_its_own_values(entries in vec(entry(), IDS.len())) {
        let project = member("Xã Một", &entries);
        let consolidation = consolidate_projects(vec![project.clone()], &BTreeMap::new());
        for consolidated in &consolidation.indicators {
            let own = project.indicator(&consolidated.template.id).unwrap();
            let value = own.measurements[0].value;
            match &consolidated.combined {
                Combined::Listed(list) => {
                    prop_assert_eq!(list.clone(), vec![Extreme { value, member: 0 }]);
                }
                Combined::Share { yes, of } => {
                    prop_assert_eq!((*yes, *of), (usize::from(value >= 0.5), 1));
                }
                combined => {
                    let figure = combined.figure().unwrap();
                    prop_assert!((figure - value).abs() < 1e-9, "{:?} vs {}", combined, value);
                }
            }
            prop_assert_eq!(consolidated.reporting, 1);
        }
    }

    #[test]
    fn member_order_never_changes_a_result(
        (all, order) in members().prop_flat_map(|all| {
            let count = all.len();
            (Just(all), Just((0..count).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let given = projects(&all);
        let shuffled: Vec<Project> = order.iter().map(|i| given[*i].clone()).collect();
        let first = consolidate_projects(given, &BTreeMap::new());
        let second = consolidate_projects(shuffled, &BTreeMap::new());
        prop_assert_eq!(first.indicators.len(), second.indicators.len());
        for (a, b) in first.indicators.iter().zip(&second.indicators) {
            prop_assert_eq!(&a.template.id, &b.template.id);
            prop_assert_eq!(&a.combined, &b.combined);
            prop_assert_eq!(a.rule, b.rule);
            prop_assert_eq!(a.statuses, b.statuses);
            prop_assert_eq!(a.targets_met, b.targets_met);
        }
        let names = |c: &lotrinh::consolidate::Consolidation| -> Vec<String> {
            c.ranking.iter().map(|m| c.members[*m].unit.name.clone()).collect()
        };
        prop_assert_eq!(names(&first), names(&second));
    }

    #[test]
    fn a_member_at_the_mean_leaves_the_mean_unchanged(values in vec(0u32..=200, 1..12)) {
        let percent = |name: &str, v: f64| {
            let mut indicator = Indicator::new("x", "x", Pillar::DigitalSociety, MeasureUnit::Percent);
            indicator.measurements = vec![Measurement::new(d(2025, 9, 30), v)];
            plan(name, vec![indicator])
        };
        let mut all: Vec<Project> = values
            .iter()
            .enumerate()
            .map(|(i, v)| percent(&format!("Xã {i:02}"), f64::from(*v) / 2.0))
            .collect();
        let before = consolidate_projects(all.clone(), &BTreeMap::new());
        let Combined::Mean(figures) = &before.indicators[0].combined else {
            panic!("{:?}", before.indicators[0].combined);
        };
        all.push(percent("Xã Trung Bình", figures.mean));
        let after = consolidate_projects(all, &BTreeMap::new());
        let Combined::Mean(again) = &after.indicators[0].combined else {
            panic!("{:?}", after.indicators[0].combined);
        };
        prop_assert!((again.mean - figures.mean).abs() < 1e-9, "{} vs {}", again.mean, figures.mean);
        prop_assert_eq!(again.count, figures.count + 1);
    }
}
