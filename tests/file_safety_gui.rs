//! The recovery question with several copies and the notice of a plan open in another window,
//! as the user sees them in the real app.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code, reason = "this file opens no bundled example")]
mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui_kittest::kittest::Queryable as _;
use lotrinh::app::{Action, AppState, Edit, FakeDialogs, Settings};
use lotrinh::i18n::Lang;
use lotrinh::model::AdminUnit;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// A window that changed a new plan of `unit_name`, wrote its recovery copy and ended without
/// closing.
fn crash_with_unsaved_plan(data_dir: &Path, unit_name: &str) {
    let mut app = AppState::new(
        Settings::default(),
        today(),
        data_dir.to_path_buf(),
        Box::new(FakeDialogs::default()),
    );
    let unit = AdminUnit {
        name: unit_name.to_owned(),
        ..AdminUnit::default()
    };
    let project =
        lotrinh::catalog::new_project(lotrinh::catalog::catalog("commune"), unit, today());
    app.handle(Action::Create(Box::new(project)));
    let mut indicator = app.document().unwrap().project.indicators[0].clone();
    indicator.definition = "sửa".to_owned();
    app.handle(Action::Edit(Edit::Indicator(Box::new(indicator))));
    app.tick(0.0);
    app.tick(31.0);
}

#[test]
fn the_next_start_lists_every_copy_and_restores_the_one_chosen() {
    let dir = tempfile::tempdir().unwrap();
    crash_with_unsaved_plan(dir.path(), "Xã Năm Nay");
    crash_with_unsaved_plan(dir.path(), "Xã Năm Ngoái");
    let mut harness = common::app_harness([1366.0, 768.0], dir.path(), None, Vec::new(), today());
    harness.run();
    let texts = Lang::Vi.texts();
    assert!(
        harness
            .query_by_label(&(texts.safety.recovery_intro)(2))
            .is_some()
    );
    for unit in ["Xã Năm Nay", "Xã Năm Ngoái"] {
        assert!(
            harness.query_by_label_contains(unit).is_some(),
            "{unit} is offered with its name"
        );
    }
    let restore = harness.query_all_by_label(texts.restore).nth(1).unwrap();
    restore.click();
    harness.run();
    let document = harness.state().state.document().expect("restored");
    assert!(document.project.unit.name.starts_with("Xã Năm"));
    assert!(harness.state().state.modal().is_none());
}

#[test]
fn a_plan_open_in_another_window_shows_a_notice_until_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ke-hoach.ron");
    let unit = AdminUnit {
        name: "Xã Hòa Bình".to_owned(),
        ..AdminUnit::default()
    };
    let project =
        lotrinh::catalog::new_project(lotrinh::catalog::catalog("commune"), unit, today());
    lotrinh::storage::save(&project, &plan).unwrap();
    // Another program has the plan open: its lock file is locked and names it.
    let lock = lotrinh::storage::lock_path(&plan);
    let other = std::fs::File::create(&lock).unwrap();
    other.lock().unwrap();
    std::fs::write(&lock, "tnb,PC-HUYEN,1,2026-11-30T07:45:00\n").unwrap();
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        dir.path(),
        Some(plan.clone()),
        Vec::new(),
        today(),
    );
    harness.run();
    let safety = Lang::Vi.texts().safety;
    let notice = (safety.in_use)("ke-hoach.ron", "tnb@PC-HUYEN", "07:45 30/11/2026");
    assert!(harness.query_by_label(&notice).is_some(), "{notice}");
    harness.get_by_label(safety.dismiss).click();
    harness.run();
    assert!(harness.query_by_label(&notice).is_none());
    drop(other);
}

#[test]
fn closing_the_window_removes_the_plan_lock() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ke-hoach.ron");
    let project = lotrinh::catalog::new_project(
        lotrinh::catalog::catalog("commune"),
        AdminUnit::default(),
        today(),
    );
    lotrinh::storage::save(&project, &plan).unwrap();
    let lock = lotrinh::storage::lock_path(&plan);
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        dir.path(),
        Some(plan.clone()),
        Vec::new(),
        today(),
    );
    harness.run();
    assert!(lock.exists(), "the open plan has its lock file");
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    assert!(!lock.exists(), "closing the window removes it");
}
