//! The roll-forward preview ("Lập kế hoạch giai đoạn mới"): the first year, whether to fill the
//! yearly targets, and one row per indicator — its new baseline (or "left unset"), the targets
//! carried, and a met target offered to be raised, with its value editable — then Create or Cancel.
//! Sized like the import preview for a 1366×768 laptop, the table scrolled.

use egui::{ComboBox, Grid, RichText, ScrollArea};

use super::fields::{self, FieldLook};
use super::theme;
use crate::app::{Action, AppState, RollAction, RollSession};
use crate::i18n::{format_date, indicator_name, method_name, value_text};
use crate::model::Indicator;
use crate::planning::{NewBaseline, RollChoice, RollRow, StepMethod};

/// Height kept for everything around the table (title, intro, choices, list, buttons).
const RESERVED_HEIGHT: f32 = 300.0;

/// Share of the table's width of each column: indicator, new baseline, targets carried, raise.
const COLUMN_SHARES: [f32; 4] = [0.38, 0.15, 0.17, 0.30];

/// The width of the window on a screen of `screen_width`.
pub fn width_for(screen_width: f32) -> f32 {
    (screen_width - 60.0).clamp(480.0, 1100.0)
}

/// Draws the preview of `session`.
pub fn ui(ui: &mut egui::Ui, state: &AppState, session: &RollSession, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts().planning;
    let preview = &session.preview;
    ui.heading(texts.roll_forward.trim_end_matches('…'));
    let cutoff = format_date(preview.cutoff);
    ui.label((texts.roll_intro)(&session.file_name, &cutoff));
    choices_ui(ui, state, session, actions);
    ui.separator();
    let height = (ui.ctx().content_rect().height() - RESERVED_HEIGHT).max(160.0);
    let widths = COLUMN_SHARES.map(|share| (ui.available_width() - 60.0) * share);
    ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            Grid::new("roll_forward_rows")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (heading, width) in texts.roll_columns.iter().zip(widths) {
                        cell(ui, width, |ui| {
                            ui.strong(*heading);
                        });
                    }
                    ui.end_row();
                    for (indicator, row) in session.source.indicators.iter().zip(&preview.rows) {
                        row_ui(ui, state, (indicator, row), widths, actions);
                        ui.end_row();
                    }
                });
        });
    missing_ui(ui, state, session);
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(RichText::new(texts.create).strong()).clicked() {
            actions.push(Action::RollForward(RollAction::Create));
        }
        if ui.button(lang.texts().cancel).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

fn choices_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    session: &RollSession,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().planning;
    let preview = &session.preview;
    let reviewed = chrono::Datelike::year(&session.source.as_of);
    ui.horizontal(|ui| {
        let label = ui.label(texts.first_year);
        let combo = ComboBox::from_id_salt("roll_first_year")
            .selected_text(preview.year.to_string())
            .show_ui(ui, |ui| {
                for year in reviewed..=reviewed + 3 {
                    if ui
                        .selectable_label(preview.year == year, year.to_string())
                        .clicked()
                    {
                        actions.push(Action::RollForward(RollAction::SetYear(year)));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        ui.add_space(24.0);
        let shown = preview
            .steps
            .map_or(texts.steps_none, |m| method_name(m, lang));
        let label = ui.label(texts.steps_choice);
        let combo = ComboBox::from_id_salt("roll_steps")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                let options = std::iter::once(None).chain(StepMethod::ALL.map(Some));
                for method in options {
                    let name = method.map_or(texts.steps_none, |m| method_name(m, lang));
                    if ui.selectable_label(preview.steps == method, name).clicked() {
                        let choice = RollChoice::Steps(method);
                        actions.push(Action::RollForward(RollAction::Choose(choice)));
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
}

/// A cell of `width`, its text wrapped inside.
fn cell(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.vertical(|ui| {
        ui.set_width(width);
        add(ui);
    });
}

fn row_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (indicator, row): (&Indicator, &RollRow),
    widths: [f32; 4],
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().planning;
    let name = indicator_name(indicator, lang);
    cell(ui, widths[0], |ui| {
        ui.add(egui::Label::new(name).wrap());
    });
    cell(ui, widths[1], |ui| match row.baseline {
        NewBaseline::Taken(baseline) => {
            let value = value_text(indicator, baseline.value, lang);
            ui.label((texts.baseline_taken)(&value, &format_date(baseline.date)));
        }
        NewBaseline::Missing => {
            ui.label(RichText::new(texts.baseline_missing).color(theme::WARNING));
        }
    });
    cell(ui, widths[2], |ui| {
        if row.targets.is_empty() {
            ui.label(RichText::new(texts.no_new_targets).color(theme::WARNING));
        }
        for target in &row.targets {
            let value = value_text(indicator, target.value, lang);
            ui.label((texts.carried)(target.year, &value));
        }
        if row.targets_left > 0 {
            let left = (texts.targets_left)(row.targets_left);
            ui.label(RichText::new(left).small().color(theme::weak_color(ui)));
        }
    });
    cell(ui, widths[3], |ui| {
        raise_ui(ui, state, (indicator, row), actions)
    });
}

fn raise_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    (indicator, row): (&Indicator, &RollRow),
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().planning;
    let name = indicator_name(indicator, lang);
    let Some(raise) = row.raise else {
        let met = match row.baseline {
            NewBaseline::Taken(b) => row
                .targets
                .iter()
                .any(|t| indicator.meets(b.value, t.value)),
            NewBaseline::Missing => false,
        };
        ui.label(if met {
            texts.met_kept
        } else {
            texts.nothing_to_raise
        });
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let mut chosen = raise.chosen;
        let from = value_text(indicator, raise.from, lang);
        if ui
            .checkbox(&mut chosen, (texts.raise_of)(raise.year, &from))
            .changed()
        {
            let choice = RollChoice::Raise(row.indicator_id.clone(), chosen);
            actions.push(Action::RollForward(RollAction::Choose(choice)));
        }
        let id = ui.make_persistent_id(("roll_raise", &row.indicator_id));
        let field = (texts.raise_value_of)(name);
        if let Some(Some(value)) = fields::value(
            ui,
            id,
            &field,
            Some(raise.to),
            fields::ValueKind::of(indicator),
            lang,
            FieldLook::narrow(80.0),
        ) {
            let choice = RollChoice::RaiseTo(row.indicator_id.clone(), value);
            actions.push(Action::RollForward(RollAction::Choose(choice)));
        }
    });
}

/// The indicators whose baseline stays unset, named once under the table.
fn missing_ui(ui: &mut egui::Ui, state: &AppState, session: &RollSession) {
    let lang = state.lang();
    let texts = lang.texts().planning;
    let missing: Vec<&str> = session
        .source
        .indicators
        .iter()
        .zip(&session.preview.rows)
        .filter(|(_, row)| row.baseline == NewBaseline::Missing)
        .map(|(indicator, _)| indicator_name(indicator, lang))
        .collect();
    if missing.is_empty() {
        return;
    }
    let cutoff = format_date(session.preview.cutoff);
    ui.label(RichText::new((texts.missing_list)(missing.len(), &cutoff)).color(theme::WARNING));
    ui.label(missing.join("; "));
}
