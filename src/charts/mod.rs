//! Chart data computed once from the project and its progress, with no drawing in it: the screen
//! (egui_plot) and the PDF report draw the same specs. Also the status palette, the one place its
//! colours are defined.

mod overview;
mod palette;
mod per_year;
mod series;
mod trajectory;

pub use overview::{
    OverviewBar, OverviewSpec, PillarRow, PillarSummarySpec, most_behind, overview, pillar_summary,
};
pub use palette::{Rgb, status_rgb, status_text_rgb};
pub use series::{Series, day_number, from_day_number};
pub use trajectory::{TargetMarker, TrajectorySpec, trajectory};
