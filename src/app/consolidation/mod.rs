//! The consolidation in the window: a collection of member plans open beside (or instead of) a
//! plan, its own actions, the member shown read-only, the write into a plan waiting for approval,
//! and the watch on member files changed on disk. Member files are only ever read.

mod open;
mod write;

use std::path::PathBuf;

use super::collection::{
    CollectionFile, ConsolidationAction, ConsolidationState, DISK_CHECK_SECONDS, FileStamp,
    MemberView, WriteDestination, WritePreview, WriteTarget,
};
use super::state::AppState;
use crate::consolidate::Rule;

pub use open::{EXAMPLE_NAME, EXAMPLE_SEED, EXAMPLE_UNITS};

impl AppState {
    /// Uses the file picked or typed for the collection.
    pub(in crate::app) fn use_collection_file(&mut self, file: CollectionFile, path: PathBuf) {
        match file {
            CollectionFile::Members => self.open_consolidation(&[path]),
            CollectionFile::Save => self.save_collection_to(path),
            CollectionFile::ExampleFolder => self.write_example_into(&path),
            CollectionFile::WriteInto => self.prepare_write_into_file(path),
            CollectionFile::ExportPdf => self.write_consolidation_export(true, &path),
            CollectionFile::ExportXlsx => self.write_consolidation_export(false, &path),
        }
    }

    /// Carries out a consolidation action.
    pub fn handle_consolidation(&mut self, action: ConsolidationAction) {
        match action {
            ConsolidationAction::OpenFolder => self.consolidate_folder_dialog(),
            ConsolidationAction::OpenFiles => self.consolidate_files_dialog(),
            ConsolidationAction::Open(paths) => self.open_consolidation(&paths),
            ConsolidationAction::OpenExample => self.open_consolidation_example(),
            ConsolidationAction::Show => self.set_consolidation_visible(true),
            ConsolidationAction::Hide => self.set_consolidation_visible(false),
            ConsolidationAction::Close => self.close_consolidation(false),
            ConsolidationAction::CloseDiscarding => self.close_consolidation(true),
            ConsolidationAction::CancelClose => {
                if let Some(open) = &mut self.consolidation {
                    open.confirm_close = false;
                }
            }
            ConsolidationAction::SetRule { indicator_id, rule } => {
                self.set_consolidation_rule(indicator_id, rule);
            }
            ConsolidationAction::SetAsOf(date) => self.set_consolidation_as_of(date),
            ConsolidationAction::SetTitle(title) => {
                if let Some(open) = &mut self.consolidation
                    && open.collection.title != title
                {
                    open.collection.title = title;
                    open.dirty = true;
                }
            }
            ConsolidationAction::Save => self.save_collection(),
            ConsolidationAction::Reload => self.reload_consolidation(),
            ConsolidationAction::DismissChanged => {
                if let Some(open) = &mut self.consolidation {
                    open.changed_on_disk.clear();
                    open.stamps = open::stamps(&open.member_paths);
                }
            }
            ConsolidationAction::CheckDisk => self.check_members_on_disk(self.now, true),
            ConsolidationAction::ViewMember {
                member,
                indicator_id,
            } => self.view_member(member, indicator_id),
            ConsolidationAction::SelectMemberIndicator(indicator_id) => {
                if let Some(view) = self.consolidation.as_mut().and_then(|o| o.viewing.as_mut()) {
                    view.selected = Some(indicator_id);
                }
            }
            ConsolidationAction::BackToCollection => {
                if let Some(open) = &mut self.consolidation {
                    open.viewing = None;
                }
            }
            ConsolidationAction::PrepareWrite(target) => self.prepare_write(target),
            ConsolidationAction::ApplyWrite => self.apply_write(),
            ConsolidationAction::CancelWrite => {
                if let Some(open) = &mut self.consolidation {
                    open.pending_write = None;
                }
            }
            ConsolidationAction::ExportXlsx => self.export_consolidation(false),
            ConsolidationAction::ExportPdf => self.export_consolidation(true),
        }
    }

    /// When the open collection has unsaved changes, shows it with the question whether to save
    /// them, and returns true: the program does not close yet.
    pub fn collection_holds_quit(&mut self) -> bool {
        match &mut self.consolidation {
            Some(open) if open.dirty => {
                open.visible = true;
                open.confirm_close = true;
                true
            }
            _ => false,
        }
    }

    /// The open collection, if any.
    pub fn consolidation(&self) -> Option<&ConsolidationState> {
        self.consolidation.as_deref()
    }

    /// True when the collection is open and shown.
    pub fn consolidation_visible(&self) -> bool {
        self.consolidation.as_ref().is_some_and(|o| o.visible)
    }

    fn set_consolidation_visible(&mut self, visible: bool) {
        if let Some(open) = &mut self.consolidation {
            open.visible = visible;
            if !visible {
                open.viewing = None;
            }
        }
    }

    fn close_consolidation(&mut self, discard: bool) {
        let Some(open) = &mut self.consolidation else {
            return;
        };
        if open.dirty && !discard {
            open.confirm_close = true;
            return;
        }
        self.consolidation = None;
    }

    fn set_consolidation_rule(&mut self, indicator_id: String, rule: Option<Rule>) {
        let Some(open) = &mut self.consolidation else {
            return;
        };
        let before = open.collection.rules.get(&indicator_id).copied();
        if before == rule {
            return;
        }
        match rule {
            Some(rule) => open.collection.rules.insert(indicator_id, rule),
            None => open.collection.rules.remove(&indicator_id),
        };
        open.consolidation.apply_rules(&open.collection.rules);
        open.generation += 1;
        open.dirty = true;
    }
}
