//! Draws the laid-out pages with krilla: text as shaped glyphs of the embedded, subset Liberation
//! Serif (so pdftotext gives the exact text back), and every chart as vector paths.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;

use super::writer::Sheet;
use crate::charts::Rgb;
use crate::report::drawing::{Fonts, Op, Pen, Shape};

/// Bézier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

fn color(Rgb(r, g, b): Rgb) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn fill(rgb: Rgb) -> Fill {
    Fill {
        paint: color(rgb).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke(pen: &Pen) -> Stroke {
    Stroke {
        paint: color(pen.color).into(),
        width: pen.width,
        dash: (!pen.dash.is_empty()).then(|| StrokeDash {
            array: pen.dash.clone(),
            offset: 0.0,
        }),
        ..Stroke::default()
    }
}

/// The PDF of `sheets`, with `title` and `language` in its metadata.
pub fn render(
    sheets: &[Sheet],
    fonts: &Fonts,
    title: &str,
    language: &str,
) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(language.to_owned())
            .creator("Lộ Trình".to_owned()),
    );
    for sheet in sheets {
        let settings = PageSettings::from_wh(sheet.geometry.width, sheet.geometry.height)
            .ok_or_else(|| "invalid page size".to_owned())?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for op in &sheet.page.ops {
            draw(&mut surface, fonts, op);
        }
        surface.finish();
        pdf_page.finish();
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

fn draw(surface: &mut Surface, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            style,
            color,
            word_gap,
            text,
        } => {
            let Some(font) = fonts.font(*style) else {
                return;
            };
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*color)));
            let glyphs = fonts.glyphs(text, *style, word_gap / size.max(1.0));
            surface.draw_glyphs(Point::from_xy(*x, *y), &glyphs, font, text, *size, false);
        }
        Op::Rect {
            x,
            y,
            w,
            h,
            fill: inside,
            stroke: outline,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_fill(inside.map(fill));
                surface.set_stroke(outline.as_ref().map(stroke));
                surface.draw_path(&path);
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
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(pen)));
                surface.draw_path(&path);
            }
        }
        Op::Marker {
            x,
            y,
            radius,
            shape,
            fill: inside,
            outline,
        } => {
            if let Some(path) = marker(*x, *y, *radius, *shape) {
                surface.set_fill(Some(fill(*inside)));
                surface.set_stroke(Some(stroke(&Pen::solid(*outline, 0.6))));
                surface.draw_path(&path);
            }
        }
    }
}

fn marker(x: f32, y: f32, r: f32, shape: Shape) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    match shape {
        Shape::Square => builder.push_rect(Rect::from_xywh(x - r, y - r, 2.0 * r, 2.0 * r)?),
        Shape::Diamond => {
            builder.move_to(x, y - r);
            builder.line_to(x + r, y);
            builder.line_to(x, y + r);
            builder.line_to(x - r, y);
            builder.close();
        }
        Shape::Circle => {
            let k = r * KAPPA;
            builder.move_to(x + r, y);
            builder.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
            builder.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
            builder.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
            builder.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
            builder.close();
        }
    }
    builder.finish()
}
