//! The project file's top level: the administrative unit, the reporting date, the documents the
//! targets come from, and the indicators.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AssessmentEntry, DocumentSettings, Indicator, ScoreIndex, text::normalize_in_place};

/// The value of [`Project::format`] in every Lộ Trình file.
pub const FORMAT_NAME: &str = "lotrinh";

/// The newest file format version this program reads and the one it writes.
pub const FORMAT_VERSION: u32 = 1;

/// A digital-transformation plan of one administrative unit, as kept in a `.ron` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Always [`FORMAT_NAME`]; tells a Lộ Trình file from any other RON file.
    pub format: String,
    /// File format version; see [`FORMAT_VERSION`].
    pub version: u32,
    /// The unit (province, commune, ward…) whose plan this is.
    #[serde(default)]
    pub unit: AdminUnit,
    /// Title of the plan, e.g. "Kế hoạch chuyển đổi số xã … đến năm 2025, định hướng đến năm 2030".
    #[serde(default)]
    pub title: String,
    /// The reporting date (kỳ báo cáo): progress is judged as of this day.
    pub as_of: NaiveDate,
    /// Documents the targets come from (Nghị quyết, Kế hoạch, Quyết định…).
    #[serde(default)]
    pub basis: Vec<BasisDocument>,
    /// The indicators (chỉ tiêu) of the plan.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// How the report is filed (layout, header block, signer, recipients) and the sections the
    /// officer writes; `None` until the officer sets any (defaults come from the unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentSettings>,
    /// What the officer wrote on the self-assessment forms (giải trình, evidence, points scored
    /// by hand), per criterion and year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment: Vec<AssessmentEntry>,
    /// The points index this plan is scored by when it is not the bundled one: opened from the
    /// province's file or edited in the app, and kept with the plan so the form reads the same
    /// tomorrow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_index: Option<ScoreIndex>,
    /// The plan this one was rolled forward from (its file name), whose history stays there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predecessor: Option<String>,
}

impl Project {
    /// An empty plan for `unit`, judged as of `as_of`.
    pub fn new(unit: AdminUnit, as_of: NaiveDate) -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            unit,
            title: String::new(),
            as_of,
            basis: Vec::new(),
            indicators: Vec::new(),
            document: None,
            assessment: Vec::new(),
            score_index: None,
            predecessor: None,
        }
    }

    /// The self-assessment entry of `criterion` for `year`, if any was written.
    pub fn assessment_entry(&self, criterion: &str, year: i32) -> Option<&AssessmentEntry> {
        self.assessment
            .iter()
            .find(|e| e.criterion == criterion && e.year == year)
    }

    /// The indicator with this id, if any.
    pub fn indicator(&self, indicator_id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == indicator_id)
    }

    /// The indicator with this id, mutably, if any.
    pub fn indicator_mut(&mut self, indicator_id: &str) -> Option<&mut Indicator> {
        self.indicators.iter_mut().find(|i| i.id == indicator_id)
    }

    /// The last year with a target from `year` on (2030 in a plan to 2030), else `year`.
    pub fn final_year(&self, year: i32) -> i32 {
        self.indicators
            .iter()
            .flat_map(|i| i.targets.iter().map(|t| t.year))
            .filter(|y| *y >= year)
            .max()
            .unwrap_or(year)
    }

    /// Normalises every piece of text in the project to Unicode NFC.
    pub fn normalize_text(&mut self) {
        self.unit.normalize_text();
        normalize_in_place(&mut self.title);
        for document in &mut self.basis {
            document.normalize_text();
        }
        for indicator in &mut self.indicators {
            indicator.normalize_text();
        }
        if let Some(document) = &mut self.document {
            document.normalize_text();
        }
        for entry in &mut self.assessment {
            entry.normalize_text();
        }
        if let Some(index) = &mut self.score_index {
            index.normalize_text();
        }
        if let Some(predecessor) = &mut self.predecessor {
            normalize_in_place(predecessor);
        }
    }
}

/// Level of an administrative unit. Since 1 July 2025 local government has two tiers (province and
/// commune); `District` remains for plans and baselines written before that.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnitLevel {
    /// Tỉnh / thành phố trực thuộc Trung ương.
    Province,
    /// Xã.
    #[default]
    Commune,
    /// Phường.
    Ward,
    /// Đặc khu.
    SpecialZone,
    /// Huyện / quận / thị xã: legacy, abolished on 1 July 2025.
    District,
}

impl UnitLevel {
    /// All levels, in the order a menu shows them.
    pub const ALL: [Self; 5] = [
        Self::Commune,
        Self::Ward,
        Self::SpecialZone,
        Self::Province,
        Self::District,
    ];

    /// The machine name used on the command line (`commune`, `ward`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Province => "province",
            Self::Commune => "commune",
            Self::Ward => "ward",
            Self::SpecialZone => "special-zone",
            Self::District => "district",
        }
    }

    /// Parses a machine name as given by [`Self::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.key() == key)
    }

    /// True for the district level, which no longer exists since 1 July 2025.
    pub fn is_legacy(self) -> bool {
        self == Self::District
    }
}

/// The administrative unit a plan belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminUnit {
    /// Province, commune, ward, special zone or (legacy) district.
    pub level: UnitLevel,
    /// Name, e.g. "Xã Phong Điền".
    pub name: String,
    /// The unit above it, e.g. the legacy district of a commune, if any.
    pub parent_name: String,
    /// The province or centrally-run city.
    pub province: String,
}

impl AdminUnit {
    fn normalize_text(&mut self) {
        normalize_in_place(&mut self.name);
        normalize_in_place(&mut self.parent_name);
        normalize_in_place(&mut self.province);
    }
}

/// A document the targets come from: a resolution (Nghị quyết), plan (Kế hoạch), decision…
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BasisDocument {
    /// Document number, e.g. "06-NQ/TU".
    pub number: String,
    /// Date of issue.
    pub date: Option<NaiveDate>,
    /// Issuing body, e.g. "Tỉnh ủy Hải Dương".
    pub issuer: String,
    /// Title or summary of the document.
    pub title: String,
}

impl BasisDocument {
    fn normalize_text(&mut self) {
        normalize_in_place(&mut self.number);
        normalize_in_place(&mut self.issuer);
        normalize_in_place(&mut self.title);
    }
}
