//! The project's own fields: unit, title, reporting date and basis documents.

use chrono::NaiveDate;
use egui::{Grid, RichText, ScrollArea, Ui};

use super::fields::{self, FieldLook};
use super::theme;
use crate::app::{Action, AppState, Document, Edit, ProjectMeta};
use crate::i18n::format_date;
use crate::model::{BasisDocument, UnitLevel};

/// Draws the project panel.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts();
    let mut meta = ProjectMeta::of(&document.project);
    let mut changed = false;
    let id = ui.make_persistent_id("project_meta");
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(texts.project_tab);
            Grid::new("project_fields")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label(texts.unit_level);
                    let before = meta.unit.level;
                    egui::ComboBox::from_id_salt("project_level")
                        .selected_text(texts.unit_level(meta.unit.level))
                        .show_ui(ui, |ui| {
                            for level in UnitLevel::ALL {
                                ui.selectable_value(
                                    &mut meta.unit.level,
                                    level,
                                    texts.unit_level(level),
                                );
                            }
                        })
                        .response
                        .accessible_name(texts.unit_level);
                    changed |= before != meta.unit.level;
                    ui.end_row();
                    for (label, value, key) in [
                        (texts.unit_name, &mut meta.unit.name, "name"),
                        (texts.parent_name, &mut meta.unit.parent_name, "parent"),
                        (texts.province, &mut meta.unit.province, "province"),
                        (texts.plan_title, &mut meta.title, "title"),
                    ] {
                        ui.label(label);
                        changed |= fields::text(ui, id.with(key), label, value, FieldLook::WIDE);
                        ui.end_row();
                    }
                    ui.label(texts.as_of);
                    if let Some(date) =
                        fields::date(ui, id.with("as_of"), texts.as_of, meta.as_of, lang)
                    {
                        if date > state.today && date > meta.as_of {
                            // A day still to come is asked about first, never applied at once.
                            ui.data_mut(|d| d.insert_temp(id.with("as_of_future"), date));
                        } else {
                            meta.as_of = date;
                            changed = true;
                        }
                    }
                    ui.end_row();
                });
            if let Some(date) = future_question_ui(ui, state, id.with("as_of_future")) {
                meta.as_of = date;
                changed = true;
            }
            if meta.unit.level.is_legacy() {
                ui.label(RichText::new(texts.district_legacy_note).color(theme::weak_color(ui)));
            }
            if let Some(previous) = &document.project.predecessor {
                let line = (texts.planning.predecessor)(previous);
                ui.label(RichText::new(line).color(theme::weak_color(ui)));
            }
            ui.separator();
            changed |= basis_ui(ui, state, id, &mut meta.basis);
        });
    if changed {
        actions.push(Action::Edit(Edit::Meta(Box::new(meta))));
    }
}

/// The question under the reporting date when a day still to come was typed: the date to set
/// once the answer is yes.
fn future_question_ui(ui: &mut Ui, state: &AppState, key: egui::Id) -> Option<NaiveDate> {
    let date = ui.data(|d| d.get_temp::<NaiveDate>(key))?;
    let safety = state.lang().texts().safety;
    let shown = format_date(date);
    let mut answer = None;
    ui.colored_label(
        theme::WARNING,
        (safety.plan_future_question)(&shown, &format_date(state.today)),
    );
    ui.horizontal(|ui| {
        if ui.button((safety.plan_future_set)(&shown)).clicked() {
            answer = Some(true);
        }
        if ui.button(safety.future_back).clicked() {
            answer = Some(false);
        }
    });
    match answer {
        Some(set) => {
            ui.data_mut(|d| d.remove_temp::<NaiveDate>(key));
            set.then_some(date)
        }
        None => None,
    }
}

fn basis_ui(ui: &mut Ui, state: &AppState, id: egui::Id, basis: &mut Vec<BasisDocument>) -> bool {
    let lang = state.lang();
    let texts = lang.texts();
    let mut changed = false;
    let mut remove = None;
    ui.label(RichText::new(texts.basis_section).font(theme::bold(15.0)));
    Grid::new("basis_grid")
        .num_columns(5)
        .striped(true)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            let headers = [
                texts.basis_number,
                texts.basis_date,
                texts.basis_issuer,
                texts.basis_title,
                "",
            ];
            for header in headers {
                ui.strong(header);
            }
            ui.end_row();
            for (index, document) in basis.iter_mut().enumerate() {
                let row = id.with(("basis", index));
                let number = index + 1;
                changed |= fields::text(
                    ui,
                    row.with("number"),
                    &(texts.cell_name)(texts.basis_number, number),
                    &mut document.number,
                    FieldLook::narrow(110.0),
                );
                let shown = document.date.unwrap_or(state.today);
                let date_name = (texts.cell_name)(texts.basis_date, number);
                if let Some(date) = fields::date(ui, row.with("date"), &date_name, shown, lang) {
                    document.date = Some(date);
                    changed = true;
                }
                changed |= fields::text(
                    ui,
                    row.with("issuer"),
                    &(texts.cell_name)(texts.basis_issuer, number),
                    &mut document.issuer,
                    FieldLook::narrow(160.0),
                );
                changed |= fields::text(
                    ui,
                    row.with("title"),
                    &(texts.cell_name)(texts.basis_title, number),
                    &mut document.title,
                    FieldLook::narrow(360.0),
                );
                if ui.button(texts.remove).clicked() {
                    remove = Some(index);
                }
                ui.end_row();
            }
        });
    if let Some(index) = remove {
        basis.remove(index);
        changed = true;
    }
    if ui.button(texts.add_basis).clicked() {
        basis.push(BasisDocument::default());
        changed = true;
    }
    changed
}
