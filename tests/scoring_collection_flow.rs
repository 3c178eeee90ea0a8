#![cfg(feature = "reports")]
//! The collection's "Xếp hạng điểm" tab: the 12 communes scored by the bundled index and ranked,
//! the spread of the totals shown, and the ranking exported as the table offices publish.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;
use egui_kittest::kittest::Queryable as _;
use lotrinh::app::DialogOutcome;
use lotrinh::i18n::Lang;

#[test]
fn the_communes_are_ranked_by_points_and_the_ranking_exported() {
    let data = tempfile::tempdir().unwrap();
    let out = data.path().join("xep-hang.xlsx");
    let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let folder = common::example("tong-hop-12-xa");
    let answers = vec![DialogOutcome::Picked(out.clone())];
    let mut harness =
        common::app_harness([1366.0, 900.0], data.path(), Some(folder), answers, today);
    harness.run();
    let texts = Lang::Vi.texts().scoring;
    harness.get_by_label(texts.ranking_tab).click();
    harness.run();
    // Yên Hà: 805,88 points (checked by hand from its criteria), first of 12.
    harness.get_by_label("805,88");
    harness.get_by_label("0,8059");
    harness.get_by_label_contains("12 đơn vị: cao nhất 805,88");
    let open = harness.state().state.consolidation().unwrap();
    assert!(open.consolidation.members.iter().all(|m| m.score.is_some()));

    harness.get_by_label(texts.export_ranking).click();
    harness.run();
    let mut workbook = Xlsx::new(Cursor::new(std::fs::read(&out).unwrap())).unwrap();
    let sheet = workbook.worksheet_range(texts.ranking_sheet).unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    let first = rows
        .iter()
        .find(|r| r.first() == Some(&Data::Float(1.0)))
        .unwrap();
    assert_eq!(first[1], Data::String("Xã Yên Hà".into()));
    let groups = lotrinh::scoring::bundled_index().unwrap().groups.len();
    assert_eq!(first[2 + groups], Data::Float(805.88));
    assert_eq!(first[4 + groups], Data::Float(1.0));
    let last = rows.last().unwrap();
    assert_eq!(last[1], Data::String("Xã Đức Hưng Trung".into()));
    assert_eq!(last[4 + groups], Data::Float(12.0));
}
