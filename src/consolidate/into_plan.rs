//! The consolidated values written as measurements into a plan: a province plan chosen by the
//! user (matched by indicator id) or a new plan made from the collection. Nothing is written to
//! disk here: the result is a new project, shown first and applied as one change by the caller.

use std::mem::discriminant;

use chrono::NaiveDate;
use serde::Serialize;

use super::collection::Collection;
use super::combine::{Combined, Reading, combine};
use super::consolidation::{ConsolidatedIndicator, Consolidation};
use super::rule::Rule;
use crate::i18n::Lang;
use crate::model::{
    Baseline, Indicator, MeasureUnit, Measurement, Project, Target, ValueProblem, YesNoWords,
};

/// A value the write puts into the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WrittenValue {
    /// The indicator's id.
    pub indicator_id: String,
    /// The value written.
    pub value: f64,
    /// The value it replaces (a measurement of the same date), if any.
    pub replaced: Option<f64>,
}

/// Why a consolidated figure is not written.
#[derive(Clone, Debug, PartialEq)]
pub enum SkipReason {
    /// The plan has no indicator with this id.
    NotInPlan,
    /// There is no single figure: ranks are listed, units differ, or no member has a value.
    NoFigure,
    /// The plan records the indicator in another unit.
    OtherUnit,
    /// The figure is not a value of the plan's unit.
    BadValue(ValueProblem),
}

/// Why a consolidated figure is not written into a plan, in `lang`.
pub fn skip_reason_text(reason: &SkipReason, lang: Lang) -> &'static str {
    let texts = lang.texts().consolidate;
    match reason {
        SkipReason::NotInPlan => texts.skip_not_in_plan,
        SkipReason::NoFigure => texts.skip_no_figure,
        SkipReason::OtherUnit => texts.skip_other_unit,
        SkipReason::BadValue(_) => texts.skip_bad_value,
    }
}

/// A consolidated figure that is not written, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedValue {
    /// The indicator's id.
    pub indicator_id: String,
    /// Why.
    pub reason: SkipReason,
}

/// The plan after the write, and what the write did.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanWrite {
    /// The plan with the consolidated values in it.
    pub result: Project,
    /// Values written.
    pub written: Vec<WrittenValue>,
    /// Figures not written.
    pub skipped: Vec<SkippedValue>,
}

/// Writes every consolidated figure into a copy of `plan` as a measurement dated on the reporting
/// date, with the rule and the member count in its note and the collection in its source.
pub fn write_into(
    consolidation: &Consolidation,
    plan: &Project,
    collection_title: &str,
    lang: Lang,
) -> PlanWrite {
    let mut write = PlanWrite {
        result: plan.clone(),
        written: Vec::new(),
        skipped: Vec::new(),
    };
    for consolidated in &consolidation.indicators {
        let indicator_id = consolidated.template.id.clone();
        let skip = |reason| SkippedValue {
            indicator_id: indicator_id.clone(),
            reason,
        };
        let Some(target) = write.result.indicator_mut(&indicator_id) else {
            write.skipped.push(skip(SkipReason::NotInPlan));
            continue;
        };
        let Some(measurement) =
            measurement_for(consolidated, consolidation, collection_title, lang)
        else {
            write.skipped.push(skip(SkipReason::NoFigure));
            continue;
        };
        if !unit_accepts(&target.unit, consolidated) {
            write.skipped.push(skip(SkipReason::OtherUnit));
            continue;
        }
        if let Err(problem) = target.unit.check_value(measurement.value) {
            write.skipped.push(skip(SkipReason::BadValue(problem)));
            continue;
        }
        let value = measurement.value;
        let replaced = put(target, measurement);
        write.written.push(WrittenValue {
            indicator_id,
            value,
            replaced,
        });
    }
    write
}

/// A new plan for the collection's unit, with every consolidated indicator (ranks, which are not
/// combined, left out), targets combined from the members' where they can be, and the
/// consolidated figures written in.
pub fn new_plan(consolidation: &Consolidation, collection: &Collection, lang: Lang) -> PlanWrite {
    let mut plan = Project::new(collection.unit.clone(), consolidation.as_of);
    plan.title = collection.title.clone();
    for consolidated in &consolidation.indicators {
        if consolidated.rule == Rule::Listed {
            continue;
        }
        let mut indicator = consolidated.template.clone();
        indicator.targets = combined_targets(consolidation, consolidated, lang);
        indicator.baseline = combined_baseline(consolidation, consolidated);
        if consolidated.rule == Rule::YesNoShare {
            indicator.unit = MeasureUnit::Percent;
            indicator.yes_no_words = YesNoWords::default();
            indicator.name = (lang.texts().consolidate.share_indicator_name)(&indicator.name);
        }
        plan.indicators.push(indicator);
    }
    let mut write = write_into(consolidation, &plan, &collection.title, lang);
    for consolidated in &consolidation.indicators {
        if consolidated.rule == Rule::Listed {
            write.skipped.push(SkippedValue {
                indicator_id: consolidated.template.id.clone(),
                reason: SkipReason::NoFigure,
            });
        }
    }
    write
}

/// Puts `measurement` in, replacing one of the same date; returns the value replaced.
fn put(indicator: &mut Indicator, measurement: Measurement) -> Option<f64> {
    let existing = indicator
        .measurements
        .iter_mut()
        .find(|m| m.date == measurement.date);
    match existing {
        Some(old) => {
            let replaced = old.value;
            *old = measurement;
            Some(replaced)
        }
        None => {
            indicator.measurements.push(measurement);
            indicator.sort_measurements();
            None
        }
    }
}

/// True when a plan indicator measured in `unit` can take the consolidated figure: the same kind
/// of unit, or a percent for a yes/no share.
fn unit_accepts(unit: &MeasureUnit, consolidated: &ConsolidatedIndicator) -> bool {
    match consolidated.combined {
        Combined::Share { .. } => unit.is_percent(),
        _ => discriminant(unit) == discriminant(&consolidated.template.unit),
    }
}

fn measurement_for(
    consolidated: &ConsolidatedIndicator,
    consolidation: &Consolidation,
    collection_title: &str,
    lang: Lang,
) -> Option<Measurement> {
    let texts = lang.texts().consolidate;
    let figure = consolidated.combined.figure()?;
    let mut measurement = Measurement::new(consolidation.as_of, round(figure));
    match consolidated.combined {
        Combined::Ratio {
            numerator,
            denominator,
            ..
        } => {
            measurement.numerator = Some(numerator);
            measurement.denominator = Some(denominator);
        }
        Combined::Share { yes, of } => {
            measurement.numerator = Some(yes as f64);
            measurement.denominator = Some(of as f64);
        }
        _ => {}
    }
    let units = super::units_word(&consolidation.members, lang);
    measurement.note = (texts.written_note)(
        crate::consolidate::rule_name(consolidated.rule, lang),
        consolidated.reporting,
        consolidated.with_indicator,
        units,
    );
    measurement.source = (texts.written_source)(collection_title);
    Some(measurement)
}

/// Rounds to six decimals, so that a mean of thirds does not fill the file with digits.
fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// The members' targets combined by the indicator's rule, for each year every member with the
/// indicator has one: sums for sums, the common value (or the mean) for the others.
fn combined_targets(
    consolidation: &Consolidation,
    consolidated: &ConsolidatedIndicator,
    lang: Lang,
) -> Vec<Target> {
    let Some(index) = consolidation.indicator_index(&consolidated.template.id) else {
        return Vec::new();
    };
    let values: Vec<_> = (0..consolidation.members.len())
        .filter_map(|m| consolidation.cell(m, index).map(|v| (m, v)))
        .collect();
    let mut years: Vec<i32> = values
        .iter()
        .flat_map(|(_, v)| v.targets.iter().map(|t| t.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let texts = lang.texts().consolidate;
    years
        .into_iter()
        .filter_map(|year| {
            let readings: Vec<Reading> = values
                .iter()
                .filter_map(|(m, v)| {
                    let target = v.targets.iter().find(|t| t.year == year)?;
                    Some(Reading::plain(*m, target.value))
                })
                .collect();
            if readings.len() != values.len() {
                return None;
            }
            let value = target_figure(consolidated.rule, &readings)?;
            Some(Target {
                year,
                value: round(value),
                suggested: true,
                source: (texts.target_source)(readings.len()),
            })
        })
        .collect()
}

/// Targets and baselines have no numerator and denominator: a ratio of sums becomes a mean.
fn target_figure(rule: Rule, readings: &[Reading]) -> Option<f64> {
    let rule = if rule == Rule::RatioOfSums {
        Rule::Mean
    } else {
        rule
    };
    combine(rule, readings).figure()
}

fn combined_baseline(
    consolidation: &Consolidation,
    consolidated: &ConsolidatedIndicator,
) -> Option<Baseline> {
    let index = consolidation.indicator_index(&consolidated.template.id)?;
    let mut readings = Vec::new();
    let mut latest: Option<NaiveDate> = None;
    for member in 0..consolidation.members.len() {
        let Some(value) = consolidation.cell(member, index) else {
            continue;
        };
        let baseline = value.baseline?;
        latest = latest.max(Some(baseline.date));
        readings.push(Reading::plain(member, baseline.value));
    }
    // A yes/no share comes out as a percent, the unit of the new plan's indicator.
    let value = target_figure(consolidated.rule, &readings)?;
    Some(Baseline {
        date: latest?,
        value: round(value),
    })
}
