//! Drawing for both writers: the report font (measured and shaped once), a display list, the
//! charts drawn into it from the shared chart specs, and its rendering as PNG for the Word file.
//! The PDF writer places the same display lists as vector graphics.

mod canvas;
mod fonts;
mod frame;
mod lines;
mod pillar_chart;
mod raster;
mod trajectory_chart;

pub use canvas::{GREY, INK, LIGHT, Op, Page, Pen, Shape};
pub use fonts::{FontStyle, Fonts, font_has_glyph};
pub use lines::{baseline, wrap_indented, wrap_styled};
pub use raster::{Png, png};

use crate::charts::PillarSummarySpec;
use crate::i18n::Lang;
use crate::progress::{IndicatorProgress, StatusCounts};
use crate::report::outline::TrajectoryItem;

/// Height of a trajectory's plot (axes included, legend not), in points.
pub const TRAJECTORY_HEIGHT: f32 = 145.0;

/// Pixels per point of the PNG charts (144 dpi).
pub const PNG_SCALE: f32 = 2.0;

/// The pillar chart drawn from the origin across `width`, with its height.
pub fn pillar_chart(
    fonts: &Fonts,
    spec: &PillarSummarySpec,
    total: &StatusCounts,
    width: f32,
    lang: Lang,
) -> (Page, f32) {
    pillar_chart::draw(fonts, spec, total, width, lang)
}

/// An indicator's trajectory with its legend, drawn from the origin across `width`, with its
/// height.
pub fn trajectory_chart(
    fonts: &Fonts,
    item: &TrajectoryItem,
    width: f32,
    lang: Lang,
) -> (Page, f32) {
    trajectory(fonts, &item.spec, &item.progress, width, lang)
}

fn trajectory(
    fonts: &Fonts,
    spec: &crate::charts::TrajectorySpec,
    progress: &IndicatorProgress,
    width: f32,
    lang: Lang,
) -> (Page, f32) {
    trajectory_chart::block(fonts, spec, progress, (width, TRAJECTORY_HEIGHT), lang)
}

/// A chart drawing as PNG at [`PNG_SCALE`].
pub fn chart_png(fonts: &Fonts, drawing: &Page, width: f32, height: f32) -> Option<Png> {
    png(drawing, fonts, (width, height), PNG_SCALE)
}

/// Chart drawings (with their width and height) as PNGs, in order, drawn on every core: each
/// thread loads its own fonts, since their word cache is not shared.
pub fn chart_pngs(drawings: &[(Page, f32, f32)]) -> Vec<Option<Png>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 4);
    let chunk = drawings.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = drawings
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let fonts = Fonts::new();
                    part.iter()
                        .map(|(drawing, width, height)| {
                            fonts
                                .as_ref()
                                .and_then(|fonts| chart_png(fonts, drawing, *width, *height))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_default())
            .collect()
    })
}
