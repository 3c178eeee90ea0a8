//! The collection of plans open in the window (consolidation) as data: its requests, the files
//! it asks for, what it holds and shows. What the window does with them is in
//! [`super::consolidation`].

use std::path::PathBuf;
use std::time::SystemTime;

use chrono::NaiveDate;

use super::document::Document;
use crate::consolidate::{Collection, Completeness, Consolidation, PlanWrite, Rule};
use crate::model::Project;

/// Seconds between two looks at the member files' modification times.
pub const DISK_CHECK_SECONDS: f64 = 5.0;

/// A request about the open collection.
#[derive(Clone, Debug, PartialEq)]
pub enum ConsolidationAction {
    /// Ask for a folder of plans and consolidate it.
    OpenFolder,
    /// Ask for several plan files and consolidate them.
    OpenFiles,
    /// Consolidate these files, folders or collection file.
    Open(Vec<PathBuf>),
    /// Open the bundled twelve-commune example.
    OpenExample,
    /// Show the collection (the plan, if any, stays open behind it).
    Show,
    /// Show the plan (or the start screen); the collection stays open.
    Hide,
    /// Close the collection (asks first when it has unsaved changes).
    Close,
    /// Close the collection without saving its changes.
    CloseDiscarding,
    /// Keep the collection open after all.
    CancelClose,
    /// Choose the rule of an indicator (`None`: back to the default).
    SetRule {
        /// The indicator.
        indicator_id: String,
        /// The rule, or `None` for the default.
        rule: Option<Rule>,
    },
    /// Consolidate at another reporting date (the members are read again).
    SetAsOf(NaiveDate),
    /// Change the collection's title.
    SetTitle(String),
    /// Save the collection file (asks where when it has none).
    Save,
    /// Read every member again from disk.
    Reload,
    /// Forget the files changed on disk (keep what is shown).
    DismissChanged,
    /// Look at the member files' modification times now (the window got the focus back).
    CheckDisk,
    /// Show a member's plan read-only, on this indicator if given.
    ViewMember {
        /// The member's position in the consolidation.
        member: usize,
        /// The indicator to show first.
        indicator_id: Option<String>,
    },
    /// Show another indicator of the member shown.
    SelectMemberIndicator(String),
    /// Back from the member to the collection.
    BackToCollection,
    /// Work out what writing the consolidated values into a plan would do, and show it.
    PrepareWrite(WriteTarget),
    /// Carry out the write shown.
    ApplyWrite,
    /// Drop the write shown.
    CancelWrite,
    /// Export the collection as an Excel workbook.
    ExportXlsx,
    /// Export the consolidated PDF report.
    ExportPdf,
}

/// A file asked for about the open collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectionFile {
    /// Member plans to consolidate: a folder, plan files or a collection file.
    Members,
    /// Where to save the collection file.
    Save,
    /// The folder to write the bundled example into.
    ExampleFolder,
    /// The plan to write the consolidated values into.
    WriteInto,
    /// Where to write the consolidated PDF report.
    ExportPdf,
    /// Where to write the collection's workbook.
    ExportXlsx,
}

impl CollectionFile {
    /// True when the file is written (a save dialog).
    pub fn writes(self) -> bool {
        matches!(self, Self::Save | Self::ExportPdf | Self::ExportXlsx)
    }

    /// The extension a written file gets when the user typed none.
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Self::Save => Some("ron"),
            Self::ExportPdf => Some("pdf"),
            Self::ExportXlsx => Some("xlsx"),
            Self::Members | Self::ExampleFolder | Self::WriteInto => None,
        }
    }
}

/// Which plan the consolidated values go into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteTarget {
    /// The plan open in the window.
    OpenPlan,
    /// A plan file the user picks.
    PickPlan,
    /// A new plan made from the collection.
    NewPlan,
}

/// Where a prepared write goes.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteDestination {
    /// The plan open in the window.
    OpenDocument,
    /// A plan file, read but not yet opened.
    File {
        /// The file.
        path: PathBuf,
        /// The plan as it is on disk.
        original: Box<Project>,
    },
    /// A new plan.
    New,
}

/// A write into a plan, shown before it is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct WritePreview {
    /// Where it goes.
    pub destination: WriteDestination,
    /// The name of the plan written into.
    pub target_name: String,
    /// The plan after the write and what it writes.
    pub write: PlanWrite,
}

/// A member plan shown read-only.
#[derive(Clone, Debug)]
pub struct MemberView {
    /// The member's position in the consolidation.
    pub member: usize,
    /// Its plan, with summary and charts (never edited, never saved).
    pub document: Document,
    /// The indicator shown.
    pub selected: Option<String>,
}

/// The modification time and size of a member file when it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// The file.
    pub path: PathBuf,
    /// Its modification time, if the file could be looked at.
    pub modified: Option<SystemTime>,
    /// Its size.
    pub len: u64,
}

/// An open collection and everything shown about it.
#[derive(Debug)]
pub struct ConsolidationState {
    /// The collection followed.
    pub collection: Collection,
    /// The collection file, once read or saved.
    pub collection_path: Option<PathBuf>,
    /// Where the collection file goes on its first save.
    pub suggested_path: PathBuf,
    /// The member files.
    pub member_paths: Vec<PathBuf>,
    /// The consolidation.
    pub consolidation: Consolidation,
    /// Its completeness, worked out once.
    pub completeness: Completeness,
    /// Bumped at every recomputation, so that views can cache what they draw.
    pub generation: u64,
    /// True when the collection has changes not in its file.
    pub dirty: bool,
    /// True while the collection is shown (else the plan or the start screen).
    pub visible: bool,
    /// The bundled example's plans, kept in memory (no files behind them).
    pub bundled: Option<Vec<(PathBuf, Project)>>,
    /// The member shown read-only, if any.
    pub viewing: Option<MemberView>,
    /// A write waiting for approval.
    pub pending_write: Option<Box<WritePreview>>,
    /// True while "close without saving?" is asked.
    pub confirm_close: bool,
    /// Member files as they were when read.
    pub stamps: Vec<FileStamp>,
    /// Member files changed on disk since.
    pub changed_on_disk: Vec<PathBuf>,
    /// When the files were last looked at (app clock).
    pub last_disk_check: f64,
}
