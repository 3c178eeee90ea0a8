//! Progress on screen: the status chip and, beside it, the verdict of the latest judged milestone
//! ("Đúng tiến độ" · "2025: Không đạt"). Every sentence comes from [`crate::sentences`], shared
//! with the reports and the command line.

use egui::{RichText, Ui};

use super::theme;
use crate::i18n::Lang;
use crate::progress::{IndicatorProgress, Status};
pub use crate::sentences::{forecast_sentence, progress_sentence, verdict_lines};

/// A coloured chip with `text` written in it, in the colours of `status` (never colour alone).
fn chip(ui: &mut Ui, text: &str, status: Status) -> egui::Response {
    let label = RichText::new(format!(" {text} "))
        .color(theme::status_text(status))
        .background_color(theme::status_fill(status))
        .small();
    // A chip is never broken over two lines.
    ui.add(egui::Label::new(label).extend())
}

/// A chip with the status written in it.
pub fn status_chip(ui: &mut Ui, status: Status, exceeded: bool, lang: Lang) -> egui::Response {
    chip(ui, lang.texts().status(status, exceeded), status)
}

/// The status chip of an indicator and, when there is one to show, a second chip with the
/// verdict of its latest judged milestone.
pub fn progress_chips(ui: &mut Ui, progress: &IndicatorProgress, lang: Lang) {
    status_chip(ui, progress.status, progress.exceeded, lang);
    if let (Some(verdict), Some(text)) = (
        progress.verdict_beside(),
        crate::sentences::verdict_text(progress, lang),
    ) {
        chip(ui, &text, verdict.verdict.as_status());
    }
}
