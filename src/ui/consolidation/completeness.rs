//! Completeness: units with a value for every indicator, files that failed (with their error),
//! second files of a unit, files with another reporting date, what each unit lacks for the period,
//! values ignored because they are dated after the reporting date, and units of measure that differ.

use crate::i18n::indicator_name;
use egui::{RichText, ScrollArea, Ui};

use super::act;
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState};
use crate::consolidate::{Consolidation, units_word};
use crate::i18n::{Lang, format_date};
use crate::ui::theme;

fn names(consolidation: &Consolidation, indexes: &[usize], lang: Lang) -> String {
    indexes
        .iter()
        .filter_map(|i| consolidation.indicators.get(*i))
        .map(|i| indicator_name(&i.template, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

fn section(ui: &mut Ui, title: &str, empty: bool, nothing: &str) -> bool {
    ui.add_space(8.0);
    ui.label(RichText::new(title).font(theme::bold(15.0)));
    if empty {
        ui.label(RichText::new(nothing).color(theme::weak_color(ui)));
    }
    !empty
}

/// Draws the completeness tab.
pub fn ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let words = lang.texts().consolidate;
    let consolidation = &open.consolidation;
    let report = &open.completeness;
    ScrollArea::vertical()
        .id_salt("completeness_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new((words.complete_line)(
                    report.complete.len(),
                    consolidation.members.len(),
                    units_word(&consolidation.members, lang),
                ))
                .strong(),
            );
            ui.label((words.period_line)(
                &format_date(consolidation.period_start),
                &format_date(consolidation.as_of),
            ));
            if section(
                ui,
                words.failed_heading,
                consolidation.failures.is_empty(),
                words.nothing,
            ) {
                for failure in &consolidation.failures {
                    ui.label(RichText::new(failure.path.display().to_string()).strong());
                    ui.label(RichText::new(failure.message(lang)).color(theme::error_color(ui)));
                }
            }
            if section(
                ui,
                words.duplicates_heading,
                consolidation.duplicates.is_empty(),
                words.nothing,
            ) {
                for duplicate in &consolidation.duplicates {
                    let kept = consolidation
                        .members
                        .get(duplicate.kept)
                        .map(|m| m.path.display().to_string())
                        .unwrap_or_default();
                    ui.label((words.duplicate_line)(
                        &duplicate.path.display().to_string(),
                        &kept,
                    ));
                }
            }
            if section(
                ui,
                words.other_dates_heading,
                report.other_dates.is_empty(),
                words.nothing,
            ) {
                for member_index in &report.other_dates {
                    let Some(member) = consolidation.members.get(*member_index) else {
                        continue;
                    };
                    ui.horizontal(|ui| {
                        if ui.link(member.display_name()).clicked() {
                            actions.push(act(ConsolidationAction::ViewMember {
                                member: *member_index,
                                indicator_id: None,
                            }));
                        }
                        ui.label(format!(
                            "{}: {}",
                            words.col_plan_date,
                            format_date(member.plan_as_of)
                        ));
                    });
                }
            }
            gaps_ui(ui, state, open, actions);
            if section(
                ui,
                words.conflicts_heading,
                report.unit_conflicts.is_empty(),
                words.nothing,
            ) {
                ui.label(names(consolidation, &report.unit_conflicts, state.lang()));
            }
        });
}

fn gaps_ui(ui: &mut Ui, state: &AppState, open: &ConsolidationState, actions: &mut Vec<Action>) {
    let words = state.lang().texts().consolidate;
    let consolidation = &open.consolidation;
    let gaps = &open.completeness.gaps;
    if !section(ui, words.gaps_heading, gaps.is_empty(), words.nothing) {
        return;
    }
    egui::Grid::new("completeness_gaps")
        .striped(true)
        .num_columns(4)
        .spacing([12.0, 4.0])
        .min_col_width(120.0)
        .show(ui, |ui| {
            for title in [
                words.col_unit,
                words.col_no_value,
                words.col_out_of_period,
                words.col_later,
            ] {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for gap in gaps {
                let Some(member) = consolidation.members.get(gap.member) else {
                    continue;
                };
                if ui.link(member.display_name()).clicked() {
                    actions.push(act(ConsolidationAction::ViewMember {
                        member: gap.member,
                        indicator_id: None,
                    }));
                }
                for list in [&gap.no_value, &gap.out_of_period, &gap.later_values] {
                    if list.is_empty() {
                        ui.label("");
                        continue;
                    }
                    // A count, the names on hover: a late unit lacks nearly everything.
                    ui.label((words.indicator_count)(list.len()))
                        .on_hover_text(names(consolidation, list, state.lang()));
                }
                ui.end_row();
            }
        });
}
