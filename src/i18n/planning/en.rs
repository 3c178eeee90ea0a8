//! English next-plan strings.

use super::{AnnualPlanTexts, PlanningTexts};
use crate::planning::StepError;

/// The English table.
pub static EN: PlanningTexts = PlanningTexts {
    roll_forward: "Plan the next period…",
    roll_forward_hint: "Make a new plan from a reviewed one: each baseline is last year's result, the 2030 targets are carried, the old values stay in the old file",
    roll_intro: |file, cutoff| {
        format!(
            "From “{file}”: each indicator's baseline is its last value up to {cutoff}. Earlier values stay in the old file; the new file names it as the previous plan."
        )
    },
    first_year: "First year",
    roll_columns: [
        "Indicator",
        "New baseline",
        "Targets carried",
        "Target already met",
    ],
    baseline_taken: |value, date| format!("{value} ({date})"),
    baseline_missing: "No value — left unset",
    missing_list: |count, cutoff| {
        if count == 1 {
            format!("1 indicator has no value up to {cutoff}; its baseline is left unset:")
        } else {
            format!(
                "{count} indicators have no value up to {cutoff}; their baseline is left unset:"
            )
        }
    },
    no_new_targets: "No target for the new period",
    carried: |year, value| format!("{year}: {value}"),
    targets_left: |count| {
        if count == 1 {
            "1 earlier target stays in the old file".to_owned()
        } else {
            format!("{count} earlier targets stay in the old file")
        }
    },
    raise_of: |year, value| format!("Raise the {year} target (now {value}, already met) to"),
    raise_value_of: |name| format!("Raised target of “{name}”"),
    nothing_to_raise: "—",
    met_kept: "Met; kept as it is (nothing higher to aim at)",
    steps_choice: "Yearly targets",
    steps_none: "Leave them",
    create: "Create the plan",
    created: |first, last, missing| {
        let missing = if missing == 0 {
            String::new()
        } else {
            format!(" {missing} indicators have no baseline.")
        };
        format!("The {first}–{last} plan is made.{missing} Press Ctrl+S to save it as a new file.")
    },
    plan_title: |unit, first, last| {
        format!("Digital transformation plan of {unit}, {first}–{last}")
    },
    baseline_source: |year, file| format!("{year} result — {file}"),
    raised_source: |year| {
        format!("Suggested: a target met in {year} raised when planning the next period")
    },
    step_source: |method, last| {
        format!("Yearly roadmap ({method}) from the baseline to the {last} target")
    },
    file_name: |first, last| format!("plan-{first}-{last}.ron"),
    baseline_source_field: "Source of the baseline",
    predecessor: |file| format!("Made from the previous plan: {file}"),
    steps_heading: "Yearly targets",
    methods: [
        "the same amount each year",
        "the same growth rate each year",
    ],
    method_field: "How to step",
    fill_years: |first, last| {
        if first == last {
            format!("Fill the {first} target")
        } else {
            format!("Fill the targets {first}–{last}")
        }
    },
    step_error: |error| match error {
        StepError::NoBaseline => "A baseline is needed to step towards the target.",
        StepError::NoFinalTarget => "A target after the baseline's year is needed (e.g. 2030).",
        StepError::NoYearBetween => {
            "There is no year left between the baseline and the final target."
        }
        StepError::YesNo => {
            "A yes/no indicator not yet reached has no yearly steps: set the target of the year it will be reached."
        }
        StepError::GrowthFromZero => {
            "The same growth rate needs a baseline and a final target above 0; choose “the same amount each year”."
        }
    },
    backwards: |year, value, previous_year, previous| {
        format!("The {year} target ({value}) goes backwards from {previous_year} ({previous}).")
    },
    past_final: |year, value, final_year, final_value| {
        format!(
            "The {year} target ({value}) is already beyond the {final_year} target ({final_value}): the roadmap cannot end at it without going backwards."
        )
    },
    missing_year: |year, final_year| {
        format!("The roadmap to {final_year} has no target for {year}.")
    },
    field_task: "Tasks and measures",
    field_due: "Due",
    annual_fields_hint: "Printed in the annual plan (columns Tasks, Lead agency, Due).",
    cli_raised: |year, from, to| format!("{year} target raised: {from} → {to}"),
    document: &DOCUMENT,
};

static DOCUMENT: AnnualPlanTexts = AnnualPlanTexts {
    export_pdf: "Export the annual plan (PDF)…",
    export_docx: "Export the annual plan (Word)…",
    export_tip: "The digital-transformation plan of the reporting year: its targets beside last year's result and the 2030 target, tasks, lead agencies, deadlines",
    written: |path| format!("Annual plan written: {path}"),
    file_stem: |year| format!("digital-transformation-plan-{year}"),
    kind: "PLAN",
    subject: |year| format!("Digital transformation in {year}"),
    heading_purpose: "I. PURPOSE AND REQUIREMENTS",
    purpose: |unit, year, last| {
        format!(
            "To turn the digital-transformation goals of {unit} to {last} into the targets and tasks of {year}, each with its lead agency and deadline.\nWork follows the targets set and is judged by the values measured; figures are updated every quarter and reviewed at the end of the year."
        )
    },
    heading_targets: |year| format!("II. DIGITAL TRANSFORMATION TARGETS FOR {year}"),
    targets_text: |count, year| {
        format!(
            "In {year} the unit aims at {count} digital-transformation targets (detailed in the appendix):"
        )
    },
    pillar_line: |pillar, count| format!("- {pillar}: {count} targets."),
    heading_tasks: "III. TASKS AND MEASURES",
    task_line: |task, lead, due| {
        let mut line = format!("- {task}");
        if !lead.is_empty() {
            line.push_str(&format!(" Lead: {lead}."));
        }
        if !due.is_empty() {
            line.push_str(&format!(" Due: {due}."));
        }
        line
    },
    no_tasks: "(Write each indicator's tasks in its “Tasks and measures” field.)",
    heading_organisation: "IV. ORGANISATION",
    organisation: |unit| {
        format!(
            "The agencies that lead each task draw up their detailed plans on the basis of this plan, carry them out and report every quarter to the People's Committee of {unit} (through the digital-transformation desk).\nDifficulties met along the way are reported at once so that the plan can be adjusted."
        )
    },
    organisation_party: "The members assigned to lead each task carry out this plan and report at the cell's quarterly meeting; the cell's secretary follows, urges and sums up.\nDifficulties met along the way are reported at once so that the cell can adjust the plan.",
    appendix_title: |year| format!("Digital transformation targets for {year}"),
    attached: |number, date| format!("(Attached to Plan No. {number} of {date})"),
    columns: |last_year, year, final_year| {
        [
            "No.".to_owned(),
            "Indicator".to_owned(),
            "Unit".to_owned(),
            format!("{last_year} result"),
            format!("{year} target"),
            format!("{final_year} target"),
            "Tasks and measures".to_owned(),
            "Lead agency".to_owned(),
            "Due".to_owned(),
        ]
    },
};
