//! Reporting-period data entry (cập nhật số liệu kỳ báo cáo), pure parts: periods, the paste
//! parser for text copied from Excel or LibreOffice, the plausibility checks of a new value, and
//! what the typed rows would change.

mod checks;
mod paste;
mod period;
mod planned;

pub use checks::{EntryCheck, check_value};
pub use paste::{PastedCell, parse_paste};
pub use period::{Period, PeriodKind};
pub use planned::{EDIT_COLUMNS, PlannedEntry, Replacement, RowDraft, cell_number, plan_entry};
