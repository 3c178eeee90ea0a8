//! Commands on screen: menu items and toolbar buttons, the keys, and the shortcuts panel, all read
//! from the one command table ([`Command`]).

use egui::{KeyboardShortcut, RichText, Ui};

use super::theme;
use crate::app::{Action, AppState, Command, CommandScope};

/// The command's keys as the platform writes them, e.g. "Ctrl+S" (the first one only).
pub fn shortcut_text(ctx: &egui::Context, command: Command) -> String {
    command
        .shortcuts()
        .first()
        .map(|keys| ctx.format_shortcut(keys))
        .unwrap_or_default()
}

/// A menu item for `command`: its label, its keys, its tooltip; greyed out when disabled.
pub fn menu_item(ui: &mut Ui, state: &AppState, command: Command, actions: &mut Vec<Action>) {
    let keys = shortcut_text(ui.ctx(), command);
    let mut button = egui::Button::new(command.label(state));
    if !keys.is_empty() {
        button = button.shortcut_text(keys);
    }
    let response = ui
        .add_enabled(command.enabled(state), button)
        .on_hover_text(command.tooltip(state.lang()));
    if response.clicked() {
        actions.extend(command.action(state));
        ui.close();
    }
}

/// A toolbar button for `command`, with its tooltip (and keys, when it has some).
pub fn button(ui: &mut Ui, state: &AppState, command: Command, actions: &mut Vec<Action>) {
    let keys = shortcut_text(ui.ctx(), command);
    let tooltip = if keys.is_empty() {
        command.tooltip(state.lang()).to_owned()
    } else {
        format!("{} ({keys})", command.tooltip(state.lang()))
    };
    let response = ui
        .add_enabled(
            command.enabled(state),
            egui::Button::new(command.label(state)),
        )
        .on_hover_text(tooltip);
    if response.clicked() {
        actions.extend(command.action(state));
    }
}

/// Takes the keys of the commands of `scope` pressed this frame and pushes their actions.
pub fn keys(ctx: &egui::Context, state: &AppState, scope: CommandScope, actions: &mut Vec<Action>) {
    for (keys, command) in Command::key_table(scope) {
        if command.enabled(state) && ctx.input_mut(|i| i.consume_shortcut(&keys)) {
            actions.extend(command.action(state));
        }
    }
}

/// True when one of `command`'s keys was pressed this frame (and takes it): for the commands a
/// table carries out itself.
pub fn pressed(ui: &Ui, command: Command) -> bool {
    command
        .shortcuts()
        .iter()
        .any(|keys: &KeyboardShortcut| ui.input_mut(|i| i.consume_shortcut(keys)))
}

/// The shortcuts panel: every command with keys, grouped by where the keys work.
pub fn shortcuts_ui(ui: &mut Ui, state: &AppState) {
    let words = state.lang().texts().commands;
    ui.heading(words.shortcuts_title);
    let height = (ui.ctx().content_rect().height() - 220.0).max(160.0);
    egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([true, false])
        .min_scrolled_height(height)
        .show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(words.column_command).color(theme::weak_color(ui)));
                    ui.label(RichText::new(words.column_keys).color(theme::weak_color(ui)));
                    ui.end_row();
                    for scope in CommandScope::ALL {
                        scope_rows_ui(ui, state, scope);
                    }
                });
        });
}

/// The rows of one scope of the shortcuts panel: its title, then each command and its keys.
fn scope_rows_ui(ui: &mut Ui, state: &AppState, scope: CommandScope) {
    let words = state.lang().texts().commands;
    let title = match scope {
        CommandScope::Window => words.scope_window,
        CommandScope::Measurements => words.scope_measurements,
        CommandScope::PeriodGrid => words.scope_period_grid,
        CommandScope::Presentation => words.scope_presentation,
    };
    ui.label(RichText::new(title).font(theme::bold(15.0)));
    ui.end_row();
    let commands = Command::ALL
        .into_iter()
        .filter(|c| c.scope() == scope && !c.shortcuts().is_empty());
    for command in commands {
        ui.label(command.label(state));
        let keys: Vec<String> = command
            .shortcuts()
            .iter()
            .map(|keys| ui.ctx().format_shortcut(keys))
            .collect();
        ui.label(RichText::new(keys.join(&format!(" {} ", words.or))).strong());
        ui.end_row();
    }
}
