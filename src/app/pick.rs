//! The one way to ask for a file: the native dialog, or, when there is none, the typed-path window
//! — for every purpose (open, save, export, import, chart image) — and the one start directory.

use std::path::{Path, PathBuf};

use super::dialogs::DialogOutcome;
use super::purpose::{FilePurpose, with_default_extension};
use super::state::{AppState, Modal};

impl AppState {
    /// Where dialogs start: the folder of the collection shown, else the open plan's, else the
    /// last file's, else the working directory.
    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        let collection = self
            .consolidation
            .as_ref()
            .filter(|open| open.visible)
            .map(|open| {
                open.collection_path
                    .as_ref()
                    .unwrap_or(&open.suggested_path)
            })
            .cloned();
        let current = self.document.as_ref().and_then(|d| d.path.clone());
        collection
            .or(current)
            .or_else(|| self.settings.recent.first().cloned())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|dir| !dir.as_os_str().is_empty())
            .or_else(|| std::env::current_dir().ok())
    }

    /// Asks for a file for `purpose`, suggesting `file_name` for a written one, and uses it. With
    /// no native dialog, the typed-path window asks instead.
    pub(super) fn pick_file(&mut self, purpose: FilePurpose, file_name: &str) {
        let start = self.start_dir();
        let kind = purpose.file_kind();
        let outcome = if purpose.writes() {
            self.dialogs.pick_save(kind, start.as_deref(), file_name)
        } else {
            self.dialogs.pick_open(kind, start.as_deref())
        };
        match outcome {
            DialogOutcome::Picked(path) => self.use_file(purpose, path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let text = match (&start, purpose.writes()) {
                    (Some(dir), true) => dir.join(file_name).display().to_string(),
                    (Some(dir), false) => format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR),
                    (None, _) => file_name.to_owned(),
                };
                self.modal = Some(Modal::TypedPath { purpose, text });
            }
        }
    }

    /// Uses the file picked or typed for `purpose`.
    pub(super) fn use_file(&mut self, purpose: FilePurpose, path: PathBuf) {
        let path = with_default_extension(path, purpose.extension());
        match purpose {
            FilePurpose::OpenPlan => self.open(&path),
            FilePurpose::OpenIndex => self.open_index(&path),
            FilePurpose::ExportAssessment(kind) => self.write_assessment(kind, &path),
            FilePurpose::ExportRanking => self.write_ranking(&path),
            FilePurpose::SaveIndex => self.save_index(&path),
            FilePurpose::SavePlan => {
                self.save_to(path);
            }
            FilePurpose::ExportReport(kind) => self.write_report(kind, &path),
            FilePurpose::ImportSpreadsheet => self.preview_import(&path),
            FilePurpose::RollForwardSource => self.roll_from_file(&path),
            FilePurpose::ExportChart(target) => self.chart_export_request = Some((path, target)),
            FilePurpose::Collection(file) => self.use_collection_file(file, path),
        }
    }
}
