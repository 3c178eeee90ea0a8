//! The document settings form: layout, issuing body, number, place and date, subject, signer and
//! recipients. Each committed field is one undoable change.

use egui::{Grid, RichText, Ui};

use super::store;
use crate::app::{Action, AppState, Document};
use crate::i18n::{format_date, parse_date};
use crate::model::{DocumentLayout, DocumentSettings, SignMode, nfc};
use crate::report::switch_layout;
use crate::ui::fields::{self, FieldLook};
use crate::ui::theme;

/// Draws the form.
pub fn ui(
    ui: &mut Ui,
    state: &AppState,
    document: &Document,
    settings: &DocumentSettings,
    actions: &mut Vec<Action>,
) {
    let lang = state.lang();
    let texts = lang.texts().document;
    let id = ui.make_persistent_id("report_settings");
    ui.label(RichText::new(texts.settings_heading).font(theme::bold(16.0)));
    let mut edited = settings.clone();
    let mut changed = false;
    let width = (ui.available_width() - 240.0).clamp(200.0, 560.0);
    Grid::new("report_settings_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(texts.layout_label);
            let mut layout = settings.layout;
            egui::ComboBox::from_id_salt("report_layout")
                .selected_text(layout_name(layout, lang))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for option in DocumentLayout::ALL {
                        ui.selectable_value(&mut layout, option, layout_name(option, lang));
                    }
                })
                .response
                .accessible_name(texts.layout_label);
            if layout != settings.layout {
                edited = switch_layout(settings, &document.project, layout, lang);
                changed = true;
            }
            ui.end_row();
            for (label, value, key) in [
                (texts.parent_label, &mut edited.parent_body, "parent"),
                (texts.issuer_label, &mut edited.issuer, "issuer"),
                (
                    texts.issuer_unit_label,
                    &mut edited.issuer_unit,
                    "issuer_unit",
                ),
                (texts.number_label, &mut edited.number, "number"),
                (texts.place_label, &mut edited.place, "place"),
            ] {
                ui.label(label);
                changed |= fields::text(ui, id.with(key), label, value, FieldLook::narrow(width));
                ui.end_row();
            }
            ui.label(texts.date_label);
            changed |= date_field(ui, state, id.with("date"), &mut edited);
            ui.end_row();
            ui.label(texts.subject_label);
            changed |= fields::text(
                ui,
                id.with("subject"),
                texts.subject_label,
                &mut edited.subject,
                FieldLook::narrow(width),
            );
            ui.end_row();
        });
    ui.add_space(6.0);
    changed |= signer_ui(ui, state, id, &mut edited);
    if changed {
        store(document, edited, actions);
    }
}

fn layout_name(layout: DocumentLayout, lang: crate::i18n::Lang) -> &'static str {
    (lang.texts().document.layout_name)(layout)
}

fn sign_mode_name(mode: SignMode, lang: crate::i18n::Lang) -> &'static str {
    (lang.texts().document.sign_mode_name)(mode)
}

/// The document date: empty for "the export date".
fn date_field(
    ui: &mut Ui,
    state: &AppState,
    id: egui::Id,
    settings: &mut DocumentSettings,
) -> bool {
    let lang = state.lang();
    let texts = lang.texts();
    let shown = settings.date.map(format_date).unwrap_or_default();
    let mut changed = false;
    ui.horizontal(|ui| {
        let committed = fields::buffered(
            ui,
            id,
            texts.document.date_label,
            &shown,
            FieldLook::narrow(100.0),
            |text| {
                if text.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_date(text)
                        .map(Some)
                        .ok_or_else(|| texts.date_error.to_owned())
                }
            },
        );
        if let Some(date) = committed {
            changed = date != settings.date;
            settings.date = date;
        }
        if settings.date.is_none() {
            ui.label(RichText::new(texts.document.date_hint).color(theme::weak_color(ui)));
        }
    });
    changed
}

/// The signer and the recipients.
fn signer_ui(ui: &mut Ui, state: &AppState, id: egui::Id, settings: &mut DocumentSettings) -> bool {
    let lang = state.lang();
    let texts = lang.texts().document;
    let mut changed = false;
    Grid::new("report_signer_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(texts.sign_mode_label);
            let before = settings.signer.mode;
            egui::ComboBox::from_id_salt("report_sign_mode")
                .selected_text(sign_mode_name(before, lang))
                .width(200.0)
                .show_ui(ui, |ui| {
                    for mode in SignMode::ALL {
                        ui.selectable_value(
                            &mut settings.signer.mode,
                            mode,
                            sign_mode_name(mode, lang),
                        );
                    }
                })
                .response
                .accessible_name(texts.sign_mode_label);
            changed |= before != settings.signer.mode;
            ui.end_row();
            let signer = &mut settings.signer;
            for (label, value, key) in [
                (texts.on_behalf_label, &mut signer.on_behalf_of, "on_behalf"),
                (texts.signer_title_label, &mut signer.title, "title"),
                (texts.signer_name_label, &mut signer.name, "name"),
            ] {
                ui.label(label);
                changed |= fields::text(ui, id.with(key), label, value, FieldLook::narrow(320.0));
                ui.end_row();
            }
            ui.label(texts.recipients_label);
            let mut recipients = settings.recipients.join("\n");
            if fields::text(
                ui,
                id.with("recipients"),
                texts.recipients_label,
                &mut recipients,
                FieldLook::MULTILINE,
            ) {
                settings.recipients = recipients
                    .lines()
                    .map(|line| nfc(line.trim()))
                    .filter(|line| !line.is_empty())
                    .collect();
                changed = true;
            }
            ui.end_row();
        });
    changed
}
