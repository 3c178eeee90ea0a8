//! The recent files as the start screen lists them: a name that occurs twice gets its folder
//! (shortened from the left), and files that are gone are dropped, said once.

use std::path::{Path, PathBuf};

use super::state::AppState;

/// The longest folder shown beside a repeated name, in characters.
const FOLDER_CHARS: usize = 40;

/// One recent file as listed: its name, and its folder when another entry has the same name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecentLabel {
    /// The file's name.
    pub name: String,
    /// Its folder, shortened from the left ("…/xa-b/2025"), when the name is not unique.
    pub folder: Option<String>,
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `text` cut from the left to at most `max` characters, "…" in front when cut.
fn from_the_left(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_owned();
    }
    let kept: String = text.chars().skip(count - (max - 1)).collect();
    format!("…{kept}")
}

/// How each of `paths` is listed.
pub fn recent_labels(paths: &[PathBuf]) -> Vec<RecentLabel> {
    let names: Vec<String> = paths.iter().map(|p| file_name(p)).collect();
    paths
        .iter()
        .zip(&names)
        .map(|(path, name)| {
            let repeated = names.iter().filter(|n| *n == name).count() > 1;
            let folder = repeated.then(|| {
                let parent = path
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                from_the_left(&parent, FOLDER_CHARS)
            });
            RecentLabel {
                name: name.clone(),
                folder,
            }
        })
        .collect()
}

impl AppState {
    /// Drops the recent files that no longer exist, saying which once.
    pub(super) fn drop_missing_recent(&mut self) {
        let (kept, gone): (Vec<PathBuf>, Vec<PathBuf>) =
            self.settings.recent.drain(..).partition(|p| p.exists());
        self.settings.recent = kept;
        if !gone.is_empty() {
            // Names that occur twice carry their folder, as on the start screen.
            let names: Vec<String> = recent_labels(&gone)
                .into_iter()
                .map(|label| match label.folder {
                    Some(folder) => format!("{} ({folder})", label.name),
                    None => label.name,
                })
                .collect();
            let text = (self.lang().texts().recent_gone)(gone.len(), &names.join(", "));
            self.toast(text);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_repeated_name_shows_its_folder_shortened_from_the_left() {
        let paths = [
            PathBuf::from("/home/can-bo/Tài liệu/Xã An Phú/2025/b.ron"),
            PathBuf::from(
                "/home/can-bo/Tài liệu/Xã Bình Minh - kế hoạch giai đoạn 2026-2030/b.ron",
            ),
            PathBuf::from("/tmp/b.ron"),
            PathBuf::from("/tmp/a.ron"),
        ];
        let labels = recent_labels(&paths);
        assert_eq!(
            labels[0].folder.as_deref(),
            Some("/home/can-bo/Tài liệu/Xã An Phú/2025")
        );
        let long = labels[1].folder.as_deref().unwrap();
        assert!(
            long.starts_with('…') && long.ends_with("giai đoạn 2026-2030"),
            "{long}"
        );
        assert_eq!(long.chars().count(), FOLDER_CHARS);
        assert_eq!(labels[2].folder.as_deref(), Some("/tmp"));
        assert_eq!(
            labels[3],
            RecentLabel {
                name: "a.ron".into(),
                folder: None
            }
        );
    }
}
