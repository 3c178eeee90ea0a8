//! `lotrinh summary`: the per-indicator table and per-pillar counts, as text or JSON.

use std::path::Path;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::i18n::{Lang, format_date, value_text};
use crate::model::Project;
use crate::progress::{IndicatorProgress, ProjectSummary, Status, StatusCounts, summarize};
use crate::sentences;
use crate::storage;

/// Runs the summary of `file`, judged at `as_of` when given.
pub fn run(file: &Path, lang: Lang, as_of: Option<&str>, json: bool) -> ExitCode {
    let mut project = match storage::load(file) {
        Ok(loaded) => loaded.project,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(text) = as_of {
        match super::args::date_argument(text, lang) {
            Ok(date) => project.as_of = date,
            Err(code) => return code,
        }
    }
    let summary = summarize(&project);
    if json {
        match serde_json::to_string_pretty(&json_document(&project, &summary, lang)) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print!("{}", text_table(&project, &summary, lang));
    }
    ExitCode::SUCCESS
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
    short.push('…');
    short
}

fn pad(text: &str, width: usize) -> String {
    let count = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(count)))
}

/// The forecast cell: when the current target is reached at the current pace; nothing for a
/// target already met or judged.
fn forecast_text(progress: &IndicatorProgress, lang: Lang) -> String {
    let texts = lang.texts();
    let (Some(forecast), Some(target)) = (&progress.forecast, &progress.current_target) else {
        return texts.none.to_owned();
    };
    let judged = progress.as_of >= target.deadline();
    let Some(target_forecast) = forecast.targets.iter().find(|t| t.year == target.year) else {
        return texts.none.to_owned();
    };
    if judged || progress.status == Status::Achieved {
        return texts.none.to_owned();
    }
    match target_forecast.reach_date {
        Some(date) => (texts.forecast_reach)(&date.format("%m/%Y").to_string()),
        None => texts.forecast_never.to_owned(),
    }
}

fn text_table(project: &Project, summary: &ProjectSummary, lang: Lang) -> String {
    let texts = lang.texts();
    let mut out = String::new();
    let heading = (texts.summary_heading)(&project.unit.name, &format_date(project.as_of));
    out.push_str(&format!("{heading}\n"));
    if !project.title.is_empty() {
        out.push_str(&format!("{}\n", project.title));
    }
    let mut widths = [34, 44, 12, 12, 9, 9, 34, 0];
    // The two figures' columns are as wide as their headers.
    for (width, title) in widths.iter_mut().zip(texts.summary_columns).skip(4).take(2) {
        *width = title.chars().count().max(*width);
    }
    let header: Vec<String> = texts
        .summary_columns
        .iter()
        .zip(widths)
        .map(|(c, w)| pad(c, w))
        .collect();
    out.push_str(&format!("\n{}\n", header.join(" ").trim_end()));
    for (indicator, progress) in project.indicators.iter().zip(&summary.indicators) {
        let latest = progress.latest.map_or_else(
            || texts.none.to_owned(),
            |p| value_text(indicator, p.value, lang),
        );
        let target = progress.current_target.as_ref().map_or_else(
            || texts.none.to_owned(),
            |t| format!("{} ({})", value_text(indicator, t.value, lang), t.year),
        );
        let cells = [
            truncate(&indicator.id, widths[0]),
            truncate(&indicator.name, widths[1]),
            latest,
            target,
            sentences::share_of_target_text(progress, lang),
            sentences::roadmap_text(progress, lang),
            sentences::status_text(progress, lang),
            forecast_text(progress, lang),
        ];
        let row: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, w)).collect();
        out.push_str(&format!("{}\n", row.join(" ").trim_end()));
    }
    out.push('\n');
    let mut rows: Vec<(String, StatusCounts)> = summary
        .pillars
        .iter()
        .map(|p| (texts.pillar(p.pillar).to_owned(), p.counts))
        .collect();
    rows.push((texts.total.to_owned(), summary.total));
    for (name, counts) in rows {
        let parts: Vec<String> = Status::ALL
            .iter()
            .map(|s| format!("{} {}", texts.status(*s, false), counts.count(*s)))
            .collect();
        out.push_str(&format!(
            "{}: {} — {}\n",
            pad(&name, 20),
            parts.join(", "),
            (texts.sentences.achieved_of_total)(counts.achieved, counts.total())
        ));
    }
    out.push('\n');
    for sentence in sentences::summary_sentences(project, summary, lang) {
        out.push_str(&format!("{sentence}\n"));
    }
    out
}

fn json_document(project: &Project, summary: &ProjectSummary, lang: Lang) -> Value {
    let texts = lang.texts();
    let indicators: Vec<Value> = project
        .indicators
        .iter()
        .zip(&summary.indicators)
        .map(|(indicator, progress)| {
            json!({
                "id": indicator.id,
                "name": indicator.name,
                "pillar": indicator.pillar.key(),
                "direction": indicator.judged_direction(),
                "accumulation": indicator.accumulation,
                "baseline": progress.baseline,
                "current_target": progress.current_target.as_ref().map(|t| json!({"year": t.year, "value": t.value})),
                "latest": progress.latest,
                "share_of_target": progress.share_of_target,
                "progress": progress.progress_raw,
                "progress_clamped": progress.progress,
                "keeps_level": progress.keeps_level,
                "expected": progress.expected,
                "status": progress.status.key(),
                "status_text": sentences::status_text(progress, lang),
                "exceeded": progress.exceeded,
                "last_verdict": progress.last_verdict,
                "last_verdict_key": progress.last_verdict.as_ref().map(|v| v.verdict.key()),
                "verdicts": progress.verdicts,
                "forecast": progress.forecast,
                "required_change_per_year": progress.required_change_per_year,
            })
        })
        .collect();
    let pillars: Vec<Value> = summary
        .pillars
        .iter()
        .map(|p| json!({"pillar": p.pillar.key(), "name": texts.pillar(p.pillar), "counts": p.counts, "mean_progress": p.mean_progress}))
        .collect();
    json!({
        "unit": project.unit.name,
        "title": project.title,
        "as_of": project.as_of,
        "indicators": indicators,
        "pillars": pillars,
        "total": summary.total,
        "mean_progress": summary.mean_progress,
    })
}
