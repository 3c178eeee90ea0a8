//! The roll forward in the real window, driven by its labels: Tệp → "Lập kế hoạch giai đoạn mới…"
//! on the 2025 review, the preview (baselines, a met target raised), Create, the yearly steps
//! filled in the editor and undone with Ctrl+Z, the new plan saved under its suggested name and
//! read back; and in English from the start screen, a file chosen, steps by growth rate.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{DialogOutcome, Modal};
use lotrinh::i18n::Lang;
use lotrinh::model::{Baseline, Project};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
}

fn reviewed_copy(dir: &Path) -> PathBuf {
    let plan = dir.join("xa-tong-ket-2025.ron");
    std::fs::copy(common::example("xa-tong-ket-2025.ron"), &plan).unwrap();
    plan
}

fn project(harness: &Harness<'static, LotrinhApp>) -> Project {
    harness.state().state.document().unwrap().project.clone()
}

fn target_years(project: &Project, indicator_id: &str) -> Vec<i32> {
    let mut years: Vec<i32> = project
        .indicator(indicator_id)
        .unwrap()
        .targets
        .iter()
        .map(|t| t.year)
        .collect();
    years.sort_unstable();
    years
}

/// Finds the indicator with the search field (by its id) and opens it from the list.
fn select(harness: &mut Harness<'static, LotrinhApp>, indicator_id: &str, lang: Lang) {
    let name = {
        let project = project(harness);
        let indicator = project.indicator(indicator_id).unwrap();
        lotrinh::i18n::indicator_name(indicator, lang).to_owned()
    };
    let search = lang.texts().search;
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .type_text(indicator_id);
    harness.run();
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run();
}

fn choose(harness: &mut Harness<'static, LotrinhApp>, combo: &str, option: &str) {
    harness
        .get_by_role_and_label(Role::ComboBox, combo)
        .click_accesskit();
    harness.run();
    harness.get_by_label(option).click_accesskit();
    harness.run();
}

#[test]
fn the_2025_review_rolls_forward_through_the_preview_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let source = reviewed_copy(dir.path());
    let saved = dir.path().join("xa-ke-hoach-2026-2030.ron");
    let answers = vec![DialogOutcome::Picked(saved.clone())];
    // Tall enough that the whole indicator editor is on screen without scrolling.
    let mut harness = common::app_harness(
        [1366.0, 2000.0],
        dir.path(),
        Some(source.clone()),
        answers,
        today(),
    );
    harness.run();
    let vi = Lang::Vi.texts();
    let planning = vi.planning;
    harness.get_by_label(vi.menu_file).click();
    harness.run();
    harness.get_by_label(planning.roll_forward).click();
    harness.run();
    assert!(matches!(
        harness.state().state.modal(),
        Some(Modal::RollForward(_))
    ));
    // The preview: a baseline taken on 31/12/2025 and the met news target offered at 30.
    harness.get_by_label("30 (31/12/2025)");
    harness.get_by_label(&(planning.raise_of)(2030, "24"));
    // The preview is a modal window over the main one: its buttons are pressed through
    // accesskit, as a screen reader would (kittest's pointer clicks land on the backdrop there).
    harness.get_by_label(planning.create).click_accesskit();
    harness.run();
    let rolled = project(&harness);
    assert_eq!(rolled.predecessor.as_deref(), Some("xa-tong-ket-2025.ron"));
    assert!(rolled.indicators.iter().all(|i| i.measurements.is_empty()));
    let fibre = rolled.indicator("fibre_households_pct").unwrap();
    assert_eq!(
        fibre.baseline,
        Some(Baseline {
            date: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            value: 86.0
        })
    );
    let news = rolled.indicator("dx_news_items_per_year").unwrap();
    assert_eq!(news.target_for_year(2030).unwrap().value, 30.0);
    assert_eq!(target_years(&rolled, "fibre_households_pct"), [2030]);
    let document = harness.state().state.document().unwrap();
    assert!(document.path.is_none() && !document.is_saved());
    std::fs::metadata(&source).unwrap();
    assert_eq!(
        std::fs::read_to_string(&source).unwrap(),
        std::fs::read_to_string(common::example("xa-tong-ket-2025.ron")).unwrap(),
        "the reviewed file is not touched"
    );

    let stepped = fill_and_undo(&mut harness);

    // Saved under the name asked for, and read back as it is on screen.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let loaded = lotrinh::storage::load(&saved).unwrap().project;
    assert_eq!(loaded, stepped);
    assert!(harness.state().state.document().unwrap().is_saved());

    type_a_backwards_target(&mut harness);
}

#[test]
fn from_the_start_screen_in_english_with_steps_by_growth_rate() {
    let dir = tempfile::tempdir().unwrap();
    let source = reviewed_copy(dir.path());
    let answers = vec![DialogOutcome::Picked(source)];
    let mut harness = common::app_harness([1366.0, 900.0], dir.path(), None, answers, today());
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    let planning = Lang::En.texts().planning;
    harness.get_by_label(planning.roll_forward).click();
    harness.run();
    harness.get_by_label(&(planning.roll_intro)("xa-tong-ket-2025.ron", "31/12/2025"));
    choose(&mut harness, planning.steps_choice, planning.methods[1]);
    // The met news target is kept as it is this time.
    harness
        .get_by_label(&(planning.raise_of)(2030, "24"))
        .click_accesskit();
    harness.run();
    harness.get_by_label(planning.create).click_accesskit();
    harness.run();
    let rolled = project(&harness);
    assert_eq!(rolled.as_of, today());
    assert_eq!(
        rolled
            .indicator("dx_news_items_per_year")
            .unwrap()
            .target_for_year(2030)
            .unwrap()
            .value,
        24.0
    );
    let fibre = rolled.indicator("fibre_households_pct").unwrap();
    let values: Vec<f64> = fibre.sorted_targets().iter().map(|t| t.value).collect();
    assert_eq!(values, [88.6, 91.3, 94.1, 97.0, 100.0]);
    assert!(
        fibre.targets[0]
            .source
            .contains("the same growth rate each year")
    );
    assert!(rolled.title.contains("2026–2030"), "{}", rolled.title);
    assert_eq!(
        lotrinh::app::suggested_file_name(&rolled),
        "xa-ke-hoach-2026-2030.ron"
    );
    let toast = &harness.state().state.toasts().last().unwrap().text;
    assert_eq!(toast, &(planning.created)(2026, 2030, 0));
}

/// Yearly steps filled in the editor for the fibre indicator, undone and redone as one step; the
/// plan with the steps.
fn fill_and_undo(harness: &mut Harness<'static, LotrinhApp>) -> Project {
    let planning = Lang::Vi.texts().planning;
    // Yearly steps in the editor, one undo step.
    select(harness, "fibre_households_pct", Lang::Vi);
    harness
        .get_by_label(&(planning.fill_years)(2026, 2029))
        .click();
    harness.run();
    let stepped = project(harness);
    assert_eq!(
        target_years(&stepped, "fibre_households_pct"),
        [2026, 2027, 2028, 2029, 2030]
    );
    let values: Vec<f64> = stepped
        .indicator("fibre_households_pct")
        .unwrap()
        .sorted_targets()
        .iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(values, [88.8, 91.6, 94.4, 97.2, 100.0]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        target_years(&project(harness), "fibre_households_pct"),
        [2030]
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(project(harness), stepped);

    stepped
}

/// A clerk types a 2028 target below 2027's: the roadmap's warning shows under the targets.
fn type_a_backwards_target(harness: &mut Harness<'static, LotrinhApp>) {
    let vi = Lang::Vi.texts();
    let field = (vi.target_value_name)(2028);
    harness
        .get_by_role_and_label(Role::TextInput, &field)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, &field)
        .type_text("80");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Chỉ tiêu năm 2028 (80%) thụt lùi so với năm 2027 (91,6%).");
}
