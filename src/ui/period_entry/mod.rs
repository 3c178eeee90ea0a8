//! "Cập nhật số liệu kỳ báo cáo": one keyboard-driven grid to enter every indicator's value for a
//! reporting period, with paste from Excel, checks while typing and one undoable apply.

mod apply;
mod checks;
mod grid;

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};
use egui::{Event, RichText, Ui};

use super::{fields, theme};
use crate::app::{Action, AppState, Document};
pub use crate::entry::RowDraft;
use crate::entry::{EDIT_COLUMNS, PastedCell, Period, PeriodKind, cell_number, parse_paste};
use crate::i18n::{Lang, Texts, format_date, format_number};
use crate::model::Indicator;

/// The grid's draft: not part of the project until applied.
#[derive(Clone, Debug, Default)]
pub struct EntryDraft {
    /// The chosen period; `None` until the grid is first shown.
    pub period: Option<Period>,
    /// Whether applying also moves the plan's reporting date to the period's end.
    pub move_as_of: bool,
    /// Typed rows by indicator id.
    pub rows: BTreeMap<String, RowDraft>,
    /// The cell that has focus (row, editable column).
    pub focused: Option<(usize, usize)>,
    /// A cell to give the focus to when it is drawn (the first cell when the grid opens).
    pub pending_focus: Option<(usize, usize)>,
    /// The text of the focused cell when it got focus (Esc restores it).
    pub before_edit: String,
    /// True while the replacement of existing values waits for confirmation.
    pub confirm_replace: bool,
    /// True while the question whether to move the reporting date past today is shown.
    pub confirm_future: bool,
    /// The tab the user wants to go to while values are not applied.
    pub leave_to: Option<crate::app::Tab>,
}

impl EntryDraft {
    /// True when something was typed that is not applied yet.
    pub fn has_values(&self) -> bool {
        self.rows
            .values()
            .any(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
    }
}

/// True when a numeric cell holds text that is not a value.
fn unreadable(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> bool {
    column < 3 && !text.trim().is_empty() && cell_number(indicator, column, text, lang).is_none()
}

/// The name of an editable column of the grid, by its place in [`EDIT_COLUMNS`].
fn edit_column_name(column: usize, texts: &Texts) -> &'static str {
    match column {
        0 => texts.entry_new_value,
        1 => texts.col_numerator,
        2 => texts.col_denominator,
        3 => texts.col_evidence,
        4 => texts.col_source,
        _ => texts.col_note,
    }
}

/// Draws the grid.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    draft: &mut EntryDraft,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts();
    let period = match draft.period {
        Some(period) => period,
        None => {
            let period = Period::default_for(document.project.as_of, state.today);
            draft.period = Some(period);
            draft.move_as_of = true;
            draft.pending_focus = Some((0, 0));
            period
        }
    };
    ui.heading(texts.entry_title);
    let Some(date) = period_ui(ui, lang, draft, period, state.today) else {
        return;
    };
    take_paste(ui, document, draft, lang);
    let missing = document
        .project
        .indicators
        .iter()
        .filter(|i| {
            i.measurements.iter().all(|m| m.date != date)
                && draft
                    .rows
                    .get(&i.id)
                    .is_none_or(|r| r.cells[0].trim().is_empty() && r.cells[1].trim().is_empty())
        })
        .count();
    ui.label(
        RichText::new((texts.entry_missing)(
            missing,
            document.project.indicators.len(),
            &format_date(date),
        ))
        .strong(),
    );
    grid::grid_ui(ui, document, draft, date, lang);
    apply::apply_ui(ui, state, document, draft, date, actions);
}

fn period_ui(
    ui: &mut Ui,
    lang: Lang,
    draft: &mut EntryDraft,
    period: Period,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let texts = lang.texts();
    let (kind, year) = match period {
        Period::Of(kind, year) => (Some(kind), year),
        Period::Custom(date) => (None, date.year()),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.entry_period);
        let kinds: Vec<(Option<PeriodKind>, String)> = (1..=12)
            .map(PeriodKind::Month)
            .chain(PeriodKind::ALL)
            .map(|kind| (Some(kind), kind.name(lang)))
            .chain([(None, texts.other_date.to_owned())])
            .collect();
        let current = kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(String::new(), |(_, n)| n.clone());
        egui::ComboBox::from_id_salt("entry_period_kind")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (option, name) in kinds {
                    if ui.selectable_label(option == kind, &name).clicked() {
                        draft.period = Some(match option {
                            Some(k) => Period::Of(k, year),
                            None => Period::Custom(period.end_date().unwrap_or_default()),
                        });
                    }
                }
            })
            .response
            .accessible_name(texts.entry_period);
        match period {
            Period::Of(kind, year) => {
                ui.label(texts.entry_year);
                let id = ui.make_persistent_id("entry_year");
                let message = texts.milestone_error;
                if let Some(new_year) = fields::buffered(
                    ui,
                    id,
                    texts.entry_year,
                    &year.to_string(),
                    fields::FieldLook::narrow(60.0),
                    |t| {
                        t.trim()
                            .parse::<i32>()
                            .ok()
                            .filter(|y| (2000..=2100).contains(y))
                            .ok_or_else(|| message.to_owned())
                    },
                ) {
                    draft.period = Some(Period::Of(kind, new_year));
                }
            }
            Period::Custom(date) => {
                let id = ui.make_persistent_id("entry_custom_date");
                if let Some(new_date) = fields::date(ui, id, texts.entry_date, date, lang) {
                    draft.period = Some(Period::Custom(new_date));
                }
            }
        }
        if let Some(end) = period.end_date() {
            ui.label((texts.entry_values_dated)(&format_date(end)));
            if end > today {
                // Moving the plan past today is asked when applying, never ticked in advance.
                ui.label(
                    RichText::new((texts.safety.entry_future_note)(&format_date(end)))
                        .color(theme::weak_color(ui)),
                );
            } else {
                ui.checkbox(
                    &mut draft.move_as_of,
                    (texts.entry_move_as_of)(&format_date(end)),
                );
            }
        }
    });
    period.end_date()
}

/// Takes a multi-cell paste out of the input before the text fields see it and fills the grid
/// from the focused cell down and to the right.
fn take_paste(ui: &mut Ui, document: &Document, draft: &mut EntryDraft, lang: Lang) {
    let Some((row, column)) = draft.focused else {
        return;
    };
    let pasted = ui.input_mut(|input| {
        let position = input
            .events
            .iter()
            .position(|e| matches!(e, Event::Paste(text) if text.contains(['\n', '\t'])))?;
        match input.events.remove(position) {
            Event::Paste(text) => Some(text),
            _ => None,
        }
    });
    let Some(text) = pasted else {
        return;
    };
    for (offset, cells) in parse_paste(&text, lang).into_iter().enumerate() {
        let Some(indicator) = document.project.indicators.get(row + offset) else {
            break;
        };
        let target = draft.rows.entry(indicator.id.clone()).or_default();
        for (index, cell) in cells.into_iter().enumerate() {
            let column = column + index;
            if column >= EDIT_COLUMNS {
                break;
            }
            let numeric = column < 3;
            let (text, unreadable) = match cell {
                PastedCell::Empty => (String::new(), false),
                PastedCell::Number(value) if numeric => (format_number(value, 6, lang), false),
                PastedCell::Number(value) => (format_number(value, 6, lang), false),
                PastedCell::Unreadable(raw) if !numeric => (crate::model::nfc(&raw), false),
                PastedCell::Unreadable(_) => (String::new(), true),
            };
            target.cells[column] = text;
            target.unreadable[column] = unreadable;
        }
    }
}
