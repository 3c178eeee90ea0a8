//! The report as a format-neutral outline: the header block of the chosen layout, "BÁO CÁO" and
//! the subject, sections I–IV (results written from the data, the pillar chart, the milestones
//! judged; then the officer's sections), the recipients and signer, and the landscape appendix with
//! the per-pillar tables and the trajectories of the indicators that need attention.
//!
//! The PDF and Word writers only lay this out; the order, the words and the figures are decided
//! here.

mod annual;
mod appendix;
mod assessment;
mod header;
mod results;

use chrono::NaiveDate;

use crate::charts::PillarSummarySpec;
use crate::i18n::Lang;
use crate::model::{DocumentLayout, Project, SectionKind};
use crate::progress::{ProjectSummary, StatusCounts, summarize};

use super::draft::draft_section;
use super::settings::effective_settings;

pub use annual::annual_plan_outline;
pub use appendix::{Align, Appendix, AppendixTable, HeaderCell, TrajectoryItem};
pub use assessment::assessment_outline;
pub use header::{Closing, HeaderBlock, HeaderLine, LeftMark};

/// One block of the body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading ("I. KẾT QUẢ THỰC HIỆN") or a sub-heading ("1. Kết quả chung").
    Heading {
        /// 1 for I–IV, 2 for 1., 2., …
        level: u8,
        /// The text.
        text: String,
    },
    /// A justified paragraph with a first-line indent.
    Paragraph(String),
    /// The pillar summary chart.
    PillarChart {
        /// The chart data.
        spec: PillarSummarySpec,
        /// The totals by status, for the legend.
        total: StatusCounts,
    },
}

/// The whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// Language of the headings and sentences.
    pub lang: Lang,
    /// Administrative or party layout.
    pub layout: DocumentLayout,
    /// The two columns at the top of page 1.
    pub header: HeaderBlock,
    /// "BÁO CÁO".
    pub kind: String,
    /// The subject line under it.
    pub subject: String,
    /// Sections I–IV.
    pub body: Vec<Block>,
    /// Recipients and signer.
    pub closing: Closing,
    /// The landscape appendix.
    pub appendix: Appendix,
    /// The document title for the file's metadata.
    pub title: String,
}

/// How the outline is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutlineOptions {
    /// Language of headings and sentences.
    pub lang: Lang,
    /// The date printed when the settings have none.
    pub printed_on: NaiveDate,
}

/// The outline of `project`'s report (the plan's text is expected in NFC).
pub fn outline(project: &Project, options: OutlineOptions) -> Outline {
    let summary = summarize(project);
    outline_with(project, &summary, options)
}

/// The outline of `project`'s report with its `summary` already computed.
pub fn outline_with(
    project: &Project,
    summary: &ProjectSummary,
    options: OutlineOptions,
) -> Outline {
    let lang = options.lang;
    let texts = lang.texts().document;
    let settings = effective_settings(project, lang);
    let date = settings.date.unwrap_or(options.printed_on);
    let mut body = Vec::new();
    let opening = written_or_draft(project, summary, &settings, SectionKind::Opening, lang);
    body.extend(paragraphs(&opening));
    body.push(heading(1, texts.heading_results));
    body.extend(results::blocks(project, summary, lang));
    for (kind, title) in [
        (SectionKind::Shortcomings, texts.heading_shortcomings),
        (SectionKind::Tasks, texts.heading_tasks),
        (SectionKind::Proposals, texts.heading_proposals),
    ] {
        body.push(heading(1, title));
        let text = written_or_draft(project, summary, &settings, kind, lang);
        body.extend(paragraphs(&text));
    }
    let title = format!("{} {}", texts.kind, settings.subject);
    Outline {
        lang,
        layout: settings.layout,
        header: header::header_block(&settings, date, lang),
        kind: texts.kind.to_owned(),
        subject: settings.subject.clone(),
        body,
        closing: header::closing(&settings, lang),
        appendix: appendix::appendix(project, summary, &settings, date, lang),
        title,
    }
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
    }
}

/// One paragraph block per non-empty line of `text`.
fn paragraphs(text: &str) -> Vec<Block> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| Block::Paragraph(line.to_owned()))
        .collect()
}

/// The officer's text of a section, or the draft from the data when it is empty.
fn written_or_draft(
    project: &Project,
    summary: &ProjectSummary,
    settings: &crate::model::DocumentSettings,
    kind: SectionKind,
    lang: Lang,
) -> String {
    let written = settings.sections.get(kind);
    if written.trim().is_empty() {
        draft_section(project, summary, settings, kind, lang)
    } else {
        written.to_owned()
    }
}
