#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `lotrinh score`: the total, the index and every criterion's words, as text and JSON, in both
//! languages; a bad index refused with words and no panic.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn lotrinh(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lotrinh"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the lotrinh binary runs")
}

fn json(args: &[&str]) -> Value {
    let output = lotrinh(args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn score_prints_the_total_the_index_and_every_criterion() {
    let document = json(&["score", "examples/xa-tong-ket-2025.ron", "--json"]);
    let total = document["total"].as_f64().unwrap();
    let max = document["max"].as_f64().unwrap();
    assert_eq!(max, 1000.0);
    assert!(total > 0.0 && total < max, "{total}");
    let groups = document["groups"].as_array().unwrap();
    let sum: f64 = groups.iter().map(|g| g["points"].as_f64().unwrap()).sum();
    assert!((sum - total).abs() < 1e-9, "groups add up to the total");
    assert_eq!(
        document["index_value"].as_f64().unwrap(),
        (total / max * 10_000.0).round() / 10_000.0
    );
    let criteria: Vec<&Value> = groups
        .iter()
        .flat_map(|g| g["criteria"].as_array().unwrap())
        .collect();
    assert!(criteria.len() >= 40);
    let fibre = criteria
        .iter()
        .find(|c| c["id"] == "fibre_households")
        .unwrap();
    assert_eq!(
        fibre["computation"],
        "3.268 / 3.800 = 86% × 20 điểm = 17,2 điểm"
    );
    assert!(
        criteria
            .iter()
            .any(|c| c["computation"] == "chưa chọn — 0 điểm")
    );

    let english = json(&[
        "score",
        "examples/xa-tong-ket-2025.ron",
        "--json",
        "--lang",
        "en",
    ]);
    assert_eq!(english["total"], document["total"]);
    let fibre = english["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["criteria"].as_array().unwrap())
        .find(|c| c["id"] == "fibre_households")
        .unwrap();
    assert_eq!(
        fibre["computation"],
        "3,268 / 3,800 = 86% × 20 points = 17.2 points"
    );
}

#[test]
fn score_text_names_the_largest_gaps() {
    let output = lotrinh(&["score", "examples/xa-tong-ket-2025.ron"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("tự chấm điểm năm 2025"), "{text}");
    assert!(
        text.contains("Tiêu chí có thể nâng điểm nhiều nhất"),
        "{text}"
    );
    let output = lotrinh(&[
        "score",
        "examples/xa-tong-ket-2025.ron",
        "--lang",
        "en",
        "--year",
        "2024",
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("self-assessment 2024"), "{text}");
}

#[test]
fn a_bad_index_is_refused_with_words() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("bad.ron");
    std::fs::write(&index, "ScoreIndex(format: \"lotrinh-chi-so\", version: 1, id: \"x\", name: \"X\", max_points: 10.0, groups: [(id: \"g\", name: \"G\", max_points: 10.0, criteria: [(id: \"c\", name: \"C\", max_points: 10.0, rule: Bonus)])])").unwrap();
    let output = lotrinh(&[
        "score",
        "examples/xa-demo.ron",
        "--index",
        index.to_str().unwrap(),
    ]);
    let err = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("“Bonus”") && err.contains("rule “Bonus”"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(Path::new(&index).exists());
}

#[test]
fn consolidate_with_an_index_ranks_the_members_by_points() {
    let document = json(&[
        "consolidate",
        "examples/tong-hop-12-xa/tong-hop.ron",
        "--index",
        "assets/indices/xa-de-xuat.ron",
        "--json",
    ]);
    let members = document["score_ranking"]["members"].as_array().unwrap();
    assert_eq!(members.len(), 12);
    let totals: Vec<f64> = members
        .iter()
        .map(|m| m["total"].as_f64().unwrap())
        .collect();
    assert!(
        totals.windows(2).all(|w| w[0] >= w[1]),
        "best first: {totals:?}"
    );
    // Each member's points are those `lotrinh score` gives its plan (checked for three).
    for (file, unit) in [
        ("xa-yen-ha.ron", "Xã Yên Hà"),
        ("xa-quang-son.ron", "Xã Quảng Sơn"),
        ("xa-duc-hung-trung.ron", "Xã Đức Hưng Trung"),
    ] {
        let path = format!("examples/tong-hop-12-xa/{file}");
        let alone = json(&["score", &path, "--json"]);
        let member = members.iter().find(|m| m["unit"] == unit).unwrap();
        assert_eq!(member["total"], alone["total"], "{unit}");
    }
    assert_eq!(members[0]["unit"], "Xã Yên Hà");
    assert_eq!(members[0]["rank"], 1);
    assert_eq!(members[11]["rank"], 12);
    // Without --index there is no ranking by points, and the output is as before.
    let plain = json(&[
        "consolidate",
        "examples/tong-hop-12-xa/tong-hop.ron",
        "--json",
    ]);
    assert!(plain.get("score_ranking").is_none());
    assert!(!plain.to_string().contains("\"score\""));
}
