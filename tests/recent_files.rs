#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Recent files a clerk can tell apart: three "b.ron" in three folders are listed with their
//! folders, and a file that is gone is dropped from the list, said once.

use chrono::NaiveDate;
use lotrinh::app::{AppState, FakeDialogs, Settings};

#[test]
fn names_that_repeat_show_their_folder_and_gone_files_are_dropped_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut recent = Vec::new();
    for folder in ["Xã An Phú", "Xã Bình Minh", "Xã Cẩm Lý"] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        let plan = dir.path().join(folder).join("b.ron");
        std::fs::copy(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-demo.ron"),
            &plan,
        )
        .unwrap();
        recent.push(plan);
    }
    recent.push(dir.path().join("đã xóa.ron"));
    let settings = Settings {
        recent: recent.clone(),
        ..Settings::default()
    };
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let state = AppState::new(
        settings,
        today,
        dir.path().join("data"),
        Box::new(FakeDialogs::new(Vec::new())),
    );
    assert_eq!(
        state.settings().recent,
        recent[..3].to_vec(),
        "the gone file dropped"
    );
    let toasts: Vec<&str> = state.toasts().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(toasts.len(), 1, "{toasts:?}");
    assert!(toasts[0].contains("đã xóa.ron"), "{toasts:?}");
    assert!(toasts[0].starts_with("1 tệp gần đây"), "{toasts:?}");

    // Each "b.ron" is listed with its folder.
    let labels = lotrinh::app::recent_labels(&state.settings().recent);
    let folders: Vec<_> = labels.iter().map(|l| l.folder.clone().unwrap()).collect();
    for (folder, name) in folders
        .iter()
        .zip(["Xã An Phú", "Xã Bình Minh", "Xã Cẩm Lý"])
    {
        assert!(folder.ends_with(name), "{folder}");
    }
}

#[test]
fn gone_files_of_the_same_name_are_told_apart_in_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let recent: Vec<_> = ["Xã An Phú", "Xã Bình Minh"]
        .iter()
        .map(|folder| dir.path().join(folder).join("b.ron"))
        .collect();
    let settings = Settings {
        recent,
        ..Settings::default()
    };
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let state = AppState::new(
        settings,
        today,
        dir.path().join("data"),
        Box::new(FakeDialogs::new(Vec::new())),
    );
    assert!(state.settings().recent.is_empty());
    let toasts: Vec<&str> = state.toasts().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(toasts.len(), 1, "{toasts:?}");
    assert!(
        toasts[0].contains("Xã An Phú)") && toasts[0].contains("Xã Bình Minh)"),
        "each gone b.ron with its folder: {toasts:?}"
    );
}
