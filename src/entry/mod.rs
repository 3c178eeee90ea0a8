//! Reporting-period data entry (cập nhật số liệu kỳ báo cáo), pure parts: periods, the paste
//! parser for text copied from Excel or LibreOffice, and the plausibility checks of a new value.

mod checks;
mod paste;
mod period;

pub use checks::{EntryCheck, check_value};
pub use paste::{PastedCell, parse_paste};
pub use period::{Period, PeriodKind};
