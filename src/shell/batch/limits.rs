//! The limits of what a batch file may hold, in one place for `check --csv`
//! and the batch page (whose worker runs these same readers compiled to
//! WebAssembly). A file over one is refused with [`LimitError`], saying
//! which limit and where, before it can cost more memory or time than a
//! real registry does; never a crash. README.md (`check --csv`) lists them.

/// The largest file the batch page reads: it holds the whole list in the
/// worker's 32-bit WebAssembly memory (4 GiB at most), several times the
/// file's size once read. A registry of a million enterprises is some
/// 100 MiB as CSV. (`check --csv` streams a CSV of any size.)
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// The columns the batch page maps: each is a row of the mapping table
/// with its own menu (20,000 columns froze the tab for 16 s at 8 GB). A
/// registry has a few dozen. (`check --csv` reads any number.)
pub const MAX_PAGE_COLUMNS: u64 = 1_024;

/// The longest cell, in characters: Excel's own limit, for CSV and .xlsx.
pub const MAX_CELL_CHARS: usize = 32_767;

/// The rows of a worksheet (Excel's own limit; row numbers start at 1).
pub const MAX_ROWS: u64 = 1_048_576;

/// The columns of a worksheet (Excel's own limit, A to XFD).
pub const MAX_COLUMNS: u64 = 16_384;

/// The cells an .xlsx may spread over: its rows times its columns up to
/// each row's last used cell (about 1,000,000 rows of 32 columns). A sheet
/// stores only its used cells, so a few cells far apart would otherwise make
/// millions of empty ones.
pub const MAX_SHEET_CELLS: u64 = 1 << 25;
/// The cells calamine may lay out for all the sheets of an .xls, from the
/// first to the last used cell of each (some 4 million: a BIFF8 sheet of
/// 65,536 rows by 64 columns; calamine holds two copies of each).
pub const MAX_XLS_GRID_CELLS: u64 = 1 << 22;

/// The bytes one zip entry of an .xlsx may inflate to (its largest part is
/// the sheet: a 1,048,576-row registry of 8 columns is some 400 MiB).
pub const MAX_ENTRY_BYTES: u64 = 512 << 20;

/// The bytes all the entries of an .xlsx may inflate to together.
pub const MAX_INFLATED_BYTES: u64 = 1 << 30;

/// How many times its compressed size an entry may inflate to, once past
/// [`RATIO_FREE_BYTES`]: XML sheets compress 5 to 30 times; zip bombs
/// a thousand.
pub const MAX_INFLATE_RATIO: u64 = 100;

/// What any entry may inflate to whatever its ratio.
pub const RATIO_FREE_BYTES: u64 = 1 << 20;

/// The characters of a cell the page is sent to show (the mapping's
/// samples, a result's name and code): the whole list stays in the worker,
/// and a 32,767-character cell in a sample was a long stall of the tab.
pub const PREVIEW_CHARS: usize = 200;

/// A cell as the page shows it: at most [`PREVIEW_CHARS`] characters, the
/// rest as `…`.
pub fn preview(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.char_indices().nth(PREVIEW_CHARS) {
        None => std::borrow::Cow::Borrowed(cell),
        Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", cell.get(..cut).unwrap_or_default())),
    }
}

/// Why a file was refused as over a limit.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error("row {row}, column {column}: a cell longer than {MAX_CELL_CHARS} characters (the most a spreadsheet cell holds)")]
    CellTooLong { row: u64, column: u64 },
    #[error("row {0}: more rows than a worksheet holds ({MAX_ROWS})")]
    TooManyRows(u64),
    #[error("row {row}: column {column}, more columns than a worksheet holds ({MAX_COLUMNS})")]
    TooManyColumns { row: u64, column: u64 },
    #[error("more than {MAX_XLS_GRID_CELLS} cells in the .xls's sheets (rows × columns from each sheet's first used cell to its last)")]
    TooManyXlsCells,
    #[error("more than {MAX_SHEET_CELLS} cells (rows × columns up to each row's last used cell)")]
    TooManyCells,
    #[error("\"{0}\" inflates to more than {MAX_ENTRY_BYTES} bytes")]
    EntryTooLarge(String),
    #[error("\"{0}\" inflates to more than {MAX_INFLATE_RATIO} times its compressed size (a zip bomb?)")]
    InflateRatio(String),
    #[error("the parts of the file inflate to more than {MAX_INFLATED_BYTES} bytes")]
    InflatedTooLarge,
    #[error("a file of {0} bytes; the page reads files up to {MAX_FILE_BYTES} bytes (check --csv streams a CSV of any size)")]
    FileTooLarge(u64),
    #[error("{0} columns; the page maps up to {MAX_PAGE_COLUMNS} (check --csv reads any number)")]
    TooManyColumnsForPage(u64),
    #[error("the shared strings say they are {claimed} but hold at most {held}")]
    SharedStringsCount { claimed: String, held: u64 },
}

impl LimitError {
    /// The limit as the page names it (`cellTooLong`, `tooManyRows`, …),
    /// the row and column it was met at (0 when none), and the limit's value.
    pub fn parts(&self) -> (&'static str, u64, u64, u64) {
        match self {
            LimitError::CellTooLong { row, column } => ("cellTooLong", *row, *column, MAX_CELL_CHARS as u64),
            LimitError::TooManyRows(row) => ("tooManyRows", *row, 0, MAX_ROWS),
            LimitError::TooManyColumns { row, column } => ("tooManyColumns", *row, *column, MAX_COLUMNS),
            LimitError::TooManyCells => ("tooManyCells", 0, 0, MAX_SHEET_CELLS),
            LimitError::TooManyXlsCells => ("tooManyCells", 0, 0, MAX_XLS_GRID_CELLS),
            LimitError::EntryTooLarge(_) => ("inflatesTooMuch", 0, 0, MAX_ENTRY_BYTES),
            LimitError::InflateRatio(_) => ("inflatesTooMuch", 0, 0, MAX_INFLATE_RATIO),
            LimitError::InflatedTooLarge => ("inflatesTooMuch", 0, 0, MAX_INFLATED_BYTES),
            LimitError::SharedStringsCount { .. } => ("inconsistent", 0, 0, 0),
            LimitError::FileTooLarge(_) => ("fileTooLarge", 0, 0, MAX_FILE_BYTES),
            LimitError::TooManyColumnsForPage(columns) => ("pageColumns", 0, *columns, MAX_PAGE_COLUMNS),
        }
    }
}

/// The limits the page states before reading a file, as JSON for its worker.
pub fn page_limits_json() -> String {
    format!(
        r#"{{"maxFileBytes":{MAX_FILE_BYTES},"maxCellChars":{MAX_CELL_CHARS},"maxRows":{MAX_ROWS},"maxColumns":{MAX_COLUMNS},"maxPageColumns":{MAX_PAGE_COLUMNS}}}"#
    )
}

/// The characters of UTF-8 text (every byte that does not continue a
/// character), without decoding it.
pub fn chars_in(text: &[u8]) -> usize {
    text.iter().filter(|byte| (**byte & 0xC0) != 0x80).count()
}

/// [`LimitError::CellTooLong`] if a cell of a row is too long (`row` is the
/// spreadsheet's; columns count from 1).
pub fn check_cells<'a>(row: u64, cells: impl IntoIterator<Item = &'a [u8]>) -> Result<(), LimitError> {
    for (index, cell) in cells.into_iter().enumerate() {
        // A cell of no more bytes than the limit has no more characters.
        if cell.len() > MAX_CELL_CHARS && chars_in(cell) > MAX_CELL_CHARS {
            return Err(LimitError::CellTooLong { row, column: index as u64 + 1 });
        }
    }
    Ok(())
}
