#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::type_complexity
)]
//! Storage against a corpus of bad files (`tests/bad_files/NAME.ron`, each with the substrings its
//! error message must contain in `NAME.expected`), plus loading, NFC normalisation and atomic saves.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use lotrinh::i18n::Lang;
use lotrinh::model::{
    AdminUnit, Baseline, BasisDocument, Direction, Indicator, MeasureUnit, Measurement, Pillar,
    Project, Target, UnitLevel,
};
use lotrinh::storage::{
    FieldPlace, LoadError, MAX_FILE_SIZE, Problem, SaveError, backup_path, load, load_from_str,
    save, temp_path, to_ron_string,
};

/// A small valid project as a person would write it by hand (no `#![enable]`, optional fields
/// left out, `Some` left implicit).
const VALID: &str = r#"// Kế hoạch chuyển đổi số xã Phong Điền
(
    format: "lotrinh",
    version: 1,
    unit: (
        level: Commune,
        name: "Xã Phong Điền",
        province: "Thành phố Cần Thơ",
    ),
    title: "Kế hoạch chuyển đổi số đến năm 2025, định hướng đến năm 2030",
    as_of: "2024-06-30",
    basis: [(number: "06-NQ/TU", date: "2021-10-15", issuer: "Tỉnh ủy", title: "Nghị quyết")],
    indicators: [
        (
            id: "work_records_online_pct",
            name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
            pillar: DigitalGovernment,
            unit: Percent,
            baseline: (date: "2021-12-31", value: 40.0),
            targets: [(year: 2025, value: 80.0), (year: 2030, value: 100.0, source: "NQ 06")],
            measurements: [
                (date: "2023-12-31", value: 61.5, numerator: 615.0, denominator: 1000.0),
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
    ],
)
"#;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("bad_files")
}

fn is_invalid_with(error: &LoadError, check: fn(&Problem) -> bool) -> bool {
    matches!(error, LoadError::Invalid { problems, .. } if problems.len() == 1 && check(&problems[0]))
}

/// File name → the variant (and, for invalid data, the one problem) its load error must be.
const EXPECTED_VARIANTS: &[(&str, fn(&LoadError) -> bool)] = &[
    ("not_ron.ron", |e| {
        matches!(
            e,
            LoadError::Syntax {
                line: 1,
                column: 1,
                ..
            }
        )
    }),
    ("truncated_mid_indicator.ron", |e| {
        matches!(e, LoadError::Truncated { line: 22, .. })
    }),
    ("truncated_in_field_name.ron", |e| {
        matches!(e, LoadError::Truncated { line: 10, .. })
    }),
    ("empty.ron", |e| {
        matches!(
            e,
            LoadError::Truncated {
                line: 1,
                column: 1,
                ..
            }
        )
    }),
    ("one_line_missing_comma.ron", |e| {
        matches!(
            e,
            LoadError::Syntax {
                line: 1,
                column: 32,
                ..
            }
        )
    }),
    (
        "wrong_format_excel.ron",
        |e| matches!(e, LoadError::WrongFormat { found: Some(f), .. } if f == "excel"),
    ),
    ("missing_format.ron", |e| {
        matches!(e, LoadError::WrongFormat { found: None, .. })
    }),
    ("newer_version.ron", |e| {
        matches!(e, LoadError::NewerVersion { version: 99, .. })
    }),
    ("duplicate_ids.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::DuplicateId { indicator_id } if indicator_id == "work_records_online_pct"),
        )
    }),
    ("invalid_id_diacritics.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::InvalidId { indicator_id } if indicator_id == "tỷ_lệ_hồ_sơ"),
        )
    }),
    ("non_finite_inf.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::NonFinite { indicator_id, .. } if indicator_id == "online_payments"),
        )
    }),
    ("non_finite_nan.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::NonFinite { indicator_id, .. } if indicator_id == "online_payments"),
        )
    }),
    ("percent_150.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::PercentOutOfRange { value, .. } if *value == 150.0),
        )
    }),
    ("yes_no_85_5.ron", |e| {
        is_invalid_with(
            e,
            |p| matches!(p, Problem::NotYesNo { value, .. } if *value == 85.5),
        )
    }),
    ("target_before_baseline.ron", |e| {
        is_invalid_with(e, |p| {
            matches!(
                p,
                Problem::TargetBeforeBaseline {
                    year: 2019,
                    baseline_year: 2021,
                    ..
                }
            )
        })
    }),
    ("duplicate_target_year.ron", |e| {
        is_invalid_with(e, |p| {
            matches!(p, Problem::DuplicateTargetYear { year: 2025, .. })
        })
    }),
    (
        "missing_as_of.ron",
        |e| matches!(e, LoadError::Syntax { line: 6, detail, .. } if detail.contains("as_of")),
    ),
    (
        "unknown_pillar.ron",
        |e| matches!(e, LoadError::Syntax { line: 9, detail, .. } if detail.contains("Economy")),
    ),
    ("bad_date.ron", |e| {
        matches!(e, LoadError::Syntax { line: 4, .. })
    }),
    ("unknown_field_mesurements.ron", |e| {
        matches!(
            e,
            LoadError::UnknownField { line: 12, column: 13, field, allowed, place: FieldPlace::Indicator, .. }
                if field == "mesurements" && allowed.iter().any(|a| a == "measurements")
        )
    }),
    ("unknown_field_in_measurement.ron", |e| {
        matches!(
            e,
            LoadError::UnknownField { line: 12, column: 50, field, place: FieldPlace::Measurement, .. }
                if field == "sorce"
        )
    }),
];

/// Checks `error`'s message against an `.expected` file: every line must occur in the message,
/// except lines starting with `!`, whose rest must not. Returns what is wrong.
fn message_faults(name: &str, error: &LoadError, expected: &str) -> Vec<String> {
    let message = error.to_string();
    let mut faults = Vec::new();
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        if let Some(forbidden) = line.strip_prefix('!') {
            if message.contains(forbidden) {
                faults.push(format!("must not contain {forbidden:?}"));
            }
        } else if !message.contains(line) {
            faults.push(format!("lacks {line:?}"));
        }
        checked += 1;
    }
    if checked < 2 {
        faults.push("the .expected file checks too little".to_owned());
    }
    if !message.contains(name) {
        faults.push("does not name the file".to_owned());
    }
    if !faults.is_empty() {
        faults.push(format!("message was:\n{message}"));
    }
    faults
}

/// What is wrong with the load of one corpus file, if anything.
fn corpus_faults(path: &Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_str().unwrap();
    let Some((_, is_expected_variant)) = EXPECTED_VARIANTS.iter().find(|(file, _)| *file == name)
    else {
        return vec!["no entry in EXPECTED_VARIANTS".to_owned()];
    };
    let expected = match fs::read_to_string(path.with_extension("expected")) {
        Ok(expected) => expected,
        Err(e) => return vec![format!("no .expected file: {e}")],
    };
    let error = match load(path) {
        Ok(loaded) => return vec![format!("loaded although it is bad: {loaded:?}")],
        Err(error) => error,
    };
    let mut faults = Vec::new();
    if !is_expected_variant(&error) {
        faults.push(format!("unexpected error variant: {error:?}"));
    }
    if error.path() != path {
        faults.push(format!("names another file: {}", error.path().display()));
    }
    faults.extend(message_faults(name, &error, &expected));
    faults
}

#[test]
fn every_bad_file_gives_the_expected_error() {
    let mut entries: Vec<_> = fs::read_dir(corpus_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    entries.sort();
    let mut report = String::new();
    for path in &entries {
        let faults = corpus_faults(path);
        if !faults.is_empty() {
            let name = path.file_name().unwrap().to_string_lossy();
            report.push_str(&format!("\n== {name}\n{}\n", faults.join("\n")));
        }
    }
    assert!(report.is_empty(), "{report}");
    let seen: BTreeSet<_> = entries
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    let listed: BTreeSet<_> = EXPECTED_VARIANTS
        .iter()
        .map(|(f, _)| (*f).to_owned())
        .collect();
    assert_eq!(seen, listed, "corpus files and the variant table differ");
}

/// Each message in one language: the command line prints both (Vietnamese, then English), the
/// window only its own. The English one carries no Vietnamese words and the other way round,
/// except the file's name and the parser's words (in English, quoted after "error at").
#[test]
fn every_bad_file_has_its_message_in_each_language() {
    let mut report = String::new();
    for entry in fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "ron") {
            continue;
        }
        let error = load(&path).unwrap_err();
        let (vi, en) = (error.message(Lang::Vi), error.message(Lang::En));
        if error.to_string() != format!("{vi}\n{en}") {
            report.push_str(&format!(
                "\n{}: the command line's form is not both",
                path.display()
            ));
        }
        // The file's own name is no word of either language.
        let file = path.display().to_string();
        let (vi, en) = (vi.replace(&file, "FILE"), en.replace(&file, "FILE"));
        let name = path.file_name().unwrap().to_string_lossy();
        if !en.starts_with("The file") && !en.starts_with("Cannot read") {
            report.push_str(&format!("\n{name}: English message {en:?}"));
        }
        for vietnamese in ["Tệp", "chỉ tiêu", "Hãy", "dòng"] {
            if en.contains(vietnamese) {
                report.push_str(&format!("\n{name}: “{vietnamese}” in English: {en}"));
            }
        }
        if !vi.starts_with("Tệp") || vi.contains("The file") || vi.contains("indicator") {
            report.push_str(&format!("\n{name}: Vietnamese message {vi:?}"));
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn every_expected_file_has_its_ron_file() {
    for entry in fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "expected") {
            assert!(
                path.with_extension("ron").is_file(),
                "{} has no .ron file",
                path.display()
            );
        }
    }
}

#[test]
fn a_valid_small_project_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phong_dien.ron");
    fs::write(&path, VALID).unwrap();
    let loaded = load(&path).unwrap();
    let project = &loaded.project;
    assert_eq!(project.format, "lotrinh");
    assert_eq!(project.version, 1);
    assert_eq!(project.unit.level, UnitLevel::Commune);
    assert_eq!(project.unit.name, "Xã Phong Điền");
    assert_eq!(project.as_of, NaiveDate::from_ymd_opt(2024, 6, 30).unwrap());
    assert_eq!(project.basis.len(), 1);
    assert_eq!(
        project.basis[0].date,
        Some(NaiveDate::from_ymd_opt(2021, 10, 15).unwrap())
    );
    assert_eq!(project.indicators.len(), 2);
    let online = project.indicator("work_records_online_pct").unwrap();
    assert_eq!(online.unit, MeasureUnit::Percent);
    assert_eq!(online.baseline.unwrap().value, 40.0);
    assert_eq!(online.targets.len(), 2);
    assert_eq!(online.targets[1].source, "NQ 06");
    assert_eq!(online.measurements[0].numerator, Some(615.0));
    let teams = project.indicator("digital_tech_teams").unwrap();
    assert_eq!(
        teams.unit,
        MeasureUnit::Count {
            word: "tổ".to_owned()
        }
    );
    assert!(teams.targets[0].suggested);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn a_file_with_a_utf8_bom_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(VALID.as_bytes());
    fs::write(&path, bytes).unwrap();
    let with_bom = load(&path).unwrap();
    let without_bom = load_from_str(VALID, &path).unwrap();
    assert_eq!(with_bom.project, without_bom.project);
    assert_eq!(with_bom.warnings, without_bom.warnings);
    assert_eq!(with_bom.project.indicators.len(), 2);
}

#[test]
fn utf16_and_binary_files_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let utf16 = dir.path().join("utf16.ron");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in VALID.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(&utf16, bytes).unwrap();
    let binary = dir.path().join("bang_tinh.xlsx.ron");
    fs::write(
        &binary,
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb5\xff\xfe\x80",
    )
    .unwrap();
    for path in [utf16, binary] {
        let error = load(&path).unwrap_err();
        assert!(matches!(error, LoadError::NotUtf8 { .. }), "{error:?}");
        let message = error.to_string();
        let name = path.file_name().unwrap().to_str().unwrap();
        for part in [
            name,
            "không phải văn bản UTF-8",
            "is not UTF-8 text",
            ".ron",
        ] {
            assert!(message.contains(part), "lacks {part:?}: {message}");
        }
    }
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("khong_co.ron");
    let error = load(&path).unwrap_err();
    assert!(matches!(error, LoadError::Io { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("khong_co.ron"), "{message}");
    assert!(message.contains("Không đọc được tệp"), "{message}");
    assert!(message.contains("Cannot read"), "{message}");
}

#[test]
fn a_file_over_64_mib_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    drop(file);
    let error = load(&path).unwrap_err();
    // The size comes from the metadata: reading would have stopped at 64 MiB + 1 byte.
    assert!(
        matches!(error, LoadError::TooLarge { size, .. } if size == 65 * 1024 * 1024),
        "{error:?}"
    );
    let message = error.to_string();
    for part in [
        "huge.ron",
        "quá lớn",
        "65 MiB",
        "tối đa 64 MiB",
        "too large",
    ] {
        assert!(message.contains(part), "lacks {part:?}: {message}");
    }
}

#[test]
fn a_file_of_exactly_64_mib_is_read_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edge.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_SIZE).unwrap();
    drop(file);
    let error = load(&path).unwrap_err();
    assert!(!matches!(error, LoadError::TooLarge { .. }), "{error:?}");
}

/// A project whose every piece of text (of every kind) is `text`.
fn project_with_text(text: &str) -> Project {
    let mut project = Project::new(
        AdminUnit {
            level: UnitLevel::Ward,
            name: text.to_owned(),
            parent_name: text.to_owned(),
            province: text.to_owned(),
        },
        NaiveDate::from_ymd_opt(2024, 6, 30).unwrap(),
    );
    project.title = text.to_owned();
    project.basis.push(BasisDocument {
        number: text.to_owned(),
        date: NaiveDate::from_ymd_opt(2021, 1, 1),
        issuer: text.to_owned(),
        title: text.to_owned(),
    });
    let mut indicator = Indicator::new(
        "teams",
        text,
        Pillar::DigitalSociety,
        MeasureUnit::Count {
            word: text.to_owned(),
        },
    );
    indicator.name_en = Some(text.to_owned());
    indicator.definition = text.to_owned();
    indicator.legal_basis = text.to_owned();
    indicator.responsible = text.to_owned();
    indicator.direction = Direction::LowerIsBetter;
    indicator.baseline = Some(Baseline {
        date: NaiveDate::from_ymd_opt(2021, 12, 31).unwrap(),
        value: 3.0,
    });
    let mut target = Target::new(2025, 1.0);
    target.source = text.to_owned();
    indicator.targets.push(target);
    let mut measurement = Measurement::new(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(), 2.0);
    measurement.evidence = text.to_owned();
    measurement.source = text.to_owned();
    measurement.note = text.to_owned();
    indicator.measurements.push(measurement);
    project.indicators.push(indicator);
    project
}

#[test]
fn decomposed_text_comes_back_nfc_in_every_field() {
    // "Tổ hợp tác Đồng Tháp", typed with combining marks (tổ hợp).
    let decomposed = "To\u{0302}\u{0309} ho\u{031B}\u{0323}p ta\u{0301}c \u{0110}o\u{0302}\u{0300}ng Tha\u{0301}p";
    let composed = "Tổ hợp tác Đồng Tháp";
    assert_ne!(decomposed, composed);
    // Written as the characters themselves, not as `\u{…}` escapes.
    let text = to_ron_string(&project_with_text(composed))
        .unwrap()
        .replace(composed, decomposed);
    assert_eq!(text.matches(decomposed).count(), 17, "{text}");
    assert!(!text.contains(composed));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nfd.ron");
    fs::write(&path, &text).unwrap();
    let loaded = load(&path).unwrap().project;
    // Every field, compared one by one so that a failure names it.
    let indicator = &loaded.indicators[0];
    let measurement = &indicator.measurements[0];
    let fields: [(&str, &str); 17] = [
        ("unit.name", &loaded.unit.name),
        ("unit.parent_name", &loaded.unit.parent_name),
        ("unit.province", &loaded.unit.province),
        ("title", &loaded.title),
        ("basis.number", &loaded.basis[0].number),
        ("basis.issuer", &loaded.basis[0].issuer),
        ("basis.title", &loaded.basis[0].title),
        ("name", &indicator.name),
        ("name_en", indicator.name_en.as_deref().unwrap()),
        ("definition", &indicator.definition),
        ("legal_basis", &indicator.legal_basis),
        ("responsible", &indicator.responsible),
        ("target.source", &indicator.targets[0].source),
        ("measurement.evidence", &measurement.evidence),
        ("measurement.source", &measurement.source),
        ("measurement.note", &measurement.note),
        (
            "unit word",
            match &indicator.unit {
                MeasureUnit::Count { word } => word,
                other => panic!("unit changed: {other:?}"),
            },
        ),
    ];
    for (field, value) in fields {
        assert_eq!(value, composed, "{field} is not NFC");
    }
    // And nothing was left out of the comparison above.
    assert_eq!(loaded, project_with_text(composed));
}

#[test]
fn every_cut_of_a_saved_file_is_reported_as_truncated() {
    let project = project_with_text("Xã Phong Điền");
    let text = to_ron_string(&project).unwrap();
    let data_start = text.find('\n').unwrap() + 1; // after `#![enable(implicit_some)]`
    let data_end = text.trim_end().len();
    let path = Path::new("cut.ron");
    for cut in (data_start..data_end).filter(|&n| text.is_char_boundary(n)) {
        let partial = &text[..cut];
        match load_from_str(partial, path) {
            Err(LoadError::Truncated { line, .. }) => {
                let lines = partial.lines().count().max(1);
                assert!(
                    line <= lines + 1,
                    "cut at {cut}: line {line} past the end ({lines} lines)"
                );
            }
            other => panic!(
                "cut at byte {cut} (…{:?}) gave {other:?}",
                &partial[partial.len().saturating_sub(20)..]
            ),
        }
    }
}

#[test]
fn save_writes_the_file_atomically_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke_hoach.ron");
    let first = load_from_str(VALID, &path).unwrap().project;
    save(&first, &path).unwrap();
    assert_eq!(load(&path).unwrap().project, first);
    assert!(!temp_path(&path).exists(), "NAME.tmp left behind");
    assert_eq!(temp_path(&path), dir.path().join("ke_hoach.ron.tmp"));
    assert!(!backup_path(&path).exists(), "a backup of nothing");
    let first_bytes = fs::read(&path).unwrap();

    let mut second = first.clone();
    second.title = "Kế hoạch đã sửa".to_owned();
    second.indicators.pop();
    save(&second, &path).unwrap();
    assert_eq!(load(&path).unwrap().project, second);
    assert!(!temp_path(&path).exists(), "NAME.tmp left behind");
    let backup = dir.path().join("ke_hoach.ron.bak");
    assert_eq!(backup_path(&path), backup);
    assert_eq!(fs::read(&backup).unwrap(), first_bytes);
    assert_eq!(load(&backup).unwrap().project, first);

    let mut names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["ke_hoach.ron", "ke_hoach.ron.bak"]);
}

#[test]
fn save_into_a_missing_directory_fails_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("khong_co");
    let path = missing.join("ke_hoach.ron");
    let project = load_from_str(VALID, &path).unwrap().project;
    let error = save(&project, &path).unwrap_err();
    assert!(matches!(error, SaveError::Write { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("ke_hoach.ron"), "{message}");
    assert!(message.contains("Không lưu được tệp"), "{message}");
    assert!(message.contains("Could not save"), "{message}");
    assert!(!missing.exists());
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn save_over_a_directory_fails_and_cleans_up_the_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke_hoach.ron");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("inside.txt"), "giữ nguyên").unwrap();
    let project = load_from_str(VALID, &path).unwrap().project;
    let error = save(&project, &path).unwrap_err();
    // The backup copy of a directory fails before the rename would.
    assert!(
        matches!(error, SaveError::Write { .. } | SaveError::Backup { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("ke_hoach.ron"), "{error}");
    assert!(!temp_path(&path).exists(), "NAME.tmp left behind");
    assert!(!backup_path(&path).exists(), "a .bak was made");
    assert!(path.is_dir());
    assert_eq!(
        fs::read_to_string(path.join("inside.txt")).unwrap(),
        "giữ nguyên"
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ke_hoach.ron");
    fs::write(&path, VALID).unwrap();
    let mut project = load(&path).unwrap().project;
    project.title = "Bản mới".to_owned();

    // The temp file cannot be created (a directory is in its way).
    fs::create_dir(temp_path(&path)).unwrap();
    let error = save(&project, &path).unwrap_err();
    assert!(matches!(error, SaveError::Write { .. }), "{error:?}");
    assert!(
        error.to_string().contains("Tệp cũ vẫn nguyên vẹn"),
        "{error}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), VALID);
    assert!(!backup_path(&path).exists());
    fs::remove_dir(temp_path(&path)).unwrap();

    // The backup cannot be made (a directory is in its way): nothing is written.
    fs::create_dir(backup_path(&path)).unwrap();
    let error = save(&project, &path).unwrap_err();
    assert!(matches!(error, SaveError::Backup { .. }), "{error:?}");
    assert!(error.to_string().contains("ke_hoach.ron.bak"), "{error}");
    assert_eq!(fs::read_to_string(&path).unwrap(), VALID);
    assert!(!temp_path(&path).exists(), "NAME.tmp left behind");
    fs::remove_dir(backup_path(&path)).unwrap();

    // With the way clear the same save succeeds.
    save(&project, &path).unwrap();
    assert_eq!(load(&path).unwrap().project.title, "Bản mới");
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), VALID);
}
