//! One indicator across the units: its rule, the consolidated figure in words, how many met their
//! target, and a bar chart of the units sorted by value in their status colours, with the target
//! they share and the consolidated figure as lines.

use crate::i18n::indicator_name;
use egui::{Color32, RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Plot, PlotBounds, VLine};

use super::summary::{rule_menu_ui, status_bar_ui};
use super::{ConsolidationView, text};
use crate::app::{Action, AppState, ChartTarget, ConsolidationState};
use crate::consolidate::{Combined, Consolidation, figure_text, targets_met_text};
use crate::i18n::{Lang, format_number};
use crate::model::Direction;
use crate::progress::Status;
use crate::ui::{plots, theme};

/// Height of one unit's bar row.
const ROW: f32 = 22.0;

/// Colour of the target line.
const TARGET: Color32 = Color32::from_rgb(200, 30, 30);

/// One unit's bar.
struct UnitBar {
    name: String,
    value: f64,
    status: Status,
    text: String,
}

/// The bars of one indicator, best first; the units without a value apart.
fn bars(consolidation: &Consolidation, index: usize, lang: Lang) -> (Vec<UnitBar>, Vec<String>) {
    let lower_is_better = consolidation
        .indicators
        .get(index)
        .is_some_and(|i| i.template.judged_direction() == Direction::LowerIsBetter);
    let mut bars = Vec::new();
    let mut missing = Vec::new();
    for (member_index, member) in consolidation.members.iter().enumerate() {
        let Some(value) = consolidation.cell(member_index, index) else {
            continue;
        };
        match value.counted {
            Some(counted) => bars.push(UnitBar {
                name: member.display_name(),
                value: counted.value,
                status: value.status,
                text: text::member_value(value, lang),
            }),
            None => missing.push(member.display_name()),
        }
    }
    bars.sort_by(|a, b| {
        if lower_is_better {
            a.value.total_cmp(&b.value)
        } else {
            b.value.total_cmp(&a.value)
        }
    });
    (bars, missing)
}

/// Draws the "by indicator" tab.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let consolidation = &open.consolidation;
    let count = consolidation.indicators.len();
    if count == 0 {
        ui.label(lang.texts().consolidate.nothing);
        return;
    }
    view.indicator = view.indicator.min(count - 1);
    chooser_ui(ui, state, open, view);
    let Some(indicator) = consolidation.indicators.get(view.indicator) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        rule_menu_ui(ui, lang, indicator, actions);
        ui.label(RichText::new(figure_text(indicator, consolidation, lang)).strong());
    });
    ui.horizontal(|ui| {
        if let Some(met) = targets_met_text(indicator, consolidation, lang) {
            ui.label(met);
            ui.separator();
        }
        ui.label(format!(
            "{}: {}/{}",
            lang.texts().consolidate.col_reporting,
            indicator.reporting,
            indicator.with_indicator
        ));
    });
    ui.scope(|ui| {
        ui.set_max_width(520.0);
        status_bar_ui(ui, &indicator.statuses, lang);
    });
    ui.add_space(6.0);
    ScrollArea::vertical()
        .id_salt("indicator_chart_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            chart_ui(ui, state, consolidation, view.indicator, Some(actions))
        });
}

fn chooser_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
) {
    let lang = state.lang();
    let texts = lang.texts();
    let indicators = &open.consolidation.indicators;
    ui.horizontal(|ui| {
        if ui.button("‹").clicked() {
            view.indicator = view.indicator.saturating_sub(1);
        }
        let current = indicators
            .get(view.indicator)
            .map_or("", |i| indicator_name(&i.template, lang));
        egui::ComboBox::from_id_salt("collection_indicator")
            .selected_text(current)
            .width(ui.available_width() - 60.0)
            .height(420.0)
            .show_ui(ui, |ui| {
                for (index, indicator) in indicators.iter().enumerate() {
                    let label = format!(
                        "{}. {}",
                        index + 1,
                        indicator_name(&indicator.template, lang)
                    );
                    ui.selectable_value(&mut view.indicator, index, label);
                }
            })
            .response
            .accessible_name(texts.report.col_indicator);
        if ui.button("›").clicked() {
            view.indicator = (view.indicator + 1).min(indicators.len().saturating_sub(1));
        }
    });
}

/// The bars, best first from the top; a zero ("Không", no incident) still shows a sliver of
/// `floor` in its status colour.
fn plot_bars(bars: &[UnitBar], floor: f64, lang: Lang) -> Vec<Bar> {
    let count = bars.len();
    bars.iter()
        .enumerate()
        .map(|(rank, bar)| {
            Bar::new((count - rank) as f64, bar.value.max(floor))
                .fill(theme::status_fill(bar.status))
                .width(0.7)
                .name(format!(
                    "{} — {} ({})",
                    bar.name,
                    bar.text,
                    lang.texts().status(bar.status, false)
                ))
        })
        .collect()
}

/// The lines named beside the chart: a legend inside would cover the bars.
fn legend_ui(ui: &mut Ui, target: bool, figure: bool, lang: Lang) {
    let words = lang.texts().consolidate;
    ui.horizontal(|ui| {
        if target {
            ui.label(
                RichText::new(format!("— {}", words.target_line))
                    .color(TARGET)
                    .strong(),
            );
        }
        if figure {
            ui.label(RichText::new(format!("- - {}", words.consolidated_line)).strong());
        }
    });
}

/// The bar chart of one indicator; with `actions`, framed with its title and a PNG button (a
/// slide shows it bare).
pub fn chart_ui(
    ui: &mut Ui,
    state: &AppState,
    consolidation: &Consolidation,
    index: usize,
    actions: Option<&mut Vec<Action>>,
) {
    let lang = state.lang();
    let words = lang.texts().consolidate;
    let Some(indicator) = consolidation.indicators.get(index) else {
        return;
    };
    let (bars, missing) = bars(consolidation, index, lang);
    let count = bars.len();
    let names: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let target = indicator.common_target.map(|t| t.value);
    // The consolidated figure is on the units' scale only for a mean or a ratio.
    let figure = match indicator.combined {
        Combined::Mean(_) | Combined::Ratio { .. } => indicator.combined.figure(),
        _ => None,
    };
    let right = right_edge(&bars, target, figure);
    let plot_bars = plot_bars(&bars, right * 0.006, lang);
    // A slide gives the chart the whole height left (the legend and the missing line apart) and
    // shows no hover labels, which the pointer resting on a slide would otherwise raise.
    let bare = actions.is_none();
    let rows = (count as f32 * ROW).max(80.0) + 50.0;
    let below = if missing.is_empty() { 0.0 } else { 30.0 };
    let height = if bare {
        rows.max(ui.available_height() - 30.0 - below)
    } else {
        rows
    };
    let chart = ChartTarget::CollectionBars(indicator.template.id.clone());
    let draw = |ui: &mut Ui| {
        legend_ui(ui, target.is_some(), figure.is_some(), lang);
        plots::category_axis(plots::locked(Plot::new(("collection_bars", index))), names)
            .height(height)
            .show_grid([true, false])
            .x_axis_formatter(move |mark, _| format_number(mark.value, 2, lang))
            .y_axis_min_width(170.0)
            .show_x(!bare)
            .show_y(!bare)
            .show_crosshair(!bare)
            .show(ui, |plot| {
                plot.set_plot_bounds(PlotBounds::from_min_max(
                    [0.0, 0.3],
                    [right, count as f64 + 0.7],
                ));
                plot.bar_chart(
                    BarChart::new(indicator_name(&indicator.template, lang), plot_bars)
                        .horizontal()
                        .allow_hover(!bare),
                );
                if let Some(target) = target {
                    plot.vline(
                        VLine::new(words.target_line, target)
                            .color(TARGET)
                            .width(2.0)
                            .allow_hover(!bare),
                    );
                }
                if let Some(figure) = figure {
                    plot.vline(
                        VLine::new(words.consolidated_line, figure)
                            .color(Color32::from_rgb(20, 20, 20))
                            .style(egui_plot::LineStyle::dashed_loose())
                            .width(2.0)
                            .allow_hover(!bare),
                    );
                }
            });
    };
    match actions {
        Some(actions) => {
            plots::chart_frame(
                ui,
                &chart,
                indicator_name(&indicator.template, lang),
                lang,
                actions,
                draw,
            );
        }
        None => draw(ui),
    }
    missing_ui(ui, &missing, lang);
}

/// The right end of the value axis: a little beyond the largest bar or line.
fn right_edge(bars: &[UnitBar], target: Option<f64>, figure: Option<f64>) -> f64 {
    let largest = bars
        .iter()
        .map(|b| b.value)
        .chain(target)
        .chain(figure)
        .fold(0.0_f64, f64::max);
    if largest > 0.0 { largest * 1.08 } else { 1.0 }
}

/// The units without a value, under the chart.
fn missing_ui(ui: &mut Ui, missing: &[String], lang: Lang) {
    if missing.is_empty() {
        return;
    }
    ui.label(
        RichText::new(format!(
            "{}: {}",
            lang.texts().status(Status::NoData, false),
            missing.join(", ")
        ))
        .color(theme::weak_color(ui)),
    );
}
