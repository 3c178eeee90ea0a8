//! Turning one imported row into changes of the plan: find the indicator it is about (by id, else
//! by name) or create it, and compare each value with what the plan already has.

use chrono::{Datelike as _, NaiveDate};
use unicode_normalization::UnicodeNormalization as _;

use super::header::normalized;
use super::hints::{Hint, Hints};
use super::import::{IndicatorRecord, IndicatorRef, Record};
use super::preview::ImportChange;
use super::row_changes::RowChanges;
use crate::i18n::{Lang, format_number};
use crate::model::{
    Baseline, Indicator, MeasureUnit, Measurement, Pillar, Project, ValueProblem,
    is_valid_indicator_id,
};

/// Longest id made from a name.
const MAX_ID_LENGTH: usize = 60;

/// The plan as it will be after the rows accepted so far.
pub(super) struct Draft {
    project: Project,
    lang: Lang,
    hints: Hints,
}

/// The indicator a row is about: one of the plan's, or a new one.
enum Found {
    Existing(usize),
    New(Box<Indicator>),
}

impl Draft {
    /// Starts from `project`.
    pub fn new(project: &Project, lang: Lang, hints: Hints) -> Self {
        Self {
            project: project.clone(),
            lang,
            hints,
        }
    }

    /// The plan, to apply accepted changes to.
    pub fn project_mut(&mut self) -> &mut Project {
        &mut self.project
    }

    /// The changes `record` makes, or why it is refused.
    pub fn changes(&self, record: &Record, out: &mut RowChanges) -> Result<(), String> {
        match record {
            Record::Measurement(who, pillar, measurement) => {
                self.measurement_changes(who, *pillar, measurement, out)
            }
            Record::Indicator(record) => self.indicator_changes(record, out),
        }
    }

    fn indicator<'s>(&'s self, found: &'s Found) -> &'s Indicator {
        match found {
            Found::Existing(index) => &self.project.indicators[*index],
            Found::New(indicator) => indicator,
        }
    }

    /// Finds the indicator by id, else by name, else makes a new one (its change is added first).
    fn find(
        &self,
        who: &IndicatorRef,
        hint: Hint,
        values: &[f64],
        out: &mut RowChanges,
    ) -> Result<Found, String> {
        let by_id = who
            .id
            .as_ref()
            .and_then(|id| self.project.indicators.iter().position(|i| &i.id == id));
        let by_name = || {
            let name = normalized(who.name.as_deref()?);
            self.project
                .indicators
                .iter()
                .position(|i| normalized(&i.name) == name)
        };
        if let Some(index) = by_id.or_else(by_name) {
            return Ok(Found::Existing(index));
        }
        let id = match &who.id {
            Some(id) if is_valid_indicator_id(id) => id.clone(),
            Some(id) => return Err((self.lang.texts().report.bad_id)(id)),
            None => self.fresh_id(who.name.as_deref().unwrap_or_default()),
        };
        let name = who.name.clone().unwrap_or_else(|| id.clone());
        let hint = hint.or(self.hints.get(who));
        let unit = hint.unit.unwrap_or_else(|| {
            if values
                .iter()
                .all(|v| MeasureUnit::Percent.check_value(*v).is_ok())
            {
                MeasureUnit::Percent
            } else {
                MeasureUnit::Count {
                    word: String::new(),
                }
            }
        });
        let pillar = hint.pillar.unwrap_or(Pillar::Foundation);
        let mut indicator = Indicator::new(&id, &name, pillar, unit);
        indicator.direction = hint.direction.unwrap_or_default();
        out.changes.push(ImportChange::Indicator(indicator.clone()));
        Ok(Found::New(Box::new(indicator)))
    }

    /// An unused id made from `name`: ASCII without diacritics, snake_case.
    fn fresh_id(&self, name: &str) -> String {
        let ascii: String = name
            .nfd()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .map(|c| match c {
                'đ' | 'Đ' => 'd',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                _ => ' ',
            })
            .collect();
        let mut base = ascii.split_whitespace().collect::<Vec<_>>().join("_");
        base.truncate(MAX_ID_LENGTH);
        let base = base.trim_end_matches('_').to_owned();
        let base = match base.chars().next() {
            None => "chi_tieu".to_owned(),
            Some(c) if c.is_ascii_digit() => format!("chi_tieu_{base}"),
            Some(_) => base,
        };
        let taken = |id: &str| self.project.indicator(id).is_some();
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|id| !taken(id))
            .unwrap_or(base)
    }

    fn check_percent(&self, indicator: &Indicator, column: &str, value: f64) -> Result<(), String> {
        if indicator.unit.check_value(value) == Err(ValueProblem::PercentOutOfRange) {
            let shown = format_number(value, 4, self.lang);
            return Err((self.lang.texts().report.percent_range)(column, &shown));
        }
        Ok(())
    }

    fn measurement_changes(
        &self,
        who: &IndicatorRef,
        pillar: Option<Pillar>,
        measurement: &Measurement,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        let hint = Hint {
            pillar,
            ..Hint::default()
        };
        let found = self.find(who, hint, &[measurement.value], out)?;
        let indicator = self.indicator(&found);
        let column = self.lang.texts().report.measurement_columns[3];
        self.check_percent(indicator, column, measurement.value)?;
        if out.repeated(
            &indicator.id,
            measurement.date,
            measurement.value,
            self.lang,
        )? {
            return Ok(());
        }
        let previous = indicator
            .measurements
            .iter()
            .find(|m| m.date == measurement.date);
        if previous != Some(measurement) {
            out.changes.push(ImportChange::Measurement {
                indicator_id: indicator.id.clone(),
                name: indicator.name.clone(),
                unit: indicator.unit.clone(),
                measurement: measurement.clone(),
                previous: previous.cloned(),
                value_only: false,
            });
        }
        Ok(())
    }

    fn indicator_changes(
        &self,
        record: &IndicatorRecord,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        let texts = self.lang.texts().report;
        let values: Vec<f64> = record
            .baseline
            .iter()
            .chain(record.targets.iter().map(|t| &t.1))
            .chain(record.result.iter().map(|r| &r.1))
            .copied()
            .collect();
        let found = self.find(&record.who, Hint::of(record), &values, out)?;
        let indicator = self.indicator(&found);
        let baseline = self.baseline_change(indicator, record, out)?;
        let baseline_year = baseline.or(indicator.baseline).map(|b| b.date.year());
        for (year, value) in &record.targets {
            self.check_percent(indicator, &(texts.col_target)(*year), *value)?;
            if baseline_year.is_some_and(|b| *year < b) {
                return Err((texts.target_before_baseline)(*year));
            }
            let previous = indicator.target_for_year(*year).map(|t| t.value);
            if previous != Some(*value) {
                out.changes.push(ImportChange::Target {
                    indicator_id: indicator.id.clone(),
                    name: indicator.name.clone(),
                    unit: indicator.unit.clone(),
                    year: *year,
                    value: *value,
                    previous,
                });
            }
        }
        if let Some((date, value)) = record.result {
            self.result_change(indicator, date.unwrap_or(self.project.as_of), value, out)?;
        }
        Ok(())
    }

    fn baseline_change(
        &self,
        indicator: &Indicator,
        record: &IndicatorRecord,
        out: &mut RowChanges,
    ) -> Result<Option<Baseline>, String> {
        let Some(value) = record.baseline else {
            return Ok(None);
        };
        self.check_percent(indicator, self.lang.texts().report.col_baseline, value)?;
        let date = record
            .baseline_date
            .or(indicator.baseline.map(|b| b.date))
            .unwrap_or_else(|| self.default_baseline_date(indicator, record));
        let baseline = Baseline { date, value };
        if indicator.baseline == Some(baseline) {
            return Ok(None);
        }
        for target in &indicator.targets {
            if target.year < date.year() && !record.targets.iter().any(|t| t.0 == target.year) {
                return Err((self.lang.texts().report.target_before_baseline)(
                    target.year,
                ));
            }
        }
        out.changes.push(ImportChange::Baseline {
            indicator_id: indicator.id.clone(),
            name: indicator.name.clone(),
            unit: indicator.unit.clone(),
            baseline,
            previous: indicator.baseline,
        });
        Ok(Some(baseline))
    }

    /// 31 December of the year before the earliest value known (no later than the first target).
    fn default_baseline_date(&self, indicator: &Indicator, record: &IndicatorRecord) -> NaiveDate {
        let earliest = indicator
            .measurements
            .iter()
            .map(|m| m.date)
            .chain(record.result.and_then(|r| r.0))
            .chain(std::iter::once(self.project.as_of))
            .min()
            .unwrap_or(self.project.as_of);
        let mut year = earliest.year() - 1;
        for target_year in record
            .targets
            .iter()
            .map(|t| t.0)
            .chain(indicator.targets.iter().map(|t| t.year))
        {
            year = year.min(target_year);
        }
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(earliest)
    }

    fn result_change(
        &self,
        indicator: &Indicator,
        date: NaiveDate,
        value: f64,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        self.check_percent(indicator, self.lang.texts().report.col_result, value)?;
        if out.repeated(&indicator.id, date, value, self.lang)? {
            return Ok(());
        }
        let previous = indicator.measurements.iter().find(|m| m.date == date);
        if previous.map(|m| m.value) != Some(value) {
            out.changes.push(ImportChange::Measurement {
                indicator_id: indicator.id.clone(),
                name: indicator.name.clone(),
                unit: indicator.unit.clone(),
                measurement: Measurement::new(date, value),
                previous: previous.cloned(),
                value_only: true,
            });
        }
        Ok(())
    }
}
