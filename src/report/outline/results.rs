//! Section I, "Kết quả thực hiện": the summary written from the data, the pillar chart, and the
//! milestones judged so far.

use std::collections::BTreeMap;

use super::{Block, heading};
use crate::charts::pillar_summary;
use crate::i18n::{Lang, indicator_name};
use crate::model::Project;
use crate::progress::{ProjectSummary, Verdict};
use crate::sentences::counts_sentences;

/// The blocks of section I.
pub fn blocks(project: &Project, summary: &ProjectSummary, lang: Lang) -> Vec<Block> {
    let texts = lang.texts().document;
    let report = lang.texts().report;
    let mut blocks = vec![heading(2, texts.result_overall)];
    if project.indicators.is_empty() {
        blocks.push(Block::Paragraph(report.no_indicators.to_owned()));
        return blocks;
    }
    let total = summary.total;
    let achieved = total.achieved;
    let mut sentences = counts_sentences(project, summary, lang);
    sentences.push((texts.achieved_share)(achieved, total.total()));
    // Behind, at risk, missed, or the latest milestone missed: the indicators the appendix draws.
    let attention = summary
        .indicators
        .iter()
        .filter(|p| p.needs_attention())
        .count();
    sentences.push(if attention == 0 {
        lang.texts().sentences.no_attention.to_owned()
    } else {
        (texts.attention_sentence)(attention)
    });
    blocks.push(Block::Paragraph(sentences.join(" ")));
    blocks.push(heading(2, texts.result_by_pillar));
    blocks.push(Block::PillarChart {
        spec: pillar_summary(summary),
        total,
    });
    blocks.push(heading(2, texts.result_milestones));
    blocks.extend(milestones(project, summary, lang));
    blocks.push(Block::Paragraph(texts.appendix_note.to_owned()));
    blocks
}

/// What each milestone year's verdicts came to.
#[derive(Default)]
struct Tally {
    judged: usize,
    achieved: usize,
    exceeded: usize,
    pending: usize,
    missed: Vec<String>,
}

/// One paragraph per milestone judged (achieved, exceeded, missed by name), or the next one due.
fn milestones(project: &Project, summary: &ProjectSummary, lang: Lang) -> Vec<Block> {
    let texts = lang.texts().document;
    let mut years: BTreeMap<i32, Tally> = BTreeMap::new();
    for (indicator, progress) in project.indicators.iter().zip(&summary.indicators) {
        for verdict in &progress.verdicts {
            let tally = years.entry(verdict.year).or_default();
            match verdict.verdict {
                Verdict::Pending => tally.pending += 1,
                Verdict::Achieved => {
                    tally.judged += 1;
                    tally.achieved += 1;
                    tally.exceeded += usize::from(verdict.exceeded);
                }
                Verdict::Missed | Verdict::NoData => {
                    tally.judged += 1;
                    tally
                        .missed
                        .push(indicator_name(indicator, lang).to_owned());
                }
            }
        }
    }
    let mut blocks = Vec::new();
    for (year, tally) in &years {
        if tally.judged == 0 {
            continue;
        }
        let mut text =
            (texts.milestone_judged)(*year, tally.achieved, tally.exceeded, tally.judged);
        if !tally.missed.is_empty() {
            text.push(' ');
            text.push_str(&(texts.milestone_missed)(&tally.missed.join("; ")));
        }
        blocks.push(Block::Paragraph(text));
    }
    if blocks.is_empty() {
        let next = years
            .iter()
            .find(|(_, tally)| tally.pending > 0)
            .map(|(year, _)| *year);
        blocks.push(Block::Paragraph((texts.no_milestone_judged)(next)));
    }
    blocks
}
