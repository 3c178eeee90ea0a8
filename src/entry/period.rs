//! Reporting periods and their end dates.

use chrono::NaiveDate;

use crate::i18n::Lang;

/// The kind of reporting period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A month (tháng), 1–12.
    Month(u8),
    /// A quarter (quý), 1–4.
    Quarter(u8),
    /// The first six months (6 tháng đầu năm).
    FirstHalf,
    /// The first nine months (9 tháng).
    NineMonths,
    /// The whole year (năm).
    Year,
}

impl PeriodKind {
    /// Every kind but the months, in the order offered after them.
    pub const ALL: [Self; 7] = [
        Self::Quarter(1),
        Self::Quarter(2),
        Self::Quarter(3),
        Self::Quarter(4),
        Self::FirstHalf,
        Self::NineMonths,
        Self::Year,
    ];

    /// The period's name in `lang`: "Tháng 3", "Quý I", "6 tháng đầu năm"…
    pub fn name(self, lang: Lang) -> String {
        let texts = lang.texts();
        match self {
            Self::Month(month) => (texts.editor.month_period)(month),
            Self::Quarter(quarter) => (texts.quarter_name)(quarter).to_owned(),
            Self::FirstHalf => texts.first_half.to_owned(),
            Self::NineMonths => texts.nine_months.to_owned(),
            Self::Year => texts.whole_year.to_owned(),
        }
    }
}

/// A reporting period: a kind and a year, or a custom end date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// A standard period of a year.
    Of(PeriodKind, i32),
    /// Any date.
    Custom(NaiveDate),
}

impl Period {
    /// The last day of the period: the date the new measurements get.
    pub fn end_date(self) -> Option<NaiveDate> {
        let (month, day, year) = match self {
            Self::Custom(date) => return Some(date),
            Self::Of(PeriodKind::Month(month), year) => {
                let first_of_next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, u32::from(month) + 1, 1)
                };
                return first_of_next
                    .filter(|_| (1..=12).contains(&month))?
                    .pred_opt();
            }
            Self::Of(PeriodKind::Quarter(q), year) => match q {
                1 => (3, 31, year),
                2 => (6, 30, year),
                3 => (9, 30, year),
                4 => (12, 31, year),
                _ => return None,
            },
            Self::Of(PeriodKind::FirstHalf, year) => (6, 30, year),
            Self::Of(PeriodKind::NineMonths, year) => (9, 30, year),
            Self::Of(PeriodKind::Year, year) => (12, 31, year),
        };
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// The quarter after the one that contains `date` (the usual next period to fill).
    pub fn quarter_after(date: NaiveDate) -> Self {
        use chrono::Datelike as _;
        let quarter = (date.month() - 1) / 3 + 1;
        if quarter == 4 {
            Self::Of(PeriodKind::Quarter(1), date.year() + 1)
        } else {
            Self::Of(PeriodKind::Quarter(quarter as u8 + 1), date.year())
        }
    }

    /// The period the grid opens on for a plan dated `as_of`: the first quarter that ends after
    /// the reporting date (the next one when the reporting date ends a quarter, the one that
    /// contains it otherwise), but never one that ends more than a quarter after `today` (after the
    /// end of the third month from today's); then the quarter that contains today.
    pub fn default_for(as_of: NaiveDate, today: NaiveDate) -> Self {
        use chrono::Datelike as _;
        let next = Self::quarter_containing(as_of);
        let next = if next.end_date() == Some(as_of) {
            Self::quarter_after(as_of)
        } else {
            next
        };
        let latest = today
            .with_day(1)
            .and_then(|first| first.checked_add_months(chrono::Months::new(4)))
            .and_then(|after| after.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        match next.end_date() {
            Some(end) if end <= latest => next,
            _ => Self::quarter_containing(today),
        }
    }

    /// The quarter that contains `date`.
    fn quarter_containing(date: NaiveDate) -> Self {
        use chrono::Datelike as _;
        let quarter = (date.month() - 1) / 3 + 1;
        Self::Of(PeriodKind::Quarter(quarter as u8), date.year())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn end_dates() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for (period, expected) in [
            (
                Period::Of(PeriodKind::Quarter(1), 2025),
                Some(date(2025, 3, 31)),
            ),
            (
                Period::Of(PeriodKind::Quarter(3), 2025),
                Some(date(2025, 9, 30)),
            ),
            (Period::Of(PeriodKind::Quarter(5), 2025), None),
            (
                Period::Of(PeriodKind::FirstHalf, 2024),
                Some(date(2024, 6, 30)),
            ),
            (
                Period::Of(PeriodKind::NineMonths, 2024),
                Some(date(2024, 9, 30)),
            ),
            (Period::Of(PeriodKind::Year, 2025), Some(date(2025, 12, 31))),
            (
                Period::Of(PeriodKind::Month(2), 2024),
                Some(date(2024, 2, 29)),
            ),
            (
                Period::Of(PeriodKind::Month(2), 2025),
                Some(date(2025, 2, 28)),
            ),
            (
                Period::Of(PeriodKind::Month(12), 2025),
                Some(date(2025, 12, 31)),
            ),
            (Period::Of(PeriodKind::Month(13), 2025), None),
            (Period::Of(PeriodKind::Month(0), 2025), None),
            (Period::Custom(date(2025, 11, 15)), Some(date(2025, 11, 15))),
        ] {
            assert_eq!(period.end_date(), expected, "{period:?}");
        }
        assert_eq!(
            Period::quarter_after(date(2025, 9, 30)),
            Period::Of(PeriodKind::Quarter(4), 2025)
        );
        assert_eq!(
            Period::quarter_after(date(2025, 12, 31)),
            Period::Of(PeriodKind::Quarter(1), 2026)
        );
    }

    #[test]
    fn default_period() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let quarter = |q, y| Period::Of(PeriodKind::Quarter(q), y);
        // (reporting date, today, the grid's period)
        for (as_of, today, expected) in [
            // Mid-quarter reporting dates: the quarter that contains them.
            (date(2026, 11, 30), date(2026, 11, 30), quarter(4, 2026)),
            (date(2026, 2, 14), date(2026, 2, 14), quarter(1, 2026)),
            (date(2025, 8, 1), date(2026, 1, 10), quarter(3, 2025)),
            // A quarter's end: the next quarter.
            (date(2025, 9, 30), date(2026, 1, 10), quarter(4, 2025)),
            (date(2025, 12, 31), date(2026, 1, 10), quarter(1, 2026)),
            (date(2025, 12, 31), date(2025, 12, 31), quarter(1, 2026)),
            (date(2024, 12, 31), date(2026, 11, 30), quarter(1, 2025)),
            // Today long before: never more than a quarter ahead of today.
            (date(2026, 12, 31), date(2026, 11, 30), quarter(4, 2026)),
            (date(2027, 3, 31), date(2026, 11, 30), quarter(4, 2026)),
            (date(2026, 9, 30), date(2026, 6, 15), quarter(2, 2026)),
            // Today just far enough: the quarter ends within three months of today.
            (date(2026, 9, 30), date(2026, 9, 30), quarter(4, 2026)),
            (date(2026, 11, 30), date(2026, 9, 30), quarter(4, 2026)),
            (date(2026, 12, 31), date(2026, 9, 1), quarter(3, 2026)),
        ] {
            assert_eq!(
                Period::default_for(as_of, today),
                expected,
                "reporting date {as_of}, today {today}"
            );
        }
    }
}
