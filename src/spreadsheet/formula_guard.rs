//! CSV cells no spreadsheet evaluates. A text cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return is a formula to Excel and LibreOffice when the CSV is opened (OWASP's "CSV
//! injection"): an indicator named `=HYPERLINK(…)` in a plan received from another commune would
//! run in the office's spreadsheet. Such a cell is written with a leading apostrophe, which both
//! show as text and do not evaluate; numbers (a negative value) stay numbers. The CSV import takes
//! the apostrophe off again, so a cell reads back as it was written.

use std::borrow::Cow;

use crate::i18n::{Lang, parse_number};

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The mark put before such a cell.
const MARK: char = '\'';

fn starts_a_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// A cell that already reads as guarded ("'=…" typed by someone): it gets a mark too, so that
/// the import gives it back with its own apostrophe.
fn looks_guarded(text: &str) -> bool {
    text.strip_prefix(MARK)
        .is_some_and(|rest| starts_a_formula(rest) || looks_guarded(rest))
}

/// `cell` as written to a CSV: a text cell that a spreadsheet would evaluate gets a leading
/// apostrophe; a number written in `lang` is left as it is.
pub fn guard(cell: &str, lang: Lang) -> Cow<'_, str> {
    let formula = starts_a_formula(cell) && parse_number(cell, lang).is_err();
    if formula || looks_guarded(cell) {
        Cow::Owned(format!("{MARK}{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV cell as it was before [`guard`]: the apostrophe taken off a guarded cell.
pub fn unguard(cell: &str) -> &str {
    if looks_guarded(cell) {
        &cell[MARK.len_utf8()..]
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_read_back_and_numbers_are_not() {
        let cases = [
            ("=HYPERLINK(\"http://x\";\"Bấm\")", true),
            ("+1+1", true),
            ("-chỉ tiêu", true),
            ("@SUM(A1)", true),
            ("\tTab", true),
            ("\rCR", true),
            ("-2,5", false),
            ("Tỷ lệ hồ sơ", false),
            ("'=đã có dấu", true),
            ("''+hai dấu", true),
            ("'chỉ một dấu", false),
        ];
        for (cell, guarded) in cases {
            let written = guard(cell, Lang::Vi);
            assert_eq!(written.len() > cell.len(), guarded, "{cell:?}");
            assert_eq!(unguard(&written), cell, "{cell:?} reads back");
        }
    }
}
