//! The strings of the next plan: the roll-forward preview, the yearly steps in the editor and by
//! `lotrinh check`, the per-indicator fields of the annual plan, and the annual plan document
//! ("Kế hoạch chuyển đổi số năm 2026"). One table per language.

pub mod en;
pub mod vi;

pub use en::EN;
pub use vi::VI;

use crate::i18n::{Lang, value_text};
use crate::model::Indicator;
use crate::planning::{StepError, StepMethod, StepProblem};

/// Next-plan strings of one language.
pub struct PlanningTexts {
    /// Menu item, start-screen button and preview title.
    pub roll_forward: &'static str,
    /// Tooltip of the menu item.
    pub roll_forward_hint: &'static str,
    /// Above the preview: source file name and cut-off date.
    pub roll_intro: fn(&str, &str) -> String,
    /// The first-year field.
    pub first_year: &'static str,
    /// The preview's column headings.
    pub roll_columns: [&'static str; 4],
    /// A baseline taken: value and date.
    pub baseline_taken: fn(&str, &str) -> String,
    /// A baseline left unset.
    pub baseline_missing: &'static str,
    /// Under the table: how many baselines stay unset and up to which date, then their names.
    pub missing_list: fn(usize, &str) -> String,
    /// No target of the new period.
    pub no_new_targets: &'static str,
    /// A carried target: year and value.
    pub carried: fn(i32, &str) -> String,
    /// Old targets left in the old file: count.
    pub targets_left: fn(usize) -> String,
    /// The raise checkbox: year and the target as it is.
    pub raise_of: fn(i32, &str) -> String,
    /// The raised value's field: indicator name.
    pub raise_value_of: fn(&str) -> String,
    /// Nothing to raise.
    pub nothing_to_raise: &'static str,
    /// Met already, with nothing higher to aim at: kept as it is.
    pub met_kept: &'static str,
    /// The yearly-steps choice of the preview.
    pub steps_choice: &'static str,
    /// Leave the yearly targets as they are.
    pub steps_none: &'static str,
    /// Button: create the new plan.
    pub create: &'static str,
    /// Toast once created: first and last year, unset baselines.
    pub created: fn(i32, i32, usize) -> String,
    /// The new plan's title: unit name, first and last year.
    pub plan_title: fn(&str, i32, i32) -> String,
    /// A baseline's source: the year and the old file.
    pub baseline_source: fn(i32, &str) -> String,
    /// A raised target's source: the year reached.
    pub raised_source: fn(i32) -> String,
    /// A yearly step's source: the method's name and the final year.
    pub step_source: fn(&str, i32) -> String,
    /// The suggested file name: first and last year.
    pub file_name: fn(i32, i32) -> String,
    /// The baseline's source field.
    pub baseline_source_field: &'static str,
    /// The predecessor line on the plan's tab: file name.
    pub predecessor: fn(&str) -> String,
    /// The editor's heading of the yearly steps.
    pub steps_heading: &'static str,
    /// Names of the methods, in [`StepMethod::ALL`] order.
    pub methods: [&'static str; 2],
    /// The method selector's label.
    pub method_field: &'static str,
    /// Button: fill the years between (first and last year filled).
    pub fill_years: fn(i32, i32) -> String,
    /// Why the steps cannot be filled.
    pub step_error: fn(StepError) -> &'static str,
    /// A year going backwards: year, value, previous year, previous value.
    pub backwards: fn(i32, &str, i32, &str) -> String,
    /// A year beyond the final target: year, value, final year, final value.
    pub past_final: fn(i32, &str, i32, &str) -> String,
    /// A year skipped: year, final year.
    pub missing_year: fn(i32, i32) -> String,
    /// The task field (nhiệm vụ, giải pháp).
    pub field_task: &'static str,
    /// The due field (thời hạn).
    pub field_due: &'static str,
    /// Hint under the annual-plan fields.
    pub annual_fields_hint: &'static str,
    /// `lotrinh new --from`: a target raised: year, from, to.
    pub cli_raised: fn(i32, &str, &str) -> String,
    /// The annual plan document's strings.
    pub document: &'static AnnualPlanTexts,
}

/// Strings of the annual plan document ("Kế hoạch chuyển đổi số năm 2026").
pub struct AnnualPlanTexts {
    /// Menu: export it as PDF.
    pub export_pdf: &'static str,
    /// Menu: export it as Word.
    pub export_docx: &'static str,
    /// Tooltip of both.
    pub export_tip: &'static str,
    /// Toast once written: path.
    pub written: fn(&str) -> String,
    /// Its suggested file name without extension: year.
    pub file_stem: fn(i32) -> String,
    /// "KẾ HOẠCH".
    pub kind: &'static str,
    /// Its subject: year.
    pub subject: fn(i32) -> String,
    /// Section I.
    pub heading_purpose: &'static str,
    /// Section I's text: unit, year, final year.
    pub purpose: fn(&str, i32, i32) -> String,
    /// Section II: year.
    pub heading_targets: fn(i32) -> String,
    /// Section II's text: count with a target, year, the pillars' counts.
    pub targets_text: fn(usize, i32) -> String,
    /// A pillar's line: pillar name, its count.
    pub pillar_line: fn(&str, usize) -> String,
    /// Section III.
    pub heading_tasks: &'static str,
    /// A task line: task, lead, due.
    pub task_line: fn(&str, &str, &str) -> String,
    /// No task written.
    pub no_tasks: &'static str,
    /// Section IV.
    pub heading_organisation: &'static str,
    /// Section IV's text: unit.
    pub organisation: fn(&str) -> String,
    /// Section IV's text in the party layout.
    pub organisation_party: &'static str,
    /// The appendix title: year.
    pub appendix_title: fn(i32) -> String,
    /// "(Kèm theo Kế hoạch số … ngày …)": number, date.
    pub attached: fn(&str, &str) -> String,
    /// Columns: STT, indicator, unit, last year's result (year), this year's target (year), the
    /// final target (year), task, lead, due.
    pub columns: fn(i32, i32, i32) -> [String; 9],
}

/// The sentence of a roadmap problem, values written as `indicator`'s unit.
pub fn step_problem_text(problem: &StepProblem, indicator: &Indicator, lang: Lang) -> String {
    let texts = lang.texts().planning;
    let value = |v: f64| value_text(indicator, v, lang);
    match *problem {
        StepProblem::Backwards {
            year,
            value: v,
            previous_year,
            previous_value,
        } => (texts.backwards)(year, &value(v), previous_year, &value(previous_value)),
        StepProblem::PastFinal {
            year,
            value: v,
            final_year,
            final_value,
        } => (texts.past_final)(year, &value(v), final_year, &value(final_value)),
        StepProblem::MissingYear { year, final_year } => (texts.missing_year)(year, final_year),
    }
}

/// The name of a method in `lang`.
pub fn method_name(method: StepMethod, lang: Lang) -> &'static str {
    let [line, growth] = lang.texts().planning.methods;
    match method {
        StepMethod::StraightLine => line,
        StepMethod::GrowthRate => growth,
    }
}

/// The words a plan rolled forward from `project` (read from the file `predecessor`) is written
/// with in `lang`, reported as of `as_of`.
pub fn roll_words(
    project: &crate::model::Project,
    preview: &crate::planning::RollPreview,
    predecessor: &str,
    as_of: chrono::NaiveDate,
    lang: Lang,
) -> crate::planning::RollWords {
    let texts = lang.texts().planning;
    let last = final_year(preview);
    let method = preview.steps.map_or("", |m| method_name(m, lang));
    crate::planning::RollWords {
        predecessor: predecessor.to_owned(),
        title: (texts.plan_title)(&in_sentence(&project.unit.name), preview.year, last),
        baseline_source: (texts.baseline_source)(preview.year - 1, predecessor),
        raised_source: (texts.raised_source)(preview.year - 1),
        step_source: (texts.step_source)(method, last),
        as_of,
    }
}

/// The last year of the new period: the latest target carried, else four years on.
pub fn final_year(preview: &crate::planning::RollPreview) -> i32 {
    preview
        .rows
        .iter()
        .flat_map(|row| row.targets.iter().map(|t| t.year))
        .max()
        .unwrap_or(preview.year + 4)
}

/// A unit's name as it stands inside a sentence: "Xã Tân Hòa" → "xã Tân Hòa".
pub fn in_sentence(name: &str) -> String {
    const LEVEL_WORDS: [&str; 7] = [
        "Xã ",
        "Phường ",
        "Thị trấn ",
        "Đặc khu ",
        "Tỉnh ",
        "Huyện ",
        "Thành phố ",
    ];
    match LEVEL_WORDS.iter().find(|word| name.starts_with(*word)) {
        Some(word) => format!("{}{}", word.to_lowercase(), &name[word.len()..]),
        None => name.to_owned(),
    }
}
