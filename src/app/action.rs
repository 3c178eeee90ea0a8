//! Everything the user can ask for. The UI only emits [`Action`]s; [`super::AppState::handle`]
//! is the one place that carries them out.

use std::path::PathBuf;

use super::edit::Edit;
pub use super::kinds::{ChartTarget, ReportKind, Tab};
use super::purpose::FilePurpose;
use crate::i18n::Lang;
use crate::model::Project;

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Go to the start screen to create a new plan.
    NewPlan,
    /// Ask for a file to open.
    OpenDialog,
    /// Open this file.
    Open(PathBuf),
    /// Open a bundled example by file name.
    OpenExample(String),
    /// Close the window.
    Quit,
    /// Carry out the write of consolidated values waiting for approval.
    ApplyConsolidatedWrite,
    /// Open this plan, made in the window (rolled forward), as a new unsaved one, and say this.
    Adopt(Box<Project>, String),
}

/// A user request.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Do `Intent`, asking first when there are unsaved changes.
    Request(Intent),
    /// Create this new project (from the start screen).
    Create(Box<Project>),
    /// A self-assessment request (year, index).
    Scoring(super::scoring_state::ScoringAction),
    /// Save to the current file (asks for one when there is none).
    Save,
    /// Ask for a new file name and save there.
    SaveAs,
    /// Use this file for that purpose (from the typed-path window).
    UseFile(FilePurpose, PathBuf),
    /// Answer to the unsaved-changes question: save first, then go on.
    SaveThenContinue,
    /// Answer to the unsaved-changes question: discard the changes and go on.
    DiscardThenContinue,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Change the project.
    Edit(Edit),
    /// Select an indicator (and show its editor).
    Select(String),
    /// Show a tab.
    ShowTab(Tab),
    /// Switch the language.
    SetLang(Lang),
    /// Switch between the light and the dark theme.
    SetDark(bool),
    /// Change the zoom by this factor step (+1 larger, −1 smaller, 0 reset).
    Zoom(i8),
    /// Close the open modal window.
    CloseModal,
    /// Ask to remove an indicator (shows a confirmation).
    ConfirmRemove(String),
    /// Open the window to add indicators.
    ShowAddIndicators,
    /// Show the about window.
    ShowAbout,
    /// Restore this recovery copy (by its place in the list offered at start).
    RestoreRecovery(usize),
    /// Throw this recovery copy away (by its place in the list offered at start).
    DiscardRecovery(usize),
    /// The file changed on disk since it was opened: write over it anyway.
    OverwriteSave,
    /// The file changed on disk since it was opened: open it as it is now, dropping the changes.
    ReopenFromDisk,
    /// Hide the notice shown under the menu.
    DismissNotice,
    /// Start the presentation (full screen) at the first slide.
    StartPresentation,
    /// Leave the presentation.
    StopPresentation,
    /// Move by this many slides (clamped; `i32::MIN`/`MAX` go to the first/last).
    Slide(i32),
    /// Save this chart as PNG (asks where).
    ExportChart(ChartTarget),
    /// Export the plan as a report.
    ExportReport(ReportKind),
    /// Ask for a spreadsheet to import and preview it.
    ImportSpreadsheet,
    /// A choice in the import preview: an indicator for a row, the date of undated results.
    #[cfg(feature = "reports")]
    ImportChoice(crate::spreadsheet::ImportChoice),
    /// Apply the previewed import.
    ApplyImport,
    /// Forget a recent file that could not be opened.
    ForgetRecent(PathBuf),
    /// A request about the open collection of plans (consolidation).
    Consolidation(super::collection::ConsolidationAction),
    /// The window's close button: asks about unsaved changes, else lets the window close.
    CloseRequested,
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Show the user guide.
    ShowGuide,
    /// A request about rolling a plan forward into the next period's.
    RollForward(super::roll_session::RollAction),
}
