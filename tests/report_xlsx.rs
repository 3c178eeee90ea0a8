#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The XLSX and CSV exports, read back: sheet names, headers, values and statuses with calamine;
//! the CSV's byte-order mark and cells with the csv crate; and the round trip export → import into
//! an empty plan → the same measurements, baselines and targets.

use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;
use lotrinh::i18n::{Lang, value_text};
use lotrinh::model::{AdminUnit, Project};
use lotrinh::progress::summarize;
use lotrinh::spreadsheet::{self, Sheet};
use lotrinh::storage;

const EXAMPLES: [&str; 4] = [
    "huong-tra.ron",
    "hau-giang.ron",
    "xa-demo.ron",
    "xa-tong-ket-2025.ron",
];

fn example(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    storage::load(&path).unwrap().project
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens the export")
}

fn text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

fn empty_like(project: &Project) -> Project {
    Project::new(
        AdminUnit {
            name: project.unit.name.clone(),
            ..AdminUnit::default()
        },
        project.as_of,
    )
}

#[test]
fn pillar_sheets_hold_the_administrative_table_with_values_and_statuses() {
    let project = example("huong-tra.ron");
    let bytes = spreadsheet::xlsx_bytes(&project, Lang::Vi).unwrap();
    let mut book = workbook(&bytes);
    let texts = Lang::Vi.texts();
    let summary = summarize(&project);
    let mut expected_sheets: Vec<String> = summary
        .pillars
        .iter()
        .map(|p| texts.pillar(p.pillar).to_owned())
        .collect();
    expected_sheets.push("Số liệu".to_owned());
    assert_eq!(book.sheet_names(), expected_sheets);
    let mut seen = 0;
    for pillar in &summary.pillars {
        let range = book.worksheet_range(texts.pillar(pillar.pillar)).unwrap();
        let header: Vec<String> = range.rows().next().unwrap().iter().map(text).collect();
        assert_eq!(
            header[..10],
            [
                "STT",
                "Chỉ tiêu",
                "Đơn vị tính",
                "Giá trị cơ sở",
                "Mục tiêu 2025",
                "Mục tiêu 2030",
                "Kết quả thực hiện",
                "So với chỉ tiêu (%)",
                "Mức độ hoàn thành lộ trình",
                "Đánh giá"
            ]
        );
        assert_eq!(header[10], "Mã chỉ tiêu");
        for row in range.rows().skip(1) {
            let id = text(&row[10]);
            let index = project.indicators.iter().position(|i| i.id == id).unwrap();
            let (indicator, progress) = (&project.indicators[index], &summary.indicators[index]);
            assert_eq!(text(&row[1]), indicator.name, "names keep their diacritics");
            assert_eq!(
                text(&row[9]),
                lotrinh::sentences::status_text(progress, Lang::Vi)
            );
            match (progress.latest, &row[6]) {
                (Some(latest), Data::Float(value)) => assert_eq!(*value, latest.value, "{id}"),
                (Some(latest), Data::String(word)) => {
                    assert_eq!(*word, value_text(indicator, latest.value, Lang::Vi), "{id}")
                }
                (None, cell) => assert_eq!(*cell, Data::Empty, "{id}"),
                (latest, cell) => panic!("{id}: {latest:?} written as {cell:?}"),
            }
            // So với chỉ tiêu: result ÷ target, unclamped, or "—"; then the roadmap share.
            for (figure, cell) in [
                (progress.share_of_target, &row[7]),
                (progress.progress, &row[8]),
            ] {
                match (figure, cell) {
                    (Some(share), Data::Float(cell)) => {
                        assert!((share - cell).abs() < 1e-12, "{id}")
                    }
                    (None, Data::String(dash)) => assert_eq!(dash, "—", "{id}"),
                    (figure, cell) => panic!("{id}: {figure:?} written as {cell:?}"),
                }
            }
            seen += 1;
        }
    }
    assert_eq!(seen, project.indicators.len());
}

#[test]
fn the_measurements_sheet_has_every_measurement_in_long_format() {
    let project = example("xa-demo.ron");
    let bytes = spreadsheet::xlsx_bytes(&project, Lang::Vi).unwrap();
    let mut book = workbook(&bytes);
    let range = book.worksheet_range("Số liệu").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Mã chỉ tiêu",
            "Chỉ tiêu",
            "Ngày",
            "Giá trị",
            "Tử số",
            "Mẫu số",
            "Tài liệu kiểm chứng",
            "Nguồn số liệu",
            "Ghi chú"
        ]
    );
    let total: usize = project
        .indicators
        .iter()
        .map(|i| i.measurements.len())
        .sum();
    assert_eq!(range.rows().count() - 1, total);
    let first = project.indicators.first().unwrap();
    let mut dates: Vec<NaiveDate> = first.measurements.iter().map(|m| m.date).collect();
    dates.sort();
    let row = range.rows().nth(1).unwrap();
    assert_eq!(text(&row[0]), first.id);
    match &row[2] {
        Data::DateTime(date) => {
            let (y, m, d, ..) = date.to_ymd_hms_milli();
            let written = NaiveDate::from_ymd_opt(y.into(), m.into(), d.into()).unwrap();
            assert_eq!(written, dates[0]);
        }
        other => panic!("the date is a date cell, not {other:?}"),
    }
}

#[test]
fn english_workbook_has_english_sheets_and_headers() {
    let project = example("hau-giang.ron");
    let bytes = spreadsheet::xlsx_bytes(&project, Lang::En).unwrap();
    let mut book = workbook(&bytes);
    let names = book.sheet_names();
    assert_eq!(names.last().map(String::as_str), Some("Measurements"));
    assert!(
        names.contains(&"Digital government".to_owned()),
        "{names:?}"
    );
    let range = book.worksheet_range(&names[0]).unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(header[1], "Indicator");
    assert_eq!(header[7], "Against target (%)");
    assert_eq!(header[8], "Share of roadmap");
    assert_eq!(header[9], "Assessment");
}

/// Everything an import can carry over: measurements, baselines, targets, pillar, unit (with the
/// words of a yes/no one) and whether
/// an indicator is a per-year total; the name as the sheet wrote it in `lang` (the English name in
/// English where there is one).
fn assert_same_plan_data(original: &Project, imported: &Project, lang: Lang, what: &str) {
    assert_eq!(
        original.indicators.len(),
        imported.indicators.len(),
        "{what}"
    );
    for indicator in &original.indicators {
        let back = imported
            .indicator(&indicator.id)
            .unwrap_or_else(|| panic!("{what}: {} missing", indicator.id));
        assert_eq!(
            back.name,
            lotrinh::i18n::indicator_name(indicator, lang),
            "{what}"
        );
        assert_eq!(back.pillar, indicator.pillar, "{what}: {}", indicator.id);
        assert_eq!(back.unit, indicator.unit, "{what}: {}", indicator.id);
        assert_eq!(
            back.yes_no_words, indicator.yes_no_words,
            "{what}: {}",
            indicator.id
        );
        assert_eq!(
            back.direction, indicator.direction,
            "{what}: {}",
            indicator.id
        );
        assert_eq!(
            back.accumulation, indicator.accumulation,
            "{what}: {}",
            indicator.id
        );
        assert_eq!(
            back.baseline, indicator.baseline,
            "{what}: {}",
            indicator.id
        );
        let values = |i: &lotrinh::model::Indicator| {
            let mut targets: Vec<(i32, f64)> =
                i.targets.iter().map(|t| (t.year, t.value)).collect();
            targets.sort_by_key(|t| t.0);
            targets
        };
        assert_eq!(values(back), values(indicator), "{what}: {}", indicator.id);
    }
}

#[test]
fn xlsx_round_trip_into_an_empty_plan_gives_the_same_measurements() {
    for name in EXAMPLES {
        let project = example(name);
        for lang in Lang::ALL {
            let bytes = spreadsheet::xlsx_bytes(&project, lang).unwrap();
            let sheets: Vec<Sheet> = spreadsheet::read_xlsx(&bytes).unwrap();
            let preview = spreadsheet::preview(&empty_like(&project), &sheets, lang);
            assert!(preview.refused.is_empty(), "{name}: {:?}", preview.refused);
            let imported = preview.apply(&empty_like(&project)).unwrap();
            assert_same_plan_data(&project, &imported, lang, name);
            for indicator in &project.indicators {
                let mut expected = indicator.measurements.clone();
                expected.sort_by_key(|m| m.date);
                let back = imported.indicator(&indicator.id).unwrap();
                assert_eq!(
                    back.measurements, expected,
                    "{name} {lang:?}: {}",
                    indicator.id
                );
            }
            let again = spreadsheet::preview(&imported, &sheets, lang);
            assert!(
                again.is_empty(),
                "a second import changes nothing: {:?}",
                again.added.first()
            );
        }
    }
}

#[test]
fn csv_has_a_bom_and_round_trips_the_table() {
    for name in EXAMPLES {
        let project = example(name);
        let bytes = spreadsheet::csv_bytes(&project, Lang::Vi).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header[..3], ["STT", "Chỉ tiêu", "Đơn vị tính"]);
        // Both figures, as the screen and the PDF write them.
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (share, roadmap, id) = (
            column("So với chỉ tiêu (%)"),
            column("Mức độ hoàn thành lộ trình"),
            column("Mã chỉ tiêu"),
        );
        assert!(!header.iter().any(|h| h == "Tỷ lệ đạt"));
        let summary = summarize(&project);
        let mut rows = 0;
        for record in reader.records() {
            let record = record.unwrap();
            let index = project
                .indicators
                .iter()
                .position(|i| i.id == record[id])
                .unwrap();
            let progress = &summary.indicators[index];
            assert_eq!(
                &record[share],
                lotrinh::sentences::share_of_target_text(progress, Lang::Vi)
            );
            assert_eq!(
                &record[roadmap],
                lotrinh::sentences::roadmap_text(progress, Lang::Vi)
            );
            rows += 1;
        }
        assert_eq!(rows, project.indicators.len());
        let sheet = spreadsheet::read_csv(&bytes, "bảng").unwrap();
        let preview = spreadsheet::preview(&empty_like(&project), &[sheet], Lang::Vi);
        assert!(preview.refused.is_empty(), "{name}: {:?}", preview.refused);
        let imported = preview.apply(&empty_like(&project)).unwrap();
        assert_same_plan_data(&project, &imported, Lang::Vi, name);
        let before = summarize(&project);
        let after = summarize(&imported);
        for (indicator, old) in project.indicators.iter().zip(&before.indicators) {
            let index = imported
                .indicators
                .iter()
                .position(|i| i.id == indicator.id)
                .unwrap();
            let new = &after.indicators[index];
            assert_eq!(
                old.latest, new.latest,
                "{name}: the latest values come back"
            );
            assert_eq!(old.status, new.status, "{name}");
        }
    }
}

fn lotrinh(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn command_line_export_writes_files_and_refuses_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/huong-tra.ron");
    let plan = plan.to_str().unwrap();
    let output = lotrinh(
        dir.path(),
        &[
            "export",
            plan,
            "--xlsx",
            "a.xlsx",
            "--csv",
            "a.csv",
            "--lang",
            "en",
            "--as-of",
            "2025-12-31",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Wrote a.xlsx"), "{stdout}");
    let bytes = std::fs::read(dir.path().join("a.xlsx")).unwrap();
    assert!(
        workbook(&bytes)
            .sheet_names()
            .contains(&"Measurements".to_owned())
    );
    let csv = std::fs::read_to_string(dir.path().join("a.csv")).unwrap();
    assert!(
        csv.contains("Missed") || csv.contains("Achieved"),
        "judged at 31/12/2025: {csv}"
    );
    assert!(
        !dir.path().join("a.xlsx.tmp").exists(),
        "no temporary file left behind"
    );

    let none = lotrinh(dir.path(), &["export", plan]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("--xlsx"));
    let bad_dir = lotrinh(
        dir.path(),
        &["export", plan, "--xlsx", "no/such/dir/a.xlsx"],
    );
    assert_eq!(bad_dir.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad_dir.stderr);
    assert!(
        err.contains("Không lưu được") && !err.contains("panicked"),
        "{err}"
    );
    let missing = lotrinh(dir.path(), &["export", "missing.ron", "--csv", "b.csv"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(!dir.path().join("b.csv").exists());
}

/// The rows of the CSV export of `project` in `lang`, each as its cells.
fn csv_rows(project: &Project, lang: Lang) -> Vec<Vec<String>> {
    let bytes = spreadsheet::csv_bytes(project, lang).unwrap();
    let text = std::str::from_utf8(&bytes[3..]).unwrap().to_owned();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn new_countryside_criteria_read_dat_chua_dat_and_other_yes_no_indicators_co_khong() {
    // Hòa Lạc (of the twelve-commune example) has achieved criteria 8.3 and 8.4 and issued its
    // annual plan (a task, Có/Không).
    let project = example("tong-hop-12-xa/xa-hoa-lac.ron");
    let cases = [
        (
            Lang::Vi,
            "village_loudspeaker_system",
            "Đạt/Chưa đạt",
            "Đạt",
        ),
        (
            Lang::En,
            "village_loudspeaker_system",
            "Achieved/Not achieved",
            "Achieved",
        ),
        (Lang::Vi, "ntm_8_4_met", "Đạt/Chưa đạt", "Đạt"),
        (Lang::Vi, "dx_annual_plan_issued", "Có/Không", "Có"),
        (Lang::En, "dx_annual_plan_issued", "Yes/No", "Yes"),
    ];
    for (lang, id, unit, result) in cases {
        let rows = csv_rows(&project, lang);
        let header = &rows[0];
        let column = |index: usize| header[index].clone();
        let row = rows
            .iter()
            .find(|row| row.iter().any(|cell| cell == id))
            .unwrap_or_else(|| panic!("{id} in the CSV"));
        assert_eq!(row[2], unit, "{lang:?} {id}: {}", column(2));
        assert_eq!(row[6], result, "{lang:?} {id}: {}", column(6));
        // The workbook writes the same words in the pillar sheet.
        let bytes = spreadsheet::xlsx_bytes(&project, lang).unwrap();
        let mut book = workbook(&bytes);
        let indicator = project.indicator(id).unwrap();
        let sheet = lang.texts().pillar(indicator.pillar);
        let range = book.worksheet_range(sheet).unwrap();
        let cells: Vec<String> = range
            .rows()
            .find(|row| row.iter().any(|cell| text(cell) == id))
            .unwrap()
            .iter()
            .map(text)
            .collect();
        assert_eq!(
            (cells[2].as_str(), cells[6].as_str()),
            (unit, result),
            "{lang:?} {id}"
        );
    }
    // An exported 8.3 or 8.4 row imported into an empty plan keeps its words.
    let bytes = spreadsheet::csv_bytes(&project, Lang::Vi).unwrap();
    let sheet = spreadsheet::read_csv(&bytes, "bảng").unwrap();
    let preview = spreadsheet::preview(&empty_like(&project), &[sheet], Lang::Vi);
    let imported = preview.apply(&empty_like(&project)).unwrap();
    for (id, words) in [
        (
            "village_loudspeaker_system",
            lotrinh::model::YesNoWords::Achieved,
        ),
        ("ntm_8_4_met", lotrinh::model::YesNoWords::Achieved),
        ("dx_annual_plan_issued", lotrinh::model::YesNoWords::YesNo),
    ] {
        assert_eq!(imported.indicator(id).unwrap().yes_no_words, words, "{id}");
    }
}

#[test]
fn the_summary_writes_dat_for_a_new_countryside_criterion() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tong-hop-12-xa/xa-hoa-lac.ron");
    let output = lotrinh(dir.path(), &["summary", plan.to_str().unwrap()]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let row = |id: &str| {
        stdout
            .lines()
            .find(|line| line.starts_with(id))
            .unwrap_or_else(|| panic!("{id} in {stdout}"))
            .to_owned()
    };
    for id in ["village_loudspeaker_system", "ntm_8_4_met"] {
        let criterion = row(id);
        assert!(criterion.contains("Đạt (2025)"), "{criterion}");
        assert!(!criterion.contains("Có"), "{criterion}");
    }
    let plan_row = row("dx_annual_plan_issued");
    assert!(plan_row.contains("Có (2025)"), "{plan_row}");
}
