//! An index definition (bộ chỉ số đánh giá chuyển đổi số): groups of criteria, each with its
//! maximum points and the rule that turns a plan's values into points, as kept in its own RON
//! file (format [`INDEX_FORMAT_NAME`]) and inside a plan that is scored by its own copy (edited
//! in the app). Scoring by it is in `crate::scoring`.

use serde::{Deserialize, Serialize};

use super::text::normalize_in_place;

/// The value of [`ScoreIndex::format`] in every index file.
pub const INDEX_FORMAT_NAME: &str = "lotrinh-chi-so";

/// The newest index file version this program reads and the one it writes.
pub const INDEX_FORMAT_VERSION: u32 = 1;

/// A points index a province scores its units by, modelled on the DTI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreIndex {
    /// Always [`INDEX_FORMAT_NAME`].
    pub format: String,
    /// File version; see [`INDEX_FORMAT_VERSION`].
    pub version: u32,
    /// Short machine name, e.g. `dti-xa-de-xuat`.
    pub id: String,
    /// Name, e.g. "Bộ chỉ số đánh giá chuyển đổi số cấp xã".
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: Option<String>,
    /// The document that issues it, or what it is built on ("Đề xuất…").
    #[serde(default)]
    pub source: String,
    /// The total of all groups' maximum points (1,000 in the DTI); the 0–1 index is total ÷ this.
    pub max_points: f64,
    /// The groups (pillars), in the form's order.
    pub groups: Vec<ScoreGroup>,
}

/// A group of criteria (a main indicator of the DTI, a pillar).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreGroup {
    /// Machine name, unique in the index.
    pub id: String,
    /// Name, e.g. "Chính quyền số".
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: Option<String>,
    /// The group's maximum points; its criteria's maxima should add up to it.
    pub max_points: f64,
    /// The criteria, in the form's order.
    pub criteria: Vec<Criterion>,
}

/// One criterion (tiêu chí) of the self-assessment form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Machine name, unique in the index.
    pub id: String,
    /// Name, e.g. "Tỷ lệ hồ sơ giải quyết đúng hạn".
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: Option<String>,
    /// The most points it gives.
    pub max_points: f64,
    /// How the points are worked out.
    pub rule: Rule,
    /// The evidence the form expects (tài liệu kiểm chứng).
    #[serde(default)]
    pub evidence: String,
    /// What it rests on: the document, or "Đề xuất" with the reason where it is our suggestion.
    #[serde(default)]
    pub source: String,
}

/// How a criterion's points are worked out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Rule {
    /// The indicator's value as a share of `full_at` (default: 100 for a percent, else the plan's
    /// target for the year) times the maximum, capped at the maximum; for a lower-is-better
    /// indicator the share is what is left below `full_at`. With a numerator and a denominator the
    /// share is their ratio.
    Ratio {
        /// The plan indicator it reads.
        indicator: String,
        /// The value that earns full points.
        #[serde(default)]
        full_at: Option<f64>,
    },
    /// Points by steps: the best step the value reaches (at least `at`, or at most for a
    /// lower-is-better indicator) gives its points; none reached gives 0.
    Steps {
        /// The plan indicator it reads.
        indicator: String,
        /// The steps, in any order.
        steps: Vec<Step>,
    },
    /// Thresholds as shares of the maximum, e.g. ≥ 80 % full, ≥ 50 % half.
    Thresholds {
        /// The plan indicator it reads.
        indicator: String,
        /// The bands, in any order.
        bands: Vec<Band>,
    },
    /// Full points when a yes/no indicator is yes (or a value meets `at_least`), else 0.
    YesNo {
        /// The plan indicator it reads.
        indicator: String,
    },
    /// Chosen by hand on the form, e.g. who heads the steering committee: each choice gives a
    /// share of the maximum.
    Choice {
        /// The choices, in the form's order.
        choices: Vec<Choice>,
    },
    /// Points entered by hand on the form (up to the maximum).
    Manual,
}

impl Rule {
    /// The plan indicator the rule reads, if it reads one.
    pub fn indicator(&self) -> Option<&str> {
        match self {
            Self::Ratio { indicator, .. }
            | Self::Steps { indicator, .. }
            | Self::Thresholds { indicator, .. }
            | Self::YesNo { indicator } => Some(indicator),
            Self::Choice { .. } | Self::Manual => None,
        }
    }

    /// The rule's machine name, as the file writes it.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Ratio { .. } => "Ratio",
            Self::Steps { .. } => "Steps",
            Self::Thresholds { .. } => "Thresholds",
            Self::YesNo { .. } => "YesNo",
            Self::Choice { .. } => "Choice",
            Self::Manual => "Manual",
        }
    }
}

/// A step of [`Rule::Steps`]: reaching `at` gives `points`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The value to reach.
    pub at: f64,
    /// The points it gives.
    pub points: f64,
}

/// A band of [`Rule::Thresholds`]: reaching `at` gives `share` of the maximum.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The value to reach.
    pub at: f64,
    /// The share of the maximum, 0–1.
    pub share: f64,
}

/// A choice of [`Rule::Choice`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Machine name, unique in the criterion.
    pub id: String,
    /// What the form says, e.g. "Trưởng Ban là Bí thư hoặc Chủ tịch".
    pub name: String,
    /// English text.
    #[serde(default)]
    pub name_en: Option<String>,
    /// The share of the maximum, 0–1.
    pub share: f64,
}

impl ScoreIndex {
    /// Every criterion with its group, in the form's order.
    pub fn criteria(&self) -> impl Iterator<Item = (&ScoreGroup, &Criterion)> {
        self.groups
            .iter()
            .flat_map(|group| group.criteria.iter().map(move |c| (group, c)))
    }

    /// The criterion with this id.
    pub fn criterion(&self, criterion_id: &str) -> Option<&Criterion> {
        self.criteria()
            .map(|(_, c)| c)
            .find(|c| c.id == criterion_id)
    }
}

impl ScoreIndex {
    /// Puts every text of the index in NFC, as every text of a plan is kept.
    pub fn normalize_text(&mut self) {
        normalize_in_place(&mut self.name);
        normalize_option(&mut self.name_en);
        normalize_in_place(&mut self.source);
        for group in &mut self.groups {
            normalize_in_place(&mut group.name);
            normalize_option(&mut group.name_en);
            for criterion in &mut group.criteria {
                criterion.normalize_text();
            }
        }
    }
}

impl Criterion {
    /// Puts every text of the criterion in NFC.
    pub fn normalize_text(&mut self) {
        normalize_in_place(&mut self.name);
        normalize_option(&mut self.name_en);
        normalize_in_place(&mut self.evidence);
        normalize_in_place(&mut self.source);
        match &mut self.rule {
            Rule::Choice { choices } => {
                for choice in choices {
                    normalize_in_place(&mut choice.name);
                    normalize_option(&mut choice.name_en);
                }
            }
            Rule::Ratio { indicator, .. }
            | Rule::Steps { indicator, .. }
            | Rule::Thresholds { indicator, .. }
            | Rule::YesNo { indicator } => {
                normalize_in_place(indicator);
            }
            Rule::Manual => {}
        }
    }
}

fn normalize_option(text: &mut Option<String>) {
    if let Some(text) = text {
        normalize_in_place(text);
    }
}
