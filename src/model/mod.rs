//! The plan as it is stored: a [`Project`] of [`Indicator`]s with their baseline, targets and
//! measurements. Pure data: no UI, no I/O.

mod assessment;
mod document;
mod indicator;
mod project;
pub mod score_index;
mod text;
mod yes_no;

pub use assessment::AssessmentEntry;
pub use document::{
    DocumentLayout, DocumentSettings, SectionKind, SignMode, Signer, WrittenSections,
};
pub(crate) use indicator::year_end;
pub use indicator::{
    Accumulation, Baseline, Direction, Indicator, MeasureUnit, Measurement, Pillar, Target,
    ValueProblem, is_valid_indicator_id, parse_yes_no,
};
pub use project::{AdminUnit, BasisDocument, FORMAT_NAME, FORMAT_VERSION, Project, UnitLevel};
pub use score_index::ScoreIndex;
pub use text::{nfc, normalize_in_place};
pub use yes_no::YesNoWords;
