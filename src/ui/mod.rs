//! Drawing only: reads [`AppState`], returns [`Action`]s. Nothing here changes the project.

mod add_indicators;
mod dashboard;
pub mod fields;
mod file_questions;
#[cfg(feature = "reports")]
mod import_preview;
mod indicator_editor;
mod indicator_kind;
mod indicator_list;
mod measurements;
mod menu_bar;
mod modals;
pub mod period_entry;
mod plots;
pub mod presentation;
mod project_panel;
mod report_tab;
mod slide_rows;
mod start_screen;
mod status_bar;
mod targets;
pub mod theme;
pub mod typing;
mod words;

use chrono::NaiveDate;
use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::{Action, AppState, Intent, Tab};
use crate::model::Pillar;
use crate::progress::Status;

pub use plots::chart_rect_id as plots_chart_rect_id;
pub use start_screen::NewPlanForm;
pub use words::progress_sentence;

/// UI-only state: drafts of forms and filters. Not part of the project, not undone.
#[derive(Clone, Debug)]
pub struct ViewState {
    /// Search text of the indicator list.
    pub search: String,
    /// Show only this status.
    pub status_filter: Option<Status>,
    /// Show only this pillar.
    pub pillar_filter: Option<Pillar>,
    /// The new-plan form of the start screen.
    pub new_plan: NewPlanForm,
    /// The add-indicators window's draft.
    pub add: add_indicators::AddForm,
    /// The selected measurement row (for Delete).
    pub selected_row: Option<usize>,
    /// The typed path in the fallback file window.
    pub typed_path: String,
    /// The reporting-period grid's draft.
    pub entry: period_entry::EntryDraft,
    /// The report tab's outline and pending question.
    pub report: report_tab::ReportView,
}

impl ViewState {
    /// A fresh view state; `today` is the default reporting date of a new plan.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            search: String::new(),
            status_filter: None,
            pillar_filter: None,
            new_plan: NewPlanForm::new(today),
            add: add_indicators::AddForm::default(),
            selected_row: None,
            typed_path: String::new(),
            entry: period_entry::EntryDraft::default(),
            report: report_tab::ReportView::default(),
        }
    }
}

/// One shortcut per command, read by the menus (for their hints) and by the key handling.
pub const SHORTCUTS: [(Modifiers, Key, Command); 10] = [
    (Modifiers::COMMAND, Key::E, Command::PeriodEntry),
    (Modifiers::COMMAND, Key::N, Command::New),
    (Modifiers::COMMAND, Key::O, Command::Open),
    (
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        Key::S,
        Command::SaveAs,
    ),
    (Modifiers::COMMAND, Key::S, Command::Save),
    (
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        Key::Z,
        Command::Redo,
    ),
    (Modifiers::COMMAND, Key::Z, Command::Undo),
    (Modifiers::COMMAND, Key::Y, Command::Redo),
    (Modifiers::COMMAND, Key::Plus, Command::ZoomIn),
    (Modifiers::COMMAND, Key::Minus, Command::ZoomOut),
];

/// A command reachable from the menu and the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// New plan.
    New,
    /// Open a file.
    Open,
    /// Save.
    Save,
    /// Save as.
    SaveAs,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// The reporting-period grid.
    PeriodEntry,
}

impl Command {
    /// The action the command stands for.
    pub fn action(self) -> Action {
        match self {
            Self::New => Action::Request(Intent::NewPlan),
            Self::Open => Action::Request(Intent::OpenDialog),
            Self::Save => Action::Save,
            Self::SaveAs => Action::SaveAs,
            Self::Undo => Action::Undo,
            Self::Redo => Action::Redo,
            Self::ZoomIn => Action::Zoom(1),
            Self::ZoomOut => Action::Zoom(-1),
            Self::PeriodEntry => Action::ShowTab(Tab::Entry),
        }
    }

    /// The shortcut text shown in menus, e.g. "Ctrl+S".
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        SHORTCUTS
            .iter()
            .find(|(_, _, c)| *c == self)
            .map(|(m, k, _)| ctx.format_shortcut(&KeyboardShortcut::new(*m, *k)))
            .unwrap_or_default()
    }
}

fn shortcut_actions(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if state.modal.is_some() {
        return;
    }
    for (modifiers, key, command) in SHORTCUTS {
        let needs_document = !matches!(
            command,
            Command::New | Command::Open | Command::ZoomIn | Command::ZoomOut
        );
        if needs_document && state.document.is_none() {
            continue;
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key))) {
            actions.push(command.action());
        }
    }
    if ctx
        .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)))
    {
        actions.push(Action::Zoom(1));
    }
}

fn dropped_file_actions(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if let Some(path) = dropped.into_iter().next() {
        actions.push(Action::Request(Intent::Open(path)));
    }
}

/// Draws the whole window and returns what the user asked for.
pub fn app_ui(ui: &mut egui::Ui, state: &AppState, view: &mut ViewState) -> Vec<Action> {
    let mut actions = Vec::new();
    let ctx = ui.ctx().clone();
    typing::begin_frame(&ctx);
    if let (Some(slide), Some(document)) = (state.presentation, &state.document) {
        presentation::keys(&ctx, &mut actions);
        presentation::ui(
            ui,
            state,
            document,
            slide.min(presentation::slides(document).len().saturating_sub(1)),
        );
        if actions.contains(&Action::StopPresentation) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
        return actions;
    }
    shortcut_actions(&ctx, state, &mut actions);
    if state.document.is_some()
        && state.modal.is_none()
        && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5))
    {
        actions.push(Action::StartPresentation);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }
    dropped_file_actions(&ctx, &mut actions);
    egui::Panel::top("menu_bar").show(ui, |ui| {
        menu_bar::ui(ui, state, &mut actions);
        file_questions::notice_ui(ui, state, &mut actions);
    });
    match &state.document {
        Some(document) => {
            egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::ui(ui, state, document));
            // The period grid and the report tab need the whole width.
            if !matches!(state.tab, Tab::Entry | Tab::Report) {
                egui::Panel::left("indicator_list")
                    .resizable(true)
                    .default_size(330.0)
                    .size_range(240.0..=560.0)
                    .show(ui, |ui| {
                        indicator_list::ui(ui, state, document, view, &mut actions)
                    });
            }
            egui::CentralPanel::default().show(ui, |ui| {
                tab_bar_ui(ui, state, view, &mut actions);
                match state.tab {
                    Tab::Entry => {
                        period_entry::ui(ui, state, document, &mut view.entry, &mut actions)
                    }
                    Tab::Dashboard => dashboard::ui(ui, state, document, &mut actions),
                    Tab::Indicator => {
                        indicator_editor::ui(ui, state, document, view, &mut actions);
                    }
                    Tab::Project => project_panel::ui(ui, state, document, &mut actions),
                    Tab::Report => {
                        report_tab::ui(ui, state, document, &mut view.report, &mut actions)
                    }
                }
            });
        }
        None => {
            egui::CentralPanel::default()
                .show(ui, |ui| start_screen::ui(ui, state, view, &mut actions));
        }
    }
    modals::ui(&ctx, state, view, &mut actions);
    modals::toasts_ui(&ctx, state);
    for action in &mut actions {
        if *action == Action::ExportCurrentChart {
            let key = match state.tab {
                Tab::Dashboard => "overview",
                Tab::Indicator | Tab::Project | Tab::Entry | Tab::Report => "trajectory",
            };
            if let Some(rect) = ctx.data(|d| d.get_temp::<egui::Rect>(plots::chart_rect_id(key))) {
                *action = Action::ExportChart {
                    file_name: format!("{key}.png"),
                    rect,
                };
            }
        }
    }
    actions
}

fn tab_bar_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    ui.horizontal(|ui| {
        for (tab, label) in [
            (Tab::Dashboard, texts.dashboard_tab),
            (Tab::Indicator, texts.indicator_tab),
            (Tab::Entry, texts.entry_tab),
            (Tab::Project, texts.project_tab),
            (Tab::Report, texts.document.tab),
        ] {
            if ui.selectable_label(state.tab == tab, label).clicked() && state.tab != tab {
                if state.tab == Tab::Entry && view.entry.has_values() {
                    view.entry.leave_to = Some(tab);
                } else {
                    actions.push(Action::ShowTab(tab));
                }
            }
        }
    });
    ui.separator();
    if let Some(tab) = view.entry.leave_to {
        let response = egui::Modal::new(egui::Id::unique("leave_entry")).show(ui.ctx(), |ui| {
            ui.heading(texts.entry_leave_title);
            ui.label(texts.entry_leave_question);
            ui.horizontal(|ui| {
                if ui.button(texts.entry_discard).clicked() {
                    view.entry.rows.clear();
                    view.entry.leave_to = None;
                    actions.push(Action::ShowTab(tab));
                }
                if ui.button(texts.entry_stay).clicked() {
                    view.entry.leave_to = None;
                }
            });
        });
        if response.should_close() {
            view.entry.leave_to = None;
        }
    }
}

/// After the actions of a frame: handles the window's close button and schedules the next repaint
/// only when something is due (toasts to hide, a recovery copy to write). No continuous repaint.
pub fn after_frame(ctx: &egui::Context, state: &mut AppState) {
    typing::end_frame(ctx);
    if state.close_confirmed {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        state.plan_lock = None;
    } else if ctx.input(|i| i.viewport().close_requested()) {
        if state.has_unsaved_changes() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            state.handle(Action::Request(Intent::Quit));
        } else {
            state.recovery.clear();
            // The plan's lock file goes with the window.
            state.plan_lock = None;
        }
    }
    if let Some(oldest) = state.toasts.iter().map(|t| t.shown_at).reduce(f64::min) {
        let left = (oldest + 5.0 - state.now).max(0.1);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    if state.has_unsaved_changes() {
        let left = state.recovery.seconds_until_due(state.now).max(1.0);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
}
