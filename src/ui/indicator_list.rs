//! The left panel: indicators grouped by pillar, with status chips, progress bars, filters and
//! search.

use egui::{ProgressBar, RichText, ScrollArea, Ui};

use super::{ViewState, theme, words::progress_chips};
use crate::app::{Action, AppState, Command, Document, Tab};
use crate::model::{Pillar, nfc};
use crate::progress::Status;

fn filters_ui(ui: &mut Ui, state: &AppState, view: &mut ViewState) {
    let texts = state.lang().texts();
    let label = ui.label(texts.search);
    let response = ui
        .add(egui::TextEdit::singleline(&mut view.search).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if response.changed() {
        view.search = nfc(&view.search);
    }
    ui.horizontal(|ui| {
        let status_text = view
            .status_filter
            .map_or(texts.all_statuses, |s| texts.status(s, false));
        egui::ComboBox::from_id_salt("status_filter")
            .selected_text(status_text)
            .width(130.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.status_filter, None, texts.all_statuses);
                for status in Status::ALL {
                    ui.selectable_value(
                        &mut view.status_filter,
                        Some(status),
                        texts.status(status, false),
                    );
                }
            })
            .response
            .accessible_name(texts.filter_status)
            .on_hover_text(texts.filter_status);
        let pillar_text = view
            .pillar_filter
            .map_or(texts.all_pillars, |p| texts.pillar(p));
        egui::ComboBox::from_id_salt("pillar_filter")
            .selected_text(pillar_text)
            .width(130.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.pillar_filter, None, texts.all_pillars);
                for pillar in Pillar::ALL {
                    ui.selectable_value(
                        &mut view.pillar_filter,
                        Some(pillar),
                        texts.pillar(pillar),
                    );
                }
            })
            .response
            .accessible_name(texts.filter_pillar)
            .on_hover_text(texts.filter_pillar);
    });
}

/// Draws the list.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    let lang = state.lang();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        super::commands::button(ui, state, Command::AddIndicator, actions);
    });
    ui.separator();
    filters_ui(ui, state, view);
    ui.separator();
    let entries = visible_entries(document, view);
    let row_height = ROW_HEIGHT;
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, entries.len(), |ui, range| {
            for entry in entries.get(range).unwrap_or_default() {
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(ui.available_width(), row_height),
                    egui::Sense::hover(),
                );
                ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| match entry {
                    Entry::Pillar(pillar, count) => {
                        ui.add_space(8.0);
                        ui.label(
                            RichText::new(format!("{} ({count})", texts.pillar(*pillar)))
                                .font(theme::bold(14.0)),
                        );
                    }
                    Entry::Indicator(index) => row_ui(ui, state, document, *index, lang, actions),
                });
            }
        });
}

/// Height of one line of the list; every entry has it, so only the visible ones are laid out.
const ROW_HEIGHT: f32 = 34.0;

/// One line of the list.
enum Entry {
    /// A pillar heading with the number of indicators shown under it.
    Pillar(Pillar, usize),
    /// An indicator, by index in the project.
    Indicator(usize),
}

/// The lines to show, after the filters and the search.
fn visible_entries(document: &Document, view: &ViewState) -> Vec<Entry> {
    let needle = view.search.to_lowercase();
    let mut entries = Vec::new();
    for pillar in Pillar::ALL {
        if view.pillar_filter.is_some_and(|p| p != pillar) {
            continue;
        }
        let rows: Vec<usize> = document
            .project
            .indicators
            .iter()
            .enumerate()
            .filter(|(index, indicator)| {
                let status = document.summary.indicators.get(*index).map(|p| p.status);
                indicator.pillar == pillar
                    && view.status_filter.is_none_or(|s| Some(s) == status)
                    && (needle.is_empty()
                        || indicator.name.to_lowercase().contains(&needle)
                        || indicator
                            .name_en
                            .as_ref()
                            .is_some_and(|n| n.to_lowercase().contains(&needle))
                        || indicator.id.contains(&needle))
            })
            .map(|(index, _)| index)
            .collect();
        if !rows.is_empty() {
            entries.push(Entry::Pillar(pillar, rows.len()));
            entries.extend(rows.into_iter().map(Entry::Indicator));
        }
    }
    entries
}

fn row_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    index: usize,
    lang: crate::i18n::Lang,
    actions: &mut Vec<Action>,
) {
    let (Some(indicator), Some(progress)) = (
        document.project.indicators.get(index),
        document.summary.indicators.get(index),
    ) else {
        return;
    };
    let selected =
        state.tab == Tab::Indicator && state.selected.as_deref() == Some(indicator.id.as_str());
    ui.horizontal(|ui| {
        progress_chips(ui, progress, lang);
        let name = crate::i18n::indicator_name(indicator, lang);
        let response = ui.add(egui::Button::selectable(selected, name).truncate());
        if response.clicked() {
            actions.push(Action::Select(indicator.id.clone()));
        }
    });
    // A level to keep has no roadmap share (0/0): no bar, its chip says the status.
    if progress.keeps_level {
        ui.add_space(5.0 + ui.spacing().item_spacing.y);
        return;
    }
    let fraction = progress.roadmap_share().unwrap_or(0.0) as f32;
    ui.add(
        ProgressBar::new(fraction)
            .desired_height(5.0)
            .fill(theme::status_fill(progress.status)),
    );
}
