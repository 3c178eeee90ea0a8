#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The annual plan ("Kế hoạch chuyển đổi số năm 2026") of the 2026–2030 example, as PDF (read
//! back with pdftotext) and as Word (its XML unzipped), in both languages: "KẾ HOẠCH" with a
//! /KH- number, sections I–IV, every task with its lead agency and deadline, the appendix columns
//! last year's result / this year's target / the 2030 target, and the figures of one row; and
//! `lotrinh export --plan-pdf --plan-docx`.

use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::Project;
use lotrinh::report::{self, ExportOptions};

fn example() -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-ke-hoach-2026-2030.ron");
    lotrinh::storage::load(&path).unwrap().project
}

fn options(lang: Lang) -> ExportOptions {
    ExportOptions {
        lang,
        printed_on: NaiveDate::from_ymd_opt(2026, 1, 20).unwrap(),
    }
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kh.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn document_xml(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn docx_text(bytes: &[u8]) -> String {
    let xml = document_xml(bytes);
    // The runs' text, each paragraph on a line of its own.
    xml.split("</w:p>")
        .map(|paragraph| {
            paragraph
                .split("<w:t")
                .skip(1)
                .filter_map(|piece| {
                    let start = piece.find('>')?;
                    let end = piece.find("</w:t>")?;
                    Some(&piece[start + 1..end])
                })
                .collect::<String>()
        })
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn expected(lang: Lang) -> Vec<String> {
    let texts = lang.texts().planning.document;
    let mut lines = vec![
        texts.kind.to_owned(),
        (texts.subject)(2026),
        texts.heading_purpose.to_owned(),
        (texts.heading_targets)(2026),
        texts.heading_tasks.to_owned(),
        texts.heading_organisation.to_owned(),
        (texts.appendix_title)(2026),
        (texts.targets_text)(19, 2026),
    ];
    lines.extend(
        (texts.columns)(2025, 2026, 2030)
            .into_iter()
            .skip(3)
            .take(3),
    );
    let project = example();
    let steering = project.indicator("dx_steering_meetings_per_year").unwrap();
    lines.push((texts.task_line)(
        &steering.task,
        &steering.responsible,
        &steering.due,
    ));
    lines
}

#[test]
fn the_annual_plan_pdf_has_its_sections_tasks_and_columns() {
    for lang in [Lang::Vi, Lang::En] {
        let bytes = report::annual_plan_pdf_bytes(&example(), None, &options(lang)).unwrap();
        let text = pdf_text(&bytes);
        for line in expected(lang) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&line), "{lang:?}: missing “{line}” in {text}");
        }
        assert!(text.contains("…/KH-UBND"), "a plan's number: {text}");
        assert!(!text.contains("/BC-UBND"));
    }
}

#[test]
fn the_annual_plan_word_file_has_the_same_and_one_row_of_figures() {
    let project = example();
    let bytes = report::annual_plan_docx_bytes(&project, None, &options(Lang::Vi)).unwrap();
    let text = docx_text(&bytes);
    for line in expected(Lang::Vi) {
        assert!(
            text.lines().any(|l| l.contains(&line)),
            "missing “{line}” in:\n{text}"
        );
    }
    // The fibre row: 86 at the end of 2025, 88,8 planned for 2026, 100 for 2030, then its task.
    let fibre = project.indicator("fibre_households_pct").unwrap();
    let name = fibre.name.as_str();
    let at = text.lines().position(|l| l == name).unwrap();
    let row: Vec<&str> = text.lines().skip(at + 1).take(6).collect();
    assert_eq!(row[..4], ["%", "86", "88,8", "100"], "{row:?}");
    assert_eq!(row[4], fibre.task);
    // One header row per table, repeated on every page it runs onto (a row of cells merged down
    // into an empty second row repeats as an empty sliver in LibreOffice).
    let xml = document_xml(&bytes);
    assert_eq!(
        xml.matches("<w:tblHeader />").count(),
        5,
        "one per pillar table"
    );
    assert!(!xml.contains("w:vMerge"));
}

#[test]
fn lotrinh_export_writes_the_annual_plan() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kh.pdf");
    let docx = dir.path().join("kh.docx");
    let output = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["export", "examples/xa-ke-hoach-2026-2030.ron", "--plan-pdf"])
        .arg(&pdf)
        .arg("--plan-docx")
        .arg(&docx)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = pdf_text(&std::fs::read(&pdf).unwrap());
    assert!(text.contains("KẾ HOẠCH Chuyển đổi số năm 2026"), "{text}");
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
}

#[test]
fn a_party_cell_s_annual_plan_is_in_the_party_layout() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/chi-bo-thon-3.ron");
    let cell = lotrinh::storage::load(&path).unwrap().project;
    let preview = lotrinh::planning::preview(&cell, 2026, &lotrinh::catalog::targets_for);
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 20).unwrap();
    let words = lotrinh::i18n::roll_words(&cell, &preview, "chi-bo-thon-3.ron", as_of, Lang::Vi);
    let mut next = preview.apply(&cell, &words);
    report::renew_settings(&mut next, Lang::Vi);
    let bytes = report::annual_plan_pdf_bytes(&next, None, &options(Lang::Vi)).unwrap();
    let text = pdf_text(&bytes);
    assert!(text.contains("…-KH/CB"), "{text}");
    let party = Lang::Vi.texts().planning.document.organisation_party;
    let first = party.lines().next().unwrap();
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&first), "{text}");
    assert!(!text.contains("Ủy ban nhân dân xã"), "{text}");
}
