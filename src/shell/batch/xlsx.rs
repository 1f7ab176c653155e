//! The export as an .xlsx workbook: one sheet, the same table as the CSV
//! export, every cell as text (what was read is given back as it was read).
//!
//! The sheet is written as it is produced, row by row, straight into the
//! `zip` crate's deflate stream, with the text in a shared-strings table
//! (a list's statuses are a handful of words): a 100,000-row list is some
//! twelve million cells, which a writer that keeps every cell in memory
//! (rust_xlsxwriter, measured: 1.8 GB and 8.5 s natively) cannot do in a
//! browser tab. The package is the smallest SpreadsheetML that Excel,
//! LibreOffice and calamine open: workbook, sheet, shared strings, styles
//! (a bold header) and core properties.

use super::check::measures;
use super::export::{error_text, missing_text};
use super::limits;
use super::{ExportRow, Outcome};
use crate::engine::condition::FactSet;
use crate::engine::date::CivilDate;
use crate::output::encode::status_name;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::ZipWriter;

/// Why the workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum XlsxError {
    #[error("{0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("more rows or columns than a worksheet holds (1,048,576 × 16,384)")]
    TooLarge,
}

const MAX_ROWS: usize = limits::MAX_ROWS as usize;
const MAX_COLUMNS: usize = limits::MAX_COLUMNS as usize;

const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
    r#"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#,
    r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"</Types>"#,
);

const ROOT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"</Relationships>"#,
);

const WORKBOOK: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    r#"<sheets><sheet name="results" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
);

const WORKBOOK_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#,
    r#"</Relationships>"#,
);

/// Two cell formats: 0 normal, 1 bold (the header row).
const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#,
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    r#"</styleSheet>"#,
);

/// Text with XML's five characters escaped, and what XML 1.0 cannot hold
/// (control characters, U+FFFE and U+FFFF) written as SpreadsheetML's
/// `_xHHHH_`; the `_` of a literal `_xHHHH_` is written `_x005F_`, so that
/// it stays that text. The result is well-formed for any text.
fn push_escaped(out: &mut String, text: &str) {
    for (at, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            '_' if looks_escaped(text.get(at..).unwrap_or_default()) => out.push_str("_x005F_"),
            c if u32::from(c) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "_x{:04X}_", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

/// Whether `text` starts with what a reader takes for an escape: `_x`,
/// four hexadecimal digits, `_`.
fn looks_escaped(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 7
        && bytes.starts_with(b"_x")
        && bytes.get(2..6).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
        && bytes.get(6) == Some(&b'_')
}

/// A column's letters: 0 → A, 25 → Z, 26 → AA.
fn column_name(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (index % 26) as u8));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// The shared strings: each text once, in the order first used.
#[derive(Default)]
struct SharedStrings<'a> {
    index: HashMap<Cow<'a, str>, usize>,
    order: Vec<Cow<'a, str>>,
    uses: usize,
}

impl<'a> SharedStrings<'a> {
    fn id(&mut self, text: Cow<'a, str>) -> usize {
        self.uses += 1;
        if let Some(id) = self.index.get(&text) {
            return *id;
        }
        let id = self.order.len();
        self.order.push(text.clone());
        self.index.insert(text, id);
        id
    }
}

/// One sheet row being written: `<row>` and its text cells.
struct RowXml<'n> {
    xml: String,
    number: usize,
    names: &'n [String],
}

impl RowXml<'_> {
    fn start(&mut self, number: usize) {
        self.xml.clear();
        self.number = number;
        let _ = write!(self.xml, r#"<row r="{number}">"#);
    }

    fn cell(&mut self, column: usize, id: usize, style: u8) {
        let name = self.names.get(column).map_or("", String::as_str);
        let style = if style > 0 { r#" s="1""# } else { "" };
        let _ = write!(self.xml, r#"<c r="{name}{}"{style} t="s"><v>{id}</v></c>"#, self.number);
    }

    fn end(&mut self) {
        self.xml.push_str("</row>");
    }
}

/// Writes the workbook. `created` (the run's `asOf`) is its creation date
/// and every file's time in the archive: the same results are the same
/// bytes.
pub(crate) fn write<'a>(
    headers: &'a [String],
    columns: usize,
    created: Option<CivilDate>,
    rows: impl Iterator<Item = ExportRow<'a>>,
) -> Result<Vec<u8>, XlsxError> {
    if headers.len() > MAX_COLUMNS {
        return Err(XlsxError::TooLarge);
    }
    // Zip times start in 1980.
    let (year, month, day) = created.map_or((1980, 1, 1), |date| (date.year().max(1980), date.month(), date.day()));
    let date = format!("{year:04}-{month:02}-{day:02}");
    let time = zip::DateTime::from_date_and_time(year, month, day, 0, 0, 0).unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // A sheet is large and repetitive: the fastest level gives a file a
        // little larger in a fraction of the time.
        .compression_level(Some(1))
        .last_modified_time(time);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/styles.xml", STYLES),
    ] {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    zip.start_file("docProps/core.xml", options)?;
    write!(
        zip,
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:creator>hitech-eligibility</dc:creator>"#,
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created>"#,
            r#"</cp:coreProperties>"#
        ),
        date = date
    )?;

    zip.start_file("xl/worksheets/sheet1.xml", options)?;
    zip.write_all(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
            r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#,
            r#"<sheetData>"#
        )
        .as_bytes(),
    )?;
    let names: Vec<String> = (0..headers.len()).map(column_name).collect();
    let mut strings = SharedStrings::default();
    let mut row = RowXml { xml: String::with_capacity(8192), number: 0, names: &names };
    row.start(1);
    for (column, header) in headers.iter().enumerate() {
        let id = strings.id(Cow::Borrowed(header.as_str()));
        row.cell(column, id, 1);
    }
    row.end();
    zip.write_all(row.xml.as_bytes())?;
    let mut missing_cells: HashMap<FactSet, usize> = HashMap::new();
    let mut missing = String::new();
    for (index, export) in rows.enumerate() {
        let number = index + 2;
        if number > MAX_ROWS {
            return Err(XlsxError::TooLarge);
        }
        row.start(number);
        // The file's columns, then the code check (the last of `columns`).
        let file_columns = columns.saturating_sub(1);
        for (column, cell) in export.cells.iter().take(file_columns).enumerate() {
            if !cell.is_empty() {
                let id = strings.id(Cow::Borrowed(cell));
                row.cell(column, id, 0);
            }
        }
        if !export.code.is_empty() {
            let id = strings.id(Cow::Borrowed(export.code));
            row.cell(file_columns, id, 0);
        }
        match export.outcome {
            Outcome::NotRun => {}
            Outcome::Failed(errors) => {
                let id = strings.id(Cow::Owned(error_text(errors)));
                row.cell(columns, id, 0);
            }
            Outcome::Checked(ref results) => {
                for (position, (status, set)) in results.iter().enumerate().take(measures().len()) {
                    let column = columns + 1 + 2 * position;
                    let id = strings.id(Cow::Borrowed(status_name(*status)));
                    row.cell(column, id, 0);
                    if *set != FactSet::EMPTY {
                        let id = match missing_cells.get(set) {
                            Some(id) => *id,
                            None => {
                                missing_text(&mut missing, *set);
                                let id = strings.id(Cow::Owned(missing.clone()));
                                missing_cells.insert(*set, id);
                                id
                            }
                        };
                        row.cell(column + 1, id, 0);
                    }
                }
            }
        }
        row.end();
        zip.write_all(row.xml.as_bytes())?;
    }
    zip.write_all(b"</sheetData></worksheet>")?;

    zip.start_file("xl/sharedStrings.xml", options)?;
    write!(
        zip,
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{}" uniqueCount="{}">"#
        ),
        strings.uses,
        strings.order.len()
    )?;
    let mut xml = String::with_capacity(8192);
    for text in &strings.order {
        xml.clear();
        xml.push_str(r#"<si><t xml:space="preserve">"#);
        push_escaped(&mut xml, text);
        xml.push_str("</t></si>");
        zip.write_all(xml.as_bytes())?;
    }
    zip.write_all(b"</sst>")?;
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names() {
        let names: Vec<String> = [0, 25, 26, 51, 52, 701, 702, 16_383].into_iter().map(column_name).collect();
        assert_eq!(names, ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    }

    #[test]
    fn escapes() {
        let mut out = String::new();
        push_escaped(&mut out, "a&b<c>\"d\u{1}e");
        assert_eq!(out, "a&amp;b&lt;c&gt;&quot;d_x0001_e");
        out.clear();
        push_escaped(&mut out, "\u{FFFE}\u{FFFF}\u{FFFD}_x003D_1+1 _x00411_ _xfFfF_ _x12_ _y0041_ _");
        assert_eq!(out, "_xFFFE__xFFFF_\u{FFFD}_x005F_x003D_1+1 _x00411_ _x005F_xfFfF_ _x12_ _y0041_ _");
    }
}
