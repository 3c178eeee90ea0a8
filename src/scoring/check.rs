//! Reading an index file with the care given to plans, and what is odd in an index: errors that
//! refuse the file, warnings that are shown beside the form.

use std::path::{Path, PathBuf};

use super::index::{INDEX_FORMAT_NAME, INDEX_FORMAT_VERSION, Rule, ScoreIndex};
use super::rule::to_cents;
use crate::i18n::{Lang, bilingual, bilingual_inline, format_number, io_reason};
use crate::model::{Project, is_valid_indicator_id};

/// The largest index file read (an index is a few kilobytes).
const MAX_INDEX_BYTES: u64 = 4 * 1024 * 1024;

/// Why an index file was refused. Nothing is changed when it is.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum IndexError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is too large, or not UTF-8 text.
    NotAnIndex {
        /// The file.
        path: PathBuf,
    },
    /// A rule the program does not know.
    UnknownRule {
        /// 1-based line.
        line: usize,
        /// The rule's name as written.
        found: String,
    },
    /// The file is not valid RON, or has a field an index does not have.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's explanation (in English).
        detail: String,
    },
    /// The `format` is not an index's.
    WrongFormat {
        /// What was found.
        found: String,
    },
    /// Written by a newer version.
    NewerVersion {
        /// The version found.
        version: u32,
    },
    /// Something in it cannot be scored: the criterion or group, and what.
    Invalid {
        /// The id of the group or criterion.
        id: String,
        /// What is wrong.
        problem: Problem,
    },
}

/// What makes an index unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Points not a finite number of at least 0.
    BadPoints,
    /// A step or band with a share outside 0–1 or points over the criterion's maximum.
    BadStep,
    /// A rule with no steps, bands or choices.
    Empty,
    /// An id used twice, or not a plain machine name.
    BadId,
    /// A rule naming something that cannot be an indicator id.
    BadIndicator,
}

impl IndexError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = lang.texts().scoring;
        match self {
            Self::Io { path, source } => {
                (t.index_io)(&path.display().to_string(), &io_reason(source, lang))
            }
            Self::NotAnIndex { path } => (t.index_not_text)(&path.display().to_string()),
            Self::UnknownRule { line, found } => (t.index_unknown_rule)(*line, found),
            Self::Syntax {
                line,
                column,
                detail,
            } => (t.index_syntax)(*line, *column, detail),
            Self::WrongFormat { found } => (t.index_wrong_format)(found),
            Self::NewerVersion { version } => (t.index_newer)(*version),
            Self::Invalid { id, problem } => (t.index_invalid)(id, problem_words(*problem, lang)),
        }
    }
}

fn problem_words(problem: Problem, lang: Lang) -> &'static str {
    let t = lang.texts().scoring;
    match problem {
        Problem::BadPoints => t.problem_points,
        Problem::BadStep => t.problem_step,
        Problem::Empty => t.problem_empty,
        Problem::BadId => t.problem_id,
        Problem::BadIndicator => t.problem_indicator,
    }
}

/// What is odd but scorable: shown beside the form, never a refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexWarning {
    /// A group's criteria do not add up to its maximum.
    GroupPoints {
        /// The group's id.
        group: String,
        /// Its criteria's maxima added.
        criteria: f64,
        /// Its declared maximum.
        max: f64,
    },
    /// The groups do not add up to the index's maximum.
    TotalPoints {
        /// The groups' maxima added.
        groups: f64,
        /// The index's maximum.
        max: f64,
    },
    /// A criterion reads an indicator the plan does not have (it scores 0).
    MissingIndicator {
        /// The criterion's id.
        criterion: String,
        /// The indicator's id.
        indicator: String,
    },
}

impl IndexWarning {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = lang.texts().scoring;
        let n = |x: f64| format_number(x, 2, lang);
        match self {
            Self::GroupPoints {
                group,
                criteria,
                max,
            } => (t.warn_group_points)(group, &n(*criteria), &n(*max)),
            Self::TotalPoints { groups, max } => (t.warn_total_points)(&n(*groups), &n(*max)),
            Self::MissingIndicator {
                criterion,
                indicator,
            } => (t.warn_missing_indicator)(criterion, indicator),
        }
    }
}

impl std::fmt::Display for IndexWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&bilingual_inline(|lang| self.message(lang)))
    }
}

/// Reads an index file.
pub fn load_index(path: &Path) -> Result<(ScoreIndex, Vec<IndexWarning>), IndexError> {
    let io = |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_INDEX_BYTES {
        return Err(IndexError::NotAnIndex {
            path: path.to_path_buf(),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let text = String::from_utf8(bytes).map_err(|_| IndexError::NotAnIndex {
        path: path.to_path_buf(),
    })?;
    parse_index(&text)
}

/// Parses and checks an index's text: errors refuse it, warnings come with it.
pub fn parse_index(text: &str) -> Result<(ScoreIndex, Vec<IndexWarning>), IndexError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut index: ScoreIndex = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| syntax_error(&e))?;
    if index.format != INDEX_FORMAT_NAME {
        return Err(IndexError::WrongFormat {
            found: index.format,
        });
    }
    if index.version > INDEX_FORMAT_VERSION {
        return Err(IndexError::NewerVersion {
            version: index.version,
        });
    }
    index.normalize_text();
    validate(&index)?;
    Ok((index.clone(), index_warnings(&index)))
}

fn syntax_error(error: &ron::error::SpannedError) -> IndexError {
    let line = error.span.start.line;
    if let ron::Error::NoSuchEnumVariant { found, outer, .. } = &error.code
        && outer.as_deref() == Some("Rule")
    {
        return IndexError::UnknownRule {
            line,
            found: found.clone(),
        };
    }
    IndexError::Syntax {
        line,
        column: error.span.start.col,
        detail: error.code.to_string(),
    }
}

fn valid_points(points: f64) -> bool {
    points.is_finite() && points >= 0.0
}

fn invalid(id: &str, problem: Problem) -> IndexError {
    IndexError::Invalid {
        id: id.to_owned(),
        problem,
    }
}

/// Checks what would make scoring meaningless.
pub fn validate(index: &ScoreIndex) -> Result<(), IndexError> {
    if !valid_points(index.max_points) {
        return Err(invalid(&index.id, Problem::BadPoints));
    }
    let mut ids = std::collections::HashSet::new();
    for group in &index.groups {
        if !is_valid_indicator_id(&group.id) || !ids.insert(group.id.as_str()) {
            return Err(invalid(&group.id, Problem::BadId));
        }
        if !valid_points(group.max_points) {
            return Err(invalid(&group.id, Problem::BadPoints));
        }
        for criterion in &group.criteria {
            if !is_valid_indicator_id(&criterion.id) || !ids.insert(criterion.id.as_str()) {
                return Err(invalid(&criterion.id, Problem::BadId));
            }
            if !valid_points(criterion.max_points) {
                return Err(invalid(&criterion.id, Problem::BadPoints));
            }
            validate_rule(&criterion.id, criterion.max_points, &criterion.rule)?;
        }
    }
    Ok(())
}

fn validate_rule(id: &str, max: f64, rule: &Rule) -> Result<(), IndexError> {
    if rule.indicator().is_some_and(|i| !is_valid_indicator_id(i)) {
        return Err(invalid(id, Problem::BadIndicator));
    }
    let share_ok = |share: f64| share.is_finite() && (0.0..=1.0).contains(&share);
    let (empty, steps_ok) = match rule {
        Rule::Ratio { full_at, .. } => (false, full_at.is_none_or(|f| f.is_finite() && f > 0.0)),
        Rule::Steps { steps, .. } => (
            steps.is_empty(),
            steps
                .iter()
                .all(|s| s.at.is_finite() && valid_points(s.points) && s.points <= max + 1e-9),
        ),
        Rule::Thresholds { bands, .. } => (
            bands.is_empty(),
            bands.iter().all(|b| b.at.is_finite() && share_ok(b.share)),
        ),
        Rule::Choice { choices } => (
            choices.is_empty(),
            choices
                .iter()
                .all(|c| share_ok(c.share) && !c.id.is_empty()),
        ),
        Rule::YesNo { .. } | Rule::Manual => (false, true),
    };
    if empty {
        return Err(invalid(id, Problem::Empty));
    }
    if !steps_ok {
        return Err(invalid(id, Problem::BadStep));
    }
    Ok(())
}

/// Points that do not add up.
pub fn index_warnings(index: &ScoreIndex) -> Vec<IndexWarning> {
    let mut warnings = Vec::new();
    for group in &index.groups {
        let criteria: i64 = group.criteria.iter().map(|c| to_cents(c.max_points)).sum();
        if criteria != to_cents(group.max_points) {
            warnings.push(IndexWarning::GroupPoints {
                group: group.id.clone(),
                criteria: super::rule::from_cents(criteria),
                max: group.max_points,
            });
        }
    }
    let groups: i64 = index.groups.iter().map(|g| to_cents(g.max_points)).sum();
    if groups != to_cents(index.max_points) {
        warnings.push(IndexWarning::TotalPoints {
            groups: super::rule::from_cents(groups),
            max: index.max_points,
        });
    }
    warnings
}

/// The index's own warnings and the criteria that read indicators `project` lacks.
pub fn plan_warnings(index: &ScoreIndex, project: &Project) -> Vec<IndexWarning> {
    let mut warnings = index_warnings(index);
    for (_, criterion) in index.criteria() {
        if let Some(indicator) = criterion.rule.indicator()
            && project.indicator(indicator).is_none()
        {
            warnings.push(IndexWarning::MissingIndicator {
                criterion: criterion.id.clone(),
                indicator: indicator.to_owned(),
            });
        }
    }
    warnings
}
