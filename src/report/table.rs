//! The administrative table every export shares: per pillar, STT | Chỉ tiêu | Đơn vị tính | Giá
//! trị cơ sở | Mục tiêu (one column per milestone year) | Kết quả thực hiện | So với chỉ tiêu (%) |
//! Mức độ hoàn thành lộ trình | Đánh giá.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::i18n::{Lang, format_number};
use crate::model::{Indicator, MeasureUnit, Pillar, Project};
use crate::progress::{IndicatorProgress, ProjectSummary};

/// At most this many target columns are shown (the most used years).
const MAX_TARGET_COLUMNS: usize = 3;

/// One indicator's row.
#[derive(Clone, Debug)]
pub struct TableRow<'a> {
    /// Row number within its pillar (STT), from 1.
    pub number: usize,
    /// The indicator.
    pub indicator: &'a Indicator,
    /// Its progress at the reporting date.
    pub progress: &'a IndicatorProgress,
}

impl TableRow<'_> {
    /// The baseline value, if any (the indicator's own, else its first measurement).
    pub fn baseline(&self) -> Option<f64> {
        self.progress.baseline.map(|b| b.value)
    }

    /// The baseline date, if any.
    pub fn baseline_date(&self) -> Option<NaiveDate> {
        self.indicator.baseline.map(|b| b.date)
    }

    /// The target for `year`, if any.
    pub fn target(&self, year: i32) -> Option<f64> {
        self.indicator.target_for_year(year).map(|t| t.value)
    }

    /// The latest value at the reporting date, with its date.
    pub fn result(&self) -> Option<(NaiveDate, f64)> {
        self.progress.latest.map(|p| (p.date, p.value))
    }

    /// "So với chỉ tiêu": the result ÷ the current target (1.04 for 104 %, not clamped), for the
    /// kinds of indicator that have it.
    pub fn share_of_target(&self) -> Option<f64> {
        self.progress.share_of_target
    }

    /// "Mức độ hoàn thành lộ trình": the share of the way from the baseline to the current
    /// target, clamped to 0–1; `None` for a level to keep (0/0), written "—".
    pub fn roadmap(&self) -> Option<f64> {
        self.progress.roadmap_share()
    }

    /// The assessment in words, with the latest judged milestone's verdict beside it: "Vượt",
    /// "Đúng tiến độ · 2025: Không đạt"…
    pub fn assessment(&self, lang: Lang) -> String {
        crate::sentences::status_text(self.progress, lang)
    }
}

/// The table of a whole project, pillar by pillar.
#[derive(Clone, Debug)]
pub struct ReportTable<'a> {
    /// The milestone years shown as target columns, in order.
    pub target_years: Vec<i32>,
    /// Each pillar that has indicators, in pillar order, with its rows in project order.
    pub pillars: Vec<(Pillar, Vec<TableRow<'a>>)>,
}

impl<'a> ReportTable<'a> {
    /// Builds the table of `project` from its `summary` (see [`crate::progress::summarize`]).
    pub fn new(project: &'a Project, summary: &'a ProjectSummary) -> Self {
        let mut pillars = Vec::new();
        for pillar in Pillar::ALL {
            let rows: Vec<TableRow<'a>> = project
                .indicators
                .iter()
                .zip(&summary.indicators)
                .filter(|(indicator, _)| indicator.pillar == pillar)
                .enumerate()
                .map(|(index, (indicator, progress))| TableRow {
                    number: index + 1,
                    indicator,
                    progress,
                })
                .collect();
            if !rows.is_empty() {
                pillars.push((pillar, rows));
            }
        }
        Self {
            target_years: target_years(project),
            pillars,
        }
    }

    /// Every row, pillar after pillar.
    pub fn rows(&self) -> impl Iterator<Item = (Pillar, &TableRow<'a>)> {
        self.pillars
            .iter()
            .flat_map(|(pillar, rows)| rows.iter().map(move |row| (*pillar, row)))
    }

    /// The header of the administrative table in `lang`.
    pub fn header(&self, lang: Lang) -> Vec<String> {
        let texts = lang.texts().report;
        let mut header = vec![
            texts.col_number.to_owned(),
            texts.col_indicator.to_owned(),
            texts.col_unit.to_owned(),
            texts.col_baseline.to_owned(),
        ];
        header.extend(self.target_years.iter().map(|y| (texts.col_target)(*y)));
        header.extend([
            texts.col_result.to_owned(),
            lang.texts().sentences.share_of_target_name.to_owned(),
            lang.texts().sentences.roadmap_name.to_owned(),
            texts.col_assessment.to_owned(),
        ]);
        header
    }
}

/// The milestone years of `project`: the (at most three) most used, in order; 2025 and 2030 when
/// no indicator has a target.
fn target_years(project: &Project) -> Vec<i32> {
    let mut uses: BTreeMap<i32, usize> = BTreeMap::new();
    for target in project.indicators.iter().flat_map(|i| &i.targets) {
        *uses.entry(target.year).or_default() += 1;
    }
    if uses.is_empty() {
        return vec![2025, 2030];
    }
    let mut by_use: Vec<(i32, usize)> = uses.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut years: Vec<i32> = by_use
        .into_iter()
        .take(MAX_TARGET_COLUMNS)
        .map(|(year, _)| year)
        .collect();
    years.sort_unstable();
    years
}

/// The unit of `indicator` as the table writes it ("%", "hồ sơ", "điểm (tối đa 100)", "chỉ số
/// (0–1)"…), with "lũy kế từ đầu năm" for a per-year total.
pub fn unit_text(indicator: &Indicator, lang: Lang) -> String {
    let texts = lang.texts().report;
    let unit = match &indicator.unit {
        MeasureUnit::Percent => texts.unit_percent.to_owned(),
        MeasureUnit::Count { word } => word.clone(),
        unit if unit.is_index() => texts.index_unit.to_owned(),
        MeasureUnit::Score { max } => (texts.score_unit)(&format_number(*max, 4, lang)),
        MeasureUnit::Money => texts.unit_money.to_owned(),
        MeasureUnit::YesNo => lang
            .texts()
            .yes_no_words
            .pair(indicator.yes_no_words)
            .to_owned(),
        MeasureUnit::Rank => texts.unit_rank.to_owned(),
    };
    if indicator.is_per_year() {
        format!("{unit} ({})", lang.texts().sentences.year_to_date)
    } else {
        unit
    }
}
