#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Importing an office's sheet from the window: the preview lists every row, a row that may be
//! two indicators waits for the user's choice, Apply makes one change and Ctrl+Z takes it back;
//! the date of results whose header has none is chosen in the preview. In both languages.

mod common;
mod corpus;

use std::path::Path;

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, DialogOutcome, Modal};
use lotrinh::i18n::{Lang, format_date};
use lotrinh::model::Project;
use lotrinh::spreadsheet::RowGroup;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The app at 1366×768 with the example commune open, the file dialog answering `sheet`.
fn harness(data_dir: &Path, sheet: &Path) -> Harness<'static, LotrinhApp> {
    let file = Some(common::example("xa-demo.ron"));
    let answers = vec![DialogOutcome::Picked(sheet.to_path_buf())];
    common::app_harness([1366.0, 768.0], data_dir, file, answers, date(2025, 10, 15))
}

fn project(harness: &Harness<'static, LotrinhApp>) -> Project {
    harness.state().state.document().unwrap().project.clone()
}

fn open_import(harness: &mut Harness<'static, LotrinhApp>, lang: Lang) {
    let texts = lang.texts();
    harness.get_by_label(texts.menu_file).click();
    harness.run();
    harness.get_by_label(texts.import_sheet).click();
    harness.run();
}

fn value_on(project: &Project, id: &str, on: NaiveDate) -> Option<f64> {
    project
        .indicator(id)
        .unwrap()
        .measurements
        .iter()
        .find(|m| m.date == on)
        .map(|m| m.value)
}

#[test]
fn two_row_header_sheet_a_choice_apply_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("tong-hop.xlsx");
    std::fs::write(&sheet, corpus::report_two_row_header()).unwrap();
    let mut harness = harness(dir.path(), &sheet);
    harness.run();
    let original = project(&harness);
    let texts = Lang::Vi.texts();
    let import = texts.import;
    open_import(&mut harness, Lang::Vi);
    assert!(
        matches!(harness.state().state.modal(), Some(Modal::ImportPreview(_))),
        "a preview first"
    );
    harness.get_by_label(texts.import_title);
    harness.get_by_label(&(import.group_choice)(1));
    harness.get_by_label(&(import.group_skipped)(6));
    harness.get_by_label(&(import.header_line)("Tổng hợp", 3, 4));
    harness.get_by_label(import.undecided);

    let on_time = "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn, đúng hạn";
    harness
        .get_by_label(&(import.choice_name)("Tổng hợp", 9, on_time))
        .click();
    harness.run();
    let Some(Modal::ImportPreview(session)) = harness.state().state.modal() else {
        panic!("the preview stays open after a choice");
    };
    let row = session
        .preview
        .rows
        .iter()
        .find(|r| r.key.row == 9)
        .unwrap();
    assert_eq!(row.group, RowGroup::Choice);
    assert_eq!(row.changes.len(), 2, "{row:?}");
    assert!(harness.query_by_label(import.undecided).is_none());
    assert_eq!(project(&harness), original, "nothing changes before Apply");

    harness.get_by_label(texts.import_apply).click();
    harness.run();
    assert!(harness.state().state.modal().is_none());
    let imported = project(&harness);
    let year_end = date(2025, 12, 31);
    assert_eq!(
        value_on(&imported, "on_time_resolution_pct", year_end),
        Some(97.0)
    );
    let work = value_on(&imported, "work_records_online_pct", year_end).unwrap();
    assert!(
        (work - 63.2).abs() < 1e-9,
        "a percentage-formatted cell: {work}"
    );
    assert_eq!(
        imported.indicators.len(),
        original.indicators.len(),
        "no section row became an indicator"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(project(&harness), original, "one Ctrl+Z restores the plan");
}

#[test]
fn english_preview_chooses_the_date_of_undated_results() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("undated.csv");
    std::fs::write(&sheet, corpus::csv_undated()).unwrap();
    let mut harness = harness(dir.path(), &sheet);
    harness.state_mut().state.handle(Action::SetLang(Lang::En));
    harness.run();
    let texts = Lang::En.texts();
    let import = texts.import;
    open_import(&mut harness, Lang::En);
    harness.get_by_label(&(import.group_applied)(3));
    harness
        .get_by_label(&(import.result_date_label)("“Kết quả thực hiện”"))
        .click();
    harness.run();
    let as_of = format_date(date(2025, 9, 30));
    assert!(
        harness
            .query_by_label(&(import.date_reporting)(&as_of))
            .is_some(),
        "the reporting date is offered and marked"
    );
    harness.get_by_label("31/12/2025").click();
    harness.run();
    let Some(Modal::ImportPreview(session)) = harness.state().state.modal() else {
        panic!("the preview stays open");
    };
    assert_eq!(session.preview.result_date, Some(date(2025, 12, 31)));
    assert!(
        session.texts.iter().any(|t| t
            .values
            .iter()
            .any(|v| v == "Result 31/12/2025 (chosen): 84.5 %")),
        "{:?}",
        session.texts
    );
    harness.get_by_label(texts.import_apply).click();
    harness.run();
    let imported = project(&harness);
    assert_eq!(
        value_on(&imported, "adult_vneid_pct", date(2025, 12, 31)),
        Some(84.5)
    );
}
