//! A plan scored against an index for one year: every criterion's points, the groups', the total
//! and the 0–1 index, and the criteria that would raise the score most.

use chrono::{Datelike as _, NaiveDate};

use super::check::{IndexWarning, plan_warnings};
use super::index::{Criterion, ScoreGroup, ScoreIndex};
use super::rule::{Cents, Computation, Outcome, from_cents, score_criterion, to_cents};
use crate::model::Project;

/// One criterion's line on the form.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionScore {
    /// The criterion's id.
    pub criterion_id: String,
    /// Its maximum, in hundredths.
    pub max_cents: Cents,
    /// The outcome.
    pub outcome: Outcome,
}

impl CriterionScore {
    /// The points still to gain, in hundredths.
    pub fn gap_cents(&self) -> Cents {
        (self.max_cents - self.outcome.cents).max(0)
    }

    /// True when it had nothing to score from.
    pub fn is_missing(&self) -> bool {
        matches!(self.outcome.computation, Computation::Missing(_))
    }
}

/// A group's points.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupScore {
    /// The group's id.
    pub group_id: String,
    /// Its points: the sum of its criteria's rounded points.
    pub cents: Cents,
    /// Its declared maximum.
    pub max_cents: Cents,
    /// Its criteria's lines.
    pub criteria: Vec<CriterionScore>,
}

/// A plan's score for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Scorecard {
    /// The year scored.
    pub year: i32,
    /// The day the values are read at.
    pub date: NaiveDate,
    /// The groups, in the index's order.
    pub groups: Vec<GroupScore>,
    /// The total, in hundredths.
    pub total_cents: Cents,
    /// The index's maximum, in hundredths.
    pub max_cents: Cents,
    /// What is odd in the index or in how it meets this plan (shown beside the form).
    pub warnings: Vec<IndexWarning>,
}

impl Scorecard {
    /// The total in points.
    pub fn total(&self) -> f64 {
        from_cents(self.total_cents)
    }

    /// The maximum in points.
    pub fn max(&self) -> f64 {
        from_cents(self.max_cents)
    }

    /// The 0–1 index as published: total ÷ maximum, to 4 decimals.
    #[allow(clippy::cast_precision_loss)]
    pub fn index_value(&self) -> f64 {
        if self.max_cents <= 0 {
            return 0.0;
        }
        (self.total_cents as f64 / self.max_cents as f64 * 10_000.0).round() / 10_000.0
    }

    /// Every criterion's line, in the form's order.
    pub fn criteria(&self) -> impl Iterator<Item = &CriterionScore> {
        self.groups.iter().flat_map(|g| g.criteria.iter())
    }

    /// The line of one criterion.
    pub fn criterion(&self, criterion_id: &str) -> Option<&CriterionScore> {
        self.criteria().find(|c| c.criterion_id == criterion_id)
    }

    /// The criteria with the most points still to gain, largest first (ties in the form's
    /// order), at most `count`, none with nothing to gain.
    pub fn largest_gaps(&self, count: usize) -> Vec<&CriterionScore> {
        let mut lines: Vec<_> = self.criteria().filter(|c| c.gap_cents() > 0).collect();
        lines.sort_by_key(|c| std::cmp::Reverse(c.gap_cents()));
        lines.truncate(count);
        lines
    }

    /// How many criteria had nothing to score from.
    pub fn missing_count(&self) -> usize {
        self.criteria().filter(|c| c.is_missing()).count()
    }
}

/// The day a year's values are read at: the plan's reporting date in its own year, else 31
/// December of that year.
pub fn reading_date(project: &Project, year: i32) -> NaiveDate {
    if year == project.as_of.year() {
        project.as_of
    } else {
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(project.as_of)
    }
}

/// Scores `project` against `index` for `year` (its reporting year when `None`).
pub fn score_plan(index: &ScoreIndex, project: &Project, year: Option<i32>) -> Scorecard {
    let mut card = score_only(index, project, year);
    card.warnings = plan_warnings(index, project);
    card
}

/// [`score_plan`] without the warnings (for ranking many plans, where nobody reads them).
pub fn score_only(index: &ScoreIndex, project: &Project, year: Option<i32>) -> Scorecard {
    let year = year.unwrap_or_else(|| project.as_of.year());
    let date = reading_date(project, year);
    let groups: Vec<GroupScore> = index
        .groups
        .iter()
        .map(|group| score_group(group, project, year, date))
        .collect();
    let total_cents = groups.iter().map(|g| g.cents).sum();
    Scorecard {
        year,
        date,
        groups,
        total_cents,
        max_cents: to_cents(index.max_points),
        warnings: Vec::new(),
    }
}

fn score_group(group: &ScoreGroup, project: &Project, year: i32, date: NaiveDate) -> GroupScore {
    let criteria: Vec<CriterionScore> = group
        .criteria
        .iter()
        .map(|criterion| score_line(criterion, project, year, date))
        .collect();
    GroupScore {
        group_id: group.id.clone(),
        cents: criteria.iter().map(|c| c.outcome.cents).sum(),
        max_cents: to_cents(group.max_points),
        criteria,
    }
}

fn score_line(
    criterion: &Criterion,
    project: &Project,
    year: i32,
    date: NaiveDate,
) -> CriterionScore {
    let indicator = criterion
        .rule
        .indicator()
        .and_then(|id| project.indicator(id));
    let entry = project.assessment_entry(&criterion.id, year);
    let outcome = score_criterion(criterion, indicator, year, date, entry);
    CriterionScore {
        criterion_id: criterion.id.clone(),
        max_cents: to_cents(criterion.max_points.max(0.0)),
        outcome,
    }
}

/// The years a plan has values for, oldest first, up to its reporting year.
pub fn years_with_data(project: &Project) -> Vec<i32> {
    let mut years: Vec<i32> = project
        .indicators
        .iter()
        .flat_map(|i| i.measurements.iter().map(|m| m.date.year()))
        .filter(|y| *y <= project.as_of.year())
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}
