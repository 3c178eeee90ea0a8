#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The PDF report read back with poppler (pdftotext, pdffonts, pdfinfo): every indicator name with
//! its diacritics, the summary written from the data, the page footers, the embedded font, A4
//! pages, no word outside the margins, and the table header repeated on the next page.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{
    AdminUnit, Baseline, Indicator, MeasureUnit, Measurement, Pillar, Project, Target,
};
use lotrinh::progress::summarize;
use lotrinh::report::{self, ExportOptions};
use lotrinh::storage;
use unicode_normalization::UnicodeNormalization as _;

const EXAMPLES: [&str; 3] = ["huong-tra.ron", "hau-giang.ron", "xa-demo.ron"];

fn example(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    storage::load(&path).unwrap().project
}

fn options(lang: Lang) -> ExportOptions {
    ExportOptions {
        lang,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
    }
}

/// Writes the PDF of `project` to a temporary file.
fn pdf(project: &Project, lang: Lang, dir: &Path, name: &str) -> PathBuf {
    let bytes = report::pdf_bytes(project, &options(lang)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed: {e}"));
    assert!(
        output.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text in drawing order with all whitespace collapsed to single spaces.
fn text_of(path: &Path, pages: Option<(usize, usize)>) -> String {
    let file = path.to_str().unwrap();
    let mut args = vec!["-raw".to_owned(), "-enc".to_owned(), "UTF-8".to_owned()];
    if let Some((first, last)) = pages {
        args.extend([
            "-f".to_owned(),
            first.to_string(),
            "-l".to_owned(),
            last.to_string(),
        ]);
    }
    args.extend([file.to_owned(), "-".to_owned()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    collapse(&poppler("pdftotext", &args))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_count(path: &Path) -> usize {
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("595.28 x 841.89 pts (A4)"), "{info}");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

#[test]
fn every_indicator_name_comes_back_exactly_with_its_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let project = example(name);
        for lang in Lang::ALL {
            let path = pdf(
                &project,
                lang,
                dir.path(),
                &format!("{name}-{}.pdf", lang.code()),
            );
            let text = text_of(&path, None);
            assert_eq!(
                text.nfc().collect::<String>(),
                text,
                "{name}: pdftotext gives NFC"
            );
            for indicator in &project.indicators {
                // In English, the English name where the plan has one.
                let shown = lotrinh::i18n::indicator_name(indicator, lang);
                assert!(
                    text.contains(&collapse(shown)),
                    "{name} {lang:?}: “{shown}” missing"
                );
            }
            let summary = summarize(&project);
            let sentence = report::summary_sentence(&project, &summary, lang);
            assert!(text.contains(&collapse(&sentence)), "{name}: {sentence}");
            let pages = page_count(&path);
            let last_footer = match lang {
                Lang::Vi => format!("Trang {pages}/{pages}"),
                Lang::En => format!("Page {pages} of {pages}"),
            };
            assert!(text.contains(&last_footer), "{name}: {last_footer}");
            assert!(
                text.contains("22/11/2026"),
                "the printing date is in the footer"
            );
        }
    }
}

#[test]
fn the_vietnamese_report_reads_like_the_administrative_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = pdf(&example("huong-tra.ron"), Lang::Vi, dir.path(), "ht.pdf");
    let text = text_of(&path, None);
    for expected in [
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ",
        "Kỳ báo cáo: tính đến ngày 30/09/2022",
        "Tính đến ngày 30/09/2022, thị xã Hương Trà có 16 chỉ tiêu:",
        "Số chỉ tiêu theo trụ cột và mức độ thực hiện",
        "STT Chỉ tiêu Đơn vị tính Giá trị cơ sở Mục tiêu 2025 Mục tiêu 2030 Kết quả thực hiện Tỷ lệ đạt Đánh giá",
        "3. Các chỉ tiêu cần tập trung chỉ đạo",
        "Tốc độ cần đạt",
        "Có nguy cơ không đạt",
    ] {
        assert!(text.contains(expected), "missing “{expected}” in:\n{text}");
    }
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    assert!(
        fonts.contains("NotoSans-Regular") && fonts.contains("NotoSans-Bold"),
        "{fonts}"
    );
    for line in fonts.lines().skip(2) {
        assert!(
            line.contains("yes yes yes"),
            "embedded, subset, with ToUnicode: {line}"
        );
    }
}

/// A plan with one pillar of 70 indicators with long names, to run the table over pages.
fn long_project() -> Project {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut project = Project::new(
        AdminUnit {
            name: "Xã Thử Nghiệm Tên Rất Dài Để Kiểm Tra Việc Xuống Dòng".to_owned(),
            ..AdminUnit::default()
        },
        date(2024, 6, 30),
    );
    for index in 0..70 {
        let mut indicator = Indicator::new(
            &format!("ct_{index}"),
            &format!(
                "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật) số {index} \
                 Siêu_dài_không_có_khoảng_trắng_để_buộc_phải_ngắt_giữa_các_ký_tự_{index}"
            ),
            Pillar::DigitalGovernment,
            MeasureUnit::Count {
                word: "hồ sơ điện tử".to_owned(),
            },
        );
        indicator.baseline = Some(Baseline {
            date: date(2020, 12, 31),
            value: 1000.0,
        });
        indicator.targets = vec![Target::new(2025, 250_000.0), Target::new(2030, 1_234_567.5)];
        indicator.measurements = vec![
            Measurement::new(date(2022, 12, 31), 1000.0 + index as f64 * 1000.0),
            Measurement::new(date(2023, 12, 31), 2000.0 + index as f64 * 2500.0),
        ];
        project.indicators.push(indicator);
    }
    project
}

#[test]
fn long_tables_repeat_their_header_and_nothing_leaves_the_margins() {
    let dir = tempfile::tempdir().unwrap();
    let project = long_project();
    let path = pdf(&project, Lang::Vi, dir.path(), "long.pdf");
    let pages = page_count(&path);
    assert!(pages >= 4, "{pages} pages");
    let second = text_of(&path, Some((2, 2)));
    assert!(
        second.contains("STT Chỉ tiêu Đơn vị tính"),
        "header repeated: {second}"
    );
    let bbox = poppler("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let mut words = 0;
    for line in bbox
        .lines()
        .filter(|l| l.trim_start().starts_with("<word "))
    {
        let number = |key: &str| -> f32 {
            let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
            let end = start + line[start..].find('"').unwrap();
            line[start..end].parse().unwrap()
        };
        let (x_min, x_max, y_max) = (number("xMin"), number("xMax"), number("yMax"));
        assert!(
            x_min >= 42.0 && x_max <= 553.5,
            "outside the margins: {line}"
        );
        assert!(y_max <= 841.0, "below the page: {line}");
        words += 1;
    }
    assert!(words > 1000, "{words} words checked");
}

#[test]
fn command_line_writes_the_pdf_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-demo.ron");
    let output = Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(dir.path())
        .args([
            "export",
            plan.to_str().unwrap(),
            "--pdf",
            "r.pdf",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = text_of(&dir.path().join("r.pdf"), None);
    assert!(
        text.contains("DIGITAL TRANSFORMATION TARGETS: PROGRESS REPORT"),
        "{text}"
    );
    assert!(text.contains("Results by pillar"));
    assert!(text.contains("Page 1 of"));
}
