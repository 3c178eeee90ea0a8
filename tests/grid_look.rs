//! The period grid as the clerk sees it at 1366×768, in both themes: every input box is drawn as
//! a box on every row, striped or not (issue 9: on the light theme's striped rows the boxes had no
//! visible frame or fill until focused). Checked on the rendered pixels, plus a snapshot.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lotrinh::LotrinhApp;
use lotrinh::app::{Action, Tab};
use lotrinh::i18n::Lang;

fn grid(dark: bool, lang: Lang) -> (tempfile::TempDir, Harness<'static, LotrinhApp>) {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let file = Some(common::example("xa-demo.ron"));
    let mut harness = common::app_harness([1366.0, 768.0], dir.path(), file, Vec::new(), today);
    let state = &mut harness.state_mut().state;
    state.handle(Action::SetDark(dark));
    state.handle(Action::SetLang(lang));
    state.handle(Action::ShowTab(Tab::Entry));
    harness.run();
    (dir, harness)
}

fn luminance(image: &image::RgbaImage, x: f32, y: f32) -> f32 {
    let pixel = image.get_pixel(x as u32, y as u32).0;
    0.299 * f32::from(pixel[0]) + 0.587 * f32::from(pixel[1]) + 0.114 * f32::from(pixel[2])
}

/// The weakest contrast, over the boxes of the first twelve rows, between a box's outline and
/// the row just outside it.
fn weakest_box_contrast(harness: &mut Harness<'static, LotrinhApp>, lang: Lang) -> (f32, String) {
    let texts = lang.texts();
    let image = harness.render().unwrap();
    let mut weakest = (f32::INFINITY, String::new());
    for row in 2..=12 {
        for column in [
            texts.entry_new_value,
            texts.col_numerator,
            texts.col_denominator,
            texts.col_evidence,
            texts.col_source,
            texts.col_note,
        ] {
            let name = (texts.cell_name)(column, row);
            let rect = harness.get_by_label(&name).rect();
            if rect.right() > 1360.0 {
                continue;
            }
            let y = rect.center().y;
            let edge = luminance(&image, rect.left() + 0.5, y);
            let outside = luminance(&image, rect.left() - 2.5, y);
            let contrast = (edge - outside).abs();
            if contrast < weakest.0 {
                weakest = (contrast, name);
            }
        }
    }
    weakest
}

#[test]
fn every_box_of_the_grid_shows_on_every_row_in_both_themes() {
    for dark in [false, true] {
        let (_dir, mut harness) = grid(dark, Lang::Vi);
        let (contrast, cell) = weakest_box_contrast(&mut harness, Lang::Vi);
        assert!(
            contrast >= 40.0,
            "dark {dark}: the box of {cell} hardly shows (contrast {contrast:.0} of 255)"
        );
    }
}

#[test]
fn snapshot_of_the_grid_at_1366_by_768() {
    let (_dir, mut harness) = grid(false, Lang::Vi);
    harness.snapshot("entry_grid_1366");
}

#[test]
fn snapshot_of_the_grid_in_the_dark_theme_in_english() {
    let (_dir, mut harness) = grid(true, Lang::En);
    harness.snapshot("entry_grid_1366_dark_en");
}
