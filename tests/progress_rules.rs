#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]
//! Table-driven tests of the progress engine: one case per rule of the issue (latest value,
//! current target, progress ↑/↓, equal baseline and target, clamping, expected progress, status
//! boundaries, yes-no and rank indicators), then per-target verdicts, the forecast, the change per
//! year still needed and the project summary.

use chrono::{Days, NaiveDate};
use lotrinh::model::{
    AdminUnit, Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
};
use lotrinh::progress::{Status, Verdict, evaluate, forecast, summarize};

/// Tolerance for comparing computed floats.
const TOLERANCE: f64 = 1e-9;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// The usual baseline date of the cases.
fn base_date() -> NaiveDate {
    d(2020, 1, 1)
}

/// Share of `start..deadline` elapsed at `as_of`, clamped, computed independently of the engine.
fn fraction(start: NaiveDate, deadline: NaiveDate, as_of: NaiveDate) -> f64 {
    let elapsed = (as_of - start).num_days() as f64;
    let total = (deadline - start).num_days() as f64;
    (elapsed / total).clamp(0.0, 1.0)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE * (1.0 + a.abs().max(b.abs()))
}

fn assert_close(actual: Option<f64>, expected: Option<f64>, what: &str, case: &str) {
    match (actual, expected) {
        (None, None) => {}
        (Some(a), Some(e)) => assert!(close(a, e), "{case}: {what} = {a}, expected {e}"),
        _ => panic!("{case}: {what} = {actual:?}, expected {expected:?}"),
    }
}

/// One row of the rules table.
struct Case {
    name: &'static str,
    direction: Direction,
    unit: MeasureUnit,
    baseline: Option<(NaiveDate, f64)>,
    targets: Vec<(i32, f64)>,
    measurements: Vec<(NaiveDate, f64)>,
    as_of: NaiveDate,
    expected_status: Status,
    expected_exceeded: bool,
    expected_progress_raw: Option<f64>,
    expected_expected: Option<f64>,
    /// Year of the current target the engine must pick (`None`: no target at all).
    expected_target_year: Option<i32>,
}

/// ↑ percent indicator from 20 % (1/1/2020) to 60 % in 2025 and 90 % in 2030, judged on 1/1/2023
/// with no values: each case overrides what its rule needs.
fn base() -> Case {
    Case {
        name: "",
        direction: Direction::HigherIsBetter,
        unit: MeasureUnit::Percent,
        baseline: Some((base_date(), 20.0)),
        targets: vec![(2025, 60.0), (2030, 90.0)],
        measurements: Vec::new(),
        as_of: d(2023, 1, 1),
        expected_status: Status::NoData,
        expected_exceeded: false,
        expected_progress_raw: None,
        expected_expected: None,
        expected_target_year: Some(2025),
    }
}

fn make_indicator(
    direction: Direction,
    unit: MeasureUnit,
    baseline: Option<(NaiveDate, f64)>,
    targets: &[(i32, f64)],
    measurements: &[(NaiveDate, f64)],
) -> Indicator {
    let mut indicator = Indicator::new("chi_tieu", "Chỉ tiêu thử", Pillar::DigitalGovernment, unit);
    indicator.direction = direction;
    indicator.baseline = baseline.map(|(date, value)| Baseline { date, value });
    indicator.targets = targets.iter().map(|&(y, v)| Target::new(y, v)).collect();
    indicator.measurements = measurements
        .iter()
        .map(|&(date, value)| Measurement::new(date, value))
        .collect();
    indicator
}

fn up(baseline: f64, targets: &[(i32, f64)], measurements: &[(NaiveDate, f64)]) -> Indicator {
    make_indicator(
        Direction::HigherIsBetter,
        MeasureUnit::Percent,
        Some((base_date(), baseline)),
        targets,
        measurements,
    )
}

fn down(baseline: f64, targets: &[(i32, f64)], measurements: &[(NaiveDate, f64)]) -> Indicator {
    make_indicator(
        Direction::LowerIsBetter,
        MeasureUnit::Count {
            word: "hồ sơ".to_owned(),
        },
        Some((base_date(), baseline)),
        targets,
        measurements,
    )
}

#[path = "progress_rules/cases.rs"]
mod cases;

use cases::all_cases;

#[test]
fn rules_table() {
    let cases = all_cases();
    assert!(cases.len() >= 40, "the table lost cases: {}", cases.len());
    for case in &cases {
        let indicator = make_indicator(
            case.direction,
            case.unit.clone(),
            case.baseline,
            &case.targets,
            &case.measurements,
        );
        let result = evaluate(&indicator, case.as_of);
        let name = case.name;
        assert_eq!(result.as_of, case.as_of, "{name}");
        assert_eq!(result.status, case.expected_status, "{name}: status");
        assert_eq!(result.exceeded, case.expected_exceeded, "{name}: exceeded");
        assert_close(
            result.progress_raw,
            case.expected_progress_raw,
            "progress_raw",
            name,
        );
        assert_close(
            result.progress,
            case.expected_progress_raw.map(|p| p.clamp(0.0, 1.0)),
            "clamped progress",
            name,
        );
        assert_close(result.expected, case.expected_expected, "expected", name);
        assert_eq!(
            result.current_target.as_ref().map(|t| t.year),
            case.expected_target_year,
            "{name}: current target"
        );
        let latest = case
            .measurements
            .iter()
            .filter(|(date, _)| *date <= case.as_of)
            .max_by_key(|(date, _)| *date)
            .copied();
        assert_eq!(
            result.latest.map(|p| (p.date, p.value)),
            latest,
            "{name}: latest value"
        );
    }
}

fn verdict_fixture() -> Indicator {
    up(
        20.0,
        &[(2025, 60.0), (2030, 90.0)],
        &[
            (d(2024, 12, 31), 50.0),
            (d(2025, 12, 31), 55.0),
            (d(2026, 3, 31), 70.0),
        ],
    )
}

#[test]
fn past_target_is_judged_on_the_last_value_before_its_deadline() {
    let indicator = verdict_fixture();
    let as_of = d(2026, 6, 30);
    let result = evaluate(&indicator, as_of);
    assert_eq!(result.verdicts.len(), 2);
    let v2025 = &result.verdicts[0];
    assert_eq!(v2025.year, 2025);
    assert_eq!(v2025.target, 60.0);
    assert_eq!(v2025.deadline, d(2025, 12, 31));
    assert_eq!(v2025.verdict, Verdict::Missed, "55 on 31/12/2025 misses 60");
    assert!(!v2025.exceeded);
    let judged = v2025.judged.unwrap();
    assert_eq!((judged.date, judged.value), (d(2025, 12, 31), 55.0));
    let v2030 = &result.verdicts[1];
    assert_eq!((v2030.year, v2030.verdict), (2030, Verdict::Pending));
    assert!(!v2030.exceeded);
    // The indicator itself is judged against 2030 with the later value of 70.
    assert_eq!(result.current_target.as_ref().map(|t| t.year), Some(2030));
    assert_eq!(result.latest.map(|p| p.value), Some(70.0));
    assert_eq!(result.status, Status::OnTrack);
    assert!(close(result.progress_raw.unwrap(), 50.0 / 70.0));
}

#[test]
fn verdict_is_pending_until_the_deadline_day() {
    let indicator = verdict_fixture();
    for as_of in [d(2024, 6, 30), d(2025, 12, 30)] {
        let result = evaluate(&indicator, as_of);
        assert!(
            result
                .verdicts
                .iter()
                .all(|v| v.verdict == Verdict::Pending),
            "{as_of}: {:?}",
            result.verdicts
        );
    }
    let deadline_day = evaluate(&indicator, d(2025, 12, 31));
    assert_eq!(deadline_day.verdicts[0].verdict, Verdict::Missed);
    assert_eq!(deadline_day.verdicts[1].verdict, Verdict::Pending);
    let next_day = evaluate(&indicator, d(2026, 1, 1));
    assert_eq!(next_day.verdicts[0].verdict, Verdict::Missed);
    let after_2030 = evaluate(&indicator, d(2031, 1, 1));
    assert_eq!(after_2030.verdicts[1].verdict, Verdict::Missed);
    assert_eq!(after_2030.verdicts[1].judged.map(|p| p.value), Some(70.0));
}

#[test]
fn verdict_without_a_value_before_the_deadline_is_no_data() {
    let indicator = up(
        20.0,
        &[(2025, 60.0), (2030, 90.0)],
        &[(d(2026, 3, 31), 70.0)],
    );
    let result = evaluate(&indicator, d(2026, 6, 30));
    assert_eq!(result.verdicts[0].verdict, Verdict::NoData);
    assert_eq!(result.verdicts[0].judged, None);
    assert!(!result.verdicts[0].exceeded);
    assert_eq!(result.verdicts[1].verdict, Verdict::Pending);
}

#[test]
fn verdict_exceeded_flag() {
    let as_of = d(2026, 6, 30);
    let cases = [
        (
            up(20.0, &[(2025, 60.0)], &[(d(2025, 9, 30), 65.0)]),
            Verdict::Achieved,
            true,
        ),
        (
            up(20.0, &[(2025, 60.0)], &[(d(2025, 9, 30), 60.0)]),
            Verdict::Achieved,
            false,
        ),
        (
            up(20.0, &[(2025, 60.0)], &[(d(2025, 9, 30), 59.0)]),
            Verdict::Missed,
            false,
        ),
        (
            down(30.0, &[(2025, 10.0)], &[(d(2025, 9, 30), 5.0)]),
            Verdict::Achieved,
            true,
        ),
        (
            down(30.0, &[(2025, 10.0)], &[(d(2025, 9, 30), 10.0)]),
            Verdict::Achieved,
            false,
        ),
        (
            down(30.0, &[(2025, 10.0)], &[(d(2025, 9, 30), 11.0)]),
            Verdict::Missed,
            false,
        ),
    ];
    for (indicator, verdict, exceeded) in cases {
        let result = evaluate(&indicator, as_of);
        let v = &result.verdicts[0];
        assert_eq!(
            (v.verdict, v.exceeded),
            (verdict, exceeded),
            "{indicator:?}"
        );
    }
}

#[test]
fn verdicts_are_in_year_order_whatever_the_stored_order() {
    let indicator = up(
        20.0,
        &[(2030, 90.0), (2025, 60.0)],
        &[(d(2025, 6, 30), 61.0)],
    );
    let result = evaluate(&indicator, d(2026, 1, 1));
    let years: Vec<i32> = result.verdicts.iter().map(|v| v.year).collect();
    assert_eq!(years, [2025, 2030]);
    assert_eq!(result.verdicts[0].verdict, Verdict::Achieved);
    assert!(result.verdicts[0].exceeded);
}

/// Points exactly on value = 10 + 0.01 × days since 1/1/2020.
fn on_line(days: u64) -> (NaiveDate, f64) {
    (base_date() + Days::new(days), 10.0 + 0.01 * days as f64)
}

#[test]
fn forecast_is_the_exact_line_through_collinear_points() {
    let points = [on_line(366), on_line(731), on_line(1200)];
    let indicator = up(10.0, &[(2025, 30.0), (2030, 100.0)], &points);
    let line = forecast(&indicator, d(2023, 12, 31)).unwrap();
    assert_eq!(line.point_count, 4, "baseline and three measurements");
    assert_eq!(line.origin, base_date());
    assert!(close(line.intercept, 10.0), "{}", line.intercept);
    assert!(close(line.slope_per_day, 0.01), "{}", line.slope_per_day);
    assert!(
        close(line.slope_per_year, 0.01 * 365.25),
        "{}",
        line.slope_per_year
    );
    for (date, value) in points {
        assert!(close(line.value_at(date), value));
    }
    assert_eq!(line.targets.len(), 2);
    let t2025 = &line.targets[0];
    let days_2025 = (d(2025, 12, 31) - base_date()).num_days() as f64;
    assert_eq!((t2025.year, t2025.target), (2025, 30.0));
    assert!(
        close(t2025.projected, 10.0 + 0.01 * days_2025),
        "{}",
        t2025.projected
    );
    assert!(t2025.will_meet);
    let reach = t2025.reach_date.unwrap();
    let exact = base_date() + Days::new(2000);
    assert!((reach - exact).num_days().abs() <= 2, "{reach} vs {exact}");
    let t2030 = &line.targets[1];
    let days_2030 = (d(2030, 12, 31) - base_date()).num_days() as f64;
    assert!(close(t2030.projected, 10.0 + 0.01 * days_2030));
    assert!(!t2030.will_meet);
    let reach = t2030.reach_date.unwrap();
    let exact = base_date() + Days::new(9000);
    assert!((reach - exact).num_days().abs() <= 2, "{reach} vs {exact}");
}

#[test]
fn forecast_is_the_least_squares_fit_of_scattered_points() {
    // (0, 0), (100, 2), (200, 1): slope 100 / 20 000 = 0.005 a day, intercept 0.5.
    let indicator = up(
        0.0,
        &[(2025, 60.0)],
        &[
            (base_date() + Days::new(100), 2.0),
            (base_date() + Days::new(200), 1.0),
        ],
    );
    let line = forecast(&indicator, d(2021, 1, 1)).unwrap();
    assert_eq!(line.point_count, 3);
    assert!(close(line.slope_per_day, 0.005), "{}", line.slope_per_day);
    assert!(close(line.intercept, 0.5), "{}", line.intercept);
}

#[test]
fn forecast_ignores_measurements_after_as_of() {
    let indicator = up(
        10.0,
        &[(2025, 30.0)],
        &[on_line(366), on_line(731), (d(2023, 6, 30), 0.0)],
    );
    let line = forecast(&indicator, d(2022, 12, 31)).unwrap();
    assert_eq!(line.point_count, 3);
    assert!(close(line.slope_per_day, 0.01));
}

#[test]
fn forecast_for_a_decreasing_indicator() {
    // ↓ from 40 by 0.01 a day: 20 is reached on day 2000.
    let points: Vec<(NaiveDate, f64)> = [365u64, 730]
        .iter()
        .map(|&days| (base_date() + Days::new(days), 40.0 - 0.01 * days as f64))
        .collect();
    let indicator = down(40.0, &[(2025, 20.0)], &points);
    let line = forecast(&indicator, d(2022, 1, 1)).unwrap();
    assert!(close(line.slope_per_day, -0.01));
    let target = &line.targets[0];
    assert!(target.will_meet, "projected {}", target.projected);
    let reach = target.reach_date.unwrap();
    let exact = base_date() + Days::new(2000);
    assert!((reach - exact).num_days().abs() <= 2, "{reach} vs {exact}");
}

#[test]
fn forecast_never_reaches_when_the_trend_goes_the_wrong_way() {
    let worse_up = up(
        50.0,
        &[(2025, 80.0)],
        &[(d(2021, 1, 1), 45.0), (d(2022, 1, 1), 40.0)],
    );
    let worse_down = down(
        30.0,
        &[(2025, 10.0)],
        &[(d(2021, 1, 1), 32.0), (d(2022, 1, 1), 35.0)],
    );
    let flat = up(
        50.0,
        &[(2025, 80.0)],
        &[(d(2021, 1, 1), 50.0), (d(2022, 1, 1), 50.0)],
    );
    for indicator in [worse_up, worse_down, flat] {
        let line = forecast(&indicator, d(2022, 6, 30)).unwrap();
        let target = &line.targets[0];
        assert_eq!(target.reach_date, None, "{indicator:?}");
        assert!(!target.will_meet, "{indicator:?}");
    }
}

#[test]
fn forecast_needs_two_points_on_different_days() {
    let as_of = d(2023, 1, 1);
    let baseline_only = up(10.0, &[(2025, 30.0)], &[]);
    let one_measurement = make_indicator(
        Direction::HigherIsBetter,
        MeasureUnit::Percent,
        None,
        &[(2025, 30.0)],
        &[(d(2022, 1, 1), 20.0)],
    );
    let second_point_after_as_of = up(10.0, &[(2025, 30.0)], &[(d(2024, 1, 1), 20.0)]);
    let same_day = up(10.0, &[(2025, 30.0)], &[(base_date(), 12.0)]);
    for indicator in [
        baseline_only,
        one_measurement,
        second_point_after_as_of,
        same_day,
    ] {
        assert_eq!(forecast(&indicator, as_of), None, "{indicator:?}");
        assert_eq!(evaluate(&indicator, as_of).forecast, None, "{indicator:?}");
    }
    let two = up(10.0, &[(2025, 30.0)], &[(d(2022, 1, 1), 20.0)]);
    assert!(forecast(&two, as_of).is_some());
}

#[test]
fn required_change_per_year() {
    let as_of = d(2023, 12, 31);
    let years_left = (d(2025, 12, 31) - as_of).num_days() as f64 / 365.25;
    let behind = up(20.0, &[(2025, 60.0)], &[(as_of, 40.0)]);
    let needed = evaluate(&behind, as_of).required_change_per_year.unwrap();
    assert!(close(needed, 20.0 / years_left), "{needed}");
    let falling = down(30.0, &[(2025, 10.0)], &[(as_of, 20.0)]);
    let needed = evaluate(&falling, as_of).required_change_per_year.unwrap();
    assert!(
        close(needed, -10.0 / years_left),
        "↓ needs a fall: {needed}"
    );
}

#[test]
fn no_required_change_when_met_or_without_a_value() {
    let as_of = d(2023, 12, 31);
    let met = up(20.0, &[(2025, 60.0)], &[(as_of, 60.0)]);
    assert_eq!(evaluate(&met, as_of).required_change_per_year, None);
    let beaten = down(30.0, &[(2025, 10.0)], &[(as_of, 5.0)]);
    assert_eq!(evaluate(&beaten, as_of).required_change_per_year, None);
    let no_value = up(20.0, &[(2025, 60.0)], &[]);
    assert_eq!(evaluate(&no_value, as_of).required_change_per_year, None);
    let only_later = up(20.0, &[(2025, 60.0)], &[(d(2024, 6, 30), 40.0)]);
    assert_eq!(evaluate(&only_later, as_of).required_change_per_year, None);
}

#[test]
fn no_required_change_once_the_deadline_has_passed() {
    // The field's contract: None "when the deadline has passed".
    let indicator = up(20.0, &[(2025, 60.0)], &[(d(2025, 6, 30), 50.0)]);
    let result = evaluate(&indicator, d(2026, 6, 30));
    assert_eq!(result.status, Status::Missed);
    assert_eq!(result.required_change_per_year, None);
}

fn in_pillar(mut indicator: Indicator, id: &str, pillar: Pillar) -> Indicator {
    indicator.id = id.to_owned();
    indicator.pillar = pillar;
    indicator
}

#[test]
fn summarize_counts_per_pillar_and_mean_clamped_progress() {
    let as_of = d(2023, 1, 1);
    let m = |value: f64| vec![(as_of, value)];
    let t = [(2025, 60.0)];
    let mut project = Project::new(AdminUnit::default(), as_of);
    project.indicators = vec![
        // Foundation: Vượt at raw 1.5 (counted as 100 %) and OnTrack at 0.6.
        in_pillar(up(20.0, &t, &m(80.0)), "a", Pillar::Foundation),
        in_pillar(up(20.0, &t, &m(44.0)), "b", Pillar::Foundation),
        // Digital government: AtRisk at raw −0.25 (counted as 0 %) and NoData.
        in_pillar(up(20.0, &t, &m(10.0)), "c", Pillar::DigitalGovernment),
        in_pillar(up(20.0, &t, &[]), "d", Pillar::DigitalGovernment),
        // Digital society: Missed (2022 target) at raw 0.5, and Behind at 0.4.
        in_pillar(
            up(20.0, &[(2022, 60.0)], &m(40.0)),
            "e",
            Pillar::DigitalSociety,
        ),
        in_pillar(up(20.0, &t, &m(36.0)), "f", Pillar::DigitalSociety),
    ];
    let summary = summarize(&project);
    let statuses: Vec<Status> = summary.indicators.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        [
            Status::Achieved,
            Status::OnTrack,
            Status::AtRisk,
            Status::NoData,
            Status::Missed,
            Status::Behind
        ]
    );
    let pillars: Vec<Pillar> = summary.pillars.iter().map(|p| p.pillar).collect();
    assert_eq!(
        pillars,
        [
            Pillar::Foundation,
            Pillar::DigitalGovernment,
            Pillar::DigitalSociety
        ],
        "only pillars with indicators, in pillar order"
    );
    let foundation = &summary.pillars[0];
    assert_eq!(
        (foundation.counts.achieved, foundation.counts.on_track),
        (1, 1)
    );
    assert_eq!(foundation.counts.total(), 2);
    assert_close(
        foundation.mean_progress,
        Some(0.8),
        "Foundation mean",
        "summary",
    );
    let government = &summary.pillars[1];
    assert_eq!(
        (government.counts.at_risk, government.counts.no_data),
        (1, 1)
    );
    assert_eq!(government.counts.total(), 2);
    assert_close(
        government.mean_progress,
        Some(0.0),
        "Government mean",
        "summary",
    );
    let society = &summary.pillars[2];
    assert_eq!((society.counts.missed, society.counts.behind), (1, 1));
    assert_close(society.mean_progress, Some(0.45), "Society mean", "summary");
    let total = summary.total;
    assert_eq!(
        [
            total.achieved,
            total.on_track,
            total.behind,
            total.at_risk,
            total.missed,
            total.no_data
        ],
        [1, 1, 1, 1, 1, 1]
    );
    assert_eq!(total.total(), 6);
    assert_close(
        summary.mean_progress,
        Some((1.0 + 0.6 + 0.0 + 0.5 + 0.4) / 5.0),
        "mean",
        "summary",
    );
}

#[test]
fn summarize_an_empty_project() {
    let project = Project::new(AdminUnit::default(), d(2025, 1, 1));
    let summary = summarize(&project);
    assert!(summary.indicators.is_empty());
    assert!(summary.pillars.is_empty());
    assert_eq!(summary.total.total(), 0);
    assert_eq!(summary.mean_progress, None);
}
