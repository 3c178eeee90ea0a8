//! The annual plan (Kế hoạch chuyển đổi số năm 2026) as an outline: the report's header block with
//! "KẾ HOẠCH" and a "/KH-" number, I. purpose and requirements, II. the year's targets by pillar,
//! III. the tasks with their lead agency and deadline, IV. organisation, the signature block, and
//! the landscape appendix: STT | Chỉ tiêu | Đơn vị tính | Kết quả năm 2025 | Chỉ tiêu năm 2026 |
//! Chỉ tiêu năm 2030 | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Thời hạn, one table per pillar.

use super::appendix::{Align, Appendix, AppendixTable, HeaderCell, plain};
use super::{Block, Outline, OutlineOptions, header, paragraphs};
use crate::i18n::{Lang, format_date, in_sentence, indicator_name};
use crate::model::{DocumentLayout, Indicator, Pillar, Project};
use crate::planning::roll::last_value;
use crate::report::settings::effective_settings;
use crate::report::table::unit_text;

/// The outline of `project`'s plan for `year`.
pub fn annual_plan_outline(project: &Project, year: i32, options: OutlineOptions) -> Outline {
    let lang = options.lang;
    let texts = lang.texts().planning.document;
    let mut settings = effective_settings(project, lang);
    settings.subject = (texts.subject)(year);
    settings.number = plan_number(&settings.number);
    let date = settings.date.unwrap_or(options.printed_on);
    let unit = in_sentence(&project.unit.name);
    let final_year = project.final_year(year);
    let with_target: Vec<&Indicator> = project
        .indicators
        .iter()
        .filter(|i| i.target_for_year(year).is_some())
        .collect();
    let mut body = vec![heading(texts.heading_purpose)];
    body.extend(paragraphs(&(texts.purpose)(&unit, year, final_year)));
    body.push(heading(&(texts.heading_targets)(year)));
    body.push(Block::Paragraph((texts.targets_text)(
        with_target.len(),
        year,
    )));
    for pillar in Pillar::ALL {
        let count = with_target.iter().filter(|i| i.pillar == pillar).count();
        if count > 0 {
            let line = (texts.pillar_line)(lang.texts().pillar(pillar), count);
            body.push(Block::Paragraph(line));
        }
    }
    body.push(heading(texts.heading_tasks));
    let tasks: Vec<Block> = project
        .indicators
        .iter()
        .filter(|i| !i.task.trim().is_empty())
        .map(|i| {
            Block::Paragraph((texts.task_line)(
                i.task.trim(),
                i.responsible.trim(),
                i.due.trim(),
            ))
        })
        .collect();
    if tasks.is_empty() {
        body.push(Block::Paragraph(texts.no_tasks.to_owned()));
    }
    body.extend(tasks);
    body.push(heading(texts.heading_organisation));
    let organisation = match settings.layout {
        DocumentLayout::Administrative => (texts.organisation)(&unit),
        DocumentLayout::Party => texts.organisation_party.to_owned(),
    };
    body.extend(paragraphs(&organisation));
    let title = format!("{} {}", texts.kind, settings.subject);
    Outline {
        lang,
        layout: settings.layout,
        header: header::header_block(&settings, date, lang),
        kind: texts.kind.to_owned(),
        subject: settings.subject.clone(),
        body,
        closing: header::closing(&settings, lang),
        appendix: appendix(project, (year, final_year), (&settings.number, date), lang),
        title,
    }
}

/// A report's number made a plan's: "…/BC-UBND" → "…/KH-UBND", "…-BC/CB" → "…-KH/CB".
fn plan_number(number: &str) -> String {
    number.replace("/BC-", "/KH-").replace("-BC/", "-KH/")
}

fn heading(text: &str) -> Block {
    Block::Heading {
        level: 1,
        text: text.to_owned(),
    }
}

fn appendix(
    project: &Project,
    (year, final_year): (i32, i32),
    (number, date): (&str, chrono::NaiveDate),
    lang: Lang,
) -> Appendix {
    let texts = lang.texts().planning.document;
    let cutoff = crate::model::year_end(year - 1);
    let mut number_in_table = 0;
    let tables = Pillar::ALL
        .into_iter()
        .filter_map(|pillar| {
            let indicators: Vec<&Indicator> = project
                .indicators
                .iter()
                .filter(|i| i.pillar == pillar)
                .collect();
            if indicators.is_empty() {
                return None;
            }
            let rows = indicators
                .iter()
                .map(|indicator| {
                    number_in_table += 1;
                    let target = |y: i32| indicator.target_for_year(y).map(|t| t.value);
                    vec![
                        number_in_table.to_string(),
                        indicator_name(indicator, lang).to_owned(),
                        unit_text(indicator, lang),
                        plain(
                            indicator,
                            last_value(indicator, cutoff).map(|b| b.value),
                            lang,
                        ),
                        plain(indicator, target(year), lang),
                        plain(indicator, target(final_year), lang),
                        indicator.task.trim().to_owned(),
                        indicator.responsible.trim().to_owned(),
                        indicator.due.trim().to_owned(),
                    ]
                })
                .collect();
            let heading =
                (lang.texts().report.pillar_heading)(lang.texts().pillar(pillar), indicators.len());
            Some((heading, rows))
        })
        .enumerate()
        .map(|(index, (heading, rows))| AppendixTable {
            heading: format!("{}. {heading}", index + 1),
            rows,
        })
        .collect();
    let columns = (texts.columns)(year - 1, year, final_year);
    let header = columns
        .iter()
        .enumerate()
        .map(|(column, text)| HeaderCell {
            text: text.clone(),
            column,
            span: 1,
            rows: 2,
        })
        .collect();
    Appendix {
        heading: lang.texts().document.appendix_heading.to_owned(),
        title: (texts.appendix_title)(year),
        attached: (texts.attached)(number.trim(), &format_date(date)),
        widths: vec![30.0, 0.0, 50.0, 52.0, 52.0, 52.0, 170.0, 90.0, 56.0],
        aligns: vec![
            Align::Center,
            Align::Left,
            Align::Center,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Left,
            Align::Left,
            Align::Left,
        ],
        header: [header, Vec::new()],
        tables,
        charts_heading: String::new(),
        charts: Vec::new(),
    }
}
