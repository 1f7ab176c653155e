//! Reading a file into a sheet of text cells: the encoding of a CSV (UTF-8,
//! UTF-8 with a byte-order mark, GB18030, which contains GBK) detected or
//! given, CSV parsed by the `csv` crate, the first sheet of an .xlsx by
//! `calamine`. Row numbers are the spreadsheet's: the header is row 1 of a
//! CSV, and an .xlsx keeps its own numbering.

use crate::engine::date::CivilDate;
use std::borrow::Cow;
use std::io::Cursor;

/// The kinds of file read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
}

impl Kind {
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
        }
    }

    /// An .xlsx is a zip archive: it starts with `PK\x03\x04`.
    pub fn detect(bytes: &[u8]) -> Kind {
        if bytes.starts_with(b"PK\x03\x04") {
            Kind::Xlsx
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
}

impl Encoding {
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gb18030 => "gb18030",
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

/// The encoding of a CSV's bytes: UTF-8 after a byte-order mark, else UTF-8
/// if `sample` is valid UTF-8 (a character cut at its end does not count,
/// so a prefix of a file may be given), else GB18030.
pub fn detect_encoding(sample: &[u8], whole: bool) -> Encoding {
    if sample.starts_with(BOM) {
        return Encoding::Utf8Bom;
    }
    match std::str::from_utf8(sample) {
        Ok(_) => Encoding::Utf8,
        // A character cut by the end of a prefix is not an error.
        Err(error) if !whole && error.error_len().is_none() => Encoding::Utf8,
        Err(_) => Encoding::Gb18030,
    }
}

/// The encoding to read with: the one asked for, or the detected one.
pub fn choose_encoding(sample: &[u8], whole: bool, choice: EncodingChoice) -> Encoding {
    let bom = sample.starts_with(BOM);
    match choice {
        EncodingChoice::Auto => detect_encoding(sample, whole),
        EncodingChoice::Utf8 if bom => Encoding::Utf8Bom,
        EncodingChoice::Utf8 => Encoding::Utf8,
        EncodingChoice::Gb18030 => Encoding::Gb18030,
    }
}

/// Decodes a whole CSV file. A byte sequence the encoding has no character
/// for becomes U+FFFD, as a browser's `TextDecoder` does.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => encoding_rs::UTF_8.decode_with_bom_removal(bytes).0,
        Encoding::Gb18030 => encoding_rs::GB18030.decode_without_bom_handling(bytes).0,
    }
}

/// One row of a sheet: its number in the spreadsheet and its cells as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub number: u64,
    pub cells: Vec<String>,
}

impl Row {
    /// Whether no cell has anything but spaces.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
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
    #[error("this is not CSV text nor an .xlsx (an old .xls or .xlsb, a UTF-16 \"Unicode text\" file, or another binary file): save it as .xlsx or CSV")]
    Binary,
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

/// Reads a whole CSV text into a sheet. Each record is a row, as a
/// spreadsheet shows it (a quoted cell may hold line breaks; a line with
/// nothing at all on it is not a record, as in the `csv` crate). Rows
/// without a value between data rows stay; those at the end are dropped.
pub fn read_csv(text: &str) -> Result<Sheet, ReadError> {
    let mut reader = csv_reader(text.as_bytes(), delimiter(text));
    let mut rows: Vec<Row> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let number = rows.len() as u64 + 1;
                rows.push(Row { number, cells: record.iter().map(str::to_owned).collect() });
            }
            Err(error) => return Err(ReadError::Csv(error.to_string())),
        }
    }
    into_sheet(rows)
}

/// The header row (found below title rows by [`super::registry::find_header`],
/// else the first with a value) and the rest as data, without trailing
/// blank rows.
fn into_sheet(rows: Vec<Row>) -> Result<Sheet, ReadError> {
    let found = super::registry::find_header(rows.iter().map(|row| row.cells.iter().map(String::as_str)));
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
    Ok(Sheet { headers, rows: data, header_row, skipped })
}

/// Reads the first worksheet of an .xlsx file.
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, ReadError> {
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error: calamine::XlsxError| ReadError::Xlsx(error.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or(ReadError::NoSheet)?
        .map_err(|error| ReadError::Xlsx(error.to_string()))?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    // Columns left of the first used one are empty in every row: the
    // header row's cells line up with the sheet's columns from there.
    let _ = first_column;
    let rows = range
        .rows()
        .enumerate()
        .map(|(index, cells)| Row {
            number: u64::from(first_row) + index as u64 + 1,
            cells: cells.iter().map(cell_text).collect(),
        })
        .collect();
    into_sheet(rows)
}

/// A cell of an .xlsx as the text a person sees in it (dates as
/// YYYY-MM-DD, numbers in full).
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number.to_string(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::Error(error) => error.to_string(),
        Data::DateTime(datetime) if datetime.is_datetime() => {
            excel_date(datetime.as_f64()).map_or_else(|| datetime.as_f64().to_string(), |date| date.to_string())
        }
        Data::DateTime(datetime) => datetime.as_f64().to_string(),
    }
}

/// An Excel date serial (days since 1899-12-30, the 1900 system) as a date.
#[allow(clippy::cast_possible_truncation)] // floor of a range-checked value
fn excel_date(serial: f64) -> Option<CivilDate> {
    if !(1.0..3_000_000.0).contains(&serial) {
        return None;
    }
    CivilDate::from_unix_days(serial.floor() as i64 - 25_569)
}

/// The error of a file that is neither CSV text nor an .xlsx: an old
/// binary .xls (OLE) or any file with NUL bytes early on.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xD0\xCF\x11\xE0") || bytes.iter().take(4096).any(|b| *b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_a_row_even_across_lines() {
        let sheet = read_csv("a,b\r\n1,2\r\n,\r\n\"x\r\ny\",3\r\n4,5\r\n,\r\n").ok();
        let numbers: Vec<u64> = sheet.iter().flat_map(|s| s.rows.iter().map(|r| r.number)).collect();
        assert_eq!(numbers, [2, 3, 4, 5]);
    }
}
