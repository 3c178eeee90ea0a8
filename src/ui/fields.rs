//! Edit fields that keep what is typed in a buffer and commit it once: on Enter, Tab, an arrow
//! that leaves a table cell, or when the field loses focus (Esc cancels). A whole text edit is
//! therefore one change and one undo step. Numbers and dates are parsed in the current language; a
//! value that does not parse is shown in red under the field and nothing is changed. Every field
//! is drawn through [`typing::edit`], so keys typed after Enter or Tab reach the next field.

use chrono::NaiveDate;
use egui::{Id, TextEdit, Ui};

use super::theme;
use super::typing::{self, Left, Moves};
use crate::i18n::{Lang, format_date, format_number, parse_date, parse_number};
use crate::model::{Indicator, MeasureUnit, YesNoWords, nfc, parse_yes_no};

/// How a field looks and where the focus keys take the focus from it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldLook {
    /// Width in points (`f32::INFINITY` fills the row).
    pub width: f32,
    /// Several lines.
    pub multiline: bool,
    /// Where Enter, Tab and the arrows take the focus.
    pub moves: Moves,
    /// Shown in grey while the field is empty.
    pub hint: Option<&'static str>,
}

impl FieldLook {
    /// A single line filling the row.
    pub const WIDE: Self = Self {
        width: f32::INFINITY,
        multiline: false,
        moves: Moves::FORM,
        hint: None,
    };

    /// A single line of `width` points.
    pub fn narrow(width: f32) -> Self {
        Self {
            width,
            ..Self::WIDE
        }
    }

    /// Several lines filling the row.
    pub const MULTILINE: Self = Self {
        width: f32::INFINITY,
        multiline: true,
        moves: Moves::MULTILINE,
        hint: None,
    };

    /// The same look with these focus moves (a table cell).
    pub fn moving(self, moves: Moves) -> Self {
        Self { moves, ..self }
    }

    /// The same look with a hint shown while the field is empty.
    pub fn hinted(self, hint: &'static str) -> Self {
        Self {
            hint: Some(hint),
            ..self
        }
    }
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
    let mut edit = if look.multiline {
        TextEdit::multiline(&mut buffer.text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut buffer.text)
    };
    if let Some(hint) = look.hint {
        edit = edit.hint_text(hint);
    }
    let typed = typing::edit(
        ui,
        edit.desired_width(look.width),
        id.with("edit"),
        look.moves,
    );
    let response = typed.response.accessible_name(name);
    let cancelled = typed.left == Some(Left::Cancelled);
    let moved = matches!(typed.left, Some(Left::Moved(_)));
    let mut committed = None;
    if moved || cancelled || response.lost_focus() {
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

/// A number field in `lang`'s format, with an extra check (e.g. more than 0 for a maximum score).
pub fn number(
    ui: &mut Ui,
    id: Id,
    name: &str,
    value: Option<f64>,
    lang: Lang,
    check: impl Fn(f64) -> Result<(), String>,
) -> Option<Option<f64>> {
    number_in(ui, id, name, value, lang, FieldLook::narrow(90.0), check)
}

/// [`number`] with its own look and moves (a table cell).
pub fn number_in(
    ui: &mut Ui,
    id: Id,
    name: &str,
    value: Option<f64>,
    lang: Lang,
    look: FieldLook,
    check: impl Fn(f64) -> Result<(), String>,
) -> Option<Option<f64>> {
    let shown = value.map_or_else(String::new, |v| format_number(v, 6, lang));
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
    date_in(ui, id, name, value, lang, FieldLook::narrow(104.0))
}

/// [`date`] with its own look and moves (a table cell).
pub fn date_in(
    ui: &mut Ui,
    id: Id,
    name: &str,
    value: NaiveDate,
    lang: Lang,
    look: FieldLook,
) -> Option<NaiveDate> {
    let shown = format_date(value);
    let message = lang.texts().date_error;
    buffered(ui, id, name, &shown, look, |text| {
        parse_date(text).ok_or_else(|| message.to_owned())
    })
}

/// What a value field holds: the indicator's unit and, for yes/no, the words it is written in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueKind<'a> {
    /// The unit of measure, whose rules the value keeps.
    pub unit: &'a MeasureUnit,
    /// The words of a yes/no value (Có/Không or Đạt/Chưa đạt).
    pub words: YesNoWords,
}

impl<'a> ValueKind<'a> {
    /// The kind of the values of `indicator`.
    pub fn of(indicator: &'a Indicator) -> Self {
        Self {
            unit: &indicator.unit,
            words: indicator.yes_no_words,
        }
    }
}

/// How a value of `kind` is shown in a field: "Có"/"Không" or "Đạt"/"Chưa đạt" for yes/no, else
/// the number.
pub fn value_shown(value: f64, kind: ValueKind<'_>, lang: Lang) -> String {
    if kind.unit.is_yes_no() {
        lang.texts()
            .yes_no_words
            .word(kind.words, value >= 0.5)
            .to_owned()
    } else {
        format_number(value, 6, lang)
    }
}

/// Reads a value of `unit` as typed: Có/Không (1/0, x, Đạt/Chưa đạt) for yes/no, else a number
/// in `lang`'s format that keeps the unit's rules ([`MeasureUnit::check_value`]). `Ok(None)` when
/// empty; the reason in `lang` when refused.
pub fn parse_value(text: &str, unit: &MeasureUnit, lang: Lang) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = if unit.is_yes_no() {
        let problem = crate::model::ValueProblem::NotYesNo;
        parse_yes_no(text)
            .map(|yes| if yes { 1.0 } else { 0.0 })
            .ok_or_else(|| crate::i18n::value_problem(problem, lang).to_owned())?
    } else {
        parse_number(text, lang).map_err(|e| e.message(lang).to_owned())?
    };
    unit.check_value(value)
        .map_err(|problem| crate::i18n::value_problem(problem, lang).to_owned())?;
    Ok(Some(value))
}

/// A field for a value of `kind` (baseline, target, measurement): yes/no as a choice of words,
/// everything else as a number within the unit's rules.
pub fn value(
    ui: &mut Ui,
    id: Id,
    name: &str,
    value: Option<f64>,
    kind: ValueKind<'_>,
    lang: Lang,
    look: FieldLook,
) -> Option<Option<f64>> {
    let shown = value.map_or_else(String::new, |v| value_shown(v, kind, lang));
    let look = if kind.unit.is_yes_no() {
        look.hinted(lang.texts().yes_no_words.pair(kind.words))
    } else {
        look
    };
    buffered(ui, id, name, &shown, look, |text| {
        parse_value(text, kind.unit, lang)
    })
}

/// A text field bound directly to `value` (no buffer, no commit): the new-plan form. Returns true
/// when the text changed.
pub fn live(ui: &mut Ui, id: Id, name: &str, value: &mut String, look: FieldLook) -> bool {
    let mut edit = TextEdit::singleline(value).desired_width(look.width);
    if let Some(hint) = look.hint {
        edit = edit.hint_text(hint);
    }
    let typed = typing::edit(ui, edit, id, look.moves);
    typed.response.accessible_name(name).changed()
}
