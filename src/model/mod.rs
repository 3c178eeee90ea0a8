//! The plan as it is stored: a [`Project`] of [`Indicator`]s with their baseline, targets and
//! measurements. Pure data: no UI, no I/O.

mod assessment;
mod document;
mod indicator;
mod project;
pub mod score_index;
mod text;
mod unit;
mod yes_no;

pub use assessment::AssessmentEntry;
pub use document::{
    DocumentLayout, DocumentSettings, SectionKind, SignMode, Signer, WrittenSections,
};
pub(crate) use indicator::year_end;
pub use indicator::{
    Accumulation, Baseline, Direction, Indicator, Measurement, Pillar, Target,
    is_valid_indicator_id,
};
pub use project::{AdminUnit, BasisDocument, FORMAT_NAME, FORMAT_VERSION, Project, UnitLevel};
pub use score_index::ScoreIndex;
pub use text::{nfc, normalize_in_place};
pub use unit::{MeasureUnit, ValueProblem, parse_yes_no};
pub use yes_no::YesNoWords;
