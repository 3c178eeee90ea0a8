//! The import preview window: a table with one row per sheet row, grouped into what will be
//! imported, what needs the user to choose an indicator, what is skipped and what cannot be read;
//! the columns read and not read; the date of results whose header has none; Apply or Cancel.
//! Sized for a 1366×768 laptop, scrolled, text wrapped so that nothing is cut.

use egui::{Align, Layout, RichText, vec2};

use super::theme;
use crate::app::{Action, AppState};
use crate::i18n::{format_date, format_number};
use crate::spreadsheet::{
    ImportChoice, ImportSession, RowChoice, RowGroup, RowPreview, RowTexts, SheetPreview,
};

/// Widest the window gets.
pub const MAX_WIDTH: f32 = 1240.0;

/// Share of the table's width of each column: row, in the sheet, matched, values, changes.
const COLUMN_SHARES: [f32; 5] = [0.055, 0.255, 0.25, 0.2, 0.24];

/// Rows of one group drawn at a time (a whole plan's export has tens of thousands).
const PAGE_ROWS: usize = 100;

/// Height kept for everything around the scrolled part (title, file, date, summary, buttons).
const RESERVED_HEIGHT: f32 = 250.0;

/// The width of the window on a screen of `screen_width`.
pub fn width_for(screen_width: f32) -> f32 {
    (screen_width - 60.0).clamp(480.0, MAX_WIDTH)
}

/// Draws the preview of `session`.
pub fn ui(ui: &mut egui::Ui, state: &AppState, session: &ImportSession, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    let import = texts.import;
    ui.heading(texts.import_title);
    ui.label(RichText::new(&session.file).small());
    if session.preview.uses_result_date() {
        result_date_ui(ui, state, session, actions);
    }
    let preview = &session.preview;
    let count = |group| preview.group(group).count();
    let changes = preview.added.len() + preview.changed.len();
    ui.label(
        RichText::new((import.summary)(
            changes,
            count(RowGroup::Choice),
            count(RowGroup::Skipped),
            count(RowGroup::Refused),
        ))
        .strong(),
    );
    let height = (ui.ctx().content_rect().height() - RESERVED_HEIGHT).max(160.0);
    egui::ScrollArea::vertical()
        .min_scrolled_height(height)
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (names, sheet) in sheets_alike(&session.preview.sheets) {
                sheet_lines(ui, state, &names, sheet);
            }
            ui.add_space(6.0);
            table_ui(ui, state, session, actions);
        });
    if let Some(error) = &session.error {
        ui.colored_label(theme::error_color(ui), error);
    }
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!preview.is_empty(), egui::Button::new(texts.import_apply))
            .clicked()
        {
            actions.push(Action::ApplyImport);
        }
        if ui.button(texts.cancel).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

/// The sheets that are not blank, those read alike together (a plan's export has one sheet per
/// pillar with the same columns): their names joined, and one of them.
fn sheets_alike(sheets: &[SheetPreview]) -> Vec<(String, &SheetPreview)> {
    let mut groups: Vec<(Vec<&str>, &SheetPreview)> = Vec::new();
    for sheet in sheets.iter().filter(|s| !s.blank) {
        let alike = |other: &SheetPreview| {
            other.header_rows == sheet.header_rows
                && other.read == sheet.read
                && other.ignored == sheet.ignored
        };
        match groups.iter_mut().find(|(_, first)| alike(first)) {
            Some((names, _)) => names.push(&sheet.name),
            None => groups.push((vec![&sheet.name], sheet)),
        }
    }
    groups
        .into_iter()
        .map(|(names, sheet)| (names.join("”, “"), sheet))
        .collect()
}

/// Where the header of the sheets `names` is, the columns read and the columns not read.
fn sheet_lines(ui: &mut egui::Ui, state: &AppState, names: &str, sheet: &SheetPreview) {
    let import = state.lang().texts().import;
    let Some((first, last)) = sheet.header_rows else {
        ui.colored_label(theme::error_color(ui), (import.no_header_line)(names));
        return;
    };
    ui.label(RichText::new((import.header_line)(names, first, last)).strong());
    let read: Vec<String> = sheet
        .read
        .iter()
        .map(|(title, used)| format!("“{}”: {used}", printable(title)))
        .collect();
    ui.add(egui::Label::new(format!("{} {}", import.columns_read, read.join(" · "))).wrap());
    if !sheet.ignored.is_empty() {
        let ignored = sheet.ignored.join(" · ");
        ui.add(
            egui::Label::new(
                RichText::new(format!("{} {ignored}", import.columns_ignored))
                    .color(theme::weak_color(ui)),
            )
            .wrap(),
        );
    }
}

/// The date given to results whose header has none, chosen among the reporting periods' ends.
fn result_date_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    session: &ImportSession,
    actions: &mut Vec<Action>,
) {
    let Some(document) = &state.document else {
        return;
    };
    let import = state.lang().texts().import;
    let mut columns: Vec<String> = Vec::new();
    for title in session.preview.sheets.iter().flat_map(|s| &s.undated) {
        let quoted = format!("“{title}”");
        if !columns.contains(&quoted) {
            columns.push(quoted);
        }
    }
    let current = session
        .preview
        .result_date
        .unwrap_or(document.project.as_of);
    let shown = |date| {
        let text = format_date(date);
        if date == document.project.as_of {
            (import.date_reporting)(&text)
        } else {
            text
        }
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label((import.result_date_label)(&columns.join(", ")));
        let combo = egui::ComboBox::from_id_salt("import_result_date")
            .selected_text(shown(current))
            .width(260.0)
            .show_ui(ui, |ui| {
                for date in ImportSession::date_options(&document.project) {
                    if ui.selectable_label(date == current, shown(date)).clicked() {
                        actions.push(Action::ImportChoice(ImportChoice::ResultDate(date)));
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
}

/// The table: its header, then each group of rows under its heading.
fn table_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    session: &ImportSession,
    actions: &mut Vec<Action>,
) {
    let import = state.lang().texts().import;
    let widths = column_widths(ui.available_width());
    cells_row(ui, &widths, None, |ui, column| {
        let title = import.columns.get(column).copied().unwrap_or_default();
        ui.label(RichText::new(title).strong());
    });
    ui.separator();
    let groups = [
        (RowGroup::Choice, import.group_choice as fn(usize) -> String),
        (RowGroup::Applied, import.group_applied),
        (RowGroup::Refused, import.group_refused),
        (RowGroup::Skipped, import.group_skipped),
    ];
    for (group, title) in groups {
        let rows: Vec<(usize, &RowPreview)> = session
            .preview
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.group == group)
            .collect();
        if rows.is_empty() {
            continue;
        }
        egui::CollapsingHeader::new(RichText::new(title(rows.len())).strong())
            .id_salt(("import_group", group as u8))
            .default_open(true)
            .show(ui, |ui| {
                let page = pager_ui(ui, state, group, rows.len());
                for (stripe, (index, row)) in rows.into_iter().enumerate().skip(page.start) {
                    if stripe >= page.end {
                        break;
                    }
                    let Some(texts) = session.texts.get(index) else {
                        continue;
                    };
                    let fill = (stripe % 2 == 1).then(|| ui.visuals().faint_bg_color);
                    row_ui(ui, state, &widths, fill, row, texts, actions);
                }
            });
    }
}

/// For a group longer than a page, the page shown and buttons to turn it (the page is kept in
/// egui's memory); the range of rows to draw.
fn pager_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    group: RowGroup,
    count: usize,
) -> std::ops::Range<usize> {
    if count <= PAGE_ROWS {
        return 0..count;
    }
    let import = state.lang().texts().import;
    let id = egui::Id::unique(("import_page", group as u8));
    let pages = count.div_ceil(PAGE_ROWS);
    let mut page = ui
        .data(|d| d.get_temp::<usize>(id))
        .unwrap_or(0)
        .min(pages - 1);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(page > 0, egui::Button::new(import.page_previous))
            .clicked()
        {
            page -= 1;
        }
        let first = page * PAGE_ROWS;
        let last = (first + PAGE_ROWS).min(count);
        let number = |n: usize| format_number(n as f64, 0, state.lang());
        ui.label((import.page_range)(
            &number(first + 1),
            &number(last),
            &number(count),
        ));
        if ui
            .add_enabled(page + 1 < pages, egui::Button::new(import.page_next))
            .clicked()
        {
            page += 1;
        }
    });
    ui.data_mut(|d| d.insert_temp(id, page));
    let first = page * PAGE_ROWS;
    first..(first + PAGE_ROWS).min(count)
}

fn column_widths(total: f32) -> [f32; 5] {
    let spacing = 8.0;
    let usable = (total - spacing * 5.0).max(300.0);
    COLUMN_SHARES.map(|share| usable * share)
}

/// One table row of `widths`, each cell drawn by `cell` in a column of its width.
fn cells_row(
    ui: &mut egui::Ui,
    widths: &[f32; 5],
    fill: Option<egui::Color32>,
    mut cell: impl FnMut(&mut egui::Ui, usize),
) {
    egui::Frame::NONE
        .fill(fill.unwrap_or(egui::Color32::TRANSPARENT))
        .inner_margin(vec2(0.0, 3.0))
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (column, width) in widths.iter().enumerate() {
                    if *width <= 0.0 {
                        continue;
                    }
                    ui.allocate_ui_with_layout(
                        vec2(*width, 0.0),
                        Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(*width);
                            cell(ui, column);
                        },
                    );
                }
            });
        });
}

fn row_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    widths: &[f32; 5],
    fill: Option<egui::Color32>,
    row: &RowPreview,
    texts: &RowTexts,
    actions: &mut Vec<Action>,
) {
    let spans_reason = matches!(row.group, RowGroup::Skipped | RowGroup::Refused);
    let widths = if spans_reason {
        let [number, label, a, b, c] = *widths;
        [number, label, a + b + c, 0.0, 0.0]
    } else {
        *widths
    };
    cells_row(ui, &widths, fill, |ui, column| match column {
        0 => {
            ui.label(row.key.row.to_string());
        }
        1 => {
            ui.add(egui::Label::new(printable(&row.label)).wrap());
        }
        2 if spans_reason => {
            let text = RichText::new(printable(&texts.reason));
            let text = if row.group == RowGroup::Refused {
                text.color(theme::error_color(ui))
            } else {
                text.color(theme::weak_color(ui))
            };
            ui.add(egui::Label::new(text).wrap());
        }
        2 => match_cell(ui, state, row, texts, actions),
        3 => lines(ui, &texts.values),
        4 => {
            lines(ui, &texts.changes);
            if row.group == RowGroup::Choice && !texts.reason.is_empty() {
                ui.colored_label(theme::error_color(ui), &texts.reason);
            }
        }
        _ => {}
    });
}

fn lines(ui: &mut egui::Ui, lines: &[String]) {
    for line in lines {
        ui.add(egui::Label::new(printable(line)).wrap());
    }
}

/// `text` with the signs the bundled font lacks written out ("≤ 2" as "<= 2").
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['≤', '≥', '→']) {
        text.replace('≤', "<=")
            .replace('≥', ">=")
            .replace('→', "->")
            .into()
    } else {
        text.into()
    }
}

/// What the row matched; for a row with candidates, a choice among them.
fn match_cell(
    ui: &mut egui::Ui,
    state: &AppState,
    row: &RowPreview,
    texts: &RowTexts,
    actions: &mut Vec<Action>,
) {
    if row.group != RowGroup::Choice {
        ui.add(egui::Label::new(printable(&texts.matched)).wrap());
        return;
    }
    let import = state.lang().texts().import;
    if row.choice.is_none() {
        ui.label(RichText::new(import.undecided).italics());
    }
    let options = row
        .candidates
        .iter()
        .map(|c| (RowChoice::Indicator(c.id.clone()), c.name.as_str()))
        .chain([
            (RowChoice::New, import.choice_new),
            (RowChoice::Skip, import.choice_skip),
        ]);
    for (choice, text) in options {
        let selected = row.choice.as_ref() == Some(&choice);
        let response = ui
            .radio(selected, text)
            .accessible_name((import.choice_name)(&row.key.sheet, row.key.row, text));
        if response.clicked() && !selected {
            actions.push(Action::ImportChoice(ImportChoice::Row(
                row.key.clone(),
                choice,
            )));
        }
    }
}
