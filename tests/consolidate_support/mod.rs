//! Member plans built in memory for the consolidation tests.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use lotrinh::consolidate::{Consolidation, Rule, consolidate, members_of};
use lotrinh::model::{
    Accumulation, AdminUnit, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
    UnitLevel,
};

/// A date.
pub fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// The reporting date of the cases.
pub fn as_of() -> NaiveDate {
    d(2025, 9, 30)
}

/// A value on a date, with optional numerator and denominator.
pub fn value(date: NaiveDate, value: f64, ratio: Option<(f64, f64)>) -> Measurement {
    let mut measurement = Measurement::new(date, value);
    if let Some((numerator, denominator)) = ratio {
        measurement.numerator = Some(numerator);
        measurement.denominator = Some(denominator);
    }
    measurement
}

/// An indicator `x` in `unit` with `targets` and `measurements`.
pub fn indicator(
    unit: MeasureUnit,
    accumulation: Accumulation,
    targets: &[(i32, f64)],
    measurements: Vec<Measurement>,
) -> Indicator {
    let mut indicator = Indicator::new("x", "Chỉ tiêu X", Pillar::DigitalGovernment, unit);
    indicator.accumulation = accumulation;
    indicator.targets = targets.iter().map(|(y, v)| Target::new(*y, *v)).collect();
    indicator.measurements = measurements;
    indicator
}

/// A commune plan named `name` holding `indicators`, reported on `as_of`.
pub fn plan(name: &str, indicators: Vec<Indicator>) -> Project {
    let mut project = Project::new(
        AdminUnit {
            level: UnitLevel::Commune,
            name: name.to_owned(),
            parent_name: String::new(),
            province: "Tỉnh Thử".to_owned(),
        },
        as_of(),
    );
    project.indicators = indicators;
    project
}

/// Member names in canonical order: "Xã A", "Xã B", …
pub fn member_name(index: usize) -> String {
    format!("Xã {}", char::from(b'A' + u8::try_from(index).unwrap()))
}

/// Consolidates `projects` (paths made from their unit names) with `rules`.
pub fn consolidate_projects(
    projects: Vec<Project>,
    rules: &BTreeMap<String, Rule>,
) -> Consolidation {
    let named: Vec<(PathBuf, Project)> = projects
        .into_iter()
        .map(|p| (PathBuf::from(format!("{}.ron", p.unit.name)), p))
        .collect();
    consolidate(members_of(&named, as_of()), rules, None)
}

/// Consolidates one indicator `x` whose members (Xã A, B, …) have these indicators.
pub fn consolidate_one(
    indicators: Vec<Indicator>,
    rules: &BTreeMap<String, Rule>,
) -> Consolidation {
    let projects = indicators
        .into_iter()
        .enumerate()
        .map(|(index, indicator)| plan(&member_name(index), vec![indicator]))
        .collect();
    consolidate_projects(projects, rules)
}
