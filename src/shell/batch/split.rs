//! One run in two workers: the batch page, on a machine with more than one
//! core, has a second worker (with the same file read by the same code) run
//! the second half of the rows, then merges its results here. What crosses
//! is what [`Batch::run`] leaves per row, packed: statuses, missing facts,
//! the file-wide notes and the province. Rows that failed, or whose result
//! cannot be packed, are run again here, so their errors are this
//! instance's own; the counts and exports are those of one run of all rows.

use super::check::measures;
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
    /// [`Batch::merge_part`].
    pub fn part(&self, start: usize, end: usize) -> Vec<u8> {
        let count = measures().len();
        let end = end.min(self.rows.len());
        let start = start.min(end);
        let rows = end - start;
        let mut out = Vec::with_capacity(16 + rows * (count * 3 + 2) + self.missing_sets.len() * 8);
        out.extend_from_slice(MAGIC);
        for value in [start, rows, count, self.missing_sets.len()] {
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

    #[test]
    fn a_part_of_another_file_is_refused() {
        let mut small = Batch::read(b"a,b\r\n1,2\r\n", "csv", "utf-8").unwrap();
        let big = Batch::read(&registry(), "csv", "utf-8").unwrap();
        assert!(small.merge_part(&big.part(0, 400), "2026-06-01").is_err());
        assert!(small.merge_part(b"junk", "2026-06-01").is_err());
    }
}
