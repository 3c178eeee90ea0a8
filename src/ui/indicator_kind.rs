//! The fields of the indicator editor that say what kind of indicator it is: pillar, unit of
//! measure (with the words of a yes/no one), direction and how its values add up (a level, or a
//! total since 1 January).

use egui::Ui;

use super::fields::{self, FieldLook};
use crate::i18n::Lang;
use crate::model::{Accumulation, Direction, MeasureUnit, Pillar, YesNoWords};

/// The pillar of an indicator; true when it changed.
pub fn pillar_combo(ui: &mut Ui, lang: Lang, pillar: &mut Pillar) -> bool {
    let texts = lang.texts();
    let before = *pillar;
    egui::ComboBox::from_id_salt("pillar_combo")
        .selected_text(texts.pillar(*pillar))
        .show_ui(ui, |ui| {
            for option in Pillar::ALL {
                ui.selectable_value(pillar, option, texts.pillar(option));
            }
        })
        .response
        .accessible_name(texts.field_pillar);
    before != *pillar
}

/// Whether larger or smaller values are better; true when it changed.
pub fn direction_combo(ui: &mut Ui, lang: Lang, direction: &mut Direction) -> bool {
    let texts = lang.texts();
    let before = *direction;
    let name = |d: Direction| match d {
        Direction::HigherIsBetter => texts.higher_is_better,
        Direction::LowerIsBetter => texts.lower_is_better,
    };
    egui::ComboBox::from_id_salt("direction_combo")
        .selected_text(name(*direction))
        .show_ui(ui, |ui| {
            for option in [Direction::HigherIsBetter, Direction::LowerIsBetter] {
                ui.selectable_value(direction, option, name(option));
            }
        })
        .response
        .accessible_name(texts.field_direction);
    before != *direction
}

/// Whether values are levels or totals since 1 January; true when it changed.
pub fn accumulation_combo(ui: &mut Ui, lang: Lang, accumulation: &mut Accumulation) -> bool {
    let texts = lang.texts().editor;
    let before = *accumulation;
    let name = |a: Accumulation| match a {
        Accumulation::Level => texts.accumulation_options[0],
        Accumulation::PerYear => texts.accumulation_options[1],
    };
    egui::ComboBox::from_id_salt("accumulation_combo")
        .selected_text(name(*accumulation))
        .show_ui(ui, |ui| {
            for option in [Accumulation::Level, Accumulation::PerYear] {
                ui.selectable_value(accumulation, option, name(option));
            }
        })
        .response
        .accessible_name(texts.accumulation_field);
    before != *accumulation
}

/// The words of a yes/no indicator's values (Có/Không or Đạt/Chưa đạt); true when they changed.
pub fn yes_no_words_combo(ui: &mut Ui, lang: Lang, words: &mut YesNoWords) -> bool {
    let texts = lang.texts().yes_no_words;
    let before = *words;
    ui.label(texts.field);
    egui::ComboBox::from_id_salt("yes_no_words_combo")
        .selected_text(texts.pair(*words))
        .show_ui(ui, |ui| {
            for option in YesNoWords::ALL {
                ui.selectable_value(words, option, texts.pair(option));
            }
        })
        .response
        .accessible_name(texts.field);
    before != *words
}

/// The unit of measure, with its word, maximum score or yes/no words; true when it changed.
pub fn unit_ui(
    ui: &mut Ui,
    lang: Lang,
    id: egui::Id,
    unit: &mut MeasureUnit,
    words: &mut YesNoWords,
) -> bool {
    let texts = lang.texts();
    let mut changed = false;
    let kinds: [(MeasureUnit, &str); 6] = [
        MeasureUnit::Percent,
        MeasureUnit::Count {
            word: String::new(),
        },
        MeasureUnit::Score { max: 100.0 },
        MeasureUnit::Money,
        MeasureUnit::YesNo,
        MeasureUnit::Rank,
    ]
    .map(|kind| {
        let name = (texts.unit_kind)(&kind);
        (kind, name)
    });
    let same_kind =
        |a: &MeasureUnit, b: &MeasureUnit| std::mem::discriminant(a) == std::mem::discriminant(b);
    ui.horizontal(|ui| {
        let current = kinds
            .iter()
            .find(|(k, _)| same_kind(k, unit))
            .map_or("", |(_, n)| *n);
        egui::ComboBox::from_id_salt("unit_combo")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (kind, name) in &kinds {
                    if ui.selectable_label(same_kind(kind, unit), *name).clicked()
                        && !same_kind(kind, unit)
                    {
                        *unit = kind.clone();
                        changed = true;
                    }
                }
            })
            .response
            .accessible_name(texts.field_unit);
        match unit {
            MeasureUnit::Count { word } => {
                changed |= fields::text(
                    ui,
                    id.with("unit_word"),
                    texts.unit_word,
                    word,
                    FieldLook::narrow(120.0),
                );
            }
            MeasureUnit::Score { max } => {
                ui.label(texts.score_max);
                if let Some(Some(value)) = fields::number(
                    ui,
                    id.with("score_max"),
                    texts.score_max,
                    Some(*max),
                    lang,
                    |v| {
                        if v > 0.0 {
                            Ok(())
                        } else {
                            Err(texts.must_be_positive.to_owned())
                        }
                    },
                ) {
                    *max = value;
                    changed = true;
                }
                // A maximum of 1 is an index, as the report's unit column names it.
                if (*max - 1.0).abs() < 1e-12 {
                    ui.label(format!("= {}", texts.report.index_unit));
                }
            }
            MeasureUnit::YesNo => changed |= yes_no_words_combo(ui, lang, words),
            _ => {}
        }
    });
    changed
}
