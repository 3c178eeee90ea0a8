//! The measurements table: add, edit and remove rows; evidence and source per value.

use egui::{Id, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::fields::{self, FieldLook};
use super::typing::{self, Neighbours};
use super::{ViewState, theme};
use crate::app::{Action, AppState, Command};
use crate::model::{Indicator, Measurement};

/// Editable columns: date, value, numerator, denominator, evidence, source, note.
const EDIT_COLUMNS: usize = 7;

/// The field of editable column `column` of row `row` of the table `table`.
fn field_id(table: Id, row: usize, column: usize) -> Id {
    table.with((row, column))
}

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
    let no_check = |_: f64| Ok(());
    let row_count = draft.measurements.len();
    let unit = draft.unit.clone();
    let words = draft.yes_no_words;
    // Enter, Tab and the arrows move between the seven editable cells of the rows.
    let look = |index: usize, column: usize, width: FieldLook| {
        let neighbours = Neighbours::in_table((index, column), (row_count, EDIT_COLUMNS));
        width.moving(neighbours.moves(|(r, c)| field_id(id, r, c).with("edit")))
    };
    let scroll_to = typing::waiting_for(ui.ctx()).and_then(|target| {
        (0..row_count)
            .find(|&r| (0..EDIT_COLUMNS).any(|c| field_id(id, r, c).with("edit") == target))
    });
    let table_top = ui.cursor().top();
    let row_step = 28.0 + ui.spacing().item_spacing.y;
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
                let number = index + 1;
                let narrow = FieldLook::narrow(90.0);
                {
                    row.col(|ui| {
                        let selected = view.selected_row == Some(index);
                        if ui.selectable_label(selected, number.to_string()).clicked() {
                            view.selected_row = Some(index);
                        }
                    });
                    row.col(|ui| {
                        if let Some(date) = fields::date_in(
                            ui,
                            field_id(id, index, 0),
                            &(texts.cell_name)(texts.col_date, number),
                            m.date,
                            lang,
                            look(index, 0, narrow),
                        ) {
                            m.date = date;
                            changed = true;
                        }
                    });
                    row.col(|ui| {
                        let name = (texts.cell_name)(texts.col_value, number);
                        if let Some(Some(value)) = fields::value(
                            ui,
                            field_id(id, index, 1),
                            &name,
                            Some(m.value),
                            fields::ValueKind { unit: &unit, words },
                            lang,
                            look(index, 1, narrow),
                        ) {
                            m.value = value;
                            changed = true;
                        }
                    });
                    for (column, heading, slot) in [
                        (3, texts.col_numerator, &mut m.numerator),
                        (4, texts.col_denominator, &mut m.denominator),
                    ] {
                        row.col(|ui| {
                            let name = (texts.cell_name)(heading, number);
                            if let Some(value) = fields::number_in(
                                ui,
                                field_id(id, index, column - 1),
                                &name,
                                *slot,
                                lang,
                                look(index, column - 1, narrow),
                                no_check,
                            ) {
                                *slot = value;
                                changed = true;
                            }
                        });
                    }
                    for (column, heading, text) in [
                        (5, texts.col_evidence, &mut m.evidence),
                        (6, texts.col_source, &mut m.source),
                        (7, texts.col_note, &mut m.note),
                    ] {
                        row.col(|ui| {
                            let name = (texts.cell_name)(heading, number);
                            let look = look(index, column - 1, FieldLook::WIDE);
                            changed |= fields::text(
                                ui,
                                field_id(id, index, column - 1),
                                &name,
                                text,
                                look,
                            );
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
    // The table's own scroll area swallows scroll requests; the editor's scroll area must bring
    // the cell receiving the focus into view (a row below the screen is not even laid out).
    typing::scroll_to_arrival(ui);
    if let Some(row) = scroll_to {
        let top = table_top + 22.0 + row_step * row as f32;
        let rect = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=top + row_step);
        ui.scroll_to_rect(rect, None);
    }
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
