//! Everything the user can ask for. The UI only emits [`Action`]s; [`super::AppState::handle`]
//! is the one place that carries them out.

use std::path::PathBuf;

use super::edit::Edit;
use super::pick::FilePurpose;
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

/// A report the plan can be exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// The report as PDF.
    Pdf,
    /// The report as a Word file.
    Docx,
    /// The Excel workbook.
    Xlsx,
    /// The CSV table.
    Csv,
    /// The annual plan of the reporting year as PDF.
    PlanPdf,
    /// The annual plan of the reporting year as a Word file.
    PlanDocx,
}

/// A chart that can be saved as a PNG image. The window finds the chart's place on screen when it
/// takes the picture, and says so when the chart is not shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChartTarget {
    /// The dashboard's counts by status per pillar.
    PillarSummary,
    /// The dashboard's progress overview of all indicators.
    Overview,
    /// The trajectory of the indicator with this id (in its editor).
    Trajectory(String),
    /// The open collection's bars of the indicator with this id (units by value).
    CollectionBars(String),
}

impl ChartTarget {
    /// A name that tells the charts apart, also the suggested file name without extension.
    pub fn key(&self) -> String {
        match self {
            Self::PillarSummary => "pillar_summary".to_owned(),
            Self::Overview => "overview".to_owned(),
            Self::Trajectory(indicator_id) => format!("trajectory-{indicator_id}"),
            Self::CollectionBars(indicator_id) => format!("tong-hop-{indicator_id}"),
        }
    }

    /// The suggested file name.
    pub fn file_name(&self) -> String {
        format!("{}.png", self.key())
    }
}

/// Which part of the main window is shown in the centre.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The dashboard: headline cards, pillar summary, progress overview, indicators most behind.
    Dashboard,
    /// The selected indicator's editor.
    #[default]
    Indicator,
    /// The reporting-period grid (cập nhật số liệu kỳ báo cáo).
    Entry,
    /// The project's own fields: unit, reporting date, basis documents.
    Project,
    /// The report as the office files it: document settings, written sections, live outline.
    Report,
    /// Tự chấm điểm: the plan scored against a points index, the form, the chart.
    Scoring,
}

/// A user request.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Do `Intent`, asking first when there are unsaved changes.
    Request(Intent),
    /// Create this new project (from the start screen).
    Create(Box<Project>),
    /// A self-assessment request (year, index).
    Scoring(super::scoring::ScoringAction),
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
    Consolidation(super::consolidation::ConsolidationAction),
    /// The window's close button: asks about unsaved changes, else lets the window close.
    CloseRequested,
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Show the user guide.
    ShowGuide,
    /// A request about rolling a plan forward into the next period's.
    RollForward(super::roll_forward::RollAction),
}
