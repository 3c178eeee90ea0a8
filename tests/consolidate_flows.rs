//! The consolidation driven through the real window with egui_kittest: open a folder of sample
//! plans through the (fake) folder dialog, sort the matrix by an indicator, click a cell to see the
//! unit's plan read-only, come back, write the consolidated values into the province plan (shown
//! first, then applied), undo with Ctrl+Z; the bundled example in English; a member changed on
//! disk offered for reload. No member file and no plan file is written.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::DialogOutcome;
use lotrinh::consolidate::sample::{SampleOptions, generate, write_set};
use lotrinh::i18n::Lang;
use lotrinh::ui::consolidation::{CollectionTab, MatrixSort};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 10, 15).unwrap()
}

/// The contents of every file under `dir`.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

fn click(harness: &mut Harness<'static, LotrinhApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Opens the matrix tab and sorts it by the online-submission rate; returns that column and name.
fn sort_matrix(harness: &mut Harness<'static, LotrinhApp>) -> (usize, String) {
    let texts = Lang::Vi.texts().consolidate;
    let matrix = texts.tab_matrix;
    click(harness, matrix);
    assert_eq!(
        harness.state().view.consolidation.tab,
        CollectionTab::Matrix
    );
    let open = harness.state().state.consolidation().unwrap();
    let column = open
        .consolidation
        .indicator_index("online_submission_rate_pct")
        .unwrap();
    let name = open.consolidation.indicators[column].template.name.clone();
    // The column is off screen at first: filter the matrix to its pillar to bring it into view.
    harness.state_mut().view.consolidation.pillar = Some(lotrinh::model::Pillar::DigitalGovernment);
    harness.run();
    click(harness, &(texts.sort_by_indicator)(&name));
    assert_eq!(
        harness.state().view.consolidation.sort,
        MatrixSort::Indicator(column)
    );
    (column, name)
}

/// Clicks the cell of the best unit in `column`, checks its plan is shown read-only, comes back.
fn click_cell_and_come_back(harness: &mut Harness<'static, LotrinhApp>, column: usize, name: &str) {
    let texts = Lang::Vi.texts().consolidate;
    let open = harness.state().state.consolidation().unwrap();
    let best = (0..open.consolidation.members.len())
        .max_by(|a, b| {
            let value = |m: usize| {
                open.consolidation
                    .cell(m, column)
                    .and_then(|v| v.counted)
                    .map_or(-1.0, |c| c.value)
            };
            value(*a).total_cmp(&value(*b)).then(b.cmp(a))
        })
        .unwrap();
    let unit = open.consolidation.members[best].display_name();
    harness
        .get_by_label_contains(&format!("{unit} · {name}"))
        .click();
    harness.run();
    let viewing = harness
        .state()
        .state
        .consolidation()
        .unwrap()
        .viewing
        .as_ref();
    let viewing = viewing.expect("the unit's plan is shown");
    assert_eq!(viewing.member, best);
    assert_eq!(
        viewing.selected.as_deref(),
        Some("online_submission_rate_pct")
    );
    harness.get_by_label(texts.read_only);
    click(harness, texts.back_to_collection);
    assert!(
        harness
            .state()
            .state
            .consolidation()
            .as_ref()
            .unwrap()
            .viewing
            .is_none()
    );
}

#[test]
fn folder_matrix_member_write_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("quy-3");
    let set = generate(&SampleOptions::new(12, 24));
    write_set(&set, &folder, false).unwrap();
    let province = folder.join(&set.province_plan.0);
    let before = files(&folder);
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        data.path(),
        None,
        vec![
            DialogOutcome::Picked(folder.clone()),
            DialogOutcome::Picked(province.clone()),
        ],
        today(),
    );
    harness.run();
    let texts = Lang::Vi.texts().consolidate;
    click(&mut harness, texts.menu_folder);
    let open = harness
        .state()
        .state
        .consolidation()
        .expect("a collection is open");
    assert_eq!(open.consolidation.members.len(), 12);
    assert!(open.consolidation.failures.is_empty());
    assert!(open.visible);
    let (column, name) = sort_matrix(&mut harness);
    click_cell_and_come_back(&mut harness, column, &name);

    // Write into the province plan: shown first, then applied.
    click(&mut harness, texts.write_menu);
    let pick = texts.write_pick_plan;
    click(&mut harness, pick);
    let pending = harness
        .state()
        .state
        .consolidation()
        .unwrap()
        .pending_write
        .as_ref();
    let written = pending
        .expect("the write is shown first")
        .write
        .written
        .len();
    assert!(written > 5, "{written}");
    assert!(
        harness.state().state.document().is_none(),
        "nothing applied yet"
    );
    click(&mut harness, texts.apply_write);
    let document = harness
        .state()
        .state
        .document()
        .expect("the province plan is open");
    assert_eq!(document.path.as_deref(), Some(province.as_path()));
    assert!(!document.is_saved());
    let fibre = document.project.indicator("fibre_households_pct").unwrap();
    let value = fibre
        .measurements
        .iter()
        .find(|m| m.date == set.collection.as_of)
        .unwrap();
    assert!(value.note.contains("Tổng hợp từ"), "{}", value.note);
    assert!(
        !harness.state().state.consolidation_visible(),
        "the plan is shown"
    );

    // One Ctrl+Z takes the whole write back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let document = harness.state().state.document().unwrap();
    let original = lotrinh::storage::load(&province).unwrap().project;
    assert_eq!(document.project, original);
    assert_eq!(before, files(&folder), "no file was written");
}

#[test]
fn the_committed_example_folder_opens_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let folder = common::example("tong-hop-12-xa");
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        data.path(),
        Some(folder),
        Vec::new(),
        today(),
    );
    harness.run();
    let open = harness
        .state()
        .state
        .consolidation()
        .expect("opened as a collection");
    assert_eq!(open.consolidation.members.len(), 12);
    assert!(
        open.collection_path.is_some(),
        "its collection file applies"
    );
    assert!(!open.dirty);
}

#[test]
fn the_bundled_example_in_english_and_presentation() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness([1024.0, 768.0], data.path(), None, Vec::new(), today());
    harness
        .state_mut()
        .state
        .handle(lotrinh::app::Action::SetLang(Lang::En));
    harness.run();
    let texts = Lang::En.texts().consolidate;
    click(&mut harness, texts.example_button);
    let open = harness.state().state.consolidation().unwrap();
    assert_eq!(open.consolidation.members.len(), 12);
    assert!(open.bundled.is_some());
    let (matrix, ranking) = (texts.tab_matrix, texts.tab_ranking);
    let (by_indicator, completeness) = (texts.tab_indicator, texts.tab_completeness);
    click(&mut harness, matrix);
    let open = harness.state().state.consolidation().unwrap();
    let first = open.consolidation.members[0].display_name();
    // The English name, as the catalogue gives it.
    let template = &open.consolidation.indicators[0].template;
    let indicator = lotrinh::i18n::indicator_name(template, Lang::En).to_owned();
    assert_ne!(indicator, template.name);
    harness.get_by_label_contains(&format!("{first} · {indicator}"));
    for tab in [ranking, by_indicator, completeness] {
        click(&mut harness, tab);
    }
    assert_eq!(
        harness.state().view.consolidation.tab,
        CollectionTab::Completeness
    );
    harness.get_by_label_contains("communes have every value for the period");
    // F5: the collection's slides, and through them to the first indicator.
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().state.presentation(), Some(0));
    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    assert_eq!(harness.state().state.presentation(), Some(3));
    let shown = harness.get_all_by_label_contains(&indicator).count();
    assert!(shown >= 1, "the first indicator's slide");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.presentation(), None);
}

#[test]
fn a_member_changed_on_disk_is_offered_for_reload() {
    let dir = tempfile::tempdir().unwrap();
    let set = generate(&SampleOptions::new(4, 2));
    write_set(&set, dir.path(), false).unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        data.path(),
        Some(dir.path().join("tong-hop.ron")),
        Vec::new(),
        today(),
    );
    harness.run();
    let texts = Lang::Vi.texts().consolidate;
    assert_eq!(
        harness
            .state()
            .state
            .consolidation()
            .as_ref()
            .unwrap()
            .consolidation
            .members
            .len(),
        4
    );
    let (file, plan) = &set.plans[0];
    let mut changed = plan.clone();
    changed.title = "Đã sửa".to_owned();
    changed.as_of = changed.as_of.succ_opt().unwrap();
    lotrinh::storage::save(&changed, &dir.path().join(file)).unwrap();
    harness
        .state_mut()
        .state
        .check_members_on_disk(1000.0, true);
    harness.run();
    harness.get_by_label((texts.changed_banner)(1).as_str());
    click(&mut harness, texts.reload);
    let open = harness.state().state.consolidation().unwrap();
    assert!(open.changed_on_disk.is_empty());
    assert!(
        open.consolidation
            .members
            .iter()
            .any(|m| m.title == "Đã sửa")
    );
}

#[test]
fn an_unsaved_collection_is_asked_about_before_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let set = generate(&SampleOptions::new(3, 4));
    for (file, plan) in &set.plans {
        lotrinh::storage::save(plan, &dir.path().join(file)).unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::app_harness(
        [1366.0, 768.0],
        data.path(),
        Some(dir.path().to_path_buf()),
        Vec::new(),
        today(),
    );
    harness.run();
    let texts = Lang::Vi.texts();
    // A folder without a collection file: the collection exists only in memory.
    assert!(harness.state().state.consolidation().unwrap().dirty);
    harness
        .state_mut()
        .state
        .handle(lotrinh::app::Action::Request(lotrinh::app::Intent::Quit));
    harness.run();
    assert!(!harness.state().state.close_confirmed());
    harness.get_by_label(texts.consolidate.close_question);
    click(&mut harness, texts.dont_save);
    assert!(harness.state().state.consolidation().is_none());
    harness
        .state_mut()
        .state
        .handle(lotrinh::app::Action::Request(lotrinh::app::Intent::Quit));
    assert!(harness.state().state.close_confirmed());
}
