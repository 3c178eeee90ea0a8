//! Every row of a sheet under its header, told apart: data rows become records; section rows
//! ("I | NỀN TẢNG CHUNG", "A.", a bold name with no values) set the pillar of the rows below when
//! they name one and are skipped; note rows ("Ghi chú:", "Nguồn:", the signatures under the table),
//! total rows and the row of column numbers are skipped — each said so in the preview.

use chrono::NaiveDate;

use super::columns::Column;
use super::grid::{Cell, Sheet};
use super::header::{Header, find_header};
use super::names::{pillar_in_text, pillar_of};
use super::records::{IndicatorRef, Record, RowReader};
use super::words::{folded, normalized};
use crate::i18n::Lang;
use crate::model::Pillar;

/// Why a row is skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// A section heading; it sets the pillar of the rows below when it names one.
    Section(Option<Pillar>),
    /// A note, a source or a signature under the table.
    Note,
    /// A total row.
    Total,
    /// The row of column numbers under the header ("1 | 2 | 3", "(1) | (2)").
    ColumnNumbers,
}

/// What a row is.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum RowRead {
    /// A data row.
    Record(Record),
    /// A row skipped on purpose.
    Skipped(Skip),
    /// A data row that cannot be read, with the reason.
    Refused(String),
}

/// A row with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Located {
    /// The sheet's name.
    pub sheet: String,
    /// The row number, from 1.
    pub row: usize,
    /// The row's text as the preview shows it (its name, or its first text).
    pub label: String,
    /// What the row is.
    pub item: RowRead,
}

/// A sheet as read: its header (if one was found) and its rows.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct SheetRead {
    /// The sheet's name.
    pub name: String,
    /// The header, if one was found.
    pub header: Option<Header>,
    /// Row number of the header's first row, from 1.
    pub header_row: usize,
    /// Every row under the header that is not blank.
    pub rows: Vec<Located>,
}

/// Reads the rows of `sheet`; results whose header has no date get `result_date`.
pub(super) fn read_sheet(sheet: &Sheet, lang: Lang, result_date: NaiveDate) -> SheetRead {
    let mut read = SheetRead {
        name: sheet.name.clone(),
        header: None,
        header_row: sheet.first_row,
        rows: Vec::new(),
    };
    let Some(header) = find_header(sheet) else {
        return read;
    };
    read.header_row = sheet.first_row + header.first;
    let mut pillar = pillar_of(&sheet.name);
    let mut under_notes = false;
    for (index, row) in sheet.rows.iter().enumerate().skip(header.end()) {
        if row.iter().all(Cell::is_blank) {
            continue;
        }
        let reader = RowReader {
            row,
            header: &header,
            lang,
            result_date,
        };
        let who = reader.who();
        let label = label_of(&who, row);
        let kind = if index == header.end() && is_column_numbers(row) {
            Some(Skip::ColumnNumbers)
        } else {
            let bold = sheet.is_bold(index);
            skip_of(&reader, &who, bold, &label, &mut under_notes)
        };
        let item = match kind {
            Some(Skip::Section(named)) => {
                pillar = named.or(pillar);
                RowRead::Skipped(Skip::Section(named))
            }
            Some(skip) => RowRead::Skipped(skip),
            None => match reader.record(who, pillar) {
                Ok(record) => RowRead::Record(record),
                Err(reason) => RowRead::Refused(reason),
            },
        };
        read.rows.push(Located {
            sheet: sheet.name.clone(),
            row: sheet.first_row + index,
            label,
            item,
        });
    }
    read.header = Some(header);
    read
}

/// The name (or id) of the row, else its first text.
fn label_of(who: &IndicatorRef, row: &[Cell]) -> String {
    who.name
        .clone()
        .or_else(|| who.id.clone())
        .or_else(|| {
            row.iter()
                .map(Cell::text)
                .find(|t| !t.is_empty() && parse_marker(t).is_none_or(|rest| !rest.is_empty()))
        })
        .unwrap_or_default()
}

/// Why the row is skipped, if it is not a data row.
fn skip_of(
    reader: &RowReader<'_>,
    who: &IndicatorRef,
    bold: bool,
    label: &str,
    under_notes: &mut bool,
) -> Option<Skip> {
    let has_values = reader.has_values();
    let anonymous = who.name.is_none() && who.id.is_none();
    if is_note(label) || ((anonymous || !has_values) && is_signature(label)) {
        *under_notes = true;
        return Some(Skip::Note);
    }
    if *under_notes && (anonymous || !has_values) {
        return Some(Skip::Note);
    }
    let short = label.chars().count() <= 12;
    if short
        && matches!(
            folded(label).as_str(),
            "tổng cộng" | "tổng" | "cộng" | "tổng số" | "total"
        )
    {
        return Some(Skip::Total);
    }
    let number = reader.text(Column::Number).unwrap_or_default();
    let marker = section_marker(&number).or_else(|| {
        section_marker(who.name.as_deref().unwrap_or_default()).filter(|_| !has_values)
    });
    let section = match marker {
        Some(Marker::Strong) => true,
        Some(Marker::Weak) => !has_values,
        None => {
            let measurements = reader.header.is_measurements();
            let no_unit = reader.text(Column::Unit).is_none();
            let no_id = who.id.is_none();
            !measurements && !has_values && no_id && (no_unit || bold)
        }
    };
    section.then(|| Skip::Section(pillar_in_text(label)))
}

/// How sure a row-number cell is that its row is a section heading.
enum Marker {
    /// A roman numeral or a capital letter ("I", "II.", "A", "B)").
    Strong,
    /// A small letter ("a", "b)"): a heading only when the row has no values.
    Weak,
}

/// The section marker at the start of a row-number cell or a name ("II. …", "A. …", "b)").
fn section_marker(text: &str) -> Option<Marker> {
    let token = text
        .trim()
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ')' | '-' | ':' | '/'))
        .next()?;
    if is_roman(&token.to_uppercase()) && (token.len() > 1 || token == token.to_uppercase()) {
        return Some(Marker::Strong);
    }
    let mut chars = token.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_uppercase() => Some(Marker::Strong),
        (Some(c), None) if c.is_lowercase() => Some(Marker::Weak),
        _ => None,
    }
}

/// "II. NỀN TẢNG CHUNG" → "NỀN TẢNG CHUNG"; `None` when the text has no section marker.
fn parse_marker(text: &str) -> Option<String> {
    section_marker(text)?;
    let rest = text
        .trim()
        .split_once(|c: char| c.is_whitespace() || matches!(c, '.' | ')' | '-' | ':'))
        .map_or("", |(_, rest)| rest);
    Some(
        rest.trim_start_matches(['.', ')', '-', ':', ' '])
            .to_owned(),
    )
}

fn is_roman(text: &str) -> bool {
    const NUMERALS: [&str; 20] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    NUMERALS.contains(&text)
}

/// "Ghi chú: …", "Nguồn: …", "Lưu ý", "(*) …".
fn is_note(text: &str) -> bool {
    let start: String = text.chars().take(24).collect();
    let lower = normalized(&start);
    [
        "ghi chú",
        "lưu ý",
        "chú thích",
        "chú giải",
        "nguồn:",
        "nguồn số liệu:",
        "note:",
        "notes",
        "source:",
        "(*)",
        "*",
    ]
    .iter()
    .any(|prefix| lower.starts_with(prefix))
}

/// Signatures and the place and date line under the table.
fn is_signature(text: &str) -> bool {
    let lower = normalized(text);
    let words = folded(text);
    let place_and_date = [" ngày ", " tháng ", " năm "]
        .iter()
        .all(|w| format!(" {words} ").contains(w));
    place_and_date
        || [
            "người lập",
            "người tổng hợp",
            "thủ trưởng",
            "chủ tịch",
            "tm.",
            "t/m",
            "kt.",
            "nơi nhận",
            "xác nhận",
            "(ký",
            "ký tên",
            "prepared by",
            "approved by",
        ]
        .iter()
        .any(|prefix| lower.starts_with(prefix))
}

/// The row of column numbers right under a header: every filled cell is a short number or
/// letter ("1", "(2)", "4=3/2", "A").
fn is_column_numbers(row: &[Cell]) -> bool {
    let filled: Vec<String> = row
        .iter()
        .filter(|c| !c.is_blank())
        .map(Cell::text)
        .collect();
    filled.len() >= 3
        && filled.iter().all(|text| {
            text.chars().count() <= 12
                && text
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "()=/*+-x.,% ".contains(c))
                && text.chars().filter(|c| c.is_ascii_alphabetic()).count() <= 1
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_markers() {
        let cases = [
            ("I", true),
            ("II.", true),
            ("IV", true),
            ("A", true),
            ("B.", true),
            ("1", false),
            ("1.2", false),
            ("", false),
        ];
        for (text, strong) in cases {
            assert_eq!(
                matches!(section_marker(text), Some(Marker::Strong)),
                strong,
                "{text}"
            );
        }
        assert!(matches!(section_marker("a)"), Some(Marker::Weak)));
        assert_eq!(
            parse_marker("II. NỀN TẢNG CHUNG").as_deref(),
            Some("NỀN TẢNG CHUNG")
        );
        assert!(is_note("Ghi chú: số liệu ước tính"));
        assert!(is_signature("Hòa Bình, ngày 05 tháng 10 năm 2025"));
        assert!(!is_note("Nguồn nhân lực số"));
        assert!(is_column_numbers(&[
            Cell::Text("(1)".into()),
            Cell::Text("(2)".into()),
            Cell::Text("(3)".into()),
            Cell::Text("(4)=(3)/(2)".into()),
        ]));
    }
}
