//! What the consolidation keeps of one member plan: for each indicator the value it counts on the
//! reporting date and the progress engine's verdict, and the member's own summary. The plan itself
//! is not kept, so that thousands of members fit in memory.

use std::path::PathBuf;

use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use crate::model::{
    Accumulation, AdminUnit, Baseline, Direction, Indicator, MeasureUnit, Pillar, Project,
    YesNoWords, nfc,
};
use crate::progress::{Status, StatusCounts, TargetVerdict, Verdict, evaluate};

/// A member's value on a date, with its numerator and denominator when recorded.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DatedValue {
    /// The date of the value.
    pub date: NaiveDate,
    /// The value.
    pub value: f64,
    /// The numerator, if recorded.
    pub numerator: Option<f64>,
    /// The denominator, if recorded.
    pub denominator: Option<f64>,
}

/// A member's milestone target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MemberTarget {
    /// The milestone year.
    pub year: i32,
    /// The value to reach.
    pub value: f64,
}

/// One indicator of one member, judged at the collection's reporting date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemberValue {
    /// The indicator's id.
    pub indicator_id: String,
    /// The pillar, as the member records it.
    pub pillar: Pillar,
    /// The unit of measure, as the member records it.
    pub unit: MeasureUnit,
    /// The words of a yes/no value (Có/Không, Đạt/Chưa đạt), as the member records them.
    pub yes_no_words: YesNoWords,
    /// Whether larger is better, as the indicator is judged (a rank is always lower-is-better).
    pub direction: Direction,
    /// Level or per-year.
    pub accumulation: Accumulation,
    /// The value that counts: the latest dated on or before the reporting date (for a per-year
    /// indicator, only one of the reporting year).
    pub counted: Option<DatedValue>,
    /// The latest value on or before the reporting date when it does not count: a per-year
    /// indicator's total of an earlier year.
    pub earlier_year: Option<DatedValue>,
    /// How many values are dated after the reporting date (ignored).
    pub later_values: usize,
    /// The status the progress engine gives at the reporting date.
    pub status: Status,
    /// True when the counted value strictly beats the current target.
    pub exceeded: bool,
    /// Progress towards the current target, clamped to 0–1.
    pub progress: Option<f64>,
    /// Raw progress (may exceed 1 or be negative).
    pub progress_raw: Option<f64>,
    /// The expected progress at the reporting date, 0–1.
    pub expected: Option<f64>,
    /// The current target at the reporting date (for a per-year indicator, the target that
    /// applies to the reporting year, with that year).
    pub current_target: Option<MemberTarget>,
    /// The verdict of the latest milestone whose deadline the reporting date has reached.
    pub last_verdict: Option<TargetVerdict>,
    /// Every target, in year order.
    pub targets: Vec<MemberTarget>,
    /// The baseline, if recorded.
    pub baseline: Option<Baseline>,
}

/// A member plan as the consolidation sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemberSnapshot {
    /// The file it was read from (for a bundled example, its name).
    pub path: PathBuf,
    /// The member's unit.
    pub unit: AdminUnit,
    /// The plan's title.
    pub title: String,
    /// The reporting date written in the member plan.
    pub plan_as_of: NaiveDate,
    /// Its indicators, in the plan's order.
    pub values: Vec<MemberValue>,
    /// Counts by status at the collection's reporting date.
    pub counts: StatusCounts,
    /// Indicators that need attention: behind, at risk, missed, or their last milestone missed.
    pub attention: usize,
    /// Mean clamped progress of the indicators that have one (mức độ hoàn thành lộ trình).
    pub mean_progress: Option<f64>,
    /// The id of the indicator most behind its expected progress, if any needs attention.
    pub most_behind: Option<String>,
    /// Its self-assessment score, when the consolidation was given an index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<MemberScore>,
}

/// A member's points by an index (tự chấm điểm), kept for the ranking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemberScore {
    /// The total, in hundredths.
    pub total_cents: crate::scoring::Cents,
    /// The index's maximum, in hundredths.
    pub max_cents: crate::scoring::Cents,
    /// The 0–1 index, to 4 decimals.
    pub index_value: f64,
    /// Each group's points, in the index's order, in hundredths.
    pub groups: Vec<crate::scoring::Cents>,
    /// Criteria with nothing to score from.
    pub missing: usize,
}

impl MemberScore {
    /// The score of `project` by `index` for `year`.
    pub fn of(index: &crate::scoring::ScoreIndex, project: &Project, year: i32) -> Self {
        let card = crate::scoring::score_only(index, project, Some(year));
        Self {
            total_cents: card.total_cents,
            max_cents: card.max_cents,
            index_value: card.index_value(),
            groups: card.groups.iter().map(|g| g.cents).collect(),
            missing: card.missing_count(),
        }
    }
}

impl MemberSnapshot {
    /// Judges every indicator of `project` at `as_of`.
    pub fn of(project: &Project, path: PathBuf, as_of: NaiveDate) -> Self {
        let values: Vec<MemberValue> = project
            .indicators
            .iter()
            .map(|indicator| member_value(indicator, as_of))
            .collect();
        let mut counts = StatusCounts::default();
        for value in &values {
            counts.add(value.status);
        }
        let progress: Vec<f64> = values.iter().filter_map(|v| v.progress).collect();
        let mean_progress =
            (!progress.is_empty()).then(|| progress.iter().sum::<f64>() / progress.len() as f64);
        Self {
            path,
            unit: project.unit.clone(),
            title: project.title.clone(),
            plan_as_of: project.as_of,
            most_behind: most_behind(&values),
            attention: values.iter().filter(|v| v.needs_attention()).count(),
            values,
            counts,
            mean_progress,
            score: None,
        }
    }

    /// The member's value of `indicator_id`, if it has that indicator.
    pub fn value(&self, indicator_id: &str) -> Option<&MemberValue> {
        self.values.iter().find(|v| v.indicator_id == indicator_id)
    }

    /// The key that orders members as a Vietnamese reader expects: the name without its marks
    /// ("Đức" beside "Dương", not after "Yên"), then with them, then the path.
    pub fn sort_key(&self) -> (String, String, PathBuf) {
        let folded = fold(&self.unit.name);
        (without_marks(&folded), folded, self.path.clone())
    }

    /// The key that tells two files of the same unit: level, name and province, folded.
    pub fn unit_key(&self) -> (crate::model::UnitLevel, String, String) {
        (
            self.unit.level,
            fold(&self.unit.name),
            fold(&self.unit.province),
        )
    }

    /// The name shown for the member: the unit's name, else the file name.
    pub fn display_name(&self) -> String {
        if self.unit.name.trim().is_empty() {
            self.path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            self.unit.name.clone()
        }
    }
}

/// Text folded for comparison: NFC, trimmed, lower case, inner spaces collapsed.
pub(crate) fn fold(text: &str) -> String {
    nfc(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` without diacritics, "đ" as "d" followed by a mark that sorts it after every "d".
fn without_marks(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| match c {
            'đ' => ['d', '\u{7f}'].into_iter().take(2),
            c => [c, ' '].into_iter().take(1),
        })
        .collect()
}

/// The indicator without its measurements: what a consolidated indicator is described by.
pub fn template_of(indicator: &Indicator) -> Indicator {
    Indicator {
        baseline: None,
        measurements: Vec::new(),
        ..indicator.clone()
    }
}

fn member_value(indicator: &Indicator, as_of: NaiveDate) -> MemberValue {
    let progress = evaluate(indicator, as_of);
    let latest = indicator
        .latest_measurement_on_or_before(as_of)
        .map(|m| DatedValue {
            date: m.date,
            value: m.value,
            numerator: m.numerator,
            denominator: m.denominator,
        });
    // A per-year total counts only in its own year: last year's total is not this year's.
    let (counted, earlier_year) = match latest {
        Some(value)
            if indicator.accumulation == Accumulation::PerYear
                && value.date.year() != as_of.year() =>
        {
            (None, Some(value))
        }
        other => (other, None),
    };
    let target = |t: &crate::model::Target| MemberTarget {
        year: t.year,
        value: t.value,
    };
    MemberValue {
        indicator_id: indicator.id.clone(),
        pillar: indicator.pillar,
        unit: indicator.unit.clone(),
        yes_no_words: indicator.yes_no_words,
        direction: indicator.judged_direction(),
        accumulation: indicator.accumulation,
        counted,
        earlier_year,
        later_values: indicator
            .measurements
            .iter()
            .filter(|m| m.date > as_of)
            .count(),
        status: progress.status,
        exceeded: progress.exceeded,
        progress: progress.progress,
        progress_raw: progress.progress_raw,
        expected: progress.expected,
        current_target: progress.current_target.as_ref().map(target),
        last_verdict: progress.last_verdict.clone(),
        targets: indicator.sorted_targets().iter().map(target).collect(),
        baseline: indicator.baseline,
    }
}

impl MemberValue {
    /// The verdict to show beside the status: the latest judged milestone's, unless the status
    /// already is that milestone's verdict (on its deadline day, or after the last milestone).
    pub fn verdict_beside(&self) -> Option<&TargetVerdict> {
        let verdict = self.last_verdict.as_ref()?;
        let current_year = self.current_target.map(|t| t.year);
        (current_year != Some(verdict.year)).then_some(verdict)
    }

    /// True when the latest judged milestone was missed.
    pub fn last_milestone_missed(&self) -> bool {
        self.last_verdict
            .as_ref()
            .is_some_and(|v| v.verdict == Verdict::Missed)
    }

    /// True when the indicator needs attention: behind, at risk, missed, or its last milestone
    /// missed.
    pub fn needs_attention(&self) -> bool {
        self.status.needs_attention() || self.last_milestone_missed()
    }
}

/// The indicator needing attention that is furthest behind its expected progress.
fn most_behind(values: &[MemberValue]) -> Option<String> {
    values
        .iter()
        .filter(|v| v.needs_attention())
        .map(|v| {
            let gap = v.expected.unwrap_or(1.0) - v.progress_raw.unwrap_or(0.0);
            (v, gap)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(v, _)| v.indicator_id.clone())
}
