//! Numbers and dates as each language writes them: `1.234,5` and dd/mm/yyyy in Vietnamese,
//! `1,234.5` in English.

use chrono::NaiveDate;

use super::Lang;

/// Why a typed number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", super::bilingual_inline(|lang| self.message(lang).to_owned()))]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// A character other than digits, separators, a sign or a trailing percent sign.
    InvalidCharacter,
    /// Thousands separators with groups that are not three digits.
    BadGrouping,
    /// More than one decimal mark.
    SeveralDecimalMarks,
    /// Too large to be a finite number.
    OutOfRange,
}

impl NumberError {
    /// The reason in `lang`, for display under a field.
    pub fn message(self, lang: Lang) -> &'static str {
        (lang.texts().number_error)(self)
    }
}

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Formats `value` with at most `max_decimals` decimals (trailing zeros dropped) and thousands
/// separators, as `lang` writes numbers.
pub fn format_number(value: f64, max_decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (thousands, decimal) = separators(lang);
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (integer, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut grouped = String::with_capacity(integer.len() + integer.len() / 3 + fraction.len() + 2);
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push(decimal);
        grouped.push_str(fraction);
    }
    let is_zero = grouped
        .chars()
        .all(|c| c == '0' || c == thousands || c == decimal);
    if value < 0.0 && !is_zero {
        grouped.insert(0, '-');
    }
    grouped
}

/// Parses a number typed in `lang`'s style, also accepting the other style where it is not
/// ambiguous: when both separators appear the last one is the decimal mark; a lone separator
/// followed by exactly three digits (per group) is a thousands separator when it is `lang`'s
/// thousands separator, otherwise a decimal mark. Spaces and a trailing `%` are ignored.
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, NumberError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if digits.is_empty() {
        return Err(NumberError::Empty);
    }
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(NumberError::InvalidCharacter);
    }
    if !digits.starts_with(|c: char| c.is_ascii_digit()) && !digits.starts_with(['.', ',']) {
        return Err(NumberError::InvalidCharacter);
    }
    let plain = to_plain_decimal(digits, lang)?;
    let value: f64 = plain.parse().map_err(|_| NumberError::InvalidCharacter)?;
    if !value.is_finite() {
        return Err(NumberError::OutOfRange);
    }
    Ok(if negative { -value } else { value })
}

/// Rewrites `digits` (digits, dots and commas only) as a plain `1234.5` string.
fn to_plain_decimal(digits: &str, lang: Lang) -> Result<String, NumberError> {
    let has_dot = digits.contains('.');
    let has_comma = digits.contains(',');
    let (thousands, decimal) = match (has_dot, has_comma) {
        (false, false) => return Ok(digits.to_owned()),
        (true, true) => {
            let last_dot = digits.rfind('.').unwrap_or(0);
            let last_comma = digits.rfind(',').unwrap_or(0);
            if last_dot > last_comma {
                (',', '.')
            } else {
                ('.', ',')
            }
        }
        _ => {
            let separator = if has_dot { '.' } else { ',' };
            let count = digits.matches(separator).count();
            let (lang_thousands, _) = separators(lang);
            let looks_grouped = is_grouped(digits, separator);
            if count > 1 || (separator == lang_thousands && looks_grouped) {
                if !looks_grouped {
                    return Err(NumberError::BadGrouping);
                }
                return Ok(digits.replace(separator, ""));
            }
            return Ok(digits.replace(separator, "."));
        }
    };
    let (integer, fraction) = digits.rsplit_once(decimal).unwrap_or((digits, ""));
    if fraction.contains(thousands) || fraction.contains(decimal) {
        return Err(NumberError::SeveralDecimalMarks);
    }
    if integer.contains(decimal) {
        return Err(NumberError::SeveralDecimalMarks);
    }
    if !is_grouped(integer, thousands) {
        return Err(NumberError::BadGrouping);
    }
    Ok(format!("{}.{fraction}", integer.replace(thousands, "")))
}

/// True when `digits` is 1–3 digits followed by groups of exactly three, split by `separator`.
fn is_grouped(digits: &str, separator: char) -> bool {
    let mut groups = digits.split(separator);
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Formats a date as dd/mm/yyyy (both languages: Vietnamese documents write it so, and it is the
/// form officials type).
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// Parses dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn parses_like_the_issue_says() {
        let cases: [(&str, Lang, Result<f64, NumberError>); 22] = [
            ("1.234,5", Lang::Vi, Ok(1234.5)),
            ("250.000", Lang::Vi, Ok(250_000.0)),
            ("12,5", Lang::Vi, Ok(12.5)),
            ("1.234.567", Lang::Vi, Ok(1_234_567.0)),
            ("12.5", Lang::Vi, Ok(12.5)),
            ("0,7955", Lang::Vi, Ok(0.7955)),
            ("1,234.5", Lang::Vi, Ok(1234.5)),
            (" 85 % ", Lang::Vi, Ok(85.0)),
            ("-3,5", Lang::Vi, Ok(-3.5)),
            ("1 234,5", Lang::Vi, Ok(1234.5)),
            ("1,234.5", Lang::En, Ok(1234.5)),
            ("250,000", Lang::En, Ok(250_000.0)),
            ("12.5", Lang::En, Ok(12.5)),
            ("12,5", Lang::En, Ok(12.5)),
            ("1.234,5", Lang::En, Ok(1234.5)),
            ("", Lang::Vi, Err(NumberError::Empty)),
            ("abc", Lang::Vi, Err(NumberError::InvalidCharacter)),
            ("12a", Lang::En, Err(NumberError::InvalidCharacter)),
            ("1.23.4", Lang::Vi, Err(NumberError::BadGrouping)),
            ("1,2,3", Lang::En, Err(NumberError::BadGrouping)),
            ("1.234,5,6", Lang::Vi, Err(NumberError::SeveralDecimalMarks)),
            ("12.34.567,8", Lang::Vi, Err(NumberError::BadGrouping)),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(parse_number(text, lang), expected, "{text} in {lang:?}");
        }
    }

    #[test]
    fn formats_like_the_language() {
        assert_eq!(format_number(1234.5, 1, Lang::Vi), "1.234,5");
        assert_eq!(format_number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(format_number(250_000.0, 2, Lang::Vi), "250.000");
        assert_eq!(format_number(0.7955, 4, Lang::Vi), "0,7955");
        assert_eq!(format_number(-0.001, 1, Lang::Vi), "0");
        assert_eq!(format_number(-12.25, 1, Lang::En), "-12.2");
        assert_eq!(format_number(100.0, 1, Lang::Vi), "100");
    }

    #[test]
    fn round_trips_formatted_numbers() {
        for value in [
            0.0,
            1.5,
            999.0,
            1000.0,
            1234.56,
            250_000.0,
            1_234_567.89,
            -42.5,
        ] {
            for lang in Lang::ALL {
                let text = format_number(value, 2, lang);
                assert_eq!(parse_number(&text, lang).unwrap(), value, "{text}");
            }
        }
    }

    #[test]
    fn dates() {
        let date = NaiveDate::from_ymd_opt(2022, 9, 30).unwrap();
        assert_eq!(format_date(date), "30/09/2022");
        assert_eq!(parse_date("30/09/2022"), Some(date));
        assert_eq!(parse_date("30/9/2022"), Some(date));
        assert_eq!(parse_date("2022-09-30"), Some(date));
        assert_eq!(parse_date("31/02/2022"), None);
        assert_eq!(parse_date("30/09/22"), None);
    }
}
