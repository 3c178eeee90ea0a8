//! What a file is asked for (open, save, export, import, chart image, collection file), the
//! dialog's filter for it, whether it is written, and the extension a written one gets.

use std::path::PathBuf;

use super::collection::CollectionFile;
use super::dialogs::FileKind;
use super::kinds::{ChartTarget, ReportKind};

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
    pub(super) fn extension(&self) -> Option<&'static str> {
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

/// `path` with `extension` when it has none.
pub(super) fn with_default_extension(path: PathBuf, extension: Option<&str>) -> PathBuf {
    match extension {
        Some(extension) if path.extension().is_none() => path.with_extension(extension),
        _ => path,
    }
}
