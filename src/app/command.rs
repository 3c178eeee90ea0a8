//! The command table: every command's label, tooltip, keys, when it is enabled and its action, in
//! one place. Menus, key handling, toolbar buttons and the shortcuts panel all read it.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::action::{Action, ChartTarget, Intent, ReportKind, Tab};
use super::state::AppState;
use crate::i18n::Lang;

/// Where a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandScope {
    /// Anywhere in the main window (no modal window open).
    Window,
    /// In an indicator's measurement table, a row being selected.
    Measurements,
    /// In the reporting-period grid.
    PeriodGrid,
    /// While presenting.
    Presentation,
}

impl CommandScope {
    /// Every scope, in the shortcuts panel's order.
    pub const ALL: [Self; 4] = [
        Self::Window,
        Self::Measurements,
        Self::PeriodGrid,
        Self::Presentation,
    ];
}

/// A command reachable from a menu, a button or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// New plan.
    New,
    /// Open a plan.
    Open,
    /// Save.
    Save,
    /// Save as.
    SaveAs,
    /// PDF report.
    ExportPdf,
    /// Word report.
    ExportDocx,
    /// Excel workbook.
    ExportXlsx,
    /// CSV table.
    ExportCsv,
    /// The annual plan as PDF.
    ExportPlanPdf,
    /// The annual plan as Word.
    ExportPlanDocx,
    /// Plan the next period from the open (or a chosen) reviewed plan.
    RollForward,
    /// Import values from a spreadsheet.
    Import,
    /// Save the chart in view as PNG.
    ExportChart,
    /// Close the program.
    Quit,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// Add indicators.
    AddIndicator,
    /// Delete the selected measurement row (carried out by the measurement table).
    DeleteMeasurement,
    /// Write the period grid's values into the plan (carried out by the grid).
    ApplyEntry,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Normal size.
    ZoomReset,
    /// The reporting-period grid.
    PeriodEntry,
    /// Start the presentation.
    Present,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Next slide.
    NextSlide,
    /// Previous slide.
    PreviousSlide,
    /// First slide.
    FirstSlide,
    /// Last slide.
    LastSlide,
    /// Leave the presentation.
    StopPresentation,
    /// The shortcuts panel.
    Shortcuts,
    /// The user guide.
    Guide,
    /// About the program.
    About,
}

/// A constant list of keys: `keys![CTRL, S; NONE, F5]`.
macro_rules! keys {
    ($($modifiers:expr, $key:ident);+ $(;)?) => {{
        const KEYS: &[KeyboardShortcut] = &[$(KeyboardShortcut::new($modifiers, Key::$key)),+];
        KEYS
    }};
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;

impl Command {
    /// Every command, in the shortcuts panel's order.
    pub const ALL: [Self; 33] = [
        Self::New,
        Self::Open,
        Self::RollForward,
        Self::Save,
        Self::SaveAs,
        Self::ExportPdf,
        Self::ExportDocx,
        Self::ExportXlsx,
        Self::ExportCsv,
        Self::ExportPlanPdf,
        Self::ExportPlanDocx,
        Self::Import,
        Self::ExportChart,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddIndicator,
        Self::PeriodEntry,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ToggleTheme,
        Self::Present,
        Self::Shortcuts,
        Self::Guide,
        Self::About,
        Self::DeleteMeasurement,
        Self::ApplyEntry,
        Self::NextSlide,
        Self::PreviousSlide,
        Self::FirstSlide,
        Self::LastSlide,
        Self::StopPresentation,
    ];

    /// The keys of the command, the one shown in menus first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => keys![CTRL, N],
            Self::Open => keys![CTRL, O],
            Self::Save => keys![CTRL, S],
            Self::SaveAs => keys![CTRL_SHIFT, S],
            Self::Quit => keys![CTRL, Q],
            Self::Undo => keys![CTRL, Z],
            Self::Redo => keys![CTRL, Y; CTRL_SHIFT, Z],
            Self::DeleteMeasurement => keys![NONE, Delete],
            Self::ApplyEntry => keys![CTRL, Enter],
            Self::ZoomIn => keys![CTRL, Plus; CTRL, Equals],
            Self::ZoomOut => keys![CTRL, Minus],
            Self::ZoomReset => keys![CTRL, Num0],
            Self::PeriodEntry => keys![CTRL, E],
            Self::Present => keys![NONE, F5],
            Self::NextSlide => {
                keys![NONE, ArrowRight; NONE, ArrowDown; NONE, PageDown; NONE, Space; NONE, Enter]
            }
            Self::PreviousSlide => {
                keys![NONE, ArrowLeft; NONE, ArrowUp; NONE, PageUp; NONE, Backspace]
            }
            Self::FirstSlide => keys![NONE, Home],
            Self::LastSlide => keys![NONE, End],
            Self::StopPresentation => keys![NONE, Escape],
            Self::Shortcuts => keys![NONE, F1],
            Self::ExportPdf
            | Self::ExportDocx
            | Self::ExportXlsx
            | Self::ExportCsv
            | Self::ExportPlanPdf
            | Self::ExportPlanDocx
            | Self::RollForward
            | Self::Import
            | Self::ExportChart
            | Self::AddIndicator
            | Self::ToggleTheme
            | Self::Guide
            | Self::About => &[],
        }
    }

    /// Where the command's keys work.
    pub fn scope(self) -> CommandScope {
        match self {
            Self::DeleteMeasurement => CommandScope::Measurements,
            Self::ApplyEntry => CommandScope::PeriodGrid,
            Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::StopPresentation => CommandScope::Presentation,
            _ => CommandScope::Window,
        }
    }

    /// The command's name in the current language (the theme's names the theme it switches to).
    pub fn label(self, state: &AppState) -> &'static str {
        let texts = state.lang().texts();
        let words = texts.commands;
        match self {
            Self::New => texts.new_plan,
            Self::Open => texts.open,
            Self::Save => texts.save,
            Self::SaveAs => texts.save_as,
            Self::ExportPdf => texts.export_pdf,
            Self::ExportDocx => texts.document.export_docx,
            Self::ExportXlsx => texts.export_xlsx,
            Self::ExportCsv => texts.export_csv,
            Self::ExportPlanPdf => texts.planning.document.export_pdf,
            Self::ExportPlanDocx => texts.planning.document.export_docx,
            Self::RollForward => texts.planning.roll_forward,
            Self::Import => texts.import_sheet,
            Self::ExportChart => texts.export_chart,
            Self::Quit => texts.quit,
            Self::Undo => texts.undo,
            Self::Redo => texts.redo,
            Self::AddIndicator => texts.add_indicator,
            Self::DeleteMeasurement => words.delete_measurement,
            Self::ApplyEntry => words.apply_entry,
            Self::ZoomIn => texts.zoom_in,
            Self::ZoomOut => texts.zoom_out,
            Self::ZoomReset => texts.zoom_reset,
            Self::PeriodEntry => texts.entry_title,
            Self::Present => texts.present,
            Self::ToggleTheme if state.settings.dark => texts.light_theme,
            Self::ToggleTheme => texts.dark_theme,
            Self::NextSlide => words.next_slide,
            Self::PreviousSlide => words.previous_slide,
            Self::FirstSlide => words.first_slide,
            Self::LastSlide => words.last_slide,
            Self::StopPresentation => words.stop_presentation,
            Self::Shortcuts => words.shortcuts,
            Self::Guide => words.guide,
            Self::About => texts.about,
        }
    }

    /// What the command does, in a sentence for its tooltip.
    pub fn tooltip(self, lang: Lang) -> &'static str {
        let words = lang.texts().commands;
        match self {
            Self::New => words.tip_new,
            Self::Open => words.tip_open,
            Self::Save => words.tip_save,
            Self::SaveAs => words.tip_save_as,
            Self::ExportPdf => words.tip_export_pdf,
            Self::ExportDocx => words.tip_export_docx,
            Self::ExportXlsx => words.tip_export_xlsx,
            Self::ExportCsv => words.tip_export_csv,
            Self::ExportPlanPdf | Self::ExportPlanDocx => lang.texts().planning.document.export_tip,
            Self::RollForward => lang.texts().planning.roll_forward_hint,
            Self::Import => words.tip_import,
            Self::ExportChart => words.tip_export_chart,
            Self::Quit => words.tip_quit,
            Self::Undo => words.tip_undo,
            Self::Redo => words.tip_redo,
            Self::AddIndicator => words.tip_add_indicator,
            Self::DeleteMeasurement => words.tip_delete_measurement,
            Self::ApplyEntry => words.tip_apply_entry,
            Self::ZoomIn => words.tip_zoom_in,
            Self::ZoomOut => words.tip_zoom_out,
            Self::ZoomReset => words.tip_zoom_reset,
            Self::PeriodEntry => words.tip_period_entry,
            Self::Present => words.tip_present,
            Self::ToggleTheme => words.tip_theme,
            Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::StopPresentation => words.tip_slides,
            Self::Shortcuts => words.tip_shortcuts,
            Self::Guide => words.tip_guide,
            Self::About => words.tip_about,
        }
    }

    /// True when the command can be used in `state`.
    pub fn enabled(self, state: &AppState) -> bool {
        // The plan's commands do not reach a plan hidden behind the open collection.
        let document = state
            .document
            .as_ref()
            .filter(|_| !state.consolidation_visible());
        let presenting = state.presentation.is_some();
        match self {
            Self::New
            | Self::Open
            | Self::RollForward
            | Self::Quit
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ToggleTheme
            | Self::Shortcuts
            | Self::Guide
            | Self::About => !presenting,
            Self::Undo => document.is_some_and(|d| d.history.can_undo()) && !presenting,
            Self::Redo => document.is_some_and(|d| d.history.can_redo()) && !presenting,
            Self::ExportChart => self.chart_target(state).is_some() && !presenting,
            Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::StopPresentation => presenting,
            Self::Present => (document.is_some() || state.consolidation_visible()) && !presenting,
            Self::ApplyEntry => document.is_some() && state.tab == Tab::Entry,
            Self::DeleteMeasurement => document.is_some() && state.tab == Tab::Indicator,
            _ => document.is_some() && !presenting,
        }
    }

    /// The chart the chart export saves in `state`: the dashboard's overview, or the trajectory
    /// of the indicator in the editor.
    fn chart_target(self, state: &AppState) -> Option<ChartTarget> {
        state.document.as_ref()?;
        if state.consolidation_visible() {
            return None;
        }
        match state.tab {
            Tab::Dashboard => Some(ChartTarget::Overview),
            Tab::Indicator => state.selected.clone().map(ChartTarget::Trajectory),
            Tab::Entry | Tab::Project | Tab::Report | Tab::Scoring => None,
        }
    }

    /// The action of the command in `state`, or `None` when it is disabled or is carried out by
    /// its table (deleting a measurement, applying the grid: they need the table's selection).
    pub fn action(self, state: &AppState) -> Option<Action> {
        if !self.enabled(state) {
            return None;
        }
        Some(match self {
            Self::New => Action::Request(Intent::NewPlan),
            Self::Open => Action::Request(Intent::OpenDialog),
            Self::Save => Action::Save,
            Self::SaveAs => Action::SaveAs,
            Self::ExportPdf => Action::ExportReport(ReportKind::Pdf),
            Self::ExportDocx => Action::ExportReport(ReportKind::Docx),
            Self::ExportXlsx => Action::ExportReport(ReportKind::Xlsx),
            Self::ExportCsv => Action::ExportReport(ReportKind::Csv),
            Self::ExportPlanPdf => Action::ExportReport(ReportKind::PlanPdf),
            Self::ExportPlanDocx => Action::ExportReport(ReportKind::PlanDocx),
            Self::RollForward => Action::RollForward(super::roll_session::RollAction::Start),
            Self::Import => Action::ImportSpreadsheet,
            Self::ExportChart => Action::ExportChart(self.chart_target(state)?),
            Self::Quit => Action::Request(Intent::Quit),
            Self::Undo => Action::Undo,
            Self::Redo => Action::Redo,
            Self::AddIndicator => Action::ShowAddIndicators,
            Self::DeleteMeasurement | Self::ApplyEntry => return None,
            Self::ZoomIn => Action::Zoom(1),
            Self::ZoomOut => Action::Zoom(-1),
            Self::ZoomReset => Action::Zoom(0),
            Self::PeriodEntry => Action::ShowTab(Tab::Entry),
            Self::Present => Action::StartPresentation,
            Self::ToggleTheme => Action::SetDark(!state.settings.dark),
            Self::NextSlide => Action::Slide(1),
            Self::PreviousSlide => Action::Slide(-1),
            Self::FirstSlide => Action::Slide(i32::MIN),
            Self::LastSlide => Action::Slide(i32::MAX),
            Self::StopPresentation => Action::StopPresentation,
            Self::Shortcuts => Action::ShowShortcuts,
            Self::Guide => Action::ShowGuide,
            Self::About => Action::ShowAbout,
        })
    }

    /// The commands whose keys work in `scope`, each with one of its keys, the most specific keys
    /// (most modifiers) first so that Ctrl+Shift+S is not taken for Ctrl+S.
    pub fn key_table(scope: CommandScope) -> Vec<(KeyboardShortcut, Self)> {
        let mut table: Vec<(KeyboardShortcut, Self)> = Self::ALL
            .into_iter()
            .filter(|command| command.scope() == scope)
            .flat_map(|command| command.shortcuts().iter().map(move |keys| (*keys, command)))
            .collect();
        table.sort_by_key(|(keys, _)| {
            std::cmp::Reverse(u8::from(keys.modifiers.shift) + u8::from(keys.modifiers.alt))
        });
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_keys_in_one_scope() {
        for scope in CommandScope::ALL {
            let table = Command::key_table(scope);
            for (index, (keys, command)) in table.iter().enumerate() {
                for (other_keys, other) in table.iter().skip(index + 1) {
                    assert!(
                        keys != other_keys,
                        "{command:?} and {other:?} share {keys:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn more_specific_keys_come_first() {
        let table = Command::key_table(CommandScope::Window);
        let position = |wanted: Command| table.iter().position(|(_, c)| *c == wanted);
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
    }
}
