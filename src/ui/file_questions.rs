//! The questions and notices about files shared between windows: the recovery copies left by
//! windows that ended without closing, a plan file someone else saved meanwhile, and a plan that
//! is open in another window.

use egui::RichText;

use super::theme;
use crate::app::{Action, AppState, RecoveredCopy};
use crate::i18n::format_date;

/// Every recovery copy found at start, each with its plan's name and time: restore or discard
/// each, or decide later.
pub fn recovery_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    copies: &[RecoveredCopy],
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    ui.heading(texts.recovery_title);
    ui.label((texts.safety.recovery_intro)(copies.len()));
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for (index, copy) in copies.iter().enumerate() {
                let name = copy
                    .original_path
                    .as_ref()
                    .map_or_else(|| texts.untitled.to_owned(), |p| p.display().to_string());
                let time = copy.written.map_or_else(String::new, |t| {
                    format!("{} {}", t.format("%H:%M"), format_date(t.date()))
                });
                let line = (texts.safety.recovery_item)(&name, &copy.project.unit.name, &time);
                ui.label(RichText::new(line).strong());
                ui.horizontal(|ui| {
                    // One button label per copy: the copies are told apart by their place.
                    if ui.button(texts.restore).on_hover_text(&name).clicked() {
                        actions.push(Action::RestoreRecovery(index));
                    }
                    if ui.button(texts.discard_recovery).clicked() {
                        actions.push(Action::DiscardRecovery(index));
                    }
                });
                ui.separator();
            }
        });
    if ui.button(texts.safety.recovery_later).clicked() {
        actions.push(Action::CloseModal);
    }
}

/// The plan file was saved by someone else since this window opened or saved it.
pub fn conflict_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    path: &std::path::Path,
    actions: &mut Vec<Action>,
) {
    let safety = state.lang().texts().safety;
    ui.heading(safety.conflict_title);
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    ui.label((safety.conflict_question)(&name));
    ui.horizontal_wrapped(|ui| {
        if ui.button(safety.conflict_save_as).clicked() {
            actions.push(Action::CloseModal);
            actions.push(Action::SaveAs);
        }
        if ui.button(safety.conflict_overwrite).clicked() {
            actions.push(Action::OverwriteSave);
        }
        if ui.button(safety.conflict_reopen).clicked() {
            actions.push(Action::ReopenFromDisk);
        }
        if ui.button(state.lang().texts().cancel).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

/// A notice under the menu that stays until dismissed (the plan is open in another window).
pub fn notice_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(notice) = &state.notice else {
        return;
    };
    egui::Frame::NONE
        .fill(theme::notice_fill(ui))
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(notice).color(theme::notice_text(ui)));
                if ui.button(state.lang().texts().safety.dismiss).clicked() {
                    actions.push(Action::DismissNotice);
                }
            });
        });
}
