//! `lotrinh score`: a plan's self-assessment against a points index, as text or JSON.

use std::path::Path;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::i18n::{Lang, format_date, name_in};
use crate::model::Project;
use crate::scoring::{
    ScoreIndex, Scorecard, bundled_index, computation_words, from_cents, load_index, points_text,
    score_plan,
};
use crate::storage;

/// The index from `--index`, else the plan's own (`own`), else the bundled one; its problems
/// printed.
pub fn index_argument(
    path: Option<&Path>,
    own: Option<&ScoreIndex>,
) -> Result<ScoreIndex, ExitCode> {
    let loaded = match (path, own) {
        (Some(path), _) => load_index(path).map(|(index, _)| index),
        (None, Some(own)) => Ok(own.clone()),
        (None, None) => bundled_index(),
    };
    loaded.map_err(|error| {
        eprintln!("{error}");
        ExitCode::FAILURE
    })
}

/// Runs `lotrinh score` from its parsed arguments (any other subcommand does nothing).
pub fn run_command(command: super::Command) -> ExitCode {
    let super::Command::Score {
        file,
        index,
        year,
        json,
        lang,
        pdf,
        docx,
        xlsx,
    } = command
    else {
        return ExitCode::FAILURE;
    };
    let lang = super::args::lang_of(&lang);
    let code = run(&file, index.as_deref(), year, json, lang);
    if code != ExitCode::SUCCESS {
        return code;
    }
    let outputs = Outputs { pdf, docx, xlsx };
    write_forms(&file, index.as_deref(), year, &outputs, lang)
}

/// The forms to write.
struct Outputs {
    pdf: Option<std::path::PathBuf>,
    docx: Option<std::path::PathBuf>,
    xlsx: Option<std::path::PathBuf>,
}

/// Writes the self-assessment forms asked for; exit 1 when one could not be written.
#[cfg(feature = "reports")]
fn write_forms(
    file: &Path,
    index: Option<&Path>,
    year: Option<i32>,
    outputs: &Outputs,
    lang: Lang,
) -> ExitCode {
    if outputs.pdf.is_none() && outputs.docx.is_none() && outputs.xlsx.is_none() {
        return ExitCode::SUCCESS;
    }
    let Ok(loaded) = storage::load(file) else {
        return ExitCode::FAILURE;
    };
    let Ok(index) = index_argument(index, loaded.project.score_index.as_ref()) else {
        return ExitCode::FAILURE;
    };
    let project = loaded.project;
    let options = crate::report::ExportOptions {
        lang,
        printed_on: chrono::Local::now().date_naive(),
    };
    let form = |kind: usize| -> Result<Vec<u8>, String> {
        match kind {
            0 => crate::report::assessment_pdf_bytes(&project, &index, year, &options)
                .map_err(|e| e.message(lang)),
            1 => crate::report::assessment_docx_bytes(&project, &index, year, &options)
                .map_err(|e| e.message(lang)),
            _ => crate::spreadsheet::assessment_xlsx_bytes(&project, &index, year, lang)
                .map_err(|e| e.message(lang)),
        }
    };
    let mut ok = true;
    for (kind, path) in [&outputs.pdf, &outputs.docx, &outputs.xlsx]
        .into_iter()
        .enumerate()
    {
        let Some(path) = path else { continue };
        let written = form(kind)
            .and_then(|bytes| storage::write_atomic(path, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => println!(
                "{}",
                (lang.texts().report_written)(&path.display().to_string())
            ),
            Err(message) => {
                eprintln!("{message}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(not(feature = "reports"))]
fn write_forms(
    _file: &Path,
    _index: Option<&Path>,
    _year: Option<i32>,
    outputs: &Outputs,
    lang: Lang,
) -> ExitCode {
    let asked = [&outputs.pdf, &outputs.docx, &outputs.xlsx];
    let mut code = ExitCode::SUCCESS;
    for path in asked.into_iter().flatten() {
        eprintln!(
            "{}",
            (lang.texts().report_unavailable)(&path.display().to_string())
        );
        code = ExitCode::FAILURE;
    }
    code
}

/// Runs `lotrinh score`.
pub fn run(
    file: &Path,
    index: Option<&Path>,
    year: Option<i32>,
    json: bool,
    lang: Lang,
) -> ExitCode {
    let project = match storage::load(file) {
        Ok(loaded) => loaded.project,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let index = match index_argument(index, project.score_index.as_ref()) {
        Ok(index) => index,
        Err(code) => return code,
    };
    let card = score_plan(&index, &project, year);
    if json {
        match serde_json::to_string_pretty(&json_document(&index, &project, &card, lang)) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print!("{}", text_report(&index, &project, &card, lang));
    }
    ExitCode::SUCCESS
}

/// The index value as published: 4 decimals.
pub fn index_text(card: &Scorecard, lang: Lang) -> String {
    crate::scoring::index_value_text(card.index_value(), lang)
}

fn text_report(index: &ScoreIndex, project: &Project, card: &Scorecard, lang: Lang) -> String {
    let t = lang.texts().scoring;
    let mut out = (t.cli_headline)(
        &project.unit.name,
        card.year,
        &points_text(card.total(), lang),
        &points_text(card.max(), lang),
        &index_text(card, lang),
    );
    out.push_str(&format!(
        " ({})\n",
        name_in(&index.name, index.name_en.as_deref(), lang)
    ));
    for (group, score) in index.groups.iter().zip(&card.groups) {
        out.push_str(&format!(
            "\n{} — {}/{}\n",
            name_in(&group.name, group.name_en.as_deref(), lang),
            points_text(from_cents(score.cents), lang),
            points_text(from_cents(score.max_cents), lang),
        ));
        for (criterion, line) in group.criteria.iter().zip(&score.criteria) {
            let indicator = criterion
                .rule
                .indicator()
                .and_then(|id| project.indicator(id));
            out.push_str(&format!(
                "  {:>6}/{:<4} {}: {}\n",
                points_text(from_cents(line.outcome.cents), lang),
                points_text(from_cents(line.max_cents), lang),
                name_in(&criterion.name, criterion.name_en.as_deref(), lang),
                computation_words(criterion, &line.outcome, indicator, card.year, lang),
            ));
        }
    }
    let gaps = card.largest_gaps(5);
    if !gaps.is_empty() {
        out.push_str(&format!("\n{}:\n", t.cli_gaps));
        for line in gaps {
            if let Some(criterion) = index.criterion(&line.criterion_id) {
                out.push_str(&format!(
                    "  +{} {}\n",
                    points_text(from_cents(line.gap_cents()), lang),
                    name_in(&criterion.name, criterion.name_en.as_deref(), lang),
                ));
            }
        }
    }
    if !card.warnings.is_empty() {
        out.push_str(&format!("\n{}:\n", t.cli_warnings));
        for warning in &card.warnings {
            out.push_str(&format!("  - {}\n", warning.message(lang)));
        }
    }
    out
}

fn json_document(index: &ScoreIndex, project: &Project, card: &Scorecard, lang: Lang) -> Value {
    let groups: Vec<Value> = index
        .groups
        .iter()
        .zip(&card.groups)
        .map(|(group, score)| {
            let criteria: Vec<Value> = group
                .criteria
                .iter()
                .zip(&score.criteria)
                .map(|(criterion, line)| {
                    let indicator = criterion.rule.indicator().and_then(|id| project.indicator(id));
                    let entry = project.assessment_entry(&criterion.id, card.year);
                    json!({
                        "id": criterion.id,
                        "name": name_in(&criterion.name, criterion.name_en.as_deref(), lang),
                        "rule": criterion.rule.key(),
                        "indicator": criterion.rule.indicator(),
                        "points": from_cents(line.outcome.cents),
                        "max": from_cents(line.max_cents),
                        "missing_data": line.is_missing(),
                        "value_date": line.outcome.value_date.map(|d| d.to_string()),
                        "computation": computation_words(criterion, &line.outcome, indicator, card.year, lang),
                        "explanation": entry.map(|e| e.explanation.as_str()).unwrap_or_default(),
                        "evidence": entry.map(|e| e.evidence.as_str()).unwrap_or_default(),
                        "evidence_expected": criterion.evidence,
                        "source": criterion.source,
                    })
                })
                .collect();
            json!({
                "id": group.id,
                "name": name_in(&group.name, group.name_en.as_deref(), lang),
                "points": from_cents(score.cents),
                "max": from_cents(score.max_cents),
                "criteria": criteria,
            })
        })
        .collect();
    let gaps: Vec<Value> = card
        .largest_gaps(5)
        .into_iter()
        .map(|line| json!({ "id": line.criterion_id, "gap": from_cents(line.gap_cents()) }))
        .collect();
    json!({
        "index": { "id": index.id, "name": name_in(&index.name, index.name_en.as_deref(), lang), "max_points": index.max_points },
        "unit": project.unit.name,
        "year": card.year,
        "date": card.date.to_string(),
        "date_text": format_date(card.date),
        "total": card.total(),
        "max": card.max(),
        "index_value": card.index_value(),
        "missing_data": card.missing_count(),
        "groups": groups,
        "largest_gaps": gaps,
        "warnings": card.warnings.iter().map(|w| w.message(lang)).collect::<Vec<_>>(),
    })
}
