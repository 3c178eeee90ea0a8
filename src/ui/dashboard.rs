//! The dashboard: headline cards, pillar summary, progress overview and the five indicators most
//! behind. Clicking an indicator anywhere opens it in the editor.

use egui::{RichText, ScrollArea, Ui};

use super::{plots, theme, words};
use crate::app::{Action, AppState, ChartTarget, Document};
use crate::i18n::{Lang, format_date, indicator_name};
use crate::progress::Status;

/// Headline cards: number of indicators and the count of each status, all the same size and
/// filling the width: one row when they fit at `90 × scale` points each, else rows of four. The
/// count is written at `26 × scale` points, its label at `13 × scale` (at most 18).
pub fn cards_ui(ui: &mut Ui, document: &Document, lang: Lang, scale: f32) {
    let texts = lang.texts();
    let mut cards: Vec<(&str, usize, Option<Status>)> =
        vec![(texts.indicator_count, document.summary.total.total(), None)];
    cards.extend(Status::ALL.iter().map(|s| {
        (
            texts.status(*s, false),
            document.summary.total.count(*s),
            Some(*s),
        )
    }));
    let spacing = ui.spacing().item_spacing.x;
    let available = ui.available_width();
    let fits = |n: usize| n as f32 * 90.0 * scale + (n - 1) as f32 * spacing <= available;
    let per_row = if fits(cards.len()) { cards.len() } else { 4 };
    let width = ((available - (per_row - 1) as f32 * spacing) / per_row as f32).floor();
    for row in cards.chunks(per_row) {
        ui.horizontal(|ui| {
            for (label, count, status) in row {
                card(ui, label, *count, *status, width, scale);
            }
        });
    }
}

/// A card's label: 13 points at scale 1, at most 18 (enough on a slide, and "Đúng tiến độ" then
/// keeps to one line).
fn label_size(scale: f32) -> f32 {
    (13.0 * scale).min(18.0)
}

fn card(ui: &mut Ui, label: &str, count: usize, status: Option<Status>, width: f32, scale: f32) {
    let (fill, text) = status.map_or(
        (ui.visuals().faint_bg_color, ui.visuals().text_color()),
        |s| (theme::status_fill(s), theme::status_text(s)),
    );
    let margin = 8.0 * scale;
    let inner_width = width - 2.0 * margin;
    // Room for the count and a label of two lines, so that every card has the same height.
    let inner_height = 26.0 * scale * 1.3 + 2.0 * label_size(scale) * 1.4;
    egui::Frame::NONE
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(margin as i8))
        .show(ui, |ui| {
            ui.set_min_size(egui::vec2(inner_width, inner_height));
            ui.set_max_width(inner_width);
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(count.to_string())
                        .font(theme::bold(26.0 * scale))
                        .color(text),
                );
                ui.label(RichText::new(label).size(label_size(scale)).color(text));
            });
        });
}

/// Draws the dashboard.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(format!(
                "{} — {}",
                document.project.unit.name,
                (texts.as_of_status)(&format_date(document.project.as_of))
            ));
            cards_ui(ui, document, lang, 1.0);
            ui.add_space(8.0);
            // Side by side when each half can hold the chart with its labels, else one under
            // the other (a 1024-pixel screen with the indicator list open).
            if ui.available_width() >= 760.0 {
                ui.columns(2, |columns| {
                    let [left, right] = columns else {
                        return;
                    };
                    pillar_summary_frame(left, document, lang, actions);
                    most_behind_frame(right, document, lang, actions);
                });
            } else {
                pillar_summary_frame(ui, document, lang, actions);
                ui.add_space(8.0);
                most_behind_frame(ui, document, lang, actions);
            }
            ui.add_space(8.0);
            let mut clicked = None;
            let target = ChartTarget::Overview;
            plots::chart_frame(ui, &target, texts.overview_title, lang, actions, |ui| {
                ui.label(
                    RichText::new(texts.overview_hint)
                        .small()
                        .color(theme::weak_color(ui)),
                );
                clicked = plots::overview_ui(ui, &document.charts.overview, lang, "dashboard");
                plots::legend_ui(ui, lang);
            });
            if let Some(bar) = clicked.and_then(|index| document.charts.overview.bars.get(index)) {
                actions.push(Action::Select(bar.indicator_id.clone()));
            }
        });
}

fn pillar_summary_frame(ui: &mut Ui, document: &Document, lang: Lang, actions: &mut Vec<Action>) {
    let texts = lang.texts();
    plots::chart_frame(
        ui,
        &ChartTarget::PillarSummary,
        texts.pillar_summary_title,
        lang,
        actions,
        |ui| {
            plots::pillar_summary_ui(ui, &document.charts.pillar_summary, lang, 36.0);
        },
    );
}

fn most_behind_frame(ui: &mut Ui, document: &Document, lang: Lang, actions: &mut Vec<Action>) {
    ui.label(RichText::new(lang.texts().most_behind_title).font(theme::bold(15.0)));
    most_behind_ui(ui, document, lang, actions);
}

fn most_behind_ui(ui: &mut Ui, document: &Document, lang: Lang, actions: &mut Vec<Action>) {
    let texts = lang.texts();
    if document.charts.most_behind.is_empty() {
        ui.label(texts.none_behind);
    }
    for index in &document.charts.most_behind {
        let (Some(indicator), Some(progress)) = (
            document.project.indicators.get(*index),
            document.summary.indicators.get(*index),
        ) else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            words::progress_chips(ui, progress, lang);
            if ui.link(indicator_name(indicator, lang)).clicked() {
                actions.push(Action::Select(indicator.id.clone()));
            }
        });
        ui.label(RichText::new(words::progress_sentence(indicator, progress, lang)).small());
        ui.add_space(4.0);
    }
}
