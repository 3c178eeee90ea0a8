//! Opening and saving plans: the file dialogs, the recent files, the start directory.

use std::path::{Path, PathBuf};

use super::action::Tab;
use super::document::Document;
use super::purpose::FilePurpose;
use super::state::{AppState, Modal};
use crate::model::Project;
use crate::storage;

/// How many recent files are remembered.
const MAX_RECENT: usize = 8;

impl AppState {
    /// Opens the plan at `path`, or shows why it cannot be opened (the open plan is kept). A folder
    /// or a collection file opens as a consolidation of the plans in it.
    pub fn open(&mut self, path: &Path) {
        if path.is_dir() || crate::consolidate::is_collection_file(path) {
            self.open_consolidation(&[path.to_path_buf()]);
            return;
        }
        match storage::load(path) {
            Ok(loaded) => {
                let texts = self.lang().texts();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let warnings = loaded.warnings.len();
                let mut document =
                    Document::new(loaded.project, Some(path.to_path_buf()), name.clone(), true);
                document.disk = loaded.stamp;
                self.set_document(document);
                self.take_lock(path);
                self.remember(path);
                self.toast((texts.opened)(&name, warnings));
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.message(self.lang())));
            }
        }
    }

    pub(super) fn open_example(&mut self, name: &str) {
        let Some((_, text)) = super::examples::EXAMPLES.iter().find(|(n, _)| *n == name) else {
            return;
        };
        match storage::load_from_str(text, Path::new(name)) {
            Ok(loaded) => {
                self.set_document(Document::new(loaded.project, None, name.to_owned(), true));
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.message(self.lang())));
            }
        }
    }

    pub(super) fn set_document(&mut self, document: Document) {
        self.selected = document.project.indicators.first().map(|i| i.id.clone());
        // A plan opens on its dashboard; an empty one on the indicator editor.
        self.tab = if document.project.indicators.is_empty() {
            Tab::Indicator
        } else {
            Tab::Dashboard
        };
        self.document = Some(document);
        self.recovery.reset_clock();
        // The lock and the notice were the previous plan's; a plan with a file takes its own.
        self.plan_lock = None;
        self.notice = None;
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(MAX_RECENT);
    }

    pub(super) fn save(&mut self) {
        let path = self.document.as_ref().and_then(|d| d.path.clone());
        match path {
            Some(path) => {
                self.save_to(path);
            }
            None => self.save_as(),
        }
    }

    pub(super) fn save_as(&mut self) {
        let Some(document) = &self.document else {
            return;
        };
        let file_name = suggested_file_name(&document.project);
        self.pick_file(FilePurpose::SavePlan, &file_name);
    }

    /// Saves the open plan to `path`; returns true on success. When someone else wrote the file
    /// since this window opened or saved it, nothing is written and the user is asked first.
    pub fn save_to(&mut self, path: PathBuf) -> bool {
        let path = with_ron_extension(path);
        if self.changed_by_someone_else(&path) {
            self.modal = Some(Modal::SaveConflict(path));
            return false;
        }
        self.write_to(path)
    }

    /// Writes the open plan to `path`, whatever is there; returns true on success.
    pub(super) fn write_to(&mut self, path: PathBuf) -> bool {
        let Some(document) = &mut self.document else {
            return false;
        };
        match storage::save(&document.project, &path) {
            Ok(()) => {
                document.mark_saved(path.clone());
                document.disk = storage::FileStamp::read(&path).ok();
                let name = document.display_name.clone();
                self.recovery.clear();
                self.take_lock(&path);
                self.remember(&path);
                let text = (self.lang().texts().saved)(&name);
                self.toast(text);
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.message(self.lang())));
                false
            }
        }
    }
}

/// A file name for a plan without one, from its unit's name.
pub fn suggested_file_name(project: &Project) -> String {
    if let Some(previous) = &project.predecessor {
        return next_period_file_name(project, previous);
    }
    let base: String = project
        .unit
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let base = base.trim_matches('-');
    if base.is_empty() {
        "ke-hoach.ron".to_owned()
    } else {
        format!("{base}.ron")
    }
}

fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}

/// The file name of a plan rolled forward from `previous`: "xa-tong-ket-2025.ron" gives
/// "xa-ke-hoach-2026-2030.ron", any other "NAME.ron" gives "NAME-ke-hoach-2026-2030.ron".
fn next_period_file_name(project: &Project, previous: &str) -> String {
    let first = chrono::Datelike::year(&project.as_of);
    let last = project.final_year(first);
    let stem = Path::new(previous)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = match stem.find("tong-ket") {
        Some(at) => stem[..at].to_owned(),
        None if stem.is_empty() => String::new(),
        None => format!("{stem}-"),
    };
    format!("{base}ke-hoach-{first}-{last}.ron")
}
