//! The roll forward as data: the plan being rolled and its preview, and the requests about it.

use crate::model::Project;
use crate::planning::{RollChoice, RollPreview};

/// The plan being rolled forward and the preview of the new one.
#[derive(Clone, Debug, PartialEq)]
pub struct RollSession {
    /// The reviewed plan, as it was read or is open.
    pub source: Project,
    /// Its file name, kept as the new plan's predecessor.
    pub file_name: String,
    /// What the new plan will be, with the officer's choices.
    pub preview: RollPreview,
}

/// A request about the roll forward.
#[derive(Clone, Debug, PartialEq)]
pub enum RollAction {
    /// Start from the open plan, or ask for one when none is open.
    Start,
    /// Start the new plan in this year (the preview is made again).
    SetYear(i32),
    /// A choice in the preview.
    Choose(RollChoice),
    /// Make the new plan and open it (asking first about unsaved changes to the open one).
    Create,
}
