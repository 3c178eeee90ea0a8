//! Properties of the paste parser: any text is split into as many rows as it has lines, never
//! panics, and numbers formatted by the app come back as themselves.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotrinh::entry::{PastedCell, parse_paste};
use lotrinh::i18n::{Lang, format_number};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_parses_into_its_lines(text in "[0-9.,\\t\\r\\n a-zđ%-]{0,80}") {
        let rows = parse_paste(&text, Lang::Vi);
        let trimmed = text.strip_suffix("\r\n").or_else(|| text.strip_suffix('\n')).unwrap_or(&text);
        let expected = if trimmed.is_empty() { 0 } else { trimmed.split('\n').count() };
        prop_assert_eq!(rows.len(), expected);
    }

    #[test]
    fn formatted_numbers_come_back(values in proptest::collection::vec(-1.0e7f64..1.0e7, 1..20), english in any::<bool>()) {
        let lang = if english { Lang::En } else { Lang::Vi };
        let text: String = values.iter().map(|v| format!("{}\r\n", format_number(*v, 2, lang))).collect();
        let rows = parse_paste(&text, lang);
        prop_assert_eq!(rows.len(), values.len());
        for (row, value) in rows.iter().zip(&values) {
            let rounded = (value * 100.0).round() / 100.0;
            match row.first() {
                Some(PastedCell::Number(parsed)) => prop_assert!((parsed - rounded).abs() < 1e-6, "{} vs {}", parsed, rounded),
                other => prop_assert!(false, "{:?} for {}", other, value),
            }
        }
    }
}
