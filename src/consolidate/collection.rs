//! The collection file (bộ tổng hợp): a small RON file naming the member plans (paths relative to
//! the collection file), the consolidating unit, the reporting date and the rules chosen by hand.
//! Member files are only ever read; this is the one file the consolidation writes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::CollectionError;
use super::rule::Rule;
use crate::model::{AdminUnit, is_valid_indicator_id, normalize_in_place};
use crate::storage::{self, LoadError};

/// The value of [`Collection::format`] in every collection file.
pub const COLLECTION_FORMAT: &str = "lotrinh-tong-hop";

/// The newest collection format version this program reads and the one it writes.
pub const COLLECTION_VERSION: u32 = 1;

/// Collection files larger than this are refused before they are read (8 MiB).
const MAX_COLLECTION_SIZE: u64 = 8 * 1024 * 1024;

/// A collection of member plans consolidated into one view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// Always [`COLLECTION_FORMAT`].
    pub format: String,
    /// See [`COLLECTION_VERSION`].
    pub version: u32,
    /// Title, e.g. "Tổng hợp kết quả chuyển đổi số các xã quý III/2025".
    #[serde(default)]
    pub title: String,
    /// The consolidating unit (the province, a legacy district, a party committee…).
    #[serde(default)]
    pub unit: AdminUnit,
    /// The reporting date: each member's latest value on or before it counts.
    pub as_of: NaiveDate,
    /// First day of the reporting period; values older than it are reported as out of date.
    /// Default: three months before the reporting date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start: Option<NaiveDate>,
    /// The member plan files, relative to the collection file, with `/` between folders.
    #[serde(default)]
    pub members: Vec<String>,
    /// Rules chosen by hand, by indicator id; other indicators get their default rule.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, Rule>,
}

/// Only the two fields every version has, read first so that a newer or foreign file gets a
/// clear message rather than a confusing syntax error.
#[derive(Deserialize)]
#[serde(rename = "Collection")]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

impl Collection {
    /// An empty collection for `unit` at `as_of`.
    pub fn new(unit: AdminUnit, title: String, as_of: NaiveDate) -> Self {
        Self {
            format: COLLECTION_FORMAT.to_owned(),
            version: COLLECTION_VERSION,
            title,
            unit,
            as_of,
            period_start: None,
            members: Vec::new(),
            rules: BTreeMap::new(),
        }
    }

    /// The first day of the reporting period: the one written in the file, else the day after
    /// the date three months before the reporting date.
    pub fn period_start(&self) -> NaiveDate {
        self.period_start
            .unwrap_or_else(|| default_period_start(self.as_of))
    }

    /// The member files, resolved against the folder of the collection file.
    pub fn member_paths(&self, base_dir: &Path) -> Vec<PathBuf> {
        self.members
            .iter()
            .map(|member| {
                let path = Path::new(member);
                if path.is_absolute() {
                    path.to_path_buf()
                } else {
                    member
                        .split('/')
                        .fold(base_dir.to_path_buf(), |dir, part| dir.join(part))
                }
            })
            .collect()
    }

    /// Records `paths` as the members, relative to `base_dir` where possible.
    pub fn set_member_paths(&mut self, paths: &[PathBuf], base_dir: &Path) {
        self.members = paths.iter().map(|p| relative_text(p, base_dir)).collect();
    }
}

/// The day after the date three months before `as_of`.
pub fn default_period_start(as_of: NaiveDate) -> NaiveDate {
    as_of
        .checked_sub_months(Months::new(3))
        .and_then(|d| d.succ_opt())
        .unwrap_or(as_of)
}

/// `path` written relative to `base_dir` with `/` separators ("../x.ron" when it lies beside),
/// or in full when the two share no root (another drive).
pub fn relative_text(path: &Path, base_dir: &Path) -> String {
    let path_parts: Vec<Component> = path.components().collect();
    let base_parts: Vec<Component> = base_dir.components().collect();
    let common = path_parts
        .iter()
        .zip(&base_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let shares_root = common > 0 || (!path.has_root() && !base_dir.has_root());
    if !shares_root {
        return path.display().to_string();
    }
    let ups = base_parts.len().saturating_sub(common);
    let mut parts: Vec<String> = vec!["..".to_owned(); ups];
    parts.extend(
        path_parts
            .iter()
            .skip(common)
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The `format` field near the top of a RON text, read without parsing the rest: tells a plan from
/// a collection before choosing the parser. `None` when there is none in the first lines.
pub fn peek_format(text: &str) -> Option<String> {
    let head: String = text.chars().take(2048).collect();
    let after = head.split_once("format")?.1.trim_start();
    let after = after.strip_prefix(':')?.trim_start();
    let after = after.strip_prefix('"')?;
    after.split_once('"').map(|(format, _)| format.to_owned())
}

/// Reads and checks the collection file at `path`.
pub fn load(path: &Path) -> Result<Collection, CollectionError> {
    let io_error = |source| CollectionError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_COLLECTION_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_COLLECTION_SIZE {
        return Err(CollectionError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| CollectionError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    load_from_str(&text, path)
}

/// Parses and checks collection text; `path` is only used in messages.
pub fn load_from_str(text: &str, path: &Path) -> Result<Collection, CollectionError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = storage::ron_options();
    let syntax = |error: &ron::error::SpannedError| match LoadError::from_ron(path, text, error) {
        LoadError::Truncated { line, column, .. } => CollectionError::Truncated {
            path: path.to_path_buf(),
            line,
            column,
        },
        LoadError::Syntax {
            line,
            column,
            detail,
            ..
        } => CollectionError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            detail,
        },
        other => CollectionError::Syntax {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            detail: other.to_string(),
        },
    };
    let parsed: Result<Collection, _> = options.from_str(text);
    let header = match &parsed {
        Ok(collection) => Header {
            format: Some(collection.format.clone()),
            version: Some(collection.version),
        },
        Err(_) => options.from_str::<Header>(text).map_err(|e| syntax(&e))?,
    };
    if header.format.as_deref() != Some(COLLECTION_FORMAT) {
        return Err(CollectionError::WrongFormat {
            path: path.to_path_buf(),
            found: header.format,
        });
    }
    let version = header.version.unwrap_or(0);
    if version > COLLECTION_VERSION {
        return Err(CollectionError::NewerVersion {
            path: path.to_path_buf(),
            version,
        });
    }
    let mut collection = parsed.map_err(|e| syntax(&e))?;
    if let Some(indicator_id) = collection
        .rules
        .keys()
        .find(|id| !is_valid_indicator_id(id))
    {
        return Err(CollectionError::BadRuleId {
            path: path.to_path_buf(),
            indicator_id: indicator_id.clone(),
        });
    }
    normalize_in_place(&mut collection.title);
    let mut unit_holder = crate::model::Project::new(collection.unit.clone(), collection.as_of);
    unit_holder.normalize_text();
    collection.unit = unit_holder.unit;
    collection.version = COLLECTION_VERSION;
    Ok(collection)
}

/// The collection as pretty RON text, as [`save`] writes it.
pub fn to_ron_string(collection: &Collection) -> Result<String, CollectionError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(collection, config)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|e| CollectionError::Serialize(e.to_string()))
}

/// Saves `collection` to `path` atomically (the previous file kept as `NAME.bak`).
pub fn save(collection: &Collection, path: &Path) -> Result<(), CollectionError> {
    let text = to_ron_string(collection)?;
    storage::write_atomic(path, text.as_bytes()).map_err(CollectionError::Write)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn member_paths_are_relative_to_the_collection() {
        let base = Path::new("/data/tong-hop");
        let cases = [
            ("/data/tong-hop/xa-a.ron", "xa-a.ron"),
            ("/data/tong-hop/quy-3/xa-b.ron", "quy-3/xa-b.ron"),
            ("/data/khac/xa-c.ron", "../khac/xa-c.ron"),
        ];
        for (path, expected) in cases {
            assert_eq!(relative_text(Path::new(path), base), expected);
        }
        let mut collection = Collection::new(
            AdminUnit::default(),
            String::new(),
            NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
        );
        let paths: Vec<PathBuf> = cases.iter().map(|(p, _)| PathBuf::from(p)).collect();
        collection.set_member_paths(&paths, base);
        let resolved = collection.member_paths(base);
        assert_eq!(resolved[0], PathBuf::from("/data/tong-hop/xa-a.ron"));
        assert_eq!(resolved[1], PathBuf::from("/data/tong-hop/quy-3/xa-b.ron"));
        assert_eq!(
            resolved[2],
            PathBuf::from("/data/tong-hop/../khac/xa-c.ron")
        );
    }

    #[test]
    fn the_format_is_read_without_parsing() {
        assert_eq!(
            peek_format("(\n    format: \"lotrinh-tong-hop\",\n").as_deref(),
            Some("lotrinh-tong-hop")
        );
        assert_eq!(
            peek_format("\u{feff}(format:\"lotrinh\")").as_deref(),
            Some("lotrinh")
        );
        assert_eq!(peek_format("PK\u{3}\u{4}"), None);
    }

    #[test]
    fn default_period_is_the_last_three_months() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(default_period_start(date(2025, 9, 30)), date(2025, 7, 1));
        assert_eq!(default_period_start(date(2025, 12, 31)), date(2025, 10, 1));
    }
}
