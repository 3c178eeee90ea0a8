//! The one way to ask for a file: the native dialog, or, when there is none, the typed-path window
//! — for every purpose (open, save, export, import, chart image) — and the one start directory.

use std::path::{Path, PathBuf};

use super::action::{ChartTarget, ReportKind};
use super::consolidation::CollectionFile;
use super::dialogs::{DialogOutcome, FileKind};
use super::state::{AppState, Modal};

/// What a file is asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum FilePurpose {
    /// A plan to open.
    OpenPlan,
    /// Where to save the plan.
    SavePlan,
    /// Where to write a report.
    ExportReport(ReportKind),
    /// A spreadsheet to import.
    ImportSpreadsheet,
    /// Where to write a chart as PNG.
    ExportChart(ChartTarget),
    /// A file of the open collection of plans (consolidation).
    Collection(CollectionFile),
    /// A points index to score by.
    OpenIndex,
    /// Where to write the self-assessment form.
    ExportAssessment(ReportKind),
    /// Where to write the collection's ranking by points.
    ExportRanking,
    /// Where to write the points index in use as its own file.
    SaveIndex,
    /// A reviewed plan to roll forward into the next period's.
    RollForwardSource,
}

impl FilePurpose {
    /// The dialog's filter.
    pub fn file_kind(&self) -> FileKind {
        match self {
            Self::OpenPlan
            | Self::SavePlan
            | Self::OpenIndex
            | Self::SaveIndex
            | Self::RollForwardSource => FileKind::Plan,
            Self::ExportReport(ReportKind::Pdf | ReportKind::PlanPdf)
            | Self::ExportAssessment(ReportKind::Pdf) => FileKind::Pdf,
            Self::ExportReport(ReportKind::PlanDocx) => FileKind::Docx,
            Self::ExportAssessment(ReportKind::Docx) => FileKind::Docx,
            Self::ExportAssessment(_) | Self::ExportRanking => FileKind::Xlsx,
            Self::ExportReport(ReportKind::Docx) => FileKind::Docx,
            Self::ExportReport(ReportKind::Xlsx) => FileKind::Xlsx,
            Self::ExportReport(ReportKind::Csv) => FileKind::Csv,
            Self::ImportSpreadsheet => FileKind::Spreadsheet,
            Self::ExportChart(_) => FileKind::Png,
            Self::Collection(CollectionFile::ExportPdf) => FileKind::Pdf,
            Self::Collection(CollectionFile::ExportXlsx) => FileKind::Xlsx,
            Self::Collection(_) => FileKind::Plan,
        }
    }

    /// True when the file is written (a save dialog), false when it is read.
    pub fn writes(&self) -> bool {
        match self {
            Self::OpenPlan
            | Self::ImportSpreadsheet
            | Self::OpenIndex
            | Self::RollForwardSource => false,
            Self::Collection(file) => file.writes(),
            _ => true,
        }
    }

    /// The extension a written file gets when the user typed none.
    fn extension(&self) -> Option<&'static str> {
        match self {
            Self::SavePlan | Self::SaveIndex => Some("ron"),
            Self::ExportReport(kind) | Self::ExportAssessment(kind) => Some(kind.extension()),
            Self::ExportRanking => Some("xlsx"),
            Self::ExportChart(_) => Some("png"),
            Self::Collection(file) => file.extension(),
            Self::OpenPlan
            | Self::ImportSpreadsheet
            | Self::OpenIndex
            | Self::RollForwardSource => None,
        }
    }
}

impl ReportKind {
    /// The file extension of the report.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf | Self::PlanPdf => "pdf",
            Self::Docx | Self::PlanDocx => "docx",
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }
}

/// `path` with `extension` when it has none.
pub(super) fn with_default_extension(path: PathBuf, extension: Option<&str>) -> PathBuf {
    match extension {
        Some(extension) if path.extension().is_none() => path.with_extension(extension),
        _ => path,
    }
}

impl AppState {
    /// Where dialogs start: the folder of the collection shown, else the open plan's, else the
    /// last file's, else the working directory.
    pub(super) fn start_dir(&self) -> Option<PathBuf> {
        let collection = self
            .consolidation
            .as_ref()
            .filter(|open| open.visible)
            .map(|open| {
                open.collection_path
                    .as_ref()
                    .unwrap_or(&open.suggested_path)
            })
            .cloned();
        let current = self.document.as_ref().and_then(|d| d.path.clone());
        collection
            .or(current)
            .or_else(|| self.settings.recent.first().cloned())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|dir| !dir.as_os_str().is_empty())
            .or_else(|| std::env::current_dir().ok())
    }

    /// Asks for a file for `purpose`, suggesting `file_name` for a written one, and uses it. With
    /// no native dialog, the typed-path window asks instead.
    pub(super) fn pick_file(&mut self, purpose: FilePurpose, file_name: &str) {
        let start = self.start_dir();
        let kind = purpose.file_kind();
        let outcome = if purpose.writes() {
            self.dialogs.pick_save(kind, start.as_deref(), file_name)
        } else {
            self.dialogs.pick_open(kind, start.as_deref())
        };
        match outcome {
            DialogOutcome::Picked(path) => self.use_file(purpose, path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let text = match (&start, purpose.writes()) {
                    (Some(dir), true) => dir.join(file_name).display().to_string(),
                    (Some(dir), false) => format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR),
                    (None, _) => file_name.to_owned(),
                };
                self.modal = Some(Modal::TypedPath { purpose, text });
            }
        }
    }

    /// Uses the file picked or typed for `purpose`.
    pub(super) fn use_file(&mut self, purpose: FilePurpose, path: PathBuf) {
        let path = with_default_extension(path, purpose.extension());
        match purpose {
            FilePurpose::OpenPlan => self.open(&path),
            FilePurpose::OpenIndex => self.open_index(&path),
            FilePurpose::ExportAssessment(kind) => self.write_assessment(kind, &path),
            FilePurpose::ExportRanking => self.write_ranking(&path),
            FilePurpose::SaveIndex => self.save_index(&path),
            FilePurpose::SavePlan => {
                self.save_to(path);
            }
            FilePurpose::ExportReport(kind) => self.write_report(kind, &path),
            FilePurpose::ImportSpreadsheet => self.preview_import(&path),
            FilePurpose::RollForwardSource => self.roll_from_file(&path),
            FilePurpose::ExportChart(target) => self.chart_export_request = Some((path, target)),
            FilePurpose::Collection(file) => self.use_collection_file(file, path),
        }
    }
}
