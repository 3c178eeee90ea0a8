//! Reporting periods and their end dates.

use chrono::NaiveDate;

use crate::i18n::Lang;

/// The kind of reporting period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
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
    /// Every kind, in the order offered.
    pub const ALL: [Self; 7] = [
        Self::Quarter(1),
        Self::Quarter(2),
        Self::Quarter(3),
        Self::Quarter(4),
        Self::FirstHalf,
        Self::NineMonths,
        Self::Year,
    ];

    /// The period's name in `lang`: "Quý I", "6 tháng đầu năm"…
    pub fn name(self, lang: Lang) -> &'static str {
        let texts = lang.texts();
        match self {
            Self::Quarter(quarter) => (texts.quarter_name)(quarter),
            Self::FirstHalf => texts.first_half,
            Self::NineMonths => texts.nine_months,
            Self::Year => texts.whole_year,
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
}
