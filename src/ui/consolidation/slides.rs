//! Presentation mode of a collection (F5): a title slide, the matrix, the ranking, and one slide
//! per indicator with its consolidated figure and the units' bars.

use crate::i18n::indicator_name;
use egui::{RichText, Ui};

use super::{ConsolidationView, indicator, matrix_slide, ranking};
use crate::app::{Action, AppState, ConsolidationState};
use crate::consolidate::{figure_text, targets_met_text, units_word};
use crate::i18n::format_date;
use crate::ui::theme;

/// One slide of a collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// Title, unit, reporting date, members.
    Title,
    /// Units × indicators.
    Matrix,
    /// Units best first.
    Ranking,
    /// One indicator, by position.
    Indicator(usize),
}

/// The slides of `open`, in order.
pub fn slides(open: &ConsolidationState) -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Matrix, Slide::Ranking];
    slides.extend((0..open.consolidation.indicators.len()).map(Slide::Indicator));
    slides
}

/// Draws slide number `index` (clamped).
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    index: usize,
) {
    let lang = state.lang();
    let all = slides(open);
    let index = index.min(all.len().saturating_sub(1));
    let Some(slide) = all.get(index) else {
        return;
    };
    egui::Panel::bottom("collection_slide_counter").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&open.collection.unit.name).size(SLIDE_TEXT));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(format!("{} / {}", index + 1, all.len())).size(20.0));
                ui.label(
                    RichText::new(lang.texts().presentation_keys)
                        .size(SLIDE_TEXT)
                        .color(theme::weak_color(ui)),
                );
            });
        });
    });
    // A presentation shows; it does not act (opening a unit would leave the slides).
    let mut ignored: Vec<Action> = Vec::new();
    let words = lang.texts().consolidate;
    let (matrix_name, ranking_name) = (words.tab_matrix, words.tab_ranking);
    egui::CentralPanel::default().show(ui, |ui| match slide {
        Slide::Title => title_ui(ui, state, open),
        Slide::Matrix => {
            heading(ui, matrix_name);
            theme::slide_text(ui, SLIDE_TEXT);
            matrix_slide::ui(ui, state, open, view, SLIDE_TEXT);
        }
        Slide::Ranking => {
            heading(ui, ranking_name);
            theme::slide_text(ui, SLIDE_TEXT);
            ranking::ui(ui, state, open, &mut ignored);
        }
        Slide::Indicator(position) => indicator_slide_ui(ui, state, open, *position),
    });
}

/// The smallest text of the table slides, in points (readable from the back of a hall).
const SLIDE_TEXT: f32 = 18.0;

fn heading(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).font(theme::bold(30.0)));
    ui.add_space(8.0);
}

fn title_ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState) {
    let lang = state.lang();
    let words = lang.texts().consolidate;
    let consolidation = &open.consolidation;
    ui.add_space(ui.available_height() * 0.15);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&open.collection.unit.name).font(theme::bold(40.0)));
        if !open.collection.title.is_empty() {
            ui.label(RichText::new(&open.collection.title).size(24.0));
        }
        ui.add_space(12.0);
        ui.label(
            RichText::new((lang.texts().as_of_status)(&format_date(
                consolidation.as_of,
            )))
            .size(22.0),
        );
        ui.add_space(10.0);
        let word = units_word(&consolidation.members, lang);
        ui.label(
            RichText::new((words.members_line)(
                consolidation.members.len(),
                consolidation.failures.len(),
                consolidation.duplicates.len(),
                word,
            ))
            .size(20.0),
        );
        ui.label(
            RichText::new((words.complete_line)(
                open.completeness.complete.len(),
                consolidation.members.len(),
                word,
            ))
            .size(20.0),
        );
    });
}

fn indicator_slide_ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState, position: usize) {
    let lang = state.lang();
    let consolidation = &open.consolidation;
    let Some(consolidated) = consolidation.indicators.get(position) else {
        return;
    };
    ui.label(RichText::new(indicator_name(&consolidated.template, lang)).font(theme::bold(26.0)));
    ui.label(RichText::new(figure_text(consolidated, consolidation, lang)).size(20.0));
    if let Some(met) = targets_met_text(consolidated, consolidation, lang) {
        ui.label(RichText::new(met).size(20.0).strong());
    }
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("slide_bars")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            indicator::chart_ui(ui, state, consolidation, position, None)
        });
}
