//! A member's plan, read-only: its headline counts, its indicators with their statuses, and the
//! chosen indicator's progress sentence and trajectory. Nothing here can change the file; a button
//! leads back to the collection.

use crate::i18n::indicator_name;
use egui::{RichText, ScrollArea, Ui};

use super::act;
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState, MemberView};
use crate::i18n::format_date;
use crate::ui::{dashboard, plots, theme, words};

/// Draws the member's plan.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    member: &MemberView,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().consolidate;
    let document = &member.document;
    let project = &document.project;
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new(texts.back_to_collection).strong())
            .clicked()
        {
            actions.push(act(ConsolidationAction::BackToCollection));
        }
        ui.label(
            RichText::new((texts.member_heading)(
                &project.unit.name,
                &format_date(open.consolidation.as_of),
            ))
            .font(theme::bold(17.0)),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(texts.read_only)
                .italics()
                .color(theme::weak_color(ui)),
        );
        if let Some(path) = &document.path {
            ui.label(
                RichText::new(path.display().to_string())
                    .small()
                    .color(theme::weak_color(ui)),
            );
        }
    });
    dashboard::cards_ui(ui, document, lang, 0.8);
    ui.separator();
    egui::Panel::left("member_indicators_panel")
        .resizable(true)
        .default_size(360.0)
        .size_range(240.0..=560.0)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt("member_indicators")
                .auto_shrink([false, false])
                .show(ui, |ui| list_ui(ui, state, member, actions));
        });
    egui::CentralPanel::default().show(ui, |ui| detail_ui(ui, state, member));
}

fn list_ui(ui: &mut Ui, state: &AppState, member: &MemberView, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let document = &member.document;
    for (indicator, progress) in document
        .project
        .indicators
        .iter()
        .zip(&document.summary.indicators)
    {
        let selected = member.selected.as_deref() == Some(indicator.id.as_str());
        let name = RichText::new(indicator_name(indicator, lang)).small();
        if ui.selectable_label(selected, name).clicked() {
            actions.push(act(ConsolidationAction::SelectMemberIndicator(
                indicator.id.clone(),
            )));
        }
        words::progress_chips(ui, progress, lang);
        ui.add_space(4.0);
    }
}

fn detail_ui(ui: &mut Ui, state: &AppState, member: &MemberView) {
    let lang = state.lang();
    let document = &member.document;
    let Some(index) = member
        .selected
        .as_deref()
        .and_then(|id| document.project.indicators.iter().position(|i| i.id == id))
    else {
        return;
    };
    let (Some(indicator), Some(progress), Some(trajectory)) = (
        document.project.indicators.get(index),
        document.summary.indicators.get(index),
        document.charts.trajectories.get(index),
    ) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(indicator_name(indicator, lang)).font(theme::bold(16.0)));
        words::progress_chips(ui, progress, lang);
    });
    ui.label(words::progress_sentence(indicator, progress, lang));
    if let Some(sentence) = words::forecast_sentence(indicator, progress, lang) {
        ui.label(sentence);
    }
    let height = (ui.available_height() - 20.0).clamp(200.0, 420.0);
    plots::trajectory_ui(ui, trajectory, lang, height);
}
