//! A CSV read as a stream, in chunks of rows, for `check --csv`: a registry
//! of ten million enterprises is never held in memory. The encoding is
//! detected from the first mebibyte (or given); GB18030 is decoded on the
//! way by `encoding_rs`'s streaming decoder. Each chunk is checked on its
//! own ([`ChunkChecker`]), so that chunks can go to several threads and
//! their output be written in order.

use super::check::{CellError, RowChecker};
use super::columns::{Columns, Target};
use super::export::RowWriter;
use super::input::{self, Encoding, EncodingChoice, ReadError};
use super::limits;
use super::registry::{find_header, HEADER_SEARCH_ROWS};
use super::registry::{CodeCheck, Codes, NoteCounts, Settings, ValueMaps};
use crate::engine::condition::FactSet;
use crate::engine::profile::Today;
use crate::output::report::Status;
use std::io::{self, Read};

/// How much of the start of a CSV decides its encoding and separator.
const SAMPLE_BYTES: usize = 1 << 20;

/// UTF-8 from bytes in another encoding, decoded as they are read.
pub struct Decoded<R> {
    inner: R,
    decoder: Option<encoding_rs::Decoder>,
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// The decoder has been given its last bytes (`last = true`) and has
    /// written all it had: calling it again panics in `encoding_rs`.
    finished: bool,
}

impl<R: Read> Decoded<R> {
    fn new(inner: R, encoding: Encoding) -> Decoded<R> {
        let decoder = match encoding {
            Encoding::Utf8 | Encoding::Utf8Bom => None,
            Encoding::Gb18030 => Some(encoding_rs::GB18030.new_decoder_without_bom_handling()),
            Encoding::Utf16Le => Some(encoding_rs::UTF_16LE.new_decoder_with_bom_removal()),
            Encoding::Utf16Be => Some(encoding_rs::UTF_16BE.new_decoder_with_bom_removal()),
        };
        Decoded { inner, decoder, buffer: vec![0; 1 << 16], start: 0, end: 0, eof: false, finished: false }
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let Some(decoder) = self.decoder.as_mut() else { return self.inner.read(out) };
        if self.finished || out.is_empty() {
            return Ok(0);
        }
        loop {
            if self.start == self.end && !self.eof {
                self.start = 0;
                self.end = self.inner.read(&mut self.buffer)?;
                self.eof = self.end == 0;
            }
            let input = self.buffer.get(self.start..self.end).unwrap_or_default();
            let (result, read, written, _) = decoder.decode_to_utf8(input, out, self.eof);
            self.start += read;
            // With `last`, the decoder is done once it has taken every byte
            // and had room for all it writes (a cut character's U+FFFD).
            if self.eof && self.start == self.end && result == encoding_rs::CoderResult::InputEmpty {
                self.finished = true;
            }
            if written > 0 || self.finished {
                return Ok(written);
            }
        }
    }
}

/// The decoded CSV on its way to the `csv` reader, its quotes watched
/// ([`input::Quotes`]): a quoted cell still open at the end is an error, not
/// the rest of the file as one cell.
pub struct Watched<R> {
    inner: R,
    quotes: input::Quotes,
}

impl<R: Read> Read for Watched<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(out)?;
        self.quotes.feed(out.get(..read).unwrap_or_default());
        Ok(read)
    }
}

/// What the `csv` reader of a [`CsvStream`] reads: the sample read first,
/// then the rest, decoded, its quotes watched.
type Source<R> = Watched<Decoded<io::Chain<io::Cursor<Vec<u8>>, R>>>;

/// One row of a chunk.
pub enum ChunkRow {
    /// A row's number, cells and what its credit code says.
    Record(u64, csv::ByteRecord, CodeCheck),
    /// A row without a value between data rows: kept, and reported as an
    /// error row.
    Blank(u64),
}

/// A CSV being read: its columns and the rows still to come.
pub struct CsvStream<R: Read> {
    reader: csv::Reader<Source<R>>,
    columns: Columns,
    encoding: Encoding,
    /// The row number of the next record.
    next_number: u64,
    /// The number of the last row given out (at first, the header's).
    last_row: u64,
    /// The next row with a value, held until the blank rows before it are
    /// given out (blank rows at the end of the file are not).
    waiting: Option<(u64, csv::ByteRecord)>,
    /// The next blank row to give out before `waiting`.
    next_blank: u64,
    /// Rows given out so far.
    rows: u64,
    /// The header's row number and the rows with a value above it.
    header_row: u64,
    skipped: usize,
    codes: Codes,
    /// UTF-8 was guessed from the first mebibyte only: a row after it that
    /// is not UTF-8 is an error, not cells of U+FFFD.
    guessed_utf8: bool,
    /// An error found after rows still to be given out: given next time.
    pending: Option<ReadError>,
}

impl<R: Read> CsvStream<R> {
    /// Reads the start of `input`: its encoding, separator and header row.
    pub fn open(input: R, choice: EncodingChoice) -> Result<CsvStream<R>, ReadError> {
        CsvStream::open_at(input, choice, None)
    }

    /// [`CsvStream::open`] with the header's row chosen (1 to 10), as
    /// [`input::read_csv_at`] reads it.
    pub fn open_at(mut input: R, choice: EncodingChoice, header_row: Option<u64>) -> Result<CsvStream<R>, ReadError> {
        let chosen = input::checked_header_row(header_row)?;
        let mut sample = Vec::with_capacity(SAMPLE_BYTES);
        (&mut input).take(SAMPLE_BYTES as u64).read_to_end(&mut sample).map_err(|e| ReadError::Csv(e.to_string()))?;
        if sample.is_empty() {
            return Err(ReadError::Empty);
        }
        if input::looks_binary(&sample) {
            return Err(ReadError::Binary);
        }
        let whole = sample.len() < SAMPLE_BYTES;
        let encoding = input::choose_encoding(&sample, whole, choice);
        let decoded = input::decode(&sample, encoding);
        let delimiter = input::delimiter(&decoded);
        // The header below title rows, as the page finds it (input::read_csv).
        let top: Vec<csv::StringRecord> = input::csv_reader(decoded.as_bytes(), delimiter)
            .records()
            .take(HEADER_SEARCH_ROWS)
            .map_while(Result::ok)
            .collect();
        let above = match chosen {
            Some(row) => usize::try_from(row - 1).unwrap_or(0),
            None => find_header(top.iter().map(csv::StringRecord::iter)).unwrap_or(0),
        };
        drop(decoded);
        // A UTF-8 byte-order mark is not text, before UTF-8 or (a tool's
        // mistake) before GB18030.
        if sample.starts_with(b"\xEF\xBB\xBF") && encoding != Encoding::Utf8 {
            sample.drain(..3.min(sample.len()));
        }
        let chained = io::Cursor::new(sample).chain(input);
        let watched = Watched { inner: Decoded::new(chained, encoding), quotes: input::Quotes::new(delimiter) };
        let mut reader = input::csv_reader(watched, delimiter);
        let mut counter = 0u64;
        let mut record = csv::ByteRecord::new();
        let mut skipped = 0;
        while counter < above as u64 {
            if !reader.read_byte_record(&mut record).map_err(|e| ReadError::Csv(e.to_string()))? {
                return Err(ReadError::Empty);
            }
            counter += 1;
            if record.iter().any(|field| !String::from_utf8_lossy(field).trim().is_empty()) {
                skipped += 1;
            }
        }
        // The header: the first row with a value.
        let (header, header_row) = loop {
            if !reader.read_byte_record(&mut record).map_err(|e| ReadError::Csv(e.to_string()))? {
                reader.get_ref().quotes.finish()?;
                return Err(ReadError::Empty);
            }
            counter += 1;
            let number = counter;
            limits::check_cells(number, record.iter())?;
            if record.iter().any(|field| !String::from_utf8_lossy(field).trim().is_empty()) {
                break (record, number);
            }
        };
        let mut headers: Vec<String> =
            header.iter().map(|field| String::from_utf8_lossy(field).trim().to_owned()).collect();
        while headers.last().is_some_and(String::is_empty) {
            headers.pop();
        }
        if headers.is_empty() {
            return Err(ReadError::NoHeader);
        }
        // A header of two rows (registry::sub_header): the next record is
        // read now, and is either the header's second row or the first data
        // row, given out by the first chunk.
        let mut waiting = None;
        let mut next_number = header_row + 1;
        let mut last_row = header_row;
        let mut next = csv::ByteRecord::new();
        if reader.read_byte_record(&mut next).map_err(|e| ReadError::Csv(e.to_string()))? {
            let found = chosen.is_none();
            limits::check_cells(next_number, next.iter())?;
            let cells: Vec<String> = next.iter().map(|field| String::from_utf8_lossy(field).into_owned()).collect();
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            if let Some(merged) = super::registry::sub_header(&headers, &cells).filter(|_| found) {
                headers = merged;
                last_row = next_number;
            } else if !next.iter().all(|field| field.iter().all(u8::is_ascii_whitespace)) {
                waiting = Some((next_number, next));
            }
            next_number += 1;
        }
        let guessed_utf8 =
            choice == EncodingChoice::Auto && !whole && matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom);
        if let Some((number, record)) = &waiting {
            if guessed_utf8 && record.iter().any(|field| std::str::from_utf8(field).is_err()) {
                return Err(ReadError::NotUtf8(*number));
            }
        }
        let columns = Columns::guess(&headers);
        let codes = Codes::new(columns.position(Target::Code));
        Ok(CsvStream {
            reader,
            columns,
            encoding,
            next_number,
            last_row,
            next_blank: last_row + 1,
            waiting,
            rows: 0,
            header_row,
            skipped,
            codes,
            guessed_utf8,
            pending: None,
        })
    }

    /// Maps the columns otherwise (a saved mapping), before the first chunk.
    pub fn set_columns(&mut self, columns: Columns) {
        self.codes = Codes::new(columns.position(Target::Code));
        self.columns = columns;
    }

    /// The header's row number.
    pub fn header_row(&self) -> u64 {
        self.header_row
    }

    /// Rows with a value above the header (title rows), not read.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Data rows given out so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Fills `chunk` with up to `max` rows; `false` when the input is done.
    /// Rows without a value between data rows are given out as
    /// [`ChunkRow::Blank`]; those after the last data row are dropped.
    pub fn next_chunk(&mut self, chunk: &mut Vec<ChunkRow>, max: usize) -> Result<bool, ReadError> {
        chunk.clear();
        if let Some(error) = self.pending.take() {
            return Err(error);
        }
        while chunk.len() < max {
            if let Some((number, record)) = self.waiting.take() {
                if self.next_blank < number {
                    chunk.push(ChunkRow::Blank(self.next_blank));
                    self.next_blank += 1;
                    self.waiting = Some((number, record));
                } else {
                    let code = self
                        .codes
                        .check(number, |i| record.get(i).and_then(|f| std::str::from_utf8(f).ok()).unwrap_or(""));
                    chunk.push(ChunkRow::Record(number, record, code));
                    self.last_row = number;
                }
                continue;
            }
            let mut record = csv::ByteRecord::new();
            if !self.reader.read_byte_record(&mut record).map_err(|e| ReadError::Csv(e.to_string()))? {
                // The rows read are given out first; the error comes next.
                if chunk.is_empty() {
                    self.reader.get_ref().quotes.finish()?;
                }
                break;
            }
            // A record is a row (a spreadsheet's numbering).
            let number = self.next_number;
            self.next_number += 1;
            limits::check_cells(number, record.iter())?;
            if self.guessed_utf8 && record.iter().any(|field| std::str::from_utf8(field).is_err()) {
                // The rows before it are given out first.
                let error = ReadError::NotUtf8(number);
                if chunk.is_empty() {
                    return Err(error);
                }
                self.pending = Some(error);
                break;
            }
            if record.iter().all(|field| field.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            self.next_blank = self.last_row + 1;
            self.waiting = Some((number, record));
        }
        self.rows += chunk.len() as u64;
        Ok(!chunk.is_empty())
    }
}

/// Checks the rows of chunks and writes them as export CSV: one per
/// thread, all alike.
#[derive(Clone)]
pub struct ChunkChecker {
    checker: RowChecker,
    columns: usize,
    /// The workbook's sheets that the rows' code checks name ([`Codes::sheets`]).
    sheets: Vec<String>,
}

/// Writes a row's cells and its `code check` cell after them.
pub fn write_cells<'a>(
    row_writer: &mut RowWriter,
    out: &mut Vec<u8>,
    columns: usize,
    cells: impl Iterator<Item = &'a [u8]>,
    code: &'a [u8],
) {
    let padded = cells.take(columns).chain(std::iter::repeat(&b""[..])).take(columns);
    row_writer.cells(out, columns + 1, padded.chain(std::iter::once(code)));
}

/// An error row, for stderr.
pub struct ChunkError {
    pub row: u64,
    pub errors: Vec<CellError>,
}

impl ChunkChecker {
    pub fn new(columns: &Columns, today: Today) -> ChunkChecker {
        ChunkChecker::with_settings(columns, today, Settings::default())
    }

    /// With the whole file's location for the rows that state none.
    pub fn with_settings(columns: &Columns, today: Today, settings: Settings) -> ChunkChecker {
        ChunkChecker {
            checker: RowChecker::with_settings(columns, today, settings),
            columns: columns.len(),
            sheets: Vec::new(),
        }
    }

    /// With cells read as other values, by column.
    #[must_use]
    pub fn with_values(mut self, values: ValueMaps) -> ChunkChecker {
        self.checker = self.checker.with_values(values);
        self
    }

    /// With the sheets of a workbook read sheet by sheet, which a repeated
    /// credit code names ([`Codes::with_sheets`], the same list).
    #[must_use]
    pub fn with_sheets(mut self, sheets: Vec<String>) -> ChunkChecker {
        self.sheets = sheets;
        self
    }

    /// Checks every row of `chunk` and appends its export CSV to `out`;
    /// the rows that could not be checked go to `errors`. Returns what the
    /// file-wide rules did.
    pub fn check(&self, chunk: &[ChunkRow], out: &mut Vec<u8>, errors: &mut Vec<ChunkError>) -> NoteCounts {
        let mut row_writer = RowWriter::default();
        let mut counts = NoteCounts::default();
        let columns = self.columns + 1;
        let mut cells: Vec<std::borrow::Cow<'_, str>> = Vec::with_capacity(self.columns);
        for row in chunk {
            let (number, record, code) = match row {
                ChunkRow::Blank(number) => {
                    let error = vec![CellError::empty_row()];
                    write_cells(&mut row_writer, out, self.columns, std::iter::empty(), b"");
                    row_writer.error(out, columns, &error);
                    errors.push(ChunkError { row: *number, errors: error });
                    continue;
                }
                ChunkRow::Record(number, record, code) => (*number, record, code),
            };
            counts.add_code(*code);
            let code_text = code.text_in(&self.sheets);
            // Bytes that are not UTF-8 (a GBK file read as UTF-8) become
            // U+FFFD, as in a whole file decoded for the page.
            cells.clear();
            cells.extend(record.iter().map(String::from_utf8_lossy));
            write_cells(
                &mut row_writer,
                out,
                self.columns,
                cells.iter().map(|cell| cell.as_bytes()),
                code_text.as_bytes(),
            );
            match self.checker.facts_noted(cells.len(), |i| cells.get(i).map_or("", |cell| cell.as_ref())) {
                Ok((facts, notes)) => {
                    counts.add(notes);
                    row_writer.start_results(out, columns);
                    super::check::evaluate(&facts, |_, status, missing| {
                        let missing = if status == Status::Unknown { missing } else { FactSet::EMPTY };
                        row_writer.result(out, status, missing);
                    });
                    row_writer.end(out);
                }
                Err(cell_errors) => {
                    row_writer.error(out, columns, &cell_errors);
                    errors.push(ChunkError { row: number, errors: cell_errors });
                }
            }
        }
        counts
    }
}
