//! The index editor: the plan's own index, group by group and criterion by criterion — names,
//! maximum points, the rule and what it reads, evidence and source; criteria and groups added
//! and removed. Every change is the whole index replaced in the plan: one edit, one undo step.

use egui::{RichText, Ui};

use super::editing::{Editing, field_id, name_field, not_negative};
use super::editor_rule;
use super::theme;
use crate::app::{Action, Document};
use crate::i18n::Lang;
use crate::model::score_index::ScoreIndex;
use crate::scoring::{add_criterion, add_group, criteria_sum, groups_sum, points_text, set_max};
use crate::ui::fields::{self, FieldLook};

/// Draws the editor for `index`, the plan's or the one it would be scored by.
pub fn ui(
    ui: &mut Ui,
    index: &ScoreIndex,
    document: &Document,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let editing = Editing {
        index,
        project: &document.project,
        lang,
    };
    let texts = editing.texts();
    ui.label(RichText::new(texts.intro).color(theme::weak_color(ui)));
    index_fields_ui(ui, &editing, actions);
    for (number, group) in index.groups.iter().enumerate() {
        ui.add_space(8.0);
        group_ui(ui, &editing, number, actions);
        for row in 0..group.criteria.len() {
            egui::Frame::NONE
                .fill(ui.visuals().faint_bg_color)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(8, 4))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    criterion_ui(ui, &editing, (number, row), actions);
                });
            ui.add_space(2.0);
        }
        let label = (texts.add_criterion_to)(&(number + 1).to_string());
        if ui.button(label).clicked() {
            editing.change(actions, |index| {
                add_criterion(index, number, texts.new_criterion)
            });
        }
    }
    ui.add_space(8.0);
    if ui.button(texts.add_group).clicked() {
        editing.change(actions, |index| add_group(index, texts.new_group));
    }
}

fn index_fields_ui(ui: &mut Ui, editing: &Editing<'_>, actions: &mut Vec<Action>) {
    let texts = editing.texts();
    let index = editing.index;
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.index_name);
        let id = field_id(ui, "name");
        let names = (index.name.as_str(), index.name_en.as_deref());
        if let Some((name, name_en)) = name_field(ui, editing, (id, texts.index_name), names, 420.0)
        {
            editing.change(actions, |index| {
                (index.name, index.name_en) = (name, name_en)
            });
        }
        ui.label(texts.index_max);
        let id = field_id(ui, "max");
        let check = not_negative(texts);
        let max = Some(index.max_points);
        if let Some(Some(max)) = fields::number(ui, id, texts.index_max, max, editing.lang, check) {
            editing.change(actions, |index| index.max_points = max);
        }
        let sum = groups_sum(index);
        if (sum - index.max_points).abs() > 0.005 {
            let label = (texts.sum_groups)(&points_text(sum, editing.lang));
            if ui.button(label).clicked() {
                editing.change(actions, |index| index.max_points = sum);
            }
        }
    });
}

fn group_ui(ui: &mut Ui, editing: &Editing<'_>, number: usize, actions: &mut Vec<Action>) {
    let texts = editing.texts();
    let Some(group) = editing.index.groups.get(number) else {
        return;
    };
    let shown = (number + 1).to_string();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{}.", crate::scoring::group_number(number + 1)))
                .font(theme::bold(16.0)),
        );
        let label = (texts.group_name_of)(&shown);
        let id = field_id(ui, ("group", &group.id, "name"));
        let names = (group.name.as_str(), group.name_en.as_deref());
        if let Some((name, name_en)) = name_field(ui, editing, (id, &label), names, 320.0) {
            editing.change(actions, |index| {
                if let Some(group) = index.groups.get_mut(number) {
                    (group.name, group.name_en) = (name, name_en);
                }
            });
        }
        ui.label(texts.short[0]);
        let label = (texts.group_max_of)(&shown);
        let id = field_id(ui, ("group", &group.id, "max"));
        let check = not_negative(texts);
        let max = Some(group.max_points);
        if let Some(Some(max)) = fields::number(ui, id, &label, max, editing.lang, check) {
            editing.change(actions, |index| {
                if let Some(group) = index.groups.get_mut(number) {
                    group.max_points = max;
                }
            });
        }
        let sum = criteria_sum(group);
        let colour = if (sum - group.max_points).abs() > 0.005 {
            theme::WARNING
        } else {
            theme::weak_color(ui)
        };
        ui.label(RichText::new((texts.group_sum)(&points_text(sum, editing.lang))).color(colour));
        if editing.index.groups.len() > 1 && ui.button((texts.remove_group_of)(&shown)).clicked() {
            editing.change(actions, |index| {
                if number < index.groups.len() {
                    index.groups.remove(number);
                }
            });
        }
    });
}

fn criterion_ui(ui: &mut Ui, editing: &Editing<'_>, at: (usize, usize), actions: &mut Vec<Action>) {
    let texts = editing.texts();
    let Some(criterion) = editing
        .index
        .groups
        .get(at.0)
        .and_then(|g| g.criteria.get(at.1))
    else {
        return;
    };
    let number = format!("{}.{}", at.0 + 1, at.1 + 1);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&number).strong());
        let width = (ui.available_width() - 330.0).clamp(200.0, 640.0);
        let id = field_id(ui, (&criterion.id, "name"));
        let label = (texts.name_of)(&number);
        let names = (criterion.name.as_str(), criterion.name_en.as_deref());
        if let Some((name, name_en)) = name_field(ui, editing, (id, &label), names, width) {
            editing.change_criterion(actions, at, |c| (c.name, c.name_en) = (name, name_en));
        }
        ui.label(texts.short[0]);
        let id = field_id(ui, (&criterion.id, "max"));
        let check = not_negative(texts);
        let max = Some(criterion.max_points);
        let label = (texts.max_of)(&number);
        if let Some(Some(max)) = fields::number(ui, id, &label, max, editing.lang, check) {
            editing.change_criterion(actions, at, |c| set_max(c, max));
        }
        if ui.button((texts.remove_criterion_of)(&number)).clicked() {
            editing.change(actions, |index| {
                if let Some(group) = index.groups.get_mut(at.0)
                    && at.1 < group.criteria.len()
                {
                    group.criteria.remove(at.1);
                }
            });
        }
    });
    editor_rule::ui(ui, editing, criterion, (at, &number), actions);
    ui.horizontal_wrapped(|ui| {
        let width = ((ui.available_width() - 200.0) / 2.0).clamp(160.0, 420.0);
        ui.label(texts.short[5]);
        let mut evidence = criterion.evidence.clone();
        let id = field_id(ui, (&criterion.id, "evidence"));
        let label = (texts.evidence_of)(&number);
        if fields::text(ui, id, &label, &mut evidence, FieldLook::narrow(width)) {
            editing.change_criterion(actions, at, |c| c.evidence = evidence);
        }
        ui.label(texts.short[6]);
        let mut source = criterion.source.clone();
        let id = field_id(ui, (&criterion.id, "source"));
        let label = (texts.source_of)(&number);
        if fields::text(ui, id, &label, &mut source, FieldLook::narrow(width)) {
            editing.change_criterion(actions, at, |c| c.source = source);
        }
    });
}
