//! How the members' values of one indicator are combined into the consolidated figure.

use serde::{Deserialize, Serialize};

use crate::model::{Accumulation, MeasureUnit};

/// A consolidation rule (cách tổng hợp) for one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    /// The sum of the members' values (counts, money).
    Sum,
    /// Σ numerators ÷ Σ denominators (percents whose members record both).
    RatioOfSums,
    /// The unweighted mean, with median, minimum and maximum (bình quân không gia quyền).
    Mean,
    /// How many members answer yes: "N/M đơn vị".
    YesNoShare,
    /// Each member's value listed, not combined (ranks).
    Listed,
    /// The sum of the year-to-date values of the reporting year (per-year indicators).
    YearToDateSum,
}

impl Rule {
    /// All rules, in the order a menu shows them.
    pub const ALL: [Self; 6] = [
        Self::Sum,
        Self::RatioOfSums,
        Self::Mean,
        Self::YesNoShare,
        Self::Listed,
        Self::YearToDateSum,
    ];

    /// The machine name used in JSON output and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Sum => "sum",
            Self::RatioOfSums => "ratio_of_sums",
            Self::Mean => "mean",
            Self::YesNoShare => "yes_no_share",
            Self::Listed => "listed",
            Self::YearToDateSum => "year_to_date_sum",
        }
    }

    /// The rule chosen when the collection does not name one: per-year indicators → year-to-date
    /// sum; counts and money → sum; percents → ratio of sums when `all_have_ratio` (every member
    /// with a value records its numerator and denominator), else mean; scores → mean; yes/no →
    /// share; ranks → listed.
    pub fn default_for(
        unit: &MeasureUnit,
        accumulation: Accumulation,
        all_have_ratio: bool,
    ) -> Self {
        if accumulation == Accumulation::PerYear && Self::YearToDateSum.fits(unit, accumulation) {
            return Self::YearToDateSum;
        }
        match unit {
            MeasureUnit::Count { .. } | MeasureUnit::Money => Self::Sum,
            MeasureUnit::Percent if all_have_ratio => Self::RatioOfSums,
            MeasureUnit::Percent | MeasureUnit::Score { .. } => Self::Mean,
            MeasureUnit::YesNo => Self::YesNoShare,
            MeasureUnit::Rank => Self::Listed,
        }
    }

    /// True when the rule makes sense for values of `unit`: a sum of percents, a mean of ranks or
    /// a yes/no share of counts would not.
    pub fn fits(self, unit: &MeasureUnit, accumulation: Accumulation) -> bool {
        let additive = matches!(unit, MeasureUnit::Count { .. } | MeasureUnit::Money);
        match self {
            Self::Sum => additive,
            Self::YearToDateSum => additive && accumulation == Accumulation::PerYear,
            Self::RatioOfSums => unit.is_percent(),
            Self::Mean => !matches!(unit, MeasureUnit::YesNo | MeasureUnit::Rank),
            Self::YesNoShare => unit.is_yes_no(),
            Self::Listed => true,
        }
    }

    /// The rules that fit `unit`, for the rule menu.
    pub fn choices(unit: &MeasureUnit, accumulation: Accumulation) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|rule| rule.fits(unit, accumulation))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_unit() {
        let count = MeasureUnit::Count {
            word: "tổ".to_owned(),
        };
        let level = Accumulation::Level;
        let cases = [
            (count.clone(), level, false, Rule::Sum),
            (MeasureUnit::Money, level, false, Rule::Sum),
            (MeasureUnit::Percent, level, true, Rule::RatioOfSums),
            (MeasureUnit::Percent, level, false, Rule::Mean),
            (MeasureUnit::Score { max: 100.0 }, level, true, Rule::Mean),
            (MeasureUnit::YesNo, level, false, Rule::YesNoShare),
            (MeasureUnit::Rank, level, false, Rule::Listed),
            (count, Accumulation::PerYear, false, Rule::YearToDateSum),
            // A per-year percent has no year-to-date sum: its own default applies.
            (
                MeasureUnit::Percent,
                Accumulation::PerYear,
                false,
                Rule::Mean,
            ),
        ];
        for (unit, accumulation, ratio, expected) in cases {
            assert_eq!(
                Rule::default_for(&unit, accumulation, ratio),
                expected,
                "{unit:?} {accumulation:?} {ratio}"
            );
            assert!(expected.fits(&unit, accumulation));
        }
    }

    #[test]
    fn rules_that_do_not_fit_are_not_offered() {
        assert_eq!(
            Rule::choices(&MeasureUnit::Percent, Accumulation::Level),
            vec![Rule::RatioOfSums, Rule::Mean, Rule::Listed]
        );
        assert_eq!(
            Rule::choices(&MeasureUnit::Rank, Accumulation::Level),
            vec![Rule::Listed]
        );
        assert!(!Rule::Sum.fits(&MeasureUnit::Percent, Accumulation::Level));
        assert!(!Rule::YearToDateSum.fits(&MeasureUnit::Money, Accumulation::Level));
    }
}
