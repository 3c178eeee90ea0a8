//! Opening a consolidation from what the user gave — folders, plan files, a collection file —
//! the same way for the command line and the window.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::collection::Collection;
use super::consolidation::{Consolidation, consolidate};
use super::error::CollectionError;
use super::load::{LoadedMembers, gather, members_of};
use super::sample::COLLECTION_FILE;
use crate::model::{AdminUnit, Project, UnitLevel};

/// A consolidation with the collection it follows.
#[derive(Debug)]
pub struct Opened {
    /// The collection: the file's, or one made for the files given.
    pub collection: Collection,
    /// The collection file it was read from, if any.
    pub collection_path: Option<PathBuf>,
    /// Where the collection file goes when it is saved (beside the members).
    pub suggested_path: PathBuf,
    /// The member files, resolved.
    pub member_paths: Vec<PathBuf>,
    /// The result.
    pub consolidation: Consolidation,
}

/// Opens `inputs`, judged at `as_of` when given (else at the collection's reporting date, else at
/// the latest reporting date among the members).
pub fn open(inputs: &[PathBuf], as_of: Option<NaiveDate>) -> Result<Opened, CollectionError> {
    open_scored(inputs, as_of, None)
}

/// [`open`], every member also scored by `index` when one is given (for the ranking by points).
pub fn open_scored(
    inputs: &[PathBuf],
    as_of: Option<NaiveDate>,
    index: Option<&crate::scoring::ScoreIndex>,
) -> Result<Opened, CollectionError> {
    let sources = gather(inputs)?;
    let (collection_path, collection) = match sources.collection {
        Some((path, collection)) => (Some(path), Some(collection)),
        None => (None, None),
    };
    let as_of = as_of.or(collection.as_ref().map(|c| c.as_of));
    let loaded = super::load::load_members_scored(&sources.members, as_of, index);
    let base_dir = collection_path
        .as_deref()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .or_else(|| inputs.iter().find(|i| i.is_dir()).cloned())
        .or_else(|| {
            sources
                .members
                .first()
                .and_then(|m| m.parent())
                .map(Path::to_path_buf)
        })
        .unwrap_or_default();
    let collection = settled(collection, &loaded, &sources.members, &base_dir);
    let consolidation = consolidate(loaded, &collection.rules, collection.period_start);
    Ok(Opened {
        suggested_path: collection_path
            .clone()
            .unwrap_or_else(|| base_dir.join(COLLECTION_FILE)),
        collection_path,
        member_paths: sources.members,
        consolidation,
        collection,
    })
}

/// Opens plans already in memory (a bundled example) under `collection`.
pub fn open_in_memory(collection: Collection, projects: &[(PathBuf, Project)]) -> Opened {
    let loaded = members_of(projects, collection.as_of);
    let consolidation = consolidate(loaded, &collection.rules, collection.period_start);
    Opened {
        suggested_path: PathBuf::from(COLLECTION_FILE),
        collection_path: None,
        member_paths: projects.iter().map(|(p, _)| p.clone()).collect(),
        consolidation,
        collection,
    }
}

/// The collection to follow: the one read, with every member found listed and the reporting date
/// used; or, with none, a new one for the members' common province.
fn settled(
    collection: Option<Collection>,
    loaded: &LoadedMembers,
    members: &[PathBuf],
    base_dir: &Path,
) -> Collection {
    let as_of = loaded.as_of.unwrap_or_default();
    let mut collection = collection.unwrap_or_else(|| {
        let provinces: BTreeSet<&str> = loaded
            .members
            .iter()
            .map(|m| m.unit.province.as_str())
            .collect();
        let unit = match provinces.into_iter().collect::<Vec<_>>().as_slice() {
            [province] if !province.is_empty() => AdminUnit {
                level: UnitLevel::Province,
                name: (*province).to_owned(),
                parent_name: String::new(),
                province: (*province).to_owned(),
            },
            _ => AdminUnit::default(),
        };
        Collection::new(unit, String::new(), as_of)
    });
    collection.as_of = as_of;
    collection.set_member_paths(members, base_dir);
    collection
}
