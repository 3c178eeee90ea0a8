//! The reporting-period grid driven through the real app: type three values with Enter between
//! them, paste a column, apply as one change, see the statuses change, undo in one step.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::Tab;
use lotrinh::i18n::{Lang, Texts};
use lotrinh::progress::Status;

fn harness(data_dir: &Path) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    common::app_harness([1366.0, 900.0], data_dir, file, Vec::new(), today)
}

fn value_on(
    harness: &Harness<'static, LotrinhApp>,
    indicator_id: &str,
    date: NaiveDate,
) -> Option<f64> {
    let project = &harness.state().state.document()?.project;
    project
        .indicator(indicator_id)?
        .measurements
        .iter()
        .find(|m| m.date == date)
        .map(|m| m.value)
}

fn vi() -> &'static Texts {
    Lang::Vi.texts()
}

/// The accessible name of the new value of row `row` of the grid.
fn new_value_cell(row: usize) -> String {
    (vi().cell_name)(vi().entry_new_value, row)
}

#[test]
fn a_quarter_is_typed_pasted_applied_and_undone_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run();
    let end_of_year = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let before = harness.state().state.document().unwrap().project.clone();
    harness.get_by_label(vi().entry_tab).click();
    harness.run();
    assert_eq!(harness.state().state.tab(), Tab::Entry);
    assert!(
        harness
            .query_by_label(&(vi().entry_missing)(23, 23, "31/12/2025"))
            .is_some()
    );

    harness.get_by_label(&new_value_cell(1)).click();
    harness.run();
    for value in ["13", "100", "85,5"] {
        harness.key_press(Key::Backspace);
        for character in value.chars() {
            harness.event(egui::Event::Text(character.to_string()));
        }
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
        harness.run();
    }
    // The fourth row has the focus now: paste a column of three values, one unreadable.
    harness.event(egui::Event::Paste("82,5\nkhông rõ\n70\n".to_owned()));
    harness.run();
    let draft = &harness.state().view.entry;
    assert_eq!(draft.rows["adult_smartphone_pct"].cells[0], "82,5");
    assert_eq!(
        draft.rows["village_loudspeaker_system"].cells[0], "",
        "unreadable cells stay empty"
    );
    assert!(
        draft.rows["village_loudspeaker_system"].unreadable[0],
        "and are marked"
    );
    assert_eq!(draft.rows["community_wifi_pct"].cells[0], "70");
    assert!(
        harness
            .query_by_label(&(vi().entry_missing)(18, 23, "31/12/2025"))
            .is_some(),
        "five rows filled"
    );

    harness
        .get_by_label_contains(&(vi().entry_apply_count)(vi().entry_apply, 5))
        .click();
    harness.run();
    assert_eq!(
        value_on(&harness, "community_digital_teams_count", end_of_year),
        Some(13.0)
    );
    assert_eq!(
        value_on(&harness, "fibre_households_pct", end_of_year),
        Some(85.5)
    );
    assert_eq!(
        value_on(&harness, "community_wifi_pct", end_of_year),
        Some(70.0)
    );
    let document = harness.state().state.document().unwrap();
    assert_eq!(
        document.project.as_of, end_of_year,
        "the reporting date moved to the period's end"
    );
    let smartphones = document
        .project
        .indicators
        .iter()
        .position(|i| i.id == "adult_smartphone_pct")
        .unwrap();
    assert_eq!(
        document.summary.indicators[smartphones].status,
        Status::Achieved,
        "82,5 % meets the 2025 target of 80 %"
    );
    harness.get_by_label(vi().dashboard_tab).click();
    harness.run();
    assert_eq!(
        harness.state().state.tab(),
        Tab::Dashboard,
        "nothing left unapplied: no question"
    );
    let before_status = lotrinh::progress::evaluate(
        before.indicator("adult_smartphone_pct").unwrap(),
        before.as_of,
    )
    .status;
    assert_eq!(
        before_status,
        Status::OnTrack,
        "it was only on track before"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().state.document().unwrap().project,
        before,
        "one undo step takes it all back"
    );
}

#[test]
fn leaving_the_grid_with_values_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run();
    harness.get_by_label(vi().entry_tab).click();
    harness.run();
    harness.get_by_label(&new_value_cell(2)).click();
    harness.run();
    harness.event(egui::Event::Text("55".to_owned()));
    harness.run();
    harness.get_by_label(vi().dashboard_tab).click();
    harness.run();
    assert!(harness.query_by_label(vi().entry_leave_title).is_some());
    harness.get_by_label(vi().entry_stay).click();
    harness.run();
    assert_eq!(harness.state().state.tab(), Tab::Entry);
    assert_eq!(
        harness.state().view.entry.rows["staff_digital_skills_trained_pct"].cells[0],
        "55"
    );
}

#[test]
fn the_grid_works_without_the_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.run();
    assert_eq!(harness.state().state.tab(), Tab::Entry);
    assert_eq!(
        harness.state().view.entry.focused,
        Some((0, 0)),
        "the first value has the focus"
    );
    harness.event(egui::Event::Text("14".to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(
        harness.state().view.entry.focused,
        Some((1, 0)),
        "Enter moves down the column"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    let end_of_year = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    assert_eq!(
        value_on(&harness, "community_digital_teams_count", end_of_year),
        Some(14.0)
    );
}
