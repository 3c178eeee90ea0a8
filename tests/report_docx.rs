#![cfg(feature = "reports")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The Word report read back by unzipping its XML: the texts of the filed document in both layouts,
//! "Times New Roman" in every run's four font slots, repeated header rows (`w:tblHeader`), a fixed
//! column grid, merged header cells, the PAGE field in the header with a blank first-page header,
//! the landscape appendix section, PNG charts; then LibreOffice converts it (when installed; always
//! in CI) and every indicator name is found in its text.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::Project;
use lotrinh::report::{self, ExportOptions};
use lotrinh::storage;

fn example(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    storage::load(&path).unwrap().project
}

fn docx(project: &Project, lang: Lang) -> Vec<u8> {
    let options = ExportOptions {
        lang,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
    };
    let bytes = report::docx_bytes(project, &options).unwrap();
    assert!(bytes.starts_with(b"PK"), "a ZIP package");
    bytes
}

/// The parts of the package, by name.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().to_owned(), content)
        })
        .collect()
}

fn part(parts: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, bytes) = parts.iter().find(|(n, _)| n == name).unwrap();
    String::from_utf8(bytes.clone()).unwrap()
}

/// The text of each paragraph (`w:p`), its runs' `w:t` joined, one paragraph per line.
fn paragraphs(xml: &str) -> String {
    let mut lines = Vec::new();
    for paragraph in xml.split("</w:p>") {
        let mut line = String::new();
        for piece in paragraph.split("<w:t").skip(1) {
            let Some(start) = piece.find('>') else {
                continue;
            };
            let Some(end) = piece.find("</w:t>") else {
                continue;
            };
            line.push_str(&piece[start + 1..end]);
        }
        if !line.is_empty() {
            lines.push(line.replace("&amp;", "&").replace("&quot;", "\""));
        }
    }
    lines.join("\n")
}

fn assert_lines(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(
            text.lines().any(|line| line == *expected),
            "missing the paragraph “{expected}” in:\n{text}"
        );
    }
}

#[test]
fn the_commune_report_in_word_has_the_same_texts_fonts_and_tables() {
    let project = example("xa-demo.ron");
    let parts = parts(&docx(&project, Lang::Vi));
    let document = part(&parts, "word/document.xml");
    let text = paragraphs(&document);
    assert_lines(
        &text,
        &[
            "ỦY BAN NHÂN DÂN",
            "XÃ HÒA BÌNH XANH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 125/BC-UBND",
            "Hòa Bình Xanh, ngày 15 tháng 10 năm 2025",
            "BÁO CÁO",
            "Kết quả thực hiện Kế hoạch chuyển đổi số 9 tháng đầu năm 2025",
            "I. KẾT QUẢ THỰC HIỆN",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Nơi nhận:",
            "- Lưu: VT, VHXH.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn An (giả định)",
            "PHỤ LỤC",
            "(Kèm theo Báo cáo số 125/BC-UBND ngày 15/10/2025)",
            "Mục tiêu / Kế hoạch",
            "So với chỉ tiêu (%)",
            "Mức độ hoàn thành lộ trình (%)",
        ],
    );
    for indicator in &project.indicators {
        assert_lines(&text, &[indicator.name.as_str()]);
    }
    let fonts: Vec<&str> = document.split("<w:rFonts ").skip(1).collect();
    assert!(fonts.len() > 100, "{} run fonts", fonts.len());
    for font in fonts {
        let font = &font[..font.find("/>").unwrap()];
        for slot in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] {
            assert!(
                font.contains(&format!("{slot}=\"Times New Roman\"")),
                "{slot} in {font}"
            );
        }
    }
    let pillars = 5;
    assert_eq!(document.matches("<w:tblHeader />").count(), 2 * pillars);
    assert!(
        !document.contains("w:trHeight w:val=\"7\""),
        "no marker left"
    );
    assert!(document.matches("<w:tblLayout w:type=\"fixed\" />").count() >= pillars);
    assert!(document.matches("<w:gridSpan w:val=\"2\" />").count() >= pillars);
    assert!(document.contains("<w:vMerge w:val=\"restart\" />"));
    assert!(document.contains("<w:vMerge w:val=\"continue\" />"));
    assert!(
        document.contains("<w:titlePg />"),
        "first page without number"
    );
    assert!(document.contains("w:orient=\"landscape\""), "{document}");
    let headers: Vec<String> = parts
        .iter()
        .filter(|(name, _)| name.starts_with("word/header"))
        .map(|(name, _)| part(&parts, name))
        .collect();
    assert_eq!(headers.len(), 2, "one header per section");
    for header in &headers {
        assert!(
            header.contains("PAGE"),
            "the number in both sections: {header}"
        );
    }
    let images = parts
        .iter()
        .filter(|(name, _)| name.starts_with("word/media/") && name.ends_with(".png"))
        .count();
    let names: Vec<&String> = parts.iter().map(|(n, _)| n).collect();
    assert_eq!(
        images,
        1 + 8,
        "the pillar chart and eight trajectories: {names:?}"
    );
    for (name, bytes) in parts.iter().filter(|(n, _)| n.ends_with(".png")) {
        assert!(bytes.starts_with(b"\x89PNG"), "{name}");
    }
}

#[test]
fn the_party_cell_report_in_word_uses_the_party_layout() {
    let parts = parts(&docx(&example("chi-bo-thon-3.ron"), Lang::Vi));
    let text = paragraphs(&part(&parts, "word/document.xml"));
    assert_lines(
        &text,
        &[
            "ĐẢNG BỘ XÃ HÒA BÌNH XANH",
            "CHI BỘ THÔN 3",
            "*",
            "Số 05-BC/CB",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "T/M CHI BỘ",
            "BÍ THƯ",
            "- Lưu chi bộ.",
        ],
    );
    assert!(!text.contains("CỘNG HÒA XÃ HỘI"));
}

#[test]
fn english_word_report_has_english_headings() {
    let parts = parts(&docx(&example("hau-giang.ron"), Lang::En));
    let text = paragraphs(&part(&parts, "word/document.xml"));
    assert_lines(
        &text,
        &[
            "SOCIALIST REPUBLIC OF VIETNAM",
            "No. …/BC-UBND",
            "REPORT",
            "I. RESULTS",
            "IV. RECOMMENDATIONS",
            "APPENDIX",
        ],
    );
}

fn soffice() -> Option<PathBuf> {
    let found = Command::new("soffice").arg("--version").output().is_ok();
    if !found && std::env::var_os("CI").is_some() {
        panic!("CI installs LibreOffice Writer (.ci/run): soffice is missing");
    }
    found.then(|| PathBuf::from("soffice"))
}

#[test]
fn libreoffice_converts_the_word_file_with_every_indicator_name() {
    let Some(soffice) = soffice() else {
        eprintln!("soffice not installed: LibreOffice conversion not checked here");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let project = example("xa-demo.ron");
    let input = dir.path().join("xa.docx");
    std::fs::write(&input, docx(&project, Lang::Vi)).unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let output = Command::new(soffice)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&input)
        .output()
        .unwrap();
    let pdf = dir.path().join("xa.pdf");
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let first_line = |page: &str| page.lines().next().unwrap_or_default().trim().to_owned();
    assert_eq!(
        first_line(pages[0]),
        "ỦY BAN NHÂN DÂN",
        "no number on page 1"
    );
    assert_eq!(first_line(pages[1]), "2", "the number at the top of page 2");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for indicator in &project.indicators {
        let name = indicator
            .name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&name), "“{name}” missing in:\n{text}");
    }
    assert!(text.contains("Số: 125/BC-UBND"));
}

#[test]
fn document_settings_are_kept_in_the_plan_and_omitted_when_there_are_none() {
    let dir = tempfile::tempdir().unwrap();
    let plain = example("hau-giang.ron");
    assert!(plain.document.is_none(), "old files load unchanged");
    let path = dir.path().join("plain.ron");
    storage::save(&plain, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("document:"), "omitted when empty");
    let filed = example("chi-bo-thon-3.ron");
    let path = dir.path().join("filed.ron");
    storage::save(&filed, &path).unwrap();
    let again = storage::load(&path).unwrap().project;
    assert_eq!(again.document, filed.document);
    assert_eq!(
        again.document.unwrap().layout,
        lotrinh::model::DocumentLayout::Party
    );
}
