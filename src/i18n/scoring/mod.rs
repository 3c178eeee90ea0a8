//! The strings of self-assessment scoring (tự chấm điểm): index file errors and warnings, the
//! computation of every criterion in words, the form, the tab and the command line, one table per
//! language (`vi.rs`, `en.rs`), reached through [`super::Texts::scoring`]. Functions take plain
//! values, so this table knows nothing of the scoring module's types.

mod editor;
mod en;
mod vi;

pub use editor::IndexEditorTexts;

pub use en::EN;
pub use vi::VI;

/// Scoring strings of one language.
pub struct ScoringTexts {
    /// An index file could not be read: path, reason.
    pub index_io: fn(&str, &str) -> String,
    /// An index file is too large or not text: path.
    pub index_not_text: fn(&str) -> String,
    /// An unknown rule: line, the name found.
    pub index_unknown_rule: fn(usize, &str) -> String,
    /// A syntax error: line, column, detail.
    pub index_syntax: fn(usize, usize, &str) -> String,
    /// Not an index file: the format found.
    pub index_wrong_format: fn(&str) -> String,
    /// Written by a newer version: the version.
    pub index_newer: fn(u32) -> String,
    /// Something cannot be scored: the id, the problem's words.
    pub index_invalid: fn(&str, &str) -> String,
    /// Problem: bad points.
    pub problem_points: &'static str,
    /// Problem: a bad step, band or choice.
    pub problem_step: &'static str,
    /// Problem: a rule without steps, bands or choices.
    pub problem_empty: &'static str,
    /// Problem: a bad or repeated id.
    pub problem_id: &'static str,
    /// Problem: a bad indicator id.
    pub problem_indicator: &'static str,
    /// Warning: a group's criteria do not add up: group, criteria's sum, group's maximum.
    pub warn_group_points: fn(&str, &str, &str) -> String,
    /// Warning: the groups do not add up: groups' sum, maximum.
    pub warn_total_points: fn(&str, &str) -> String,
    /// Warning: a criterion reads an indicator the plan lacks: criterion, indicator.
    pub warn_missing_indicator: fn(&str, &str) -> String,
    /// "N điểm".
    pub points: fn(&str) -> String,
    /// "100% - 2,4% = 97,6%": the part, the share left.
    pub words_remainder: fn(&str, &str) -> String,
    /// A most-allowed count: value, the most allowed, the share.
    pub words_at_most: fn(&str, &str, &str) -> String,
    /// A share above 100 % counted as 100 %: the computation so far.
    pub words_capped: fn(&str) -> String,
    /// A step reached: value, the step ("từ 4 trở lên"), points.
    pub words_step: fn(&str, &str, &str) -> String,
    /// No step reached: value, points.
    pub words_no_step: fn(&str, &str) -> String,
    /// A band reached: value, the band, its share, the maximum, points.
    pub words_band: fn(&str, &str, &str, &str, &str) -> String,
    /// A yes/no: the answer, points.
    pub words_yes_no: fn(&str, &str) -> String,
    /// A choice: its words, its share, the maximum, points.
    pub words_choice: fn(&str, &str, &str, &str) -> String,
    /// Points by hand: entered, maximum, points counted.
    pub words_manual: fn(&str, &str, &str) -> String,
    /// The value read is from an earlier year: its date.
    pub words_older: fn(&str) -> String,
    /// The plan has no such indicator: its id.
    pub missing_indicator: fn(&str) -> String,
    /// No value for the year.
    pub missing_value: &'static str,
    /// A zero denominator.
    pub missing_zero_denominator: &'static str,
    /// No target for the year to compare a count with: the year.
    pub missing_full_mark: fn(i32) -> String,
    /// No choice made.
    pub missing_choice: &'static str,
    /// No points entered.
    pub missing_points: &'static str,
    /// A step or band reached from below: its value.
    pub step_at_least: fn(&str) -> String,
    /// A step or band reached from above (lower is better): its value.
    pub step_at_most: fn(&str) -> String,
    /// The command line's headline: unit, year, total, maximum, index.
    pub cli_headline: fn(&str, i32, &str, &str, &str) -> String,
    /// The command line's line for the largest gaps.
    pub cli_gaps: &'static str,
    /// The command line's line for warnings.
    pub cli_warnings: &'static str,
    /// The tab's name.
    pub tab: &'static str,
    /// The tab's heading: the year.
    pub heading: fn(i32) -> String,
    /// Label before the index's name.
    pub index_label: &'static str,
    /// Said of the bundled index.
    pub bundled_note: &'static str,
    /// The button that opens an index file.
    pub open_index: &'static str,
    /// The button that goes back to the bundled index.
    pub use_bundled: &'static str,
    /// Toast: an index was opened: its file name.
    pub index_opened: fn(&str) -> String,
    /// No index could be loaded.
    pub no_index: &'static str,
    /// The year chooser's label.
    pub year_label: &'static str,
    /// The reporting year in the chooser.
    pub year_reporting: fn(i32) -> String,
    /// Where the values are read: the date.
    pub values_at: fn(&str) -> String,
    /// The total's card.
    pub total_card: &'static str,
    /// The 0–1 index's card.
    pub index_card: &'static str,
    /// The card counting criteria with no data.
    pub missing_card: &'static str,
    /// A criterion to raise: points to gain, its name.
    pub gap_line: fn(&str, &str) -> String,
    /// The chart's heading.
    pub chart_heading: &'static str,
    /// The chart's bars of points.
    pub chart_points: &'static str,
    /// The chart's bars of the maximum.
    pub chart_max: &'static str,
    /// The year-on-year totals' heading.
    pub years_heading: &'static str,
    /// Form column: number.
    pub col_number: &'static str,
    /// Form column: criterion.
    pub col_criterion: &'static str,
    /// Form column: maximum points.
    pub col_max: &'static str,
    /// Form column: how the points are worked out.
    pub col_rule: &'static str,
    /// Form column: points.
    pub col_points: &'static str,
    /// Form column: explanation.
    pub col_explanation: &'static str,
    /// Form column: evidence.
    pub col_evidence: &'static str,
    /// A criterion's explanation field: its name.
    pub explanation_of: fn(&str) -> String,
    /// A criterion's evidence field: its name.
    pub evidence_of: fn(&str) -> String,
    /// A criterion's choice: its name.
    pub choice_of: fn(&str) -> String,
    /// A criterion's points by hand: its name.
    pub points_of: fn(&str) -> String,
    /// No choice made yet.
    pub choice_none: &'static str,
    /// The evidence the index expects.
    pub evidence_expected: fn(&str) -> String,
    /// What a criterion rests on.
    pub source_of: fn(&str) -> String,
    /// Points typed outside 0 and the maximum: the maximum.
    pub points_out_of_range: fn(&str) -> String,
    /// The ranking's heading.
    pub ranking_heading: &'static str,
    /// Ranking column: unit.
    pub col_unit: &'static str,
    /// Ranking column: rank.
    pub col_rank: &'static str,
    /// The self-assessment report's subject: the year.
    pub report_subject: fn(i32) -> String,
    /// Its first section.
    pub report_heading_result: &'static str,
    /// Its second section.
    pub report_heading_gaps: &'static str,
    /// The total's sentence: index, total, maximum, 0–1 value.
    pub report_total: fn(&str, &str, &str, &str) -> String,
    /// A group's line: name, points, maximum.
    pub report_group: fn(&str, &str, &str) -> String,
    /// Criteria without data: how many.
    pub report_missing: fn(usize) -> String,
    /// The form's title: the year.
    pub report_form_title: fn(i32) -> String,
    /// Heading of the form's export.
    pub export_form: &'static str,
    /// Button: the form as PDF.
    pub export_pdf: &'static str,
    /// Button: the form as Word.
    pub export_docx: &'static str,
    /// Button: the form as Excel.
    pub export_xlsx: &'static str,
    /// The collection's tab of the ranking by points.
    pub ranking_tab: &'static str,
    /// Button: the ranking as Excel.
    pub export_ranking: &'static str,
    /// The spread of totals: highest, mean, median, lowest, units.
    pub spread: fn(&str, &str, &str, &str, usize) -> String,
    /// A band's count of units.
    pub units_count: fn(usize) -> String,
    /// The ranking workbook's sheet.
    pub ranking_sheet: &'static str,
    /// The index editor's strings.
    pub editor: &'static IndexEditorTexts,
}
