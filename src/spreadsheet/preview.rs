//! The import preview: what reading some sheets into a plan would add and change, and every row
//! that cannot be read, with its reason. Pure: nothing changes until [`ImportPreview::apply`]
//! produces the new plan (the window applies it as one undoable change).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::SpreadsheetError;
use super::grid::Sheet;
use super::hints::Hints;
use super::import::{Located, Record, read_sheet};
use super::resolve::Draft;
use super::row_changes::RowChanges;
use crate::i18n::{Lang, decimals_for, format_date, format_number};
use crate::model::{Baseline, Indicator, MeasureUnit, Measurement, Project, Target};
use crate::storage::validate;

/// One thing the import adds or changes.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportChange {
    /// A new indicator (without measurements; those follow as their own changes).
    Indicator(Indicator),
    /// A measurement added, or replacing the one of the same date.
    Measurement {
        /// The indicator's id.
        indicator_id: String,
        /// The indicator's name, for display.
        name: String,
        /// The indicator's unit, for display.
        unit: MeasureUnit,
        /// The new measurement.
        measurement: Measurement,
        /// The measurement of the same date it replaces, if any.
        previous: Option<Measurement>,
        /// True when only the value is replaced (the other fields are kept).
        value_only: bool,
    },
    /// The baseline set or changed.
    Baseline {
        /// The indicator's id.
        indicator_id: String,
        /// The indicator's name, for display.
        name: String,
        /// The indicator's unit, for display.
        unit: MeasureUnit,
        /// The new baseline.
        baseline: Baseline,
        /// The baseline it replaces, if any.
        previous: Option<Baseline>,
    },
    /// A target set or changed.
    Target {
        /// The indicator's id.
        indicator_id: String,
        /// The indicator's name, for display.
        name: String,
        /// The indicator's unit, for display.
        unit: MeasureUnit,
        /// The milestone year.
        year: i32,
        /// The new value.
        value: f64,
        /// The value it replaces, if any.
        previous: Option<f64>,
    },
}

impl ImportChange {
    /// True when something new is added rather than replaced.
    pub fn is_addition(&self) -> bool {
        match self {
            Self::Indicator(_) => true,
            Self::Measurement { previous, .. } => previous.is_none(),
            Self::Baseline { .. } | Self::Target { .. } => false,
        }
    }

    /// The change in words, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let texts = lang.texts().report;
        let none = lang.texts().none;
        match self {
            Self::Indicator(indicator) => (texts.add_indicator)(&indicator.name, &indicator.id),
            Self::Measurement {
                name,
                unit,
                measurement,
                previous: None,
                ..
            } => (texts.add_measurement)(
                name,
                &format_date(measurement.date),
                &show(measurement.value, unit, lang),
            ),
            Self::Measurement {
                name,
                unit,
                measurement,
                previous: Some(previous),
                ..
            } => (texts.change_measurement)(
                name,
                &format_date(measurement.date),
                &show(previous.value, unit, lang),
                &show(measurement.value, unit, lang),
            ),
            Self::Baseline {
                name,
                unit,
                baseline,
                previous,
                ..
            } => (texts.change_baseline)(
                name,
                &previous.map_or_else(|| none.to_owned(), |p| show(p.value, unit, lang)),
                &show(baseline.value, unit, lang),
                &format_date(baseline.date),
            ),
            Self::Target {
                name,
                unit,
                year,
                value,
                previous,
                ..
            } => (texts.change_target)(
                name,
                *year,
                &previous.map_or_else(|| none.to_owned(), |p| show(p, unit, lang)),
                &show(*value, unit, lang),
            ),
        }
    }

    /// Makes this change in `project`.
    pub(super) fn apply_to(&self, project: &mut Project) {
        match self {
            Self::Indicator(indicator) => {
                if project.indicator(&indicator.id).is_none() {
                    project.indicators.push(indicator.clone());
                }
            }
            Self::Measurement {
                indicator_id,
                measurement,
                value_only,
                ..
            } => {
                let Some(indicator) = project.indicator_mut(indicator_id) else {
                    return;
                };
                match indicator
                    .measurements
                    .iter_mut()
                    .find(|m| m.date == measurement.date)
                {
                    Some(old) if *value_only => old.value = measurement.value,
                    Some(old) => *old = measurement.clone(),
                    None => indicator.measurements.push(measurement.clone()),
                }
                indicator.sort_measurements();
            }
            Self::Baseline {
                indicator_id,
                baseline,
                ..
            } => {
                if let Some(indicator) = project.indicator_mut(indicator_id) {
                    indicator.baseline = Some(*baseline);
                }
            }
            Self::Target {
                indicator_id,
                year,
                value,
                ..
            } => {
                let Some(indicator) = project.indicator_mut(indicator_id) else {
                    return;
                };
                match indicator.targets.iter_mut().find(|t| t.year == *year) {
                    Some(target) => target.value = *value,
                    None => indicator.targets.push(Target::new(*year, *value)),
                }
                indicator.targets.sort_by_key(|t| t.year);
            }
        }
    }
}

/// A value as the preview shows it.
fn show(value: f64, unit: &MeasureUnit, lang: Lang) -> String {
    match unit {
        MeasureUnit::YesNo => (lang.texts().yes_no)(value >= 0.5).to_owned(),
        MeasureUnit::Percent => format!("{}%", format_number(value, 2, lang)),
        unit => format_number(value, decimals_for(unit), lang),
    }
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedRow {
    /// The sheet's name (the file name for CSV).
    pub sheet: String,
    /// The row number as the spreadsheet shows it, from 1.
    pub row: usize,
    /// Why, in the user's language.
    pub reason: String,
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// New indicators and measurements, in the order they are applied.
    pub added: Vec<ImportChange>,
    /// Replaced measurements, baselines and targets.
    pub changed: Vec<ImportChange>,
    /// Every row that could not be read.
    pub refused: Vec<RefusedRow>,
    /// Every change in the order it is applied.
    order: Vec<ImportChange>,
}

impl ImportPreview {
    /// True when the import would change nothing.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The plan with every change made. Fails, changing nothing, when the result would break a
    /// rule of the file format.
    pub fn apply(&self, project: &Project) -> Result<Project, SpreadsheetError> {
        let mut result = project.clone();
        for change in &self.order {
            change.apply_to(&mut result);
        }
        result.normalize_text();
        let problems = validate(&result).problems;
        if !problems.is_empty() {
            return Err(SpreadsheetError::InvalidResult(problems));
        }
        Ok(result)
    }

    fn push(&mut self, change: ImportChange) {
        if change.is_addition() {
            self.added.push(change.clone());
        } else {
            self.changed.push(change.clone());
        }
        self.order.push(change);
    }
}

/// Previews the import of `sheets` into `project`; numbers typed as text are read as `lang`
/// writes them. Measurement rows are read before indicator rows, so the result of an indicator
/// row that repeats a measurement of the same date and value is not counted twice.
pub fn preview(project: &Project, sheets: &[Sheet], lang: Lang) -> ImportPreview {
    let mut rows: Vec<Located<Result<Record, String>>> =
        sheets.iter().flat_map(|s| read_sheet(s, lang)).collect();
    rows.sort_by_key(|r| !matches!(r.item, Ok(Record::Measurement(..))));
    let hints = Hints::new(rows.iter().filter_map(|r| r.item.as_ref().ok()));
    let mut draft = Draft::new(project, lang, hints);
    let mut preview = ImportPreview::default();
    let mut seen: HashMap<(String, NaiveDate), (String, usize, f64)> = HashMap::new();
    for located in rows {
        let outcome = located.item.and_then(|record| {
            let mut changes = RowChanges::new(&located.sheet, located.row, &mut seen);
            draft.changes(&record, &mut changes)?;
            Ok(changes.finish())
        });
        match outcome {
            Ok(changes) => {
                for change in changes {
                    change.apply_to(draft.project_mut());
                    preview.push(change);
                }
            }
            Err(reason) => preview.refused.push(RefusedRow {
                sheet: located.sheet,
                row: located.row,
                reason,
            }),
        }
    }
    let sheet_index = |name: &str| sheets.iter().position(|s| s.name == name);
    preview
        .refused
        .sort_by_key(|r| (sheet_index(&r.sheet), r.row));
    preview
}
