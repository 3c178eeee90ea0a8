//! The grid of the period entry: one row per indicator, keyboard-driven cells, the previous value.

use chrono::NaiveDate;
use egui::{Id, RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::checks::{checks_ui, preview_ui};
use super::{EntryDraft, edit_column_name, unreadable};
use crate::app::Document;
use crate::entry::{EDIT_COLUMNS, RowDraft, cell_number};
use crate::i18n::{Lang, format_date, indicator_name, value_text};
use crate::model::{Indicator, Measurement};
use crate::ui::typing::{self, Left, Neighbours};
use crate::ui::{fields, theme};

/// Draws the grid.
pub(super) fn grid_ui(
    ui: &mut Ui,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    lang: Lang,
) {
    let texts = lang.texts();
    let grid = ui.make_persistent_id("entry_grid");
    let count = document.project.indicators.len();
    // Scroll to the row of the cell the focus is going to while it waits to be drawn (Enter on
    // the last row in view).
    let scroll_to = typing::waiting_for(ui.ctx()).and_then(|target| {
        (0..count).find(|&row| (0..EDIT_COLUMNS).any(|c| cell_id(grid, (row, c)) == target))
    });
    egui::ScrollArea::horizontal()
        .id_salt("entry_grid_h")
        .show(ui, |ui| {
            let height = ui.available_height() - 84.0;
            let mut table = TableBuilder::new(ui)
                .id_salt("entry_table")
                .striped(true)
                .max_scroll_height(height)
                .column(Column::exact(230.0))
                .column(Column::exact(110.0))
                .column(Column::exact(96.0))
                .columns(Column::exact(82.0), 2)
                .column(Column::exact(170.0))
                .column(Column::exact(190.0))
                .columns(Column::exact(130.0), 3);
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, None);
            }
            table
                .header(24.0, |mut header| {
                    for name in texts.entry_columns {
                        header.col(|ui| {
                            ui.strong(name);
                        });
                    }
                })
                .body(|body| {
                    body.rows(30.0, count, |mut table_row| {
                        grid_row(&mut table_row, document, draft, date, grid, lang);
                    });
                });
            // The table scrolls itself up and down; sideways, the grid's scroll area must follow
            // the focus (Tab to the notes at 1024 points wide).
            typing::scroll_to_arrival(ui);
        });
}

/// The field of the grid's cell at `place` (row, editable column).
fn cell_id(grid: Id, place: (usize, usize)) -> Id {
    grid.with(place)
}

/// Where a cell is: the grid, its row and editable column, and how many rows there are.
#[derive(Clone, Copy)]
struct Place {
    grid: Id,
    row: usize,
    column: usize,
    rows: usize,
}

/// One editable cell. Enter and ↓ go down the column, ↑ up, Tab and Shift+Tab along the rows,
/// Esc restores what the cell held when it got the focus; keys typed after any of them reach the
/// next cell ([`typing::edit`]).
fn cell(
    ui: &mut Ui,
    place: Place,
    indicator: &Indicator,
    lang: Lang,
    draft_row: &mut RowDraft,
    draft: &mut EntryDraft,
) {
    let texts = lang.texts();
    let Place {
        grid,
        row,
        column,
        rows,
    } = place;
    let Some(text) = draft_row.cells.get_mut(column) else {
        return;
    };
    let name = (texts.cell_name)(edit_column_name(column, texts), row + 1);
    let id = cell_id(grid, (row, column));
    let neighbours = Neighbours::in_table((row, column), (rows, EDIT_COLUMNS));
    if draft.pending_focus == Some((row, column)) && ui.memory(|m| m.focused().is_none()) {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let before = text.clone();
    let mut edit = TextEdit::singleline(text).desired_width(f32::INFINITY);
    if column == 0 && indicator.unit.is_yes_no() {
        edit = edit.hint_text(texts.yes_no_words.pair(indicator.yes_no_words));
    }
    let typed = typing::edit(ui, edit, id, neighbours.moves(|p| cell_id(grid, p)));
    let response = typed.response.accessible_name(name);
    if typed.arrived {
        draft.before_edit = before;
        draft.pending_focus = None;
    }
    if response.has_focus() {
        draft.focused = Some((row, column));
        if response.changed() {
            draft_row.unreadable[column] = false;
        }
    }
    match typed.left {
        Some(Left::Cancelled) => *text = draft.before_edit.clone(),
        Some(Left::Moved(key)) => draft.focused = neighbours.toward(key),
        None => {}
    }
    if typed.left.is_some() || response.lost_focus() {
        *text = tidy(indicator, column, text, lang);
        if draft.focused == Some((row, column)) && !response.has_focus() {
            draft.focused = None;
        }
    }
    if unreadable(indicator, column, text, lang) {
        ui.painter().rect_stroke(
            response.rect,
            2.0,
            egui::Stroke::new(1.5, theme::error_color(ui)),
            egui::StrokeKind::Outside,
        );
    }
    if draft_row.unreadable[column] {
        response.on_hover_text(texts.entry_unreadable);
        ui.painter().rect_stroke(
            ui.min_rect(),
            2.0,
            egui::Stroke::new(1.5, theme::error_color(ui)),
            egui::StrokeKind::Outside,
        );
    }
}

/// A cell's text once it is left: NFC, and a yes/no value shown as the choice it is (Có/Không,
/// Đạt/Chưa đạt).
fn tidy(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> String {
    let text = crate::model::nfc(text);
    match cell_number(indicator, column, &text, lang) {
        Some(value) if column == 0 && indicator.unit.is_yes_no() => {
            fields::value_shown(value, fields::ValueKind::of(indicator), lang)
        }
        _ => text,
    }
}

/// One indicator's row: name, previous value, the cells, and between them the preview and checks.
fn grid_row(
    table_row: &mut egui_extras::TableRow<'_, '_>,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    grid: Id,
    lang: Lang,
) {
    let texts = lang.texts();
    let row = table_row.index();
    let count = document.project.indicators.len();
    let Some(indicator) = document.project.indicators.get(row) else {
        return;
    };
    let progress = document.summary.indicators.get(row);
    let this_period = indicator.measurements.iter().find(|m| m.date == date);
    let previous = indicator.comparable_before(date);
    table_row.col(|ui| {
        let name = indicator_name(indicator, lang);
        let name = if indicator.is_per_year() {
            format!("{name} ({})", texts.editor.grid_year_to_date)
        } else {
            name.to_owned()
        };
        ui.add(egui::Label::new(&name).truncate())
            .on_hover_text(&name);
    });
    table_row.col(|ui| previous_ui(ui, indicator, this_period, previous, lang));
    let mut draft_row = draft.rows.get(&indicator.id).cloned().unwrap_or_default();
    for column in 0..EDIT_COLUMNS {
        if column == 3 {
            table_row.col(|ui| {
                let status = progress.map(|p| p.status);
                preview_ui(ui, indicator, status, previous, &draft_row, date, lang);
            });
            table_row.col(|ui| {
                checks_ui(ui, indicator, previous.map(|m| m.value), &draft_row, lang);
            });
        }
        let place = Place {
            grid,
            row,
            column,
            rows: count,
        };
        table_row.col(|ui| {
            cell(ui, place, indicator, lang, &mut draft_row, draft);
        });
    }
    if draft_row != RowDraft::default() || draft.rows.contains_key(&indicator.id) {
        draft.rows.insert(indicator.id.clone(), draft_row);
    }
}

/// The previous value, or the value already recorded for the period.
fn previous_ui(
    ui: &mut Ui,
    indicator: &Indicator,
    this_period: Option<&Measurement>,
    previous: Option<&Measurement>,
    lang: Lang,
) {
    let texts = lang.texts();
    let shown = match this_period {
        Some(m) => (texts.entry_already)(&value_text(indicator, m.value, lang)),
        None => previous.map_or_else(String::new, |m| {
            format!(
                "{} ({})",
                value_text(indicator, m.value, lang),
                format_date(m.date)
            )
        }),
    };
    let label = ui.label(RichText::new(shown).small());
    if this_period.is_some() {
        label.on_hover_text(texts.entry_already_hint);
    }
}
