#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The PDF report read back with poppler (pdftotext, pdffonts, pdfinfo): the components of a filed
//! document (header block, number, place and date, headings I–IV, signer, recipients, appendix) in
//! both layouts, every indicator name with its diacritics, the summary written from the data, page
//! numbers at the top from page 2, the embedded serif, A4 pages (the appendix landscape), no word
//! outside the margins, and the appendix table's header repeated on the next page.

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

const EXAMPLES: [&str; 4] = [
    "huong-tra.ron",
    "hau-giang.ron",
    "xa-demo.ron",
    "chi-bo-thon-3.ron",
];

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
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// The text in the top 50 points of `page` (where the page number stands).
fn top_of_page(path: &Path, page: usize) -> String {
    let page = page.to_string();
    let args = [
        "-raw", "-enc", "UTF-8", "-f", &page, "-l", &page, "-x", "0", "-y", "0", "-W", "900", "-H",
        "50",
    ];
    let mut all: Vec<&str> = args.to_vec();
    all.extend([path.to_str().unwrap(), "-"]);
    collapse(&poppler("pdftotext", &all))
}

/// Page 1 has no number; every later page has its number alone at the top.
fn assert_page_numbers(path: &Path) {
    assert_eq!(top_of_page(path, 1), "", "no page number on page 1");
    for page in 2..=page_count(path) {
        assert_eq!(top_of_page(path, page), page.to_string(), "page {page}");
    }
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
            for sentence in lotrinh::sentences::counts_sentences(&project, &summary, lang) {
                assert!(text.contains(&collapse(&sentence)), "{name}: {sentence}");
            }
            assert_page_numbers(&path);
        }
    }
}

/// Asserts that every expected text is in `text`.
fn assert_contains_all(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(text.contains(expected), "missing “{expected}” in:\n{text}");
    }
}

#[test]
fn the_commune_report_has_the_components_of_an_administrative_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = pdf(&example("xa-demo.ron"), Lang::Vi, dir.path(), "xa.pdf");
    let first = text_of(&path, Some((1, 1)));
    assert!(
        first.starts_with(
            "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH XANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \
             Độc lập - Tự do - Hạnh phúc Số: 125/BC-UBND Hòa Bình Xanh, ngày 15 tháng 10 năm 2025 BÁO CÁO \
             Kết quả thực hiện Kế hoạch chuyển đổi số 9 tháng đầu năm 2025"
        ),
        "{first}"
    );
    let text = text_of(&path, None);
    assert_contains_all(
        &text,
        &[
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Kết quả chung",
            "Số chỉ tiêu theo trụ cột và mức độ thực hiện",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Nơi nhận: - Sở Khoa học và Công nghệ tỉnh Minh Châu (giả định);",
            "- Lưu: VT, VHXH.",
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
            "Nguyễn Văn An (giả định)",
            "PHỤ LỤC Kết quả thực hiện các chỉ tiêu chuyển đổi số \
             (Kèm theo Báo cáo số 125/BC-UBND ngày 15/10/2025)",
            "STT Chỉ tiêu Đơn vị tính Giá trị cơ sở Mục tiêu / Kế hoạch Thực hiện \
             So với chỉ tiêu (%) Mức độ hoàn thành lộ trình (%) Đánh giá Kế hoạch năm 2025 Mốc 2030",
            "Diễn biến các chỉ tiêu cần tập trung chỉ đạo",
        ],
    );
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    for face in ["LoTrinhSerif", "LoTrinhSerif-Bold", "LoTrinhSerif-Italic"] {
        assert!(fonts.contains(&format!("+{face} ")), "{face}: {fonts}");
    }
    for line in fonts.lines().skip(2) {
        assert!(
            line.contains("yes yes yes"),
            "embedded, subset, with ToUnicode: {line}"
        );
    }
}

#[test]
fn the_party_cell_report_uses_the_party_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = pdf(
        &example("chi-bo-thon-3.ron"),
        Lang::Vi,
        dir.path(),
        "cb.pdf",
    );
    let first = text_of(&path, Some((1, 1)));
    assert!(
        first.starts_with(
            "ĐẢNG BỘ XÃ HÒA BÌNH XANH CHI BỘ THÔN 3 * ĐẢNG CỘNG SẢN VIỆT NAM Số 05-BC/CB \
             Hòa Bình Xanh, ngày 10 tháng 10 năm 2025 BÁO CÁO \
             chuyên đề về chuyển đổi số trong chi bộ, quý III năm 2025"
        ),
        "{first}"
    );
    assert!(
        !first.contains("CỘNG HÒA XÃ HỘI"),
        "no quốc hiệu in a party document"
    );
    let text = text_of(&path, None);
    assert_contains_all(
        &text,
        &[
            "Thực hiện Nghị quyết số 57-NQ/TW",
            "Nơi nhận: - Đảng ủy xã (để báo cáo), - Đảng viên trong chi bộ, - Lưu chi bộ.",
            "T/M CHI BỘ BÍ THƯ",
            "Trần Văn Bình (giả định)",
            "(Kèm theo Báo cáo số 05-BC/CB ngày 10/10/2025)",
        ],
    );
}

#[test]
fn a_plan_without_document_settings_reports_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let project = example("hau-giang.ron");
    assert!(project.document.is_none());
    let path = pdf(&project, Lang::Vi, dir.path(), "hg.pdf");
    let first = text_of(&path, Some((1, 1)));
    assert!(
        first.starts_with("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "{first}"
    );
    assert!(first.contains("Số: …/BC-UBND"), "{first}");
    assert!(
        first.contains("ngày 22 tháng 11 năm 2026"),
        "the printing date: {first}"
    );
}

#[test]
fn every_vietnamese_letter_has_a_glyph_in_every_face() {
    let bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    let tones = [
        "", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}",
    ];
    let mut letters: Vec<char> = vec!['đ', 'Đ'];
    for base in bases {
        for tone in tones {
            let lower: String = format!("{base}{tone}").nfc().collect();
            assert_eq!(lower.chars().count(), 1, "{lower} precomposes");
            letters.extend(lower.chars());
            letters.extend(lower.to_uppercase().chars());
        }
    }
    assert_eq!(letters.len(), 2 + 12 * 6 * 2);
    for face in report::FontStyle::ALL {
        for letter in &letters {
            assert!(
                report::font_has_glyph(*letter, face),
                "{face:?} lacks {letter}"
            );
        }
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

/// A number attribute of a `pdftotext -bbox` line.
fn attribute(line: &str, key: &str) -> f32 {
    let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

#[test]
fn the_appendix_is_landscape_repeats_its_header_and_nothing_leaves_the_margins() {
    let dir = tempfile::tempdir().unwrap();
    let project = long_project();
    let path = pdf(&project, Lang::Vi, dir.path(), "long.pdf");
    let pages = page_count(&path);
    assert!(pages >= 5, "{pages} pages");
    let info = poppler(
        "pdfinfo",
        &["-f", "1", "-l", &pages.to_string(), path.to_str().unwrap()],
    );
    let landscape: Vec<usize> = (1..=pages)
        .filter(|page| info.contains(&format!("Page {page:>4} size:  841.89 x 595.276 pts")))
        .collect();
    let first = *landscape.first().unwrap();
    assert_eq!(landscape, (first..=pages).collect::<Vec<_>>(), "{info}");
    let appendix = text_of(&path, Some((first, first)));
    assert!(appendix.starts_with("PHỤ LỤC"), "{appendix}");
    assert_eq!(top_of_page(&path, first), first.to_string());
    let second = text_of(&path, Some((first + 1, first + 1)));
    assert!(
        second.contains("STT Chỉ tiêu Đơn vị tính Giá trị cơ sở Mục tiêu / Kế hoạch"),
        "header repeated: {second}"
    );
    let bbox = poppler("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let (mut words, mut width, mut height) = (0, 0.0, 0.0);
    for line in bbox.lines().map(str::trim_start) {
        if line.starts_with("<page ") {
            (width, height) = (attribute(line, "width"), attribute(line, "height"));
            continue;
        }
        if !line.starts_with("<word ") {
            continue;
        }
        let (left, right) = if width > height {
            (56.0, width - 56.0)
        } else {
            (84.5, width - 42.0)
        };
        let (x_min, x_max) = (attribute(line, "xMin"), attribute(line, "xMax"));
        assert!(
            x_min >= left && x_max <= right,
            "outside the margins: {line}"
        );
        assert!(
            attribute(line, "yMax") <= height - 55.0,
            "in the bottom margin: {line}"
        );
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
    assert_contains_all(
        &text,
        &[
            "SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness",
            "No. 125/BC-UBND",
            "Hòa Bình Xanh, 15 October 2025",
            "REPORT",
            "I. RESULTS",
            "2. Results by pillar",
            "II. SHORTCOMINGS AND THEIR CAUSES",
            "III. TASKS AND SOLUTIONS AHEAD",
            "IV. RECOMMENDATIONS",
            "Recipients:",
            "APPENDIX",
        ],
    );
}
