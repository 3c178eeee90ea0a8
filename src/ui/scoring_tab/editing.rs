//! What every part of the index editor shares: the index and plan being edited, the one way a
//! change becomes an edit, stable field ids, a name field in the language shown, and the check
//! that points are not negative.

use egui::{Id, Ui};

use crate::app::{Action, Edit};
use crate::i18n::{IndexEditorTexts, Lang};
use crate::model::Project;
use crate::model::score_index::{Criterion, ScoreIndex};
use crate::ui::fields::{self, FieldLook};

/// What every part of the editor needs.
pub(super) struct Editing<'a> {
    /// The index as it is.
    pub index: &'a ScoreIndex,
    /// The plan (its indicators are what a rule can read).
    pub project: &'a Project,
    /// The language shown.
    pub lang: Lang,
}

impl Editing<'_> {
    /// The editor's strings.
    pub fn texts(&self) -> &'static IndexEditorTexts {
        self.lang.texts().scoring.editor
    }

    /// Pushes the index changed by `change` as one edit.
    pub fn change(&self, actions: &mut Vec<Action>, change: impl FnOnce(&mut ScoreIndex)) {
        let mut index = self.index.clone();
        change(&mut index);
        if index != *self.index {
            actions.push(Action::Edit(Edit::ScoreIndex(Box::new(Some(index)))));
        }
    }

    /// Pushes the index with criterion `at` (group, row) changed by `change`.
    pub fn change_criterion(
        &self,
        actions: &mut Vec<Action>,
        (group, row): (usize, usize),
        change: impl FnOnce(&mut Criterion),
    ) {
        self.change(actions, |index| {
            if let Some(criterion) = index
                .groups
                .get_mut(group)
                .and_then(|g| g.criteria.get_mut(row))
            {
                change(criterion);
            }
        });
    }
}

/// A stable id for a field of the editor.
pub(super) fn field_id(ui: &Ui, parts: impl std::hash::Hash + std::fmt::Debug) -> Id {
    ui.make_persistent_id("index_editor").with(parts)
}

/// A name field in the language shown: the Vietnamese name in the Vietnamese UI, the English one
/// (starting from the Vietnamese where there is none) in the English UI. Returns both names once
/// one is changed.
pub(super) fn name_field(
    ui: &mut Ui,
    editing: &Editing<'_>,
    (id, label): (Id, &str),
    (name, name_en): (&str, Option<&str>),
    width: f32,
) -> Option<(String, Option<String>)> {
    let look = FieldLook::narrow(width);
    match editing.lang {
        Lang::Vi => {
            let mut name = name.to_owned();
            fields::text(ui, id, label, &mut name, look).then(|| (name, name_en.map(str::to_owned)))
        }
        Lang::En => {
            let mut english = name_en.unwrap_or(name).to_owned();
            fields::text(ui, id, label, &mut english, look).then(|| {
                let english = (!english.is_empty()).then_some(english);
                (name.to_owned(), english)
            })
        }
    }
}

/// A check for maximum points: not below zero.
pub(super) fn not_negative(texts: &'static IndexEditorTexts) -> impl Fn(f64) -> Result<(), String> {
    move |points| {
        if points >= 0.0 {
            Ok(())
        } else {
            Err(texts.negative.to_owned())
        }
    }
}
