#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every rule kind at its edges, the words of the computation, rounding, and the bundled index.

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{
    Accumulation, AssessmentEntry, Direction, Indicator, MeasureUnit, Measurement, Pillar, Target,
};
use lotrinh::scoring::{
    Band, Choice, Computation, Criterion, Missing, Rule, Step, bundled_index, computation_words,
    index_warnings, score_criterion, to_cents,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const AS_OF: (i32, u32, u32) = (2025, 12, 31);

fn indicator(unit: MeasureUnit, direction: Direction, values: &[(NaiveDate, f64)]) -> Indicator {
    let mut indicator = Indicator::new("x", "X", Pillar::DigitalGovernment, unit);
    indicator.direction = direction;
    indicator.measurements = values
        .iter()
        .map(|(d, v)| Measurement::new(*d, *v))
        .collect();
    indicator
}

fn criterion(max: f64, rule: Rule) -> Criterion {
    Criterion {
        id: "c".into(),
        name: "C".into(),
        name_en: None,
        max_points: max,
        rule,
        evidence: String::new(),
        source: String::new(),
    }
}

fn steps() -> Rule {
    Rule::Steps {
        indicator: "x".into(),
        steps: [(4.0, 20.0), (3.0, 15.0), (2.0, 10.0), (1.0, 5.0)]
            .map(|(at, points)| Step { at, points })
            .to_vec(),
    }
}

fn bands() -> Rule {
    Rule::Thresholds {
        indicator: "x".into(),
        bands: [(80.0, 1.0), (50.0, 0.5)]
            .map(|(at, share)| Band { at, share })
            .to_vec(),
    }
}

fn ratio(full_at: Option<f64>) -> Rule {
    Rule::Ratio {
        indicator: "x".into(),
        full_at,
    }
}

fn yes_no() -> Rule {
    Rule::YesNo {
        indicator: "x".into(),
    }
}

/// (what, rule, max, unit, direction, value (None: no data), expected hundredths, missing?)
type Case = (
    &'static str,
    Rule,
    f64,
    MeasureUnit,
    Direction,
    Option<f64>,
    i64,
    Option<Missing>,
);

// One case per line, as a table reads.
#[rustfmt::skip]
fn cases() -> Vec<Case> {
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
    let count = || MeasureUnit::Count { word: "cuộc".into() };
    let pct = || MeasureUnit::Percent;
    vec![
        ("exactly on a step", steps(), 20.0, count(), Up, Some(3.0), 1500, None),
        ("between two steps", steps(), 20.0, count(), Up, Some(3.5), 1500, None),
        ("above the top step", steps(), 20.0, count(), Up, Some(9.0), 2000, None),
        ("below every step", steps(), 20.0, count(), Up, Some(0.0), 0, None),
        ("steps, no data", steps(), 20.0, count(), Up, None, 0, Some(Missing::NoValue)),
        ("ratio of a percent", ratio(None), 20.0, pct(), Up, Some(95.0), 1900, None),
        ("ratio at 100 %", ratio(None), 20.0, pct(), Up, Some(100.0), 2000, None),
        ("ratio above 100 %", ratio(Some(24.0)), 15.0, count(), Up, Some(30.0), 1500, None),
        ("ratio of a count against the target", ratio(None), 10.0, count(), Up, Some(8.0), 667, None),
        ("ratio with full_at 70", ratio(Some(70.0)), 25.0, pct(), Up, Some(35.0), 1250, None),
        ("lower-is-better percent", ratio(None), 10.0, pct(), Down, Some(2.4), 976, None),
        ("lower-is-better count under the most allowed", ratio(None), 10.0, count(), Down, Some(1.0), 1000, None),
        ("lower-is-better count over it", ratio(None), 10.0, count(), Down, Some(4.0), 500, None),
        ("threshold exactly met", bands(), 20.0, pct(), Up, Some(80.0), 2000, None),
        ("threshold just under", bands(), 20.0, pct(), Up, Some(79.99), 1000, None),
        ("no threshold met", bands(), 20.0, pct(), Up, Some(49.0), 0, None),
        ("yes", yes_no(), 15.0, MeasureUnit::YesNo, Up, Some(1.0), 1500, None),
        ("no", yes_no(), 15.0, MeasureUnit::YesNo, Up, Some(0.0), 0, None),
        ("yes/no, no data", yes_no(), 15.0, MeasureUnit::YesNo, Up, None, 0, Some(Missing::NoValue)),
    ]
}

#[test]
fn every_rule_kind_scores_its_edges() {
    let as_of = date(AS_OF.0, AS_OF.1, AS_OF.2);
    for (what, rule, max, unit, direction, value, expected, missing) in cases() {
        let values: Vec<_> = value.into_iter().map(|v| (date(2025, 9, 30), v)).collect();
        let mut indicator = indicator(unit, direction, &values);
        // A count's full mark is the plan's target for the year (12 here).
        indicator.targets = vec![Target::new(2025, 12.0)];
        if direction == Direction::LowerIsBetter {
            indicator.targets = vec![Target::new(2025, 2.0)];
        }
        let outcome = score_criterion(&criterion(max, rule), Some(&indicator), 2025, as_of, None);
        assert_eq!(outcome.cents, expected, "{what}: {outcome:?}");
        match missing {
            Some(why) => assert_eq!(outcome.computation, Computation::Missing(why), "{what}"),
            None => assert!(
                !matches!(outcome.computation, Computation::Missing(_)),
                "{what}"
            ),
        }
    }
}

#[test]
fn lower_is_better_steps_count_at_most() {
    let rule = Rule::Steps {
        indicator: "x".into(),
        steps: vec![
            Step {
                at: 0.0,
                points: 60.0,
            },
            Step {
                at: 1.0,
                points: 30.0,
            },
            Step {
                at: 2.0,
                points: 10.0,
            },
        ],
    };
    let as_of = date(2025, 12, 31);
    for (incidents, expected) in [(0.0, 6000), (1.0, 3000), (2.0, 1000), (3.0, 0)] {
        let count = MeasureUnit::Count {
            word: "vụ".into()
        };
        let i = indicator(
            count,
            Direction::LowerIsBetter,
            &[(date(2025, 6, 30), incidents)],
        );
        let outcome = score_criterion(&criterion(60.0, rule.clone()), Some(&i), 2025, as_of, None);
        assert_eq!(outcome.cents, expected, "{incidents} incidents");
    }
}

#[test]
fn numerator_and_denominator_make_the_ratio_and_a_zero_denominator_is_no_data() {
    let as_of = date(2025, 12, 31);
    let mut i = indicator(MeasureUnit::Percent, Direction::HigherIsBetter, &[]);
    let mut m = Measurement::new(date(2025, 12, 31), 95.0);
    m.numerator = Some(57.0);
    m.denominator = Some(60.0);
    i.measurements = vec![m.clone()];
    let c = criterion(20.0, ratio(None));
    let outcome = score_criterion(&c, Some(&i), 2025, as_of, None);
    assert_eq!(outcome.cents, 1900);
    assert_eq!(
        computation_words(&c, &outcome, Some(&i), 2025, Lang::Vi),
        "57 / 60 = 95% × 20 điểm = 19 điểm"
    );
    assert_eq!(
        computation_words(&c, &outcome, Some(&i), 2025, Lang::En),
        "57 / 60 = 95% × 20 points = 19 points"
    );
    m.numerator = Some(0.0);
    m.denominator = Some(0.0);
    i.measurements = vec![m];
    let outcome = score_criterion(&c, Some(&i), 2025, as_of, None);
    assert_eq!(outcome.cents, 0);
    assert_eq!(
        outcome.computation,
        Computation::Missing(Missing::ZeroDenominator)
    );
}

#[test]
fn missing_data_is_said_not_silently_zero() {
    let as_of = date(2025, 12, 31);
    let c = criterion(20.0, ratio(None));
    let no_value = indicator(MeasureUnit::Percent, Direction::HigherIsBetter, &[]);
    let outcome = score_criterion(&c, Some(&no_value), 2025, as_of, None);
    assert_eq!(
        computation_words(&c, &outcome, Some(&no_value), 2025, Lang::Vi),
        "chưa có số liệu — 0 điểm"
    );
    let outcome = score_criterion(&c, None, 2025, as_of, None);
    assert_eq!(
        computation_words(&c, &outcome, None, 2025, Lang::En),
        "the plan has no indicator “x” — 0 points"
    );
}

#[test]
fn a_per_year_total_of_last_year_does_not_count_this_year() {
    let count = MeasureUnit::Count {
        word: "cuộc".into(),
    };
    let mut i = indicator(
        count,
        Direction::HigherIsBetter,
        &[(date(2024, 12, 31), 4.0)],
    );
    i.accumulation = Accumulation::PerYear;
    let outcome = score_criterion(
        &criterion(20.0, steps()),
        Some(&i),
        2025,
        date(2025, 3, 31),
        None,
    );
    assert_eq!(outcome.computation, Computation::Missing(Missing::NoValue));
    // A level indicator keeps its last value, and the words say how old it is.
    i.accumulation = Accumulation::Level;
    let c = criterion(20.0, steps());
    let outcome = score_criterion(&c, Some(&i), 2025, date(2025, 3, 31), None);
    assert_eq!(outcome.cents, 2000);
    let words = computation_words(&c, &outcome, Some(&i), 2025, Lang::Vi);
    assert!(words.contains("31/12/2024"), "{words}");
}

#[test]
fn choices_and_points_by_hand_come_from_the_form() {
    let as_of = date(2025, 12, 31);
    let choice = Rule::Choice {
        choices: vec![
            Choice {
                id: "chu_tich".into(),
                name: "Bí thư hoặc Chủ tịch".into(),
                name_en: None,
                share: 1.0,
            },
            Choice {
                id: "pho".into(),
                name: "Cấp phó".into(),
                name_en: None,
                share: 0.5,
            },
        ],
    };
    let c = criterion(20.0, choice);
    let mut entry = AssessmentEntry::new("c", 2025);
    assert_eq!(
        score_criterion(&c, None, 2025, as_of, Some(&entry)).computation,
        Computation::Missing(Missing::NoChoice)
    );
    entry.choice = Some("pho".into());
    let outcome = score_criterion(&c, None, 2025, as_of, Some(&entry));
    assert_eq!(outcome.cents, 1000);
    assert_eq!(
        computation_words(&c, &outcome, None, 2025, Lang::Vi),
        "Cấp phó: 50% × 20 điểm = 10 điểm"
    );
    let manual = criterion(40.0, Rule::Manual);
    entry.points = Some(55.0);
    assert_eq!(
        score_criterion(&manual, None, 2025, as_of, Some(&entry)).cents,
        4000,
        "capped at the maximum"
    );
    entry.points = Some(12.345);
    assert_eq!(
        score_criterion(&manual, None, 2025, as_of, Some(&entry)).cents,
        1235,
        "rounded once, half up"
    );
    entry.points = None;
    assert_eq!(
        score_criterion(&manual, None, 2025, as_of, Some(&entry)).computation,
        Computation::Missing(Missing::NotEntered)
    );
}

#[test]
fn points_round_to_hundredths_half_away_from_zero() {
    for (points, cents) in [
        (19.005, 1901),
        (19.004, 1900),
        (6.666_666, 667),
        (0.0, 0),
        (1000.0, 100_000),
        (f64::NAN, 0),
    ] {
        assert_eq!(to_cents(points), cents, "{points}");
    }
}

#[test]
fn the_bundled_index_adds_up_and_reads_only_catalogue_indicators() {
    let index = bundled_index().expect("the bundled index parses");
    assert!(
        index_warnings(&index).is_empty(),
        "{:?}",
        index_warnings(&index)
    );
    assert_eq!(index.max_points, 1000.0);
    let catalog = lotrinh::catalog::catalog("commune").unwrap();
    let mut criteria = 0;
    for (_, criterion) in index.criteria() {
        criteria += 1;
        if let Some(id) = criterion.rule.indicator() {
            assert!(
                catalog.indicators.iter().any(|i| i.id == id),
                "{} reads {id}",
                criterion.id
            );
        }
        assert!(
            !criterion.source.is_empty(),
            "{} says what it rests on",
            criterion.id
        );
        assert!(
            !criterion.evidence.is_empty(),
            "{} names its evidence",
            criterion.id
        );
        assert!(
            criterion.name_en.is_some(),
            "{} has an English name",
            criterion.id
        );
    }
    assert!(criteria >= 40, "{criteria} criteria");
}
