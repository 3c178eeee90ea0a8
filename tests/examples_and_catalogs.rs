//! Every bundled example loads without warnings, every catalogue parses and makes a valid plan, and
//! the data keep the rules an official would check: ranks are lower-is-better, year-to-date counts
//! are marked, a suggestion says so (and, in a catalogue, what it rests on), and an example cites
//! no document issued after its date.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use lotrinh::catalog;
use lotrinh::model::{
    Accumulation, AdminUnit, Direction, Indicator, MeasureUnit, Pillar, Project, UnitLevel,
};
use lotrinh::progress::{Status, summarize};
use lotrinh::storage;

fn example_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    paths
}

fn example(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    storage::load(&path).unwrap().project
}

fn examples() -> Vec<(String, Project)> {
    example_paths()
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, storage::load(path).unwrap().project)
        })
        .collect()
}

#[test]
fn examples_load_without_warnings_and_show_every_status() {
    let paths = example_paths();
    for path in &paths {
        let loaded = storage::load(path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        assert!(loaded.project.indicators.len() >= 12, "{}", path.display());
    }
    assert!(paths.len() >= 4, "{paths:?}");
    let summary = summarize(&example("xa-demo.ron"));
    for status in [
        Status::Achieved,
        Status::OnTrack,
        Status::Behind,
        Status::AtRisk,
        Status::NoData,
    ] {
        assert!(summary.total.count(status) > 0, "the demo shows {status:?}");
    }
}

#[cfg(feature = "gui")]
#[test]
fn every_example_file_opens_from_the_start_screen() {
    let bundled = lotrinh::app::EXAMPLES;
    for path in example_paths() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (_, text) = bundled
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} is not in app::EXAMPLES"));
        assert_eq!(*text, std::fs::read_to_string(&path).unwrap(), "{name}");
    }
}

#[test]
fn the_year_end_review_shows_a_year_count_a_rank_and_a_kept_level() {
    let project = example("xa-tong-ket-2025.ron");
    assert_eq!(
        project.as_of,
        NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
    );
    assert_ne!(project.unit.level, UnitLevel::District);
    assert!((14..=20).contains(&project.indicators.len()));
    let per_year: Vec<&Indicator> = project
        .indicators
        .iter()
        .filter(|i| i.accumulation == Accumulation::PerYear)
        .collect();
    assert!(!per_year.is_empty(), "a year-to-date count");
    for indicator in &per_year {
        let years: std::collections::BTreeSet<i32> = indicator
            .measurements
            .iter()
            .map(lotrinh::model::Measurement::year)
            .collect();
        assert!(
            years.len() >= 2,
            "{}: counts in several years",
            indicator.id
        );
    }
    assert!(
        project
            .indicators
            .iter()
            .any(|i| i.unit == MeasureUnit::Rank && i.direction == Direction::LowerIsBetter),
        "a rank"
    );
    assert!(
        project.indicators.iter().any(|i| {
            i.baseline.is_some_and(|b| {
                i.targets
                    .iter()
                    .any(|t| t.year == 2025 && t.value == b.value)
            })
        }),
        "a level to keep (target equal to the baseline)"
    );
    for indicator in &project.indicators {
        assert!(
            indicator.target_for_year(2030).is_some(),
            "{}: 2030 target",
            indicator.id
        );
    }
}

#[test]
fn catalogues_parse_and_cover_the_pillars() {
    assert!(
        catalog::catalog_errors().is_empty(),
        "{:?}",
        catalog::catalog_errors()
    );
    let commune = catalog::catalog("commune").expect("commune catalogue");
    assert!(commune.indicators.len() >= 30);
    for pillar in [
        Pillar::Foundation,
        Pillar::DigitalGovernment,
        Pillar::DigitalEconomy,
        Pillar::DigitalSociety,
        Pillar::Composite,
    ] {
        assert!(
            commune.indicators.iter().any(|i| i.pillar == pillar),
            "{pillar:?}"
        );
    }
    assert!(
        commune
            .indicators
            .iter()
            .any(|i| i.targets.iter().any(|t| t.suggested)),
        "suggestions are marked"
    );
    for id in ["national", "province"] {
        let found = catalog::catalog(id).expect(id);
        assert!(found.indicators.len() >= 15, "{id}");
    }
    let party = catalog::catalog("party").expect("party catalogue");
    assert!(party.indicators.len() >= 8);
    for found in catalog::catalogs() {
        let project = catalog::new_project(
            Some(found),
            AdminUnit::default(),
            NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
        );
        let text = storage::to_ron_string(&project).unwrap();
        storage::load_from_str(&text, Path::new("new.ron"))
            .unwrap_or_else(|e| panic!("{}: {e}", found.id));
    }
}

/// Every indicator of every catalogue and example, named by where it comes from.
fn all_indicators() -> Vec<(String, Indicator)> {
    let mut all = Vec::new();
    for found in catalog::catalogs() {
        for indicator in &found.indicators {
            all.push((format!("{}.ron", found.id), indicator.clone()));
        }
    }
    for (name, project) in examples() {
        for indicator in project.indicators {
            all.push((name.clone(), indicator));
        }
    }
    all
}

#[test]
fn ranks_are_lower_is_better_and_year_counts_are_counts() {
    for (file, indicator) in all_indicators() {
        if indicator.unit == MeasureUnit::Rank {
            assert_eq!(
                indicator.direction,
                Direction::LowerIsBetter,
                "{file}: {} is a rank",
                indicator.id
            );
        }
        if let MeasureUnit::Count { word } = &indicator.unit {
            assert!(
                !word.contains("/năm"),
                "{file}: {}: the unit “{word}” repeats “/năm” in sentences",
                indicator.id
            );
        }
        if indicator.accumulation == Accumulation::PerYear {
            assert!(
                matches!(indicator.unit, MeasureUnit::Count { .. }),
                "{file}: {} counts from 1 January, so it is a count",
                indicator.id
            );
            assert!(
                indicator.definition.contains("lũy kế từ 01/01"),
                "{file}: {} says its values are year-to-date",
                indicator.id
            );
        }
    }
}

#[test]
fn year_counts_of_the_catalogues_are_marked() {
    let commune = catalog::catalog("commune").unwrap();
    for id in [
        "dx_steering_meetings_per_year",
        "security_incidents_count",
        "digital_skills_courses_per_year",
        "dx_news_items_per_year",
    ] {
        let indicator = commune
            .indicators
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(indicator.accumulation, Accumulation::PerYear, "{id}");
    }
}

/// The shortest reason a catalogue suggestion may give after “Đề xuất”, in characters: as long as
/// “duy trì mức năm 2025”, the shortest reason the catalogues give.
const SHORTEST_REASON: usize = 20;

/// True when the source of a suggested target says what the suggestion rests on, not only that it
/// is one: after “Đề xuất” and its punctuation there are at least [`SHORTEST_REASON`] characters.
fn says_what_it_rests_on(source: &str) -> bool {
    let reason = source
        .trim()
        .strip_prefix("Đề xuất")
        .unwrap_or(source)
        .trim_matches(|c: char| c.is_whitespace() || ",:;.()–-".contains(c));
    reason.chars().count() >= SHORTEST_REASON
}

#[test]
fn every_target_says_where_it_comes_from() {
    for (file, indicator) in all_indicators() {
        for target in &indicator.targets {
            let what = format!("{file}: {} {}", indicator.id, target.year);
            assert!(!target.source.trim().is_empty(), "{what}: no source");
            assert_eq!(
                target.suggested,
                target.source.starts_with("Đề xuất"),
                "{what}: a suggestion, and only a suggestion, starts with “Đề xuất”: {}",
                target.source
            );
        }
    }
    for (source, rests_on_something) in [
        ("Đề xuất", false),
        ("  Đề xuất.  ", false),
        ("Đề xuất minh họa", false),
        ("Đề xuất: không quá 2%", false),
        ("Đề xuất: duy trì mức năm 2025", true),
        (
            "Đề xuất minh họa: chưa có văn bản giao, xã tự xác định theo kế hoạch của tỉnh",
            true,
        ),
    ] {
        assert_eq!(
            says_what_it_rests_on(source),
            rests_on_something,
            "{source}"
        );
    }
    for (file, indicator) in all_indicators() {
        for target in indicator.targets.iter().filter(|t| t.suggested) {
            assert!(
                says_what_it_rests_on(&target.source),
                "{file}: {} {}: a suggestion says what it rests on, not only “{}”",
                indicator.id,
                target.year,
                target.source
            );
        }
    }
}

#[test]
fn new_indicators_of_the_domain_review_are_in_the_catalogues() {
    let has = |catalog_id: &str, id: &str| {
        catalog::catalog(catalog_id)
            .unwrap()
            .indicators
            .iter()
            .any(|i| i.id == id)
    };
    for id in [
        "dvctt_with_dossiers_pct",
        "documents_on_software_pct",
        "documents_archived_electronically_pct",
        "commune_dx_score",
        "commune_dx_rank",
    ] {
        assert!(has("commune", id), "commune: {id}");
    }
    for id in ["digital_government_rank", "dvctt_with_dossiers_pct"] {
        assert!(has("province", id), "province: {id}");
    }
    for found in catalog::catalogs() {
        for indicator in &found.indicators {
            assert!(
                indicator.name_en.as_deref().is_some_and(|n| !n.is_empty()),
                "{}: {} has an English name",
                found.id,
                indicator.id
            );
        }
    }
}

/// (number, earliest date) of every dated document in the basis lists of the catalogues and
/// examples. Two provinces may use the same number; the earliest date is the safe one.
fn known_documents() -> Vec<(String, NaiveDate)> {
    let mut documents: Vec<(String, NaiveDate)> = Vec::new();
    let mut add = |number: &str, date: Option<NaiveDate>| {
        let Some(date) = date else { return };
        if number.trim().is_empty() {
            return;
        }
        match documents.iter_mut().find(|(n, _)| n == number) {
            Some((_, known)) => *known = (*known).min(date),
            None => documents.push((number.to_owned(), date)),
        }
    };
    for found in catalog::catalogs() {
        for document in &found.basis {
            add(&document.number, document.date);
        }
    }
    for (_, project) in examples() {
        for document in &project.basis {
            add(&document.number, document.date);
        }
    }
    documents
}

/// True when `text` mentions the document `number` ("2629/QĐ-TTg"), in full or as "QĐ 2629".
fn mentions(text: &str, number: &str) -> bool {
    let starts_cleanly = |at: usize| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    };
    let full = text.match_indices(number).any(|(at, _)| starts_cleanly(at));
    let short = number
        .split_once("/QĐ-")
        .map(|(digits, _)| format!("QĐ {digits}"))
        .is_some_and(|short| {
            text.match_indices(&short).any(|(at, _)| {
                starts_cleanly(at)
                    && !text[at + short.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit())
            })
        });
    full || short
}

/// Every piece of text of a plan, with a label saying where it is.
fn plan_texts(project: &Project) -> Vec<(String, String)> {
    let mut texts = vec![("title".to_owned(), project.title.clone())];
    for document in &project.basis {
        texts.push((format!("basis {}", document.number), document.title.clone()));
    }
    for indicator in &project.indicators {
        let at = |field: &str| format!("{} {field}", indicator.id);
        texts.push((at("name"), indicator.name.clone()));
        texts.push((at("definition"), indicator.definition.clone()));
        texts.push((at("legal_basis"), indicator.legal_basis.clone()));
        for target in &indicator.targets {
            texts.push((
                at(&format!("target {}", target.year)),
                target.source.clone(),
            ));
        }
        for m in &indicator.measurements {
            for text in [&m.source, &m.evidence, &m.note] {
                texts.push((at(&format!("measurement {}", m.date)), text.clone()));
            }
        }
    }
    texts
}

#[test]
fn the_document_mentions_are_recognised() {
    assert!(mentions("QĐ 2629/QĐ-TTg (2025–2027)", "2629/QĐ-TTg"));
    assert!(mentions("như QĐ 2629 nêu", "2629/QĐ-TTg"));
    assert!(mentions("NQ 09-NQ/TU tỉnh Trà Vinh", "09-NQ/TU"));
    assert!(!mentions("QĐ 106/QĐ-TTg", "06/QĐ-TTg"));
    assert!(!mentions("QĐ 26290", "2629/QĐ-TTg"));
    assert!(!mentions("QĐ 942/QĐ-TTg", "2629/QĐ-TTg"));
}

#[test]
fn no_example_cites_a_document_issued_after_its_reporting_date() {
    let documents = known_documents();
    assert!(
        documents.iter().any(|(n, _)| n == "2629/QĐ-TTg"),
        "the catalogues know QĐ 2629"
    );
    for (name, project) in examples() {
        for document in &project.basis {
            if let Some(date) = document.date {
                assert!(
                    date <= project.as_of,
                    "{name}: {} of {date} is after the reporting date {}",
                    document.number,
                    project.as_of
                );
            }
        }
        let later: Vec<&(String, NaiveDate)> = documents
            .iter()
            .filter(|(_, date)| *date > project.as_of)
            .collect();
        for (place, text) in plan_texts(&project) {
            for (number, date) in &later {
                assert!(
                    !mentions(&text, number),
                    "{name}: {place} cites {number} of {date}, after the reporting date {}: {text}",
                    project.as_of
                );
            }
        }
    }
}

#[test]
fn the_article_examples_say_which_values_are_real() {
    for (name, article_values) in [("huong-tra.ron", 8), ("hau-giang.ron", 3)] {
        let project = example(name);
        let mut real = 0;
        for indicator in &project.indicators {
            for m in &indicator.measurements {
                let from_article = m.source.contains("bài báo") || m.evidence.contains("bài báo");
                let illustrative = m.note.contains("Số liệu minh họa, không có trong bài báo");
                assert!(
                    from_article != illustrative,
                    "{name}: {} {} is either from the article or illustrative",
                    indicator.id,
                    m.date
                );
                real += usize::from(from_article);
            }
        }
        assert!(
            real >= article_values,
            "{name}: {real} values from the article"
        );
    }
    let hau_giang = example("hau-giang.ron");
    assert_eq!(
        hau_giang.as_of,
        NaiveDate::from_ymd_opt(2021, 5, 7).unwrap(),
        "the date of the article"
    );
    let level4 = hau_giang.indicator("dvctt_level4_pct").unwrap();
    let article = level4
        .latest_measurement_on_or_before(hau_giang.as_of)
        .unwrap();
    assert_eq!(
        (article.numerator, article.denominator),
        (Some(166.0), Some(1937.0))
    );
    assert!((article.value - 8.57).abs() < 0.01);
}
