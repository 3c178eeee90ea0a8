//! A value cell as offices type it: "84,5%", "84.5 %", "1.234", "≤ 2", "trên 86", "100% (đạt)",
//! "Đạt"/"Chưa đạt"/"x", or a number Excel shows as a percentage. Read before the indicator is known;
//! turned into the indicator's value (and checked against its unit) once it is.

use super::words::{normalized, without_asides};
use crate::i18n::{Lang, parse_number};
use crate::model::{Direction, MeasureUnit, ValueProblem, parse_yes_no};

/// How a value was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ValueForm {
    /// A plain number.
    Plain,
    /// A number typed with a percent sign ("84,5%").
    PercentSign,
    /// A number Excel shows as a percentage (0.632 shown as 63,2 %).
    PercentFormat,
    /// A yes/no word ("Đạt", "Không", "x").
    YesNo,
}

/// A value cell as read.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct TypedValue {
    /// The number read (a percentage-formatted cell keeps Excel's fraction: 0.632).
    pub number: f64,
    /// The cell as the sheet shows it.
    pub shown: String,
    /// How it was written.
    pub form: ValueForm,
    /// The direction a bound says: "≤ 2" (smaller is better), "≥ 80" or "trên 86" (larger).
    pub bound: Option<Direction>,
}

/// Why a value read cannot be a value of the indicator it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ValueRefusal {
    /// A yes/no word for an indicator that is not yes/no.
    WordForNumber,
    /// Outside what the unit allows.
    Unit(ValueProblem),
}

impl TypedValue {
    /// The value for an indicator of `unit`: a percentage-formatted cell is multiplied by 100 for
    /// a percent indicator; the unit's rules are checked.
    pub fn for_unit(&self, unit: &MeasureUnit) -> Result<f64, ValueRefusal> {
        if self.form == ValueForm::YesNo && !unit.is_yes_no() {
            return Err(ValueRefusal::WordForNumber);
        }
        let value = match (self.form, unit) {
            (ValueForm::PercentFormat, MeasureUnit::Percent) => self.number * 100.0,
            _ => self.number,
        };
        unit.check_value(value).map_err(ValueRefusal::Unit)?;
        Ok(value)
    }

    /// The unit this value suggests for a new indicator (percent, or yes/no).
    pub fn suggested_unit(&self) -> Option<MeasureUnit> {
        match self.form {
            ValueForm::PercentSign | ValueForm::PercentFormat => Some(MeasureUnit::Percent),
            ValueForm::YesNo => Some(MeasureUnit::YesNo),
            ValueForm::Plain => None,
        }
    }
}

/// Words before a number that bound it, and the direction they say.
const BOUND_PREFIXES: [(&str, Option<Direction>); 24] = [
    ("≤", Some(Direction::LowerIsBetter)),
    ("<=", Some(Direction::LowerIsBetter)),
    ("<", Some(Direction::LowerIsBetter)),
    ("≥", Some(Direction::HigherIsBetter)),
    (">=", Some(Direction::HigherIsBetter)),
    (">", Some(Direction::HigherIsBetter)),
    ("không vượt quá", Some(Direction::LowerIsBetter)),
    ("không quá", Some(Direction::LowerIsBetter)),
    ("tối đa", Some(Direction::LowerIsBetter)),
    ("dưới", Some(Direction::LowerIsBetter)),
    ("không dưới", Some(Direction::HigherIsBetter)),
    ("không thấp hơn", Some(Direction::HigherIsBetter)),
    ("tối thiểu", Some(Direction::HigherIsBetter)),
    ("ít nhất", Some(Direction::HigherIsBetter)),
    ("trên", Some(Direction::HigherIsBetter)),
    ("at most", Some(Direction::LowerIsBetter)),
    ("below", Some(Direction::LowerIsBetter)),
    ("under", Some(Direction::LowerIsBetter)),
    ("at least", Some(Direction::HigherIsBetter)),
    ("above", Some(Direction::HigherIsBetter)),
    ("over", Some(Direction::HigherIsBetter)),
    ("khoảng", None),
    ("đạt", None),
    ("~", None),
];

/// Words after a number that bound it.
const BOUND_SUFFIXES: [(&str, Direction); 4] = [
    ("trở lên", Direction::HigherIsBetter),
    ("or more", Direction::HigherIsBetter),
    ("trở xuống", Direction::LowerIsBetter),
    ("or less", Direction::LowerIsBetter),
];

/// Cells that say "no figure": a dash, "…", "N/A".
const NO_FIGURE: [&str; 7] = ["-", "–", "—", "…", "...", "n/a", "k/c"];

/// Reads a value cell as typed, numbers typed as text in `lang`'s style (also the other where it
/// is not ambiguous); number cells are shown as `shown_in` writes them. `Ok(None)` for a cell with
/// no figure; `Err` with the reason when unreadable.
pub(super) fn read_value(
    cell: &super::grid::Cell,
    lang: Lang,
    shown_in: Lang,
) -> Result<Option<TypedValue>, crate::i18n::NumberError> {
    use super::grid::Cell;
    let shown = match cell {
        Cell::Number(n) => crate::i18n::format_number(*n, 4, shown_in),
        Cell::Percent(n) => format!("{}%", crate::i18n::format_number(n * 100.0, 2, shown_in)),
        other => other.text(),
    };
    let typed = |number, form| TypedValue {
        number,
        shown: shown.clone(),
        form,
        bound: None,
    };
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(n) => Ok(Some(typed(*n, ValueForm::Plain))),
        Cell::Percent(n) => Ok(Some(typed(*n, ValueForm::PercentFormat))),
        Cell::Bool(b) => Ok(Some(typed(f64::from(u8::from(*b)), ValueForm::YesNo))),
        Cell::Date(_) => Err(crate::i18n::NumberError::InvalidCharacter),
        Cell::Text(text) => read_text(text, lang),
    }
}

fn read_text(text: &str, lang: Lang) -> Result<Option<TypedValue>, crate::i18n::NumberError> {
    let shown = text.trim().to_owned();
    let lower = normalized(&shown);
    if lower.is_empty() || NO_FIGURE.contains(&lower.as_str()) {
        return Ok(None);
    }
    let main = without_asides(&lower).trim().to_owned();
    let aside = lower
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(inside, _)| inside.trim().to_owned());
    let attempt = |candidate: &str| read_bounded(candidate, &shown, lang);
    match attempt(&main) {
        Ok(value) => Ok(Some(value)),
        Err(error) => match aside.as_deref().map(attempt) {
            Some(Ok(value)) => Ok(Some(value)),
            _ => Err(error),
        },
    }
}

/// A number with its bound words, or a yes/no word.
fn read_bounded(
    text: &str,
    shown: &str,
    lang: Lang,
) -> Result<TypedValue, crate::i18n::NumberError> {
    let mut rest = text.trim();
    let mut bound = None;
    for (prefix, direction) in BOUND_PREFIXES {
        if let Some(after) = rest.strip_prefix(prefix)
            && after
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        {
            rest = after.trim();
            bound = direction;
            break;
        }
    }
    for (suffix, direction) in BOUND_SUFFIXES {
        if let Some(before) = rest.strip_suffix(suffix) {
            rest = before.trim();
            bound = Some(direction);
        }
    }
    let form = if rest.ends_with('%') {
        ValueForm::PercentSign
    } else {
        ValueForm::Plain
    };
    let number = match parse_number(rest, lang) {
        Ok(number) => number,
        Err(error) => match yes_no_word(text) {
            Some(yes) => {
                return Ok(TypedValue {
                    number: f64::from(u8::from(yes)),
                    shown: shown.to_owned(),
                    form: ValueForm::YesNo,
                    bound: None,
                });
            }
            None => return Err(error),
        },
    };
    Ok(TypedValue {
        number,
        shown: shown.to_owned(),
        form,
        bound,
    })
}

/// A yes/no answer: the model's words, and a few more offices write ("chưa có", "hoàn thành").
fn yes_no_word(text: &str) -> Option<bool> {
    parse_yes_no(text).or(match text {
        "hoàn thành" | "đã hoàn thành" | "đã có" | "có (đạt)" => Some(true),
        "chưa có" | "chưa" | "chưa hoàn thành" | "không có" => Some(false),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::super::grid::Cell;
    use super::*;

    type Read = Option<(f64, ValueForm, Option<Direction>)>;

    fn read(text: &str) -> Read {
        read_value(&Cell::Text(text.to_owned()), Lang::Vi, Lang::Vi)
            .unwrap()
            .map(|v| (v.number, v.form, v.bound))
    }

    #[test]
    fn values_as_typed() {
        use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
        use ValueForm::{PercentSign, Plain, YesNo};
        let cases: [(&str, Read); 16] = [
            ("84,5%", Some((84.5, PercentSign, None))),
            ("84.5 %", Some((84.5, PercentSign, None))),
            ("1.234", Some((1234.0, Plain, None))),
            ("12,5", Some((12.5, Plain, None))),
            ("≤ 2", Some((2.0, Plain, Some(Down)))),
            ("≥ 80", Some((80.0, Plain, Some(Up)))),
            ("trên 86", Some((86.0, Plain, Some(Up)))),
            ("dưới 2", Some((2.0, Plain, Some(Down)))),
            ("Tối thiểu 80%", Some((80.0, PercentSign, Some(Up)))),
            ("90% trở lên", Some((90.0, PercentSign, Some(Up)))),
            ("100% (đạt)", Some((100.0, PercentSign, None))),
            ("Đạt", Some((1.0, YesNo, None))),
            ("Chưa đạt", Some((0.0, YesNo, None))),
            ("x", Some((1.0, YesNo, None))),
            ("-", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), expected, "{text}");
        }
        assert!(read_value(&Cell::Text("nhiều".to_owned()), Lang::Vi, Lang::Vi).is_err());
    }

    #[test]
    fn percent_formatted_cells_become_percents_of_a_percent_indicator() {
        let value = read_value(&Cell::Percent(0.632), Lang::Vi, Lang::Vi)
            .unwrap()
            .unwrap();
        let percent = value.for_unit(&MeasureUnit::Percent).unwrap();
        assert!((percent - 63.2).abs() < 1e-9);
        let word = read_value(&Cell::Text("Đạt".to_owned()), Lang::Vi, Lang::Vi)
            .unwrap()
            .unwrap();
        assert_eq!(
            word.for_unit(&MeasureUnit::Percent),
            Err(ValueRefusal::WordForNumber)
        );
        assert_eq!(word.for_unit(&MeasureUnit::YesNo), Ok(1.0));
        let over = read_value(&Cell::Text("120%".to_owned()), Lang::Vi, Lang::Vi)
            .unwrap()
            .unwrap();
        assert_eq!(
            over.for_unit(&MeasureUnit::Percent),
            Err(ValueRefusal::Unit(ValueProblem::PercentOutOfRange))
        );
    }
}
