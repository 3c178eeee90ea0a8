//! `lotrinh new --from PLAN --year 2026 -o NEW.ron`: the next period's plan from a reviewed one,
//! with what became of each indicator printed, as the window's preview shows it.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Datelike as _, Local};

use super::args::date_argument;
use crate::i18n::{Lang, format_date, indicator_name, roll_words, value_text};
use crate::planning::{NewBaseline, RollChoice, StepMethod, preview, within_year};
use crate::storage;

/// The arguments of a roll forward.
pub struct RollRequest {
    /// The reviewed plan.
    pub from: PathBuf,
    /// The first year of the new plan.
    pub year: Option<i32>,
    /// How to fill the yearly targets, if at all.
    pub steps: Option<String>,
    /// Leave met targets as they are.
    pub keep_met: bool,
    /// The new plan's reporting date.
    pub as_of: Option<String>,
    /// Where to write it.
    pub output: PathBuf,
    /// Overwrite an existing file (kept as .bak).
    pub force: bool,
}

/// Runs the roll forward.
pub fn run(request: &RollRequest, lang: Lang) -> ExitCode {
    let texts = lang.texts();
    let loaded = match storage::load(&request.from) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let project = loaded.project;
    let year = request.year.unwrap_or(project.as_of.year() + 1);
    let as_of = match request.as_of.as_deref() {
        Some(text) => match date_argument(text, lang) {
            Ok(date) => date,
            Err(code) => return code,
        },
        None => within_year(Local::now().date_naive(), year),
    };
    if request.output.exists() && !request.force {
        eprintln!(
            "{}",
            (texts.new_exists)(&request.output.display().to_string())
        );
        return ExitCode::FAILURE;
    }
    let mut preview = preview(&project, year, &crate::catalog::targets_for);
    preview.steps = request.steps.as_deref().and_then(StepMethod::from_key);
    if request.keep_met {
        let ids: Vec<String> = preview
            .rows
            .iter()
            .map(|r| r.indicator_id.clone())
            .collect();
        for id in ids {
            preview.choose(RollChoice::Raise(id, false));
        }
    }
    let file_name = request
        .from
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let words = roll_words(&project, &preview, &file_name, as_of, lang);
    let planning = texts.planning;
    for (indicator, row) in project.indicators.iter().zip(&preview.rows) {
        let baseline = match row.baseline {
            NewBaseline::Taken(b) => (planning.baseline_taken)(
                &value_text(indicator, b.value, lang),
                &format_date(b.date),
            ),
            NewBaseline::Missing => planning.baseline_missing.to_owned(),
        };
        println!("  {}: {baseline}", indicator_name(indicator, lang));
        if let Some(raise) = row.raise.filter(|r| r.chosen) {
            let (from, to) = (
                value_text(indicator, raise.from, lang),
                value_text(indicator, raise.to, lang),
            );
            println!("    {}", (planning.cli_raised)(raise.year, &from, &to));
        }
    }
    let mut next = preview.apply(&project, &words);
    crate::report::renew_settings(&mut next, lang);
    super::write::write_project(&next, &request.output, lang)
}
