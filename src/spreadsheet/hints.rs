//! What the rows say about a new indicator besides its name: pillar, unit, direction and whether
//! it is a per-year total — from a unit column ("lượt (lũy kế từ đầu năm)"), from the way values
//! are written ("84,5%", "Đạt", a percentage-formatted cell), from a bound on a target ("≤ 2":
//! smaller is better) or from targets below the baseline. Rows of the indicator layout also lend
//! these to measurement rows of the same indicator, read first.

use std::collections::HashMap;

use super::matching::name_key;
use super::records::{IndicatorRecord, IndicatorRef, MeasurementRecord, Record};
use super::values::TypedValue;
use crate::model::{Accumulation, Direction, MeasureUnit, Pillar, YesNoWords};

/// What the indicator-layout rows say about each indicator.
#[derive(Default)]
pub(super) struct Hints {
    by_key: HashMap<String, Hint>,
}

/// What is known of a new indicator besides its id and name.
#[derive(Clone, Debug, Default)]
pub(super) struct Hint {
    /// The pillar, if known.
    pub(super) pillar: Option<Pillar>,
    /// The unit, if known.
    pub(super) unit: Option<MeasureUnit>,
    /// The direction, if known.
    pub(super) direction: Option<Direction>,
    /// How the values add up (a per-year total or levels), if known.
    pub(super) accumulation: Option<Accumulation>,
    /// The words of yes/no values (Có/Không, Đạt/Chưa đạt), if known.
    pub(super) yes_no_words: Option<YesNoWords>,
}

/// The unit the values suggest when they all suggest the same one.
fn unit_of_values<'a>(values: impl Iterator<Item = &'a TypedValue>) -> Option<MeasureUnit> {
    let mut suggested = values.map(TypedValue::suggested_unit);
    let first = suggested.next()??;
    suggested
        .all(|u| u.is_none() || u.as_ref() == Some(&first))
        .then_some(first)
}

impl Hint {
    /// The hint of an indicator row: a bound on a target decides the direction; otherwise smaller
    /// is better when every target is below the baseline.
    pub(super) fn of(record: &IndicatorRecord) -> Self {
        let bound = record.targets.iter().find_map(|t| t.1.bound);
        let lower = record.baseline.as_ref().is_some_and(|base| {
            !record.targets.is_empty() && record.targets.iter().all(|t| t.1.number < base.number)
        });
        let values = record
            .baseline
            .iter()
            .chain(record.targets.iter().map(|t| &t.1))
            .chain(record.results.iter().map(|r| &r.value));
        Self {
            pillar: record.pillar,
            unit: record.unit.clone().or_else(|| unit_of_values(values)),
            accumulation: record.accumulation,
            yes_no_words: record.yes_no_words,
            direction: Some(bound.unwrap_or(if lower {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            })),
        }
    }

    /// The hint of a measurement row: its pillar, and the unit its value suggests.
    pub(super) fn of_measurement(record: &MeasurementRecord) -> Self {
        Self {
            pillar: record.pillar,
            unit: record.value.suggested_unit(),
            direction: None,
            accumulation: None,
            yes_no_words: None,
        }
    }

    /// This hint, with what it lacks taken from `other`.
    pub(super) fn or(self, other: Self) -> Self {
        Self {
            pillar: self.pillar.or(other.pillar),
            unit: self.unit.or(other.unit),
            direction: self.direction.or(other.direction),
            accumulation: self.accumulation.or(other.accumulation),
            yes_no_words: self.yes_no_words.or(other.yes_no_words),
        }
    }
}

impl Hints {
    /// Collects the hints of every indicator-layout record.
    pub fn new<'a>(records: impl Iterator<Item = &'a Record>) -> Self {
        let mut hints = Self::default();
        for record in records {
            let Record::Indicator(record) = record else {
                continue;
            };
            let hint = Hint::of(record);
            if let Some(id) = &record.who.id {
                hints
                    .by_key
                    .entry(id.clone())
                    .or_insert_with(|| hint.clone());
            }
            if let Some(name) = &record.who.name {
                hints.by_key.entry(name_key(name)).or_insert(hint);
            }
        }
        hints
    }

    /// What the indicator rows say about `who`.
    pub(super) fn get(&self, who: &IndicatorRef) -> Hint {
        let by_id = who.id.as_ref().and_then(|id| self.by_key.get(id));
        let by_name = || self.by_key.get(&name_key(who.name.as_deref()?));
        by_id.or_else(by_name).cloned().unwrap_or_default()
    }
}
