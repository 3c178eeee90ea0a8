//! Consolidation (tổng hợp): many member plans — the communes of a province, the units of a legacy
//! district, the branches of a party committee — read from their files and combined into one view:
//! a consolidated figure per indicator by a rule that fits it, how many members achieved their own
//! target, the units × indicators matrix, a ranking of units and the completeness of the reports.
//!
//! Member files are only ever read. The one file written here is the collection file
//! ([`Collection`]); the consolidated values go into a plan only through [`write_into`] or
//! [`new_plan`], which return a new project for the caller to preview and apply.

mod collection;
mod combine;
mod completeness;
mod consolidation;
mod error;
mod into_plan;
mod load;
mod member;
mod open;
mod parallel;
mod rule;
pub mod sample;
mod score_rank;
mod words;

pub use collection::{
    COLLECTION_FORMAT, COLLECTION_VERSION, Collection, default_period_start,
    load as load_collection, load_from_str as collection_from_str, peek_format, relative_text,
    save as save_collection, to_ron_string as collection_to_ron,
};
pub use combine::{Combined, Extreme, MeanFigures, Reading, combine};
pub use completeness::{Completeness, MemberGaps};
pub use consolidation::{ConsolidatedIndicator, Consolidation, Duplicate, TargetsMet, consolidate};
pub use error::CollectionError;
pub use into_plan::{
    PlanWrite, SkipReason, SkippedValue, WrittenValue, new_plan, skip_reason_text, write_into,
};
pub use load::{
    LoadedMembers, MemberFailure, Sources, gather, is_collection_file, load_members,
    load_members_scored, members_of, members_of_scored,
};
pub use member::{DatedValue, MemberScore, MemberSnapshot, MemberTarget, MemberValue, template_of};
pub use open::{Opened, open, open_in_memory, open_scored};
pub use rule::Rule;
pub use score_rank::score_ranking;
pub use words::{figure_text, member_status_text, rule_name, targets_met_text, value_of};

use crate::i18n::Lang;
use crate::model::UnitLevel;

/// The word for the members in `lang`: "xã" when they are all communes, "phường" when all
/// wards, else "đơn vị".
pub fn units_word(members: &[MemberSnapshot], lang: Lang) -> &'static str {
    let texts = lang.texts().consolidate;
    let first = members.first().map(|m| m.unit.level);
    let same = members.iter().all(|m| Some(m.unit.level) == first);
    match first {
        Some(UnitLevel::Commune) if same => texts.units_communes,
        Some(UnitLevel::Ward) if same => texts.units_wards,
        _ => texts.units_any,
    }
}
