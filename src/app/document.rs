//! An open project with its file, history and derived summary.

use std::path::PathBuf;

use super::edit::{Edit, EditError};
use super::history::History;
use crate::charts::{self, OverviewSpec, PillarSummarySpec, TrajectorySpec};
use crate::model::{MeasureUnit, Project};
use crate::progress::{ProjectSummary, summarize};

/// The chart data of a document, recomputed after each change (never per frame).
#[derive(Clone, Debug, Default)]
pub struct ChartCache {
    /// The progress overview of all indicators.
    pub overview: OverviewSpec,
    /// Counts by status per pillar.
    pub pillar_summary: PillarSummarySpec,
    /// One trajectory per indicator, in project order.
    pub trajectories: Vec<TrajectorySpec>,
    /// Indexes of the five indicators most behind.
    pub most_behind: Vec<usize>,
}

impl ChartCache {
    fn of(project: &Project, summary: &ProjectSummary) -> Self {
        Self {
            overview: charts::overview(project, summary, None),
            pillar_summary: charts::pillar_summary(summary),
            trajectories: project
                .indicators
                .iter()
                .zip(&summary.indicators)
                .map(|(indicator, progress)| {
                    charts::trajectory(indicator, progress, &unit_label(&indicator.unit))
                })
                .collect(),
            most_behind: charts::most_behind(summary, 5),
        }
    }
}

/// A language-neutral unit label for a value axis.
fn unit_label(unit: &MeasureUnit) -> String {
    match unit {
        MeasureUnit::Percent => "%".to_owned(),
        MeasureUnit::Count { word } => word.clone(),
        MeasureUnit::Score { max } => format!("/{max}"),
        MeasureUnit::Money => "VND".to_owned(),
        MeasureUnit::YesNo => "0–1".to_owned(),
        MeasureUnit::Rank => "#".to_owned(),
    }
}

/// The project being edited.
#[derive(Clone, Debug)]
pub struct Document {
    /// The plan.
    pub project: Project,
    /// The file it was opened from or last saved to; `None` for a new plan or an example.
    pub path: Option<PathBuf>,
    /// A name to show when there is no path (e.g. the example's file name).
    pub display_name: String,
    /// Undo and redo.
    pub history: History,
    /// The history state that is on disk.
    saved_state: Option<u64>,
    /// Progress of every indicator, recomputed after each change (never per frame).
    pub summary: ProjectSummary,
    /// Chart data, recomputed with the summary.
    pub charts: ChartCache,
    /// The file at `path` as it was opened or last saved: Save checks nobody wrote it since.
    pub disk: Option<crate::storage::FileStamp>,
}

impl Document {
    /// A document for `project`; `saved` says whether it is already on disk as it is.
    pub fn new(project: Project, path: Option<PathBuf>, display_name: String, saved: bool) -> Self {
        let summary = summarize(&project);
        let charts = ChartCache::of(&project, &summary);
        let history = History::default();
        let saved_state = saved.then(|| history.state_id());
        Self {
            project,
            path,
            display_name,
            history,
            saved_state,
            summary,
            charts,
            disk: None,
        }
    }

    /// True when the project on screen is the one on disk.
    pub fn is_saved(&self) -> bool {
        self.saved_state == Some(self.history.state_id())
    }

    /// Records that the current state was written to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.display_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.path = Some(path);
        self.saved_state = Some(self.history.state_id());
    }

    /// Applies an edit, records it for undo and refreshes the summary.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let inverse = edit.clone().apply(&mut self.project)?;
        self.history.record(edit, inverse);
        self.refresh();
        Ok(())
    }

    /// Undoes the last change; `Ok(false)` when there was none.
    pub fn undo(&mut self) -> Result<bool, EditError> {
        let changed = self.history.undo(&mut self.project)?;
        if changed {
            self.refresh();
        }
        Ok(changed)
    }

    /// Redoes the last undone change; `Ok(false)` when there was none.
    pub fn redo(&mut self) -> Result<bool, EditError> {
        let changed = self.history.redo(&mut self.project)?;
        if changed {
            self.refresh();
        }
        Ok(changed)
    }

    /// Recomputes the derived summary.
    pub fn refresh(&mut self) {
        self.summary = summarize(&self.project);
        self.charts = ChartCache::of(&self.project, &self.summary);
    }
}
