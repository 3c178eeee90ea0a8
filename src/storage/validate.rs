//! The rules a project must keep, and the warnings worth showing.

use std::collections::HashSet;

use chrono::Datelike as _;

use super::error::{Problem, Warning};
use crate::model::{Indicator, MeasureUnit, Project, is_valid_indicator_id};

/// The outcome of [`validate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Validation {
    /// Rules broken: the project must not be used until they are fixed.
    pub problems: Vec<Problem>,
    /// Probable mistakes.
    pub warnings: Vec<Warning>,
}

/// Checks every rule of `project`.
pub fn validate(project: &Project) -> Validation {
    let mut validation = Validation::default();
    let mut seen = HashSet::new();
    for indicator in &project.indicators {
        if !seen.insert(indicator.id.as_str()) {
            validation.problems.push(Problem::DuplicateId {
                indicator_id: indicator.id.clone(),
            });
        }
        if !is_valid_indicator_id(&indicator.id) {
            validation.problems.push(Problem::InvalidId {
                indicator_id: indicator.id.clone(),
            });
        }
        check_values(indicator, &mut validation.problems);
        check_years(indicator, &mut validation.problems);
        collect_warnings(indicator, project, &mut validation.warnings);
    }
    validation
}

/// Every number of an indicator with a label saying which one it is.
fn labelled_values(indicator: &Indicator) -> Vec<(String, f64, bool)> {
    let mut values = Vec::new();
    if let Some(baseline) = indicator.baseline {
        values.push((
            format!("giá trị cơ sở (baseline) {}", baseline.date),
            baseline.value,
            true,
        ));
    }
    for target in &indicator.targets {
        values.push((
            format!("mục tiêu (target) {}", target.year),
            target.value,
            true,
        ));
    }
    for m in &indicator.measurements {
        values.push((format!("số liệu (value) {}", m.date), m.value, true));
        if let Some(numerator) = m.numerator {
            values.push((format!("tử số (numerator) {}", m.date), numerator, false));
        }
        if let Some(denominator) = m.denominator {
            values.push((
                format!("mẫu số (denominator) {}", m.date),
                denominator,
                false,
            ));
        }
    }
    if let MeasureUnit::Score { max } = indicator.unit {
        values.push(("điểm tối đa (maximum score)".to_owned(), max, false));
    }
    values
}

fn check_values(indicator: &Indicator, problems: &mut Vec<Problem>) {
    for (field, value, is_indicator_value) in labelled_values(indicator) {
        if !value.is_finite() {
            problems.push(Problem::NonFinite {
                indicator_id: indicator.id.clone(),
                field,
            });
        } else if is_indicator_value
            && indicator.unit.is_percent()
            && !(0.0..=100.0).contains(&value)
        {
            problems.push(Problem::PercentOutOfRange {
                indicator_id: indicator.id.clone(),
                field,
                value,
            });
        }
    }
}

fn check_years(indicator: &Indicator, problems: &mut Vec<Problem>) {
    let mut years = HashSet::new();
    for target in &indicator.targets {
        if !years.insert(target.year) {
            problems.push(Problem::DuplicateTargetYear {
                indicator_id: indicator.id.clone(),
                year: target.year,
            });
        }
        if let Some(baseline) = indicator.baseline
            && target.year < baseline.date.year()
        {
            problems.push(Problem::TargetBeforeBaseline {
                indicator_id: indicator.id.clone(),
                year: target.year,
                baseline_year: baseline.date.year(),
            });
        }
    }
}

fn collect_warnings(indicator: &Indicator, project: &Project, warnings: &mut Vec<Warning>) {
    let indicator_id = || indicator.id.clone();
    if indicator.direction != indicator.judged_direction() {
        warnings.push(Warning::RankHigherIsBetter {
            indicator_id: indicator_id(),
        });
    }
    if indicator.targets.is_empty() {
        warnings.push(Warning::NoTargets {
            indicator_id: indicator_id(),
        });
    }
    for m in &indicator.measurements {
        if m.date > project.as_of {
            warnings.push(Warning::MeasurementAfterAsOf {
                indicator_id: indicator_id(),
                date: m.date,
            });
        }
        if indicator.baseline.is_some_and(|b| m.date < b.date) {
            warnings.push(Warning::MeasurementBeforeBaseline {
                indicator_id: indicator_id(),
                date: m.date,
            });
        }
        if indicator.unit.is_yes_no() && m.value != 0.0 && m.value != 1.0 {
            warnings.push(Warning::YesNoValue {
                indicator_id: indicator_id(),
                value: m.value,
            });
        }
    }
}
