#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! A small plan scored by hand to the exact total, and index files refused or warned about in
//! both languages.

use lotrinh::i18n::Lang;
use lotrinh::model::{AssessmentEntry, Project};
use lotrinh::scoring::{IndexError, IndexWarning, parse_index, rank_units, score_plan};

/// Two groups of 100 and 50 points, 150 in all.
const INDEX: &str = r#"
ScoreIndex(
    format: "lotrinh-chi-so",
    version: 1,
    id: "thu",
    name: "Bộ chỉ số thử",
    max_points: 150.0,
    groups: [
        (id: "chinh_quyen", name: "Chính quyền số", max_points: 100.0, criteria: [
            (id: "dung_han", name: "Hồ sơ đúng hạn", max_points: 20.0,
             rule: Ratio(indicator: "on_time_resolution_pct")),
            (id: "cuoc_hop", name: "Họp Ban Chỉ đạo", max_points: 20.0,
             rule: Steps(indicator: "meetings", steps: [(at: 4.0, points: 20.0), (at: 3.0, points: 15.0), (at: 2.0, points: 10.0), (at: 1.0, points: 5.0)])),
            (id: "toan_trinh", name: "Hồ sơ toàn trình", max_points: 30.0,
             rule: Thresholds(indicator: "full_online_pct", bands: [(at: 80.0, share: 1.0), (at: 50.0, share: 0.5)])),
            (id: "truong_ban", name: "Trưởng Ban Chỉ đạo", max_points: 30.0,
             rule: Choice(choices: [(id: "chu_tich", name: "Chủ tịch", share: 1.0), (id: "pho", name: "Phó Chủ tịch", share: 0.5)])),
        ]),
        (id: "xa_hoi", name: "Xã hội số", max_points: 50.0, criteria: [
            (id: "qua_han", name: "Hồ sơ quá hạn", max_points: 20.0,
             rule: Ratio(indicator: "overdue_pct")),
            (id: "loa", name: "Loa truyền thanh", max_points: 15.0,
             rule: YesNo(indicator: "loudspeakers")),
            (id: "suc_khoe", name: "Hồ sơ sức khỏe", max_points: 15.0,
             rule: Ratio(indicator: "health_pct")),
        ]),
    ],
)
"#;

const PLAN: &str = r#"
#![enable(implicit_some)]
Project(format: "lotrinh", version: 1, as_of: "2025-12-31",
    unit: (level: Commune, name: "Xã Thử", parent_name: "", province: "Tỉnh Thử"),
    indicators: [
        (id: "on_time_resolution_pct", name: "Đúng hạn", pillar: DigitalGovernment, unit: Percent,
         measurements: [(date: "2025-12-31", value: 95.0, numerator: 57.0, denominator: 60.0)]),
        (id: "meetings", name: "Họp", pillar: Foundation, unit: Count(word: "cuộc"), accumulation: PerYear,
         measurements: [(date: "2025-12-31", value: 3.0)]),
        (id: "full_online_pct", name: "Toàn trình", pillar: DigitalGovernment, unit: Percent,
         measurements: [(date: "2025-12-31", value: 62.5)]),
        (id: "overdue_pct", name: "Quá hạn", pillar: DigitalGovernment, unit: Percent, direction: LowerIsBetter,
         measurements: [(date: "2025-12-31", value: 3.3)]),
        (id: "loudspeakers", name: "Loa", pillar: Foundation, unit: YesNo,
         measurements: [(date: "2025-06-30", value: 1.0)]),
        (id: "health_pct", name: "Sức khỏe", pillar: DigitalSociety, unit: Percent),
    ],
)
"#;

fn plan() -> Project {
    ron::from_str(PLAN).unwrap()
}

#[test]
fn a_hand_computed_plan_scores_to_the_exact_total() {
    let (index, warnings) = parse_index(INDEX).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut project = plan();
    project.assessment.push(AssessmentEntry {
        choice: Some("pho".into()),
        ..AssessmentEntry::new("truong_ban", 2025)
    });
    let card = score_plan(&index, &project, None);
    let points: Vec<i64> = card.criteria().map(|c| c.outcome.cents).collect();
    // dung_han:   57 / 60 = 0,95 × 20 = 19,00
    // cuoc_hop:   3 meetings reach the "3" step = 15,00
    // toan_trinh: 62,5 % reaches the 50 % band = 0,5 × 30 = 15,00
    // truong_ban: a vice-chair = 0,5 × 30 = 15,00
    // qua_han:    100 % − 3,3 % = 96,7 % × 20 = 19,34
    // loa:        yes = 15,00
    // suc_khoe:   no value = 0 (said so, not silently)
    assert_eq!(points, vec![1900, 1500, 1500, 1500, 1934, 1500, 0]);
    // Groups: 19 + 15 + 15 + 15 = 64,00; 19,34 + 15 + 0 = 34,34. Total 98,34 of 150.
    assert_eq!(card.groups[0].cents, 6400);
    assert_eq!(card.groups[1].cents, 3434);
    assert_eq!(card.total_cents, 9834);
    // 98,34 ÷ 150 = 0,65560 → 0,6556.
    assert_eq!(card.index_value(), 0.6556);
    assert_eq!(card.missing_count(), 1);
    // The largest gap: toan_trinh (15 to gain), then truong_ban (15), then suc_khoe (15).
    let gaps: Vec<&str> = card
        .largest_gaps(3)
        .iter()
        .map(|c| c.criterion_id.as_str())
        .collect();
    assert_eq!(gaps, ["toan_trinh", "truong_ban", "suc_khoe"]);
}

#[test]
fn an_earlier_year_reads_that_years_values() {
    let (index, _) = parse_index(INDEX).unwrap();
    let card = score_plan(&index, &plan(), Some(2024));
    assert_eq!(card.date.to_string(), "2024-12-31");
    assert_eq!(card.total_cents, 0, "no value of 2024 or before");
    assert_eq!(card.missing_count(), 7);
}

fn refusal(text: &str) -> IndexError {
    match parse_index(text) {
        Err(error) => error,
        Ok(_) => panic!("accepted: {text}"),
    }
}

#[test]
fn bad_index_files_are_refused_in_both_languages() {
    let unknown_rule = INDEX.replace("rule: YesNo(", "rule: Bonus(");
    let error = refusal(&unknown_rule);
    assert!(
        matches!(&error, IndexError::UnknownRule { found, .. } if found == "Bonus"),
        "{error:?}"
    );
    assert!(
        error.message(Lang::Vi).contains("“Bonus”"),
        "{}",
        error.message(Lang::Vi)
    );
    assert!(
        error.message(Lang::En).contains("rule “Bonus”"),
        "{}",
        error.message(Lang::En)
    );

    let unknown_field = INDEX.replace("id: \"thu\",", "id: \"thu\", weight: 2.0,");
    let error = refusal(&unknown_field);
    assert!(matches!(error, IndexError::Syntax { .. }), "{error:?}");
    assert!(
        error.message(Lang::En).contains("weight"),
        "{}",
        error.message(Lang::En)
    );

    let a_plan = refusal(&INDEX.replace("lotrinh-chi-so", "lotrinh"));
    assert!(a_plan.message(Lang::Vi).contains("không phải là bộ chỉ số"));
    assert!(a_plan.message(Lang::En).contains("not an index"));

    let step_too_big = INDEX.replace("(at: 4.0, points: 20.0)", "(at: 4.0, points: 25.0)");
    let error = refusal(&step_too_big);
    assert!(
        error.message(Lang::Vi).contains("cuoc_hop"),
        "{}",
        error.message(Lang::Vi)
    );

    let newer = refusal(&INDEX.replace("version: 1,", "version: 9,"));
    assert!(matches!(newer, IndexError::NewerVersion { version: 9 }));
}

#[test]
fn points_that_do_not_add_up_and_missing_indicators_are_warnings_not_refusals() {
    let short_group = INDEX.replace(
        "(id: \"loa\", name: \"Loa truyền thanh\", max_points: 15.0,",
        "(id: \"loa\", name: \"Loa truyền thanh\", max_points: 10.0,",
    );
    let (index, warnings) = parse_index(&short_group).unwrap();
    assert!(
        warnings.contains(&IndexWarning::GroupPoints {
            group: "xa_hoi".into(),
            criteria: 45.0,
            max: 50.0
        }),
        "{warnings:?}"
    );
    assert!(
        warnings[0].message(Lang::Vi).contains("45"),
        "{}",
        warnings[0].message(Lang::Vi)
    );
    assert!(
        warnings[0].message(Lang::En).contains("45"),
        "{}",
        warnings[0].message(Lang::En)
    );

    let mut project = plan();
    project.indicators.retain(|i| i.id != "loudspeakers");
    let card = score_plan(&index, &project, None);
    let missing = IndexWarning::MissingIndicator {
        criterion: "loa".into(),
        indicator: "loudspeakers".into(),
    };
    assert!(card.warnings.contains(&missing), "{:?}", card.warnings);
    assert!(
        missing
            .message(Lang::Vi)
            .contains("kế hoạch không có chỉ tiêu")
    );
    assert!(missing.message(Lang::En).contains("does not have"));
}

#[test]
fn ties_share_a_rank_and_the_next_rank_skips() {
    let (index, _) = parse_index(INDEX).unwrap();
    let full = score_plan(&index, &plan(), None);
    let mut tied = full.clone();
    tied.total_cents = full.total_cents;
    let mut lower = full.clone();
    lower.total_cents = 100;
    let mut top = full.clone();
    top.total_cents = 14_000;
    let totals: Vec<i64> = [&full, &lower, &tied, &top]
        .iter()
        .map(|c| c.total_cents)
        .collect();
    let ranked = rank_units(&totals);
    let order: Vec<(usize, usize)> = ranked.iter().map(|r| (r.position, r.rank)).collect();
    assert_eq!(order, [(3, 1), (0, 2), (2, 2), (1, 4)]);
}
