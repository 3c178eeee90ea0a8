//! The unit an indicator is measured in (percent, count, score, money, yes/no, rank), the values
//! each unit can take, and how a clerk types a yes/no.

use serde::{Deserialize, Serialize};

/// Unit of measure of an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum MeasureUnit {
    /// A percentage, 0–100.
    Percent,
    /// A count of things, with the unit word ("hồ sơ", "tổ", "người", "lần/năm").
    Count {
        /// The unit word, in Vietnamese.
        word: String,
    },
    /// A score out of a maximum (e.g. 100 points, or 1 for the DTI).
    Score {
        /// The highest possible score.
        max: f64,
    },
    /// An amount of money in Vietnamese đồng.
    Money,
    /// Yes (1) or no (0): Có/Không, Đạt/Chưa đạt.
    YesNo,
    /// A rank, 1 being first.
    Rank,
}

impl MeasureUnit {
    /// True for [`MeasureUnit::Percent`].
    pub fn is_percent(&self) -> bool {
        matches!(self, Self::Percent)
    }

    /// True for [`MeasureUnit::YesNo`].
    pub fn is_yes_no(&self) -> bool {
        matches!(self, Self::YesNo)
    }

    /// True for an index from 0 to 1 (a score whose maximum is 1, like the DTI): "chỉ số (0–1)",
    /// whose amounts are not "điểm".
    pub fn is_index(&self) -> bool {
        matches!(self, Self::Score { max } if (*max - 1.0).abs() < 1e-12)
    }

    /// Checks that `value` can be a value of this unit: a percent lies in 0–100, a yes/no value is
    /// 0 or 1, a rank is at least 1, nothing is negative or not finite. The one place of these
    /// rules, used by the file loader, the editor, the period grid and the import.
    pub fn check_value(&self, value: f64) -> Result<(), ValueProblem> {
        if !value.is_finite() {
            return Err(ValueProblem::NotFinite);
        }
        match self {
            Self::Percent if !(0.0..=100.0).contains(&value) => {
                Err(ValueProblem::PercentOutOfRange)
            }
            Self::YesNo if value != 0.0 && value != 1.0 => Err(ValueProblem::NotYesNo),
            Self::Rank if value < 1.0 => Err(ValueProblem::RankBelowOne),
            _ if value < 0.0 => Err(ValueProblem::Negative),
            _ => Ok(()),
        }
    }
}

/// Why a number cannot be a value of an indicator's unit (see [`MeasureUnit::check_value`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueProblem {
    /// Not a finite number.
    NotFinite,
    /// A percent outside 0–100.
    PercentOutOfRange,
    /// A yes/no value other than 0 (Không) or 1 (Có).
    NotYesNo,
    /// A rank below 1.
    RankBelowOne,
    /// A negative count, amount or score.
    Negative,
}

/// Reads a yes/no cell as a clerk types it: "Có", "Không", "Đạt", "Chưa đạt", "x" (ticked),
/// "1", "0", "Yes", "No" (any case, surrounding spaces ignored). `None` for anything else.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    let folded = super::text::nfc(text.trim()).to_lowercase();
    match folded.as_str() {
        "có" | "co" | "đạt" | "dat" | "x" | "1" | "yes" | "y" | "true" | "achieved" => {
            Some(true)
        }
        "không" | "khong" | "chưa đạt" | "chua dat" | "không đạt" | "khong dat" | "0" | "no"
        | "n" | "false" | "not achieved" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_value_rules() {
        let count = MeasureUnit::Count {
            word: "tổ".to_owned(),
        };
        let cases: [(MeasureUnit, f64, Result<(), ValueProblem>); 12] = [
            (MeasureUnit::Percent, 0.0, Ok(())),
            (MeasureUnit::Percent, 100.0, Ok(())),
            (
                MeasureUnit::Percent,
                100.5,
                Err(ValueProblem::PercentOutOfRange),
            ),
            (
                MeasureUnit::Percent,
                -1.0,
                Err(ValueProblem::PercentOutOfRange),
            ),
            (MeasureUnit::YesNo, 1.0, Ok(())),
            (MeasureUnit::YesNo, 0.0, Ok(())),
            (MeasureUnit::YesNo, 85.5, Err(ValueProblem::NotYesNo)),
            (MeasureUnit::Rank, 0.0, Err(ValueProblem::RankBelowOne)),
            (MeasureUnit::Rank, 12.0, Ok(())),
            (count.clone(), -2.0, Err(ValueProblem::Negative)),
            (count, f64::NAN, Err(ValueProblem::NotFinite)),
            (MeasureUnit::Money, 250_000.0, Ok(())),
        ];
        for (unit, value, expected) in cases {
            assert_eq!(unit.check_value(value), expected, "{unit:?} {value}");
        }
    }

    #[test]
    fn yes_no_as_typed() {
        for (text, expected) in [
            ("Có", Some(true)),
            (" có ", Some(true)),
            ("Đạt", Some(true)),
            ("X", Some(true)),
            ("1", Some(true)),
            ("Chưa đạt", Some(false)),
            ("KHÔNG", Some(false)),
            ("0", Some(false)),
            ("No", Some(false)),
            ("85,5", None),
            ("12", None),
            ("", None),
        ] {
            assert_eq!(parse_yes_no(text), expected, "{text}");
        }
    }
}
