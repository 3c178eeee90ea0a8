//! The consolidated figures: one row per indicator with its rule (which can be changed), the
//! figure in words, how many units met their target and how many reported, and the units' statuses.

use crate::i18n::indicator_name;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::{CollectionTab, ConsolidationView, act, clamped, header_cell};
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState};
use crate::consolidate::{ConsolidatedIndicator, Rule, figure_text, targets_met_text};
use crate::i18n::Lang;
use crate::progress::{Status, StatusCounts};
use crate::ui::theme;

/// Draws the summary tab.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts();
    let words = texts.consolidate;
    let consolidation = &open.consolidation;
    let later = consolidation
        .indicators
        .iter()
        .map(|i| i.later_values)
        .max()
        .unwrap_or(0);
    if later > 0 {
        let members = consolidation
            .members
            .iter()
            .filter(|m| m.values.iter().any(|v| v.later_values > 0))
            .count();
        ui.label(RichText::new((words.later_ignored)(members)).color(theme::weak_color(ui)));
    }
    // The name and the figure share what the fixed columns leave, so that 1024 points suffice.
    let free = (ui.available_width() - 30.0 - 190.0 - 150.0 - 64.0 - 150.0).max(300.0);
    TableBuilder::new(ui)
        .id_salt("consolidated_figures")
        .striped(true)
        .resizable(true)
        .column(Column::exact(30.0))
        .column(Column::initial(free * 0.42).at_least(120.0).clip(true))
        .column(Column::initial(190.0).at_least(120.0))
        .column(Column::initial(free * 0.58).at_least(140.0).clip(true))
        .column(Column::initial(150.0).clip(true))
        .column(Column::exact(64.0))
        .column(Column::remainder().at_least(90.0))
        .header(36.0, |mut header| {
            for title in [
                texts.report.col_number,
                texts.report.col_indicator,
                words.col_rule,
                words.col_figure,
                words.col_met,
                words.col_reporting,
                words.units_by_status,
            ] {
                header.col(|ui| header_cell(ui, title));
            }
        })
        .body(|body| {
            body.rows(44.0, consolidation.indicators.len(), |mut row| {
                let index = row.index();
                let Some(indicator) = consolidation.indicators.get(index) else {
                    return;
                };
                row.col(|ui| {
                    ui.label((index + 1).to_string());
                });
                row.col(|ui| {
                    let name = clamped(
                        ui,
                        RichText::new(indicator_name(&indicator.template, lang)).small(),
                        2,
                    );
                    if ui
                        .link(name)
                        .on_hover_text(indicator_name(&indicator.template, lang))
                        .clicked()
                    {
                        view.indicator = index;
                        view.tab = CollectionTab::Indicator;
                    }
                });
                row.col(|ui| rule_menu_ui(ui, lang, indicator, actions));
                row.col(|ui| {
                    let figure = figure_text(indicator, consolidation, lang);
                    let text = clamped(ui, RichText::new(&figure).small(), 2);
                    ui.label(text).on_hover_text(&figure);
                });
                row.col(|ui| {
                    let met = targets_met_text(indicator, consolidation, lang)
                        .unwrap_or_else(|| texts.none.to_owned());
                    let text = clamped(ui, RichText::new(&met).small(), 2);
                    ui.label(text).on_hover_text(&met);
                });
                row.col(|ui| {
                    ui.label(format!(
                        "{}/{}",
                        indicator.reporting, indicator.with_indicator
                    ));
                });
                row.col(|ui| status_bar_ui(ui, &indicator.statuses, lang));
            });
        });
}

/// The rule of an indicator, as a menu of the rules that fit it.
pub fn rule_menu_ui(
    ui: &mut Ui,
    lang: Lang,
    indicator: &ConsolidatedIndicator,
    actions: &mut Vec<Action>,
) {
    let words = lang.texts().consolidate;
    let template = &indicator.template;
    let current = crate::consolidate::rule_name(indicator.rule, lang);
    let name = format!("{} — {}", words.rule_label, indicator_name(template, lang));
    egui::ComboBox::from_id_salt(("rule", template.id.as_str()))
        .selected_text(RichText::new(current).small())
        .width(180.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(
                    !indicator.rule_chosen,
                    (words.rule_default)(crate::consolidate::rule_name(
                        indicator.default_rule,
                        lang,
                    )),
                )
                .clicked()
            {
                actions.push(act(ConsolidationAction::SetRule {
                    indicator_id: template.id.clone(),
                    rule: None,
                }));
            }
            for rule in Rule::choices(&template.unit, template.accumulation) {
                let chosen = indicator.rule_chosen && indicator.rule == rule;
                if ui
                    .selectable_label(chosen, crate::consolidate::rule_name(rule, lang))
                    .clicked()
                {
                    actions.push(act(ConsolidationAction::SetRule {
                        indicator_id: template.id.clone(),
                        rule: Some(rule),
                    }));
                }
            }
        })
        .response
        .accessible_name(name);
}

/// The members' statuses of one indicator as a bar of coloured segments, counts written in.
pub fn status_bar_ui(ui: &mut Ui, counts: &StatusCounts, lang: Lang) {
    let total = counts.total().max(1) as f32;
    let width = ui.available_width().max(60.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 18.0), egui::Sense::hover());
    let mut x = rect.min.x;
    for status in Status::ALL {
        let count = counts.count(status);
        if count == 0 {
            continue;
        }
        let segment = width * count as f32 / total;
        let part = egui::Rect::from_min_size(egui::pos2(x, rect.min.y), egui::vec2(segment, 18.0));
        ui.painter()
            .rect_filled(part, 0.0, theme::status_fill(status));
        if segment >= 14.0 {
            ui.painter().text(
                part.center(),
                egui::Align2::CENTER_CENTER,
                count.to_string(),
                egui::FontId::proportional(11.0),
                theme::status_text(status),
            );
        }
        x += segment;
    }
    response.on_hover_ui(|ui| {
        for status in Status::ALL {
            let count = counts.count(status);
            if count > 0 {
                ui.label(format!("{}: {count}", lang.texts().status(status, false)));
            }
        }
    });
}
