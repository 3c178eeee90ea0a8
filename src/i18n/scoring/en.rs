//! English scoring strings.

use super::ScoringTexts;

/// The English table.
pub static EN: ScoringTexts = ScoringTexts {
    index_io: |path, reason| format!("Could not read the index “{path}”: {reason}."),
    index_not_text: |path| format!("“{path}” is not a Lộ Trình index (too large, or not text)."),
    index_unknown_rule: |line, found| {
        format!(
            "The index uses a scoring rule “{found}” (line {line}) this program does not know. The \
             rules are: Ratio, Steps, Thresholds, YesNo, Choice (by role) and Manual (points \
             entered by hand)."
        )
    },
    index_syntax: |line, column, detail| {
        format!(
            "The index has an error at line {line}, column {column}: {detail}. Nothing was changed."
        )
    },
    index_wrong_format: |found| {
        format!(
            "This file is not an index (format: “{found}”, expected “lotrinh-chi-so”). Open plan \
             files with File: Open."
        )
    },
    index_newer: |version| {
        format!(
            "The index was written by a newer version (file version {version}). Please update Lộ Trình."
        )
    },
    index_invalid: |id, problem| format!("The index cannot be used: “{id}” {problem}."),
    problem_points: "has invalid points (they must be a number of 0 or more)",
    problem_step: "has an invalid step (a step's points above the maximum, or a share outside 0–1)",
    problem_empty: "has no steps, bands or choices",
    problem_id: "has a repeated or invalid id (lowercase ASCII letters, digits and underscores only)",
    problem_indicator: "names an invalid indicator id",
    warn_group_points: |group, criteria, max| {
        format!(
            "Group “{group}”: its criteria's maximum points add up to {criteria}, not the group's maximum ({max})."
        )
    },
    warn_total_points: |groups, max| {
        format!("The groups' maximum points add up to {groups}, not the index's total ({max}).")
    },
    warn_missing_indicator: |criterion, indicator| {
        format!(
            "Criterion “{criterion}” reads the indicator “{indicator}”, which the plan does not \
             have: it scores 0. Add the indicator to the plan or change the index."
        )
    },
    points: |p| format!("{p} points"),
    words_remainder: |part, left| format!("100% - {part} = {left}"),
    words_at_most: |value, most, share| format!("{value}, at most {most} allowed: {share}"),
    words_capped: |so_far| format!("{so_far}, above 100% so counted as 100%"),
    words_step: |value, step, points| format!("{value}, step {step} reached: {points} points"),
    words_no_step: |value, points| format!("{value}, no step reached: {points} points"),
    words_band: |value, band, share, max, points| {
        format!("{value}, band {band} reached: {share} × {max} points = {points} points")
    },
    words_yes_no: |answer, points| format!("{answer}: {points} points"),
    words_choice: |choice, share, max, points| {
        format!("{choice}: {share} × {max} points = {points} points")
    },
    words_manual: |entered, max, points| {
        format!("Self-scored {entered} points (at most {max}): {points} points")
    },
    words_older: |date| format!(" (value of {date}; none newer in the year)"),
    missing_indicator: |id| format!("the plan has no indicator “{id}” — 0 points"),
    missing_value: "no data yet — 0 points",
    missing_zero_denominator: "the denominator is 0, no ratio — 0 points",
    missing_full_mark: |year| format!("no {year} target to compare with — 0 points"),
    missing_choice: "not chosen yet — 0 points",
    missing_points: "no self-score entered yet — 0 points",
    step_at_least: |value| format!("at least {value}"),
    step_at_most: |value| format!("at most {value}"),
    cli_headline: |unit, year, total, max, index| {
        format!("{unit} — self-assessment {year}: {total}/{max} points, index {index}")
    },
    cli_gaps: "Criteria that would raise the score most",
    cli_warnings: "Notes on the index",
    tab: "Self-assessment",
    heading: |year| format!("Digital-transformation self-assessment {year}"),
    index_label: "Index",
    bundled_note: "Lộ Trình's bundled index; its points are suggestions",
    open_index: "Open index…",
    use_bundled: "Use the bundled index",
    index_opened: |name| format!("Opened the index {name}"),
    no_index: "No index to score by. Open the one your province issued.",
    year_label: "Year scored",
    year_reporting: |year| format!("{year} (reporting year)"),
    values_at: |date| format!("Values as of {date}"),
    total_card: "Total points",
    index_card: "Index (0–1)",
    missing_card: "Criteria without data",
    gap_line: |points, name| format!("+{points} points — {name}"),
    chart_heading: "Points by group against the maximum",
    chart_points: "Points scored",
    chart_max: "Maximum",
    years_heading: "Total points by year",
    col_number: "No.",
    col_criterion: "Criterion",
    col_max: "Max. points",
    col_rule: "How scored",
    col_points: "Self-score",
    col_explanation: "Explanation",
    col_evidence: "Evidence",
    explanation_of: |name| format!("Explanation — {name}"),
    evidence_of: |name| format!("Evidence — {name}"),
    choice_of: |name| format!("Choice — {name}"),
    points_of: |name| format!("Self-score — {name}"),
    choice_none: "— choose —",
    evidence_expected: |evidence| format!("Expected: {evidence}"),
    source_of: |source| format!("Basis: {source}"),
    points_out_of_range: |max| format!("Points must be between 0 and {max}"),
    ranking_heading: "Ranking by self-assessment points",
    col_unit: "Unit",
    col_rank: "Rank",
    report_subject: |year| format!("Self-assessment of digital transformation, {year}"),
    report_heading_result: "I. SELF-ASSESSMENT RESULT",
    report_heading_gaps: "II. CRITERIA TO RAISE THE SCORE",
    report_total: |index, total, max, value| {
        format!(
            "By the {index}, the unit scored itself {total} of {max} points, an index of {value}."
        )
    },
    report_group: |name, points, max| format!("{name}: {points} of {max} points"),
    report_missing: |count| {
        format!(
            "{count} criteria have no data and score 0; their values and evidence are still to be added."
        )
    },
    report_form_title: |year| format!("Digital-transformation self-assessment form, {year}"),
    export_form: "Export the self-assessment form",
    export_pdf: "Form as PDF",
    export_docx: "Form as Word",
    export_xlsx: "Form as Excel",
    ranking_tab: "Points ranking",
    export_ranking: "Ranking as Excel",
    spread: |high, mean, median, low, units| {
        format!("{units} units: highest {high}, mean {mean}, median {median}, lowest {low} points")
    },
    units_count: |count| {
        if count == 1 {
            "1 unit".to_owned()
        } else {
            format!("{count} units")
        }
    },
    ranking_sheet: "Ranking",
    editor: &super::editor::EN,
};
