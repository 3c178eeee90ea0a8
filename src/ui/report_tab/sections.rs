//! The written sections: a multi-line field each, and a button that drafts it from the data. Text
//! the officer wrote is never replaced without asking.

use egui::{RichText, Ui};

use super::{ReportView, store};
use crate::app::{Action, AppState, Document};
use crate::model::{DocumentSettings, SectionKind};
use crate::report::draft_section;
use crate::ui::fields::{self, FieldLook};
use crate::ui::theme;

fn section_name(kind: SectionKind, state: &AppState) -> &'static str {
    (state.lang().texts().document.section_name)(kind)
}

/// `settings` with `kind` replaced by its draft from the data.
fn drafted(
    state: &AppState,
    document: &Document,
    settings: &DocumentSettings,
    kind: SectionKind,
) -> DocumentSettings {
    let draft = draft_section(
        &document.project,
        &document.summary,
        settings,
        kind,
        state.lang(),
    );
    let mut edited = settings.clone();
    *edited.sections.get_mut(kind) = draft;
    edited
}

/// Draws the sections.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    settings: &DocumentSettings,
    view: &mut ReportView,
    actions: &mut Vec<Action>,
) {
    let texts = state.lang().texts().document;
    let id = ui.make_persistent_id("report_sections");
    ui.label(RichText::new(texts.sections_heading).font(theme::bold(16.0)));
    for kind in SectionKind::ALL {
        let name = section_name(kind, state);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(name).strong());
            let button = ui
                .button(texts.draft_button)
                .accessible_name((texts.draft_button_for)(name));
            if button.clicked() {
                let written = settings.sections.get(kind).trim();
                let edited = drafted(state, document, settings, kind);
                if written.is_empty() || written == edited.sections.get(kind).trim() {
                    store(document, edited, actions);
                } else {
                    view.replace = Some(kind);
                }
            }
        });
        let mut text = settings.sections.get(kind).to_owned();
        if fields::text(ui, id.with(name), name, &mut text, FieldLook::MULTILINE) {
            let mut edited = settings.clone();
            *edited.sections.get_mut(kind) = text;
            store(document, edited, actions);
        }
        if settings.sections.get(kind).trim().is_empty() {
            ui.label(RichText::new(texts.empty_section_hint).color(theme::weak_color(ui)));
        }
    }
}

/// Asks before written text is replaced by a draft.
pub fn replace_question(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    settings: &DocumentSettings,
    view: &mut ReportView,
    actions: &mut Vec<Action>,
) {
    let Some(kind) = view.replace else {
        return;
    };
    let texts = state.lang().texts().document;
    let name = section_name(kind, state);
    let response = egui::Modal::new(egui::Id::unique("report_replace")).show(ui.ctx(), |ui| {
        ui.heading(texts.replace_title);
        ui.label((texts.replace_question)(name));
        ui.horizontal(|ui| {
            if ui.button(texts.replace_confirm).clicked() {
                store(document, drafted(state, document, settings, kind), actions);
                view.replace = None;
            }
            if ui.button(texts.replace_keep).clicked() {
                view.replace = None;
            }
        });
    });
    if response.should_close() {
        view.replace = None;
    }
}
