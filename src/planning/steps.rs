//! Yearly targets (lộ trình từng năm): the steps from an indicator's baseline to its final target,
//! one per year, rounded as the unit is written, and the checks that a roadmap neither goes
//! backwards nor stops short of its final target.

use chrono::Datelike as _;

use crate::model::{Indicator, MeasureUnit, Target};

/// How the yearly steps go from the baseline to the final target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StepMethod {
    /// The same amount every year (đều mỗi năm).
    #[default]
    StraightLine,
    /// The same yearly growth rate (tăng cùng một tỷ lệ mỗi năm).
    GrowthRate,
}

impl StepMethod {
    /// Both methods, in the order a menu shows them.
    pub const ALL: [Self; 2] = [Self::StraightLine, Self::GrowthRate];

    /// The machine name used on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::StraightLine => "linear",
            Self::GrowthRate => "growth",
        }
    }

    /// Parses a machine name as given by [`Self::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|method| method.key() == key)
    }
}

/// Why the yearly steps of an indicator cannot be filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepError {
    /// The indicator has no baseline to start from.
    NoBaseline,
    /// The indicator has no target after its baseline's year to go to.
    NoFinalTarget,
    /// The final target is the year right after the baseline: there is no year between.
    NoYearBetween,
    /// A yes/no indicator not yet reached has no steps: it is reached or not.
    YesNo,
    /// The same growth rate needs a baseline and a final target above zero.
    GrowthFromZero,
}

/// Something wrong with an indicator's yearly targets, shown in the editor and by `lotrinh check`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepProblem {
    /// A year's target is worse than the one before it (or than the baseline).
    Backwards {
        /// The year that goes backwards.
        year: i32,
        /// Its target.
        value: f64,
        /// The year before it with a target (or the baseline's year).
        previous_year: i32,
        /// That year's target (or the baseline).
        previous_value: f64,
    },
    /// An earlier year's target is already beyond the final target, so the roadmap cannot end
    /// at it without going backwards.
    PastFinal {
        /// The year whose target is beyond the final one.
        year: i32,
        /// Its target.
        value: f64,
        /// The final year.
        final_year: i32,
        /// The final target.
        final_value: f64,
    },
    /// The roadmap has yearly targets but skips a year before the final one.
    MissingYear {
        /// The year with no target.
        year: i32,
        /// The final year.
        final_year: i32,
    },
}

/// The number of decimals targets of `unit` are written with: whole counts, money and ranks, one
/// decimal for percents and points, two for a 0–1 index.
pub fn step_decimals(unit: &MeasureUnit) -> i32 {
    match unit {
        MeasureUnit::Percent => 1,
        MeasureUnit::Score { max } if *max <= 1.0 => 2,
        MeasureUnit::Score { .. } => 1,
        MeasureUnit::Count { .. } | MeasureUnit::Money | MeasureUnit::Rank | MeasureUnit::YesNo => {
            0
        }
    }
}

fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

/// The yearly targets from `indicator`'s starting point to its final target (its last target): one
/// per year from `first_year` to the year before the final one. The starting point is the latest
/// of the baseline and the targets before `first_year` (a 2025 milestone of an older plan), so
/// those stay as they are; the final target is left as it is, so the steps reach it exactly.
pub fn yearly_steps(
    indicator: &Indicator,
    first_year: i32,
    method: StepMethod,
) -> Result<Vec<(i32, f64)>, StepError> {
    let baseline = indicator.baseline.ok_or(StepError::NoBaseline)?;
    let base_year = baseline.date.year();
    let last = indicator
        .targets
        .iter()
        .filter(|t| t.year > base_year)
        .max_by_key(|t| t.year)
        .ok_or(StepError::NoFinalTarget)?;
    let (start_year, start) = indicator
        .targets
        .iter()
        .filter(|t| t.year > base_year && t.year < first_year && t.year < last.year)
        .map(|t| (t.year, t.value))
        .max_by_key(|(year, _)| *year)
        .unwrap_or((base_year, baseline.value));
    let years: Vec<i32> = (first_year.max(start_year + 1)..last.year).collect();
    if years.is_empty() {
        return Err(StepError::NoYearBetween);
    }
    let end = last.value;
    // A yes/no is reached or not: one already reached is held every year, else it has no steps.
    if indicator.unit.is_yes_no() {
        return if indicator.meets(start, end) {
            Ok(years.into_iter().map(|year| (year, end)).collect())
        } else {
            Err(StepError::YesNo)
        };
    }
    if method == StepMethod::GrowthRate && (start <= 0.0 || end <= 0.0) {
        return Err(StepError::GrowthFromZero);
    }
    let span = f64::from(last.year - start_year);
    let decimals = step_decimals(&indicator.unit);
    Ok(years
        .into_iter()
        .map(|year| {
            let share = f64::from(year - start_year) / span;
            let value = match method {
                StepMethod::StraightLine => start + (end - start) * share,
                StepMethod::GrowthRate => start * (end / start).powf(share),
            };
            (year, round_to(value, decimals))
        })
        .collect())
}

/// The first year the editor fills for `indicator` in a plan reported as of `as_of`: the year
/// after a baseline of last year or later (a plan just rolled forward), else the year after the
/// reporting year (the year under way keeps its target).
pub fn first_step_year(indicator: &Indicator, as_of: chrono::NaiveDate) -> i32 {
    match indicator.baseline {
        Some(baseline) if baseline.date.year() >= as_of.year() - 1 => baseline.date.year() + 1,
        _ => as_of.year() + 1,
    }
}

/// Writes the yearly steps into `indicator`'s targets (replacing the targets of those years, each
/// step with `source`); returns how many years were filled. Nothing changes on an error.
pub fn fill_steps(
    indicator: &mut Indicator,
    first_year: i32,
    method: StepMethod,
    source: &str,
) -> Result<usize, StepError> {
    let steps = yearly_steps(indicator, first_year, method)?;
    indicator
        .targets
        .retain(|t| !steps.iter().any(|(year, _)| *year == t.year));
    for (year, value) in &steps {
        let mut target = Target::new(*year, *value);
        target.source = source.to_owned();
        indicator.targets.push(target);
    }
    indicator.targets.sort_by_key(|t| t.year);
    Ok(steps.len())
}

/// What is wrong with `indicator`'s roadmap: a year that goes backwards from the one before it
/// (a level's baseline counts as the first), an earlier target beyond the final one, a year skipped in a
/// yearly roadmap. Targets dated before the baseline are left to the file's own checks.
pub fn step_problems(indicator: &Indicator) -> Vec<StepProblem> {
    let base_year = indicator.baseline.map(|b| b.date.year());
    let mut points: Vec<(i32, f64)> = indicator
        .sorted_targets()
        .into_iter()
        .filter(|t| base_year.is_none_or(|year| t.year > year))
        .map(|t| (t.year, t.value))
        .collect();
    let Some(&(final_year, final_value)) = points.last() else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for &(year, value) in &points[..points.len() - 1] {
        if indicator.beats(value, final_value) {
            problems.push(StepProblem::PastFinal {
                year,
                value,
                final_year,
                final_value,
            });
        }
    }
    // A level's roadmap starts at its baseline; a per-year total's baseline is one year's count,
    // which the next years' targets need not beat.
    if let (Some(baseline), Some(year)) = (indicator.baseline, base_year)
        && !indicator.is_per_year()
    {
        points.insert(0, (year, baseline.value));
    }
    for pair in points.windows(2) {
        let [(previous_year, previous_value), (year, value)] = [pair[0], pair[1]];
        // A final target behind an earlier one is already told as `PastFinal`.
        let told = year == final_year && !problems.is_empty();
        if indicator.beats(previous_value, value) && !told {
            problems.push(StepProblem::Backwards {
                year,
                value,
                previous_year,
                previous_value,
            });
        }
    }
    problems.extend(missing_years(indicator, final_year));
    problems
}

/// The years skipped in a yearly roadmap: once three targets follow one another year by year,
/// every year from the first target to the final one should have its own (two years apart, like
/// 2024 and 2025 before 2030 in the older plans, are milestones, not a roadmap).
fn missing_years(indicator: &Indicator, final_year: i32) -> Vec<StepProblem> {
    let mut years: Vec<i32> = indicator.targets.iter().map(|t| t.year).collect();
    years.sort_unstable();
    years.dedup();
    let base_year = indicator.baseline.map(|b| b.date.year());
    years.retain(|year| base_year.is_none_or(|base| *year > base));
    let yearly = years.windows(3).any(|run| run[2] - run[0] == 2);
    let Some(&first) = years.first() else {
        return Vec::new();
    };
    if !yearly {
        return Vec::new();
    }
    (first..final_year)
        .filter(|year| !years.contains(year))
        .map(|year| StepProblem::MissingYear { year, final_year })
        .collect()
}
