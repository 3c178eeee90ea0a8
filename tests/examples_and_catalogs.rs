//! Every bundled example loads without warnings, every catalogue parses and makes a valid plan.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::NaiveDate;
use lotrinh::catalog;
use lotrinh::model::{AdminUnit, Pillar};
use lotrinh::progress::{Status, summarize};
use lotrinh::storage;

#[test]
fn examples_load_without_warnings_and_show_every_status() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        seen += 1;
        let loaded = storage::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        assert!(loaded.project.indicators.len() >= 12, "{}", path.display());
    }
    assert!(seen >= 3);
    let demo =
        storage::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/xa-demo.ron")).unwrap();
    let summary = summarize(&demo.project);
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
