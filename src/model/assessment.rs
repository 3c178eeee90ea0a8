//! What the officer writes on the self-assessment form (phiếu tự chấm điểm) beside the computed
//! points: the explanation, the evidence, and the points or choice of a criterion scored by hand.

use serde::{Deserialize, Serialize};

use super::text::normalize_in_place;

/// One criterion's entries on one year's form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AssessmentEntry {
    /// The criterion's id in the index.
    pub criterion: String,
    /// The year the form is for.
    pub year: i32,
    /// Giải trình: why the points are what they are.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// Tài liệu kiểm chứng: the documents that prove it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// For a criterion chosen by hand: the id of the choice made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
    /// For a criterion scored by hand: the points given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
}

impl AssessmentEntry {
    /// An empty entry for `criterion` in `year`.
    pub fn new(criterion: &str, year: i32) -> Self {
        Self {
            criterion: criterion.to_owned(),
            year,
            ..Self::default()
        }
    }

    /// True when nothing has been written in it.
    pub fn is_empty(&self) -> bool {
        self.explanation.trim().is_empty()
            && self.evidence.trim().is_empty()
            && self.choice.is_none()
            && self.points.is_none()
    }

    /// Normalises its text to NFC.
    pub fn normalize_text(&mut self) {
        normalize_in_place(&mut self.explanation);
        normalize_in_place(&mut self.evidence);
    }
}
