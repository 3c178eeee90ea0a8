#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! End-to-end tests of the `lotrinh` binary: `templates`, `new`, `check` and `summary` (text in
//! Vietnamese and English, `--as-of`, `--json`), and refusal of bad input without a panic.

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

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Asserts a clean failure: exit code `code`, a message on stderr, no panic.
fn assert_fails(output: &Output, code: i32, expected_in_stderr: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {err}");
    assert!(
        err.contains(expected_in_stderr),
        "stderr lacks {expected_in_stderr:?}: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

const NEW_ARGS: [&str; 9] = [
    "new",
    "--template",
    "commune",
    "--unit-name",
    "Xã Phong Điền",
    "--level",
    "commune",
    "--as-of",
    "2025-09-30",
];

fn new_plan(dir: &Path, output: &str) -> Output {
    let mut args = NEW_ARGS.to_vec();
    args.extend(["-o", output]);
    lotrinh(dir, &args)
}

/// A project judged on 30/06/2026 with three indicators:
/// - `hstt` ↑ 20 → 60 (2025) → 90 (2030): 55 at the end of 2025 (2025 missed), 70 now (on track);
/// - `vuot` ↑ 30 → 80 (2025) → 95 (2030): 85 at the end of 2025, 97 now (exceeded twice);
/// - `qua_han` ↓ 40 → 10 (2025 only): 25 at the end of 2025 and 20 now (missed).
const PROJECT: &str = r#"(
    format: "lotrinh",
    version: 1,
    unit: (level: Commune, name: "Xã Thử Nghiệm", province: "Hải Phòng"),
    title: "Kế hoạch chuyển đổi số",
    as_of: "2026-06-30",
    indicators: [
        (
            id: "hstt",
            name: "Hồ sơ trực tuyến toàn trình",
            pillar: DigitalGovernment,
            unit: Percent,
            direction: HigherIsBetter,
            baseline: (date: "2020-01-01", value: 20.0),
            targets: [(year: 2025, value: 60.0), (year: 2030, value: 90.0)],
            measurements: [
                (date: "2024-12-31", value: 45.0),
                (date: "2025-12-31", value: 55.0),
                (date: "2026-06-30", value: 70.0),
            ],
        ),
        (
            id: "vuot",
            name: "Hộ gia đình có cáp quang",
            pillar: DigitalSociety,
            unit: Percent,
            baseline: (date: "2020-01-01", value: 30.0),
            targets: [(year: 2025, value: 80.0), (year: 2030, value: 95.0)],
            measurements: [
                (date: "2024-12-31", value: 70.0),
                (date: "2025-12-31", value: 85.0),
                (date: "2026-03-31", value: 97.0),
            ],
        ),
        (
            id: "qua_han",
            name: "Hồ sơ trễ hạn",
            pillar: DigitalGovernment,
            unit: Count(word: "hồ sơ"),
            direction: LowerIsBetter,
            baseline: (date: "2020-01-01", value: 40.0),
            targets: [(year: 2025, value: 10.0)],
            measurements: [
                (date: "2024-12-31", value: 30.0),
                (date: "2025-12-31", value: 25.0),
                (date: "2026-06-30", value: 20.0),
            ],
        ),
    ],
)
"#;

fn project_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.ron"), PROJECT).unwrap();
    dir
}

/// The table row of indicator `id`.
fn row<'a>(text: &'a str, id: &str) -> &'a str {
    text.lines()
        .find(|line| line.split_whitespace().next() == Some(id))
        .unwrap_or_else(|| panic!("no row for {id} in:\n{text}"))
}

fn json_summary(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["summary", "plan.ron", "--json"];
    args.extend(extra);
    let output = lotrinh(dir, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("summary --json prints JSON")
}

fn indicator<'a>(document: &'a Value, id: &str) -> &'a Value {
    document["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {document}"))
}

#[test]
fn templates_lists_the_bundled_catalogues() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["vi", "en"] {
        let output = lotrinh(dir.path(), &["templates", "--lang", lang]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = stdout(&output);
        let ids: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with(' '))
            .filter_map(|line| line.split_whitespace().next())
            .collect();
        assert_eq!(ids, ["commune", "national", "province", "party"], "{text}");
    }
}

#[test]
fn new_creates_a_plan_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let output = new_plan(dir.path(), "plan.ron");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("plan.ron"), "{}", stdout(&output));
    let path = dir.path().join("plan.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("Xã Phong Điền"), "{text}");
    let loaded = lotrinh::storage::load(&path).unwrap();
    assert_eq!(loaded.project.unit.name, "Xã Phong Điền");
    assert_eq!(
        loaded.project.unit.level,
        lotrinh::model::UnitLevel::Commune
    );
    assert_eq!(loaded.project.as_of.to_string(), "2025-09-30");
    let check = lotrinh(dir.path(), &["check", "plan.ron"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(stdout(&check).contains("plan.ron"), "{}", stdout(&check));
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    assert!(new_plan(dir.path(), "plan.ron").status.success());
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, PROJECT).unwrap();
    let second = new_plan(dir.path(), "plan.ron");
    assert_fails(&second, 1, "plan.ron");
    assert!(stderr(&second).contains("--force"), "{}", stderr(&second));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        PROJECT,
        "the file was changed"
    );
    assert!(
        !dir.path().join("plan.ron.bak").exists(),
        "nothing may be written"
    );
}

#[test]
fn new_rejects_an_unknown_template_level_or_date() {
    let dir = tempfile::tempdir().unwrap();
    let run = |replace: (&str, &str)| {
        let mut args = NEW_ARGS.to_vec();
        let at = args.iter().position(|a| *a == replace.0).unwrap() + 1;
        args[at] = replace.1;
        args.extend(["-o", "plan.ron"]);
        lotrinh(dir.path(), &args)
    };
    assert_fails(&run(("--template", "khong_co")), 1, "khong_co");
    assert_fails(&run(("--level", "county")), 1, "county");
    assert_fails(&run(("--as-of", "31/02/2025")), 1, "31/02/2025");
    assert_fails(&run(("--as-of", "hôm qua")), 1, "hôm qua");
    assert!(
        !dir.path().join("plan.ron").exists(),
        "no file after a refused `new`"
    );
}

#[test]
fn check_explains_a_file_that_is_not_ron() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ghi_chu.txt"),
        "Đây là ghi chú, không phải RON.\n",
    )
    .unwrap();
    let output = lotrinh(dir.path(), &["check", "ghi_chu.txt"]);
    assert_fails(&output, 1, "ghi_chu.txt");
    assert!(stderr(&output).contains("dòng"), "{}", stderr(&output));
}

#[test]
fn check_fails_when_any_file_is_bad() {
    let dir = project_dir();
    std::fs::write(
        dir.path().join("hong.ron"),
        "(format: \"lotrinh\", version: 1, as_of: ",
    )
    .unwrap();
    let good = lotrinh(dir.path(), &["check", "plan.ron"]);
    assert_eq!(good.status.code(), Some(0), "{}", stderr(&good));
    let mixed = lotrinh(dir.path(), &["check", "plan.ron", "hong.ron"]);
    assert_fails(&mixed, 1, "hong.ron");
}

#[test]
fn summary_in_vietnamese() {
    let dir = project_dir();
    let output = lotrinh(dir.path(), &["summary", "plan.ron"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("Xã Thử Nghiệm — tính đến ngày 30/06/2026"),
        "{text}"
    );
    assert!(
        row(&text, "hstt").contains("Đúng tiến độ · 2025: Không đạt"),
        "{text}"
    );
    assert!(row(&text, "vuot").contains("Vượt · 2025: Vượt"), "{text}");
    // After its only milestone the status is the verdict: nothing beside it.
    assert!(row(&text, "qua_han").contains("Không đạt"), "{text}");
    assert!(!row(&text, "qua_han").contains("· 2025"), "{text}");
    // Both figures: 70 of 90 is 78 % of the target and 71 % of the way from 20; 97 of 95 is
    // 102 %, not clamped; a lower-is-better count has no "so với chỉ tiêu".
    assert!(
        text.contains("So với chỉ tiêu") && text.contains("Hoàn thành lộ trình"),
        "{text}"
    );
    assert!(!text.contains("Tỷ lệ đạt"), "{text}");
    let hstt: Vec<&str> = row(&text, "hstt").split_whitespace().collect();
    assert!(hstt.windows(2).any(|w| w == ["78%", "71%"]), "{text}");
    assert!(row(&text, "vuot").contains("102%"), "{text}");
    assert!(row(&text, "qua_han").contains("—"), "{text}");
    assert!(text.contains("Số chỉ tiêu đạt và vượt: 1/3."), "{text}");
    assert!(
        text.contains("Mục tiêu năm 2025: 1/3 chỉ tiêu đạt."),
        "{text}"
    );
    let total = text.lines().find(|l| l.starts_with("Tổng")).unwrap();
    assert!(
        total.contains("Đạt 1, Đúng tiến độ 1, Chậm tiến độ 0, Có nguy cơ không đạt 0, Không đạt 1, Chưa có số liệu 0"),
        "{total}"
    );
}

#[test]
fn summary_in_english() {
    let dir = project_dir();
    let output = lotrinh(dir.path(), &["summary", "plan.ron", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("as of 30/06/2026"), "{text}");
    assert!(
        row(&text, "hstt").contains("On track · 2025: Missed"),
        "{text}"
    );
    assert!(
        row(&text, "vuot").contains("Exceeded · 2025: Exceeded"),
        "{text}"
    );
    assert!(
        row(&text, "qua_han").contains("Missed") && !row(&text, "qua_han").contains("· 2025"),
        "{text}"
    );
    assert!(!text.contains("Đúng tiến độ"), "{text}");
}

#[test]
fn summary_as_of_changes_the_outcome() {
    let dir = project_dir();
    let output = lotrinh(
        dir.path(),
        &["summary", "plan.ron", "--as-of", "30/06/2025"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("tính đến ngày 30/06/2025"), "{text}");
    assert!(
        !text.contains("· 2025"),
        "no verdict before the 2025 deadline: {text}"
    );
    assert!(
        row(&text, "hstt").contains("Có nguy cơ không đạt"),
        "{text}"
    );
    assert!(row(&text, "vuot").contains("Chậm tiến độ"), "{text}");
    assert!(
        row(&text, "qua_han").contains("Có nguy cơ không đạt"),
        "{text}"
    );

    let before = json_summary(dir.path(), &["--as-of", "2025-06-30"]);
    assert_eq!(before["as_of"], "2025-06-30");
    let statuses: Vec<&str> = before["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["at_risk", "behind", "at_risk"]);
    let bad = lotrinh(
        dir.path(),
        &["summary", "plan.ron", "--as-of", "2025-13-01"],
    );
    assert_fails(&bad, 1, "2025-13-01");
}

#[test]
fn summary_json_has_every_field() {
    let dir = project_dir();
    let document = json_summary(dir.path(), &[]);
    assert_eq!(document["as_of"], "2026-06-30");
    assert_eq!(document["unit"], "Xã Thử Nghiệm");
    let indicators = document["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 3);
    let keys = [
        "id",
        "name",
        "pillar",
        "direction",
        "baseline",
        "current_target",
        "latest",
        "share_of_target",
        "progress",
        "expected",
        "status",
        "status_text",
        "verdicts",
        "last_verdict",
        "forecast",
    ];
    for item in indicators {
        for key in keys {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    let hstt = indicator(&document, "hstt");
    assert_eq!(hstt["name"], "Hồ sơ trực tuyến toàn trình");
    assert_eq!(hstt["pillar"], "digital_government");
    assert_eq!(hstt["direction"], "HigherIsBetter");
    assert_eq!(hstt["baseline"]["date"], "2020-01-01");
    assert_eq!(hstt["baseline"]["value"], 20.0);
    assert_eq!(hstt["current_target"]["year"], 2030);
    assert_eq!(hstt["current_target"]["value"], 90.0);
    assert_eq!(hstt["latest"]["date"], "2026-06-30");
    assert_eq!(hstt["latest"]["value"], 70.0);
    let progress = hstt["progress"].as_f64().unwrap();
    assert!((progress - 50.0 / 70.0).abs() < 1e-9, "{progress}");
    let expected = hstt["expected"].as_f64().unwrap();
    assert!((expected - 2372.0 / 4017.0).abs() < 1e-9, "{expected}");
    assert_eq!(hstt["status"], "on_track");
    let verdicts = hstt["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 2);
    assert_eq!(verdicts[0]["year"], 2025);
    assert_eq!(verdicts[0]["verdict"], "Missed");
    assert_eq!(verdicts[0]["judged"]["value"], 55.0);
    assert_eq!(verdicts[1]["verdict"], "Pending");
    assert_eq!(hstt["last_verdict"]["year"], 2025);
    assert_eq!(hstt["last_verdict"]["verdict"], "Missed");
    assert_eq!(hstt["status_text"], "Đúng tiến độ · 2025: Không đạt");
    let share = hstt["share_of_target"].as_f64().unwrap();
    assert!((share - 70.0 / 90.0).abs() < 1e-9, "{share}");
    assert_eq!(hstt["forecast"]["point_count"], 4);
    assert!(hstt["forecast"]["slope_per_year"].as_f64().unwrap() > 0.0);

    let vuot = indicator(&document, "vuot");
    assert_eq!(vuot["pillar"], "digital_society");
    assert_eq!(vuot["status"], "achieved");
    assert_eq!(vuot["exceeded"], true);
    assert_eq!(vuot["verdicts"][0]["exceeded"], true);
    assert!(
        vuot["progress"].as_f64().unwrap() > 1.0,
        "raw progress is not clamped"
    );
    let share = vuot["share_of_target"].as_f64().unwrap();
    assert!(
        (share - 97.0 / 95.0).abs() < 1e-9,
        "so với chỉ tiêu is not clamped: {share}"
    );

    let qua_han = indicator(&document, "qua_han");
    assert_eq!(qua_han["direction"], "LowerIsBetter");
    assert_eq!(qua_han["current_target"]["year"], 2025);
    assert_eq!(qua_han["status"], "missed");
    assert_eq!(qua_han["share_of_target"], Value::Null);
    assert_eq!(qua_han["status_text"], "Không đạt");
    assert_eq!(qua_han["expected"], 1.0);

    assert_eq!(document["total"]["achieved"], 1);
    assert_eq!(document["total"]["on_track"], 1);
    assert_eq!(document["total"]["missed"], 1);
}

#[test]
fn bad_arguments_fail_without_a_panic() {
    let dir = project_dir();
    let cases: [&[&str]; 5] = [
        &["summary", "plan.ron", "--bogus"],
        &["check", "plan.ron", "--lang", "fr"],
        &["check"],
        &["new", "--template", "commune", "-o", "x.ron"],
        &["templates", "--verbose"],
    ];
    for args in cases {
        let output = lotrinh(dir.path(), args);
        let err = stderr(&output);
        assert!(!output.status.success(), "{args:?} succeeded");
        assert!(!err.is_empty(), "{args:?}: no message");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let missing = lotrinh(dir.path(), &["summary", "khong_co.ron"]);
    assert_fails(&missing, 1, "khong_co.ron");
}

#[test]
fn import_with_nothing_new_still_writes_the_output_and_says_so() {
    let dir = project_dir();
    std::fs::write(
        dir.path().join("empty.csv"),
        "\u{feff}Mã chỉ tiêu,Ngày,Giá trị\n",
    )
    .unwrap();
    let output = lotrinh(
        dir.path(),
        &["import", "plan.ron", "--from", "empty.csv", "-o", "out.ron"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("out.ron"), "{}", stdout(&output));
    let written = std::fs::read_to_string(dir.path().join("out.ron")).unwrap();
    let check = lotrinh(dir.path(), &["check", "out.ron"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(written.contains("hstt"), "the plan, unchanged");
    let in_place = lotrinh(dir.path(), &["import", "plan.ron", "--from", "empty.csv"]);
    assert_eq!(in_place.status.code(), Some(0));
    assert!(
        !dir.path().join("plan.ron.bak").exists(),
        "importing nothing into the plan itself rewrites nothing"
    );
}

#[test]
fn check_prints_errors_and_warnings_in_vietnamese_with_english_beside() {
    let dir = tempfile::tempdir().unwrap();
    let plan = PROJECT.replace("value: 97.0", "value: 150.0");
    std::fs::write(dir.path().join("plan.ron"), plan).unwrap();
    let output = lotrinh(dir.path(), &["check", "plan.ron", "--lang", "en"]);
    let err = stderr(&output);
    assert_fails(&output, 1, "nằm ngoài 0–100%");
    assert!(err.contains("is outside 0–100%"), "{err}");
    assert!(err.contains("có dữ liệu không hợp lệ"), "{err}");
    assert!(err.contains("has invalid data"), "{err}");
}
