//! Units ranked by their score, as provinces publish it: highest total first, ties given the
//! same rank (1, 2, 2, 4).

use super::rule::Cents;

/// One unit's place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedUnit {
    /// Where the unit stands in the input (so the caller can find its name and file).
    pub position: usize,
    /// Its rank, from 1; equal totals share a rank and the next rank skips.
    pub rank: usize,
    /// Its total, in hundredths.
    pub total_cents: Cents,
}

/// Ranks units by their totals (in hundredths), highest first; equal totals keep the input's
/// order and share a rank.
pub fn rank_units(totals: &[Cents]) -> Vec<RankedUnit> {
    let mut order: Vec<usize> = (0..totals.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(totals[*i]));
    let mut ranked: Vec<RankedUnit> = Vec::with_capacity(order.len());
    for (place, position) in order.into_iter().enumerate() {
        let total_cents = totals[position];
        let rank = match ranked.last() {
            Some(previous) if previous.total_cents == total_cents => previous.rank,
            _ => place + 1,
        };
        ranked.push(RankedUnit {
            position,
            rank,
            total_cents,
        });
    }
    ranked
}
