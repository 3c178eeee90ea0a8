//! A plan file shared between windows or colleagues: Save never writes over a version someone
//! else saved meanwhile without asking, and opening a plan that another window has open says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use lotrinh::app::{Action, AppState, DialogOutcome, Edit, FakeDialogs, Modal, Settings};
use lotrinh::i18n::Lang;
use lotrinh::model::{AdminUnit, Project};
use lotrinh::storage;

fn window(data_dir: &Path, answers: Vec<DialogOutcome>) -> AppState {
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    AppState::new(
        Settings::default(),
        today,
        data_dir.to_path_buf(),
        Box::new(FakeDialogs::new(answers)),
    )
}

/// A saved plan in `dir`.
fn plan_file(dir: &Path) -> PathBuf {
    let unit = AdminUnit {
        name: "Xã Hòa Bình".to_owned(),
        ..AdminUnit::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let project = lotrinh::catalog::new_project(lotrinh::catalog::catalog("commune"), unit, today);
    let path = dir.join("ke-hoach.ron");
    storage::save(&project, &path).unwrap();
    path
}

/// Changes the definition of the first indicator in `app`'s plan.
fn change(app: &mut AppState, definition: &str) {
    let mut indicator = app.document().unwrap().project.indicators[0].clone();
    indicator.definition = definition.to_owned();
    app.handle(Action::Edit(Edit::Indicator(Box::new(indicator))));
}

fn definition_on_disk(path: &Path) -> String {
    storage::load(path).unwrap().project.indicators[0]
        .definition
        .clone()
}

fn mine(app: &AppState) -> &Project {
    &app.document().unwrap().project
}

#[test]
fn a_file_saved_by_another_window_meanwhile_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path());
    let mut mine_window = window(dir.path(), Vec::new());
    mine_window.open(&path);
    change(&mut mine_window, "của tôi");

    // Meanwhile a colleague's window saves the same file.
    let mut theirs = window(dir.path(), Vec::new());
    theirs.open(&path);
    change(&mut theirs, "của họ");
    assert!(theirs.save_to(path.clone()));

    mine_window.handle(Action::Save);
    assert!(
        matches!(&mine_window.modal(), Some(Modal::SaveConflict(p)) if *p == path),
        "a question, not an overwrite: {:?}",
        mine_window.modal()
    );
    assert_eq!(
        definition_on_disk(&path),
        "của họ",
        "their version is intact"
    );
    assert!(mine_window.has_unsaved_changes(), "and mine is kept");

    mine_window.handle(Action::OverwriteSave);
    assert_eq!(
        definition_on_disk(&path),
        "của tôi",
        "overwritten when asked to"
    );
    assert!(!mine_window.has_unsaved_changes());
    assert!(
        storage::backup_path(&path).exists(),
        "their version stays in the backup"
    );
}

#[test]
fn the_question_offers_another_name_and_their_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path());
    let elsewhere = dir.path().join("ban-cua-toi.ron");
    let mut app = window(dir.path(), vec![DialogOutcome::Picked(elsewhere.clone())]);
    app.open(&path);
    change(&mut app, "của tôi");
    let mut on_disk = storage::load(&path).unwrap().project;
    on_disk.indicators[0].definition = "của họ".to_owned();
    // Someone else writes the file (a colleague on a shared folder).
    storage::save(&on_disk, &path).unwrap();

    app.handle(Action::Save);
    assert!(matches!(app.modal(), Some(Modal::SaveConflict(_))));
    // "Save mine under another name…"
    app.handle(Action::CloseModal);
    app.handle(Action::SaveAs);
    assert_eq!(definition_on_disk(&elsewhere), "của tôi");
    assert_eq!(definition_on_disk(&path), "của họ");

    // Later, their file changes again, and this time I take theirs.
    change(&mut app, "lần hai");
    on_disk.indicators[0].definition = "của họ, lần hai".to_owned();
    storage::save(&on_disk, &elsewhere).unwrap();
    app.handle(Action::Save);
    assert!(matches!(app.modal(), Some(Modal::SaveConflict(_))));
    app.handle(Action::ReopenFromDisk);
    assert_eq!(
        mine(&app).indicators[0].definition,
        "của họ, lần hai",
        "their version is open now"
    );
    assert!(!app.has_unsaved_changes());
}

#[test]
fn saving_twice_in_one_window_asks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path());
    let mut app = window(dir.path(), Vec::new());
    app.open(&path);
    for round in ["một", "hai", "ba"] {
        change(&mut app, round);
        app.handle(Action::Save);
        assert!(app.modal().is_none(), "{round}: {:?}", app.modal());
        assert_eq!(definition_on_disk(&path), round);
    }
}

/// Another program (a window started from another Lộ Trình, here or on another computer sharing
/// the folder) has the plan open: its lock file is locked and names it.
fn other_program_holds(plan: &Path) -> std::fs::File {
    let path = storage::lock_path(plan);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(&path)
        .unwrap();
    file.lock().unwrap();
    std::fs::write(&path, "tnb,PC-HUYEN,1,2026-11-30T07:45:00\n").unwrap();
    file
}

#[test]
fn opening_a_plan_open_in_another_window_says_so() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let path = plan_file(dir.path());
        let other = other_program_holds(&path);
        let mut app = window(dir.path(), Vec::new());
        app.handle(Action::SetLang(lang));
        app.open(&path);
        let notice = app
            .notice()
            .map(str::to_owned)
            .expect("the lock is reported");
        let expected =
            (lang.texts().safety.in_use)("ke-hoach.ron", "tnb@PC-HUYEN", "07:45 30/11/2026");
        assert_eq!(notice, expected, "{lang:?}");
        assert!(app.document().is_some(), "the plan is open all the same");
        app.handle(Action::DismissNotice);
        assert!(app.notice().is_none());
        drop(app);
        assert!(
            storage::lock_path(&path).exists(),
            "a window that does not own the lock leaves it"
        );
        drop(other);
    }
}

#[test]
fn an_open_plan_has_a_lock_file_until_it_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path());
    let lock = storage::lock_path(&path);
    let mut app = window(dir.path(), Vec::new());
    app.open(&path);
    assert!(app.notice().is_none());
    assert!(lock.exists(), "a lock file beside the plan");
    let line = std::fs::read_to_string(&lock).unwrap();
    assert!(
        line.contains(&format!(",{},", std::process::id())),
        "{line}"
    );
    app.handle(Action::Request(lotrinh::app::Intent::NewPlan));
    assert!(!lock.exists(), "closing the plan removes its lock");
    app.open(&path);
    assert!(lock.exists());
    drop(app);
    assert!(!lock.exists(), "closing the window too");
}

#[test]
fn a_lock_left_by_a_crash_is_ignored_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path());
    std::fs::write(
        storage::lock_path(&path),
        "nva,PC-XA,4242,2026-11-29T16:30:00\n",
    )
    .unwrap();
    let mut app = window(dir.path(), Vec::new());
    app.open(&path);
    assert!(app.notice().is_none(), "nobody holds it");
    let note = (Lang::Vi.texts().safety.stale_lock)("ke-hoach.ron");
    assert!(
        app.toasts().iter().any(|t| t.text == note),
        "{:?}",
        app.toasts()
    );
    let line = std::fs::read_to_string(storage::lock_path(&path)).unwrap();
    assert!(
        line.contains(&format!(",{},", std::process::id())),
        "the lock is this window's now: {line}"
    );
}
