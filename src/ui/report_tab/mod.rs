//! The "Báo cáo" tab: the document settings (layout, header block, signer, recipients), the
//! written sections with a draft-from-the-data button each, and a live outline of the document.
//! Every change is an undoable [`Edit::Document`]; nothing here changes the project itself.

mod form;
mod outline_view;
mod sections;

use egui::{ScrollArea, Ui};

use crate::app::{Action, AppState, Document, Edit};
use crate::i18n::Lang;
use crate::model::{DocumentSettings, SectionKind};
use crate::report::{Outline, OutlineOptions, effective_settings, outline::outline_with};

/// Below this width the outline goes under the form instead of beside it.
const SIDE_BY_SIDE: f32 = 900.0;

/// The tab's own view state: the outline (rebuilt only when the plan or the language changes) and
/// a pending question before written text is replaced.
#[derive(Clone, Debug, Default)]
pub struct ReportView {
    /// The outline with the history state and language it was made for.
    outline: Option<(u64, Lang, Box<Outline>)>,
    /// The section whose written text would be replaced by a draft, awaiting an answer.
    pub replace: Option<SectionKind>,
}

impl ReportView {
    /// The outline of `document`, rebuilt when the plan or the language changed.
    fn outline(&mut self, state: &AppState, document: &Document) -> &Outline {
        let key = (document.history.state_id(), state.lang());
        let stale = self
            .outline
            .as_ref()
            .is_none_or(|(id, lang, _)| (*id, *lang) != key);
        if stale {
            self.outline = None;
        }
        let (_, _, outline) = self.outline.get_or_insert_with(|| {
            let options = OutlineOptions {
                lang: state.lang(),
                printed_on: state.today,
            };
            let outline = outline_with(&document.project, &document.summary, options);
            (key.0, key.1, Box::new(outline))
        });
        outline
    }
}

/// Pushes the edit that stores `settings` when they differ from the plan's.
pub(super) fn store(document: &Document, settings: DocumentSettings, actions: &mut Vec<Action>) {
    if document.project.document.as_ref() != Some(&settings) {
        actions.push(Action::Edit(Edit::Document(Box::new(Some(settings)))));
    }
}

/// Draws the tab.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    view: &mut ReportView,
    actions: &mut Vec<Action>,
) {
    let settings = effective_settings(&document.project, state.lang());
    let side_by_side = ui.available_width() >= SIDE_BY_SIDE;
    if side_by_side {
        egui::Panel::right("report_outline")
            .resizable(true)
            .default_size(340.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                let outline = view.outline(state, document);
                ScrollArea::vertical()
                    .id_salt("report_outline_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| outline_view::ui(ui, outline, state.lang()));
            });
    }
    ScrollArea::vertical()
        .id_salt("report_form_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            form::ui(ui, state, document, &settings, actions);
            ui.separator();
            sections::ui(ui, state, document, &settings, view, actions);
            if !side_by_side {
                ui.separator();
                let outline = view.outline(state, document);
                outline_view::ui(ui, outline, state.lang());
            }
        });
    sections::replace_question(ui, state, document, &settings, view, actions);
}
