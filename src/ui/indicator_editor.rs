//! The centre: the selected indicator, every field editable, with its progress in words.

use egui::{Grid, RichText, ScrollArea, Ui};

use super::fields::{self, FieldLook};
use super::indicator_kind::{accumulation_combo, direction_combo, pillar_combo, unit_ui};
use super::words::{forecast_sentence, progress_chips, progress_sentence, verdict_lines};
use super::{ViewState, measurements, targets, theme};
use crate::app::{Action, AppState, ChartTarget, Document, Edit};
use crate::i18n::{Lang, indicator_name};
use crate::model::{Baseline, Indicator, MeasureUnit};
use crate::progress::IndicatorProgress;

/// Draws the editor of the selected indicator.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts();
    let selected = state.selected.as_deref().and_then(|id| {
        let index = document
            .project
            .indicators
            .iter()
            .position(|i| i.id == id)?;
        Some((
            document.project.indicators.get(index)?,
            document.summary.indicators.get(index)?,
            document.charts.trajectories.get(index)?,
        ))
    });
    let Some((indicator, progress, trajectory)) = selected else {
        ui.centered_and_justified(|ui| {
            ui.label(texts.no_indicator_selected);
        });
        return;
    };
    let mut draft = indicator.clone();
    let mut changed = false;
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            header_ui(ui, state.lang(), indicator, progress);
            let title = format!(
                "{} — {}",
                lang_texts_trajectory(state),
                indicator_name(indicator, state.lang())
            );
            let target = ChartTarget::Trajectory(indicator.id.clone());
            super::plots::chart_frame(ui, &target, &title, state.lang(), actions, |ui| {
                super::plots::trajectory_ui(ui, trajectory, state.lang(), 230.0);
            });
            ui.separator();
            changed |= general_ui(ui, state.lang(), &mut draft);
            ui.separator();
            changed |= baseline_ui(ui, state, &mut draft);
            ui.separator();
            changed |= targets::ui(ui, state.lang(), document.project.as_of, &mut draft);
            ui.separator();
            changed |= measurements::ui(ui, state, &mut draft, view, actions);
            ui.separator();
            if ui.button(texts.remove_indicator).clicked() {
                actions.push(Action::ConfirmRemove(indicator.id.clone()));
            }
        });
    if changed {
        actions.push(Action::Edit(Edit::Indicator(Box::new(draft))));
    }
}

fn lang_texts_trajectory(state: &AppState) -> &'static str {
    state.lang().texts().trajectory_title
}

fn header_ui(ui: &mut Ui, lang: Lang, indicator: &Indicator, progress: &IndicatorProgress) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(&indicator.name);
        progress_chips(ui, progress, lang);
    });
    ui.label(RichText::new(progress_sentence(indicator, progress, lang)).size(16.0))
        .on_hover_text(lang.texts().sentences.figures_hint);
    if let Some(sentence) = forecast_sentence(indicator, progress, lang) {
        ui.label(sentence);
    }
    for line in verdict_lines(indicator, progress, lang) {
        ui.label(RichText::new(line).strong());
    }
    if let Some(fraction) = progress.roadmap_share() {
        ui.add(
            egui::ProgressBar::new(fraction as f32)
                .desired_width(320.0)
                .fill(theme::status_fill(progress.status)),
        );
    }
}

fn general_ui(ui: &mut Ui, lang: Lang, draft: &mut Indicator) -> bool {
    let texts = lang.texts();
    let mut changed = false;
    let id = ui.make_persistent_id(("indicator", draft.id.clone()));
    ui.label(RichText::new(texts.general_section).font(theme::bold(15.0)));
    Grid::new("general_fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(texts.field_id);
            ui.label(RichText::new(&draft.id).monospace());
            ui.end_row();
            ui.label(texts.field_name);
            changed |= fields::text(
                ui,
                id.with("name"),
                texts.field_name,
                &mut draft.name,
                FieldLook::WIDE,
            );
            ui.end_row();
            ui.label(texts.field_name_en);
            let mut name_en = draft.name_en.clone().unwrap_or_default();
            if fields::text(
                ui,
                id.with("name_en"),
                texts.field_name_en,
                &mut name_en,
                FieldLook::WIDE,
            ) {
                draft.name_en = (!name_en.is_empty()).then_some(name_en);
                changed = true;
            }
            ui.end_row();
            ui.label(texts.field_pillar);
            changed |= pillar_combo(ui, lang, &mut draft.pillar);
            ui.end_row();
            ui.label(texts.field_unit);
            changed |= unit_ui(ui, lang, id, &mut draft.unit, &mut draft.yes_no_words);
            // A rank is always lower-is-better: no choice is offered.
            changed |= draft.fix_rank_direction();
            ui.end_row();
            ui.label(texts.field_direction);
            if matches!(draft.unit, MeasureUnit::Rank) {
                ui.label(texts.editor.rank_direction);
            } else {
                changed |= direction_combo(ui, lang, &mut draft.direction);
            }
            ui.end_row();
            ui.label(texts.editor.accumulation_field);
            ui.vertical(|ui| {
                changed |= accumulation_combo(ui, lang, &mut draft.accumulation);
                if draft.is_per_year() {
                    ui.label(
                        RichText::new(texts.editor.per_year_hint)
                            .small()
                            .color(theme::weak_color(ui)),
                    );
                }
            });
            ui.end_row();
            ui.label(texts.field_definition);
            changed |= fields::text(
                ui,
                id.with("definition"),
                texts.field_definition,
                &mut draft.definition,
                FieldLook::MULTILINE,
            );
            ui.end_row();
            ui.label(texts.field_legal_basis);
            changed |= fields::text(
                ui,
                id.with("legal"),
                texts.field_legal_basis,
                &mut draft.legal_basis,
                FieldLook::WIDE,
            );
            ui.end_row();
            ui.label(texts.field_responsible);
            changed |= fields::text(
                ui,
                id.with("responsible"),
                texts.field_responsible,
                &mut draft.responsible,
                FieldLook::WIDE,
            );
            ui.end_row();
            changed |= annual_fields_ui(ui, lang, id, draft);
        });
    changed
}

/// The fields the annual plan prints: tasks and measures, and when they are due.
fn annual_fields_ui(ui: &mut Ui, lang: Lang, id: egui::Id, draft: &mut Indicator) -> bool {
    let texts = lang.texts().planning;
    let mut changed = false;
    ui.label(texts.field_task);
    ui.vertical(|ui| {
        changed |= fields::text(
            ui,
            id.with("task"),
            texts.field_task,
            &mut draft.task,
            FieldLook::MULTILINE,
        );
        ui.label(
            RichText::new(texts.annual_fields_hint)
                .small()
                .color(theme::weak_color(ui)),
        );
    });
    ui.end_row();
    ui.label(texts.field_due);
    changed |= fields::text(
        ui,
        id.with("due"),
        texts.field_due,
        &mut draft.due,
        FieldLook::narrow(220.0),
    );
    ui.end_row();
    changed
}

fn baseline_ui(ui: &mut Ui, state: &AppState, draft: &mut Indicator) -> bool {
    let lang = state.lang();
    let texts = lang.texts();
    let id = ui.make_persistent_id(("baseline", draft.id.clone()));
    let mut changed = false;
    ui.label(RichText::new(texts.baseline_section).font(theme::bold(15.0)));
    ui.horizontal(|ui| {
        let baseline = draft.baseline.unwrap_or(Baseline {
            date: state
                .document
                .as_ref()
                .map_or(state.today, |d| d.project.as_of),
            value: 0.0,
        });
        ui.label(texts.baseline_date);
        if let Some(date) = fields::date(
            ui,
            id.with("date"),
            texts.baseline_date,
            baseline.date,
            lang,
        ) {
            draft.baseline = Some(Baseline { date, ..baseline });
            changed = true;
        }
        ui.label(texts.baseline_value);
        let value = draft.baseline.map(|b| b.value);
        match fields::value(
            ui,
            id.with("value"),
            texts.baseline_value,
            value,
            fields::ValueKind::of(draft),
            lang,
            FieldLook::narrow(90.0),
        ) {
            Some(Some(value)) => {
                draft.baseline = Some(Baseline { value, ..baseline });
                changed = true;
            }
            Some(None) => {
                draft.baseline = None;
                changed = true;
            }
            None => {}
        }
    });
    if draft.baseline.is_none() {
        ui.label(RichText::new(texts.no_baseline_hint).color(theme::weak_color(ui)));
    }
    let planning = texts.planning;
    ui.horizontal(|ui| {
        ui.label(planning.baseline_source_field);
        changed |= fields::text(
            ui,
            id.with("source"),
            planning.baseline_source_field,
            &mut draft.baseline_source,
            FieldLook::WIDE,
        );
    });
    changed
}
