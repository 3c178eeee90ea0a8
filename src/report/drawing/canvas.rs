//! A display list: text lines, rectangles, lines and markers in points, y down from the top left.
//! Layout and the charts write it; the PDF renderer (krilla) and the PNG renderer (tiny-skia) only
//! draw it.

use super::fonts::FontStyle;
use crate::charts::Rgb;

/// Black text.
pub const INK: Rgb = Rgb(0, 0, 0);

/// Grey for rules, grid lines and secondary text.
pub const GREY: Rgb = Rgb(110, 110, 110);

/// Light grey for header backgrounds and grid lines.
pub const LIGHT: Rgb = Rgb(225, 225, 225);

/// The shape of a chart marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A filled circle.
    Circle,
    /// A diamond (targets).
    Diamond,
    /// A square (baseline).
    Square,
}

/// How a line is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Pen {
    /// Colour.
    pub color: Rgb,
    /// Width in points.
    pub width: f32,
    /// Dash pattern (on, off…), solid when empty.
    pub dash: Vec<f32>,
}

impl Pen {
    /// A solid pen.
    pub fn solid(color: Rgb, width: f32) -> Self {
        Self {
            color,
            width,
            dash: Vec::new(),
        }
    }

    /// A dashed pen.
    pub fn dashed(color: Rgb, width: f32, dash: &[f32]) -> Self {
        Self {
            color,
            width,
            dash: dash.to_vec(),
        }
    }
}

/// One drawing operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// One line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Face.
        style: FontStyle,
        /// Colour.
        color: Rgb,
        /// Extra width of each space, in points (justified lines).
        word_gap: f32,
        /// The text (NFC, one line).
        text: String,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline.
        stroke: Option<Pen>,
    },
    /// A polyline.
    Line {
        /// The points.
        points: Vec<(f32, f32)>,
        /// How it is drawn.
        pen: Pen,
    },
    /// A marker centred on a point.
    Marker {
        /// Centre x.
        x: f32,
        /// Centre y.
        y: f32,
        /// Half size.
        radius: f32,
        /// Shape.
        shape: Shape,
        /// Fill.
        fill: Rgb,
        /// Outline colour (0.6 pt).
        outline: Rgb,
    },
}

impl Op {
    /// The same operation moved by (`dx`, `dy`).
    fn moved(&self, dx: f32, dy: f32) -> Self {
        let mut op = self.clone();
        match &mut op {
            Self::Text { x, y, .. } | Self::Rect { x, y, .. } | Self::Marker { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Self::Line { points, .. } => {
                for (x, y) in points {
                    *x += dx;
                    *y += dy;
                }
            }
        }
        op
    }
}

/// One page's (or one drawing's) operations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// The operations, drawn in order.
    pub ops: Vec<Op>,
}

impl Page {
    /// Adds a text line, regular or bold.
    pub fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        self.colored_text(x, y, size, bold, INK, text);
    }

    /// Adds a text line in `color`, regular or bold.
    pub fn colored_text(&mut self, x: f32, y: f32, size: f32, bold: bool, color: Rgb, text: &str) {
        self.styled_text(x, y, size, FontStyle::bold_if(bold), color, 0.0, text);
    }

    /// Adds a text line in any face, with `word_gap` extra points per space.
    #[allow(clippy::too_many_arguments)]
    pub fn styled_text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        style: FontStyle,
        color: Rgb,
        word_gap: f32,
        text: &str,
    ) {
        if text.is_empty() {
            return;
        }
        self.ops.push(Op::Text {
            x,
            y,
            size,
            style,
            color,
            word_gap,
            text: text.to_owned(),
        });
    }

    /// Adds every operation of `drawing`, moved so that its origin lands on (`x`, `y`).
    pub fn place(&mut self, drawing: &Page, x: f32, y: f32) {
        self.ops.extend(drawing.ops.iter().map(|op| op.moved(x, y)));
    }

    /// Adds a filled rectangle.
    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.ops.push(Op::Rect {
            x,
            y,
            w,
            h,
            fill: Some(color),
            stroke: None,
        });
    }

    /// Adds an outlined rectangle.
    pub fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, pen: Pen) {
        self.ops.push(Op::Rect {
            x,
            y,
            w,
            h,
            fill: None,
            stroke: Some(pen),
        });
    }

    /// Adds a straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), pen: Pen) {
        self.ops.push(Op::Line {
            points: vec![from, to],
            pen,
        });
    }

    /// Adds a polyline (nothing when it has fewer than two points).
    pub fn polyline(&mut self, points: Vec<(f32, f32)>, pen: Pen) {
        if points.len() >= 2 {
            self.ops.push(Op::Line { points, pen });
        }
    }

    /// Adds a marker.
    pub fn marker(&mut self, (x, y): (f32, f32), radius: f32, shape: Shape, fill: Rgb) {
        self.ops.push(Op::Marker {
            x,
            y,
            radius,
            shape,
            fill,
            outline: INK,
        });
    }
}
