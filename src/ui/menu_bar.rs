//! The menu bar: Tệp, Sửa, Xem, Trợ giúp.

use egui::Ui;

use super::Command;
use crate::app::{Action, AppState, EXAMPLES, Intent, ReportKind};
use crate::i18n::Lang;

fn command_button(
    ui: &mut Ui,
    label: &str,
    command: Command,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let shortcut = command.shortcut_text(ui.ctx());
    if ui
        .add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut))
        .clicked()
    {
        actions.push(command.action());
        ui.close();
    }
}

fn view_menu_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    let has_document = state.document.is_some();
    command_button(ui, texts.zoom_in, Command::ZoomIn, true, actions);
    command_button(ui, texts.zoom_out, Command::ZoomOut, true, actions);
    if ui.button(texts.zoom_reset).clicked() {
        actions.push(Action::Zoom(0));
        ui.close();
    }
    command_button(
        ui,
        texts.entry_title,
        Command::PeriodEntry,
        has_document,
        actions,
    );
    ui.separator();
    let present = egui::Button::new(texts.present).shortcut_text("F5");
    if ui.add_enabled(has_document, present).clicked() {
        actions.push(Action::StartPresentation);
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        ui.close();
    }
    ui.separator();
    let dark = state.settings.dark;
    let theme_label = if dark {
        texts.light_theme
    } else {
        texts.dark_theme
    };
    if ui.button(theme_label).clicked() {
        actions.push(Action::SetDark(!dark));
        ui.close();
    }
}

fn report_items_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    let has_document = state.document.is_some();
    for (label, kind) in [
        (texts.export_pdf, ReportKind::Pdf),
        (texts.document.export_docx, ReportKind::Docx),
        (texts.export_xlsx, ReportKind::Xlsx),
        (texts.export_csv, ReportKind::Csv),
    ] {
        if ui
            .add_enabled(has_document, egui::Button::new(label))
            .clicked()
        {
            actions.push(Action::ExportReport(kind));
            ui.close();
        }
    }
    if ui
        .add_enabled(has_document, egui::Button::new(texts.import_sheet))
        .clicked()
    {
        actions.push(Action::ImportSpreadsheet);
        ui.close();
    }
}

/// Draws the menu bar.
pub fn ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    let has_document = state.document.is_some();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(texts.menu_file, |ui| {
            command_button(ui, texts.new_plan, Command::New, true, actions);
            command_button(ui, texts.open, Command::Open, true, actions);
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
            ui.separator();
            command_button(ui, texts.save, Command::Save, has_document, actions);
            command_button(ui, texts.save_as, Command::SaveAs, has_document, actions);
            ui.separator();
            report_items_ui(ui, state, actions);
            if ui
                .add_enabled(has_document, egui::Button::new(texts.export_chart))
                .clicked()
            {
                actions.push(Action::ExportCurrentChart);
                ui.close();
            }
            ui.separator();
            if ui.button(texts.quit).clicked() {
                actions.push(Action::Request(Intent::Quit));
                ui.close();
            }
        });
        ui.menu_button(texts.menu_edit, |ui| {
            let history = state.document.as_ref().map(|d| &d.history);
            command_button(
                ui,
                texts.undo,
                Command::Undo,
                history.is_some_and(|h| h.can_undo()),
                actions,
            );
            command_button(
                ui,
                texts.redo,
                Command::Redo,
                history.is_some_and(|h| h.can_redo()),
                actions,
            );
            ui.separator();
            if ui
                .add_enabled(has_document, egui::Button::new(texts.add_indicator))
                .clicked()
            {
                actions.push(Action::ShowAddIndicators);
                ui.close();
            }
        });
        ui.menu_button(texts.menu_view, |ui| view_menu_ui(ui, state, actions));
        ui.menu_button(texts.menu_help, |ui| {
            if ui.button(texts.about).clicked() {
                actions.push(Action::ShowAbout);
                ui.close();
            }
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
