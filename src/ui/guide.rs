//! The user guide window (Trợ giúp → Hướng dẫn sử dụng), drawn from [`crate::i18n::guide`].

use egui::{RichText, Ui};

use super::theme;
use crate::app::AppState;
use crate::i18n::{GuideBlock, guide};

/// Draws the guide in the current language, scrolling within the window.
pub fn ui(ui: &mut Ui, state: &AppState) {
    let blocks = guide(state.lang());
    let height = (ui.ctx().content_rect().height() - 220.0).max(160.0);
    egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([true, false])
        .min_scrolled_height(height)
        .show(ui, |ui| {
            ui.set_max_width(540.0);
            for block in &blocks {
                match block {
                    GuideBlock::Heading(1, text) => {
                        ui.label(RichText::new(text).font(theme::bold(22.0)));
                    }
                    GuideBlock::Heading(_, text) => {
                        ui.add_space(8.0);
                        ui.label(RichText::new(text).font(theme::bold(17.0)));
                    }
                    GuideBlock::Paragraph(text) => {
                        ui.label(text);
                    }
                    GuideBlock::Step(number, text) => {
                        ui.label(format!("{number}. {text}"));
                    }
                    GuideBlock::Bullet(text) => {
                        ui.label(format!("•  {text}"));
                    }
                }
            }
        });
}
