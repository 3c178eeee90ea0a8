//! Modal windows (questions, errors, typed path, recovery, add indicators, about) and toasts.

use egui::{Id, RichText};

#[cfg(feature = "reports")]
use super::import_preview;
use super::{ViewState, add_indicators, file_questions, theme};
use crate::app::{Action, AppState, Command, Edit, FilePurpose, Modal, ReportKind};
use crate::i18n::indicator_name;

/// Draws the open modal, if any.
pub fn ui(ctx: &egui::Context, state: &AppState, view: &mut ViewState, actions: &mut Vec<Action>) {
    let Some(modal) = &state.modal else {
        return;
    };
    let texts = state.lang().texts();
    let response = egui::Modal::new(Id::unique("modal")).show(ctx, |ui| {
        ui.set_max_width(modal_width(ctx, modal));
        match modal {
            Modal::Unsaved(_) => unsaved_ui(ui, state, actions),
            Modal::Error(message) => {
                ui.heading(texts.error_title);
                ui.label(message);
                if ui.button(texts.ok).clicked() {
                    actions.push(Action::CloseModal);
                }
            }
            Modal::ConfirmRemove(indicator_id) => {
                confirm_remove_ui(ui, state, indicator_id, actions);
            }
            Modal::TypedPath { purpose, text } => {
                typed_path_ui(ui, state, purpose, text, view, actions);
            }
            Modal::Recovery(copies) => file_questions::recovery_ui(ui, state, copies, actions),
            Modal::SaveConflict(path) => file_questions::conflict_ui(ui, state, path, actions),
            Modal::AddIndicators => {
                ui.heading(texts.add_indicator);
                add_indicators::ui(ui, state, &mut view.add, actions);
                ui.separator();
                close_button(ui, state, actions);
            }
            #[cfg(feature = "reports")]
            Modal::ImportPreview(session) => import_preview::ui(ui, state, session, actions),
            Modal::RollForward(session) => super::roll_forward::ui(ui, state, session, actions),
            Modal::Shortcuts => {
                super::commands::shortcuts_ui(ui, state);
                close_button(ui, state, actions);
            }
            Modal::Guide => {
                super::guide::ui(ui, state);
                close_button(ui, state, actions);
            }
            Modal::About => {
                ui.heading(texts.app_name);
                ui.label(texts.about_text);
                ui.label(format!("{} {}", texts.version, env!("CARGO_PKG_VERSION")));
                if ui.button(texts.ok).clicked() {
                    actions.push(Action::CloseModal);
                }
            }
        }
    });
    let dismissable = matches!(
        modal,
        Modal::Error(_)
            | Modal::About
            | Modal::AddIndicators
            | Modal::ConfirmRemove(_)
            | Modal::Shortcuts
            | Modal::Guide
    );
    if response.should_close() && dismissable {
        actions.push(Action::CloseModal);
    }
}

fn close_button(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    if ui.button(state.lang().texts().close).clicked() {
        actions.push(Action::CloseModal);
    }
}

fn unsaved_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    ui.heading(texts.unsaved_title);
    ui.label(texts.unsaved_question);
    ui.horizontal(|ui| {
        if ui.button(texts.save_button).clicked() {
            actions.push(Action::SaveThenContinue);
        }
        if ui.button(texts.dont_save).clicked() {
            actions.push(Action::DiscardThenContinue);
        }
        if ui.button(texts.cancel).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

fn confirm_remove_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    indicator_id: &str,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    let name = state
        .document
        .as_ref()
        .and_then(|d| d.project.indicator(indicator_id))
        .map_or(indicator_id, |i| indicator_name(i, state.lang()));
    ui.heading(texts.remove_title);
    ui.label((texts.remove_question)(name));
    ui.horizontal(|ui| {
        if ui.button(texts.remove_button).clicked() {
            actions.push(Action::Edit(Edit::Remove {
                indicator_id: indicator_id.to_owned(),
            }));
        }
        if ui.button(texts.cancel).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

fn typed_path_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    purpose: &FilePurpose,
    initial: &str,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let command = match purpose {
        FilePurpose::OpenPlan => Command::Open,
        FilePurpose::SavePlan => Command::SaveAs,
        FilePurpose::ExportReport(ReportKind::Pdf) => Command::ExportPdf,
        FilePurpose::ExportReport(ReportKind::Docx) => Command::ExportDocx,
        FilePurpose::ExportReport(ReportKind::Xlsx) => Command::ExportXlsx,
        FilePurpose::ExportReport(ReportKind::Csv) => Command::ExportCsv,
        FilePurpose::ExportReport(ReportKind::PlanPdf) => Command::ExportPlanPdf,
        FilePurpose::ExportReport(ReportKind::PlanDocx) => Command::ExportPlanDocx,
        FilePurpose::ImportSpreadsheet => Command::Import,
        FilePurpose::ExportChart(_) => Command::ExportChart,
        FilePurpose::ExportRanking => {
            ui.heading(state.lang().texts().scoring.export_ranking);
            return typed_path_field_ui(ui, state, purpose, initial, view, actions);
        }
        FilePurpose::ExportAssessment(_) => {
            ui.heading(state.lang().texts().scoring.export_form);
            return typed_path_field_ui(ui, state, purpose, initial, view, actions);
        }
        FilePurpose::OpenIndex => {
            ui.heading(state.lang().texts().scoring.open_index);
            return typed_path_field_ui(ui, state, purpose, initial, view, actions);
        }
        FilePurpose::SaveIndex => {
            ui.heading(state.lang().texts().scoring.editor.save_index);
            return typed_path_field_ui(ui, state, purpose, initial, view, actions);
        }
        FilePurpose::RollForwardSource => Command::RollForward,
        FilePurpose::Collection(file) => {
            ui.heading(super::consolidation::file_title(state.lang(), *file));
            return typed_path_field_ui(ui, state, purpose, initial, view, actions);
        }
    };
    ui.heading(command.label(state));
    typed_path_field_ui(ui, state, purpose, initial, view, actions);
}

/// The typed-path window's hint, path field and buttons.
fn typed_path_field_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    purpose: &FilePurpose,
    initial: &str,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    ui.label(texts.no_dialog_hint);
    if view.typed_path.is_empty() {
        view.typed_path = initial.to_owned();
    }
    let response = ui
        .add(egui::TextEdit::singleline(&mut view.typed_path).desired_width(500.0))
        .accessible_name(texts.file_path);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let unfocused = !response.has_focus() && !response.lost_focus();
    if unfocused && ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    ui.horizontal(|ui| {
        if ui.button(texts.ok).clicked() || entered {
            let path = std::path::PathBuf::from(view.typed_path.trim());
            view.typed_path.clear();
            actions.push(Action::UseFile(purpose.clone(), path));
        }
        if ui.button(texts.cancel).clicked() {
            view.typed_path.clear();
            actions.push(Action::CloseModal);
        }
    });
}

/// The width of `modal`: wide for the import preview's table, narrow for questions.
fn modal_width(ctx: &egui::Context, modal: &Modal) -> f32 {
    #[cfg(feature = "reports")]
    if matches!(modal, Modal::ImportPreview(_)) {
        return import_preview::width_for(ctx.content_rect().width());
    }
    if matches!(modal, Modal::RollForward(_)) {
        return super::roll_forward::width_for(ctx.content_rect().width());
    }
    let _ = (ctx, modal);
    560.0
}

/// Draws the toasts in the bottom-right corner.
pub fn toasts_ui(ctx: &egui::Context, state: &AppState) {
    if state.toasts.is_empty() {
        return;
    }
    egui::Area::new(Id::unique("toasts"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .interactable(false)
        .show(ctx, |ui| {
            for toast in &state.toasts {
                let fill = if toast.is_error {
                    theme::toast_error_fill()
                } else {
                    theme::toast_fill()
                };
                egui::Frame::NONE
                    .fill(fill)
                    .corner_radius(6.0)
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.label(RichText::new(&toast.text).color(theme::TOAST_TEXT));
                    });
                ui.add_space(4.0);
            }
        });
}
