//! What the period grid would change: the rows typed, read as numbers, and the indicators they
//! become, with the values they replace and whether a value blocks applying. Pure: the window
//! turns the result into one undoable change.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::checks::check_value;
use crate::i18n::{Lang, parse_number};
use crate::model::{Indicator, Measurement, Project, parse_yes_no};

/// Editable columns of a row, left to right: value, numerator, denominator, evidence, source,
/// note.
pub const EDIT_COLUMNS: usize = 6;

/// What was typed for one indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowDraft {
    /// The six editable cells, in [`EDIT_COLUMNS`] order.
    pub cells: [String; EDIT_COLUMNS],
    /// Cells a paste could not read (marked, left empty).
    pub unreadable: [bool; EDIT_COLUMNS],
}

impl RowDraft {
    /// The number cell `column` (0 value, 1 numerator, 2 denominator) holds for `indicator`:
    /// Có/Không (1/0, x, Đạt/Chưa đạt) in the value cell of a yes/no indicator, a number in
    /// `lang`'s format elsewhere.
    pub fn number(&self, indicator: &Indicator, column: usize, lang: Lang) -> Option<f64> {
        cell_number(indicator, column, self.cells.get(column)?, lang)
    }

    /// True when number cell `column` holds text that is not a value.
    pub fn is_unreadable(&self, indicator: &Indicator, column: usize, lang: Lang) -> bool {
        column < 3
            && self.cells.get(column).is_some_and(|text| {
                !text.trim().is_empty() && cell_number(indicator, column, text, lang).is_none()
            })
    }

    /// The first number cell holding text that is not a value.
    pub fn first_unreadable(&self, indicator: &Indicator, lang: Lang) -> Option<usize> {
        (0..3).find(|&column| self.is_unreadable(indicator, column, lang))
    }

    /// The row's numbers: value, numerator, denominator.
    pub fn numbers(&self, indicator: &Indicator, lang: Lang) -> [Option<f64>; 3] {
        [0, 1, 2].map(|column| self.number(indicator, column, lang))
    }

    /// The row's value for `indicator`: typed, or computed from numerator and denominator (as a
    /// percentage for a percent indicator; never for a yes/no one).
    pub fn value(&self, indicator: &Indicator, lang: Lang) -> Option<f64> {
        let [value, numerator, denominator] = self.numbers(indicator, lang);
        if indicator.unit.is_yes_no() {
            return value;
        }
        value.or_else(|| {
            let (n, d) = (numerator?, denominator?);
            (d != 0.0).then(|| {
                if indicator.unit.is_percent() {
                    n / d * 100.0
                } else {
                    n / d
                }
            })
        })
    }
}

/// The number a cell's `text` holds: Có/Không in the value cell of a yes/no indicator, a number
/// in `lang`'s format elsewhere.
pub fn cell_number(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> Option<f64> {
    if column == 0 && indicator.unit.is_yes_no() {
        parse_yes_no(text).map(|yes| if yes { 1.0 } else { 0.0 })
    } else {
        parse_number(text, lang).ok()
    }
}

/// A value recorded for the period that the grid would replace.
#[derive(Clone, Debug, PartialEq)]
pub struct Replacement {
    /// The indicator's name.
    pub indicator_name: String,
    /// The value recorded.
    pub old: f64,
    /// The value typed.
    pub new: f64,
}

/// What applying the grid would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlannedEntry {
    /// The indicators with their new measurement, in plan order.
    pub indicators: Vec<Indicator>,
    /// The plan's new reporting date, when it moves to the period's end.
    pub as_of: Option<NaiveDate>,
    /// Values already recorded for the date that would be replaced.
    pub replaced: Vec<Replacement>,
    /// True when a value cannot be applied (its unit cannot take it, or a cell is not a value).
    pub blocked: bool,
}

/// The changes the typed `rows` (by indicator id) make to `project` for the period ending on
/// `date`; with `move_as_of`, the reporting date moves to `date`.
pub fn plan_entry(
    project: &Project,
    rows: &BTreeMap<String, RowDraft>,
    date: NaiveDate,
    move_as_of: bool,
    lang: Lang,
) -> PlannedEntry {
    let mut planned = PlannedEntry::default();
    for indicator in &project.indicators {
        let Some(row) = rows.get(&indicator.id) else {
            continue;
        };
        if row.first_unreadable(indicator, lang).is_some() {
            planned.blocked = true;
            continue;
        }
        let Some(value) = row.value(indicator, lang) else {
            continue;
        };
        let [_, numerator, denominator] = row.numbers(indicator, lang);
        let previous = indicator.comparable_before(date).map(|m| m.value);
        planned.blocked |= check_value(indicator, previous, value, numerator, denominator)
            .iter()
            .any(|c| c.blocks());
        let mut changed = indicator.clone();
        if let Some(old) = changed.measurements.iter().find(|m| m.date == date) {
            planned.replaced.push(Replacement {
                indicator_name: indicator.name.clone(),
                old: old.value,
                new: value,
            });
        }
        changed.measurements.retain(|m| m.date != date);
        changed.measurements.push(Measurement {
            date,
            value,
            numerator,
            denominator,
            evidence: row.cells[3].trim().to_owned(),
            source: row.cells[4].trim().to_owned(),
            note: row.cells[5].trim().to_owned(),
        });
        planned.indicators.push(changed);
    }
    if move_as_of && !planned.indicators.is_empty() && project.as_of != date {
        planned.as_of = Some(date);
    }
    planned
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{AdminUnit, MeasureUnit, Pillar, UnitLevel};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn row(cells: [&str; 3]) -> RowDraft {
        let mut row = RowDraft::default();
        for (cell, text) in row.cells.iter_mut().zip(cells) {
            *cell = text.to_owned();
        }
        row
    }

    fn project() -> Project {
        let unit = AdminUnit {
            level: UnitLevel::Commune,
            name: "Xã A".to_owned(),
            parent_name: String::new(),
            province: String::new(),
        };
        let mut project = Project::new(unit, date(2025, 6, 30));
        let mut percent = Indicator::new("p", "Tỷ lệ", Pillar::Foundation, MeasureUnit::Percent);
        percent
            .measurements
            .push(Measurement::new(date(2025, 9, 30), 40.0));
        let count = Indicator::new(
            "c",
            "Số tổ",
            Pillar::Foundation,
            MeasureUnit::Count {
                word: "tổ".to_owned(),
            },
        );
        project.indicators = vec![percent, count];
        project
    }

    #[test]
    fn typed_rows_become_measurements_and_replacements_are_listed() {
        let project = project();
        let rows = BTreeMap::from([
            ("p".to_owned(), row(["", "3", "4"])),
            ("c".to_owned(), row(["12", "", ""])),
        ]);
        let planned = plan_entry(&project, &rows, date(2025, 9, 30), true, Lang::Vi);
        assert_eq!(planned.indicators.len(), 2);
        let percent = &planned.indicators[0];
        assert_eq!(percent.measurements.len(), 1, "the old value is replaced");
        assert_eq!(
            percent.measurements[0].value, 75.0,
            "3 of 4 as a percentage"
        );
        assert_eq!(
            planned.replaced,
            vec![Replacement {
                indicator_name: "Tỷ lệ".to_owned(),
                old: 40.0,
                new: 75.0,
            }]
        );
        assert_eq!(planned.as_of, Some(date(2025, 9, 30)));
        assert!(!planned.blocked);
    }

    #[test]
    fn a_value_its_unit_cannot_take_blocks_and_empty_rows_change_nothing() {
        let project = project();
        let rows = BTreeMap::from([
            ("p".to_owned(), row(["120", "", ""])),
            ("c".to_owned(), row(["", "", ""])),
        ]);
        let planned = plan_entry(&project, &rows, date(2025, 12, 31), false, Lang::Vi);
        assert!(planned.blocked);
        assert_eq!(planned.indicators.len(), 1);
        assert_eq!(planned.as_of, None, "the reporting date stays");
        let none = plan_entry(
            &project,
            &BTreeMap::new(),
            date(2025, 12, 31),
            true,
            Lang::Vi,
        );
        assert_eq!(none, PlannedEntry::default());
    }

    #[test]
    fn a_yes_no_row_takes_co_khong_and_refuses_a_number() {
        let mut project = project();
        project.indicators.push(Indicator::new(
            "yn",
            "Trang thông tin",
            Pillar::Foundation,
            MeasureUnit::YesNo,
        ));
        let end = date(2025, 12, 31);
        for (typed, value, blocked) in [
            ("Có", Some(1.0), false),
            ("không", Some(0.0), false),
            ("x", Some(1.0), false),
            ("85,5", None, true),
            ("12", None, true),
        ] {
            let rows = BTreeMap::from([("yn".to_owned(), row([typed, "", ""]))]);
            let planned = plan_entry(&project, &rows, end, false, Lang::Vi);
            assert_eq!(planned.blocked, blocked, "{typed}");
            let written = planned.indicators.first().map(|i| i.measurements[0].value);
            assert_eq!(written, value, "{typed}");
        }
    }
}
