//! A plan that keeps its own points index: saved and loaded with it (NFC, the same index back),
//! scored by it on the command line, a broken one refused with words in both languages and
//! nothing loaded, and an edit that would break it refused with the plan unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

use lotrinh::app::Edit;
use lotrinh::i18n::Lang;
use lotrinh::model::score_index::Rule;
use lotrinh::scoring::bundled_index;
use lotrinh::storage::{self, LoadError};

fn example(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

fn plan_with_own_index() -> lotrinh::model::Project {
    let mut project = storage::load(&example("xa-tong-ket-2025.ron"))
        .unwrap()
        .project;
    let mut index = bundled_index().unwrap();
    // A province's own index: the first group's first criterion worth 60 (the steps scaled).
    lotrinh::scoring::set_max(&mut index.groups[0].criteria[0], 60.0);
    // Written decomposed (NFD), as some editors do; kept NFC.
    index.name = "Bo\u{323}\u{302} chi\u{309} so\u{302}\u{301} tỉnh".to_owned();
    project.score_index = Some(index);
    project
}

#[test]
fn the_index_is_saved_and_loaded_with_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.ron");
    let project = plan_with_own_index();
    storage::save(&project, &path).unwrap();
    let loaded = storage::load(&path).unwrap().project;
    let index = loaded.score_index.unwrap();
    assert_eq!(index.name, "Bộ chỉ số tỉnh", "NFC");
    assert_eq!(index.groups[0].criteria[0].max_points, 60.0);
    assert_eq!(index.groups, project.score_index.unwrap().groups);
}

#[test]
fn the_command_line_scores_by_the_plans_own_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.ron");
    storage::save(&plan_with_own_index(), &path).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .args(["score", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let first_max = |stdout: &[u8]| {
        let json: serde_json::Value = serde_json::from_slice(stdout).unwrap();
        json["groups"][0]["criteria"][0]["max"].as_f64()
    };
    assert_eq!(
        first_max(&output.stdout),
        Some(60.0),
        "scored by the plan's index"
    );
    let bundled = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .args(["score", "--json"])
        .arg(example("xa-tong-ket-2025.ron"))
        .output()
        .unwrap();
    assert_eq!(
        first_max(&bundled.stdout),
        Some(40.0),
        "a plan without one: the bundled"
    );
}

#[test]
fn a_broken_index_in_a_plan_is_refused_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa.ron");
    let mut project = plan_with_own_index();
    if let Some(index) = project.score_index.as_mut() {
        index.groups[1].criteria[0].rule = Rule::Steps {
            indicator: "x".to_owned(),
            steps: Vec::new(),
        };
    }
    storage::save(&project, &path).unwrap();
    let error = storage::load(&path).unwrap_err();
    assert!(matches!(error, LoadError::Invalid { .. }), "{error:?}");
    let id = &project.score_index.as_ref().unwrap().groups[1].criteria[0].id;
    let vi = error.message(Lang::Vi);
    let en = error.message(Lang::En);
    assert!(
        vi.contains("Bộ chỉ số không dùng được") && vi.contains(id.as_str()),
        "{vi}"
    );
    assert!(
        en.contains(id.as_str()) && !en.contains("không dùng"),
        "{en}"
    );
}

#[test]
fn an_edit_that_breaks_the_index_is_refused_and_changes_nothing() {
    let mut project = plan_with_own_index();
    project.normalize_text();
    let before = project.clone();
    let mut broken = project.score_index.clone().unwrap();
    broken.groups[0].criteria[0].max_points = -5.0;
    let refused = Edit::ScoreIndex(Box::new(Some(broken))).apply(&mut project);
    assert!(refused.is_err());
    assert_eq!(project, before);
    let inverse = Edit::ScoreIndex(Box::new(None))
        .apply(&mut project)
        .unwrap();
    assert_eq!(project.score_index, None);
    inverse.apply(&mut project).unwrap();
    assert_eq!(project, before, "the inverse puts the index back");
}
