//! The trajectory chart of one indicator as vector graphics, drawn from the shared
//! [`TrajectorySpec`]: measured values, baseline, targets at 31 December, the planned path, the
//! trend, the reporting date and the pace still needed to reach the current target.

use chrono::{Datelike as _, NaiveDate};

use super::canvas::{GREY, INK, LIGHT, Page, Pen, Shape};
use super::fonts::Fonts;
use super::frame::Frame;
use crate::charts::{Rgb, TrajectorySpec, day_number, from_day_number, status_rgb};
use crate::i18n::{Lang, format_number};
use crate::progress::{IndicatorProgress, Status};

/// Space left of the plot for value labels.
const LEFT: f32 = 40.0;

/// Space under the plot for year labels.
const UNDER: f32 = 14.0;

/// Height of one legend line.
const LEGEND_LINE: f32 = 12.0;

/// Tick label size.
const TICK: f32 = 7.0;

/// Measured values are marked with dots up to this many.
const MAX_DOTS: usize = 40;

/// About five round steps across `low..high`.
fn value_ticks(low: f64, high: f64) -> (Vec<f64>, usize) {
    let span = (high - low).max(1e-9);
    let raw = span / 5.0;
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize + 1
    };
    let mut ticks = Vec::new();
    let mut value = (low / step).ceil() * step;
    while value <= high + step * 1e-6 && ticks.len() < 20 {
        ticks.push(value);
        value += step;
    }
    (ticks, decimals)
}

/// The pens and marks of each legend entry, in legend order.
fn pens(status: Status) -> [Pen; 7] {
    [
        Pen::solid(INK, 1.3),
        Pen::solid(INK, 0.0),
        Pen::solid(INK, 0.0),
        Pen::dashed(Rgb(60, 60, 60), 0.9, &[4.0, 2.5]),
        Pen::dashed(Rgb(90, 90, 90), 0.9, &[1.0, 2.0]),
        Pen::dashed(GREY, 0.7, &[2.0, 2.0]),
        Pen::dashed(status_rgb(status), 1.6, &[6.0, 2.0, 1.5, 2.0]),
    ]
}

/// The chart with its legend drawn from (0, 0): `width` wide, the plot `height` high; returns the
/// drawing and its whole height.
pub fn block(
    fonts: &Fonts,
    spec: &TrajectorySpec,
    progress: &IndicatorProgress,
    (width, height): (f32, f32),
    lang: Lang,
) -> (Page, f32) {
    let mut page = Page::default();
    draw(
        &mut page,
        fonts,
        spec,
        progress,
        (0.0, 0.0, width, height),
        lang,
    );
    let used = legend(
        &mut page,
        fonts,
        (0.0, height, width),
        progress.status,
        lang,
    );
    (page, height + used)
}

/// Draws the chart in the box at (`left`, `top`) of `width` × `height` (legend not included).
fn draw(
    page: &mut Page,
    fonts: &Fonts,
    spec: &TrajectorySpec,
    progress: &IndicatorProgress,
    (left, top, width, height): (f32, f32, f32, f32),
    lang: Lang,
) {
    let frame = Frame {
        left: left + LEFT,
        top,
        width: width - LEFT - 6.0,
        height: height - UNDER,
        days: spec.day_range,
        values: spec.value_range,
    };
    axes(page, fonts, &frame, lang);
    let pens = pens(progress.status);
    for (series, pen) in [(&spec.planned, &pens[3]), (&spec.forecast, &pens[4])] {
        let points: Vec<(f32, f32)> = series.points.iter().map(|p| frame.point(*p)).collect();
        for part in frame.clip(&points) {
            page.polyline(part, pen.clone());
        }
    }
    let as_of = frame.x(spec.as_of_day);
    page.line(
        (as_of, frame.top),
        (as_of, frame.top + frame.height),
        pens[5].clone(),
    );
    if let (Some(latest), Some(target), Some(_)) = (
        progress.latest,
        &progress.current_target,
        progress.required_change_per_year,
    ) {
        let from = frame.point([spec.as_of_day, latest.value]);
        let to = frame.point([day_number(target.deadline()), target.value]);
        for part in frame.clip(&[from, to]) {
            page.polyline(part, pens[6].clone());
        }
    }
    let measured: Vec<(f32, f32)> = spec
        .measured
        .points
        .iter()
        .map(|p| frame.point(*p))
        .collect();
    for run in &spec.measured_runs {
        for part in frame.clip(measured.get(run.clone()).unwrap_or_default()) {
            page.polyline(part, pens[0].clone());
        }
    }
    marks(page, fonts, spec, &frame, &measured, lang);
}

fn marks(
    page: &mut Page,
    fonts: &Fonts,
    spec: &TrajectorySpec,
    frame: &Frame,
    measured: &[(f32, f32)],
    lang: Lang,
) {
    // Past this many values the dots would merge into the line; leave them out.
    if measured.len() <= MAX_DOTS {
        for point in measured.iter().filter(|p| frame.contains(**p)) {
            page.marker(*point, 1.9, Shape::Circle, INK);
        }
    }
    if let Some(base) = spec.baseline.map(|b| frame.point(b))
        && frame.contains(base)
    {
        page.marker(base, 2.6, Shape::Square, Rgb(255, 255, 255));
    }
    for target in &spec.targets {
        let point = frame.point([target.day, target.value]);
        if !frame.contains(point) {
            continue;
        }
        let fill = match target.met {
            Some(true) => status_rgb(Status::Achieved),
            Some(false) => status_rgb(Status::Missed),
            None => Rgb(255, 255, 255),
        };
        page.marker(point, 3.6, Shape::Diamond, fill);
        let label = format!("{}: {}", target.year, format_number(target.value, 2, lang));
        let w = fonts.width(&label, TICK, true);
        let x = (point.0 - w / 2.0)
            .min(frame.left + frame.width - w)
            .max(frame.left);
        page.text(x, point.1 - 5.5, TICK, true, &label);
    }
}

fn axes(page: &mut Page, fonts: &Fonts, frame: &Frame, lang: Lang) {
    let (ticks, decimals) = value_ticks(frame.values[0], frame.values[1]);
    for value in ticks {
        let y = frame.y(value);
        page.line(
            (frame.left, y),
            (frame.left + frame.width, y),
            Pen::solid(LIGHT, 0.5),
        );
        let label = format_number(value, decimals, lang);
        let w = fonts.width(&label, TICK, false);
        page.colored_text(frame.left - w - 3.0, y + 2.5, TICK, false, GREY, &label);
    }
    let first = from_day_number(frame.days[0]).map_or(2000, |d| d.year());
    let last = from_day_number(frame.days[1]).map_or(first, |d| d.year());
    let step = match last - first {
        ..=10 => 1,
        11..=24 => 2,
        _ => 5,
    };
    let bottom = frame.top + frame.height;
    for year in (first..=last + 1).filter(|y| y % step == 0) {
        let Some(start) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        let x = frame.x(day_number(start));
        if x < frame.left - 0.5 || x > frame.left + frame.width + 0.5 {
            continue;
        }
        page.line((x, bottom), (x, bottom + 3.0), Pen::solid(GREY, 0.5));
        let label = year.to_string();
        let w = fonts.width(&label, TICK, false);
        page.colored_text(x - w / 2.0, bottom + 10.5, TICK, false, GREY, &label);
    }
    page.frame(
        frame.left,
        frame.top,
        frame.width,
        frame.height,
        Pen::solid(GREY, 0.6),
    );
}

/// The legend below a chart: each entry's sample and name, in lines that fit `width`; returns
/// the height used.
fn legend(
    page: &mut Page,
    fonts: &Fonts,
    (left, top, width): (f32, f32, f32),
    status: Status,
    lang: Lang,
) -> f32 {
    let names = lang.texts().report.trajectory_legend;
    let pens = pens(status);
    let size = 7.0;
    let (mut x, mut y) = (left + LEFT, top + 8.0);
    for (index, name) in names.iter().enumerate() {
        let entry = 22.0 + fonts.width(name, size, false) + 10.0;
        if x + entry > left + width && x > left + LEFT {
            x = left + LEFT;
            y += LEGEND_LINE;
        }
        let middle = (x + 8.0, y - 2.5);
        match index {
            1 => page.marker(middle, 2.6, Shape::Square, Rgb(255, 255, 255)),
            2 => page.marker(middle, 3.4, Shape::Diamond, Rgb(255, 255, 255)),
            5 => page.line((middle.0, y - 7.0), (middle.0, y + 1.5), pens[5].clone()),
            _ => {
                page.line((x, middle.1), (x + 16.0, middle.1), pens[index].clone());
                if index == 0 {
                    page.marker(middle, 1.9, Shape::Circle, INK);
                }
            }
        }
        page.text(x + 20.0, y, size, false, name);
        x += entry;
    }
    y - top + 6.0
}
