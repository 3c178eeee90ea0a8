#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The sheets offices already keep (tests/corpus), each written to a file, read back by its
//! extension and imported into a copy of the example commune: every row under the header is
//! checked — the value and the date each data row gives, the section, note, total and
//! column-number rows skipped (none becomes an indicator), the rows that need a choice, the rows
//! refused with their reason.

mod corpus;

use std::path::Path;

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{Direction, MeasureUnit, Pillar, Project};
use lotrinh::spreadsheet::{
    self, ImportOptions, ImportPreview, MatchHow, Matched, RowChoice, RowGroup, RowKey, RowPreview,
    Skip,
};
use lotrinh::storage;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn demo() -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-demo.ron");
    storage::load(&path).unwrap().project
}

/// What a row of a corpus sheet must give.
#[derive(Debug)]
enum Want {
    /// Applied to the plan's indicator `id`: these targets and results, and nothing else.
    Values {
        id: &'static str,
        targets: Vec<(i32, f64)>,
        results: Vec<(NaiveDate, f64)>,
    },
    /// A new indicator with this name, pillar, unit and direction, and these values.
    New {
        name: &'static str,
        pillar: Pillar,
        unit: MeasureUnit,
        direction: Direction,
        targets: Vec<(i32, f64)>,
        results: Vec<(NaiveDate, f64)>,
    },
    /// Skipped for this reason.
    Skipped(Skip),
    /// Waits for a choice among these indicators.
    Choice(Vec<&'static str>),
    /// Among the rows to choose for, chosen as `id`: these values applied.
    Chosen {
        id: &'static str,
        targets: Vec<(i32, f64)>,
        results: Vec<(NaiveDate, f64)>,
    },
    /// Refused; the reason contains this.
    Refused(&'static str),
}

use Want::{Choice, Chosen, New, Refused, Skipped, Values};

fn pct(values: &[(i32, f64)]) -> Vec<(i32, f64)> {
    values.to_vec()
}

/// Writes `bytes` as `file`, imports it into the demo plan with `options`, and checks every row.
fn check(
    file: &str,
    bytes: &[u8],
    options: &ImportOptions,
    wants: &[(usize, Want)],
) -> (Project, ImportPreview) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file);
    std::fs::write(&path, bytes).unwrap();
    let sheets = spreadsheet::read_sheets(&path).unwrap();
    let project = demo();
    let preview = spreadsheet::preview_with(&project, &sheets, options);
    let rows: Vec<usize> = preview.rows.iter().map(|r| r.key.row).collect();
    let wanted: Vec<usize> = wants.iter().map(|w| w.0).collect();
    let described: Vec<String> = preview
        .rows
        .iter()
        .map(|r| format!("{} {:?} {:?}", r.key.row, r.group, r.texts(options.lang)))
        .collect();
    assert_eq!(
        rows, wanted,
        "{file}: every row is accounted for\n{described:#?}"
    );
    let updated = preview.apply(&project).unwrap();
    let mut new_names = Vec::new();
    for ((row, want), got) in wants.iter().zip(&preview.rows) {
        let context = format!("{file}, row {row}: {:?}", got.texts(options.lang));
        check_row(&updated, want, got, &context);
        if let New { name, .. } = want {
            new_names.push(*name);
        }
    }
    let added: Vec<&str> = updated
        .indicators
        .iter()
        .filter(|i| project.indicator(&i.id).is_none())
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        added, new_names,
        "{file}: only the new indicators wanted, no section row"
    );
    (updated, preview)
}

fn check_row(updated: &Project, want: &Want, got: &RowPreview, context: &str) {
    match want {
        Values {
            id,
            targets,
            results,
        } => {
            assert_eq!(got.group, RowGroup::Applied, "{context}");
            assert!(
                matches!(&got.matched, Some(Matched::Existing { id: found, .. }) if found == id),
                "{context}: matched {:?}",
                got.matched
            );
            check_values(updated, id, targets, results, context);
        }
        New {
            name,
            pillar,
            unit,
            direction,
            targets,
            results,
        } => {
            assert_eq!(got.group, RowGroup::Applied, "{context}");
            let Some(Matched::New { id, .. }) = &got.matched else {
                panic!("{context}: a new indicator expected, got {:?}", got.matched);
            };
            let indicator = updated.indicator(id).unwrap();
            assert_eq!(&indicator.name, name, "{context}");
            assert_eq!(indicator.pillar, *pillar, "{context}");
            assert_eq!(&indicator.unit, unit, "{context}");
            assert_eq!(indicator.direction, *direction, "{context}");
            check_values(updated, id, targets, results, context);
        }
        Skipped(skip) => {
            assert_eq!(got.group, RowGroup::Skipped, "{context}");
            assert_eq!(got.skip, Some(*skip), "{context}");
            assert!(got.changes.is_empty(), "{context}");
        }
        Choice(ids) => {
            assert_eq!(got.group, RowGroup::Choice, "{context}");
            let candidates: Vec<&str> = got.candidates.iter().map(|c| c.id.as_str()).collect();
            assert_eq!(&candidates, ids, "{context}");
            assert!(got.changes.is_empty(), "{context}: nothing before a choice");
        }
        Chosen {
            id,
            targets,
            results,
        } => {
            assert_eq!(got.group, RowGroup::Choice, "{context}");
            assert!(
                matches!(&got.matched, Some(Matched::Existing { id: found, how: MatchHow::Chosen, .. }) if found == id),
                "{context}: matched {:?}",
                got.matched
            );
            check_values(updated, id, targets, results, context);
        }
        Refused(part) => {
            assert_eq!(got.group, RowGroup::Refused, "{context}");
            let reason = got.reason.as_deref().unwrap_or_default();
            assert!(reason.contains(part), "{context}: {reason}");
        }
    }
}

fn check_values(
    updated: &Project,
    id: &str,
    targets: &[(i32, f64)],
    results: &[(NaiveDate, f64)],
    context: &str,
) {
    let indicator = updated.indicator(id).unwrap();
    for (year, value) in targets {
        let target = indicator.target_for_year(*year).map(|t| t.value);
        assert!(
            target.is_some_and(|t| (t - value).abs() < 1e-9),
            "{context}: target {year} = {target:?}, wanted {value}"
        );
    }
    for (on, value) in results {
        let measured = indicator
            .measurements
            .iter()
            .find(|m| m.date == *on)
            .map(|m| m.value);
        assert!(
            measured.is_some_and(|m| (m - value).abs() < 1e-9),
            "{context}: value on {on} = {measured:?}, wanted {value}"
        );
    }
}

fn vi() -> ImportOptions {
    ImportOptions::new(Lang::Vi)
}

#[test]
fn report_with_title_rows_one_row_header_roman_sections_and_notes() {
    let year_end = date(2025, 12, 31);
    let wants = vec![
        (6, Skipped(Skip::Section(Some(Pillar::Foundation)))),
        (
            7,
            Values {
                id: "community_digital_teams_count",
                targets: vec![(2025, 12.0)],
                results: vec![(year_end, 12.0)],
            },
        ),
        (
            8,
            Values {
                id: "fibre_households_pct",
                targets: pct(&[(2025, 85.0)]),
                results: vec![(year_end, 84.5)],
            },
        ),
        (9, Skipped(Skip::Section(Some(Pillar::DigitalGovernment)))),
        (
            10,
            Values {
                id: "overdue_dossier_pct",
                targets: vec![(2025, 2.0)],
                results: vec![(year_end, 1.5)],
            },
        ),
        (
            11,
            Values {
                id: "online_submission_rate_pct",
                targets: vec![(2025, 86.0)],
                results: vec![(year_end, 100.0)],
            },
        ),
        (
            12,
            New {
                name: "Tỷ lệ hồ sơ trả lại do sai sót",
                pillar: Pillar::DigitalGovernment,
                unit: MeasureUnit::Percent,
                direction: Direction::LowerIsBetter,
                targets: vec![(2025, 5.0)],
                results: vec![(year_end, 3.2)],
            },
        ),
        (13, Skipped(Skip::Section(Some(Pillar::DigitalEconomy)))),
        (
            14,
            New {
                name: "Số hợp tác xã bán hàng trên sàn thương mại điện tử",
                pillar: Pillar::DigitalEconomy,
                unit: MeasureUnit::Count {
                    word: "HTX".to_owned(),
                },
                direction: Direction::HigherIsBetter,
                targets: vec![(2025, 5.0)],
                results: vec![(year_end, 3.0)],
            },
        ),
        (16, Skipped(Skip::Note)),
        (17, Skipped(Skip::Note)),
        (18, Skipped(Skip::Note)),
        (19, Skipped(Skip::Note)),
    ];
    let (_, preview) = check(
        "bieu-01.xlsx",
        &corpus::report_one_row_header(),
        &vi(),
        &wants,
    );
    let sheet = &preview.sheets[0];
    assert_eq!(sheet.header_rows, Some((5, 5)));
    assert_eq!(sheet.ignored, ["Tỷ lệ so với KH (%)"]);
    assert!(
        !preview.uses_result_date(),
        "every result header has its date"
    );
    assert_eq!(match_how(&preview, 7), Some(MatchHow::Name));
    assert_eq!(
        match_how(&preview, 10),
        Some(MatchHow::Abbreviation),
        "TTHC written out"
    );
}

/// How row `row` of the preview was matched to an existing indicator, if it was.
fn match_how(preview: &ImportPreview, row: usize) -> Option<MatchHow> {
    let found = preview.rows.iter().find(|r| r.key.row == row).unwrap();
    match &found.matched {
        Some(Matched::Existing { how, .. }) => Some(*how),
        _ => None,
    }
}

#[test]
fn two_row_merged_header_with_percent_formats_letters_and_a_row_to_choose() {
    let year_end = date(2025, 12, 31);
    let wants = |chosen: bool| {
        vec![
            (5, Skipped(Skip::ColumnNumbers)),
            (6, Skipped(Skip::Section(None))),
            (7, Skipped(Skip::Section(Some(Pillar::DigitalGovernment)))),
            (
                8,
                Values {
                    id: "work_records_online_pct",
                    targets: vec![(2025, 90.0)],
                    results: vec![(year_end, 63.2)],
                },
            ),
            (
                9,
                if chosen {
                    Chosen {
                        id: "on_time_resolution_pct",
                        targets: vec![(2025, 95.0)],
                        results: vec![(year_end, 97.0)],
                    }
                } else {
                    Choice(vec!["on_time_resolution_pct", "overdue_dossier_pct"])
                },
            ),
            (10, Skipped(Skip::Section(None))),
            (
                11,
                Values {
                    id: "adults_using_dvctt_pct",
                    targets: vec![(2025, 50.0)],
                    results: vec![(year_end, 48.2)],
                },
            ),
            (12, Skipped(Skip::Section(Some(Pillar::DigitalSociety)))),
            (
                13,
                Values {
                    id: "e_health_record_pct",
                    targets: vec![(2025, 90.0)],
                    results: vec![(year_end, 92.3)],
                },
            ),
            (15, Skipped(Skip::Note)),
        ]
    };
    let bytes = corpus::report_two_row_header();
    let (_, preview) = check("tong-hop.xlsx", &bytes, &vi(), &wants(false));
    let sheet = &preview.sheets[0];
    assert_eq!(sheet.header_rows, Some((3, 4)));
    let titles: Vec<&str> = sheet.read.iter().map(|(title, _)| title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "STT",
            "Nội dung chỉ tiêu",
            "Đơn vị tính",
            "Năm 2025 › Kế hoạch",
            "Năm 2025 › Thực hiện"
        ]
    );
    assert_eq!(sheet.ignored, ["Ghi chú"]);
    let mut options = vi();
    options.choices.insert(
        RowKey {
            sheet: "Tổng hợp".to_owned(),
            row: 9,
        },
        RowChoice::Indicator("on_time_resolution_pct".to_owned()),
    );
    check("tong-hop.xlsx", &bytes, &options, &wants(true));
    // The chosen row is matched "by choice", and making a new indicator instead also works.
    options.choices.insert(
        RowKey {
            sheet: "Tổng hợp".to_owned(),
            row: 9,
        },
        RowChoice::New,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tong-hop.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let sheets = spreadsheet::read_sheets(&path).unwrap();
    let preview = spreadsheet::preview_with(&demo(), &sheets, &options);
    let row = preview.rows.iter().find(|r| r.key.row == 9).unwrap();
    assert!(matches!(row.matched, Some(Matched::New { .. })), "{row:?}");
}

#[test]
fn results_of_several_periods_dated_by_their_headers_under_a_dozen_title_rows() {
    let wants = vec![
        (
            13,
            Values {
                id: "staff_digital_skills_trained_pct",
                targets: vec![(2025, 100.0)],
                results: vec![
                    (date(2025, 6, 30), 60.0),
                    (date(2025, 9, 30), 85.0),
                    (date(2025, 12, 31), 100.0),
                ],
            },
        ),
        (
            14,
            Values {
                id: "village_loudspeaker_system",
                targets: vec![(2025, 1.0)],
                results: vec![
                    (date(2025, 6, 30), 0.0),
                    (date(2025, 9, 30), 1.0),
                    (date(2025, 12, 31), 1.0),
                ],
            },
        ),
        (
            15,
            Values {
                id: "service_index_766_score",
                targets: vec![(2025, 85.0)],
                results: vec![(date(2025, 9, 30), 82.5)],
            },
        ),
    ];
    check(
        "bao-cao-9-thang.xlsx",
        &corpus::report_periods(),
        &vi(),
        &wants,
    );
}

#[test]
fn a_result_column_without_a_date_takes_the_chosen_date() {
    let wants = |on: NaiveDate| {
        vec![
            (
                2,
                Values {
                    id: "adult_vneid_pct",
                    targets: vec![(2025, 95.0)],
                    results: vec![(on, 84.5)],
                },
            ),
            (
                3,
                New {
                    name: "Số lượt truy cập Cổng thông tin điện tử xã",
                    pillar: Pillar::Foundation,
                    unit: MeasureUnit::Count {
                        word: "lượt".to_owned(),
                    },
                    direction: Direction::HigherIsBetter,
                    targets: vec![(2025, 2000.0)],
                    results: vec![(on, 1234.0)],
                },
            ),
            (
                4,
                Values {
                    id: "ocop_on_ecommerce_pct",
                    targets: vec![(2025, 100.0)],
                    results: vec![(on, 12.5)],
                },
            ),
        ]
    };
    let bytes = corpus::csv_undated();
    check(
        "khong-ghi-ngay.csv",
        &bytes,
        &vi(),
        &wants(date(2025, 9, 30)),
    );
    let mut options = vi();
    options.result_date = Some(date(2025, 12, 31));
    check(
        "khong-ghi-ngay.csv",
        &bytes,
        &options,
        &wants(date(2025, 12, 31)),
    );
    // In the English window the Vietnamese sheet's "1.234" is still one thousand two hundred…
    let mut english = ImportOptions::new(Lang::En);
    english.result_date = Some(date(2025, 12, 31));
    check(
        "khong-ghi-ngay.csv",
        &bytes,
        &english,
        &wants(date(2025, 12, 31)),
    );
    let sheets = vec![spreadsheet::read_csv(&bytes, "x").unwrap()];
    let preview = spreadsheet::preview(&demo(), &sheets, Lang::Vi);
    assert!(preview.uses_result_date());
    assert_eq!(preview.sheets[0].undated, ["Kết quả thực hiện"]);
    assert_eq!(preview.sheets[0].ignored, ["Ghi chú"]);
}

#[test]
fn windows_1258_csv_with_semicolons_is_read_without_asking() {
    let (text, encoding) = spreadsheet::decode(&corpus::csv_windows_1258());
    assert_eq!(encoding, spreadsheet::TextEncoding::Windows1258);
    assert!(text.contains("Tỷ lệ dân số trưởng thành có điện thoại thông minh"));
    let nine_months = date(2025, 9, 30);
    let wants = vec![
        (4, Skipped(Skip::Section(Some(Pillar::DigitalSociety)))),
        (
            5,
            Values {
                id: "adult_smartphone_pct",
                targets: vec![(2025, 85.0)],
                results: vec![(nine_months, 82.5)],
            },
        ),
        (
            6,
            Values {
                id: "adult_digital_signature_pct",
                targets: vec![(2025, 40.0)],
                results: vec![(nine_months, 31.4)],
            },
        ),
        (7, Skipped(Skip::Section(Some(Pillar::DigitalEconomy)))),
        (
            8,
            Values {
                id: "sme_digital_platform_pct",
                targets: vec![(2025, 70.0)],
                results: vec![(nine_months, 65.0)],
            },
        ),
        (10, Skipped(Skip::Note)),
    ];
    check("excel-1258.csv", &corpus::csv_windows_1258(), &vi(), &wants);
}

#[test]
fn utf16_unicode_text_with_tabs_bounds_and_a_capital_letter_section() {
    let as_of = date(2025, 9, 30);
    let wants = vec![
        (2, Skipped(Skip::Section(Some(Pillar::Foundation)))),
        (
            3,
            Values {
                id: "community_wifi_pct",
                targets: vec![(2025, 80.0)],
                results: vec![(as_of, 75.0)],
            },
        ),
        (
            4,
            New {
                name: "Số sự cố mất an toàn thông tin",
                pillar: Pillar::Foundation,
                unit: MeasureUnit::Count {
                    word: "sự cố".to_owned(),
                },
                direction: Direction::LowerIsBetter,
                targets: vec![(2025, 2.0)],
                results: vec![(as_of, 1.0)],
            },
        ),
    ];
    check("unicode.txt", &corpus::tsv_utf16(), &vi(), &wants);
}

#[test]
fn letter_sections_total_notes_and_unreadable_rows() {
    let q3 = date(2025, 9, 30);
    let wants = vec![
        (3, Skipped(Skip::Section(Some(Pillar::DigitalGovernment)))),
        (4, Skipped(Skip::Section(None))),
        (
            5,
            Values {
                id: "e_documents_signed_pct",
                targets: vec![(2025, 100.0)],
                results: vec![(q3, 98.5)],
            },
        ),
        (6, Refused("“nhiều” không phải là số")),
        (7, Refused("“Đạt” là câu trả lời có/không")),
        (8, Skipped(Skip::Section(Some(Pillar::DigitalEconomy)))),
        (
            9,
            Values {
                id: "sme_digital_platform_pct",
                targets: vec![(2025, 70.0)],
                results: vec![(q3, 66.0)],
            },
        ),
        (10, Skipped(Skip::Total)),
        (11, Skipped(Skip::Note)),
        (12, Skipped(Skip::Note)),
    ];
    let (updated, _) = check(
        "quy-3.csv",
        &corpus::csv_sections_and_notes(),
        &vi(),
        &wants,
    );
    let digitisation = updated.indicator("dossier_digitisation_pct").unwrap();
    assert_eq!(
        digitisation.target_for_year(2025),
        demo()
            .indicator("dossier_digitisation_pct")
            .unwrap()
            .target_for_year(2025),
        "a refused row changes nothing, not even its readable cells"
    );
}

#[test]
fn english_headers_with_the_date_in_the_result_header() {
    let wants = vec![(
        2,
        Values {
            id: "households_supported_by_team_pct",
            targets: vec![(2025, 80.0)],
            results: vec![(date(2025, 9, 30), 71.5)],
        },
    )];
    check(
        "sheet.xlsx",
        &corpus::english(),
        &ImportOptions::new(Lang::En),
        &wants,
    );
}

#[test]
fn command_line_applies_only_unique_matches_and_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    storage::save(&demo(), &dir.path().join("xa.ron")).unwrap();
    std::fs::write(
        dir.path().join("tong-hop.xlsx"),
        corpus::report_two_row_header(),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(dir.path())
        .args([
            "import",
            "xa.ron",
            "--from",
            "tong-hop.xlsx",
            "-o",
            "out.ron",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "a row awaits a choice");
    assert!(stdout.contains("Cần chọn chỉ tiêu"), "{stdout}");
    assert!(
        stdout.contains(
            "Tổng hợp, dòng 9: “Tỷ lệ hồ sơ TTHC giải quyết đúng hạn” — có thể là: \
             “Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn, đúng hạn” (on_time_resolution_pct)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("Tổng hợp, dòng 6: “CHỈ TIÊU CHUNG” — Dòng mục, không phải chỉ tiêu"),
        "{stdout}"
    );
    let saved = storage::load(&dir.path().join("out.ron")).unwrap().project;
    let before = demo();
    let measured = |p: &Project, id: &str| {
        p.indicator(id)
            .unwrap()
            .measurements
            .iter()
            .any(|m| m.date == date(2025, 12, 31))
    };
    assert!(
        measured(&saved, "work_records_online_pct"),
        "unique match applied"
    );
    assert_eq!(
        measured(&saved, "on_time_resolution_pct"),
        measured(&before, "on_time_resolution_pct"),
        "the row to choose for is not applied"
    );
}
