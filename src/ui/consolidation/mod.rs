//! The consolidation view (Bộ tổng hợp): a header with the collection's title, reporting date and
//! commands, banners for failed or changed files, and a tab set of its own — consolidated figures,
//! the units × indicators matrix, the ranking, one indicator at a time, completeness. A member's
//! plan opens read-only from here, and the write into a plan is shown before it is applied.

mod completeness;
mod header;
mod indicator;
mod matrix;
mod matrix_cache;
mod matrix_look;
mod matrix_slide;
mod member;
mod points;
mod preview;
mod ranking;
pub mod slides;
mod summary;
mod text;

use egui::Ui;

use crate::app::{Action, AppState, CollectionFile, ConsolidationAction, ConsolidationState};
use crate::model::Pillar;

pub use matrix_cache::MatrixSort;

/// The tabs of the consolidation view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CollectionTab {
    /// The consolidated figure of every indicator.
    #[default]
    Summary,
    /// Units × indicators.
    Matrix,
    /// Units best first.
    Ranking,
    /// Units ranked by self-assessment points (tự chấm điểm) by the index in use.
    Points,
    /// One indicator: units by value, target, consolidated figure.
    Indicator,
    /// What is missing, failed or doubtful.
    Completeness,
}

impl CollectionTab {
    /// The tabs in order.
    pub const ALL: [Self; 6] = [
        Self::Summary,
        Self::Matrix,
        Self::Ranking,
        Self::Points,
        Self::Indicator,
        Self::Completeness,
    ];

    /// The tab's name in `lang`.
    pub fn name(self, lang: crate::i18n::Lang) -> &'static str {
        let texts = lang.texts().consolidate;
        match self {
            Self::Summary => texts.tab_summary,
            Self::Matrix => texts.tab_matrix,
            Self::Ranking => texts.tab_ranking,
            Self::Points => lang.texts().scoring.ranking_tab,
            Self::Indicator => texts.tab_indicator,
            Self::Completeness => texts.tab_completeness,
        }
    }
}

/// UI-only state of the consolidation view: tab, sort, filter, drafts, caches.
#[derive(Clone, Debug, Default)]
pub struct ConsolidationView {
    /// The tab shown.
    pub tab: CollectionTab,
    /// The matrix's row order.
    pub sort: MatrixSort,
    /// Show only the indicators of this pillar in the matrix.
    pub pillar: Option<Pillar>,
    /// The indicator of the "by indicator" tab (its position).
    pub indicator: usize,
    /// What the matrix draws, worked out once per consolidation, language, sort and filter.
    pub(crate) matrix_cache: Option<matrix_cache::MatrixCache>,
}

/// Draws the open collection; returns nothing when none is open.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("consolidation_header").show(ui, |ui| {
        header::ui(ui, state, open, view, actions);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(member) = &open.viewing {
            member::ui(ui, state, open, member, actions);
            return;
        }
        tab_bar_ui(ui, state, view);
        match view.tab {
            CollectionTab::Summary => summary::ui(ui, state, open, view, actions),
            CollectionTab::Matrix => matrix::ui(ui, state, open, view, actions),
            CollectionTab::Ranking => ranking::ui(ui, state, open, actions),
            CollectionTab::Points => points::ui(ui, state, open, actions),
            CollectionTab::Indicator => indicator::ui(ui, state, open, view, actions),
            CollectionTab::Completeness => completeness::ui(ui, state, open, actions),
        }
    });
    preview::ui(ui.ctx(), state, open, actions);
}

fn tab_bar_ui(ui: &mut Ui, state: &AppState, view: &mut ConsolidationView) {
    let lang = state.lang();
    ui.horizontal(|ui| {
        for tab in CollectionTab::ALL {
            if ui
                .selectable_label(view.tab == tab, tab.name(lang))
                .clicked()
            {
                view.tab = tab;
            }
        }
    });
    ui.separator();
}

/// `text` wrapped in at most `rows` lines across the cell, elided with "…" beyond; small or
/// strong as `text` says. Its colour is left to the widget (a link draws it in link blue).
fn clamped(ui: &mut Ui, text: egui::RichText, rows: usize) -> egui::text::LayoutJob {
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    let mut job = egui::WidgetText::from(text)
        .into_layout_job(ui.style(), egui::FontSelection::Default, egui::Align::Min)
        .as_ref()
        .clone();
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    job
}

/// A table header cell: its title in at most two lines, the whole title on hover.
fn header_cell(ui: &mut Ui, title: &str) {
    let job = clamped(ui, egui::RichText::new(title).strong().small(), 2);
    ui.label(job).on_hover_text(title);
}

/// The title of the window that asks for `file` when there is no native dialog.
pub fn file_title(lang: crate::i18n::Lang, file: CollectionFile) -> &'static str {
    let texts = lang.texts().consolidate;
    match file {
        CollectionFile::Members => texts.menu_folder,
        CollectionFile::Save => texts.save,
        CollectionFile::ExampleFolder => texts.save_example,
        CollectionFile::WriteInto => texts.write_title,
        CollectionFile::ExportPdf => texts.export_pdf,
        CollectionFile::ExportXlsx => texts.export_xlsx,
    }
}

/// A consolidation action as an app action.
fn act(action: ConsolidationAction) -> Action {
    Action::Consolidation(action)
}

/// The consolidation's items of the File menu.
pub fn menu_items_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts().consolidate;
    if ui.button(texts.menu_folder).clicked() {
        actions.push(act(ConsolidationAction::OpenFolder));
        ui.close();
    }
    if ui.button(texts.menu_files).clicked() {
        actions.push(act(ConsolidationAction::OpenFiles));
        ui.close();
    }
    if ui.button(texts.example_button).clicked() {
        actions.push(act(ConsolidationAction::OpenExample));
        ui.close();
    }
    let hidden = state.consolidation.as_ref().is_some_and(|o| !o.visible);
    if hidden && ui.button(texts.menu_show).clicked() {
        actions.push(act(ConsolidationAction::Show));
        ui.close();
    }
}

/// The consolidation's part of the start screen.
pub fn start_screen_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts().consolidate;
    ui.label(egui::RichText::new(texts.start_heading).strong());
    ui.label(egui::RichText::new(texts.start_hint).small());
    ui.horizontal_wrapped(|ui| {
        if ui.button(texts.menu_folder).clicked() {
            actions.push(act(ConsolidationAction::OpenFolder));
        }
        if ui.button(texts.example_button).clicked() {
            actions.push(act(ConsolidationAction::OpenExample));
        }
        if state.consolidation.is_some() && ui.button(texts.menu_show).clicked() {
            actions.push(act(ConsolidationAction::Show));
        }
    });
}
