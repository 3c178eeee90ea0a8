//! Rolling a reviewed plan forward into the plan of a new period (lập kế hoạch giai đoạn mới):
//! each indicator's baseline becomes its last value on or before 31 December of the year before,
//! targets of the new period are carried, targets already met are offered to be raised, and the
//! history stays in the old file, which the new one names as its predecessor.

use chrono::{Datelike as _, NaiveDate};

use super::steps::{StepMethod, fill_steps};
use crate::model::{Baseline, Indicator, Project, Target, WrittenSections};

/// What becomes of one indicator's baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NewBaseline {
    /// Its last value on or before the cut-off: that value, on that date.
    Taken(Baseline),
    /// No value on or before the cut-off (for a per-year total, none of that year): left unset.
    Missing,
}

/// A carried target the new baseline already meets, with a higher value offered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Raise {
    /// The target's year.
    pub year: i32,
    /// The target as it is.
    pub from: f64,
    /// The value offered: the bundled catalogue's target for that year when it asks for more, else
    /// the level already reached.
    pub to: f64,
    /// True when the officer chose to raise it.
    pub chosen: bool,
}

/// What one indicator will become.
#[derive(Clone, Debug, PartialEq)]
pub struct RollRow {
    /// The indicator.
    pub indicator_id: String,
    /// Its baseline in the old plan.
    pub old_baseline: Option<Baseline>,
    /// Its baseline in the new plan.
    pub baseline: NewBaseline,
    /// The targets of the new period, carried as they are.
    pub targets: Vec<Target>,
    /// How many targets before the new period stay behind in the old file.
    pub targets_left: usize,
    /// A met target offered to be raised, if any.
    pub raise: Option<Raise>,
}

/// The preview of a roll forward: one row per indicator, with the officer's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct RollPreview {
    /// The first year of the new plan.
    pub year: i32,
    /// The last day whose values become baselines: 31 December of the year before.
    pub cutoff: NaiveDate,
    /// One row per indicator, in the plan's order.
    pub rows: Vec<RollRow>,
    /// Fill the yearly targets from the baseline to the final target, and how.
    pub steps: Option<StepMethod>,
}

/// A choice in the preview.
#[derive(Clone, Debug, PartialEq)]
pub enum RollChoice {
    /// Raise (or not) the met target of this indicator.
    Raise(String, bool),
    /// The value a met target of this indicator is raised to.
    RaiseTo(String, f64),
    /// Fill the yearly targets, and how (`None`: leave them).
    Steps(Option<StepMethod>),
}

/// The words the new plan is written with, from the caller's language table.
#[derive(Clone, Debug, PartialEq)]
pub struct RollWords {
    /// The old plan's file name, kept as the new one's predecessor.
    pub predecessor: String,
    /// The new plan's title.
    pub title: String,
    /// Where each baseline comes from: "Kết quả năm 2025 — xa-tong-ket-2025.ron".
    pub baseline_source: String,
    /// The source of a raised target.
    pub raised_source: String,
    /// The source of each yearly step.
    pub step_source: String,
    /// The new plan's reporting date.
    pub as_of: NaiveDate,
}

/// The targets a catalogue gives an indicator (by id) for a year, to offer when a met target is
/// raised (the bundled catalogues' in the app: `catalog::targets_for`).
pub type CatalogTargets<'a> = &'a dyn Fn(&str, i32) -> Vec<f64>;

/// The preview of rolling `project` forward to a plan starting in `year`.
pub fn preview(project: &Project, year: i32, catalogued: CatalogTargets<'_>) -> RollPreview {
    let cutoff = crate::model::year_end(year - 1);
    let rows = project
        .indicators
        .iter()
        .map(|indicator| row(indicator, (year, cutoff), catalogued))
        .collect();
    RollPreview {
        year,
        cutoff,
        rows,
        steps: None,
    }
}

fn row(
    indicator: &Indicator,
    (year, cutoff): (i32, NaiveDate),
    catalogued: CatalogTargets<'_>,
) -> RollRow {
    let baseline = match last_value(indicator, cutoff) {
        Some(baseline) => NewBaseline::Taken(baseline),
        None => NewBaseline::Missing,
    };
    let targets: Vec<Target> = indicator
        .sorted_targets()
        .into_iter()
        .filter(|t| t.year >= year)
        .collect();
    let raise = match baseline {
        NewBaseline::Taken(reached) => {
            offered_raise(indicator, &targets, reached.value, catalogued)
        }
        NewBaseline::Missing => None,
    };
    RollRow {
        indicator_id: indicator.id.clone(),
        old_baseline: indicator.baseline,
        baseline,
        targets_left: indicator.targets.len() - targets.len(),
        targets,
        raise,
    }
}

/// The last value on or before `cutoff` among the measurements and the old baseline; for a
/// per-year total only one of the cut-off's own year (last year's total is not a baseline).
pub fn last_value(indicator: &Indicator, cutoff: NaiveDate) -> Option<Baseline> {
    let measured = indicator
        .measurements
        .iter()
        .map(|m| Baseline {
            date: m.date,
            value: m.value,
        })
        .chain(indicator.baseline);
    measured
        .filter(|b| b.date <= cutoff)
        .filter(|b| !indicator.is_per_year() || b.date.year() == cutoff.year())
        .max_by_key(|b| b.date)
}

/// The first carried target `reached` already meets, with the value offered in its place.
fn offered_raise(
    indicator: &Indicator,
    targets: &[Target],
    reached: f64,
    catalogued: CatalogTargets<'_>,
) -> Option<Raise> {
    let met = targets.iter().find(|t| indicator.meets(reached, t.value))?;
    let catalogued = catalogued(&indicator.id, met.year)
        .into_iter()
        .find(|value| indicator.beats(*value, reached));
    let to = catalogued.unwrap_or(reached);
    indicator.beats(to, met.value).then_some(Raise {
        year: met.year,
        from: met.value,
        to,
        chosen: true,
    })
}

impl RollPreview {
    /// Applies one choice.
    pub fn choose(&mut self, choice: RollChoice) {
        match choice {
            RollChoice::Raise(id, on) => {
                if let Some(raise) = self.raise_mut(&id) {
                    raise.chosen = on;
                }
            }
            RollChoice::RaiseTo(id, value) => {
                if let Some(raise) = self.raise_mut(&id) {
                    raise.to = value;
                    raise.chosen = true;
                }
            }
            RollChoice::Steps(method) => self.steps = method,
        }
    }

    fn raise_mut(&mut self, indicator_id: &str) -> Option<&mut Raise> {
        self.rows
            .iter_mut()
            .find(|row| row.indicator_id == indicator_id)?
            .raise
            .as_mut()
    }

    /// The rows whose baseline stays unset.
    pub fn missing(&self) -> impl Iterator<Item = &RollRow> {
        self.rows
            .iter()
            .filter(|row| row.baseline == NewBaseline::Missing)
    }

    /// The new plan from `project`, as previewed and chosen.
    pub fn apply(&self, project: &Project, words: &RollWords) -> Project {
        let mut next = project.clone();
        next.title = words.title.clone();
        next.as_of = words.as_of;
        next.predecessor = Some(words.predecessor.clone());
        next.assessment.retain(|entry| entry.year >= self.year);
        if let Some(document) = &mut next.document {
            // Last period's review stays in the old file; the caller writes the new defaults
            // (`report::renew_settings`).
            document.sections = WrittenSections::default();
        }
        let first_day = NaiveDate::from_ymd_opt(self.year, 1, 1).unwrap_or(self.cutoff);
        for (indicator, row) in next.indicators.iter_mut().zip(&self.rows) {
            indicator.measurements.retain(|m| m.date >= first_day);
            indicator.targets = row.targets.clone();
            match row.baseline {
                NewBaseline::Taken(baseline) => {
                    indicator.baseline = Some(baseline);
                    indicator.baseline_source = words.baseline_source.clone();
                }
                NewBaseline::Missing => {
                    indicator.baseline = None;
                    indicator.baseline_source.clear();
                }
            }
            if let Some(raise) = row.raise.filter(|r| r.chosen)
                && let Some(target) = indicator.targets.iter_mut().find(|t| t.year == raise.year)
            {
                target.value = raise.to;
                target.suggested = true;
                target.source = words.raised_source.clone();
            }
            if let Some(method) = self.steps {
                // An indicator with no baseline or no final target keeps its targets as they are.
                let _ = fill_steps(indicator, self.year, method, &words.step_source);
            }
        }
        next
    }
}

/// `today` brought into `year`: 1 January before it, 31 December after it. The reporting date of
/// a plan made for `year`.
pub fn within_year(today: NaiveDate, year: i32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    today.clamp(first, last)
}
