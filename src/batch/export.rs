//! The results as a table: the original columns as read, then `error`,
//! then per measure `<id> status` and `<id> missing` (facts joined by `;`).
//! Written as CSV for Excel (UTF-8 with a byte-order mark, CRLF) by the
//! command line and the page, and as an .xlsx by the page.

use super::check::{measures, CellError};
use crate::condition::FactSet;
use crate::encode::status_name;
use crate::report::Status;
use std::collections::HashMap;
use std::io::{self, Write};

/// The byte-order mark that tells Excel a CSV is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

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

/// An error cell: each problem as `column N (header): problem`, joined by `; `.
pub fn error_text(errors: &[CellError]) -> String {
    errors
        .iter()
        .map(|error| match error.column {
            0 => error.problem.clone(),
            column if error.header.is_empty() => format!("column {column}: {}", error.problem),
            column => format!("column {column} ({}): {}", error.header, error.problem),
        })
        .collect::<Vec<_>>()
        .join("; ")
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

/// Writes the exported header row.
pub fn write_header<W: Write>(writer: &mut csv::Writer<W>, original: &[String]) -> io::Result<()> {
    writer.write_record(headers(original)).map_err(io::Error::from)
}

/// Writes one row: the original cells (as many as there are headers), then
/// the error or the results.
#[derive(Default)]
pub struct RowWriter {
    /// Each `missing` cell written so far: a list has few different sets,
    /// and a row has one for every measure.
    missing: HashMap<FactSet, String>,
}

impl RowWriter {
    pub fn cells<'a, W: Write>(
        &self,
        writer: &mut csv::Writer<W>,
        columns: usize,
        cells: impl Iterator<Item = &'a [u8]>,
    ) -> io::Result<()> {
        let mut written = 0;
        for cell in cells.take(columns) {
            writer.write_field(cell)?;
            written += 1;
        }
        for _ in written..columns {
            writer.write_field(b"")?;
        }
        Ok(())
    }

    /// Ends a row that could not be checked.
    pub fn error<W: Write>(&self, writer: &mut csv::Writer<W>, errors: &[CellError]) -> io::Result<()> {
        writer.write_field(error_text(errors))?;
        for _ in measures() {
            writer.write_field(b"")?;
            writer.write_field(b"")?;
        }
        writer.write_record(None::<&[u8]>).map_err(io::Error::from)
    }

    /// Writes the error cell (empty) of a checked row; then call
    /// [`RowWriter::result`] for each measure and [`RowWriter::end`].
    pub fn start_results<W: Write>(&self, writer: &mut csv::Writer<W>) -> io::Result<()> {
        writer.write_field(b"").map_err(io::Error::from)
    }

    pub fn result<W: Write>(
        &mut self,
        writer: &mut csv::Writer<W>,
        status: Status,
        missing: FactSet,
    ) -> io::Result<()> {
        writer.write_field(status_name(status))?;
        if missing == FactSet::EMPTY {
            return writer.write_field(b"").map_err(io::Error::from);
        }
        let text = self.missing.entry(missing).or_insert_with(|| {
            let mut text = String::new();
            missing_text(&mut text, missing);
            text
        });
        writer.write_field(text.as_bytes()).map_err(io::Error::from)
    }

    pub fn end<W: Write>(&self, writer: &mut csv::Writer<W>) -> io::Result<()> {
        writer.write_record(None::<&[u8]>).map_err(io::Error::from)
    }
}
