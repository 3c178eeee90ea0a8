//! `lotrinh export` (the report as PDF and Word, XLSX workbook, CSV table) and `lotrinh import` (XLSX or CSV into a
//! plan, printing what it adds and changes and every row it refuses).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Local;

use crate::export::ExportFormat;
use crate::i18n::{Lang, format_number};
use crate::model::Project;
use crate::report::ExportOptions;
use crate::spreadsheet::{ImportPreview, RowGroup, preview_file};
use crate::storage;

/// The outputs asked for by `export`.
#[derive(Debug, Default)]
pub struct Outputs {
    /// `--pdf`.
    pub pdf: Option<PathBuf>,
    /// `--docx`.
    pub docx: Option<PathBuf>,
    /// `--xlsx`.
    pub xlsx: Option<PathBuf>,
    /// `--csv`.
    pub csv: Option<PathBuf>,
    /// `--plan-pdf`.
    pub plan_pdf: Option<PathBuf>,
    /// `--plan-docx`.
    pub plan_docx: Option<PathBuf>,
}

fn load(file: &Path) -> Result<Project, ExitCode> {
    storage::load(file).map(|l| l.project).map_err(|error| {
        eprintln!("{error}");
        ExitCode::FAILURE
    })
}

/// Writes every output asked for; exit 1 at the first failure (files already written stay).
pub fn export(file: &Path, outputs: &Outputs, lang: Lang, as_of: Option<&str>) -> ExitCode {
    let texts = lang.texts().report;
    let mut project = match load(file) {
        Ok(project) => project,
        Err(code) => return code,
    };
    if let Some(text) = as_of {
        match super::args::date_argument(text, lang) {
            Ok(date) => project.as_of = date,
            Err(code) => return code,
        }
    }
    let wanted = [
        (ExportFormat::Pdf, &outputs.pdf),
        (ExportFormat::Docx, &outputs.docx),
        (ExportFormat::Xlsx, &outputs.xlsx),
        (ExportFormat::Csv, &outputs.csv),
        (ExportFormat::PlanPdf, &outputs.plan_pdf),
        (ExportFormat::PlanDocx, &outputs.plan_docx),
    ];
    if wanted.iter().all(|(_, path)| path.is_none()) {
        eprintln!("{}", texts.no_output);
        return ExitCode::FAILURE;
    }
    let options = ExportOptions {
        lang,
        printed_on: Local::now().date_naive(),
    };
    for (format, path) in wanted {
        let Some(path) = path else {
            continue;
        };
        match crate::export::export(&project, format, path, &options) {
            Ok(size) => println!(
                "{}",
                (texts.written)(
                    &path.display().to_string(),
                    &format_number(size as f64 / 1024.0, 1, lang)
                )
            ),
            Err(error) => {
                eprintln!("{}", error.message(lang));
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Imports `from` into the plan `file` and saves it to `output` (default: `file` itself, the old
/// one kept as `.bak`; an `output` is written even when nothing changes). Only rows matched to one
/// indicator (or to none: a new one) are imported; rows that may be about several are listed. Exit
/// 0 when every data row was imported, 1 when some row was refused or awaits a choice (the others
/// are still imported) or when nothing could be read or written.
pub fn import(
    file: &Path,
    from: &Path,
    output: Option<&Path>,
    dry_run: bool,
    lang: Lang,
) -> ExitCode {
    let texts = lang.texts().report;
    let project = match load(file) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let preview = match preview_file(&project, from, lang) {
        Ok(preview) => preview,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return ExitCode::FAILURE;
        }
    };
    print_preview(&preview, lang);
    let undecided = preview.group(RowGroup::Choice).count();
    let status = if preview.refused.is_empty() && undecided == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    };
    if dry_run {
        println!("{}", texts.dry_run);
        return status;
    }
    if preview.is_empty() {
        // Scripts rely on the output file existing: write the plan as it is.
        let Some(target) = output.filter(|target| *target != file) else {
            println!("{}", texts.nothing_to_import);
            return status;
        };
        return match storage::save(&project, target) {
            Ok(()) => {
                println!(
                    "{}",
                    (texts.unchanged_written)(&target.display().to_string())
                );
                status
            }
            Err(error) => {
                eprintln!("{}", error.message(lang));
                ExitCode::FAILURE
            }
        };
    }
    let result = preview.apply(&project).and_then(|updated| {
        let target = output.unwrap_or(file);
        storage::save(&updated, target)?;
        Ok(target.to_path_buf())
    });
    match result {
        Ok(target) => {
            let size = std::fs::metadata(&target).map_or(0, |m| m.len());
            let size = format_number(size as f64 / 1024.0, 1, lang);
            println!("{}", (texts.written)(&target.display().to_string(), &size));
            status
        }
        Err(error) => {
            eprintln!("{}", error.message(lang));
            ExitCode::FAILURE
        }
    }
}

fn print_preview(preview: &ImportPreview, lang: Lang) {
    let texts = lang.texts().report;
    println!(
        "{}",
        (texts.import_summary)(
            preview.added.len(),
            preview.changed.len(),
            preview.refused.len()
        )
    );
    for (heading, changes) in [
        (texts.added_heading, &preview.added),
        (texts.changed_heading, &preview.changed),
    ] {
        if changes.is_empty() {
            continue;
        }
        println!("{heading}");
        for change in changes {
            println!("  {}", change.describe(lang));
        }
    }
    print_rows(preview, lang);
    if !preview.refused.is_empty() {
        eprintln!("{}", texts.refused_heading);
        for refused in &preview.refused {
            eprintln!(
                "  {}",
                (texts.refused_line)(&refused.sheet, refused.row, &refused.reason)
            );
        }
    }
}

/// The rows awaiting a choice (with their candidates) and the rows skipped (with why).
fn print_rows(preview: &ImportPreview, lang: Lang) {
    let texts = lang.texts().import;
    let choices: Vec<_> = preview.group(RowGroup::Choice).collect();
    if !choices.is_empty() {
        println!("{}", texts.choice_heading);
        for row in choices {
            let names: Vec<String> = row
                .candidates
                .iter()
                .map(|c| format!("“{}” ({})", c.name, c.id))
                .collect();
            println!(
                "  {}",
                (texts.choice_line)(&row.key.sheet, row.key.row, &row.label, &names.join("; "))
            );
        }
    }
    let skipped: Vec<_> = preview.group(RowGroup::Skipped).collect();
    if !skipped.is_empty() {
        println!("{}", texts.skipped_heading);
        for row in skipped {
            let why = row.texts(lang).reason;
            println!(
                "  {}",
                (texts.skipped_line)(&row.key.sheet, row.key.row, &row.label, &why)
            );
        }
    }
}
