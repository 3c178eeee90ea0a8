//! The self-assessment (phiếu tự chấm điểm) as an outline: the report's header block and
//! signature, the total, the groups and the criteria to raise in the body, and the form as the
//! landscape appendix (STT, tiêu chí, điểm tối đa, cách tính điểm, điểm tự chấm, giải trình, tài
//! liệu kiểm chứng), one table per group.

use super::appendix::{Align, Appendix, AppendixTable, HeaderCell};
use super::{Block, Outline, OutlineOptions, header, paragraphs};
use crate::i18n::{format_date, name_in};
use crate::model::Project;
use crate::report::settings::effective_settings;
use crate::scoring::{
    ScoreIndex, Scorecard, computation_words, from_cents, index_value_text, points_text,
};

/// The outline of `project`'s self-assessment by `index` (scored as `card`).
pub fn assessment_outline(
    project: &Project,
    index: &ScoreIndex,
    card: &Scorecard,
    options: OutlineOptions,
) -> Outline {
    let lang = options.lang;
    let document = lang.texts().document;
    let texts = lang.texts().scoring;
    let mut settings = effective_settings(project, lang);
    settings.subject = (texts.report_subject)(card.year);
    let date = settings.date.unwrap_or(options.printed_on);
    let points = |cents| points_text(from_cents(cents), lang);
    let mut body = vec![Block::Heading {
        level: 1,
        text: texts.report_heading_result.to_owned(),
    }];
    body.extend(paragraphs(&(texts.report_total)(
        &index_name(index, lang),
        &points(card.total_cents),
        &points(card.max_cents),
        &index_value_text(card.index_value(), lang),
    )));
    for (group, score) in index.groups.iter().zip(&card.groups) {
        let name = name_in(&group.name, group.name_en.as_deref(), lang);
        let line = (texts.report_group)(name, &points(score.cents), &points(score.max_cents));
        body.push(Block::Paragraph(line));
    }
    if card.missing_count() > 0 {
        body.push(Block::Paragraph((texts.report_missing)(
            card.missing_count(),
        )));
    }
    body.push(Block::Heading {
        level: 1,
        text: texts.report_heading_gaps.to_owned(),
    });
    for line in card.largest_gaps(5) {
        if let Some(criterion) = index.criterion(&line.criterion_id) {
            let name = name_in(&criterion.name, criterion.name_en.as_deref(), lang);
            body.push(Block::Paragraph((texts.gap_line)(
                &points(line.gap_cents()),
                name,
            )));
        }
    }
    let title = format!("{} {}", document.kind, settings.subject);
    Outline {
        lang,
        layout: settings.layout,
        header: header::header_block(&settings, date, lang),
        kind: document.kind.to_owned(),
        subject: settings.subject.clone(),
        body,
        closing: header::closing(&settings, lang),
        appendix: form(project, index, card, (settings.number.trim(), date), lang),
        title,
    }
}

fn index_name(index: &ScoreIndex, lang: crate::i18n::Lang) -> String {
    name_in(&index.name, index.name_en.as_deref(), lang).to_owned()
}

/// The form as the appendix: one table per group.
fn form(
    project: &Project,
    index: &ScoreIndex,
    card: &Scorecard,
    (number, date): (&str, chrono::NaiveDate),
    lang: crate::i18n::Lang,
) -> Appendix {
    let texts = lang.texts().scoring;
    let document = lang.texts().document;
    let tables = index
        .groups
        .iter()
        .zip(&card.groups)
        .enumerate()
        .map(|(g, (group, score))| AppendixTable {
            heading: format!(
                "{}. {}",
                crate::scoring::group_number(g + 1),
                (texts.report_group)(
                    name_in(&group.name, group.name_en.as_deref(), lang),
                    &points_text(from_cents(score.cents), lang),
                    &points_text(from_cents(score.max_cents), lang),
                )
            ),
            rows: group
                .criteria
                .iter()
                .zip(&score.criteria)
                .enumerate()
                .map(|(c, (criterion, line))| {
                    let indicator = criterion
                        .rule
                        .indicator()
                        .and_then(|id| project.indicator(id));
                    let entry = project.assessment_entry(&criterion.id, card.year);
                    vec![
                        format!("{}.{}", g + 1, c + 1),
                        name_in(&criterion.name, criterion.name_en.as_deref(), lang).to_owned(),
                        points_text(criterion.max_points, lang),
                        computation_words(criterion, &line.outcome, indicator, card.year, lang),
                        points_text(from_cents(line.outcome.cents), lang),
                        entry.map(|e| e.explanation.clone()).unwrap_or_default(),
                        entry
                            .map(|e| e.evidence.clone())
                            .filter(|e| !e.trim().is_empty())
                            .unwrap_or_else(|| criterion.evidence.clone()),
                    ]
                })
                .collect(),
        })
        .collect();
    let cell = |text: &str, column| HeaderCell {
        text: text.to_owned(),
        column,
        span: 1,
        rows: 2,
    };
    Appendix {
        heading: document.appendix_heading.to_owned(),
        title: (texts.report_form_title)(card.year),
        attached: (document.appendix_attached)(number, &format_date(date)),
        widths: vec![30.0, 0.0, 44.0, 200.0, 44.0, 120.0, 120.0],
        aligns: vec![
            Align::Center,
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Left,
        ],
        header: [
            vec![
                cell(texts.col_number, 0),
                cell(texts.col_criterion, 1),
                cell(texts.col_max, 2),
                cell(texts.col_rule, 3),
                cell(texts.col_points, 4),
                cell(texts.col_explanation, 5),
                cell(texts.col_evidence, 6),
            ],
            Vec::new(),
        ],
        tables,
        charts_heading: String::new(),
        charts: Vec::new(),
    }
}
