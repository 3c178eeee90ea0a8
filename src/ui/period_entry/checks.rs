//! Beside each row of the period entry: what the typed value would make of the indicator, and
//! the checks of the value (refused in red, doubts in orange).

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::entry::{EntryCheck, RowDraft, check_value};
use crate::i18n::{Lang, format_number, value_problem};
use crate::model::{Indicator, Measurement, ValueProblem};
use crate::progress::evaluate;
use crate::ui::{theme, words};

/// The change from the previous value and the status the typed value would give.
pub(super) fn preview_ui(
    ui: &mut Ui,
    indicator: &Indicator,
    current: Option<crate::progress::Status>,
    previous: Option<&Measurement>,
    row: &RowDraft,
    date: NaiveDate,
    lang: Lang,
) {
    let Some(value) = row.value(indicator, lang) else {
        if let Some(status) = current {
            words::status_chip(ui, status, false, lang);
        }
        return;
    };
    let mut with_new = indicator.clone();
    with_new.measurements.retain(|m| m.date != date);
    with_new.measurements.push(Measurement::new(date, value));
    let progress = evaluate(&with_new, date);
    ui.horizontal(|ui| {
        if let Some(previous) = previous {
            let change = value - previous.value;
            let sign = if change > 0.0 { "+" } else { "" };
            ui.label(RichText::new(format!("{sign}{}", format_number(change, 2, lang))).small());
        }
        words::progress_chips(ui, &progress, lang);
    });
}

/// The checks of the typed value: refused in red, doubts in orange.
pub(super) fn checks_ui(
    ui: &mut Ui,
    indicator: &Indicator,
    previous: Option<f64>,
    row: &RowDraft,
    lang: Lang,
) {
    let texts = lang.texts();
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    if let Some(column) = row.first_unreadable(indicator, lang) {
        refused.push(if column == 0 && indicator.unit.is_yes_no() {
            value_problem(ValueProblem::NotYesNo, lang).to_owned()
        } else {
            texts.entry_not_a_number.to_owned()
        });
    } else if let Some(value) = row.value(indicator, lang) {
        let [_, numerator, denominator] = row.numbers(indicator, lang);
        for check in check_value(indicator, previous, value, numerator, denominator) {
            let message = match check {
                EntryCheck::Invalid(problem) => value_problem(problem, lang).to_owned(),
                EntryCheck::RatioOnYesNo => texts.safety.ratio_on_yes_no.to_owned(),
                EntryCheck::NumeratorAboveDenominator => texts.entry_numerator_above.to_owned(),
                EntryCheck::PercentJump(change) => {
                    (texts.entry_jump_points)(&format_number(change.abs(), 1, lang))
                }
                EntryCheck::CountJump(ratio) => {
                    (texts.entry_jump_ratio)(&format_number(ratio, 1, lang))
                }
            };
            if check.blocks() {
                refused.push(message);
            } else {
                warnings.push(message);
            }
        }
    }
    let messages = refused.iter().chain(&warnings).cloned().collect::<Vec<_>>();
    if messages.is_empty() {
        return;
    }
    // A value that blocks applying is written in red, a doubt in orange.
    let color = if refused.is_empty() {
        theme::WARNING
    } else {
        theme::error_color(ui)
    };
    ui.add(egui::Label::new(RichText::new(messages.join("; ")).small().color(color)).truncate())
        .on_hover_text(messages.join("\n"));
}
