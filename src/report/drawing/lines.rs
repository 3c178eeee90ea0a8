//! Breaking text into lines that fit a width, measured with the report font.

use super::fonts::{FontStyle, Fonts};

/// Line height for `size` in charts and tables: generous, since stacked Vietnamese marks rise
/// above the ascender.
pub fn line_height(size: f32) -> f32 {
    size * 1.3
}

/// Baseline of a line whose box starts at `top`.
pub fn baseline(top: f32, size: f32) -> f32 {
    top + size * 1.0
}

/// Greedy word wrap of `text` into lines no wider than `width`, regular or bold.
pub fn wrap(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    wrap_styled(fonts, text, size, FontStyle::bold_if(bold), width)
}

/// Greedy word wrap of `text` into lines no wider than `width`; a word wider than the line is
/// broken between characters. Line breaks in `text` are kept.
pub fn wrap_styled(
    fonts: &Fonts,
    text: &str,
    size: f32,
    style: FontStyle,
    width: f32,
) -> Vec<String> {
    wrap_indented(fonts, text, (size, style), width, 0.0)
}

/// Greedy word wrap as [`wrap_styled`], the first line `first_indent` points narrower.
pub fn wrap_indented(
    fonts: &Fonts,
    text: &str,
    (size, style): (f32, FontStyle),
    width: f32,
    first_indent: f32,
) -> Vec<String> {
    let space = fonts.styled_width(" ", size, style);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0;
        for word in paragraph.split_whitespace() {
            let width = if lines.is_empty() {
                width - first_indent
            } else {
                width
            };
            let word_width = fonts.styled_width(word, size, style);
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
                if !line.is_empty() && fonts.styled_width(&candidate, size, style) > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
            used = fonts.styled_width(&line, size, style);
        }
        lines.push(line);
    }
    lines
}
