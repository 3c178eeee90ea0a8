//! One indicator (chỉ tiêu): what it measures, where it starts, where it must get to, and what was
//! measured along the way.

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use super::text::normalize_in_place;
use super::unit::MeasureUnit;
use super::yes_no::YesNoWords;

/// A digital-transformation indicator of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable identifier: ASCII snake_case, unique within the project.
    pub id: String,
    /// Vietnamese name (Tên chỉ tiêu).
    pub name: String,
    /// English name, if one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The pillar (trụ cột) it belongs to.
    pub pillar: Pillar,
    /// Unit of measure (đơn vị tính).
    pub unit: MeasureUnit,
    /// For a yes/no unit, the words its values are written in: Có/Không (the default, left out
    /// of files) or Đạt/Chưa đạt.
    #[serde(default, skip_serializing_if = "YesNoWords::is_yes_no")]
    pub yes_no_words: YesNoWords,
    /// Whether a larger value is better.
    #[serde(default)]
    pub direction: Direction,
    /// Whether values are levels (the default) or totals that start again each 1 January.
    #[serde(default, skip_serializing_if = "Accumulation::is_level")]
    pub accumulation: Accumulation,
    /// The starting point (giá trị cơ sở), if known.
    #[serde(default)]
    pub baseline: Option<Baseline>,
    /// Where the baseline comes from, e.g. "Kết quả năm 2025 — xa-tong-ket-2025.ron" when a plan
    /// was rolled forward from the one before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub baseline_source: String,
    /// Milestone targets, usually 2025 and 2030.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Measured values, in any order (kept sorted by date by the editor).
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// How the indicator is defined and computed (giải thích chỉ tiêu).
    #[serde(default)]
    pub definition: String,
    /// Legal basis of the indicator and its targets (căn cứ).
    #[serde(default)]
    pub legal_basis: String,
    /// Responsible unit (đơn vị chủ trì, cơ quan chủ trì).
    #[serde(default)]
    pub responsible: String,
    /// The tasks and measures planned for it (nhiệm vụ, giải pháp), for the annual plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub task: String,
    /// When the tasks are due (thời hạn), as written: "Quý II/2026", "Thường xuyên".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

impl Indicator {
    /// A new indicator with no baseline, targets or measurements.
    pub fn new(id: &str, name: &str, pillar: Pillar, unit: MeasureUnit) -> Self {
        Self {
            id: id.to_owned(),
            name: name.to_owned(),
            name_en: None,
            pillar,
            unit,
            yes_no_words: YesNoWords::YesNo,
            direction: Direction::HigherIsBetter,
            accumulation: Accumulation::Level,
            baseline: None,
            baseline_source: String::new(),
            targets: Vec::new(),
            measurements: Vec::new(),
            definition: String::new(),
            legal_basis: String::new(),
            responsible: String::new(),
            task: String::new(),
            due: String::new(),
        }
    }

    /// The targets sorted by year.
    pub fn sorted_targets(&self) -> Vec<Target> {
        let mut targets = self.targets.clone();
        targets.sort_by_key(|t| t.year);
        targets
    }

    /// The target for `year`, if there is one.
    pub fn target_for_year(&self, year: i32) -> Option<&Target> {
        self.targets.iter().find(|t| t.year == year)
    }

    /// The last measurement dated on or before `date`.
    pub fn latest_measurement_on_or_before(&self, date: NaiveDate) -> Option<&Measurement> {
        self.measurements
            .iter()
            .filter(|m| m.date <= date)
            .max_by_key(|m| m.date)
    }

    /// The direction the indicator is judged in: its own, except that a rank is always
    /// lower-is-better (first place is best), whatever the file says.
    pub fn judged_direction(&self) -> Direction {
        match self.unit {
            MeasureUnit::Rank => Direction::LowerIsBetter,
            _ => self.direction,
        }
    }

    /// Writes a rank's direction as it is judged (lower is better); true when it was wrong.
    pub fn fix_rank_direction(&mut self) -> bool {
        let wrong = self.direction != self.judged_direction();
        self.direction = self.judged_direction();
        wrong
    }

    /// True when the values are totals since 1 January (lũy kế từ đầu năm).
    pub fn is_per_year(&self) -> bool {
        self.accumulation == Accumulation::PerYear
    }

    /// The last measurement dated before `date` that a value on `date` can be compared with: for
    /// a per-year total, only one of the same year (the count starts again every 1 January).
    pub fn comparable_before(&self, date: NaiveDate) -> Option<&Measurement> {
        self.measurements
            .iter()
            .filter(|m| m.date < date)
            .filter(|m| !self.is_per_year() || m.date.year() == date.year())
            .max_by_key(|m| m.date)
    }

    /// True when `value` meets `target` in this indicator's judged direction.
    pub fn meets(&self, value: f64, target: f64) -> bool {
        const TOLERANCE: f64 = 1e-9;
        match self.judged_direction() {
            Direction::HigherIsBetter => value >= target - TOLERANCE,
            Direction::LowerIsBetter => value <= target + TOLERANCE,
        }
    }

    /// True when `value` does strictly better than `target` (vượt chỉ tiêu).
    pub fn beats(&self, value: f64, target: f64) -> bool {
        const TOLERANCE: f64 = 1e-9;
        match self.judged_direction() {
            Direction::HigherIsBetter => value > target + TOLERANCE,
            Direction::LowerIsBetter => value < target - TOLERANCE,
        }
    }

    /// Sorts the measurements by date (stable, so equal dates keep their order).
    pub fn sort_measurements(&mut self) {
        self.measurements.sort_by_key(|m| m.date);
    }

    /// Normalises every piece of text in the indicator to Unicode NFC.
    pub fn normalize_text(&mut self) {
        normalize_in_place(&mut self.name);
        if let Some(name_en) = &mut self.name_en {
            normalize_in_place(name_en);
        }
        if let MeasureUnit::Count { word } = &mut self.unit {
            normalize_in_place(word);
        }
        normalize_in_place(&mut self.definition);
        normalize_in_place(&mut self.legal_basis);
        normalize_in_place(&mut self.responsible);
        normalize_in_place(&mut self.baseline_source);
        normalize_in_place(&mut self.task);
        normalize_in_place(&mut self.due);
        for target in &mut self.targets {
            normalize_in_place(&mut target.source);
        }
        for measurement in &mut self.measurements {
            normalize_in_place(&mut measurement.evidence);
            normalize_in_place(&mut measurement.source);
            normalize_in_place(&mut measurement.note);
        }
    }
}

/// True when `id` is ASCII snake_case: starts with a lowercase letter, then lowercase letters,
/// digits and single underscores, not ending in an underscore.
pub fn is_valid_indicator_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    let Some(first) = bytes.first() else {
        return false;
    };
    first.is_ascii_lowercase()
        && !id.ends_with('_')
        && !id.contains("__")
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
}

/// The pillar (trụ cột) an indicator belongs to, as in the DTI framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pillar {
    /// Nền tảng chung: awareness, institutions, infrastructure, skills, cyber-security.
    Foundation,
    /// Chính quyền số.
    DigitalGovernment,
    /// Kinh tế số.
    DigitalEconomy,
    /// Xã hội số.
    DigitalSociety,
    /// Tổng hợp: composite indices and ranks.
    Composite,
}

impl Pillar {
    /// All pillars, in report order.
    pub const ALL: [Self; 5] = [
        Self::Foundation,
        Self::DigitalGovernment,
        Self::DigitalEconomy,
        Self::DigitalSociety,
        Self::Composite,
    ];

    /// The machine name used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Self::Foundation => "foundation",
            Self::DigitalGovernment => "digital_government",
            Self::DigitalEconomy => "digital_economy",
            Self::DigitalSociety => "digital_society",
            Self::Composite => "composite",
        }
    }
}

/// Whether a larger or a smaller value is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// More is better (most indicators).
    #[default]
    HigherIsBetter,
    /// Less is better: overdue dossiers, incidents, a rank.
    LowerIsBetter,
}

/// How the values of an indicator add up over time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Accumulation {
    /// Each value is the level reached at its date (a share, a count of things that exist).
    #[default]
    Level,
    /// Each value is the total since 1 January of its year (lũy kế từ đầu năm): meetings, training
    /// courses, articles. The count starts again every year and each year's target applies to it.
    PerYear,
}

impl Accumulation {
    /// True for [`Accumulation::Level`], the default, which files leave out.
    pub fn is_level(&self) -> bool {
        *self == Self::Level
    }
}

/// The starting point of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Date of the baseline value.
    pub date: NaiveDate,
    /// The baseline value.
    pub value: f64,
}

/// A milestone target: the value to reach by 31 December of `year`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The milestone year (its deadline is 31 December).
    pub year: i32,
    /// The value to reach.
    pub value: f64,
    /// True when the value is only a suggestion with no source behind it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suggested: bool,
    /// Where the value comes from (document, level), if known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Target {
    /// A target of `value` for `year`, from a source.
    pub fn new(year: i32, value: f64) -> Self {
        Self {
            year,
            value,
            suggested: false,
            source: String::new(),
        }
    }

    /// The deadline: 31 December of the target's year.
    pub fn deadline(&self) -> NaiveDate {
        year_end(self.year)
    }
}

/// 31 December of `year` (or the latest representable date for absurd years).
pub(crate) fn year_end(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A measured value of an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Date the value refers to (usually the end of a reporting period).
    pub date: NaiveDate,
    /// The value.
    pub value: f64,
    /// Numerator, when the value is a ratio (e.g. dossiers submitted online).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<f64>,
    /// Denominator, when the value is a ratio (e.g. all dossiers received).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    /// Supporting documents (tài liệu kiểm chứng).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Where the figure comes from (nguồn số liệu).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Measurement {
    /// A bare measurement of `value` on `date`.
    pub fn new(date: NaiveDate, value: f64) -> Self {
        Self {
            date,
            value,
            numerator: None,
            denominator: None,
            evidence: String::new(),
            source: String::new(),
            note: String::new(),
        }
    }

    /// The year of the measurement.
    pub fn year(&self) -> i32 {
        self.date.year()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicator_ids() {
        for (id, valid) in [
            ("work_records_online_pct", true),
            ("a", true),
            ("dti2024", true),
            ("", false),
            ("_x", false),
            ("x_", false),
            ("a__b", false),
            ("Tỷ_lệ", false),
            ("with space", false),
            ("9lives", false),
        ] {
            assert_eq!(is_valid_indicator_id(id), valid, "{id}");
        }
    }
}
