//! Limits checked before a spreadsheet is read into memory: no plan needs more than a few thousand
//! rows, so a workbook that unpacks to hundreds of megabytes or a sheet of a million rows is refused
//! at once, with its size, instead of freezing a 4 GB laptop.

/// Largest file read (the bound plan files already have).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Largest part of an XLSX file (a sheet's XML, the shared strings) once unpacked.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Largest sum of the unpacked parts of an XLSX file.
pub const MAX_UNPACKED_BYTES: u64 = 4 * MAX_PART_BYTES;

/// Most rows read from one file (all sheets together).
pub const MAX_ROWS: usize = 100_000;

/// Most cells kept in memory from one file (empty cells between filled ones count).
pub const MAX_CELLS: usize = 2_000_000;

/// What was too large.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Oversize {
    /// The file itself.
    File {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// One part of the XLSX package, once unpacked.
    Part {
        /// The part's name inside the package ("xl/worksheets/sheet1.xml").
        part: String,
        /// Its unpacked size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// All parts of the XLSX package together, once unpacked.
    Unpacked {
        /// The unpacked size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// More rows than any plan could need.
    Rows {
        /// The sheet where the limit was reached.
        sheet: String,
        /// How many rows it has (or at least, when reading stopped there).
        rows: u64,
        /// The limit.
        limit: usize,
    },
    /// More cells than any plan could need.
    Cells {
        /// The sheet where the limit was reached.
        sheet: String,
        /// The limit.
        limit: usize,
    },
}

/// Why a sheet could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetReadError {
    /// Not a readable XLSX or CSV (what the reader said, in English).
    Unreadable(String),
    /// Over a limit; nothing more was read.
    Oversized(Oversize),
}

/// Counts rows and cells across the sheets of one file and refuses past the limits.
#[derive(Debug, Default)]
pub(super) struct Budget {
    rows: usize,
    cells: usize,
}

impl Budget {
    /// Takes one row of `cells` cells of sheet `sheet` from the budget.
    pub(super) fn take_row(&mut self, sheet: &str, cells: usize) -> Result<(), SheetReadError> {
        self.rows += 1;
        if self.rows > MAX_ROWS {
            return Err(SheetReadError::Oversized(Oversize::Rows {
                sheet: sheet.to_owned(),
                rows: self.rows as u64,
                limit: MAX_ROWS,
            }));
        }
        self.take_cells(sheet, cells)
    }

    /// Takes `cells` more cells of sheet `sheet` from the budget.
    pub(super) fn take_cells(&mut self, sheet: &str, cells: usize) -> Result<(), SheetReadError> {
        self.cells = self.cells.saturating_add(cells);
        if self.cells > MAX_CELLS {
            return Err(SheetReadError::Oversized(Oversize::Cells {
                sheet: sheet.to_owned(),
                limit: MAX_CELLS,
            }));
        }
        Ok(())
    }
}
