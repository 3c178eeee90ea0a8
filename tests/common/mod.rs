//! The kittest harness around the real app, shared by the flow tests.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui_kittest::Harness;
use lotrinh::LotrinhApp;
use lotrinh::app::{DialogOutcome, FakeDialogs, StartOptions};

/// The whole app in a light-themed window of `size`, opening `file`, with fake file dialogs that
/// give `answers` in order, "today" fixed and recovery copies in `data_dir`.
pub fn app_harness(
    size: [f32; 2],
    data_dir: &Path,
    file: Option<PathBuf>,
    answers: Vec<DialogOutcome>,
    today: NaiveDate,
) -> Harness<'static, LotrinhApp> {
    let data_dir = data_dir.to_path_buf();
    Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_context_setup(lotrinh::ui::theme::install_fonts)
        .build_eframe(move |cc| {
            LotrinhApp::new(
                cc,
                StartOptions {
                    file,
                    today,
                    data_dir,
                    dialogs: Box::new(FakeDialogs::new(answers)),
                },
            )
        })
}

/// A bundled example's path.
pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}
