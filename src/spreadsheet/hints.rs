//! What the indicator-layout rows say about each indicator (pillar, unit, direction), used when
//! a measurement row, read first, creates the indicator.

use std::collections::HashMap;

use super::header::normalized;
use super::import::{IndicatorRecord, IndicatorRef, Record};
use crate::model::{Direction, MeasureUnit, Pillar};

/// What the indicator-layout rows say about each indicator's pillar and unit, used when a
/// measurement row (read first) creates the indicator.
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
}

impl Hint {
    /// The hint of an indicator row; smaller is better when every target is below the baseline.
    pub(super) fn of(record: &IndicatorRecord) -> Self {
        let lower = record.baseline.is_some_and(|base| {
            !record.targets.is_empty() && record.targets.iter().all(|t| t.1 < base)
        });
        Self {
            pillar: record.pillar,
            unit: record.unit.clone(),
            direction: Some(if lower {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            }),
        }
    }

    /// This hint, with what it lacks taken from `other`.
    pub(super) fn or(self, other: Self) -> Self {
        Self {
            pillar: self.pillar.or(other.pillar),
            unit: self.unit.or(other.unit),
            direction: self.direction.or(other.direction),
        }
    }
}

impl Hints {
    /// Collects the pillar and unit of every indicator-layout record.
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
                hints.by_key.entry(normalized(name)).or_insert(hint);
            }
        }
        hints
    }

    pub(super) fn get(&self, who: &IndicatorRef) -> Hint {
        let by_id = who.id.as_ref().and_then(|id| self.by_key.get(id));
        let by_name = || self.by_key.get(&normalized(who.name.as_deref()?));
        by_id.or_else(by_name).cloned().unwrap_or_default()
    }
}
