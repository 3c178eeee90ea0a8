//! The recovery copy's clock when the window is not drawn. eframe draws no frame for a window
//! that is covered, minimised or on another desktop, so a copy due on a frame would never come
//! while another window is on top. After every change the window hands a snapshot of the plan
//! here, and a small thread writes it once it is due, whether or not the window is drawn. The
//! frame's own tick and this thread share one clock, so a copy is not written twice.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::model::Project;
use crate::storage::FileStamp;

/// How often the thread looks whether a copy is due.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// A plan with unsaved changes, as it was after the last change.
#[derive(Debug)]
pub struct Snapshot {
    /// The plan.
    pub project: Box<Project>,
    /// The file it came from.
    pub original: Option<PathBuf>,
    /// That file as it was opened or last saved.
    pub disk: Option<FileStamp>,
}

/// What the window and the thread share.
#[derive(Debug, Default)]
pub struct Watch {
    /// The changes not yet in a copy, if any.
    pub pending: Option<Snapshot>,
    /// When the next copy is due.
    pub due: Option<Instant>,
}

/// Writes a snapshot as this window's copy (the same files as a copy made on a frame).
pub type WriteCopy = Box<dyn Fn(&Snapshot) + Send>;

/// Starts the thread that writes `watch`'s pending snapshot with `write` once it is due; the thread
/// ends when the window's recovery (the only strong owner of `watch`) is dropped.
pub fn start(watch: &Arc<Mutex<Watch>>, write: WriteCopy) {
    let weak: Weak<Mutex<Watch>> = Arc::downgrade(watch);
    let spawned = std::thread::Builder::new()
        .name("recovery-copy".to_owned())
        .spawn(move || {
            loop {
                std::thread::sleep(LOOK_EVERY);
                let Some(watch) = weak.upgrade() else {
                    return;
                };
                let Ok(mut watch) = watch.lock() else {
                    return;
                };
                if watch.pending.is_some() && watch.due.is_some_and(|due| Instant::now() >= due) {
                    // Written while holding the lock: a save that clears the copy waits for it.
                    if let Some(snapshot) = watch.pending.take() {
                        write(&snapshot);
                    }
                    watch.due = None;
                }
            }
        });
    // Without the thread (none can be started) copies are still written on frames.
    drop(spawned);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn snapshot(name: &str) -> Snapshot {
        let unit = crate::model::AdminUnit {
            name: name.to_owned(),
            ..Default::default()
        };
        let project = Project::new(unit, chrono::NaiveDate::MIN);
        Snapshot {
            project: Box::new(project),
            original: None,
            disk: None,
        }
    }

    /// A watch with its thread started, and what the thread writes (the unit's name).
    fn started() -> (Arc<Mutex<Watch>>, mpsc::Receiver<String>) {
        let watch = Arc::new(Mutex::new(Watch::default()));
        let (sender, receiver) = mpsc::channel();
        start(
            &watch,
            Box::new(move |snapshot: &Snapshot| {
                let _ = sender.send(snapshot.project.unit.name.clone());
            }),
        );
        (watch, receiver)
    }

    #[test]
    fn a_due_snapshot_is_written_once_without_any_frame() {
        let (watch, receiver) = started();
        if let Ok(mut shared) = watch.lock() {
            shared.pending = Some(snapshot("Xã A"));
            shared.due = Some(Instant::now());
        }
        let written = receiver.recv_timeout(Duration::from_secs(20));
        assert_eq!(written.as_deref(), Ok("Xã A"));
        let shared = watch.lock().map(|w| (w.pending.is_none(), w.due.is_none()));
        assert_eq!(
            shared.ok(),
            Some((true, true)),
            "the written snapshot is settled"
        );
        assert!(
            receiver.recv_timeout(LOOK_EVERY * 2).is_err(),
            "a snapshot is written once"
        );
    }

    #[test]
    fn nothing_is_written_before_it_is_due_or_when_nothing_is_pending() {
        let (watch, receiver) = started();
        if let Ok(mut shared) = watch.lock() {
            shared.pending = Some(snapshot("Xã B"));
            shared.due = Some(Instant::now() + Duration::from_secs(3600));
        }
        assert!(
            receiver.recv_timeout(LOOK_EVERY * 2).is_err(),
            "not due yet"
        );
        if let Ok(mut shared) = watch.lock() {
            shared.pending = None;
            shared.due = Some(Instant::now());
        }
        assert!(
            receiver.recv_timeout(LOOK_EVERY * 2).is_err(),
            "nothing pending"
        );
    }
}
