//! The matrix as a slide: the units best first, every indicator, drawn larger than in the tab so
//! that no text is under the hall's smallest size at 1024×768. No sort or filter controls (a slide
//! shows, it is not edited); the status legend only when it fits on one line.

use egui::{TextStyle, Ui};

use super::matrix;
use super::matrix_look::MatrixLook;
use super::{ConsolidationView, MatrixSort};
use crate::app::{Action, AppState, ConsolidationState};
use crate::i18n::Lang;
use crate::progress::Status;

/// How much larger than the tab the matrix is drawn on a slide: twelve units fill a 1024×768
/// slide and six indicator columns are in view (the others scroll, the unit column stays).
const SLIDE_SCALE: f32 = 1.5;

/// Draws the matrix slide; the text styles of `ui` are already raised to `min_text`.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    open: &ConsolidationState,
    view: &mut ConsolidationView,
    min_text: f32,
) {
    let lang = state.lang();
    legend_ui(ui, lang);
    // The slide's own order and no filter, whatever the tab shows.
    let cache = super::matrix_cache::cached(view, open, lang, MatrixSort::Rank, None);
    let look = MatrixLook {
        scale: SLIDE_SCALE,
        min_text,
    };
    // A presentation shows; it does not act (opening a unit would leave the slides), and a
    // click on a heading does not sort it.
    let mut ignored: Vec<Action> = Vec::new();
    let _ = matrix::grid_ui(ui, state, open, cache, look, &mut ignored);
}

/// The status chips on one line, or nothing when they would need two.
fn legend_ui(ui: &mut Ui, lang: Lang) {
    let font = TextStyle::Small.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let gap = ui.spacing().item_spacing.x;
    let width: f32 = Status::ALL
        .iter()
        .map(|status| {
            let text = format!(" {} ", lang.texts().status(*status, false));
            ui.painter()
                .layout_no_wrap(text, font.clone(), colour)
                .size()
                .x
                + gap
        })
        .sum();
    if width - gap > ui.available_width() {
        return;
    }
    ui.horizontal(|ui| {
        for status in Status::ALL {
            crate::ui::words::status_chip(ui, status, false, lang);
        }
    });
    ui.add_space(4.0);
}
