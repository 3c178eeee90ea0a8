//! The strings of reports (PDF, XLSX, CSV) and of the Excel/CSV import, one table per language
//! (`vi::REPORT`, `en::REPORT`), reached through [`super::Texts::report`].

/// Report and import strings of one language.
pub struct ReportTexts {
    /// Table column "STT" (row number).
    pub col_number: &'static str,
    /// Table column "Chỉ tiêu".
    pub col_indicator: &'static str,
    /// Table column "Đơn vị tính".
    pub col_unit: &'static str,
    /// Table column "Giá trị cơ sở".
    pub col_baseline: &'static str,
    /// Table column "Mục tiêu {year}".
    pub col_target: fn(i32) -> String,
    /// Table column "Kết quả thực hiện".
    pub col_result: &'static str,
    /// Table column "Đánh giá".
    pub col_assessment: &'static str,
    /// Extra column: indicator id.
    pub col_id: &'static str,
    /// Extra column: the date of the result.
    pub col_result_date: &'static str,
    /// Extra column: the date of the baseline.
    pub col_baseline_date: &'static str,
    /// Extra column: the pillar.
    pub col_pillar: &'static str,
    /// Name of the measurements sheet.
    pub measurements_sheet: &'static str,
    /// Columns of the measurements sheet: id, name, date, value, numerator, denominator,
    /// evidence, source, note.
    pub measurement_columns: [&'static str; 9],
    /// Unit word of a percentage.
    pub unit_percent: &'static str,
    /// Unit word of an amount of money.
    pub unit_money: &'static str,
    /// Unit word of a yes/no indicator.
    pub unit_yes_no: &'static str,
    /// Unit word of a rank.
    pub unit_rank: &'static str,
    /// Unit of a score with its maximum.
    pub score_unit: fn(&str) -> String,
    /// Unit of an index from 0 to 1 (the DTI): "chỉ số (0–1)".
    pub index_unit: &'static str,
    /// Title of the PDF report.
    pub title: &'static str,
    /// "Reporting date" line of the header.
    pub as_of_line: fn(&str) -> String,
    /// Heading of the basis documents.
    pub basis_heading: &'static str,
    /// One basis document: number, date, issuer, title (any may be empty).
    pub basis_line: fn(&str, &str, &str, &str) -> String,
    /// Section heading: overall results.
    pub section_overall: &'static str,
    /// Section heading: results by pillar.
    pub section_pillars: &'static str,
    /// Section heading: indicators needing attention.
    pub section_attention: &'static str,
    /// The plan has no indicator.
    pub no_indicators: &'static str,
    /// Title of the pillar summary chart.
    pub pillar_chart_title: &'static str,
    /// Axis of the pillar summary chart.
    pub pillar_chart_axis: &'static str,
    /// Heading of one pillar's table: pillar name, indicator count.
    pub pillar_heading: fn(&str, usize) -> String,
    /// Trajectory legend: measured, baseline, target, planned path, trend, reporting date,
    /// required pace.
    pub trajectory_legend: [&'static str; 7],
    /// Footer: page number, page count.
    pub page: fn(usize, usize) -> String,
    /// Footer: printing date.
    pub printed: fn(&str) -> String,
    /// Refusal: no header row was recognised in a sheet.
    pub no_header: &'static str,
    /// Refusal: neither id nor name.
    pub missing_indicator: &'static str,
    /// Refusal: an id that is not ASCII snake_case.
    pub bad_id: fn(&str) -> String,
    /// Refusal: a cell that is not a number: column, text, reason.
    pub bad_number: fn(&str, &str, &str) -> String,
    /// Refusal: a cell that is not a date: column, text.
    pub bad_date: fn(&str, &str) -> String,
    /// Refusal: the date is missing.
    pub missing_date: &'static str,
    /// Refusal: the value is missing.
    pub missing_value: &'static str,
    /// Refusal: a percent outside 0–100: column, value.
    pub percent_range: fn(&str, &str) -> String,
    /// Refusal: same indicator and date as an earlier row with another value: sheet, row.
    pub duplicate_row: fn(&str, usize) -> String,
    /// Refusal: a target year before the baseline year.
    pub target_before_baseline: fn(i32) -> String,
    /// Import summary: added, changed, refused counts.
    pub import_summary: fn(usize, usize, usize) -> String,
    /// Import: heading of the added items.
    pub added_heading: &'static str,
    /// Import: heading of the changed items.
    pub changed_heading: &'static str,
    /// Import: heading of the refused rows.
    pub refused_heading: &'static str,
    /// Import: one refused row: sheet, row, reason.
    pub refused_line: fn(&str, usize, &str) -> String,
    /// Import: nothing to change.
    pub nothing_to_import: &'static str,
    /// Nothing new to import, and the plan was written unchanged to the output file asked for.
    pub unchanged_written: fn(&str) -> String,
    /// Import: dry run, nothing written.
    pub dry_run: &'static str,
    /// A file was written: path, size in KiB.
    pub written: fn(&str, &str) -> String,
    /// Error: a file could not be read: path, reason.
    pub read_failed: fn(&str, &str) -> String,
    /// Error: the file is not a readable XLSX or CSV file: path, reason.
    pub not_spreadsheet: fn(&str, &str) -> String,
    /// Error: unknown file extension: path.
    pub unknown_extension: fn(&str) -> String,
    /// Error: the spreadsheet library failed: reason.
    pub xlsx_failed: fn(&str) -> String,
    /// Error: the PDF library failed: reason.
    pub pdf_failed: fn(&str) -> String,
    /// Error: the CSV writer failed: reason.
    pub csv_failed: fn(&str) -> String,
    /// Error: the imported plan breaks a rule: the problems.
    pub invalid_result: fn(&str) -> String,
    /// Error: `export` without any of --pdf, --xlsx, --csv.
    pub no_output: &'static str,
}
