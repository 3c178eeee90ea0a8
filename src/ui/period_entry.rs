//! "Cập nhật số liệu kỳ báo cáo": one keyboard-driven grid to enter every indicator's value for a
//! reporting period, with paste from Excel, checks while typing and one undoable apply.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};
use egui::{Event, Id, Key, RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::typing::{self, Left, Neighbours};
use super::{fields, theme, words};
use crate::app::{Action, AppState, Document, Edit, ProjectMeta};
use crate::entry::{EntryCheck, PastedCell, Period, PeriodKind, check_value, parse_paste};
use crate::i18n::{Lang, format_date, format_number, parse_number, value_text};
use crate::model::{Indicator, Measurement, ValueProblem, parse_yes_no};
use crate::progress::evaluate;

/// Applies the grid without the mouse.
const APPLY_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, Key::Enter);

/// Editable columns, left to right: value, numerator, denominator, evidence, source, note.
const EDIT_COLUMNS: usize = 6;

/// What was typed for one indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowDraft {
    /// The six editable cells, in [`EDIT_COLUMNS`] order.
    pub cells: [String; EDIT_COLUMNS],
    /// Cells a paste could not read (marked, left empty).
    pub unreadable: [bool; EDIT_COLUMNS],
}

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

/// The number a numeric cell holds: Có/Không (1/0, x, Đạt/Chưa đạt) in the value cell of a
/// yes/no indicator, a number in `lang`'s format elsewhere.
fn cell_number(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> Option<f64> {
    if column == 0 && indicator.unit.is_yes_no() {
        parse_yes_no(text).map(|yes| if yes { 1.0 } else { 0.0 })
    } else {
        parse_number(text, lang).ok()
    }
}

/// True when a numeric cell holds text that is not a value.
fn unreadable(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> bool {
    column < 3 && !text.trim().is_empty() && cell_number(indicator, column, text, lang).is_none()
}

/// A row's parsed numbers: value, numerator, denominator.
fn parsed(indicator: &Indicator, row: &RowDraft, lang: Lang) -> [Option<f64>; 3] {
    let number = |column: usize| cell_number(indicator, column, &row.cells[column], lang);
    [number(0), number(1), number(2)]
}

/// The value of a row: typed, or computed from numerator and denominator (not for yes/no).
fn row_value(indicator: &Indicator, row: &RowDraft, lang: Lang) -> Option<f64> {
    let [value, numerator, denominator] = parsed(indicator, row, lang);
    if indicator.unit.is_yes_no() {
        return value;
    }
    value.or_else(|| {
        let (n, d) = (numerator?, denominator?);
        (d != 0.0).then(|| {
            if indicator.unit.is_percent() {
                n / d * 100.0
            } else {
                n / d
            }
        })
    })
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
    grid_ui(ui, document, draft, date, lang);
    apply_ui(ui, state, document, draft, date, actions);
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
        let months: Vec<(Option<PeriodKind>, String)> = (1..=12)
            .map(|m| (Some(PeriodKind::Month(m)), (texts.editor.month_period)(m)))
            .collect();
        let kinds = [
            (Some(PeriodKind::Quarter(1)), texts.period_names[0]),
            (Some(PeriodKind::Quarter(2)), texts.period_names[1]),
            (Some(PeriodKind::Quarter(3)), texts.period_names[2]),
            (Some(PeriodKind::Quarter(4)), texts.period_names[3]),
            (Some(PeriodKind::FirstHalf), texts.period_names[4]),
            (Some(PeriodKind::NineMonths), texts.period_names[5]),
            (Some(PeriodKind::Year), texts.period_names[6]),
            (None, texts.period_names[7]),
        ]
        .map(|(kind, name)| (kind, name.to_owned()));
        let kinds: Vec<(Option<PeriodKind>, String)> = months.into_iter().chain(kinds).collect();
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

fn grid_ui(ui: &mut Ui, document: &Document, draft: &mut EntryDraft, date: NaiveDate, lang: Lang) {
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
                        let row = table_row.index();
                        let Some(indicator) = document.project.indicators.get(row) else {
                            return;
                        };
                        let progress = document.summary.indicators.get(row);
                        let this_period = indicator.measurements.iter().find(|m| m.date == date);
                        let previous = indicator.comparable_before(date);
                        table_row.col(|ui| {
                            let name = if indicator.is_per_year() {
                                format!("{} ({})", indicator.name, texts.editor.grid_year_to_date)
                            } else {
                                indicator.name.clone()
                            };
                            ui.add(egui::Label::new(&name).truncate())
                                .on_hover_text(&name);
                        });
                        table_row.col(|ui| previous_ui(ui, indicator, this_period, previous, lang));
                        let mut draft_row =
                            draft.rows.get(&indicator.id).cloned().unwrap_or_default();
                        for column in 0..EDIT_COLUMNS {
                            if column == 3 {
                                table_row.col(|ui| {
                                    preview_ui(
                                        ui,
                                        indicator,
                                        progress.map(|p| p.status),
                                        previous,
                                        &draft_row,
                                        date,
                                        lang,
                                    );
                                });
                                table_row.col(|ui| {
                                    checks_ui(
                                        ui,
                                        indicator,
                                        previous.map(|m| m.value),
                                        &draft_row,
                                        lang,
                                    )
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
                        if draft_row != RowDraft::default()
                            || draft.rows.contains_key(&indicator.id)
                        {
                            draft.rows.insert(indicator.id.clone(), draft_row);
                        }
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
    let name = (texts.cell_name)(texts.entry_edit_names[column], row + 1);
    let id = cell_id(grid, (row, column));
    let neighbours = Neighbours::in_table((row, column), (rows, EDIT_COLUMNS));
    if draft.pending_focus == Some((row, column)) && ui.memory(|m| m.focused().is_none()) {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let before = text.clone();
    let mut edit = TextEdit::singleline(text).desired_width(f32::INFINITY);
    if column == 0 && indicator.unit.is_yes_no() {
        edit = edit.hint_text(texts.safety.yes_no_hint);
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

/// A cell's text once it is left: NFC, and a yes/no value shown as the choice it is (Có/Không).
fn tidy(indicator: &Indicator, column: usize, text: &str, lang: Lang) -> String {
    let text = crate::model::nfc(text);
    match cell_number(indicator, column, &text, lang) {
        Some(value) if column == 0 && indicator.unit.is_yes_no() => {
            fields::value_shown(value, &indicator.unit, lang)
        }
        _ => text,
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
    let Some(value) = row_value(indicator, row, lang) else {
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
        words::progress_chips(ui, &progress, lang);
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
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    if let Some(column) = (0..3).find(|&c| unreadable(indicator, c, &row.cells[c], lang)) {
        refused.push(if column == 0 && indicator.unit.is_yes_no() {
            texts
                .safety
                .value_problem(ValueProblem::NotYesNo)
                .to_owned()
        } else {
            texts.entry_not_a_number.to_owned()
        });
    } else if let Some(value) = row_value(indicator, row, lang) {
        let [_, numerator, denominator] = parsed(indicator, row, lang);
        for check in check_value(indicator, previous, value, numerator, denominator) {
            let message = match check {
                EntryCheck::Invalid(problem) => texts.safety.value_problem(problem).to_owned(),
                EntryCheck::RatioOnYesNo => texts.safety.ratio_on_yes_no.to_owned(),
                EntryCheck::NumeratorAboveDenominator => texts.entry_numerator_above.to_owned(),
                EntryCheck::PercentJump(change) => {
                    (texts.entry_jump_points)(&format_number(change.abs(), 1, lang))
                }
                EntryCheck::CountJump(ratio) => {
                    (texts.entry_jump_ratio)(&format_number(ratio, 1, lang))
                }
            };
            if check.blocks() {
                refused.push(message);
            } else {
                warnings.push(message);
            }
        }
    }
    let messages = refused.iter().chain(&warnings).cloned().collect::<Vec<_>>();
    if messages.is_empty() {
        return;
    }
    let color = if refused.is_empty() {
        egui::Color32::from_rgb(170, 80, 0)
    } else {
        theme::error_color(ui)
    };
    ui.add(egui::Label::new(RichText::new(messages.join("; ")).small().color(color)).truncate())
        .on_hover_text(messages.join("\n"));
}

/// What applying the grid would do.
struct Plan {
    /// The changed indicators, as one edit each.
    edits: Vec<Edit>,
    /// The values replaced: indicator name, old value, new value.
    replaced: Vec<(String, f64, f64)>,
    /// True when a cell holds something that cannot be applied.
    blocked: bool,
}

/// The edits that apply the draft (with the move of the reporting date to `date` when `move_as_of`).
fn planned_edits(
    document: &Document,
    draft: &EntryDraft,
    date: NaiveDate,
    lang: Lang,
    move_as_of: bool,
) -> Plan {
    let mut edits = Vec::new();
    let mut replaced = Vec::new();
    let mut blocked = false;
    for indicator in &document.project.indicators {
        let Some(row) = draft.rows.get(&indicator.id) else {
            continue;
        };
        if (0..3).any(|c| unreadable(indicator, c, &row.cells[c], lang)) {
            blocked = true;
            continue;
        }
        let Some(value) = row_value(indicator, row, lang) else {
            continue;
        };
        let [_, numerator, denominator] = parsed(indicator, row, lang);
        let previous = indicator.comparable_before(date).map(|m| m.value);
        blocked |= check_value(indicator, previous, value, numerator, denominator)
            .iter()
            .any(|c| c.blocks());
        let mut changed = indicator.clone();
        if let Some(old) = changed.measurements.iter().find(|m| m.date == date) {
            replaced.push((indicator.name.clone(), old.value, value));
        }
        changed.measurements.retain(|m| m.date != date);
        changed.measurements.push(Measurement {
            date,
            value,
            numerator,
            denominator,
            evidence: row.cells[3].trim().to_owned(),
            source: row.cells[4].trim().to_owned(),
            note: row.cells[5].trim().to_owned(),
        });
        edits.push(Edit::Indicator(Box::new(changed)));
    }
    if move_as_of && !edits.is_empty() && document.project.as_of != date {
        let mut meta = ProjectMeta::of(&document.project);
        meta.as_of = date;
        edits.push(Edit::Meta(Box::new(meta)));
    }
    Plan {
        edits,
        replaced,
        blocked,
    }
}

fn apply_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts();
    // A period that ends after today moves the reporting date only when the answer says so.
    let past_today = date > state.today && date > document.project.as_of;
    let plan = planned_edits(document, draft, date, lang, draft.move_as_of && !past_today);
    let filled = plan
        .edits
        .iter()
        .filter(|e| matches!(e, Edit::Indicator(_)))
        .count();
    if draft.confirm_replace && !plan.replaced.is_empty() {
        ui.colored_label(
            egui::Color32::from_rgb(170, 80, 0),
            texts.entry_replace_question,
        );
        for (name, old, new) in &plan.replaced {
            ui.label(format!(
                "• {name}: {} → {}",
                format_number(*old, 2, lang),
                format_number(*new, 2, lang)
            ));
        }
    }
    ui.horizontal(|ui| {
        let label = if draft.confirm_replace && !plan.replaced.is_empty() {
            texts.entry_replace_apply
        } else {
            texts.entry_apply
        };
        let enabled = filled > 0 && !plan.blocked;
        let button = ui.add_enabled(
            enabled,
            egui::Button::new((texts.entry_apply_count)(label, filled))
                .shortcut_text(ui.ctx().format_shortcut(&APPLY_SHORTCUT)),
        );
        let by_keyboard = enabled && ui.input_mut(|i| i.consume_shortcut(&APPLY_SHORTCUT));
        if button.clicked() || by_keyboard {
            if !plan.replaced.is_empty() && !draft.confirm_replace {
                draft.confirm_replace = true;
            } else if past_today {
                draft.confirm_future = true;
            } else {
                actions.push(Action::Edit(Edit::Batch(plan.edits)));
                draft.rows.clear();
                draft.confirm_replace = false;
            }
        }
        if ui
            .add_enabled(draft.has_values(), egui::Button::new(texts.entry_clear))
            .clicked()
        {
            draft.rows.clear();
            draft.confirm_replace = false;
        }
        if plan.blocked {
            ui.colored_label(theme::error_color(ui), texts.safety.entry_blocked);
        }
    });
    ui.label(
        RichText::new(texts.entry_keys)
            .small()
            .color(theme::weak_color(ui)),
    );
    if draft.confirm_future {
        future_question_ui(ui, state, document, draft, date, actions);
    }
}

/// The question asked before the reporting date moves past today: move and apply, apply and
/// keep the reporting date, or go back.
fn future_question_ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    draft: &mut EntryDraft,
    date: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let safety = lang.texts().safety;
    let (end, as_of) = (format_date(date), format_date(document.project.as_of));
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("entry_future_question")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(safety.future_title);
        ui.label((safety.future_question)(
            &end,
            &format_date(state.today),
            &as_of,
        ));
        ui.horizontal_wrapped(|ui| {
            if ui.button((safety.future_move)(&end)).clicked() {
                answer = Some(true);
            }
            if ui.button((safety.future_keep)(&as_of)).clicked() {
                answer = Some(false);
            }
            if ui.button(safety.future_back).clicked() {
                draft.confirm_future = false;
            }
        });
    });
    if modal.should_close() {
        draft.confirm_future = false;
    }
    if let Some(move_as_of) = answer {
        let plan = planned_edits(document, draft, date, lang, move_as_of);
        if !plan.blocked && !plan.edits.is_empty() {
            actions.push(Action::Edit(Edit::Batch(plan.edits)));
        }
        draft.rows.clear();
        draft.confirm_replace = false;
        draft.confirm_future = false;
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
