//! The measurements table: add, edit and remove rows; evidence and source per value.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::fields::{self, FieldLook};
use super::indicator_editor::value_check;
use super::{ViewState, theme};
use crate::app::{Action, AppState, Command};
use crate::model::{Indicator, Measurement};

/// Draws the table; returns true when `draft` changed.
#[expect(
    clippy::too_many_lines,
    reason = "one table with eight columns; to split with the data-entry grid issue"
)]
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    draft: &mut Indicator,
    view: &mut ViewState,
    _actions: &mut Vec<Action>,
) -> bool {
    let lang = state.lang();
    let texts = lang.texts();
    let id = ui.make_persistent_id(("measurements", draft.id.clone()));
    let mut changed = false;
    let mut remove = None;
    ui.label(RichText::new(texts.measurements_section).font(theme::bold(15.0)));
    if draft.measurements.is_empty() {
        ui.label(RichText::new(texts.no_measurements).color(theme::weak_color(ui)));
    }
    let check = value_check(&draft.unit, lang);
    let no_check = |_: f64| Ok(());
    let row_count = draft.measurements.len();
    TableBuilder::new(ui)
        .id_salt(("measurement_table", draft.id.clone()))
        .striped(true)
        .vscroll(false)
        .column(Column::exact(34.0))
        .column(Column::initial(95.0))
        .columns(Column::initial(95.0), 3)
        .columns(Column::initial(150.0).at_least(80.0), 3)
        .column(Column::exact(34.0))
        .header(22.0, |mut header| {
            let headers = [
                "#",
                texts.col_date,
                texts.col_value,
                texts.col_numerator,
                texts.col_denominator,
                texts.col_evidence,
                texts.col_source,
                texts.col_note,
                "",
            ];
            for name in headers {
                header.col(|ui| {
                    ui.strong(name);
                });
            }
        })
        .body(|body| {
            // Only the rows in view are laid out: a plan can hold hundreds of values.
            body.rows(28.0, row_count, |mut row| {
                let index = row.index();
                let Some(m) = draft.measurements.get_mut(index) else {
                    return;
                };
                let row_id = id.with(index);
                let number = index + 1;
                {
                    row.col(|ui| {
                        let selected = view.selected_row == Some(index);
                        if ui.selectable_label(selected, number.to_string()).clicked() {
                            view.selected_row = Some(index);
                        }
                    });
                    row.col(|ui| {
                        if let Some(date) = fields::date(
                            ui,
                            row_id.with("date"),
                            &(texts.cell_name)(texts.col_date, number),
                            m.date,
                            lang,
                        ) {
                            m.date = date;
                            changed = true;
                        }
                    });
                    row.col(|ui| {
                        let name = (texts.cell_name)(texts.col_value, number);
                        if let Some(Some(value)) = fields::number(
                            ui,
                            row_id.with("value"),
                            &name,
                            Some(m.value),
                            lang,
                            &check,
                        ) {
                            m.value = value;
                            changed = true;
                        }
                    });
                    for (key, column, slot) in [
                        ("numerator", texts.col_numerator, &mut m.numerator),
                        ("denominator", texts.col_denominator, &mut m.denominator),
                    ] {
                        row.col(|ui| {
                            let name = (texts.cell_name)(column, number);
                            if let Some(value) =
                                fields::number(ui, row_id.with(key), &name, *slot, lang, no_check)
                            {
                                *slot = value;
                                changed = true;
                            }
                        });
                    }
                    for (key, column, text) in [
                        ("evidence", texts.col_evidence, &mut m.evidence),
                        ("source", texts.col_source, &mut m.source),
                        ("note", texts.col_note, &mut m.note),
                    ] {
                        row.col(|ui| {
                            let name = (texts.cell_name)(column, number);
                            changed |=
                                fields::text(ui, row_id.with(key), &name, text, FieldLook::WIDE);
                        });
                    }
                    row.col(|ui| {
                        if ui
                            .button("×")
                            .on_hover_text((texts.remove_row)(number))
                            .clicked()
                        {
                            remove = Some(index);
                        }
                    });
                }
            });
        });
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if !typing
        && view.selected_row.is_some()
        && super::commands::pressed(ui, Command::DeleteMeasurement)
    {
        remove = view.selected_row;
    }
    if let Some(index) = remove.filter(|i| *i < row_count) {
        draft.measurements.remove(index);
        view.selected_row = None;
        changed = true;
    }
    if ui.button(texts.add_measurement).clicked() {
        let date = state
            .document
            .as_ref()
            .map_or(state.today, |d| d.project.as_of);
        let value = draft
            .measurements
            .last()
            .map_or_else(|| draft.baseline.map_or(0.0, |b| b.value), |m| m.value);
        draft.measurements.push(Measurement::new(date, value));
        changed = true;
    }
    changed
}
