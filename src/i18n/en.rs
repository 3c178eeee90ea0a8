//! English strings.

use super::{ReportTexts, Texts};

/// The English table.
pub static TEXTS: Texts = Texts {
    language_name: "English",
    app_name: "Lộ Trình",
    report: &REPORT,
    import: &super::import::EN,
    document: &super::document::en::DOCUMENT,
    slides: &super::slides::EN,
    statuses: [
        "Achieved", "On track", "Behind", "At risk", "Missed", "No data",
    ],
    status_exceeded: "Exceeded",
    verdicts: ["Not due yet", "Achieved", "Missed", "No data"],
    pillars: [
        "Common foundation",
        "Digital government",
        "Digital economy",
        "Digital society",
        "Composite",
    ],
    unit_levels: [
        "Province/city",
        "Commune",
        "Ward",
        "Special zone",
        "District (legacy)",
    ],
    yes_no: ["Yes", "No"],
    summary_columns: [
        "Id",
        "Indicator",
        "Latest",
        "Target",
        "Progress",
        "Status",
        "Forecast",
    ],
    total: "Total",
    mean_progress: "Mean progress",
    none: "—",
    forecast_reach: |when| format!("reached by {when}"),
    forecast_never: "not at the current pace",
    check_ok: |file, count| format!("{file}: valid, {count} indicators"),
    check_warning: "warning",
    summary_heading: |unit, date| format!("{unit} — as of {date}"),
    new_created: |file, count| format!("Created {file} with {count} indicators"),
    new_exists: |file| {
        format!(
            "{file} already exists. Choose another name or add --force to overwrite it (the old one is kept as .bak)."
        )
    },
    unknown_template: |id, known| format!("There is no catalogue “{id}”. Available: {known}"),
    unknown_level: |level, known| format!("Unknown level “{level}”. Use one of: {known}"),
    bad_date: |text| format!("Invalid date “{text}”: write dd/mm/yyyy or yyyy-mm-dd."),
    gui_failed: |error| format!("Could not open the program window: {error}"),
    number_errors: [
        "no number entered",
        "contains a character that is not a digit",
        "thousands separator in the wrong place (each group needs 3 digits)",
        "more than one decimal mark",
        "number too large",
    ],
    menu_file: "File",
    menu_edit: "Edit",
    menu_view: "View",
    menu_help: "Help",
    new_plan: "New plan…",
    open: "Open…",
    open_recent: "Recent files",
    no_recent: "None yet",
    open_example: "Open an example",
    save: "Save",
    save_as: "Save as…",
    quit: "Quit",
    undo: "Undo",
    redo: "Redo",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset zoom",
    dark_theme: "Dark theme",
    light_theme: "Light theme",
    about: "About",
    about_text: "Lộ Trình helps communes, wards, special zones and provinces follow their digital-transformation indicators: enter current values, set 2025 and 2030 targets as in the resolutions and plans, and see at a glance what is achieved, on track or at risk. Data stays in a .ron file on this computer; no Internet needed.",
    version: "Version",
    tagline: "Local digital-transformation plans — works offline",
    create_plan: "Create a new plan",
    open_plan: "Open a plan",
    unit_level: "Unit level",
    unit_name: "Unit name",
    unit_name_hint: "e.g. Phong Điền commune",
    unit_name_missing: "Enter the unit's name.",
    parent_name: "Parent unit",
    province: "Province/city",
    plan_title: "Plan title",
    as_of: "Reporting date",
    choose_catalog: "Start from",
    catalog_option: |name, count| format!("{name} ({count} indicators)"),
    start_empty: "Start empty (add indicators yourself)",
    preview: "Indicators included:",
    empty_preview: "An empty plan: add indicators later with “Add indicators”.",
    create_button: "Create plan",
    example_description: |name| match name {
        "xa-demo.ron" => "Hòa Bình Xanh commune (demo, 2023–2025)".to_owned(),
        "huong-tra.ron" => "Hương Trà town, 2022".to_owned(),
        "hau-giang.ron" => "Hậu Giang province, 2021".to_owned(),
        "xa-tong-ket-2025.ron" => "Tân Hòa commune, 2025 year-end review (demo)".to_owned(),
        "chi-bo-thon-3.ron" => {
            "Party cell of Hamlet 3, Hòa Bình Xanh (example, party layout)".to_owned()
        }
        other => other.to_owned(),
    },
    untitled: "Unsaved plan",
    opened: |name, warnings| {
        if warnings == 0 {
            format!("Opened {name}")
        } else {
            format!("Opened {name} ({warnings} warnings: see lotrinh check)")
        }
    },
    saved: |name| format!("Saved {name}"),
    edit_refused: "Change refused:",
    saved_state: "Saved",
    unsaved_state: "Unsaved changes (*)",
    as_of_status: |date| format!("Reporting date: {date}"),
    project_tab: "Plan details",
    add_indicator: "Add indicators",
    search: "Search indicators",
    all_statuses: "All statuses",
    all_pillars: "All pillars",
    filter_status: "Filter by status",
    filter_pillar: "Filter by pillar",
    no_indicator_selected: "Choose an indicator on the left.",
    remove_indicator: "Remove this indicator…",
    progress_hint: "Progress = (latest − baseline) / (target − baseline)",
    general_section: "Indicator details",
    field_id: "Id",
    field_name: "Name",
    field_name_en: "English name",
    field_pillar: "Pillar",
    field_unit: "Unit",
    field_direction: "Direction",
    field_definition: "Definition",
    field_legal_basis: "Legal basis",
    field_responsible: "Responsible unit",
    higher_is_better: "Higher is better",
    lower_is_better: "Lower is better",
    unit_kinds: [
        "Percent (%)",
        "Count",
        "Score",
        "Money (VND)",
        "Yes/No",
        "Rank",
    ],
    unit_word: "Unit word (dossiers, teams…)",
    score_max: "Maximum score",
    must_be_positive: "must be greater than 0",
    percent_range: "a percentage must be within 0–100",
    date_error: "invalid date: write dd/mm/yyyy",
    baseline_section: "Baseline",
    baseline_date: "Baseline date",
    baseline_value: "Baseline value",
    no_baseline_hint: "No baseline yet: the first value is used instead.",
    targets_section: "Targets by milestone year",
    target_columns: ["Year", "Target", "Suggested", "Source", ""],
    target_value_name: |year| format!("Target {year}"),
    target_source_name: |year| format!("Source of target {year}"),
    suggested: "suggested",
    remove: "Remove",
    remove_target: "Remove this milestone",
    new_milestone: "Add milestone year",
    milestone_error: "invalid or existing year",
    add_milestone: |year| format!("+ {year} milestone"),
    measurements_section: "Measured values",
    no_measurements: "No values yet.",
    measurement_columns: [
        "#",
        "Date",
        "Value",
        "Numerator",
        "Denominator",
        "Evidence",
        "Source",
        "Note",
        "",
    ],
    cell_name: |column, row| format!("{column} row {row}"),
    remove_row: |row| format!("Remove row {row}"),
    add_measurement: "+ Add value",
    basis_section: "Basis documents (resolutions, plans…)",
    basis_columns: ["Number", "Date", "Issuer", "Title", ""],
    add_basis: "+ Add document",
    district_legacy_note: "Districts were abolished on 1/7/2025; use this level for earlier plans and figures.",
    unsaved_title: "Unsaved changes",
    unsaved_question: "The plan has unsaved changes. Save before going on?",
    save_button: "Save",
    dont_save: "Don't save",
    cancel: "Cancel",
    ok: "OK",
    close: "Close",
    error_title: "Something went wrong",
    remove_title: "Remove indicator",
    remove_question: |name| format!("Remove “{name}” and all its values? Ctrl+Z undoes it."),
    remove_button: "Remove",
    no_dialog_hint: "The system file dialog is not available. Type the file's full path:",
    file_path: "File path",
    recovery_title: "Recover unsaved work",
    recovery_question: |file, unit, date| {
        format!(
            "Last time the program closed with unsaved changes ({file} — {unit}, reporting date {date}). Restore the autosaved copy?"
        )
    },
    restore: "Restore",
    discard_recovery: "Discard it",
    from_catalog: "From a catalogue:",
    add_chosen: |count| format!("Add {count} chosen indicators"),
    from_scratch: "Or create a new one:",
    new_indicator_name: "New indicator name",
    add_new_indicator: "Create indicator",
    new_indicator_hint: "A new indicator is a percentage, higher is better; change that in its details.",
    no_target_sentence: "No target yet: add a milestone below.",
    no_value_sentence: "No value up to the reporting date.",
    reached_share: |percent, year| format!("{percent}% of the {year} target reached"),
    latest_value: |value, year| format!("Latest {value} against the {year} target"),
    target_met: "target met",
    target_exceeded: "target exceeded",
    required_pace: |up, amount, unit| {
        format!(
            "needs {} {amount} {unit} a year to reach it",
            if up { "+" } else { "−" }
        )
    },
    percent_points: "points",
    points: "points",
    ranks: "places",
    forecast_sentence: |year, value, reach| {
        format!("Trend forecast: about {value} at the end of {year}; {reach}.")
    },
    verdict_line: |year, target, verdict, judged| {
        format!("{year} target ({target}): {verdict} — result {judged}")
    },
    dashboard_tab: "Dashboard",
    indicator_tab: "Indicator",
    axis_time: "Time",
    axis_value: "Value",
    axis_progress: "Share of target reached (%)",
    axis_count: "Number of indicators",
    series_measured: "Measured",
    series_baseline: "Baseline",
    series_target: "Target",
    series_planned: "Planned path",
    series_forecast: "Trend forecast",
    series_as_of: "Reporting date",
    series_expected: "Expected by the reporting date",
    mean_label: |percent| format!("mean {percent}%"),
    indicator_count: "Indicators",
    pillar_summary_title: "Results by pillar",
    most_behind_title: "The 5 furthest behind",
    overview_title: "Progress of each indicator",
    overview_hint: "Click a bar to open that indicator. Black diamond: progress expected by the reporting date.",
    none_behind: "No indicator is behind.",
    presentation_keys: "Arrow keys, PageUp/PageDown: change slide · Esc: leave",
    present: "Present (F5)",
    export_png: "Save PNG",
    export_png_hint: "Save this chart as a PNG image (twice the size) for documents and slides",
    export_chart: "Export chart (PNG)…",
    trajectory_title: "Trajectory",
    chart_not_saved: "Could not save the chart:",
    chart_saved: |path| format!("Chart saved to {path}"),
    entry_tab: "Period data entry",
    entry_title: "Update the figures of a reporting period",
    entry_missing: |missing, total, date| {
        format!("{missing} of {total} indicators still lack a value for {date}")
    },
    entry_period: "Period",
    period_names: [
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "First half",
        "Nine months",
        "Year",
        "Other date",
    ],
    entry_year: "Year",
    entry_date: "Date",
    entry_values_dated: |date| format!("Values dated {date}"),
    entry_move_as_of: |date| format!("On apply, move the plan's reporting date to {date}"),
    entry_columns: [
        "Indicator",
        "Previous",
        "New value",
        "Numerator",
        "Denominator",
        "Change, status",
        "Checks",
        "Evidence",
        "Source",
        "Note",
    ],
    entry_already: |value| format!("already: {value}"),
    entry_already_hint: "This period already has a value; a new one replaces it after you confirm.",
    entry_edit_names: [
        "New value",
        "Numerator",
        "Denominator",
        "Evidence",
        "Source",
        "Note",
    ],
    entry_unreadable: "The pasted cell is not a number: left empty.",
    entry_not_a_number: "not a number",
    entry_negative: "negative count",
    entry_numerator_above: "numerator above denominator",
    entry_jump_points: |points| format!("{points} points from the previous value: check it"),
    entry_jump_ratio: |ratio| format!("{ratio} times the previous value: check it"),
    entry_replace_question: "These values already recorded for the period will be replaced:",
    entry_replace_apply: "Replace and apply",
    entry_apply: "Apply",
    entry_apply_count: |label, count| format!("{label} ({count} indicators)"),
    entry_clear: "Clear the grid",
    entry_blocked: "A percentage is outside 0–100: fix it first.",
    entry_keys: "Enter or Down: next row · Tab: next column · Esc: cancel the cell · Ctrl+V: paste a column or a block from a spreadsheet · Ctrl+Enter: apply",
    entry_leave_title: "Values not applied",
    entry_leave_question: "The values you typed are not applied to the plan yet. Discard them?",
    entry_discard: "Discard them",
    entry_stay: "Stay",
    export_pdf: "Export PDF report…",
    export_xlsx: "Export to Excel (XLSX)…",
    export_csv: "Export CSV table…",
    import_sheet: "Import values from Excel/CSV…",
    report_written: |path| format!("Exported {path}"),
    report_unavailable: |path| format!("This build has no reports; {path} was not written."),
    import_title: "Import preview",
    import_added: |count| format!("{count} additions:"),
    import_changed: |count| format!("{count} changes:"),
    import_refused: |count| format!("{count} rows cannot be read (skipped):"),
    import_refused_row: |sheet, row, reason| format!("{sheet}, row {row}: {reason}"),
    import_apply: "Apply (one step, can be undone)",
    currency: "VND",
};

/// The English report and import strings.
pub static REPORT: ReportTexts = ReportTexts {
    col_number: "No.",
    col_indicator: "Indicator",
    col_unit: "Unit",
    col_baseline: "Baseline",
    col_target: |year| format!("Target {year}"),
    col_result: "Result",
    col_progress: "Progress",
    col_assessment: "Assessment",
    col_id: "Indicator id",
    col_result_date: "Result date",
    col_baseline_date: "Baseline date",
    col_pillar: "Pillar",
    measurements_sheet: "Measurements",
    measurement_columns: [
        "Indicator id",
        "Indicator",
        "Date",
        "Value",
        "Numerator",
        "Denominator",
        "Evidence",
        "Source",
        "Note",
    ],
    unit_words: ["%", "VND", "Yes/No", "rank"],
    score_unit: |max| format!("points (max {max})"),
    title: "DIGITAL TRANSFORMATION TARGETS: PROGRESS REPORT",
    as_of_line: |date| format!("Reporting date: {date}"),
    basis_heading: "Basis documents:",
    basis_line: |number, date, issuer, title| {
        let mut line = String::new();
        if !number.is_empty() {
            line.push_str(number);
        }
        if !date.is_empty() {
            line.push_str(&format!(" of {date}"));
        }
        if !issuer.is_empty() && line.is_empty() {
            line.push_str(issuer);
        } else if !issuer.is_empty() {
            line.push_str(&format!(", {issuer}"));
        }
        if !title.is_empty() {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(title);
        }
        line.trim().to_owned()
    },
    sections: [
        "1. Overall results",
        "2. Results by pillar",
        "3. Indicators needing attention",
    ],
    summary_sentence: |date, unit, total, parts| {
        format!("As of {date}, {unit} has {total} indicators: {parts}.")
    },
    count_part: |count, status| format!("{count} {}", status.to_lowercase()),
    exceeded_part: |count| format!("{count} of them above target"),
    mean_sentence: |percent| format!("Mean progress towards the current targets is {percent}."),
    milestone_sentence: |year, achieved, judged| {
        format!("{year} targets: {achieved} of {judged} indicators achieved.")
    },
    attention_sentence: |count| {
        format!(
            "{count} indicators behind schedule or at risk are shown in section 3 with the pace they need."
        )
    },
    no_attention: "No indicator is behind schedule or at risk.",
    no_indicators: "The plan has no indicators yet.",
    pillar_chart_title: "Indicators by pillar and status",
    pillar_chart_axis: "Indicators",
    pillar_heading: |pillar, count| format!("{pillar} ({count} indicators)"),
    trajectory_legend: [
        "Measured",
        "Baseline",
        "Target (31 Dec)",
        "Planned path",
        "Trend (forecast)",
        "Reporting date",
        "Pace needed",
    ],
    trajectory_caption: |status, latest, year, target| {
        format!("{status} — latest {latest}, {year} target: {target}")
    },
    page: |page, count| format!("Page {page} of {count}"),
    printed: |date| format!("Printed on {date} with Lộ Trình"),
    no_header: "no header row recognised: an “Indicator id” or “Indicator” column is needed, with “Date” and “Value” or target and result columns",
    missing_indicator: "neither an indicator id nor a name",
    bad_id: |id| {
        format!("invalid indicator id “{id}” (use lowercase ASCII letters, digits and underscores)")
    },
    bad_number: |column, text, reason| {
        format!("column “{column}”: “{text}” is not a number ({reason})")
    },
    bad_date: |column, text| format!("column “{column}”: “{text}” is not a date (dd/mm/yyyy)"),
    missing_date: "no date",
    missing_value: "no value",
    percent_range: |column, value| {
        format!("column “{column}”: percentage {value} is outside 0–100")
    },
    duplicate_row: |sheet, row| {
        format!("same indicator and date as {sheet}, row {row}, with another value")
    },
    target_before_baseline: |year| format!("the {year} target is before the baseline year"),
    import_summary: |added, changed, refused| {
        format!("{added} to add, {changed} to change, {refused} rows not read.")
    },
    added_heading: "To add:",
    changed_heading: "To change:",
    refused_heading: "Rows not read:",
    refused_line: |sheet, row, reason| format!("{sheet}, row {row}: {reason}"),
    nothing_to_import: "Nothing new to import.",
    dry_run: "Dry run (--dry-run): no file written.",
    written: |path, size| format!("Wrote {path} ({size} KiB)"),
    read_failed: |path, reason| format!("Cannot read “{path}”: {reason}"),
    not_spreadsheet: |path, reason| {
        format!("“{path}” is not a readable XLSX or CSV (UTF-8) spreadsheet: {reason}")
    },
    unknown_extension: |path| {
        format!("Unknown kind of file “{path}”: use a file ending in .xlsx, .pdf or .csv")
    },
    xlsx_failed: |reason| format!("Could not make the Excel file: {reason}"),
    pdf_failed: |reason| format!("Could not make the PDF file: {reason}"),
    csv_failed: |reason| format!("Could not make the CSV file: {reason}"),
    invalid_result: |problems| {
        format!("After the import the plan would break a rule, so nothing was changed: {problems}")
    },
    no_output: "Choose at least one output: --pdf, --docx, --xlsx or --csv.",
};
