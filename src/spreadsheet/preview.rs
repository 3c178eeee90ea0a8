//! The import preview: row by row, what each row of the sheets matched and how, the values read
//! with their dates, what will be added or changed, what is skipped and why, and which rows need
//! the user to choose an indicator. Pure: nothing changes until [`ImportPreview::apply`] produces
//! the new plan (the window applies it as one undoable change).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::SpreadsheetError;
use super::change::ImportChange;
use super::grid::Sheet;
use super::hints::Hints;
use super::matching::{Lookup, MatchHow, Matcher};
use super::records::{DatedBy, Record};
use super::resolve::{Draft, Resolved};
use super::row_changes::RowChanges;
use super::rows::{Located, RowRead, SheetRead, Skip, read_sheet};
use super::sheet_preview::SheetPreview;
use crate::i18n::{Lang, indicator_name};
use crate::model::Project;
use crate::storage::validate;

/// A row of a sheet: the sheet's name and the row number as the spreadsheet shows it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RowKey {
    /// The sheet's name (the file name for CSV).
    pub sheet: String,
    /// The row number, from 1.
    pub row: usize,
}

/// What the user chose for a row that may be about several indicators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowChoice {
    /// This indicator (its id).
    Indicator(String),
    /// A new indicator made from the row.
    New,
    /// Nothing: the row is not imported.
    Skip,
}

/// How an import is read: the language of numbers typed as text, the date of results whose
/// header has none (the plan's reporting date when `None`), and the choices made in the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOptions {
    /// Language of numbers typed as text and of every message.
    pub lang: Lang,
    /// Date of results whose header gives none.
    pub result_date: Option<NaiveDate>,
    /// Choices for rows with several candidates.
    pub choices: BTreeMap<RowKey, RowChoice>,
}

impl ImportOptions {
    /// No choice made, results undated by their header on the plan's reporting date.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            result_date: None,
            choices: BTreeMap::new(),
        }
    }
}

/// Which part of the preview a row is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowGroup {
    /// Read and matched (or a new indicator): applied.
    Applied,
    /// Several indicators may be meant: applied once the user chooses.
    Choice,
    /// Not a data row (section, note, total…): skipped on purpose.
    Skipped,
    /// A data row that cannot be read.
    Refused,
}

/// The indicator a row's values go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Matched {
    /// One of the plan's.
    Existing {
        /// How it was found.
        how: MatchHow,
        /// Its id.
        id: String,
        /// Its name.
        name: String,
    },
    /// A new one, made from the row.
    New {
        /// Its id.
        id: String,
        /// Its name.
        name: String,
    },
}

/// An indicator a row may be about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// What a value read is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueWhat {
    /// The baseline.
    Baseline,
    /// The plan or target of a year.
    Target(i32),
    /// A result, with its date and where the date comes from.
    Result(NaiveDate, DatedBy),
    /// A measurement (measurements layout).
    Measurement(NaiveDate),
}

/// A value as read from a row.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueRead {
    /// What it is.
    pub what: ValueWhat,
    /// The cell as the sheet shows it.
    pub shown: String,
}

/// One row of the sheets as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RowPreview {
    /// Where it is.
    pub key: RowKey,
    /// Its name (or its first text).
    pub label: String,
    /// The part of the preview it is shown in.
    pub group: RowGroup,
    /// Why it is skipped (group `Skipped`).
    pub skip: Option<Skip>,
    /// Why it cannot be read (group `Refused`, or a choice whose values do not fit).
    pub reason: Option<String>,
    /// The indicator its values go to.
    pub matched: Option<Matched>,
    /// The indicators it may be about (group `Choice`).
    pub candidates: Vec<Candidate>,
    /// The user's choice (group `Choice`).
    pub choice: Option<RowChoice>,
    /// The values read.
    pub values: Vec<ValueRead>,
    /// What it adds or changes.
    pub changes: Vec<ImportChange>,
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedRow {
    /// The sheet's name (the file name for CSV).
    pub sheet: String,
    /// The row number as the spreadsheet shows it, from 1.
    pub row: usize,
    /// Why, in the user's language.
    pub reason: String,
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// Each sheet: where its header is, which columns were read and which were not.
    pub sheets: Vec<SheetPreview>,
    /// Every row under the headers that is not blank, in sheet order.
    pub rows: Vec<RowPreview>,
    /// The date given to results whose header has none.
    pub result_date: Option<NaiveDate>,
    /// New indicators and measurements, in the order they are applied.
    pub added: Vec<ImportChange>,
    /// Replaced measurements, baselines and targets.
    pub changed: Vec<ImportChange>,
    /// Every row that could not be read (and sheets without a header).
    pub refused: Vec<RefusedRow>,
    /// Every change in the order it is applied.
    order: Vec<ImportChange>,
}

impl ImportPreview {
    /// True when the import would change nothing.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The rows of `group`.
    pub fn group(&self, group: RowGroup) -> impl Iterator<Item = &RowPreview> {
        self.rows.iter().filter(move |r| r.group == group)
    }

    /// True when some result read takes the date chosen in the preview (its column's header and
    /// its row give none).
    pub fn uses_result_date(&self) -> bool {
        self.rows.iter().any(|r| {
            r.values
                .iter()
                .any(|v| matches!(v.what, ValueWhat::Result(_, DatedBy::Chosen)))
        })
    }

    /// The plan with every change made. Fails, changing nothing, when the result would break a
    /// rule of the file format.
    pub fn apply(&self, project: &Project) -> Result<Project, SpreadsheetError> {
        let mut result = project.clone();
        for change in &self.order {
            change.apply_to(&mut result);
        }
        result.normalize_text();
        let problems = validate(&result).problems;
        if !problems.is_empty() {
            return Err(SpreadsheetError::InvalidResult(problems));
        }
        Ok(result)
    }

    fn push(&mut self, change: ImportChange) {
        if change.is_addition() {
            self.added.push(change.clone());
        } else {
            self.changed.push(change.clone());
        }
        self.order.push(change);
    }
}

/// Previews the import of `sheets` into `project` with no choice made; numbers typed as text are
/// read as `lang` writes them.
pub fn preview(project: &Project, sheets: &[Sheet], lang: Lang) -> ImportPreview {
    preview_with(project, sheets, &ImportOptions::new(lang))
}

/// Previews the import of `sheets` into `project` with `options`. Measurement rows are read before
/// indicator rows, so the result of an indicator row that repeats a measurement of the same date
/// and value is not counted twice.
pub fn preview_with(project: &Project, sheets: &[Sheet], options: &ImportOptions) -> ImportPreview {
    let lang = options.lang;
    let result_date = options.result_date.unwrap_or(project.as_of);
    let reads: Vec<SheetRead> = sheets
        .iter()
        .map(|s| read_sheet(s, lang, result_date))
        .collect();
    let mut preview = ImportPreview {
        result_date: Some(result_date),
        ..ImportPreview::default()
    };
    for (sheet, read) in sheets.iter().zip(&reads) {
        let is_blank = sheet.rows.iter().all(|r| r.iter().all(|c| c.is_blank()));
        if read.header.is_none() && !is_blank {
            preview.refused.push(RefusedRow {
                sheet: read.name.clone(),
                row: read.header_row,
                reason: lang.texts().report.no_header.to_owned(),
            });
        }
        preview
            .sheets
            .push(SheetPreview::of(read, is_blank, result_date, lang));
    }
    let mut located: Vec<&Located> = reads.iter().flat_map(|r| &r.rows).collect();
    located.sort_by_key(|l| !matches!(l.item, RowRead::Record(Record::Measurement(_))));
    let hints = Hints::new(located.iter().filter_map(|l| match &l.item {
        RowRead::Record(record) => Some(record),
        _ => None,
    }));
    let mut builder = Builder {
        draft: Draft::new(project, lang, hints),
        matcher: Matcher::new(&project.indicators),
        seen: HashMap::new(),
        options,
    };
    for located in located {
        let row = builder.row(located, &mut preview);
        preview.rows.push(row);
    }
    let sheet_index = |name: &str| sheets.iter().position(|s| s.name == name);
    preview
        .rows
        .sort_by_cached_key(|r| (sheet_index(&r.key.sheet), r.key.row));
    preview
        .refused
        .sort_by_key(|r| (sheet_index(&r.sheet), r.row));
    preview
}

/// Builds the preview row by row on a draft of the plan.
struct Builder<'a> {
    draft: Draft,
    matcher: Matcher,
    seen: HashMap<(String, NaiveDate), (String, usize, f64)>,
    options: &'a ImportOptions,
}

impl Builder<'_> {
    fn row(&mut self, located: &Located, preview: &mut ImportPreview) -> RowPreview {
        let mut row = RowPreview {
            key: RowKey {
                sheet: located.sheet.clone(),
                row: located.row,
            },
            label: located.label.clone(),
            group: RowGroup::Applied,
            skip: None,
            reason: None,
            matched: None,
            candidates: Vec::new(),
            choice: None,
            values: Vec::new(),
            changes: Vec::new(),
        };
        match &located.item {
            RowRead::Skipped(skip) => {
                row.group = RowGroup::Skipped;
                row.skip = Some(*skip);
            }
            RowRead::Refused(reason) => refuse(&mut row, reason.clone(), preview),
            RowRead::Record(record) => self.record(record, &mut row, preview),
        }
        row
    }

    fn record(&mut self, record: &Record, row: &mut RowPreview, preview: &mut ImportPreview) {
        row.values = values_read(record);
        let Some(resolved) = self.resolve(record, row) else {
            return;
        };
        let outcome = {
            let mut changes = RowChanges::new(&row.key.sheet, row.key.row, &mut self.seen);
            self.draft
                .changes(record, resolved, &mut changes)
                .map(|()| changes.finish())
        };
        let changes = match outcome {
            Ok(changes) => changes,
            Err(reason) => {
                refuse(row, reason, preview);
                return;
            }
        };
        if let Some(ImportChange::Indicator(new)) = changes.first() {
            row.matched = Some(Matched::New {
                id: new.id.clone(),
                name: new.name.clone(),
            });
        }
        for change in &changes {
            change.apply_to(self.draft.project_mut());
            preview.push(change.clone());
        }
        row.changes = changes;
    }

    /// Where the row's values go, if decided; fills in the match, the candidates and the choice.
    fn resolve(&mut self, record: &Record, row: &mut RowPreview) -> Option<Resolved> {
        let indicators = &self.draft.project().indicators;
        let lang = self.options.lang;
        let existing = |index: usize, how: MatchHow| {
            let indicator = indicators.get(index)?;
            Some(Matched::Existing {
                how,
                id: indicator.id.clone(),
                name: indicator_name(indicator, lang).to_owned(),
            })
        };
        match self.matcher.lookup(indicators, record.who()) {
            Lookup::Unique(index, how) => {
                row.matched = existing(index, how);
                Some(Resolved::Existing(index))
            }
            Lookup::Nothing => Some(Resolved::New),
            Lookup::Candidates(list) => {
                row.group = RowGroup::Choice;
                row.candidates = list
                    .iter()
                    .filter_map(|i| indicators.get(*i))
                    .map(|i| Candidate {
                        id: i.id.clone(),
                        name: indicator_name(i, lang).to_owned(),
                    })
                    .collect();
                row.choice = self.options.choices.get(&row.key).cloned();
                match &row.choice {
                    Some(RowChoice::Indicator(id)) => {
                        let index = indicators.iter().position(|i| &i.id == id)?;
                        row.matched = existing(index, MatchHow::Chosen);
                        Some(Resolved::Existing(index))
                    }
                    Some(RowChoice::New) => Some(Resolved::New),
                    Some(RowChoice::Skip) | None => None,
                }
            }
        }
    }
}

/// Marks `row` as refused (a row with candidates stays among them) and lists it.
fn refuse(row: &mut RowPreview, reason: String, preview: &mut ImportPreview) {
    if row.group != RowGroup::Choice {
        row.group = RowGroup::Refused;
    }
    preview.refused.push(RefusedRow {
        sheet: row.key.sheet.clone(),
        row: row.key.row,
        reason: reason.clone(),
    });
    row.reason = Some(reason);
}

/// The values of a record as read, with what they are.
fn values_read(record: &Record) -> Vec<ValueRead> {
    match record {
        Record::Measurement(m) => vec![ValueRead {
            what: ValueWhat::Measurement(m.date),
            shown: m.value.shown.clone(),
        }],
        Record::Indicator(i) => {
            let baseline = i.baseline.iter().map(|b| ValueRead {
                what: ValueWhat::Baseline,
                shown: b.shown.clone(),
            });
            let targets = i.targets.iter().map(|(year, value, _)| ValueRead {
                what: ValueWhat::Target(*year),
                shown: value.shown.clone(),
            });
            let results = i.results.iter().map(|r| ValueRead {
                what: ValueWhat::Result(r.date, r.dated_by),
                shown: r.value.shown.clone(),
            });
            baseline.chain(targets).chain(results).collect()
        }
    }
}
