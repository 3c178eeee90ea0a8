#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The consolidated reports read back: the PDF (with poppler's pdftotext) has the collection's
//! header, every indicator with its rule and figure, the units section best first and the
//! completeness, in both languages; the workbook has its summary, matrix, ranking, completeness and
//! one sheet per indicator with the units' values.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use lotrinh::consolidate::{self, figure_text, sample};
use lotrinh::i18n::Lang;
use lotrinh::report::{ExportOptions, consolidated_pdf_bytes};
use lotrinh::spreadsheet::{Cell, read_xlsx};

fn opened() -> consolidate::Opened {
    let set = sample::generate(&sample::SampleOptions::new(6, 11));
    let projects: Vec<_> = set
        .plans
        .into_iter()
        .map(|(file, plan)| (Path::new(&file).to_path_buf(), plan))
        .collect();
    consolidate::open_in_memory(set.collection, &projects)
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tong-hop.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_consolidated_pdf_has_figures_units_and_completeness() {
    let opened = opened();
    for lang in Lang::ALL {
        let options = ExportOptions {
            lang,
            printed_on: NaiveDate::from_ymd_opt(2025, 10, 15).unwrap(),
        };
        let bytes =
            consolidated_pdf_bytes(&opened.collection, &opened.consolidation, &options).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_text(&bytes);
        let words = lang.texts().consolidate;
        for expected in [
            words.pdf_title,
            words.pdf_section_indicators,
            words.pdf_section_units,
        ] {
            assert!(text.contains(expected), "{lang:?}: {expected}");
        }
        assert!(text.contains(words.pdf_section_completeness), "{lang:?}");
        let consolidation = &opened.consolidation;
        let best = &consolidation.members[consolidation.ranking[0]];
        let worst = &consolidation.members[*consolidation.ranking.last().unwrap()];
        let best_at = text.find(&best.unit.name).unwrap();
        let worst_at = text.rfind(&worst.unit.name).unwrap();
        assert!(best_at < worst_at, "{lang:?}: units best first");
        let submission = consolidation
            .indicators
            .iter()
            .find(|i| i.template.id == "online_submission_rate_pct")
            .unwrap();
        let figure = figure_text(submission, consolidation, lang);
        let start: String = figure.chars().take(12).collect();
        assert!(text.contains(&start), "{lang:?}: {start}");
    }
}

#[test]
fn the_workbook_has_a_sheet_per_indicator_with_every_unit() {
    let opened = opened();
    let bytes = lotrinh::spreadsheet::consolidation_xlsx_bytes(
        &opened.collection,
        &opened.consolidation,
        Lang::Vi,
    )
    .unwrap();
    let sheets = read_xlsx(&bytes).unwrap();
    let consolidation = &opened.consolidation;
    assert_eq!(sheets.len(), 4 + consolidation.indicators.len());
    let matrix = &sheets[1];
    let text = |cell: &Cell| match cell {
        Cell::Text(text) => text.clone(),
        Cell::Number(number) => number.to_string(),
        _ => String::new(),
    };
    let all: Vec<String> = matrix.rows.iter().flatten().map(text).collect();
    for member in &consolidation.members {
        assert!(all.contains(&member.unit.name), "{}", member.unit.name);
    }
    let first = &sheets[4];
    let rows_with_units = first
        .rows
        .iter()
        .filter(|row| {
            row.iter()
                .any(|c| consolidation.members.iter().any(|m| text(c) == m.unit.name))
        })
        .count();
    assert_eq!(rows_with_units, consolidation.indicators[0].with_indicator);
}
