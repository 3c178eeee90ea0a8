//! egui_plot drawings of the chart specs in [`crate::charts`]. They only draw: every number comes
//! from the spec, computed once per change of the project.

use egui::{Color32, Ui};
use egui_plot::{
    Bar, BarChart, Corner, GridInput, GridMark, Legend, Line, LineStyle, MarkerShape, Plot,
    PlotBounds, PlotPoint, Points, Text, VLine,
};

mod legend;
mod pillars;

use super::theme;
pub use pillars::pillar_summary_ui;

use crate::app::{Action, ChartTarget};
use crate::charts::{OverviewSpec, TrajectorySpec, from_day_number};
use crate::i18n::{Lang, format_date, format_number};
use crate::progress::Status;

/// The id under which a chart's rectangle (title and legend included) is remembered.
pub fn chart_rect_id(key: &str) -> egui::Id {
    egui::Id::unique(("chart_rect", key))
}

/// Where a chart was drawn, and in which frame.
#[derive(Clone, Copy, Debug)]
struct ChartPlacement {
    /// The visible part of the chart, title and legend included.
    rect: egui::Rect,
    /// The frame it was drawn in.
    frame: u64,
}

/// The visible rectangle of `target` if it was drawn in the current frame: the chart export
/// crops its screenshot of this frame to it. `None` when the chart is not on screen.
pub fn chart_on_screen(ctx: &egui::Context, target: &ChartTarget) -> Option<egui::Rect> {
    let placement = ctx.data(|d| d.get_temp::<ChartPlacement>(chart_rect_id(&target.key())))?;
    (placement.frame == ctx.cumulative_frame_nr() && placement.rect.is_positive())
        .then_some(placement.rect)
}

/// Where `target` was last drawn, in whatever frame (for tests and diagnostics).
pub fn last_chart_rect(ctx: &egui::Context, target: &ChartTarget) -> Option<egui::Rect> {
    ctx.data(|d| d.get_temp::<ChartPlacement>(chart_rect_id(&target.key())))
        .map(|placement| placement.rect)
}

/// Draws a chart with its title and a "PNG" button; remembers where it is for the export.
pub fn chart_frame(
    ui: &mut Ui,
    target: &ChartTarget,
    title: &str,
    lang: Lang,
    actions: &mut Vec<Action>,
    add: impl FnOnce(&mut Ui),
) {
    let texts = lang.texts();
    let response = ui.scope(|ui| {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(title).font(theme::bold(15.0)));
            if ui
                .small_button(texts.export_png)
                .on_hover_text(texts.export_png_hint)
                .clicked()
            {
                actions.push(Action::ExportChart(target.clone()));
            }
        });
        add(ui);
    });
    let placement = ChartPlacement {
        rect: response.response.rect.intersect(ui.clip_rect()),
        frame: ui.ctx().cumulative_frame_nr(),
    };
    ui.ctx()
        .data_mut(|d| d.insert_temp(chart_rect_id(&target.key()), placement));
}

/// A chart that stays where it is: no drag, zoom or scroll (it is read, not explored).
pub(crate) fn locked(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// A y axis of categories: `names[0]` at the top (value `names.len()`), one grid line per row.
pub(crate) fn category_axis(plot: Plot<'_>, names: Vec<String>) -> Plot<'_> {
    let count = names.len();
    plot.y_axis_formatter(move |mark, _| {
        let index = count as f64 - mark.value;
        if (index - index.round()).abs() > 1e-6 || index < -0.5 {
            return String::new();
        }
        names
            .get(index.round() as usize)
            .cloned()
            .unwrap_or_default()
    })
    .y_grid_spacer(move |_| {
        (1..=count)
            .map(|v| GridMark {
                value: v as f64,
                step_size: 1.0,
            })
            .collect()
    })
}

/// Height of one bar row in the overview, in points: the same at any window width.
pub const OVERVIEW_ROW: f32 = 22.0;

fn year_marks(input: GridInput) -> Vec<GridMark> {
    let (first, last) = input.bounds;
    let (Some(start), Some(end)) = (from_day_number(first), from_day_number(last)) else {
        return Vec::new();
    };
    let years = chrono::Datelike::year(&end) - chrono::Datelike::year(&start);
    let step = if years > 12 { 5 } else { 1 };
    (chrono::Datelike::year(&start)..=chrono::Datelike::year(&end) + 1)
        .filter(|y| y % step == 0)
        .filter_map(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1))
        .map(|d| GridMark {
            value: crate::charts::day_number(d),
            step_size: 365.0 * f64::from(step),
        })
        // A year before the axis starts would have its label drawn off the plot.
        .filter(|mark| mark.value >= first && mark.value <= last)
        .collect()
}

/// The measured values: a line per run (one per year for a per-year indicator) and a dot each.
fn measured_ui(
    plot: &mut egui_plot::PlotUi<'_>,
    spec: &TrajectorySpec,
    name: &str,
    colour: Color32,
) {
    for run in &spec.measured_runs {
        let points = spec.measured.points.get(run.clone()).unwrap_or_default();
        plot.line(Line::new(name, points.to_vec()).color(colour).width(2.5));
    }
    plot.points(
        Points::new(name, spec.measured.points.clone())
            .color(colour)
            .radius(3.5)
            .filled(true),
    );
}

/// Draws the trajectory of one indicator, the plot `height` points high, with its legend written
/// below it (inside the plot a legend hides the data of the last years).
pub fn trajectory_ui(
    ui: &mut Ui,
    spec: &TrajectorySpec,
    lang: Lang,
    height: f32,
) -> egui::Response {
    let texts = lang.texts();
    let measured_colour = theme::TRAJECTORY_MEASURED;
    let hover_lang = lang;
    let unit = spec.unit_label.clone();
    let response = locked(Plot::new(("trajectory", spec.title.as_str())))
        .height(height)
        .x_axis_label(texts.axis_time)
        .y_axis_label(format!("{} ({})", texts.axis_value, spec.unit_label))
        .x_grid_spacer(year_marks)
        .x_axis_formatter(|mark, _| {
            from_day_number(mark.value)
                .map(|d| d.format("%Y").to_string())
                .unwrap_or_default()
        })
        .y_axis_formatter(move |mark, _| format_number(mark.value, 2, hover_lang))
        .label_formatter(move |position| {
            let (name, point) = match position {
                egui_plot::HoverPosition::NearDataPoint {
                    plot_name,
                    position,
                    ..
                } => (*plot_name, *position),
                egui_plot::HoverPosition::Elsewhere { position } => ("", *position),
            };
            let date = from_day_number(point.x)
                .map(format_date)
                .unwrap_or_default();
            Some(format!(
                "{name}\n{date}\n{} {unit}",
                format_number(point.y, 2, hover_lang)
            ))
        })
        .default_x_bounds(spec.day_range[0], spec.day_range[1])
        .default_y_bounds(spec.value_range[0], spec.value_range[1])
        .show(ui, |plot| {
            plot.set_plot_bounds(PlotBounds::from_min_max(
                [spec.day_range[0], spec.value_range[0]],
                [spec.day_range[1], spec.value_range[1]],
            ));
            plot.line(
                Line::new(texts.series_planned, spec.planned.points.clone())
                    .color(theme::TRAJECTORY_PLANNED)
                    .style(LineStyle::dashed_loose()),
            );
            if spec.forecast.points.len() >= 2 {
                plot.line(
                    Line::new(texts.series_forecast, spec.forecast.points.clone())
                        .color(theme::TRAJECTORY_FORECAST)
                        .style(LineStyle::dashed_dense()),
                );
            }
            measured_ui(plot, spec, texts.series_measured, measured_colour);
            if let Some(baseline) = spec.baseline {
                plot.points(
                    Points::new(texts.series_baseline, vec![baseline])
                        .color(theme::CHART_MARKER)
                        .shape(MarkerShape::Square)
                        .radius(5.0),
                );
            }
            target_markers(plot, spec, lang);
            plot.vline(
                VLine::new(texts.series_as_of, spec.as_of_day)
                    .color(theme::TRAJECTORY_AS_OF)
                    .style(LineStyle::dotted_dense()),
            );
        })
        .response;
    legend::trajectory_legend_ui(ui, spec, lang);
    response
}

/// Each target as a diamond (green when met, dark red when missed) with its year beside it.
fn target_markers(plot: &mut egui_plot::PlotUi<'_>, spec: &TrajectorySpec, lang: Lang) {
    let texts = lang.texts();
    for target in &spec.targets {
        let colour = match target.met {
            Some(true) => theme::status_fill(Status::Achieved),
            Some(false) => theme::status_fill(Status::Missed),
            None => theme::TRAJECTORY_TARGET,
        };
        plot.points(
            Points::new(texts.series_target, vec![[target.day, target.value]])
                .color(colour)
                .shape(MarkerShape::Diamond)
                .radius(7.0)
                .filled(true),
        );
        // The year beside its diamond, on the side with room: to the right of a target near the
        // start of the axis, else to the left.
        let span = spec.day_range[1] - spec.day_range[0];
        let (year, anchor) = if target.day - spec.day_range[0] < span * 0.15 {
            (format!("   {}", target.year), egui::Align2::LEFT_BOTTOM)
        } else {
            (format!("{}   ", target.year), egui::Align2::RIGHT_BOTTOM)
        };
        plot.text(
            Text::new(
                texts.series_target,
                PlotPoint::new(target.day, target.value),
                year,
            )
            .anchor(anchor),
        );
    }
}

/// Writes the status of each row without a roadmap share (a level to keep) where its bar would
/// start, instead of a bar.
fn status_only_rows(plot: &mut egui_plot::PlotUi<'_>, spec: &OverviewSpec, lang: Lang) {
    let count = spec.bars.len();
    for (index, bar) in spec.bars.iter().enumerate() {
        if bar.percent.is_some() {
            continue;
        }
        let status = lang.texts().status(bar.status, bar.exceeded);
        let chip = egui::RichText::new(format!(" {status} "))
            .background_color(theme::status_fill(bar.status))
            .color(theme::status_text(bar.status));
        // No name: the status is not a series of the legend.
        let at = PlotPoint::new(1.0, (count - index) as f64);
        plot.text(Text::new("", at, chip).anchor(egui::Align2::LEFT_CENTER));
    }
}

/// Draws the progress overview; returns the index of a clicked bar.
pub fn overview_ui(ui: &mut Ui, spec: &OverviewSpec, lang: Lang, id: &str) -> Option<usize> {
    let texts = lang.texts();
    let count = spec.bars.len();
    let position = |index: usize| (count - index) as f64;
    let names: Vec<String> = spec
        .bars
        .iter()
        .map(|b| {
            let name = b.display_name(lang);
            let short: String = name.chars().take(42).collect();
            if short.len() < name.len() {
                format!("{short}…")
            } else {
                short
            }
        })
        .collect();
    let bars: Vec<Bar> = spec
        .bars
        .iter()
        .enumerate()
        .filter_map(|(index, bar)| bar.percent.map(|percent| (index, bar, percent)))
        .map(|(index, bar, percent)| {
            Bar::new(position(index), percent.max(0.8))
                .fill(theme::status_fill(bar.status))
                .width(0.7)
                .name(format!(
                    "{} — {}",
                    bar.display_name(lang),
                    texts.status(bar.status, bar.exceeded)
                ))
        })
        .collect();
    let expected: Vec<[f64; 2]> = spec
        .bars
        .iter()
        .enumerate()
        .filter_map(|(index, bar)| bar.expected_percent.map(|e| [e, position(index)]))
        .collect();
    let height = (count as f32 * OVERVIEW_ROW).max(80.0) + 40.0;
    let response = category_axis(locked(Plot::new(("overview", id))), names)
        .height(height)
        .legend(Legend::default().position(Corner::RightBottom))
        .show_grid([true, false])
        .x_axis_label(texts.axis_progress)
        .y_axis_min_width(280.0)
        .default_x_bounds(0.0, 115.0)
        .default_y_bounds(0.3, count as f64 + 0.7)
        .show(ui, |plot| {
            plot.set_plot_bounds(PlotBounds::from_min_max(
                [0.0, 0.3],
                [115.0, count as f64 + 0.7],
            ));
            plot.bar_chart(BarChart::new(texts.axis_progress, bars).horizontal());
            plot.points(
                Points::new(texts.series_expected, expected)
                    .shape(MarkerShape::Diamond)
                    .radius(4.0)
                    .color(theme::CHART_MARKER)
                    .filled(true),
            );
            status_only_rows(plot, spec, lang);
            for (index, bar) in spec.bars.iter().enumerate().filter(|(_, b)| b.exceeded) {
                plot.text(Text::new(
                    texts.status_exceeded,
                    PlotPoint::new(106.0, position(index)),
                    texts.status_exceeded,
                ));
                let _ = bar;
            }
        });
    let data_rect = response.response.rect;
    ui.ctx()
        .data_mut(|d| d.insert_temp(chart_rect_id(&format!("overview_data:{id}")), data_rect));
    let click = response
        .response
        .clicked()
        .then(|| response.response.interact_pointer_pos())
        .flatten()?;
    let value = response.transform.value_from_position(click);
    let index = (count as f64 - value.y).round();
    (index >= 0.0 && (index as usize) < count).then_some(index as usize)
}

/// The status legend as written chips (the same everywhere, never colour alone).
pub fn legend_ui(ui: &mut Ui, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for status in Status::ALL {
            super::words::status_chip(ui, status, false, lang);
        }
    });
}
