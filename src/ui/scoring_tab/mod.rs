//! The "Chấm điểm" tab: the plan scored against a points index — the index and year, the total
//! and the 0–1 index, the criteria that would raise the score most, points by group against the
//! maximum, the totals by year, and the self-assessment form.

mod chart;
mod editing;
mod editor;
mod editor_rule;
mod form;

use egui::{RichText, Ui};

use super::theme;
use crate::app::{Action, AppState, Document, ReportKind, ScoringAction};
use crate::i18n::{Lang, format_date, name_in};
use crate::scoring::{ScoreIndex, Scorecard, from_cents, index_value_text, points_text};

/// Draws the tab.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts().scoring;
    let scoring = state.scoring();
    let (Some(index), Some(card)) = (&scoring.index, &scoring.card) else {
        ui.label(texts.no_index);
        index_buttons_ui(ui, state, actions);
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("scoring_tab")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(RichText::new((texts.heading)(card.year)).font(theme::bold(20.0)));
            index_line_ui(ui, state, index, actions);
            year_line_ui(ui, state, document, card, actions);
            ui.add_space(6.0);
            cards_ui(ui, card, lang);
            export_buttons_ui(ui, state, actions);
            warnings_ui(ui, state);
            ui.add_space(6.0);
            if is_editing(ui) {
                ui.separator();
                editor::ui(ui, index, document, lang, actions);
                return;
            }
            ui.columns(2, |columns| {
                chart::groups_ui(&mut columns[0], index, card, lang);
                gaps_ui(&mut columns[1], index, card, lang);
                chart::years_ui(&mut columns[1], &scoring.totals_by_year, lang);
            });
            ui.separator();
            form::ui(ui, index, card, document, lang, actions);
        });
}

/// Where the tab keeps whether the editor is shown (a view choice, not part of the plan).
fn editing_id() -> egui::Id {
    egui::Id::unique("scoring_tab_editing")
}

fn is_editing(ui: &Ui) -> bool {
    ui.data(|d| d.get_temp(editing_id()).unwrap_or(false))
}

fn editor_buttons_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts().scoring.editor;
    let editing = is_editing(ui);
    let label = if editing {
        texts.done_editing
    } else {
        texts.edit_index
    };
    if ui.button(label).clicked() {
        ui.data_mut(|d| d.insert_temp(editing_id(), !editing));
    }
    if ui.button(texts.save_index).clicked() {
        actions.push(Action::Scoring(ScoringAction::SaveIndexAs));
    }
}

fn index_buttons_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts().scoring;
    if ui.button(texts.open_index).clicked() {
        actions.push(Action::Scoring(ScoringAction::OpenIndex));
    }
    let scoring = state.scoring();
    let not_bundled = scoring.from_plan || scoring.index_path.is_some();
    if not_bundled && ui.button(texts.use_bundled).clicked() {
        actions.push(Action::Scoring(ScoringAction::UseBundledIndex));
    }
}

fn export_buttons_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts().scoring;
    ui.horizontal(|ui| {
        for (kind, label) in [
            (ReportKind::Pdf, texts.export_pdf),
            (ReportKind::Docx, texts.export_docx),
            (ReportKind::Xlsx, texts.export_xlsx),
        ] {
            if ui.button(label).clicked() {
                actions.push(Action::Scoring(ScoringAction::Export(kind)));
            }
        }
    });
}

fn index_line_ui(ui: &mut Ui, state: &AppState, index: &ScoreIndex, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts().scoring;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}:", texts.index_label)).strong());
        let name = name_in(&index.name, index.name_en.as_deref(), lang);
        let response = ui.label(name);
        if !index.source.is_empty() {
            response.on_hover_text(&index.source);
        }
        let note = if state.scoring().from_plan {
            Some(texts.editor.own_note)
        } else if state.scoring().index_path.is_none() {
            Some(texts.bundled_note)
        } else {
            None
        };
        if let Some(note) = note {
            ui.label(RichText::new(format!("({note})")).color(theme::weak_color(ui)));
        }
        index_buttons_ui(ui, state, actions);
        editor_buttons_ui(ui, state, actions);
    });
}

fn year_line_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    card: &Scorecard,
    actions: &mut Vec<Action>,
) {
    use chrono::Datelike as _;
    let lang = state.lang();
    let texts = lang.texts().scoring;
    let reporting = document.project.as_of.year();
    let mut years: Vec<i32> = state
        .scoring()
        .totals_by_year
        .iter()
        .map(|(y, _)| *y)
        .collect();
    if !years.contains(&reporting) {
        years.push(reporting);
    }
    years.sort_unstable();
    let shown = |year: i32| {
        if year == reporting {
            (texts.year_reporting)(year)
        } else {
            year.to_string()
        }
    };
    ui.horizontal(|ui| {
        let label = ui.label(texts.year_label);
        let combo = egui::ComboBox::from_id_salt("scoring_year")
            .selected_text(shown(card.year))
            .show_ui(ui, |ui| {
                for year in years.iter().rev() {
                    if ui
                        .selectable_label(card.year == *year, shown(*year))
                        .clicked()
                        && card.year != *year
                    {
                        let chosen = (*year != reporting).then_some(*year);
                        actions.push(Action::Scoring(ScoringAction::SetYear(chosen)));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        ui.label(
            RichText::new((texts.values_at)(&format_date(card.date))).color(theme::weak_color(ui)),
        );
    });
}

fn cards_ui(ui: &mut Ui, card: &Scorecard, lang: Lang) {
    let texts = lang.texts().scoring;
    ui.horizontal(|ui| {
        let total = format!(
            "{} / {}",
            points_text(card.total(), lang),
            points_text(card.max(), lang)
        );
        figure_ui(ui, texts.total_card, &total);
        figure_ui(
            ui,
            texts.index_card,
            &index_value_text(card.index_value(), lang),
        );
        figure_ui(ui, texts.missing_card, &card.missing_count().to_string());
    });
}

fn figure_ui(ui: &mut Ui, label: &str, figure: &str) {
    egui::Frame::NONE
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_min_width(180.0);
            ui.vertical(|ui| {
                ui.label(RichText::new(figure).font(theme::bold(24.0)));
                ui.label(label);
            });
        });
}

fn warnings_ui(ui: &mut Ui, state: &AppState) {
    let warnings = state.scoring().warnings();
    if warnings.is_empty() {
        return;
    }
    let lang = state.lang();
    let texts = lang.texts().scoring;
    egui::CollapsingHeader::new(
        RichText::new(format!("{} ({})", texts.cli_warnings, warnings.len())).color(theme::WARNING),
    )
    .id_salt("scoring_warnings")
    .show(ui, |ui| {
        for warning in warnings {
            ui.label(RichText::new(warning.message(lang)).color(theme::WARNING));
        }
    });
}

fn gaps_ui(ui: &mut Ui, index: &ScoreIndex, card: &Scorecard, lang: Lang) {
    let texts = lang.texts().scoring;
    ui.label(RichText::new(texts.cli_gaps).font(theme::bold(15.0)));
    for line in card.largest_gaps(5) {
        if let Some(criterion) = index.criterion(&line.criterion_id) {
            let name = name_in(&criterion.name, criterion.name_en.as_deref(), lang);
            ui.label((texts.gap_line)(
                &points_text(from_cents(line.gap_cents()), lang),
                name,
            ));
        }
    }
}
