//! The real app driven through its AccessKit labels with egui_kittest: create a plan from the
//! catalogue, edit, undo, save, reopen; the unsaved-changes question; a bad file; the language
//! switch; and image snapshots.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::DialogOutcome;
use lotrinh::i18n::{Lang, Texts};

/// The name of the work-records indicator, as the commune catalogue has it.
fn work_records_name() -> &'static str {
    lotrinh::catalog::catalog("commune")
        .and_then(|c| {
            c.indicators
                .iter()
                .find(|i| i.id == "work_records_online_pct")
        })
        .map(|i| i.name.as_str())
        .unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 10, 15).unwrap()
}

fn harness(
    data_dir: &Path,
    file: Option<PathBuf>,
    answers: Vec<DialogOutcome>,
) -> Harness<'static, LotrinhApp> {
    sized_harness([1366.0, 768.0], data_dir, file, answers)
}

/// A harness of `size`: the editing flow uses a tall window so that the measurement table's rows
/// are laid out (egui skips rows scrolled out of view).
fn sized_harness(
    size: [f32; 2],
    data_dir: &Path,
    file: Option<PathBuf>,
    answers: Vec<DialogOutcome>,
) -> Harness<'static, LotrinhApp> {
    common::app_harness(size, data_dir, file, answers, today())
}

/// Replaces the text of a labelled field and commits it with Enter.
fn type_into(harness: &mut Harness<'static, LotrinhApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn vi() -> &'static Texts {
    Lang::Vi.texts()
}

/// The accessible name of the value of the first measurement row.
fn value_row_1() -> String {
    (vi().cell_name)(vi().col_value, 1)
}

fn work_records_value(harness: &Harness<'static, LotrinhApp>) -> Option<f64> {
    let document = harness.state().state.document()?;
    let indicator = document.project.indicator("work_records_online_pct")?;
    indicator.measurements.last().map(|m| m.value)
}

#[test]
fn create_edit_undo_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("phong-dien.ron");
    let mut harness = sized_harness(
        [1366.0, 1500.0],
        dir.path(),
        None,
        vec![DialogOutcome::Picked(file.clone())],
    );
    harness.run();
    type_into(&mut harness, vi().unit_name, "Xã Phong Điền");
    harness
        .get_by_role_and_label(Role::Button, vi().create_button)
        .click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .state
            .document()
            .unwrap()
            .project
            .indicators
            .len(),
        lotrinh::catalog::catalog("commune")
            .unwrap()
            .indicators
            .len(),
        "the new plan has every indicator of the commune catalogue"
    );

    harness
        .get_by_role_and_label(Role::Button, work_records_name())
        .click();
    harness.run();
    type_into(&mut harness, vi().baseline_date, "31/12/2022");
    type_into(&mut harness, vi().baseline_value, "40");
    harness
        .get_by_role_and_label(Role::Button, vi().add_measurement)
        .click();
    harness.run();
    type_into(&mut harness, &value_row_1(), "55,5");
    assert_eq!(work_records_value(&harness), Some(55.5));
    // 55,5 of a 60 target from a 40 baseline: 93 % of the target, 78 % of the roadmap, and the
    // words say both.
    assert!(
        harness
            .query_by_label_contains("so với chỉ tiêu năm 2025 (60%); hoàn thành 78% lộ trình")
            .is_some()
    );
    assert!(harness.query_by_label(vi().unsaved_state).is_some());

    type_into(&mut harness, &value_row_1(), "61");
    assert!(
        harness
            .query_by_label_contains(vi().sentences.target_exceeded)
            .is_some()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        work_records_value(&harness),
        Some(55.5),
        "undo restores the previous value"
    );
    assert!(
        harness
            .query_by_label_contains("hoàn thành 78% lộ trình")
            .is_some()
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(file.exists());
    assert!(
        harness.query_by_label(vi().saved_state).is_some(),
        "the status bar says saved"
    );
    assert!(
        harness
            .query_by_label(&(vi().saved)("phong-dien.ron"))
            .is_some(),
        "a toast confirms"
    );
    drop(harness);

    let mut reopened = self::harness(dir.path(), Some(file), Vec::new());
    reopened.run();
    assert_eq!(work_records_value(&reopened), Some(55.5));
    assert_eq!(
        reopened.state().state.document().unwrap().project.unit.name,
        "Xã Phong Điền"
    );
}

#[test]
fn unsaved_changes_are_asked_about() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None, Vec::new());
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, &(vi().example_description)("xa-demo.ron"))
        .click();
    harness.run();
    assert!(
        harness.query_by_label(vi().most_behind_title).is_some(),
        "an example opens on its dashboard"
    );
    harness.get_by_label(vi().indicator_tab).click();
    harness.run();
    type_into(&mut harness, vi().field_name_en, "Changed name");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(
        harness.query_by_label(vi().unsaved_title).is_some(),
        "the question is shown"
    );
    harness
        .get_by_role_and_label(Role::Button, vi().cancel)
        .click();
    harness.run();
    assert!(
        harness.state().state.document().is_some(),
        "cancel keeps the plan"
    );
    assert!(harness.query_by_label(vi().unsaved_title).is_none());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, vi().dont_save)
        .click();
    harness.run();
    assert!(harness.state().state.document().is_none());
    assert!(harness.query_by_label(vi().create_plan).is_some());
}

#[test]
fn a_bad_file_shows_its_error_and_keeps_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("hong.ron");
    std::fs::write(&bad, "Project(format: \"lotrinh\", version: 1, as_of: ").unwrap();
    let mut harness = harness(dir.path(), None, vec![DialogOutcome::Picked(bad.clone())]);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, vi().open)
        .click();
    harness.run();
    assert!(harness.query_by_label(vi().error_title).is_some());
    let message = lotrinh::storage::load(&bad).unwrap_err().message(Lang::Vi);
    assert!(message.contains("hong.ron"), "{message}");
    assert!(
        harness.query_by_label(&message).is_some(),
        "the error in the window's language"
    );
    harness.get_by_role_and_label(Role::Button, vi().ok).click();
    harness.run();
    assert!(harness.state().state.document().is_none());
    assert!(harness.state().state.modal().is_none());
}

#[test]
fn the_language_switch_changes_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None, Vec::new());
    harness.run();
    assert!(harness.query_by_label(vi().create_plan).is_some());
    harness
        .get_by_role_and_label(Role::Button, Lang::En.texts().language_name)
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label(Lang::En.texts().create_plan)
            .is_some()
    );
    assert!(harness.query_by_label(vi().create_plan).is_none());
    assert_eq!(harness.state().state.settings().lang, Lang::En);
}

#[test]
fn a_typed_path_replaces_a_missing_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None, vec![DialogOutcome::Unavailable]);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, vi().open)
        .click();
    harness.run();
    let example = common::example("huong-tra.ron");
    type_into(&mut harness, vi().file_path, &example.display().to_string());
    let document = harness
        .state()
        .state
        .document()
        .expect("opened from the typed path");
    assert_eq!(document.path.as_deref(), Some(example.as_path()));
}

#[test]
fn snapshot_of_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None, Vec::new());
    harness.run();
    harness.snapshot("start_screen");
}

#[test]
fn snapshot_of_the_main_window_with_an_example() {
    let dir = tempfile::tempdir().unwrap();
    let example = common::example("xa-demo.ron");
    let mut main = self::harness(dir.path(), Some(example), Vec::new());
    main.run();
    main.snapshot("main_window_xa_demo");
}
