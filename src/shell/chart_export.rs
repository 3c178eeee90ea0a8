//! Saving a chart as PNG: a screenshot of the window, cropped to the chart (with its title and
//! legend), upscaled to twice its size, written atomically. The chart is named by its
//! [`ChartTarget`]; its place is looked up in the frame the screenshot is taken of, so it is never
//! a stale one, and a chart that is not on screen is reported as such.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Rect};

use crate::app::ChartTarget;
use crate::i18n::{Lang, bilingual};
use crate::storage::SaveError;

/// A chart export in progress.
#[derive(Default)]
pub struct ChartExport {
    /// Where to write, which chart, and its rectangle once the screenshot is asked for.
    pending: Option<(PathBuf, ChartTarget, Option<Rect>)>,
    /// Filled by the screenshot callback.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
}

/// Why a chart could not be exported.
#[derive(Debug, thiserror::Error)]
#[error("{}", bilingual(|lang| self.message(lang)))]
pub enum ChartExportError {
    /// The chart was not drawn in the frame (another tab, scrolled away).
    NotShown,
    /// Encoding the PNG failed.
    Encode(String),
    /// Writing the file failed.
    Write(#[from] SaveError),
}

impl ChartExportError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = lang.texts().errors;
        let reason = match self {
            Self::NotShown => texts.chart_not_shown.to_owned(),
            Self::Encode(reason) => (texts.chart_encode)(reason),
            Self::Write(error) => error.message(lang),
        };
        (texts.chart_not_saved)(&reason)
    }
}

impl ChartExport {
    /// Starts exporting `target` to `path`.
    pub fn start(&mut self, path: PathBuf, target: ChartTarget) {
        self.pending = Some((path, target, None));
    }

    /// True while an export waits for its screenshot.
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Called every frame after the UI is drawn: finds the chart in this frame and asks for the
    /// screenshot, then writes the PNG when it has arrived. Returns the written path or the error
    /// once done.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Result<PathBuf, ChartExportError>> {
        let (path, target, rect) = self.pending.clone()?;
        let Some(rect) = rect else {
            let Some(rect) = crate::ui::chart_on_screen(ctx, &target) else {
                self.pending = None;
                return Some(Err(ChartExportError::NotShown));
            };
            self.pending = Some((path, target, Some(rect)));
            let slot = self.image.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut guard) = slot.lock() {
                    *guard = Some(image);
                }
                repaint.request_repaint();
            });
            ctx.request_repaint();
            return None;
        };
        let image = self.image.lock().ok()?.take()?;
        self.pending = None;
        Some(write_png(&image, rect, ctx.pixels_per_point(), &path).map(|()| path))
    }
}

fn write_png(
    image: &ColorImage,
    rect: Rect,
    pixels_per_point: f32,
    path: &std::path::Path,
) -> Result<(), ChartExportError> {
    let bounds = Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(image.size[0] as f32, image.size[1] as f32) / pixels_per_point,
    );
    let rect = rect.expand(6.0).intersect(bounds);
    if !rect.is_positive() {
        return Err(ChartExportError::NotShown);
    }
    let crop = image.region(&rect, Some(pixels_per_point));
    let bytes: Vec<u8> = crop.pixels.iter().flat_map(|c| c.to_array()).collect();
    let (width, height) = (crop.size[0] as u32, crop.size[1] as u32);
    let buffer = image::RgbaImage::from_raw(width, height, bytes)
        .ok_or_else(|| ChartExportError::Encode("bad image size".to_owned()))?;
    let doubled = image::imageops::resize(
        &buffer,
        width * 2,
        height * 2,
        image::imageops::FilterType::CatmullRom,
    );
    let mut encoded = Vec::new();
    image::DynamicImage::ImageRgba8(doubled)
        .write_to(
            &mut std::io::Cursor::new(&mut encoded),
            image::ImageFormat::Png,
        )
        .map_err(|e| ChartExportError::Encode(e.to_string()))?;
    crate::storage::write_atomic(path, &encoded)?;
    Ok(())
}
