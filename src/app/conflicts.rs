//! Safeguards for plans open in several windows or shared with colleagues: a restored recovery
//! copy becomes this window's own; Save first checks that the file on disk is still the one this
//! window opened or last saved, and asks when it is not; opening a plan takes its lock file and
//! says so when another window has it open.

use std::path::Path;

use super::document::Document;
use super::state::{AppState, Modal};
use crate::storage::{self, LockOutcome};

impl AppState {
    /// Restores the recovery copy at `index` of the list offered at start. The others stay on disk
    /// and are offered again at the next start.
    pub(super) fn restore_recovery(&mut self, index: usize) {
        let Some(Modal::Recovery(mut copies)) = self.modal.take() else {
            return;
        };
        if index >= copies.len() {
            self.modal = Some(Modal::Recovery(copies));
            return;
        }
        let copy = copies.remove(index);
        self.recovery.adopt(&copy);
        let name = copy
            .original_path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.lang().texts().untitled.to_owned());
        let original = copy.original_path.clone();
        let mut document = Document::new(copy.project, copy.original_path, name, false);
        document.disk = copy.disk;
        self.set_document(document);
        if let Some(path) = original {
            self.take_lock(&path);
        }
    }

    /// Throws away the recovery copy at `index` of the list offered at start.
    pub(super) fn discard_recovery(&mut self, index: usize) {
        let Some(Modal::Recovery(mut copies)) = self.modal.take() else {
            return;
        };
        if index < copies.len() {
            let copy = copies.remove(index);
            self.recovery.discard(&copy);
        }
        if !copies.is_empty() {
            self.modal = Some(Modal::Recovery(copies));
        }
    }

    /// True when saving to `path` would write over a version someone else saved after this window
    /// opened or last saved the plan there.
    pub(super) fn changed_by_someone_else(&self, path: &Path) -> bool {
        let Some(document) = &self.document else {
            return false;
        };
        document.path.as_deref() == Some(path)
            && document
                .disk
                .is_some_and(|stamp| stamp.changed_on_disk(path))
    }

    /// Answer to the changed-file question: write over their version.
    pub(super) fn overwrite_save(&mut self) {
        let Some(Modal::SaveConflict(path)) = self.modal.take() else {
            return;
        };
        self.write_to(path);
    }

    /// Answer to the changed-file question: open their version and drop this window's changes.
    pub(super) fn reopen_from_disk(&mut self) {
        let Some(Modal::SaveConflict(path)) = self.modal.take() else {
            return;
        };
        self.recovery.clear();
        self.open(&path);
    }

    /// Takes the lock file of the plan at `path` for this window, saying so when another window
    /// has it open or when an old lock was left by a window that ended without closing.
    pub(super) fn take_lock(&mut self, path: &Path) {
        let lock_path = storage::lock_path(path);
        if self
            .plan_lock
            .as_ref()
            .is_some_and(|lock| lock.lock_path() == lock_path)
        {
            return;
        }
        self.plan_lock = None;
        let safety = self.lang().texts().safety;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match storage::lock_plan(path) {
            LockOutcome::Locked(lock) => self.plan_lock = Some(lock),
            LockOutcome::TookOverStale(lock) => {
                self.plan_lock = Some(lock);
                self.toast((safety.stale_lock)(&name));
            }
            LockOutcome::InUse(holder) => {
                let since = holder.since.map_or_else(String::new, |t| {
                    format!(
                        "{} {}",
                        t.format("%H:%M"),
                        crate::i18n::format_date(t.date())
                    )
                });
                let who = [holder.user, holder.host]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("@");
                self.notice = Some((safety.in_use)(&name, &who, &since));
            }
            LockOutcome::HeldHere | LockOutcome::Unavailable => {}
        }
    }
}
