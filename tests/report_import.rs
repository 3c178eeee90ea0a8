#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The XLSX/CSV import: the two layouts, Vietnamese numbers typed as text, every refused row with
//! its row number and reason, the preview applied in one step, the `import` command, and random
//! cells and bytes never making the parser panic.

mod corpus;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{
    AdminUnit, Baseline, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
};
use lotrinh::spreadsheet::{self, Cell, ImportChange, Merged, Oversize, Sheet, SpreadsheetError};
use lotrinh::storage;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A commune judged on 30/09/2025 with one percent indicator and one count indicator.
fn project() -> Project {
    let mut project = Project::new(
        AdminUnit {
            name: "Xã Thử".to_owned(),
            ..AdminUnit::default()
        },
        date(2025, 9, 30),
    );
    let mut online = Indicator::new(
        "dvc_pct",
        "Tỷ lệ hồ sơ trực tuyến",
        Pillar::DigitalGovernment,
        MeasureUnit::Percent,
    );
    online.baseline = Some(Baseline {
        date: date(2022, 12, 31),
        value: 20.0,
    });
    online.targets = vec![Target::new(2025, 60.0), Target::new(2030, 80.0)];
    online.measurements = vec![Measurement::new(date(2024, 12, 31), 40.0)];
    let teams = Indicator::new(
        "to_cnscd",
        "Số Tổ công nghệ số cộng đồng",
        Pillar::DigitalSociety,
        MeasureUnit::Count {
            word: "tổ".to_owned(),
        },
    );
    project.indicators = vec![online, teams];
    project
}

fn csv_sheet(text: &str) -> Sheet {
    spreadsheet::read_csv(text.as_bytes(), "nhap").unwrap()
}

#[test]
fn measurement_rows_with_vietnamese_numbers_are_added_and_changed() {
    let sheet = csv_sheet(
        "Mã chỉ tiêu,Ngày,Giá trị,Tài liệu kiểm chứng\n\
         dvc_pct,30/06/2025,\"52,5\",Báo cáo 12/BC-UBND\n\
         dvc_pct,31/12/2024,45,\n\
         to_cnscd,2025-06-30,\"1.250\",\n",
    );
    let preview = spreadsheet::preview(&project(), &[sheet], Lang::Vi);
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    assert_eq!(preview.added.len(), 2);
    assert_eq!(preview.changed.len(), 1);
    let described: Vec<String> = preview.added.iter().map(|c| c.describe(Lang::Vi)).collect();
    assert!(described[0].contains("52,5%"), "{described:?}");
    assert!(
        preview.changed[0]
            .describe(Lang::Vi)
            .contains("từ 40% thành 45%")
    );
    let updated = preview.apply(&project()).unwrap();
    let online = updated.indicator("dvc_pct").unwrap();
    let values: Vec<f64> = online.measurements.iter().map(|m| m.value).collect();
    assert_eq!(values, [45.0, 52.5], "sorted by date, 31/12/2024 replaced");
    assert_eq!(online.measurements[1].evidence, "Báo cáo 12/BC-UBND");
    let teams = updated.indicator("to_cnscd").unwrap();
    assert_eq!(
        teams.measurements[0].value, 1250.0,
        "250.000-style grouping"
    );
}

#[test]
fn every_unreadable_row_is_refused_with_its_number_and_reason() {
    let sheet = csv_sheet(
        "Mã chỉ tiêu;Ngày;Giá trị\n\
         dvc_pct;30/06/2025;abc\n\
         dvc_pct;31/02/2025;50\n\
         dvc_pct;;50\n\
         dvc_pct;30/06/2025;\n\
         dvc_pct;30/06/2025;150\n\
         ;30/06/2025;5\n\
         Sai Mã;30/06/2025;5\n\
         dvc_pct;30/07/2025;55\n\
         dvc_pct;30/07/2025;56\n\
         dvc_pct;30/07/2025;55\n",
    );
    let preview = spreadsheet::preview(&project(), &[sheet], Lang::Vi);
    let refused: Vec<(usize, &str)> = preview
        .refused
        .iter()
        .map(|r| (r.row, r.reason.as_str()))
        .collect();
    let rows: Vec<usize> = refused.iter().map(|r| r.0).collect();
    assert_eq!(rows, [2, 3, 4, 5, 6, 7, 8, 10], "{refused:#?}");
    assert!(refused[0].1.contains("“abc” không phải là số"));
    assert!(refused[1].1.contains("không phải là ngày"));
    assert_eq!(refused[2].1, "thiếu ngày");
    assert_eq!(refused[3].1, "thiếu giá trị");
    assert!(refused[4].1.contains("ngoài khoảng 0–100"));
    assert_eq!(refused[5].1, "thiếu cả mã chỉ tiêu và tên chỉ tiêu");
    assert!(refused[6].1.contains("“Sai Mã” không hợp lệ"));
    assert!(refused[7].1.contains("nhap, dòng 9"), "{}", refused[7].1);
    assert_eq!(preview.added.len(), 1, "row 9 is added; row 11 repeats it");
    assert_eq!(
        preview.refused.iter().filter(|r| r.sheet == "nhap").count(),
        8
    );
}

#[test]
fn one_row_per_indicator_sets_baseline_targets_and_result_and_creates_by_name() {
    let sheet = csv_sheet(
        "Chỉ tiêu,Đơn vị tính,Giá trị cơ sở,Mục tiêu 2025,Mục tiêu 2030,Kết quả thực hiện,Ngày\n\
         Tỷ lệ hồ sơ trực tuyến,%,20,65,80,\"48,5\",30/09/2025\n\
         Số hộ có cáp quang,hộ,\"1.200\",\"2.000\",\"3.000\",\"1.450\",\n\
         Tỷ lệ hồ sơ quá hạn,%,10,5,2,8,30/09/2025\n",
    );
    let preview = spreadsheet::preview(&project(), &[sheet], Lang::Vi);
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    let updated = preview.apply(&project()).unwrap();
    let online = updated.indicator("dvc_pct").unwrap();
    assert_eq!(online.target_for_year(2025).unwrap().value, 65.0);
    assert_eq!(online.measurements.last().unwrap().value, 48.5);
    let households = updated.indicator("so_ho_co_cap_quang").unwrap();
    assert_eq!(
        households.unit,
        MeasureUnit::Count {
            word: "hộ".to_owned()
        }
    );
    assert_eq!(households.baseline.unwrap().value, 1200.0);
    assert_eq!(households.baseline.unwrap().date, date(2024, 12, 31));
    assert_eq!(
        households.measurements[0].date,
        date(2025, 9, 30),
        "no date: the reporting date"
    );
    let overdue = updated.indicator("ty_le_ho_so_qua_han").unwrap();
    assert_eq!(
        overdue.direction,
        lotrinh::model::Direction::LowerIsBetter,
        "targets below the baseline"
    );
    let new_indicators = preview
        .added
        .iter()
        .filter(|c| matches!(c, ImportChange::Indicator(_)))
        .count();
    assert_eq!(new_indicators, 2);
}

#[test]
fn a_sheet_without_a_recognisable_header_is_refused_once() {
    let sheet = csv_sheet("a,b,c\n1,2,3\n");
    let preview = spreadsheet::preview(&project(), &[sheet], Lang::En);
    assert_eq!(preview.refused.len(), 1);
    assert_eq!(preview.refused[0].row, 1);
    assert!(
        preview.refused[0]
            .reason
            .starts_with("no header row recognised")
    );
    assert!(preview.is_empty());
    let empty = Sheet::default();
    assert!(
        spreadsheet::preview(&project(), &[empty], Lang::Vi)
            .refused
            .is_empty()
    );
}

#[test]
fn header_may_sit_below_a_title_row_and_english_headers_are_read() {
    let sheet = csv_sheet(
        "Progress report,,\n\
         Indicator id,Date,Value\n\
         dvc_pct,2025-06-30,51.5\n",
    );
    let preview = spreadsheet::preview(&project(), &[sheet], Lang::En);
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    assert_eq!(preview.added.len(), 1);
    assert!(preview.added[0].describe(Lang::En).contains("51.5%"));
}

fn lotrinh(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn command_line_import_prints_additions_and_refusals_and_saves_atomically() {
    let dir = tempfile::tempdir().unwrap();
    storage::save(&project(), &dir.path().join("plan.ron")).unwrap();
    std::fs::write(
        dir.path().join("in.csv"),
        "\u{feff}Mã chỉ tiêu,Ngày,Giá trị\ndvc_pct,30/06/2025,\"52,5\"\ndvc_pct,xx,1\n",
    )
    .unwrap();
    let dry = lotrinh(
        dir.path(),
        &["import", "plan.ron", "--from", "in.csv", "--dry-run"],
    );
    assert_eq!(dry.status.code(), Some(1), "a row was refused");
    assert!(
        !dir.path().join("plan.ron.bak").exists(),
        "dry run writes nothing"
    );
    let output = lotrinh(
        dir.path(),
        &["import", "plan.ron", "--from", "in.csv", "-o", "out.ron"],
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stdout.contains("Thêm 1, thay đổi 0, không đọc được 1 dòng."),
        "{stdout}"
    );
    assert!(
        stdout.contains("thêm số liệu ngày 30/06/2025 = 52,5%"),
        "{stdout}"
    );
    assert!(
        stderr.contains("in, dòng 3: cột “Ngày”: “xx” không phải là ngày"),
        "{stderr}"
    );
    let saved = storage::load(&dir.path().join("out.ron")).unwrap().project;
    assert_eq!(saved.indicator("dvc_pct").unwrap().measurements.len(), 2);
    let bad = lotrinh(dir.path(), &["import", "plan.ron", "--from", "plan.ron"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains(".xlsx"));
    std::fs::write(dir.path().join("fake.xlsx"), "not a zip").unwrap();
    let fake = lotrinh(
        dir.path(),
        &["import", "plan.ron", "--from", "fake.xlsx", "--lang", "en"],
    );
    assert_eq!(fake.status.code(), Some(1));
    let err = String::from_utf8_lossy(&fake.stderr);
    assert!(
        err.contains("is not a readable XLSX") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn oversized_sheets_are_refused_before_reading_with_their_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "Chỉ tiêu").unwrap();
    sheet.write_number(150_000, 0, 1.0).unwrap();
    let tall = dir.path().join("lon.xlsx");
    std::fs::write(&tall, workbook.save_to_buffer().unwrap()).unwrap();
    let error = spreadsheet::read_sheets(&tall).unwrap_err();
    assert!(
        matches!(
            &error,
            SpreadsheetError::TooLarge {
                oversize: Oversize::Rows { rows: 150_001, .. },
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.message(Lang::Vi);
    assert!(
        message.contains("150.001 dòng") && message.contains("100.000"),
        "{message}"
    );
    let long = dir.path().join("dai.csv");
    std::fs::write(&long, "Chỉ tiêu;Giá trị\n".repeat(100_001)).unwrap();
    let error = spreadsheet::read_sheets(&long).unwrap_err();
    assert!(
        error.message(Lang::En).contains("100,001 rows or more"),
        "{}",
        error.message(Lang::En)
    );
}

fn cell_strategy() -> impl Strategy<Value = Cell> {
    let words = prop_oneof![
        Just("Mã chỉ tiêu".to_owned()),
        Just("Chỉ tiêu".to_owned()),
        Just("Ngày".to_owned()),
        Just("Giá trị".to_owned()),
        Just("Giá trị cơ sở".to_owned()),
        Just("Mục tiêu 2025".to_owned()),
        Just("Kết quả thực hiện".to_owned()),
        Just("Đơn vị tính".to_owned()),
        Just("dvc_pct".to_owned()),
        Just("%".to_owned()),
        Just("Có".to_owned()),
        Just("30/02/2025".to_owned()),
        Just("31/12/2025".to_owned()),
        Just("1.234,5".to_owned()),
        Just("STT".to_owned()),
        Just("Kế hoạch năm 2025".to_owned()),
        Just("Năm 2025".to_owned()),
        Just("Thực hiện đến 31/12/2025".to_owned()),
        Just("TH 9 tháng".to_owned()),
        Just("Lũy kế".to_owned()),
        Just("Tỷ lệ so với KH (%)".to_owned()),
        Just("I".to_owned()),
        Just("a)".to_owned()),
        Just("Ghi chú: số ước".to_owned()),
        Just("Tổng cộng".to_owned()),
        Just("≤ 2".to_owned()),
        Just("trên 86".to_owned()),
        Just("100% (đạt)".to_owned()),
        Just("Đạt".to_owned()),
        Just("Tỷ lệ hồ sơ TTHC nộp trực tuyến".to_owned()),
        Just("Tỷ lệ hồ sơ trực tuyến".to_owned()),
        "[0-9.,%-]{0,8}",
        "\\PC{0,12}",
    ];
    prop_oneof![
        Just(Cell::Empty),
        words.prop_map(Cell::Text),
        any::<f64>().prop_map(Cell::Number),
        any::<f64>().prop_map(Cell::Percent),
        (1i32..9999, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Cell::Date(date(y, m, d))),
        any::<bool>().prop_map(Cell::Bool),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_cells_never_panic_and_the_result_is_valid_or_refused(
        rows in prop::collection::vec(prop::collection::vec(cell_strategy(), 0..8), 0..12),
        merges in prop::collection::vec((0usize..14, 0usize..9, 0usize..3, 0usize..3), 0..4),
        bold_rows in prop::collection::btree_set(0usize..12, 0..4),
    ) {
        let mut sheet = Sheet::plain("x", rows);
        sheet.merged = merges
            .into_iter()
            .map(|(top, left, tall, wide)| Merged { top, left, bottom: top + tall, right: left + wide })
            .collect();
        sheet.bold_rows = bold_rows.into_iter().collect();
        for lang in Lang::ALL {
            let preview = spreadsheet::preview(&project(), std::slice::from_ref(&sheet), lang);
            for change in preview.added.iter().chain(&preview.changed) {
                prop_assert!(!change.describe(lang).is_empty());
            }
            if let Ok(updated) = preview.apply(&project()) {
                prop_assert!(storage::validate(&updated).problems.is_empty());
            }
        }
    }

    #[test]
    fn random_bytes_never_panic_the_readers(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        prefix in prop_oneof![
            Just(&b""[..]),
            Just(&b"\xEF\xBB\xBF"[..]),
            Just(&b"\xFF\xFE"[..]),
            Just(&b"\xFE\xFF"[..]),
            Just(&b"PK\x03\x04"[..]),
        ],
    ) {
        let bytes = [prefix, &bytes].concat();
        let (text, _) = spreadsheet::decode(&bytes);
        prop_assert_eq!(lotrinh::model::nfc(&text), text.clone(), "decoded text is NFC");
        if let Ok(sheet) = spreadsheet::read_csv(&bytes, "x") {
            let _ = spreadsheet::preview(&project(), &[sheet], Lang::Vi);
        }
        if let Ok(sheets) = spreadsheet::read_xlsx(&bytes) {
            let _ = spreadsheet::preview(&project(), &sheets, Lang::Vi);
        }
    }

    #[test]
    fn damaged_workbooks_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
    ) {
        let mut bytes = corpus::report_two_row_header();
        for (at, byte) in flips {
            let index = at.index(bytes.len());
            bytes[index] = byte;
        }
        if let Ok(sheets) = spreadsheet::read_xlsx(&bytes) {
            let _ = spreadsheet::preview(&project(), &sheets, Lang::Vi);
        }
    }

    #[test]
    fn random_csv_text_never_panics(text in "[\\PC\n,;\"]{0,300}") {
        if let Ok(sheet) = spreadsheet::read_csv(format!("Mã chỉ tiêu,Ngày,Giá trị,Mục tiêu 2025\n{text}").as_bytes(), "x") {
            let _ = spreadsheet::preview(&project(), &[sheet], Lang::Vi);
        }
    }
}
