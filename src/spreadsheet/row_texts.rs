//! A preview row in words, for the window and the command line: what it matched and how, the
//! values read with their dates, what it adds or changes, or why it is skipped.

use super::matching::MatchHow;
use super::preview::{Matched, RowChoice, RowPreview, ValueRead, ValueWhat};
use super::records::DatedBy;
use super::rows::Skip;
use crate::i18n::{Lang, format_date};

/// A preview row in words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowTexts {
    /// What the row matched and how (or that it waits for a choice).
    pub matched: String,
    /// The values read, one per line.
    pub values: Vec<String>,
    /// What it adds or changes, one per line.
    pub changes: Vec<String>,
    /// Why it is skipped or refused.
    pub reason: String,
}

impl RowPreview {
    /// The row in words, in `lang`.
    pub fn texts(&self, lang: Lang) -> RowTexts {
        let texts = lang.texts().import;
        let matched = match (&self.matched, &self.choice) {
            (Some(Matched::Existing { how, name, .. }), _) => match how {
                MatchHow::Id => (texts.matched_id)(name),
                MatchHow::Name => (texts.matched_name)(name),
                MatchHow::Abbreviation => (texts.matched_abbreviation)(name),
                MatchHow::Chosen => (texts.matched_chosen)(name),
            },
            (Some(Matched::New { name, .. }), _) => (texts.matched_new)(name),
            (None, Some(RowChoice::Skip)) => texts.choice_skip.to_owned(),
            (None, _) if !self.candidates.is_empty() => texts.undecided.to_owned(),
            (None, _) => String::new(),
        };
        let changes = if self.changes.is_empty() && self.matched.is_some() && self.reason.is_none()
        {
            vec![texts.no_change.to_owned()]
        } else {
            self.changes
                .iter()
                .map(|c| c.describe_in_row(lang))
                .collect()
        };
        let reason = match (self.skip, &self.reason) {
            (_, Some(reason)) => reason.clone(),
            (Some(skip), None) => skip_text(skip, lang),
            (None, None) => String::new(),
        };
        RowTexts {
            matched,
            values: self.values.iter().map(|v| value_text(v, lang)).collect(),
            changes,
            reason,
        }
    }
}

/// Why a row is skipped, in words.
pub fn skip_text(skip: Skip, lang: Lang) -> String {
    let texts = lang.texts().import;
    match skip {
        Skip::Section(Some(pillar)) => (texts.skip_section_pillar)(lang.texts().pillar(pillar)),
        Skip::Section(None) => texts.skip_section.to_owned(),
        Skip::Note => texts.skip_note.to_owned(),
        Skip::Total => texts.skip_total.to_owned(),
        Skip::ColumnNumbers => texts.skip_column_numbers.to_owned(),
    }
}

fn value_text(value: &ValueRead, lang: Lang) -> String {
    let texts = lang.texts().import;
    match value.what {
        ValueWhat::Baseline => (texts.value_baseline)(&value.shown),
        ValueWhat::Target(year) => (texts.value_target)(year, &value.shown),
        ValueWhat::Result(date, dated_by) => {
            let date = format_date(date);
            let date = match dated_by {
                DatedBy::Chosen => (texts.chosen_date)(&date),
                DatedBy::Header | DatedBy::Row => date,
            };
            (texts.value_result)(&date, &value.shown)
        }
        ValueWhat::Measurement(date) => (texts.value_measurement)(&format_date(date), &value.shown),
    }
}
