//! Reading and writing project files.

use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::error::{LoadError, SaveError, Warning};
use super::validate::validate;
use crate::model::{FORMAT_NAME, FORMAT_VERSION, Project};

/// Files larger than this are refused before they are read (64 MiB).
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// A project read from a file, with the warnings worth showing.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedProject {
    /// The project, with all text in NFC.
    pub project: Project,
    /// Things that are allowed but probably mistakes.
    pub warnings: Vec<Warning>,
    /// The file as it was read (`None` for text that did not come from a file).
    pub stamp: Option<super::FileStamp>,
}

/// Only the two fields every version has, read before the rest so that a newer or foreign file
/// gets a clear message rather than a confusing syntax error.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

/// Reads, checks and normalises the project file at `path`.
pub fn load(path: &Path) -> Result<LoadedProject, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    let stamp = Some(super::FileStamp::of_bytes(&bytes));
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    let mut loaded = load_from_str(&text, path)?;
    loaded.stamp = stamp;
    Ok(loaded)
}

/// Parses, checks and normalises project text; `path` is only used in messages.
pub fn load_from_str(text: &str, path: &Path) -> Result<LoadedProject, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = super::ron_options();
    // One full parse in the common case; the header is read only to explain a failure (a foreign
    // or newer file gets a clear message rather than a confusing syntax error).
    let parsed: Result<Project, _> = options.from_str(text);
    let header = match &parsed {
        Ok(project) => Header {
            format: Some(project.format.clone()),
            version: Some(project.version),
        },
        Err(_) => options
            .from_str::<Header>(text)
            .map_err(|e| LoadError::from_ron(path, text, &e))?,
    };
    match header.format.as_deref() {
        Some(FORMAT_NAME) => {}
        found => {
            return Err(LoadError::WrongFormat {
                path: path.to_path_buf(),
                found: found.map(str::to_owned),
            });
        }
    }
    let version = header.version.unwrap_or(0);
    if version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            path: path.to_path_buf(),
            version,
        });
    }
    let mut project = parsed.map_err(|e| LoadError::from_ron(path, text, &e))?;
    project.normalize_text();
    let validation = validate(&project);
    if !validation.problems.is_empty() {
        return Err(LoadError::Invalid {
            path: path.to_path_buf(),
            problems: validation.problems,
        });
    }
    project.version = FORMAT_VERSION;
    // A rank written higher-is-better was warned about above; it is judged, and will be saved,
    // lower-is-better.
    for indicator in &mut project.indicators {
        indicator.fix_rank_direction();
    }
    Ok(LoadedProject {
        project,
        warnings: validation.warnings,
        stamp: None,
    })
}

/// The project as pretty RON text, as [`save`] writes it.
pub fn to_ron_string(project: &Project) -> Result<String, SaveError> {
    // Pretty four levels deep (plan, indicators, indicator, its lists), then one line each: every
    // measurement and every target is one line of the file. The file still diffs line by line,
    // is half the size, and loading spends far less time skipping indentation.
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .depth_limit(4)
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(project, config)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|e| SaveError::Serialize(e.to_string()))
}

/// A points index as the pretty RON text of its own file (format `lotrinh-chi-so`), as the
/// app writes it for other units; `crate::scoring::parse_index` reads it back.
pub fn index_to_ron(index: &crate::model::ScoreIndex) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .struct_names(true);
    ron::ser::to_string_pretty(index, config)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|e| SaveError::Serialize(e.to_string()))
}

/// Saves `project` to `path` atomically, keeping the previous file as `NAME.bak`.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_ron_string(project)?;
    write_atomic(path, text.as_bytes())
}

/// `NAME.tmp` beside `path`.
pub fn temp_path(path: &Path) -> PathBuf {
    sibling(path, "tmp")
}

/// `NAME.bak` beside `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, "bak")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: to `NAME.tmp` first, flushed and synced, then renamed over
/// the target; an existing target is first copied to `NAME.bak`. A failure at any step leaves the
/// old file as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let temp = temp_path(path);
    let write_error = |source| SaveError::Write {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()
    })();
    if let Err(source) = result {
        let _ = fs::remove_file(&temp);
        return Err(write_error(source));
    }
    if path.exists()
        && let Err(source) = fs::copy(path, backup_path(path))
    {
        let _ = fs::remove_file(&temp);
        if held_by_another_program(&source) {
            return Err(SaveError::InUse {
                path: path.to_path_buf(),
                source,
            });
        }
        return Err(SaveError::Backup {
            path: backup_path(path),
            source,
        });
    }
    if let Err(source) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        if held_by_another_program(&source) {
            return Err(SaveError::InUse {
                path: path.to_path_buf(),
                source,
            });
        }
        return Err(write_error(source));
    }
    sync_parent_dir(path);
    Ok(())
}

/// Whether `error` is Windows refusing to touch a file another program holds open: a sharing or
/// lock violation, or (from a rename over a file opened without delete sharing) access denied —
/// the temporary file beside it was just written, so the folder itself is writable. Never on
/// other systems, where an open file can be replaced.
fn held_by_another_program(error: &std::io::Error) -> bool {
    cfg!(windows) && is_windows_sharing_refusal(error.raw_os_error())
}

/// Whether a Windows error code is one of the refusals above.
fn is_windows_sharing_refusal(code: Option<i32>) -> bool {
    const ERROR_ACCESS_DENIED: i32 = 5;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    matches!(
        code,
        Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
    )
}

/// Makes the rename durable where the platform allows opening a directory (not on Windows, where
/// the rename is already durable enough for our purpose).
fn sync_parent_dir(path: &Path) {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(dir) = fs::File::open(parent) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn windows_sharing_refusals_are_told_apart_from_other_failures() {
        let cases = [
            (Some(5), true),
            (Some(32), true),
            (Some(33), true),
            (Some(2), false),
            (Some(112), false),
            (None, false),
        ];
        for (code, held) in cases {
            assert_eq!(is_windows_sharing_refusal(code), held, "{code:?}");
        }
        // Elsewhere a file open in another program can be replaced, so nothing is "held".
        let denied = std::io::Error::from_raw_os_error(5);
        assert_eq!(held_by_another_program(&denied), cfg!(windows));
    }

    #[test]
    fn a_held_file_is_named_and_said_unchanged_in_both_languages() {
        let error = SaveError::InUse {
            path: PathBuf::from("Kế hoạch.ron"),
            source: std::io::Error::from_raw_os_error(32),
        };
        let vi = error.message(Lang::Vi);
        let en = error.message(Lang::En);
        assert!(
            vi.contains("Kế hoạch.ron") && vi.contains("chương trình khác"),
            "{vi}"
        );
        assert!(
            en.contains("Kế hoạch.ron") && en.contains("another program"),
            "{en}"
        );
    }
}
