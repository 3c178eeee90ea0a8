//! The application: state, actions and the one place that carries them out, undo, files,
//! recovery. No drawing here: `crate::ui` draws from this state and `crate::shell` runs the window.

mod action;
mod collection;
mod command;
mod conflicts;
mod consolidation;
mod dialogs;
mod dispatch;
mod document;
mod edit;
mod examples;
mod files;
mod history;
mod kinds;
mod pick;
mod purpose;
mod recent;
mod recovery;
mod recovery_watch;
mod reports;
mod roll_forward;
mod roll_session;
mod scoring;
mod scoring_state;
mod state;

use std::path::PathBuf;

pub use action::{Action, Intent};
pub use collection::{
    CollectionFile, ConsolidationAction, ConsolidationState, DISK_CHECK_SECONDS, FileStamp,
    MemberView, WriteDestination, WritePreview, WriteTarget,
};
pub use command::{Command, CommandScope};
pub use consolidation::{EXAMPLE_NAME, EXAMPLE_SEED, EXAMPLE_UNITS};
pub use dialogs::{DialogOutcome, FakeDialogs, FileDialogs, FileKind, NativeDialogs};
pub use document::{ChartCache, Document};
pub use edit::{Edit, EditError, ProjectMeta};
pub use examples::EXAMPLES;
pub use files::suggested_file_name;
pub use history::{History, MAX_UNDO_STEPS};
pub use kinds::{ChartTarget, ReportKind, Tab};
pub use purpose::FilePurpose;
pub use recent::{RecentLabel, recent_labels};
pub use recovery::{AUTOSAVE_INTERVAL_SECONDS, RecoveredCopy, Recovery};
pub use reports::edits_between;
pub use roll_session::{RollAction, RollSession};
pub use scoring_state::{ScoringAction, ScoringState};
pub use state::{AppState, Modal, Settings, Toast};

/// How the app is started.
pub struct StartOptions {
    /// A plan to open at once.
    pub file: Option<PathBuf>,
    /// Today's date.
    pub today: chrono::NaiveDate,
    /// Where recovery copies go.
    pub data_dir: PathBuf,
    /// File dialogs to use.
    pub dialogs: Box<dyn FileDialogs>,
}

impl StartOptions {
    /// Options for the real program: native dialogs, the user's data directory, today's date.
    pub fn native(file: Option<PathBuf>) -> Self {
        Self {
            file,
            today: chrono::Local::now().date_naive(),
            data_dir: default_data_dir(),
            dialogs: Box::new(NativeDialogs),
        }
    }
}

/// The app's data directory (recovery copies): `$LOTRINH_DATA_DIR`, else the platform's.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("LOTRINH_DATA_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("vn", "Lo Trinh", "lotrinh").map_or_else(
        || std::env::temp_dir().join("lotrinh"),
        |dirs| dirs.data_dir().to_path_buf(),
    )
}
