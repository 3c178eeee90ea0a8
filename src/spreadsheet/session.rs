//! An import being previewed in the window: the sheets are read once; each choice the user makes
//! (an indicator for an ambiguous row, the date of undated results) gives a new preview, and its
//! rows in words are made once for drawing.

use std::path::Path;

use chrono::{Datelike as _, NaiveDate};

use super::SpreadsheetError;
use super::grid::Sheet;
use super::preview::{ImportOptions, ImportPreview, RowChoice, RowKey, preview_with};
use super::read::read_sheets;
use super::row_texts::RowTexts;
use crate::i18n::Lang;
use crate::model::Project;

/// A choice made in the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// What a row with several candidates is about.
    Row(RowKey, RowChoice),
    /// The date of results whose header gives none.
    ResultDate(NaiveDate),
}

/// An import being previewed.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSession {
    /// The file, as shown.
    pub file: String,
    /// The sheets read.
    sheets: Vec<Sheet>,
    /// The choices made so far.
    pub options: ImportOptions,
    /// The preview with those choices.
    pub preview: ImportPreview,
    /// Each row of the preview in words.
    pub texts: Vec<RowTexts>,
    /// Why the last attempt to apply failed, if it did.
    pub error: Option<String>,
}

impl ImportSession {
    /// Reads the spreadsheet at `path` and previews its import into `project`.
    pub fn open(project: &Project, path: &Path, lang: Lang) -> Result<Self, SpreadsheetError> {
        let sheets = read_sheets(path)?;
        Ok(Self::new(project, path.display().to_string(), sheets, lang))
    }

    /// Previews the import of `sheets` (read from `file`) into `project`, no choice made yet.
    pub fn new(project: &Project, file: String, sheets: Vec<Sheet>, lang: Lang) -> Self {
        let options = ImportOptions::new(lang);
        let preview = preview_with(project, &sheets, &options);
        let texts = preview.rows.iter().map(|r| r.texts(lang)).collect();
        Self {
            file,
            sheets,
            options,
            preview,
            texts,
            error: None,
        }
    }

    /// Makes `choice` and previews again.
    pub fn choose(&mut self, project: &Project, choice: ImportChoice) {
        match choice {
            ImportChoice::Row(key, choice) => {
                self.options.choices.insert(key, choice);
            }
            ImportChoice::ResultDate(date) => self.options.result_date = Some(date),
        }
        self.preview = preview_with(project, &self.sheets, &self.options);
        self.texts = self
            .preview
            .rows
            .iter()
            .map(|r| r.texts(self.options.lang))
            .collect();
        self.error = None;
    }

    /// The plan with the previewed changes made, or why not (nothing changed).
    pub fn apply(&self, project: &Project) -> Result<Project, SpreadsheetError> {
        self.preview.apply(project)
    }

    /// The dates offered for results whose header gives none: the plan's reporting date, the
    /// ends of the quarters of its year and the end of the year before, in order.
    pub fn date_options(project: &Project) -> Vec<NaiveDate> {
        let year = project.as_of.year();
        let mut dates: Vec<NaiveDate> = [(year - 1, 12, 31), (year, 3, 31), (year, 6, 30)]
            .into_iter()
            .chain([(year, 9, 30), (year, 12, 31)])
            .filter_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .chain(std::iter::once(project.as_of))
            .collect();
        dates.sort();
        dates.dedup();
        dates
    }
}
