//! The ranking of units: best first by mean roadmap completion, with their statuses and the
//! indicator each is most behind on. A unit opens its plan read-only.

use crate::i18n::indicator_name;
use egui::{ProgressBar, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::summary::status_bar_ui;
use super::{act, header_cell};
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState};
use crate::i18n::format_number;

/// Draws the ranking tab.
pub fn ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts();
    let words = texts.consolidate;
    let consolidation = &open.consolidation;
    TableBuilder::new(ui)
        .id_salt("unit_ranking")
        .striped(true)
        .resizable(true)
        .column(Column::exact(58.0))
        .column(Column::initial(190.0).at_least(120.0).clip(true))
        .column(Column::initial(170.0))
        .column(Column::initial(300.0).at_least(120.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .header(36.0, |mut header| {
            for title in [
                words.col_rank,
                words.col_unit,
                words.col_completion,
                words.status_counts_label,
                words.col_most_behind,
            ] {
                header.col(|ui| header_cell(ui, title));
            }
        })
        .body(|body| {
            body.rows(26.0, consolidation.ranking.len(), |mut row| {
                let rank = row.index();
                let Some(&member_index) = consolidation.ranking.get(rank) else {
                    return;
                };
                let Some(member) = consolidation.members.get(member_index) else {
                    return;
                };
                row.col(|ui| {
                    ui.label(RichText::new((rank + 1).to_string()).strong());
                });
                row.col(|ui| {
                    if ui.link(member.display_name()).clicked() {
                        actions.push(act(ConsolidationAction::ViewMember {
                            member: member_index,
                            indicator_id: None,
                        }));
                    }
                });
                row.col(|ui| {
                    let progress = member.mean_progress.unwrap_or(0.0) as f32;
                    let text = member.mean_progress.map_or_else(
                        || texts.none.to_owned(),
                        |p| format!("{}%", format_number(p * 100.0, 1, lang)),
                    );
                    ui.add(ProgressBar::new(progress).text(text).desired_width(150.0));
                });
                row.col(|ui| status_bar_ui(ui, &member.counts, lang));
                row.col(|ui| {
                    let behind = member.most_behind.as_deref().and_then(|id| {
                        let index = consolidation.indicator_index(id)?;
                        Some((id, consolidation.indicators.get(index)?))
                    });
                    match behind {
                        Some((id, indicator)) => {
                            let name =
                                RichText::new(indicator_name(&indicator.template, lang)).small();
                            if ui
                                .link(name)
                                .on_hover_text(indicator_name(&indicator.template, lang))
                                .clicked()
                            {
                                actions.push(act(ConsolidationAction::ViewMember {
                                    member: member_index,
                                    indicator_id: Some(id.to_owned()),
                                }));
                            }
                        }
                        None => {
                            ui.label(texts.none);
                        }
                    }
                });
            });
        });
}
