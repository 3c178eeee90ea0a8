//! Reading a CSV (or tab-separated text) table as offices save it: UTF-8 with or without a
//! byte-order mark, UTF-16 (Excel's "Unicode text"), or Windows-1258 (the ANSI code page of a
//! Vietnamese Windows, whose separate tone marks are joined to their letters); comma, semicolon or
//! tab separated. The encoding and the separator are found without asking.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1258};

use super::grid::{Cell, Sheet};
use super::limits::{Budget, SheetReadError};
use crate::model::nfc;

/// Lines looked at to find the separator.
const SEPARATOR_SAMPLE_LINES: usize = 30;

/// The encodings a CSV file may come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16 little-endian (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16 big-endian.
    Utf16Be,
    /// Windows-1258, the Vietnamese ANSI code page.
    Windows1258,
}

/// Reads a CSV table; the encoding and the separator (comma, semicolon or tab) are detected.
pub fn read_csv(bytes: &[u8], name: &str) -> Result<Sheet, SheetReadError> {
    let (text, _) = decode(bytes);
    let delimiter = guess_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut budget = Budget::default();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        // The reader skips empty lines; they are rows all the same in the clerk's spreadsheet,
        // and the row numbers the preview gives must be the ones the clerk sees.
        // Lines consumed, less the record's own lines (one, plus line breaks inside quotes).
        let before = reader.position().line();
        let read = reader
            .read_record(&mut record)
            .map_err(|e| SheetReadError::Unreadable(e.to_string()))?;
        if !read {
            break;
        }
        let consumed = reader.position().line().saturating_sub(before);
        let inner_breaks: u64 = record.iter().map(|f| f.matches('\n').count() as u64).sum();
        let skipped = consumed.saturating_sub(1 + inner_breaks);
        for _ in 0..skipped {
            budget.take_row(name, 0)?;
            rows.push(Vec::new());
        }
        let mut cells: Vec<Cell> = record
            .iter()
            .map(|field| {
                if field.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(super::formula_guard::unguard(field).to_owned())
                }
            })
            .collect();
        while cells.last().is_some_and(Cell::is_blank) {
            cells.pop();
        }
        budget.take_row(name, cells.len())?;
        rows.push(cells);
    }
    Ok(Sheet::plain(name, rows))
}

/// The text of `bytes` in NFC, and the encoding it was read in: a byte-order mark decides; else
/// valid UTF-8 is UTF-8, text with a zero in every other byte is UTF-16, and anything else is
/// Windows-1258.
pub fn decode(bytes: &[u8]) -> (String, TextEncoding) {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, length)) => (encoding, bytes.get(length..).unwrap_or_default()),
        None => (sniff(bytes), bytes),
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    let kind = if encoding == UTF_16LE {
        TextEncoding::Utf16Le
    } else if encoding == UTF_16BE {
        TextEncoding::Utf16Be
    } else if encoding == WINDOWS_1258 {
        TextEncoding::Windows1258
    } else {
        TextEncoding::Utf8
    };
    (nfc(&text), kind)
}

fn sniff(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let sample = bytes.get(..1024).unwrap_or(bytes);
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half > 0 && zeros_at(1) * 3 > half {
        UTF_16LE
    } else if half > 0 && zeros_at(0) * 3 > half {
        UTF_16BE
    } else {
        WINDOWS_1258
    }
}

/// The separator that splits the most of the first lines into the same number of fields
/// (quoted text is skipped, so "84,5" in quotes does not count).
fn guess_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SEPARATOR_SAMPLE_LINES)
        .collect();
    let score = |delimiter: char| {
        let counts: Vec<usize> = lines
            .iter()
            .map(|line| count_unquoted(line, delimiter))
            .filter(|c| *c > 0)
            .collect();
        counts
            .iter()
            .map(|c| (counts.iter().filter(|d| *d == c).count(), *c))
            .max()
            .unwrap_or((0, 0))
    };
    [(b';', ';'), (b'\t', '\t'), (b',', ',')]
        .into_iter()
        .max_by_key(|(_, d)| score(*d))
        .filter(|(_, d)| score(*d).0 > 0)
        .map_or(b',', |(byte, _)| byte)
}

fn count_unquoted(line: &str, delimiter: char) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use unicode_normalization::UnicodeNormalization as _;

    use super::*;

    /// Text as Windows-1258 writes it: letters with their other marks, then the tone mark apart.
    fn detone(text: &str) -> String {
        let tone =
            |c: &char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
        text.chars()
            .flat_map(|c| {
                let parts: Vec<char> = std::iter::once(c).nfd().collect();
                let base: String = parts.iter().filter(|c| !tone(c)).collect();
                let mut out: Vec<char> = base.nfc().collect();
                out.extend(parts.iter().filter(|c| tone(c)));
                out
            })
            .collect()
    }

    #[test]
    fn separators_are_found_from_the_lines_that_agree() {
        let cases: [(&str, u8); 5] = [
            ("a,b,c\n1,2,3\n", b','),
            (
                "BIỂU TỔNG HỢP;;\nSTT;Chỉ tiêu;Giá trị\n1;Tỷ lệ;84,5\n",
                b';',
            ),
            ("STT\tChỉ tiêu\tGiá trị\n1\tTỷ lệ, số\t84,5\n", b'\t'),
            ("\"Tỷ lệ, số\",\"84,5\",x\n\"a, b\",1,2\n", b','),
            ("một cột\nhai\n", b','),
        ];
        for (text, expected) in cases {
            assert_eq!(guess_delimiter(text), expected, "{text:?}");
        }
    }

    #[test]
    fn empty_lines_keep_their_rows_and_a_quoted_line_break_stays_in_its_cell() {
        let text = "TIÊU ĐỀ\n\nSTT;Chỉ tiêu\n1;\"Tỷ lệ\nhai dòng\"\n\n2;Số tổ\n";
        let sheet = read_csv(text.as_bytes(), "a.csv").unwrap();
        let first_cells: Vec<String> = sheet
            .rows
            .iter()
            .map(|row| match row.first() {
                Some(Cell::Text(text)) => text.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(first_cells, ["TIÊU ĐỀ", "", "STT", "1", "", "2"]);
    }

    #[test]
    fn encodings_are_detected() {
        let text = "Chỉ tiêu;Kết quả\n";
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (decoded, kind) = decode(&utf16);
        assert_eq!((decoded.as_str(), kind), (text, TextEncoding::Utf16Le));
        let (decoded, kind) = decode(text.as_bytes());
        assert_eq!((decoded.as_str(), kind), (text, TextEncoding::Utf8));
        let detoned = detone(text);
        let (encoded, _, unmappable) = WINDOWS_1258.encode(&detoned);
        assert!(!unmappable);
        let (decoded, kind) = decode(&encoded);
        assert_eq!((decoded.as_str(), kind), (text, TextEncoding::Windows1258));
    }
}
