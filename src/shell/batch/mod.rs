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

mod biff;
pub mod cell;
pub mod check;
pub mod columns;
pub mod export;
pub mod input;
pub mod limits;
pub mod notify;
pub mod registry;
mod split;
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
use input::{Cells, Encoding, EncodingChoice, Kind, ReadError, Row};
use registry::{
    CodeCheck, Codes, MappingFile, MappingFileError, NoteCounts, RowNotes, Settings, SettingsError, ValueMaps,
};
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
    #[error("kind: unknown kind \"{0}\" (allowed: auto, csv, xlsx, xls)")]
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
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    MappingFile(#[from] MappingFileError),
    #[error("notification words: {0}")]
    Words(String),
    #[error("format: unknown format \"{0}\" (allowed: csv, xlsx)")]
    Format(String),
    #[error("measure: \"{measure}\" is another province's, and every row of this registry is in {province}")]
    OtherProvince { measure: String, province: &'static str },
}

/// The headers of the export: the file's, `code check`, then `error` and
/// the results ([`export::headers`]).
pub fn export_headers(columns: &Columns) -> Vec<String> {
    let mut original: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
    original.push(registry::CODE_CHECK_HEADER.to_owned());
    export::headers(&original)
}

/// [`export_headers`] for a CSV: a header is a cell like any other, and one
/// that would start a formula is written as text (M1), in the page's export
/// and the CLI's alike. (The .xlsx export writes every cell as a string.)
pub fn csv_export_headers(columns: &Columns) -> Vec<String> {
    export_headers(columns).iter().map(|header| export::spreadsheet_safe(header).into_owned()).collect()
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
    /// The whole file's location, for the rows that state none.
    settings: Settings,
    /// Cells read as other values (a saved mapping's).
    values: ValueMaps,
    /// Per row: what its credit code says (with the current mapping).
    codes: Vec<CodeCheck>,
    /// Per row: the export's `code check` cell.
    code_texts: Vec<String>,
    /// The worksheets [`CodeCheck::duplicate_sheet`] numbers.
    code_sheets: Vec<String>,
    /// The column `codes` were read from (`Some(None)`: no code column),
    /// or `None` before they are: the rows never change, so the codes are
    /// read again only when another column holds them.
    codes_of: Option<Option<usize>>,
    /// Per row: what the file-wide rules did to it in the last run.
    notes: Vec<RowNotes>,
    /// Per row: the province its profile is in (stated, or implied by its
    /// zone or the file's), for [`Batch::province`].
    provinces: Vec<Option<&'static str>>,
    header_row: u64,
    /// The header row staff chose, if they did (else it was found).
    header_choice: Option<u64>,
    skipped: usize,
    /// The .xlsx worksheet read, when not the first (1-based, name).
    worksheet: Option<(usize, String)>,
    /// A workbook's sheets with a header row, when more than one has one.
    worksheets: Vec<input::WorksheetRead>,
    /// The `asOf` of the last run: the .xlsx export's creation date, so
    /// that one run's export is the same bytes every time.
    as_of: Option<CivilDate>,
    /// For rows handed to a second worker ([`Batch::from_rows`]), the
    /// file's data row that is the first of them; `None` for a file read.
    /// Such an instance only runs its rows and packs their results: it
    /// never reads the credit codes, which only counts and exports show.
    handed: Option<usize>,
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
    /// Per column, the number a plain amount is multiplied by (its header's
    /// unit: 10,000 for 营业收入（万元）), or null for yuan.
    pub units: Vec<Option<u64>>,
    pub rows: usize,
    /// The first rows' cells, each cut to [`limits::PREVIEW_CHARS`].
    pub sample: Vec<Vec<Cow<'a, str>>>,
    /// The header's row number (below title rows), and how many rows with
    /// a value above it were not read.
    pub header_row: u64,
    pub skipped_rows: usize,
    /// The workbook's (.xlsx or .xls) worksheet read when it is not the first (the first had no
    /// header: a note, a chart): `{ "number": 2, "name": "企业名册" }`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worksheet: Option<Worksheet<'a>>,
    /// A workbook's sheets with a header row, when more than one has one:
    /// those read one after another (their rows' count; each row's sheet in
    /// the last column, 工作表) and those not (another header, `rows` null).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub worksheets: Vec<WorksheetListed<'a>>,
}

/// A sheet of [`Description::worksheets`].
#[derive(Serialize)]
pub struct WorksheetListed<'a> {
    pub number: usize,
    pub name: &'a str,
    pub rows: Option<usize>,
}

/// A worksheet by its place in the workbook (1-based) and its name.
#[derive(Serialize)]
pub struct Worksheet<'a> {
    pub number: usize,
    pub name: &'a str,
}

/// One value of a column ([`Batch::values`]).
#[derive(Serialize)]
pub struct DistinctValue {
    pub value: String,
    pub count: usize,
    pub read: &'static str,
    pub mapped: Option<String>,
}

/// One target of the mapping, for the mapping screen.
#[derive(Serialize)]
pub struct TargetInfo {
    pub target: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    /// `bool` for a yes/no fact, `choice` for a fact of a fixed list of
    /// values (a province, a level, a zone of the directory), whose cells
    /// [`Batch::values`] lists; else `other`.
    pub kind: &'static str,
    /// A choice fact's values, each with its labels (the zones of the
    /// directory for `zone`, and `none` for not in a zone).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<ChoiceInfo>,
}

/// One value a choice column's cell can be read as.
#[derive(Serialize)]
pub struct ChoiceInfo {
    pub value: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// The values of a choice fact, for [`TargetInfo::choices`].
fn choices_of(fact: Fact) -> Vec<ChoiceInfo> {
    use crate::engine::fact::FactKind;
    match fact.kind() {
        FactKind::Choice(choices) => {
            choices.iter().map(|c| ChoiceInfo { value: c.value, zh: c.label.zh, en: c.label.en }).collect()
        }
        FactKind::Zone => crate::engine::zone::ZONES
            .iter()
            .map(|z| ChoiceInfo { value: z.id, zh: z.name.zh, en: z.name.en })
            .chain([ChoiceInfo { value: NO_ZONE, zh: "不在高新区", en: "Not in a high-tech zone" }])
            .collect(),
        _ => Vec::new(),
    }
}

/// How [`Batch::values`] names a zone cell that says "not in a zone" (无).
const NO_ZONE: &str = "none";

/// Every target a column can be mapped to (`batchFacts()`).
pub fn targets() -> Vec<TargetInfo> {
    Target::all()
        .map(|target| {
            let label = target.label();
            use crate::engine::fact::FactKind;
            let (kind, choices) = match target {
                Target::Fact(fact) if fact.kind() == FactKind::Bool => ("bool", Vec::new()),
                Target::Fact(fact) if matches!(fact.kind(), FactKind::Choice(_) | FactKind::Zone) => {
                    ("choice", choices_of(fact))
                }
                _ => ("other", Vec::new()),
            };
            TargetInfo { target: target.name(), zh: label.zh, en: label.en, kind, choices }
        })
        .collect()
}

/// A bad cell in the summary's list: its row, then the cell's problem as
/// [`check::CellError`] writes it (the problem in English, the cell as read,
/// and the problem as data for words in the page's language).
#[derive(Serialize)]
pub struct ErrorEntry<'a> {
    pub row: u64,
    #[serde(flatten)]
    pub error: &'a check::CellError,
    /// The value read as the messages quote it ([`export::shown_value`]).
    pub shown: Cow<'a, str>,
    /// The row's worksheet, when several were read (row numbers are each sheet's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<&'a str>,
}

#[derive(Serialize)]
pub struct MeasureCounts {
    pub id: &'static str,
    pub draft: bool,
    pub nature: &'static str,
    /// Another province's measure, for a registry of one province
    /// ([`Batch::province`]): not listed to staff, and no notification list.
    #[serde(rename = "otherProvince")]
    pub other_province: bool,
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
const AUDIENCES: [Audience; 3] = Audience::ALL;

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
    /// The same over each audience's measures (`enterprise`,
    /// `institution`, `person`: a measure for several parties counts for
    /// each), for a page that shows one audience; an audience without an
    /// open result is left out.
    #[serde(rename = "questionByAudience")]
    pub question_by_audience: std::collections::BTreeMap<&'static str, QuestionCount>,
    /// Rows that took the file's zone, expired certificates read as no,
    /// rows that repeat an earlier row's credit code (not counted in
    /// `measures`), invalid codes.
    #[serde(flatten)]
    pub notes: NoteCounts,
    /// The province of every checked row, when they share one.
    pub province: Option<&'static str>,
}

#[derive(Serialize)]
pub struct TableRow<'a> {
    pub row: u64,
    /// The name and code cells, each cut to [`limits::PREVIEW_CHARS`].
    pub name: Cow<'a, str>,
    pub code: Cow<'a, str>,
    pub error: Option<Vec<&'a check::CellError>>,
    pub statuses: Vec<&'static str>,
    pub missing: Vec<Vec<&'static str>>,
    /// The row of the first enterprise with the same credit code.
    #[serde(rename = "duplicateOf")]
    pub duplicate_of: Option<u64>,
    /// That row's worksheet, where it is another sheet than this row's.
    #[serde(rename = "duplicateSheet", skip_serializing_if = "Option::is_none")]
    pub duplicate_sheet: Option<&'a str>,
    #[serde(rename = "invalidCode")]
    pub invalid_code: bool,
}

/// What [`Batch::table`] returns.
#[derive(Serialize)]
pub struct Table<'a> {
    pub total: usize,
    pub rows: Vec<TableRow<'a>>,
}

impl Batch {
    /// Reads a whole file: `kind` "auto", "csv", "xlsx" or "xls"; `encoding` (of a
    /// CSV) "auto", "utf-8" or "gb18030".
    pub fn read(bytes: &[u8], kind: &str, encoding: &str) -> Result<Batch, BatchError> {
        Batch::read_at(bytes, kind, encoding, None)
    }

    /// [`Batch::read`] with the header's row chosen by staff (1 to 10, the
    /// spreadsheet's number; the rows above it are not read), or found.
    pub fn read_at(bytes: &[u8], kind: &str, encoding: &str, header_choice: Option<u64>) -> Result<Batch, BatchError> {
        if bytes.len() as u64 > limits::MAX_FILE_BYTES {
            return Err(ReadError::Limit(limits::LimitError::FileTooLarge(bytes.len() as u64)).into());
        }
        let kind = match kind {
            "auto" | "" => Kind::detect(bytes),
            "csv" => Kind::Csv,
            "xlsx" => Kind::Xlsx,
            "xls" => Kind::Xls,
            other => return Err(BatchError::Kind(other.to_owned())),
        };
        let choice = EncodingChoice::from_name(encoding).ok_or_else(|| BatchError::Encoding(encoding.to_owned()))?;
        let (sheet, encoding) = match kind {
            Kind::Xlsx => (input::read_xlsx_at(bytes, header_choice)?, None),
            Kind::Xls => (input::read_xls_at(bytes, header_choice)?, None),
            Kind::Csv => {
                if bytes.is_empty() {
                    return Err(ReadError::Empty.into());
                }
                if input::looks_binary(bytes) {
                    return Err(ReadError::Binary.into());
                }
                let (text, encoding) = input::decode_chosen(bytes, choice);
                (input::read_csv_at(&text, header_choice)?, Some(encoding))
            }
        };
        if sheet.headers.len() as u64 > limits::MAX_PAGE_COLUMNS {
            return Err(ReadError::Limit(limits::LimitError::TooManyColumnsForPage(sheet.headers.len() as u64)).into());
        }
        let mut batch = Batch {
            encoding,
            encoding_guessed: encoding.is_some() && choice == EncodingChoice::Auto,
            header_row: sheet.header_row,
            header_choice,
            skipped: sheet.skipped,
            worksheet: sheet.worksheet,
            worksheets: sheet.worksheets,
            ..Batch::of_rows(kind, Columns::guess(&sheet.headers), sheet.rows, None)
        };
        batch.clear();
        Ok(batch)
    }

    /// Rows and their columns, nothing run: what [`Batch::read_at`] and
    /// [`Batch::from_rows`] start from (`handed`: see the field).
    fn of_rows(kind: Kind, columns: Columns, rows: Vec<Row>, handed: Option<usize>) -> Batch {
        Batch {
            kind,
            encoding: None,
            encoding_guessed: false,
            columns,
            rows,
            statuses: Vec::new(),
            missing: Vec::new(),
            missing_sets: Vec::new(),
            missing_index: HashMap::new(),
            errors: BTreeMap::new(),
            settings: Settings::default(),
            values: ValueMaps::new(),
            codes: Vec::new(),
            code_texts: Vec::new(),
            code_sheets: Vec::new(),
            codes_of: None,
            notes: Vec::new(),
            provinces: Vec::new(),
            header_row: 1,
            header_choice: None,
            skipped: 0,
            worksheet: None,
            worksheets: Vec::new(),
            as_of: None,
            handed,
        }
    }

    fn clear(&mut self) {
        // Nothing run: no tables (every reader takes a row without one as
        // not run). They are made by the first run (`sized_results`): a
        // file is read, and a run sets the mapping and the settings again,
        // each of which clears, and 100,000 rows' tables are 42 MB to write.
        self.statuses = Vec::new();
        self.missing = Vec::new();
        self.missing_sets = vec![FactSet::EMPTY];
        self.missing_index = HashMap::from([(FactSet::EMPTY, 0)]);
        self.errors.clear();
        // A run sets the mapping and the settings again (each clears): the
        // codes of 100,000 rows were read three times for one run.
        let column = self.columns.position(Target::Code);
        if self.codes_of != Some(column) && self.handed.is_none() {
            let sheets = input::sheets_read(&self.worksheets);
            let mut codes = Codes::new(column).with_sheets(self.columns.len(), sheets);
            self.codes = self
                .rows
                .iter()
                .map(|row| {
                    if row.is_blank() {
                        CodeCheck::default()
                    } else {
                        codes.check(row.number, |i| row.cells.get(i).unwrap_or(""))
                    }
                })
                .collect();
            self.code_texts = self.codes.iter().map(|code| code.text_in(codes.sheets())).collect();
            self.code_sheets = codes.sheets().to_vec();
            self.codes_of = Some(column);
        }
        self.notes = vec![RowNotes::default(); self.rows.len()];
        self.provinces = vec![None; self.rows.len()];
    }

    /// Sets the whole file's zone, province and level (JSON:
    /// `{"zone": "chongqing", "province": null, "zoneLevel": null}`);
    /// clears the results of earlier runs.
    pub fn set_settings(&mut self, json: &str) -> Result<(), BatchError> {
        self.settings = Settings::from_json(json)?;
        self.clear();
        Ok(())
    }

    /// Applies a saved mapping ([`MappingFile`]: columns by header, cell
    /// values, settings); clears the results of earlier runs. Nothing
    /// changes if it is refused.
    pub fn set_mapping_file(&mut self, json: &str) -> Result<(), BatchError> {
        let file = MappingFile::from_json(json)?;
        let mut columns = self.columns.clone();
        let (settings, values) = file.apply(&mut columns)?;
        self.columns = columns;
        self.settings = settings;
        self.values = values;
        self.clear();
        Ok(())
    }

    /// The mapping in force as a saved mapping's JSON, for [`Batch::set_mapping_file`]
    /// and `check --csv --mapping`.
    pub fn mapping_file(&self) -> String {
        let file = MappingFile::of(&self.columns, &self.values, self.settings, self.header_choice);
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// The different values of a yes/no or choice column (OpenRefine's
    /// facet), most frequent first (at most `limit`), each with how often it
    /// occurs, how it is read (`true`, `false`; a choice's value, a zone's
    /// id or `none`; `unknown` or `error`) and what a value map makes of it
    /// (`mapped`: the value given, `""` for unknown). A place the directory
    /// does not list, in a file with a zone set, reads as that zone, as
    /// [`Batch::run`] reads it. Empty for a column of another kind.
    pub fn values(&self, column: usize, limit: usize) -> Vec<DistinctValue> {
        use crate::engine::fact::FactKind;
        let Some(Target::Fact(fact)) = self.columns.get(column).and_then(|c| c.target) else { return Vec::new() };
        if !matches!(fact.kind(), FactKind::Bool | FactKind::Choice(_) | FactKind::Zone) {
            return Vec::new();
        }
        let mut counts: HashMap<String, usize> = HashMap::new();
        for row in &self.rows {
            if let Some(cell) = row.cells.get(column) {
                let key = cell::normalise(cell).into_owned();
                if !key.is_empty() {
                    *counts.entry(key).or_insert(0) += 1;
                }
            }
        }
        let mut values: Vec<(String, usize)> = counts.into_iter().collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let map = self.values.get(&column);
        values
            .into_iter()
            .take(limit)
            .map(|(value, count)| {
                let read = if fact.kind() == FactKind::Bool {
                    let read = if fact == Fact::ListedOnStarMarket {
                        cell::read_listing(&value)
                    } else if fact == Fact::SmallOrMediumEnterprise {
                        cell::read_enterprise_size(&value)
                    } else {
                        cell::read_bool(&value)
                    };
                    match read {
                        Ok(Some(true)) => "true",
                        Ok(Some(false)) => "false",
                        Ok(None) => "unknown",
                        Err(_) => "error",
                    }
                } else {
                    match self.choice_read(fact, &value) {
                        // An address that names no province states nothing.
                        "error" if self.columns.get(column).is_some_and(|c| columns::is_address(&c.header)) => {
                            "unknown"
                        }
                        read => read,
                    }
                };
                let mapped = map.and_then(|m| m.get(&value)).map(|v| v.clone().unwrap_or_default());
                DistinctValue { value, count, read, mapped }
            })
            .collect()
    }

    /// Row `index`'s worksheet, when several sheets were read: its last
    /// column's ([`input::SHEET_COLUMN`]), or for a blank row (which has
    /// none) the sheet of the row above it.
    fn sheet_of(&self, index: usize) -> Option<&str> {
        if self.worksheets.iter().filter(|sheet| sheet.rows.is_some()).count() < 2 {
            return None;
        }
        let column = self.columns.len().checked_sub(1)?;
        self.rows.get(..=index)?.iter().rev().find_map(|row| row.cells.get(column).filter(|name| !name.is_empty()))
    }

    /// How a choice or zone cell is read, for [`Batch::values`].
    fn choice_read(&self, fact: Fact, value: &str) -> &'static str {
        let zone_of_file = self.settings.zone.and_then(|index| crate::engine::zone::ZONES.get(index));
        match (cell::read_choice(fact, value), fact) {
            (Ok(Some(cell::ChoiceValue::Index(index))), Fact::Zone) => {
                crate::engine::zone::ZONES.get(index).map_or("error", |zone| zone.id)
            }
            (Ok(Some(cell::ChoiceValue::Index(index))), _) => {
                fact.choices().get(index).map_or("error", |choice| choice.value)
            }
            (Ok(Some(cell::ChoiceValue::NoZone)), _) => NO_ZONE,
            (Ok(None), _) => "unknown",
            (Err(_), Fact::Zone) => zone_of_file.map_or("error", |zone| zone.id),
            (Err(_), _) => "error",
        }
    }

    /// Sets how the cells of one column are read (JSON: `{cell: value or
    /// null}`, null for unknown; `{}` clears it); clears the results.
    pub fn set_values(&mut self, column: usize, json: &str) -> Result<(), BatchError> {
        let map: std::collections::BTreeMap<String, Option<String>> =
            serde_json::from_str(json).map_err(|error| BatchError::MappingJson(error.to_string()))?;
        if self.columns.get(column).is_none() {
            return Err(BatchError::MappingJson(format!("no column {}", column + 1)));
        }
        if map.is_empty() {
            self.values.remove(&column);
        } else {
            self.values.insert(column, map.into_iter().map(|(k, v)| (cell::normalise(&k).into_owned(), v)).collect());
        }
        self.clear();
        Ok(())
    }

    pub fn describe(&self) -> Description<'_> {
        Description {
            kind: self.kind.name(),
            encoding: self.encoding.map(Encoding::name),
            encoding_guessed: self.encoding_guessed,
            headers: self.columns.iter().map(|c| c.header.as_str()).collect(),
            mapping: self.columns.iter().map(|c| c.target.map(Target::name)).collect(),
            units: self
                .columns
                .iter()
                .map(|c| match c.unit {
                    cell::MoneyUnit::Yuan => None,
                    unit => Some(10u64.pow(unit.fen_exponent() - 2)),
                })
                .collect(),
            rows: self.rows.len(),
            sample: self
                .rows
                .iter()
                .take(5)
                .map(|row| (0..self.columns.len()).map(|i| limits::preview(row.cells.get(i).unwrap_or(""))).collect())
                .collect(),
            header_row: self.header_row,
            skipped_rows: self.skipped,
            worksheet: self.worksheet.as_ref().map(|(number, name)| Worksheet { number: *number, name }),
            worksheets: self
                .worksheets
                .iter()
                .map(|sheet| WorksheetListed { number: sheet.number, name: &sheet.name, rows: sheet.rows })
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
        let end = end.min(self.rows.len());
        self.run_rows(start.min(end)..end, as_of)?;
        Ok(end)
    }

    /// Checks the data rows `indices` for `as_of`: [`Batch::run`]'s work,
    /// for any rows (a part run elsewhere merges back with the rows it
    /// could not hand over run here).
    fn run_rows(&mut self, indices: impl IntoIterator<Item = usize>, as_of: &str) -> Result<(), BatchError> {
        let date = CivilDate::parse(as_of).map_err(|error| BatchError::AsOf(format!("\"{as_of}\": {error}")))?;
        let checker = RowChecker::with_settings(&self.columns, Today::Given(date), self.settings)
            .with_values(self.values.clone());
        self.as_of = Some(date);
        self.sized_results();
        let count = measures().len();
        // Per measure, the last missing set and its index: a measure's rows
        // mostly miss the same facts, found again without hashing.
        let mut last = vec![(FactSet::EMPTY, 0u16); count];
        for index in indices {
            let Some(row) = self.rows.get(index) else { break };
            let cells = &row.cells;
            let base = index * count;
            match checker.facts_noted(cells.len(), |i| cells.get(i).unwrap_or("")) {
                Ok((facts, notes)) => {
                    self.errors.remove(&index);
                    if let Some(slot) = self.notes.get_mut(index) {
                        *slot = notes;
                    }
                    if let Some(slot) = self.provinces.get_mut(index) {
                        *slot = match facts.get(Fact::Province) {
                            Some(crate::engine::profile::Value::Choice(province)) => Some(province),
                            _ => None,
                        };
                    }
                    let (statuses, missing) = (&mut self.statuses, &mut self.missing);
                    let (sets, lookup) = (&mut self.missing_sets, &mut self.missing_index);
                    let last = &mut last;
                    check::evaluate(&facts, |measure, status, set| {
                        let code = STATUSES.iter().position(|s| *s == status).unwrap_or(0);
                        if let Some(slot) = statuses.get_mut(base + measure) {
                            *slot = u8::try_from(code).unwrap_or(0);
                        }
                        // Most results miss nothing: the empty set is always
                        // the first, without hashing it.
                        let id = match last.get_mut(measure) {
                            _ if set == FactSet::EMPTY => 0,
                            Some((seen, id)) if *seen == set => *id,
                            slot => {
                                let id = *lookup.entry(set).or_insert_with(|| {
                                    sets.push(set);
                                    u16::try_from(sets.len() - 1).unwrap_or(0)
                                });
                                if let Some(slot) = slot {
                                    *slot = (set, id);
                                }
                                id
                            }
                        };
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
        Ok(())
    }

    /// The status and missing tables, made for every row (none run) if a
    /// clear left none.
    fn sized_results(&mut self) {
        let cells = self.rows.len() * measures().len();
        if self.statuses.len() != cells || self.missing.len() != cells {
            self.statuses = vec![NOT_RUN; cells];
            self.missing = vec![0; cells];
        }
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
        // By audience too (a slot for each of AUDIENCES, then one for every
        // measure): a measure counts in the slot of each audience it is for.
        let mut unknown_by_set = vec![[0usize; AUDIENCES.len() + 1]; self.missing_sets.len()];
        let audience_of: Vec<[bool; AUDIENCES.len() + 1]> = measures()
            .iter()
            .map(|m| {
                let mut slots = [true; AUDIENCES.len() + 1];
                for (slot, audience) in slots.iter_mut().zip(AUDIENCES) {
                    *slot = m.audiences.contains(&audience);
                }
                slots
            })
            .collect();
        let mut checked = 0;
        let mut notes = NoteCounts::default();
        for code in &self.codes {
            notes.add_code(*code);
        }
        for index in 0..self.rows.len() {
            match self.row_state(index) {
                Some(NOT_RUN | FAILED) | None => continue,
                Some(_) => checked += 1,
            }
            if let Some(row_notes) = self.notes.get(index) {
                notes.add(*row_notes);
            }
            // An enterprise listed twice is counted once.
            if self.codes.get(index).is_some_and(|code| code.duplicate_of.is_some()) {
                continue;
            }
            for (((code, missing), count), audience) in
                self.row_statuses(index).iter().zip(self.row_missing(index)).zip(&mut counts).zip(&audience_of)
            {
                if let Some(slot) = count.get_mut(usize::from(*code)) {
                    *slot += 1;
                }
                if STATUSES.get(usize::from(*code)) == Some(&Status::Unknown) {
                    if let Some(by) = unknown_by_set.get_mut(usize::from(*missing)) {
                        for (slot, counted) in by.iter_mut().zip(audience) {
                            *slot += usize::from(*counted);
                        }
                    }
                }
            }
        }
        let mut unknown_by_fact = [[0usize; Fact::ALL.len()]; AUDIENCES.len() + 1];
        // An audience's question is one of its own facts: an enterprise list
        // is never told to add a column only an individual can answer.
        let asked_of = |slot: usize, fact: Fact| AUDIENCES.get(slot).map_or(true, |a| fact.audiences().contains(a));
        for (set, by_audience) in self.missing_sets.iter().zip(&unknown_by_set) {
            for fact in set.iter() {
                for (slot, (counts, count)) in unknown_by_fact.iter_mut().zip(by_audience).enumerate() {
                    if let Some(total) = counts.get_mut(fact.index()).filter(|_| asked_of(slot, fact)) {
                        *total += count;
                    }
                }
            }
        }
        let errors = self
            .errors
            .iter()
            .flat_map(|(index, errors)| {
                let row = self.rows.get(*index).map_or(0, |row| row.number);
                let sheet = self.sheet_of(*index);
                errors.iter().map(move |error| ErrorEntry {
                    row,
                    error,
                    shown: export::shown_value(&error.value),
                    sheet,
                })
            })
            .collect();
        let [by_audience @ .., all] = &unknown_by_fact;
        let question = most_settling(all);
        let question_by_audience = AUDIENCES
            .iter()
            .zip(by_audience)
            .filter_map(|(audience, counts)| most_settling(counts).map(|q| (audience.name(), q)))
            .collect();
        let province = self.province();
        let measures = measures()
            .iter()
            .zip(&counts)
            .map(|(measure, [eligible, conditional, informational, ineligible, unknown])| MeasureCounts {
                id: measure.id,
                draft: measure.draft(),
                nature: measure.nature.name(),
                other_province: province.is_some_and(|province| notify::of_another_province(measure, province)),
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
            notes,
            province,
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
                        // A measure's list is its count: an enterprise listed twice, once.
                        (Some(m), Some(code)) => {
                            statuses.get(m) == Some(&code)
                                && !self.codes.get(index).is_some_and(|c| c.duplicate_of.is_some())
                        }
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
            let cell = |column: Option<usize>| column.and_then(|c| row.cells.get(c)).unwrap_or("");
            let error = self.errors.get(&index).map(|errors| errors.iter().collect());
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
            let code = self.codes.get(index).copied().unwrap_or_default();
            rows.push(TableRow {
                row: row.number,
                name: limits::preview(cell(name_column)),
                code: limits::preview(cell(code_column)),
                error,
                statuses,
                missing,
                duplicate_of: code.duplicate_of,
                duplicate_sheet: code
                    .duplicate_sheet
                    .and_then(|sheet| self.code_sheets.get(sheet as usize))
                    .map(String::as_str),
                invalid_code: code.invalid,
            });
        }
        Ok(Table { total, rows })
    }

    /// The province of every checked row, when they share one (the file's
    /// zone, or each row's own): a registry of one province, whose staff are
    /// not told of another province's measures. None before a run, or when a
    /// checked row is in another province or in none that it states.
    pub fn province(&self) -> Option<&'static str> {
        let mut found = None;
        for (index, province) in self.provinces.iter().enumerate() {
            match self.row_state(index) {
                Some(NOT_RUN | FAILED) | None => continue,
                Some(_) => {}
            }
            match (found, province) {
                (_, None) => return None,
                (None, Some(province)) => found = Some(*province),
                (Some(first), Some(province)) if first != *province => return None,
                (Some(_), Some(_)) => {}
            }
        }
        found
    }

    /// A notification list for `measure`: a header row and, for each
    /// enterprise whose result is not `ineligible` (eligible first, then
    /// awaiting a decision, then needing more information, then
    /// informational), its row number, the registry's identifying and
    /// contact columns ([`notify::kept_columns`]), the measure, the status
    /// and what is missing in `words`, who decides ([`notify::decides`]),
    /// and the draft mark. Rows that could not be checked, and repeats of an
    /// earlier row's credit code, are left out. Another province's measure
    /// has no list for a registry of one province ([`Batch::province`]).
    pub fn notification(&self, measure: &str, words: &notify::Words) -> Result<Vec<Vec<String>>, BatchError> {
        let position =
            measures().iter().position(|m| m.id == measure).ok_or_else(|| BatchError::Measure(measure.to_owned()))?;
        let Some(chosen) = measures().get(position) else { return Err(BatchError::Measure(measure.to_owned())) };
        if let Some(province) = self.province().filter(|province| notify::of_another_province(chosen, province)) {
            return Err(BatchError::OtherProvince { measure: measure.to_owned(), province });
        }
        let draft = chosen.draft();
        let kept = notify::kept_columns(&self.columns);
        let mut header = vec![words.row.clone()];
        header.extend(kept.iter().filter_map(|i| self.columns.get(*i)).map(|c| c.header.clone()));
        header.extend([words.measure.clone(), words.status.clone(), words.decides.clone()]);
        header.extend([words.missing.clone(), words.draft.clone()]);
        let mut table = vec![header];
        for status in [Status::Eligible, Status::Conditional, Status::Unknown, Status::Informational] {
            let Some(code) = STATUSES.iter().position(|s| *s == status).and_then(|c| u8::try_from(c).ok()) else {
                continue;
            };
            for (index, row) in self.rows.iter().enumerate() {
                if self.codes.get(index).is_some_and(|c| c.duplicate_of.is_some())
                    || self.row_statuses(index).get(position) != Some(&code)
                {
                    continue;
                }
                let mut cells = vec![row.number.to_string()];
                cells.extend(kept.iter().map(|i| row.cells.get(*i).unwrap_or_default().to_owned()));
                let missing: Vec<&'static str> = if status == Status::Unknown {
                    let id = self.row_missing(index).get(position).copied().unwrap_or(0);
                    let set = self.missing_sets.get(usize::from(id)).copied().unwrap_or_default();
                    set.iter().map(Fact::name).collect()
                } else {
                    Vec::new()
                };
                cells.extend([
                    words.title.clone(),
                    words.statuses.get(status_name(status)).cloned().unwrap_or_else(|| status_name(status).to_owned()),
                    notify::decides(chosen, status, words),
                    notify::missing_words(&missing, words),
                    if draft { words.draft_mark.clone() } else { String::new() },
                ]);
                table.push(cells);
            }
        }
        Ok(table)
    }

    /// [`Batch::notification`] as a file: `format` "csv" (UTF-8 with a
    /// byte-order mark, CRLF) or "xlsx"; `words` as JSON ([`notify::Words`]).
    pub fn export_notification(&self, measure: &str, words: &str, format: &str) -> Result<Vec<u8>, BatchError> {
        let words: notify::Words = serde_json::from_str(words).map_err(|error| BatchError::Words(error.to_string()))?;
        self.export_notification_in(measure, &words, format)
    }

    /// [`Batch::export_notification`] with its words given.
    pub fn export_notification_in(
        &self,
        measure: &str,
        words: &notify::Words,
        format: &str,
    ) -> Result<Vec<u8>, BatchError> {
        write_table(&self.notification(measure, words)?, format, self.as_of)
    }

    /// Sets the whole file's settings as [`Batch::set_settings`] does, from
    /// the command line's flags.
    pub fn set_settings_value(&mut self, settings: Settings) {
        self.settings = settings;
        self.clear();
    }

    /// The whole table for people: the file's columns, the code check and
    /// error columns and, for the measures `words` lists (in its order), the
    /// result and what is missing — headers, statuses and facts in `words`
    /// (the page's language). Rows in = rows out, as in [`Batch::export_csv`],
    /// whose ids and English stay the machines' table.
    pub fn readable(&self, words: &notify::ReadableWords) -> Result<Vec<Vec<String>>, BatchError> {
        let positions: Vec<usize> = words
            .measures
            .iter()
            .map(|(id, _)| measures().iter().position(|m| m.id == id).ok_or_else(|| BatchError::Measure(id.clone())))
            .collect::<Result<_, _>>()?;
        let fact_words = words.fact_words();
        let columns = self.columns.len();
        let mut header: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
        header.extend([words.code_check.clone(), words.error.clone()]);
        for (_, title) in &words.measures {
            header.extend([format!("{title}{}", words.result_suffix), format!("{title}{}", words.missing_suffix)]);
        }
        let mut table = vec![header];
        for (index, export) in self.export_rows(0..self.rows.len()).enumerate() {
            let mut cells: Vec<String> = export.cells.iter().take(columns).map(str::to_owned).collect();
            cells.resize(columns, String::new());
            cells.push(export.code.to_owned());
            match &export.outcome {
                Outcome::NotRun => cells.push(String::new()),
                Outcome::Failed(errors) => {
                    let number = self.rows.get(index).map_or(0, |row| row.number).to_string();
                    cells.push(words.errors.get(&number).cloned().unwrap_or_else(|| export::error_text(errors)));
                }
                Outcome::Checked(results) => {
                    cells.push(String::new());
                    for position in &positions {
                        let Some((status, missing)) = results.get(*position) else { continue };
                        let name = status_name(*status);
                        cells.push(words.statuses.get(name).cloned().unwrap_or_else(|| name.to_owned()));
                        let facts: Vec<&'static str> = missing.iter().map(Fact::name).collect();
                        cells.push(notify::missing_words(&facts, &fact_words));
                    }
                }
            }
            // A row without results is as wide as the others.
            cells.resize(columns + 2 + 2 * positions.len(), String::new());
            table.push(cells);
        }
        Ok(table)
    }

    /// [`Batch::readable`] as a file: `format` "csv" or "xlsx"; `words` as JSON.
    pub fn export_readable(&self, words: &str, format: &str) -> Result<Vec<u8>, BatchError> {
        let words: notify::ReadableWords =
            serde_json::from_str(words).map_err(|error| BatchError::Words(error.to_string()))?;
        write_table(&self.readable(&words)?, format, self.as_of)
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
            let code = self.code_texts.get(index).map_or("", String::as_str);
            Some(ExportRow { cells: RowCells::Sheet(&row.cells), code, outcome })
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
        let mut out = Vec::new();
        if start == 0 {
            out.extend_from_slice(export::BOM);
            let mut writer = export::csv_writer(&mut out);
            // Writing into a Vec cannot fail.
            let _ = writer.write_record(csv_export_headers(&self.columns));
            let _ = writer.flush();
        }
        let mut row_writer = export::RowWriter::default();
        let end = end.min(self.rows.len());
        // Each missing set's cell written once, by its index: a list has few.
        let texts: Vec<String> = self
            .missing_sets
            .iter()
            .map(|set| {
                let mut text = String::new();
                export::missing_text(&mut text, *set);
                text
            })
            .collect();
        let columns = self.columns.len();
        let start = start.min(end);
        for index in start..end {
            let Some(row) = self.rows.get(index) else { break };
            let before = out.len();
            let code = self.code_texts.get(index).map_or("", String::as_str);
            stream::write_cells(
                &mut row_writer,
                &mut out,
                columns,
                row.cells.iter().map(str::as_bytes),
                code.as_bytes(),
            );
            match self.row_state(index) {
                Some(NOT_RUN) | None => row_writer.error(&mut out, columns + 1, &[]),
                Some(FAILED) => {
                    row_writer.error(&mut out, columns + 1, self.errors.get(&index).map_or(&[][..], Vec::as_slice));
                }
                Some(_) => {
                    row_writer.start_results(&mut out, columns + 1);
                    for (code, id) in self.row_statuses(index).iter().zip(self.row_missing(index)) {
                        let status = STATUSES.get(usize::from(*code)).copied().unwrap_or(Status::Unknown);
                        let missing = match status {
                            Status::Unknown => texts.get(usize::from(*id)).map_or("", String::as_str),
                            _ => "",
                        };
                        export::RowWriter::result_text(&mut out, status, missing);
                    }
                    row_writer.end(&mut out);
                }
            }
            // Room for the rest at the first row's size, rather than
            // doubling (and copying) a buffer of a hundred megabytes.
            if index == start {
                out.reserve((out.len() - before).saturating_mul(end - index));
            }
        }
        out
    }

    /// The table as an .xlsx workbook.
    pub fn export_xlsx(&self) -> Result<Vec<u8>, BatchError> {
        let headers = export_headers(&self.columns);
        xlsx::write(&headers, self.columns.len() + 1, self.as_of, self.export_rows(0..self.rows.len()))
            .map_err(|error| BatchError::Xlsx(error.to_string()))
    }
}

/// A table of text (a header row, then rows) as a file: `format` "csv"
/// (UTF-8 with a byte-order mark, CRLF) or "xlsx".
fn write_table(table: &[Vec<String>], format: &str, created: Option<CivilDate>) -> Result<Vec<u8>, BatchError> {
    match format {
        "csv" => {
            let mut out = export::BOM.to_vec();
            {
                let mut writer = export::csv_writer(&mut out);
                for row in table {
                    // Writing into a Vec cannot fail. Every cell as text a
                    // spreadsheet will not run (M1): these lists carry the
                    // registry's own names, codes and contacts.
                    let _ = writer.write_record(row.iter().map(|cell| export::spreadsheet_safe(cell).into_owned()));
                }
                let _ = writer.flush();
            }
            Ok(out)
        }
        "xlsx" => {
            let (header, rows) = table.split_first().map_or((&[][..], &[][..]), |(h, r)| (h.as_slice(), r));
            let rows = rows.iter().map(|cells| ExportRow {
                cells: RowCells::Table(cells),
                code: "",
                outcome: Outcome::NotRun,
            });
            xlsx::write(header, header.len() + 1, created, rows).map_err(|error| BatchError::Xlsx(error.to_string()))
        }
        other => Err(BatchError::Format(other.to_owned())),
    }
}

/// A row of an export.
pub(crate) struct ExportRow<'a> {
    cells: RowCells<'a>,
    /// The `code check` cell, after the file's columns.
    code: &'a str,
    outcome: Outcome<'a>,
}

/// An export row's own cells: a sheet's row, or a row of a table already
/// in words (the readable and notification exports), borrowed either way.
#[derive(Clone, Copy)]
pub(crate) enum RowCells<'a> {
    Sheet(&'a Cells),
    Table(&'a [String]),
}

impl<'a> RowCells<'a> {
    pub(crate) fn iter(self) -> impl Iterator<Item = &'a str> {
        let (sheet, table) = match self {
            RowCells::Sheet(cells) => (Some(cells), None),
            RowCells::Table(cells) => (None, Some(cells)),
        };
        sheet.into_iter().flat_map(Cells::iter).chain(table.into_iter().flatten().map(String::as_str))
    }
}

pub(crate) enum Outcome<'a> {
    NotRun,
    Failed(&'a [CellError]),
    Checked(Vec<(Status, FactSet)>),
}
