//! Checks of a value typed for a period: shown in the row, never blocking.

use crate::model::{Indicator, MeasureUnit};

/// Something suspicious about a new value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EntryCheck {
    /// A percentage outside 0–100 (this one does block applying: the file would be invalid).
    PercentOutOfRange,
    /// A negative count.
    NegativeCount,
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
        matches!(self, Self::PercentOutOfRange)
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
    match &indicator.unit {
        MeasureUnit::Percent => {
            if !(0.0..=100.0).contains(&value) {
                checks.push(EntryCheck::PercentOutOfRange);
            }
            if let Some(previous) = previous
                && (value - previous).abs() > 30.0
            {
                checks.push(EntryCheck::PercentJump(value - previous));
            }
        }
        MeasureUnit::Count { .. } => {
            if value < 0.0 {
                checks.push(EntryCheck::NegativeCount);
            }
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
                vec![EntryCheck::PercentOutOfRange, EntryCheck::PercentJump(80.0)],
            ),
            (
                &percent,
                None,
                -1.0,
                None,
                None,
                vec![EntryCheck::PercentOutOfRange],
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
                vec![EntryCheck::NegativeCount, EntryCheck::CountJump(-0.2)],
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
        assert!(EntryCheck::PercentOutOfRange.blocks());
        assert!(!EntryCheck::PercentJump(40.0).blocks());
    }
}
