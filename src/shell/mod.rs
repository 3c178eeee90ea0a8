//! The eframe shell above [`crate::app`] and [`crate::ui`]: the window, the `eframe::App` that
//! draws the UI from the state and hands its actions to the state, and chart capture.

mod chart_export;
mod window;

pub use chart_export::{ChartExport, ExportError};
pub use window::{SmokeReport, run as run_window};

use crate::app::{AppState, Settings, StartOptions};

/// The key under which [`Settings`] are kept in eframe's storage.
const SETTINGS_KEY: &str = "lotrinh-settings";

/// The eframe application.
pub struct LotrinhApp {
    /// Everything shown and edited.
    pub state: AppState,
    /// UI-only state (form drafts, filters).
    pub view: crate::ui::ViewState,
    /// A chart being saved as PNG.
    pub chart_export: ChartExport,
    applied_style: Option<(bool, u32)>,
}

impl LotrinhApp {
    /// Creates the app inside eframe: fonts, remembered settings, and the plan to open.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        crate::ui::theme::install_fonts(&cc.egui_ctx);
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
            .unwrap_or_default();
        Self::with_settings(settings, options)
    }

    /// Creates the app with explicit settings (tests, benchmarks).
    pub fn with_settings(settings: Settings, options: StartOptions) -> Self {
        let mut state = AppState::new(settings, options.today, options.data_dir, options.dialogs);
        if let Some(file) = options.file {
            state.open(&file);
        }
        let view = crate::ui::ViewState::new(options.today);
        Self {
            state,
            view,
            chart_export: ChartExport::default(),
            applied_style: None,
        }
    }

    /// Applies the theme and zoom when they change (not every frame).
    fn apply_style(&mut self, ctx: &egui::Context) {
        let key = (
            self.state.settings.dark,
            (self.state.settings.zoom * 100.0).round() as u32,
        );
        if self.applied_style == Some(key) {
            return;
        }
        self.applied_style = Some(key);
        crate::ui::theme::apply(ctx, self.state.settings.dark);
        ctx.set_zoom_factor(self.state.settings.zoom);
    }
}

impl eframe::App for LotrinhApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        let now = ctx.input(|i| i.time);
        self.state.tick(now);
        let actions = crate::ui::app_ui(ui, &self.state, &mut self.view);
        for action in actions {
            self.state.handle(action);
        }
        if let Some((path, rect)) = self.state.chart_export_request.take() {
            self.chart_export.start(path, rect);
        }
        if let Some(result) = self.chart_export.poll(&ctx) {
            let texts = self.state.lang().texts();
            match result {
                Ok(path) => self
                    .state
                    .toast((texts.chart_saved)(&path.display().to_string())),
                Err(error) => self
                    .state
                    .toast(format!("{} {error}", texts.chart_not_saved)),
            }
        }
        crate::ui::after_frame(&ctx, &mut self.state);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }
}
