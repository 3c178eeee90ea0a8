//! The progress engine: pure functions that judge an indicator against its targets at the
//! project's reporting date — progress, expected progress, status, the verdict of each past target,
//! a least-squares forecast and the pace still needed — and summarise a project by pillar.

mod evaluate;
mod forecast;
mod per_year;
mod result;
mod rules;
mod summary;

pub use evaluate::evaluate;
pub use forecast::{Forecast, TargetForecast, forecast};
pub use per_year::{target_for_year, year_to_date};
pub use result::{IndicatorProgress, PointValue, Status, TargetVerdict, Verdict};
pub use rules::{current_target, expected_progress, keeps_level, raw_progress, share_of_target};
pub use summary::{PillarSummary, ProjectSummary, StatusCounts, summarize};
