//! The trajectory chart's legend, written under the chart: one entry per series drawn, each with a
//! sample of its line, marker or rule painted beside its name.

use egui::{Color32, Ui};
use egui_plot::MarkerShape;

use crate::charts::TrajectorySpec;
use crate::i18n::Lang;
use crate::ui::theme;

/// A sample of how a series is drawn, for a legend.
#[derive(Clone, Copy)]
enum Sample {
    /// A line, dashed when `dash` is given as (dash, gap) lengths, with a dot on it when `dot`.
    Line {
        colour: Color32,
        width: f32,
        dash: Option<(f32, f32)>,
        dot: bool,
    },
    /// A marker alone.
    Marker { colour: Color32, shape: MarkerShape },
    /// A dotted vertical line.
    Vertical(Color32),
}

/// The trajectory chart's legend: one written entry per series drawn, in a row that wraps.
pub(super) fn trajectory_legend_ui(ui: &mut Ui, spec: &TrajectorySpec, lang: Lang) {
    let texts = lang.texts();
    let mut entries = vec![(
        texts.series_measured,
        Sample::Line {
            colour: theme::TRAJECTORY_MEASURED,
            width: 2.5,
            dash: None,
            dot: true,
        },
    )];
    if spec.baseline.is_some() {
        entries.push((
            texts.series_baseline,
            Sample::Marker {
                colour: theme::CHART_MARKER,
                shape: MarkerShape::Square,
            },
        ));
    }
    if !spec.targets.is_empty() {
        entries.push((
            texts.series_target,
            Sample::Marker {
                colour: theme::TRAJECTORY_TARGET,
                shape: MarkerShape::Diamond,
            },
        ));
    }
    entries.push((
        texts.series_planned,
        Sample::Line {
            colour: theme::TRAJECTORY_PLANNED,
            width: 1.5,
            dash: Some((4.0, 6.0)),
            dot: false,
        },
    ));
    if spec.forecast.points.len() >= 2 {
        entries.push((
            texts.series_forecast,
            Sample::Line {
                colour: theme::TRAJECTORY_FORECAST,
                width: 1.5,
                dash: Some((6.0, 3.0)),
                dot: false,
            },
        ));
    }
    entries.push((
        texts.series_as_of,
        Sample::Vertical(theme::TRAJECTORY_AS_OF),
    ));
    ui.horizontal_wrapped(|ui| {
        for (label, sample) in entries {
            legend_entry(ui, label, sample);
        }
    });
}

/// One legend entry: the sample, then its name, as one widget (they never wrap apart).
fn legend_entry(ui: &mut Ui, label: &str, sample: Sample) -> egui::Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_colour = ui.visuals().text_color();
    let galley = ui
        .painter()
        .layout_no_wrap(label.to_owned(), font, text_colour);
    let height = galley.size().y;
    let sample_width = height * 1.6;
    let gap = height * 0.3;
    let size = egui::vec2(sample_width + gap + galley.size().x + gap, height);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label));
    let sample_rect = egui::Rect::from_min_size(rect.min, egui::vec2(sample_width, height));
    paint_sample(ui.painter(), sample_rect, sample);
    ui.painter().galley(
        egui::pos2(sample_rect.right() + gap, rect.top()),
        galley,
        text_colour,
    );
    response
}

fn paint_sample(painter: &egui::Painter, rect: egui::Rect, sample: Sample) {
    let centre = rect.center();
    let radius = rect.height() * 0.22;
    match sample {
        Sample::Line {
            colour,
            width,
            dash,
            dot,
        } => {
            let ends = [
                egui::pos2(rect.left(), centre.y),
                egui::pos2(rect.right(), centre.y),
            ];
            let stroke = egui::Stroke::new(width, colour);
            match dash {
                Some((dash, gap)) => {
                    painter.extend(egui::Shape::dashed_line(&ends, stroke, dash, gap));
                }
                None => {
                    painter.line_segment(ends, stroke);
                }
            }
            if dot {
                painter.circle_filled(centre, radius, colour);
            }
        }
        Sample::Marker { colour, shape } => match shape {
            MarkerShape::Diamond => {
                let r = radius * 1.5;
                let points = vec![
                    centre + egui::vec2(0.0, -r),
                    centre + egui::vec2(r, 0.0),
                    centre + egui::vec2(0.0, r),
                    centre + egui::vec2(-r, 0.0),
                ];
                painter.add(egui::Shape::convex_polygon(
                    points,
                    colour,
                    egui::Stroke::NONE,
                ));
            }
            _ => {
                let square = egui::Rect::from_center_size(centre, egui::Vec2::splat(radius * 2.2));
                painter.rect_filled(square, 0.0, colour);
            }
        },
        Sample::Vertical(colour) => {
            let points = [
                egui::pos2(centre.x, rect.top()),
                egui::pos2(centre.x, rect.bottom()),
            ];
            painter.extend(egui::Shape::dotted_line(&points, colour, 3.0, 1.0));
        }
    }
}
