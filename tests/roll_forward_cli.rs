#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `lotrinh new --from`: the 2025 review rolled forward into the 2026 plan, checked and summarised;
//! the yearly steps; a roadmap that goes backwards warned about by `lotrinh check`; bad arguments
//! refused with words.

use std::process::{Command, Output};

use serde_json::Value;

fn lotrinh(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the lotrinh binary runs")
}

fn ok(args: &[&str]) -> String {
    let output = lotrinh(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_2025_review_rolls_forward_checks_and_has_2025_baselines() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    let out = out.to_str().unwrap();
    let printed = ok(&[
        "new",
        "--from",
        "examples/xa-tong-ket-2025.ron",
        "--year",
        "2026",
        "-o",
        out,
    ]);
    assert!(printed.contains("30 (31/12/2025)"), "{printed}");
    assert!(
        printed.contains("nâng chỉ tiêu năm 2030: 24 → 30"),
        "{printed}"
    );
    let checked = ok(&["check", out]);
    assert!(checked.contains("hợp lệ, 19 chỉ tiêu"), "{checked}");
    let summary: Value = serde_json::from_str(&ok(&["summary", "--json", out])).unwrap();
    let indicators = summary["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 19);
    for indicator in indicators {
        assert_eq!(
            indicator["baseline"]["date"], "2025-12-31",
            "{}",
            indicator["id"]
        );
        let years: Vec<i64> = indicator["verdicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["year"].as_i64().unwrap())
            .collect();
        assert!(years.iter().all(|y| *y >= 2026), "{years:?}");
    }
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.contains("predecessor: \"xa-tong-ket-2025.ron\""));
    assert!(text.contains("Kết quả năm 2025 — xa-tong-ket-2025.ron"));
    assert!(
        !text.contains("2025-06-30"),
        "the history stays in the old file"
    );
}

#[test]
fn yearly_steps_are_filled_and_a_backwards_one_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("steps.ron");
    let out = out.to_str().unwrap();
    ok(&[
        "new",
        "--from",
        "examples/xa-tong-ket-2025.ron",
        "--year",
        "2026",
        "--steps",
        "linear",
        "--lang",
        "en",
        "-o",
        out,
    ]);
    let summary: Value = serde_json::from_str(&ok(&["summary", "--json", out])).unwrap();
    let fibre = summary["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "fibre_households_pct")
        .unwrap();
    let years: Vec<i64> = fibre["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["year"].as_i64().unwrap())
        .collect();
    assert_eq!(years, [2026, 2027, 2028, 2029, 2030]);
    let checked = ok(&["check", out]);
    assert!(!checked.contains("thụt lùi"), "{checked}");
    // A clerk types a 2028 target below 2027's.
    let text = std::fs::read_to_string(out).unwrap();
    let start = text.find("id: \"fibre_households_pct\"").unwrap();
    let key = "(year: 2028, value: ";
    let at = start + text[start..].find(key).unwrap() + key.len();
    let end = at + text[at..].find([',', ')']).unwrap();
    let broken = format!("{}10.0{}", &text[..at], &text[end..]);
    std::fs::write(out, broken).unwrap();
    let checked = ok(&["check", out]);
    assert!(
        checked.contains("fibre_households_pct: Chỉ tiêu năm 2028 (10%) thụt lùi so với năm 2027"),
        "{checked}"
    );
    assert!(checked.contains("The 2028 target (10%) goes backwards from 2027"));
}

#[test]
fn bad_roll_forward_arguments_are_refused_with_words() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("y.ron");
    let out = out.to_str().unwrap();
    for (args, words) in [
        (
            vec!["new", "--from", "examples/khong-co.ron", "-o", out],
            "khong-co.ron",
        ),
        (
            vec![
                "new",
                "--from",
                "examples/xa-tong-ket-2025.ron",
                "--steps",
                "cubic",
                "-o",
                out,
            ],
            "cubic",
        ),
        (
            vec![
                "new",
                "--from",
                "examples/xa-tong-ket-2025.ron",
                "--template",
                "commune",
                "-o",
                out,
            ],
            "--template",
        ),
    ] {
        let output = lotrinh(&args);
        assert!(!output.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!std::path::Path::new(out).exists(), "nothing written");
    }
}
