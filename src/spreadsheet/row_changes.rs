//! The changes of one imported row, kept apart until the whole row is accepted, and the
//! (indicator, date) pairs earlier rows already gave a value.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::change::ImportChange;
use crate::i18n::Lang;

/// The changes of one row, kept apart until the whole row is accepted.
pub(super) struct RowChanges<'a> {
    sheet: &'a str,
    row: usize,
    seen: &'a mut HashMap<(String, NaiveDate), (String, usize, f64)>,
    pending: Vec<((String, NaiveDate), f64)>,
    pub(super) changes: Vec<ImportChange>,
}

impl<'a> RowChanges<'a> {
    /// Collects the changes of row `row` of `sheet`; `seen` holds the (indicator, date) pairs
    /// already given a value by earlier rows.
    pub fn new(
        sheet: &'a str,
        row: usize,
        seen: &'a mut HashMap<(String, NaiveDate), (String, usize, f64)>,
    ) -> Self {
        Self {
            sheet,
            row,
            seen,
            pending: Vec::new(),
            changes: Vec::new(),
        }
    }

    /// True when an earlier row gave the same value for this indicator and date (nothing to do);
    /// a refusal when it gave another value.
    pub(super) fn repeated(
        &mut self,
        indicator_id: &str,
        date: NaiveDate,
        value: f64,
        lang: Lang,
    ) -> Result<bool, String> {
        let key = (indicator_id.to_owned(), date);
        if let Some((sheet, row, earlier)) = self.seen.get(&key) {
            return if *earlier == value {
                Ok(true)
            } else {
                Err((lang.texts().report.duplicate_row)(sheet, *row))
            };
        }
        self.pending.push((key, value));
        Ok(false)
    }

    /// The accepted row's changes; its dates are remembered for the rows after it.
    pub fn finish(self) -> Vec<ImportChange> {
        for (key, value) in self.pending {
            self.seen
                .insert(key, (self.sheet.to_owned(), self.row, value));
        }
        self.changes
    }
}
