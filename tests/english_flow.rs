#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The whole main path in English, driven by the English labels: create a plan, enter a period's
//! values, save, export a report — first into a folder that does not exist, whose error must be
//! in English (it once came in Vietnamese whatever the language), then for real — and open the
//! shortcuts panel and the guide.

mod common;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{DialogOutcome, Modal, Tab};
use lotrinh::i18n::{Lang, Texts, format_date, format_number};

fn en() -> &'static Texts {
    Lang::En.texts()
}

fn type_into(harness: &mut Harness<'static, LotrinhApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn menu(harness: &mut Harness<'static, LotrinhApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    // Menu items with keys read "Label Ctrl+…".
    harness.get_by_label_contains(item).click();
    harness.run();
}

#[test]
fn the_main_path_in_english_with_an_export_error_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("phong-dien.ron");
    let nowhere = dir.path().join("no-such-folder").join("report.pdf");
    let report = dir.path().join("report.pdf");
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let answers = vec![
        DialogOutcome::Picked(plan.clone()),
        DialogOutcome::Picked(nowhere.clone()),
        DialogOutcome::Picked(report.clone()),
    ];
    let mut harness = common::app_harness([1366.0, 900.0], dir.path(), None, answers, today);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, en().language_name)
        .click();
    harness.run();

    // Create a plan.
    type_into(&mut harness, en().unit_name, "Phong Dien Commune");
    harness
        .get_by_role_and_label(Role::Button, en().create_button)
        .click();
    harness.run();
    assert!(harness.state().state.document().is_some(), "plan created");

    // Enter a period: the second indicator of the commune catalogue is a percentage.
    harness.get_by_label(en().entry_tab).click();
    harness.run();
    assert_eq!(harness.state().state.tab(), Tab::Entry);
    harness
        .get_by_label(&(en().cell_name)(en().entry_new_value, 2))
        .click();
    harness.run();
    harness.event(egui::Event::Text("62.5".to_owned()));
    harness.run();
    harness
        .get_by_label_contains(&(en().entry_apply_count)(en().entry_apply, 1))
        .click();
    harness.run();
    // The fourth quarter ends after today: the grid asks before moving the reporting date.
    let as_of = harness.state().state.document().unwrap().project.as_of;
    harness
        .get_by_label(&(en().safety.future_keep)(&format_date(as_of)))
        .click();
    harness.run();
    let document = harness.state().state.document().unwrap();
    let indicator = &document.project.indicators[1];
    assert_eq!(
        indicator.measurements.last().map(|m| m.value),
        Some(62.5),
        "62.5 read the English way"
    );

    // Save.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(plan.exists());
    assert!(
        harness
            .query_by_label(&(en().saved)("phong-dien.ron"))
            .is_some()
    );

    // Export into a folder that does not exist: the error is in English.
    menu(&mut harness, en().menu_file, en().export_pdf);
    let expected =
        (en().errors.save_write)(&nowhere.display().to_string(), en().errors.io_not_found);
    assert!(harness.query_by_label(en().error_title).is_some());
    assert!(
        harness.query_by_label(&expected).is_some(),
        "expected {expected:?}, shown {:?}",
        harness.state().state.modal()
    );
    let Some(Modal::Error(shown)) = harness.state().state.modal() else {
        panic!("an error window");
    };
    let vietnamese = Lang::Vi.texts().errors;
    assert!(
        !shown.contains(vietnamese.io_not_found) && !shown.contains("Không"),
        "nothing Vietnamese in the English window: {shown}"
    );
    harness.get_by_role_and_label(Role::Button, en().ok).click();
    harness.run();
    assert!(!nowhere.exists());

    // Export for real.
    menu(&mut harness, en().menu_file, en().export_pdf);
    assert!(std::fs::read(&report).unwrap().starts_with(b"%PDF"));
    assert!(
        harness
            .query_by_label(&(en().report_written)(&report.display().to_string()))
            .is_some()
    );
    assert!(
        format_number(62.5, 1, Lang::En) == "62.5",
        "numbers as English writes them"
    );
}

#[test]
fn the_shortcuts_panel_and_the_guide_open_from_help_and_f1() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    let mut harness = common::app_harness([1366.0, 900.0], dir.path(), file, Vec::new(), today);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, en().language_name)
        .click();
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    assert!(matches!(
        harness.state().state.modal(),
        Some(Modal::Shortcuts)
    ));
    let words = en().commands;
    for label in [
        words.shortcuts_title,
        words.scope_period_grid,
        words.apply_entry,
        words.delete_measurement,
        en().present,
        words.stop_presentation,
    ] {
        assert!(
            harness.query_all_by_label_contains(label).next().is_some(),
            "{label}"
        );
    }
    harness
        .get_by_role_and_label(Role::Button, en().close)
        .click();
    harness.run();
    assert!(harness.state().state.modal().is_none());
    menu(&mut harness, en().menu_help, words.guide);
    assert!(matches!(harness.state().state.modal(), Some(Modal::Guide)));
    assert!(
        harness.query_by_label(&guide_title(Lang::En)).is_some(),
        "the guide's title"
    );
    // The Vietnamese guide draws too (every glyph in the fonts).
    harness
        .get_by_role_and_label(Role::Button, en().close)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, Lang::Vi.texts().language_name)
        .click();
    harness.run();
    menu(
        &mut harness,
        Lang::Vi.texts().menu_help,
        Lang::Vi.texts().commands.guide,
    );
    assert!(harness.query_by_label(&guide_title(Lang::Vi)).is_some());
}

fn guide_title(lang: Lang) -> String {
    let blocks = lotrinh::i18n::guide(lang);
    match blocks.first() {
        Some(lotrinh::i18n::GuideBlock::Heading(1, title)) => title.clone(),
        other => panic!("the guide starts with its title: {other:?}"),
    }
}
