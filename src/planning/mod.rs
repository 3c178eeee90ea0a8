//! The next plan: a reviewed plan rolled forward into the plan of a new period ([`roll`]) and the
//! yearly targets that lead from the baseline to the final target ([`steps`]). Pure data: no UI,
//! no I/O.

pub mod roll;
pub mod steps;

pub use roll::{
    CatalogTargets, NewBaseline, Raise, RollChoice, RollPreview, RollRow, RollWords, preview,
    within_year,
};
pub use steps::{
    StepError, StepMethod, StepProblem, fill_steps, first_step_year, step_decimals, step_problems,
    yearly_steps,
};

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;
