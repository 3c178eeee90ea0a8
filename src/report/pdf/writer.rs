//! Flowing content down A4 pages: wrapped paragraphs, headings, and blocks that must not be split
//! (a new page starts when one does not fit).

use super::canvas::{PAGE_HEIGHT, PAGE_WIDTH, Page};
use super::fonts::Fonts;

/// Left and right margin (15 mm).
pub const MARGIN_X: f32 = 42.5;

/// Top margin.
pub const TOP: f32 = 42.5;

/// Content stops here; the footer lives below.
pub const BOTTOM: f32 = PAGE_HEIGHT - 52.0;

/// Width between the margins.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

/// Line height for `size`: generous, since stacked Vietnamese marks rise above the ascender.
pub fn line_height(size: f32) -> f32 {
    size * 1.35
}

/// Baseline of a line whose box starts at `top`.
pub fn baseline(top: f32, size: f32) -> f32 {
    top + size * 1.02
}

/// Horizontal alignment of a text line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// How a paragraph is set.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Bold face.
    pub bold: bool,
    /// Alignment of each line.
    pub align: Align,
    /// Indent of every line but the first (hanging indent), in points.
    pub hanging: f32,
    /// Space after the paragraph, in points.
    pub after: f32,
}

impl Style {
    /// Left-aligned regular text of `size`.
    pub fn body(size: f32) -> Self {
        Self {
            size,
            bold: false,
            align: Align::Left,
            hanging: 0.0,
            after: size * 0.5,
        }
    }
}

/// Greedy word wrap of `text` into lines no wider than `width`; a word wider than the line is
/// broken between characters. Line breaks in `text` are kept.
pub fn wrap(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let space = fonts.width(" ", size, bold);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0;
        for word in paragraph.split_whitespace() {
            let word_width = fonts.width(word, size, bold);
            if !line.is_empty() && used + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                used += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line.push_str(word);
                used = word_width;
                continue;
            }
            for c in word.chars() {
                let candidate = format!("{line}{c}");
                if !line.is_empty() && fonts.width(&candidate, size, bold) > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
            used = fonts.width(&line, size, bold);
        }
        lines.push(line);
    }
    lines
}

/// The document being laid out: its pages and the current vertical position.
pub struct Writer<'f> {
    /// The fonts, for measuring.
    pub fonts: &'f Fonts,
    /// The pages so far (never empty).
    pub pages: Vec<Page>,
    /// Top of the free space on the last page.
    pub y: f32,
}

impl<'f> Writer<'f> {
    /// A document with one empty page.
    pub fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Page::default()],
            y: TOP,
        }
    }

    /// The page being written.
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    /// Starts a new page unless `height` points still fit on this one (or the page is empty).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP + 1.0 {
            self.new_page();
        }
    }

    /// The height `text` takes in `style` across `width`.
    pub fn measure(&self, text: &str, style: Style, width: f32) -> f32 {
        let lines = wrap(
            self.fonts,
            text,
            style.size,
            style.bold,
            width - style.hanging,
        );
        lines.len() as f32 * line_height(style.size) + style.after
    }

    /// Writes a wrapped paragraph across the content width, breaking pages between lines.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        self.paragraph_at(MARGIN_X, CONTENT_WIDTH, text, style);
    }

    /// Writes a wrapped paragraph in the column from `x` of `width`.
    pub fn paragraph_at(&mut self, x: f32, width: f32, text: &str, style: Style) {
        let lines = wrap(
            self.fonts,
            text,
            style.size,
            style.bold,
            width - style.hanging,
        );
        for (index, line) in lines.iter().enumerate() {
            self.ensure(line_height(style.size));
            let indent = if index == 0 { 0.0 } else { style.hanging };
            let line_width = self.fonts.width(line, style.size, style.bold);
            let left = match style.align {
                Align::Left => x + indent,
                Align::Center => x + (width - line_width) / 2.0,
                Align::Right => x + width - line_width,
            };
            let y = baseline(self.y, style.size);
            self.page().text(left, y, style.size, style.bold, line);
            self.y += line_height(style.size);
        }
        self.y += style.after;
    }
}
