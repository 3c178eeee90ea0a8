//! Recognising the header row of a sheet: which column holds what, in Vietnamese or English, and
//! the names of pillars and units as the tables write them.

use super::grid::Cell;
use crate::i18n::{Lang, parse_number};
use crate::model::{MeasureUnit, Pillar, nfc};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Column {
    /// Indicator id.
    Id,
    /// Indicator name.
    Name,
    /// Date of a measurement.
    Date,
    /// Value of a measurement.
    Value,
    /// Numerator.
    Numerator,
    /// Denominator.
    Denominator,
    /// Evidence.
    Evidence,
    /// Data source.
    Source,
    /// Note.
    Note,
    /// Unit of measure.
    Unit,
    /// Baseline value.
    Baseline,
    /// Baseline date.
    BaselineDate,
    /// Target of a year.
    Target(i32),
    /// Latest result.
    Result,
    /// Date of the result.
    ResultDate,
    /// Pillar.
    Pillar,
}

/// The columns of a header row, if it is one of the two layouts.
pub(super) fn recognise(row: &[Cell]) -> Option<Vec<Option<Column>>> {
    let mut columns: Vec<Option<Column>> = row.iter().map(|c| column_of(&c.text())).collect();
    let has = |wanted: Column| columns.contains(&Some(wanted));
    let names_indicator = has(Column::Id) || has(Column::Name);
    let measurements = has(Column::Date) && has(Column::Value);
    let indicators = columns
        .iter()
        .flatten()
        .any(|c| matches!(c, Column::Baseline | Column::Target(_) | Column::Result));
    if !names_indicator || !(measurements || indicators) {
        return None;
    }
    if !measurements && !has(Column::ResultDate) {
        for column in columns.iter_mut() {
            if *column == Some(Column::Date) {
                *column = Some(Column::ResultDate);
            }
        }
    }
    Some(columns)
}

/// Lowercase NFC with single spaces, for comparing headers and names.
pub(super) fn normalized(text: &str) -> String {
    nfc(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The column a header names, in either language.
fn column_of(header: &str) -> Option<Column> {
    let header = normalized(header);
    let header = header.trim_end_matches([':', '*']).trim();
    if let Some(year) = target_year(header) {
        return Some(Column::Target(year));
    }
    let column = match header {
        "mã chỉ tiêu" | "mã" | "indicator id" | "id" => Column::Id,
        "chỉ tiêu" | "tên chỉ tiêu" | "indicator" | "name" => Column::Name,
        "ngày" | "date" => Column::Date,
        "giá trị" | "value" => Column::Value,
        "tử số" | "numerator" => Column::Numerator,
        "mẫu số" | "denominator" => Column::Denominator,
        "tài liệu kiểm chứng" | "evidence" => Column::Evidence,
        "nguồn số liệu" | "nguồn" | "source" => Column::Source,
        "ghi chú" | "note" => Column::Note,
        "đơn vị tính" | "đvt" | "unit" => Column::Unit,
        "giá trị cơ sở" | "baseline" => Column::Baseline,
        "ngày cơ sở" | "baseline date" => Column::BaselineDate,
        "kết quả thực hiện" | "kết quả" | "giá trị hiện tại" | "result" | "current value" => {
            Column::Result
        }
        "ngày số liệu" | "result date" => Column::ResultDate,
        "trụ cột" | "pillar" => Column::Pillar,
        _ => return None,
    };
    Some(column)
}

/// "Mục tiêu 2025", "Target 2030", "Mục tiêu năm 2025" → the year.
fn target_year(header: &str) -> Option<i32> {
    let rest = ["mục tiêu", "target", "kế hoạch"]
        .iter()
        .find_map(|prefix| header.strip_prefix(prefix))?;
    let rest = rest.trim().trim_start_matches("năm").trim();
    let year: i32 = rest.parse().ok()?;
    (1900..=2200).contains(&year).then_some(year)
}

/// The pillar named by `text` in either language.
pub(super) fn pillar_of(text: &str) -> Option<Pillar> {
    let wanted = normalized(text);
    Pillar::ALL.into_iter().find(|pillar| {
        Lang::ALL
            .iter()
            .any(|lang| normalized(lang.texts().pillar(*pillar)) == wanted)
    })
}

/// The unit a table cell names ("%", "hồ sơ", "điểm (tối đa 100)", "Có/Không"…).
pub(super) fn unit_of(text: &str) -> Option<MeasureUnit> {
    // The table says "(lũy kế từ đầu năm)" after the unit of a per-year total.
    let text = Lang::ALL
        .iter()
        .find_map(|lang| {
            text.trim_end()
                .strip_suffix(&format!("({})", lang.texts().sentences.year_to_date))
        })
        .unwrap_or(text);
    let wanted = normalized(text);
    if wanted.is_empty() {
        return None;
    }
    for lang in Lang::ALL {
        let texts = lang.texts().report;
        let unit = match wanted.as_str() {
            w if w == normalized(lang.texts().report.index_unit) => MeasureUnit::Score { max: 1.0 },
            w if w == normalized(texts.unit_percent) => MeasureUnit::Percent,
            w if w == normalized(texts.unit_money) => MeasureUnit::Money,
            w if w == normalized(texts.unit_yes_no) => MeasureUnit::YesNo,
            w if w == normalized(texts.unit_rank) => MeasureUnit::Rank,
            _ => continue,
        };
        return Some(unit);
    }
    if let Some(rest) = ["điểm", "points"]
        .iter()
        .find_map(|p| wanted.strip_prefix(p))
    {
        let digits: String = rest
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let max = parse_number(&digits, Lang::Vi).unwrap_or(100.0);
        return Some(MeasureUnit::Score { max });
    }
    Some(MeasureUnit::Count {
        word: nfc(text.trim()),
    })
}
