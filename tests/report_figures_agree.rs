#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The two figures ("So với chỉ tiêu" and "Mức độ hoàn thành lộ trình") are the same in every
//! table: a level to keep has no roadmap figure ("—", null in JSON) anywhere, and the filed report
//! (PDF, Word) gives the same "So với chỉ tiêu" as the spreadsheets and the command line.

use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Project};
use lotrinh::progress::{evaluate, summarize};
use lotrinh::report::{self, ExportOptions, Outline, OutlineOptions};
use lotrinh::sentences::{progress_sentence, roadmap_text};
use lotrinh::{spreadsheet, storage};
use serde_json::Value;

const EXAMPLE: &str = "xa-tong-ket-2025.ron";
const KEPT: &str = "e_documents_signed_pct";
const FIBRE: &str = "fibre_households_pct";
const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn example_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(EXAMPLE)
}

fn example() -> Project {
    storage::load(&example_path()).unwrap().project
}

fn name_of(project: &Project, id: &str, lang: Lang) -> String {
    let indicator = project.indicators.iter().find(|i| i.id == id).unwrap();
    lotrinh::i18n::indicator_name(indicator, lang).to_owned()
}

fn outline(project: &Project, lang: Lang) -> Outline {
    report::outline::outline(
        project,
        OutlineOptions {
            lang,
            printed_on: d(2026, 4, 2),
        },
    )
}

/// The appendix row of the indicator named `name`: its cells (column 7 "So với chỉ tiêu", column
/// 8 "Mức độ hoàn thành lộ trình").
fn appendix_row(outline: &Outline, name: &str) -> Vec<String> {
    outline
        .appendix
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .find(|row| row.get(1).map(String::as_str) == Some(name))
        .unwrap_or_else(|| panic!("no appendix row for {name}"))
        .clone()
}

/// The CSV as header and records.
fn csv_table(project: &Project, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = spreadsheet::csv_bytes(project, lang).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// The CSV cell of `id` under the column named `column`.
fn csv_cell(project: &Project, lang: Lang, id: &str, column: &str) -> String {
    let (header, rows) = csv_table(project, lang);
    let texts = lang.texts();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .iter()
        .find(|r| r[at(texts.report.col_id)] == id)
        .unwrap();
    row[at(column)].clone()
}

/// The XLSX cell of the row named `name` under the column named `column`, as text.
fn xlsx_cell(project: &Project, lang: Lang, name: &str, column: &str) -> Data {
    let bytes = spreadsheet::xlsx_bytes(project, lang).unwrap();
    let mut book = Xlsx::new(Cursor::new(bytes.as_slice())).unwrap();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        let Some(header) = rows.iter().find(|r| r.iter().any(|c| *c == column)) else {
            continue;
        };
        let at = header.iter().position(|c| *c == column).unwrap();
        if let Some(row) = rows.iter().find(|r| r.iter().any(|c| *c == name)) {
            return row[at].clone();
        }
    }
    panic!("{name} not found under {column}");
}

fn summary_json() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .args(["summary", example_path().to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).unwrap()
}

fn summary_text(lang: Lang, as_of: Option<&str>) -> String {
    let code = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let path = example_path();
    let mut args = vec!["summary", path.to_str().unwrap(), "--lang", code];
    if let Some(date) = as_of {
        args.extend(["--as-of", date]);
    }
    let output = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .args(&args)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

/// One percent indicator from `baseline` (2023) towards `target` (2030) with `value` in 2025.
fn level(direction: Direction, baseline: f64, target: f64, value: f64) -> Indicator {
    let mut indicator = Indicator::new("x", "X", Pillar::DigitalGovernment, MeasureUnit::Percent);
    indicator.direction = direction;
    indicator.baseline = Some(Baseline {
        date: d(2023, 12, 31),
        value: baseline,
    });
    indicator.targets = vec![lotrinh::model::Target::new(2030, target)];
    indicator.measurements = vec![Measurement::new(d(2025, 6, 30), value)];
    indicator
}

#[test]
fn a_level_to_keep_has_no_roadmap_share_but_a_way_to_go_has_one() {
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
    // (case, direction, baseline, target, value, keeps a level, roadmap text in Vietnamese)
    let cases = [
        ("↑ keep 100, slipped", Up, 100.0, 100.0, 99.6, true, "—"),
        ("↑ keep 100, kept", Up, 100.0, 100.0, 100.0, true, "—"),
        ("↑ keep 90, beaten", Up, 90.0, 90.0, 95.0, true, "—"),
        ("↓ keep 0, slipped", Down, 0.0, 0.0, 2.0, true, "—"),
        (
            "↑ target above baseline",
            Up,
            40.0,
            80.0,
            60.0,
            false,
            "50%",
        ),
        (
            "↓ target below baseline",
            Down,
            10.0,
            0.0,
            5.0,
            false,
            "50%",
        ),
    ];
    for (name, direction, baseline, target, value, keeps, text) in cases {
        let indicator = level(direction, baseline, target, value);
        let progress = evaluate(&indicator, d(2025, 12, 31));
        assert_eq!(progress.keeps_level, keeps, "{name}");
        assert_eq!(progress.progress.is_none(), keeps, "{name}: engine share");
        assert_eq!(progress.progress_raw.is_none(), keeps, "{name}: raw share");
        assert_eq!(roadmap_text(&progress, Lang::Vi), text, "{name}");
        for lang in LANGS {
            let sentence = progress_sentence(&indicator, &progress, lang);
            for claim in ["0%", "100%"] {
                let roadmap_words = (lang.texts().sentences.roadmap_part)(claim);
                let says = sentence.contains(&roadmap_words);
                assert!(!(keeps && says), "{name} {lang:?}: {sentence}");
            }
        }
    }
}

#[test]
fn the_kept_level_is_a_dash_in_every_table_and_null_in_json() {
    let project = example();
    let summary = summarize(&project);
    let index = project
        .indicators
        .iter()
        .position(|i| i.id == KEPT)
        .unwrap();
    let progress = &summary.indicators[index];
    assert!(progress.keeps_level, "the example keeps 100 %");
    for lang in LANGS {
        let none = lang.texts().none;
        let roadmap = lang.texts().sentences.roadmap_name;
        let name = name_of(&project, KEPT, lang);
        assert_eq!(roadmap_text(progress, lang), none, "{lang:?}: screen");
        assert_eq!(
            csv_cell(&project, lang, KEPT, roadmap),
            none,
            "{lang:?}: CSV"
        );
        assert_eq!(
            xlsx_cell(&project, lang, &name, roadmap),
            Data::String(none.to_owned()),
            "{lang:?}: XLSX"
        );
        let row = appendix_row(&outline(&project, lang), &name);
        assert_eq!(row[8], none, "{lang:?}: PDF and Word appendix");
        let text = summary_text(lang, None);
        let line = text.lines().find(|l| l.starts_with("e_documents")).unwrap();
        let after_share = &line[line.rfind("99,6%").or(line.rfind("99.6%")).unwrap() + 5..];
        assert!(
            after_share.trim_start().starts_with(none),
            "{lang:?}: {line}"
        );
    }
    let json = summary_json();
    let row = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == KEPT)
        .unwrap();
    assert_eq!(row["progress"], Value::Null);
    assert_eq!(row["progress_clamped"], Value::Null);
    assert_eq!(row["keeps_level"], Value::Bool(true));
    assert!(row["share_of_target"].as_f64().unwrap() > 0.99);
}

/// The figure of a "(%)" cell or a "104%" text, with any target year after it dropped.
fn percent_figure(cell: &str) -> String {
    cell.split(' ')
        .next()
        .unwrap()
        .trim_end_matches('%')
        .to_owned()
}

#[test]
fn the_filed_report_gives_the_same_share_of_target_as_the_spreadsheets() {
    let mut project = example();
    for as_of in [d(2025, 12, 31), d(2026, 3, 31)] {
        project.as_of = as_of;
        for lang in LANGS {
            let share = lang.texts().sentences.share_of_target_name;
            let outline = outline(&project, lang);
            for indicator in &project.indicators {
                let name = lotrinh::i18n::indicator_name(indicator, lang);
                let appendix = appendix_row(&outline, name);
                let csv = csv_cell(&project, lang, &indicator.id, share);
                assert_eq!(
                    percent_figure(&appendix[7]),
                    percent_figure(&csv),
                    "{as_of} {lang:?} {}: appendix {:?} vs CSV {csv:?}",
                    indicator.id,
                    appendix[7]
                );
            }
        }
    }
    // Fibre in the first quarter of 2026 is compared with the 2030 target everywhere, and the
    // report's column says which target it is.
    project.as_of = d(2026, 3, 31);
    let fibre = name_of(&project, FIBRE, Lang::Vi);
    let outline = outline(&project, Lang::Vi);
    let header = outline.appendix.header[0].iter().find(|h| h.column == 7);
    assert_eq!(header.unwrap().text, "So với chỉ tiêu 2030 (%)");
    let cell = &appendix_row(&outline, &fibre)[7];
    let csv = csv_cell(&project, Lang::Vi, FIBRE, "So với chỉ tiêu (%)");
    assert_eq!(cell, &percent_figure(&csv));
    let text = summary_text(Lang::Vi, Some("2026-03-31"));
    let line = text.lines().find(|l| l.starts_with("fibre")).unwrap();
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(line.contains(&format!("(2030) {csv}")), "{line}");
}

#[test]
fn the_pdf_table_reads_back_the_share_the_spreadsheet_gives() {
    let mut project = example();
    project.as_of = d(2026, 3, 31);
    let dir = tempfile::tempdir().unwrap();
    for lang in LANGS {
        let options = ExportOptions {
            lang,
            printed_on: d(2026, 4, 2),
        };
        let path = dir.path().join("report.pdf");
        std::fs::write(&path, report::pdf_bytes(&project, &options).unwrap()).unwrap();
        let output = Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext (poppler-utils) must be installed");
        let text = String::from_utf8(output.stdout).unwrap();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let share = lang.texts().sentences.share_of_target_name;
        let csv = percent_figure(&csv_cell(&project, lang, FIBRE, share));
        let row = appendix_row(&outline(&project, lang), &name_of(&project, FIBRE, lang));
        // Result, so với chỉ tiêu, mức độ hoàn thành lộ trình, side by side in the PDF.
        let cells = format!("{} {csv} {}", row[6], row[8]);
        assert!(text.contains(&cells), "{lang:?}: the PDF lacks {cells:?}");
        let header = (lang.texts().document.col_share_year)(2030);
        assert!(text.contains(&header), "{lang:?}: the PDF lacks {header:?}");
    }
}
