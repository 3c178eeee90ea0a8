//! The start screen: create a plan from a catalogue (with a preview) or empty, open a file,
//! recent files, bundled examples, language switch.

use chrono::NaiveDate;
use egui::{RichText, ScrollArea, Ui};

use super::fields;
use super::theme;
use crate::app::{Action, AppState, EXAMPLES, Intent};
use crate::catalog::{self, Catalog};
use crate::model::{AdminUnit, Pillar, UnitLevel};

/// The new-plan form's draft.
#[derive(Clone, Debug)]
pub struct NewPlanForm {
    /// Level of the unit.
    pub level: UnitLevel,
    /// Name of the unit.
    pub name: String,
    /// Province.
    pub province: String,
    /// Chosen catalogue id; `None` to start empty.
    pub catalog_id: Option<String>,
    /// Reporting date.
    pub as_of: NaiveDate,
    /// Shown when the form is submitted without a name.
    pub name_missing: bool,
}

impl NewPlanForm {
    /// A form with the commune catalogue chosen and `today` as the reporting date.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            level: UnitLevel::Commune,
            name: String::new(),
            province: String::new(),
            catalog_id: Some("commune".to_owned()),
            as_of: today,
            name_missing: false,
        }
    }
}

/// Draws the start screen.
pub fn ui(ui: &mut Ui, state: &AppState, view: &mut super::ViewState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    ui.vertical_centered(|ui| {
        ui.add_space(8.0);
        ui.label(RichText::new(texts.app_name).font(theme::bold(30.0)));
        ui.label(texts.tagline);
    });
    ui.add_space(8.0);
    ui.columns(2, |columns| {
        let [left, right] = columns else {
            return;
        };
        left.group(|ui| new_plan_ui(ui, state, &mut view.new_plan, actions));
        right.group(|ui| open_ui(ui, state, actions));
    });
}

fn new_plan_ui(ui: &mut Ui, state: &AppState, form: &mut NewPlanForm, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts();
    let id = ui.make_persistent_id("new_plan_form");
    ui.heading(texts.create_plan);
    egui::Grid::new("new_plan_grid")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.label(texts.unit_level);
            egui::ComboBox::from_id_salt("new_plan_level")
                .selected_text(texts.unit_level(form.level))
                .show_ui(ui, |ui| {
                    for level in UnitLevel::ALL {
                        ui.selectable_value(&mut form.level, level, texts.unit_level(level));
                    }
                })
                .response
                .accessible_name(texts.unit_level);
            ui.end_row();
            ui.label(texts.unit_name);
            let look = fields::FieldLook::narrow(260.0);
            let name_look = look.hinted(texts.unit_name_hint);
            if fields::live(
                ui,
                id.with("name"),
                texts.unit_name,
                &mut form.name,
                name_look,
            ) {
                form.name_missing = false;
            }
            ui.end_row();
            ui.label(texts.province);
            fields::live(
                ui,
                id.with("province"),
                texts.province,
                &mut form.province,
                look,
            );
            ui.end_row();
            ui.label(texts.as_of);
            if let Some(date) = fields::date(ui, id.with("as_of"), texts.as_of, form.as_of, lang) {
                form.as_of = date;
            }
            ui.end_row();
        });
    if form.name_missing {
        ui.colored_label(theme::error_color(ui), texts.unit_name_missing);
    }
    ui.label(RichText::new(texts.choose_catalog).strong());
    for catalog in catalog::catalogs() {
        let name = match lang {
            crate::i18n::Lang::Vi => &catalog.name,
            crate::i18n::Lang::En => &catalog.name_en,
        };
        let label = (texts.catalog_option)(name, catalog.indicators.len());
        ui.radio_value(&mut form.catalog_id, Some(catalog.id.clone()), label);
    }
    ui.radio_value(&mut form.catalog_id, None, texts.start_empty);
    let chosen = form.catalog_id.as_deref().and_then(catalog::catalog);
    preview_ui(ui, state, chosen);
    if ui
        .button(RichText::new(texts.create_button).strong())
        .clicked()
    {
        if form.name.trim().is_empty() {
            form.name_missing = true;
        } else {
            let unit = AdminUnit {
                level: form.level,
                name: form.name.trim().to_owned(),
                parent_name: String::new(),
                province: form.province.trim().to_owned(),
            };
            let project = catalog::new_project(chosen, unit, form.as_of);
            actions.push(Action::Create(Box::new(project)));
        }
    }
}

fn preview_ui(ui: &mut Ui, state: &AppState, chosen: Option<&Catalog>) {
    let texts = state.lang().texts();
    let Some(catalog) = chosen else {
        ui.label(RichText::new(texts.empty_preview).color(theme::weak_color(ui)));
        return;
    };
    ui.label(RichText::new(texts.preview).strong());
    ScrollArea::vertical()
        .max_height(220.0)
        .id_salt("catalog_preview")
        .show(ui, |ui| {
            for pillar in Pillar::ALL {
                let names: Vec<&str> = catalog
                    .indicators
                    .iter()
                    .filter(|i| i.pillar == pillar)
                    .map(|i| i.name.as_str())
                    .collect();
                if names.is_empty() {
                    continue;
                }
                ui.label(RichText::new(texts.pillar(pillar)).font(theme::bold(13.5)));
                for name in names {
                    ui.label(RichText::new(format!("• {name}")).small());
                }
            }
        });
}

fn open_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let texts = state.lang().texts();
    ui.heading(texts.open_plan);
    ui.horizontal_wrapped(|ui| {
        if ui.button(texts.open).clicked() {
            actions.push(Action::Request(Intent::OpenDialog));
        }
        let planning = texts.planning;
        if ui
            .button(planning.roll_forward)
            .on_hover_text(planning.roll_forward_hint)
            .clicked()
        {
            actions.push(Action::RollForward(crate::app::RollAction::Start));
        }
    });
    ui.add_space(8.0);
    ui.label(RichText::new(texts.open_recent).strong());
    if state.settings.recent.is_empty() {
        ui.label(RichText::new(texts.no_recent).color(theme::weak_color(ui)));
    }
    let labels = crate::app::recent_labels(&state.settings.recent);
    for (path, label) in state.settings.recent.iter().zip(labels) {
        ui.horizontal(|ui| {
            if ui
                .link(&label.name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                actions.push(Action::Request(Intent::Open(path.clone())));
            }
            if let Some(folder) = label.folder {
                ui.label(RichText::new(folder).color(theme::weak_color(ui)))
                    .on_hover_text(path.display().to_string());
            }
        });
    }
    ui.add_space(8.0);
    ui.label(RichText::new(texts.open_example).strong());
    for (name, _) in EXAMPLES {
        let description = (texts.example_description)(name);
        if ui.button(description).clicked() {
            actions.push(Action::Request(Intent::OpenExample(name.to_owned())));
        }
    }
    ui.add_space(8.0);
    super::consolidation::start_screen_ui(ui, state, actions);
}
