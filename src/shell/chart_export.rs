//! Saving a chart as PNG: a screenshot of the window, cropped to the chart (with its title and
//! legend), upscaled to twice its size, written atomically.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Rect};

/// A chart export in progress.
#[derive(Default)]
pub struct ChartExport {
    /// Where to write, once the screenshot arrives, and the chart's rectangle in points.
    pending: Option<(PathBuf, Rect)>,
    /// Filled by the screenshot callback.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
    requested: bool,
}

/// Why a chart could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Encoding the PNG failed.
    #[error("{0}")]
    Encode(String),
    /// Writing the file failed.
    #[error("{0}")]
    Write(#[from] crate::storage::SaveError),
}

impl ChartExport {
    /// Starts exporting the chart at `rect` to `path`.
    pub fn start(&mut self, path: PathBuf, rect: Rect) {
        self.pending = Some((path, rect));
        self.requested = false;
    }

    /// True while an export waits for its screenshot.
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Called every frame: asks for the screenshot, then writes the PNG when it has arrived.
    /// Returns the written path or the error once done.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Result<PathBuf, ExportError>> {
        let (path, rect) = self.pending.clone()?;
        if !self.requested {
            self.requested = true;
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
        }
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
) -> Result<(), ExportError> {
    let bounds = Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(image.size[0] as f32, image.size[1] as f32) / pixels_per_point,
    );
    let rect = rect.expand(6.0).intersect(bounds);
    if !rect.is_positive() {
        return Err(ExportError::Encode("empty chart area".to_owned()));
    }
    let crop = image.region(&rect, Some(pixels_per_point));
    let bytes: Vec<u8> = crop.pixels.iter().flat_map(|c| c.to_array()).collect();
    let (width, height) = (crop.size[0] as u32, crop.size[1] as u32);
    let buffer = image::RgbaImage::from_raw(width, height, bytes)
        .ok_or_else(|| ExportError::Encode("bad image size".to_owned()))?;
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
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    crate::storage::write_atomic(path, &encoded)?;
    Ok(())
}
