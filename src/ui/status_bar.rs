//! The status bar: file name, saved or not, reporting date, counts by status.

use egui::{RichText, Ui};

use super::theme;
use crate::app::{AppState, Document};
use crate::i18n::format_date;
use crate::progress::Status;

/// Draws the status bar.
pub fn ui(ui: &mut Ui, state: &AppState, document: &Document) {
    let texts = state.lang().texts();
    ui.horizontal(|ui| {
        ui.label(RichText::new(&document.display_name).strong());
        let saved = if document.is_saved() {
            texts.saved_state
        } else {
            texts.unsaved_state
        };
        ui.label(saved);
        ui.separator();
        ui.label((texts.as_of_status)(&format_date(document.project.as_of)));
        ui.separator();
        for status in Status::ALL {
            let count = document.summary.total.count(status);
            ui.label(
                RichText::new(format!(" {} {count} ", texts.status(status, false)))
                    .small()
                    .color(theme::status_text(status))
                    .background_color(theme::status_fill(status)),
            );
        }
    });
}
