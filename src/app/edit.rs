//! Changes to a project. Every change to the plan is an [`Edit`]; applying one returns its inverse,
//! which is what undo applies.

use chrono::NaiveDate;

use crate::i18n::{Lang, bilingual_inline};
use crate::model::{
    AdminUnit, AssessmentEntry, BasisDocument, DocumentSettings, Indicator, Project, ScoreIndex,
};
use crate::storage::{Problem, validate};

/// The project's own fields (everything but the indicators).
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectMeta {
    /// The administrative unit.
    pub unit: AdminUnit,
    /// The plan's title.
    pub title: String,
    /// The reporting date.
    pub as_of: NaiveDate,
    /// The documents the targets come from.
    pub basis: Vec<BasisDocument>,
}

impl ProjectMeta {
    /// The meta fields of `project`.
    pub fn of(project: &Project) -> Self {
        Self {
            unit: project.unit.clone(),
            title: project.title.clone(),
            as_of: project.as_of,
            basis: project.basis.clone(),
        }
    }
}

/// One change to a project.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the unit, title, reporting date and basis documents.
    Meta(Box<ProjectMeta>),
    /// Replace the indicator with the same id.
    Indicator(Box<Indicator>),
    /// Insert indicators at `index`.
    Insert {
        /// Position of the first inserted indicator.
        index: usize,
        /// The indicators.
        indicators: Vec<Indicator>,
    },
    /// Remove the indicator with this id.
    Remove {
        /// The indicator's id.
        indicator_id: String,
    },
    /// Several edits applied as one change (one undo step), in order.
    Batch(Vec<Edit>),
    /// Replace the document settings and written sections (`None`: back to the defaults).
    Document(Box<Option<DocumentSettings>>),
    /// Replace the self-assessment entry of its criterion and year (an empty entry removes it).
    Assessment(Box<AssessmentEntry>),
    /// Replace the points index the plan is scored by (`None`: the bundled one).
    ScoreIndex(Box<Option<ScoreIndex>>),
    /// Remove `count` indicators from `index` (the inverse of an insert).
    RemoveRange {
        /// First indicator removed.
        index: usize,
        /// How many.
        count: usize,
    },
}

/// Why an edit was refused; the project is unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", bilingual_inline(|lang| self.message(lang)))]
pub enum EditError {
    /// The indicator to change does not exist (any more).
    UnknownIndicator(String),
    /// The change would break a rule of the file format.
    Invalid(Vec<Problem>),
}

impl EditError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        match self {
            Self::UnknownIndicator(indicator_id) => (texts.edit_unknown_indicator)(indicator_id),
            Self::Invalid(problems) => {
                let words: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                (texts.edit_invalid)(&words.join("; "))
            }
        }
    }
}

/// Puts `meta` (text normalised to NFC) into `project`; returns the meta it replaced.
fn replace_meta(project: &mut Project, mut meta: ProjectMeta) -> ProjectMeta {
    let mut normalized = Project::new(meta.unit.clone(), meta.as_of);
    normalized.title = meta.title.clone();
    normalized.basis = meta.basis.clone();
    normalized.normalize_text();
    meta.unit = normalized.unit;
    meta.title = normalized.title;
    meta.basis = normalized.basis;
    let old = ProjectMeta::of(project);
    project.unit = meta.unit;
    project.title = meta.title;
    project.as_of = meta.as_of;
    project.basis = meta.basis;
    old
}

/// Puts `index` (text normalised to NFC) in `project` as its own points index, unless it cannot
/// score; returns the edit that puts the old one back.
fn replace_score_index(
    project: &mut Project,
    mut index: Option<ScoreIndex>,
) -> Result<Edit, EditError> {
    if let Some(index) = index.as_mut() {
        index.normalize_text();
        if let Err(crate::scoring::IndexError::Invalid { id, problem }) =
            crate::scoring::validate(index)
        {
            return Err(EditError::Invalid(vec![Problem::ScoreIndex {
                id,
                problem,
            }]));
        }
    }
    let old = std::mem::replace(&mut project.score_index, index);
    Ok(Edit::ScoreIndex(Box::new(old)))
}

/// Puts `entry` (text normalised to NFC) in `project` in place of its criterion's and year's,
/// or removes that one when `entry` is empty; returns the entry it replaced (empty when none).
fn replace_assessment(project: &mut Project, mut entry: AssessmentEntry) -> AssessmentEntry {
    entry.normalize_text();
    let position = project
        .assessment
        .iter()
        .position(|e| e.criterion == entry.criterion && e.year == entry.year);
    let empty = AssessmentEntry::new(&entry.criterion, entry.year);
    match (position, entry.is_empty()) {
        (Some(at), true) => project.assessment.remove(at),
        (Some(at), false) => std::mem::replace(&mut project.assessment[at], entry),
        (None, true) => empty,
        (None, false) => {
            project.assessment.push(entry);
            empty
        }
    }
}

impl Edit {
    /// Applies the edit to `project` (text normalised to NFC) and returns the edit that undoes it.
    /// On error nothing is changed.
    pub fn apply(self, project: &mut Project) -> Result<Self, EditError> {
        let candidate_check = |project: &Project| {
            let problems = validate(project).problems;
            if problems.is_empty() {
                Ok(())
            } else {
                Err(EditError::Invalid(problems))
            }
        };
        match self {
            Self::Meta(meta) => Ok(Self::Meta(Box::new(replace_meta(project, *meta)))),
            Self::Indicator(mut indicator) => {
                indicator.normalize_text();
                indicator.sort_measurements();
                let Some(index) = project.indicators.iter().position(|i| i.id == indicator.id)
                else {
                    return Err(EditError::UnknownIndicator(indicator.id));
                };
                let mut old = std::mem::replace(&mut project.indicators[index], *indicator);
                if let Err(error) = candidate_check(project) {
                    std::mem::swap(&mut project.indicators[index], &mut old);
                    return Err(error);
                }
                Ok(Self::Indicator(Box::new(old)))
            }
            Self::Insert {
                index,
                mut indicators,
            } => {
                let index = index.min(project.indicators.len());
                let count = indicators.len();
                for indicator in &mut indicators {
                    indicator.normalize_text();
                }
                project.indicators.splice(index..index, indicators);
                if let Err(error) = candidate_check(project) {
                    project.indicators.drain(index..index + count);
                    return Err(error);
                }
                Ok(Self::RemoveRange { index, count })
            }
            Self::Remove { indicator_id } => {
                let Some(index) = project.indicators.iter().position(|i| i.id == indicator_id)
                else {
                    return Err(EditError::UnknownIndicator(indicator_id));
                };
                let removed = project.indicators.remove(index);
                Ok(Self::Insert {
                    index,
                    indicators: vec![removed],
                })
            }
            Self::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(project) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(project);
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Self::Batch(inverses))
            }
            Self::Document(mut settings) => {
                if let Some(settings) = settings.as_mut() {
                    settings.normalize_text();
                }
                let old = std::mem::replace(&mut project.document, *settings);
                Ok(Self::Document(Box::new(old)))
            }
            Self::Assessment(entry) => Ok(Self::Assessment(Box::new(replace_assessment(
                project, *entry,
            )))),
            Self::ScoreIndex(index) => replace_score_index(project, *index),
            Self::RemoveRange { index, count } => {
                let end = (index + count).min(project.indicators.len());
                let index = index.min(end);
                let removed: Vec<Indicator> = project.indicators.drain(index..end).collect();
                Ok(Self::Insert {
                    index,
                    indicators: removed,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_edit_is_explained_in_the_language_shown() {
        let error = EditError::Invalid(vec![Problem::DuplicateId {
            indicator_id: "dvc".to_owned(),
        }]);
        let english = error.message(Lang::En);
        let vietnamese = error.message(Lang::Vi);
        assert!(
            english.contains("duplicate indicator id “dvc”"),
            "{english}"
        );
        assert!(!english.contains("trùng"), "{english}");
        assert!(vietnamese.contains("bị trùng"), "{vietnamese}");
        let gone = EditError::UnknownIndicator("dvc".to_owned()).message(Lang::En);
        assert!(gone.contains("no longer in the plan"), "{gone}");
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn an_assessment_entry_is_added_replaced_and_removed_and_each_step_undoes() {
        let mut project = Project::new(AdminUnit::default(), NaiveDate::MIN);
        let mut written = AssessmentEntry::new("truong_ban", 2025);
        written.explanation = "Chu\u{0309} ti\u{0323}ch".to_owned();
        let undo_add = Edit::Assessment(Box::new(written.clone()))
            .apply(&mut project)
            .unwrap();
        assert_eq!(project.assessment.len(), 1);
        assert_eq!(project.assessment[0].explanation, "Chủ tịch", "NFC");
        let mut changed = written.clone();
        changed.choice = Some("pho".to_owned());
        let undo_change = Edit::Assessment(Box::new(changed))
            .apply(&mut project)
            .unwrap();
        assert_eq!(project.assessment[0].choice.as_deref(), Some("pho"));
        undo_change.apply(&mut project).unwrap();
        assert_eq!(project.assessment[0].choice, None);
        undo_add.apply(&mut project).unwrap();
        assert!(
            project.assessment.is_empty(),
            "undoing the first entry removes it"
        );
        // Another year's entry is its own.
        let other = AssessmentEntry {
            points: Some(3.0),
            ..AssessmentEntry::new("truong_ban", 2024)
        };
        Edit::Assessment(Box::new(other))
            .apply(&mut project)
            .unwrap();
        Edit::Assessment(Box::new(written))
            .apply(&mut project)
            .unwrap();
        assert_eq!(project.assessment.len(), 2);
    }
}
