//! The progress engine: pure functions that judge an indicator against its targets at the
//! project's reporting date — progress, expected progress, status, the verdict of each past target,
//! a least-squares forecast and the pace still needed — and summarise a project by pillar.

mod evaluate;
mod forecast;
mod summary;

pub use evaluate::{
    IndicatorProgress, PointValue, Status, TargetVerdict, Verdict, current_target, evaluate,
    expected_progress, raw_progress,
};
pub use forecast::{Forecast, TargetForecast, forecast};
pub use summary::{PillarSummary, ProjectSummary, StatusCounts, summarize};
