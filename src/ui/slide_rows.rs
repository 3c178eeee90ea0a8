//! A pillar's slide: one row per indicator with its name, a bar of the share of the roadmap done
//! (a diamond at the progress expected by the reporting date), the value, the target and the
//! status with the latest judged milestone's verdict, all written, and sized to fill the slide. At most [`ROWS_PER_SLIDE`] rows a slide, so
//! that two-line names still fit a 1024×768 projector at 20 points or more.

use std::sync::Arc;

use egui::{Color32, Galley, Pos2, Rect, Sense, Ui, vec2};

use super::theme;
use crate::app::Document;
use crate::charts::OverviewBar;
use crate::i18n::{Lang, format_date, value_text};
use crate::model::{Indicator, MeasureUnit};
use crate::progress::{IndicatorProgress, Status};
use crate::sentences::{percent_text, status_text};

/// The most indicators on one pillar slide.
pub const ROWS_PER_SLIDE: usize = 6;

/// Text sizes and bar height at scale 1, in points.
const NAME_SIZE: f32 = 22.0;
const FACTS_SIZE: f32 = 20.0;
const BAR_HEIGHT: f32 = 26.0;

/// The scales tried, largest first: few indicators get larger type, many get the smallest that
/// keeps every text at 18 points or more.
const SCALES: [f32; 8] = [1.6, 1.45, 1.3, 1.2, 1.1, 1.0, 0.95, 0.9];

/// A value with its unit word where the unit has one: "48,5%", "13 tổ".
pub fn value_with_unit(indicator: &Indicator, value: f64, lang: Lang) -> String {
    match &indicator.unit {
        MeasureUnit::Count { word } if !word.is_empty() => {
            format!("{} {word}", value_text(indicator, value, lang))
        }
        _ => value_text(indicator, value, lang),
    }
}

/// The latest value and the current target in words: "Hiện tại: 48,5% (30/09/2025) · Mục tiêu
/// 2025: 60%", with the date of the value when `with_date`.
pub fn facts_line(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
    with_date: bool,
) -> String {
    facts(indicator, progress, lang, with_date).join(" · ")
}

/// The parts of [`facts_line`]: the latest value, then the current target.
fn facts(
    indicator: &Indicator,
    progress: &IndicatorProgress,
    lang: Lang,
    with_date: bool,
) -> Vec<String> {
    let texts = lang.texts().slides;
    let current = match &progress.latest {
        Some(latest) => {
            let mut current = (texts.current)(&value_with_unit(indicator, latest.value, lang));
            if with_date {
                current.push(' ');
                current.push_str(&(texts.measured_on)(&format_date(latest.date)));
            }
            current
        }
        None => texts.no_value.to_owned(),
    };
    let target = progress.current_target.as_ref().map_or_else(
        || texts.no_target.to_owned(),
        |t| (texts.target)(t.year, &value_with_unit(indicator, t.value, lang)),
    );
    vec![current, target]
}

/// `parts` joined by " · " into lines no wider than `width`, breaking only between parts.
fn pack(
    painter: &egui::Painter,
    parts: &[String],
    font: &egui::FontId,
    colour: Color32,
    width: f32,
) -> Arc<Galley> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for part in parts {
        let longer = if line.is_empty() {
            part.clone()
        } else {
            format!("{line} · {part}")
        };
        let fits = painter
            .layout_no_wrap(longer.clone(), font.clone(), colour)
            .size()
            .x
            <= width;
        if line.is_empty() || fits {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, part.clone()));
        }
    }
    lines.push(line);
    painter.layout(lines.join("\n"), font.clone(), colour, width)
}

/// One row, laid out at one scale.
struct Row {
    name: Arc<Galley>,
    chip: Arc<Galley>,
    facts: Arc<Galley>,
    bar_width: f32,
    status: Status,
    share: Option<f64>,
    expected: Option<f64>,
    scale: f32,
}

impl Row {
    fn layout(
        ui: &Ui,
        document: &Document,
        bar: &OverviewBar,
        lang: Lang,
        (width, scale): (f32, f32),
    ) -> Self {
        let texts = lang.texts();
        let painter = ui.painter();
        let text_colour = ui.visuals().text_color();
        // The status, with the latest judged milestone's verdict beside it.
        let status = document.summary.indicators.get(bar.index).map_or_else(
            || texts.status(bar.status, bar.exceeded).to_owned(),
            |progress| status_text(progress, lang),
        );
        let chip = painter.layout_no_wrap(
            status,
            egui::FontId::proportional(FACTS_SIZE * scale),
            theme::status_text(bar.status),
        );
        let chip_width = chip.size().x + 16.0 * scale;
        let name = painter.layout(
            bar.display_name(lang).to_owned(),
            theme::bold(NAME_SIZE * scale),
            text_colour,
            (width - chip_width - 16.0 * scale).max(100.0),
        );
        let mut parts = Vec::new();
        if let (Some(indicator), Some(progress)) = (
            document.project.indicators.get(bar.index),
            document.summary.indicators.get(bar.index),
        ) {
            // The bar is the share of the roadmap done; its words say so.
            if let Some(share) = progress.roadmap_share() {
                parts.push((texts.sentences.roadmap_part)(&percent_text(share, lang)));
            }
            parts.extend(facts(indicator, progress, lang, false));
        }
        // The bar takes what the facts leave on one line, between a quarter and two fifths of
        // the row; the facts break between their parts when they need more.
        let font = egui::FontId::proportional(FACTS_SIZE * scale);
        let one_line = painter
            .layout_no_wrap(parts.join(" · "), font.clone(), text_colour)
            .size()
            .x;
        let bar_width = (width - one_line - 16.0 * scale)
            .clamp(width * 0.25, width * 0.4)
            .round();
        let facts = pack(
            painter,
            &parts,
            &font,
            text_colour,
            (width - bar_width - 16.0 * scale).max(100.0),
        );
        Self {
            name,
            chip,
            facts,
            bar_width,
            status: bar.status,
            share: bar.percent.map(|p| p / 100.0),
            expected: bar.expected_percent.map(|e| e / 100.0),
            scale,
        }
    }

    fn second_line_height(&self) -> f32 {
        self.facts.size().y.max(BAR_HEIGHT * self.scale)
    }

    fn height(&self) -> f32 {
        self.name.size().y.max(self.chip.size().y) + 6.0 * self.scale + self.second_line_height()
    }

    fn paint(&self, ui: &Ui, top_left: Pos2, width: f32, index: usize) {
        let s = self.scale;
        let painter = ui.painter();
        let text_colour = ui.visuals().text_color();
        // The status chip, top right, written.
        let chip_size = self.chip.size() + vec2(16.0 * s, 6.0 * s);
        let chip_rect = Rect::from_min_size(
            Pos2::new(top_left.x + width - chip_size.x, top_left.y),
            chip_size,
        );
        painter.rect_filled(chip_rect, 4.0, theme::status_fill(self.status));
        painter.galley(
            chip_rect.min + vec2(8.0 * s, 3.0 * s),
            self.chip.clone(),
            theme::status_text(self.status),
        );
        painter.galley(top_left, self.name.clone(), text_colour);
        // The bar and the facts beside it.
        let line_top = top_left.y + self.name.size().y.max(chip_size.y) + 6.0 * s;
        let line_height = self.second_line_height();
        let bar_rect = Rect::from_min_size(
            Pos2::new(top_left.x, line_top + (line_height - BAR_HEIGHT * s) / 2.0),
            vec2(self.bar_width, BAR_HEIGHT * s),
        );
        paint_bar(ui, bar_rect, self.share, self.expected, self.status);
        let facts_pos = Pos2::new(
            bar_rect.right() + 16.0 * s,
            line_top + (line_height - self.facts.size().y) / 2.0,
        );
        painter.galley(facts_pos, self.facts.clone(), text_colour);
        // The written parts, for screen readers and tests.
        let parts = [
            (Rect::from_min_size(top_left, self.name.size()), &self.name),
            (chip_rect, &self.chip),
            (
                Rect::from_min_size(facts_pos, self.facts.size()),
                &self.facts,
            ),
        ];
        for (part, (rect, galley)) in parts.into_iter().enumerate() {
            let response = ui.interact(
                rect,
                ui.scope_id().with(("slide_row", index, part)),
                Sense::hover(),
            );
            let text = galley.text().to_owned();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        }
    }
}

/// The roadmap bar; without a share (a level to keep, 0/0) an empty frame, the status being
/// written in the chip beside the name.
fn paint_bar(ui: &Ui, rect: Rect, share: Option<f64>, expected: Option<f64>, status: Status) {
    let painter = ui.painter();
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    painter.rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
    let Some(share) = share else {
        painter.rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
        return;
    };
    let filled = rect.width() * share.clamp(0.0, 1.0) as f32;
    if filled > 0.5 {
        let fill_rect = Rect::from_min_size(rect.min, vec2(filled, rect.height()));
        painter.rect_filled(fill_rect, 3.0, theme::status_fill(status));
    }
    painter.rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
    if let Some(expected) = expected {
        let x = rect.left() + rect.width() * expected.clamp(0.0, 1.0) as f32;
        diamond(painter, Pos2::new(x, rect.center().y), rect.height() * 0.42);
    }
}

/// The black diamond of the progress expected by the reporting date, white-edged so that it shows
/// on any status colour.
pub fn diamond(painter: &egui::Painter, centre: Pos2, radius: f32) {
    let points = vec![
        centre + vec2(0.0, -radius),
        centre + vec2(radius, 0.0),
        centre + vec2(0.0, radius),
        centre + vec2(-radius, 0.0),
    ];
    painter.add(egui::Shape::convex_polygon(
        points,
        theme::CHART_MARKER,
        egui::Stroke::new(1.5, theme::BAR_OUTLINE),
    ));
}

/// Draws the rows of `bars` in the space left above the legend line.
pub fn rows_ui(ui: &mut Ui, document: &Document, bars: &[OverviewBar], lang: Lang) {
    let legend_height = 18.0 * 1.5 + 8.0;
    let width = ui.available_width();
    let height = (ui.available_height() - legend_height).max(100.0);
    let (area, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let gap_min = 10.0;
    let count = bars.len().max(1) as f32;
    let mut rows: Vec<Row> = Vec::new();
    for scale in SCALES {
        rows = bars
            .iter()
            .map(|bar| Row::layout(ui, document, bar, lang, (width, scale)))
            .collect();
        let total: f32 = rows.iter().map(Row::height).sum::<f32>() + gap_min * (count - 1.0);
        if total <= area.height() {
            break;
        }
    }
    let used: f32 = rows.iter().map(Row::height).sum();
    let gap = ((area.height() - used) / count).clamp(gap_min, 48.0);
    // What the rows leave is shared above and below them: a pillar of one or two indicators
    // stands in the middle of the slide.
    let block = used + gap * (count - 1.0);
    let mut y = area.top() + ((area.height() - block) / 2.0).max(0.0);
    for (index, row) in rows.iter().enumerate() {
        if index > 0 {
            let line_y = y - gap / 2.0;
            ui.painter().hline(
                area.x_range(),
                line_y,
                ui.visuals().widgets.noninteractive.bg_stroke,
            );
        }
        row.paint(ui, Pos2::new(area.left(), y), width, index);
        y += row.height() + gap;
    }
    legend_ui(ui, lang);
}

/// "◆ Tiến độ cần đạt đến kỳ báo cáo", the diamond painted.
fn legend_ui(ui: &mut Ui, lang: Lang) {
    let text = lang.texts().series_expected;
    let font = egui::FontId::proportional(18.0);
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, ui.visuals().text_color());
    let height = galley.size().y;
    let size = vec2(height * 1.2 + galley.size().x, height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    diamond(
        ui.painter(),
        Pos2::new(rect.left() + height * 0.4, rect.center().y),
        height * 0.3,
    );
    ui.painter().galley(
        Pos2::new(rect.left() + height * 1.2, rect.top()),
        galley,
        ui.visuals().text_color(),
    );
}
