//! Turning one imported row into changes of the plan, once it is known which indicator it is
//! about (or that it makes a new one): each value is turned into a value of the indicator's unit
//! and compared with what the plan already has.

use chrono::{Datelike as _, NaiveDate};
use unicode_normalization::UnicodeNormalization as _;

use super::change::ImportChange;
use super::hints::{Hint, Hints};
use super::records::{IndicatorRecord, IndicatorRef, MeasurementRecord, Record};
use super::row_changes::RowChanges;
use super::values::{TypedValue, ValueRefusal};
use crate::i18n::{Lang, format_number, indicator_name};
use crate::model::{
    Baseline, Indicator, MeasureUnit, Measurement, Pillar, Project, ValueProblem,
    is_valid_indicator_id,
};

/// Longest id made from a name.
const MAX_ID_LENGTH: usize = 60;

/// The indicator a row's changes go to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Resolved {
    /// The indicator at this index of the plan being built.
    Existing(usize),
    /// A new indicator, made from the row.
    New,
}

/// The plan as it will be after the rows accepted so far.
pub(super) struct Draft {
    project: Project,
    lang: Lang,
    hints: Hints,
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

    /// The plan as built so far.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The plan, to apply accepted changes to.
    pub fn project_mut(&mut self) -> &mut Project {
        &mut self.project
    }

    /// The changes `record` makes to `resolved`, or why it is refused. A new indicator's change
    /// comes first.
    pub fn changes(
        &self,
        record: &Record,
        resolved: Resolved,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        let hint = match record {
            Record::Measurement(m) => Hint::of_measurement(m),
            Record::Indicator(i) => Hint::of(i),
        };
        let new;
        let indicator = match resolved {
            Resolved::Existing(index) => self
                .project
                .indicators
                .get(index)
                .ok_or_else(|| self.lang.texts().report.missing_indicator.to_owned())?,
            Resolved::New => {
                new = self.create(record.who(), hint, record)?;
                out.changes.push(ImportChange::Indicator(new.clone()));
                &new
            }
        };
        match record {
            Record::Measurement(m) => self.measurement_changes(indicator, m, out),
            Record::Indicator(i) => self.indicator_changes(indicator, i, out),
        }
    }

    /// A new indicator for `who`, with what the rows say about it.
    fn create(&self, who: &IndicatorRef, hint: Hint, record: &Record) -> Result<Indicator, String> {
        let id = match &who.id {
            Some(id) if is_valid_indicator_id(id) && self.project.indicator(id).is_none() => {
                id.clone()
            }
            Some(id) if !is_valid_indicator_id(id) => {
                return Err((self.lang.texts().report.bad_id)(id));
            }
            _ => self.fresh_id(
                who.name
                    .as_deref()
                    .or(who.id.as_deref())
                    .unwrap_or_default(),
            ),
        };
        let name = who.name.clone().unwrap_or_else(|| id.clone());
        let hint = hint.or(self.hints.get(who));
        let unit = hint.unit.unwrap_or_else(|| {
            let numbers: Vec<f64> = match record {
                Record::Measurement(m) => vec![m.value.number],
                Record::Indicator(i) => i
                    .baseline
                    .iter()
                    .chain(i.targets.iter().map(|t| &t.1))
                    .chain(i.results.iter().map(|r| &r.value))
                    .map(|v| v.number)
                    .collect(),
            };
            if numbers
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
        indicator.accumulation = hint.accumulation.unwrap_or_default();
        indicator.yes_no_words = hint.yes_no_words.unwrap_or_default();
        Ok(indicator)
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

    /// The value `typed` of column `column` for `indicator`, or why it cannot be one.
    fn value(
        &self,
        indicator: &Indicator,
        column: &str,
        typed: &TypedValue,
    ) -> Result<f64, String> {
        let texts = self.lang.texts();
        typed
            .for_unit(&indicator.unit)
            .map_err(|refusal| match refusal {
                ValueRefusal::WordForNumber => (texts.import.word_for_number)(column, &typed.shown),
                ValueRefusal::Unit(ValueProblem::PercentOutOfRange) => {
                    let shown = match typed.form {
                        super::values::ValueForm::PercentFormat => typed.number * 100.0,
                        _ => typed.number,
                    };
                    (texts.report.percent_range)(column, &format_number(shown, 4, self.lang))
                }
                ValueRefusal::Unit(problem) => (texts.import.value_problem)(
                    column,
                    &typed.shown,
                    texts.import.problem(problem),
                ),
            })
    }

    fn measurement_changes(
        &self,
        indicator: &Indicator,
        record: &MeasurementRecord,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        let value = self.value(indicator, &record.column, &record.value)?;
        let mut measurement = Measurement::new(record.date, value);
        measurement.numerator = record.numerator;
        measurement.denominator = record.denominator;
        measurement.evidence.clone_from(&record.evidence);
        measurement.source.clone_from(&record.source);
        measurement.note.clone_from(&record.note);
        if out.repeated(&indicator.id, record.date, value, self.lang)? {
            return Ok(());
        }
        let previous = indicator
            .measurements
            .iter()
            .find(|m| m.date == measurement.date);
        if previous != Some(&measurement) {
            out.changes.push(ImportChange::Measurement {
                indicator_id: indicator.id.clone(),
                name: indicator_name(indicator, self.lang).to_owned(),
                unit: indicator.unit.clone(),
                words: indicator.yes_no_words,
                measurement,
                previous: previous.cloned(),
                value_only: false,
            });
        }
        Ok(())
    }

    fn indicator_changes(
        &self,
        indicator: &Indicator,
        record: &IndicatorRecord,
        out: &mut RowChanges,
    ) -> Result<(), String> {
        let texts = self.lang.texts().report;
        let baseline = self.baseline_change(indicator, record, out)?;
        let baseline_year = baseline.or(indicator.baseline).map(|b| b.date.year());
        for (year, typed, column) in &record.targets {
            let value = self.value(indicator, column, typed)?;
            if baseline_year.is_some_and(|b| *year < b) {
                return Err((texts.target_before_baseline)(*year));
            }
            let previous = indicator.target_for_year(*year).map(|t| t.value);
            if previous != Some(value) {
                out.changes.push(ImportChange::Target {
                    indicator_id: indicator.id.clone(),
                    name: indicator_name(indicator, self.lang).to_owned(),
                    unit: indicator.unit.clone(),
                    words: indicator.yes_no_words,
                    year: *year,
                    value,
                    previous,
                });
            }
        }
        for result in &record.results {
            let value = self.value(indicator, &result.column, &result.value)?;
            self.result_change(indicator, result.date, value, out)?;
        }
        Ok(())
    }

    fn baseline_change(
        &self,
        indicator: &Indicator,
        record: &IndicatorRecord,
        out: &mut RowChanges,
    ) -> Result<Option<Baseline>, String> {
        let Some(typed) = &record.baseline else {
            return Ok(None);
        };
        let value = self.value(indicator, self.lang.texts().report.col_baseline, typed)?;
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
            name: indicator_name(indicator, self.lang).to_owned(),
            unit: indicator.unit.clone(),
            words: indicator.yes_no_words,
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
            .chain(record.results.iter().map(|r| r.date))
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
        if out.repeated(&indicator.id, date, value, self.lang)? {
            return Ok(());
        }
        let previous = indicator.measurements.iter().find(|m| m.date == date);
        if previous.map(|m| m.value) != Some(value) {
            out.changes.push(ImportChange::Measurement {
                indicator_id: indicator.id.clone(),
                name: indicator_name(indicator, self.lang).to_owned(),
                unit: indicator.unit.clone(),
                words: indicator.yes_no_words,
                measurement: Measurement::new(date, value),
                previous: previous.cloned(),
                value_only: true,
            });
        }
        Ok(())
    }
}
