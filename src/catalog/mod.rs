//! The indicator catalogues bundled with the program (`assets/templates/*.ron`), embedded in the
//! binary so that they work offline, and the creation of a new project from one of them.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{AdminUnit, BasisDocument, Indicator, Project, UnitLevel};

/// A catalogue of indicators with their definitions, units, directions and (sourced or suggested)
/// 2025/2030 targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Identifier used on the command line, e.g. `commune`.
    pub id: String,
    /// Vietnamese name.
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: String,
    /// What the catalogue is for and where its figures come from (Vietnamese).
    #[serde(default)]
    pub description: String,
    /// The same in English.
    #[serde(default)]
    pub description_en: String,
    /// The level of unit it is meant for.
    #[serde(default)]
    pub level: UnitLevel,
    /// Documents its targets come from.
    #[serde(default)]
    pub basis: Vec<BasisDocument>,
    /// The indicators, without baselines or measurements.
    pub indicators: Vec<Indicator>,
}

/// The embedded catalogue sources, by file name.
const SOURCES: [(&str, &str); 4] = [
    (
        "commune.ron",
        include_str!("../../assets/templates/commune.ron"),
    ),
    (
        "national.ron",
        include_str!("../../assets/templates/national.ron"),
    ),
    (
        "province.ron",
        include_str!("../../assets/templates/province.ron"),
    ),
    (
        "party.ron",
        include_str!("../../assets/templates/party.ron"),
    ),
];

/// The bundled catalogues, parsed once. A catalogue that fails to parse is left out (a test makes
/// sure that never happens in a release).
pub fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(_, source)| parse_catalog(source).ok())
            .collect()
    })
}

/// Parses a catalogue from RON text, normalising its text to NFC.
pub fn parse_catalog(source: &str) -> Result<Catalog, ron::error::SpannedError> {
    let mut catalog: Catalog = crate::storage::ron_options().from_str(source)?;
    for indicator in &mut catalog.indicators {
        indicator.normalize_text();
        indicator.fix_rank_direction();
    }
    Ok(catalog)
}

/// Parses every embedded catalogue, returning the file name and error of each one that fails.
pub fn catalog_errors() -> Vec<(&'static str, String)> {
    SOURCES
        .iter()
        .filter_map(|(file, source)| parse_catalog(source).err().map(|e| (*file, e.to_string())))
        .collect()
}

/// The catalogue with this id.
pub fn catalog(catalog_id: &str) -> Option<&'static Catalog> {
    catalogs().iter().find(|c| c.id == catalog_id)
}

/// A new project for `unit` with the indicators (and basis documents) of `catalog`, or an empty
/// one when `catalog` is `None`.
pub fn new_project(catalog: Option<&Catalog>, unit: AdminUnit, as_of: NaiveDate) -> Project {
    let mut project = Project::new(unit, as_of);
    if let Some(catalog) = catalog {
        project.basis = catalog.basis.clone();
        project.indicators = catalog.indicators.clone();
    }
    project.normalize_text();
    project
}

/// The targets the bundled catalogues give the indicator `indicator_id` for `year`, to offer
/// when a plan rolled forward raises a target it already meets.
pub fn targets_for(indicator_id: &str, year: i32) -> Vec<f64> {
    catalogs()
        .iter()
        .flat_map(|c| &c.indicators)
        .filter(|i| i.id == indicator_id)
        .filter_map(|i| i.target_for_year(year))
        .map(|t| t.value)
        .collect()
}
