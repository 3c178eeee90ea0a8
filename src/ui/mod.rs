//! Drawing only: reads [`AppState`], returns [`Action`]s. Nothing here changes the project.

mod add_indicators;
mod commands;
pub mod consolidation;
mod dashboard;
pub mod fields;
mod file_questions;
mod guide;
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
mod roll_forward;
mod scoring_tab;
mod slide_rows;
mod start_screen;
mod status_bar;
mod targets;
pub mod theme;
pub mod typing;
mod words;

use chrono::NaiveDate;

use crate::app::{Action, AppState, CommandScope, Intent, Tab};
use crate::model::Pillar;
use crate::progress::Status;

pub use plots::{chart_on_screen, chart_rect_id, last_chart_rect};
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
    /// The consolidation view's tab, sort, filter and caches.
    pub consolidation: consolidation::ConsolidationView,
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
            consolidation: consolidation::ConsolidationView::default(),
            report: report_tab::ReportView::default(),
        }
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
    if dropped.len() > 1 {
        let open = crate::app::ConsolidationAction::Open(dropped);
        actions.push(Action::Consolidation(open));
    } else if let Some(path) = dropped.into_iter().next() {
        actions.push(Action::Request(Intent::Open(path)));
    }
}

/// Draws the whole window and returns what the user asked for.
pub fn app_ui(ui: &mut egui::Ui, state: &AppState, view: &mut ViewState) -> Vec<Action> {
    let mut actions = Vec::new();
    let ctx = ui.ctx().clone();
    typing::begin_frame(&ctx);
    if let (Some(slide), Some(open)) = (state.presentation, visible_collection(state)) {
        commands::keys(&ctx, state, CommandScope::Presentation, &mut actions);
        consolidation::slides::ui(ui, state, open, &mut view.consolidation, slide);
        return actions;
    }
    if let (Some(slide), Some(document)) = (state.presentation, &state.document) {
        commands::keys(&ctx, state, CommandScope::Presentation, &mut actions);
        presentation::ui(
            ui,
            state,
            document,
            slide.min(presentation::slides(document).len().saturating_sub(1)),
        );
        return actions;
    }
    if state.modal.is_none() {
        commands::keys(&ctx, state, CommandScope::Window, &mut actions);
    }
    dropped_file_actions(&ctx, &mut actions);
    egui::Panel::top("menu_bar").show(ui, |ui| {
        menu_bar::ui(ui, state, &mut actions);
        file_questions::notice_ui(ui, state, &mut actions);
    });
    if ctx.input(|i| i.events.contains(&egui::Event::WindowFocused(true))) {
        let check = crate::app::ConsolidationAction::CheckDisk;
        actions.push(Action::Consolidation(check));
    }
    if let Some(open) = visible_collection(state) {
        consolidation::ui(ui, state, open, &mut view.consolidation, &mut actions);
        modals::ui(&ctx, state, view, &mut actions);
        modals::toasts_ui(&ctx, state);
        return actions;
    }
    match &state.document {
        Some(document) => {
            egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::ui(ui, state, document));
            // The period grid and the report tab need the whole width.
            if !matches!(state.tab, Tab::Entry | Tab::Report | Tab::Scoring) {
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
                    Tab::Scoring => scoring_tab::ui(ui, state, document, &mut actions),
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
    actions
}

/// The open collection, when it is the one shown.
fn visible_collection(state: &AppState) -> Option<&crate::app::ConsolidationState> {
    state.consolidation.as_deref().filter(|o| o.visible)
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
            (Tab::Scoring, texts.scoring.tab),
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

/// Keeps the keys typed this frame for a field that was not drawn yet, for the next frame (see
/// [`typing`]). The shell calls it last in every frame.
pub fn end_frame(ctx: &egui::Context) {
    typing::end_frame(ctx);
}
