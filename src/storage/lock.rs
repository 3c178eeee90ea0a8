//! A lock file beside an open plan, as office suites keep (`.~lock.NAME#`): it says who has the
//! plan open and since when. The owner holds an operating-system lock on it for as long as the plan
//! is open, so a lock file whose owner ended without closing (a crash, a power cut) is recognised
//! and taken over; the owner removes it when the plan is closed.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDateTime;

/// Who holds a plan open, as written in its lock file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LockHolder {
    /// The user name, if known.
    pub user: String,
    /// The computer's name, if known.
    pub host: String,
    /// When the plan was opened.
    pub since: Option<NaiveDateTime>,
    /// The holding program's process id.
    pub pid: Option<u32>,
}

impl LockHolder {
    /// This program, now.
    fn me() -> Self {
        let var = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| std::env::var(n).ok())
                .unwrap_or_default()
        };
        Self {
            user: var(&["USER", "USERNAME", "LOGNAME"]),
            host: var(&["HOSTNAME", "COMPUTERNAME"]),
            since: Some(chrono::Local::now().naive_local()),
            pid: Some(std::process::id()),
        }
    }

    fn to_line(&self) -> String {
        let since = self
            .since
            .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
            .unwrap_or_default();
        let pid = self.pid.map_or_else(String::new, |p| p.to_string());
        format!(
            "{},{},{pid},{since}\n",
            self.user.replace(',', " "),
            self.host.replace(',', " "),
        )
    }

    fn from_line(line: &str) -> Self {
        let mut parts = line.trim().split(',');
        let user = parts.next().unwrap_or_default().to_owned();
        let host = parts.next().unwrap_or_default().to_owned();
        let pid = parts.next().and_then(|p| p.parse().ok());
        let since = parts
            .next()
            .and_then(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").ok());
        Self {
            user,
            host,
            since,
            pid,
        }
    }
}

/// The lock files this program holds, by their canonical paths. Windows forbids reading a file
/// another handle has locked — even this program's own — so "is it ours?" is answered here rather
/// than from the process id written in the file.
static HELD_HERE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn held_here(path: &Path) -> bool {
    let path = canonical(path);
    HELD_HERE
        .lock()
        .map(|held| held.contains(&path))
        .unwrap_or(false)
}

fn set_held_here(path: &Path, held: bool) {
    let path = canonical(path);
    if let Ok(mut list) = HELD_HERE.lock() {
        list.retain(|p| *p != path);
        if held {
            list.push(path);
        }
    }
}

/// The lock of an open plan, held until dropped (which removes the lock file).
#[derive(Debug)]
pub struct PlanLock {
    path: PathBuf,
    /// The open lock file, locked for as long as it is open.
    _file: File,
}

impl PlanLock {
    /// The plan this lock is for.
    pub fn lock_path(&self) -> &Path {
        &self.path
    }
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        set_held_here(&self.path, false);
        let _ = fs::remove_file(&self.path);
    }
}

/// What trying to lock a plan found.
#[derive(Debug)]
pub enum LockOutcome {
    /// The plan is ours now.
    Locked(PlanLock),
    /// The plan is ours now; an old lock left by a window that ended without closing was ignored.
    TookOverStale(PlanLock),
    /// Another window (here or on another computer) has the plan open.
    InUse(LockHolder),
    /// This program holds the lock already (one window per program: it is this window's own).
    HeldHere,
    /// No lock can be taken here (a read-only folder, a file system without locks): nothing said.
    Unavailable,
}

/// Reads who holds a locked lock file. The holder writes its line just after taking the lock;
/// an empty file is read again a few times. Where the system forbids reading a locked file, the
/// holder stays unknown.
fn read_holder(file: &mut File) -> LockHolder {
    for _ in 0..5 {
        let mut text = String::new();
        let read = file
            .seek(SeekFrom::Start(0))
            .and_then(|_| file.read_to_string(&mut text));
        if read.is_err() {
            break;
        }
        if !text.trim().is_empty() {
            return LockHolder::from_line(&text);
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    LockHolder::default()
}

/// The lock file of the plan at `plan`: `.~lock.NAME#` beside it.
pub fn lock_path(plan: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".~lock.");
    name.push(plan.file_name().unwrap_or_default());
    name.push("#");
    plan.with_file_name(name)
}

/// Tries to lock the plan at `plan` for this window.
pub fn lock_plan(plan: &Path) -> LockOutcome {
    let path = lock_path(plan);
    let Ok(mut file) = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
    else {
        return LockOutcome::Unavailable;
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let holder = read_holder(&mut file);
            if held_here(&path) || holder.pid == Some(std::process::id()) {
                return LockOutcome::HeldHere;
            }
            return LockOutcome::InUse(holder);
        }
        Err(TryLockError::Error(_)) => return LockOutcome::Unavailable,
    }
    let mut old = String::new();
    let _ = file.read_to_string(&mut old);
    let written = file
        .set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)))
        .and_then(|_| file.write_all(LockHolder::me().to_line().as_bytes()))
        .and_then(|()| file.flush());
    let lock = PlanLock { path, _file: file };
    if written.is_err() {
        return LockOutcome::Unavailable;
    }
    set_held_here(&lock.path, true);
    if old.trim().is_empty() {
        LockOutcome::Locked(lock)
    } else {
        LockOutcome::TookOverStale(lock)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;

    #[test]
    fn a_second_window_sees_the_lock_and_a_dead_one_leaves_a_stale_lock() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("ke-hoach.ron");
        fs::write(&plan, "x").unwrap();
        let LockOutcome::Locked(first) = lock_plan(&plan) else {
            panic!("the first window gets the lock");
        };
        assert!(lock_path(&plan).exists());
        assert!(
            matches!(lock_plan(&plan), LockOutcome::HeldHere),
            "this program's own lock"
        );
        drop(first);
        assert!(!lock_path(&plan).exists(), "closing removes the lock file");

        // Another program (pretended here) holds the lock.
        let other = OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .open(lock_path(&plan))
            .unwrap();
        other.lock().unwrap();
        fs::write(lock_path(&plan), "tnb,PC-HUYEN,1,2026-11-30T07:45:00\n").unwrap();
        match lock_plan(&plan) {
            LockOutcome::InUse(holder) => {
                assert_eq!(holder.user, "tnb");
                assert_eq!(holder.pid, Some(1));
                assert!(holder.since.is_some());
            }
            other => panic!("the second window must see the lock: {other:?}"),
        }
        drop(other);
        fs::remove_file(lock_path(&plan)).unwrap();

        // A crash: the lock file stays, but nobody holds it.
        fs::write(lock_path(&plan), "nva,PC-XA,1234,2026-11-30T08:00:00\n").unwrap();
        assert!(matches!(lock_plan(&plan), LockOutcome::TookOverStale(_)));
    }

    #[test]
    fn holder_lines_read_back() {
        let holder = LockHolder {
            user: "nva".to_owned(),
            host: "PC-XA".to_owned(),
            since: NaiveDateTime::parse_from_str("2026-11-30T08:15:00", "%Y-%m-%dT%H:%M:%S").ok(),
            pid: Some(77),
        };
        assert_eq!(LockHolder::from_line(&holder.to_line()), holder);
        assert_eq!(LockHolder::from_line(""), LockHolder::default());
    }
}
