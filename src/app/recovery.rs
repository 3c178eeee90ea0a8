//! Autosave for crash recovery: while there are unsaved changes, a copy of the project is written
//! to the app's data directory every 30 s (never over the user's file); the next start offers it.
//!
//! Every window has its own copy, named after its session (`recovery-SESSION.ron`, with
//! `recovery-SESSION.meta` saying which file it came from and when it was written), so two windows
//! never write over each other's copy. A window holds an operating-system lock on its
//! `recovery-SESSION.lock` while it has a copy: at start, a copy whose lock is held belongs to a
//! window that is still open and is left alone; the others were left by windows that ended without
//! closing (a crash, a power cut) and are all offered. A window removes only its own copy.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::recovery_watch::{self, Snapshot, Watch};
use crate::model::Project;
use crate::storage::{self, FileStamp, LoadError, SaveError};

/// Seconds between recovery copies while there are unsaved changes.
pub const AUTOSAVE_INTERVAL_SECONDS: f64 = 30.0;

/// The start of every recovery file's name.
const PREFIX: &str = "recovery-";

/// The copy written by versions before one copy per window.
const OLD_COPY: &str = "recovery.ron";

/// The origin file of [`OLD_COPY`].
const OLD_ORIGIN: &str = "recovery-origin.txt";

/// Sessions started by this process so far (tests run several in one process).
static SESSIONS: AtomicU32 = AtomicU32::new(0);

/// A recovery copy found at start.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveredCopy {
    /// The project as it was when last autosaved.
    pub project: Project,
    /// The file the user was working on, if it had one.
    pub original_path: Option<PathBuf>,
    /// When the copy was written (local time), if known.
    pub written: Option<NaiveDateTime>,
    /// The original file as it was when it was opened or last saved, to tell whether someone
    /// wrote it since.
    pub disk: Option<FileStamp>,
    /// The copy itself.
    pub copy_path: PathBuf,
}

/// What a copy says about itself, beside it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct CopyMeta {
    original_path: Option<PathBuf>,
    written: Option<NaiveDateTime>,
    disk: Option<FileStamp>,
}

/// This window's recovery copy: where it lives and when it was last written.
#[derive(Debug)]
pub struct Recovery {
    data_dir: PathBuf,
    session: String,
    /// The locked lock file, held while this window has a copy.
    lock: Option<File>,
    last_write: Option<f64>,
    /// The snapshot and clock shared with the thread that writes copies when no frame is drawn.
    watch: Arc<Mutex<Watch>>,
    /// The history state last handed to the thread.
    noted: Option<u64>,
}

impl Recovery {
    /// Recovery copies in `data_dir`, this window's under a name no other window uses.
    pub fn new(data_dir: PathBuf) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let count = SESSIONS.fetch_add(1, Ordering::Relaxed);
        let session = format!("{}-{nanos}-{count}", std::process::id());
        let watch = Arc::new(Mutex::new(Watch::default()));
        let (dir, name) = (data_dir.clone(), session.clone());
        recovery_watch::start(
            &watch,
            Box::new(move |snapshot: &Snapshot| {
                // No window to tell when this fails; the next frame's copy says why.
                let _ = write_files(&dir, &name, snapshot);
            }),
        );
        Self {
            data_dir,
            session,
            lock: None,
            last_write: None,
            watch,
            noted: None,
        }
    }

    /// Hands the plan as it is after a change (history state `state_id`) to the thread that writes
    /// the copy when it is due, even if no frame is drawn (a covered or minimised window).
    pub fn note_unsaved(
        &mut self,
        state_id: u64,
        project: &Project,
        original: Option<&Path>,
        disk: Option<FileStamp>,
    ) {
        if self.noted == Some(state_id) {
            return;
        }
        self.noted = Some(state_id);
        if fs::create_dir_all(&self.data_dir).is_ok() {
            self.hold_lock();
        }
        let snapshot = Snapshot {
            project: Box::new(project.clone()),
            original: original.map(Path::to_path_buf),
            disk,
        };
        let interval = std::time::Duration::from_secs_f64(AUTOSAVE_INTERVAL_SECONDS);
        if let Ok(mut watch) = self.watch.lock() {
            watch.pending = Some(snapshot);
            watch
                .due
                .get_or_insert_with(|| std::time::Instant::now() + interval);
        }
    }

    /// Forgets what was handed to the thread (the changes were saved, discarded or just copied).
    fn settle_watch(&mut self, copied: bool) {
        if let Ok(mut watch) = self.watch.lock() {
            watch.pending = None;
            watch.due = None;
        }
        if !copied {
            self.noted = None;
        }
    }

    fn file(&self, session: &str, extension: &str) -> PathBuf {
        self.data_dir.join(format!("{PREFIX}{session}.{extension}"))
    }

    /// This window's recovery copy.
    pub fn copy_path(&self) -> PathBuf {
        self.file(&self.session, "ron")
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
        disk: Option<FileStamp>,
    ) -> Result<bool, SaveError> {
        let Some(last) = self.last_write else {
            self.last_write = Some(now);
            return Ok(false);
        };
        if now - last < AUTOSAVE_INTERVAL_SECONDS {
            return Ok(false);
        }
        self.last_write = Some(now);
        self.write(project, original, disk)?;
        self.settle_watch(true);
        Ok(true)
    }

    /// Writes this window's copy now.
    pub fn write(
        &mut self,
        project: &Project,
        original: Option<&Path>,
        disk: Option<FileStamp>,
    ) -> Result<(), SaveError> {
        fs::create_dir_all(&self.data_dir).map_err(|source| SaveError::Write {
            path: self.data_dir.clone(),
            source,
        })?;
        self.hold_lock();
        let snapshot = Snapshot {
            project: Box::new(project.clone()),
            original: original.map(Path::to_path_buf),
            disk,
        };
        // The same files as the thread writes, under its lock so that the two never interleave.
        let _guard = self.watch.lock();
        write_files(&self.data_dir, &self.session, &snapshot)
    }

    /// Takes this window's lock, which tells other windows the copy is not left over.
    fn hold_lock(&mut self) {
        if self.lock.is_some() {
            return;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.file(&self.session, "lock"));
        // Without a lock (a file system that has none) the copy is still written; another window
        // started meanwhile may then offer it too.
        self.lock = file.ok().filter(|f| f.try_lock().is_ok());
    }

    /// Removes this window's copy: the changes were saved or deliberately discarded. Copies of
    /// other windows are never touched.
    pub fn clear(&mut self) {
        self.settle_watch(false);
        self.last_write = None;
        remove_copy(&self.data_dir, &self.session);
        self.lock = None;
        let _ = fs::remove_file(self.file(&self.session, "lock"));
    }

    /// Marks that there are no unsaved changes any more (the clock restarts at the next change).
    pub fn reset_clock(&mut self) {
        self.settle_watch(false);
        self.last_write = None;
    }

    /// The copies left by windows that ended without closing, newest first: this window's own copy
    /// and those of windows still open are left out.
    pub fn find(&self) -> Vec<Result<RecoveredCopy, LoadError>> {
        let Ok(entries) = fs::read_dir(&self.data_dir) else {
            return Vec::new();
        };
        let mut found: Vec<Result<RecoveredCopy, LoadError>> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter_map(|path| {
                let name = path.file_name()?.to_str()?.to_owned();
                let session = name.strip_prefix(PREFIX)?.strip_suffix(".ron")?.to_owned();
                Some((path, session))
            })
            .filter(|(_, session)| *session != self.session && !self.is_open(session))
            .map(|(path, session)| self.read_copy(&path, &session))
            .collect();
        let old = self.data_dir.join(OLD_COPY);
        if old.exists() {
            found.push(self.read_old_copy(&old));
        }
        found.sort_by_key(|copy| std::cmp::Reverse(copy.as_ref().ok().and_then(|c| c.written)));
        found
    }

    /// True when the window of `session` is still open (it holds its lock).
    fn is_open(&self, session: &str) -> bool {
        let Ok(file) = File::open(self.file(session, "lock")) else {
            return false;
        };
        matches!(file.try_lock(), Err(TryLockError::WouldBlock))
    }

    fn read_copy(&self, path: &Path, session: &str) -> Result<RecoveredCopy, LoadError> {
        let meta: CopyMeta = fs::read_to_string(self.file(session, "meta"))
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default();
        let written = meta.written.or_else(|| modified(path));
        storage::load(path).map(|loaded| RecoveredCopy {
            project: loaded.project,
            original_path: meta.original_path,
            written,
            disk: meta.disk,
            copy_path: path.to_path_buf(),
        })
    }

    fn read_old_copy(&self, path: &Path) -> Result<RecoveredCopy, LoadError> {
        let original_path = fs::read_to_string(self.data_dir.join(OLD_ORIGIN))
            .ok()
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty())
            .map(PathBuf::from);
        storage::load(path).map(|loaded| RecoveredCopy {
            project: loaded.project,
            original_path,
            written: modified(path),
            disk: None,
            copy_path: path.to_path_buf(),
        })
    }

    /// Makes a copy left by another window this window's own (restored): it is renamed to this
    /// window's name, so that it stays until this window saves or discards the plan.
    pub fn adopt(&mut self, copy: &RecoveredCopy) {
        if fs::rename(&copy.copy_path, self.copy_path()).is_ok() {
            self.hold_lock();
            let meta = CopyMeta {
                original_path: copy.original_path.clone(),
                written: copy.written,
                disk: copy.disk,
            };
            if let Ok(text) = ron::ser::to_string(&meta) {
                let _ = storage::write_atomic(&self.file(&self.session, "meta"), text.as_bytes());
            }
        }
        self.discard(copy);
    }

    /// Removes a copy left by another window, at the user's request.
    pub fn discard(&self, copy: &RecoveredCopy) {
        let name = copy.copy_path.file_name().and_then(|n| n.to_str());
        match name {
            Some(OLD_COPY) => {
                for old in [OLD_COPY, OLD_ORIGIN] {
                    let path = self.data_dir.join(old);
                    let _ = fs::remove_file(storage::backup_path(&path));
                    let _ = fs::remove_file(path);
                }
            }
            Some(name) => {
                if let Some(session) = name
                    .strip_prefix(PREFIX)
                    .and_then(|n| n.strip_suffix(".ron"))
                    .filter(|s| *s != self.session)
                {
                    remove_copy(&self.data_dir, session);
                    let _ = fs::remove_file(self.file(session, "lock"));
                }
            }
            None => {}
        }
    }
}

/// Writes `snapshot` as the copy of `session` in `data_dir`, with its meta file.
fn write_files(data_dir: &Path, session: &str, snapshot: &Snapshot) -> Result<(), SaveError> {
    storage::save(
        &snapshot.project,
        &data_dir.join(format!("{PREFIX}{session}.ron")),
    )?;
    let meta = CopyMeta {
        original_path: snapshot.original.clone(),
        written: Some(chrono::Local::now().naive_local()),
        disk: snapshot.disk,
    };
    let text = ron::ser::to_string(&meta).map_err(|e| SaveError::Serialize(e.to_string()))?;
    storage::write_atomic(
        &data_dir.join(format!("{PREFIX}{session}.meta")),
        text.as_bytes(),
    )
}

/// Removes the copy of `session` and what goes with it (not its lock).
fn remove_copy(data_dir: &Path, session: &str) {
    for extension in ["ron", "meta"] {
        let path = data_dir.join(format!("{PREFIX}{session}.{extension}"));
        let _ = fs::remove_file(storage::backup_path(&path));
        let _ = fs::remove_file(path);
    }
}

/// The local time a file was last written, if the file system says.
fn modified(path: &Path) -> Option<NaiveDateTime> {
    let time = fs::metadata(path).ok()?.modified().ok()?;
    Some(chrono::DateTime::<chrono::Local>::from(time).naive_local())
}
