//! The members ranked by their self-assessment points, as provinces publish it: highest total
//! first, equal totals sharing a rank (1, 2, 2, 4), members without a score left out.

use super::consolidation::Consolidation;
use crate::scoring::{RankedUnit, rank_units};

/// The ranking of the members that were scored; `position` is the member's index.
pub fn score_ranking(consolidation: &Consolidation) -> Vec<RankedUnit> {
    let scored: Vec<(usize, i64)> = consolidation
        .members
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.score.as_ref().map(|s| (i, s.total_cents)))
        .collect();
    let totals: Vec<i64> = scored.iter().map(|(_, t)| *t).collect();
    rank_units(&totals)
        .into_iter()
        .map(|ranked| RankedUnit {
            position: scored[ranked.position].0,
            ..ranked
        })
        .collect()
}
