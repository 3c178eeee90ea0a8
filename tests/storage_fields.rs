#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Fields of a plan file: an unknown field anywhere is refused with its name, place, line and
//! column and the fields allowed there, in both languages; a rank written higher-is-better loads
//! with a warning and is saved lower-is-better; `accumulation: PerYear` and `yes_no_words:
//! Achieved` survive a save, their defaults are left out.

use std::path::Path;

use lotrinh::i18n::Lang;
use lotrinh::model::{Accumulation, Direction, YesNoWords};
use lotrinh::storage::{FieldPlace, LoadError, Warning, load_from_str, to_ron_string};

/// A plan with every kind of struct in it; `{X}` marks where each case puts a stray field.
const TEMPLATE: &str = r#"(
    format: "lotrinh",
    version: 1,{PROJECT}
    unit: (level: Commune, name: "Xã Hòa An",{UNIT}),
    as_of: "2025-12-31",
    basis: [(number: "06-NQ/TU",{BASIS})],
    document: (
        layout: Administrative,{DOCUMENT}
        signer: (title: "CHỦ TỊCH",{SIGNER}),
        sections: (opening: "",{SECTIONS}),
    ),
    indicators: [
        (
            id: "steering_meetings",
            name: "Số cuộc họp Ban Chỉ đạo trong năm",
            pillar: Foundation,
            unit: Count(word: "cuộc",{MEASURE_UNIT}),
            accumulation: PerYear,{INDICATOR}
            baseline: (date: "2024-12-31", value: 3.0,{BASELINE}),
            targets: [(year: 2025, value: 4.0,{TARGET})],
            measurements: [(date: "2025-06-30", value: 2.0,{MEASUREMENT})],
        ),
        (
            id: "dti_rank",
            name: "Xếp hạng DTI của tỉnh",
            pillar: Composite,
            unit: Rank,
            direction: HigherIsBetter,
            targets: [(year: 2025, value: 20.0)],
            measurements: [(date: "2025-06-30", value: 25.0)],
        ),
        (
            id: "ntm_8_4_met",
            name: "Đạt chỉ tiêu 8.4 nông thôn mới",
            pillar: DigitalGovernment,
            unit: YesNo,
            yes_no_words: Achieved,
            targets: [(year: 2025, value: 1.0)],
        ),
        (
            id: "dx_annual_plan_issued",
            name: "Ban hành Kế hoạch chuyển đổi số năm của xã",
            pillar: Foundation,
            unit: YesNo,
        ),
    ],
)
"#;

const MARKERS: [&str; 11] = [
    "{PROJECT}",
    "{UNIT}",
    "{BASIS}",
    "{DOCUMENT}",
    "{SIGNER}",
    "{SECTIONS}",
    "{MEASURE_UNIT}",
    "{INDICATOR}",
    "{BASELINE}",
    "{TARGET}",
    "{MEASUREMENT}",
];

/// The template with `stray` at `marker` and every other marker removed.
fn with_stray(marker: &str, stray: &str) -> String {
    MARKERS.iter().fold(TEMPLATE.to_owned(), |text, m| {
        text.replace(m, if *m == marker { stray } else { "" })
    })
}

/// 1-based line and column of the first occurrence of `needle`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text.find(needle).unwrap();
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.chars().rev().take_while(|&c| c != '\n').count() + 1;
    (line, column)
}

#[test]
fn the_template_without_strays_loads() {
    let loaded = load_from_str(&with_stray("", ""), Path::new("hoa_an.ron")).unwrap();
    assert_eq!(loaded.project.indicators.len(), 4);
}

#[test]
fn an_unknown_field_is_refused_wherever_it_is() {
    let cases = [
        ("{PROJECT}", "tittle", FieldPlace::Project, "as_of"),
        ("{UNIT}", "provice", FieldPlace::Unit, "province"),
        ("{BASIS}", "isuer", FieldPlace::Basis, "issuer"),
        ("{DOCUMENT}", "numbr", FieldPlace::Document, "number"),
        ("{SIGNER}", "fullname", FieldPlace::Signer, "name"),
        ("{SECTIONS}", "taskz", FieldPlace::Sections, "tasks"),
        ("{MEASURE_UNIT}", "words", FieldPlace::MeasureUnit, "word"),
        (
            "{INDICATOR}",
            "mesurements",
            FieldPlace::Indicator,
            "measurements",
        ),
        (
            "{INDICATOR}",
            "yes_no_word",
            FieldPlace::Indicator,
            "yes_no_words",
        ),
        ("{BASELINE}", "valeu", FieldPlace::Baseline, "value"),
        ("{TARGET}", "sugested", FieldPlace::Target, "suggested"),
        ("{MEASUREMENT}", "sorce", FieldPlace::Measurement, "source"),
    ];
    for (marker, name, expected_place, allowed_name) in cases {
        let text = with_stray(marker, &format!(" {name}: \"x\","));
        let (line, column) = position_of(&text, name);
        let error = load_from_str(&text, Path::new("hoa_an.ron")).unwrap_err();
        let LoadError::UnknownField {
            line: l,
            column: c,
            field,
            allowed,
            place,
            ..
        } = &error
        else {
            panic!("{marker}: not an unknown-field error: {error:?}");
        };
        assert_eq!((field.as_str(), *place), (name, expected_place), "{marker}");
        assert_eq!((*l, *c), (line, column), "{marker}: position");
        assert!(
            allowed.iter().any(|a| a == allowed_name),
            "{marker}: {allowed:?}"
        );
        let message = error.to_string();
        for part in [
            format!("“{name}”"),
            format!("dòng {line}, cột {column}"),
            format!("line {line}, column {column}"),
            format!("“{allowed_name}”"),
            "hoa_an.ron".to_owned(),
        ] {
            assert!(message.contains(&part), "{marker}: {part:?} in {message}");
        }
    }
}

#[test]
fn the_unknown_field_message_reads_in_each_language() {
    let text = with_stray("{INDICATOR}", " mesurements: [],");
    let error = load_from_str(&text, Path::new("hoa_an.ron")).unwrap_err();
    let vietnamese = error.message(Lang::Vi);
    let english = error.message(Lang::En);
    assert!(
        vietnamese.contains("trường “mesurements” không hợp lệ"),
        "{vietnamese}"
    );
    assert!(vietnamese.contains("trong một chỉ tiêu"), "{vietnamese}");
    assert!(!vietnamese.contains("unknown field"), "{vietnamese}");
    assert!(english.contains("unknown field “mesurements”"), "{english}");
    assert!(english.contains("in an indicator"), "{english}");
    assert!(!english.contains("không hợp lệ"), "{english}");
}

#[test]
fn a_rank_written_higher_is_better_loads_with_a_warning_and_is_saved_lower_is_better() {
    let loaded = load_from_str(&with_stray("", ""), Path::new("hoa_an.ron")).unwrap();
    let warning = loaded
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::RankHigherIsBetter { indicator_id } if indicator_id == "dti_rank"))
        .expect("a warning naming the rank");
    let words = warning.to_string();
    assert!(
        words.contains("dti_rank") && words.contains("thứ hạng"),
        "{words}"
    );
    assert!(words.contains("rank"), "{words}");
    let rank = loaded.project.indicator("dti_rank").unwrap();
    assert_eq!(rank.direction, Direction::LowerIsBetter);
    let saved = to_ron_string(&loaded.project).unwrap();
    let again = load_from_str(&saved, Path::new("again.ron")).unwrap();
    assert!(
        !again
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::RankHigherIsBetter { .. })),
        "the saved file is right: {:?}",
        again.warnings
    );
}

#[test]
fn per_year_accumulation_survives_a_save_and_level_is_left_out() {
    let loaded = load_from_str(&with_stray("", ""), Path::new("hoa_an.ron")).unwrap();
    let meetings = loaded.project.indicator("steering_meetings").unwrap();
    assert_eq!(meetings.accumulation, Accumulation::PerYear);
    let saved = to_ron_string(&loaded.project).unwrap();
    assert_eq!(saved.matches("accumulation: PerYear").count(), 1, "{saved}");
    assert!(
        !saved.contains("Level"),
        "the default is not written: {saved}"
    );
    let again = load_from_str(&saved, Path::new("again.ron")).unwrap();
    assert_eq!(again.project, loaded.project);
}

#[test]
fn achieved_words_survive_a_save_and_the_default_is_left_out() {
    let loaded = load_from_str(&with_stray("", ""), Path::new("hoa_an.ron")).unwrap();
    let words =
        |project: &lotrinh::model::Project, id: &str| project.indicator(id).unwrap().yes_no_words;
    assert_eq!(words(&loaded.project, "ntm_8_4_met"), YesNoWords::Achieved);
    // A file without the field (every file written before it existed) reads Có/Không.
    assert_eq!(
        words(&loaded.project, "dx_annual_plan_issued"),
        YesNoWords::YesNo
    );
    let saved = to_ron_string(&loaded.project).unwrap();
    assert_eq!(
        saved.matches("yes_no_words: Achieved").count(),
        1,
        "{saved}"
    );
    assert_eq!(saved.matches("yes_no_words").count(), 1, "default left out");
    let again = load_from_str(&saved, Path::new("again.ron")).unwrap();
    assert_eq!(again.project, loaded.project);
}

#[test]
fn unknown_yes_no_words_are_refused() {
    let text = with_stray("", "").replace("yes_no_words: Achieved", "yes_no_words: Passed");
    assert!(load_from_str(&text, Path::new("hoa_an.ron")).is_err());
}
