//! The menu bar: Tệp, Sửa, Xem, Trợ giúp. Every item but the recent files and the examples is a
//! command of the command table.

use egui::Ui;

use super::commands::menu_item;
use crate::app::{Action, AppState, Command, EXAMPLES, Intent};
use crate::i18n::Lang;

fn items(ui: &mut Ui, state: &AppState, commands: &[Command], actions: &mut Vec<Action>) {
    for command in commands {
        menu_item(ui, state, *command, actions);
    }
}

fn file_menu_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    items(
        ui,
        state,
        &[Command::New, Command::Open, Command::RollForward],
        actions,
    );
    ui.menu_button(texts.open_recent, |ui| {
        if state.settings.recent.is_empty() {
            ui.label(texts.no_recent);
        }
        for path in &state.settings.recent {
            if ui.button(path.display().to_string()).clicked() {
                actions.push(Action::Request(Intent::Open(path.clone())));
                ui.close();
            }
        }
    });
    ui.menu_button(texts.open_example, |ui| {
        for (name, _) in EXAMPLES {
            if ui.button(name).clicked() {
                actions.push(Action::Request(Intent::OpenExample(name.to_owned())));
                ui.close();
            }
        }
    });
    super::consolidation::menu_items_ui(ui, state, actions);
    ui.separator();
    items(ui, state, &[Command::Save, Command::SaveAs], actions);
    ui.separator();
    items(
        ui,
        state,
        &[
            Command::ExportPdf,
            Command::ExportDocx,
            Command::ExportXlsx,
            Command::ExportCsv,
            Command::ExportPlanPdf,
            Command::ExportPlanDocx,
            Command::Import,
            Command::ExportChart,
        ],
        actions,
    );
    ui.separator();
    items(ui, state, &[Command::Quit], actions);
}

/// Draws the menu bar.
pub fn ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(texts.menu_file, |ui| file_menu_ui(ui, state, actions));
        ui.menu_button(texts.menu_edit, |ui| {
            items(ui, state, &[Command::Undo, Command::Redo], actions);
            ui.separator();
            items(ui, state, &[Command::AddIndicator], actions);
        });
        ui.menu_button(texts.menu_view, |ui| {
            items(
                ui,
                state,
                &[Command::ZoomIn, Command::ZoomOut, Command::ZoomReset],
                actions,
            );
            items(ui, state, &[Command::PeriodEntry], actions);
            ui.separator();
            items(ui, state, &[Command::Present], actions);
            ui.separator();
            items(ui, state, &[Command::ToggleTheme], actions);
        });
        ui.menu_button(texts.menu_help, |ui| {
            items(
                ui,
                state,
                &[Command::Guide, Command::Shortcuts, Command::About],
                actions,
            );
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for lang in Lang::ALL.into_iter().rev() {
                if ui
                    .selectable_label(state.lang() == lang, lang.texts().language_name)
                    .clicked()
                {
                    actions.push(Action::SetLang(lang));
                }
            }
        });
    });
}
