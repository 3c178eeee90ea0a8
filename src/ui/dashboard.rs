//! The dashboard: headline cards, pillar summary, progress overview and the five indicators most
//! behind. Clicking an indicator anywhere opens it in the editor.

use egui::{RichText, ScrollArea, Ui};

use super::{plots, theme, words};
use crate::app::{Action, AppState, ChartTarget, Document};
use crate::i18n::{Lang, format_date, indicator_name};
use crate::progress::Status;

/// Headline cards: number of indicators and the count of each status.
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
    let card_width = 134.0 * scale;
    let per_row = ((ui.available_width() / card_width) as usize).clamp(1, cards.len());
    for row in cards.chunks(per_row) {
        ui.horizontal(|ui| {
            for (label, count, status) in row {
                card(ui, label, *count, *status, scale);
            }
        });
    }
}

fn card(ui: &mut Ui, label: &str, count: usize, status: Option<Status>, scale: f32) {
    let (fill, text) = status.map_or(
        (ui.visuals().faint_bg_color, ui.visuals().text_color()),
        |s| (theme::status_fill(s), theme::status_text(s)),
    );
    egui::Frame::NONE
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(
            (10.0 * scale) as i8,
            (6.0 * scale) as i8,
        ))
        .show(ui, |ui| {
            ui.set_min_width(112.0 * scale);
            ui.set_max_width(112.0 * scale);
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(count.to_string())
                        .font(theme::bold(26.0 * scale))
                        .color(text),
                );
                ui.label(RichText::new(label).size(13.0 * scale).color(text));
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
            ui.columns(2, |columns| {
                let [left, right] = columns else {
                    return;
                };
                plots::chart_frame(
                    left,
                    &ChartTarget::PillarSummary,
                    texts.pillar_summary_title,
                    lang,
                    actions,
                    |ui| {
                        plots::pillar_summary_ui(ui, &document.charts.pillar_summary, lang);
                    },
                );
                right.label(RichText::new(texts.most_behind_title).font(theme::bold(15.0)));
                most_behind_ui(right, document, lang, actions);
            });
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
            words::status_chip(ui, progress.status, progress.exceeded, lang);
            if ui.link(indicator_name(indicator, lang)).clicked() {
                actions.push(Action::Select(indicator.id.clone()));
            }
        });
        ui.label(RichText::new(words::progress_sentence(indicator, progress, lang)).small());
        ui.add_space(4.0);
    }
}
