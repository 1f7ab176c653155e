//! The results as a table: the original columns as read, then `error`,
//! then per measure `<id> status` and `<id> missing` (facts joined by `;`).
//! Written as CSV for Excel (UTF-8 with a byte-order mark, CRLF) by the
//! command line and the page, and as an .xlsx by the page.

use super::check::{measures, CellError};
use crate::engine::condition::FactSet;
use crate::output::encode::status_name;
use crate::output::report::Status;
use std::borrow::Cow;
use std::io::Write;

/// The byte-order mark that tells Excel a CSV is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether a spreadsheet opening a CSV would take `cell` as a formula (or
/// a cell that starts one after its leading TAB or CR is trimmed): it starts
/// with `=`, `+`, `-`, `@`, TAB or CR, or with the full-width `＝＋－＠`
/// that Excel and WPS in Chinese accept as well.
pub fn starts_a_formula(cell: &[u8]) -> bool {
    const FULL_WIDTH: [&[u8]; 4] = ["＝".as_bytes(), "＋".as_bytes(), "－".as_bytes(), "＠".as_bytes()];
    matches!(cell.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
        || FULL_WIDTH.iter().any(|prefix| cell.starts_with(prefix))
}

/// A cell as read, made safe to open in a spreadsheet (CSV or formula
/// injection, OWASP): one that would start a formula (`=HYPERLINK(…)`,
/// `+cmd|…`, `-2+3`, `@SUM(…)`) is written as text, after a `'`. Every cell
/// that comes from the input (headers included) goes through this; the
/// export's own cells (statuses, missing facts) never start a formula.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if starts_a_formula(cell.as_bytes()) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// [`spreadsheet_safe`] on bytes: the cell with its `'` when it needs one.
fn spreadsheet_safe_bytes(cell: &[u8]) -> Option<Vec<u8>> {
    starts_a_formula(cell).then(|| [b"'", cell].concat())
}

/// The headers of the exported table.
pub fn headers(original: &[String]) -> Vec<String> {
    let mut headers = original.to_vec();
    headers.push("error".to_owned());
    for measure in measures() {
        headers.push(format!("{} status", measure.id));
        headers.push(format!("{} missing", measure.id));
    }
    headers
}

/// An error cell: each problem as `column N (header) "value": problem`
/// (see [`place`]), joined by `; `.
pub fn error_text(errors: &[CellError]) -> String {
    errors
        .iter()
        .map(|error| match place(error) {
            place if place.is_empty() => error.problem.clone(),
            place => format!("{place}: {}", error.problem),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where a cell's problem is and what was read there, so that whoever
/// fixes the registry finds the cell: `column N (header) "value"`, the
/// value cut at [`SHOWN_VALUE_CHARS`] characters and left out when the
/// problem already quotes it whole or the cell was empty; empty for a
/// problem of the whole row.
pub fn place(error: &CellError) -> String {
    let column = match error.column {
        0 => return String::new(),
        column if error.header.is_empty() => format!("column {column}"),
        column => format!("column {column} ({})", error.header),
    };
    let value = error.value.trim();
    if value.is_empty() || error.problem.contains(&format!("\"{value}\"")) {
        return column;
    }
    format!("{column} \"{}\"", shown_value(value))
}

/// How much of a refused cell an error message quotes.
pub const SHOWN_VALUE_CHARS: usize = 40;

/// A refused cell's value as the messages quote it: trimmed, and cut at
/// [`SHOWN_VALUE_CHARS`] characters with `…` after a cut. The batch
/// summary carries it (`shown`), so that the page's table for people quotes
/// what `check --csv` and the machine export quote, cut by this one rule.
pub fn shown_value(value: &str) -> Cow<'_, str> {
    let value = value.trim();
    match value.char_indices().nth(SHOWN_VALUE_CHARS) {
        None => Cow::Borrowed(value),
        Some((at, _)) => Cow::Owned(format!("{}…", value.get(..at).unwrap_or(value))),
    }
}

/// Missing facts as one cell: names joined by `;`.
pub fn missing_text(out: &mut String, missing: FactSet) {
    out.clear();
    for (position, fact) in missing.iter().enumerate() {
        if position > 0 {
            out.push(';');
        }
        out.push_str(fact.name());
    }
}

/// A CSV writer as the exports write: CRLF line ends, quotes where needed.
pub fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out)
}

/// Writes rows of the export into a byte buffer: the original cells and
/// the error cell quoted where needed by `csv_core` (the `csv` crate's
/// core), the statuses and missing facts — ASCII words and `;`, which never
/// need quotes — appended as they are: a row has over a hundred of them, and
/// this is most of `check --csv`'s output.
pub struct RowWriter {
    core: csv_core::Writer,
    /// Each `missing` cell written so far, by its set: a list has few
    /// different ones.
    missing: Vec<(FactSet, String)>,
}

impl Default for RowWriter {
    fn default() -> Self {
        RowWriter { core: csv_core::Writer::new(), missing: Vec::new() }
    }
}

/// Runs a `csv_core` write into the spare room at the end of `out`, growing
/// it until the write fits.
fn grow_into(out: &mut Vec<u8>, mut write: impl FnMut(&mut [u8]) -> (csv_core::WriteResult, usize)) {
    let mut room = 64;
    loop {
        let start = out.len();
        out.resize(start + room, 0);
        let (result, written) = write(out.get_mut(start..).unwrap_or_default());
        out.truncate(start + written);
        match result {
            csv_core::WriteResult::InputEmpty => return,
            csv_core::WriteResult::OutputFull => room *= 2,
        }
    }
}

impl RowWriter {
    /// One quoted-where-needed field, after a delimiter unless it is the
    /// row's first.
    fn field(&mut self, out: &mut Vec<u8>, first: bool, field: &[u8]) {
        let core = &mut self.core;
        if !first {
            grow_into(out, |room| core.delimiter(room));
        }
        let mut input = field;
        grow_into(out, |room| {
            let (result, read, written) = core.field(input, room);
            input = input.get(read..).unwrap_or_default();
            (result, written)
        });
    }

    /// Writes the original cells: as many as there are headers, each
    /// [`spreadsheet_safe`].
    pub fn cells<'a>(&mut self, out: &mut Vec<u8>, columns: usize, cells: impl Iterator<Item = &'a [u8]>) {
        let mut written = 0;
        for cell in cells.take(columns) {
            match spreadsheet_safe_bytes(cell) {
                Some(safe) => self.field(out, written == 0, &safe),
                None => self.field(out, written == 0, cell),
            }
            written += 1;
        }
        for index in written..columns {
            self.field(out, index == 0, b"");
        }
    }

    /// Writes the error cell and closes it: the results follow as they are.
    fn error_cell(&mut self, out: &mut Vec<u8>, text: &[u8], columns: usize) {
        // An error names a column or says what is wrong, never starting with
        // a cell's text; made safe all the same.
        let safe = spreadsheet_safe_bytes(text);
        self.field(out, columns == 0, safe.as_deref().unwrap_or(text));
        let core = &mut self.core;
        // Closes a quoted error cell; the next field starts after it.
        grow_into(out, |room| core.delimiter(room));
        // The delimiter is written by `result` and `error`.
        out.pop();
    }

    /// Ends a row that could not be checked: the error, and no results.
    pub fn error(&mut self, out: &mut Vec<u8>, columns: usize, errors: &[CellError]) {
        self.error_cell(out, error_text(errors).as_bytes(), columns);
        for _ in measures() {
            out.extend_from_slice(b",,");
        }
        out.extend_from_slice(b"\r\n");
    }

    /// Writes the (empty) error cell of a checked row; then call
    /// [`RowWriter::result`] for each measure and [`RowWriter::end`].
    pub fn start_results(&mut self, out: &mut Vec<u8>, columns: usize) {
        self.error_cell(out, b"", columns);
    }

    /// One measure's result whose `missing` cell is already written out
    /// ([`missing_text`]; "" when nothing is missing).
    pub fn result_text(out: &mut Vec<u8>, status: Status, missing: &str) {
        out.push(b',');
        out.extend_from_slice(status_name(status).as_bytes());
        out.push(b',');
        out.extend_from_slice(missing.as_bytes());
    }

    pub fn result(&mut self, out: &mut Vec<u8>, status: Status, missing: FactSet) {
        if missing == FactSet::EMPTY {
            return RowWriter::result_text(out, status, "");
        }
        let text = match self.missing.iter().position(|(set, _)| *set == missing) {
            Some(found) => self.missing.get(found).map_or("", |(_, text)| text.as_str()),
            None => {
                let mut text = String::new();
                missing_text(&mut text, missing);
                self.missing.push((missing, text));
                self.missing.last().map_or("", |(_, text)| text.as_str())
            }
        };
        RowWriter::result_text(out, status, text);
    }

    pub fn end(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"\r\n");
    }
}
