//! Autosave for crash recovery: while there are unsaved changes, a copy of the project is written
//! to the app's data directory every 30 s (never over the user's file); the next start offers it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::storage::{self, LoadError, SaveError};

/// Seconds between recovery copies while there are unsaved changes.
pub const AUTOSAVE_INTERVAL_SECONDS: f64 = 30.0;

/// A recovery copy found at start.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveredCopy {
    /// The project as it was when last autosaved.
    pub project: Project,
    /// The file the user was working on, if it had one.
    pub original_path: Option<PathBuf>,
}

/// Where the recovery copy lives and when it was last written.
#[derive(Clone, Debug)]
pub struct Recovery {
    data_dir: PathBuf,
    last_write: Option<f64>,
}

impl Recovery {
    /// Recovery copies in `data_dir`.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            last_write: None,
        }
    }

    /// The recovery copy's path.
    pub fn copy_path(&self) -> PathBuf {
        self.data_dir.join("recovery.ron")
    }

    fn origin_path(&self) -> PathBuf {
        self.data_dir.join("recovery-origin.txt")
    }

    /// Seconds until the next copy is due, when there are unsaved changes, at time `now`.
    pub fn seconds_until_due(&self, now: f64) -> f64 {
        match self.last_write {
            Some(last) => (last + AUTOSAVE_INTERVAL_SECONDS - now).max(0.0),
            None => AUTOSAVE_INTERVAL_SECONDS,
        }
    }

    /// Called with the clock while there are unsaved changes: writes a copy when 30 s have passed
    /// since the changes began or since the last copy. Returns `Ok(true)` when it wrote one.
    pub fn tick(
        &mut self,
        now: f64,
        project: &Project,
        original: Option<&Path>,
    ) -> Result<bool, SaveError> {
        let Some(last) = self.last_write else {
            self.last_write = Some(now);
            return Ok(false);
        };
        if now - last < AUTOSAVE_INTERVAL_SECONDS {
            return Ok(false);
        }
        self.last_write = Some(now);
        self.write(project, original)?;
        Ok(true)
    }

    /// Writes the recovery copy now.
    pub fn write(&self, project: &Project, original: Option<&Path>) -> Result<(), SaveError> {
        fs::create_dir_all(&self.data_dir).map_err(|source| SaveError::Write {
            path: self.data_dir.clone(),
            source,
        })?;
        storage::save(project, &self.copy_path())?;
        let origin = original
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        storage::write_atomic(&self.origin_path(), origin.as_bytes())
    }

    /// Forgets the copy: the changes were saved or deliberately discarded.
    pub fn clear(&mut self) {
        self.last_write = None;
        for path in [
            self.copy_path(),
            storage::backup_path(&self.copy_path()),
            self.origin_path(),
            storage::backup_path(&self.origin_path()),
        ] {
            if path.exists() {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Marks that there are no unsaved changes any more (the clock restarts at the next change).
    pub fn reset_clock(&mut self) {
        self.last_write = None;
    }

    /// The copy left by a previous run that did not end cleanly, if any.
    pub fn find(&self) -> Option<Result<RecoveredCopy, LoadError>> {
        let path = self.copy_path();
        if !path.exists() {
            return None;
        }
        let original_path = fs::read_to_string(self.origin_path())
            .ok()
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty())
            .map(PathBuf::from);
        Some(storage::load(&path).map(|loaded| RecoveredCopy {
            project: loaded.project,
            original_path,
        }))
    }
}
