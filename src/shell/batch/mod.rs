//! Batch matching: a whole list of enterprises — a CSV saved by
//! Excel or an .xlsx, with the registry's own Chinese or English headers —
//! checked against the catalogue, row by row.
//!
//! - [`input`] reads the file into rows of text (encoding, CSV, .xlsx);
//! - [`columns`] maps each header to a fact ([`columns::Target`]) and reads
//!   the unit in its brackets;
//! - [`cell`] reads each cell as people type it (是/否, 200万, 1962年11月28日);
//! - [`check`] turns a row into a profile through the same checks as every
//!   profile ([`crate::Profile::from_parts`]) and evaluates it with the
//!   compiled catalogue, as `check --jsonl` does;
//! - [`export`] writes the results as CSV, `xlsx` as an .xlsx;
//! - [`stream`] reads a CSV in chunks for `check --csv`, which checks them
//!   in several threads (src/shell/cli.rs).
//!
//! [`Batch`] holds a whole file for the page's worker (through `wasm.rs`)
//! and the tests; `check --csv` streams instead, with the same readers,
//! checks and row writer, so that the two agree byte for byte. A row that
//! cannot be read is an error row with its row number, column, header and
//! problem; every other row is still checked, and every row is kept.

pub mod cell;
pub mod check;
pub mod columns;
pub mod export;
pub mod input;
pub mod limits;
pub mod stream;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod xlsx;

use crate::engine::condition::FactSet;
use crate::engine::date::CivilDate;
use crate::engine::fact::{Audience, Fact};
use crate::engine::profile::Today;
use crate::output::encode::{status_name, STATUSES};
use crate::output::report::Status;
use check::{measures, CellError, RowChecker};
use columns::{Columns, MappingError, Target};
use input::{Encoding, EncodingChoice, Kind, ReadError, Row};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// Why a batch call was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Mapping(#[from] MappingError),
    #[error("mapping: {0}")]
    MappingJson(String),
    #[error("kind: unknown kind \"{0}\" (allowed: auto, csv, xlsx)")]
    Kind(String),
    #[error("encoding: unknown encoding \"{0}\" (allowed: auto, utf-8, gb18030)")]
    Encoding(String),
    #[error("asOf: {0}")]
    AsOf(String),
    #[error("measure: unknown measure id \"{0}\"")]
    Measure(String),
    #[error("status: unknown status \"{0}\" (allowed: eligible, conditional, informational, ineligible, unknown, error, or \"\")")]
    Status(String),
    #[error("xlsx export: {0}")]
    Xlsx(String),
}

/// A row not run yet, in the status table.
const NOT_RUN: u8 = u8::MAX;
/// A row that could not be checked.
const FAILED: u8 = u8::MAX - 1;

/// A whole file, its mapping and the results of the rows run so far.
pub struct Batch {
    kind: Kind,
    encoding: Option<Encoding>,
    encoding_guessed: bool,
    columns: Columns,
    rows: Vec<Row>,
    /// Per row, per measure: the status's place in [`STATUSES`], or
    /// [`NOT_RUN`] / [`FAILED`] for the whole row.
    statuses: Vec<u8>,
    /// Per row, per measure: the index of its `missing` in `missing_sets`.
    missing: Vec<u16>,
    missing_sets: Vec<FactSet>,
    missing_index: HashMap<FactSet, u16>,
    errors: BTreeMap<usize, Vec<CellError>>,
    /// The `asOf` of the last run: the .xlsx export's creation date, so
    /// that one run's export is the same bytes every time.
    as_of: Option<CivilDate>,
}

/// What [`Batch::describe`] returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Description<'a> {
    pub kind: &'static str,
    pub encoding: Option<&'static str>,
    pub encoding_guessed: bool,
    pub headers: Vec<&'a str>,
    pub mapping: Vec<Option<&'static str>>,
    pub rows: usize,
    /// The first rows' cells, each cut to [`limits::PREVIEW_CHARS`].
    pub sample: Vec<Vec<Cow<'a, str>>>,
}

/// One target of the mapping, for the mapping screen.
#[derive(Serialize)]
pub struct TargetInfo {
    pub target: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// Every target a column can be mapped to (`batchFacts()`).
pub fn targets() -> Vec<TargetInfo> {
    Target::all()
        .map(|target| {
            let label = target.label();
            TargetInfo { target: target.name(), zh: label.zh, en: label.en }
        })
        .collect()
}

#[derive(Serialize)]
pub struct ErrorEntry<'a> {
    pub row: u64,
    pub column: usize,
    pub header: &'a str,
    /// In English.
    pub problem: &'a str,
    /// The problem as data (`kind` and its details), for words in the page's language.
    pub detail: &'a check::Detail,
}

#[derive(Serialize)]
pub struct MeasureCounts {
    pub id: &'static str,
    pub draft: bool,
    pub nature: &'static str,
    pub eligible: usize,
    pub conditional: usize,
    pub informational: usize,
    pub ineligible: usize,
    pub unknown: usize,
}

#[derive(Serialize)]
pub struct QuestionCount {
    pub fact: &'static str,
    pub settles: usize,
}

/// The audiences, in the order of the per-audience counts.
const AUDIENCES: [Audience; 3] = [Audience::Enterprise, Audience::Talent, Audience::Institution];

/// The fact that settles the most open results (`counts` by fact index):
/// the first of equals in the fact table's order; none when nothing is open.
fn most_settling(counts: &[usize; Fact::ALL.len()]) -> Option<QuestionCount> {
    Fact::ALL
        .iter()
        .zip(counts)
        .filter(|(_, settles)| **settles > 0)
        .fold(None, |best: Option<(Fact, usize)>, (fact, settles)| match best {
            Some((_, most)) if most >= *settles => best,
            _ => Some((*fact, *settles)),
        })
        .map(|(fact, settles)| QuestionCount { fact: fact.name(), settles })
}

/// What [`Batch::summary`] returns.
#[derive(Serialize)]
pub struct Summary<'a> {
    pub rows: usize,
    pub checked: usize,
    pub failed: usize,
    pub errors: Vec<ErrorEntry<'a>>,
    pub measures: Vec<MeasureCounts>,
    /// The fact missing from the most `unknown` results, over every measure.
    pub question: Option<QuestionCount>,
    /// The same over each audience's measures (`enterprise`, `talent`,
    /// `institution`), for a page that shows one audience; an audience
    /// without an open result is left out.
    #[serde(rename = "questionByAudience")]
    pub question_by_audience: std::collections::BTreeMap<&'static str, QuestionCount>,
}

#[derive(Serialize)]
pub struct RowError<'a> {
    pub column: usize,
    pub header: &'a str,
    pub problem: &'a str,
    pub detail: &'a check::Detail,
}

#[derive(Serialize)]
pub struct TableRow<'a> {
    pub row: u64,
    /// The name and code cells, each cut to [`limits::PREVIEW_CHARS`].
    pub name: Cow<'a, str>,
    pub code: Cow<'a, str>,
    pub error: Option<Vec<RowError<'a>>>,
    pub statuses: Vec<&'static str>,
    pub missing: Vec<Vec<&'static str>>,
}

/// What [`Batch::table`] returns.
#[derive(Serialize)]
pub struct Table<'a> {
    pub total: usize,
    pub rows: Vec<TableRow<'a>>,
}

impl Batch {
    /// Reads a whole file: `kind` "auto", "csv" or "xlsx"; `encoding` (of a
    /// CSV) "auto", "utf-8" or "gb18030".
    pub fn read(bytes: &[u8], kind: &str, encoding: &str) -> Result<Batch, BatchError> {
        if bytes.len() as u64 > limits::MAX_FILE_BYTES {
            return Err(ReadError::Limit(limits::LimitError::FileTooLarge(bytes.len() as u64)).into());
        }
        let kind = match kind {
            "auto" | "" => Kind::detect(bytes),
            "csv" => Kind::Csv,
            "xlsx" => Kind::Xlsx,
            other => return Err(BatchError::Kind(other.to_owned())),
        };
        let choice = EncodingChoice::from_name(encoding).ok_or_else(|| BatchError::Encoding(encoding.to_owned()))?;
        let (sheet, encoding) = match kind {
            Kind::Xlsx => (input::read_xlsx(bytes)?, None),
            Kind::Csv => {
                if bytes.is_empty() {
                    return Err(ReadError::Empty.into());
                }
                if input::looks_binary(bytes) {
                    return Err(ReadError::Binary.into());
                }
                let encoding = input::choose_encoding(bytes, true, choice);
                (input::read_csv(&input::decode(bytes, encoding))?, Some(encoding))
            }
        };
        if sheet.headers.len() as u64 > limits::MAX_PAGE_COLUMNS {
            return Err(ReadError::Limit(limits::LimitError::TooManyColumnsForPage(sheet.headers.len() as u64)).into());
        }
        let columns = Columns::guess(&sheet.headers);
        let mut batch = Batch {
            kind,
            encoding,
            encoding_guessed: encoding.is_some() && choice == EncodingChoice::Auto,
            columns,
            rows: sheet.rows,
            statuses: Vec::new(),
            missing: Vec::new(),
            missing_sets: Vec::new(),
            missing_index: HashMap::new(),
            errors: BTreeMap::new(),
            as_of: None,
        };
        batch.clear();
        Ok(batch)
    }

    fn clear(&mut self) {
        let cells = self.rows.len() * measures().len();
        self.statuses = vec![NOT_RUN; cells];
        self.missing = vec![0; cells];
        self.missing_sets = vec![FactSet::EMPTY];
        self.missing_index = HashMap::from([(FactSet::EMPTY, 0)]);
        self.errors.clear();
    }

    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn describe(&self) -> Description<'_> {
        Description {
            kind: self.kind.name(),
            encoding: self.encoding.map(Encoding::name),
            encoding_guessed: self.encoding_guessed,
            headers: self.columns.iter().map(|c| c.header.as_str()).collect(),
            mapping: self.columns.iter().map(|c| c.target.map(Target::name)).collect(),
            rows: self.rows.len(),
            sample: self
                .rows
                .iter()
                .take(5)
                .map(|row| {
                    (0..self.columns.len())
                        .map(|i| limits::preview(row.cells.get(i).map_or("", String::as_str)))
                        .collect()
                })
                .collect(),
        }
    }

    /// Sets the mapping from a JSON array of target names or nulls, one per
    /// column; clears the results of earlier runs.
    pub fn set_mapping(&mut self, json: &str) -> Result<(), BatchError> {
        let targets: Vec<Option<String>> =
            serde_json::from_str(json).map_err(|error| BatchError::MappingJson(error.to_string()))?;
        let targets: Vec<Option<&str>> = targets.iter().map(Option::as_deref).collect();
        self.columns.set(&targets)?;
        self.clear();
        Ok(())
    }

    /// Checks data rows `start..end` (clamped) for `as_of` ("YYYY-MM-DD");
    /// returns the next row index.
    pub fn run(&mut self, start: usize, end: usize, as_of: &str) -> Result<usize, BatchError> {
        let date = CivilDate::parse(as_of).map_err(|error| BatchError::AsOf(format!("\"{as_of}\": {error}")))?;
        let checker = RowChecker::new(&self.columns, Today::Given(date));
        self.as_of = Some(date);
        let count = measures().len();
        let end = end.min(self.rows.len());
        for index in start.min(end)..end {
            let Some(row) = self.rows.get(index) else { break };
            let cells = &row.cells;
            let base = index * count;
            match checker.facts(cells.len(), |i| cells.get(i).map_or("", String::as_str)) {
                Ok(facts) => {
                    self.errors.remove(&index);
                    let (statuses, missing) = (&mut self.statuses, &mut self.missing);
                    let (sets, lookup) = (&mut self.missing_sets, &mut self.missing_index);
                    check::evaluate(&facts, |measure, status, set| {
                        let code = STATUSES.iter().position(|s| *s == status).unwrap_or(0);
                        if let Some(slot) = statuses.get_mut(base + measure) {
                            *slot = u8::try_from(code).unwrap_or(0);
                        }
                        let id = *lookup.entry(set).or_insert_with(|| {
                            sets.push(set);
                            u16::try_from(sets.len() - 1).unwrap_or(0)
                        });
                        if let Some(slot) = missing.get_mut(base + measure) {
                            *slot = id;
                        }
                    });
                }
                Err(errors) => {
                    for slot in self.statuses.iter_mut().skip(base).take(count) {
                        *slot = FAILED;
                    }
                    self.errors.insert(index, errors);
                }
            }
        }
        Ok(end)
    }

    fn row_state(&self, index: usize) -> Option<u8> {
        self.statuses.get(index * measures().len()).copied()
    }

    fn row_statuses(&self, index: usize) -> &[u8] {
        let count = measures().len();
        self.statuses.get(index * count..(index + 1) * count).unwrap_or_default()
    }

    fn row_missing(&self, index: usize) -> &[u16] {
        let count = measures().len();
        self.missing.get(index * count..(index + 1) * count).unwrap_or_default()
    }

    pub fn summary(&self) -> Summary<'_> {
        let mut counts = vec![[0usize; 5]; measures().len()];
        // Unknown results by their missing set first (a list has few
        // different sets), then by fact.
        // By audience too (the position of each measure's audience in AUDIENCES).
        let mut unknown_by_set = vec![[0usize; AUDIENCES.len()]; self.missing_sets.len()];
        let audience_of: Vec<usize> =
            measures().iter().map(|m| AUDIENCES.iter().position(|a| *a == m.audience).unwrap_or(0)).collect();
        let mut checked = 0;
        for index in 0..self.rows.len() {
            match self.row_state(index) {
                Some(NOT_RUN | FAILED) | None => continue,
                Some(_) => checked += 1,
            }
            for (((code, missing), count), audience) in
                self.row_statuses(index).iter().zip(self.row_missing(index)).zip(&mut counts).zip(&audience_of)
            {
                if let Some(slot) = count.get_mut(usize::from(*code)) {
                    *slot += 1;
                }
                if STATUSES.get(usize::from(*code)) == Some(&Status::Unknown) {
                    if let Some(slot) =
                        unknown_by_set.get_mut(usize::from(*missing)).and_then(|by| by.get_mut(*audience))
                    {
                        *slot += 1;
                    }
                }
            }
        }
        let mut unknown_by_fact = [[0usize; Fact::ALL.len()]; AUDIENCES.len()];
        for (set, by_audience) in self.missing_sets.iter().zip(&unknown_by_set) {
            for fact in set.iter() {
                for (counts, count) in unknown_by_fact.iter_mut().zip(by_audience) {
                    if let Some(slot) = counts.get_mut(fact.index()) {
                        *slot += count;
                    }
                }
            }
        }
        let errors = self
            .errors
            .iter()
            .flat_map(|(index, errors)| {
                let row = self.rows.get(*index).map_or(0, |row| row.number);
                errors.iter().map(move |error| ErrorEntry {
                    row,
                    column: error.column,
                    header: &error.header,
                    problem: &error.problem,
                    detail: &error.detail,
                })
            })
            .collect();
        let mut all = [0usize; Fact::ALL.len()];
        for counts in &unknown_by_fact {
            for (total, count) in all.iter_mut().zip(counts) {
                *total += count;
            }
        }
        let question = most_settling(&all);
        let question_by_audience = AUDIENCES
            .iter()
            .zip(&unknown_by_fact)
            .filter_map(|(audience, counts)| most_settling(counts).map(|q| (audience.name(), q)))
            .collect();
        let measures = measures()
            .iter()
            .zip(&counts)
            .map(|(measure, [eligible, conditional, informational, ineligible, unknown])| MeasureCounts {
                id: measure.id,
                draft: measure.draft(),
                nature: measure.nature.name(),
                eligible: *eligible,
                conditional: *conditional,
                informational: *informational,
                ineligible: *ineligible,
                unknown: *unknown,
            })
            .collect();
        Summary {
            rows: self.rows.len(),
            checked,
            failed: self.errors.len(),
            errors,
            measures,
            question,
            question_by_audience,
        }
    }

    /// The rows whose result for `measure` (an id, or "" for any) has
    /// `status` ("" for any; "error" for the rows that could not be
    /// checked), `limit` of them from `offset`.
    pub fn table(&self, measure: &str, status: &str, offset: usize, limit: usize) -> Result<Table<'_>, BatchError> {
        let measure_index = match measure {
            "" => None,
            id => Some(measures().iter().position(|m| m.id == id).ok_or_else(|| BatchError::Measure(id.to_owned()))?),
        };
        let wanted = match status {
            "" | "error" => None,
            name => Some(
                STATUSES
                    .iter()
                    .position(|s| status_name(*s) == name)
                    .and_then(|code| u8::try_from(code).ok())
                    .ok_or_else(|| BatchError::Status(name.to_owned()))?,
            ),
        };
        let matches = |index: usize| -> bool {
            match self.row_state(index) {
                Some(NOT_RUN) | None => false,
                Some(FAILED) => status == "error",
                Some(_) if status == "error" => false,
                Some(_) => {
                    let statuses = self.row_statuses(index);
                    match (measure_index, wanted) {
                        (_, None) => true,
                        (Some(m), Some(code)) => statuses.get(m) == Some(&code),
                        (None, Some(code)) => statuses.contains(&code),
                    }
                }
            }
        };
        let name_column = self.columns.position(Target::Name);
        let code_column = self.columns.position(Target::Code);
        let mut total = 0;
        let mut rows = Vec::new();
        for index in 0..self.rows.len() {
            if !matches(index) {
                continue;
            }
            total += 1;
            if total <= offset || rows.len() >= limit {
                continue;
            }
            let Some(row) = self.rows.get(index) else { continue };
            let cell = |column: Option<usize>| column.and_then(|c| row.cells.get(c)).map_or("", String::as_str);
            let error = self.errors.get(&index).map(|errors| {
                errors
                    .iter()
                    .map(|e| RowError { column: e.column, header: &e.header, problem: &e.problem, detail: &e.detail })
                    .collect()
            });
            let (statuses, missing) = if error.is_some() {
                (Vec::new(), Vec::new())
            } else {
                let statuses = self.row_statuses(index);
                (
                    statuses
                        .iter()
                        .map(|code| STATUSES.get(usize::from(*code)).map_or("", |s| status_name(*s)))
                        .collect(),
                    self.row_missing(index)
                        .iter()
                        .zip(statuses)
                        .map(|(id, code)| {
                            let unknown = STATUSES.get(usize::from(*code)) == Some(&Status::Unknown);
                            let set = self.missing_sets.get(usize::from(*id)).copied().unwrap_or_default();
                            if unknown {
                                set.iter().map(Fact::name).collect()
                            } else {
                                Vec::new()
                            }
                        })
                        .collect(),
                )
            };
            rows.push(TableRow {
                row: row.number,
                name: limits::preview(cell(name_column)),
                code: limits::preview(cell(code_column)),
                error,
                statuses,
                missing,
            });
        }
        Ok(Table { total, rows })
    }

    /// Visits every row for an export: its cells, and its errors or its
    /// (status, missing) per measure (`None` for a row not run yet).
    /// The rows of an export, data rows `range` (within the list).
    fn export_rows(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = ExportRow<'_>> {
        range.filter_map(move |index| {
            let row = self.rows.get(index)?;
            let outcome = match self.row_state(index) {
                Some(NOT_RUN) | None => Outcome::NotRun,
                Some(FAILED) => Outcome::Failed(self.errors.get(&index).map_or(&[][..], Vec::as_slice)),
                Some(_) => Outcome::Checked(
                    self.row_statuses(index)
                        .iter()
                        .zip(self.row_missing(index))
                        .map(|(code, id)| {
                            let status = STATUSES.get(usize::from(*code)).copied().unwrap_or(Status::Unknown);
                            let set = self.missing_sets.get(usize::from(*id)).copied().unwrap_or_default();
                            (status, if status == Status::Unknown { set } else { FactSet::EMPTY })
                        })
                        .collect(),
                ),
            };
            Some(ExportRow { cells: &row.cells, outcome })
        })
    }

    /// The table as CSV for Excel: UTF-8 with a byte-order mark, CRLF.
    pub fn export_csv(&self) -> Vec<u8> {
        self.export_csv_part(0, self.rows.len())
    }

    /// Part of [`Batch::export_csv`]: data rows `[start, end)` (clamped),
    /// after the byte-order mark and the header row when `start` is 0. The
    /// parts of consecutive ranges joined are the whole export, so that the
    /// page can write a large one in pieces (one Vec of over 1 GiB traps in
    /// 32-bit WebAssembly).
    pub fn export_csv_part(&self, start: usize, end: usize) -> Vec<u8> {
        let headers: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
        let mut out = Vec::new();
        if start == 0 {
            out.extend_from_slice(export::BOM);
            let mut writer = export::csv_writer(&mut out);
            // Writing into a Vec cannot fail.
            let _ = export::write_header(&mut writer, &headers);
            let _ = writer.flush();
        }
        let mut row_writer = export::RowWriter::default();
        let end = end.min(self.rows.len());
        for row in self.export_rows(start.min(end)..end) {
            write_export_row(&mut out, &mut row_writer, headers.len(), &row);
        }
        out
    }

    /// The table as an .xlsx workbook.
    pub fn export_xlsx(&self) -> Result<Vec<u8>, BatchError> {
        let original: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
        let headers = export::headers(&original);
        xlsx::write(&headers, original.len(), self.as_of, self.export_rows(0..self.rows.len()))
            .map_err(|error| BatchError::Xlsx(error.to_string()))
    }
}

/// A row of an export.
pub(crate) struct ExportRow<'a> {
    cells: &'a [String],
    outcome: Outcome<'a>,
}

pub(crate) enum Outcome<'a> {
    NotRun,
    Failed(&'a [CellError]),
    Checked(Vec<(Status, FactSet)>),
}

fn write_export_row(out: &mut Vec<u8>, row_writer: &mut export::RowWriter, columns: usize, row: &ExportRow<'_>) {
    // Only the columns that have a header: a cell past them is reported in
    // the error column.
    row_writer.cells(out, columns, row.cells.iter().map(String::as_bytes));
    match &row.outcome {
        Outcome::NotRun => row_writer.error(out, columns, &[]),
        Outcome::Failed(errors) => row_writer.error(out, columns, errors),
        Outcome::Checked(results) => {
            row_writer.start_results(out, columns);
            for (status, missing) in results {
                row_writer.result(out, *status, *missing);
            }
            row_writer.end(out);
        }
    }
}
