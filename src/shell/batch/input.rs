//! Reading a file into a sheet of text cells: the encoding of a CSV (UTF-8,
//! UTF-8 with a byte-order mark, GB18030, which contains GBK) detected or
//! given, CSV parsed by the `csv` crate, the registry's sheet of an .xlsx or
//! an old binary .xls (BIFF8, "Excel 97-2003") by `calamine`. Row numbers
//! are the spreadsheet's: the header is row 1 of a CSV, and a workbook keeps
//! its own numbering.

use super::limits::{self, LimitError};
use crate::engine::date::CivilDate;
use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{Cursor, Read};

/// The kinds of file read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
    /// The old binary workbook (BIFF8 in an OLE compound file), as 政务
    /// systems, WPS's "Excel 97-2003" and older 用友/金蝶 exports write it.
    Xls,
}

impl Kind {
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
            Kind::Xls => "xls",
        }
    }

    /// An .xlsx is a zip archive: it starts with `PK\x03\x04`; an .xls is an
    /// OLE compound file: it starts with `D0 CF 11 E0` (four bytes are
    /// enough: the CLI detects the kind from them).
    pub fn detect(bytes: &[u8]) -> Kind {
        if bytes.starts_with(b"PK\x03\x04") {
            Kind::Xlsx
        } else if bytes.starts_with(OLE) {
            Kind::Xls
        } else {
            Kind::Csv
        }
    }
}

/// The encodings a CSV is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 after a byte-order mark (what Excel writes for "CSV UTF-8").
    Utf8Bom,
    /// GB18030, a superset of GBK and GB2312 (what Excel writes for "CSV" on
    /// a Chinese Windows).
    Gb18030,
    /// UTF-16 after its byte-order mark, little-endian: what Excel writes
    /// for "Unicode 文本" (tab-separated), the text export that keeps every
    /// character.
    Utf16Le,
    /// UTF-16 after its byte-order mark, big-endian.
    Utf16Be,
}

impl Encoding {
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

/// The encoding asked for: `auto` detects it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingChoice {
    Auto,
    Utf8,
    Gb18030,
}

impl EncodingChoice {
    pub fn from_name(name: &str) -> Option<EncodingChoice> {
        match name.to_ascii_lowercase().as_str() {
            "auto" | "" => Some(EncodingChoice::Auto),
            "utf-8" | "utf8" => Some(EncodingChoice::Utf8),
            "gb18030" | "gbk" | "gb2312" => Some(EncodingChoice::Gb18030),
            _ => None,
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The start of an OLE compound file (an .xls, or an encrypted .xlsx).
const OLE: &[u8] = b"\xD0\xCF\x11\xE0";

/// The encoding of a CSV's bytes: UTF-8 (after a byte-order mark or not) if
/// `sample` is valid UTF-8 (a character cut at its end does not count, so a
/// prefix of a file may be given), else GB18030 — even after a UTF-8
/// byte-order mark: a tool that put one before a GBK body lied, and
/// reading it as UTF-8 turned every Chinese cell into U+FFFD.
pub fn detect_encoding(sample: &[u8], whole: bool) -> Encoding {
    if let Some(utf16) = utf16_bom(sample) {
        return utf16;
    }
    let (body, bom) = match sample.strip_prefix(BOM) {
        Some(body) => (body, true),
        None => (sample, false),
    };
    match std::str::from_utf8(body) {
        Ok(_) if bom => Encoding::Utf8Bom,
        Ok(_) => Encoding::Utf8,
        // A character cut by the end of a prefix is not an error.
        Err(error) if !whole && error.error_len().is_none() => {
            if bom {
                Encoding::Utf8Bom
            } else {
                Encoding::Utf8
            }
        }
        Err(_) => Encoding::Gb18030,
    }
}

/// UTF-16's byte-order mark at the start: no UTF-8 or GB18030 text starts
/// with FF FE or FE FF.
pub fn utf16_bom(sample: &[u8]) -> Option<Encoding> {
    if sample.starts_with(b"\xFF\xFE") {
        Some(Encoding::Utf16Le)
    } else if sample.starts_with(b"\xFE\xFF") {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// The encoding to read with: the one asked for, or the detected one. A
/// UTF-16 byte-order mark decides whatever was asked (the choices are
/// UTF-8 and GB18030, which no such file is).
pub fn choose_encoding(sample: &[u8], whole: bool, choice: EncodingChoice) -> Encoding {
    if let Some(utf16) = utf16_bom(sample) {
        return utf16;
    }
    let bom = sample.starts_with(BOM);
    match choice {
        EncodingChoice::Auto => detect_encoding(sample, whole),
        EncodingChoice::Utf8 if bom => Encoding::Utf8Bom,
        EncodingChoice::Utf8 => Encoding::Utf8,
        EncodingChoice::Gb18030 => Encoding::Gb18030,
    }
}

/// [`choose_encoding`] for a whole file and [`decode`] in one: a file in
/// UTF-8 (most are) is checked once, not once to choose and again to decode.
pub fn decode_chosen(bytes: &[u8], choice: EncodingChoice) -> (Cow<'_, str>, Encoding) {
    if choice == EncodingChoice::Auto && utf16_bom(bytes).is_none() {
        let (body, encoding) = match bytes.strip_prefix(BOM) {
            Some(body) => (body, Encoding::Utf8Bom),
            None => (bytes, Encoding::Utf8),
        };
        if let Ok(text) = std::str::from_utf8(body) {
            return (Cow::Borrowed(text), encoding);
        }
    }
    let encoding = choose_encoding(bytes, true, choice);
    (decode(bytes, encoding), encoding)
}

/// Decodes a whole CSV file. A byte sequence the encoding has no character
/// for becomes U+FFFD, as a browser's `TextDecoder` does.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => encoding_rs::UTF_8.decode_with_bom_removal(bytes).0,
        // A UTF-8 byte-order mark before GB18030 text is not text.
        Encoding::Gb18030 => {
            encoding_rs::GB18030.decode_without_bom_handling(bytes.strip_prefix(BOM).unwrap_or(bytes)).0
        }
        Encoding::Utf16Le => encoding_rs::UTF_16LE.decode_with_bom_removal(bytes).0,
        Encoding::Utf16Be => encoding_rs::UTF_16BE.decode_with_bom_removal(bytes).0,
    }
}

/// One row of a sheet: its number in the spreadsheet and its cells as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub number: u64,
    pub cells: Cells,
}

impl Row {
    /// Whether no cell has anything but spaces.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}

/// A row's cells in one string, each cell ending where `ends` says: two
/// allocations a row where a `Vec<String>` made one a cell (900,000 for a
/// registry of 100,000 rows and 9 columns, each freed again with the file).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cells {
    text: String,
    ends: Vec<usize>,
}

impl Cells {
    /// How many cells.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Cell `index`, if the row has that many.
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        let start = match index.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.text.get(start..end)
    }

    /// Every cell, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let cell = self.text.get(start..end).unwrap_or_default();
            start = end;
            cell
        })
    }

    /// The cells' text, one after another, and where each ends in it.
    pub fn parts(&self) -> (&str, &[usize]) {
        (&self.text, &self.ends)
    }

    /// Cells from [`Cells::parts`]: `None` unless the ends rise, stay within
    /// the text and fall between its characters.
    pub fn from_parts(text: String, ends: Vec<usize>) -> Option<Cells> {
        let mut start = 0;
        for &end in &ends {
            if end < start || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        Some(Cells { text, ends })
    }

    /// Every cell as a string of its own.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }

    /// Adds a cell after the last.
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(self.text.len());
    }

    /// A CSV record's fields, copied at once.
    fn from_record(record: &csv::StringRecord) -> Cells {
        let mut end = 0;
        let ends = record
            .iter()
            .map(|field| {
                end += field.len();
                end
            })
            .collect();
        Cells { text: record.as_slice().to_owned(), ends }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Cells {
    fn from_iter<I: IntoIterator<Item = S>>(cells: I) -> Cells {
        let mut row = Cells::default();
        for cell in cells {
            row.push(cell.as_ref());
        }
        row
    }
}

/// A sheet: the header row and the data rows after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// The header's row number, and how many rows with a value above it
    /// (title rows) were not read.
    pub header_row: u64,
    pub skipped: usize,
    /// For a workbook: the worksheet read (1-based, in the workbook's order)
    /// and its name, when it is not the first: a workbook whose first sheet
    /// is a note (填表说明) and whose registry is the second.
    pub worksheet: Option<(usize, String)>,
    /// For a workbook with more than one sheet that has a header row: each
    /// of them, and how many data rows were read from it (`None`: not read,
    /// its header is not the first's). Sheets with the first's header (one
    /// sheet per park) are all read, one after another, each row with its
    /// sheet's name in a last column, [`SHEET_COLUMN`].
    pub worksheets: Vec<WorksheetRead>,
}

/// A sheet of a workbook whose header was found ([`Sheet::worksheets`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorksheetRead {
    /// Its place in the workbook, 1-based.
    pub number: usize,
    pub name: String,
    /// The data rows read from it, or `None` when it was not read.
    pub rows: Option<usize>,
}

/// The sheets whose rows were read, when there are several (each row then
/// names its sheet in the last column, [`SHEET_COLUMN`]); none otherwise.
pub fn sheets_read(worksheets: &[WorksheetRead]) -> Vec<String> {
    let read: Vec<String> =
        worksheets.iter().filter(|sheet| sheet.rows.is_some()).map(|sheet| sheet.name.clone()).collect();
    if read.len() < 2 {
        return Vec::new();
    }
    read
}

/// The header of the column added when several sheets are read: each row's
/// sheet (a park's name, when a workbook has one sheet per park). It is
/// last, so that the columns keep their numbers in messages.
pub const SHEET_COLUMN: &str = "工作表";

/// A range merged down one column below the header (a park or 规上 written
/// once over a group of rows): its first and last row numbers and its
/// column (0-based, among the row's cells).
#[derive(Clone, Copy, Debug)]
struct MergedDown {
    top: u64,
    bottom: u64,
    column: usize,
}

/// A worksheet's rows, and its ranges merged down one column.
type SheetRows = Option<(Vec<Row>, Vec<MergedDown>)>;

/// The ranges of `merged` (0-based (row, column) corners) that span rows of
/// one column, with the column counted from `first_column`.
fn merged_down(merged: &[calamine::Dimensions], first_column: u32) -> Vec<MergedDown> {
    merged
        .iter()
        .filter(|range| range.start.1 == range.end.1 && range.end.0 > range.start.0 && range.start.1 >= first_column)
        .map(|range| MergedDown {
            top: u64::from(range.start.0) + 1,
            bottom: u64::from(range.end.0) + 1,
            column: (range.start.1 - first_column) as usize,
        })
        .collect()
}

/// Gives every cell of a range merged down below the header the value of
/// its first cell, as Excel shows it (only the first cell of a merged range
/// holds the value): 规上 written once over its group of firms reads for
/// each of them. A merge in or above the header is left alone.
fn fill_merged_down(sheet: &mut Sheet, merged: &[MergedDown]) {
    for range in merged.iter().filter(|range| range.top > sheet.header_row) {
        let first = sheet.rows.partition_point(|row| row.number < range.top);
        let Some(top) = sheet.rows.get(first).filter(|row| row.number == range.top) else { continue };
        let text = top.cells.get(range.column).unwrap_or("").to_owned();
        if text.trim().is_empty() {
            continue;
        }
        for row in sheet.rows.iter_mut().skip(first + 1).take_while(|row| row.number <= range.bottom) {
            if !row.cells.get(range.column).unwrap_or("").trim().is_empty() {
                continue;
            }
            let width = row.cells.len().max(range.column + 1);
            row.cells = (0..width)
                .map(|i| if i == range.column { text.as_str() } else { row.cells.get(i).unwrap_or("") })
                .collect();
        }
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty: expected a header row (企业名称, 营业收入, …) and one row per enterprise")]
    Empty,
    #[error("the first row has no header: expected column names such as 企业名称, 营业收入")]
    NoHeader,
    #[error("CSV: {0}")]
    Csv(String),
    #[error("the .xlsx file cannot be read: {0}")]
    Xlsx(String),
    #[error("the .xlsx file has no worksheet")]
    NoSheet,
    #[error("the .xls file cannot be read (damaged, or not an Excel 97-2003 workbook): {0}; open it in Excel or WPS and save it as .xlsx")]
    Xls(String),
    #[error("the workbook is password-protected (encrypted): open it in Excel or WPS, remove the password and save it again")]
    Encrypted,
    #[error("a quoted cell opened on line {0} is never closed: the rest of the file would be read as one cell (a \" missing or one too many)")]
    OpenQuote(u64),
    #[error("row {0} is not UTF-8, though the first MiB of the file was: read it again with --encoding gb18030 (or save it as UTF-8)")]
    NotUtf8(u64),
    #[error("the file is over a limit: {0}")]
    Limit(#[from] LimitError),
    #[error("header row: {0} is not a row from 1 to 10 (the header is chosen among the first 10 rows)")]
    HeaderRow(u64),
    #[error("this is not CSV text nor an Excel workbook (.xlsx or .xls) (an .xlsb, UTF-16 text without its byte-order mark, or another binary file): save it as .xlsx or CSV")]
    Binary,
}

impl ReadError {
    /// The kind of a file that cannot be read as the page words it (its
    /// own words in each language), or `None` for one it shows as is.
    pub fn page_kind(&self) -> Option<&'static str> {
        match self {
            ReadError::Xls(_) => Some("xlsUnreadable"),
            ReadError::Encrypted => Some("encrypted"),
            ReadError::Binary => Some("binary"),
            _ => None,
        }
    }
}

/// The field separator of a CSV: a comma, unless the header line has none
/// and has tabs or semicolons (Excel in some locales, "text" exports).
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.contains(',') {
        b','
    } else if header.contains('\t') {
        b'\t'
    } else if header.contains(';') {
        b';'
    } else {
        b','
    }
}

/// A CSV reader set up as the batch reads CSV: no header handling (row 1 is
/// read like every row), rows of any length.
pub fn csv_reader<R: std::io::Read>(input: R, delimiter: u8) -> csv::Reader<R> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(input)
}

/// Where a CSV's quotes leave it, as the `csv` crate reads it (a `"` opens a
/// quoted cell only at a cell's start; `""` inside one is a quote): a file
/// that ends inside a quoted cell had a quote missing, and would silently
/// become one cell from there to its end.
#[derive(Clone, Copy, Debug)]
pub struct Quotes {
    delimiter: u8,
    state: QuoteState,
    /// The line read (from 1), and the line the open quoted cell began on.
    line: u64,
    opened: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteState {
    CellStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted cell: it closes the cell, or `""` is a quote.
    QuoteInQuoted,
}

impl Quotes {
    pub fn new(delimiter: u8) -> Quotes {
        Quotes { delimiter, state: QuoteState::CellStart, line: 1, opened: 0 }
    }

    /// Reads the next bytes of the CSV. Inside a cell it skips to the next
    /// byte that can change the state (a quote in a quoted cell; a
    /// separator or line end in another), so that it costs little beside
    /// the CSV reader.
    pub fn feed(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while !rest.is_empty() {
            let delimiter = self.delimiter;
            let (skipped, stop) = match self.state {
                QuoteState::Quoted => (rest.iter().position(|b| *b == b'"'), true),
                QuoteState::Unquoted => (rest.iter().position(|b| *b == delimiter || *b == b'\n' || *b == b'\r'), true),
                QuoteState::CellStart | QuoteState::QuoteInQuoted => (Some(0), false),
            };
            let Some(at) = skipped else {
                self.line += lines_in(rest);
                return;
            };
            if stop {
                self.line += lines_in(rest.get(..at).unwrap_or_default());
            }
            let Some(&byte) = rest.get(at) else { return };
            rest = rest.get(at + 1..).unwrap_or_default();
            let line_end = byte == b'\n' || byte == b'\r';
            self.state = match self.state {
                QuoteState::CellStart | QuoteState::Unquoted | QuoteState::QuoteInQuoted
                    if byte == self.delimiter || line_end =>
                {
                    QuoteState::CellStart
                }
                QuoteState::CellStart if byte == b'"' => {
                    self.opened = self.line;
                    QuoteState::Quoted
                }
                QuoteState::Quoted | QuoteState::QuoteInQuoted if byte == b'"' => {
                    if self.state == QuoteState::Quoted {
                        QuoteState::QuoteInQuoted
                    } else {
                        QuoteState::Quoted
                    }
                }
                QuoteState::Quoted => QuoteState::Quoted,
                QuoteState::CellStart | QuoteState::Unquoted | QuoteState::QuoteInQuoted => QuoteState::Unquoted,
            };
            if byte == b'\n' {
                self.line += 1;
            }
        }
    }

    /// At the end of the file: an error if a quoted cell is still open.
    pub fn finish(&self) -> Result<(), ReadError> {
        if self.state == QuoteState::Quoted {
            Err(ReadError::OpenQuote(self.opened))
        } else {
            Ok(())
        }
    }
}

/// The line ends in `bytes`.
fn lines_in(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

/// Reads a whole CSV text into a sheet. Each record is a row, as a
/// spreadsheet shows it (a quoted cell may hold line breaks; a line with
/// nothing at all on it is not a record, as in the `csv` crate). Rows
/// without a value between data rows stay; those at the end are dropped.
pub fn read_csv(text: &str) -> Result<Sheet, ReadError> {
    read_csv_at(text, None)
}

/// [`read_csv`] with the header row chosen (1 to [`super::registry::HEADER_SEARCH_ROWS`],
/// the spreadsheet's row number), not found.
pub fn read_csv_at(text: &str, header_row: Option<u64>) -> Result<Sheet, ReadError> {
    let chosen = checked_header_row(header_row)?;
    let separator = delimiter(text);
    let mut quotes = Quotes::new(separator);
    quotes.feed(text.as_bytes());
    quotes.finish()?;
    let mut reader = csv_reader(text.as_bytes(), separator);
    let mut rows: Vec<Row> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let number = rows.len() as u64 + 1;
                limits::check_cells(number, record.iter().map(str::as_bytes))?;
                rows.push(Row { number, cells: Cells::from_record(&record) });
            }
            Err(error) => return Err(ReadError::Csv(error.to_string())),
        }
    }
    into_sheet(rows, chosen)
}

/// A chosen header row, checked: 1 to [`super::registry::HEADER_SEARCH_ROWS`].
pub fn checked_header_row(chosen: Option<u64>) -> Result<Option<u64>, ReadError> {
    match chosen {
        Some(row) if row == 0 || row > super::registry::HEADER_SEARCH_ROWS as u64 => Err(ReadError::HeaderRow(row)),
        chosen => Ok(chosen),
    }
}

/// The header row (chosen, or found below title rows by [`super::registry::find_header`],
/// else the first with a value) and the rest as data, without trailing
/// blank rows.
fn into_sheet(rows: Vec<Row>, chosen: Option<u64>) -> Result<Sheet, ReadError> {
    // A chosen row by its number (an .xlsx's rows start at its first used one).
    let found = match chosen {
        Some(number) => Some(rows.iter().position(|row| row.number >= number).unwrap_or(rows.len())),
        None => super::registry::find_header(rows.iter().map(|row| row.cells.iter())),
    };
    let above = found.unwrap_or(0);
    let skipped = rows.iter().take(above).filter(|row| !row.is_blank()).count();
    let mut rows = rows.into_iter().skip(above).skip_while(Row::is_blank);
    let header = rows.next().ok_or(ReadError::Empty)?;
    let header_row = header.number;
    let mut data: Vec<Row> = rows.collect();
    while data.last().is_some_and(Row::is_blank) {
        data.pop();
    }
    let mut headers: Vec<String> = header.cells.iter().map(|cell| cell.trim().to_owned()).collect();
    if let Some(first) = headers.first_mut() {
        *first = first.trim_start_matches('\u{FEFF}').to_owned();
    }
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    if headers.is_empty() {
        return Err(ReadError::NoHeader);
    }
    // A header of two rows: the row right under it names the columns of its
    // groups. A header row chosen by number is one row (the Spark job
    // chooses row 1 for every part of a file, so that each reads alike).
    if let Some(next) = data.first().filter(|row| chosen.is_none() && row.number == header_row + 1) {
        let cells: Vec<&str> = next.cells.iter().collect();
        if let Some(merged) = super::registry::sub_header(&headers, &cells) {
            headers = merged;
            data.remove(0);
        }
    }
    Ok(Sheet { headers, rows: data, header_row, skipped, worksheet: None, worksheets: Vec::new() })
}

/// Reads the registry's worksheet of an .xlsx file — the first whose header
/// is found ([`super::registry::find_header`]), else the first — within the
/// limits ([`limits`]): the zip is inflated once to check its parts' sizes
/// before calamine reads it, and the sheet is read cell by cell into rows
/// that hold only up to their last used cell.
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, ReadError> {
    read_xlsx_at(bytes, None)
}

/// [`read_xlsx`] with the header row chosen, as [`read_csv_at`].
pub fn read_xlsx_at(bytes: &[u8], header_row: Option<u64>) -> Result<Sheet, ReadError> {
    let chosen = checked_header_row(header_row)?;
    use calamine::{Reader, Xlsx};
    let merged_anywhere = check_package(bytes)?;
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error: calamine::XlsxError| ReadError::Xlsx(error.to_string()))?;
    // Days from the 1904 system's day 0 to the 1900 system's (a workbook from an old Mac).
    let epoch_days = if workbook.has_1904_epoch() { 1462.0 } else { 0.0 };
    let names = workbook.sheet_names();
    choose_sheet(
        &names,
        |name| {
            let Some((rows, first_column)) = worksheet_rows(&mut workbook, name, epoch_days)? else { return Ok(None) };
            // The ranges are read from the sheet's XML after its cells, only
            // when a sheet has one (a big system export has none).
            let merged =
                if merged_anywhere { workbook.merge_cells_by_sheet_name(name).unwrap_or_default() } else { Vec::new() };
            Ok(Some((rows, merged_down(&merged, first_column))))
        },
        chosen,
    )
}

/// Reads the registry's worksheet of an old binary .xls (BIFF8) as
/// [`read_xlsx_at`] reads an .xlsx: the same sheet choice, header row and
/// rows; its date cells (a number in a date format) as dates in the
/// workbook's date system (1900, or 1904 for a workbook from an old Mac).
/// An encrypted workbook, or one calamine cannot read, is an error.
pub fn read_xls_at(bytes: &[u8], header_row: Option<u64>) -> Result<Sheet, ReadError> {
    let chosen = checked_header_row(header_row)?;
    use calamine::{Reader, Xls};
    let percent = super::biff::check(bytes)?;
    let mut workbook: Xls<_> = match Xls::new(Cursor::new(bytes)) {
        Ok(workbook) => workbook,
        Err(calamine::XlsError::Password) => return Err(ReadError::Encrypted),
        // A password-protected .xlsx is an OLE file with the zip inside, encrypted.
        Err(_) if encrypted_package(bytes) => return Err(ReadError::Encrypted),
        Err(error) => return Err(ReadError::Xls(error.to_string())),
    };
    // Days from the 1904 system's day 0 to the 1900 system's.
    let epoch_days = if workbook.has_1904_epoch() { 1462.0 } else { 0.0 };
    let names = workbook.sheet_names();
    choose_sheet(
        &names,
        |name| {
            let range = match workbook.worksheet_range(name) {
                Ok(range) => range,
                Err(calamine::XlsError::WorksheetNotFound(_)) => return Ok(None),
                Err(error) => return Err(ReadError::Xls(error.to_string())),
            };
            let Some((rows, first_column)) = xls_rows(&range, epoch_days, percent.get(name))? else {
                return Ok(None);
            };
            let merged = workbook.merge_cells_by_sheet_name(name).unwrap_or_default();
            Ok(Some((rows, merged_down(&merged, first_column))))
        },
        chosen,
    )
}

/// Whether an OLE file holds an encrypted Office package (its directory
/// names the stream `EncryptedPackage`, in UTF-16).
fn encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(name.len()).any(|window| window == name.as_slice())
}

/// The rows of one .xls worksheet, as [`worksheet_rows`] gives an .xlsx's;
/// `percent`: its cells shown as percentages ([`super::biff::check`]).
fn xls_rows(
    range: &calamine::Range<calamine::Data>,
    epoch_days: f64,
    percent: Option<&HashSet<(u32, u32)>>,
) -> Result<Option<(Vec<Row>, u32)>, ReadError> {
    let Some((top, left)) = range.start() else { return Ok(None) };
    let mut used: Vec<(u32, u32, String)> = Vec::new();
    let mut first_column = u32::MAX;
    for (row, column, value) in range.used_cells() {
        let (Ok(row), Ok(column)) = (u32::try_from(row), u32::try_from(column)) else {
            return Err(LimitError::TooManyCells.into());
        };
        let (row, column) = (top.saturating_add(row), left.saturating_add(column));
        let number = cell_row_number(row, column)?;
        first_column = first_column.min(column);
        let shown_as_percent = percent.is_some_and(|cells| cells.contains(&(row, column)));
        keep_cell(&mut used, number, (row, column), shown_text(value, shown_as_percent, epoch_days))?;
    }
    Ok(lay_out(used, first_column)?.map(|rows| (rows, first_column)))
}

/// A used cell's row number (1-based), if the cell lies within the sheet's limits.
fn cell_row_number(row: u32, column: u32) -> Result<u64, ReadError> {
    let number = u64::from(row) + 1;
    if number > limits::MAX_ROWS {
        return Err(LimitError::TooManyRows(number).into());
    }
    if u64::from(column) >= limits::MAX_COLUMNS {
        return Err(LimitError::TooManyColumns { row: number, column: u64::from(column) + 1 }.into());
    }
    Ok(number)
}

/// A used cell's text kept for [`lay_out`], unless empty, within one cell's
/// and one sheet's limits.
fn keep_cell(
    used: &mut Vec<(u32, u32, String)>,
    number: u64,
    (row, column): (u32, u32),
    text: String,
) -> Result<(), ReadError> {
    if text.is_empty() {
        return Ok(());
    }
    limits::check_cells(number, [text.as_bytes()])
        .map_err(|_| LimitError::CellTooLong { row: number, column: u64::from(column) + 1 })?;
    if used.len() as u64 >= limits::MAX_SHEET_CELLS {
        return Err(LimitError::TooManyCells.into());
    }
    used.push((row, column, text));
    Ok(())
}

/// The registry's sheet among a workbook's: the first whose header
/// [`super::registry::find_header`] finds, else the first; a note or a
/// chart first, the registry after it. A later sheet whose header is the
/// same (one sheet per park, 新蒲片区, 汇川片区…) is read too, its rows after
/// the first's, and every row then says its sheet in [`SHEET_COLUMN`]; a
/// later sheet with another header is not read, and is listed as such.
fn choose_sheet(
    names: &[String],
    mut rows_of: impl FnMut(&str) -> Result<SheetRows, ReadError>,
    chosen: Option<u64>,
) -> Result<Sheet, ReadError> {
    if names.is_empty() {
        return Err(ReadError::NoSheet);
    }
    let mut first_rows = None;
    let mut read: Option<Sheet> = None;
    // Each sheet with a header: the listing, and the rows of those read.
    let mut listed: Vec<WorksheetRead> = Vec::new();
    let mut parts: Vec<(String, Vec<Row>)> = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let rows = rows_of(name)?;
        let found = rows
            .as_ref()
            .is_some_and(|(rows, _)| super::registry::find_header(rows.iter().map(|row| row.cells.iter())).is_some());
        let (rows, merged) = match rows {
            Some(rows) if found => rows,
            rows => {
                if index == 0 {
                    first_rows = Some(rows);
                }
                continue;
            }
        };
        let mut sheet = into_sheet(rows, chosen)?;
        fill_merged_down(&mut sheet, &merged);
        let number = index + 1;
        match &mut read {
            None => {
                sheet.worksheet = (index > 0).then(|| (number, name.clone()));
                listed.push(WorksheetRead { number, name: name.clone(), rows: Some(sheet.rows.len()) });
                parts.push((name.clone(), std::mem::take(&mut sheet.rows)));
                read = Some(sheet);
            }
            Some(first) if first.headers == sheet.headers => {
                listed.push(WorksheetRead { number, name: name.clone(), rows: Some(sheet.rows.len()) });
                parts.push((name.clone(), sheet.rows));
            }
            Some(_) => listed.push(WorksheetRead { number, name: name.clone(), rows: None }),
        }
    }
    let Some(mut sheet) = read else {
        return match first_rows.flatten() {
            Some((rows, merged)) => {
                let mut sheet = into_sheet(rows, chosen)?;
                fill_merged_down(&mut sheet, &merged);
                Ok(sheet)
            }
            None => Err(ReadError::Empty),
        };
    };
    if parts.len() > 1 {
        let width = sheet.headers.len();
        sheet.headers.push(SHEET_COLUMN.to_owned());
        for (name, rows) in &mut parts {
            for row in rows.iter_mut().filter(|row| !row.is_blank()) {
                let cells = &row.cells;
                row.cells = (0..width).map(|i| cells.get(i).unwrap_or("")).chain([name.as_str()]).collect();
            }
        }
    }
    sheet.rows = parts.into_iter().flat_map(|(_, rows)| rows).collect();
    if listed.len() > 1 {
        sheet.worksheets = listed;
    }
    Ok(sheet)
}

/// The rows of one worksheet (`None` for a chart sheet or one without a
/// value: no cells, as calamine's own range gives).
fn worksheet_rows(
    workbook: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
    epoch_days: f64,
) -> Result<Option<(Vec<Row>, u32)>, ReadError> {
    let mut reader = match workbook.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(None),
        Err(error) => return Err(ReadError::Xlsx(error.to_string())),
    };
    // Each used cell: its row and column (0-based) and text.
    let mut used: Vec<(u32, u32, String)> = Vec::new();
    let mut first_column = u32::MAX;
    // Which styles show a number as a percentage (0.00%: 0.0479 is shown 4.79%).
    let percent: Vec<bool> = reader
        .styles()
        .iter()
        .map(|style| style.number_format.as_ref().is_some_and(|f| percent_format(&f.format_code)))
        .collect();
    while let Some((cell, style)) =
        reader.next_cell_with_style_id().map_err(|error| ReadError::Xlsx(error.to_string()))?
    {
        let (row, column) = cell.get_position();
        let number = cell_row_number(row, column)?;
        // As calamine's own range: a cell without a value does not count,
        // one with empty text does (for where the columns start).
        if matches!(cell.get_value(), calamine::DataRef::Empty) {
            continue;
        }
        first_column = first_column.min(column);
        let value = calamine::Data::from(cell.get_value().clone());
        let text = shown_text(&value, percent.get(style).copied().unwrap_or(false), epoch_days);
        keep_cell(&mut used, number, (row, column), text)?;
    }
    drop(reader);
    Ok(lay_out(used, first_column)?.map(|rows| (rows, first_column)))
}

/// A worksheet's used cells (row and column, 0-based, and text) as rows
/// holding only up to their last used cell, from the first used column.
fn lay_out(mut used: Vec<(u32, u32, String)>, first_column: u32) -> Result<Option<Vec<Row>>, ReadError> {
    // In the sheet's order (already, in a file Excel wrote: a stable sort
    // then only checks), a later cell at the same place winning.
    used.sort_by_key(|(row, column, _)| (*row, *column));
    // Columns left of the first used one are empty in every row: the
    // header row's cells line up with the sheet's columns from there.
    let (Some(first_row), Some(last_row)) = (used.first().map(|cell| cell.0), used.last().map(|cell| cell.0)) else {
        return Ok(None);
    };
    let mut spread = 0u64;
    let mut rows = Vec::new();
    let mut used = used.into_iter().peekable();
    for row in first_row..=last_row {
        let mut cells = Cells::default();
        while let Some((_, column, text)) = used.next_if(|cell| cell.0 == row) {
            // A later cell at the same place wins: this one is left for it.
            if used.peek().is_some_and(|next| (next.0, next.1) == (row, column)) {
                continue;
            }
            // In column order, one cell a place: each lies right of the last.
            let index = column.saturating_sub(first_column) as usize;
            if index >= cells.len() {
                spread += (index + 1 - cells.len()) as u64;
                if spread > limits::MAX_SHEET_CELLS {
                    return Err(LimitError::TooManyCells.into());
                }
                while cells.len() < index {
                    cells.push("");
                }
            }
            cells.push(&text);
        }
        rows.push(Row { number: u64::from(row) + 1, cells });
    }
    Ok(Some(rows))
}

/// Inflates every entry of the zip once, without keeping it, and refuses
/// the file if one inflates to more than [`limits::MAX_ENTRY_BYTES`] or
/// [`limits::MAX_INFLATE_RATIO`] times its compressed size, if all do to
/// more than [`limits::MAX_INFLATED_BYTES`], or if the shared strings'
/// `uniqueCount` (which calamine reserves room for) is more than the
/// strings there are.
///
/// Whether a worksheet holds a merged range (`mergeCell`) is found on the
/// way, so that a workbook without one is not read a second time for them.
fn check_package(bytes: &[u8]) -> Result<bool, ReadError> {
    let zip_error = |error: zip::result::ZipError| ReadError::Xlsx(error.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
    let mut total = 0u64;
    let mut buffer = vec![0u8; 1 << 16];
    let mut merged = false;
    for index in 0..archive.len() {
        // An entry that cannot be inflated (an unsupported method, a bad
        // CRC) costs nothing here; calamine says so if it needs that entry.
        let Ok(mut entry) = archive.by_index(index) else { continue };
        let name = entry.name().map(|name| name.into_owned()).unwrap_or_default();
        let compressed = entry.compressed_size().min(bytes.len() as u64);
        let allowed = limits::RATIO_FREE_BYTES.max(compressed.saturating_mul(limits::MAX_INFLATE_RATIO));
        let shared_strings = name.to_ascii_lowercase().ends_with("sharedstrings.xml");
        let worksheet = name.to_ascii_lowercase().contains("worksheets/");
        // The end of the last piece read, for a tag cut between two.
        let mut tail: Vec<u8> = Vec::new();
        let mut scan = SharedStringsScan::default();
        let mut inflated = 0u64;
        // Until the end of the entry, or an error in it.
        while let Ok(read @ 1..) = entry.read(&mut buffer) {
            inflated += read as u64;
            total += read as u64;
            if inflated > limits::MAX_ENTRY_BYTES {
                return Err(LimitError::EntryTooLarge(name).into());
            }
            if inflated > allowed {
                return Err(LimitError::InflateRatio(name).into());
            }
            if total > limits::MAX_INFLATED_BYTES {
                return Err(LimitError::InflatedTooLarge.into());
            }
            let piece = buffer.get(..read).unwrap_or_default();
            if shared_strings {
                scan.feed(piece);
            }
            if worksheet && !merged {
                const TAG: &[u8] = b"mergeCell";
                tail.extend_from_slice(piece.get(..TAG.len().min(piece.len())).unwrap_or_default());
                merged = tail.windows(TAG.len()).any(|w| w == TAG) || piece.windows(TAG.len()).any(|w| w == TAG);
                tail.clear();
                tail.extend_from_slice(piece.get(piece.len().saturating_sub(TAG.len())..).unwrap_or_default());
            }
        }
        if shared_strings && scan.claimed > u128::from(scan.strings) {
            let claimed =
                if scan.claimed == u128::MAX { "more than 2^64".to_owned() } else { scan.claimed.to_string() };
            return Err(LimitError::SharedStringsCount { claimed, held: scan.strings }.into());
        }
    }
    Ok(merged)
}

/// A look through sharedStrings.xml as it inflates: how many strings
/// (`<si>` elements, with any prefix) it holds, and the largest
/// `uniqueCount` in an `<sst>` tag.
#[derive(Default)]
struct SharedStringsScan {
    /// Inside a tag's name (after `<`), and the name so far.
    in_name: bool,
    name: Vec<u8>,
    /// Inside an `<sst …>` tag: its bytes so far.
    in_sst: bool,
    sst: Vec<u8>,
    strings: u64,
    /// `u128::MAX` when too large to read.
    claimed: u128,
}

impl SharedStringsScan {
    /// A tag this long is not one calamine would read either.
    const LONGEST_TAG: usize = 1 << 16;

    fn feed(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            if self.in_sst {
                if byte == b'>' {
                    self.in_sst = false;
                    self.claimed = self.claimed.max(unique_count(&self.sst));
                    self.sst.clear();
                } else if self.sst.len() < Self::LONGEST_TAG {
                    self.sst.push(byte);
                } else {
                    // Too long to read: taken as claiming everything.
                    self.claimed = u128::MAX;
                }
                continue;
            }
            if byte == b'<' {
                self.in_name = true;
                self.name.clear();
                continue;
            }
            if !self.in_name {
                continue;
            }
            if byte.is_ascii_whitespace() || byte == b'>' || byte == b'/' {
                self.in_name = false;
                let local = self.name.rsplit(|b| *b == b':').next().unwrap_or_default();
                if local == b"si" {
                    self.strings += 1;
                } else if local == b"sst" && byte != b'>' && byte != b'/' {
                    self.in_sst = true;
                }
            } else if self.name.len() < 64 {
                self.name.push(byte);
            }
        }
    }
}

/// The number after `uniqueCount=` in a tag's attributes (its leading
/// digits; `u128::MAX` if too large), or 0.
fn unique_count(tag: &[u8]) -> u128 {
    const KEY: &[u8] = b"uniqueCount";
    let mut claimed = 0u128;
    let mut rest = tag;
    while let Some(at) = rest.windows(KEY.len()).position(|window| window == KEY) {
        rest = rest.get(at + KEY.len()..).unwrap_or_default();
        let value = rest
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\'')
            .take_while(|b| b.is_ascii_digit());
        let mut number = 0u128;
        for digit in value {
            number = number.saturating_mul(10).saturating_add(u128::from(digit - b'0'));
        }
        claimed = claimed.max(number);
    }
    claimed
}

/// A cell of a workbook as the text a person sees in it (dates as
/// YYYY-MM-DD, numbers in full), its date serials counting from
/// `epoch_days` after the 1900 system's day 0 (1462 in the 1904 system).
fn cell_text_in(cell: &calamine::Data, epoch_days: f64) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number.to_string(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::Error(error) => error.to_string(),
        Data::DateTime(datetime) if datetime.is_datetime() => excel_date(datetime.as_f64() + epoch_days)
            .map_or_else(|| datetime.as_f64().to_string(), |date| date.to_string()),
        Data::DateTime(datetime) => datetime.as_f64().to_string(),
    }
}

/// Whether a number format shows a number as a percentage: a `%` in its
/// first section (that of positive numbers), not quoted or escaped.
pub(super) fn percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => return false,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// A cell's text as the sheet shows it: a number in a percentage format
/// as that percentage, anything else as [`cell_text_in`] reads it.
fn shown_text(value: &calamine::Data, percent: bool, epoch_days: f64) -> String {
    match value {
        calamine::Data::Float(number) if percent => percent_text(*number),
        #[allow(clippy::cast_precision_loss)] // a percentage cell's whole number: far below 2^53
        calamine::Data::Int(number) if percent => percent_text(*number as f64),
        _ => cell_text_in(value, epoch_days),
    }
}

/// A percentage cell as it is meant (0.0479 in a cell formatted 0.00% is
/// "4.79%"), every digit kept: not the fraction, which would read as 0.0479
/// of something.
fn percent_text(fraction: f64) -> String {
    // Rounded to 9 decimals of a percent: 0.0479 × 100 is 4.790000000000001 in binary.
    let percent = (fraction * 100.0 * 1e9).round() / 1e9;
    format!("{percent}%")
}

/// An Excel date serial (days since 1899-12-30, the 1900 system) as a date.
#[allow(clippy::cast_possible_truncation)] // floor of a range-checked value
fn excel_date(serial: f64) -> Option<CivilDate> {
    if !(1.0..3_000_000.0).contains(&serial) {
        return None;
    }
    CivilDate::from_unix_days(serial.floor() as i64 - 25_569)
}

/// The error of a file read as CSV that is not text: an OLE file (an
/// .xls read as CSV because the kind was given) or any file with NUL bytes
/// early on, unless it is UTF-16 text after its byte-order mark (Excel's
/// "Unicode 文本").
pub fn looks_binary(bytes: &[u8]) -> bool {
    utf16_bom(bytes).is_none() && (bytes.starts_with(OLE) || bytes.iter().take(4096).any(|b| *b == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_in_one_string_gives_back_each_cell() {
        let cells: Cells = ["企业甲", "", " 是 ", "1,234.5", ""].into_iter().collect();
        assert_eq!(cells.len(), 5);
        assert_eq!(cells.get(0), Some("企业甲"));
        assert_eq!(cells.get(1), Some(""));
        assert_eq!(cells.get(2), Some(" 是 "));
        assert_eq!(cells.get(4), Some(""));
        assert_eq!(cells.get(5), None);
        assert_eq!(cells.to_vec(), ["企业甲", "", " 是 ", "1,234.5", ""]);
        assert!(Cells::default().is_empty() && Cells::default().get(0).is_none());
        // Read from a CSV record, quoted cells and all, as the record has them.
        let sheet = read_csv("a,b,c\r\n\"x,\"\"y\"\"\",,z\r\n").unwrap();
        let row = &sheet.rows.first().unwrap().cells;
        assert_eq!(row.to_vec(), ["x,\"y\"", "", "z"]);
    }

    #[test]
    fn a_file_is_decoded_as_choose_encoding_and_decode_read_it() {
        let gbk = encoding_rs::GBK.encode("企业名称,是否\r\n甲,是\r\n").0.into_owned();
        let files: [&[u8]; 4] = [b"a,b\r\n1,2\r\n", b"\xEF\xBB\xBFa,b\r\n", &gbk, b"\xFF\xFEa\x00"];
        for bytes in files {
            for choice in [EncodingChoice::Auto, EncodingChoice::Utf8, EncodingChoice::Gb18030] {
                let encoding = choose_encoding(bytes, true, choice);
                assert_eq!(decode_chosen(bytes, choice), (decode(bytes, encoding), encoding), "{choice:?}");
            }
        }
    }

    /// Quotes read one byte at a time, as the `csv` crate does.
    #[cfg(not(target_arch = "wasm32"))]
    fn open_quote_bytewise(text: &[u8], delimiter: u8) -> Option<u64> {
        let (mut state, mut line, mut opened) = (0u8, 1u64, 0u64); // cell start, unquoted, quoted, quote in quoted
        for &byte in text {
            let end = byte == delimiter || byte == b'\n' || byte == b'\r';
            state = match (state, byte) {
                (0 | 1 | 3, _) if end => 0,
                (0, b'"') => {
                    opened = line;
                    2
                }
                (2, b'"') => 3,
                (3, b'"') | (2, _) => 2,
                _ => 1,
            };
            line += u64::from(byte == b'\n');
        }
        (state == 2).then_some(opened)
    }

    // proptest is a native dev-dependency only (the wasm tests run in Node and Chromium).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn quotes_read_in_any_pieces_as_byte_by_byte(
            text in proptest::collection::vec(proptest::sample::select(vec![b'"', b',', b';', b'\n', b'\r', b'a']), 0..200),
            cuts in proptest::collection::vec(0usize..200, 0..5),
        ) {
            let mut quotes = Quotes::new(b',');
            let mut cuts: Vec<usize> = cuts.into_iter().filter(|cut| *cut <= text.len()).collect();
            cuts.sort_unstable();
            let mut start = 0;
            for cut in cuts.into_iter().chain([text.len()]) {
                quotes.feed(text.get(start..cut).unwrap_or_default());
                start = cut;
            }
            let expected = open_quote_bytewise(&text, b',');
            proptest::prop_assert_eq!(quotes.finish().err(), expected.map(ReadError::OpenQuote));
        }
    }

    #[test]
    fn a_record_is_a_row_even_across_lines() {
        let sheet = read_csv("a,b\r\n1,2\r\n,\r\n\"x\r\ny\",3\r\n4,5\r\n,\r\n").ok();
        let numbers: Vec<u64> = sheet.iter().flat_map(|s| s.rows.iter().map(|r| r.number)).collect();
        assert_eq!(numbers, [2, 3, 4, 5]);
    }
}
