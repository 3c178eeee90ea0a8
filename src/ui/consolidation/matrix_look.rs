//! How large the units × indicators matrix is drawn: the tab at its own size, a slide larger.

/// Width of the unit column.
const UNIT_WIDTH: f32 = 170.0;

/// Width of an indicator column.
const COLUMN_WIDTH: f32 = 84.0;

/// Height of the header row (indicator names).
const HEADER_HEIGHT: f32 = 58.0;

/// Height of the row of consolidated figures under the header.
const FIGURE_HEIGHT: f32 = 22.0;

/// Height of a unit row.
const ROW_HEIGHT: f32 = 24.0;

/// How large the matrix is drawn: the tab at its own size, a slide larger with no text under
/// the hall's smallest size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatrixLook {
    /// Every width, height and text size is multiplied by this.
    pub scale: f32,
    /// The smallest text size, in points (a scaled size below it is raised to it).
    pub min_text: f32,
}

impl MatrixLook {
    /// The matrix tab.
    pub const TAB: Self = Self {
        scale: 1.0,
        min_text: 0.0,
    };

    pub(super) fn unit_width(self) -> f32 {
        UNIT_WIDTH * self.scale
    }

    pub(super) fn column_width(self) -> f32 {
        COLUMN_WIDTH * self.scale
    }

    pub(super) fn header_height(self) -> f32 {
        HEADER_HEIGHT * self.scale
    }

    pub(super) fn figure_height(self) -> f32 {
        FIGURE_HEIGHT * self.scale
    }

    pub(super) fn row_height(self) -> f32 {
        ROW_HEIGHT * self.scale
    }

    /// A length that grows with the matrix (a padding).
    pub(super) fn length(self, base: f32) -> f32 {
        base * self.scale
    }

    /// The size of a text whose size in the tab is `base`.
    pub(super) fn text(self, base: f32) -> f32 {
        (base * self.scale).max(self.min_text)
    }
}
