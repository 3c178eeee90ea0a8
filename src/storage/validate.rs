//! The rules a project must keep, and the warnings worth showing.

use std::collections::HashSet;

use chrono::Datelike as _;

use super::error::{Problem, ValueField, Warning};
use crate::model::{Indicator, MeasureUnit, Project, ValueProblem, is_valid_indicator_id};

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
    if let Some(index) = &project.score_index
        && let Err(crate::scoring::IndexError::Invalid { id, problem }) =
            crate::scoring::validate(index)
    {
        validation
            .problems
            .push(Problem::ScoreIndex { id, problem });
    }
    validation
}

/// Every number of an indicator with the field it is, and whether it is a value of the indicator's
/// unit (baseline, target, measurement) rather than a number beside one.
fn labelled_values(indicator: &Indicator) -> Vec<(ValueField, f64, bool)> {
    let mut values = Vec::with_capacity(2 * indicator.measurements.len() + 4);
    if let Some(baseline) = indicator.baseline {
        values.push((ValueField::Baseline(baseline.date), baseline.value, true));
    }
    for target in &indicator.targets {
        values.push((ValueField::Target(target.year), target.value, true));
    }
    for m in &indicator.measurements {
        values.push((ValueField::Measurement(m.date), m.value, true));
        if let Some(numerator) = m.numerator {
            values.push((ValueField::Numerator(m.date), numerator, false));
        }
        if let Some(denominator) = m.denominator {
            values.push((ValueField::Denominator(m.date), denominator, false));
        }
    }
    if let MeasureUnit::Score { max } = indicator.unit {
        values.push((ValueField::ScoreMax, max, false));
    }
    values
}

fn check_values(indicator: &Indicator, problems: &mut Vec<Problem>) {
    for (field, value, is_indicator_value) in labelled_values(indicator) {
        let problem = if is_indicator_value {
            indicator.unit.check_value(value).err()
        } else {
            (!value.is_finite()).then_some(ValueProblem::NotFinite)
        };
        let Some(problem) = problem else {
            continue;
        };
        let indicator_id = indicator.id.clone();
        problems.push(match problem {
            ValueProblem::NotFinite => Problem::NonFinite {
                indicator_id,
                field,
            },
            ValueProblem::PercentOutOfRange => Problem::PercentOutOfRange {
                indicator_id,
                field,
                value,
            },
            ValueProblem::NotYesNo => Problem::NotYesNo {
                indicator_id,
                field,
                value,
            },
            ValueProblem::RankBelowOne => Problem::RankBelowOne {
                indicator_id,
                field,
                value,
            },
            ValueProblem::Negative => Problem::Negative {
                indicator_id,
                field,
                value,
            },
        });
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
    for problem in crate::planning::step_problems(indicator) {
        let mut unit_of =
            Indicator::new(&indicator.id, "", indicator.pillar, indicator.unit.clone());
        unit_of.yes_no_words = indicator.yes_no_words;
        warnings.push(Warning::Roadmap {
            indicator: Box::new(unit_of),
            problem,
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
    }
}
