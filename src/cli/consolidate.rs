//! `lotrinh consolidate` (many plans into one view: text or JSON, an XLSX workbook, the values
//! written into a plan) and `lotrinh sample` (a made-up province's commune plans).

use crate::i18n::indicator_name;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::consolidate::{
    self, Completeness, Consolidation, Opened, figure_text, targets_met_text, units_word,
};
use crate::i18n::{Lang, format_date, format_number};
use crate::progress::Status;
use crate::storage;

/// What `consolidate` was asked to do.
#[derive(Debug)]
pub struct Request {
    /// Plan files, folders and collection files.
    pub inputs: Vec<PathBuf>,
    /// `--as-of`.
    pub as_of: Option<String>,
    /// `--json`.
    pub json: bool,
    /// `--xlsx`.
    pub xlsx: Option<PathBuf>,
    /// `--pdf`.
    pub pdf: Option<PathBuf>,
    /// `--into`.
    pub into: Option<PathBuf>,
    /// `-o`.
    pub output: Option<PathBuf>,
    /// `--index`.
    pub index: Option<PathBuf>,
}

/// Runs `consolidate` from its parsed arguments (any other subcommand does nothing).
pub fn run_command(command: super::Command) -> ExitCode {
    let super::Command::Consolidate {
        inputs,
        as_of,
        json,
        xlsx,
        pdf,
        into,
        output,
        index,
        lang,
    } = command
    else {
        return ExitCode::from(NOTHING_DONE);
    };
    let request = Request {
        inputs,
        as_of,
        json,
        xlsx,
        pdf,
        into,
        output,
        index,
    };
    run(&request, super::args::lang_of(&lang))
}

/// Exit code when nothing could be consolidated (bad arguments, a bad collection file).
const NOTHING_DONE: u8 = 2;

/// Runs `consolidate`: exit 0 when every member was read, 1 when some failed (the others are
/// still consolidated and reported), 2 when nothing could be done.
pub fn run(request: &Request, lang: Lang) -> ExitCode {
    let as_of = match request.as_of.as_deref() {
        Some(text) => match super::args::date_argument(text, lang) {
            Ok(date) => Some(date),
            Err(_) => return ExitCode::from(NOTHING_DONE),
        },
        None => None,
    };
    let index = match &request.index {
        Some(path) => match super::score::index_argument(Some(path), None) {
            Ok(index) => Some(index),
            Err(_) => return ExitCode::from(NOTHING_DONE),
        },
        None => None,
    };
    let opened = match consolidate::open_scored(&request.inputs, as_of, index.as_ref()) {
        Ok(opened) => opened,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::from(NOTHING_DONE);
        }
    };
    if request.json {
        let mut document = json_document(&opened, lang);
        if let Some(index) = &index {
            document["score_ranking"] = super::score_rank::json_ranking(index, &opened, lang);
        }
        match serde_json::to_string_pretty(&document) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(NOTHING_DONE);
            }
        }
    } else {
        print!("{}", text_report(&opened, lang));
        if let Some(index) = &index {
            print!("{}", super::score_rank::text_ranking(index, &opened, lang));
        }
    }
    for failure in &opened.consolidation.failures {
        let path = failure.path.display().to_string();
        eprintln!(
            "{}",
            (lang.texts().consolidate.cli_failed)(&path, &failure.message(lang))
        );
    }
    let mut ok = true;
    if let Some(path) = &request.xlsx {
        ok &= write_xlsx(&opened, path, lang);
    }
    if let Some(path) = &request.pdf {
        ok &= write_pdf(&opened, path, lang);
    }
    if let Some(output) = &request.output {
        ok &= write_plan(&opened, request.into.as_deref(), output, lang);
    }
    if !ok {
        return ExitCode::from(NOTHING_DONE);
    }
    if opened.consolidation.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(feature = "reports")]
fn write_xlsx(opened: &Opened, path: &Path, lang: Lang) -> bool {
    match crate::spreadsheet::write_consolidation_xlsx(
        &opened.collection,
        &opened.consolidation,
        path,
        lang,
    ) {
        Ok(()) => {
            let shown = path.display().to_string();
            println!("{}", (lang.texts().consolidate.xlsx_written)(&shown));
            true
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            false
        }
    }
}

#[cfg(feature = "reports")]
fn write_pdf(opened: &Opened, path: &Path, lang: Lang) -> bool {
    let options = crate::report::ExportOptions {
        lang,
        printed_on: chrono::Local::now().date_naive(),
    };
    let written = crate::report::write_consolidated_pdf(
        &opened.collection,
        &opened.consolidation,
        path,
        &options,
    );
    match written {
        Ok(()) => {
            println!(
                "{}",
                (lang.texts().report_written)(&path.display().to_string())
            );
            true
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            false
        }
    }
}

#[cfg(not(feature = "reports"))]
fn write_pdf(_opened: &Opened, path: &Path, lang: Lang) -> bool {
    eprintln!(
        "{}",
        (lang.texts().report_unavailable)(&path.display().to_string())
    );
    false
}

#[cfg(not(feature = "reports"))]
fn write_xlsx(_opened: &Opened, path: &Path, lang: Lang) -> bool {
    eprintln!(
        "{}",
        (lang.texts().report_unavailable)(&path.display().to_string())
    );
    false
}

/// Writes the consolidated values into the plan `into` (or a new plan) and saves it to `output`.
fn write_plan(opened: &Opened, into: Option<&Path>, output: &Path, lang: Lang) -> bool {
    let texts = lang.texts().consolidate;
    let consolidation = &opened.consolidation;
    let write = match into {
        Some(path) => match storage::load(path) {
            Ok(loaded) => consolidate::write_into(
                consolidation,
                &loaded.project,
                &opened.collection.title,
                lang,
            ),
            Err(error) => {
                eprintln!("{}", error.message(lang));
                return false;
            }
        },
        None => consolidate::new_plan(consolidation, &opened.collection, lang),
    };
    match storage::save(&write.result, output) {
        Ok(()) => {
            println!(
                "{}",
                (texts.written_into)(
                    &output.display().to_string(),
                    write.written.len(),
                    write.skipped.len()
                )
            );
            true
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            false
        }
    }
}

fn pad(text: &str, width: usize) -> String {
    let mut shown: String = text.chars().take(width).collect();
    if text.chars().count() > width {
        shown.pop();
        shown.push('…');
    }
    let count = shown.chars().count();
    format!("{shown}{}", " ".repeat(width.saturating_sub(count)))
}

fn percent(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(
        || lang.texts().none.to_owned(),
        |v| format!("{}%", format_number(v * 100.0, 1, lang)),
    )
}

fn text_report(opened: &Opened, lang: Lang) -> String {
    let texts = lang.texts();
    let words = texts.consolidate;
    let consolidation = &opened.consolidation;
    let mut out = String::new();
    out.push_str(&(words.cli_heading)(
        &opened.collection.title,
        &opened.collection.unit.name,
        &format_date(consolidation.as_of),
    ));
    out.push('\n');
    out.push_str(&(words.cli_members)(
        consolidation.members.len(),
        consolidation.failures.len(),
        consolidation.duplicates.len(),
    ));
    out.push('\n');
    for duplicate in &consolidation.duplicates {
        let kept = consolidation
            .members
            .get(duplicate.kept)
            .map(|m| m.path.display().to_string())
            .unwrap_or_default();
        out.push_str(&(words.duplicate_line)(
            &duplicate.path.display().to_string(),
            &kept,
        ));
        out.push('\n');
    }
    let widths = [44, 24, 56, 36, 9];
    let header: Vec<String> = words
        .cli_columns
        .iter()
        .zip(widths)
        .map(|(c, w)| pad(c, w))
        .collect();
    out.push_str(&format!("\n{}\n", header.join(" ").trim_end()));
    for indicator in &consolidation.indicators {
        let met = targets_met_text(indicator, consolidation, lang)
            .unwrap_or_else(|| texts.none.to_owned());
        let cells = [
            indicator_name(&indicator.template, lang).to_owned(),
            crate::consolidate::rule_name(indicator.rule, lang).to_owned(),
            figure_text(indicator, consolidation, lang),
            met,
            format!("{}/{}", indicator.reporting, indicator.with_indicator),
        ];
        let row: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, w)).collect();
        out.push_str(&format!("{}\n", row.join(" ").trim_end()));
    }
    out.push('\n');
    ranking_text(&mut out, consolidation, lang);
    completeness_text(&mut out, consolidation, lang);
    let later = consolidation
        .members
        .iter()
        .filter(|m| m.values.iter().any(|v| v.later_values > 0))
        .count();
    if later > 0 {
        out.push_str(&(words.later_ignored)(later));
        out.push('\n');
    }
    out
}

fn ranking_text(out: &mut String, consolidation: &Consolidation, lang: Lang) {
    let texts = lang.texts();
    for (rank, member_index) in consolidation.ranking.iter().enumerate() {
        let Some(member) = consolidation.members.get(*member_index) else {
            continue;
        };
        let counts: Vec<String> = Status::ALL
            .iter()
            .filter(|s| member.counts.count(**s) > 0)
            .map(|s| format!("{} {}", texts.status(*s, false), member.counts.count(*s)))
            .collect();
        out.push_str(&format!(
            "{:>3}. {} — {}: {} — {}\n",
            rank + 1,
            pad(&member.display_name(), 28),
            texts.consolidate.col_completion,
            percent(member.mean_progress, lang),
            counts.join(", ")
        ));
    }
}

fn completeness_text(out: &mut String, consolidation: &Consolidation, lang: Lang) {
    let words = lang.texts().consolidate;
    let report = Completeness::of(consolidation);
    out.push('\n');
    out.push_str(&(words.period_line)(
        &format_date(consolidation.period_start),
        &format_date(consolidation.as_of),
    ));
    out.push('\n');
    out.push_str(&(words.complete_line)(
        report.complete.len(),
        consolidation.members.len(),
        units_word(&consolidation.members, lang),
    ));
    out.push('\n');
    if !report.other_dates.is_empty() {
        let dates: Vec<String> = report
            .other_dates
            .iter()
            .filter_map(|m| consolidation.members.get(*m))
            .map(|m| format!("{} ({})", m.display_name(), format_date(m.plan_as_of)))
            .collect();
        out.push_str(&format!(
            "{}: {}\n",
            words.other_dates_heading,
            dates.join(", ")
        ));
    }
}

fn json_document(opened: &Opened, lang: Lang) -> Value {
    let texts = lang.texts();
    let consolidation = &opened.consolidation;
    let name_of = |member: usize| {
        consolidation
            .members
            .get(member)
            .map(|m| m.display_name())
            .unwrap_or_default()
    };
    let indicators: Vec<Value> = consolidation
        .indicators
        .iter()
        .map(|i| {
            json!({
                "id": i.template.id,
                "name": i.template.name,
                "pillar": i.template.pillar.key(),
                "rule": i.rule.key(),
                "rule_chosen": i.rule_chosen,
                "rule_refused": i.rule_refused.map(|r| r.key()),
                "figure": i.combined.figure(),
                "combined": i.combined,
                "text": figure_text(i, consolidation, lang),
                "members_with_indicator": i.with_indicator,
                "members_reporting": i.reporting,
                "statuses": i.statuses,
                "targets_met": i.targets_met,
                "last_milestone_met": i.last_milestone,
                "unit_conflicts": i.unit_conflicts.iter().map(|m| name_of(*m)).collect::<Vec<_>>(),
                "members_with_later_values": i.later_values,
            })
        })
        .collect();
    let members: Vec<Value> = consolidation
        .members
        .iter()
        .map(|m| {
            json!({
                "path": m.path,
                "unit": m.unit.name,
                "as_of": m.plan_as_of,
                "counts": m.counts,
                "mean_progress": m.mean_progress,
                "most_behind": m.most_behind,
            })
        })
        .collect();
    let failures: Vec<Value> = consolidation
        .failures
        .iter()
        .map(|f| json!({"path": f.path, "error": f.message(lang)}))
        .collect();
    let duplicates: Vec<Value> = consolidation
        .duplicates
        .iter()
        .map(|d| json!({"path": d.path, "as_of": d.plan_as_of, "kept": name_of(d.kept)}))
        .collect();
    json!({
        "title": opened.collection.title,
        "unit": opened.collection.unit.name,
        "as_of": consolidation.as_of,
        "period_start": consolidation.period_start,
        "units_word": units_word(&consolidation.members, lang),
        "members": members,
        "failures": failures,
        "duplicates": duplicates,
        "indicators": indicators,
        "ranking": consolidation.ranking.iter().map(|m| name_of(*m)).collect::<Vec<_>>(),
        "completeness": Completeness::of(consolidation),
        "none": texts.none,
    })
}

/// Runs `sample`: writes `units` plans from `seed` into `dir`.
pub fn sample(units: usize, seed: u64, dir: &Path, force: bool, lang: Lang) -> ExitCode {
    let set = consolidate::sample::generate(&consolidate::sample::SampleOptions::new(units, seed));
    match consolidate::sample::write_set(&set, dir, force) {
        Ok(_) => {
            let shown = dir.display().to_string();
            println!(
                "{}",
                (lang.texts().consolidate.sample_written)(set.plans.len(), &shown)
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            ExitCode::FAILURE
        }
    }
}
