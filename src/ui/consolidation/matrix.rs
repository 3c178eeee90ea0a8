//! The units × indicators matrix: each cell the member's status colour with its value written in
//! it. Sorted by unit, by rank or by one indicator; filtered by pillar. Only the rows and columns
//! in view are drawn (a hundred units by sixty indicators stays within a few milliseconds a
//! frame); the header row and the unit column stay in place while scrolling. A [`MatrixLook`]
//! ([`super::matrix_look`]) draws it larger on a slide ([`super::matrix_slide`]); the tab keeps its
//! own size.

use crate::i18n::indicator_name;
use egui::accesskit::Role;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, ScrollArea, Sense, Ui, pos2, vec2};

use super::matrix_cache::{MatrixCache, MatrixSort, cached};
use super::matrix_look::MatrixLook;
use super::{ConsolidationView, act};
use crate::app::{Action, AppState, ConsolidationAction, ConsolidationState};
use crate::model::Pillar;
use crate::progress::Status;
use crate::ui::theme;

/// Draws the matrix tab.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    actions: &mut Vec<Action>,
) {
    controls_ui(ui, state, open, view);
    let (sort, pillar) = (view.sort, view.pillar);
    let cache = cached(view, open, state.lang(), sort, pillar);
    if let Some(sort) = grid_ui(ui, state, open, cache, MatrixLook::TAB, actions) {
        view.sort = sort;
    }
}

fn controls_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
) {
    let lang = state.lang();
    let texts = lang.texts();
    let words = texts.consolidate;
    let sort_text = |sort: MatrixSort| match sort {
        MatrixSort::Unit => words.sort_by_unit.to_owned(),
        MatrixSort::Rank => words.sort_by_rank.to_owned(),
        MatrixSort::Indicator(index) => (words.sort_by_indicator)(
            open.consolidation
                .indicators
                .get(index)
                .map_or("", |i| indicator_name(&i.template, lang)),
        ),
    };
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_id_salt("matrix_sort")
            .selected_text(sort_text(view.sort))
            .width(260.0)
            .show_ui(ui, |ui| {
                for sort in [MatrixSort::Unit, MatrixSort::Rank] {
                    ui.selectable_value(&mut view.sort, sort, sort_text(sort));
                }
            })
            .response
            .accessible_name(words.sort_by_unit);
        let pillar_text = view.pillar.map_or(texts.all_pillars, |p| texts.pillar(p));
        egui::ComboBox::from_id_salt("matrix_pillar")
            .selected_text(pillar_text)
            .width(150.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.pillar, None, texts.all_pillars);
                for pillar in Pillar::ALL {
                    ui.selectable_value(&mut view.pillar, Some(pillar), texts.pillar(pillar));
                }
            })
            .response
            .accessible_name(texts.filter_pillar);
        for status in Status::ALL {
            crate::ui::words::status_chip(ui, status, false, lang);
        }
    });
    ui.add_space(4.0);
}

/// Draws the grid at `look`; returns a new sort when a header was clicked.
pub(super) fn grid_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    cache: &MatrixCache,
    look: MatrixLook,
    actions: &mut Vec<Action>,
) -> Option<MatrixSort> {
    let size = vec2(
        look.unit_width() + cache.columns.len() as f32 * look.column_width(),
        look.header_height() + look.figure_height() + cache.rows.len() as f32 * look.row_height(),
    );
    let mut sort = None;
    ScrollArea::both()
        .id_salt("matrix_scroll")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
            let grid = Grid {
                origin: rect.min,
                viewport,
                clip: ui.clip_rect(),
                look,
            };
            body_ui(ui, state, open, cache, &grid, actions);
            units_ui(ui, state, cache, &grid, actions);
            sort = header_ui(ui, state, open, cache, &grid);
        });
    sort
}

/// Where the grid is on screen and which part of it is in view.
struct Grid {
    origin: Pos2,
    viewport: Rect,
    clip: Rect,
    look: MatrixLook,
}

impl Grid {
    fn top(&self) -> f32 {
        self.look.header_height() + self.look.figure_height()
    }

    /// The visible rows and columns (indexes into the display order).
    fn visible(
        &self,
        rows: usize,
        columns: usize,
    ) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let first_row = (self.viewport.min.y / self.look.row_height())
            .floor()
            .max(0.0) as usize;
        let last_row = ((self.viewport.max.y - self.top()) / self.look.row_height())
            .ceil()
            .max(0.0) as usize;
        let first_column = (self.viewport.min.x / self.look.column_width())
            .floor()
            .max(0.0) as usize;
        let last_column = ((self.viewport.max.x - self.look.unit_width())
            / self.look.column_width())
        .ceil()
        .max(0.0) as usize;
        (
            first_row.min(rows)..(last_row + 1).min(rows),
            first_column.min(columns)..(last_column + 1).min(columns),
        )
    }

    /// The part of the screen the body may use (below the header, right of the unit column).
    fn body_clip(&self) -> Rect {
        let min = pos2(
            self.origin.x + self.viewport.min.x + self.look.unit_width(),
            self.origin.y + self.viewport.min.y + self.top(),
        );
        Rect::from_min_max(min, self.clip.max).intersect(self.clip)
    }

    fn cell_rect(&self, row: usize, column: usize) -> Rect {
        Rect::from_min_size(
            self.origin
                + vec2(
                    self.look.unit_width() + column as f32 * self.look.column_width(),
                    self.top() + row as f32 * self.look.row_height(),
                ),
            vec2(self.look.column_width(), self.look.row_height()),
        )
    }
}

fn body_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    cache: &MatrixCache,
    grid: &Grid,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let words = lang.texts().consolidate;
    let indicators = open.consolidation.indicators.len();
    let clip = grid.body_clip();
    let painter = ui.painter().with_clip_rect(clip);
    let look = grid.look;
    let font = FontId::proportional(look.text(13.0));
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    let (rows, columns) = grid.visible(cache.rows.len(), cache.columns.len());
    for row in rows {
        let Some(&member) = cache.rows.get(row) else {
            continue;
        };
        for column in columns.clone() {
            let Some(&indicator) = cache.columns.get(column) else {
                continue;
            };
            let rect = grid.cell_rect(row, column);
            let cell = cache.cell(member, indicator, indicators);
            match cell {
                Some(cell) => {
                    painter.rect_filled(rect.shrink(1.0), 2.0, theme::status_fill(cell.status));
                    painter.text(
                        rect.center(),
                        Align2::CENTER_CENTER,
                        &cell.text,
                        font.clone(),
                        theme::status_text(cell.status),
                    );
                }
                None => {
                    painter.rect_stroke(rect.shrink(1.0), 2.0, line, egui::StrokeKind::Inside);
                }
            }
            let visible = rect.intersect(clip);
            if visible.width() <= 0.0 || visible.height() <= 0.0 {
                continue;
            }
            let response = ui.interact(
                visible,
                ui.scope_id().with(("cell", member, indicator)),
                Sense::click(),
            );
            let unit = cache.names.get(member).map_or("", String::as_str);
            let Some(consolidated) = open.consolidation.indicators.get(indicator) else {
                continue;
            };
            let name = indicator_name(&consolidated.template, lang);
            response.widget_info(|| {
                let (value, status) = cell.map_or((lang.texts().none, lang.texts().none), |c| {
                    (c.text.as_str(), c.status_text.as_str())
                });
                egui::WidgetInfo::labeled(
                    Role::Button,
                    true,
                    (words.cell_name)(unit, name, value, status),
                )
            });
            let response = response.on_hover_ui(|ui| {
                ui.label(RichText::new(unit).strong());
                ui.label(name);
                if let Some(cell) = cell {
                    ui.label(format!("{} — {}", cell.text, cell.status_text));
                }
            });
            if response.clicked() {
                actions.push(act(ConsolidationAction::ViewMember {
                    member,
                    indicator_id: Some(consolidated.template.id.clone()),
                }));
            }
        }
    }
}

fn units_ui(
    ui: &mut Ui,
    state: &AppState,
    cache: &MatrixCache,
    grid: &Grid,
    actions: &mut Vec<Action>,
) {
    let left = grid.origin.x + grid.viewport.min.x;
    let top = grid.origin.y + grid.viewport.min.y + grid.top();
    let look = grid.look;
    let clip = Rect::from_min_max(
        pos2(left, top),
        pos2(left + look.unit_width(), grid.clip.max.y),
    )
    .intersect(grid.clip);
    let painter = ui.painter().with_clip_rect(clip);
    painter.rect_filled(clip, 0.0, ui.visuals().panel_fill);
    let (rows, _) = grid.visible(cache.rows.len(), 0);
    let text_colour = ui.visuals().text_color();
    for row in rows {
        let Some(&member) = cache.rows.get(row) else {
            continue;
        };
        let y = grid.origin.y + grid.top() + row as f32 * look.row_height();
        let rect = Rect::from_min_size(pos2(left, y), vec2(look.unit_width(), look.row_height()));
        let name = cache.names.get(member).map_or("", String::as_str);
        let width = look.unit_width() - look.length(8.0);
        let galley = one_line(&painter, name, width, look.text(13.5), text_colour);
        painter.galley(
            pos2(
                rect.min.x + look.length(4.0),
                rect.center().y - galley.size().y / 2.0,
            ),
            galley,
            text_colour,
        );
        let visible = rect.intersect(clip);
        if visible.height() <= 0.0 {
            continue;
        }
        let response = ui
            .interact(
                visible,
                ui.scope_id().with(("unit", member)),
                Sense::click(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        response.widget_info(|| egui::WidgetInfo::labeled(Role::Button, true, name));
        if response.clicked() {
            actions.push(act(ConsolidationAction::ViewMember {
                member,
                indicator_id: None,
            }));
        }
    }
    let _ = state;
}

/// The header row (indicator names, click to sort) and the consolidated figures under it.
fn header_ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    cache: &MatrixCache,
    grid: &Grid,
) -> Option<MatrixSort> {
    let lang = state.lang();
    let words = lang.texts().consolidate;
    let left = grid.origin.x + grid.viewport.min.x;
    let top = grid.origin.y + grid.viewport.min.y;
    let band = Rect::from_min_max(pos2(left, top), pos2(grid.clip.max.x, top + grid.top()))
        .intersect(grid.clip);
    let background = ui.visuals().panel_fill;
    ui.painter()
        .with_clip_rect(band)
        .rect_filled(band, 0.0, background);
    let look = grid.look;
    let columns_clip = Rect::from_min_max(pos2(left + look.unit_width(), band.min.y), band.max);
    let painter = ui.painter().with_clip_rect(columns_clip);
    let text_colour = ui.visuals().text_color();
    let strong = ui.visuals().strong_text_color();
    let mut sort = None;
    let sorted = match cache.sort() {
        MatrixSort::Indicator(index) => Some(index),
        MatrixSort::Unit | MatrixSort::Rank => None,
    };
    let (_, columns) = grid.visible(0, cache.columns.len());
    for column in columns {
        let Some(&indicator) = cache.columns.get(column) else {
            continue;
        };
        let Some(consolidated) = open.consolidation.indicators.get(indicator) else {
            continue;
        };
        let x = grid.origin.x + look.unit_width() + column as f32 * look.column_width();
        let rect = Rect::from_min_size(
            pos2(x, top),
            vec2(look.column_width(), look.header_height()),
        );
        if sorted == Some(indicator) {
            let marked = rect
                .with_max_y(rect.max.y + look.figure_height())
                .shrink(1.0);
            painter.rect_filled(marked, 3.0, ui.visuals().selection.bg_fill);
        }
        let name = indicator_name(&consolidated.template, lang);
        let width = look.column_width() - look.length(6.0);
        let job = wrapped(name, width, 3, look.text(11.0), text_colour);
        let galley = painter.layout_job(job);
        let inset = vec2(look.length(3.0), look.length(2.0));
        painter.galley(rect.min + inset, galley, text_colour);
        let figure = cache.figures.get(indicator).map_or("", String::as_str);
        let figure_rect = Rect::from_min_size(
            pos2(x, top + look.header_height()),
            vec2(look.column_width(), look.figure_height()),
        );
        painter.text(
            figure_rect.center(),
            Align2::CENTER_CENTER,
            figure,
            theme::bold(look.text(12.5)),
            strong,
        );
        let visible = rect.intersect(columns_clip);
        if visible.width() <= 0.0 {
            continue;
        }
        let label = (words.sort_by_indicator)(name);
        let response = ui
            .interact(
                visible,
                ui.scope_id().with(("header", indicator)),
                Sense::click(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        response.widget_info(|| egui::WidgetInfo::labeled(Role::Button, true, &label));
        if response.clicked() {
            sort = Some(MatrixSort::Indicator(indicator));
        }
    }
    corner_ui(ui, state, grid, &mut sort);
    sort
}

fn corner_ui(ui: &mut Ui, state: &AppState, grid: &Grid, sort: &mut Option<MatrixSort>) {
    let words = state.lang().texts().consolidate;
    let look = grid.look;
    let corner = Rect::from_min_size(
        grid.origin + grid.viewport.min.to_vec2(),
        vec2(look.unit_width(), grid.top()),
    )
    .intersect(grid.clip);
    let painter = ui.painter().with_clip_rect(corner);
    painter.rect_filled(corner, 0.0, ui.visuals().panel_fill);
    let colour = ui.visuals().strong_text_color();
    painter.text(
        corner.left_bottom() + vec2(look.length(4.0), -look.figure_height() / 2.0),
        Align2::LEFT_CENTER,
        words.consolidated_row,
        theme::bold(look.text(12.5)),
        colour,
    );
    painter.text(
        corner.left_top() + vec2(look.length(4.0), look.length(4.0)),
        Align2::LEFT_TOP,
        words.col_unit,
        theme::bold(look.text(13.0)),
        colour,
    );
    let response = ui
        .interact(corner, ui.scope_id().with("sort_by_unit"), Sense::click())
        .on_hover_text(words.sort_by_unit);
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Button, true, words.sort_by_unit));
    if response.clicked() {
        *sort = Some(MatrixSort::Unit);
    }
}

/// A layout of `text` wrapped to `width` in at most `rows` rows, elided with "…".
fn wrapped(text: &str, width: f32, rows: usize, size: f32, colour: Color32) -> LayoutJob {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat::simple(FontId::proportional(size), colour),
    );
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    job
}

fn one_line(
    painter: &egui::Painter,
    text: &str,
    width: f32,
    size: f32,
    colour: Color32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = wrapped(text, width, 1, size, colour);
    job.wrap.break_anywhere = true;
    painter.layout_job(job)
}
