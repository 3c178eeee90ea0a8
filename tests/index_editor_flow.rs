//! The index editor on the "Chấm điểm" tab, driven by its labels: a criterion's maximum changed,
//! its rule switched, a criterion added and named, one removed, each one undo step; the plan
//! keeps its own index through save and reopen; the index is saved as its own file and reads
//! back the same; and the same editing in English.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::DialogOutcome;
use lotrinh::i18n::Lang;
use lotrinh::model::ScoreIndex;
use lotrinh::model::score_index::Rule;
use lotrinh::scoring::IndexWarning;

fn harness(
    lang: Lang,
    data_dir: &Path,
    answers: Vec<DialogOutcome>,
) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let file = common::example("xa-tong-ket-2025.ron");
    let plan = data_dir.join("xa.ron");
    std::fs::copy(file, &plan).unwrap();
    // Tall enough that the whole editor is on screen without scrolling.
    let mut harness = common::app_harness([1366.0, 16000.0], data_dir, Some(plan), answers, today);
    harness.run();
    if lang == Lang::En {
        harness.get_by_label("English").click();
        harness.run();
    }
    harness.get_by_label(lang.texts().scoring.tab).click();
    harness.run();
    harness
        .get_by_label(lang.texts().scoring.editor.edit_index)
        .click();
    harness.run();
    harness
}

/// Replaces what a field shows with `text` and commits it with Enter.
fn retype(harness: &mut Harness<'static, LotrinhApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn undo(harness: &mut Harness<'static, LotrinhApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn own_index(harness: &Harness<'static, LotrinhApp>) -> Option<ScoreIndex> {
    harness
        .state()
        .state
        .document()
        .unwrap()
        .project
        .score_index
        .clone()
}

fn first_group_ids(index: &ScoreIndex) -> Vec<String> {
    index.groups[0]
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

#[test]
fn criteria_are_changed_added_and_removed_one_undo_step_each() {
    let dir = tempfile::tempdir().unwrap();
    let index_file = dir.path().join("bo-chi-so-xa.ron");
    let mut harness = harness(
        Lang::Vi,
        dir.path(),
        vec![DialogOutcome::Picked(index_file.clone())],
    );
    let texts = Lang::Vi.texts().scoring.editor;
    assert_eq!(
        own_index(&harness),
        None,
        "the bundled index until a change"
    );
    let bundled = harness.state().state.scoring().index.clone().unwrap();

    // 1.1 (steering meetings, steps of 10 points up to 40) down to 30 points.
    retype(&mut harness, &(texts.max_of)("1.1"), "30");
    let index = own_index(&harness).expect("the plan now keeps its own index");
    assert_eq!(index.groups[0].criteria[0].max_points, 30.0);
    let Rule::Steps { steps, .. } = &index.groups[0].criteria[0].rule else {
        panic!("1.1 has steps");
    };
    assert_eq!(steps[0].points, 30.0, "the steps scaled with the maximum");
    assert!(harness.state().state.scoring().from_plan);
    let card = harness.state().state.scoring().card.clone().unwrap();
    assert_eq!(card.groups[0].criteria[0].max_cents, 3_000);
    assert!(
        card.warnings.iter().any(|w| matches!(
            w,
            IndexWarning::GroupPoints { group, .. } if group == "nhan_thuc_so"
        )),
        "the group no longer adds up: {:?}",
        card.warnings
    );

    // 1.2 switched to points by hand through its rule selector.
    harness.get_by_label(&(texts.rule_of)("1.2")).click();
    harness.run();
    let manual = texts.rule_names[5];
    harness.query_all_by_label(manual).last().unwrap().click();
    harness.run();
    let index = own_index(&harness).unwrap();
    assert_eq!(index.groups[0].criteria[1].rule, Rule::Manual);

    // A criterion added to group 1, named, given 10 points.
    let before = first_group_ids(&index);
    harness.get_by_label(&(texts.add_criterion_to)("1")).click();
    harness.run();
    let number = format!("1.{}", before.len() + 1);
    retype(
        &mut harness,
        &(texts.name_of)(&number),
        "Tỷ lệ thôn có Zalo của Ban Chỉ đạo",
    );
    retype(&mut harness, &(texts.max_of)(&number), "10");
    let index = own_index(&harness).unwrap();
    let added = index.groups[0].criteria.last().unwrap();
    assert_eq!(
        (added.name.as_str(), added.max_points),
        ("Tỷ lệ thôn có Zalo của Ban Chỉ đạo", 10.0)
    );

    // 1.1 removed.
    harness
        .get_by_label(&(texts.remove_criterion_of)("1.1"))
        .click();
    harness.run();
    let index = own_index(&harness).unwrap();
    assert_eq!(
        first_group_ids(&index).len(),
        before.len(),
        "one added, one removed"
    );
    assert_ne!(first_group_ids(&index)[0], before[0]);

    // Saved as its own file, it reads back as the plan's.
    harness.get_by_label(texts.save_index).click();
    harness.run();
    let (saved, _) = lotrinh::scoring::load_index(&index_file).unwrap();
    assert_eq!(saved, index);

    // Each change is one undo step: removal, maximum, name, addition, rule, maximum.
    for _ in 0..5 {
        undo(&mut harness);
    }
    let index = own_index(&harness).unwrap();
    assert_eq!(
        first_group_ids(&index),
        before,
        "back to before the addition"
    );
    assert_eq!(
        index.groups[0].criteria[1].rule,
        bundled.groups[0].criteria[1].rule
    );
    undo(&mut harness);
    assert_eq!(own_index(&harness), None, "back to the bundled index");
    assert_eq!(
        harness.state().state.scoring().index.as_ref(),
        Some(&bundled)
    );
}

#[test]
fn the_plan_keeps_its_index_through_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Lang::Vi, dir.path(), Vec::new());
    let texts = Lang::Vi.texts().scoring.editor;
    retype(&mut harness, &(texts.group_max_of)("1"), "90");
    retype(
        &mut harness,
        texts.index_name,
        "Bộ chỉ số của tỉnh (bản xã sửa)",
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let loaded = lotrinh::storage::load(&dir.path().join("xa.ron")).unwrap();
    let index = loaded.project.score_index.expect("saved with the plan");
    assert_eq!(index.groups[0].max_points, 90.0);
    assert_eq!(index.name, "Bộ chỉ số của tỉnh (bản xã sửa)");
    assert_eq!(Some(index), own_index(&harness));
}

#[test]
fn the_editor_works_in_english_and_refuses_a_bad_share() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Lang::En, dir.path(), Vec::new());
    let texts = Lang::En.texts().scoring.editor;
    // 1.2 is the head of the steering committee: chosen on the form, the deputy gives half.
    let index = harness.state().state.scoring().index.clone().unwrap();
    assert!(matches!(
        index.groups[0].criteria[1].rule,
        Rule::Choice { .. }
    ));
    retype(&mut harness, &(texts.choice_share_of)("1.2", 2), "75");
    let index = own_index(&harness).unwrap();
    let Rule::Choice { choices } = &index.groups[0].criteria[1].rule else {
        panic!("still a choice");
    };
    assert_eq!(choices[1].share, 0.75);
    retype(&mut harness, &(texts.choice_share_of)("1.2", 2), "150");
    harness.get_by_label(texts.share_range);
    assert_eq!(
        own_index(&harness).as_ref(),
        Some(&index),
        "nothing changed"
    );
    // In English the English name is edited; the Vietnamese one stays.
    let label = (texts.name_of)("1.1");
    let shown = harness
        .get_by_role_and_label(Role::TextInput, &label)
        .value();
    assert_eq!(
        shown.as_deref(),
        Some("Steering-committee meetings in the year")
    );
    retype(&mut harness, &label, "Steering meetings held");
    let criterion = own_index(&harness).unwrap().groups[0].criteria[0].clone();
    assert_eq!(criterion.name_en.as_deref(), Some("Steering meetings held"));
    assert_eq!(
        criterion.name,
        "Số cuộc họp Ban Chỉ đạo chuyển đổi số của xã trong năm"
    );
    harness.get_by_label(texts.done_editing).click();
    harness.run();
    harness.get_by_label(texts.edit_index);
}
