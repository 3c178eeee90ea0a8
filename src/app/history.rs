//! Undo and redo of [`Edit`]s, with an id per project state so that "saved" survives undo.

use super::edit::{Edit, EditError};
use crate::model::Project;

/// How many steps are kept.
pub const MAX_UNDO_STEPS: usize = 200;

#[derive(Clone, Debug)]
struct Step {
    undo: Edit,
    redo: Edit,
    before: u64,
    after: u64,
}

/// The undo and redo stacks of one open project.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    state_id: u64,
    next_id: u64,
}

impl History {
    /// Identifies the current project state: equal ids mean equal projects.
    pub fn state_id(&self) -> u64 {
        self.state_id
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Records an applied edit (`redo`) and its inverse (`undo`); clears the redo stack.
    pub fn record(&mut self, redo: Edit, undo: Edit) {
        self.next_id += 1;
        let after = self.next_id;
        self.undo.push(Step {
            undo,
            redo,
            before: self.state_id,
            after,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.state_id = after;
    }

    /// Undoes the last step on `project`; `Ok(false)` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(step) = self.undo.pop() else {
            return Ok(false);
        };
        match step.undo.clone().apply(project) {
            Ok(redo) => {
                self.state_id = step.before;
                self.redo.push(Step { redo, ..step });
                Ok(true)
            }
            Err(error) => {
                self.undo.push(step);
                Err(error)
            }
        }
    }

    /// Redoes the last undone step on `project`; `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        match step.redo.clone().apply(project) {
            Ok(undo) => {
                self.state_id = step.after;
                self.undo.push(Step { undo, ..step });
                Ok(true)
            }
            Err(error) => {
                self.redo.push(step);
                Err(error)
            }
        }
    }
}
