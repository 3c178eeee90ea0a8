//! The shape of a language's string table ([`Texts`]): every field a table must fill (the helpers
//! that name a status, a verdict, a pillar and a unit level are beside [`super::Lang`]).

use super::{
    CommandTexts, ConsolidateTexts, DocumentTexts, EditorTexts, ErrorTexts, FileTexts, ImportTexts,
    NumberError, PlanningTexts, ReportTexts, SafetyTexts, ScoringTexts, SentenceTexts, SlideTexts,
    YesNoTexts,
};
use crate::model::{MeasureUnit, Pillar, UnitLevel};
use crate::progress::{Status, Verdict};

/// The string table of one language. Plain strings are fields; strings with values in them are
/// functions, so that word order can differ between languages.
pub struct Texts {
    /// The language's own name, for the language switch.
    pub language_name: &'static str,
    /// The program's name.
    pub app_name: &'static str,
    /// Strings of reports (PDF, XLSX, CSV) and of the Excel/CSV import.
    pub report: &'static ReportTexts,
    /// Strings of the consolidation of many plans.
    pub consolidate: &'static ConsolidateTexts,
    /// Strings of self-assessment scoring against a points index.
    pub scoring: &'static ScoringTexts,
    /// Strings of the next plan: roll forward, yearly steps, the annual plan document.
    pub planning: &'static PlanningTexts,
    /// Strings of the spreadsheet import's preview, refusals and limits.
    pub import: &'static ImportTexts,
    /// Strings of the safeguards against wrong or lost values.
    pub safety: &'static SafetyTexts,
    /// The words of yes/no values (Có/Không, Đạt/Chưa đạt) and the editor's choice of them.
    pub yes_no_words: &'static YesNoTexts,
    /// Strings of plan files refused or warned about for their fields.
    pub file: &'static FileTexts,
    /// Words of the sentences written from the data, and the names of the two figures.
    pub sentences: &'static SentenceTexts,
    /// Editor and grid words: per-year totals, a rank's direction, monthly periods.
    pub editor: &'static EditorTexts,
    /// Strings of errors and warnings (loading, saving, the plan's rules, edits, chart images).
    pub errors: &'static ErrorTexts,
    /// Strings of the command table: tooltips, key-only commands, the shortcuts panel.
    pub commands: &'static CommandTexts,
    /// Strings of the filed report (PDF, Word) and of the "Báo cáo" tab.
    pub document: &'static DocumentTexts,
    /// The name of a status ("Achieved" is written "Exceeded" by [`Texts::status`] when beaten).
    pub status_name: fn(Status) -> &'static str,
    /// Strings of presentation slides.
    pub slides: &'static SlideTexts,
    /// "Exceeded" (Vượt), shown instead of "Achieved" when the target is beaten.
    pub status_exceeded: &'static str,
    /// The name of a past target's verdict.
    pub verdict_name: fn(Verdict) -> &'static str,
    /// The name of a pillar.
    pub pillar_name: fn(Pillar) -> &'static str,
    /// The name of a unit level.
    pub unit_level_name: fn(UnitLevel) -> &'static str,
    /// "Yes" (true) or "No" (false) for yes-no indicators.
    pub yes_no: fn(bool) -> &'static str,
    /// Column headers of the command-line summary table.
    pub summary_columns: [&'static str; 8],
    /// "Total" row label.
    pub total: &'static str,
    /// Shown where a value is missing.
    pub none: &'static str,
    /// Forecast cell: the target will be reached on a date (month/year given).
    pub forecast_reach: fn(&str) -> String,
    /// Forecast cell: not reached at the current pace.
    pub forecast_never: &'static str,
    /// `check`: the file is valid, with its indicator count.
    pub check_ok: fn(&str, usize) -> String,
    /// `check`: a warning line prefix.
    pub check_warning: &'static str,
    /// `summary` heading: unit name, reporting date.
    pub summary_heading: fn(&str, &str) -> String,
    /// `new`: the project was created: file, indicator count.
    pub new_created: fn(&str, usize) -> String,
    /// `new`: the output file already exists.
    pub new_exists: fn(&str) -> String,
    /// Unknown catalogue id; the list of known ids follows.
    pub unknown_template: fn(&str, &str) -> String,
    /// Unknown unit level; the list of known levels follows.
    pub unknown_level: fn(&str, &str) -> String,
    /// A date argument that does not parse.
    pub bad_date: fn(&str) -> String,
    /// The GUI could not be started.
    pub gui_failed: fn(&str) -> String,
    /// Why a typed number was refused.
    pub number_error: fn(NumberError) -> &'static str,
    /// Menu Tệp.
    pub menu_file: &'static str,
    /// Menu Sửa.
    pub menu_edit: &'static str,
    /// Menu Xem.
    pub menu_view: &'static str,
    /// Menu Trợ giúp.
    pub menu_help: &'static str,
    /// New plan command.
    pub new_plan: &'static str,
    /// Open command.
    pub open: &'static str,
    /// Recent files.
    pub open_recent: &'static str,
    /// No recent file.
    pub no_recent: &'static str,
    /// Recent files that are gone and were dropped from the list: how many, their names.
    pub recent_gone: fn(usize, &str) -> String,
    /// Bundled examples.
    pub open_example: &'static str,
    /// Save command.
    pub save: &'static str,
    /// Save as command.
    pub save_as: &'static str,
    /// Quit command.
    pub quit: &'static str,
    /// Undo command.
    pub undo: &'static str,
    /// Redo command.
    pub redo: &'static str,
    /// Zoom in.
    pub zoom_in: &'static str,
    /// Zoom out.
    pub zoom_out: &'static str,
    /// Zoom reset.
    pub zoom_reset: &'static str,
    /// Switch to dark theme.
    pub dark_theme: &'static str,
    /// Switch to light theme.
    pub light_theme: &'static str,
    /// About command.
    pub about: &'static str,
    /// About text.
    pub about_text: &'static str,
    /// Version label.
    pub version: &'static str,
    /// Start screen tagline.
    pub tagline: &'static str,
    /// Create plan heading.
    pub create_plan: &'static str,
    /// Open plan heading.
    pub open_plan: &'static str,
    /// Unit level label.
    pub unit_level: &'static str,
    /// Unit name label.
    pub unit_name: &'static str,
    /// Unit name hint.
    pub unit_name_hint: &'static str,
    /// Unit name missing.
    pub unit_name_missing: &'static str,
    /// Parent unit label.
    pub parent_name: &'static str,
    /// Province label.
    pub province: &'static str,
    /// Plan title label.
    pub plan_title: &'static str,
    /// Reporting date label.
    pub as_of: &'static str,
    /// Choose catalogue.
    pub choose_catalog: &'static str,
    /// Catalogue option: name, indicator count.
    pub catalog_option: fn(&str, usize) -> String,
    /// Start empty option.
    pub start_empty: &'static str,
    /// Catalogue preview heading.
    pub preview: &'static str,
    /// Empty plan preview.
    pub empty_preview: &'static str,
    /// Create button.
    pub create_button: &'static str,
    /// Example button: file name.
    pub example_description: fn(&str) -> String,
    /// Name of a plan never saved.
    pub untitled: &'static str,
    /// Toast after opening: file, warnings.
    pub opened: fn(&str, usize) -> String,
    /// Toast after saving.
    pub saved: fn(&str) -> String,
    /// Status bar: saved.
    pub saved_state: &'static str,
    /// Status bar: unsaved.
    pub unsaved_state: &'static str,
    /// Status bar reporting date.
    pub as_of_status: fn(&str) -> String,
    /// Project panel tab.
    pub project_tab: &'static str,
    /// Add indicators.
    pub add_indicator: &'static str,
    /// Search field label.
    pub search: &'static str,
    /// All statuses filter.
    pub all_statuses: &'static str,
    /// All pillars filter.
    pub all_pillars: &'static str,
    /// Status filter tooltip.
    pub filter_status: &'static str,
    /// Pillar filter tooltip.
    pub filter_pillar: &'static str,
    /// Nothing selected.
    pub no_indicator_selected: &'static str,
    /// Remove indicator button.
    pub remove_indicator: &'static str,
    /// General section.
    pub general_section: &'static str,
    /// Id label.
    pub field_id: &'static str,
    /// Name label.
    pub field_name: &'static str,
    /// English name label.
    pub field_name_en: &'static str,
    /// Pillar label.
    pub field_pillar: &'static str,
    /// Unit label.
    pub field_unit: &'static str,
    /// Direction label.
    pub field_direction: &'static str,
    /// Definition label.
    pub field_definition: &'static str,
    /// Legal basis label.
    pub field_legal_basis: &'static str,
    /// Responsible label.
    pub field_responsible: &'static str,
    /// Higher is better.
    pub higher_is_better: &'static str,
    /// Lower is better.
    pub lower_is_better: &'static str,
    /// The kind of a unit of measure: percent, count, score, money, yes-no, rank.
    pub unit_kind: fn(&MeasureUnit) -> &'static str,
    /// Unit word field.
    pub unit_word: &'static str,
    /// Maximum score.
    pub score_max: &'static str,
    /// Must be positive.
    pub must_be_positive: &'static str,
    /// Bad date.
    pub date_error: &'static str,
    /// Baseline section.
    pub baseline_section: &'static str,
    /// Baseline date.
    pub baseline_date: &'static str,
    /// Baseline value.
    pub baseline_value: &'static str,
    /// No baseline hint.
    pub no_baseline_hint: &'static str,
    /// Targets section.
    pub targets_section: &'static str,
    /// Target table headers.
    pub target_columns: [&'static str; 5],
    /// Accessible name of a target value.
    pub target_value_name: fn(i32) -> String,
    /// Accessible name of a target source.
    pub target_source_name: fn(i32) -> String,
    /// Suggested checkbox.
    pub suggested: &'static str,
    /// Remove button.
    pub remove: &'static str,
    /// Remove target tooltip.
    pub remove_target: &'static str,
    /// New milestone year label.
    pub new_milestone: &'static str,
    /// Bad milestone year.
    pub milestone_error: &'static str,
    /// Add next milestone.
    pub add_milestone: fn(i32) -> String,
    /// Measurements section.
    pub measurements_section: &'static str,
    /// No measurement.
    pub no_measurements: &'static str,
    /// Measurement column: date.
    pub col_date: &'static str,
    /// Measurement column: value.
    pub col_value: &'static str,
    /// Measurement column: numerator.
    pub col_numerator: &'static str,
    /// Measurement column: denominator.
    pub col_denominator: &'static str,
    /// Measurement column: evidence.
    pub col_evidence: &'static str,
    /// Measurement column: source of the figure.
    pub col_source: &'static str,
    /// Measurement column: note.
    pub col_note: &'static str,
    /// Accessible name of a table cell: column, row.
    pub cell_name: fn(&str, usize) -> String,
    /// Remove row tooltip.
    pub remove_row: fn(usize) -> String,
    /// Add measurement.
    pub add_measurement: &'static str,
    /// Basis section.
    pub basis_section: &'static str,
    /// Basis column: document number.
    pub basis_number: &'static str,
    /// Basis column: date issued.
    pub basis_date: &'static str,
    /// Basis column: issuing body.
    pub basis_issuer: &'static str,
    /// Basis column: title.
    pub basis_title: &'static str,
    /// Add basis document.
    pub add_basis: &'static str,
    /// District legacy note.
    pub district_legacy_note: &'static str,
    /// Unsaved changes title.
    pub unsaved_title: &'static str,
    /// Unsaved changes question.
    pub unsaved_question: &'static str,
    /// Save answer.
    pub save_button: &'static str,
    /// Don't save answer.
    pub dont_save: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// OK.
    pub ok: &'static str,
    /// Close.
    pub close: &'static str,
    /// Error title.
    pub error_title: &'static str,
    /// Remove title.
    pub remove_title: &'static str,
    /// Remove question.
    pub remove_question: fn(&str) -> String,
    /// Remove answer.
    pub remove_button: &'static str,
    /// Typed path hint.
    pub no_dialog_hint: &'static str,
    /// File path field.
    pub file_path: &'static str,
    /// Recovery title.
    pub recovery_title: &'static str,
    /// Restore answer.
    pub restore: &'static str,
    /// Discard recovery.
    pub discard_recovery: &'static str,
    /// From catalogue.
    pub from_catalog: &'static str,
    /// Add chosen indicators.
    pub add_chosen: fn(usize) -> String,
    /// From scratch.
    pub from_scratch: &'static str,
    /// New indicator name field.
    pub new_indicator_name: &'static str,
    /// Add new indicator.
    pub add_new_indicator: &'static str,
    /// New indicator hint.
    pub new_indicator_hint: &'static str,
    /// Dashboard tab.
    pub dashboard_tab: &'static str,
    /// Indicator editor tab.
    pub indicator_tab: &'static str,
    /// Time axis.
    pub axis_time: &'static str,
    /// Value axis.
    pub axis_value: &'static str,
    /// Progress axis.
    pub axis_progress: &'static str,
    /// Count axis.
    pub axis_count: &'static str,
    /// Measured series.
    pub series_measured: &'static str,
    /// Baseline series.
    pub series_baseline: &'static str,
    /// Target series.
    pub series_target: &'static str,
    /// Planned path.
    pub series_planned: &'static str,
    /// Forecast series.
    pub series_forecast: &'static str,
    /// Reporting date line.
    pub series_as_of: &'static str,
    /// Expected progress marker.
    pub series_expected: &'static str,
    /// Pillar chart label: achieved (and exceeded) out of all.
    pub achieved_label: fn(usize, usize) -> String,
    /// Card: number of indicators.
    pub indicator_count: &'static str,
    /// Pillar summary title.
    pub pillar_summary_title: &'static str,
    /// Most behind title.
    pub most_behind_title: &'static str,
    /// Overview title.
    pub overview_title: &'static str,
    /// Overview hint.
    pub overview_hint: &'static str,
    /// No indicator behind.
    pub none_behind: &'static str,
    /// Presentation key hint.
    pub presentation_keys: &'static str,
    /// Present command.
    pub present: &'static str,
    /// PNG button on a chart.
    pub export_png: &'static str,
    /// PNG button tooltip.
    pub export_png_hint: &'static str,
    /// Menu: export chart.
    pub export_chart: &'static str,
    /// Trajectory chart title.
    pub trajectory_title: &'static str,
    /// Chart exported.
    pub chart_saved: fn(&str) -> String,
    /// Entry grid tab.
    pub entry_tab: &'static str,
    /// Entry grid title.
    pub entry_title: &'static str,
    /// Counter of indicators without a value.
    pub entry_missing: fn(usize, usize, &str) -> String,
    /// Period label.
    pub entry_period: &'static str,
    /// A quarter's name, 1–4.
    pub quarter_name: fn(u8) -> &'static str,
    /// The first six months.
    pub first_half: &'static str,
    /// The first nine months.
    pub nine_months: &'static str,
    /// The whole year.
    pub whole_year: &'static str,
    /// A period ending on any other date.
    pub other_date: &'static str,
    /// Year label.
    pub entry_year: &'static str,
    /// Custom date label.
    pub entry_date: &'static str,
    /// Date the values get.
    pub entry_values_dated: fn(&str) -> String,
    /// Move reporting date checkbox.
    pub entry_move_as_of: fn(&str) -> String,
    /// Grid headers.
    pub entry_columns: [&'static str; 10],
    /// A value already recorded for the period.
    pub entry_already: fn(&str) -> String,
    /// Hint on an existing value.
    pub entry_already_hint: &'static str,
    /// The new value's column in the period grid.
    pub entry_new_value: &'static str,
    /// Pasted cell that could not be read.
    pub entry_unreadable: &'static str,
    /// Typed text is not a number.
    pub entry_not_a_number: &'static str,
    /// Numerator above denominator.
    pub entry_numerator_above: &'static str,
    /// Implausible jump in points.
    pub entry_jump_points: fn(&str) -> String,
    /// Implausible jump as a ratio.
    pub entry_jump_ratio: fn(&str) -> String,
    /// Replacement question.
    pub entry_replace_question: &'static str,
    /// Replace and apply.
    pub entry_replace_apply: &'static str,
    /// Apply.
    pub entry_apply: &'static str,
    /// Apply button with count.
    pub entry_apply_count: fn(&str, usize) -> String,
    /// Clear the grid.
    pub entry_clear: &'static str,
    /// Keyboard hint.
    pub entry_keys: &'static str,
    /// Leave grid title.
    pub entry_leave_title: &'static str,
    /// Leave grid question.
    pub entry_leave_question: &'static str,
    /// Discard grid values.
    pub entry_discard: &'static str,
    /// Stay in the grid.
    pub entry_stay: &'static str,
    /// Menu: PDF report.
    pub export_pdf: &'static str,
    /// Menu: XLSX.
    pub export_xlsx: &'static str,
    /// Menu: CSV.
    pub export_csv: &'static str,
    /// Menu: import.
    pub import_sheet: &'static str,
    /// Report written toast.
    pub report_written: fn(&str) -> String,
    /// Reports not built in.
    pub report_unavailable: fn(&str) -> String,
    /// Import preview title.
    pub import_title: &'static str,
    /// Added count.
    pub import_added: fn(usize) -> String,
    /// Changed count.
    pub import_changed: fn(usize) -> String,
    /// Refused count.
    pub import_refused: fn(usize) -> String,
    /// A refused row.
    pub import_refused_row: fn(&str, usize, &str) -> String,
    /// Apply import.
    pub import_apply: &'static str,
    /// Currency unit.
    pub currency: &'static str,
}
