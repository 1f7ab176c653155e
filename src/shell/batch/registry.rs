//! What a zone's own registry needs beyond reading cells, each rule once
//! for `check --csv` and the page:
//!
//! - [`Settings`]: the whole file's zone, province and zone level, for every
//!   row that states none (a park of the zone, not in the directory, is read
//!   as the file's zone);
//! - [`find_header`]: the header row below title rows;
//! - [`Codes`]: the unified social credit code's check digit (GB 32100-2015)
//!   and rows that repeat an earlier row's code.

pub use super::cell::zone_examples;
use super::cell::{read_choice, ChoiceValue};
use super::columns::{guess, Target};
use crate::engine::fact::{Fact, PROVINCES, ZONE_LEVELS};
use crate::engine::zone::{Zone, ZONES};
use std::collections::HashMap;

/// Why a whole-file setting was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("zone: \"{0}\" is not a zone of the directory (e.g. chongqing, 重庆高新区, chengdu, guiyang)")]
    Zone(String),
    #[error("province: \"{0}\" is not one of sichuan, chongqing, guizhou, other (or 四川, 重庆, 贵州)")]
    Province(String),
    #[error("zone level: \"{0}\" is not one of national, provincial, none (or 国家级, 省级, 无)")]
    ZoneLevel(String),
    #[error("province: \"{province}\" contradicts zone \"{zone}\", which is in {zone_province}")]
    Contradiction { province: &'static str, zone: &'static str, zone_province: &'static str },
    #[error("settings: {0}")]
    Json(String),
}

/// The whole file's location, for the rows that do not state their own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The zone's index in [`ZONES`].
    pub zone: Option<usize>,
    /// The province's index in [`PROVINCES`].
    pub province: Option<usize>,
    /// The level's index in [`ZONE_LEVELS`].
    pub zone_level: Option<usize>,
}

/// The settings as JSON: `{"zone": "chongqing", "province": null, "zoneLevel": null}`.
#[derive(serde::Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettingsJson {
    #[serde(default)]
    pub zone: Option<String>,
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub zone_level: Option<String>,
}

impl Settings {
    /// From names as people write them: a zone id or name, a province, a
    /// level (blank: not set).
    pub fn new(
        zone: Option<&str>,
        province: Option<&str>,
        zone_level: Option<&str>,
    ) -> Result<Settings, SettingsError> {
        fn given(text: Option<&str>) -> Option<&str> {
            text.map(str::trim).filter(|text| !text.is_empty())
        }
        let pick = |fact: Fact, text: &str| match read_choice(fact, text) {
            Ok(Some(ChoiceValue::Index(index))) => Some(index),
            _ => None,
        };
        let zone = given(zone)
            .map(|text| pick(Fact::Zone, text).ok_or_else(|| SettingsError::Zone(text.to_owned())))
            .transpose()?;
        let province = given(province)
            .map(|text| pick(Fact::Province, text).ok_or_else(|| SettingsError::Province(text.to_owned())))
            .transpose()?;
        let zone_level = given(zone_level)
            .map(|text| pick(Fact::ZoneLevel, text).ok_or_else(|| SettingsError::ZoneLevel(text.to_owned())))
            .transpose()?;
        let settings = Settings { zone, province, zone_level };
        if let (Some(zone), Some(province)) = (settings.zone_entry(), settings.province.and_then(|p| PROVINCES.get(p)))
        {
            if zone.province != province.value {
                return Err(SettingsError::Contradiction {
                    province: province.value,
                    zone: zone.id,
                    zone_province: zone.province,
                });
            }
        }
        Ok(settings)
    }

    /// From the page's (or a mapping file's) JSON.
    pub fn from_json(json: &str) -> Result<Settings, SettingsError> {
        let parsed: SettingsJson =
            serde_json::from_str(json).map_err(|error| SettingsError::Json(error.to_string()))?;
        Settings::new(parsed.zone.as_deref(), parsed.province.as_deref(), parsed.zone_level.as_deref())
    }

    pub fn zone_entry(&self) -> Option<&'static Zone> {
        self.zone.and_then(|index| ZONES.get(index))
    }

    /// The file's province: the setting's, or its zone's.
    pub fn province_value(&self) -> Option<&'static str> {
        self.province.and_then(|p| PROVINCES.get(p)).map(|p| p.value).or_else(|| self.zone_entry().map(|z| z.province))
    }

    pub fn is_empty(&self) -> bool {
        *self == Settings::default()
    }

    /// The zone level's value, for messages.
    pub fn zone_level_value(&self) -> Option<&'static str> {
        self.zone_level.and_then(|l| ZONE_LEVELS.get(l)).map(|l| l.value)
    }
}

/// A header of two rows, as hand-made registries have them (多级表头): a
/// group over some columns (资质认定, merged across them, so only its first
/// cell has the text) and under it the columns' own names (证书编号, 有效期).
/// `next` is the row after `headers`: it is the header's second row when
/// the name or credit-code column it would have as data is blank there
/// (merged down from the header), and one of its cells, alone or after its
/// group, names a column that no cell of the first row names. The merged names are
/// the group's and the cell's together when that names a column (资质认定 +
/// 有效期 → no; 高企证书 + 有效期至 → the expiry), else the cell's alone
/// when it names one, else both together. `None` for a data row.
pub fn sub_header(headers: &[String], next: &[&str]) -> Option<Vec<String>> {
    let blank = |cell: Option<&&str>| cell.map_or(true, |cell| cell.trim().is_empty());
    let anchors: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, header)| matches!(guess(header), Some(Target::Name | Target::Code)))
        .map(|(column, _)| column)
        .collect();
    if anchors.is_empty() || anchors.iter().any(|column| !blank(next.get(*column))) {
        return None;
    }
    let mut group = "";
    let mut gained = false;
    let mut merged = Vec::with_capacity(headers.len().max(next.len()));
    for column in 0..headers.len().max(next.len()) {
        let top = headers.get(column).map_or("", |header| header.trim());
        if !top.is_empty() {
            group = top;
        }
        let sub = next.get(column).map_or("", |cell| cell.trim());
        if sub.is_empty() {
            merged.push(top.to_owned());
            continue;
        }
        let both = format!("{group}{sub}");
        let name = if guess(&both).is_some() || guess(sub).is_none() { both } else { sub.to_owned() };
        // A column the first row does not name already.
        gained |= guess(&name).is_some_and(|target| !headers.iter().any(|header| guess(header) == Some(target)));
        merged.push(name);
    }
    gained.then_some(merged)
}

/// How many rows at the top of a sheet are searched for its header.
pub const HEADER_SEARCH_ROWS: usize = 10;

/// The header row among the first [`HEADER_SEARCH_ROWS`] rows: the first
/// row with a value when it names a known column already (a file with no
/// title row: its data rows, which may hold fact names such as an export's
/// `missing` cells, are never taken for the header); else the first whose
/// cells name at least two different known columns (title rows such as
/// "重庆高新区企业名录" above it name none). `None` when no row does: the
/// first row with a value is then the header.
pub fn find_header<'a, R, C>(rows: R) -> Option<usize>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = &'a str>,
{
    let mut first_with_value = true;
    for (position, cells) in rows.into_iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let mut targets = Vec::new();
        let mut any_value = false;
        for cell in cells {
            any_value |= !cell.trim().is_empty();
            if let Some(target) = guess(cell) {
                if !targets.contains(&target) {
                    targets.push(target);
                }
            }
        }
        if targets.len() >= 2 || (first_with_value && !targets.is_empty()) {
            return Some(position);
        }
        first_with_value &= !any_value;
    }
    None
}

/// The characters of a unified social credit code, by their value.
const CODE_CHARS: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Each byte's place in [`CODE_CHARS`], or [`NOT_A_CODE_CHAR`]: a table
/// rather than a search of the alphabet for each of a code's 18 bytes (the
/// search was most of the time reading a registry's codes took).
// Evaluated at compile time: an index out of range would fail the build,
// never panic at run time (a byte indexes 256 entries; 31 < 255).
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)]
const CODE_VALUES: [u8; 256] = {
    let mut table = [NOT_A_CODE_CHAR; 256];
    let mut index = 0;
    while index < CODE_CHARS.len() {
        table[CODE_CHARS[index] as usize] = index as u8;
        index += 1;
    }
    table
};
const NOT_A_CODE_CHAR: u8 = u8::MAX;

/// A byte's value in the code alphabet.
fn code_value(byte: u8) -> Option<u8> {
    CODE_VALUES.get(usize::from(byte)).copied().filter(|value| *value != NOT_A_CODE_CHAR)
}

/// The weights of its first 17 characters: 3^i mod 31.
const CODE_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// A code as compared: full-width forms folded, spaces dropped, upper case.
pub fn code_key(text: &str) -> String {
    let folded = super::cell::normalise(text);
    if folded.is_ascii() {
        // The same, byte by byte: a registry's codes are ASCII, and the
        // general case (a char's upper case may be several, and the key grown
        // as it goes) was some 20 % of the instructions reading a
        // 100,000-row file took.
        let mut key = String::with_capacity(folded.len());
        key.extend(
            folded.bytes().filter(|b| !char::from(*b).is_whitespace()).map(|b| char::from(b.to_ascii_uppercase())),
        );
        return key;
    }
    folded.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect()
}

/// Whether a unified social credit code (a [`code_key`]) is 18 characters
/// of its alphabet whose last is the check character of GB 32100-2015.
pub fn credit_code_valid(key: &str) -> bool {
    let bytes = key.as_bytes();
    if bytes.len() != 18 {
        return false;
    }
    let value = |b: &u8| code_value(*b).map(u32::from);
    let mut sum = 0;
    for (byte, weight) in bytes.iter().zip(CODE_WEIGHTS) {
        match value(byte) {
            Some(v) => sum += v * weight,
            None => return false,
        }
    }
    let check = (31 - sum % 31) % 31;
    bytes.get(17).and_then(value) == Some(check)
}

/// What the credit code of a row says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeCheck {
    /// The code is not a valid unified social credit code.
    pub invalid: bool,
    /// An earlier row (its number) has the same code.
    pub duplicate_of: Option<u64>,
    /// That row's worksheet ([`Codes::sheets`]), where it is another sheet
    /// of the workbook than this row's: each sheet numbers its own rows.
    pub duplicate_sheet: Option<u32>,
}

impl CodeCheck {
    /// The export's `code check` cell, for a file of one sheet.
    pub fn text(&self) -> String {
        self.text_in(&[])
    }

    /// The export's `code check` cell; `sheets`: the workbook's sheets, as
    /// [`Codes::sheets`] names them.
    pub fn text_in(&self, sheets: &[String]) -> String {
        let repeat =
            self.duplicate_of.map(|row| match self.duplicate_sheet.and_then(|sheet| sheets.get(sheet as usize)) {
                Some(sheet) => format!("same credit code as row {row} of sheet {sheet}"),
                None => format!("same credit code as row {row}"),
            });
        match (self.invalid, repeat) {
            (false, None) => String::new(),
            (true, None) => "invalid credit code (check digit)".to_owned(),
            (false, Some(repeat)) => repeat,
            (true, Some(repeat)) => format!("invalid credit code (check digit); {repeat}"),
        }
    }
}

/// The header of the export column that holds [`CodeCheck::text`].
pub const CODE_CHECK_HEADER: &str = "code check";

/// The credit codes seen so far in a file, in row order.
#[derive(Clone, Debug, Default)]
pub struct Codes {
    column: Option<usize>,
    /// The column that names each row's worksheet (a workbook read sheet
    /// by sheet), and the sheets, in order (one a row names and the list
    /// does not is added).
    sheet_column: Option<usize>,
    sheets: Vec<String>,
    /// Codes of 18 characters of the code alphabet, packed (31^18 < 2^90):
    /// a registry of millions keeps some 50 bytes a firm, not a string.
    /// Each with its first row's number and sheet.
    packed: HashMap<u128, (u64, u32)>,
    /// Any other text in the code column.
    other: HashMap<String, (u64, u32)>,
}

/// An 18-character code of the alphabet as a number (exact: no two codes share one).
fn pack(key: &str) -> Option<u128> {
    if key.len() != 18 {
        return None;
    }
    key.bytes().try_fold(0u128, |n, b| Some(n * 31 + u128::from(code_value(b)?)))
}

impl Codes {
    /// For the codes in `column` (0-based; none when no column holds them).
    pub fn new(column: Option<usize>) -> Codes {
        Codes { column, ..Codes::default() }
    }

    /// For a workbook read sheet by sheet ([`super::input::sheets_read`]:
    /// none for a file of one sheet): the last of the `columns` names each
    /// row's sheet.
    pub fn with_sheets(self, columns: usize, sheets: Vec<String>) -> Codes {
        let sheet_column = if sheets.is_empty() { None } else { columns.checked_sub(1) };
        Codes { sheet_column, sheets, ..self }
    }

    /// The sheets, as [`CodeCheck::duplicate_sheet`] numbers them.
    pub fn sheets(&self) -> &[String] {
        &self.sheets
    }

    /// The number of the sheet a row's cells name (0 without a sheet column).
    fn sheet<'a>(&mut self, cell: &impl Fn(usize) -> &'a str) -> u32 {
        let Some(column) = self.sheet_column else { return 0 };
        let name = cell(column);
        let index = match self.sheets.iter().rposition(|sheet| sheet == name) {
            Some(index) => index,
            None => {
                self.sheets.push(name.to_owned());
                self.sheets.len() - 1
            }
        };
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    /// Checks the next row (numbered `number`), whose cells `cell` gives.
    pub fn check<'a>(&mut self, number: u64, cell: impl Fn(usize) -> &'a str) -> CodeCheck {
        let Some(column) = self.column else { return CodeCheck::default() };
        let key = code_key(cell(column));
        if key.is_empty() || ["-", "--", "/", "N/A", "#N/A", "NULL", "无"].contains(&key.as_str()) {
            return CodeCheck::default();
        }
        let invalid = !credit_code_valid(&key);
        let here = (number, self.sheet(&cell));
        let first = match pack(&key) {
            Some(packed) => *self.packed.entry(packed).or_insert(here),
            None => *self.other.entry(key).or_insert(here),
        };
        // Two sheets may each have a row of the same number: the row and its sheet are the place.
        let repeat = first != here;
        CodeCheck {
            invalid,
            duplicate_of: repeat.then_some(first.0),
            duplicate_sheet: (repeat && first.1 != here.1).then_some(first.1),
        }
    }
}

/// A saved mapping (`check --csv --mapping FILE`, and the page's "save"
/// and "load"): which fact each header is, what some cells mean, and the
/// whole file's settings, so that a nightly job and a person's screen read a
/// registry the same way.
///
/// ```json
/// {
///   "columns": { "所属园区": "zone", "所在高新区": null, "高企证书有效期至": "highTechCertificateExpiry" },
///   "values": { "是否科技型中小企业": { "入库中": null, "已备案": "是" } },
///   "zone": "chongqing"
/// }
/// ```
///
/// A header the mapping names takes that target (null: not used), and a
/// column that took the same target by its header gives it up; headers it
/// does not name keep theirs. A cell listed under its column's header is
/// read as the value given (null: unknown).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MappingFile {
    #[serde(default)]
    pub columns: std::collections::BTreeMap<String, Option<String>>,
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub values: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Option<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_level: Option<String>,
    /// The header's row, when staff chose it (1 to [`HEADER_SEARCH_ROWS`]):
    /// the file is read with it, before the columns are mapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_row: Option<u64>,
}

/// Why a saved mapping was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MappingFileError {
    #[error("mapping file: {0}")]
    Json(String),
    #[error("mapping file: {0}")]
    Columns(#[from] super::columns::MappingError),
    #[error("mapping file: {0}")]
    Settings(#[from] SettingsError),
}

/// Cells read as other values, by column (0-based): a [`name_key`]-free
/// key, the cell trimmed and folded ([`super::cell::normalise`]).
pub type ValueMaps = HashMap<usize, HashMap<String, Option<String>>>;

impl MappingFile {
    pub fn from_json(json: &str) -> Result<MappingFile, MappingFileError> {
        serde_json::from_str(json).map_err(|error| MappingFileError::Json(error.to_string()))
    }

    /// Applies the mapping to `columns`; returns the settings and the value maps.
    pub fn apply(&self, columns: &mut super::columns::Columns) -> Result<(Settings, ValueMaps), MappingFileError> {
        let named = |header: &str| self.columns.get(header.trim());
        let explicit: Vec<&str> = self.columns.values().filter_map(|target| target.as_deref()).collect();
        let targets: Vec<Option<String>> = columns
            .iter()
            .map(|column| match named(&column.header) {
                Some(target) => target.clone(),
                // A target the mapping gives another column is that column's.
                None => column
                    .target
                    .map(super::columns::Target::name)
                    .filter(|name| !explicit.contains(name))
                    .map(str::to_owned),
            })
            .collect();
        let refs: Vec<Option<&str>> = targets.iter().map(Option::as_deref).collect();
        columns.set(&refs)?;
        let settings = Settings::new(self.zone.as_deref(), self.province.as_deref(), self.zone_level.as_deref())?;
        let mut values = ValueMaps::new();
        for (index, column) in columns.iter().enumerate() {
            if let Some(map) = self.values.get(column.header.trim()) {
                let map = map
                    .iter()
                    .map(|(cell, value)| (super::cell::normalise(cell).into_owned(), value.clone()))
                    .collect();
                values.insert(index, map);
            }
        }
        Ok((settings, values))
    }

    /// The mapping in force, to save: every column's target, the value maps
    /// given, the settings.
    pub fn of(
        columns: &super::columns::Columns,
        values: &ValueMaps,
        settings: Settings,
        header_row: Option<u64>,
    ) -> MappingFile {
        MappingFile {
            columns: columns
                .iter()
                .filter(|column| !column.header.is_empty())
                .map(|column| (column.header.clone(), column.target.map(|t| t.name().to_owned())))
                .collect(),
            values: values
                .iter()
                .filter_map(|(index, map)| {
                    let header = columns.get(*index)?.header.clone();
                    Some((header, map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()))
                })
                .collect(),
            zone: settings.zone_entry().map(|zone| zone.id.to_owned()),
            province: settings.province.and_then(|p| PROVINCES.get(p)).map(|p| p.value.to_owned()),
            zone_level: settings.zone_level_value().map(str::to_owned),
            header_row,
        }
    }
}

/// What the file-wide rules did to one row, for the counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowNotes {
    /// The row took the file's zone (its location cell was blank or named
    /// a place inside the zone).
    pub zone_from_file: bool,
    /// The row said it is a high-tech enterprise, but its certificate had
    /// expired on the check date: read as not one.
    pub expired_certificate: bool,
    /// An amount was given only roughly (约745, 500余万): read as unknown.
    pub approximate_amount: bool,
    /// A qualifications cell named something that is not a fact here
    /// (专精特新中小企业, 高企培育库, a typo): left aside.
    pub unread_qualification: bool,
    /// A qualifications cell named a fact as pending, both ways, or against
    /// another column of the row: the fact read as unknown.
    pub unsure_qualification: bool,
    /// A mapped cell held a formula's error value (#N/A, #DIV/0!, #REF!):
    /// read as unknown.
    pub formula_error: bool,
}

/// Counts of the file-wide rules over a whole file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteCounts {
    pub zone_from_file: usize,
    pub expired_certificates: usize,
    /// Rows with an amount given only roughly, read as unknown.
    pub approximate_amounts: usize,
    /// Rows whose qualifications cell named something not read ([`RowNotes`]).
    pub unread_qualifications: usize,
    /// Rows whose qualifications cell left a fact unknown ([`RowNotes`]).
    pub unsure_qualifications: usize,
    /// Rows with a formula's error value in a mapped cell ([`RowNotes`]).
    pub formula_errors: usize,
    pub duplicates: usize,
    pub invalid_codes: usize,
}

impl NoteCounts {
    pub fn add(&mut self, notes: RowNotes) {
        self.zone_from_file += usize::from(notes.zone_from_file);
        self.expired_certificates += usize::from(notes.expired_certificate);
        self.approximate_amounts += usize::from(notes.approximate_amount);
        self.unread_qualifications += usize::from(notes.unread_qualification);
        self.unsure_qualifications += usize::from(notes.unsure_qualification);
        self.formula_errors += usize::from(notes.formula_error);
    }

    pub fn add_code(&mut self, code: CodeCheck) {
        self.duplicates += usize::from(code.duplicate_of.is_some());
        self.invalid_codes += usize::from(code.invalid);
    }

    pub fn merge(&mut self, other: NoteCounts) {
        self.zone_from_file += other.zone_from_file;
        self.expired_certificates += other.expired_certificates;
        self.approximate_amounts += other.approximate_amounts;
        self.unread_qualifications += other.unread_qualifications;
        self.unsure_qualifications += other.unsure_qualifications;
        self.formula_errors += other.formula_errors;
        self.duplicates += other.duplicates;
        self.invalid_codes += other.invalid_codes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `code_key` without its ASCII shortcut: what the shortcut must equal.
    fn code_key_by_chars(text: &str) -> String {
        super::super::cell::normalise(text)
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect()
    }

    #[test]
    fn code_keys_by_bytes_equal_code_keys_by_chars() {
        for text in [
            "91500000202814256l",
            " 9150 0000 2028 14256L\t",
            "a\u{b}b\u{c}c\rd\ne",
            "９１５０００００２０２８１４２５６Ｌ",
            "ß-straße",
            "ǆ ﬁ",
            "无",
            "",
        ] {
            assert_eq!(code_key(text), code_key_by_chars(text), "{text:?}");
        }
    }

    // proptest is a native dev-dependency only (the wasm tests run in Node and Chromium).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_code_key_equals_the_char_by_char_one(text in "\\PC{0,24}") {
            proptest::prop_assert_eq!(code_key(&text), code_key_by_chars(&text));
        }

        #[test]
        fn any_ascii_code_key_equals_the_char_by_char_one(text in "[ -~\\t\\n\\x0B\\x0C\\r]{0,24}") {
            proptest::prop_assert_eq!(code_key(&text), code_key_by_chars(&text));
        }
    }

    #[test]
    fn credit_codes_by_their_check_character() {
        // The example that validators of GB 32100-2015 cite.
        assert!(credit_code_valid("91350100M000100Y43"));
        assert!(credit_code_valid("91500000202814256L"));
        assert!(!credit_code_valid("91500000202814256R"));
        assert!(!credit_code_valid("915000"));
        assert!(!credit_code_valid("9150000020281425IR"));
    }

    #[test]
    fn repeats_are_found_by_the_code_as_compared() {
        let mut codes = Codes::new(Some(0));
        let rows = ["91350100M000100Y43", " 91350100m000100y43 ", "915000", "915000", "", "91350100M000100Y44"];
        let checks: Vec<CodeCheck> = (0..rows.len())
            .map(|i| codes.check(u64::try_from(i).unwrap_or(0) + 2, |_| rows.get(i).copied().unwrap_or("")))
            .collect();
        let repeats: Vec<Option<u64>> = checks.iter().map(|c| c.duplicate_of).collect();
        assert_eq!(repeats, [None, Some(2), None, Some(4), None, None]);
        let invalid: Vec<bool> = checks.iter().map(|c| c.invalid).collect();
        assert_eq!(invalid, [false, false, true, true, false, true]);
    }

    #[test]
    fn the_header_is_the_first_row_that_names_two_columns() {
        let rows = [vec!["重庆高新区企业名录（2026年12月）"], vec![""], vec!["序号", "企业名称", "统一社会信用代码"]];
        assert_eq!(find_header(rows.iter().map(|r| r.iter().copied())), Some(2));
        let none = [vec!["a", "b"]];
        assert_eq!(find_header(none.iter().map(|r| r.iter().copied())), None);
    }
}
