//! What the units × indicators matrix draws, worked out once per consolidation, language, sort
//! and filter: the row order, the columns shown, every cell's text and status, the figures and the
//! names. The drawing is in [`super::matrix`].

use super::{ConsolidationView, text};
use crate::app::ConsolidationState;
use crate::consolidate::Consolidation;
use crate::i18n::Lang;
use crate::model::{Direction, Pillar};
use crate::progress::Status;

/// The order of the rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatrixSort {
    /// By unit name.
    #[default]
    Unit,
    /// By rank (best first).
    Rank,
    /// By the value of one indicator (best first), by position.
    Indicator(usize),
}

/// One cell as drawn.
#[derive(Clone, Debug)]
pub(super) struct CellText {
    pub(super) text: String,
    pub(super) status: Status,
    /// The status with the latest judged milestone's verdict beside it.
    pub(super) status_text: String,
}

/// What the matrix draws, worked out once per consolidation, language, sort and filter.
#[derive(Clone, Debug)]
pub struct MatrixCache {
    key: (u64, Lang, MatrixSort, Option<Pillar>),
    /// The members in display order.
    pub(super) rows: Vec<usize>,
    /// The indicators shown, by position.
    pub(super) columns: Vec<usize>,
    cells: Vec<Option<CellText>>,
    /// Each indicator's consolidated figure, short.
    pub(super) figures: Vec<String>,
    /// Each member's name.
    pub(super) names: Vec<String>,
}

impl MatrixCache {
    fn new(
        open: &ConsolidationState,
        sort: MatrixSort,
        pillar: Option<Pillar>,
        lang: Lang,
    ) -> Self {
        let consolidation = &open.consolidation;
        let indicators = consolidation.indicators.len();
        let mut cells = Vec::with_capacity(consolidation.members.len() * indicators);
        for member in 0..consolidation.members.len() {
            for indicator in 0..indicators {
                cells.push(consolidation.cell(member, indicator).map(|value| CellText {
                    text: text::member_value(value, lang),
                    status: value.status,
                    status_text: crate::consolidate::member_status_text(value, lang),
                }));
            }
        }
        Self {
            key: (open.generation, lang, sort, pillar),
            rows: row_order(consolidation, sort),
            columns: (0..indicators)
                .filter(|i| {
                    pillar.is_none_or(|p| {
                        consolidation
                            .indicators
                            .get(*i)
                            .is_some_and(|c| c.template.pillar == p)
                    })
                })
                .collect(),
            cells,
            figures: consolidation
                .indicators
                .iter()
                .map(|i| text::short_figure(i, lang))
                .collect(),
            names: consolidation
                .members
                .iter()
                .map(crate::consolidate::MemberSnapshot::display_name)
                .collect(),
        }
    }

    /// The sort the cache was worked out for.
    pub(super) fn sort(&self) -> MatrixSort {
        self.key.2
    }

    /// The cell of `member` and `indicator` of `indicators`, if the member has a value.
    pub(super) fn cell(
        &self,
        member: usize,
        indicator: usize,
        indicators: usize,
    ) -> Option<&CellText> {
        self.cells
            .get(member * indicators + indicator)
            .and_then(Option::as_ref)
    }
}

/// The members in display order.
fn row_order(consolidation: &Consolidation, sort: MatrixSort) -> Vec<usize> {
    match sort {
        MatrixSort::Unit => (0..consolidation.members.len()).collect(),
        MatrixSort::Rank => consolidation.ranking.clone(),
        MatrixSort::Indicator(index) => {
            let lower_is_better = consolidation
                .indicators
                .get(index)
                .is_some_and(|i| i.template.judged_direction() == Direction::LowerIsBetter);
            let value = |member: usize| {
                consolidation
                    .cell(member, index)
                    .and_then(|v| v.counted)
                    .map(|c| c.value)
            };
            let mut rows: Vec<usize> = (0..consolidation.members.len()).collect();
            rows.sort_by(|a, b| {
                let order = match (value(*a), value(*b)) {
                    (Some(x), Some(y)) if lower_is_better => x.total_cmp(&y),
                    (Some(x), Some(y)) => y.total_cmp(&x),
                    (x, y) => y.is_some().cmp(&x.is_some()),
                };
                order.then(a.cmp(b))
            });
            rows
        }
    }
}

/// The matrix's cache for this sort and filter, worked out again only when they or the
/// consolidation changed.
pub(super) fn cached<'a>(
    view: &'a mut ConsolidationView,
    open: &ConsolidationState,
    lang: Lang,
    sort: MatrixSort,
    pillar: Option<Pillar>,
) -> &'a MatrixCache {
    let key = (open.generation, lang, sort, pillar);
    if view.matrix_cache.as_ref().is_some_and(|c| c.key != key) {
        view.matrix_cache = None;
    }
    view.matrix_cache
        .get_or_insert_with(|| MatrixCache::new(open, sort, pillar, lang))
}
