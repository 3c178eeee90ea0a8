//! Presentation mode (F5, Esc to leave): full screen, large type, one slide per view — title,
//! dashboard, one per pillar, one per indicator behind or at risk. No editing controls.

use egui::{RichText, Ui};

use super::{dashboard, plots, theme, words};
use crate::app::{AppState, Document};
use crate::charts;
use crate::i18n::{Lang, format_date, indicator_name};
use crate::model::Pillar;
use crate::progress::Status;

/// One slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// Unit, plan title, reporting date, basis documents.
    Title,
    /// Headline cards and the pillar summary.
    Dashboard,
    /// The progress overview of one pillar.
    Pillar(Pillar),
    /// One indicator behind or at risk, by index.
    Indicator(usize),
}

/// The slides of `document`, in order.
pub fn slides(document: &Document) -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Dashboard];
    slides.extend(
        document
            .summary
            .pillars
            .iter()
            .map(|p| Slide::Pillar(p.pillar)),
    );
    slides.extend(
        document
            .summary
            .indicators
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.status, Status::Behind | Status::AtRisk))
            .map(|(index, _)| Slide::Indicator(index)),
    );
    slides
}

/// Draws slide number `index` (clamped) of `document`.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document, index: usize) {
    let lang = state.lang();
    let all = slides(document);
    let index = index.min(all.len().saturating_sub(1));
    let Some(slide) = all.get(index) else {
        return;
    };
    egui::Panel::bottom("slide_counter").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&document.project.unit.name).size(16.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(format!("{} / {}", index + 1, all.len())).size(18.0));
                ui.label(
                    RichText::new(lang.texts().presentation_keys)
                        .size(13.0)
                        .color(theme::weak_color(ui)),
                );
            });
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| match slide {
                Slide::Title => title_ui(ui, document, lang),
                Slide::Dashboard => {
                    ui.label(RichText::new(lang.texts().dashboard_tab).font(theme::bold(34.0)));
                    ui.add_space(12.0);
                    dashboard::cards_ui(ui, document, lang, 1.5);
                    ui.add_space(16.0);
                    ui.label(
                        RichText::new(lang.texts().pillar_summary_title).font(theme::bold(24.0)),
                    );
                    plots::pillar_summary_ui(ui, &document.charts.pillar_summary, lang);
                }
                Slide::Pillar(pillar) => {
                    ui.label(RichText::new(lang.texts().pillar(*pillar)).font(theme::bold(34.0)));
                    let spec =
                        charts::overview(&document.project, &document.summary, Some(*pillar));
                    plots::overview_ui(ui, &spec, lang, "slide");
                    plots::legend_ui(ui, lang);
                }
                Slide::Indicator(index) => indicator_ui(ui, document, *index, lang),
            });
    });
}

fn title_ui(ui: &mut Ui, document: &Document, lang: Lang) {
    let texts = lang.texts();
    let project = &document.project;
    ui.add_space(ui.available_height() * 0.15);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&project.unit.name).font(theme::bold(44.0)));
        if !project.title.is_empty() {
            ui.label(RichText::new(&project.title).size(26.0));
        }
        ui.add_space(12.0);
        ui.label(RichText::new((texts.as_of_status)(&format_date(project.as_of))).size(24.0));
        ui.add_space(18.0);
        for basis in &project.basis {
            let date = basis.date.map(format_date).unwrap_or_default();
            ui.label(
                RichText::new(format!("{} {} — {}", basis.number, date, basis.title)).size(18.0),
            );
        }
    });
}

fn indicator_ui(ui: &mut Ui, document: &Document, index: usize, lang: Lang) {
    let (Some(indicator), Some(progress), Some(trajectory)) = (
        document.project.indicators.get(index),
        document.summary.indicators.get(index),
        document.charts.trajectories.get(index),
    ) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(indicator_name(indicator, lang)).font(theme::bold(30.0)));
        words::status_chip(ui, progress.status, progress.exceeded, lang);
    });
    ui.label(RichText::new(words::progress_sentence(indicator, progress, lang)).size(24.0));
    if let Some(sentence) = words::forecast_sentence(indicator, progress, lang) {
        ui.label(RichText::new(sentence).size(20.0));
    }
    let height = (ui.available_height() - 20.0).clamp(240.0, 520.0);
    plots::trajectory_ui(ui, trajectory, lang, height);
}
