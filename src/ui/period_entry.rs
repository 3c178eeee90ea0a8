//! "Cập nhật số liệu kỳ báo cáo": one keyboard-driven grid to enter every indicator's value for a
//! reporting period, with paste from Excel, checks while typing and one undoable apply.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};
use egui::{Event, Id, Key, RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::{fields, theme, words};
use crate::app::{Action, AppState, Command, Document, Edit, ProjectMeta};
pub use crate::entry::RowDraft;
use crate::entry::{
    EDIT_COLUMNS, EntryCheck, PastedCell, Period, PeriodKind, check_value, parse_paste, plan_entry,
};
use crate::i18n::{
    Lang, Texts, format_date, format_number, indicator_name, parse_number, value_problem,
    value_text,
};
use crate::model::{Indicator, Measurement};
use crate::progress::evaluate;

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
    /// A cell to focus next frame.
    pub pending_focus: Option<(usize, usize)>,
    /// The text of the focused cell when it got focus (Esc restores it).
    pub before_edit: String,
    /// True while the replacement of existing values waits for confirmation.
    pub confirm_replace: bool,
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
            let period = Period::quarter_after(document.project.as_of);
            draft.period = Some(period);
            draft.move_as_of = true;
            draft.pending_focus = Some((0, 0));
            period
        }
    };
    ui.heading(texts.entry_title);
    let Some(date) = period_ui(ui, lang, draft, period) else {
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
    grid_ui(ui, document, draft, date, lang);
    apply_ui(ui, document, draft, date, lang, actions);
}

fn period_ui(ui: &mut Ui, lang: Lang, draft: &mut EntryDraft, period: Period) -> Option<NaiveDate> {
    let texts = lang.texts();
    let (kind, year) = match period {
        Period::Of(kind, year) => (Some(kind), year),
        Period::Custom(date) => (None, date.year()),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.entry_period);
        let kinds = PeriodKind::ALL
            .map(|kind| (Some(kind), kind.name(lang)))
            .into_iter()
            .chain([(None, texts.other_date)])
            .collect::<Vec<_>>();
        let current = kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or("", |(_, n)| *n);
        egui::ComboBox::from_id_salt("entry_period_kind")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (option, name) in kinds.iter().copied() {
                    if ui.selectable_label(option == kind, name).clicked() {
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
            ui.checkbox(
                &mut draft.move_as_of,
                (texts.entry_move_as_of)(&format_date(end)),
            );
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

fn grid_ui(ui: &mut Ui, document: &Document, draft: &mut EntryDraft, date: NaiveDate, lang: Lang) {
    let texts = lang.texts();
    let id = ui.make_persistent_id("entry_grid");
    let focus_request = draft.pending_focus.take();
    let count = document.project.indicators.len();
    egui::ScrollArea::horizontal()
        .id_salt("entry_grid_h")
        .show(ui, |ui| {
            let height = ui.available_height() - 70.0;
            TableBuilder::new(ui)
                .id_salt("entry_table")
                .striped(true)
                .max_scroll_height(height)
                .column(Column::exact(230.0))
                .column(Column::exact(110.0))
                .columns(Column::exact(82.0), 3)
                .column(Column::exact(170.0))
                .column(Column::exact(190.0))
                .columns(Column::exact(130.0), 3)
                .header(24.0, |mut header| {
                    for name in texts.entry_columns {
                        header.col(|ui| {
                            ui.strong(name);
                        });
                    }
                })
                .body(|body| {
                    body.rows(30.0, count, |mut table_row| {
                        let row = table_row.index();
                        let Some(indicator) = document.project.indicators.get(row) else {
                            return;
                        };
                        let progress = document.summary.indicators.get(row);
                        let this_period = indicator.measurements.iter().find(|m| m.date == date);
                        let previous = indicator
                            .measurements
                            .iter()
                            .filter(|m| m.date < date)
                            .max_by_key(|m| m.date);
                        table_row.col(|ui| {
                            let name = indicator_name(indicator, lang);
                            ui.add(egui::Label::new(name).truncate())
                                .on_hover_text(name);
                        });
                        table_row.col(|ui| previous_ui(ui, indicator, this_period, previous, lang));
                        let draft_row = draft.rows.entry(indicator.id.clone()).or_default();
                        for column in 0..EDIT_COLUMNS {
                            if column == 3 {
                                table_row.col(|ui| {
                                    preview_ui(
                                        ui,
                                        indicator,
                                        progress.map(|p| p.status),
                                        previous,
                                        draft_row,
                                        date,
                                        lang,
                                    );
                                });
                                table_row.col(|ui| {
                                    checks_ui(
                                        ui,
                                        indicator,
                                        previous.map(|m| m.value),
                                        draft_row,
                                        lang,
                                    )
                                });
                            }
                            let cell_id = id.with((row, column));
                            table_row.col(|ui| {
                                cell(
                                    ui,
                                    cell_id,
                                    row,
                                    column,
                                    lang,
                                    draft_row,
                                    &mut draft.focused,
                                    &mut draft.pending_focus,
                                    &mut draft.before_edit,
                                    focus_request,
                                );
                            });
                        }
                    });
                });
        });
}

#[expect(
    clippy::too_many_arguments,
    reason = "one grid cell needs its place, its data and the grid's focus state"
)]
fn cell(
    ui: &mut Ui,
    cell_id: Id,
    row: usize,
    column: usize,
    lang: Lang,
    draft_row: &mut RowDraft,
    focused: &mut Option<(usize, usize)>,
    pending_focus: &mut Option<(usize, usize)>,
    before_edit: &mut String,
    focus_request: Option<(usize, usize)>,
) {
    let texts = lang.texts();
    let Some(text) = draft_row.cells.get_mut(column) else {
        return;
    };
    let name = (texts.cell_name)(edit_column_name(column, texts), row + 1);
    let response = ui
        .add(
            TextEdit::singleline(text)
                .id(cell_id)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(name);
    if focus_request == Some((row, column)) {
        response.request_focus();
        response.scroll_to_me(None);
    }
    if response.gained_focus() {
        *before_edit = text.clone();
    }
    if response.has_focus() {
        *focused = Some((row, column));
        if response.changed() {
            draft_row.unreadable[column] = false;
        }
        let (down, up) = ui.input(|i| (i.key_pressed(Key::ArrowDown), i.key_pressed(Key::ArrowUp)));
        if down {
            *pending_focus = Some((row + 1, column));
        } else if up && row > 0 {
            *pending_focus = Some((row - 1, column));
        }
    }
    if response.lost_focus() {
        let (enter, escape) = ui.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
        if escape {
            *text = before_edit.clone();
        } else if enter {
            *pending_focus = Some((row + 1, column));
        }
        *text = crate::model::nfc(text);
        if *focused == Some((row, column)) {
            *focused = None;
        }
    }
    if column < 3 && !text.trim().is_empty() && parse_number(text, lang).is_err() {
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

fn preview_ui(
    ui: &mut Ui,
    indicator: &Indicator,
    current: Option<crate::progress::Status>,
    previous: Option<&Measurement>,
    row: &RowDraft,
    date: NaiveDate,
    lang: Lang,
) {
    let Some(value) = row.value(indicator, lang) else {
        if let Some(status) = current {
            words::status_chip(ui, status, false, lang);
        }
        return;
    };
    let mut with_new = indicator.clone();
    with_new.measurements.retain(|m| m.date != date);
    with_new.measurements.push(Measurement::new(date, value));
    let progress = evaluate(&with_new, date);
    ui.horizontal(|ui| {
        if let Some(previous) = previous {
            let change = value - previous.value;
            let sign = if change > 0.0 { "+" } else { "" };
            ui.label(RichText::new(format!("{sign}{}", format_number(change, 2, lang))).small());
        }
        words::status_chip(ui, progress.status, progress.exceeded, lang);
    });
}

fn checks_ui(
    ui: &mut Ui,
    indicator: &Indicator,
    previous: Option<f64>,
    row: &RowDraft,
    lang: Lang,
) {
    let texts = lang.texts();
    let [_, numerator, denominator] = row.numbers(lang);
    let Some(value) = row.value(indicator, lang) else {
        if row.cells[..3].iter().any(|c| !c.trim().is_empty()) {
            ui.colored_label(
                theme::error_color(ui),
                RichText::new(texts.entry_not_a_number).small(),
            );
        }
        return;
    };
    let checks = check_value(indicator, previous, value, numerator, denominator);
    let blocks = checks.iter().any(|check| check.blocks());
    let messages: Vec<String> = checks
        .into_iter()
        .map(|check| match check {
            EntryCheck::Invalid(problem) => value_problem(problem, lang).to_owned(),
            EntryCheck::NumeratorAboveDenominator => texts.entry_numerator_above.to_owned(),
            EntryCheck::PercentJump(change) => {
                (texts.entry_jump_points)(&format_number(change.abs(), 1, lang))
            }
            EntryCheck::CountJump(ratio) => {
                (texts.entry_jump_ratio)(&format_number(ratio, 1, lang))
            }
        })
        .collect();
    if !messages.is_empty() {
        // A value that blocks applying is written in red, a doubt in orange.
        let colour = if blocks {
            theme::error_color(ui)
        } else {
            theme::WARNING
        };
        ui.label(RichText::new(messages.join("; ")).small().color(colour))
            .on_hover_text(messages.join("\n"));
    }
}

fn apply_ui(
    ui: &mut Ui,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let texts = lang.texts();
    let planned = plan_entry(&document.project, &draft.rows, date, draft.move_as_of, lang);
    let (replaced, blocked, filled) =
        (&planned.replaced, planned.blocked, planned.indicators.len());
    let mut edits: Vec<Edit> = planned
        .indicators
        .iter()
        .map(|indicator| Edit::Indicator(Box::new(indicator.clone())))
        .collect();
    if let Some(as_of) = planned.as_of {
        let mut meta = ProjectMeta::of(&document.project);
        meta.as_of = as_of;
        edits.push(Edit::Meta(Box::new(meta)));
    }
    if draft.confirm_replace && !replaced.is_empty() {
        ui.colored_label(theme::WARNING, texts.entry_replace_question);
        for replacement in replaced {
            ui.label(format!(
                "• {}: {} → {}",
                replacement.indicator_name,
                format_number(replacement.old, 2, lang),
                format_number(replacement.new, 2, lang)
            ));
        }
    }
    ui.horizontal(|ui| {
        let label = if draft.confirm_replace && !replaced.is_empty() {
            texts.entry_replace_apply
        } else {
            texts.entry_apply
        };
        let enabled = filled > 0 && !blocked;
        let button = ui
            .add_enabled(
                enabled,
                egui::Button::new((texts.entry_apply_count)(label, filled)).shortcut_text(
                    super::commands::shortcut_text(ui.ctx(), Command::ApplyEntry),
                ),
            )
            .on_hover_text(Command::ApplyEntry.tooltip(lang));
        let by_keyboard = enabled && super::commands::pressed(ui, Command::ApplyEntry);
        if button.clicked() || by_keyboard {
            if replaced.is_empty() || draft.confirm_replace {
                actions.push(Action::Edit(Edit::Batch(edits)));
                draft.rows.clear();
                draft.confirm_replace = false;
            } else {
                draft.confirm_replace = true;
            }
        }
        if ui
            .add_enabled(draft.has_values(), egui::Button::new(texts.entry_clear))
            .clicked()
        {
            draft.rows.clear();
            draft.confirm_replace = false;
        }
        if blocked {
            ui.colored_label(theme::error_color(ui), texts.entry_blocked);
        }
    });
    ui.label(
        RichText::new(texts.entry_keys)
            .small()
            .color(theme::weak_color(ui)),
    );
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
