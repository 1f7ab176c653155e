//! A look through an old binary .xls (BIFF8 in an OLE compound file)
//! before calamine reads it: calamine lays every worksheet out as a dense
//! grid from its first to its last used cell, so one cell record of a
//! damaged or hostile file at row 65,535, column 65,535 would ask for
//! billions of cells — an allocation that aborts the CLI and traps the
//! page's module. This reads the compound file's directory, follows the
//! workbook stream's sectors and sums each sheet's grid (rows × columns of
//! its cell records) without keeping any cell, so that such a file is
//! refused as over a limit.
//!
//! It also refuses a file cut short (a download or a copy that stopped):
//! one whose allocation table names a sector past its end, which calamine
//! 0.38 slices out of range (a panic). Anything else it cannot follow (a
//! bad header, a loop) is left to calamine, which then says what is wrong.
//!
//! And it finds the cells shown as percentages ([`percent_cells`]), whose
//! formats calamine reads but does not give.

use super::input::{percent_format, ReadError};
use super::limits::{self, LimitError};
use std::collections::{HashMap, HashSet};

/// The end of a sector chain, and the other special sector numbers.
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const MAX_REGULAR_SECTOR: u32 = 0xFFFF_FFFA;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The compound file's sectors and allocation table.
struct Compound<'a> {
    bytes: &'a [u8],
    sector: usize,
    fat: Vec<u32>,
    /// A sector of the allocation table, or one it names, past the file's end.
    cut_short: bool,
}

impl<'a> Compound<'a> {
    fn open(bytes: &'a [u8]) -> Option<Compound<'a>> {
        let shift = u16_at(bytes, 0x1E)?;
        if !(7..=16).contains(&shift) {
            return None;
        }
        let sector = 1usize << shift;
        let mut compound = Compound { bytes, sector, fat: Vec::new(), cut_short: false };
        // The sectors of the allocation table: 109 in the header, then the DIFAT chain.
        let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 0x4C + 4 * i)).collect();
        let mut difat = u32_at(bytes, 0x44)?;
        let mut seen = 0usize;
        while difat <= MAX_REGULAR_SECTOR && seen < compound.sectors() {
            let data = compound.sector_bytes(difat)?;
            let per = sector / 4 - 1;
            fat_sectors.extend((0..per).filter_map(|i| u32_at(data, 4 * i)));
            difat = u32_at(data, 4 * per)?;
            seen += 1;
        }
        let mut fat = Vec::new();
        for number in fat_sectors.into_iter().filter(|n| *n <= MAX_REGULAR_SECTOR) {
            let Some(data) = compound.sector_bytes(number) else {
                compound.cut_short = true;
                continue;
            };
            fat.extend((0..sector / 4).filter_map(|i| u32_at(data, 4 * i)));
        }
        // A chain's next sector, or the directory's first, starting at or past the end.
        let past_end = |n: &u32| *n <= MAX_REGULAR_SECTOR && compound.starts_past_end(*n);
        let first_directory = u32_at(bytes, 0x30).unwrap_or(END_OF_CHAIN);
        compound.cut_short |= fat.iter().any(past_end) || past_end(&first_directory);
        compound.fat = fat;
        Some(compound)
    }

    /// How many sectors the file holds (a bound for every chain).
    fn sectors(&self) -> usize {
        self.bytes.len() / self.sector
    }

    fn starts_past_end(&self, number: u32) -> bool {
        (number as usize).saturating_add(1).saturating_mul(self.sector) >= self.bytes.len()
    }

    fn sector_bytes(&self, number: u32) -> Option<&'a [u8]> {
        let start = (number as usize).checked_add(1)?.checked_mul(self.sector)?;
        self.bytes.get(start..start.checked_add(self.sector)?)
    }

    /// A chain of sectors from `first`, joined; `None` if it leaves the file or loops.
    fn chain(&self, first: u32, limit: usize) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut next = first;
        let mut steps = 0usize;
        while next != END_OF_CHAIN && out.len() < limit {
            out.extend_from_slice(self.sector_bytes(next)?);
            next = *self.fat.get(next as usize)?;
            steps += 1;
            if steps > self.sectors() {
                return None;
            }
        }
        Some(out)
    }

    /// The workbook stream (`Workbook`, or `Book` in older files): in
    /// regular sectors, or in the mini stream if under 4,096 bytes (one
    /// record there can still name row 65,535).
    fn workbook(&self) -> Option<Vec<u8>> {
        let header = self.bytes;
        let directory = self.chain(u32_at(header, 0x30)?, usize::MAX)?;
        let cutoff = u32_at(header, 0x38).unwrap_or(4096);
        // The root entry (the first) holds the mini stream.
        let root = directory.get(..128)?;
        for entry in directory.chunks_exact(128) {
            let length = usize::from(u16_at(entry, 0x40)?).min(64);
            let name: Vec<u16> = entry.get(..length)?.chunks_exact(2).filter_map(|c| u16_at(c, 0)).collect();
            let name = String::from_utf16_lossy(&name);
            let name = name.trim_end_matches('\0');
            if entry.get(0x42) != Some(&2)
                || !(name.eq_ignore_ascii_case("workbook") || name.eq_ignore_ascii_case("book"))
            {
                continue;
            }
            let size = u32_at(entry, 0x78)?;
            let start = u32_at(entry, 0x74)?;
            if size < cutoff {
                return self.mini_stream(root, start, size as usize);
            }
            let mut stream = self.chain(start, size as usize)?;
            stream.truncate(size as usize);
            return Some(stream);
        }
        None
    }
}

impl Compound<'_> {
    /// A stream of `size` bytes in the mini stream, from mini sector `first`.
    fn mini_stream(&self, root: &[u8], first: u32, size: usize) -> Option<Vec<u8>> {
        let mini = 1usize << u16_at(self.bytes, 0x20)?.min(12);
        let container = self.chain(u32_at(root, 0x74)?, u32_at(root, 0x78)? as usize)?;
        let table = self.chain(u32_at(self.bytes, 0x3C)?, usize::MAX)?;
        let table: Vec<u32> = table.chunks_exact(4).filter_map(|c| u32_at(c, 0)).collect();
        let mut out = Vec::new();
        let mut next = first;
        let mut steps = 0usize;
        while next != END_OF_CHAIN && out.len() < size {
            let start = (next as usize).checked_mul(mini)?;
            out.extend_from_slice(container.get(start..start.checked_add(mini)?)?);
            next = *table.get(next as usize)?;
            steps += 1;
            if steps > table.len() {
                return None;
            }
        }
        out.truncate(size);
        Some(out)
    }
}

/// Cell records (MS-XLS 2.3): each starts with its row and column.
fn cell_record(kind: u16) -> bool {
    matches!(
        kind,
        0x0006 // Formula
            | 0x00BD // MulRk
            | 0x00D6 // RString
            | 0x00FD // LabelSst
            | 0x0203 // Number
            | 0x0204 // Label
            | 0x0205 // BoolErr
            | 0x027E // Rk
    )
}

/// The cells of each worksheet shown as percentages, by sheet name ([`percent_cells`]).
pub type PercentCells = HashMap<String, HashSet<(u32, u32)>>;

/// Checks an .xls before calamine reads it: not cut short, and its grids
/// within the limit ([`grid`]); then its cells shown as percentages
/// ([`percent_cells`]), from the same workbook stream (a file's sectors
/// followed once).
pub fn check(bytes: &[u8]) -> Result<PercentCells, ReadError> {
    let Some(compound) = Compound::open(bytes) else { return Ok(PercentCells::new()) };
    if compound.cut_short {
        return Err(ReadError::Xls("the file is cut short: part of it lies past its end".to_owned()));
    }
    match compound.workbook() {
        Some(stream) => {
            grid(&stream)?;
            Ok(percent_cells(&stream))
        }
        None => Ok(PercentCells::new()),
    }
}

/// A record calamine 0.38 would read past its end (a panic): a sheet said
/// to start past the stream's end, merged ranges more than the record
/// holds, a row of numbers ending before it starts.
fn damaged(kind: u16, data: &[u8], stream: usize) -> bool {
    match kind {
        // BoundSheet8: where the sheet's records start.
        0x0085 => !matches!(u32_at(data, 0), Some(at) if (at as usize) < stream),
        // MergeCells: a count, then 8 bytes a range.
        0x00E5 => !matches!(u16_at(data, 0), Some(count) if 2 + 8 * usize::from(count) <= data.len()),
        // MulRk: first column, …, last column.
        0x00BD => match (u16_at(data, 2), data.len().checked_sub(2).and_then(|end| u16_at(data, end))) {
            (Some(first), Some(last)) => last < first,
            _ => false,
        },
        _ => false,
    }
}

/// Checks that the grids calamine would lay out for the sheets of an .xls
/// (from their cell records, and the room it reserves for each sheet's
/// Dimensions record) hold at most [`limits::MAX_XLS_GRID_CELLS`] cells in
/// all, and that no Dimensions record ends before it starts (which
/// calamine would subtract into a huge number). A file it cannot follow
/// passes (calamine refuses it). Blank cells are no values: calamine does
/// not lay them out.
fn grid(stream: &[u8]) -> Result<(), ReadError> {
    let mut total = 0u64;
    // Each sheet's first and last row and column.
    let mut extent: Option<(u16, u16, u16, u16)> = None;
    let mut close = |extent: &mut Option<(u16, u16, u16, u16)>| -> Result<(), LimitError> {
        if let Some((top, bottom, left, right)) = extent.take() {
            let area = (u64::from(bottom - top) + 1) * (u64::from(right - left) + 1);
            total = total.saturating_add(area);
            if total > limits::MAX_XLS_GRID_CELLS {
                return Err(LimitError::TooManyXlsCells);
            }
        }
        Ok(())
    };
    let mut at = 0usize;
    while let (Some(kind), Some(length)) = (u16_at(stream, at), u16_at(stream, at + 2)) {
        let data = stream.get(at + 4..at + 4 + usize::from(length)).unwrap_or_default();
        at += 4 + usize::from(length);
        if damaged(kind, data, stream.len()) {
            return Err(ReadError::Xls(format!("a record (type {kind:#06x}) is damaged")));
        }
        match kind {
            // BOF: a sheet (or the globals) begins.
            0x0809 => close(&mut extent)?,
            // Dimensions, read as calamine reads it.
            0x0200 => {
                let (first_row, end_row, first_column, end_column) = match data.len() {
                    10 => (
                        u16_at(data, 0).map(u32::from),
                        u16_at(data, 2).map(u32::from),
                        u16_at(data, 4),
                        u16_at(data, 6),
                    ),
                    14 | 16 => (u32_at(data, 0), u32_at(data, 4), u16_at(data, 8), u16_at(data, 10)),
                    _ => continue,
                };
                let (Some(first_row), Some(end_row), Some(first_column), Some(end_column)) =
                    (first_row, end_row, first_column, end_column)
                else {
                    continue;
                };
                let first_column = if first_column > 0xFF || end_column < first_column { 0 } else { first_column };
                if end_row >= 1 && end_column >= 1 {
                    let ends_before = || ReadError::Xls("a sheet's dimensions end before they start".to_owned());
                    let rows = u64::from(end_row - 1).checked_sub(u64::from(first_row)).ok_or_else(ends_before)?;
                    let columns =
                        u64::from(end_column - 1).checked_sub(u64::from(first_column)).ok_or_else(ends_before)?;
                    if (rows + 1).saturating_mul(columns + 1) > limits::MAX_XLS_GRID_CELLS {
                        return Err(LimitError::TooManyXlsCells.into());
                    }
                }
            }
            _ if cell_record(kind) => {
                let (Some(row), Some(column)) = (u16_at(data, 0), u16_at(data, 2)) else { continue };
                // MulRk ends with its last column.
                let last = if kind == 0x00BD {
                    data.len().checked_sub(2).and_then(|end| u16_at(data, end)).unwrap_or(column).max(column)
                } else {
                    column
                };
                let (top, bottom, left, right) = extent.unwrap_or((row, row, column, last));
                extent = Some((top.min(row), bottom.max(row), left.min(column), right.max(last)));
            }
            _ => {}
        }
    }
    close(&mut extent).map_err(ReadError::from)
}

/// The cells of each worksheet that show a number as a percentage, by
/// sheet name: their XF's number format is Excel's built-in 0% or 0.00%
/// (9 and 10), or one of the file's own (a Format record) with a `%` in
/// it. calamine gives such a cell as the bare fraction (0.0479 for a cell
/// shown 4.79%) and keeps no cell's format, so they are found here, from
/// the records of the workbook `stream` that hold a number: Number, Rk,
/// MulRk and Formula.
fn percent_cells(stream: &[u8]) -> PercentCells {
    let mut cells = PercentCells::new();
    // The file's own formats (whether each shows a percentage), each XF's format, each sheet's start.
    let mut formats: HashMap<u16, bool> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut sheets: HashMap<usize, String> = HashMap::new();
    let mut sheet: Option<String> = None;
    let percent = |formats: &HashMap<u16, bool>, xf_formats: &[u16], xf: u16| {
        xf_formats
            .get(usize::from(xf))
            .is_some_and(|format| formats.get(format).copied().unwrap_or(matches!(format, 9 | 10)))
    };
    let mut at = 0usize;
    while let (Some(kind), Some(length)) = (u16_at(stream, at), u16_at(stream, at + 2)) {
        let start = at;
        let data = stream.get(at + 4..at + 4 + usize::from(length)).unwrap_or_default();
        at += 4 + usize::from(length);
        match kind {
            // Format: its number, then its code as an XLUnicodeString.
            0x041E => {
                if let (Some(number), Some(code)) = (u16_at(data, 0), unicode_string(data.get(2..).unwrap_or_default()))
                {
                    formats.insert(number, percent_format(&code));
                }
            }
            // XF: the font, then the number format.
            0x00E0 => xf_formats.push(u16_at(data, 2).unwrap_or(0)),
            // BoundSheet8: where the sheet's records start, then its name (a ShortXLUnicodeString).
            0x0085 => {
                if let (Some(position), Some(name)) = (u32_at(data, 0), short_string(data.get(6..).unwrap_or_default()))
                {
                    sheets.insert(position as usize, name);
                }
            }
            0x0809 => sheet = sheets.get(&start).cloned(),
            // Number, Rk, Formula: row, column, XF.
            0x0203 | 0x027E | 0x0006 => {
                if let (Some(name), Some(row), Some(column), Some(xf)) =
                    (&sheet, u16_at(data, 0), u16_at(data, 2), u16_at(data, 4))
                {
                    if percent(&formats, &xf_formats, xf) {
                        cells.entry(name.clone()).or_default().insert((u32::from(row), u32::from(column)));
                    }
                }
            }
            // MulRk: row, first column, then an XF and a number for each column.
            0x00BD => {
                if let (Some(name), Some(row), Some(first)) = (&sheet, u16_at(data, 0), u16_at(data, 2)) {
                    let pairs = data.get(4..data.len().saturating_sub(2)).unwrap_or_default();
                    for (i, pair) in (0u32..).zip(pairs.chunks_exact(6)) {
                        if u16_at(pair, 0).is_some_and(|xf| percent(&formats, &xf_formats, xf)) {
                            cells.entry(name.clone()).or_default().insert((u32::from(row), u32::from(first) + i));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    cells
}

/// An XLUnicodeString (MS-XLS 2.5.294): a 16-bit count, flags, then the
/// characters, one byte each (Latin-1) or two (UTF-16), after a rich-text
/// run count and an extension's size where the flags say so.
fn unicode_string(data: &[u8]) -> Option<String> {
    let count = usize::from(u16_at(data, 0)?);
    let flags = *data.get(2)?;
    let mut at = 3;
    if flags & 0x08 != 0 {
        at += 2;
    }
    if flags & 0x04 != 0 {
        at += 4;
    }
    characters(data.get(at..)?, count, flags & 0x01 != 0)
}

/// A ShortXLUnicodeString (MS-XLS 2.5.240): an 8-bit count, flags, then the characters.
fn short_string(data: &[u8]) -> Option<String> {
    characters(data.get(2..)?, usize::from(*data.first()?), data.get(1)? & 0x01 != 0)
}

fn characters(data: &[u8], count: usize, wide: bool) -> Option<String> {
    if wide {
        let units: Vec<u16> = data.get(..count.checked_mul(2)?)?.chunks_exact(2).filter_map(|c| u16_at(c, 0)).collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(data.get(..count)?.iter().map(|&byte| char::from(byte)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_it_cannot_follow_passes_to_calamine() {
        assert_eq!(check(b"\xD0\xCF\x11\xE0"), Ok(PercentCells::new()));
        assert_eq!(check(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0].repeat(100)), Ok(PercentCells::new()));
    }
}
