//! The roll forward in the window: "Lập kế hoạch giai đoạn mới…" takes the open plan (or asks for
//! a reviewed one), shows what each indicator will become, and opens the new plan unsaved, so the
//! old file is never touched and nothing is written until the officer saves.

use std::path::Path;

use chrono::Datelike as _;

use super::action::Intent;
use super::document::Document;
use super::purpose::FilePurpose;
use super::roll_session::{RollAction, RollSession};
use super::state::{AppState, Modal};
use crate::i18n::roll_words;
use crate::model::Project;
use crate::planning::preview;

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
