//! The words a yes/no indicator is judged in: most read Có/Không, the new-countryside criteria
//! (tiêu chí nông thôn mới 8.3, 8.4) read Đạt/Chưa đạt.

use serde::{Deserialize, Serialize};

/// The pair of words a yes/no indicator's values are written in. Files leave out the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YesNoWords {
    /// Có / Không (Yes / No): whether something exists or was done.
    #[default]
    YesNo,
    /// Đạt / Chưa đạt (Achieved / Not achieved): a criterion judged against a standard.
    Achieved,
}

impl YesNoWords {
    /// Every choice, in the order the editor offers them.
    pub const ALL: [Self; 2] = [Self::YesNo, Self::Achieved];

    /// True for [`YesNoWords::YesNo`], the default, which files leave out.
    pub fn is_yes_no(&self) -> bool {
        *self == Self::YesNo
    }
}
