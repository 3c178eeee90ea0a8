//! The window to add indicators from a catalogue or from scratch.

use std::collections::BTreeSet;

use egui::{RichText, ScrollArea, Ui};

use super::theme;
use crate::app::{Action, AppState, Edit};
use crate::catalog;
use crate::model::{Indicator, MeasureUnit, Pillar, nfc};

/// Draft of the add-indicators window.
#[derive(Clone, Debug, Default)]
pub struct AddForm {
    /// Chosen catalogue.
    pub catalog_id: Option<String>,
    /// Ids ticked in it.
    pub ticked: BTreeSet<String>,
    /// Name of a new indicator made from scratch.
    pub new_name: String,
    /// Its pillar.
    pub new_pillar: Option<Pillar>,
}

/// A free snake_case id derived from `name`.
fn new_id(name: &str, taken: &[&str]) -> String {
    let ascii: String = crate::model::nfc(name)
        .chars()
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c => crate::ui::add_indicators::strip_mark(c),
        })
        .collect();
    let mut base = String::new();
    for part in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if !base.is_empty() {
            base.push('_');
        }
        base.push_str(part);
    }
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base.insert_str(0, "chi_tieu_");
    }
    base.truncate(48);
    let base = base.trim_end_matches('_').to_owned();
    let mut id = base.clone();
    let mut counter = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}_{counter}");
        counter += 1;
    }
    id
}

/// The base letter of a Vietnamese letter with marks, `_` for anything else.
pub fn strip_mark(c: char) -> char {
    use unicode_normalization::UnicodeNormalization as _;
    let base = c.to_string().nfd().next().unwrap_or('_');
    if base.is_ascii_alphanumeric() {
        base.to_ascii_lowercase()
    } else {
        '_'
    }
}

/// Draws the window's contents.
#[expect(
    clippy::too_many_lines,
    reason = "one window, split it when the dashboard issue touches it"
)]
pub fn ui(ui: &mut Ui, state: &AppState, form: &mut AddForm, actions: &mut Vec<Action>) {
    let lang = state.lang();
    let texts = lang.texts();
    let Some(document) = &state.document else {
        return;
    };
    let taken: Vec<&str> = document
        .project
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let index = document.project.indicators.len();
    ui.label(RichText::new(texts.from_catalog).strong());
    let catalogs = catalog::catalogs();
    let current = form
        .catalog_id
        .clone()
        .or_else(|| catalogs.first().map(|c| c.id.clone()));
    egui::ComboBox::from_id_salt("add_catalog")
        .selected_text(
            current
                .as_deref()
                .and_then(catalog::catalog)
                .map_or("", |c| c.name.as_str()),
        )
        .show_ui(ui, |ui| {
            for catalog in catalogs {
                ui.selectable_value(
                    &mut form.catalog_id,
                    Some(catalog.id.clone()),
                    &catalog.name,
                );
            }
        })
        .response
        .accessible_name(texts.from_catalog);
    if let Some(catalog) = current.as_deref().and_then(catalog::catalog) {
        ScrollArea::vertical()
            .max_height(260.0)
            .id_salt("add_list")
            .show(ui, |ui| {
                for indicator in &catalog.indicators {
                    let present = taken.contains(&indicator.id.as_str());
                    let mut ticked = present || form.ticked.contains(&indicator.id);
                    let response =
                        ui.add_enabled(!present, egui::Checkbox::new(&mut ticked, &indicator.name));
                    if response.changed() {
                        if ticked {
                            form.ticked.insert(indicator.id.clone());
                        } else {
                            form.ticked.remove(&indicator.id);
                        }
                    }
                }
            });
        let chosen: Vec<Indicator> = catalog
            .indicators
            .iter()
            .filter(|i| form.ticked.contains(&i.id) && !taken.contains(&i.id.as_str()))
            .cloned()
            .collect();
        if ui
            .add_enabled(
                !chosen.is_empty(),
                egui::Button::new((texts.add_chosen)(chosen.len())),
            )
            .clicked()
        {
            form.ticked.clear();
            actions.push(Action::Edit(Edit::Insert {
                index,
                indicators: chosen,
            }));
            actions.push(Action::CloseModal);
        }
    }
    ui.separator();
    ui.label(RichText::new(texts.from_scratch).strong());
    ui.horizontal(|ui| {
        ui.label(texts.field_name);
        ui.add(egui::TextEdit::singleline(&mut form.new_name).desired_width(300.0))
            .accessible_name(texts.new_indicator_name);
    });
    let pillar = form.new_pillar.unwrap_or(Pillar::DigitalGovernment);
    egui::ComboBox::from_id_salt("new_pillar")
        .selected_text(texts.pillar(pillar))
        .show_ui(ui, |ui| {
            for option in Pillar::ALL {
                ui.selectable_value(&mut form.new_pillar, Some(option), texts.pillar(option));
            }
        })
        .response
        .accessible_name(texts.field_pillar);
    let name = nfc(form.new_name.trim());
    if ui
        .add_enabled(!name.is_empty(), egui::Button::new(texts.add_new_indicator))
        .clicked()
    {
        let indicator = Indicator::new(&new_id(&name, &taken), &name, pillar, MeasureUnit::Percent);
        form.new_name.clear();
        actions.push(Action::Edit(Edit::Insert {
            index,
            indicators: vec![indicator],
        }));
        actions.push(Action::CloseModal);
    }
    ui.label(
        RichText::new(texts.new_indicator_hint)
            .color(theme::weak_color(ui))
            .small(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_vietnamese_names() {
        assert_eq!(
            new_id("Tỷ lệ hộ có cáp quang", &[]),
            "ty_le_ho_co_cap_quang"
        );
        assert_eq!(new_id("Đường truyền", &["duong_truyen"]), "duong_truyen_2");
        assert_eq!(new_id("2025 mục tiêu", &[]), "chi_tieu_2025_muc_tieu");
        assert!(crate::model::is_valid_indicator_id(&new_id("!!!", &[])));
    }
}
