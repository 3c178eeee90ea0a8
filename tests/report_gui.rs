#![cfg(feature = "reports")]
//! Reports from the window: export a PDF and an XLSX through the File menu, import the XLSX back
//! after a preview, as one undoable change.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, DialogOutcome, Edit, Modal};
use lotrinh::i18n::{Lang, Texts};

fn vi() -> &'static Texts {
    Lang::Vi.texts()
}

fn harness(data_dir: &Path, answers: Vec<DialogOutcome>) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    common::app_harness([1366.0, 900.0], data_dir, file, answers, today)
}

fn menu(harness: &mut Harness<'static, LotrinhApp>, item: &str) {
    harness.get_by_label(vi().menu_file).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

#[test]
fn export_then_import_back_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("bao-cao.pdf");
    let xlsx = dir.path().join("so-lieu.xlsx");
    let answers = vec![
        DialogOutcome::Picked(pdf.clone()),
        DialogOutcome::Picked(xlsx.clone()),
        DialogOutcome::Picked(xlsx.clone()),
    ];
    let mut harness = harness(dir.path(), answers);
    harness.run();
    menu(&mut harness, vi().export_pdf);
    assert!(
        std::fs::read(&pdf).unwrap().starts_with(b"%PDF"),
        "a PDF was written"
    );
    menu(&mut harness, vi().export_xlsx);
    assert!(xlsx.exists());

    // Lose the values of one indicator, then bring them back from the workbook.
    let original = harness.state().state.document().unwrap().project.clone();
    let mut emptied = original.indicator("fibre_households_pct").unwrap().clone();
    emptied.measurements.clear();
    harness
        .state_mut()
        .state
        .handle(Action::Edit(Edit::Indicator(Box::new(emptied))));
    harness.run();
    menu(&mut harness, vi().import_sheet);
    assert!(
        matches!(
            harness.state().state.modal(),
            Some(Modal::ImportPreview { .. })
        ),
        "a preview first"
    );
    assert!(harness.query_by_label(vi().import_title).is_some());
    harness.get_by_label(vi().import_apply).click();
    harness.run();
    let restored = &harness.state().state.document().unwrap().project;
    assert_eq!(
        restored
            .indicator("fibre_households_pct")
            .unwrap()
            .measurements
            .len(),
        original
            .indicator("fibre_households_pct")
            .unwrap()
            .measurements
            .len()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = &harness.state().state.document().unwrap().project;
    assert!(
        undone
            .indicator("fibre_households_pct")
            .unwrap()
            .measurements
            .is_empty(),
        "one undo removes the import"
    );
}
