//! Points by group against the maximum, and the totals by year: bars painted once per frame
//! from the score worked out after the last change, labelled in words (no hover, no crosshair).

use egui::{RichText, Sense, Ui, vec2};

use super::theme;
use crate::i18n::{Lang, name_in};
use crate::scoring::{ScoreIndex, Scorecard, from_cents, points_text};

/// Width of a bar's label column.
const LABEL_WIDTH: f32 = 190.0;

/// One labelled bar: `value` of `max`, with `caption` written beside it.
fn bar_ui(ui: &mut Ui, label: &str, value: f64, max: f64, caption: &str) {
    ui.horizontal(|ui| {
        ui.add_sized([LABEL_WIDTH, 20.0], egui::Label::new(label).truncate());
        let width = (ui.available_width() - 110.0).max(80.0);
        let (rect, _) = ui.allocate_exact_size(vec2(width, 18.0), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(rect, 3.0, theme::score_max(ui));
        #[allow(clippy::cast_possible_truncation)]
        let share = if max > 0.0 {
            (value / max).clamp(0.0, 1.0) as f32
        } else {
            0.0
        };
        let mut filled = rect;
        filled.set_width(rect.width() * share);
        painter.rect_filled(filled, 3.0, theme::SCORE_POINTS);
        ui.label(caption);
    });
}

/// Points by group against each group's maximum.
pub fn groups_ui(ui: &mut Ui, index: &ScoreIndex, card: &Scorecard, lang: Lang) {
    let texts = lang.texts().scoring;
    ui.label(RichText::new(texts.chart_heading).font(theme::bold(15.0)));
    for (group, score) in index.groups.iter().zip(&card.groups) {
        let name = name_in(&group.name, group.name_en.as_deref(), lang);
        let (points, max) = (from_cents(score.cents), from_cents(score.max_cents));
        let caption = format!("{}/{}", points_text(points, lang), points_text(max, lang));
        bar_ui(ui, name, points, max, &caption);
    }
    ui.horizontal(|ui| {
        legend_ui(ui, theme::SCORE_POINTS, texts.chart_points);
        legend_ui(ui, theme::score_max(ui), texts.chart_max);
    });
}

fn legend_ui(ui: &mut Ui, colour: egui::Color32, label: &str) {
    let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour);
    ui.label(label);
}

/// The total of every year with data, when there is more than one.
pub fn years_ui(ui: &mut Ui, totals: &[(i32, f64)], lang: Lang) {
    if totals.len() < 2 {
        return;
    }
    let texts = lang.texts().scoring;
    ui.add_space(8.0);
    ui.label(RichText::new(texts.years_heading).font(theme::bold(15.0)));
    let max = totals.iter().map(|(_, t)| *t).fold(0.0, f64::max).max(1.0);
    for (year, total) in totals {
        let caption = (lang.texts().scoring.points)(&points_text(*total, lang));
        bar_ui(ui, &year.to_string(), *total, max, &caption);
    }
}
