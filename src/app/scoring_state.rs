//! The self-assessment as data: its requests and what the tab shows (the index in use, the
//! year, the scorecard), worked out again after each change. What the window does is in
//! [`super::scoring`].

use std::path::PathBuf;

use crate::model::Project;
use crate::scoring::{
    IndexWarning, ScoreIndex, Scorecard, bundled_index, score_plan, years_with_data,
};

/// What the tab asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoringAction {
    /// Score this year (`None`: the plan's reporting year).
    SetYear(Option<i32>),
    /// Ask for an index file and score by it.
    OpenIndex,
    /// Score by the bundled index again (the plan drops its own index).
    UseBundledIndex,
    /// Ask where to write the index in use as its own file (to give to other units).
    SaveIndexAs,
    /// Ask where to write the form (PDF, Word or Excel) and write it.
    Export(super::kinds::ReportKind),
    /// Ask where to write the collection's ranking by points (Excel) and write it.
    ExportRanking,
}

/// The index in use and the plan's score by it.
#[derive(Clone, Debug, Default)]
pub struct ScoringState {
    /// The index chosen for this window: the bundled one or a file opened for the collection.
    /// It scores the collection's members and a plan that has no index of its own. `None` only
    /// if the bundled one failed to parse (a test keeps it parsing).
    pub chosen: Option<ScoreIndex>,
    /// The file `chosen` came from; `None` for the bundled one.
    pub index_path: Option<PathBuf>,
    /// The index the open plan is scored by: its own when it keeps one, else `chosen`.
    pub index: Option<ScoreIndex>,
    /// Whether `index` is the plan's own (opened for it or edited in the app).
    pub from_plan: bool,
    /// The year chosen; `None` for the plan's reporting year.
    pub year: Option<i32>,
    /// The plan's score for that year.
    pub card: Option<Scorecard>,
    /// The total of every year with data, oldest first, for the year-on-year line.
    pub totals_by_year: Vec<(i32, f64)>,
}

impl ScoringState {
    /// The bundled index, nothing scored yet.
    pub fn new() -> Self {
        let chosen = bundled_index().ok();
        Self {
            index: chosen.clone(),
            chosen,
            ..Self::default()
        }
    }

    /// Works the score out again for `project` (nothing when there is none).
    pub fn refresh(&mut self, project: Option<&Project>) {
        let own = project.and_then(|p| p.score_index.as_ref());
        self.from_plan = own.is_some();
        match own.or(self.chosen.as_ref()) {
            Some(index) if self.index.as_ref() != Some(index) => self.index = Some(index.clone()),
            Some(_) => {}
            None => self.index = None,
        }
        let (Some(index), Some(project)) = (&self.index, project) else {
            self.card = None;
            self.totals_by_year.clear();
            return;
        };
        self.card = Some(score_plan(index, project, self.year));
        self.totals_by_year = years_with_data(project)
            .into_iter()
            .map(|year| (year, score_plan(index, project, Some(year)).total()))
            .collect();
    }

    /// The index's own warnings and the plan's, for beside the form.
    pub fn warnings(&self) -> &[IndexWarning] {
        self.card.as_ref().map_or(&[], |c| c.warnings.as_slice())
    }
}
