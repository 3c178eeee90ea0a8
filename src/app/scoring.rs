//! The self-assessment tab's state: which index scores the plan, for which year, and the score
//! worked out once after each change (never per frame).

use std::path::{Path, PathBuf};

use super::action::Tab;
use super::edit::Edit;
use super::state::AppState;
use crate::model::Project;
use crate::scoring::{
    IndexWarning, ScoreIndex, Scorecard, bundled_index, load_index, score_plan, years_with_data,
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
    Export(super::action::ReportKind),
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

impl AppState {
    /// Carries out a scoring action.
    pub(super) fn handle_scoring(&mut self, action: ScoringAction) {
        match action {
            ScoringAction::SetYear(year) => self.scoring.year = year,
            ScoringAction::OpenIndex => {
                self.pick_file(super::pick::FilePurpose::OpenIndex, "");
            }
            ScoringAction::UseBundledIndex => {
                if self.index_for_collection() {
                    self.scoring.chosen = bundled_index().ok();
                    self.scoring.index_path = None;
                    self.reload_consolidation();
                } else {
                    self.apply_edit(Edit::ScoreIndex(Box::new(None)));
                }
            }
            ScoringAction::SaveIndexAs => {
                if let Some(index) = &self.scoring.index {
                    let name = format!("{}.ron", index.id);
                    self.pick_file(super::pick::FilePurpose::SaveIndex, &name);
                }
            }
            ScoringAction::ExportRanking => {
                if self.consolidation.is_some() {
                    let name = format!(
                        "xep-hang-diem.{}",
                        super::action::ReportKind::Xlsx.extension()
                    );
                    self.pick_file(super::pick::FilePurpose::ExportRanking, &name);
                }
            }
            ScoringAction::Export(kind) => {
                let Some(document) = &self.document else {
                    return;
                };
                let year = self.scoring.card.as_ref().map_or(0, |c| c.year);
                let base = super::suggested_file_name(&document.project);
                let name = format!(
                    "{}-tu-cham-diem-{year}.{}",
                    base.trim_end_matches(".ron"),
                    kind.extension()
                );
                self.pick_file(super::pick::FilePurpose::ExportAssessment(kind), &name);
            }
        }
    }

    /// Writes the self-assessment form as `kind` to `path`; says what happened.
    #[cfg(feature = "reports")]
    pub(super) fn write_assessment(&mut self, kind: super::action::ReportKind, path: &Path) {
        use super::action::ReportKind;
        let (Some(document), Some(index)) = (&self.document, &self.scoring.index) else {
            return;
        };
        let lang = self.lang();
        let options = crate::report::ExportOptions {
            lang,
            printed_on: self.today,
        };
        let project = &document.project;
        let year = self.scoring.year;
        let bytes = match kind {
            ReportKind::Pdf => crate::report::assessment_pdf_bytes(project, index, year, &options)
                .map_err(|e| e.message(lang)),
            ReportKind::Docx => {
                crate::report::assessment_docx_bytes(project, index, year, &options)
                    .map_err(|e| e.message(lang))
            }
            ReportKind::Xlsx | ReportKind::Csv | ReportKind::PlanPdf | ReportKind::PlanDocx => {
                crate::spreadsheet::assessment_xlsx_bytes(project, index, year, lang)
                    .map_err(|e| e.message(lang))
            }
        };
        let written = bytes.and_then(|bytes| {
            crate::storage::write_atomic(path, &bytes).map_err(|e| e.message(lang))
        });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Writes the collection's ranking by points to `path` as Excel; says what happened.
    #[cfg(feature = "reports")]
    pub(super) fn write_ranking(&mut self, path: &Path) {
        let (Some(open), Some(index)) = (&self.consolidation, &self.scoring.chosen) else {
            return;
        };
        let lang = self.lang();
        let written = crate::spreadsheet::ranking_xlsx_bytes(index, &open.consolidation, lang)
            .map_err(|e| e.message(lang))
            .and_then(|bytes| {
                crate::storage::write_atomic(path, &bytes).map_err(|e| e.message(lang))
            });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Without the reports feature the ranking cannot be written: say so.
    #[cfg(not(feature = "reports"))]
    pub(super) fn write_ranking(&mut self, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(super::state::Modal::Error(text));
    }

    /// Without the reports feature the form cannot be written: say so.
    #[cfg(not(feature = "reports"))]
    pub(super) fn write_assessment(&mut self, _kind: super::action::ReportKind, path: &Path) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(super::state::Modal::Error(text));
    }

    /// Whether an index opened now is for the collection shown (else for the open plan).
    fn index_for_collection(&self) -> bool {
        self.document.is_none() || self.consolidation.as_ref().is_some_and(|o| o.visible)
    }

    /// Scores by the index in `path`, or says why it cannot (nothing changes then): the
    /// collection shown, or the open plan, which keeps it (one undoable change).
    pub(super) fn open_index(&mut self, path: &Path) {
        match load_index(path) {
            Ok((index, _)) => {
                if self.index_for_collection() {
                    self.scoring.chosen = Some(index);
                    self.scoring.index_path = Some(path.to_path_buf());
                    self.reload_consolidation();
                } else {
                    self.apply_edit(Edit::ScoreIndex(Box::new(Some(index))));
                }
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let texts = self.lang().texts().scoring;
                self.toast((texts.index_opened)(&name.unwrap_or_default()));
            }
            Err(error) => {
                self.modal = Some(super::state::Modal::Error(error.message(self.lang())));
            }
        }
    }

    /// Writes the index in use to `path` as an index file; says what happened.
    pub(super) fn save_index(&mut self, path: &Path) {
        let Some(index) = &self.scoring.index else {
            return;
        };
        let lang = self.lang();
        let written = crate::storage::index_to_ron(index)
            .map_err(|e| e.message(lang))
            .and_then(|text| {
                crate::storage::write_atomic(path, text.as_bytes()).map_err(|e| e.message(lang))
            });
        match written {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(super::state::Modal::Error(message)),
        }
    }

    /// Scores again when the tab is shown (called after every action).
    pub(super) fn refresh_scoring(&mut self) {
        if self.tab == Tab::Scoring {
            self.scoring
                .refresh(self.document.as_ref().map(|d| &d.project));
        }
    }
}
