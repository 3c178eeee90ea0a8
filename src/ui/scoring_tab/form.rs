//! The self-assessment form as the office fills it: STT, criterion, maximum, points, how they
//! were worked out, giải trình and evidence, grouped; choices and points by hand where the index
//! asks for them. Every change is one edit (one undo step).

use egui::{Id, RichText, Ui};

use super::theme;
use crate::app::{Action, Document, Edit};
use crate::i18n::{Lang, name_in};
use crate::model::AssessmentEntry;
use crate::scoring::{
    Criterion, CriterionScore, Rule, ScoreIndex, Scorecard, computation_words, from_cents,
    points_text,
};
use crate::ui::fields::{self, FieldLook};

/// Draws the form: a block per group, a few lines per criterion (it reads at 1024 points wide).
pub fn ui(
    ui: &mut Ui,
    index: &ScoreIndex,
    card: &Scorecard,
    document: &Document,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    for (number, (group, score)) in index.groups.iter().zip(&card.groups).enumerate() {
        ui.add_space(6.0);
        let heading = format!(
            "{}. {} — {}/{}",
            crate::scoring::group_number(number + 1),
            name_in(&group.name, group.name_en.as_deref(), lang),
            points_text(from_cents(score.cents), lang),
            points_text(from_cents(score.max_cents), lang),
        );
        ui.label(RichText::new(heading).font(theme::bold(16.0)));
        for (row, (criterion, line)) in group.criteria.iter().zip(&score.criteria).enumerate() {
            let number = format!("{}.{}", number + 1, row + 1);
            let row = Row {
                criterion,
                line,
                number: &number,
                year: card.year,
            };
            egui::Frame::NONE
                .fill(ui.visuals().faint_bg_color)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 4))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    row_ui(ui, &row, document, lang, actions);
                });
            ui.add_space(2.0);
        }
    }
}

/// One criterion's line.
struct Row<'a> {
    criterion: &'a Criterion,
    line: &'a CriterionScore,
    number: &'a str,
    year: i32,
}

fn row_ui(ui: &mut Ui, row: &Row<'_>, document: &Document, lang: Lang, actions: &mut Vec<Action>) {
    let texts = lang.texts().scoring;
    let criterion = row.criterion;
    let name = name_in(&criterion.name, criterion.name_en.as_deref(), lang);
    let entry = document
        .project
        .assessment_entry(&criterion.id, row.year)
        .cloned()
        .unwrap_or_else(|| AssessmentEntry::new(&criterion.id, row.year));
    let name_label = ui.horizontal(|ui| {
        let points = format!(
            "{}/{}",
            points_text(from_cents(row.line.outcome.cents), lang),
            points_text(criterion.max_points, lang)
        );
        ui.label(RichText::new(points).font(theme::bold(15.0)));
        let response = ui.add(egui::Label::new(format!("{} {name}", row.number)).wrap());
        let mut about = Vec::new();
        if !criterion.source.is_empty() {
            about.push((texts.source_of)(&criterion.source));
        }
        if !criterion.evidence.is_empty() {
            about.push((texts.evidence_expected)(&criterion.evidence));
        }
        let id = response.id;
        if !about.is_empty() {
            response.on_hover_text(about.join("\n"));
        }
        id
    });
    let indicator = criterion
        .rule
        .indicator()
        .and_then(|id| document.project.indicator(id));
    let words = computation_words(criterion, &row.line.outcome, indicator, row.year, lang);
    let colour = if row.line.is_missing() {
        theme::WARNING
    } else {
        theme::weak_color(ui)
    };
    ui.label(RichText::new(format!("{}: {words}", texts.col_rule)).color(colour));
    ui.horizontal_wrapped(|ui| {
        by_hand_ui(
            ui,
            criterion,
            &entry,
            (name, name_label.inner),
            lang,
            actions,
        );
        let salt = (criterion.id.as_str(), row.year);
        let width = ((ui.available_width() - 40.0) / 2.0).clamp(160.0, 420.0);
        let mut explanation = entry.explanation.clone();
        let look = FieldLook::narrow(width).hinted(texts.col_explanation);
        let label = (texts.explanation_of)(name);
        if fields::text(
            ui,
            form_id(ui).with(("explanation", salt)),
            &label,
            &mut explanation,
            look,
        ) {
            push(
                actions,
                AssessmentEntry {
                    explanation,
                    ..entry.clone()
                },
            );
        }
        let mut evidence = entry.evidence.clone();
        let look = FieldLook::narrow(width).hinted(texts.col_evidence);
        let label = (texts.evidence_of)(name);
        if fields::text(
            ui,
            form_id(ui).with(("evidence", salt)),
            &label,
            &mut evidence,
            look,
        ) {
            push(actions, AssessmentEntry { evidence, ..entry });
        }
    });
}

/// The form's fields' id root (stable across frames and the grid's rows).
fn form_id(ui: &Ui) -> Id {
    ui.make_persistent_id("scoring_form_fields")
}

fn push(actions: &mut Vec<Action>, entry: AssessmentEntry) {
    actions.push(Action::Edit(Edit::Assessment(Box::new(entry))));
}

/// The choice or the points of a criterion scored by hand.
fn by_hand_ui(
    ui: &mut Ui,
    criterion: &Criterion,
    entry: &AssessmentEntry,
    (name, name_label): (&str, Id),
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let texts = lang.texts().scoring;
    match &criterion.rule {
        Rule::Choice { choices } => {
            let chosen = entry
                .choice
                .as_deref()
                .and_then(|id| choices.iter().find(|c| c.id == id));
            let shown = chosen.map_or(texts.choice_none, |c| {
                name_in(&c.name, c.name_en.as_deref(), lang)
            });
            egui::ComboBox::from_id_salt(("choice", &criterion.id, entry.year))
                .selected_text(shown)
                .width(150.0)
                .show_ui(ui, |ui| {
                    for choice in choices {
                        let words = name_in(&choice.name, choice.name_en.as_deref(), lang);
                        let selected = entry.choice.as_deref() == Some(choice.id.as_str());
                        if ui.selectable_label(selected, words).clicked() && !selected {
                            push(
                                actions,
                                AssessmentEntry {
                                    choice: Some(choice.id.clone()),
                                    ..entry.clone()
                                },
                            );
                        }
                    }
                })
                .response
                .labelled_by(name_label)
                .on_hover_text((texts.choice_of)(name));
        }
        Rule::Manual => {
            let max = criterion.max_points;
            let id = form_id(ui).with(("points", &criterion.id, entry.year));
            let label = (texts.points_of)(name);
            let check = |points: f64| {
                if (0.0..=max).contains(&points) {
                    Ok(())
                } else {
                    Err((texts.points_out_of_range)(&points_text(max, lang)))
                }
            };
            if let Some(points) = fields::number(ui, id, &label, entry.points, lang, check) {
                push(
                    actions,
                    AssessmentEntry {
                        points,
                        ..entry.clone()
                    },
                );
            }
        }
        _ => {}
    }
}
