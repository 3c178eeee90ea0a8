//! Tự chấm điểm: a plan scored against a points index modelled on the DTI (bộ chỉ số đánh giá
//! chuyển đổi số), the self-assessment form's lines in words, and the ranking of many units.
//! Pure domain: no UI.
//!
//! Rounding: every criterion's points are rounded once, to 2 decimals (halves away from zero),
//! as the form writes them; groups and the total are sums of those rounded points, so the form
//! adds up; the 0–1 index is total ÷ maximum to 4 decimals, as the DTI is published.

mod check;
mod edit;
mod rank;
mod rule;
mod score;
mod words;

use crate::model::score_index as index;

pub use check::{
    IndexError, IndexWarning, Problem, index_warnings, load_index, parse_index, validate,
};
pub use edit::{
    RuleKind, add_criterion, add_group, criteria_sum, groups_sum, new_choice, set_max, switch_rule,
    unique_id,
};
pub use index::{
    Band, Choice, Criterion, INDEX_FORMAT_NAME, INDEX_FORMAT_VERSION, Rule, ScoreGroup, ScoreIndex,
    Step,
};
pub use rank::{RankedUnit, rank_units};
pub use rule::{
    Cents, Computation, Missing, Outcome, RatioKind, from_cents, reading, score_criterion, to_cents,
};
pub use score::{
    CriterionScore, GroupScore, Scorecard, reading_date, score_only, score_plan, years_with_data,
};
pub use words::{computation_words, group_number, index_value_text, points_text};

/// The bundled commune index's source text.
const COMMUNE_INDEX: &str = include_str!("../../assets/indices/xa-de-xuat.ron");

/// The bundled commune index (Đề xuất: built on the DTI's structure and this program's commune
/// catalogue), or why it does not parse (a test keeps it parsing).
pub fn bundled_index() -> Result<ScoreIndex, IndexError> {
    parse_index(COMMUNE_INDEX).map(|(index, _)| index)
}
