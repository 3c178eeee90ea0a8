//! Text copied from a spreadsheet: rows separated by newlines (LF or CRLF), cells by tabs.

use crate::i18n::{Lang, parse_number};

/// One pasted cell.
#[derive(Clone, Debug, PartialEq)]
pub enum PastedCell {
    /// Nothing in the cell.
    Empty,
    /// A number, read the way the UI language writes numbers.
    Number(f64),
    /// Something that is not a number: marked, never guessed.
    Unreadable(String),
}

/// Parses spreadsheet text into rows of cells. A trailing line break (spreadsheets add one) does
/// not make an extra row; spaces around a cell are ignored.
pub fn parse_paste(text: &str, lang: Lang) -> Vec<Vec<PastedCell>> {
    let text = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .map(|line| {
            line.split('\t')
                .map(|cell| parse_cell(cell, lang))
                .collect()
        })
        .collect()
}

fn parse_cell(cell: &str, lang: Lang) -> PastedCell {
    let trimmed = cell.trim().trim_matches('"').trim();
    if trimmed.is_empty() {
        return PastedCell::Empty;
    }
    match parse_number(trimmed, lang) {
        Ok(value) => PastedCell::Number(value),
        Err(_) => PastedCell::Unreadable(trimmed.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::PastedCell::{Empty, Number, Unreadable};
    use super::*;

    #[test]
    fn columns_and_blocks() {
        let cases: [(&str, Lang, Vec<Vec<PastedCell>>); 8] = [
            (
                "12,5\n250.000\n1.234,5\n",
                Lang::Vi,
                vec![
                    vec![Number(12.5)],
                    vec![Number(250_000.0)],
                    vec![Number(1234.5)],
                ],
            ),
            (
                "12.5\r\n1,234.5\r\n",
                Lang::En,
                vec![vec![Number(12.5)], vec![Number(1234.5)]],
            ),
            (
                "  7 \n\n 8",
                Lang::Vi,
                vec![vec![Number(7.0)], vec![Empty], vec![Number(8.0)]],
            ),
            (
                "1\t2\t3\n4\t\t6",
                Lang::Vi,
                vec![
                    vec![Number(1.0), Number(2.0), Number(3.0)],
                    vec![Number(4.0), Empty, Number(6.0)],
                ],
            ),
            (
                "abc\n45%\n",
                Lang::Vi,
                vec![vec![Unreadable("abc".to_owned())], vec![Number(45.0)]],
            ),
            ("\"1.000\"\n", Lang::Vi, vec![vec![Number(1000.0)]]),
            ("", Lang::Vi, vec![]),
            ("\n", Lang::Vi, vec![]),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(parse_paste(text, lang), expected, "{text:?}");
        }
    }
}
