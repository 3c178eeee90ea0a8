//! The small kinds every part of the app names: a report's kind, a chart to save, a tab.

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
