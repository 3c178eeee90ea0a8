//! Under the period entry: apply the grid as one undoable change (asking before values are
//! replaced or the reporting date moves past today), or clear it.

use chrono::NaiveDate;
use egui::{Id, RichText, Ui};

use super::EntryDraft;
use crate::app::{Action, AppState, Command, Document, Edit, ProjectMeta};
use crate::entry::{Replacement, plan_entry};
use crate::i18n::{Lang, format_date, format_number};
use crate::ui::theme;

/// What applying the grid would do.
struct Plan {
    /// The changed indicators, as one edit each, and the move of the reporting date.
    edits: Vec<Edit>,
    /// How many indicators get a value.
    filled: usize,
    /// The values replaced.
    replaced: Vec<Replacement>,
    /// True when a cell holds something that cannot be applied.
    blocked: bool,
}

/// The edits that apply the draft ([`plan_entry`]), with the move of the reporting date to
/// `date` when `move_as_of`.
fn planned_edits(
    document: &Document,
    draft: &EntryDraft,
    date: NaiveDate,
    lang: Lang,
    move_as_of: bool,
) -> Plan {
    let planned = plan_entry(&document.project, &draft.rows, date, move_as_of, lang);
    let filled = planned.indicators.len();
    let mut edits: Vec<Edit> = planned
        .indicators
        .into_iter()
        .map(|indicator| Edit::Indicator(Box::new(indicator)))
        .collect();
    if let Some(as_of) = planned.as_of {
        let mut meta = ProjectMeta::of(&document.project);
        meta.as_of = as_of;
        edits.push(Edit::Meta(Box::new(meta)));
    }
    Plan {
        edits,
        filled,
        replaced: planned.replaced,
        blocked: planned.blocked,
    }
}

/// The apply and clear buttons, the replacement question and the keys.
pub(super) fn apply_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts();
    // A period that ends after today moves the reporting date only when the answer says so.
    let past_today = date > state.today && date > document.project.as_of;
    let plan = planned_edits(document, draft, date, lang, draft.move_as_of && !past_today);
    let filled = plan.filled;
    if draft.confirm_replace && !plan.replaced.is_empty() {
        ui.colored_label(theme::WARNING, texts.entry_replace_question);
        for replacement in &plan.replaced {
            ui.label(format!(
                "• {}: {} → {}",
                replacement.indicator_name,
                format_number(replacement.old, 2, lang),
                format_number(replacement.new, 2, lang)
            ));
        }
    }
    ui.horizontal(|ui| {
        let label = if draft.confirm_replace && !plan.replaced.is_empty() {
            texts.entry_replace_apply
        } else {
            texts.entry_apply
        };
        let enabled = filled > 0 && !plan.blocked;
        let button = ui
            .add_enabled(
                enabled,
                egui::Button::new((texts.entry_apply_count)(label, filled)).shortcut_text(
                    crate::ui::commands::shortcut_text(ui.ctx(), Command::ApplyEntry),
                ),
            )
            .on_hover_text(Command::ApplyEntry.tooltip(lang));
        let by_keyboard = enabled && crate::ui::commands::pressed(ui, Command::ApplyEntry);
        if button.clicked() || by_keyboard {
            if !plan.replaced.is_empty() && !draft.confirm_replace {
                draft.confirm_replace = true;
            } else if past_today {
                draft.confirm_future = true;
            } else {
                actions.push(Action::Edit(Edit::Batch(plan.edits)));
                draft.rows.clear();
                draft.confirm_replace = false;
            }
        }
        if ui
            .add_enabled(draft.has_values(), egui::Button::new(texts.entry_clear))
            .clicked()
        {
            draft.rows.clear();
            draft.confirm_replace = false;
        }
        if plan.blocked {
            ui.colored_label(theme::error_color(ui), texts.safety.entry_blocked);
        }
    });
    ui.label(
        RichText::new(texts.entry_keys)
            .small()
            .color(theme::weak_color(ui)),
    );
    if draft.confirm_future {
        future_question_ui(ui, state, document, draft, date, actions);
    }
}

/// The question asked before the reporting date moves past today: move and apply, apply and
/// keep the reporting date, or go back.
fn future_question_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let safety = lang.texts().safety;
    let (end, as_of) = (format_date(date), format_date(document.project.as_of));
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("entry_future_question")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(safety.future_title);
        ui.label((safety.future_question)(
            &end,
            &format_date(state.today),
            &as_of,
        ));
        ui.horizontal_wrapped(|ui| {
            if ui.button((safety.future_move)(&end)).clicked() {
                answer = Some(true);
            }
            if ui.button((safety.future_keep)(&as_of)).clicked() {
                answer = Some(false);
            }
            if ui.button(safety.future_back).clicked() {
                draft.confirm_future = false;
            }
        });
    });
    if modal.should_close() {
        draft.confirm_future = false;
    }
    if let Some(move_as_of) = answer {
        let plan = planned_edits(document, draft, date, lang, move_as_of);
        if !plan.blocked && !plan.edits.is_empty() {
            actions.push(Action::Edit(Edit::Batch(plan.edits)));
        }
        draft.rows.clear();
        draft.confirm_replace = false;
        draft.confirm_future = false;
    }
}
