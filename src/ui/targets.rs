//! The milestone targets of an indicator: one row per year, add and remove milestones, fill the
//! yearly targets to the final one (lộ trình từng năm), and what is wrong with the roadmap.

use egui::{Grid, RichText, Ui};

use super::fields::{self, FieldLook};
use super::theme;
use super::typing::Neighbours;
use crate::i18n::{Lang, method_name, step_problem_text};
use crate::model::{Indicator, Target};
use crate::planning::{StepMethod, fill_steps, first_step_year, step_problems, yearly_steps};

/// Draws the targets of a plan reported as of `as_of`; returns true when `draft` changed.
pub fn ui(ui: &mut Ui, lang: Lang, as_of: chrono::NaiveDate, draft: &mut Indicator) -> bool {
    let texts = lang.texts();
    let id = ui.make_persistent_id(("targets", draft.id.clone()));
    let mut changed = false;
    let mut remove = None;
    ui.label(RichText::new(texts.targets_section).font(theme::bold(15.0)));
    draft.targets.sort_by_key(|t| t.year);
    let unit = draft.unit.clone();
    let words = draft.yes_no_words;
    let rows = draft.targets.len();
    // Enter and the arrows go down a column, Tab from a value to its source and on to the next year.
    let field = |index: usize, column: usize| id.with((index, column));
    let look = |index: usize, column: usize, look: FieldLook| {
        let neighbours = Neighbours::in_table((index, column), (rows, 2));
        look.moving(neighbours.moves(|(r, c)| field(r, c).with("edit")))
    };
    Grid::new("targets_grid")
        .num_columns(5)
        .spacing([10.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for header in texts.target_columns {
                ui.strong(header);
            }
            ui.end_row();
            for (index, target) in draft.targets.iter_mut().enumerate() {
                ui.label(target.year.to_string());
                let name = (texts.target_value_name)(target.year);
                if let Some(Some(value)) = fields::value(
                    ui,
                    field(index, 0),
                    &name,
                    Some(target.value),
                    fields::ValueKind { unit: &unit, words },
                    lang,
                    look(index, 0, FieldLook::narrow(90.0)),
                ) {
                    target.value = value;
                    changed = true;
                }
                if ui
                    .checkbox(&mut target.suggested, texts.suggested)
                    .changed()
                {
                    changed = true;
                }
                let source_name = (texts.target_source_name)(target.year);
                changed |= fields::text(
                    ui,
                    field(index, 1),
                    &source_name,
                    &mut target.source,
                    look(index, 1, FieldLook::narrow(220.0)),
                );
                if ui
                    .button(texts.remove)
                    .on_hover_text(texts.remove_target)
                    .clicked()
                {
                    remove = Some(index);
                }
                ui.end_row();
            }
        });
    if let Some(index) = remove {
        draft.targets.remove(index);
        changed = true;
    }
    changed |= new_milestone_ui(ui, lang, id, draft);
    changed |= steps_ui(ui, lang, (id, as_of), draft);
    for problem in step_problems(draft) {
        let text = step_problem_text(&problem, draft, lang);
        ui.label(RichText::new(text).color(theme::WARNING));
    }
    changed
}

/// The yearly steps: how to step, and a button that fills the years between the starting point
/// and the final target (or why it cannot).
fn steps_ui(
    ui: &mut Ui,
    lang: Lang,
    (id, as_of): (egui::Id, chrono::NaiveDate),
    draft: &mut Indicator,
) -> bool {
    let texts = lang.texts().planning;
    let method_id = id.with("step_method");
    let mut method: StepMethod = ui.data(|d| d.get_temp(method_id)).unwrap_or_default();
    let first = first_step_year(draft, as_of);
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(texts.steps_heading).strong());
        let label = ui.label(texts.method_field);
        let combo = egui::ComboBox::from_id_salt(method_id)
            .selected_text(method_name(method, lang))
            .show_ui(ui, |ui| {
                for option in StepMethod::ALL {
                    ui.selectable_value(&mut method, option, method_name(option, lang));
                }
            });
        combo.response.labelled_by(label.id);
        ui.data_mut(|d| d.insert_temp(method_id, method));
        match yearly_steps(draft, first, method) {
            Ok(steps) => {
                let (Some(start), Some(end)) = (steps.first(), steps.last()) else {
                    return;
                };
                let final_year = end.0 + 1;
                if ui.button((texts.fill_years)(start.0, end.0)).clicked() {
                    let source = (texts.step_source)(method_name(method, lang), final_year);
                    changed = fill_steps(draft, first, method, &source).is_ok();
                }
            }
            Err(error) => {
                ui.label(RichText::new((texts.step_error)(error)).color(theme::weak_color(ui)));
            }
        }
    });
    changed
}

/// A year typed or "+ Mốc NĂM": adds a milestone with the last target's value.
fn new_milestone_ui(ui: &mut Ui, lang: Lang, id: egui::Id, draft: &mut Indicator) -> bool {
    let texts = lang.texts();
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(texts.new_milestone);
        let next_year = draft
            .targets
            .iter()
            .map(|t| t.year + 1)
            .max()
            .unwrap_or(2025)
            .max(2025);
        let years_taken: Vec<i32> = draft.targets.iter().map(|t| t.year).collect();
        let message = texts.milestone_error;
        let added = fields::buffered(
            ui,
            id.with("new_year"),
            texts.new_milestone,
            "",
            FieldLook::narrow(70.0),
            |text| {
                let year: i32 = text.trim().parse().map_err(|_| message.to_owned())?;
                if !(2000..=2100).contains(&year) || years_taken.contains(&year) {
                    return Err(message.to_owned());
                }
                Ok(year)
            },
        );
        if let Some(year) = added {
            draft.targets.push(Target::new(
                year,
                draft.targets.last().map_or(0.0, |t| t.value),
            ));
            changed = true;
        }
        if ui.button((texts.add_milestone)(next_year)).clicked() {
            let value = draft.targets.last().map_or(0.0, |t| t.value);
            draft.targets.push(Target::new(next_year, value));
            changed = true;
        }
    });
    changed
}
