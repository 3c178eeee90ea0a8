//! The dashboard, presentation mode and chart export, driven through the real app with kittest.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, ChartTarget, DialogOutcome, Tab};
use lotrinh::i18n::{Lang, Texts};

fn example() -> PathBuf {
    common::example("xa-demo.ron")
}

fn harness(
    size: [f32; 2],
    data_dir: &Path,
    answers: Vec<DialogOutcome>,
) -> Harness<'static, LotrinhApp> {
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    common::app_harness(size, data_dir, Some(example()), answers, today)
}

fn click_at(harness: &mut Harness<'static, LotrinhApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.drag_at(pos);
    harness.drop_at(pos);
    harness.run();
}

fn vi() -> &'static Texts {
    Lang::Vi.texts()
}

#[test]
fn clicking_a_bar_opens_that_indicator() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness([1366.0, 2000.0], dir.path(), Vec::new());
    harness.run();
    assert_eq!(
        harness.state().state.tab(),
        Tab::Dashboard,
        "a plan opens on its dashboard"
    );
    assert!(harness.query_by_label(vi().most_behind_title).is_some());
    let rect: Rect = harness
        .ctx
        .data(|d| d.get_temp(lotrinh::ui::chart_rect_id("overview_data:dashboard")))
        .expect("the overview was drawn");
    let bars = harness
        .state()
        .state
        .document()
        .unwrap()
        .charts
        .overview
        .bars
        .clone();
    let count = bars.len() as f32;
    // Bars sit at values count … 1 on a 0,3 … count + 0,7 axis: pick the third one from the top.
    let value = count - 2.0;
    let y = rect.top() + rect.height() * ((count + 0.7 - value) / (count + 0.4));
    let x = rect.left() + rect.width() * 0.1;
    click_at(&mut harness, egui::pos2(x, y));
    assert_eq!(harness.state().state.tab(), Tab::Indicator);
    assert_eq!(
        harness.state().state.selected(),
        Some(bars[2].indicator_id.as_str())
    );
}

#[test]
fn presentation_steps_through_the_slides() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness([1024.0, 768.0], dir.path(), Vec::new());
    harness.run();
    // Full screen itself is applied by the window manager, which kittest does not have: it was
    // checked in a real window under Xvfb with openbox.
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().state.presentation(), Some(0));
    let unit = harness
        .state()
        .state
        .document()
        .unwrap()
        .project
        .unit
        .name
        .clone();
    assert!(
        harness.query_all_by_label(&unit).count() >= 2,
        "the title slide and the footer"
    );
    assert!(
        harness.query_by_label(vi().add_indicator).is_none(),
        "no editing controls"
    );
    let total = lotrinh::ui::presentation::slides(harness.state().state.document().unwrap()).len();
    assert!(
        total >= 2 + 4 + 8,
        "title, dashboard, pillars and the indicators needing attention: {total}"
    );
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press(Key::PageDown);
    harness.run();
    assert_eq!(harness.state().state.presentation(), Some(2));
    assert!(harness.query_by_label(&format!("3 / {total}")).is_some());
    harness.key_press(Key::End);
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("{total} / {total}"))
            .is_some()
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.presentation(), None);
    assert!(harness.query_by_label(vi().add_indicator).is_some());
}

#[test]
fn a_chart_is_saved_as_png_at_twice_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("dien-bien.png");
    let mut harness = harness(
        [1366.0, 900.0],
        dir.path(),
        vec![DialogOutcome::Picked(target.clone())],
    );
    harness.run();
    let rect: Rect = lotrinh::ui::last_chart_rect(&harness.ctx, &ChartTarget::Overview).unwrap();
    harness.get_by_label(vi().menu_file).click();
    harness.run();
    harness.get_by_label(vi().export_chart).click();
    for _ in 0..6 {
        harness.step();
    }
    let toasts: Vec<String> = harness
        .state()
        .state
        .toasts()
        .iter()
        .map(|t| t.text.clone())
        .collect();
    assert!(target.exists(), "the PNG was written {toasts:?}");
    let image = image::open(&target).unwrap();
    let expected_width = (rect.width() + 12.0) * 2.0;
    assert!(
        (image.width() as f32 - expected_width).abs() <= 4.0,
        "{} vs {expected_width}",
        image.width()
    );
    assert!(
        harness
            .query_by_label(&(vi().chart_saved)(&target.display().to_string()))
            .is_some()
    );
}

#[test]
fn a_chart_not_on_screen_is_not_saved_and_the_toast_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("overview.png");
    let mut harness = harness(
        [1366.0, 900.0],
        dir.path(),
        vec![DialogOutcome::Picked(target.clone())],
    );
    harness.run();
    harness.get_by_label(vi().entry_tab).click();
    harness.run();
    assert_eq!(harness.state().state.tab(), Tab::Entry);
    // The dashboard's chart was drawn before: its old place must not be captured.
    assert!(lotrinh::ui::last_chart_rect(&harness.ctx, &ChartTarget::Overview).is_some());
    harness
        .state_mut()
        .state
        .handle(Action::ExportChart(ChartTarget::Overview));
    for _ in 0..4 {
        harness.step();
    }
    assert!(!target.exists(), "nothing written");
    let errors = vi().errors;
    let expected = (errors.chart_not_saved)(errors.chart_not_shown);
    assert!(
        harness.query_by_label(&expected).is_some(),
        "{:?}",
        harness.state().state.toasts()
    );
}

#[test]
fn snapshot_of_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness([1366.0, 768.0], dir.path(), Vec::new());
    harness.run();
    harness.get_by_label(vi().dashboard_tab).click();
    harness.run();
    harness.snapshot("dashboard_xa_demo");
}

#[test]
fn snapshot_of_a_presentation_slide() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness([1024.0, 768.0], dir.path(), Vec::new());
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.snapshot("slide_dashboard_1024");
}
