//! The page technique both writers follow (Nghị định 30/2020: A4, margins, Times New Roman 13–14
//! pt, page number centred at the top from page 2), in points, in one place so that the PDF and
//! the Word file break pages alike.

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// Body text size.
pub const BODY: f32 = 14.0;

/// Line pitch of body text as a multiple of the size; the Word file asks for the same
/// ([`WORD_LINE`] 240ths of single spacing, single being 1.15 for Times New Roman).
pub const LINE: f32 = 1.2;

/// The Word line spacing of body text, in 240ths of single spacing.
pub const WORD_LINE: i32 = 250;

/// First-line indent of body paragraphs (1 cm).
pub const INDENT: f32 = 10.0 * MM;

/// Space after a body paragraph.
pub const AFTER: f32 = 6.0;

/// Width of the header block's left column (7 cm).
pub const HEADER_LEFT: f32 = 70.0 * MM;

/// Width of the closing block's left column (recipients, 8 cm).
pub const CLOSING_LEFT: f32 = 80.0 * MM;

/// Space left for the signature and seal.
pub const SIGNATURE_SPACE: f32 = 70.0;

/// Appendix cell text size.
pub const CELL: f32 = 11.0;

/// Line pitch inside cells (single spacing).
pub const CELL_LINE: f32 = 1.15;

/// Padding left and right inside a cell.
pub const PAD_X: f32 = 4.0;

/// Padding above and below inside a cell.
pub const PAD_Y: f32 = 2.0;

/// Page number size.
pub const PAGE_NUMBER: f32 = 13.0;

/// Distance from the top edge to the page number's line (10 mm).
pub const HEADER_DISTANCE: f32 = 10.0 * MM;

/// Share of the landscape content width a trajectory chart takes.
pub const TRAJECTORY_SHARE: f32 = 0.8;

/// A page's size and margins, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left margin.
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
}

impl Geometry {
    /// A4 portrait: top and bottom 20 mm, left 30 mm, right 15 mm.
    pub const PORTRAIT: Self = Self {
        width: 210.0 * MM,
        height: 297.0 * MM,
        left: 30.0 * MM,
        right: 15.0 * MM,
        top: 20.0 * MM,
        bottom: 20.0 * MM,
    };

    /// A4 landscape (the appendix): top 25 mm, bottom 20 mm, left and right 20 mm.
    pub const LANDSCAPE: Self = Self {
        width: 297.0 * MM,
        height: 210.0 * MM,
        left: 20.0 * MM,
        right: 20.0 * MM,
        top: 25.0 * MM,
        bottom: 20.0 * MM,
    };

    /// Width between the margins.
    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// Where content stops.
    pub fn content_bottom(&self) -> f32 {
        self.height - self.bottom
    }
}
