//! Writing a new plan file for `lotrinh new` (from a catalogue or rolled forward), saying what was
//! written or why not.

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::storage;

/// Saves `project` to `output` and prints where, with the number of indicators.
pub(super) fn write_project(
    project: &crate::model::Project,
    output: &Path,
    lang: Lang,
) -> ExitCode {
    match storage::save(project, output) {
        Ok(()) => {
            println!(
                "{}",
                (lang.texts().new_created)(&output.display().to_string(), project.indicators.len())
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
