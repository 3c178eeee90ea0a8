//! Completeness (mức độ đầy đủ): which units reported what for the period, which files have
//! another reporting date, values ignored because they are dated after the reporting date, and
//! indicators recorded in different units. Failed files and second files of a unit are kept in the
//! consolidation itself. A value older than the period counts as out of date, except a rank, which is
//! published once a year and stays current for twelve months.

use chrono::Months;
use serde::Serialize;

use super::consolidation::Consolidation;
use crate::model::MeasureUnit;

/// What one member lacks for the period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MemberGaps {
    /// The member.
    pub member: usize,
    /// Indicators (by position) with no value counted at the reporting date.
    pub no_value: Vec<usize>,
    /// Indicators whose counted value is dated before the period.
    pub out_of_period: Vec<usize>,
    /// Indicators with values dated after the reporting date, which are ignored.
    pub later_values: Vec<usize>,
}

/// The completeness of a consolidation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Completeness {
    /// Members with a value of the period for every indicator they have.
    pub complete: Vec<usize>,
    /// Members missing something, with what they miss.
    pub gaps: Vec<MemberGaps>,
    /// Members whose file carries another reporting date than the collection's.
    pub other_dates: Vec<usize>,
    /// Indicators (by position) that members record in different units, not combined.
    pub unit_conflicts: Vec<usize>,
}

impl Completeness {
    /// Works out the completeness of `consolidation`.
    pub fn of(consolidation: &Consolidation) -> Self {
        let mut completeness = Self::default();
        let yearly_start = consolidation
            .as_of
            .checked_sub_months(Months::new(12))
            .unwrap_or(consolidation.as_of);
        for (member_index, member) in consolidation.members.iter().enumerate() {
            if member.plan_as_of != consolidation.as_of {
                completeness.other_dates.push(member_index);
            }
            let mut gaps = MemberGaps {
                member: member_index,
                ..MemberGaps::default()
            };
            for indicator in 0..consolidation.indicators.len() {
                let Some(value) = consolidation.cell(member_index, indicator) else {
                    continue;
                };
                // Ranks are published once a year: last year's is still the current one.
                let period_start = if value.unit == MeasureUnit::Rank {
                    yearly_start
                } else {
                    consolidation.period_start
                };
                match value.counted {
                    None => gaps.no_value.push(indicator),
                    Some(counted) if counted.date < period_start => {
                        gaps.out_of_period.push(indicator);
                    }
                    Some(_) => {}
                }
                if value.later_values > 0 {
                    gaps.later_values.push(indicator);
                }
            }
            if gaps.no_value.is_empty() && gaps.out_of_period.is_empty() {
                completeness.complete.push(member_index);
            }
            if !(gaps.no_value.is_empty()
                && gaps.out_of_period.is_empty()
                && gaps.later_values.is_empty())
            {
                completeness.gaps.push(gaps);
            }
        }
        completeness.unit_conflicts = consolidation
            .indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| !i.unit_conflicts.is_empty())
            .map(|(index, _)| index)
            .collect();
        completeness
    }
}
