//! The units ranked by self-assessment points (tự chấm điểm) by the index in use, as provinces
//! publish it: STT, đơn vị, điểm từng nhóm, tổng điểm, chỉ số, xếp hạng; equal totals share a
//! rank. Above it, the spread of the totals, and the table exported as Excel.

use egui::{RichText, Sense, Ui, vec2};
use egui_extras::{Column, TableBuilder};

use super::{act, header_cell};
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState, ScoringAction};
use crate::consolidate::score_ranking;
use crate::i18n::{Lang, name_in};
use crate::scoring::{ScoreIndex, from_cents, index_value_text, points_text};
use crate::ui::theme;

/// Draws the tab.
pub fn ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts().scoring;
    let Some(index) = &state.scoring().chosen else {
        ui.label(texts.no_index);
        return;
    };
    let consolidation = &open.consolidation;
    let ranking = score_ranking(consolidation);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(texts.ranking_heading).strong());
        ui.label(name_in(&index.name, index.name_en.as_deref(), lang));
        if ui.button(texts.open_index).clicked() {
            actions.push(Action::Scoring(ScoringAction::OpenIndex));
        }
        if ui.button(texts.export_ranking).clicked() {
            actions.push(Action::Scoring(ScoringAction::ExportRanking));
        }
    });
    let totals: Vec<f64> = ranking.iter().map(|r| from_cents(r.total_cents)).collect();
    spread_ui(
        ui,
        &totals,
        from_cents(crate::scoring::to_cents(index.max_points)),
        lang,
    );
    ui.separator();
    table_ui(ui, index, open, &ranking, lang, actions);
}

/// Highest, mean, median and lowest, and how many units fall in each tenth of the maximum.
fn spread_ui(ui: &mut Ui, totals: &[f64], max: f64, lang: Lang) {
    let texts = lang.texts().scoring;
    if totals.is_empty() {
        return;
    }
    let mut sorted = totals.to_vec();
    sorted.sort_by(f64::total_cmp);
    #[allow(clippy::cast_precision_loss)]
    let mean = sorted.iter().sum::<f64>() / sorted.len() as f64;
    let middle = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    };
    let p = |v: f64| points_text((v * 100.0).round() / 100.0, lang);
    let (lowest, highest) = (sorted[0], sorted[sorted.len() - 1]);
    ui.label((texts.spread)(
        &p(highest),
        &p(mean),
        &p(median),
        &p(lowest),
        sorted.len(),
    ));
    let bands = 10;
    let mut counts = vec![0usize; bands];
    for total in &sorted {
        let share = if max > 0.0 { total / max } else { 0.0 };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let band = ((share * bands as f64).floor() as usize).min(bands - 1);
        counts[band] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(1).max(1);
    ui.horizontal(|ui| {
        for (band, count) in counts.iter().enumerate() {
            ui.vertical(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(58.0, 40.0), Sense::hover());
                #[allow(clippy::cast_precision_loss)]
                let height = rect.height() * (*count as f32 / most as f32);
                let bar = egui::Rect::from_min_max(
                    egui::pos2(rect.left() + 6.0, rect.bottom() - height),
                    egui::pos2(rect.right() - 6.0, rect.bottom()),
                );
                ui.painter().rect_filled(bar, 2.0, theme::SCORE_POINTS);
                #[allow(clippy::cast_precision_loss)]
                let from = max * band as f64 / bands as f64;
                ui.label(RichText::new(format!("{}+", points_text(from, lang))).small());
                ui.label(RichText::new((texts.units_count)(*count)).small());
            });
        }
    });
}

fn table_ui(
    ui: &mut Ui,
    index: &ScoreIndex,
    open: &ConsolidationState,
    ranking: &[crate::scoring::RankedUnit],
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let texts = lang.texts().scoring;
    let members = &open.consolidation.members;
    let mut table = TableBuilder::new(ui)
        .id_salt("points_ranking")
        .striped(true)
        .resizable(true)
        .column(Column::exact(44.0))
        .column(Column::initial(170.0).at_least(110.0).clip(true));
    for _ in &index.groups {
        table = table.column(Column::initial(72.0).at_least(50.0));
    }
    table
        .column(Column::initial(86.0))
        .column(Column::initial(70.0))
        .column(Column::remainder().at_least(60.0))
        .header(36.0, |mut header| {
            header.col(|ui| header_cell(ui, texts.col_number));
            header.col(|ui| header_cell(ui, texts.col_unit));
            for group in &index.groups {
                header.col(|ui| {
                    header_cell(ui, name_in(&group.name, group.name_en.as_deref(), lang))
                });
            }
            for title in [texts.total_card, texts.index_card, texts.col_rank] {
                header.col(|ui| header_cell(ui, title));
            }
        })
        .body(|body| {
            body.rows(24.0, ranking.len(), |mut row| {
                let number = row.index();
                let Some(ranked) = ranking.get(number) else {
                    return;
                };
                let Some(member) = members.get(ranked.position) else {
                    return;
                };
                let Some(score) = &member.score else { return };
                row.col(|ui| {
                    ui.label((number + 1).to_string());
                });
                row.col(|ui| {
                    if ui.link(member.display_name()).clicked() {
                        actions.push(act(ConsolidationAction::ViewMember {
                            member: ranked.position,
                            indicator_id: None,
                        }));
                    }
                });
                for cents in &score.groups {
                    row.col(|ui| {
                        ui.label(points_text(from_cents(*cents), lang));
                    });
                }
                row.col(|ui| {
                    ui.label(
                        RichText::new(points_text(from_cents(score.total_cents), lang)).strong(),
                    );
                });
                row.col(|ui| {
                    ui.label(index_value_text(score.index_value, lang));
                });
                row.col(|ui| {
                    ui.label(RichText::new(ranked.rank.to_string()).strong());
                });
            });
        });
}
