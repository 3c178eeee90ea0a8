//! The pillar summary on the dashboard and its slide: stacked counts by status per pillar, the
//! achieved count after each bar, and each bar's hover label the whole row in words.

use egui::Ui;
use egui_plot::{Bar, BarChart, GridInput, GridMark, Plot, PlotBounds, PlotPoint, Text};

use super::{category_axis, legend_ui, locked};
use crate::charts::PillarSummarySpec;
use crate::i18n::Lang;
use crate::progress::Status;
use crate::ui::theme;

/// Draws the pillar summary: stacked counts by status per pillar, `row_height` points a pillar,
/// with how many of each pillar's indicators are achieved written after its bar.
pub fn pillar_summary_ui(ui: &mut Ui, spec: &PillarSummarySpec, lang: Lang, row_height: f32) {
    let texts = lang.texts();
    let rows = spec.rows.len();
    let names: Vec<String> = spec
        .rows
        .iter()
        .map(|r| texts.pillar(r.pillar).to_owned())
        .collect();
    let labels: Vec<Option<String>> = spec
        .rows
        .iter()
        .map(|r| Some((texts.achieved_label)(r.counts.achieved, r.counts.total())))
        .collect();
    let charts = stacked_status_bars(spec, lang);
    let layout = SummaryLayout::measure(ui, spec, &names, &labels);
    category_axis(locked(Plot::new("pillar_summary")), names)
        // No crosshair and no rulers on hover (they are drawn in the cursor colour): only the
        // row's words beside the bar under the pointer.
        .show_crosshair(false)
        .cursor_color(egui::Color32::TRANSPARENT)
        .height(rows as f32 * row_height + 70.0)
        .show_grid([true, false])
        .x_axis_label(texts.axis_count)
        .x_grid_spacer(count_marks)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_min_width(layout.axis_width)
        .default_x_bounds(0.0, layout.x_max)
        .default_y_bounds(0.3, rows as f64 + 0.7)
        .show(ui, |plot| {
            plot.set_plot_bounds(PlotBounds::from_min_max(
                [0.0, 0.3],
                [layout.x_max, rows as f64 + 0.7],
            ));
            for chart in charts {
                plot.bar_chart(chart);
            }
            for (index, (row, label)) in spec.rows.iter().zip(labels).enumerate() {
                if let Some(label) = label {
                    plot.text(
                        Text::new(
                            texts.pillar_summary_title,
                            PlotPoint::new(
                                row.counts.total() as f64 + layout.label_offset,
                                (rows - index) as f64,
                            ),
                            label,
                        )
                        .anchor(egui::Align2::LEFT_CENTER),
                    );
                }
            }
        });
    legend_ui(ui, lang);
}

/// Whole numbers on a count axis (a count has no halves): every 1, 2, 5, 10… whichever first
/// leaves 80 points between labels, where egui_plot writes them at full strength.
fn count_marks(input: GridInput) -> Vec<GridMark> {
    let (first, last) = input.bounds;
    // `base_step_size` is the axis length of 8 points.
    let wanted = (input.base_step_size * 10.0).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0]
        .into_iter()
        .find(|step| *step >= wanted)
        .unwrap_or(1000.0);
    let mut marks = Vec::new();
    let mut value = (first / step).ceil().max(0.0) * step;
    while value <= last {
        marks.push(GridMark {
            value,
            step_size: step,
        });
        value += step;
    }
    marks
}

/// The horizontal room of the pillar summary, measured so that every "bình quân" label fits
/// between its bar and the right edge at the chart's width.
struct SummaryLayout {
    /// Width of the pillar names' axis, in points.
    axis_width: f32,
    /// The right end of the count axis.
    x_max: f64,
    /// Gap between a bar's end and its label, in counts.
    label_offset: f64,
}

impl SummaryLayout {
    fn measure(
        ui: &Ui,
        spec: &PillarSummarySpec,
        names: &[String],
        labels: &[Option<String>],
    ) -> Self {
        let width_of = |text: &str, style: egui::TextStyle| {
            ui.painter()
                .layout_no_wrap(
                    text.to_owned(),
                    style.resolve(ui.style()),
                    ui.visuals().text_color(),
                )
                .size()
                .x
        };
        let axis_width = names
            .iter()
            .map(|name| width_of(name, egui::TextStyle::Body))
            .fold(40.0_f32, f32::max)
            + 16.0;
        // The plot keeps a small frame inside its rectangle; leave it out of the usable width.
        let plot_width = f64::from((ui.available_width() - axis_width - 12.0).max(60.0));
        let gap = 6.0;
        let mut x_max = 1.0_f64;
        for (row, label) in spec.rows.iter().zip(labels) {
            let total = row.counts.total() as f64;
            x_max = x_max.max(total * 1.08);
            if let Some(label) = label {
                // The label takes this share of the axis; the bar and the gap share the rest.
                let share = ((f64::from(width_of(label, egui::TextStyle::Small)) + 2.0 * gap)
                    / plot_width)
                    .min(0.7);
                x_max = x_max.max(total / (1.0 - share));
            }
        }
        let x_max = x_max.max(1.0);
        Self {
            axis_width,
            x_max,
            label_offset: gap / plot_width * x_max,
        }
    }
}

/// One stacked bar chart per status, each stacked on the ones before.
/// The pillars' bars, one chart per status (see [`status_bars`]).
fn stacked_status_bars(spec: &PillarSummarySpec, lang: Lang) -> Vec<BarChart> {
    let texts = lang.texts();
    status_bars(spec, lang)
        .into_iter()
        .map(|(status, bars)| {
            BarChart::new(texts.status(status, false), bars)
                .color(theme::status_fill(status))
                .horizontal()
                .element_formatter(Box::new(|bar, _| bar.name.clone()))
        })
        .collect()
}

/// Every status's bars, each bar placed after the row's earlier statuses. A status a row has none
/// of draws no bar (so no "0" label can show over another row), and every bar's hover label is
/// the whole row in words ("Xã hội số: 1 Đạt, 1 Đúng tiến độ").
fn status_bars(spec: &PillarSummarySpec, lang: Lang) -> Vec<(Status, Vec<Bar>)> {
    let rows = spec.rows.len();
    let words: Vec<String> = spec
        .rows
        .iter()
        .map(|row| row_in_words(row, lang))
        .collect();
    let mut offsets = vec![0.0_f64; rows];
    Status::ALL
        .iter()
        .map(|&status| {
            let bars = spec
                .rows
                .iter()
                .enumerate()
                .filter_map(|(index, row)| {
                    let count = row.counts.count(status) as f64;
                    let offset = offsets[index];
                    offsets[index] += count;
                    (count > 0.0).then(|| {
                        Bar::new((rows - index) as f64, count)
                            .base_offset(offset)
                            .width(0.6)
                            .fill(theme::status_fill(status))
                            .stroke(egui::Stroke::new(1.0, theme::BAR_OUTLINE))
                            .name(&words[index])
                    })
                })
                .collect();
            (status, bars)
        })
        .collect()
}

/// A pillar's row in words: its name and every status it has, with the count.
fn row_in_words(row: &crate::charts::PillarRow, lang: Lang) -> String {
    let texts = lang.texts();
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|&&status| row.counts.count(status) > 0)
        .map(|&status| {
            format!(
                "{} {}",
                row.counts.count(status),
                texts.status(status, false)
            )
        })
        .collect();
    format!("{}: {}", texts.pillar(row.pillar), parts.join(", "))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn pillar_bars_leave_out_empty_statuses_and_say_the_row_in_words() {
        let text = include_str!("../../../examples/xa-demo.ron");
        let project = crate::storage::load_from_str(text, std::path::Path::new("xa-demo.ron"))
            .unwrap()
            .project;
        let spec = crate::charts::pillar_summary(&crate::progress::summarize(&project));
        let social = spec
            .rows
            .iter()
            .position(|r| r.pillar == crate::model::Pillar::DigitalSociety)
            .expect("the demo has a digital-society row");
        let words = row_in_words(&spec.rows[social], Lang::Vi);
        assert!(words.starts_with("Xã hội số: 1 Đạt, "), "{words}");
        assert!(!words.contains(" 0 "), "no bare zero: {words}");
        let bars = status_bars(&spec, Lang::Vi);
        let all: Vec<&Bar> = bars.iter().flat_map(|(_, b)| b).collect();
        assert!(all.iter().all(|b| b.value > 0.0), "no empty bar to hover");
        let drawn: f64 = all.iter().map(|b| b.value).sum();
        let total: usize = spec.rows.iter().map(|r| r.counts.total()).sum();
        assert_eq!(drawn, total as f64, "every indicator drawn once");
        let row = (spec.rows.len() - social) as f64;
        for bar in all.iter().filter(|b| b.argument == row) {
            assert_eq!(bar.name, words, "the row's words on each of its bars");
        }
        // Each row's bars follow one another from 0 without gaps.
        for (index, row) in spec.rows.iter().enumerate() {
            let argument = (spec.rows.len() - index) as f64;
            let mut end = 0.0;
            for bar in all.iter().filter(|b| b.argument == argument) {
                assert_eq!(bar.base_offset, Some(end));
                end += bar.value;
            }
            assert_eq!(end, row.counts.total() as f64);
        }
    }
}
