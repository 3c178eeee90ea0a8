//! Opening a collection (a folder, several files, a collection file, the bundled example),
//! reading its members again, saving the collection file, and watching the members on disk.

use std::path::{Path, PathBuf};

use super::super::dialogs::{DialogOutcome, FileKind};
use super::super::purpose::FilePurpose;
use super::super::state::{AppState, Modal};
use super::{CollectionFile, ConsolidationState, DISK_CHECK_SECONDS, FileStamp};
use crate::consolidate::{
    self, Completeness, Opened, consolidate, load_members_scored, members_of_scored, sample,
};

/// The name of the bundled example collection.
pub const EXAMPLE_NAME: &str = "tong-hop-12-xa";

/// The seed of the bundled example (the one of `examples/tong-hop-12-xa`).
pub const EXAMPLE_SEED: u64 = 24;

/// The number of communes in the bundled example.
pub const EXAMPLE_UNITS: usize = 12;

/// The modification time and size of each file.
pub fn stamps(paths: &[PathBuf]) -> Vec<FileStamp> {
    paths
        .iter()
        .map(|path| {
            let metadata = std::fs::metadata(path).ok();
            FileStamp {
                path: path.clone(),
                modified: metadata.as_ref().and_then(|m| m.modified().ok()),
                len: metadata.map_or(0, |m| m.len()),
            }
        })
        .collect()
}

impl AppState {
    pub(in crate::app) fn consolidate_folder_dialog(&mut self) {
        let start = self.start_dir();
        match self.dialogs.pick_folder(start.as_deref()) {
            DialogOutcome::Picked(dir) => self.open_consolidation(&[dir]),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => self.type_collection_path(CollectionFile::Members, start),
        }
    }

    /// No native dialog: the typed-path window asks for `file`, starting from `start`.
    fn type_collection_path(&mut self, file: CollectionFile, start: Option<PathBuf>) {
        let text = start.map_or_else(String::new, |dir| {
            format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR)
        });
        self.modal = Some(Modal::TypedPath {
            purpose: FilePurpose::Collection(file),
            text,
        });
    }

    pub(in crate::app) fn consolidate_files_dialog(&mut self) {
        let start = self.start_dir();
        match self
            .dialogs
            .pick_open_many(FileKind::Plan, start.as_deref())
        {
            Ok(paths) if !paths.is_empty() => self.open_consolidation(&paths),
            Ok(_) | Err(DialogOutcome::Cancelled | DialogOutcome::Picked(_)) => {}
            Err(DialogOutcome::Unavailable) => {
                self.type_collection_path(CollectionFile::Members, start);
            }
        }
    }

    /// Consolidates `paths` (files, folders, a collection file) and shows the result; a failure
    /// to start is shown and nothing else changes.
    pub fn open_consolidation(&mut self, paths: &[PathBuf]) {
        let lang = self.lang();
        match consolidate::open_scored(paths, None, self.scoring.chosen.as_ref()) {
            Ok(opened) => {
                let stamps = stamps(&opened.member_paths);
                self.install_consolidation(opened, None, stamps);
                if let Some(first) = paths.first() {
                    self.remember(first);
                }
            }
            Err(error) => self.modal = Some(Modal::Error(error.message(lang))),
        }
    }

    pub(in crate::app) fn open_consolidation_example(&mut self) {
        let set = sample::generate(&sample::SampleOptions::new(EXAMPLE_UNITS, EXAMPLE_SEED));
        let projects: Vec<(PathBuf, crate::model::Project)> = set
            .plans
            .into_iter()
            .map(|(file, plan)| (Path::new(EXAMPLE_NAME).join(file), plan))
            .collect();
        let opened = consolidate::open_in_memory(set.collection, &projects);
        self.install_consolidation(opened, Some(projects), Vec::new());
        // Scored by the index in use, as a collection read from disk is.
        self.reload_consolidation();
    }

    fn install_consolidation(
        &mut self,
        opened: Opened,
        bundled: Option<Vec<(PathBuf, crate::model::Project)>>,
        stamps: Vec<FileStamp>,
    ) {
        let texts = self.lang().texts().consolidate;
        let toast = (texts.opened_toast)(
            opened.consolidation.members.len(),
            opened.consolidation.failures.len(),
        );
        let generation = self.consolidation.as_ref().map_or(0, |o| o.generation + 1);
        let dirty = opened.collection_path.is_none() && bundled.is_none();
        self.consolidation = Some(Box::new(ConsolidationState {
            completeness: Completeness::of(&opened.consolidation),
            collection: opened.collection,
            collection_path: opened.collection_path,
            suggested_path: opened.suggested_path,
            member_paths: opened.member_paths,
            consolidation: opened.consolidation,
            generation,
            dirty,
            visible: true,
            bundled,
            viewing: None,
            pending_write: None,
            confirm_close: false,
            stamps,
            changed_on_disk: Vec::new(),
            last_disk_check: self.now,
        }));
        self.toast(toast);
    }

    /// Reads every member again (from disk, or from memory for the bundled example) and
    /// consolidates at the collection's reporting date.
    pub(in crate::app) fn reload_consolidation(&mut self) {
        let Some(open) = &mut self.consolidation else {
            return;
        };
        let as_of = open.collection.as_of;
        let index = self.scoring.chosen.as_ref();
        let loaded = match &open.bundled {
            Some(projects) => members_of_scored(projects, as_of, index),
            None => load_members_scored(&open.member_paths, Some(as_of), index),
        };
        open.consolidation =
            consolidate(loaded, &open.collection.rules, open.collection.period_start);
        open.completeness = Completeness::of(&open.consolidation);
        open.generation += 1;
        open.viewing = None;
        open.changed_on_disk.clear();
        if open.bundled.is_none() {
            open.stamps = stamps(&open.member_paths);
        }
    }

    pub(in crate::app) fn set_consolidation_as_of(&mut self, date: chrono::NaiveDate) {
        let Some(open) = &mut self.consolidation else {
            return;
        };
        if open.collection.as_of == date {
            return;
        }
        open.collection.as_of = date;
        open.dirty = true;
        self.reload_consolidation();
    }

    /// Saves the collection file: to its file, else where the user says (beside the members).
    /// The bundled example is written out whole — its plans and its collection — into a folder.
    pub(in crate::app) fn save_collection(&mut self) {
        let Some(open) = &self.consolidation else {
            return;
        };
        if open.bundled.is_some() {
            self.save_example_to_folder();
            return;
        }
        match &open.collection_path {
            Some(path) => self.save_collection_to(path.clone()),
            None => {
                let name = open
                    .suggested_path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| sample::COLLECTION_FILE.to_owned());
                self.pick_file(FilePurpose::Collection(CollectionFile::Save), &name);
            }
        }
    }

    /// Saves the collection file to `path`, the members named relative to it.
    pub(in crate::app) fn save_collection_to(&mut self, path: PathBuf) {
        let lang = self.lang();
        let Some(open) = &mut self.consolidation else {
            return;
        };
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        open.collection.set_member_paths(&open.member_paths, &base);
        match consolidate::save_collection(&open.collection, &path) {
            Ok(()) => {
                open.collection_path = Some(path.clone());
                open.dirty = false;
                let text = (lang.texts().consolidate.collection_saved)(&path.display().to_string());
                self.remember(&path);
                self.toast(text);
            }
            Err(error) => self.modal = Some(Modal::Error(error.message(lang))),
        }
    }

    fn save_example_to_folder(&mut self) {
        let start = self.start_dir();
        match self.dialogs.pick_folder(start.as_deref()) {
            DialogOutcome::Picked(dir) => self.write_example_into(&dir),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.type_collection_path(CollectionFile::ExampleFolder, start);
            }
        }
    }

    /// Writes the bundled example's files into a new folder inside `dir` and opens them.
    pub(in crate::app) fn write_example_into(&mut self, dir: &Path) {
        let lang = self.lang();
        let set = sample::generate(&sample::SampleOptions::new(EXAMPLE_UNITS, EXAMPLE_SEED));
        let target = dir.join(EXAMPLE_NAME);
        match sample::write_set(&set, &target, false) {
            Ok(_) => {
                let text = (lang.texts().consolidate.example_saved)(&target.display().to_string());
                self.open_consolidation(&[target.join(sample::COLLECTION_FILE)]);
                self.toast(text);
            }
            Err(error) => self.modal = Some(Modal::Error(error.message(lang))),
        }
    }

    /// Looks at the member files (at most every few seconds unless `now_please`) and records
    /// those changed since they were read, to offer a reload.
    pub fn check_members_on_disk(&mut self, now: f64, now_please: bool) {
        let Some(open) = &mut self.consolidation else {
            return;
        };
        if open.bundled.is_some()
            || (!now_please && now - open.last_disk_check < DISK_CHECK_SECONDS)
        {
            return;
        }
        open.last_disk_check = now;
        let current = stamps(&open.member_paths);
        open.changed_on_disk = current
            .iter()
            .zip(&open.stamps)
            .filter(|(now, then)| now != then)
            .map(|(now, _)| now.path.clone())
            .collect();
    }
}
