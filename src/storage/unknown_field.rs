//! A field the program does not know, as a load error says it: where it is (told from the
//! fields allowed beside it) and the message in both languages, from the language tables.

use crate::i18n::Lang;

/// What a field of a plan or catalogue file belongs to, told from the fields allowed beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldPlace {
    /// The plan itself (format, version, unit, title, as_of, basis, indicators).
    Project,
    /// The administrative unit.
    Unit,
    /// A basis document.
    Basis,
    /// An indicator.
    Indicator,
    /// A unit of measure (`Count(word: …)`, `Score(max: …)`).
    MeasureUnit,
    /// A baseline.
    Baseline,
    /// A target.
    Target,
    /// A measurement.
    Measurement,
    /// A catalogue.
    Catalog,
    /// The report's document settings.
    Document,
    /// The report's signer.
    Signer,
    /// The report's written sections.
    Sections,
}

impl FieldPlace {
    /// Tells the place from the list of fields allowed there.
    pub fn from_allowed(allowed: &[&str]) -> Self {
        let has = |name: &str| allowed.contains(&name);
        if has("as_of") {
            Self::Project
        } else if has("layout") {
            Self::Document
        } else if has("on_behalf_of") {
            Self::Signer
        } else if has("shortcomings") {
            Self::Sections
        } else if has("parent_name") {
            Self::Unit
        } else if has("issuer") {
            Self::Basis
        } else if has("description") {
            Self::Catalog
        } else if has("pillar") {
            Self::Indicator
        } else if has("suggested") {
            Self::Target
        } else if has("numerator") {
            Self::Measurement
        } else if has("word") || has("max") {
            Self::MeasureUnit
        } else if has("date") && has("value") {
            Self::Baseline
        } else {
            Self::Project
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The unknown-field message in `lang`.
pub(super) fn unknown_field_message(
    file: &str,
    field: &str,
    line: usize,
    column: usize,
    place: FieldPlace,
    allowed: &[String],
    lang: Lang,
) -> String {
    let allowed = allowed
        .iter()
        .map(|name| format!("“{name}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let texts = lang.texts().file;
    let place = texts.places.get(place.index()).copied().unwrap_or_default();
    (texts.unknown_field)(file, field, line, column, place, &allowed)
}
