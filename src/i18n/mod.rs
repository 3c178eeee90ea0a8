//! Every user-visible string, one table per language ([`vi`] and [`en`]), checked at compile time:
//! a table that lacks a field does not build. Also number and date formatting per language.

mod en;
mod number;
mod vi;

use serde::{Deserialize, Serialize};

pub use number::{NumberError, format_date, format_number, parse_date, parse_number};

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

/// The string table of one language. Plain strings are fields; strings with values in them are
/// functions, so that word order can differ between languages.
pub struct Texts {
    /// The language's own name, for the language switch.
    pub language_name: &'static str,
    /// The program's name.
    pub app_name: &'static str,
    /// Status names, in [`Status::ALL`] order.
    pub statuses: [&'static str; 6],
    /// "Exceeded" (Vượt), shown instead of "Achieved" when the target is beaten.
    pub status_exceeded: &'static str,
    /// Verdicts of past targets: pending, achieved, missed, no data.
    pub verdicts: [&'static str; 4],
    /// Pillar names, in [`Pillar::ALL`] order.
    pub pillars: [&'static str; 5],
    /// Unit level names, in [`UnitLevel`] declaration order.
    pub unit_levels: [&'static str; 5],
    /// "Yes" / "No" for yes-no indicators.
    pub yes_no: [&'static str; 2],
    /// Column headers of the command-line summary table.
    pub summary_columns: [&'static str; 7],
    /// "Total" row label.
    pub total: &'static str,
    /// "Mean progress".
    pub mean_progress: &'static str,
    /// Shown where a value is missing.
    pub none: &'static str,
    /// Forecast cell: the target will be reached on a date (month/year given).
    pub forecast_reach: fn(&str) -> String,
    /// Forecast cell: not reached at the current pace.
    pub forecast_never: &'static str,
    /// `check`: the file is valid, with its indicator count.
    pub check_ok: fn(&str, usize) -> String,
    /// `check`: a warning line prefix.
    pub check_warning: &'static str,
    /// `summary` heading: unit name, reporting date.
    pub summary_heading: fn(&str, &str) -> String,
    /// `new`: the project was created: file, indicator count.
    pub new_created: fn(&str, usize) -> String,
    /// `new`: the output file already exists.
    pub new_exists: fn(&str) -> String,
    /// Unknown catalogue id; the list of known ids follows.
    pub unknown_template: fn(&str, &str) -> String,
    /// Unknown unit level; the list of known levels follows.
    pub unknown_level: fn(&str, &str) -> String,
    /// A date argument that does not parse.
    pub bad_date: fn(&str) -> String,
    /// The GUI could not be started.
    pub gui_failed: fn(&str) -> String,
    /// Number errors: empty, bad character, bad grouping, too many decimal marks, out of range.
    pub number_errors: [&'static str; 5],
}

impl Texts {
    /// The name of `status`, "Vượt" instead of "Đạt" when `exceeded`.
    pub fn status(&self, status: Status, exceeded: bool) -> &'static str {
        if status == Status::Achieved && exceeded {
            return self.status_exceeded;
        }
        let index = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        self.statuses.get(index).copied().unwrap_or_default()
    }

    /// The name of a target's verdict.
    pub fn verdict(&self, verdict: Verdict, exceeded: bool) -> &'static str {
        let index = match verdict {
            Verdict::Pending => 0,
            Verdict::Achieved if exceeded => return self.status_exceeded,
            Verdict::Achieved => 1,
            Verdict::Missed => 2,
            Verdict::NoData => 3,
        };
        self.verdicts.get(index).copied().unwrap_or_default()
    }

    /// The name of `pillar`.
    pub fn pillar(&self, pillar: Pillar) -> &'static str {
        let index = Pillar::ALL.iter().position(|p| *p == pillar).unwrap_or(0);
        self.pillars.get(index).copied().unwrap_or_default()
    }

    /// The name of a unit level.
    pub fn unit_level(&self, level: UnitLevel) -> &'static str {
        let index = match level {
            UnitLevel::Province => 0,
            UnitLevel::Commune => 1,
            UnitLevel::Ward => 2,
            UnitLevel::SpecialZone => 3,
            UnitLevel::District => 4,
        };
        self.unit_levels.get(index).copied().unwrap_or_default()
    }
}
