//! The display list as a PNG image (for the Word file): shapes filled and stroked with tiny-skia,
//! text as the report font's glyph outlines (shaped like the PDF's, so the labels fit the same
//! way), on white.

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, Stroke, StrokeDash, Transform};

use super::canvas::{Op, Page, Pen, Shape};
use super::fonts::{FontStyle, Fonts};
use crate::charts::Rgb;

/// A PNG image with its size in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Png {
    /// The encoded image.
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

fn paint(Rgb(r, g, b): Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, 255);
    paint.anti_alias = true;
    paint
}

fn stroke(pen: &Pen) -> Stroke {
    Stroke {
        width: pen.width,
        dash: (!pen.dash.is_empty())
            .then(|| StrokeDash::new(pen.dash.clone(), 0.0))
            .flatten(),
        ..Stroke::default()
    }
}

/// Draws `drawing` (`width` × `height` points from the origin) at `scale` pixels per point.
pub fn png(drawing: &Page, fonts: &Fonts, (width, height): (f32, f32), scale: f32) -> Option<Png> {
    let pixels = |points: f32| (points * scale).ceil().max(1.0) as u32;
    let mut pixmap = Pixmap::new(pixels(width), pixels(height))?;
    pixmap.fill(Color::WHITE);
    let transform = Transform::from_scale(scale, scale);
    for op in &drawing.ops {
        draw(&mut pixmap, fonts, op, transform);
    }
    encode(&pixmap)
}

/// The pixmap as an RGB PNG, compressed fast: on white every pixel is opaque, so the
/// premultiplied colours are the colours.
fn encode(pixmap: &Pixmap) -> Option<Png> {
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|pixel| pixel.iter().take(3).copied())
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&rgb).ok()?;
    writer.finish().ok()?;
    Some(Png {
        bytes,
        width: pixmap.width(),
        height: pixmap.height(),
    })
}

fn draw(pixmap: &mut Pixmap, fonts: &Fonts, op: &Op, transform: Transform) {
    match op {
        Op::Text {
            x,
            y,
            size,
            style,
            color,
            text,
            ..
        } => text_outlines(
            pixmap,
            fonts,
            (*x, *y, *size),
            *style,
            *color,
            text,
            transform,
        ),
        Op::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke: outline,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else {
                return;
            };
            let path = PathBuilder::from_rect(rect);
            if let Some(color) = fill {
                pixmap.fill_path(&path, &paint(*color), FillRule::Winding, transform, None);
            }
            if let Some(pen) = outline {
                pixmap.stroke_path(&path, &paint(pen.color), &stroke(pen), transform, None);
            }
        }
        Op::Line { points, pen } => {
            let mut builder = PathBuilder::new();
            for (index, (x, y)) in points.iter().enumerate() {
                if index == 0 {
                    builder.move_to(*x, *y);
                } else {
                    builder.line_to(*x, *y);
                }
            }
            if let Some(path) = builder.finish() {
                pixmap.stroke_path(&path, &paint(pen.color), &stroke(pen), transform, None);
            }
        }
        Op::Marker {
            x,
            y,
            radius,
            shape,
            fill,
            outline,
        } => {
            let mut builder = PathBuilder::new();
            let r = *radius;
            match shape {
                Shape::Circle => builder.push_circle(*x, *y, r),
                Shape::Square => {
                    if let Some(rect) = Rect::from_xywh(x - r, y - r, 2.0 * r, 2.0 * r) {
                        builder.push_rect(rect);
                    }
                }
                Shape::Diamond => {
                    builder.move_to(*x, y - r);
                    builder.line_to(x + r, *y);
                    builder.line_to(*x, y + r);
                    builder.line_to(x - r, *y);
                    builder.close();
                }
            }
            if let Some(path) = builder.finish() {
                pixmap.fill_path(&path, &paint(*fill), FillRule::Winding, transform, None);
                let pen = Pen::solid(*outline, 0.6);
                pixmap.stroke_path(&path, &paint(pen.color), &stroke(&pen), transform, None);
            }
        }
    }
}

/// Collects a glyph's outline into a path, from font units to points at a pen position.
struct Outline {
    builder: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl Outline {
    fn at(&self, fx: f32, fy: f32) -> (f32, f32) {
        (self.x + fx * self.scale, self.y - fy * self.scale)
    }
}

impl rustybuzz::ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.builder.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.builder.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x, y) = self.at(x, y);
        self.builder.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x2, y2) = self.at(x2, y2);
        let (x, y) = self.at(x, y);
        self.builder.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.builder.close();
    }
}

/// Fills the outlines of `text`'s glyphs, the baseline starting at (`x`, `y`).
fn text_outlines(
    pixmap: &mut Pixmap,
    fonts: &Fonts,
    (x, y, size): (f32, f32, f32),
    style: FontStyle,
    color: Rgb,
    text: &str,
    transform: Transform,
) {
    let Some(face) = fonts.face(style) else {
        return;
    };
    let units = (face.units_per_em() as f32).max(1.0);
    let mut outline = Outline {
        builder: PathBuilder::new(),
        x,
        y,
        scale: size / units,
    };
    for (id, pen_x, y_offset) in fonts.glyph_positions(text, style) {
        outline.x = x + pen_x * size;
        outline.y = y - y_offset * size;
        face.outline_glyph(rustybuzz::ttf_parser::GlyphId(id), &mut outline);
    }
    if let Some(path) = outline.builder.finish() {
        pixmap.fill_path(&path, &paint(color), FillRule::Winding, transform, None);
    }
}
