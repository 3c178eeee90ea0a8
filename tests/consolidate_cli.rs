#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! End-to-end tests of `lotrinh sample` and `lotrinh consolidate`: text and JSON output in both
//! languages, exit 1 with a broken member (the rest still reported), the XLSX workbook, the values
//! written into a province plan or a new plan, and clean refusals.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn lotrinh(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the lotrinh binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn sample(dir: &Path) {
    let output = lotrinh(dir, &["sample", "--units", "8", "--seed", "5", "-o", "mau"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Đã tạo 8 kế hoạch mẫu"));
}

#[test]
fn sample_then_consolidate_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let plans = std::fs::read_dir(dir.path().join("mau")).unwrap().count();
    assert_eq!(
        plans,
        8 + 2,
        "8 plans, the collection and the province folder"
    );
    let again = lotrinh(dir.path(), &["sample", "--units", "8", "-o", "mau"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("đã có"));

    let output = lotrinh(dir.path(), &["consolidate", "mau"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(out.contains("Đã đọc 8 tệp; 0 tệp lỗi"), "{out}");
    assert!(out.contains("xã đạt mục tiêu 2025"), "{out}");
    assert!(out.contains("Tỷ lệ chung"), "{out}");
    let english = lotrinh(dir.path(), &["consolidate", "mau", "--lang", "en"]);
    let out = text(&english.stdout);
    assert!(out.contains("Read 8 files; 0 failed"), "{out}");
    assert!(out.contains("communes met their 2025 target"), "{out}");
}

#[test]
fn a_broken_member_gives_exit_1_and_the_rest_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let broken = dir.path().join("mau/xa-hong.ron");
    std::fs::write(
        &broken,
        "(\n    format: \"lotrinh\",\n    version: 1,\n    unit: (",
    )
    .unwrap();
    let output = lotrinh(dir.path(), &["consolidate", "mau", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(
        err.contains("xa-hong.ron") && err.contains("cắt cụt"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["members"].as_array().unwrap().len(), 8);
    assert_eq!(json["failures"].as_array().unwrap().len(), 1);
    assert_eq!(json["as_of"], "2025-09-30");
    let indicators = json["indicators"].as_array().unwrap();
    assert!(indicators.len() >= 50);
    let submission = indicators
        .iter()
        .find(|i| i["id"] == "online_submission_rate_pct")
        .unwrap();
    assert_eq!(submission["rule"], "ratio_of_sums");
    assert!(submission["figure"].as_f64().is_some());
    let earlier = lotrinh(
        dir.path(),
        &["consolidate", "mau", "--json", "--as-of", "30/06/2025"],
    );
    let json: Value = serde_json::from_slice(&earlier.stdout).unwrap();
    assert_eq!(json["as_of"], "2025-06-30");
}

#[test]
fn workbook_and_plans_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path());
    let province_dir = dir.path().join("mau/tinh");
    let province = std::fs::read_dir(&province_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let before = std::fs::read(&province).unwrap();
    let province_arg = province.display().to_string();
    let output = lotrinh(
        dir.path(),
        &[
            "consolidate",
            "mau/tong-hop.ron",
            "--xlsx",
            "tong-hop.xlsx",
            "--into",
            &province_arg,
            "-o",
            "tinh-da-ghi.ron",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Đã ghi"));
    assert_eq!(
        std::fs::read(&province).unwrap(),
        before,
        "the province plan is only read"
    );
    let written = lotrinh::storage::load(&dir.path().join("tinh-da-ghi.ron")).unwrap();
    let fibre = written.project.indicator("fibre_households_pct").unwrap();
    let value = fibre
        .measurements
        .iter()
        .find(|m| m.date.to_string() == "2025-09-30")
        .unwrap();
    assert!(value.note.contains("Tổng hợp từ"), "{}", value.note);
    assert!(value.source.contains("Bộ tổng hợp"), "{}", value.source);
    let bytes = std::fs::read(dir.path().join("tong-hop.xlsx")).unwrap();
    let sheets = lotrinh::spreadsheet::read_xlsx(&bytes).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert!(
        names.starts_with(&["Tổng hợp", "Ma trận", "Xếp hạng", "Mức độ đầy đủ"]),
        "{names:?}"
    );
    assert!(names.len() > 50, "one sheet per indicator");

    let fresh = lotrinh(
        dir.path(),
        &["consolidate", "mau", "-o", "moi.ron", "--lang", "en"],
    );
    assert_eq!(fresh.status.code(), Some(0), "{}", text(&fresh.stderr));
    let new_plan = lotrinh::storage::load(&dir.path().join("moi.ron"))
        .unwrap()
        .project;
    assert_eq!(new_plan.unit.level, lotrinh::model::UnitLevel::Province);
    let teams = new_plan.indicator("community_digital_teams_count").unwrap();
    assert!(
        !teams.targets.is_empty(),
        "targets summed from the members'"
    );
    assert_eq!(teams.measurements.len(), 1);
}

#[test]
fn nothing_to_consolidate_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = lotrinh(dir.path(), &["consolidate", "."]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("Không tìm thấy tệp kế hoạch"));
    let bad_date = lotrinh(dir.path(), &["consolidate", ".", "--as-of", "31/02/2025"]);
    assert_eq!(bad_date.status.code(), Some(2));
}
