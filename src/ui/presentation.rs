//! Presentation mode (F5, Esc to leave): full screen, type for a hall (nothing under 18 points at
//! 1024×768), one slide per view — title, dashboard, each pillar's indicators (several slides when
//! it has many), one per indicator behind or at risk. No editing controls.

use egui::{FontId, RichText, TextStyle, Ui};

use super::slide_rows::{self, ROWS_PER_SLIDE};
use super::{dashboard, plots, theme, words};
use crate::app::{AppState, Document};
use crate::charts::OverviewBar;
use crate::i18n::{Lang, format_date, indicator_name};
use crate::model::Pillar;

/// One slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// Unit, plan title, reporting date, basis documents.
    Title,
    /// Headline cards and the pillar summary.
    Dashboard,
    /// One page of a pillar's indicators, at most [`ROWS_PER_SLIDE`] of them.
    Pillar {
        /// The pillar.
        pillar: Pillar,
        /// This page, from 0.
        page: usize,
        /// How many pages the pillar takes.
        pages: usize,
    },
    /// One indicator behind or at risk, by index.
    Indicator(usize),
}

/// The slides of `document`, in order.
pub fn slides(document: &Document) -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Dashboard];
    for (pillar, range) in &document.charts.overview.groups {
        let pages = range.len().div_ceil(ROWS_PER_SLIDE).max(1);
        slides.extend((0..pages).map(|page| Slide::Pillar {
            pillar: *pillar,
            page,
            pages,
        }));
    }
    slides.extend(
        document
            .summary
            .indicators
            .iter()
            .enumerate()
            .filter(|(_, p)| p.needs_attention())
            .map(|(index, _)| Slide::Indicator(index)),
    );
    slides
}

/// The overview bars shown on page `page` of `pages` of `pillar`: the pillar's bars shared out
/// evenly (7 indicators give 4 and 3, not 6 and 1).
pub fn pillar_page(
    document: &Document,
    pillar: Pillar,
    page: usize,
    pages: usize,
) -> &[OverviewBar] {
    let overview = &document.charts.overview;
    let Some((_, range)) = overview.groups.iter().find(|(p, _)| *p == pillar) else {
        return &[];
    };
    let pages = pages.max(1);
    let start = range.start + range.len() * page / pages;
    let end = range.start + range.len() * (page + 1) / pages;
    overview.bars.get(start..end).unwrap_or_default()
}

/// Draws slide number `index` (clamped) of `document`.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document, index: usize) {
    let lang = state.lang();
    let all = slides(document);
    let index = index.min(all.len().saturating_sub(1));
    let Some(slide) = all.get(index) else {
        return;
    };
    slide_style(ui.style_mut());
    footer_ui(ui, document, lang, index, all.len());
    // A slide is read, not used: with its contents disabled (drawn at full strength), a pointer
    // resting on a chart shows no crosshair or hover label over the data.
    egui::CentralPanel::default().show(ui, |ui| {
        ui.disable();
        slide_ui(ui, document, *slide, lang);
    });
}

fn slide_ui(ui: &mut Ui, document: &Document, slide: Slide, lang: Lang) {
    match slide {
        Slide::Title => title_ui(ui, document, lang),
        Slide::Dashboard => dashboard_ui(ui, document, lang),
        Slide::Pillar {
            pillar,
            page,
            pages,
        } => {
            let name = lang.texts().pillar(pillar);
            let title = if pages > 1 {
                (lang.texts().slides.pillar_page)(name, page + 1, pages)
            } else {
                name.to_owned()
            };
            slide_title(ui, &title, None);
            let bars = pillar_page(document, pillar, page, pages);
            slide_rows::rows_ui(ui, document, bars, lang);
        }
        Slide::Indicator(index) => indicator_ui(ui, document, index, lang),
    }
}

/// Type for a hall: nothing under 18 points (plot axes and legends included), at 1024×768.
fn slide_style(style: &mut egui::Style) {
    style.text_styles = [
        (TextStyle::Heading, theme::bold(34.0)),
        (TextStyle::Body, FontId::proportional(20.0)),
        (TextStyle::Button, FontId::proportional(20.0)),
        (TextStyle::Small, FontId::proportional(18.0)),
        (TextStyle::Monospace, FontId::monospace(18.0)),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(10.0, 8.0);
    style.visuals.disabled_alpha = 1.0;
}

fn footer_ui(ui: &mut Ui, document: &Document, lang: Lang, index: usize, count: usize) {
    egui::Panel::bottom("slide_counter").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&document.project.unit.name).size(18.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(format!("{} / {count}", index + 1)).size(20.0));
                ui.label(
                    RichText::new(lang.texts().presentation_keys)
                        .size(18.0)
                        .color(theme::weak_color(ui)),
                );
            });
        });
    });
}

/// A slide's title in large bold type, with `aside` (e.g. the reporting date) on the right.
fn slide_title(ui: &mut Ui, title: &str, aside: Option<&str>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).font(theme::bold(34.0)));
        if let Some(aside) = aside {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(aside).size(22.0).color(theme::weak_color(ui)));
            });
        }
    });
    ui.add_space(6.0);
}

/// A paragraph of the title slide: text, font, colour and the space above it.
type Block = (String, FontId, egui::Color32, f32);

/// The title slide, centred: the unit, the plan, the reporting date and the basis documents. The
/// documents are written in full in the largest type (22 down to 18 points) at which everything
/// fits; when none does, by number and date in one paragraph; when even that is too long, the
/// first ones and how many more.
fn title_ui(ui: &mut Ui, document: &Document, lang: Lang) {
    let texts = lang.texts();
    let project = &document.project;
    let colour = ui.visuals().text_color();
    let mut head: Vec<Block> = vec![(
        project.unit.name.clone(),
        theme::bold(52.0),
        ui.visuals().strong_text_color(),
        0.0,
    )];
    if !project.title.is_empty() {
        head.push((
            project.title.clone(),
            FontId::proportional(30.0),
            colour,
            8.0,
        ));
    }
    head.push((
        (texts.as_of_status)(&format_date(project.as_of)),
        FontId::proportional(28.0),
        colour,
        24.0,
    ));
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.y;
    let height_of = |blocks: &[Block]| -> f32 {
        blocks
            .iter()
            .map(|(text, font, colour, space)| {
                let galley = ui
                    .painter()
                    .layout(text.clone(), font.clone(), *colour, width);
                galley.size().y + space + spacing
            })
            .sum()
    };
    let candidates = basis_layouts(project, lang, colour);
    let fits = |basis: &Vec<Block>| {
        let all: Vec<Block> = head.iter().chain(basis).cloned().collect();
        height_of(&all) <= ui.available_height()
    };
    let basis = candidates
        .iter()
        .find(|basis| fits(basis))
        .or(candidates.last())
        .cloned()
        .unwrap_or_default();
    let all: Vec<Block> = head.into_iter().chain(basis).collect();
    ui.add_space(((ui.available_height() - height_of(&all)) / 2.0).max(0.0));
    ui.vertical_centered(|ui| {
        for (text, font, colour, space) in all {
            ui.add_space(space);
            ui.label(RichText::new(text).font(font).color(colour));
        }
    });
}

/// The ways of writing the basis documents on the title slide, fullest first.
fn basis_layouts(
    project: &crate::model::Project,
    lang: Lang,
    colour: egui::Color32,
) -> Vec<Vec<Block>> {
    let full: Vec<String> = project
        .basis
        .iter()
        .map(|basis| {
            let date = basis.date.map(format_date).unwrap_or_default();
            format!("{} {} — {}", basis.number, date, basis.title)
        })
        .collect();
    let short: Vec<String> = project
        .basis
        .iter()
        .map(|basis| match basis.date {
            Some(date) => format!("{} ({})", basis.number, format_date(date)),
            None => basis.number.clone(),
        })
        .collect();
    let paragraph =
        |text: String, size: f32| vec![(text, FontId::proportional(size), colour, 32.0)];
    let mut layouts: Vec<Vec<Block>> = [22.0, 20.0, 18.0]
        .into_iter()
        .map(|size| {
            full.iter()
                .enumerate()
                .map(|(index, text)| {
                    let space = if index == 0 { 32.0 } else { 0.0 };
                    (text.clone(), FontId::proportional(size), colour, space)
                })
                .collect()
        })
        .collect();
    layouts.push(paragraph(short.join(" · "), 20.0));
    layouts.push(paragraph(short.join(" · "), 18.0));
    for shown in (1..short.len()).rev() {
        let rest = (lang.texts().slides.more_documents)(short.len() - shown);
        let mut text = short.get(..shown).unwrap_or_default().join(" · ");
        text.push_str(" · ");
        text.push_str(&rest);
        layouts.push(paragraph(text, 18.0));
    }
    layouts
}

fn dashboard_ui(ui: &mut Ui, document: &Document, lang: Lang) {
    let texts = lang.texts();
    let as_of = (texts.as_of_status)(&format_date(document.project.as_of));
    slide_title(ui, texts.dashboard_tab, Some(&as_of));
    dashboard::cards_ui(ui, document, lang, 1.5);
    ui.add_space(14.0);
    ui.label(RichText::new(texts.pillar_summary_title).font(theme::bold(26.0)));
    let rows = document.charts.pillar_summary.rows.len().max(1) as f32;
    // The plot adds 70 points of axis under its rows; the status legend takes one line below.
    let row_height = ((ui.available_height() - 70.0 - 50.0) / rows).clamp(36.0, 110.0);
    plots::pillar_summary_ui(ui, &document.charts.pillar_summary, lang, row_height);
}

fn indicator_ui(ui: &mut Ui, document: &Document, index: usize, lang: Lang) {
    let (Some(indicator), Some(progress), Some(trajectory)) = (
        document.project.indicators.get(index),
        document.summary.indicators.get(index),
        document.charts.trajectories.get(index),
    ) else {
        return;
    };
    let name = indicator_name(indicator, lang);
    ui.add(egui::Label::new(RichText::new(name).font(theme::bold(30.0))).wrap());
    ui.horizontal_wrapped(|ui| {
        let chip = |ui: &mut Ui, text: &str, status| {
            ui.label(
                RichText::new(format!(" {text} "))
                    .size(22.0)
                    .color(theme::status_text(status))
                    .background_color(theme::status_fill(status)),
            );
        };
        let status = lang.texts().status(progress.status, progress.exceeded);
        chip(ui, status, progress.status);
        // The latest judged milestone's verdict beside the status.
        if let (Some(verdict), Some(text)) = (
            progress.verdict_beside(),
            crate::sentences::verdict_text(progress, lang),
        ) {
            chip(ui, &text, verdict.verdict.as_status());
        }
        ui.label(RichText::new(slide_rows::facts_line(indicator, progress, lang, true)).size(22.0));
    });
    ui.label(RichText::new(words::progress_sentence(indicator, progress, lang)).size(22.0));
    if let Some(sentence) = words::forecast_sentence(indicator, progress, lang) {
        ui.label(RichText::new(sentence).size(20.0));
    }
    // The legend takes two lines of 20 points under the plot.
    let height = (ui.available_height() - 75.0).max(160.0);
    plots::trajectory_ui(ui, trajectory, lang, height);
}
