//! The appendix: "Phụ lục — Kết quả thực hiện các chỉ tiêu chuyển đổi số (Kèm theo Báo cáo số …
//! ngày …)", one table per pillar (STT | Chỉ tiêu | Đơn vị tính | Giá trị cơ sở | Mục tiêu / Kế
//! hoạch: the plan of the reporting year and the next milestone | Thực hiện | So với chỉ tiêu (%) |
//! Mức độ hoàn thành lộ trình (%) | Đánh giá) and the trajectories of the indicators that need
//! attention. "So với chỉ tiêu" is the engine's share of the current target, as on the screen and
//! in every other table; the year's plan is a column of its own, named as a plan.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};

use super::super::figures::plan_for_year;
use crate::charts::{TrajectorySpec, trajectory};
use crate::i18n::{Lang, decimals_for, format_date, format_number, indicator_name, yes_no_text};
use crate::model::{DocumentSettings, Indicator, Project};
use crate::progress::{IndicatorProgress, ProjectSummary};
use crate::report::table::{ReportTable, TableRow, unit_text};
use crate::sentences::{caption, percent_number};

/// Horizontal alignment of a table column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// A header cell: `span` columns wide from `column`, over one or both header rows.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderCell {
    /// The text.
    pub text: String,
    /// First column.
    pub column: usize,
    /// Columns spanned.
    pub span: usize,
    /// Header rows spanned (1 or 2).
    pub rows: usize,
}

/// One pillar's table.
#[derive(Clone, Debug, PartialEq)]
pub struct AppendixTable {
    /// "1. Hạ tầng và nền tảng số (4 chỉ tiêu)".
    pub heading: String,
    /// The rows' cells, one per column.
    pub rows: Vec<Vec<String>>,
}

/// The trajectory of one indicator that needs attention.
#[derive(Clone, Debug, PartialEq)]
pub struct TrajectoryItem {
    /// "1. Tỷ lệ …".
    pub title: String,
    /// Status, latest value, target and the pace needed.
    pub caption: String,
    /// The chart data.
    pub spec: TrajectorySpec,
    /// The indicator's progress (status, latest value, current target, pace).
    pub progress: IndicatorProgress,
}

/// The appendix.
#[derive(Clone, Debug, PartialEq)]
pub struct Appendix {
    /// "PHỤ LỤC".
    pub heading: String,
    /// "Kết quả thực hiện các chỉ tiêu chuyển đổi số".
    pub title: String,
    /// "(Kèm theo Báo cáo số … ngày …)".
    pub attached: String,
    /// Column widths in points for the landscape content width (the writers scale them).
    pub widths: Vec<f32>,
    /// Column alignments.
    pub aligns: Vec<Align>,
    /// The two header rows: every cell of the first, then those of the second.
    pub header: [Vec<HeaderCell>; 2],
    /// One table per pillar that has indicators.
    pub tables: Vec<AppendixTable>,
    /// Heading of the trajectories.
    pub charts_heading: String,
    /// The trajectories of the indicators behind, at risk or missed.
    pub charts: Vec<TrajectoryItem>,
}

impl Appendix {
    /// The column widths scaled to `width`: the indicator column takes what the others leave.
    pub fn widths_for(&self, width: f32) -> Vec<f32> {
        let fixed: f32 = self.widths.iter().sum();
        self.widths
            .iter()
            .map(|w| {
                if *w == 0.0 {
                    (width - fixed).max(60.0)
                } else {
                    *w
                }
            })
            .collect()
    }
}

/// The appendix of `project`.
pub fn appendix(
    project: &Project,
    summary: &ProjectSummary,
    settings: &DocumentSettings,
    date: NaiveDate,
    lang: Lang,
) -> Appendix {
    let texts = lang.texts().document;
    let table = ReportTable::new(project, summary);
    let year = project.as_of.year();
    let years = Years {
        report: year,
        milestone: next_milestone(project, year),
        compared: compared_year(&table, year),
    };
    let tables = table
        .pillars
        .iter()
        .enumerate()
        .map(|(index, (pillar, rows))| AppendixTable {
            heading: format!(
                "{}. {}",
                index + 1,
                (lang.texts().report.pillar_heading)(lang.texts().pillar(*pillar), rows.len())
            ),
            rows: rows.iter().map(|row| cells(row, years, lang)).collect(),
        })
        .collect();
    let charts = table
        .rows()
        .filter(|(_, row)| row.progress.needs_attention())
        .enumerate()
        .map(|(index, (_, row))| TrajectoryItem {
            title: format!("{}. {}", index + 1, indicator_name(row.indicator, lang)),
            caption: caption(row.indicator, row.progress, lang),
            spec: trajectory(row.indicator, row.progress, &unit_text(row.indicator, lang)),
            progress: row.progress.clone(),
        })
        .collect();
    Appendix {
        heading: texts.appendix_heading.to_owned(),
        title: texts.appendix_title.to_owned(),
        attached: (texts.appendix_attached)(settings.number.trim(), &format_date(date)),
        widths: vec![34.0, 0.0, 58.0, 52.0, 54.0, 54.0, 56.0, 60.0, 72.0, 76.0],
        aligns: vec![
            Align::Center,
            Align::Left,
            Align::Center,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Left,
        ],
        header: header(years, lang),
        tables,
        charts_heading: texts.charts_heading.to_owned(),
        charts,
    }
}

/// The two header rows; "Mục tiêu / Kế hoạch" spans the year's plan and the next milestone.
fn header(years: Years, lang: Lang) -> [Vec<HeaderCell>; 2] {
    let Years {
        report: year,
        milestone,
        compared,
    } = years;
    let texts = lang.texts().document;
    let report = lang.texts().report;
    let tall = |text: &str, column: usize| HeaderCell {
        text: text.to_owned(),
        column,
        span: 1,
        rows: 2,
    };
    let low = |text: String, column: usize| HeaderCell {
        text,
        column,
        span: 1,
        rows: 1,
    };
    let first = vec![
        tall(report.col_number, 0),
        tall(report.col_indicator, 1),
        tall(report.col_unit, 2),
        tall(report.col_baseline, 3),
        HeaderCell {
            text: texts.col_plan.to_owned(),
            column: 4,
            span: 2,
            rows: 1,
        },
        tall(texts.col_result, 6),
        if compared == year {
            tall(texts.col_share, 7)
        } else {
            tall(&(texts.col_share_year)(compared), 7)
        },
        tall(texts.col_roadmap, 8),
        tall(report.col_assessment, 9),
    ];
    let milestone_text = milestone.map_or_else(String::new, texts.col_milestone);
    let second = vec![low((texts.col_year)(year), 4), low(milestone_text, 5)];
    [first, second]
}

/// The milestone after `year` that most indicators have.
fn next_milestone(project: &Project, year: i32) -> Option<i32> {
    let mut uses: BTreeMap<i32, usize> = BTreeMap::new();
    for indicator in &project.indicators {
        if let Some(next) = indicator
            .targets
            .iter()
            .map(|t| t.year)
            .filter(|y| *y > year)
            .min()
        {
            *uses.entry(next).or_default() += 1;
        }
    }
    uses.into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(year, _)| year)
}

/// A value as the table writes it: the number (the unit has its own column) or the indicator's
/// yes/no word (Có/Không, Đạt/Chưa đạt).
pub(super) fn plain(indicator: &Indicator, value: Option<f64>, lang: Lang) -> String {
    match value {
        None => String::new(),
        Some(v) if indicator.unit.is_yes_no() => yes_no_text(indicator, v, lang).into(),
        Some(v) => format_number(v, decimals_for(&indicator.unit), lang),
    }
}

/// A share in a "(%)" column: "104", "99,6", or "—" where it has no meaning.
fn percent(share: Option<f64>, lang: Lang) -> String {
    share.map_or_else(
        || lang.texts().none.to_owned(),
        |share| percent_number(share, lang),
    )
}

/// The year of the targets most shares compare with (the current targets' most common year),
/// named in the column's header; the reporting year when there is none.
fn compared_year(table: &ReportTable, year: i32) -> i32 {
    let mut uses: BTreeMap<i32, usize> = BTreeMap::new();
    for (_, row) in table.rows() {
        if let (Some(_), Some(target)) = (row.share_of_target(), &row.progress.current_target) {
            *uses.entry(target.year).or_default() += 1;
        }
    }
    uses.into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(year, |(year, _)| year)
}

/// "So với chỉ tiêu (%)" as every other table gives it (the engine's share of the current
/// target), with that target's year when it is not the column's (`compared`): "86 (chỉ tiêu
/// 2030)".
fn share_cell(row: &TableRow, compared: i32, lang: Lang) -> String {
    let share = percent(row.share_of_target(), lang);
    match (row.share_of_target(), &row.progress.current_target) {
        (Some(_), Some(target)) if target.year != compared => {
            (lang.texts().document.share_with_year)(&share, target.year)
        }
        _ => share,
    }
}

/// The reporting year, the next milestone and the year the shares compare with.
#[derive(Clone, Copy)]
struct Years {
    report: i32,
    milestone: Option<i32>,
    compared: i32,
}

fn cells(row: &TableRow, years: Years, lang: Lang) -> Vec<String> {
    let Years {
        report: year,
        milestone,
        compared,
    } = years;
    let indicator = row.indicator;
    let plan = plan_for_year(indicator, row.progress, year);
    let result = row.result().map(|r| r.1);
    vec![
        row.number.to_string(),
        indicator_name(indicator, lang).to_owned(),
        unit_text(indicator, lang),
        plain(indicator, row.baseline(), lang),
        plain(indicator, plan, lang),
        plain(indicator, milestone.and_then(|m| row.target(m)), lang),
        plain(indicator, result, lang),
        share_cell(row, compared, lang),
        percent(row.roadmap(), lang),
        row.assessment(lang),
    ]
}
