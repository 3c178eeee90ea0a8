//! The English strings of the consolidation.

use super::ConsolidateTexts;

/// The English table.
pub static EN: ConsolidateTexts = ConsolidateTexts {
    read_failed: |path, reason| {
        format!("Cannot read “{path}”: {reason}. Check the path and permissions.")
    },
    too_large: |path| {
        format!("“{path}” is too large to be a collection file. Choose the right file.")
    },
    not_utf8: |path| {
        format!("“{path}” is not UTF-8 text. Choose a collection file saved by Lộ Trình.")
    },
    truncated: |path, line, column| {
        format!(
            "The collection file “{path}” is truncated at line {line}, column {column}. Open the “.bak” backup beside it."
        )
    },
    syntax: |path, line, column, detail| {
        format!(
            "The collection file “{path}” has an error at line {line}, column {column}: {detail}. Fix it or open the “.bak” backup."
        )
    },
    wrong_format: |path, found| {
        format!(
            "“{path}” is not a Lộ Trình collection file (format is “{found}”, expected “lotrinh-tong-hop”)."
        )
    },
    newer_version: |path, version| {
        format!(
            "The collection file “{path}” was made by a newer version of Lộ Trình (format version {version}). Please update the program."
        )
    },
    bad_rule_id: |path, key| {
        format!(
            "The collection file “{path}” chooses a rule for “{key}”, which is not a valid indicator id. Fix or remove that line."
        )
    },
    serialize_failed: |reason| format!("Could not serialise the collection: {reason}"),
    exists: |path| {
        format!(
            "“{path}” already exists. Choose another folder or add --force to overwrite (the old file is kept as .bak)."
        )
    },
    no_plans: |inputs| format!("No plan file (.ron) found in: {inputs}"),
    units_communes: "communes",
    units_wards: "wards",
    units_any: "units",
    no_values: "No data",
    units_differ: "Units of measure differ between members — not consolidated",
    left_out: |count| {
        format!("{count} units recorded no numerator and denominator and are left out")
    },
    mean_text: |mean, median, min, min_unit, max, max_unit| {
        format!(
            "{mean} (unweighted mean; median {median}; lowest {min} — {min_unit}; highest {max} — {max_unit})"
        )
    },
    targets_met: |met, of, word, year| format!("{met}/{of} {word} met their {year} target"),
    rule_sum: "Sum",
    rule_ratio_of_sums: "Overall ratio (Σ numerators ÷ Σ denominators)",
    rule_mean: "Unweighted mean",
    rule_yes_no_share: "Units achieving (N/M)",
    rule_listed: "Listed, not combined",
    rule_year_to_date_sum: "Year-to-date sum",
    written_note: |rule, reporting, with, word| {
        format!(
            "Consolidated from {reporting}/{with} {word} — rule: {}",
            rule.to_lowercase()
        )
    },
    written_source: |title| format!("Collection “{title}”"),
    target_source: |count| {
        format!("Combined from the targets of {count} units (suggested, to review)")
    },
    share_indicator_name: |name| format!("{name} — share of units achieving"),
    cli_heading: |title, unit, date| format!("{title}\n{unit} — reporting date {date}"),
    cli_members: |read, failed, duplicates| {
        format!("Read {read} files; {failed} failed; {duplicates} second files of a unit left out.")
    },
    cli_columns: [
        "Indicator",
        "Rule",
        "Consolidated",
        "Met target",
        "Reporting",
    ],
    cli_failed: |path, reason| format!("Failed {path}: {reason}"),
    duplicate_line: |path, kept| format!("{path} is the same unit as {kept}: left out."),
    later_ignored: |count| {
        if count == 1 {
            return "1 unit has values dated after the reporting date: those values are not counted."
                .to_owned();
        }
        format!(
            "{count} units have values dated after the reporting date: those values are not counted."
        )
    },
    written_into: |file, written, skipped| {
        format!(
            "Wrote {written} consolidated values into {file}; {skipped} indicators not written."
        )
    },
    sample_written: |count, dir| {
        format!("Wrote {count} sample plans and the collection file in {dir}")
    },
    xlsx_written: |file| format!("Wrote the consolidated workbook {file}"),
    sheet_summary: "Summary",
    sheet_matrix: "Matrix",
    sheet_ranking: "Ranking",
    sheet_completeness: "Completeness",
    col_unit: "Unit",
    col_rank: "Rank",
    col_value: "Value",
    col_date: "Date of value",
    col_target: "Target",
    col_status: "Assessment",
    col_rule: "Rule",
    col_figure: "Consolidated value",
    col_text: "In words",
    col_met: "Met target",
    col_reporting: "Units with a value",
    col_completion: "Roadmap completion (mean)",
    col_most_behind: "Indicator most behind",
    col_file: "File",
    col_error: "Error",
    col_plan_date: "File's reporting date",
    col_no_value: "No value",
    col_out_of_period: "Old value (before the period)",
    col_later: "Values after the reporting date (ignored)",
    failed_heading: "Files that could not be read",
    duplicates_heading: "Two files of the same unit",
    other_dates_heading: "Files with another reporting date",
    gaps_heading: "Units missing values for the period",
    conflicts_heading: "Indicators recorded in different units",
    complete_line: |complete, all, word| {
        format!("{complete}/{all} {word} have every value for the period")
    },
    period_line: |start, end| format!("Reporting period: {start} to {end}"),
    consolidated_row: "Consolidated",
    nothing: "None",
    col_attention: "Need attention",
    pdf_title: "CONSOLIDATED DIGITAL TRANSFORMATION REPORT",
    pdf_section_indicators: "1. Consolidated results by indicator",
    pdf_section_units: "2. Results of the units",
    pdf_section_completeness: "3. Completeness of the data",
    pdf_members: |read, failed, word| {
        if failed == 0 {
            format!("Consolidated from the plans of {read} {word}.")
        } else {
            format!(
                "Consolidated from the plans of {read} {word}; {failed} files could not be read (see section 3)."
            )
        }
    },
    opened_toast: |members, failed| {
        if failed == 0 {
            format!("Consolidated {members} plans.")
        } else {
            format!("Consolidated {members} plans; {failed} files could not be read.")
        }
    },
    collection_saved: |path| format!("Saved the collection {path}"),
    example_saved: |path| format!("Saved the example files in {path}"),
    written_toast: |count, name| {
        format!("Wrote {count} consolidated values into {name}. Press Ctrl+Z to undo.")
    },
    menu_folder: "Consolidate many plans…",
    menu_files: "Consolidate chosen files…",
    menu_show: "Show the collection",
    start_heading: "Consolidate many plans",
    start_hint: "Choose the folder holding the communes' plan files: Lộ Trình reads (never changes) each file and tells the province's figure, which units are behind, and on what.",
    example_button: "Example: 12 communes of a made-up province",
    back_to_plan: "‹ Back to the plan",
    back_to_start: "‹ Start screen",
    close: "Close the collection",
    save: "Save the collection",
    save_example: "Save the example files into a folder…",
    export_menu: "Export",
    export_xlsx: "Export Excel…",
    export_pdf: "Export PDF report…",
    write_menu: "Write into a plan",
    write_open_plan: "The open plan",
    write_pick_plan: "Choose a (province) plan file…",
    write_new_plan: "A new plan from the collection",
    tab_summary: "Summary",
    tab_matrix: "Matrix",
    tab_ranking: "Ranking",
    tab_indicator: "By indicator",
    tab_completeness: "Completeness",
    title_field: "Title",
    as_of_field: "Reporting date",
    members_line: |members, failed, duplicates, word| {
        let mut line = format!("{members} {word}");
        if failed > 0 {
            line.push_str(&format!(" · {failed} files failed"));
        }
        if duplicates > 0 {
            line.push_str(&format!(" · {duplicates} second files"));
        }
        line
    },
    unsaved: "unsaved",
    changed_banner: |count| {
        format!("{count} plan files have changed on disk since they were read.")
    },
    reload: "Read again",
    dismiss: "Ignore",
    failed_banner: |count| format!("{count} files could not be read — see “Completeness”."),
    sort_by_unit: "Sort by unit name",
    sort_by_rank: "Sort by rank",
    sort_by_indicator: |name| format!("Sort by: {name}"),
    cell_name: |unit, indicator, value, status| format!("{unit} · {indicator}: {value} ({status})"),
    read_only: "Read only — the file is not changed",
    back_to_collection: "‹ Back to the collection",
    member_heading: |unit, date| format!("{unit} — judged at the reporting date {date}"),
    rule_label: "Rule",
    rule_default: |name| format!("Default: {name}"),
    target_line: "Target",
    consolidated_line: "Consolidated value",
    write_title: "Write the consolidated values into a plan",
    write_into: |name| format!("Plan: {name}"),
    written_count: |count| {
        format!(
            "Will write {count} values (dated on the reporting date, the note gives the rule and the unit count):"
        )
    },
    replaced_count: |count| format!("of which {count} replace a value of the same date"),
    skipped_count: |count| format!("{count} indicators not written:"),
    skip_not_in_plan: "the plan has no such indicator",
    skip_no_figure: "no consolidated value (listed, units differ, or no data)",
    skip_other_unit: "the plan records this indicator in another unit",
    skip_bad_value: "the value does not fit the plan's unit",
    apply_write: "Write (can be undone)",
    close_title: "The collection has unsaved changes",
    close_question: "Save the title, reporting date and rules chosen before closing?",
    status_counts_label: "Indicators by assessment",
    units_by_status: "Units by assessment",
    indicator_count: |count| {
        if count == 1 {
            "1 indicator".to_owned()
        } else {
            format!("{count} indicators")
        }
    },
};
