//! Asking for a file, without a window: when no native dialog can be shown, every purpose — open,
//! save, export, import, chart image — gets the typed-path window (the import once did nothing),
//! starting in the plan's folder; a typed path is then used as a picked one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use lotrinh::app::{
    Action, AppState, ChartTarget, DialogOutcome, FakeDialogs, FilePurpose, Intent, Modal,
    ReportKind, Settings,
};
use lotrinh::model::{AdminUnit, Project};

/// A state with a new plan saved as `plan.ron` in `dir`, whose dialogs are all unavailable.
fn state(dir: &Path) -> AppState {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let answers = std::iter::repeat_n(DialogOutcome::Unavailable, 10);
    let mut app = AppState::new(
        Settings::default(),
        today,
        dir.join("data"),
        Box::new(FakeDialogs::new(answers)),
    );
    let unit = AdminUnit {
        name: "Xã Thử Nghiệm".to_owned(),
        ..AdminUnit::default()
    };
    app.handle(Action::Create(Box::new(Project::new(unit, today))));
    app.handle(Action::UseFile(FilePurpose::SavePlan, dir.join("plan")));
    assert!(
        dir.join("plan.ron").exists(),
        "a typed path without extension"
    );
    app
}

fn typed_path(app: &AppState) -> (FilePurpose, String) {
    match app.modal() {
        Some(Modal::TypedPath { purpose, text }) => (purpose.clone(), text.clone()),
        other => panic!("no typed-path window: {other:?}"),
    }
}

#[test]
fn every_purpose_falls_back_to_the_typed_path_window_in_the_plan_s_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = state(dir.path());
    let folder = dir.path().canonicalize().unwrap();
    let cases = [
        (Action::Request(Intent::OpenDialog), FilePurpose::OpenPlan),
        (Action::SaveAs, FilePurpose::SavePlan),
        (
            Action::ExportReport(ReportKind::Pdf),
            FilePurpose::ExportReport(ReportKind::Pdf),
        ),
        (
            Action::ExportReport(ReportKind::Csv),
            FilePurpose::ExportReport(ReportKind::Csv),
        ),
        (Action::ImportSpreadsheet, FilePurpose::ImportSpreadsheet),
        (
            Action::ExportChart(ChartTarget::Overview),
            FilePurpose::ExportChart(ChartTarget::Overview),
        ),
    ];
    for (action, expected) in cases {
        app.handle(Action::CloseModal);
        app.handle(action.clone());
        let (purpose, text) = typed_path(&app);
        assert_eq!(purpose, expected, "{action:?}");
        // A file to write is suggested by name in the folder; a file to read starts at the folder.
        let folder_typed = if purpose.writes() {
            Path::new(&text).parent().unwrap()
        } else {
            Path::new(&text)
        };
        let start = folder_typed.canonicalize().ok();
        assert_eq!(
            start.as_deref(),
            Some(folder.as_path()),
            "{action:?}: {text}"
        );
    }
}

#[cfg(feature = "reports")]
#[test]
fn a_typed_path_is_used_like_a_picked_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = state(dir.path());
    app.handle(Action::ExportReport(ReportKind::Csv));
    let (purpose, text) = typed_path(&app);
    assert!(text.ends_with(".csv"), "{text}");
    app.handle(Action::UseFile(purpose, dir.path().join("bang")));
    assert!(app.modal().is_none(), "{:?}", app.modal());
    let written = std::fs::read(dir.path().join("bang.csv")).unwrap();
    assert!(
        written.starts_with("\u{feff}".as_bytes()),
        "CSV with its BOM"
    );
}
