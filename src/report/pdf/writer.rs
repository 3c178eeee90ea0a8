//! Flowing content down pages: wrapped, aligned or justified paragraphs, and blocks that must not
//! be split (a new page starts when one does not fit). Portrait A4 for the report, landscape for
//! the appendix, margins as Nghị định 30/2020 asks.

use crate::report::drawing::{FontStyle, Fonts, Page, wrap_indented};
use crate::report::measures::{Geometry, LINE};

/// Baseline of a body line whose box starts at `top`.
pub fn body_baseline(top: f32, size: f32) -> f32 {
    top + size * 0.94
}

/// Horizontal alignment of a text line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Both edges (the last line flush left).
    Justify,
}

/// How a paragraph is set.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Face.
    pub face: FontStyle,
    /// Alignment of each line.
    pub align: Align,
    /// Indent of the first line, in points.
    pub indent: f32,
    /// Space after the paragraph, in points.
    pub after: f32,
}

impl Style {
    /// Left-aligned regular text of `size`.
    pub fn plain(size: f32) -> Self {
        Self {
            size,
            face: FontStyle::Regular,
            align: Align::Left,
            indent: 0.0,
            after: 0.0,
        }
    }

    /// The same, in `face`.
    pub fn face(self, face: FontStyle) -> Self {
        Self { face, ..self }
    }

    /// The same, aligned.
    pub fn align(self, align: Align) -> Self {
        Self { align, ..self }
    }

    /// The same, with `after` points after it.
    pub fn after(self, after: f32) -> Self {
        Self { after, ..self }
    }
}

/// One laid-out page: its geometry and its drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// Size and margins.
    pub geometry: Geometry,
    /// What is drawn on it.
    pub page: Page,
}

/// The document being laid out: its pages and the current vertical position.
pub struct Writer<'f> {
    /// The fonts, for measuring.
    pub fonts: &'f Fonts,
    /// The pages so far (never empty).
    pub sheets: Vec<Sheet>,
    /// Top of the free space on the last page.
    pub y: f32,
}

impl<'f> Writer<'f> {
    /// A document with one empty portrait page.
    pub fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            sheets: vec![Sheet {
                geometry: Geometry::PORTRAIT,
                page: Page::default(),
            }],
            y: Geometry::PORTRAIT.top,
        }
    }

    /// The geometry of the page being written.
    pub fn geometry(&self) -> Geometry {
        self.sheets
            .last()
            .map_or(Geometry::PORTRAIT, |sheet| sheet.geometry)
    }

    /// The page being written.
    pub fn page(&mut self) -> &mut Page {
        if self.sheets.is_empty() {
            self.new_page_with(Geometry::PORTRAIT);
        }
        let last = self.sheets.len() - 1;
        &mut self.sheets[last].page
    }

    /// Starts a new page like the current one.
    pub fn new_page(&mut self) {
        self.new_page_with(self.geometry());
    }

    /// Starts a new page of `geometry`.
    pub fn new_page_with(&mut self, geometry: Geometry) {
        self.sheets.push(Sheet {
            geometry,
            page: Page::default(),
        });
        self.y = geometry.top;
    }

    /// Starts a new page unless `height` points still fit on this one (or the page is empty).
    pub fn ensure(&mut self, height: f32) {
        let geometry = self.geometry();
        if self.y + height > geometry.content_bottom() && self.y > geometry.top + 1.0 {
            self.new_page();
        }
    }

    /// The lines of `text` in `style` across `width`.
    pub fn lines(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap_indented(
            self.fonts,
            text,
            (style.size, style.face),
            width,
            style.indent,
        )
    }

    /// The height `text` takes in `style` across `width`.
    pub fn measure(&self, text: &str, style: Style, width: f32) -> f32 {
        self.lines(text, style, width).len() as f32 * style.size * LINE + style.after
    }

    /// Writes a wrapped paragraph across the content width, breaking pages between lines.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        let geometry = self.geometry();
        self.paragraph_at(geometry.left, geometry.content_width(), text, style);
    }

    /// Writes a wrapped paragraph in the column from `x` of `width`.
    pub fn paragraph_at(&mut self, x: f32, width: f32, text: &str, style: Style) {
        let lines = self.lines(text, style, width);
        let count = lines.len();
        for (index, line) in lines.iter().enumerate() {
            self.ensure(style.size * LINE);
            let indent = if index == 0 { style.indent } else { 0.0 };
            self.line_at(x + indent, width - indent, line, style, index + 1 == count);
            self.y += style.size * LINE;
        }
        self.y += style.after;
    }

    /// Draws one line at the current position in the column from `x` of `width`.
    pub fn line_at(&mut self, x: f32, width: f32, line: &str, style: Style, last: bool) {
        let fonts = self.fonts;
        let line_width = fonts.styled_width(line, style.size, style.face);
        let spaces = line.matches(' ').count();
        let (left, gap) = match style.align {
            Align::Left => (x, 0.0),
            Align::Center => (x + (width - line_width) / 2.0, 0.0),
            Align::Justify if last || spaces == 0 => (x, 0.0),
            Align::Justify => (x, ((width - line_width) / spaces as f32).max(0.0)),
        };
        let y = body_baseline(self.y, style.size);
        let ink = crate::report::drawing::INK;
        self.page()
            .styled_text(left, y, style.size, style.face, ink, gap, line);
    }
}
