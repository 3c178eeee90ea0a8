//! The live outline: the document as it will be filed, in brief — header block, kind and subject,
//! the headings with the start of each paragraph, the signer and recipients, the appendix.

use egui::{RichText, Ui};

use crate::i18n::Lang;
use crate::report::outline::{Block, Outline};
use crate::ui::theme;

/// Characters of a paragraph shown.
const GIST: usize = 90;

fn gist(text: &str) -> String {
    let mut chars = text.chars();
    let start: String = chars.by_ref().take(GIST).collect();
    if chars.next().is_some() {
        format!("{start}…")
    } else {
        start
    }
}

/// Draws the outline.
pub fn ui(ui: &mut Ui, outline: &Outline, lang: Lang) {
    let texts = lang.texts().document;
    let weak = theme::weak_color(ui);
    ui.label(RichText::new(texts.outline_heading).font(theme::bold(16.0)));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                for line in &outline.header.left {
                    left.label(RichText::new(&line.text).strong().small());
                }
                left.label(RichText::new(&outline.header.number).small());
                for line in &outline.header.right {
                    right.label(RichText::new(&line.text).strong().small());
                }
                right.label(RichText::new(&outline.header.place_date).italics().small());
            }
        });
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(&outline.kind).strong());
            ui.label(RichText::new(&outline.subject).strong().small());
        });
        for block in &outline.body {
            match block {
                Block::Heading { level, text } => {
                    let text = RichText::new(text).strong();
                    ui.label(if *level == 1 { text } else { text.small() });
                }
                Block::Paragraph(text) => {
                    ui.label(RichText::new(gist(text)).small().color(weak));
                }
                Block::PillarChart { .. } => {
                    ui.label(
                        RichText::new(lang.texts().report.pillar_chart_title)
                            .small()
                            .italics(),
                    );
                }
            }
        }
        ui.separator();
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                left.label(
                    RichText::new(&outline.closing.recipients_heading)
                        .strong()
                        .small(),
                );
                for line in &outline.closing.recipients {
                    left.label(RichText::new(line).small());
                }
                for line in &outline.closing.signer {
                    right.label(RichText::new(line).strong().small());
                }
                right.label(RichText::new(&outline.closing.name).strong().small());
            }
        });
        ui.separator();
        ui.label(RichText::new(&outline.appendix.heading).strong());
        ui.label(RichText::new(&outline.appendix.attached).small().italics());
        ui.label(
            RichText::new((texts.outline_appendix)(
                outline.appendix.tables.len(),
                outline.appendix.charts.len(),
            ))
            .small(),
        );
    });
}
