//! Checks of a value typed for a period, shown in the row: a value its unit cannot take blocks
//! applying; a suspicious one is only pointed out.

use crate::model::{Indicator, MeasureUnit, ValueProblem};

/// Something wrong or suspicious about a new value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EntryCheck {
    /// A value the unit cannot take ([`MeasureUnit::check_value`]): blocks applying, the file
    /// would be refused.
    Invalid(ValueProblem),
    /// A numerator or denominator for a yes/no indicator: blocks applying.
    RatioOnYesNo,
    /// The numerator is larger than the denominator.
    NumeratorAboveDenominator,
    /// More than 30 percentage points away from the previous value.
    PercentJump(f64),
    /// A count more than tripled, or fell to less than a third.
    CountJump(f64),
}

impl EntryCheck {
    /// True when the value cannot be applied at all.
    pub fn blocks(self) -> bool {
        matches!(self, Self::Invalid(_) | Self::RatioOnYesNo)
    }
}

/// The checks that `value` (with optional numerator and denominator) fails, given the previous value.
pub fn check_value(
    indicator: &Indicator,
    previous: Option<f64>,
    value: f64,
    numerator: Option<f64>,
    denominator: Option<f64>,
) -> Vec<EntryCheck> {
    let mut checks = Vec::new();
    if let Err(problem) = indicator.unit.check_value(value) {
        checks.push(EntryCheck::Invalid(problem));
    }
    match &indicator.unit {
        MeasureUnit::Percent => {
            if let Some(previous) = previous
                && (value - previous).abs() > 30.0
            {
                checks.push(EntryCheck::PercentJump(value - previous));
            }
        }
        MeasureUnit::YesNo if numerator.is_some() || denominator.is_some() => {
            checks.push(EntryCheck::RatioOnYesNo);
        }
        MeasureUnit::Count { .. } => {
            if let Some(previous) = previous.filter(|p| *p > 0.0)
                && (value > previous * 3.0 || value * 3.0 < previous)
            {
                checks.push(EntryCheck::CountJump(value / previous));
            }
        }
        _ => {}
    }
    if let (Some(numerator), Some(denominator)) = (numerator, denominator)
        && numerator > denominator
    {
        checks.push(EntryCheck::NumeratorAboveDenominator);
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pillar;

    #[test]
    #[allow(clippy::type_complexity)]
    fn each_check() {
        let percent = Indicator::new("p", "p", Pillar::DigitalGovernment, MeasureUnit::Percent);
        let count = Indicator::new(
            "c",
            "c",
            Pillar::Foundation,
            MeasureUnit::Count {
                word: "tổ".to_owned(),
            },
        );
        let cases: [(
            &Indicator,
            Option<f64>,
            f64,
            Option<f64>,
            Option<f64>,
            Vec<EntryCheck>,
        ); 9] = [
            (&percent, Some(40.0), 45.0, None, None, vec![]),
            (
                &percent,
                Some(40.0),
                120.0,
                None,
                None,
                vec![
                    EntryCheck::Invalid(ValueProblem::PercentOutOfRange),
                    EntryCheck::PercentJump(80.0),
                ],
            ),
            (
                &percent,
                None,
                -1.0,
                None,
                None,
                vec![EntryCheck::Invalid(ValueProblem::PercentOutOfRange)],
            ),
            (
                &percent,
                Some(40.0),
                75.0,
                None,
                None,
                vec![EntryCheck::PercentJump(35.0)],
            ),
            (
                &percent,
                Some(40.0),
                50.0,
                Some(60.0),
                Some(50.0),
                vec![EntryCheck::NumeratorAboveDenominator],
            ),
            (
                &count,
                Some(10.0),
                -2.0,
                None,
                None,
                vec![
                    EntryCheck::Invalid(ValueProblem::Negative),
                    EntryCheck::CountJump(-0.2),
                ],
            ),
            (
                &count,
                Some(10.0),
                31.0,
                None,
                None,
                vec![EntryCheck::CountJump(3.1)],
            ),
            (&count, Some(10.0), 29.0, None, None, vec![]),
            (&count, Some(0.0), 29.0, None, None, vec![]),
        ];
        for (indicator, previous, value, numerator, denominator, expected) in cases {
            assert_eq!(
                check_value(indicator, previous, value, numerator, denominator),
                expected,
                "{value}"
            );
        }
        assert!(EntryCheck::Invalid(ValueProblem::Negative).blocks());
        assert!(!EntryCheck::PercentJump(40.0).blocks());
    }

    #[test]
    fn yes_no_takes_only_yes_or_no() {
        let yes_no = Indicator::new("y", "y", Pillar::DigitalGovernment, MeasureUnit::YesNo);
        assert_eq!(check_value(&yes_no, Some(0.0), 1.0, None, None), vec![]);
        let refused = check_value(&yes_no, Some(0.0), 85.5, None, None);
        assert_eq!(refused, vec![EntryCheck::Invalid(ValueProblem::NotYesNo)]);
        assert!(refused.iter().all(|c| c.blocks()));
        let ratio = check_value(&yes_no, None, 1.0, Some(1.0), None);
        assert_eq!(ratio, vec![EntryCheck::RatioOnYesNo]);
        assert!(EntryCheck::RatioOnYesNo.blocks());
    }
}
