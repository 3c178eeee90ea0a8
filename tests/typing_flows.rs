//! Fast typing through the real app: keys typed right after Enter, ↓ or Tab — in the very next
//! frame, or in the same frame as the Enter, as happens on a slow machine — all land in the next
//! cell, in the period grid, the measurements table and the new-plan form.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::i18n::Lang;

fn harness(data_dir: &Path, file: Option<std::path::PathBuf>) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    common::app_harness([1366.0, 768.0], data_dir, file, Vec::new(), today)
}

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

fn key_up(key: Key) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: false,
        repeat: false,
        modifiers: Modifiers::NONE,
    }
}

/// What a keyboard sends for `text`: a text event per character; Enter ("\n"), Tab ("\t"), ↓, ↑,
/// Esc ("⎋") and Shift+Tab ("⇤") as key presses.
fn typed(text: &str) -> Vec<Event> {
    let mut events = Vec::new();
    for c in text.chars() {
        match c {
            '\n' => events.extend([key(Key::Enter, Modifiers::NONE), key_up(Key::Enter)]),
            '\t' => events.extend([key(Key::Tab, Modifiers::NONE), key_up(Key::Tab)]),
            '↓' => events.extend([key(Key::ArrowDown, Modifiers::NONE), key_up(Key::ArrowDown)]),
            '↑' => events.extend([key(Key::ArrowUp, Modifiers::NONE), key_up(Key::ArrowUp)]),
            '⎋' => events.extend([key(Key::Escape, Modifiers::NONE), key_up(Key::Escape)]),
            '⇤' => events.push(key(Key::Tab, Modifiers::SHIFT)),
            c => events.push(Event::Text(c.to_string())),
        }
    }
    events
}

/// Puts `events` into ONE frame and runs exactly that frame.
fn one_frame(harness: &mut Harness<'static, LotrinhApp>, events: Vec<Event>) {
    harness.input_mut().events.extend(events);
    harness.step();
}

fn grid_cell(harness: &Harness<'static, LotrinhApp>, indicator_id: &str) -> String {
    harness
        .state()
        .view
        .entry
        .rows
        .get(indicator_id)
        .map(|r| r.cells[0].clone())
        .unwrap_or_default()
}

fn open_grid(harness: &mut Harness<'static, LotrinhApp>) {
    harness.run();
    harness.get_by_label(Lang::Vi.texts().entry_tab).click();
    harness.run();
    harness.get_by_label("Giá trị mới dòng 1").focus();
    harness.run();
}

/// Runs the frames that give the kept keys to the next cells (one frame per Enter or Tab).
fn settle(harness: &mut Harness<'static, LotrinhApp>) {
    harness.run_steps(80);
}

#[test]
fn grid_keys_in_the_very_next_frame_after_enter_land_in_the_next_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    open_grid(&mut harness);
    one_frame(&mut harness, typed("12"));
    one_frame(&mut harness, typed("\n"));
    one_frame(&mut harness, typed("34"));
    one_frame(&mut harness, typed("\n"));
    one_frame(&mut harness, typed("56"));
    harness.run();
    assert_eq!(grid_cell(&harness, "community_digital_teams_count"), "12");
    assert_eq!(
        grid_cell(&harness, "staff_digital_skills_trained_pct"),
        "34"
    );
    assert_eq!(grid_cell(&harness, "fibre_households_pct"), "56");
}

#[test]
fn grid_a_column_typed_in_one_frame_arrives_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    open_grid(&mut harness);
    // Everything in one frame, ↓ and Tab too, as xdotool types it into a busy window.
    one_frame(&mut harness, typed("12\n34↓56\n7\tab\n"));
    settle(&mut harness);
    let ids = [
        "community_digital_teams_count",
        "staff_digital_skills_trained_pct",
        "fibre_households_pct",
        "adult_smartphone_pct",
    ];
    let values: Vec<String> = ids.iter().map(|id| grid_cell(&harness, id)).collect();
    assert_eq!(values, ["12", "34", "56", "7"]);
    let smartphones = &harness.state().view.entry.rows["adult_smartphone_pct"];
    assert_eq!(smartphones.cells[1], "ab", "Tab went to the numerator");
    assert_eq!(
        harness.state().view.entry.focused,
        Some((4, 1)),
        "Enter went down the numerator column"
    );
}

#[test]
fn grid_a_column_longer_than_the_screen_scrolls_and_keeps_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    open_grid(&mut harness);
    let count = harness
        .state()
        .state
        .document()
        .as_ref()
        .unwrap()
        .project
        .indicators
        .len();
    let mut text = String::new();
    for row in 0..count {
        text.push_str(&format!("{}\n", 10 + row));
    }
    one_frame(&mut harness, typed(&text));
    settle(&mut harness);
    let project = &harness.state().state.document().unwrap().project;
    for (row, indicator) in project.indicators.iter().enumerate() {
        // A yes/no row keeps "14" as typed too (and refuses it, see grid_rules_flows).
        let expected = format!("{}", 10 + row);
        assert_eq!(grid_cell(&harness, &indicator.id), expected, "row {row}");
    }
}

#[test]
fn measurements_keys_in_the_very_next_frame_after_enter_land_in_the_next_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    harness.run();
    harness.get_by_label(Lang::Vi.texts().indicator_tab).click();
    harness.run();
    harness.get_by_label("Giá trị dòng 1").focus();
    harness.run();
    // The cells hold the old values: select them (Ctrl+A) before typing over them.
    let select_all = key(Key::A, Modifiers::COMMAND);
    let mut row_one = vec![select_all.clone()];
    row_one.extend(typed("7"));
    one_frame(&mut harness, row_one);
    one_frame(&mut harness, typed("\n"));
    let mut row_two = vec![select_all];
    row_two.extend(typed("8"));
    one_frame(&mut harness, row_two);
    one_frame(&mut harness, typed("\n"));
    harness.run();
    let project = &harness.state().state.document().unwrap().project;
    let values: Vec<f64> = project.indicators[0]
        .measurements
        .iter()
        .take(2)
        .map(|m| m.value)
        .collect();
    assert_eq!(values, [7.0, 8.0]);
}

#[test]
fn measurements_a_column_typed_in_one_frame_arrives_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    harness.run();
    harness.get_by_label(Lang::Vi.texts().indicator_tab).click();
    harness.run();
    harness.get_by_label("Ghi chú dòng 1").focus();
    harness.run();
    one_frame(&mut harness, typed("a\nb\nc\n"));
    settle(&mut harness);
    let project = &harness.state().state.document().unwrap().project;
    let notes: Vec<&str> = project.indicators[0]
        .measurements
        .iter()
        .take(3)
        .map(|m| m.note.as_str())
        .collect();
    assert_eq!(notes, ["a", "b", "c"]);
}

#[test]
fn new_plan_form_keys_after_tab_land_in_the_next_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    let texts = Lang::Vi.texts();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, texts.unit_name)
        .focus();
    harness.run();
    one_frame(&mut harness, typed("Xã Hòa\tCần Thơ"));
    settle(&mut harness);
    let form = &harness.state().view.new_plan;
    assert_eq!(form.name, "Xã Hòa");
    assert_eq!(form.province, "Cần Thơ");
}

#[test]
fn english_grid_keeps_every_key_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    harness
        .state_mut()
        .state
        .handle(lotrinh::app::Action::SetLang(Lang::En));
    harness.run();
    let texts = Lang::En.texts();
    harness.get_by_label(texts.entry_tab).click();
    harness.run();
    let first = (texts.cell_name)(texts.entry_new_value, 1);
    harness.get_by_label(&first).focus();
    harness.run();
    one_frame(&mut harness, typed("12.5\n34\n"));
    settle(&mut harness);
    assert_eq!(grid_cell(&harness, "community_digital_teams_count"), "12.5");
    assert_eq!(
        grid_cell(&harness, "staff_digital_skills_trained_pct"),
        "34"
    );
}

#[test]
fn grid_up_and_esc_in_one_frame_restore_the_cell_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), Some(common::example("xa-demo.ron")));
    open_grid(&mut harness);
    // Row 1 gets 12, row 2 gets 34; back up to row 1, type 9 by mistake, Esc.
    one_frame(&mut harness, typed("12\n34↑9⎋"));
    settle(&mut harness);
    assert_eq!(grid_cell(&harness, "community_digital_teams_count"), "12");
    assert_eq!(
        grid_cell(&harness, "staff_digital_skills_trained_pct"),
        "34"
    );
}

#[test]
fn new_plan_form_keys_after_shift_tab_land_in_the_field_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    let texts = Lang::Vi.texts();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, texts.province)
        .focus();
    harness.run();
    one_frame(&mut harness, typed("Huế⇤Xã Phú Vang"));
    settle(&mut harness);
    let form = &harness.state().view.new_plan;
    assert_eq!(form.province, "Huế");
    assert_eq!(form.name, "Xã Phú Vang");
}
