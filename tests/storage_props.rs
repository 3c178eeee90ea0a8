#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of storage: generated projects survive a save and a load unchanged, and random
//! bytes or mutated files never make `load` panic.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use lotrinh::model::{
    Accumulation, AdminUnit, Baseline, BasisDocument, Direction, FORMAT_NAME, FORMAT_VERSION,
    Indicator, MeasureUnit, Measurement, Pillar, Project, Target, UnitLevel, YesNoWords,
};
use lotrinh::storage::{LoadError, load, load_from_str, save, to_ron_string, validate};
use proptest::prelude::*;
use proptest::sample::select;
use unicode_normalization::{UnicodeNormalization as _, is_nfc};

/// Vietnamese text with diacritics (precomposed, so already NFC), plus characters RON must
/// escape: quotes, backslashes, newlines, tabs.
const TEXT: &str = "[a-zA-Z0-9 àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐƯƠÂÊÔĂỔỢẮ,.;:/()“”–…%\"\\\\\n\t'-]{0,24}";

fn text() -> impl Strategy<Value = String> {
    TEXT
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020..=2030i32, 1..=12u32, 1..=28u32)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// Any finite number, from tiny to huge, as well as ordinary ones.
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1.0e9..1.0e9f64,
        (0..10_000i32).prop_map(f64::from),
        proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO,
    ]
}

fn percent() -> impl Strategy<Value = f64> {
    prop_oneof![0.0..=100.0f64, select(vec![0.0, 100.0, 50.0, 99.99])]
}

/// A value the unit can take ([`MeasureUnit::check_value`]): 0–100 for a percent, 1 or 0 for
/// yes/no, at least 1 for a rank, never negative.
fn value_for(unit: &MeasureUnit) -> BoxedStrategy<f64> {
    match unit {
        MeasureUnit::Percent => percent().boxed(),
        MeasureUnit::YesNo => select(vec![0.0, 1.0]).boxed(),
        MeasureUnit::Rank => finite().prop_map(|v| 1.0 + v.abs()).boxed(),
        _ => finite().prop_map(f64::abs).boxed(),
    }
}

fn measure_unit() -> impl Strategy<Value = MeasureUnit> {
    prop_oneof![
        Just(MeasureUnit::Percent),
        text().prop_map(|word| MeasureUnit::Count { word }),
        finite().prop_map(|max| MeasureUnit::Score { max }),
        Just(MeasureUnit::Money),
        Just(MeasureUnit::YesNo),
        Just(MeasureUnit::Rank),
    ]
}

fn measurement(unit: &MeasureUnit) -> impl Strategy<Value = Measurement> + use<> {
    (
        date(),
        value_for(unit),
        proptest::option::of(finite()),
        proptest::option::of(finite()),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(date, value, numerator, denominator, evidence, source, note)| Measurement {
                date,
                value,
                numerator,
                denominator,
                evidence,
                source,
                note,
            },
        )
}

fn indicator() -> impl Strategy<Value = Indicator> {
    (
        "[a-z][a-z0-9]{0,8}(_[a-z0-9]{1,6}){0,3}",
        text(),
        proptest::option::of(text()),
        select(Pillar::ALL.to_vec()),
        measure_unit(),
        select(vec![Direction::HigherIsBetter, Direction::LowerIsBetter]),
        (text(), text(), text(), (text(), text(), text())),
        select(vec![Accumulation::Level, Accumulation::PerYear]),
        select(YesNoWords::ALL.to_vec()),
    )
        .prop_flat_map(
            |(
                id,
                name,
                name_en,
                pillar,
                unit,
                direction,
                (definition, legal_basis, responsible, (baseline_source, task, due)),
                accumulation,
                yes_no_words,
            )| {
                let baseline = proptest::option::of(
                    (date(), value_for(&unit)).prop_map(|(date, value)| Baseline { date, value }),
                );
                let measurements = proptest::collection::vec(measurement(&unit), 0..4);
                let target_values =
                    proptest::collection::vec((value_for(&unit), any::<bool>(), text()), 0..4);
                let year_offsets = proptest::collection::hash_set(0..12i32, 0..4);
                let mut indicator = Indicator {
                    id,
                    name,
                    name_en,
                    pillar,
                    unit,
                    yes_no_words,
                    direction,
                    accumulation,
                    baseline: None,
                    baseline_source,
                    targets: Vec::new(),
                    measurements: Vec::new(),
                    definition,
                    legal_basis,
                    responsible,
                    task,
                    due,
                };
                // A valid plan writes a rank lower-is-better (loading fixes one that does not,
                // with a warning: tests/storage_fields.rs).
                indicator.fix_rank_direction();
                (
                    Just(indicator),
                    baseline,
                    measurements,
                    target_values,
                    year_offsets,
                    2020..=2030i32,
                )
            },
        )
        .prop_map(
            |(mut indicator, baseline, measurements, values, offsets, first_year)| {
                // Target years are unique and never before the baseline year.
                let from = baseline.map_or(first_year, |b| chrono::Datelike::year(&b.date));
                indicator.baseline = baseline;
                indicator.measurements = measurements;
                indicator.targets = offsets
                    .into_iter()
                    .zip(values)
                    .map(|(offset, (value, suggested, source))| Target {
                        year: from + offset,
                        value,
                        suggested,
                        source,
                    })
                    .collect();
                indicator
            },
        )
}

fn basis_document() -> impl Strategy<Value = BasisDocument> {
    (text(), proptest::option::of(date()), text(), text()).prop_map(
        |(number, date, issuer, title)| BasisDocument {
            number,
            date,
            issuer,
            title,
        },
    )
}

fn project() -> impl Strategy<Value = Project> {
    (
        select(UnitLevel::ALL.to_vec()),
        (text(), text(), text(), text()),
        date(),
        proptest::collection::vec(basis_document(), 0..3),
        proptest::collection::vec(indicator(), 0..6),
    )
        .prop_map(
            |(level, (name, parent_name, province, title), as_of, basis, mut indicators)| {
                let mut seen = HashSet::new();
                for (i, indicator) in indicators.iter_mut().enumerate() {
                    if !seen.insert(indicator.id.clone()) {
                        indicator.id = format!("{}_{i}", indicator.id);
                        assert!(seen.insert(indicator.id.clone()));
                    }
                }
                Project {
                    format: FORMAT_NAME.to_owned(),
                    version: FORMAT_VERSION,
                    unit: AdminUnit {
                        level,
                        name,
                        parent_name,
                        province,
                    },
                    title,
                    as_of,
                    basis,
                    indicators,
                    document: None,
                    assessment: Vec::new(),
                    score_index: None,
                    predecessor: None,
                }
            },
        )
}

/// A valid file with a bit of everything, to mutate.
const VALID: &str = r#"#![enable(implicit_some)]
// Kế hoạch chuyển đổi số xã Phong Điền
(
    format: "lotrinh",
    version: 1,
    unit: (level: Commune, name: "Xã Phong Điền", province: "Thành phố Cần Thơ"),
    title: "Kế hoạch chuyển đổi số đến năm 2025, định hướng đến năm 2030",
    as_of: "2024-06-30",
    basis: [(number: "06-NQ/TU", date: "2021-10-15", issuer: "Tỉnh ủy", title: "Nghị quyết")],
    indicators: [
        (
            id: "work_records_online_pct",
            name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
            name_en: "Share of dossiers fully online",
            pillar: DigitalGovernment,
            unit: Percent,
            baseline: (date: "2021-12-31", value: 40.0),
            targets: [(year: 2025, value: 80.0), (year: 2030, value: 100.0, source: "NQ 06")],
            measurements: [
                (date: "2023-12-31", value: 61.5, numerator: 615.0, denominator: 1000.0),
                (date: "2024-06-30", value: 70, evidence: "Báo cáo số 12/BC-UBND"),
            ],
        ),
        (
            id: "digital_tech_teams",
            name: "Số tổ công nghệ số cộng đồng",
            pillar: DigitalSociety,
            unit: Count(word: "tổ"),
            direction: HigherIsBetter,
            targets: [(year: 2025, value: 12.0, suggested: true)],
        ),
        (
            id: "dti_score",
            name: "Chỉ số DTI",
            pillar: Composite,
            unit: Score(max: 1.0),
            targets: [(year: 2025, value: 0.5)],
        ),
    ],
)
"#;

/// Every piece of text in `project`.
fn all_texts(project: &Project) -> Vec<&str> {
    let mut texts = vec![
        project.unit.name.as_str(),
        &project.unit.parent_name,
        &project.unit.province,
        &project.title,
    ];
    for document in &project.basis {
        texts.extend([document.number.as_str(), &document.issuer, &document.title]);
    }
    for indicator in &project.indicators {
        texts.extend([
            indicator.name.as_str(),
            &indicator.definition,
            &indicator.legal_basis,
            &indicator.responsible,
        ]);
        texts.extend(indicator.name_en.as_deref());
        if let MeasureUnit::Count { word } = &indicator.unit {
            texts.push(word);
        }
        texts.extend(indicator.targets.iter().map(|t| t.source.as_str()));
        for m in &indicator.measurements {
            texts.extend([m.evidence.as_str(), &m.source, &m.note]);
        }
    }
    texts
}

/// Every piece of text in `project`, mutably.
fn texts_mut(project: &mut Project) -> Vec<&mut String> {
    let mut texts = vec![
        &mut project.unit.name,
        &mut project.unit.parent_name,
        &mut project.unit.province,
        &mut project.title,
    ];
    for document in &mut project.basis {
        texts.extend([
            &mut document.number,
            &mut document.issuer,
            &mut document.title,
        ]);
    }
    for indicator in &mut project.indicators {
        texts.extend([
            &mut indicator.name,
            &mut indicator.definition,
            &mut indicator.legal_basis,
            &mut indicator.responsible,
        ]);
        texts.extend(indicator.name_en.as_mut());
        if let MeasureUnit::Count { word } = &mut indicator.unit {
            texts.push(word);
        }
        texts.extend(indicator.targets.iter_mut().map(|t| &mut t.source));
        for m in &mut indicator.measurements {
            texts.extend([&mut m.evidence, &mut m.source, &mut m.note]);
        }
    }
    texts
}

/// Checks what `load_from_str` must guarantee for any input: an accepted project breaks no rule
/// and holds only NFC text; a refusal names the file and, for parse errors, a position inside
/// the text.
fn check_outcome(text: &str, path: &Path) {
    let name = path.file_name().unwrap().to_str().unwrap();
    match load_from_str(text, path) {
        Ok(loaded) => {
            let project = &loaded.project;
            assert_eq!(project.format, FORMAT_NAME);
            assert_eq!(project.version, FORMAT_VERSION);
            assert!(validate(project).problems.is_empty());
            for text in all_texts(project) {
                assert!(is_nfc(text), "not NFC after load: {text:?}");
            }
        }
        Err(error) => {
            assert_eq!(error.path(), path);
            let message = error.to_string();
            assert!(message.contains(name), "{message}");
            assert!(message.contains('\n'), "no English half: {message}");
            if let LoadError::Syntax { line, column, .. }
            | LoadError::Truncated { line, column, .. } = error
            {
                // Positions count from the text without its BOM, as the parser saw it.
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                let lines: Vec<&str> = text.split('\n').collect();
                assert!(
                    (1..=lines.len()).contains(&line),
                    "line {line} outside a text of {} lines",
                    lines.len()
                );
                let width = lines[line - 1].chars().count();
                assert!(
                    (1..=width + 1).contains(&column),
                    "column {column} outside line {line} of {width} characters"
                );
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    DeleteRange(usize, usize),
    DuplicateRange(usize, usize),
    Replace(usize, char),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let chars: Vec<char> = "()[],:\"0123456789abcdefghijklmnopqrstuvwxyz"
        .chars()
        .collect();
    prop_oneof![
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Mutation::DeleteRange(at, len)),
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Mutation::DuplicateRange(at, len)),
        (any::<usize>(), select(chars)).prop_map(|(at, c)| Mutation::Replace(at, c)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

/// Applies `mutation` to `text`, on character boundaries.
fn apply(text: &str, mutation: &Mutation) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let at = |i: usize| if n == 0 { 0 } else { i % (n + 1) };
    let out: Vec<char> = match *mutation {
        Mutation::DeleteRange(i, len) => {
            let start = at(i);
            let end = (start + len).min(n);
            chars[..start]
                .iter()
                .chain(&chars[end..])
                .copied()
                .collect()
        }
        Mutation::DuplicateRange(i, len) => {
            let start = at(i);
            let end = (start + len).min(n);
            chars[..end]
                .iter()
                .chain(&chars[start..])
                .copied()
                .collect()
        }
        Mutation::Replace(i, c) => {
            let mut chars = chars;
            if n > 0 {
                chars[i % n] = c;
            }
            chars
        }
        Mutation::Truncate(i) => chars[..at(i)].to_vec(),
    };
    out.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_projects_round_trip_through_text(project in project()) {
        let path = Path::new("generated.ron");
        let text = to_ron_string(&project).unwrap();
        let loaded = load_from_str(&text, path);
        prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), text);
        prop_assert_eq!(loaded.unwrap().project, project);
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        check_outcome(&text, Path::new("mutated.ron"));
    }

    #[test]
    fn random_ron_like_text_never_panics(text in "[(){}\\[\\],:\"#!a-z0-9_. \n-]{0,200}") {
        let path = Path::new("mutated.ron");
        check_outcome(&format!("(format: \"lotrinh\", version: 1, {text}"), path);
        check_outcome(&text, path);
    }

    #[test]
    fn mutated_valid_files_never_panic(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let mut text = VALID.to_owned();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        check_outcome(&text, Path::new("mutated.ron"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn decomposed_text_is_loaded_as_nfc(project in project()) {
        let mut decomposed = project.clone();
        for text in texts_mut(&mut decomposed) {
            *text = text.nfd().collect();
        }
        let file = to_ron_string(&decomposed).unwrap();
        let loaded = load_from_str(&file, Path::new("nfd.ron")).unwrap().project;
        prop_assert_eq!(&loaded, &project);
    }

    #[test]
    fn mutated_saved_files_never_panic(
        project in project(),
        mutations in proptest::collection::vec(mutation(), 1..3),
    ) {
        let mut text = to_ron_string(&project).unwrap();
        for mutation in &mutations {
            text = apply(&text, mutation);
        }
        check_outcome(&text, Path::new("mutated.ron"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_projects_round_trip_through_a_file(project in project()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ke_hoach.ron");
        save(&project, &path).unwrap();
        prop_assert_eq!(&load(&path).unwrap().project, &project);
        // A second save keeps the first as the backup, and both load back.
        let mut changed = project.clone();
        changed.title.push_str(" (sửa)");
        save(&changed, &path).unwrap();
        prop_assert_eq!(load(&path).unwrap().project, changed);
        prop_assert_eq!(load(&lotrinh::storage::backup_path(&path)).unwrap().project, project);
    }
}

#[test]
fn the_mutation_base_file_is_valid() {
    // Otherwise the mutation test would only ever see errors.
    let loaded = load_from_str(VALID, Path::new("valid.ron")).unwrap();
    assert_eq!(loaded.project.indicators.len(), 3);
}

#[test]
fn mutations_change_the_text() {
    let text = "abcdef";
    assert_eq!(apply(text, &Mutation::DeleteRange(1, 2)), "adef");
    assert_eq!(apply(text, &Mutation::DuplicateRange(1, 2)), "abcbcdef");
    assert_eq!(apply(text, &Mutation::Replace(2, ')')), "ab)def");
    assert_eq!(apply(text, &Mutation::Truncate(3)), "abc");
    assert_eq!(apply("", &Mutation::Replace(5, ')')), "");
}
