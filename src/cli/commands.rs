//! The subcommands other than `summary`.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Local;

use super::Command;
use super::args::{date_argument, lang_of};
use super::write::write_project;
use crate::catalog;
use crate::i18n::Lang;
use crate::model::{AdminUnit, UnitLevel};
use crate::storage;

/// Runs one subcommand.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { files, lang } => check(&files, lang_of(&lang)),
        Command::Summary {
            file,
            lang,
            as_of,
            json,
        } => super::summary::run(&file, lang_of(&lang), as_of.as_deref(), json),
        command @ Command::Score { .. } => super::score::run_command(command),
        command @ Command::New { .. } => new_command(command),
        Command::Templates { lang } => templates(lang_of(&lang)),
        command @ Command::Consolidate { .. } => super::consolidate::run_command(command),
        Command::Sample {
            units,
            seed,
            output,
            force,
            lang,
        } => super::consolidate::sample(units, seed, &output, force, lang_of(&lang)),
        #[cfg(feature = "reports")]
        Command::Export {
            file,
            pdf,
            docx,
            xlsx,
            csv,
            plan_pdf,
            plan_docx,
            lang,
            as_of,
        } => {
            let outputs = super::export::Outputs {
                pdf,
                docx,
                xlsx,
                csv,
                plan_pdf,
                plan_docx,
            };
            super::export::export(&file, &outputs, lang_of(&lang), as_of.as_deref())
        }
        #[cfg(feature = "reports")]
        Command::Import {
            file,
            from,
            output,
            dry_run,
            lang,
        } => super::export::import(&file, &from, output.as_deref(), dry_run, lang_of(&lang)),
    }
}

/// Opens the window on `file`; with `smoke`, renders that many frames, prints timings and exits.
#[cfg(feature = "gui")]
pub fn open_window(
    file: Option<PathBuf>,
    smoke: Option<u32>,
    started: std::time::Instant,
) -> ExitCode {
    match crate::shell::run_window(file, smoke, started) {
        Ok(Some(report)) => {
            println!(
                "frames: {}, first frame after {:.1} ms, mean frame {:.2} ms",
                report.frames,
                report.first_frame.as_secs_f64() * 1000.0,
                report.mean_frame.as_secs_f64() * 1000.0
            );
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "{}",
                (Lang::default().texts().gui_failed)(&error.to_string())
            );
            ExitCode::FAILURE
        }
    }
}

/// Without the `gui` feature there is no window: say so.
#[cfg(not(feature = "gui"))]
pub fn open_window(
    file: Option<PathBuf>,
    smoke: Option<u32>,
    started: std::time::Instant,
) -> ExitCode {
    let _ = (file, smoke, started);
    eprintln!(
        "{}",
        (Lang::default().texts().gui_failed)("built without the `gui` feature")
    );
    ExitCode::FAILURE
}

/// `lotrinh new`: from a catalogue, or (with `--from`) the next period's plan from a reviewed one.
fn new_command(command: Command) -> ExitCode {
    match command {
        Command::New {
            from: Some(from),
            year,
            steps,
            keep_met,
            as_of,
            output,
            force,
            lang,
            ..
        } => {
            let request = super::roll::RollRequest {
                from,
                year,
                steps,
                keep_met,
                as_of,
                output,
                force,
            };
            super::roll::run(&request, lang_of(&lang))
        }
        Command::New {
            template,
            unit_name,
            level,
            province,
            as_of,
            output,
            force,
            lang,
            ..
        } => {
            let request = NewRequest {
                template: template.unwrap_or_default(),
                unit_name: unit_name.unwrap_or_default(),
                level,
                province,
                as_of,
                output,
                force,
            };
            new_project(&request, lang_of(&lang))
        }
        _ => ExitCode::FAILURE,
    }
}

fn check(files: &[PathBuf], lang: Lang) -> ExitCode {
    let texts = lang.texts();
    let mut all_valid = true;
    for file in files {
        match storage::load(file) {
            Ok(loaded) => {
                println!(
                    "{}",
                    (texts.check_ok)(&file.display().to_string(), loaded.project.indicators.len())
                );
                for warning in &loaded.warnings {
                    println!("  {}: {warning}", texts.check_warning);
                }
            }
            Err(error) => {
                all_valid = false;
                eprintln!("{error}");
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

struct NewRequest {
    template: String,
    unit_name: String,
    level: String,
    province: String,
    as_of: Option<String>,
    output: PathBuf,
    force: bool,
}

fn new_project(request: &NewRequest, lang: Lang) -> ExitCode {
    let texts = lang.texts();
    let known_levels: Vec<&str> = UnitLevel::ALL.iter().map(|l| l.key()).collect();
    let Some(level) = UnitLevel::from_key(&request.level) else {
        eprintln!(
            "{}",
            (texts.unknown_level)(&request.level, &known_levels.join(", "))
        );
        return ExitCode::FAILURE;
    };
    let catalog = if request.template == "empty" {
        None
    } else {
        let Some(found) = catalog::catalog(&request.template) else {
            let mut known: Vec<&str> = catalog::catalogs().iter().map(|c| c.id.as_str()).collect();
            known.push("empty");
            eprintln!(
                "{}",
                (texts.unknown_template)(&request.template, &known.join(", "))
            );
            return ExitCode::FAILURE;
        };
        Some(found)
    };
    let as_of = match request.as_of.as_deref() {
        Some(text) => match date_argument(text, lang) {
            Ok(date) => date,
            Err(code) => return code,
        },
        None => Local::now().date_naive(),
    };
    if request.output.exists() && !request.force {
        eprintln!(
            "{}",
            (texts.new_exists)(&request.output.display().to_string())
        );
        return ExitCode::FAILURE;
    }
    let unit = AdminUnit {
        level,
        name: request.unit_name.clone(),
        parent_name: String::new(),
        province: request.province.clone(),
    };
    let project = catalog::new_project(catalog, unit, as_of);
    write_project(&project, &request.output, lang)
}

fn templates(lang: Lang) -> ExitCode {
    for catalog in catalog::catalogs() {
        let (name, description) = match lang {
            Lang::Vi => (&catalog.name, &catalog.description),
            Lang::En => (&catalog.name_en, &catalog.description_en),
        };
        println!("{:<10} {} ({})", catalog.id, name, catalog.indicators.len());
        if !description.is_empty() {
            println!("           {description}");
        }
    }
    ExitCode::SUCCESS
}
