#![cfg(feature = "reports")]
//! The self-assessment form exported as PDF, Word and Excel, read back: the administrative
//! header and the form's columns, the computation in words, the officer's giải trình, points as
//! numbers in the workbook; in Vietnamese and in English.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Cursor, Read as _};
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{AssessmentEntry, Project};
use lotrinh::report::{ExportOptions, assessment_docx_bytes, assessment_pdf_bytes};
use lotrinh::scoring::bundled_index;
use lotrinh::spreadsheet::assessment_xlsx_bytes;

fn plan() -> Project {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-tong-ket-2025.ron");
    let mut project = lotrinh::storage::load(&path).unwrap().project;
    project.assessment.push(AssessmentEntry {
        explanation: "Đã kiện toàn theo Quyết định số 12/QĐ-UBND".to_owned(),
        choice: Some("bi_thu_chu_tich".to_owned()),
        ..AssessmentEntry::new("steering_head", 2025)
    });
    project
}

fn options(lang: Lang) -> ExportOptions {
    ExportOptions {
        lang,
        printed_on: NaiveDate::from_ymd_opt(2026, 1, 20).unwrap(),
    }
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phieu.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    String::from_utf8(output.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_pdf_form_has_the_header_the_columns_the_words_and_the_explanation() {
    let index = bundled_index().unwrap();
    let text = pdf_text(&assessment_pdf_bytes(&plan(), &index, None, &options(Lang::Vi)).unwrap());
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO",
        "Kết quả tự đánh giá, chấm điểm mức độ chuyển đổi số năm 2025",
        "Phiếu tự chấm điểm chỉ số chuyển đổi số năm 2025",
        "Tài liệu kiểm chứng",
        "3.268 / 3.800 = 86% × 20 điểm = 17,2 điểm",
        "Đã kiện toàn theo Quyết định số 12/QĐ-UBND",
        "308,79/1.000 điểm",
        "chưa có số liệu",
    ] {
        assert!(
            text.contains(expected) || text.contains(&expected.replace(' ', "")),
            "{expected:?} not in the PDF"
        );
    }
    let english =
        pdf_text(&assessment_pdf_bytes(&plan(), &index, None, &options(Lang::En)).unwrap());
    assert!(
        english.contains("Digital-transformation self-assessment form, 2025"),
        "{english}"
    );
    assert!(
        english.contains("3,268 / 3,800 = 86% × 20 points = 17.2 points"),
        "{english}"
    );
}

#[test]
fn the_word_form_holds_the_same_table() {
    let index = bundled_index().unwrap();
    let bytes = assessment_docx_bytes(&plan(), &index, None, &options(Lang::Vi)).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    for expected in [
        "Phiếu tự chấm điểm chỉ số chuyển đổi số năm 2025",
        "Giải trình",
        "Đã kiện toàn theo Quyết định số 12/QĐ-UBND",
        "Bí thư Đảng ủy hoặc Chủ tịch UBND xã: 100% × 20 điểm = 20 điểm",
    ] {
        assert!(xml.contains(expected), "{expected:?} not in the Word file");
    }
}

#[test]
fn the_excel_form_keeps_points_as_numbers() {
    let index = bundled_index().unwrap();
    let bytes = assessment_xlsx_bytes(&plan(), &index, None, Lang::Vi).unwrap();
    let mut workbook = Xlsx::new(Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range("Chấm điểm").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("STT".into())))
        .unwrap();
    assert_eq!(rows[header][6], Data::String("Tài liệu kiểm chứng".into()));
    let head = rows
        .iter()
        .find(|r| r.first() == Some(&Data::String("1.2".into())))
        .unwrap();
    assert_eq!(
        head[4],
        Data::Float(20.0),
        "the chosen role gives full points, as a number"
    );
    assert_eq!(
        head[5],
        Data::String("Đã kiện toàn theo Quyết định số 12/QĐ-UBND".into())
    );
    let total = rows.last().unwrap();
    assert_eq!(total[4], Data::Float(308.79));
}
