//! Autosave and crash recovery driven without a window, with a fake clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use lotrinh::app::{Action, AppState, Edit, FakeDialogs, Intent, Modal, RecoveredCopy, Settings};
use lotrinh::catalog;
use lotrinh::model::{AdminUnit, Baseline};

fn state(data_dir: &Path) -> AppState {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    AppState::new(
        Settings::default(),
        today,
        data_dir.to_path_buf(),
        Box::new(FakeDialogs::default()),
    )
}

fn edited_state(data_dir: &Path) -> AppState {
    edited_plan(data_dir, "Xã Thử Nghiệm")
}

/// A window with a new plan of the unit `unit_name` and one unsaved change.
fn edited_plan(data_dir: &Path, unit_name: &str) -> AppState {
    let mut app = state(data_dir);
    let unit = AdminUnit {
        name: unit_name.to_owned(),
        ..AdminUnit::default()
    };
    let project = catalog::new_project(
        catalog::catalog("commune"),
        unit,
        NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
    );
    app.handle(Action::Create(Box::new(project)));
    let mut indicator = app.document().unwrap().project.indicators[0].clone();
    indicator.baseline = Some(Baseline {
        date: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
        value: 2.0,
    });
    app.handle(Action::Edit(Edit::Indicator(Box::new(indicator))));
    app
}

#[test]
fn a_recovery_copy_is_written_every_30_seconds_while_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = edited_state(dir.path());
    let copy = app.recovery().copy_path();
    app.tick(100.0);
    assert!(!copy.exists(), "nothing is written at once");
    app.tick(129.0);
    assert!(!copy.exists(), "nothing before 30 s");
    app.tick(130.5);
    assert!(copy.exists(), "a copy after 30 s");
    assert!(app.has_unsaved_changes());
    let user_files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        user_files
            .iter()
            .all(|n| n.to_string_lossy().starts_with("recovery")),
        "{user_files:?}"
    );
}

#[test]
fn after_a_crash_the_next_start_offers_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut crashed = edited_state(dir.path());
    crashed.tick(0.0);
    crashed.tick(31.0);
    let expected = crashed.document().unwrap().project.clone();
    drop(crashed);

    let mut next = state(dir.path());
    assert!(
        matches!(next.modal(), Some(Modal::Recovery(_))),
        "the copy is offered"
    );
    next.handle(Action::RestoreRecovery(0));
    let document = next.document().expect("restored");
    assert_eq!(document.project, expected);
    assert!(
        next.has_unsaved_changes(),
        "a restored copy still has to be saved"
    );
}

#[test]
fn discarding_or_saving_removes_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = edited_state(dir.path());
    app.tick(0.0);
    app.tick(31.0);
    assert!(app.recovery().copy_path().exists());
    assert!(app.save_to(dir.path().join("plan.ron")));
    assert!(!app.recovery().copy_path().exists(), "saved: no copy left");
    assert!(!app.has_unsaved_changes());

    let mut again = edited_state(dir.path());
    again.tick(0.0);
    again.tick(31.0);
    let left_over = again.recovery().copy_path();
    drop(again);
    let mut next = state(dir.path());
    next.handle(Action::DiscardRecovery(0));
    assert!(!left_over.exists());
    assert!(next.modal().is_none(), "nothing else to offer");
    assert!(state(dir.path()).modal().is_none(), "not offered twice");
}

#[test]
fn undo_goes_back_to_saved_and_a_hundred_steps_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = edited_state(dir.path());
    assert!(app.save_to(dir.path().join("plan.ron")));
    for step in 0..120 {
        let mut indicator = app.document().unwrap().project.indicators[0].clone();
        indicator.definition = format!("bước {step}");
        app.handle(Action::Edit(Edit::Indicator(Box::new(indicator))));
    }
    assert!(app.has_unsaved_changes());
    for _ in 0..120 {
        app.handle(Action::Undo);
    }
    assert!(!app.has_unsaved_changes(), "back at the saved state");
    app.handle(Action::Redo);
    assert_eq!(
        app.document().unwrap().project.indicators[0].definition,
        "bước 0"
    );
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = edited_state(dir.path());
    app.handle(Action::Request(Intent::Quit));
    assert!(matches!(app.modal(), Some(Modal::Unsaved(Intent::Quit))));
    assert!(!app.close_confirmed());
    app.handle(Action::DiscardThenContinue);
    assert!(app.close_confirmed());
}

/// The window's close button is an action like the others: it asks about unsaved changes, and
/// without any it lets the window close and leaves no recovery copy.
#[test]
fn the_close_button_asks_only_when_something_is_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = edited_state(dir.path());
    app.handle(Action::CloseRequested);
    assert!(matches!(app.modal(), Some(Modal::Unsaved(Intent::Quit))));
    assert!(!app.close_confirmed(), "the window stays open");
    app.handle(Action::CloseModal);

    let mut clean = state(dir.path());
    clean.handle(Action::CloseRequested);
    assert!(clean.modal().is_none());
    assert!(clean.close_confirmed());
    assert!(!clean.recovery().copy_path().exists());
}

fn offered(app: &AppState) -> Vec<RecoveredCopy> {
    match &app.modal() {
        Some(Modal::Recovery(copies)) => copies.clone(),
        _ => Vec::new(),
    }
}

#[test]
fn two_windows_keep_two_copies_and_the_next_start_offers_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut this_year = edited_plan(dir.path(), "Xã Năm Nay");
    let mut last_year = edited_plan(dir.path(), "Xã Năm Ngoái");
    for app in [&mut this_year, &mut last_year] {
        app.tick(0.0);
        app.tick(31.0);
    }
    // Later copies of one window never touch the other's.
    this_year.tick(62.0);
    let copies = [
        this_year.recovery().copy_path(),
        last_year.recovery().copy_path(),
    ];
    assert_ne!(copies[0], copies[1], "each window has its own copy");
    assert!(copies.iter().all(|c| c.exists()));

    // A third window started while both are open leaves their copies alone.
    let meanwhile = state(dir.path());
    assert!(
        offered(&meanwhile).is_empty(),
        "both windows are still open"
    );
    drop(meanwhile);

    // A power cut: both windows end without closing.
    drop(this_year);
    drop(last_year);
    let mut next = state(dir.path());
    let copies = offered(&next);
    let mut units: Vec<&str> = copies
        .iter()
        .map(|c| c.project.unit.name.as_str())
        .collect();
    units.sort_unstable();
    assert_eq!(units, ["Xã Năm Nay", "Xã Năm Ngoái"], "both are offered");
    assert!(
        copies.iter().all(|c| c.written.is_some()),
        "each with the time it was written"
    );
    let chosen = copies[1].project.unit.name.clone();
    next.handle(Action::RestoreRecovery(1));
    let document = next.document().expect("restored");
    assert_eq!(document.project.unit.name, chosen);
    assert!(next.has_unsaved_changes());
    assert!(
        next.recovery().copy_path().exists(),
        "the restored copy is this window's now"
    );

    // The other one is still there and offered at the start after.
    let after = state(dir.path());
    let remaining = offered(&after);
    assert_eq!(remaining.len(), 1, "the copy not chosen is kept");
    assert_ne!(remaining[0].project.unit.name, chosen);
}

#[test]
fn saving_in_one_window_removes_only_its_own_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = edited_plan(dir.path(), "Xã Một");
    let mut second = edited_plan(dir.path(), "Xã Hai");
    for app in [&mut first, &mut second] {
        app.tick(0.0);
        app.tick(31.0);
    }
    assert!(first.save_to(dir.path().join("mot.ron")));
    assert!(!first.recovery().copy_path().exists());
    assert!(
        second.recovery().copy_path().exists(),
        "the other window's copy stays"
    );
    second.handle(Action::Request(Intent::Quit));
    second.handle(Action::DiscardThenContinue);
    assert!(!second.recovery().copy_path().exists());
}

#[test]
fn a_copy_left_by_an_older_version_is_offered_too() {
    let dir = tempfile::tempdir().unwrap();
    let project = catalog::new_project(
        catalog::catalog("commune"),
        AdminUnit {
            name: "Xã Cũ".to_owned(),
            ..AdminUnit::default()
        },
        NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
    );
    lotrinh::storage::save(&project, &dir.path().join("recovery.ron")).unwrap();
    std::fs::write(dir.path().join("recovery-origin.txt"), "/tmp/cu.ron").unwrap();
    let mut next = state(dir.path());
    let copies = offered(&next);
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].project.unit.name, "Xã Cũ");
    next.handle(Action::DiscardRecovery(0));
    assert!(!dir.path().join("recovery.ron").exists());
    assert!(!dir.path().join("recovery-origin.txt").exists());
}
