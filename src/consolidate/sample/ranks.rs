//! Ranks of the made-up communes within their province: published once a year, a permutation of
//! 1..N among the communes that report, led by the most capable ones (with some luck).

use chrono::Datelike as _;

use super::rng::Rng;
use crate::model::{MeasureUnit, Project, Target};

/// Sets every rank indicator of `plans`: year-end values only, each year's ranks a permutation
/// ordered by capacity and noise, the baseline likewise, and a target a few places higher.
pub fn assign(plans: &mut [(String, Project)], capacities: &[f64], seed: u64) {
    let Some((_, first)) = plans.first() else {
        return;
    };
    let rank_ids: Vec<String> = first
        .indicators
        .iter()
        .filter(|i| i.unit == MeasureUnit::Rank)
        .map(|i| i.id.clone())
        .collect();
    for (part, indicator_id) in rank_ids.iter().enumerate() {
        let mut rng = Rng::derived(seed, 0xBA5E + part as u64);
        let baseline_ranks = ranking(capacities, &mut rng);
        let mut yearly: Vec<(i32, Vec<usize>)> = Vec::new();
        for (index, (_, plan)) in plans.iter_mut().enumerate() {
            let Some(indicator) = plan.indicator_mut(indicator_id) else {
                continue;
            };
            let start = baseline_ranks.get(index).copied().unwrap_or(1) as f64;
            if let Some(baseline) = &mut indicator.baseline {
                baseline.value = start;
            }
            indicator.targets = vec![
                Target::new(2025, (start - 2.0).max(1.0)),
                Target::new(2030, (start - 5.0).max(1.0)),
            ];
            indicator
                .measurements
                .retain(|m| m.date.month() == 12 && m.date.day() == 31);
            for measurement in &mut indicator.measurements {
                let year = measurement.date.year();
                let position = match yearly.iter().position(|(y, _)| *y == year) {
                    Some(position) => position,
                    None => {
                        yearly.push((year, ranking(capacities, &mut rng)));
                        yearly.len() - 1
                    }
                };
                let ranks = yearly.get(position).map(|(_, r)| r);
                measurement.value = ranks.and_then(|r| r.get(index)).copied().unwrap_or(1) as f64;
            }
        }
    }
}

/// Each unit's rank (1 = first) by capacity plus noise.
fn ranking(capacities: &[f64], rng: &mut Rng) -> Vec<usize> {
    let mut scored: Vec<(usize, f64)> = capacities
        .iter()
        .enumerate()
        .map(|(index, capacity)| (index, capacity + rng.range(-0.15, 0.15)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut ranks = vec![1; capacities.len()];
    for (place, (index, _)) in scored.into_iter().enumerate() {
        if let Some(rank) = ranks.get_mut(index) {
            *rank = place + 1;
        }
    }
    ranks
}
