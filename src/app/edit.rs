//! Changes to a project. Every change to the plan is an [`Edit`]; applying one returns its inverse,
//! which is what undo applies.

use chrono::NaiveDate;

use crate::i18n::{Lang, bilingual_inline};
use crate::model::{AdminUnit, BasisDocument, DocumentSettings, Indicator, Project};
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
}
