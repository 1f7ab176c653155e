//! One run in two workers: the batch page, on a machine with more than one
//! core, has a second worker run the second half of the rows, then merges
//! its results here. The second worker does not read the file: it is handed
//! those rows as this instance read them ([`Batch::rows_part`],
//! [`Batch::from_rows`]), so that a file is read once, and the rows it runs
//! are these rows whatever the file's format. What crosses
//! is what [`Batch::run`] leaves per row, packed: statuses, missing facts,
//! the file-wide notes and the province. Rows that failed, or whose result
//! cannot be packed, are run again here, so their errors are this
//! instance's own; the counts and exports are those of one run of all rows.

use super::check::measures;
use super::columns::Columns;
use super::input::{Cells, Kind, Row};
use super::registry::{RowNotes, Settings};
use super::{Batch, BatchError, FAILED};
use crate::engine::condition::FactSet;
use crate::engine::fact::{Fact, PROVINCES};
use std::collections::HashMap;

/// What a run depends on besides the rows and the check date.
#[derive(serde::Serialize, serde::Deserialize)]
struct RunState {
    targets: Vec<Option<String>>,
    values: Vec<(usize, HashMap<String, Option<String>>)>,
    settings: [Option<usize>; 3],
}

/// The packed results' first bytes: a version, so that two builds never mix.
const MAGIC: &[u8; 4] = b"HRP1";
/// The packed rows' first bytes ([`Batch::rows_part`]).
const ROWS_MAGIC: &[u8; 4] = b"HRR1";

fn split_error(what: &str) -> BatchError {
    BatchError::MappingJson(format!("part of a run: {what}"))
}

/// Reads packed results front to back.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BatchError> {
        if n > self.0.len() {
            return Err(split_error("cut short"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    fn u32(&mut self) -> Result<usize, BatchError> {
        let bytes: [u8; 4] = self.take(4)?.try_into().map_err(|_| split_error("cut short"))?;
        usize::try_from(u32::from_le_bytes(bytes)).map_err(|_| split_error("too large"))
    }

    /// A length, then that many bytes of UTF-8.
    fn text(&mut self) -> Result<String, BatchError> {
        let len = self.u32()?;
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| split_error("not UTF-8"))
    }

    /// How many items of at least `size` bytes follow: at most as many as the bytes left hold.
    fn count(&mut self, size: usize) -> Result<usize, BatchError> {
        let count = self.u32()?;
        if count.saturating_mul(size) > self.0.len() {
            return Err(split_error("cut short"));
        }
        Ok(count)
    }
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    push_u32(out, text.len());
    out.extend_from_slice(text.as_bytes());
}

fn push_u32(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(&u32::try_from(value).unwrap_or(u32::MAX).to_le_bytes());
}

fn notes_byte(notes: RowNotes) -> u8 {
    u8::from(notes.zone_from_file)
        | u8::from(notes.expired_certificate) << 1
        | u8::from(notes.approximate_amount) << 2
        | u8::from(notes.unread_qualification) << 3
        | u8::from(notes.unsure_qualification) << 4
        | u8::from(notes.formula_error) << 5
}

fn notes_of(byte: u8) -> RowNotes {
    RowNotes {
        zone_from_file: byte & 1 != 0,
        expired_certificate: byte & 2 != 0,
        approximate_amount: byte & 4 != 0,
        unread_qualification: byte & 8 != 0,
        unsure_qualification: byte & 16 != 0,
        formula_error: byte & 32 != 0,
    }
}

/// A row's province as one byte: 0 for none, 1 + its place in [`PROVINCES`];
/// `None` when it is not there (the row is then run again by the merger).
fn province_byte(province: Option<&'static str>) -> Option<u8> {
    match province {
        None => Some(0),
        Some(value) => PROVINCES.iter().position(|p| p.value == value).and_then(|i| u8::try_from(i + 1).ok()),
    }
}

/// Marks a row whose result cannot be handed over: the merger runs it again.
const RUN_AGAIN: u8 = u8::MAX;

impl Batch {
    /// Data rows `start..end` (clamped) with the headers, packed for
    /// [`Batch::from_rows`] in a second worker, which then runs them
    /// without reading the file.
    pub fn rows_part(&self, start: usize, end: usize) -> Vec<u8> {
        let end = end.min(self.rows.len());
        let start = start.min(end);
        let rows = self.rows.get(start..end).unwrap_or_default();
        let size: usize = rows.iter().map(|row| 12 + row.cells.parts().0.len() + row.cells.len() * 4).sum();
        let mut out = Vec::with_capacity(16 + size);
        out.extend_from_slice(ROWS_MAGIC);
        push_u32(&mut out, self.handed.unwrap_or(0) + start);
        push_u32(&mut out, self.columns.len());
        for column in self.columns.iter() {
            push_text(&mut out, &column.header);
        }
        push_u32(&mut out, rows.len());
        for row in rows {
            push_u32(&mut out, usize::try_from(row.number).unwrap_or(usize::MAX));
            let (text, ends) = row.cells.parts();
            push_text(&mut out, text);
            push_u32(&mut out, ends.len());
            for end in ends {
                push_u32(&mut out, *end);
            }
        }
        out
    }

    /// The rows another instance packed with [`Batch::rows_part`], as that
    /// instance read them: nothing run, the columns guessed from the same
    /// headers (then [`Batch::set_run_state`]), and [`Batch::part`] says
    /// where in the file they are.
    pub fn from_rows(packed: &[u8]) -> Result<Batch, BatchError> {
        let mut reader = Reader(packed);
        if reader.take(4)? != ROWS_MAGIC {
            return Err(split_error("not packed rows"));
        }
        let first_row = reader.u32()?;
        let columns = reader.count(4)?;
        let headers = (0..columns).map(|_| reader.text()).collect::<Result<Vec<String>, _>>()?;
        let count = reader.count(12)?;
        let mut rows = Vec::with_capacity(count);
        for _ in 0..count {
            let number = u64::try_from(reader.u32()?).map_err(|_| split_error("too large"))?;
            let text = reader.text()?;
            let cells = reader.count(4)?;
            let ends = (0..cells).map(|_| reader.u32()).collect::<Result<Vec<usize>, _>>()?;
            let cells = Cells::from_parts(text, ends).ok_or_else(|| split_error("a row's cells out of place"))?;
            rows.push(Row { number, cells });
        }
        let mut batch = Batch::of_rows(Kind::Csv, Columns::guess(&headers), rows, Some(first_row));
        batch.clear();
        Ok(batch)
    }

    /// The mapping, value maps and settings in force, for [`Batch::set_run_state`]
    /// in another instance that read the same file the same way.
    pub fn run_state(&self) -> String {
        let mut values: Vec<(usize, HashMap<String, Option<String>>)> =
            self.values.iter().map(|(column, map)| (*column, map.clone())).collect();
        values.sort_by_key(|(column, _)| *column);
        let state = RunState {
            targets: self.columns.iter().map(|c| c.target.map(|t| t.name().to_owned())).collect(),
            values,
            settings: [self.settings.zone, self.settings.province, self.settings.zone_level],
        };
        serde_json::to_string(&state).unwrap_or_default()
    }

    /// Takes another instance's [`Batch::run_state`]; clears the results.
    pub fn set_run_state(&mut self, json: &str) -> Result<(), BatchError> {
        let state: RunState = serde_json::from_str(json).map_err(|error| split_error(&error.to_string()))?;
        let targets: Vec<Option<&str>> = state.targets.iter().map(Option::as_deref).collect();
        self.columns.set(&targets)?;
        let [zone, province, zone_level] = state.settings;
        self.settings = Settings { zone, province, zone_level };
        self.values = state.values.into_iter().collect();
        self.clear();
        Ok(())
    }

    /// The results of data rows `start..end` (clamped), packed for
    /// [`Batch::merge_part`] (which puts them at the file's rows: for rows
    /// handed over by [`Batch::from_rows`], these counted from the first).
    pub fn part(&self, start: usize, end: usize) -> Vec<u8> {
        let count = measures().len();
        let end = end.min(self.rows.len());
        let start = start.min(end);
        let rows = end - start;
        let mut out = Vec::with_capacity(16 + rows * (count * 3 + 2) + self.missing_sets.len() * 8);
        out.extend_from_slice(MAGIC);
        for value in [self.handed.unwrap_or(0) + start, rows, count, self.missing_sets.len()] {
            push_u32(&mut out, value);
        }
        // Rows not run (no tables before a first run) as `run` leaves them.
        match self.statuses.get(start * count..end * count) {
            Some(statuses) => out.extend_from_slice(statuses),
            None => out.resize(out.len() + rows * count, super::NOT_RUN),
        }
        match self.missing.get(start * count..end * count) {
            Some(missing) => missing.iter().for_each(|id| out.extend_from_slice(&id.to_le_bytes())),
            None => out.resize(out.len() + rows * count * 2, 0),
        }
        for index in start..end {
            out.push(self.notes.get(index).copied().map_or(0, notes_byte));
        }
        for index in start..end {
            out.push(self.provinces.get(index).copied().and_then(province_byte).unwrap_or(RUN_AGAIN));
        }
        for set in &self.missing_sets {
            let facts: Vec<Fact> = set.iter().collect();
            push_u32(&mut out, facts.len());
            for fact in facts {
                push_u32(&mut out, fact.index());
            }
        }
        out
    }

    /// Takes the results another instance packed with [`Batch::part`]
    /// (after [`Batch::set_run_state`] from this one and a run for the same
    /// `as_of`): its rows read as if run here. Rows that failed there, or
    /// could not be handed over, are run here.
    pub fn merge_part(&mut self, packed: &[u8], as_of: &str) -> Result<(), BatchError> {
        let count = measures().len();
        let mut reader = Reader(packed);
        if reader.take(4)? != MAGIC {
            return Err(split_error("not a packed part"));
        }
        let (start, rows, measures_there, sets) = (reader.u32()?, reader.u32()?, reader.u32()?, reader.u32()?);
        let end = start.checked_add(rows).ok_or_else(|| split_error("too large"))?;
        if measures_there != count || end > self.rows.len() {
            return Err(split_error("another file or catalogue"));
        }
        let cells = rows * count;
        let statuses = reader.take(cells)?;
        let missing = reader.take(cells * 2)?;
        let notes = reader.take(rows)?;
        let provinces = reader.take(rows)?;
        // The other instance's missing sets, as this one's ids.
        let mut ids = Vec::with_capacity(sets);
        for _ in 0..sets {
            let facts = reader.u32()?;
            let mut set = FactSet::EMPTY;
            for _ in 0..facts {
                let fact = Fact::ALL.get(reader.u32()?).ok_or_else(|| split_error("unknown fact"))?;
                set = set.with(*fact);
            }
            let (sets, lookup) = (&mut self.missing_sets, &mut self.missing_index);
            let id = *lookup.entry(set).or_insert_with(|| {
                sets.push(set);
                u16::try_from(sets.len() - 1).unwrap_or(0)
            });
            ids.push(id);
        }
        self.sized_results();
        if let Some(slot) = self.statuses.get_mut(start * count..end * count) {
            slot.copy_from_slice(statuses);
        }
        if let Some(slot) = self.missing.get_mut(start * count..end * count) {
            for (slot, pair) in slot.iter_mut().zip(missing.chunks_exact(2)) {
                let id = usize::from(u16::from_le_bytes([
                    pair.first().copied().unwrap_or(0),
                    pair.get(1).copied().unwrap_or(0),
                ]));
                *slot = ids.get(id).copied().unwrap_or(0);
            }
        }
        let mut again = Vec::new();
        for (offset, (notes, province)) in notes.iter().zip(provinces).enumerate() {
            let index = start + offset;
            self.errors.remove(&index);
            if let Some(slot) = self.notes.get_mut(index) {
                *slot = notes_of(*notes);
            }
            if let Some(slot) = self.provinces.get_mut(index) {
                *slot = match province {
                    0 => None,
                    p => PROVINCES.get(usize::from(*p) - 1).map(|choice| choice.value),
                };
            }
            if *province == RUN_AGAIN || self.row_state(index) == Some(FAILED) {
                again.push(index);
            }
        }
        if !again.is_empty() {
            self.run_rows(again, as_of)?;
        }
        // The run's date, as a run here would have set it.
        self.run_rows(std::iter::empty(), as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Typos, park names, an expiry column, a value map and the file's zone.
    fn registry() -> Vec<u8> {
        let mut csv = String::from(
            "企业名称,统一社会信用代码,所在高新区,是否高新技术企业,高企证书有效期至,营业收入（万元）,上市情况,联系人\r\n",
        );
        let places = ["西永微电子产业园", "重庆高新区", "成都高新区", "", "火星园区", "贵阳国家高新技术产业开发区"];
        let yes = ["是", "否", "", "√", "也许"];
        for i in 0..400 {
            csv.push_str(&format!(
                "企业{i},91500000{i:010},{},{},202{}-06-30,{},{},联系人{i}\r\n",
                places[i % places.len()],
                yes[(i / 3) % yes.len()],
                i % 9,
                if i % 17 == 0 { "5OO".to_owned() } else { format!("{}", (i * 7919) % 90000) },
                ["科创板", "创业板", "未上市", "申报中", "其他"][i % 5],
            ));
        }
        csv.into_bytes()
    }

    #[test]
    fn a_run_in_two_parts_is_a_run_of_all_rows() {
        let bytes = registry();
        let as_of = "2026-06-01";
        let mut whole = Batch::read(&bytes, "csv", "utf-8").unwrap();
        whole.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        whole.set_values(6, r#"{"其他": null}"#).unwrap();
        whole.run(0, usize::MAX, as_of).unwrap();

        let mut first = Batch::read(&bytes, "csv", "utf-8").unwrap();
        let mut second = Batch::read(&bytes, "csv", "utf-8").unwrap();
        first.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        first.set_values(6, r#"{"其他": null}"#).unwrap();
        second.set_run_state(&first.run_state()).unwrap();
        assert_eq!(second.run_state(), first.run_state());
        first.run(0, 150, as_of).unwrap();
        second.run(150, 400, as_of).unwrap();
        first.merge_part(&second.part(150, 400), as_of).unwrap();

        assert!(whole.summary().failed > 0, "the registry has error rows");
        assert_eq!(serde_json::to_string(&first.summary()).unwrap(), serde_json::to_string(&whole.summary()).unwrap());
        assert_eq!(first.export_csv(), whole.export_csv());
        assert_eq!(first.export_xlsx().unwrap(), whole.export_xlsx().unwrap());
        let words = r#"{"row": "行号", "measure": "政策", "status": "结果", "missing": "缺少的信息", "draft": "征求意见稿",
                        "title": "t", "draftMark": "征求意见稿", "statuses": {}}"#;
        assert_eq!(
            first.export_notification("chongqing.star-listing-award", words, "csv").unwrap(),
            whole.export_notification("chongqing.star-listing-award", words, "csv").unwrap()
        );
    }

    #[test]
    fn tables_are_made_by_a_run_and_a_clear_drops_them() {
        let bytes = registry();
        let as_of = "2026-06-01";
        let mut batch = Batch::read(&bytes, "csv", "utf-8").unwrap();
        // Read, mapped and set: nothing run, no 42 MB of tables for 100,000 rows.
        batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        assert!(batch.statuses.is_empty() && batch.missing.is_empty());
        let not_run = batch.export_csv();
        // A part packed before any run merges as rows not run, as before.
        let mut other = Batch::read(&bytes, "csv", "utf-8").unwrap();
        other.set_run_state(&batch.run_state()).unwrap();
        other.merge_part(&batch.part(150, 400), as_of).unwrap();
        assert_eq!(other.summary().checked, 0);
        assert_eq!(other.export_csv(), not_run);
        // A run makes them for every row; the rows it did not reach stay not run.
        batch.run(0, 150, as_of).unwrap();
        assert_eq!(batch.statuses.len(), batch.rows.len() * measures().len());
        assert_eq!(batch.summary().checked + batch.summary().failed, 150);
        // A new setting clears them again: nothing of the last run is left.
        batch.set_settings(r#"{"zone": null}"#).unwrap();
        assert!(batch.statuses.is_empty());
        assert_eq!(batch.export_csv(), not_run);
        assert_eq!(batch.summary().checked, 0);
    }

    /// A run of `bytes` in one instance, and in two where the second is
    /// handed its rows (`rows_part`, `from_rows`) rather than reading the file.
    fn whole_and_handed_over(bytes: &[u8], kind: &str, split: usize) -> (Batch, Batch) {
        let as_of = "2026-06-01";
        let mut whole = Batch::read(bytes, kind, "auto").unwrap();
        whole.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        whole.run(0, usize::MAX, as_of).unwrap();

        let mut first = Batch::read(bytes, kind, "auto").unwrap();
        first.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        let rows = first.rows();
        let mut second = Batch::from_rows(&first.rows_part(split, rows)).unwrap();
        assert_eq!(second.rows(), rows - split, "only the rows handed over");
        second.set_run_state(&first.run_state()).unwrap();
        first.run(0, split, as_of).unwrap();
        second.run(0, rows - split, as_of).unwrap();
        first.merge_part(&second.part(0, rows - split), as_of).unwrap();
        (whole, first)
    }

    #[test]
    fn a_second_part_handed_over_as_rows_is_a_run_of_all_rows() {
        let (whole, merged) = whole_and_handed_over(&registry(), "csv", 150);
        assert!(whole.summary().failed > 0, "the registry has error rows");
        assert_eq!(serde_json::to_string(&merged.summary()).unwrap(), serde_json::to_string(&whole.summary()).unwrap());
        assert_eq!(merged.export_csv(), whole.export_csv());
        // The same, from a workbook: its rows are handed over as read, whatever the format.
        let workbook = whole.export_xlsx().unwrap();
        let (whole, merged) = whole_and_handed_over(&workbook, "xlsx", 233);
        assert_eq!(serde_json::to_string(&merged.summary()).unwrap(), serde_json::to_string(&whole.summary()).unwrap());
        assert_eq!(merged.export_csv(), whole.export_csv());
    }

    #[test]
    fn packed_rows_cut_short_or_damaged_are_refused() {
        let batch = Batch::read(&registry(), "csv", "utf-8").unwrap();
        let packed = batch.rows_part(100, 120);
        assert_eq!(Batch::from_rows(&packed).unwrap().rows(), 20);
        for cut in [0, 3, 4, 8, 12, packed.len() / 2, packed.len() - 1] {
            assert!(Batch::from_rows(packed.get(..cut).unwrap()).is_err(), "cut at {cut}");
        }
        assert!(Batch::from_rows(&batch.part(0, 10)).is_err(), "results are not rows");
        // A row's cell ending inside a character (the first row's first end, 1: inside 企).
        let mut damaged = packed.clone();
        let u32_at = |bytes: &[u8], at: usize| {
            usize::try_from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())).unwrap()
        };
        // Magic, first row, column count, the headers, the row count; then the row's number and its text's length.
        let row = 12 + batch.columns.iter().map(|c| 4 + c.header.len()).sum::<usize>() + 4;
        assert_eq!(u32_at(&damaged, row), 102, "the first row handed over is the file's row 102");
        let first_end = row + 8 + u32_at(&damaged, row + 4) + 4;
        assert_eq!(u32_at(&damaged, first_end), "企业100".len());
        damaged[first_end..first_end + 4].copy_from_slice(&1u32.to_le_bytes());
        assert!(Batch::from_rows(&damaged).is_err());
    }

    // proptest is a native dev-dependency only (the wasm tests run in Node and Chromium).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_bytes_as_packed_rows_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..256)) {
            let mut packed = ROWS_MAGIC.to_vec();
            packed.extend_from_slice(&bytes);
            let _ = Batch::from_rows(&packed);
        }
    }

    #[test]
    fn a_part_of_another_file_is_refused() {
        let mut small = Batch::read(b"a,b\r\n1,2\r\n", "csv", "utf-8").unwrap();
        let big = Batch::read(&registry(), "csv", "utf-8").unwrap();
        assert!(small.merge_part(&big.part(0, 400), "2026-06-01").is_err());
        assert!(small.merge_part(b"junk", "2026-06-01").is_err());
    }
}
