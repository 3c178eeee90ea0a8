//! The strings of the consolidation (tổng hợp nhiều kế hoạch): its errors, figures, command-line
//! output, view and reports, one table per language (`vi.rs`, `en.rs`), reached through
//! [`super::Texts::consolidate`].

mod en;
mod vi;

pub use en::EN;
pub use vi::VI;

/// Consolidation strings of one language.
pub struct ConsolidateTexts {
    /// A file could not be read: path, reason.
    pub read_failed: fn(&str, &str) -> String,
    /// The collection file is far too large: path.
    pub too_large: fn(&str) -> String,
    /// The collection file is not text: path.
    pub not_utf8: fn(&str) -> String,
    /// The collection file is cut short: path, line, column.
    pub truncated: fn(&str, usize, usize) -> String,
    /// The collection file has an error: path, line, column, detail.
    pub syntax: fn(&str, usize, usize, &str) -> String,
    /// The file is not a collection: path, the format found.
    pub wrong_format: fn(&str, &str) -> String,
    /// The collection was written by a newer version: path, version.
    pub newer_version: fn(&str, u32) -> String,
    /// A rule names something that is not an indicator id: path, key.
    pub bad_rule_id: fn(&str, &str) -> String,
    /// The collection could not be turned into text: reason.
    pub serialize_failed: fn(&str) -> String,
    /// A sample file already exists: path.
    pub exists: fn(&str) -> String,
    /// Nothing to consolidate in what was given: the inputs.
    pub no_plans: fn(&str) -> String,
    /// Members when they are all communes.
    pub units_communes: &'static str,
    /// Members when they are all wards.
    pub units_wards: &'static str,
    /// Members of mixed levels.
    pub units_any: &'static str,
    /// No member has a value.
    pub no_values: &'static str,
    /// Members record the indicator in different units.
    pub units_differ: &'static str,
    /// Members left out of a ratio of sums: count.
    pub left_out: fn(usize) -> String,
    /// A mean with its median and extremes: mean, median, min, its unit, max, its unit.
    pub mean_text: fn(&str, &str, &str, &str, &str, &str) -> String,
    /// "14/20 xã đạt mục tiêu 2025": met, of, unit word, year.
    pub targets_met: fn(usize, usize, &str, i32) -> String,
    /// Rule name: sum.
    pub rule_sum: &'static str,
    /// Rule name: Σ numerators ÷ Σ denominators.
    pub rule_ratio_of_sums: &'static str,
    /// Rule name: unweighted mean.
    pub rule_mean: &'static str,
    /// Rule name: units answering yes (N/M).
    pub rule_yes_no_share: &'static str,
    /// Rule name: listed, not combined.
    pub rule_listed: &'static str,
    /// Rule name: sum of the year-to-date totals.
    pub rule_year_to_date_sum: &'static str,
    /// Note of a written value: rule, members reporting, members with the indicator, unit word.
    pub written_note: fn(&str, usize, usize, &str) -> String,
    /// Source of a written value: the collection's title.
    pub written_source: fn(&str) -> String,
    /// Source of a target combined from the members': member count.
    pub target_source: fn(usize) -> String,
    /// Name of a yes/no indicator turned into the share of members: the indicator's name.
    pub share_indicator_name: fn(&str) -> String,
    /// Command line: heading: title, unit, date.
    pub cli_heading: fn(&str, &str, &str) -> String,
    /// Command line: members read, files failed, second files of a unit.
    pub cli_members: fn(usize, usize, usize) -> String,
    /// Command line: table columns.
    pub cli_columns: [&'static str; 5],
    /// Command line: a failed file: path, reason.
    pub cli_failed: fn(&str, &str) -> String,
    /// A second file of a unit left out: path, the member kept.
    pub duplicate_line: fn(&str, &str) -> String,
    /// Values after the reporting date were ignored: count of members.
    pub later_ignored: fn(usize) -> String,
    /// The consolidated values were written: file, written, skipped.
    pub written_into: fn(&str, usize, usize) -> String,
    /// The sample was written: count of plans, folder.
    pub sample_written: fn(usize, &str) -> String,
    /// The workbook was written: file.
    pub xlsx_written: fn(&str) -> String,
    /// Workbook sheet: consolidated figures.
    pub sheet_summary: &'static str,
    /// Workbook sheet: units × indicators.
    pub sheet_matrix: &'static str,
    /// Workbook sheet: ranking of units.
    pub sheet_ranking: &'static str,
    /// Workbook sheet: completeness.
    pub sheet_completeness: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: rank.
    pub col_rank: &'static str,
    /// Column: value.
    pub col_value: &'static str,
    /// Column: date of the value.
    pub col_date: &'static str,
    /// Column: target.
    pub col_target: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: rule.
    pub col_rule: &'static str,
    /// Column: consolidated figure.
    pub col_figure: &'static str,
    /// Column: the figure in words.
    pub col_text: &'static str,
    /// Column: members that met their target.
    pub col_met: &'static str,
    /// Column: members reporting.
    pub col_reporting: &'static str,
    /// Column: mean roadmap completion.
    pub col_completion: &'static str,
    /// Column: the indicator most behind.
    pub col_most_behind: &'static str,
    /// Column: file.
    pub col_file: &'static str,
    /// Column: error.
    pub col_error: &'static str,
    /// Column: the member plan's own reporting date.
    pub col_plan_date: &'static str,
    /// Column: indicators without a value.
    pub col_no_value: &'static str,
    /// Column: indicators with a value older than the period.
    pub col_out_of_period: &'static str,
    /// Column: indicators with values after the reporting date (ignored).
    pub col_later: &'static str,
    /// Heading: files that could not be read.
    pub failed_heading: &'static str,
    /// Heading: second files of a unit.
    pub duplicates_heading: &'static str,
    /// Heading: files with another reporting date.
    pub other_dates_heading: &'static str,
    /// Heading: what the units lack for the period.
    pub gaps_heading: &'static str,
    /// Heading: indicators recorded in different units.
    pub conflicts_heading: &'static str,
    /// Complete units: complete, all, unit word.
    pub complete_line: fn(usize, usize, &str) -> String,
    /// The period: first day, reporting date.
    pub period_line: fn(&str, &str) -> String,
    /// The consolidated row of the matrix.
    pub consolidated_row: &'static str,
    /// Nothing to list.
    pub nothing: &'static str,
    /// Column: units needing attention (behind, at risk, missed).
    pub col_attention: &'static str,
    /// Title of the consolidated PDF report.
    pub pdf_title: &'static str,
    /// PDF heading: results by indicator.
    pub pdf_section_indicators: &'static str,
    /// PDF heading: results of the units.
    pub pdf_section_units: &'static str,
    /// PDF heading: completeness of the data.
    pub pdf_section_completeness: &'static str,
    /// PDF: members read, files failed, unit word.
    pub pdf_members: fn(usize, usize, &str) -> String,
    /// Toast: the collection was opened: members, failed files.
    pub opened_toast: fn(usize, usize) -> String,
    /// Toast: the collection file was saved: path.
    pub collection_saved: fn(&str) -> String,
    /// Toast: the example was written out: folder.
    pub example_saved: fn(&str) -> String,
    /// Toast: values written into a plan: count, plan name.
    pub written_toast: fn(usize, &str) -> String,
    /// Menu: consolidate a folder.
    pub menu_folder: &'static str,
    /// Menu: consolidate several files.
    pub menu_files: &'static str,
    /// Menu: show the open collection.
    pub menu_show: &'static str,
    /// Start screen: heading.
    pub start_heading: &'static str,
    /// Start screen: what consolidation does.
    pub start_hint: &'static str,
    /// Start screen: the bundled example.
    pub example_button: &'static str,
    /// Back to the plan.
    pub back_to_plan: &'static str,
    /// Back to the start screen.
    pub back_to_start: &'static str,
    /// Close the collection.
    pub close: &'static str,
    /// Save the collection file.
    pub save: &'static str,
    /// Save the bundled example's files into a folder.
    pub save_example: &'static str,
    /// The export menu.
    pub export_menu: &'static str,
    /// Export the workbook.
    pub export_xlsx: &'static str,
    /// Export the PDF report.
    pub export_pdf: &'static str,
    /// Write into a plan (menu).
    pub write_menu: &'static str,
    /// Write into: the open plan.
    pub write_open_plan: &'static str,
    /// Write into: a plan file chosen.
    pub write_pick_plan: &'static str,
    /// Write into: a new plan from the collection.
    pub write_new_plan: &'static str,
    /// Tab: consolidated figures.
    pub tab_summary: &'static str,
    /// Tab: units × indicators.
    pub tab_matrix: &'static str,
    /// Tab: ranking of units.
    pub tab_ranking: &'static str,
    /// Tab: one indicator.
    pub tab_indicator: &'static str,
    /// Tab: completeness.
    pub tab_completeness: &'static str,
    /// Title field.
    pub title_field: &'static str,
    /// Reporting date field.
    pub as_of_field: &'static str,
    /// Members line: members, failed, second files, unit word.
    pub members_line: fn(usize, usize, usize, &str) -> String,
    /// Marker of unsaved changes.
    pub unsaved: &'static str,
    /// Files changed on disk: count.
    pub changed_banner: fn(usize) -> String,
    /// Read the members again.
    pub reload: &'static str,
    /// Keep what is shown.
    pub dismiss: &'static str,
    /// Files that could not be read: count.
    pub failed_banner: fn(usize) -> String,
    /// Sort by unit name.
    pub sort_by_unit: &'static str,
    /// Sort by rank.
    pub sort_by_rank: &'static str,
    /// Sort by an indicator: its name.
    pub sort_by_indicator: fn(&str) -> String,
    /// Accessible name of a matrix cell: unit, indicator, value, status.
    pub cell_name: fn(&str, &str, &str, &str) -> String,
    /// Shown on a member plan: read-only.
    pub read_only: &'static str,
    /// Back to the collection.
    pub back_to_collection: &'static str,
    /// A member plan's heading: unit, reporting date.
    pub member_heading: fn(&str, &str) -> String,
    /// The rule menu's label.
    pub rule_label: &'static str,
    /// The default rule in the menu: its name.
    pub rule_default: fn(&str) -> String,
    /// Chart: the common target line.
    pub target_line: &'static str,
    /// Chart: the consolidated figure line.
    pub consolidated_line: &'static str,
    /// Write preview: title.
    pub write_title: &'static str,
    /// Write preview: into which plan.
    pub write_into: fn(&str) -> String,
    /// Write preview: values written.
    pub written_count: fn(usize) -> String,
    /// Write preview: of which replacing a value of the same date.
    pub replaced_count: fn(usize) -> String,
    /// Write preview: figures not written.
    pub skipped_count: fn(usize) -> String,
    /// Not written: the plan has no such indicator.
    pub skip_not_in_plan: &'static str,
    /// Not written: no single consolidated figure.
    pub skip_no_figure: &'static str,
    /// Not written: the plan records the indicator in another unit.
    pub skip_other_unit: &'static str,
    /// Not written: the figure does not fit the plan's unit.
    pub skip_bad_value: &'static str,
    /// Write preview: apply.
    pub apply_write: &'static str,
    /// Close question: title.
    pub close_title: &'static str,
    /// Close question.
    pub close_question: &'static str,
    /// A unit's status counts in the ranking (for the chart legend).
    pub status_counts_label: &'static str,
    /// Column of an indicator's units counted by their status.
    pub units_by_status: &'static str,
    /// A number of indicators: count.
    pub indicator_count: fn(usize) -> String,
}
