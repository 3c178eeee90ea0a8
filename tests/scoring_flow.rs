//! The "Chấm điểm" tab driven by its labels: the total and the index shown, points typed for a
//! criterion scored by hand raise the total, a giải trình is kept in the plan, Ctrl+Z undoes each;
//! an index file is opened through the (fake) dialog, a bad one refused with words; and the same
//! in English.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{DialogOutcome, Modal};
use lotrinh::i18n::Lang;

/// The criterion scored by hand in the bundled index, and one with a value.
const MANUAL: &str = "Áp dụng phương án bảo đảm an toàn hệ thống thông tin theo cấp độ";
const MANUAL_EN: &str = "Information-system security measures in place by level";
const PLAN_CRITERION: &str = "Ban hành Kế hoạch chuyển đổi số năm của xã";

fn harness(
    lang: Lang,
    data_dir: &Path,
    answers: Vec<DialogOutcome>,
) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let file = Some(common::example("xa-tong-ket-2025.ron"));
    // Tall enough that the whole form is on screen without scrolling.
    let mut harness = common::app_harness([1366.0, 6000.0], data_dir, file, answers, today);
    harness.run();
    if lang == Lang::En {
        harness.get_by_label("English").click();
        harness.run();
    }
    harness.get_by_label(lang.texts().scoring.tab).click();
    harness.run();
    harness
}

fn type_into(harness: &mut Harness<'static, LotrinhApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn total(harness: &Harness<'static, LotrinhApp>) -> i64 {
    harness
        .state()
        .state
        .scoring()
        .card
        .as_ref()
        .unwrap()
        .total_cents
}

fn undo(harness: &mut Harness<'static, LotrinhApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

#[test]
fn points_by_hand_and_an_explanation_are_kept_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Lang::Vi, dir.path(), Vec::new());
    let texts = Lang::Vi.texts().scoring;
    assert_eq!(total(&harness), 28_879);
    harness.get_by_label("288,79 / 1.000");
    harness.get_by_label("0,2888");

    type_into(&mut harness, &(texts.points_of)(MANUAL), "35");
    assert_eq!(total(&harness), 28_879 + 3_500, "35 points by hand");
    harness.get_by_label("323,79 / 1.000");

    let explanation = "Đã ban hành ngày 15/01/2025";
    type_into(
        &mut harness,
        &(texts.explanation_of)(PLAN_CRITERION),
        explanation,
    );
    let project = &harness.state().state.document().unwrap().project;
    let entry = project.assessment_entry("annual_plan", 2025).unwrap();
    assert_eq!(entry.explanation, explanation);

    undo(&mut harness);
    let project = &harness.state().state.document().unwrap().project;
    assert!(
        project.assessment_entry("annual_plan", 2025).is_none(),
        "the explanation undone"
    );
    undo(&mut harness);
    assert_eq!(total(&harness), 28_879, "the points undone");
}

#[test]
fn points_above_the_maximum_are_refused_under_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Lang::Vi, dir.path(), Vec::new());
    let texts = Lang::Vi.texts().scoring;
    type_into(&mut harness, &(texts.points_of)(MANUAL), "55");
    assert_eq!(total(&harness), 28_879, "nothing changed");
    harness.get_by_label(&(texts.points_out_of_range)("40"));
}

#[test]
fn an_index_file_is_opened_and_a_bad_one_refused_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("tinh.ron");
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/indices/xa-de-xuat.ron"),
    )
    .unwrap();
    std::fs::write(
        &good,
        source.replace("max_points: 1000.0", "max_points: 1200.0"),
    )
    .unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, source.replace("rule: Manual", "rule: Bonus")).unwrap();
    let answers = vec![DialogOutcome::Picked(bad), DialogOutcome::Picked(good)];
    let mut harness = harness(Lang::En, dir.path(), answers);
    let texts = Lang::En.texts().scoring;
    harness.get_by_label("288.79 / 1,000");
    harness.get_by_label(&(texts.points_of)(MANUAL_EN));

    harness.get_by_label(texts.open_index).click();
    harness.run();
    let shown = match harness.state().state.modal() {
        Some(Modal::Error(message)) => message.clone(),
        other => panic!("no error shown: {other:?}"),
    };
    assert!(shown.contains("rule “Bonus”"), "{shown}");
    assert_eq!(
        harness.state().state.scoring().index_path,
        None,
        "the bundled index kept"
    );
    harness.key_press(Key::Escape);
    harness.run();

    harness.get_by_label(texts.open_index).click();
    harness.run();
    let project = &harness.state().state.document().unwrap().project;
    assert_eq!(
        project.score_index.as_ref().map(|i| i.max_points),
        Some(1200.0),
        "the plan keeps the index opened for it"
    );
    assert!(harness.state().state.scoring().from_plan);
    harness.get_by_label("288.79 / 1,200");
    let card = harness.state().state.scoring().card.clone().unwrap();
    assert!(
        card.warnings
            .iter()
            .any(|w| w.message(Lang::En).contains("not the index's total")),
        "{:?}",
        card.warnings
    );
}

#[test]
fn the_form_is_exported_from_the_tab() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("phieu.pdf");
    let xlsx = dir.path().join("phieu.xlsx");
    let answers = vec![
        DialogOutcome::Picked(pdf.clone()),
        DialogOutcome::Picked(xlsx.clone()),
    ];
    let mut harness = harness(Lang::Vi, dir.path(), answers);
    let texts = Lang::Vi.texts().scoring;
    harness.get_by_label(texts.export_pdf).click();
    harness.run();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    harness.get_by_label(texts.export_xlsx).click();
    harness.run();
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let toasts = harness.state().state.toasts();
    assert!(
        toasts.iter().any(|t| t.text.contains("phieu.xlsx")),
        "{toasts:?}"
    );
}
