//! One change an import makes to the plan (a new indicator, a measurement, a baseline, a target),
//! described in the user's language and made on a plan.

use crate::i18n::{Lang, decimals_for, format_date, format_number};
use crate::model::{
    Baseline, Direction, Indicator, MeasureUnit, Measurement, Project, Target, YesNoWords,
};

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
        /// The words of a yes/no value, for display.
        words: YesNoWords,
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
        /// The words of a yes/no value, for display.
        words: YesNoWords,
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
        /// The words of a yes/no value, for display.
        words: YesNoWords,
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

    /// The change in words, in `lang`, with the indicator's name ("…: mục tiêu năm 2025 từ 60%
    /// thành 90%").
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Indicator(indicator) => {
                (lang.texts().import.add_indicator)(&indicator.name, &indicator.id)
            }
            Self::Measurement { name, .. }
            | Self::Baseline { name, .. }
            | Self::Target { name, .. } => format!("{name}: {}", self.describe_in_row(lang)),
        }
    }

    /// The change in words, in `lang`, without the indicator's name (the row of the preview
    /// says which indicator it is).
    pub fn describe_in_row(&self, lang: Lang) -> String {
        let texts = lang.texts().import;
        let none = lang.texts().none;
        match self {
            Self::Indicator(indicator) => {
                let direction = match indicator.direction {
                    Direction::HigherIsBetter => lang.texts().higher_is_better,
                    Direction::LowerIsBetter => lang.texts().lower_is_better,
                };
                (texts.new_indicator_in_row)(
                    &crate::report::unit_text(indicator, lang),
                    lang.texts().pillar(indicator.pillar),
                    &direction.to_lowercase(),
                )
            }
            Self::Measurement {
                unit,
                words,
                measurement,
                previous: None,
                ..
            } => (texts.add_measurement)(
                &format_date(measurement.date),
                &show(measurement.value, unit, *words, lang),
            ),
            Self::Measurement {
                unit,
                words,
                measurement,
                previous: Some(previous),
                ..
            } => (texts.change_measurement)(
                &format_date(measurement.date),
                &show(previous.value, unit, *words, lang),
                &show(measurement.value, unit, *words, lang),
            ),
            Self::Baseline {
                unit,
                words,
                baseline,
                previous: None,
                ..
            } => (texts.set_baseline)(
                &show(baseline.value, unit, *words, lang),
                &format_date(baseline.date),
            ),
            Self::Target {
                unit,
                words,
                year,
                value,
                previous: None,
                ..
            } => (texts.set_target)(*year, &show(*value, unit, *words, lang)),
            Self::Baseline {
                unit,
                words,
                baseline,
                previous,
                ..
            } => (texts.change_baseline)(
                &previous.map_or_else(|| none.to_owned(), |p| show(p.value, unit, *words, lang)),
                &show(baseline.value, unit, *words, lang),
                &format_date(baseline.date),
            ),
            Self::Target {
                unit,
                words,
                year,
                value,
                previous,
                ..
            } => (texts.change_target)(
                *year,
                &previous.map_or_else(|| none.to_owned(), |p| show(p, unit, *words, lang)),
                &show(*value, unit, *words, lang),
            ),
        }
    }

    /// Makes this change in `project`.
    pub fn apply_to(&self, project: &mut Project) {
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

/// A value as the preview shows it (a yes/no value in the indicator's `words`).
pub(super) fn show(value: f64, unit: &MeasureUnit, words: YesNoWords, lang: Lang) -> String {
    match unit {
        MeasureUnit::YesNo => lang
            .texts()
            .yes_no_words
            .word(words, value >= 0.5)
            .to_owned(),
        MeasureUnit::Percent => format!("{}%", format_number(value, 2, lang)),
        unit => format_number(value, decimals_for(unit), lang),
    }
}
