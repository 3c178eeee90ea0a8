//! From the collection to plans: a member shown read-only, the consolidated values written into a
//! plan (shown first, then applied as one undoable change), and the collection's exports.

use std::path::PathBuf;

use super::super::action::{Action, Intent};
use super::super::document::Document;
use super::super::purpose::FilePurpose;
use super::super::reports::edits_between;
use super::super::state::{AppState, Modal};
use super::{CollectionFile, MemberView, WriteDestination, WritePreview, WriteTarget};
use crate::consolidate::{new_plan, write_into};
use crate::storage;

impl AppState {
    /// Shows member `member`'s plan read-only, judged at the collection's reporting date.
    pub(in crate::app) fn view_member(&mut self, member: usize, indicator_id: Option<String>) {
        let lang = self.lang();
        let Some(open) = &self.consolidation else {
            return;
        };
        let Some(snapshot) = open.consolidation.members.get(member) else {
            return;
        };
        let path = snapshot.path.clone();
        let bundled = open
            .bundled
            .as_ref()
            .and_then(|plans| plans.iter().find(|(p, _)| *p == path))
            .map(|(_, plan)| plan.clone());
        let project = match bundled {
            Some(plan) => plan,
            None => match storage::load(&path) {
                Ok(loaded) => loaded.project,
                Err(error) => {
                    self.modal = Some(Modal::Error(error.message(lang)));
                    return;
                }
            },
        };
        let as_of = open.consolidation.as_of;
        let mut project = project;
        project.as_of = as_of;
        let name = snapshot.display_name();
        let selected = indicator_id.or_else(|| project.indicators.first().map(|i| i.id.clone()));
        let document = Document::new(project, Some(path), name, true);
        if let Some(open) = &mut self.consolidation {
            open.viewing = Some(MemberView {
                member,
                document,
                selected,
            });
        }
    }

    /// Works out what writing the consolidated values into `target` would do, and shows it.
    pub(in crate::app) fn prepare_write(&mut self, target: WriteTarget) {
        let destination = match target {
            WriteTarget::OpenPlan if self.document.is_some() => WriteDestination::OpenDocument,
            WriteTarget::OpenPlan => return,
            WriteTarget::NewPlan => WriteDestination::New,
            WriteTarget::PickPlan => {
                self.pick_file(FilePurpose::Collection(CollectionFile::WriteInto), "");
                return;
            }
        };
        self.show_write(destination);
    }

    /// Works out what writing the consolidated values into the plan file `path` would do, and
    /// shows it (the open plan when it is that file).
    pub(in crate::app) fn prepare_write_into_file(&mut self, path: PathBuf) {
        let lang = self.lang();
        let open_path = self.document.as_ref().and_then(|d| d.path.clone());
        let destination = if open_path.is_some_and(|p| same_file(&p, &path)) {
            WriteDestination::OpenDocument
        } else {
            match storage::load(&path) {
                Ok(loaded) => WriteDestination::File {
                    path,
                    original: Box::new(loaded.project),
                },
                Err(error) => {
                    self.modal = Some(Modal::Error(error.message(lang)));
                    return;
                }
            }
        };
        self.show_write(destination);
    }

    /// Shows what writing into `destination` would do.
    fn show_write(&mut self, destination: WriteDestination) {
        let lang = self.lang();
        let Some(open) = &self.consolidation else {
            return;
        };
        let title = &open.collection.title;
        let (write, target_name) = match &destination {
            WriteDestination::OpenDocument => {
                let Some(document) = &self.document else {
                    return;
                };
                let write = write_into(&open.consolidation, &document.project, title, lang);
                (write, document.display_name.clone())
            }
            WriteDestination::File { path, original } => {
                let write = write_into(&open.consolidation, original, title, lang);
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (write, name)
            }
            WriteDestination::New => {
                let write = new_plan(&open.consolidation, &open.collection, lang);
                let untitled = lang.texts().untitled;
                let name = match open.collection.unit.name.as_str() {
                    "" => untitled.to_owned(),
                    unit => format!("{unit} ({untitled})"),
                };
                (write, name)
            }
        };
        if let Some(open) = &mut self.consolidation {
            open.pending_write = Some(Box::new(WritePreview {
                destination,
                target_name,
                write,
            }));
        }
    }

    /// Applies the write shown: into the open plan at once, or — asking first about unsaved
    /// changes — by opening the plan file (or the new plan) with the write as its first change.
    pub(in crate::app) fn apply_write(&mut self) {
        let Some(preview) = self
            .consolidation
            .as_ref()
            .and_then(|o| o.pending_write.as_ref())
        else {
            return;
        };
        if preview.destination == WriteDestination::OpenDocument {
            self.finish_write();
        } else {
            self.request(Intent::ApplyConsolidatedWrite);
        }
    }

    /// Carries out the write waiting for approval (after the unsaved-changes question, if any).
    pub(in crate::app) fn finish_write(&mut self) {
        let Some(preview) = self
            .consolidation
            .as_mut()
            .and_then(|o| o.pending_write.take())
        else {
            return;
        };
        let preview = *preview;
        let lang = self.lang();
        let written = preview.write.written.len();
        match preview.destination {
            WriteDestination::OpenDocument => {
                let Some(document) = &self.document else {
                    return;
                };
                let edit = edits_between(&document.project, &preview.write.result);
                self.handle(Action::Edit(edit));
            }
            WriteDestination::File { path, original } => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let original = *original;
                let edit = edits_between(&original, &preview.write.result);
                self.set_document(Document::new(original, Some(path.clone()), name, true));
                self.remember(&path);
                self.handle(Action::Edit(edit));
            }
            WriteDestination::New => {
                let name = lang.texts().untitled.to_owned();
                self.set_document(Document::new(preview.write.result, None, name, false));
            }
        }
        if let Some(open) = &mut self.consolidation {
            open.visible = false;
            open.viewing = None;
        }
        let text = (lang.texts().consolidate.written_toast)(written, &preview.target_name);
        self.toast(text);
    }

    /// Asks where to write the collection's workbook or PDF report, and writes it.
    pub(in crate::app) fn export_consolidation(&mut self, pdf: bool) {
        let Some(open) = &self.consolidation else {
            return;
        };
        let (file, extension) = if pdf {
            (CollectionFile::ExportPdf, "pdf")
        } else {
            (CollectionFile::ExportXlsx, "xlsx")
        };
        let stem = open
            .collection_path
            .as_ref()
            .unwrap_or(&open.suggested_path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "tong-hop".to_owned());
        let file_name = format!("{stem}.{extension}");
        self.pick_file(FilePurpose::Collection(file), &file_name);
    }

    /// Writes the collection's workbook or PDF report to `path`.
    #[cfg(feature = "reports")]
    pub(in crate::app) fn write_consolidation_export(&mut self, pdf: bool, path: &std::path::Path) {
        let lang = self.lang();
        let Some(open) = &self.consolidation else {
            return;
        };
        let result = if pdf {
            let options = crate::report::ExportOptions {
                lang,
                printed_on: self.today,
            };
            crate::report::write_consolidated_pdf(
                &open.collection,
                &open.consolidation,
                path,
                &options,
            )
            .map_err(|e| e.message(lang))
        } else {
            crate::spreadsheet::write_consolidation_xlsx(
                &open.collection,
                &open.consolidation,
                path,
                lang,
            )
            .map_err(|e| e.message(lang))
        };
        match result {
            Ok(()) => self.toast((lang.texts().report_written)(&path.display().to_string())),
            Err(message) => self.modal = Some(Modal::Error(message)),
        }
    }

    /// Says that this build writes no reports.
    #[cfg(not(feature = "reports"))]
    pub(in crate::app) fn write_consolidation_export(
        &mut self,
        _pdf: bool,
        path: &std::path::Path,
    ) {
        let text = (self.lang().texts().report_unavailable)(&path.display().to_string());
        self.modal = Some(Modal::Error(text));
    }
}

/// True when the two paths name the same file.
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
