//! The consolidation: members in a canonical order (so that the order they were given in never
//! changes a result), one file per unit, every indicator combined by its rule, the units × indicators
//! matrix and the ranking of units.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::collection::default_period_start;
use super::combine::{Combined, Reading, combine};
use super::load::{LoadedMembers, MemberFailure};
use super::member::{MemberSnapshot, MemberTarget, MemberValue};
use super::rule::Rule;
use crate::model::{Indicator, MeasureUnit, Pillar};
use crate::progress::{Status, StatusCounts, Verdict};

/// How many members achieved their own target of one milestone year: "14/20 xã đạt mục tiêu 2025".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TargetsMet {
    /// The milestone year most members are judged against at the reporting date.
    pub year: i32,
    /// Members whose value meets their own target of that year.
    pub met: usize,
    /// Members with a target of that year.
    pub of: usize,
}

/// One indicator consolidated over the members.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConsolidatedIndicator {
    /// The indicator as the first member (in canonical order) describes it, without values.
    pub template: Indicator,
    /// The rule applied.
    pub rule: Rule,
    /// True when the rule was chosen in the collection rather than by default.
    pub rule_chosen: bool,
    /// A rule chosen in the collection that does not fit the unit, replaced by the default.
    pub rule_refused: Option<Rule>,
    /// The rule the indicator gets when none is chosen.
    pub default_rule: Rule,
    /// The consolidated figure.
    pub combined: Combined,
    /// Members that have the indicator.
    pub with_indicator: usize,
    /// Members whose value counts at the reporting date.
    pub reporting: usize,
    /// The members' statuses at the reporting date.
    pub statuses: StatusCounts,
    /// How many members achieved their own current target.
    pub targets_met: Option<TargetsMet>,
    /// How many members achieved the latest milestone already judged (its deadline reached),
    /// when that milestone is not the current one: "9/12 xã đạt mục tiêu 2025" in 2026.
    pub last_milestone: Option<TargetsMet>,
    /// Members that record the indicator in another unit than the others.
    pub unit_conflicts: Vec<usize>,
    /// Members with values dated after the reporting date (ignored).
    pub later_values: usize,
    /// Members of a per-year indicator whose latest total is of an earlier year (not counted).
    pub earlier_year: usize,
    /// The current target every member shares (same year and value), if they all share one.
    pub common_target: Option<MemberTarget>,
}

/// A second file of a unit already in the consolidation; it is left out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duplicate {
    /// The member kept (the file with the latest reporting date).
    pub kept: usize,
    /// The file left out.
    pub path: std::path::PathBuf,
    /// The reporting date written in the file left out.
    pub plan_as_of: NaiveDate,
}

/// The whole consolidation at one reporting date.
#[derive(Debug)]
pub struct Consolidation {
    /// The reporting date.
    pub as_of: NaiveDate,
    /// First day of the reporting period.
    pub period_start: NaiveDate,
    /// The members, in canonical order (unit name, then path).
    pub members: Vec<MemberSnapshot>,
    /// The indicators, by pillar, each pillar in order of first appearance.
    pub indicators: Vec<ConsolidatedIndicator>,
    /// Files that could not be read.
    pub failures: Vec<MemberFailure>,
    /// Second files of the same unit, left out.
    pub duplicates: Vec<Duplicate>,
    /// Member indexes, best first: by mean roadmap completion, then by indicators achieved.
    pub ranking: Vec<usize>,
    /// For each member × indicator, the index of the member's value.
    cells: Vec<Option<u32>>,
    /// The number of indicators (the stride of `cells`).
    columns: usize,
}

impl Consolidation {
    /// The value of `member` for indicator number `indicator`, if the member has it.
    pub fn cell(&self, member: usize, indicator: usize) -> Option<&MemberValue> {
        let index = member.checked_mul(self.columns)?.checked_add(indicator)?;
        let value = (*self.cells.get(index)?)?;
        self.members.get(member)?.values.get(value as usize)
    }

    /// The position of the indicator with this id.
    pub fn indicator_index(&self, indicator_id: &str) -> Option<usize> {
        self.indicators
            .iter()
            .position(|i| i.template.id == indicator_id)
    }

    /// Recombines every indicator with `rules` (after a rule is changed by hand).
    pub fn apply_rules(&mut self, rules: &BTreeMap<String, Rule>) {
        for index in 0..self.indicators.len() {
            let Some(indicator) = self.indicators.get(index) else {
                continue;
            };
            let template = indicator.template.clone();
            let consolidated = consolidate_indicator(self, index, template, rules);
            if let Some(slot) = self.indicators.get_mut(index) {
                *slot = consolidated;
            }
        }
    }
}

/// Consolidates `loaded` with the rules chosen in the collection (`rules`, by indicator id).
pub fn consolidate(
    loaded: LoadedMembers,
    rules: &BTreeMap<String, Rule>,
    period_start: Option<NaiveDate>,
) -> Consolidation {
    let as_of = loaded.as_of.unwrap_or_default();
    let (members, duplicates) = canonical_members(loaded.members);
    let templates = indicator_order(&members, loaded.templates);
    let mut consolidation = Consolidation {
        as_of,
        period_start: period_start.unwrap_or_else(|| default_period_start(as_of)),
        cells: cell_index(&members, &templates),
        columns: templates.len(),
        members,
        indicators: Vec::new(),
        failures: loaded.failures,
        duplicates,
        ranking: Vec::new(),
    };
    let indicators = templates
        .into_iter()
        .enumerate()
        .map(|(index, template)| consolidate_indicator(&consolidation, index, template, rules))
        .collect();
    consolidation.indicators = indicators;
    consolidation.ranking = ranking(&consolidation.members);
    consolidation
}

/// Sorts the members canonically and keeps one file per unit: the one with the latest reporting
/// date (the first in canonical order among equals).
fn canonical_members(mut members: Vec<MemberSnapshot>) -> (Vec<MemberSnapshot>, Vec<Duplicate>) {
    members.sort_by_cached_key(MemberSnapshot::sort_key);
    let mut best: HashMap<_, usize> = HashMap::new();
    for (index, member) in members.iter().enumerate() {
        let key = member.unit_key();
        match best.get(&key) {
            Some(&held)
                if members
                    .get(held)
                    .is_some_and(|m| m.plan_as_of >= member.plan_as_of) => {}
            _ => {
                best.insert(key, index);
            }
        }
    }
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (index, member) in members.into_iter().enumerate() {
        if best.get(&member.unit_key()) == Some(&index) {
            kept.push(member);
        } else {
            dropped.push(member);
        }
    }
    let duplicates = dropped
        .into_iter()
        .map(|member| Duplicate {
            kept: kept
                .iter()
                .position(|k| k.unit_key() == member.unit_key())
                .unwrap_or(0),
            path: member.path,
            plan_as_of: member.plan_as_of,
        })
        .collect();
    (kept, duplicates)
}

/// The indicators by pillar, each pillar in order of first appearance among the members.
fn indicator_order(
    members: &[MemberSnapshot],
    mut templates: BTreeMap<String, Indicator>,
) -> Vec<Indicator> {
    let mut ordered = Vec::new();
    for member in members {
        for value in &member.values {
            if let Some(template) = templates.remove(&value.indicator_id) {
                ordered.push(template);
            }
        }
    }
    ordered.sort_by_key(|t: &Indicator| Pillar::ALL.iter().position(|p| *p == t.pillar));
    ordered
}

fn cell_index(members: &[MemberSnapshot], templates: &[Indicator]) -> Vec<Option<u32>> {
    let columns: HashMap<&str, usize> = templates
        .iter()
        .enumerate()
        .map(|(index, t)| (t.id.as_str(), index))
        .collect();
    let mut cells = vec![None; members.len() * templates.len()];
    for (row, member) in members.iter().enumerate() {
        for (position, value) in member.values.iter().enumerate() {
            let Some(column) = columns.get(value.indicator_id.as_str()) else {
                continue;
            };
            if let Some(cell) = cells.get_mut(row * templates.len() + column) {
                *cell = u32::try_from(position).ok();
            }
        }
    }
    cells
}

fn consolidate_indicator(
    consolidation: &Consolidation,
    index: usize,
    template: Indicator,
    rules: &BTreeMap<String, Rule>,
) -> ConsolidatedIndicator {
    let values: Vec<(usize, &MemberValue)> = (0..consolidation.members.len())
        .filter_map(|member| consolidation.cell(member, index).map(|v| (member, v)))
        .collect();
    let unit_conflicts = unit_conflicts(&values, &template.unit);
    let readings: Vec<Reading> = values
        .iter()
        .filter_map(|(member, value)| {
            value.counted.map(|counted| Reading {
                member: *member,
                value: counted.value,
                numerator: counted.numerator,
                denominator: counted.denominator,
            })
        })
        .collect();
    let all_have_ratio = !readings.is_empty() && readings.iter().all(|r| r.ratio_parts().is_some());
    let default = Rule::default_for(&template.unit, template.accumulation, all_have_ratio);
    let chosen = rules.get(&template.id).copied();
    let fits = chosen.is_some_and(|rule| rule.fits(&template.unit, template.accumulation));
    let rule = if fits {
        chosen.unwrap_or(default)
    } else {
        default
    };
    let combined = if unit_conflicts.is_empty() {
        combine(rule, &readings)
    } else {
        Combined::UnitsDiffer
    };
    let mut statuses = StatusCounts::default();
    for (_, value) in &values {
        statuses.add(value.status);
    }
    ConsolidatedIndicator {
        rule,
        rule_chosen: fits,
        rule_refused: chosen.filter(|_| !fits),
        default_rule: default,
        combined,
        with_indicator: values.len(),
        reporting: readings.len(),
        statuses,
        targets_met: targets_met(&values),
        last_milestone: last_milestone(&values),
        unit_conflicts,
        later_values: values.iter().filter(|(_, v)| v.later_values > 0).count(),
        earlier_year: values
            .iter()
            .filter(|(_, v)| v.earlier_year.is_some())
            .count(),
        common_target: common_target(&values),
        template,
    }
}

/// Members whose unit differs from the unit most members use (the template's on a tie).
fn unit_conflicts(values: &[(usize, &MemberValue)], template_unit: &MeasureUnit) -> Vec<usize> {
    let mut tally: Vec<(&MeasureUnit, usize)> = Vec::new();
    for (_, value) in values {
        match tally.iter_mut().find(|(unit, _)| **unit == value.unit) {
            Some((_, count)) => *count += 1,
            None => tally.push((&value.unit, 1)),
        }
    }
    let template_count = tally
        .iter()
        .find(|(unit, _)| *unit == template_unit)
        .map_or(0, |t| t.1);
    let majority = tally
        .iter()
        .filter(|(_, count)| *count > template_count)
        .max_by_key(|(_, count)| *count)
        .map_or(template_unit, |(unit, _)| *unit);
    values
        .iter()
        .filter(|(_, value)| value.unit != *majority)
        .map(|(member, _)| *member)
        .collect()
}

/// How many members met their own current target, for the milestone year most of them are
/// judged against (the earliest such year on a tie).
fn targets_met(values: &[(usize, &MemberValue)]) -> Option<TargetsMet> {
    let mut years: BTreeMap<i32, (usize, usize)> = BTreeMap::new();
    for (_, value) in values {
        let Some(target) = value.current_target else {
            continue;
        };
        let entry = years.entry(target.year).or_default();
        entry.1 += 1;
        if value.status == Status::Achieved {
            entry.0 += 1;
        }
    }
    let most = years.values().map(|(_, of)| *of).max()?;
    years
        .into_iter()
        .find(|(_, (_, of))| *of == most)
        .map(|(year, (met, of))| TargetsMet { year, met, of })
}

/// How many members' verdict of the latest judged milestone is "achieved", for the milestone
/// year most of them were last judged on (the latest such year on a tie); `None` when no member
/// has a judged milestone that is not its current one.
fn last_milestone(values: &[(usize, &MemberValue)]) -> Option<TargetsMet> {
    let mut years: BTreeMap<i32, (usize, usize)> = BTreeMap::new();
    for (_, value) in values {
        let Some(verdict) = value.verdict_beside() else {
            continue;
        };
        let entry = years.entry(verdict.year).or_default();
        entry.1 += 1;
        if verdict.verdict == Verdict::Achieved {
            entry.0 += 1;
        }
    }
    let most = years.values().map(|(_, of)| *of).max()?;
    years
        .into_iter()
        .rev()
        .find(|(_, (_, of))| *of == most)
        .map(|(year, (met, of))| TargetsMet { year, met, of })
}

fn common_target(values: &[(usize, &MemberValue)]) -> Option<MemberTarget> {
    let first = values.first()?.1.current_target?;
    values
        .iter()
        .all(|(_, v)| v.current_target == Some(first))
        .then_some(first)
}

/// Members best first: highest mean roadmap completion, then most indicators achieved, then the
/// canonical order.
fn ranking(members: &[MemberSnapshot]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by(|a, b| {
        let (Some(first), Some(second)) = (members.get(*a), members.get(*b)) else {
            return std::cmp::Ordering::Equal;
        };
        let progress = |m: &MemberSnapshot| m.mean_progress.unwrap_or(-1.0);
        progress(second)
            .total_cmp(&progress(first))
            .then_with(|| second.counts.achieved.cmp(&first.counts.achieved))
            .then_with(|| a.cmp(b))
    });
    order
}
