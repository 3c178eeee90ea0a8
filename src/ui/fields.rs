//! Edit fields that keep what is typed in a buffer and commit it once: on Enter, Tab or when the
//! field loses focus (Esc cancels). A whole text edit is therefore one change and one undo step.
//! Numbers and dates are parsed in the current language; a value that does not parse is shown in
//! red under the field and nothing is changed.

use chrono::NaiveDate;
use egui::{Id, Key, TextEdit, Ui};

use super::theme;
use crate::i18n::{Lang, format_date, format_number, parse_date, parse_number};
use crate::model::nfc;

/// How a field looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldLook {
    /// Width in points (`f32::INFINITY` fills the row).
    pub width: f32,
    /// Several lines.
    pub multiline: bool,
}

impl FieldLook {
    /// A single line filling the row.
    pub const WIDE: Self = Self {
        width: f32::INFINITY,
        multiline: false,
    };

    /// A single line of `width` points.
    pub fn narrow(width: f32) -> Self {
        Self {
            width,
            multiline: false,
        }
    }

    /// Several lines filling the row.
    pub const MULTILINE: Self = Self {
        width: f32::INFINITY,
        multiline: true,
    };
}

/// The edit buffer kept while a field is being edited or holds an invalid value.
#[derive(Clone, Debug, Default)]
struct Buffer {
    text: String,
    error: Option<String>,
}

/// A buffered field: shows `shown`, and returns the parsed value once it is committed and differs.
pub fn buffered<T>(
    ui: &mut Ui,
    id: Id,
    name: &str,
    shown: &str,
    look: FieldLook,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    let stored: Option<Buffer> = ui.data(|d| d.get_temp(id));
    let mut buffer = stored.clone().unwrap_or_else(|| Buffer {
        text: shown.to_owned(),
        error: None,
    });
    let edit = if look.multiline {
        TextEdit::multiline(&mut buffer.text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut buffer.text)
    };
    let response = ui
        .add(edit.id(id.with("edit")).desired_width(look.width))
        .accessible_name(name);
    let cancelled = ui.input(|i| i.key_pressed(Key::Escape));
    let mut committed = None;
    if response.lost_focus() {
        if cancelled {
            ui.data_mut(|d| d.remove::<Buffer>(id));
        } else if buffer.text == shown {
            ui.data_mut(|d| d.remove::<Buffer>(id));
        } else {
            match parse(&buffer.text) {
                Ok(value) => {
                    ui.data_mut(|d| d.remove::<Buffer>(id));
                    committed = Some(value);
                }
                Err(error) => {
                    buffer.error = Some(error);
                    ui.data_mut(|d| d.insert_temp(id, buffer.clone()));
                }
            }
        }
    } else if response.has_focus() {
        if response.changed() {
            buffer.error = None;
        }
        ui.data_mut(|d| d.insert_temp(id, buffer.clone()));
    }
    if let Some(error) = buffer.error.as_ref().filter(|_| !cancelled) {
        ui.colored_label(theme::error_color(ui), error);
    }
    committed
}

/// A text field; commits NFC text.
pub fn text(ui: &mut Ui, id: Id, name: &str, value: &mut String, look: FieldLook) -> bool {
    match buffered(ui, id, name, value, look, |t| Ok(nfc(t.trim_end()))) {
        Some(new) if new != *value => {
            *value = new;
            true
        }
        _ => false,
    }
}

/// A number field in `lang`'s format, with an extra check (e.g. 0–100 for a percent).
pub fn number(
    ui: &mut Ui,
    id: Id,
    name: &str,
    value: Option<f64>,
    lang: Lang,
    check: impl Fn(f64) -> Result<(), String>,
) -> Option<Option<f64>> {
    let shown = value.map_or_else(String::new, |v| format_number(v, 6, lang));
    let look = FieldLook::narrow(90.0);
    buffered(ui, id, name, &shown, look, |text| {
        if text.trim().is_empty() {
            return Ok(None);
        }
        let parsed = parse_number(text, lang).map_err(|e| e.message(lang).to_owned())?;
        check(parsed)?;
        Ok(Some(parsed))
    })
}

/// A date field (dd/mm/yyyy).
pub fn date(ui: &mut Ui, id: Id, name: &str, value: NaiveDate, lang: Lang) -> Option<NaiveDate> {
    let shown = format_date(value);
    let look = FieldLook::narrow(90.0);
    let message = lang.texts().date_error;
    buffered(ui, id, name, &shown, look, |text| {
        parse_date(text).ok_or_else(|| message.to_owned())
    })
}
