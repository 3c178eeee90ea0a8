//! The roll forward in the window: "Lập kế hoạch giai đoạn mới…" takes the open plan (or asks for
//! a reviewed one), shows what each indicator will become, and opens the new plan unsaved, so the
//! old file is never touched and nothing is written until the officer saves.

use std::path::Path;

use chrono::Datelike as _;

use super::action::Intent;
use super::document::Document;
use super::pick::FilePurpose;
use super::state::{AppState, Modal};
use crate::i18n::roll_words;
use crate::model::Project;
use crate::planning::{RollChoice, RollPreview, preview};

/// The plan being rolled forward and the preview of the new one.
#[derive(Clone, Debug, PartialEq)]
pub struct RollSession {
    /// The reviewed plan, as it was read or is open.
    pub source: Project,
    /// Its file name, kept as the new plan's predecessor.
    pub file_name: String,
    /// What the new plan will be, with the officer's choices.
    pub preview: RollPreview,
}

/// A request about the roll forward.
#[derive(Clone, Debug, PartialEq)]
pub enum RollAction {
    /// Start from the open plan, or ask for one when none is open.
    Start,
    /// Start the new plan in this year (the preview is made again).
    SetYear(i32),
    /// A choice in the preview.
    Choose(RollChoice),
    /// Make the new plan and open it (asking first about unsaved changes to the open one).
    Create,
}

impl AppState {
    /// Carries out a roll-forward request.
    pub(super) fn handle_roll(&mut self, action: RollAction) {
        match action {
            // A plan hidden behind the open collection is not the one meant: ask for a file.
            RollAction::Start => match self
                .document
                .as_ref()
                .filter(|_| !self.consolidation_visible())
            {
                Some(document) => {
                    let name = document
                        .path
                        .as_deref()
                        .and_then(Path::file_name)
                        .map_or_else(
                            || document.display_name.clone(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                    let source = document.project.clone();
                    self.start_roll(source, name);
                }
                None => self.pick_file(FilePurpose::RollForwardSource, ""),
            },
            RollAction::SetYear(year) => {
                if let Some(Modal::RollForward(session)) = &mut self.modal {
                    let steps = session.preview.steps;
                    session.preview = preview(&session.source, year, &crate::catalog::targets_for);
                    session.preview.steps = steps;
                }
            }
            RollAction::Choose(choice) => {
                if let Some(Modal::RollForward(session)) = &mut self.modal {
                    session.preview.choose(choice);
                }
            }
            RollAction::Create => self.create_rolled(),
        }
    }

    /// Reads the reviewed plan at `path` and shows its preview.
    pub(super) fn roll_from_file(&mut self, path: &Path) {
        match crate::storage::load(path) {
            Ok(loaded) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.start_roll(loaded.project, name);
            }
            Err(error) => self.modal = Some(Modal::Error(error.message(self.lang()))),
        }
    }

    fn start_roll(&mut self, source: Project, file_name: String) {
        let year = source.as_of.year() + 1;
        let preview = preview(&source, year, &crate::catalog::targets_for);
        self.modal = Some(Modal::RollForward(Box::new(RollSession {
            source,
            file_name,
            preview,
        })));
    }

    fn create_rolled(&mut self) {
        let Some(Modal::RollForward(session)) = &self.modal else {
            return;
        };
        let preview = &session.preview;
        let as_of = crate::planning::within_year(self.today, preview.year);
        let words = roll_words(
            &session.source,
            preview,
            &session.file_name,
            as_of,
            self.lang(),
        );
        let mut project = preview.apply(&session.source, &words);
        crate::report::renew_settings(&mut project, self.lang());
        let missing = preview.missing().count();
        let last = crate::i18n::final_year(preview);
        let toast = (self.lang().texts().planning.created)(preview.year, last, missing);
        self.request(Intent::Adopt(Box::new(project), toast));
    }

    /// Opens `project` as a new, unsaved plan and says `toast`.
    pub(super) fn adopt(&mut self, project: Project, toast: String) {
        let name = super::files::suggested_file_name(&project);
        self.set_document(Document::new(project, None, name, false));
        self.toast(toast);
    }
}
