//! Reading a spreadsheet file into grids: the extension chooses XLSX ([`super::xlsx_read`]) or CSV
//! ([`super::csv_read`]), and a file over the size limits is refused before it is read.

use std::io::Read as _;
use std::path::Path;

use super::SpreadsheetError;
use super::grid::Sheet;
use super::limits::{MAX_FILE_BYTES, Oversize, SheetReadError};
use super::{csv_read, xlsx_read};

/// Reads every sheet of the XLSX or CSV file at `path`, chosen by its extension. A file over the
/// size limits is refused before it is read into memory.
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, SpreadsheetError> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let is_xlsx = matches!(extension.as_str(), "xlsx" | "xlsm");
    if !is_xlsx && !matches!(extension.as_str(), "csv" | "txt" | "tsv") {
        return Err(SpreadsheetError::UnknownExtension {
            path: path.to_path_buf(),
        });
    }
    let bytes = read_limited(path)?;
    let problem = |error: SheetReadError| match error {
        SheetReadError::Unreadable(reason) => SpreadsheetError::NotSpreadsheet {
            path: path.to_path_buf(),
            reason,
        },
        SheetReadError::Oversized(oversize) => SpreadsheetError::TooLarge {
            path: path.to_path_buf(),
            oversize,
        },
    };
    if is_xlsx {
        return xlsx_read::read_xlsx(&bytes).map_err(problem);
    }
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    csv_read::read_csv(&bytes, &name)
        .map(|sheet| vec![sheet])
        .map_err(problem)
}

/// The file's bytes; a file over [`MAX_FILE_BYTES`] is refused from its size alone.
fn read_limited(path: &Path) -> Result<Vec<u8>, SpreadsheetError> {
    let read_error = |source| SpreadsheetError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    let too_large = |size| SpreadsheetError::TooLarge {
        path: path.to_path_buf(),
        oversize: Oversize::File {
            size,
            limit: MAX_FILE_BYTES,
        },
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
