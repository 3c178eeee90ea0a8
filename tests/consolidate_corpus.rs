#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::type_complexity
)]
//! Corpus tests of the consolidation: a folder of sample plans mixed with every broken file of
//! `tests/bad_files` (truncated, newer version, foreign, invalid, not RON…), a file that is not
//! text, an empty one and a second file of a unit. Each bad file is listed with its reason, the
//! others are consolidated, and no member file is ever written. Bad collection files are refused
//! with a message in both languages.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use lotrinh::consolidate::{
    self, COLLECTION_FORMAT, CollectionError, Completeness, collection_from_str,
    sample::{SampleOptions, generate, write_set},
};
use lotrinh::i18n::Lang;
use lotrinh::storage;

fn bad_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_files");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Every file under `dir` with its contents and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in fs::read_dir(current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let modified = fs::metadata(&path).unwrap().modified().unwrap();
                found.insert(path.clone(), (fs::read(&path).unwrap(), modified));
            }
        }
    }
    found
}

#[test]
fn broken_members_are_listed_and_the_others_consolidated() {
    let dir = tempfile::tempdir().unwrap();
    let set = generate(&SampleOptions::new(6, 3));
    write_set(&set, dir.path(), false).unwrap();
    let mut expected_failures = Vec::new();
    for file in bad_files() {
        let target = dir.path().join(format!(
            "hong-{}",
            file.file_name().unwrap().to_string_lossy()
        ));
        fs::copy(&file, &target).unwrap();
        expected_failures.push(target);
    }
    let binary = dir.path().join("bang-tinh.ron");
    fs::write(&binary, [0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]).unwrap();
    expected_failures.push(binary);
    let empty = dir.path().join("rong.ron");
    fs::write(&empty, "").unwrap();
    expected_failures.push(empty);
    // A second file of the first unit, older: left out, not failed.
    let (first_file, first_plan) = &set.plans[0];
    let mut older = first_plan.clone();
    older.as_of = older.as_of.pred_opt().unwrap();
    storage::save(&older, &dir.path().join(format!("cu-{first_file}"))).unwrap();
    let before = snapshot(dir.path());

    let opened = consolidate::open(&[dir.path().to_path_buf()], None).unwrap();
    let consolidation = &opened.consolidation;
    let mut failed: Vec<PathBuf> = consolidation
        .failures
        .iter()
        .map(|f| f.path.clone())
        .collect();
    failed.sort();
    expected_failures.sort();
    assert_eq!(failed, expected_failures);
    for failure in &consolidation.failures {
        let name = failure
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for lang in Lang::ALL {
            let message = failure.message(lang);
            assert!(message.contains(&name), "{lang:?}: {message}");
        }
    }
    assert_eq!(consolidation.members.len(), 6);
    assert_eq!(consolidation.duplicates.len(), 1);
    assert_eq!(
        opened.collection.title, set.collection.title,
        "the folder's collection applies"
    );
    assert!(opened.collection_path.is_some());
    let sum = consolidation
        .indicators
        .iter()
        .find(|i| i.template.id == "community_digital_teams_count")
        .unwrap();
    let expected: f64 = set
        .plans
        .iter()
        .filter_map(|(_, p)| {
            p.indicator("community_digital_teams_count")?
                .latest_measurement_on_or_before(opened.collection.as_of)
                .map(|m| m.value)
        })
        .sum();
    assert_eq!(sum.combined.figure(), Some(expected));
    let report = Completeness::of(consolidation);
    assert_eq!(
        report.complete.len()
            + report
                .gaps
                .iter()
                .filter(|g| !g.no_value.is_empty() || !g.out_of_period.is_empty())
                .count(),
        6
    );

    // Writing into the province plan changes a copy, never a member file.
    let province = storage::load(&dir.path().join(&set.province_plan.0)).unwrap();
    let written = consolidate::write_into(consolidation, &province.project, "Thử", Lang::Vi);
    assert!(!written.written.is_empty());
    assert_eq!(
        before,
        snapshot(dir.path()),
        "no file was written or touched"
    );
}

#[test]
fn a_folder_without_plans_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ghi-chu.txt"), "không phải kế hoạch").unwrap();
    let error = consolidate::open(&[dir.path().to_path_buf()], None).unwrap_err();
    assert!(matches!(error, CollectionError::NoPlans { .. }));
    assert!(error.message(Lang::Vi).contains("Không tìm thấy"));
    assert!(error.message(Lang::En).contains("No plan file"));
}

#[test]
fn bad_collection_files_are_refused_with_a_reason() {
    let good = format!(
        "(\n    format: \"{COLLECTION_FORMAT}\",\n    version: 1,\n    title: \"Quý III\",\n    as_of: \"2025-09-30\",\n    members: [\"xa-a.ron\"],\n    rules: {{\"fibre_households_pct\": Mean}},\n)\n"
    );
    let path = Path::new("tong-hop.ron");
    let collection = collection_from_str(&good, path).unwrap();
    assert_eq!(collection.members, vec!["xa-a.ron".to_owned()]);
    assert_eq!(collection.rules.len(), 1);
    let cases: Vec<(&str, String, fn(&CollectionError) -> bool)> = vec![
        (
            "unknown field",
            good.replace("title:", "ghi_chu: \"x\",\n    title:"),
            |e| matches!(e, CollectionError::Syntax { .. }),
        ),
        (
            "newer version",
            good.replace("version: 1", "version: 9"),
            |e| matches!(e, CollectionError::NewerVersion { version: 9, .. }),
        ),
        (
            "a plan, not a collection",
            good.replace(COLLECTION_FORMAT, "lotrinh"),
            |e| matches!(e, CollectionError::WrongFormat { .. }),
        ),
        (
            "truncated",
            good.chars().take(good.len() / 2).collect(),
            |e| matches!(e, CollectionError::Truncated { .. }),
        ),
        (
            "a rule for a bad id",
            good.replace("fibre_households_pct", "Tỷ lệ hộ"),
            |e| matches!(e, CollectionError::BadRuleId { .. }),
        ),
        ("an unknown rule", good.replace("Mean", "Average"), |e| {
            matches!(e, CollectionError::Syntax { .. })
        }),
    ];
    for (name, text, expected) in cases {
        let error = collection_from_str(&text, path).unwrap_err();
        assert!(expected(&error), "{name}: {error:?}");
        for lang in Lang::ALL {
            assert!(
                error.message(lang).contains("tong-hop.ron"),
                "{name} {lang:?}"
            );
        }
    }
}

#[test]
fn the_collection_round_trips_and_reopens_its_members() {
    let dir = tempfile::tempdir().unwrap();
    let set = generate(&SampleOptions::new(4, 9));
    write_set(&set, dir.path(), false).unwrap();
    let collection_path = dir.path().join(consolidate::sample::COLLECTION_FILE);
    let mut opened = consolidate::open(std::slice::from_ref(&collection_path), None).unwrap();
    assert_eq!(opened.consolidation.members.len(), 4);
    opened.collection.rules.insert(
        "online_submission_rate_pct".to_owned(),
        consolidate::Rule::Mean,
    );
    consolidate::save_collection(&opened.collection, &collection_path).unwrap();
    let again = consolidate::open(&[collection_path], None).unwrap();
    assert_eq!(again.collection, opened.collection);
    let submission = again
        .consolidation
        .indicators
        .iter()
        .find(|i| i.template.id == "online_submission_rate_pct")
        .unwrap();
    assert_eq!(submission.rule, consolidate::Rule::Mean);
    assert!(submission.rule_chosen);
    // Writing again refuses to replace the sample unless forced.
    assert!(matches!(
        write_set(&set, dir.path(), false),
        Err(CollectionError::Exists { .. })
    ));
}

#[test]
fn the_committed_twelve_commune_example_is_the_sample_of_seed_24() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tong-hop-12-xa");
    let opened = consolidate::open(std::slice::from_ref(&dir), None).unwrap();
    assert_eq!(opened.consolidation.members.len(), 12);
    assert!(opened.consolidation.failures.is_empty());
    assert!(opened.consolidation.duplicates.is_empty());
    let set = generate(&SampleOptions::new(12, 24));
    assert_eq!(opened.collection.title, set.collection.title);
    let mut committed: Vec<String> = opened
        .consolidation
        .members
        .iter()
        .map(|m| m.unit.name.clone())
        .collect();
    let mut generated: Vec<String> = set.plans.iter().map(|(_, p)| p.unit.name.clone()).collect();
    committed.sort();
    generated.sort();
    assert_eq!(
        committed, generated,
        "regenerate with `lotrinh sample --units 12 --seed 24`"
    );
    // Byte for byte: a change of the generator or of the catalogues it draws on shows here.
    let fresh = tempfile::tempdir().unwrap();
    write_set(&set, fresh.path(), false).unwrap();
    let files = set
        .plans
        .iter()
        .map(|(file, _)| file.as_str())
        .chain([set.province_plan.0.as_str()]);
    for file in files {
        assert!(
            std::fs::read(dir.join(file)).unwrap()
                == std::fs::read(fresh.path().join(file)).unwrap(),
            "{file} differs: regenerate with `lotrinh sample --units 12 --seed 24 --force`"
        );
    }
}
