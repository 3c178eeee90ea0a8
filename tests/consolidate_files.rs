//! The collection's files without a native dialog: every file the consolidation asks for — the
//! member plans, where to save the collection, the reports, the plan to write into — falls back to
//! the typed-path window starting in the collection's folder, and a typed path is used as a picked
//! one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use lotrinh::app::{
    Action, AppState, CollectionFile, ConsolidationAction, DialogOutcome, FakeDialogs, FilePurpose,
    Modal, Settings, WriteTarget,
};
use lotrinh::consolidate::sample::{SampleOptions, generate, write_set};

/// A state whose dialogs are all unavailable.
fn state(dir: &Path) -> AppState {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let answers = std::iter::repeat_n(DialogOutcome::Unavailable, 10);
    AppState::new(
        Settings::default(),
        today,
        dir.join("data"),
        Box::new(FakeDialogs::new(answers)),
    )
}

fn typed_path(app: &AppState) -> (FilePurpose, String) {
    match app.modal() {
        Some(Modal::TypedPath { purpose, text }) => (purpose.clone(), text.clone()),
        other => panic!("no typed-path window: {other:?}"),
    }
}

fn act(action: ConsolidationAction) -> Action {
    Action::Consolidation(action)
}

#[test]
fn every_collection_file_falls_back_to_the_typed_path_window() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("quy-3");
    let set = generate(&SampleOptions::new(3, 5));
    write_set(&set, &folder, false).unwrap();
    std::fs::remove_file(folder.join("tong-hop.ron")).unwrap();
    let mut app = state(dir.path());

    // The members: typed, then used.
    app.handle(act(ConsolidationAction::OpenFolder));
    let (purpose, _) = typed_path(&app);
    assert_eq!(purpose, FilePurpose::Collection(CollectionFile::Members));
    app.handle(Action::UseFile(purpose, folder.clone()));
    let open = app
        .consolidation()
        .expect("the typed folder is consolidated");
    assert_eq!(open.consolidation.members.len(), 3);
    assert!(open.collection_path.is_none());

    // Every file asked for about the open collection starts in its folder.
    let start = folder.canonicalize().unwrap();
    let cases = [
        (ConsolidationAction::Save, CollectionFile::Save),
        (ConsolidationAction::ExportPdf, CollectionFile::ExportPdf),
        (ConsolidationAction::ExportXlsx, CollectionFile::ExportXlsx),
        (
            ConsolidationAction::PrepareWrite(WriteTarget::PickPlan),
            CollectionFile::WriteInto,
        ),
    ];
    for (action, expected) in cases {
        app.handle(Action::CloseModal);
        app.handle(act(action.clone()));
        let (purpose, text) = typed_path(&app);
        assert_eq!(purpose, FilePurpose::Collection(expected), "{action:?}");
        let typed = Path::new(&text);
        let typed_folder = if purpose.writes() {
            typed.parent().unwrap()
        } else {
            typed
        };
        assert_eq!(
            typed_folder.canonicalize().ok().as_deref(),
            Some(start.as_path()),
            "{action:?}: {text}"
        );
    }

    // Typed paths without an extension get the file's own.
    app.handle(Action::CloseModal);
    let save = FilePurpose::Collection(CollectionFile::Save);
    app.handle(Action::UseFile(save, folder.join("bo-tong-hop")));
    assert!(folder.join("bo-tong-hop.ron").exists());
    assert_eq!(
        app.consolidation().unwrap().collection_path.as_deref(),
        Some(folder.join("bo-tong-hop.ron").as_path())
    );
    let workbook = FilePurpose::Collection(CollectionFile::ExportXlsx);
    app.handle(Action::UseFile(workbook, folder.join("tong-hop-quy-3")));
    assert!(folder.join("tong-hop-quy-3.xlsx").exists());

    // A typed province plan gets the write shown first.
    let province = folder.join(&set.province_plan.0);
    let write_into = FilePurpose::Collection(CollectionFile::WriteInto);
    app.handle(Action::UseFile(write_into, province));
    let pending = app.consolidation().unwrap().pending_write.as_ref();
    assert!(
        !pending
            .expect("the write is shown")
            .write
            .written
            .is_empty()
    );
}
