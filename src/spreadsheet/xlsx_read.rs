//! Reading an XLSX workbook (calamine): the sizes of its parts are checked in the zip directory
//! before anything is unpacked, then each sheet is streamed cell by cell into a grid, with its merged
//! regions, the rows that have bold text and the numbers shown as percentages.

use std::io::Cursor;

use calamine::{DataRef, Reader as _, Style, Xlsx, XlsxError};
use chrono::NaiveDate;

use super::grid::{Cell, Merged, Sheet};
use super::limits::{
    Budget, MAX_PART_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES, Oversize, SheetReadError,
};
use crate::i18n::parse_date;

/// Largest sheet (in rows) whose merged regions are read. Larger sheets are exports of whole
/// plans; a two-row header there is still found from its text (as in CSV).
const MERGES_ROW_LIMIT: usize = 5_000;

/// Reads every sheet of an XLSX workbook. Parts over the limits are refused from the zip
/// directory, before they are unpacked; rows and cells over the limits stop the reading.
pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<Sheet>, SheetReadError> {
    check_part_sizes(bytes, MAX_PART_BYTES, MAX_UNPACKED_BYTES)?;
    let unreadable = |error: XlsxError| SheetReadError::Unreadable(error.to_string());
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut budget = Budget::default();
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        match read_sheet(&mut workbook, &name, &mut budget) {
            Ok(sheet) => sheets.push(sheet),
            Err(SheetReadError::Unreadable(_)) if is_chart_sheet(&mut workbook, &name) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(sheets)
}

/// True for a sheet that holds a chart, not cells (it is left out, not refused).
fn is_chart_sheet(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> bool {
    matches!(
        workbook.worksheet_cells_reader(name),
        Err(XlsxError::NotAWorksheet(_))
    )
}

/// Refuses a package whose parts, once unpacked, would be over `part_limit` bytes each or over
/// `total_limit` together (the sizes are read from the zip directory; nothing is unpacked).
fn check_part_sizes(bytes: &[u8], part_limit: u64, total_limit: u64) -> Result<(), SheetReadError> {
    let mut archive = zip9::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| SheetReadError::Unreadable(e.to_string()))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index_raw(index) else {
            continue;
        };
        let size = part.size();
        if size > part_limit {
            let part = part.name().map(|n| n.into_owned()).unwrap_or_default();
            return Err(SheetReadError::Oversized(Oversize::Part {
                part,
                size,
                limit: part_limit,
            }));
        }
        total = total.saturating_add(size);
    }
    if total > total_limit {
        return Err(SheetReadError::Oversized(Oversize::Unpacked {
            size: total,
            limit: total_limit,
        }));
    }
    Ok(())
}

fn read_sheet(
    workbook: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    budget: &mut Budget,
) -> Result<Sheet, SheetReadError> {
    let unreadable = |error: XlsxError| SheetReadError::Unreadable(error.to_string());
    let declared = workbook
        .worksheet_cells_reader(name)
        .map_err(unreadable)?
        .dimensions();
    let declared_rows = u64::from(declared.end.0.saturating_sub(declared.start.0)) + 1;
    if declared_rows > MAX_ROWS as u64 {
        return Err(SheetReadError::Oversized(Oversize::Rows {
            sheet: name.to_owned(),
            rows: declared_rows,
            limit: MAX_ROWS,
        }));
    }
    let mut reader = workbook.worksheet_cells_reader(name).map_err(unreadable)?;
    let mut grid = GridBuilder::new(name);
    while let Some((cell, style_id)) = reader.next_cell_with_style_id().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        let style = reader.styles().get(style_id);
        grid.push(
            row as usize,
            column as usize,
            cell.get_value(),
            style,
            budget,
        )?;
    }
    drop(reader);
    // The merged regions are listed after the cells, so reading them reads the sheet again: done
    // for sheets of the size offices keep, where a header may be merged over two rows.
    let merges = if grid.sheet.rows.len() <= MERGES_ROW_LIMIT {
        // calamine's arithmetic on a damaged merge list can overflow (a panic in a debug build, found
        // by the proptests): such a workbook is refused like any other damaged one.
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            workbook.merge_cells_by_sheet_name(name)
        }));
        match read {
            Ok(merges) => merges.map_err(unreadable)?,
            Err(_) => {
                return Err(SheetReadError::Unreadable(
                    "damaged list of merged cells".to_owned(),
                ));
            }
        }
    } else {
        Vec::new()
    };
    Ok(grid.finish(&merges))
}

/// Builds a sheet's rows from cells streamed in row order.
struct GridBuilder {
    sheet: Sheet,
    /// The sheet row (0-based) of `rows[0]`, once a cell was seen.
    base: Option<usize>,
}

impl GridBuilder {
    fn new(name: &str) -> Self {
        Self {
            sheet: Sheet {
                name: name.to_owned(),
                first_row: 1,
                ..Sheet::default()
            },
            base: None,
        }
    }

    fn push(
        &mut self,
        row: usize,
        column: usize,
        value: &DataRef<'_>,
        style: Option<&Style>,
        budget: &mut Budget,
    ) -> Result<(), SheetReadError> {
        let percent = style
            .and_then(|s| s.number_format.as_ref())
            .is_some_and(|f| is_percent_format(&f.format_code));
        let cell = cell_of(value, percent);
        if cell.is_blank() {
            return Ok(());
        }
        let base = *self.base.get_or_insert(row);
        let Some(index) = row.checked_sub(base) else {
            return Ok(());
        };
        while self.sheet.rows.len() <= index {
            budget.take_row(&self.sheet.name, 0)?;
            self.sheet.rows.push(Vec::new());
        }
        let Some(cells) = self.sheet.rows.get_mut(index) else {
            return Ok(());
        };
        if cells.len() <= column {
            budget.take_cells(&self.sheet.name, column + 1 - cells.len())?;
            cells.resize(column + 1, Cell::Empty);
        }
        let bold = style
            .and_then(|s| s.font.as_ref())
            .is_some_and(calamine::Font::is_bold);
        if bold && matches!(cell, Cell::Text(_)) && self.sheet.bold_rows.last() != Some(&index) {
            self.sheet.bold_rows.push(index);
        }
        if let Some(slot) = cells.get_mut(column) {
            *slot = cell;
        }
        Ok(())
    }

    fn finish(mut self, merges: &[calamine::Dimensions]) -> Sheet {
        let base = self.base.unwrap_or(0);
        self.sheet.first_row = base + 1;
        self.sheet.merged = merges
            .iter()
            .filter_map(|m| {
                Some(Merged {
                    top: (m.start.0 as usize).checked_sub(base)?,
                    left: m.start.1 as usize,
                    bottom: (m.end.0 as usize).checked_sub(base)?,
                    right: m.end.1 as usize,
                })
            })
            .collect();
        self.sheet
    }
}

/// True when a number format shows numbers as percentages: a `%` outside quotes ("0.0%", not
/// `0.0"%"`, which only writes the sign after the number as it is).
fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

fn cell_of(data: &DataRef<'_>, percent: bool) -> Cell {
    let number = |n: f64| {
        if percent {
            Cell::Percent(n)
        } else {
            Cell::Number(n)
        }
    };
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::Int(n) => number(*n as f64),
        DataRef::Float(n) => number(*n),
        DataRef::String(text) => Cell::Text(text.clone()),
        DataRef::SharedString(text) => Cell::Text((*text).to_owned()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(excel) if excel.is_datetime() => {
            let (year, month, day, ..) = excel.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())
                .map_or(Cell::Number(excel.as_f64()), Cell::Date)
        }
        DataRef::DateTime(excel) => Cell::Number(excel.as_f64()),
        DataRef::DateTimeIso(text) => text
            .get(..10)
            .and_then(parse_date)
            .map_or_else(|| Cell::Text(text.clone()), Cell::Date),
        DataRef::DurationIso(text) => Cell::Text(text.clone()),
        DataRef::Error(error) => Cell::Text(format!("#{error:?}")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;

    #[test]
    fn parts_over_the_limits_are_refused_from_the_zip_directory() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for row in 0..200 {
            sheet.write_string(row, 0, "Tỷ lệ hồ sơ trực tuyến").ok();
        }
        let bytes = workbook.save_to_buffer().unwrap_or_default();
        assert_eq!(
            check_part_sizes(&bytes, MAX_PART_BYTES, MAX_UNPACKED_BYTES),
            Ok(())
        );
        let Err(SheetReadError::Oversized(Oversize::Part { part, size, limit })) =
            check_part_sizes(&bytes, 2000, u64::MAX)
        else {
            panic!("the sheet is over 2000 bytes unpacked");
        };
        assert!(
            part.starts_with("xl/") && size > 2000 && limit == 2000,
            "{part} {size}"
        );
        assert!(matches!(
            check_part_sizes(&bytes, u64::MAX, 1000),
            Err(SheetReadError::Oversized(Oversize::Unpacked { .. }))
        ));
    }

    #[test]
    fn percent_formats_are_told_from_a_written_sign() {
        let cases = [
            ("0%", true),
            ("0.0%", true),
            ("#,##0.00 %", true),
            ("0.0\"%\"", false),
            ("0.0\\%", false),
            ("General", false),
        ];
        for (code, expected) in cases {
            assert_eq!(is_percent_format(code), expected, "{code}");
        }
    }
}
