//! Native file dialogs behind a trait: rfd in the app, a scripted fake in tests.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose this file.
    Picked(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No native dialog could be shown (no portal, no zenity): ask for a typed path instead.
    Unavailable,
}

/// The kind of file a dialog is for (it sets the dialog's filter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A plan (.ron).
    Plan,
    /// A spreadsheet to import (.xlsx, .csv).
    Spreadsheet,
    /// A PDF report.
    Pdf,
    /// A Word document.
    Docx,
    /// An Excel workbook.
    Xlsx,
    /// A CSV table.
    Csv,
    /// A PNG image.
    Png,
}

impl FileKind {
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::Plan => ("Lộ Trình (.ron)", &["ron"]),
            Self::Spreadsheet => ("Excel, CSV", &["xlsx", "csv"]),
            Self::Pdf => ("PDF", &["pdf"]),
            Self::Docx => ("Word (.docx)", &["docx"]),
            Self::Xlsx => ("Excel (.xlsx)", &["xlsx"]),
            Self::Csv => ("CSV", &["csv"]),
            Self::Png => ("PNG", &["png"]),
        }
    }
}

/// Open and save dialogs.
pub trait FileDialogs {
    /// Asks for a file of `kind` to open.
    fn pick_open(&mut self, kind: FileKind, start_dir: Option<&Path>) -> DialogOutcome;
    /// Asks for a folder (of plans to consolidate).
    fn pick_folder(&mut self, start_dir: Option<&Path>) -> DialogOutcome;
    /// Asks for several files of `kind`; `Err` with the outcome when none was chosen.
    fn pick_open_many(
        &mut self,
        kind: FileKind,
        start_dir: Option<&Path>,
    ) -> Result<Vec<PathBuf>, DialogOutcome>;
    /// Asks where to save a file of `kind`, suggesting `file_name`.
    fn pick_save(
        &mut self,
        kind: FileKind,
        start_dir: Option<&Path>,
        file_name: &str,
    ) -> DialogOutcome;
}

/// rfd answers `None` both for "cancelled" and "no dialog available"; an answer this fast cannot
/// have come from a person.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(150);

/// Native dialogs through rfd.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl NativeDialogs {
    fn outcome(started: Instant, picked: Option<PathBuf>) -> DialogOutcome {
        match picked {
            Some(path) => DialogOutcome::Picked(path),
            None if started.elapsed() < TOO_FAST_FOR_A_PERSON => DialogOutcome::Unavailable,
            None => DialogOutcome::Cancelled,
        }
    }

    fn dialog(kind: FileKind, start_dir: Option<&Path>) -> rfd::FileDialog {
        let (name, extensions) = kind.filter();
        let dialog = rfd::FileDialog::new().add_filter(name, extensions);
        match start_dir {
            Some(dir) => dialog.set_directory(dir),
            None => dialog,
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, kind: FileKind, start_dir: Option<&Path>) -> DialogOutcome {
        let started = Instant::now();
        Self::outcome(started, Self::dialog(kind, start_dir).pick_file())
    }

    fn pick_folder(&mut self, start_dir: Option<&Path>) -> DialogOutcome {
        let started = Instant::now();
        let dialog = match start_dir {
            Some(dir) => rfd::FileDialog::new().set_directory(dir),
            None => rfd::FileDialog::new(),
        };
        Self::outcome(started, dialog.pick_folder())
    }

    fn pick_open_many(
        &mut self,
        kind: FileKind,
        start_dir: Option<&Path>,
    ) -> Result<Vec<PathBuf>, DialogOutcome> {
        let started = Instant::now();
        match Self::dialog(kind, start_dir).pick_files() {
            Some(paths) => Ok(paths),
            None => Err(Self::outcome(started, None)),
        }
    }

    fn pick_save(
        &mut self,
        kind: FileKind,
        start_dir: Option<&Path>,
        file_name: &str,
    ) -> DialogOutcome {
        let started = Instant::now();
        Self::outcome(
            started,
            Self::dialog(kind, start_dir)
                .set_file_name(file_name)
                .save_file(),
        )
    }
}

/// A scripted stand-in for tests: answers with the queued outcomes in order, then `Cancelled`.
#[derive(Debug, Default)]
pub struct FakeDialogs {
    /// Answers still to give.
    pub answers: std::collections::VecDeque<DialogOutcome>,
    /// How many dialogs were asked for.
    pub asked: usize,
}

impl FakeDialogs {
    /// A fake that gives `answers` in order.
    pub fn new(answers: impl IntoIterator<Item = DialogOutcome>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            asked: 0,
        }
    }

    fn next(&mut self) -> DialogOutcome {
        self.asked += 1;
        self.answers.pop_front().unwrap_or(DialogOutcome::Cancelled)
    }
}

impl FileDialogs for FakeDialogs {
    fn pick_open(&mut self, _kind: FileKind, _start_dir: Option<&Path>) -> DialogOutcome {
        self.next()
    }

    fn pick_folder(&mut self, _start_dir: Option<&Path>) -> DialogOutcome {
        self.next()
    }

    /// Gives the next queued outcome: a picked path is a list of one.
    fn pick_open_many(
        &mut self,
        _kind: FileKind,
        _start_dir: Option<&Path>,
    ) -> Result<Vec<PathBuf>, DialogOutcome> {
        match self.next() {
            DialogOutcome::Picked(path) => Ok(vec![path]),
            other => Err(other),
        }
    }

    fn pick_save(
        &mut self,
        _kind: FileKind,
        _start_dir: Option<&Path>,
        _file_name: &str,
    ) -> DialogOutcome {
        self.next()
    }
}
