//! The only place colours, fonts and spacing live.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::progress::Status;

/// Noto Sans Regular, which covers Vietnamese (egui's default font does not).
const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");

/// Noto Sans Bold.
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// The font family name of the bold face.
pub const BOLD: &str = "bold";

/// Installs the bundled Noto Sans as the only proportional and monospace font, and a bold family.
/// egui's own fonts are left out of the binary (about 1,2 MB): every text the app shows must be
/// in Noto Sans, which the kittest flows check (they fail on a missing glyph).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::empty();
    // Unhinted outlines: TrueType hinting of the first frame's glyphs was about a quarter of the
    // start-up's work, and anti-aliased text stays readable without it.
    let unhinted = |bytes: &'static [u8]| {
        Arc::new(FontData::from_static(bytes).tweak(egui::FontTweak {
            hinting: Some(false),
            ..Default::default()
        }))
    };
    fonts
        .font_data
        .insert("noto-sans".to_owned(), unhinted(NOTO_SANS_REGULAR));
    fonts
        .font_data
        .insert("noto-sans-bold".to_owned(), unhinted(NOTO_SANS_BOLD));
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .push("noto-sans".to_owned());
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("noto-sans".to_owned());
    fonts.families.insert(
        FontFamily::Name(BOLD.into()),
        vec!["noto-sans-bold".to_owned(), "noto-sans".to_owned()],
    );
    ctx.set_fonts(fonts);
}

/// Applies the light (default, for projectors) or dark theme and the text sizes.
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Name(BOLD.into())),
            ),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.5, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        // Striped rows a shade darker than the white input boxes on them.
        style.visuals.faint_bg_color = Color32::from_gray(240);
        style.visuals.text_edit_bg_color = Some(Color32::WHITE);
    });
}

/// The outline of an input box at rest, so that every box shows on every row, striped or not.
pub fn field_border(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_gray(95)
    } else {
        Color32::from_gray(160)
    }
}

/// A bold font of `size` points.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// The fill colour of a status (the palette lives in [`crate::charts::status_rgb`]).
pub fn status_fill(status: Status) -> Color32 {
    rgb(crate::charts::status_rgb(status))
}

/// Text colour to write on [`status_fill`].
pub fn status_text(status: Status) -> Color32 {
    rgb(crate::charts::status_text_rgb(status))
}

/// An egui colour from a palette colour.
pub fn rgb(colour: crate::charts::Rgb) -> Color32 {
    Color32::from_rgb(colour.0, colour.1, colour.2)
}

/// Trajectory chart: measured values.
pub const TRAJECTORY_MEASURED: Color32 = Color32::from_rgb(0, 90, 160);

/// Trajectory chart: the trend forecast.
pub const TRAJECTORY_FORECAST: Color32 = Color32::from_rgb(213, 94, 0);

/// Trajectory chart: a target not yet due.
pub const TRAJECTORY_TARGET: Color32 = Color32::from_rgb(120, 60, 160);

/// Colour of validation errors shown under a field.
pub fn error_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 120, 110)
    } else {
        Color32::from_rgb(190, 20, 20)
    }
}

/// Colour of secondary text (hints, dates).
pub fn weak_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().weak_text_color()
}

/// Background of an error toast.
pub fn toast_error_fill() -> Color32 {
    Color32::from_rgb(150, 25, 25)
}

/// Background of an information toast.
pub fn toast_fill() -> Color32 {
    Color32::from_rgb(40, 60, 90)
}

/// Background of a notice that stays until dismissed (a plan open in another window).
pub fn notice_fill(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(90, 70, 10)
    } else {
        Color32::from_rgb(255, 236, 170)
    }
}

/// Text colour on [`notice_fill`].
pub fn notice_text(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 240, 200)
    } else {
        Color32::from_rgb(60, 40, 0)
    }
}

/// Text colour on a toast.
pub const TOAST_TEXT: Color32 = Color32::WHITE;

/// Colour of a warning that does not block (an unusual value, a replacement to confirm).
pub const WARNING: Color32 = Color32::from_rgb(170, 80, 0);

/// Trajectory chart: the planned path from the baseline to the targets.
pub const TRAJECTORY_PLANNED: Color32 = Color32::GRAY;

/// Trajectory chart: the reporting-date line.
pub const TRAJECTORY_AS_OF: Color32 = Color32::DARK_GRAY;

/// Chart markers in ink: the baseline of a trajectory, the expected-progress diamonds.
pub const CHART_MARKER: Color32 = Color32::BLACK;

/// Outline between stacked bars.
pub const BAR_OUTLINE: Color32 = Color32::WHITE;

/// Makes every text style of `ui` at least `size` points: tables shown on a slide stay readable
/// from the back of a hall (18 points at 1024×768).
pub fn slide_text(ui: &mut egui::Ui, size: f32) {
    for font in ui.style_mut().text_styles.values_mut() {
        font.size = font.size.max(size);
    }
}

/// Self-assessment chart: points scored.
pub const SCORE_POINTS: Color32 = Color32::from_rgb(0, 110, 80);

/// Self-assessment chart: the maximum behind the points.
pub fn score_max(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_gray(70)
    } else {
        Color32::from_gray(215)
    }
}
