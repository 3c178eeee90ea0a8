//! Windows over the consolidation view: the write into a plan, shown before it is applied, and
//! the question before closing a collection with unsaved changes.

use crate::i18n::indicator_name;
use egui::{Id, RichText, ScrollArea};

use super::act;
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState, WritePreview};
use crate::consolidate::value_of;
use crate::ui::theme;

/// Draws the open window of the consolidation, if any.
pub fn ui(
    ctx: &egui::Context,
    state: &AppState,
    open: &ConsolidationState,
    actions: &mut Vec<Action>,
) {
    if let Some(preview) = &open.pending_write {
        let response = egui::Modal::new(Id::unique("consolidated_write")).show(ctx, |ui| {
            ui.set_max_width(620.0);
            write_ui(ui, state, open, preview, actions);
        });
        if response.should_close() {
            actions.push(act(ConsolidationAction::CancelWrite));
        }
    } else if open.confirm_close {
        let texts = state.lang().texts();
        let words = texts.consolidate;
        let response = egui::Modal::new(Id::unique("consolidated_close")).show(ctx, |ui| {
            ui.heading(words.close_title);
            ui.label(words.close_question);
            ui.horizontal(|ui| {
                if ui.button(texts.save_button).clicked() {
                    actions.push(act(ConsolidationAction::Save));
                    actions.push(act(ConsolidationAction::Close));
                }
                if ui.button(texts.dont_save).clicked() {
                    actions.push(act(ConsolidationAction::CloseDiscarding));
                }
                if ui.button(texts.cancel).clicked() {
                    actions.push(act(ConsolidationAction::CancelClose));
                }
            });
        });
        if response.should_close() {
            actions.push(act(ConsolidationAction::CancelClose));
        }
    }
}

fn write_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    open: &ConsolidationState,
    preview: &WritePreview,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts();
    let words = texts.consolidate;
    let write = &preview.write;
    let name_of = |indicator_id: &str| {
        open.consolidation
            .indicator_index(indicator_id)
            .and_then(|i| open.consolidation.indicators.get(i))
            .map_or(indicator_id.to_owned(), |i| {
                indicator_name(&i.template, lang).to_owned()
            })
    };
    ui.heading(words.write_title);
    ui.label(RichText::new((words.write_into)(&preview.target_name)).strong());
    ui.label((words.written_count)(write.written.len()));
    let replaced = write
        .written
        .iter()
        .filter(|w| w.replaced.is_some())
        .count();
    if replaced > 0 {
        ui.label(RichText::new((words.replaced_count)(replaced)).color(theme::error_color(ui)));
    }
    ScrollArea::vertical()
        .id_salt("write_preview")
        .max_height(260.0)
        .show(ui, |ui| {
            for written in &write.written {
                let value = write
                    .result
                    .indicator(&written.indicator_id)
                    .map_or_else(String::new, |i| value_of(i, written.value, lang));
                ui.label(format!("• {}: {value}", name_of(&written.indicator_id)));
            }
            if !write.skipped.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new((words.skipped_count)(write.skipped.len())).strong());
                for skipped in &write.skipped {
                    let reason = crate::consolidate::skip_reason_text(&skipped.reason, lang);
                    ui.label(
                        RichText::new(format!("• {}: {reason}", name_of(&skipped.indicator_id)))
                            .small()
                            .color(theme::weak_color(ui)),
                    );
                }
            }
        });
    ui.separator();
    ui.horizontal(|ui| {
        let apply = ui.add_enabled(
            !write.written.is_empty(),
            egui::Button::new(words.apply_write),
        );
        if apply.clicked() {
            actions.push(act(ConsolidationAction::ApplyWrite));
        }
        if ui.button(texts.cancel).clicked() {
            actions.push(act(ConsolidationAction::CancelWrite));
        }
    });
}
