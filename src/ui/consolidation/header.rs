//! The header of the consolidation view: back, title, reporting date, members, commands, and the
//! banners for files that failed or changed on disk.

use egui::{RichText, Ui};

use super::{CollectionTab, ConsolidationView, act};
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState, WriteTarget};
use crate::consolidate::units_word;
use crate::ui::{fields, theme};

/// Draws the header.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().consolidate;
    let consolidation = &open.consolidation;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let back = if state.document.is_some() {
            texts.back_to_plan
        } else {
            texts.back_to_start
        };
        if ui.button(back).clicked() {
            actions.push(act(ConsolidationAction::Hide));
        }
        ui.label(RichText::new(texts.title_field).strong());
        let mut title = open.collection.title.clone();
        let id = ui.make_persistent_id("collection_title");
        if fields::text(
            ui,
            id,
            texts.title_field,
            &mut title,
            fields::FieldLook::narrow((ui.available_width() - 90.0).clamp(260.0, 760.0)),
        ) {
            actions.push(act(ConsolidationAction::SetTitle(title)));
        }
        if open.dirty {
            ui.label(
                RichText::new(texts.unsaved)
                    .italics()
                    .color(theme::weak_color(ui)),
            );
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&open.collection.unit.name).strong());
        ui.label(texts.as_of_field);
        let id = ui.make_persistent_id("collection_as_of");
        // Wide enough for "30/09/2025" inside the outlined box.
        let look = fields::FieldLook::narrow(100.0);
        let shown = fields::date_in(ui, id, texts.as_of_field, consolidation.as_of, lang, look);
        if let Some(date) = shown {
            actions.push(act(ConsolidationAction::SetAsOf(date)));
        }
        ui.label((texts.members_line)(
            consolidation.members.len(),
            consolidation.failures.len(),
            consolidation.duplicates.len(),
            units_word(&consolidation.members, lang),
        ));
        ui.separator();
        commands_ui(ui, state, open, actions);
    });
    banners_ui(ui, state, open, view, actions);
    ui.add_space(2.0);
}

fn commands_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts().consolidate;
    let save = if open.bundled.is_some() {
        texts.save_example
    } else {
        texts.save
    };
    if ui.button(save).clicked() {
        actions.push(act(ConsolidationAction::Save));
    }
    ui.menu_button(texts.write_menu, |ui| {
        for (label, target, enabled) in [
            (
                texts.write_open_plan,
                WriteTarget::OpenPlan,
                state.document.is_some(),
            ),
            (texts.write_pick_plan, WriteTarget::PickPlan, true),
            (texts.write_new_plan, WriteTarget::NewPlan, true),
        ] {
            if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                actions.push(act(ConsolidationAction::PrepareWrite(target)));
                ui.close();
            }
        }
    });
    ui.menu_button(texts.export_menu, |ui| {
        if ui.button(texts.export_xlsx).clicked() {
            actions.push(act(ConsolidationAction::ExportXlsx));
            ui.close();
        }
        if ui.button(texts.export_pdf).clicked() {
            actions.push(act(ConsolidationAction::ExportPdf));
            ui.close();
        }
    });
    if ui.button(texts.close).clicked() {
        actions.push(act(ConsolidationAction::Close));
    }
}

fn banners_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts().consolidate;
    let failed = open.consolidation.failures.len();
    if failed > 0 {
        ui.horizontal(|ui| {
            let text = RichText::new((texts.failed_banner)(failed)).color(theme::error_color(ui));
            if ui.link(text).clicked() {
                view.tab = CollectionTab::Completeness;
                actions.push(act(ConsolidationAction::BackToCollection));
            }
        });
    }
    if !open.changed_on_disk.is_empty() {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new((texts.changed_banner)(open.changed_on_disk.len()))
                    .color(theme::error_color(ui)),
            );
            if ui.button(texts.reload).clicked() {
                actions.push(act(ConsolidationAction::Reload));
            }
            if ui.button(texts.dismiss).clicked() {
                actions.push(act(ConsolidationAction::DismissChanged));
            }
        });
    }
}
