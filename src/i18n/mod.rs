//! Every user-visible string, one table per language ([`vi`] and [`en`]), checked at compile time:
//! a table that lacks a field does not build. Also number and date formatting per language.

mod commands;
mod consolidate;
mod document;
mod editor;
mod en;
mod errors;
mod file;
mod guide;
mod import;
mod number;
mod planning;
mod report;
mod safety;
mod scoring;
mod sentences;
mod slides;
mod texts;
mod values;
mod vi;
mod yes_no;

use serde::{Deserialize, Serialize};

pub use commands::CommandTexts;
pub use consolidate::ConsolidateTexts;
pub use document::DocumentTexts;
pub use editor::EditorTexts;
pub use errors::{ErrorTexts, bilingual, bilingual_inline, io_reason, value_problem};
pub use file::FileTexts;
pub use guide::{GuideBlock, guide, guide_text};
pub use import::ImportTexts;
pub use number::{NumberError, format_date, format_number, parse_date, parse_number};
pub use planning::{
    AnnualPlanTexts, PlanningTexts, final_year, in_sentence, method_name, roll_words,
    step_problem_text,
};
pub use report::ReportTexts;
pub use safety::SafetyTexts;
pub use scoring::{IndexEditorTexts, ScoringTexts};
pub use sentences::SentenceTexts;
pub use slides::SlideTexts;
pub use texts::Texts;
pub use values::{decimals_for, indicator_name, name_in, value_text, yes_no_text};
pub use yes_no::YesNoTexts;

use crate::model::{Pillar, UnitLevel};
use crate::progress::{Status, Verdict};

/// A language of the user interface and of reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Tiếng Việt (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Self; 2] = [Self::Vi, Self::En];

    /// The code used on the command line: `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Vi => "vi",
            Self::En => "en",
        }
    }

    /// Parses a language code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The string table of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::Vi => &vi::TEXTS,
            Self::En => &en::TEXTS,
        }
    }
}

impl Texts {
    /// The name of `status`, "Vượt" instead of "Đạt" when `exceeded`.
    pub fn status(&self, status: Status, exceeded: bool) -> &'static str {
        if status == Status::Achieved && exceeded {
            return self.status_exceeded;
        }
        (self.status_name)(status)
    }

    /// The name of a target's verdict, "Vượt" when achieved and `exceeded`.
    pub fn verdict(&self, verdict: Verdict, exceeded: bool) -> &'static str {
        if verdict == Verdict::Achieved && exceeded {
            return self.status_exceeded;
        }
        (self.verdict_name)(verdict)
    }

    /// The name of `pillar`.
    pub fn pillar(&self, pillar: Pillar) -> &'static str {
        (self.pillar_name)(pillar)
    }

    /// The name of a unit level.
    pub fn unit_level(&self, level: UnitLevel) -> &'static str {
        (self.unit_level_name)(level)
    }
}
