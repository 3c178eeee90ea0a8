//! From what the user gave (files, folders, a collection file) to member snapshots: the files
//! are found, read in parallel, judged at the reporting date and dropped. Each member is only
//! read, never written; one that fails is listed with its reason and the others go on.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike as _, NaiveDate};

use super::collection::{self, COLLECTION_FORMAT, Collection, peek_format};
use super::error::CollectionError;
use super::member::{MemberScore, MemberSnapshot, template_of};
use super::parallel::map_chunks;
use crate::i18n::Lang;
use crate::model::{Indicator, Project};
use crate::scoring::ScoreIndex;
use crate::storage::{self, LoadError};

/// A member file that could not be used, with the reason.
#[derive(Debug)]
pub struct MemberFailure {
    /// The file.
    pub path: PathBuf,
    /// Why it could not be read.
    pub error: LoadError,
}

impl MemberFailure {
    /// The reason in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.error.message(lang)
    }
}

/// What was asked for, resolved to files.
#[derive(Debug)]
pub struct Sources {
    /// The collection file found among the inputs (its settings apply), if any.
    pub collection: Option<(PathBuf, Collection)>,
    /// The member plan files, without repeats, in the order found.
    pub members: Vec<PathBuf>,
}

/// Resolves `inputs`: a folder gives its `.ron` files (not its sub-folders); a collection file
/// gives its members; any other file is a member (read later: a bad one is reported then).
pub fn gather(inputs: &[PathBuf]) -> Result<Sources, CollectionError> {
    let mut sources = Sources {
        collection: None,
        members: Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    for input in inputs {
        let files = if input.is_dir() {
            ron_files_in(input)?
        } else {
            vec![input.clone()]
        };
        for file in files {
            if is_collection_file(&file) {
                let found = collection::load(&file)?;
                let base = file.parent().unwrap_or(Path::new("")).to_path_buf();
                for member in found.member_paths(&base) {
                    add_member(&mut sources.members, &mut seen, member);
                }
                if sources.collection.is_none() {
                    sources.collection = Some((file, found));
                }
            } else {
                add_member(&mut sources.members, &mut seen, file);
            }
        }
    }
    if sources.members.is_empty() {
        return Err(CollectionError::NoPlans {
            inputs: inputs.to_vec(),
        });
    }
    Ok(sources)
}

fn add_member(
    members: &mut Vec<PathBuf>,
    seen: &mut std::collections::HashSet<PathBuf>,
    path: PathBuf,
) {
    let key = path.canonicalize().unwrap_or_else(|_| path.clone());
    if seen.insert(key) {
        members.push(path);
    }
}

/// The `.ron` files directly in `dir`, by name.
fn ron_files_in(dir: &Path) -> Result<Vec<PathBuf>, CollectionError> {
    let entries = fs::read_dir(dir).map_err(|source| CollectionError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("ron"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// True when the first lines of `path` say it is a collection file.
pub fn is_collection_file(path: &Path) -> bool {
    let Ok(file) = fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(2048);
    if file.take(2048).read_to_end(&mut head).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    peek_format(&text).as_deref() == Some(COLLECTION_FORMAT)
}

/// The members read from disk, judged at one reporting date.
#[derive(Debug, Default)]
pub struct LoadedMembers {
    /// The reporting date used: the one given, else the latest reporting date among the members.
    pub as_of: Option<NaiveDate>,
    /// The members that could be read, in the order given.
    pub members: Vec<MemberSnapshot>,
    /// The files that could not, with their reasons, in the order given.
    pub failures: Vec<MemberFailure>,
    /// Each indicator's description, from the first member in canonical order that has it.
    pub templates: BTreeMap<String, Indicator>,
}

/// The best description of each indicator seen so far, with the key of the member it came from.
type Templates = BTreeMap<String, ((String, String, PathBuf), Indicator)>;

/// What one chunk of files gives.
type ChunkResult = (Vec<Result<MemberSnapshot, MemberFailure>>, Templates);

/// Reads the plans at `paths` in parallel and judges them at `as_of` (or, when `None`, at the
/// latest reporting date among them).
pub fn load_members(paths: &[PathBuf], as_of: Option<NaiveDate>) -> LoadedMembers {
    load_members_scored(paths, as_of, None)
}

/// [`load_members`], each member also scored by `index` when one is given.
pub fn load_members_scored(
    paths: &[PathBuf],
    as_of: Option<NaiveDate>,
    index: Option<&ScoreIndex>,
) -> LoadedMembers {
    if let Some(date) = as_of {
        let results = map_chunks(paths, |chunk| {
            let mut templates = Templates::new();
            let outcomes = chunk
                .iter()
                .map(|path| match storage::load(path) {
                    Ok(loaded) => Ok(snapshot(path, &loaded.project, date, &mut templates, index)),
                    Err(error) => Err(MemberFailure {
                        path: path.clone(),
                        error,
                    }),
                })
                .collect();
            (outcomes, templates)
        });
        return gathered(results, paths, Some(date));
    }
    // The date is not known before every plan is read: keep the plans until it is.
    let read = map_chunks(paths, |chunk| {
        chunk.iter().map(|p| storage::load(p)).collect::<Vec<_>>()
    });
    let chunks = read.len();
    let mut plans: Vec<(PathBuf, Result<Project, LoadError>)> = Vec::with_capacity(paths.len());
    for (start, chunk) in read {
        let chunk_paths = paths.iter().skip(start);
        match chunk {
            Some(results) => plans.extend(
                chunk_paths
                    .zip(results)
                    .map(|(path, result)| (path.clone(), result.map(|l| l.project))),
            ),
            None => plans.extend(
                lost_chunk(paths, start, chunks)
                    .into_iter()
                    .map(|f| (f.path, Err(f.error))),
            ),
        }
    }
    let latest = plans
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().map(|p| p.as_of))
        .max();
    let date = latest.unwrap_or_default();
    let mut failures = Vec::new();
    let projects: Vec<(PathBuf, Project)> = plans
        .into_iter()
        .filter_map(|(path, result)| match result {
            Ok(project) => Some((path, project)),
            Err(error) => {
                failures.push(MemberFailure { path, error });
                None
            }
        })
        .collect();
    let mut loaded = members_of_scored(&projects, date, index);
    loaded.as_of = latest;
    failures.append(&mut loaded.failures);
    loaded.failures = failures;
    loaded
}

/// Judges projects already in memory (a bundled example, or plans just read) at `as_of`.
pub fn members_of(projects: &[(PathBuf, Project)], as_of: NaiveDate) -> LoadedMembers {
    members_of_scored(projects, as_of, None)
}

/// [`members_of`], each member also scored by `index` when one is given.
pub fn members_of_scored(
    projects: &[(PathBuf, Project)],
    as_of: NaiveDate,
    index: Option<&ScoreIndex>,
) -> LoadedMembers {
    let results = map_chunks(projects, |chunk| {
        let mut templates = Templates::new();
        let outcomes = chunk
            .iter()
            .map(|(path, project)| Ok(snapshot(path, project, as_of, &mut templates, index)))
            .collect();
        (outcomes, templates)
    });
    let paths: Vec<PathBuf> = projects.iter().map(|(p, _)| p.clone()).collect();
    gathered(results, &paths, Some(as_of))
}

/// Judges one plan and keeps the descriptions of its indicators where they come first.
fn snapshot(
    path: &Path,
    project: &Project,
    as_of: NaiveDate,
    templates: &mut Templates,
    index: Option<&ScoreIndex>,
) -> MemberSnapshot {
    let mut member = MemberSnapshot::of(project, path.to_path_buf(), as_of);
    member.score = index.map(|index| MemberScore::of(index, project, as_of.year()));
    let key = member.sort_key();
    for indicator in &project.indicators {
        let better = templates
            .get(&indicator.id)
            .is_none_or(|(held, _)| key < *held);
        if better {
            templates.insert(indicator.id.clone(), (key.clone(), template_of(indicator)));
        }
    }
    member
}

fn gathered(
    results: Vec<(usize, Option<ChunkResult>)>,
    paths: &[PathBuf],
    as_of: Option<NaiveDate>,
) -> LoadedMembers {
    let mut loaded = LoadedMembers {
        as_of,
        ..LoadedMembers::default()
    };
    let chunk_len = results.len();
    let mut best = Templates::new();
    for (start, result) in results {
        let Some((outcomes, templates)) = result else {
            loaded.failures.extend(lost_chunk(paths, start, chunk_len));
            continue;
        };
        for outcome in outcomes {
            match outcome {
                Ok(member) => loaded.members.push(member),
                Err(failure) => loaded.failures.push(failure),
            }
        }
        for (id, (key, template)) in templates {
            let better = best.get(&id).is_none_or(|(held, _)| key < *held);
            if better {
                best.insert(id, (key, template));
            }
        }
    }
    loaded.templates = best.into_iter().map(|(id, (_, t))| (id, t)).collect();
    loaded
}

/// Failures for the files of a chunk whose thread did not come back.
fn lost_chunk(paths: &[PathBuf], start: usize, chunks: usize) -> Vec<MemberFailure> {
    let size = paths.len().div_ceil(chunks.max(1));
    paths
        .iter()
        .skip(start)
        .take(size)
        .map(|path| MemberFailure {
            path: path.clone(),
            error: LoadError::Io {
                path: path.clone(),
                source: std::io::Error::other("worker thread failed"),
            },
        })
        .collect()
}
