//! The report's contents in order: the header (unit, title, reporting date, basis documents), the
//! overall results (a summary written from the data and the pillar chart), one table per pillar,
//! and the trajectory of every indicator behind schedule or at risk; then the footers.

use super::canvas::{GREY, PAGE_HEIGHT, Page, Pen};
use super::fonts::Fonts;
use super::sentences::{caption, summary_sentence};
use super::writer::{Align, CONTENT_WIDTH, MARGIN_X, Style, Writer};
use super::{pillar_chart, table, trajectory_chart};
use crate::charts::{pillar_summary, trajectory};
use crate::i18n::{Lang, format_date, format_number};
use crate::model::Project;
use crate::progress::{ProjectSummary, Status, Verdict};
use crate::report::ExportOptions;
use crate::report::table::{ReportTable, unit_text};

/// Height of a trajectory chart (axes included, legend not).
const CHART_HEIGHT: f32 = 150.0;

/// Lays out the whole report.
pub fn layout(
    project: &Project,
    summary: &ProjectSummary,
    fonts: &Fonts,
    options: &ExportOptions,
) -> Vec<Page> {
    let lang = options.lang;
    let table = ReportTable::new(project, summary);
    let mut writer = Writer::new(fonts);
    header(&mut writer, project, lang);
    overall(&mut writer, project, summary, lang);
    pillars(&mut writer, &table, lang);
    attention(&mut writer, &table, lang);
    let mut pages = writer.pages;
    footers(&mut pages, fonts, options);
    pages
}

fn heading(writer: &mut Writer, text: &str, size: f32) {
    writer.ensure(90.0);
    writer.y += size * 0.4;
    let style = Style {
        bold: true,
        after: size * 0.45,
        ..Style::body(size)
    };
    writer.paragraph(text, style);
}

fn header(writer: &mut Writer, project: &Project, lang: Lang) {
    let texts = lang.texts().report;
    let unit = &project.unit;
    if !unit.province.is_empty() && unit.province != unit.name {
        writer.paragraph(
            &unit.province.to_uppercase(),
            Style {
                after: 0.0,
                ..Style::body(9.0)
            },
        );
    }
    let name = if unit.name.is_empty() {
        lang.texts().untitled
    } else {
        unit.name.as_str()
    };
    let bold = Style {
        bold: true,
        after: 14.0,
        ..Style::body(10.0)
    };
    writer.paragraph(&name.to_uppercase(), bold);
    let centered = |size: f32, bold: bool, after: f32| Style {
        size,
        bold,
        align: Align::Center,
        hanging: 0.0,
        after,
    };
    writer.paragraph(texts.title, centered(14.0, true, 4.0));
    if !project.title.is_empty() {
        writer.paragraph(&project.title, centered(10.0, false, 2.0));
    }
    writer.paragraph(
        &(texts.as_of_line)(&format_date(project.as_of)),
        centered(10.0, false, 10.0),
    );
    if !project.basis.is_empty() {
        writer.paragraph(
            texts.basis_heading,
            Style {
                bold: true,
                after: 1.0,
                ..Style::body(9.0)
            },
        );
        for document in &project.basis {
            let date = document.date.map(format_date).unwrap_or_default();
            let line =
                (texts.basis_line)(&document.number, &date, &document.issuer, &document.title);
            let style = Style {
                hanging: 9.0,
                after: 1.0,
                ..Style::body(8.5)
            };
            writer.paragraph(&format!("– {line}"), style);
        }
    }
    writer.y += 6.0;
}

fn overall(writer: &mut Writer, project: &Project, summary: &ProjectSummary, lang: Lang) {
    let texts = lang.texts().report;
    heading(writer, texts.section_overall, 11.0);
    if project.indicators.is_empty() {
        writer.paragraph(texts.no_indicators, Style::body(10.0));
        return;
    }
    let mut sentences = vec![summary_sentence(project, summary, lang)];
    if let Some(mean) = summary.mean_progress {
        sentences.push((texts.mean_sentence)(&format!(
            "{}%",
            format_number(mean * 100.0, 0, lang)
        )));
    }
    let mut years: Vec<i32> = project
        .indicators
        .iter()
        .flat_map(|i| i.targets.iter().map(|t| t.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        let verdicts: Vec<Verdict> = summary
            .indicators
            .iter()
            .flat_map(|p| {
                p.verdicts
                    .iter()
                    .filter(|v| v.year == year)
                    .map(|v| v.verdict)
            })
            .collect();
        if verdicts.contains(&Verdict::Pending) || verdicts.is_empty() {
            continue;
        }
        let achieved = verdicts.iter().filter(|v| **v == Verdict::Achieved).count();
        sentences.push((texts.milestone_sentence)(year, achieved, verdicts.len()));
    }
    let attention = summary.total.behind + summary.total.at_risk;
    sentences.push(if attention == 0 {
        texts.no_attention.to_owned()
    } else {
        (texts.attention_sentence)(attention)
    });
    writer.paragraph(
        &sentences.join(" "),
        Style {
            after: 8.0,
            ..Style::body(10.0)
        },
    );
    pillar_chart::draw(writer, &pillar_summary(summary), &summary.total, lang);
}

fn pillars(writer: &mut Writer, table: &ReportTable, lang: Lang) {
    let texts = lang.texts();
    if table.pillars.is_empty() {
        return;
    }
    heading(writer, texts.report.section_pillars, 11.0);
    for (index, (pillar, rows)) in table.pillars.iter().enumerate() {
        let title = (texts.report.pillar_heading)(texts.pillar(*pillar), rows.len());
        heading(writer, &format!("2.{}. {title}", index + 1), 9.5);
        table::draw(writer, table, rows, lang);
    }
}

fn attention(writer: &mut Writer, table: &ReportTable, lang: Lang) {
    let texts = lang.texts().report;
    let behind: Vec<_> = table
        .rows()
        .filter(|(_, row)| matches!(row.progress.status, Status::Behind | Status::AtRisk))
        .collect();
    if behind.is_empty() {
        return;
    }
    heading(writer, texts.section_attention, 11.0);
    for (index, (_, row)) in behind.iter().enumerate() {
        let name_style = Style {
            bold: true,
            after: 1.0,
            ..Style::body(9.0)
        };
        let caption_style = Style {
            after: 3.0,
            ..Style::body(8.0)
        };
        let name = format!(
            "3.{}. {}",
            index + 1,
            crate::i18n::indicator_name(row.indicator, lang)
        );
        let caption = caption(row.indicator, row.progress, lang);
        let height = writer.measure(&name, name_style, CONTENT_WIDTH)
            + writer.measure(&caption, caption_style, CONTENT_WIDTH)
            + CHART_HEIGHT
            + 2.0 * trajectory_chart::LEGEND_LINE
            + 14.0;
        writer.ensure(height);
        writer.paragraph(&name, name_style);
        writer.paragraph(&caption, caption_style);
        let spec = trajectory(row.indicator, row.progress, &unit_text(row.indicator, lang));
        let top = writer.y;
        let fonts = writer.fonts;
        let page = writer.page();
        trajectory_chart::draw(
            page,
            fonts,
            &spec,
            row.progress,
            (MARGIN_X, top, CONTENT_WIDTH, CHART_HEIGHT),
            lang,
        );
        let legend_top = top + CHART_HEIGHT;
        let used = trajectory_chart::legend(
            page,
            fonts,
            (MARGIN_X, legend_top, CONTENT_WIDTH),
            row.progress.status,
            lang,
        );
        writer.y = legend_top + used + 10.0;
    }
}

fn footers(pages: &mut [Page], fonts: &Fonts, options: &ExportOptions) {
    let texts = options.lang.texts().report;
    let count = pages.len();
    let printed = (texts.printed)(&format_date(options.printed_on));
    let y = PAGE_HEIGHT - 30.0;
    for (index, page) in pages.iter_mut().enumerate() {
        page.line(
            (MARGIN_X, y - 10.0),
            (MARGIN_X + CONTENT_WIDTH, y - 10.0),
            Pen::solid(GREY, 0.5),
        );
        page.colored_text(MARGIN_X, y, 7.5, false, GREY, &printed);
        let number = (texts.page)(index + 1, count);
        let width = fonts.width(&number, 7.5, false);
        page.colored_text(
            MARGIN_X + CONTENT_WIDTH - width,
            y,
            7.5,
            false,
            GREY,
            &number,
        );
    }
}
