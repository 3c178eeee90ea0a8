//! The pillar summary chart as vector graphics: one horizontal bar per pillar, stacked by status in
//! the status colours, the counts written in the segments, and a legend that names every status.

use super::canvas::{GREY, INK, LIGHT, Page, Pen};
use super::fonts::Fonts;
use super::lines::{baseline, line_height, wrap};
use crate::charts::{PillarSummarySpec, status_rgb, status_text_rgb};
use crate::i18n::Lang;
use crate::progress::{Status, StatusCounts};

/// Height of one bar.
const BAR: f32 = 14.0;

/// Distance between bars.
const ROW: f32 = 22.0;

/// Width of the pillar labels.
const LABEL: f32 = 112.0;

/// Label text size.
const SIZE: f32 = 8.0;

/// Tick values 0, step, 2·step… up to at least `max`, about five of them.
fn ticks(max: usize) -> Vec<usize> {
    let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|step| max.div_ceil(*step) <= 6)
        .unwrap_or(max.max(1));
    let last = max.div_ceil(step).max(1) * step;
    (0..=last).step_by(step).collect()
}

/// The chart drawn from (0, 0) across `width`, with its height.
pub fn draw(
    fonts: &Fonts,
    spec: &PillarSummarySpec,
    total: &StatusCounts,
    width: f32,
    lang: Lang,
) -> (Page, f32) {
    let texts = lang.texts();
    let legend = legend_lines(fonts, total, width, lang);
    let mut page = Page::default();
    let top = 0.0;
    page.text(
        0.0,
        baseline(top, 9.0),
        9.0,
        true,
        texts.report.pillar_chart_title,
    );
    let plot_left = LABEL;
    let plot_width = width - LABEL - 24.0;
    let bars_top = top + 18.0;
    let bars_bottom = bars_top + spec.rows.len() as f32 * ROW;
    let max = spec
        .rows
        .iter()
        .map(|r| r.counts.total())
        .max()
        .unwrap_or(0);
    let ticks = ticks(max);
    let scale = plot_width / ticks.last().copied().unwrap_or(1).max(1) as f32;
    let page = &mut page;
    for tick in &ticks {
        let x = plot_left + *tick as f32 * scale;
        page.line(
            (x, bars_top - 2.0),
            (x, bars_bottom),
            Pen::solid(LIGHT, 0.5),
        );
        let label = tick.to_string();
        let w = fonts.width(&label, 7.0, false);
        page.colored_text(x - w / 2.0, bars_bottom + 9.0, 7.0, false, GREY, &label);
    }
    let axis = texts.report.pillar_chart_axis;
    let w = fonts.width(axis, 7.5, false);
    page.colored_text(
        plot_left + (plot_width - w) / 2.0,
        bars_bottom + 19.0,
        7.5,
        false,
        GREY,
        axis,
    );
    for (index, row) in spec.rows.iter().enumerate() {
        let y = bars_top + index as f32 * ROW;
        let label = texts.pillar(row.pillar);
        for (line_index, line) in wrap(fonts, label, SIZE, false, LABEL - 6.0)
            .iter()
            .take(2)
            .enumerate()
        {
            page.text(
                0.0,
                baseline(y + line_index as f32 * line_height(SIZE) - 1.0, SIZE),
                SIZE,
                false,
                line,
            );
        }
        let x = bar(page, fonts, &row.counts, (plot_left, y), scale);
        let total = row.counts.total().to_string();
        page.text(x + 4.0, y + 10.2, 7.5, false, &total);
    }
    let mut y = bars_bottom + 28.0;
    for line in legend {
        let mut x = 0.0;
        for (status, label) in line {
            page.fill(x, y - 7.0, 8.0, 8.0, status_rgb(status));
            page.frame(x, y - 7.0, 8.0, 8.0, Pen::solid(INK, 0.4));
            page.text(x + 11.0, y, SIZE, false, &label);
            x += 11.0 + fonts.width(&label, SIZE, false) + 14.0;
        }
        y += 14.0;
    }
    let height = y - 6.0;
    (std::mem::take(page), height)
}

/// The legend entries ("Đạt: 3"…), every status, in lines that fit the width.
fn legend_lines(
    fonts: &Fonts,
    total: &StatusCounts,
    width: f32,
    lang: Lang,
) -> Vec<Vec<(Status, String)>> {
    let texts = lang.texts();
    let mut lines: Vec<Vec<(Status, String)>> = vec![Vec::new()];
    let mut used = 0.0;
    for status in Status::ALL {
        let label = format!("{}: {}", texts.status(status, false), total.count(status));
        let entry = 11.0 + fonts.width(&label, SIZE, false) + 14.0;
        if used + entry > width && used > 0.0 {
            lines.push(Vec::new());
            used = 0.0;
        }
        used += entry;
        if let Some(line) = lines.last_mut() {
            line.push((status, label));
        }
    }
    lines
}

/// One stacked bar from (`x`, `y`); returns where it ends.
fn bar(
    page: &mut Page,
    fonts: &Fonts,
    counts: &StatusCounts,
    (x, y): (f32, f32),
    scale: f32,
) -> f32 {
    let mut x = x;
    for status in Status::ALL {
        let count = counts.count(status);
        if count == 0 {
            continue;
        }
        let width = count as f32 * scale;
        page.fill(x, y, width, BAR, status_rgb(status));
        page.frame(x, y, width, BAR, Pen::solid(INK, 0.4));
        let label = count.to_string();
        let label_width = fonts.width(&label, 7.5, true);
        if label_width + 3.0 < width {
            let color = status_text_rgb(status);
            page.colored_text(
                x + (width - label_width) / 2.0,
                y + 10.2,
                7.5,
                true,
                color,
                &label,
            );
        }
        x += width;
    }
    x
}
