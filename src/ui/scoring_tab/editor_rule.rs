//! A criterion's rule in the index editor: its kind, the plan indicator it reads, and its lines
//! (steps, thresholds, choices), each line's numbers in their own fields. Shares are shown and
//! typed as percents of the maximum.

use egui::{RichText, Ui};

use super::editing::{Editing, field_id, name_field, not_negative};
use crate::app::Action;
use crate::i18n::{Lang, format_number, name_in};
use crate::model::score_index::{Band, Criterion, Rule, Step};
use crate::scoring::{RuleKind, new_choice, points_text, switch_rule};
use crate::ui::fields::{self, FieldLook};

/// Which criterion, and its number on the form.
type At<'a> = ((usize, usize), &'a str);

/// Draws the rule's kind and indicator, then its lines.
pub(super) fn ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    at: At<'_>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        kind_ui(ui, editing, criterion, at, actions);
        indicator_ui(ui, editing, criterion, at, actions);
        if let Rule::Ratio { full_at, .. } = &criterion.rule {
            full_at_ui(ui, editing, criterion, *full_at, at, actions);
        }
    });
    match &criterion.rule {
        Rule::Steps { steps, .. } => steps_ui(ui, editing, criterion, steps, at, actions),
        Rule::Thresholds { bands, .. } => bands_ui(ui, editing, criterion, bands, at, actions),
        Rule::Choice { .. } => choices_ui(ui, editing, criterion, at, actions),
        Rule::Ratio { .. } | Rule::YesNo { .. } | Rule::Manual => {}
    }
}

fn kind_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    at: At<'_>,
    actions: &mut Vec<Action>,
) {
    let texts = editing.texts();
    let (place, number) = at;
    let current = RuleKind::of(&criterion.rule);
    let label = ui.label((texts.rule_of)(number));
    let combo = egui::ComboBox::from_id_salt(("rule_kind", &criterion.id))
        .selected_text(texts.rule_names[current.position()])
        .width(170.0)
        .show_ui(ui, |ui| {
            for kind in RuleKind::ALL {
                let clicked = ui
                    .selectable_label(kind == current, texts.rule_names[kind.position()])
                    .clicked();
                if clicked && kind != current {
                    let indicator = editing
                        .project
                        .indicators
                        .first()
                        .map_or("chi_tieu", |i| i.id.as_str());
                    let rule = switch_rule(
                        &criterion.rule,
                        kind,
                        criterion.max_points,
                        indicator,
                        texts.new_choice,
                    );
                    editing.change_criterion(actions, place, |c| c.rule = rule);
                }
            }
        });
    combo.response.labelled_by(label.id);
}

fn indicator_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    at: At<'_>,
    actions: &mut Vec<Action>,
) {
    let Some(current) = criterion.rule.indicator() else {
        return;
    };
    let texts = editing.texts();
    let lang = editing.lang;
    let (place, number) = at;
    let shown = editing.project.indicator(current).map_or_else(
        || (texts.indicator_missing)(current),
        |i| short(name_in(&i.name, i.name_en.as_deref(), lang)),
    );
    let label = ui.label((texts.indicator_of)(number));
    let combo = egui::ComboBox::from_id_salt(("rule_indicator", &criterion.id))
        .selected_text(shown)
        .width(300.0)
        .show_ui(ui, |ui| {
            for indicator in &editing.project.indicators {
                let words = short(name_in(&indicator.name, indicator.name_en.as_deref(), lang));
                let selected = indicator.id == current;
                if ui.selectable_label(selected, words).clicked() && !selected {
                    let id = indicator.id.clone();
                    editing.change_criterion(actions, place, |c| set_indicator(&mut c.rule, id));
                }
            }
        });
    combo.response.labelled_by(label.id);
}

/// An indicator's name cut to fit the selector.
fn short(name: &str) -> String {
    if name.chars().count() <= 48 {
        return name.to_owned();
    }
    let cut: String = name.chars().take(47).collect();
    format!("{cut}…")
}

fn set_indicator(rule: &mut Rule, id: String) {
    match rule {
        Rule::Ratio { indicator, .. }
        | Rule::Steps { indicator, .. }
        | Rule::Thresholds { indicator, .. }
        | Rule::YesNo { indicator } => *indicator = id,
        Rule::Choice { .. } | Rule::Manual => {}
    }
}

fn full_at_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    full_at: Option<f64>,
    (place, number): At<'_>,
    actions: &mut Vec<Action>,
) {
    let texts = editing.texts();
    ui.label(texts.short[1]);
    let id = field_id(ui, (&criterion.id, "full_at"));
    let look = FieldLook::narrow(150.0).hinted(texts.full_at_hint);
    let label = (texts.full_at_of)(number);
    let check = |value: f64| {
        if value > 0.0 {
            Ok(())
        } else {
            Err(texts.share_range.to_owned())
        }
    };
    if let Some(value) = fields::number_in(ui, id, &label, full_at, editing.lang, look, check) {
        editing.change_criterion(actions, place, |c| {
            if let Rule::Ratio { full_at, .. } = &mut c.rule {
                *full_at = value;
            }
        });
    }
}

/// A share (0–1) as the percent typed.
fn percent(share: f64) -> f64 {
    (share * 100.0 * 1e6).round() / 1e6
}

fn share_check(lang: Lang) -> impl Fn(f64) -> Result<(), String> {
    move |value| {
        if (0.0..=100.0).contains(&value) {
            Ok(())
        } else {
            Err(lang.texts().scoring.editor.share_range.to_owned())
        }
    }
}

fn steps_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    steps: &[Step],
    (place, number): At<'_>,
    actions: &mut Vec<Action>,
) {
    let texts = editing.texts();
    let lang = editing.lang;
    let max = criterion.max_points;
    for (line, step) in steps.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(texts.short[2]);
            let id = field_id(ui, (&criterion.id, "step_at", line));
            let label = (texts.step_at_of)(number, line + 1);
            if let Some(Some(at)) = fields::number(ui, id, &label, Some(step.at), lang, |_| Ok(()))
            {
                change_step(editing, actions, place, line, |s| s.at = at);
            }
            ui.label(texts.short[3]);
            let id = field_id(ui, (&criterion.id, "step_points", line));
            let label = (texts.step_points_of)(number, line + 1);
            let check = |points: f64| {
                not_negative(texts)(points)?;
                if points <= max + 1e-9 {
                    Ok(())
                } else {
                    Err((texts.over_max)(&points_text(max, lang)))
                }
            };
            if let Some(Some(points)) =
                fields::number(ui, id, &label, Some(step.points), lang, check)
            {
                change_step(editing, actions, place, line, |s| s.points = points);
            }
            remove_line_ui(ui, editing, steps.len(), (place, number), line, actions);
        });
    }
    if ui.button((texts.add_line_of)(number)).clicked() {
        editing.change_criterion(actions, place, |c| {
            if let Rule::Steps { steps, .. } = &mut c.rule {
                let at = steps.iter().map(|s| s.at).fold(0.0, f64::max) + 1.0;
                steps.push(Step {
                    at,
                    points: c.max_points,
                });
            }
        });
    }
}

fn change_step(
    editing: &Editing<'_>,
    actions: &mut Vec<Action>,
    place: (usize, usize),
    line: usize,
    change: impl FnOnce(&mut Step),
) {
    editing.change_criterion(actions, place, |c| {
        if let Rule::Steps { steps, .. } = &mut c.rule
            && let Some(step) = steps.get_mut(line)
        {
            change(step);
        }
    });
}

fn bands_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    bands: &[Band],
    (place, number): At<'_>,
    actions: &mut Vec<Action>,
) {
    let texts = editing.texts();
    let lang = editing.lang;
    for (line, band) in bands.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(texts.short[2]);
            let id = field_id(ui, (&criterion.id, "band_at", line));
            let label = (texts.band_at_of)(number, line + 1);
            if let Some(Some(at)) = fields::number(ui, id, &label, Some(band.at), lang, |_| Ok(()))
            {
                change_band(editing, actions, place, line, |b| b.at = at);
            }
            ui.label(texts.short[4]);
            let id = field_id(ui, (&criterion.id, "band_share", line));
            let label = (texts.band_share_of)(number, line + 1);
            let shown = Some(percent(band.share));
            if let Some(Some(share)) =
                fields::number(ui, id, &label, shown, lang, share_check(lang))
            {
                change_band(editing, actions, place, line, |b| b.share = share / 100.0);
            }
            remove_line_ui(ui, editing, bands.len(), (place, number), line, actions);
        });
    }
    if ui.button((texts.add_line_of)(number)).clicked() {
        editing.change_criterion(actions, place, |c| {
            if let Rule::Thresholds { bands, .. } = &mut c.rule {
                bands.push(Band {
                    at: 0.0,
                    share: 0.0,
                });
            }
        });
    }
}

fn change_band(
    editing: &Editing<'_>,
    actions: &mut Vec<Action>,
    place: (usize, usize),
    line: usize,
    change: impl FnOnce(&mut Band),
) {
    editing.change_criterion(actions, place, |c| {
        if let Rule::Thresholds { bands, .. } = &mut c.rule
            && let Some(band) = bands.get_mut(line)
        {
            change(band);
        }
    });
}

fn choices_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    criterion: &Criterion,
    (place, number): At<'_>,
    actions: &mut Vec<Action>,
) {
    let Rule::Choice { choices } = &criterion.rule else {
        return;
    };
    let texts = editing.texts();
    let lang = editing.lang;
    for (line, choice) in choices.iter().enumerate() {
        ui.horizontal(|ui| {
            let id = field_id(ui, (&criterion.id, "choice_name", line));
            let label = (texts.choice_name_of)(number, line + 1);
            let names = (choice.name.as_str(), choice.name_en.as_deref());
            if let Some(names) = name_field(ui, editing, (id, &label), names, 320.0) {
                editing.change_criterion(actions, place, |c| {
                    if let Rule::Choice { choices } = &mut c.rule
                        && let Some(choice) = choices.get_mut(line)
                    {
                        (choice.name, choice.name_en) = names;
                    }
                });
            }
            ui.label(texts.short[4]);
            let id = field_id(ui, (&criterion.id, "choice_share", line));
            let label = (texts.choice_share_of)(number, line + 1);
            let shown = Some(percent(choice.share));
            if let Some(Some(share)) =
                fields::number(ui, id, &label, shown, lang, share_check(lang))
            {
                editing.change_criterion(actions, place, |c| {
                    if let Rule::Choice { choices } = &mut c.rule
                        && let Some(choice) = choices.get_mut(line)
                    {
                        choice.share = share / 100.0;
                    }
                });
            }
            ui.label(
                RichText::new(format_number(choice.share * criterion.max_points, 2, lang)).weak(),
            );
            remove_line_ui(ui, editing, choices.len(), (place, number), line, actions);
        });
    }
    if ui.button((texts.add_line_of)(number)).clicked() {
        editing.change_criterion(actions, place, |c| {
            if let Rule::Choice { choices } = &mut c.rule {
                let choice = new_choice(choices, texts.new_choice, 0.0);
                choices.push(choice);
            }
        });
    }
}

/// The remove button of line `line` of `count` (none when it is the only one: a rule's list is
/// never empty).
fn remove_line_ui(
    ui: &mut Ui,
    editing: &Editing<'_>,
    count: usize,
    (place, number): At<'_>,
    line: usize,
    actions: &mut Vec<Action>,
) {
    if count < 2
        || !ui
            .button((editing.texts().remove_line_of)(number, line + 1))
            .clicked()
    {
        return;
    }
    editing.change_criterion(actions, place, |c| match &mut c.rule {
        Rule::Steps { steps, .. } if line < steps.len() => {
            steps.remove(line);
        }
        Rule::Thresholds { bands, .. } if line < bands.len() => {
            bands.remove(line);
        }
        Rule::Choice { choices } if line < choices.len() => {
            choices.remove(line);
        }
        _ => {}
    });
}
