//! The strings of the filed report (header block, headings, sentences, drafts, the appendix) and of
//! the "Báo cáo" tab, one table per language ([`vi::DOCUMENT`], [`en::DOCUMENT`]), reached through
//! [`super::Texts::document`].

pub mod en;
pub mod vi;

use chrono::NaiveDate;

use crate::model::{DocumentLayout, SectionKind, SignMode, UnitLevel};

/// Strings of the filed report and of the "Báo cáo" tab, in one language.
pub struct DocumentTexts {
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub national_name: &'static str,
    /// "Độc lập - Tự do - Hạnh phúc".
    pub motto: &'static str,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM".
    pub party_name: &'static str,
    /// The number line: party layout?, number and symbol.
    pub number_line: fn(bool, &str) -> String,
    /// The place-and-date line: place, date.
    pub place_date: fn(&str, NaiveDate) -> String,
    /// The kind of document: "BÁO CÁO".
    pub kind: &'static str,
    /// Heading I: results.
    pub heading_results: &'static str,
    /// Heading II: shortcomings and their causes.
    pub heading_shortcomings: &'static str,
    /// Heading III: tasks and solutions ahead.
    pub heading_tasks: &'static str,
    /// Heading IV: recommendations.
    pub heading_proposals: &'static str,
    /// Sub-heading of I: overall results.
    pub result_overall: &'static str,
    /// Sub-heading of I: results by pillar.
    pub result_by_pillar: &'static str,
    /// Sub-heading of I: milestones due so far.
    pub result_milestones: &'static str,
    /// "Số chỉ tiêu đạt và vượt: X/Y": achieved, total.
    pub achieved_share: fn(usize, usize) -> String,
    /// How many indicators are behind or at risk (shown in the appendix).
    pub attention_sentence: fn(usize) -> String,
    /// Pointer to the appendix.
    pub appendix_note: &'static str,
    /// A milestone judged: year, achieved, exceeded, judged.
    pub milestone_judged: fn(i32, usize, usize, usize) -> String,
    /// The indicators that missed it, joined.
    pub milestone_missed: fn(&str) -> String,
    /// No milestone judged yet: the next one due.
    pub no_milestone_judged: fn(Option<i32>) -> String,
    /// "Nơi nhận:".
    pub recipients_heading: &'static str,
    /// "TM." (administrative) or "T/M" (party).
    pub on_behalf: fn(DocumentLayout) -> &'static str,
    /// "KT." (administrative) or "K/T" (party).
    pub deputy: fn(DocumentLayout) -> &'static str,
    /// "PHỤ LỤC".
    pub appendix_heading: &'static str,
    /// "Kết quả thực hiện các chỉ tiêu chuyển đổi số".
    pub appendix_title: &'static str,
    /// "(Kèm theo Báo cáo số … ngày …)": number, date.
    pub appendix_attached: fn(&str, &str) -> String,
    /// Heading of the trajectories in the appendix.
    pub charts_heading: &'static str,
    /// Column group "Mục tiêu / Kế hoạch".
    pub col_plan: &'static str,
    /// Sub-column: the plan of the reporting year (its target, else the point of the planned path
    /// at 31 December), named as a plan, not as the target the shares compare with.
    pub col_year: fn(i32) -> String,
    /// Sub-column: the next milestone.
    pub col_milestone: fn(i32) -> String,
    /// Column "Thực hiện".
    pub col_result: &'static str,
    /// Column "So với chỉ tiêu (%)".
    pub col_share: &'static str,
    /// Column "So với chỉ tiêu 2030 (%)" when the shares compare with the targets of another year
    /// than the reporting year's plan.
    pub col_share_year: fn(i32) -> String,
    /// A cell of "So với chỉ tiêu (%)" compared with a target of another year than the column's:
    /// the percent and that target's year, "86 (chỉ tiêu 2030)".
    pub share_with_year: fn(&str, i32) -> String,
    /// Column "Mức độ hoàn thành lộ trình (%)".
    pub col_roadmap: &'static str,
    /// A unit level's word in capitals.
    pub level_caps: fn(UnitLevel) -> &'static str,
    /// The reporting period: month and year of the reporting date.
    pub period: fn(u32, i32) -> String,
    /// Default first issuer line of the administrative layout.
    pub people_committee: &'static str,
    /// Default first issuer line of the party layout: the unit in capitals.
    pub party_committee_of: fn(&str) -> String,
    /// Default second issuer line of the party layout.
    pub cell_placeholder: &'static str,
    /// Default number and symbol of a layout.
    pub default_number: fn(DocumentLayout) -> &'static str,
    /// Default subject of a layout from the period.
    pub default_subject: fn(DocumentLayout, &str) -> String,
    /// Default body signed for in a layout.
    pub default_on_behalf: fn(DocumentLayout) -> &'static str,
    /// Default signer's title in a layout.
    pub default_title: fn(DocumentLayout) -> &'static str,
    /// Default recipients of the administrative layout.
    pub admin_recipients: &'static [&'static str],
    /// Default recipients of the party layout.
    pub party_recipients: &'static [&'static str],
    /// Kinds of document by the letters of their symbol ("KH" → "Kế hoạch").
    pub document_kinds: &'static [(&'static str, &'static str)],
    /// The kind when the symbol says nothing.
    pub generic_kind: &'static str,
    /// A basis document in a sentence: kind, number, date, issuer (any may be empty).
    pub basis_reference: fn(&str, &str, &str, &str) -> String,
    /// Draft opening: basis, party layout?, unit, period.
    pub draft_opening: fn(Option<&str>, bool, &str, &str) -> String,
    /// Draft: one indicator line: name, detail.
    pub draft_item: fn(&str, &str) -> String,
    /// Draft: how many are behind or at risk.
    pub draft_attention: fn(usize) -> String,
    /// Draft: how many missed a milestone.
    pub draft_missed: fn(usize) -> String,
    /// Draft: indicators without data: count, names.
    pub draft_no_data: fn(usize, &str) -> String,
    /// Draft: nothing is behind.
    pub draft_all_good: &'static str,
    /// Draft: causes, for the officer to write.
    pub draft_causes: &'static str,
    /// Draft: focus on the indicators behind.
    pub draft_focus: &'static str,
    /// Draft: the pace needed: pace, target, year.
    pub draft_pace: fn(&str, &str, i32) -> String,
    /// Draft: reach the target: target, year.
    pub draft_reach: fn(&str, i32) -> String,
    /// Draft: reach a per-year total within its year (the count starts again each January):
    /// total, year.
    pub draft_reach_in_year: fn(&str, i32) -> String,
    /// Draft: set a target first.
    pub draft_set_target: &'static str,
    /// Draft: collect the missing data: names.
    pub draft_update_data: fn(&str) -> String,
    /// Draft: keep the results achieved.
    pub draft_keep: &'static str,
    /// Draft: ask for support on these indicators: names.
    pub draft_support: fn(&str) -> String,
    /// Draft: ask for guidance on data.
    pub draft_guidance: &'static str,
    /// Draft: the closing sentence: party layout?, unit, period.
    pub draft_closing: fn(bool, &str, &str) -> String,
    /// The tab.
    pub tab: &'static str,
    /// Heading of the settings form.
    pub settings_heading: &'static str,
    /// Label: layout.
    pub layout_label: &'static str,
    /// The name of a layout.
    pub layout_name: fn(DocumentLayout) -> &'static str,
    /// Label: parent body.
    pub parent_label: &'static str,
    /// Label: issuer, first line.
    pub issuer_label: &'static str,
    /// Label: issuer, second line.
    pub issuer_unit_label: &'static str,
    /// Label: number and symbol.
    pub number_label: &'static str,
    /// Label: place name.
    pub place_label: &'static str,
    /// Label: date.
    pub date_label: &'static str,
    /// Hint under an empty date.
    pub date_hint: &'static str,
    /// Label: subject.
    pub subject_label: &'static str,
    /// Label: how the signer signs.
    pub sign_mode_label: &'static str,
    /// The name of a signing mode.
    pub sign_mode_name: fn(SignMode) -> &'static str,
    /// Label: whom the signer signs for.
    pub on_behalf_label: &'static str,
    /// Label: signer's title.
    pub signer_title_label: &'static str,
    /// Label: signer's name.
    pub signer_name_label: &'static str,
    /// Label: recipients.
    pub recipients_label: &'static str,
    /// Heading of the written sections.
    pub sections_heading: &'static str,
    /// The name of a written section.
    pub section_name: fn(SectionKind) -> &'static str,
    /// Hint: an empty section is drafted from the data in the report.
    pub empty_section_hint: &'static str,
    /// Button: draft from the data.
    pub draft_button: &'static str,
    /// Accessible name of a draft button: section name.
    pub draft_button_for: fn(&str) -> String,
    /// Question title before replacing written text.
    pub replace_title: &'static str,
    /// Question before replacing written text: section name.
    pub replace_question: fn(&str) -> String,
    /// Answer: replace.
    pub replace_confirm: &'static str,
    /// Answer: keep.
    pub replace_keep: &'static str,
    /// Heading of the live outline.
    pub outline_heading: &'static str,
    /// Outline: the appendix: tables, charts.
    pub outline_appendix: fn(usize, usize) -> String,
    /// Menu: export the Word file.
    pub export_docx: &'static str,
    /// Error: the Word writer failed: reason.
    pub docx_failed: fn(&str) -> String,
}
