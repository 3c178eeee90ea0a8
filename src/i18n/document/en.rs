//! The English strings of the filed report and of the "Báo cáo" tab (for donors and trainers: the
//! same structure, English headings).

use chrono::{Datelike as _, NaiveDate};

use super::DocumentTexts;
use crate::model::{DocumentLayout, SectionKind, SignMode, UnitLevel};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn place_date(place: &str, date: NaiveDate) -> String {
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    let when = format!("{} {month} {}", date.day(), date.year());
    if place.is_empty() {
        when
    } else {
        format!("{place}, {when}")
    }
}

fn period(month: u32, year: i32) -> String {
    match month {
        12 => format!("in {year}"),
        3 => format!("in the first quarter of {year}"),
        1 => format!("in January {year}"),
        _ => format!("in the first {month} months of {year}"),
    }
}

/// The English table.
pub static DOCUMENT: DocumentTexts = DocumentTexts {
    national_name: "SOCIALIST REPUBLIC OF VIETNAM",
    motto: "Independence - Freedom - Happiness",
    party_name: "COMMUNIST PARTY OF VIETNAM",
    number_line: |_, number| format!("No. {number}"),
    place_date,
    kind: "REPORT",
    heading_results: "I. RESULTS",
    heading_shortcomings: "II. SHORTCOMINGS AND THEIR CAUSES",
    heading_tasks: "III. TASKS AND SOLUTIONS AHEAD",
    heading_proposals: "IV. RECOMMENDATIONS",
    result_overall: "1. Overall results",
    result_by_pillar: "2. Results by pillar",
    result_milestones: "3. Milestones due so far",
    achieved_share: |achieved, total| {
        format!("Indicators achieved or exceeded: {achieved}/{total}.")
    },
    attention_sentence: |count| {
        format!(
            "{count} indicators are behind schedule, at risk or missed their latest milestone and need attention (trajectories in the appendix)."
        )
    },
    appendix_note: "(The result of each indicator is in the attached appendix.)",
    milestone_judged: |year, achieved, exceeded, judged| {
        let exceeded = if exceeded > 0 {
            format!(" ({exceeded} exceeded)")
        } else {
            String::new()
        };
        format!("{year} targets: {achieved}/{judged} indicators achieved{exceeded}.")
    },
    milestone_missed: |names| format!("Not achieved: {names}."),
    no_milestone_judged: |next| match next {
        Some(year) => {
            format!("No milestone is due yet; the next one is 31 December {year}.")
        }
        None => "The plan has no milestone to judge.".to_owned(),
    },
    recipients_heading: "Recipients:",
    on_behalf: |layout| match layout {
        DocumentLayout::Administrative => "ON BEHALF OF",
        DocumentLayout::Party => "ON BEHALF OF",
    },
    deputy: |layout| match layout {
        DocumentLayout::Administrative => "FOR",
        DocumentLayout::Party => "FOR",
    },
    appendix_heading: "APPENDIX",
    appendix_title: "Results of the digital transformation indicators",
    appendix_attached: |number, date| format!("(Attached to Report No. {number} of {date})"),
    charts_heading: "Trajectories of the indicators that need attention",
    col_plan: "Target / plan",
    col_year: |year| format!("Plan {year}"),
    col_milestone: |year| format!("Milestone {year}"),
    col_result: "Result",
    col_share: "Against target (%)",
    col_share_year: |year| format!("Against {year} target (%)"),
    share_with_year: |percent, year| format!("{percent} ({year} target)"),
    col_roadmap: "Share of roadmap (%)",
    level_caps: |level| match level {
        UnitLevel::Province => "PROVINCE",
        UnitLevel::Commune => "COMMUNE",
        UnitLevel::Ward => "WARD",
        UnitLevel::SpecialZone => "SPECIAL ZONE",
        UnitLevel::District => "DISTRICT",
    },
    period,
    people_committee: "PEOPLE'S COMMITTEE",
    party_committee_of: |unit| format!("PARTY COMMITTEE OF {unit}"),
    cell_placeholder: "PARTY CELL …",
    default_number: |layout| match layout {
        DocumentLayout::Administrative => "…/BC-UBND",
        DocumentLayout::Party => "…-BC/CB",
    },
    default_subject: |layout, period| match layout {
        DocumentLayout::Administrative => {
            format!("Results of the digital transformation plan {period}")
        }
        DocumentLayout::Party => format!("Leadership of the digital transformation tasks {period}"),
    },
    default_on_behalf: |layout| match layout {
        DocumentLayout::Administrative => "PEOPLE'S COMMITTEE",
        DocumentLayout::Party => "PARTY CELL",
    },
    default_title: |layout| match layout {
        DocumentLayout::Administrative => "CHAIRPERSON",
        DocumentLayout::Party => "SECRETARY",
    },
    admin_recipients: &[
        "Department of Science and Technology;",
        "Standing Committee of the commune Party Committee;",
        "Standing Committee of the commune People's Council;",
        "Chairperson and Vice-Chairpersons;",
        "Archive: VT.",
    ],
    party_recipients: &[
        "Commune Party Committee (for information),",
        "Cell archive.",
    ],
    document_kinds: &[
        ("KH", "Plan"),
        ("NQ", "Resolution"),
        ("QĐ", "Decision"),
        ("CT", "Directive"),
        ("HD", "Guidance"),
        ("CTr", "Programme"),
        ("ĐA", "Scheme"),
        ("KL", "Conclusion"),
    ],
    generic_kind: "Document",
    basis_reference: |kind, number, date, issuer| {
        let mut text = format!("{kind} No. {number}");
        if !date.is_empty() {
            text.push_str(&format!(" of {date}"));
        }
        if !issuer.is_empty() {
            text.push_str(&format!(" by {issuer}"));
        }
        text
    },
    draft_opening: |basis, party, unit, period| {
        let who = if party {
            "The party cell".to_owned()
        } else {
            format!("The People's Committee of {unit}")
        };
        match basis {
            Some(basis) => format!(
                "Pursuant to {basis}, {who} reports on digital transformation {period} as follows:"
            ),
            None => format!("{who} reports on digital transformation {period} as follows:"),
        }
    },
    draft_item: |name, detail| format!("+ {name}: {detail}"),
    draft_attention: |count| format!("- {count} indicators are behind schedule or at risk:"),
    draft_missed: |count| format!("- {count} indicators missed a milestone:"),
    draft_no_data: |count, names| format!("- {count} indicators have no data yet: {names}."),
    draft_all_good: "- Every indicator is achieved or on track.",
    draft_causes: "- Causes: (state the objective and subjective causes).",
    draft_focus: "- Focus on the indicators behind schedule or missed:",
    draft_pace: |pace, target, year| format!("{pace} {target} by the end of {year}."),
    draft_reach: |target, year| format!("aim for {target} by the end of {year}."),
    draft_reach_in_year: |total, year| format!("aim for {total} in {year}."),
    draft_set_target: "set a concrete target.",
    draft_update_data: |names| {
        format!("- Collect and update the data of the indicators without data: {names}.")
    },
    draft_keep: "- Keep up and improve the results already achieved.",
    draft_support: |names| {
        format!(
            "- Request support from the higher level (funding, infrastructure, training) for: {names}."
        )
    },
    draft_guidance: "- Request guidance on how to compute and source the indicators without data.",
    draft_closing: |party, unit, period| {
        if party {
            format!("This is the party cell's report on digital transformation {period}.")
        } else {
            format!(
                "This is the report of the People's Committee of {unit} on digital transformation {period}."
            )
        }
    },
    tab: "Report",
    settings_heading: "Document form",
    layout_label: "Layout",
    layout_name: |layout| match layout {
        DocumentLayout::Administrative => "Administrative (Decree 30/2020)",
        DocumentLayout::Party => "Party (Guidance 36-HD/VPTW)",
    },
    parent_label: "Parent body (if any)",
    issuer_label: "Issuing body (line 1)",
    issuer_unit_label: "Issuing body (line 2)",
    number_label: "Number and symbol",
    place_label: "Place name",
    date_label: "Document date",
    date_hint: "Empty: the export date is printed.",
    subject_label: "Subject",
    sign_mode_label: "Signature",
    sign_mode_name: |mode| match mode {
        SignMode::OnBehalf => "On behalf of (TM.)",
        SignMode::Deputy => "For the head (KT.)",
        SignMode::Own => "In own name",
    },
    on_behalf_label: "On behalf of / for",
    signer_title_label: "Signer's title",
    signer_name_label: "Signer's name",
    recipients_label: "Recipients (one per line)",
    sections_heading: "Report text",
    section_name: |kind| match kind {
        SectionKind::Opening => "Opening paragraph",
        SectionKind::Shortcomings => "Shortcomings and their causes",
        SectionKind::Tasks => "Tasks and solutions ahead",
        SectionKind::Proposals => "Recommendations",
    },
    empty_section_hint: "Empty: the report uses the draft written from the data.",
    draft_button: "Draft from the data",
    draft_button_for: |section| format!("Draft from the data: {section}"),
    replace_title: "Replace the text you wrote?",
    replace_question: |section| {
        format!(
            "“{section}” already has text. Replace it with the draft from the data? (Ctrl+Z undoes it.)"
        )
    },
    replace_confirm: "Replace with the draft",
    replace_keep: "Keep my text",
    outline_heading: "Document outline",
    outline_appendix: |tables, charts| {
        format!("Appendix (landscape): {tables} tables by pillar, {charts} trajectory charts")
    },
    export_docx: "Export Word report (.docx)…",
    docx_failed: |reason| format!("The Word file could not be written: {reason}"),
};
