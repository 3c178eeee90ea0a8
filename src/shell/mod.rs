//! The eframe shell above [`crate::app`] and [`crate::ui`]: the window, the `eframe::App` that
//! draws the UI from the state and hands its actions to the state, and chart capture.

mod chart_export;
mod window;

pub use chart_export::{ChartExport, ChartExportError};
pub use window::{SmokeReport, run as run_window};

use crate::app::{Action, AppState, Settings, StartOptions};

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
    /// Whether the window was last told to be full screen.
    fullscreen: bool,
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
            fullscreen: false,
        }
    }

    /// Applies the theme and zoom when they change (not every frame).
    fn apply_style(&mut self, ctx: &egui::Context) {
        let settings = self.state.settings();
        let key = (settings.dark, (settings.zoom * 100.0).round() as u32);
        if self.applied_style == Some(key) {
            return;
        }
        self.applied_style = Some(key);
        crate::ui::theme::apply(ctx, key.0);
        ctx.set_zoom_factor(self.state.settings().zoom);
    }
}

impl LotrinhApp {
    /// After the actions of a frame: the window follows the state — full screen while presenting,
    /// the close button asks about unsaved changes — and the chart export goes on.
    fn after_actions(&mut self, ctx: &egui::Context) {
        let presenting = self.state.presentation().is_some();
        if presenting != self.fullscreen {
            self.fullscreen = presenting;
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(presenting));
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.close_confirmed() {
            self.state.handle(Action::CloseRequested);
            if !self.state.close_confirmed() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
        } else if self.state.close_confirmed() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if let Some((path, target)) = self.state.take_chart_export_request() {
            self.chart_export.start(path, target);
        }
        if let Some(result) = self.chart_export.poll(ctx) {
            let lang = self.state.lang();
            match result {
                Ok(path) => self
                    .state
                    .toast((lang.texts().chart_saved)(&path.display().to_string())),
                Err(error) => self.state.toast_error(error.message(lang)),
            }
        }
    }

    /// Schedules the next repaint only when something is due (toasts to hide, a recovery copy to
    /// write). No continuous repaint.
    fn schedule_repaint(&self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let toasts = self.state.toasts();
        if let Some(oldest) = toasts.iter().map(|t| t.shown_at).reduce(f64::min) {
            let left = (oldest + 5.0 - now).max(0.1);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
        }
        if self.state.has_unsaved_changes() {
            let left = self.state.recovery().seconds_until_due(now).max(1.0);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
        }
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
        self.after_actions(&ctx);
        self.schedule_repaint(&ctx);
        crate::ui::end_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, self.state.settings());
    }
}
