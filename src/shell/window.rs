//! Starting the real window: glow (OpenGL) first, wgpu if OpenGL cannot start; and the `--smoke`
//! check that renders a number of frames and prints timings.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::LotrinhApp;
use crate::app::StartOptions;

/// What `--smoke` measured.
#[derive(Clone, Copy, Debug, Default)]
pub struct SmokeReport {
    /// Frames rendered.
    pub frames: u32,
    /// From the start of the process to the end of the first frame.
    pub first_frame: Duration,
    /// Mean time spent in the app's `ui` per frame.
    pub mean_frame: Duration,
}

struct SmokeApp {
    app: LotrinhApp,
    target_frames: u32,
    started: Instant,
    report: std::sync::Arc<std::sync::Mutex<SmokeReport>>,
    busy: Duration,
}

impl eframe::App for SmokeApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let begin = Instant::now();
        self.app.ui(ui, frame);
        self.busy += begin.elapsed();
        if let Ok(mut report) = self.report.lock() {
            report.frames += 1;
            if report.frames == 1 {
                report.first_frame = self.started.elapsed();
            }
            report.mean_frame = self.busy / report.frames.max(1);
            if report.frames >= self.target_frames {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}

/// The app icon for the title bar and the taskbar (the Windows .exe also carries it as a
/// resource, src/build.rs). A damaged PNG would only leave the system's default icon.
fn icon() -> Option<std::sync::Arc<egui::IconData>> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/lotrinh-128.png"))
        .ok()
        .map(std::sync::Arc::new)
}

fn options(renderer: eframe::Renderer) -> eframe::NativeOptions {
    let viewport = egui::ViewportBuilder::default();
    let viewport = match icon() {
        Some(icon) => viewport.with_icon(icon),
        None => viewport,
    };
    eframe::NativeOptions {
        renderer,
        viewport: viewport
            .with_title("Lộ Trình")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    }
}

/// Runs the window on `file`; with `smoke`, renders that many frames and returns their timings.
pub fn run(
    file: Option<PathBuf>,
    smoke: Option<u32>,
    started: Instant,
) -> Result<Option<SmokeReport>, eframe::Error> {
    let report = std::sync::Arc::new(std::sync::Mutex::new(SmokeReport::default()));
    let attempt = |renderer| {
        let file = file.clone();
        let report = report.clone();
        eframe::run_native(
            "lotrinh",
            options(renderer),
            Box::new(move |cc| {
                let app = LotrinhApp::new(cc, StartOptions::native(file));
                Ok(match smoke {
                    Some(frames) => Box::new(SmokeApp {
                        app,
                        target_frames: frames.max(1),
                        started,
                        report,
                        busy: Duration::ZERO,
                    }) as Box<dyn eframe::App>,
                    None => Box::new(app),
                })
            }),
        )
    };
    if let Err(error) = attempt(eframe::Renderer::Glow) {
        eprintln!("OpenGL (glow): {error}; wgpu…");
        attempt(eframe::Renderer::Wgpu)?;
    }
    let report = report.lock().map(|r| *r).unwrap_or_default();
    Ok(smoke.map(|_| report))
}
