//! One row to one profile: each mapped cell read by the reader of its fact
//! ([`super::cell`]), the values handed to [`Profile::from_parts`] — the
//! checks every profile goes through, from JSON or from the widget — and
//! the profile evaluated by the compiled catalogue, as `check --jsonl` does.

use super::cell::{self, AgeValue, ChoiceValue, MoneyUnit, Problem};
use super::columns::{Columns, Target};
use super::registry::{RowNotes, Settings, ValueMaps};
use crate::catalogue::compiled;
use crate::engine::condition::FactSet;
use crate::engine::fact::{Fact, FactKind};
use crate::engine::measure::Measure;
use crate::engine::profile::ProfileError;
use crate::engine::profile::{Profile, Today};
use crate::engine::text::Text;
use crate::output::report::Status;
use crate::shell::parts::{AS_OF_PART, BIRTH_DATE_PART};
use std::sync::OnceLock;

/// A problem with one cell of a row (or, column 0, with the whole row).
/// Serialised as the batch page reads it: `column`, `header`, `problem`,
/// `value`, `detail`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CellError {
    /// 1-based column index; 0 when the problem is the row's.
    pub column: usize,
    pub header: String,
    /// In English (the command line's words).
    pub problem: String,
    /// The cell as read (empty for a problem of the whole row).
    pub value: String,
    /// What the problem is, as data: the batch page words it in the
    /// page's language.
    pub detail: Detail,
}

/// What is wrong with a cell or row, for a message in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// The cell could not be read ([`Problem`]: `parse.js`'s kinds, yes/no, choice).
    Cell(Problem),
    /// The same fact also comes from an earlier column (1-based).
    Duplicate { column: usize, header: String },
    /// A value in a column that has no header.
    NoHeader,
    /// No cell of the row has a value.
    EmptyRow,
    /// Not an enterprise: a total (合计) or a note (填表说明：…) below the
    /// data, found in the row's first cell with a value; no code is given.
    NotAnEnterprise,
    /// Not an enterprise: a section heading between groups of rows
    /// ("一、璧泉片区", "（二）青杠片区（35家）"), the row's only value; no code.
    SectionHeading,
    /// The engine refused the row's profile (a contradiction, an age after
    /// `asOf`…); its message is the command line's English.
    Profile,
    /// The cell's province or zone level contradicts the row's zone
    /// (`other_header`'s): `given` is the cell's, `implied` the zone's.
    ZoneContradiction { zone: &'static str, given: Text, implied: Text, other_header: String },
    /// The cell says no to a fact another column's yes implies.
    ImpliedDenied { other_header: String },
}

impl serde::Serialize for Detail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        match self {
            Detail::Cell(problem) => {
                map.serialize_entry("kind", problem.kind())?;
                match problem {
                    Problem::Unknown { understood, unknown } => {
                        map.serialize_entry("understood", understood)?;
                        map.serialize_entry("unknown", unknown)?;
                    }
                    Problem::Choice { value, allowed, zones } => {
                        map.serialize_entry("value", value)?;
                        map.serialize_entry("allowed", allowed)?;
                        if !zones.is_empty() {
                            map.serialize_entry("zones", zones)?;
                        }
                    }
                    _ => {}
                }
            }
            Detail::Duplicate { column, header } => {
                map.serialize_entry("kind", "duplicate")?;
                map.serialize_entry("column", column)?;
                map.serialize_entry("header", header)?;
            }
            Detail::NoHeader => map.serialize_entry("kind", "noHeader")?,
            Detail::EmptyRow => map.serialize_entry("kind", "emptyRow")?,
            Detail::NotAnEnterprise => map.serialize_entry("kind", "notAnEnterprise")?,
            Detail::SectionHeading => map.serialize_entry("kind", "sectionHeading")?,
            Detail::Profile => map.serialize_entry("kind", "profile")?,
            Detail::ZoneContradiction { zone, given, implied, other_header } => {
                map.serialize_entry("kind", "zoneContradiction")?;
                map.serialize_entry("zone", zone)?;
                map.serialize_entry("given", given)?;
                map.serialize_entry("implied", implied)?;
                map.serialize_entry("otherHeader", other_header)?;
            }
            Detail::ImpliedDenied { other_header } => {
                map.serialize_entry("kind", "impliedDenied")?;
                map.serialize_entry("otherHeader", other_header)?;
            }
        }
        map.end()
    }
}

impl CellError {
    /// The error of a row with no value in any cell.
    pub fn empty_row() -> CellError {
        CellError {
            column: 0,
            header: String::new(),
            problem: "empty row: no cell has a value".to_owned(),
            value: String::new(),
            detail: Detail::EmptyRow,
        }
    }
}

/// Cells that mean "nothing stated", as registries export them.
fn is_blank(text: &str) -> bool {
    let text = cell::normalise(text);
    [
        "",
        "-",
        "--",
        "—",
        "——",
        "/",
        "n/a",
        "#n/a",
        "null",
        "暂无",
        "无数据",
        "未填",
        "未填写",
        "未提供",
        "未填报",
        "未报",
        "待填报",
        "未统计",
        "待统计",
        "不适用",
    ]
    .iter()
    .any(|blank| text.eq_ignore_ascii_case(blank))
}

/// 无 ("none") in a cell for an amount, an age or a date: nothing stated.
/// (In a yes/no cell 无 is no, and in a zone cell "in no zone".)
fn is_none_word(target: Target, text: &str) -> bool {
    let takes_none = match target {
        Target::BirthDate | Target::CertificateExpiry => true,
        Target::Fact(fact) => matches!(fact.kind(), FactKind::Money | FactKind::Age),
        Target::Name | Target::Code | Target::Certificate | Target::Qualifications => false,
    };
    takes_none && matches!(cell::normalise(text).as_ref(), "无" | "没有")
}

/// The words a total or a note below a registry's data starts with.
const TOTAL_WORDS: &[&str] = &["合计", "小计", "总计", "共计", "总数"];
const NOTE_WORDS: &[&str] =
    &["填表说明", "填报说明", "说明:", "注:", "备注:", "制表人", "制表:", "制表日期", "审核人", "填表人", "数据来源"];

/// Whether a row's first cell with a value is a total's or a note's.
fn total_or_note(first: &str) -> bool {
    let text = cell::normalise(first);
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let text = text.replace('：', ":");
    // "合计", "小计：西永园区", "西永园区小计": a total names itself first or last.
    TOTAL_WORDS.iter().any(|word| text.starts_with(word) || text.trim_end_matches(':').ends_with(word))
        || NOTE_WORDS.iter().any(|word| text.starts_with(word))
}

/// Whether a row's only value is a section heading: numbered as headings
/// are (一、… 十、…, （一）…) or counting its rows ("璧泉片区（35家）", "共35家").
/// No enterprise's name starts or ends so.
fn section_heading(only: &str) -> bool {
    let text: String = cell::normalise(only).chars().filter(|c| !c.is_whitespace()).collect();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let numbered = {
        let lead: String = text.chars().take_while(|c| numeral(*c)).collect();
        let rest = text.get(lead.len()..).unwrap_or_default();
        !lead.is_empty() && rest.starts_with(['、', '.'])
    };
    let bracketed = text.strip_prefix('(').is_some_and(|rest| {
        let lead: String = rest.chars().take_while(|c| numeral(*c)).collect();
        !lead.is_empty() && rest.get(lead.len()..).is_some_and(|after| after.starts_with(')'))
    });
    let counted = |body: &str| !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit());
    let counting = text
        .strip_suffix("家)")
        .and_then(|rest| rest.rsplit_once('('))
        .is_some_and(|(_, count)| counted(count.trim_start_matches(['共', '计'])))
        || text.strip_suffix('家').and_then(|rest| rest.rsplit_once('共')).is_some_and(|(_, count)| counted(count));
    numbered || bracketed || counting
}

/// How one mapped column is read.
#[derive(Clone, Copy, Debug)]
struct Reader {
    column: usize,
    target: Target,
    unit: MoneyUnit,
    /// A registered address read for its province (注册地址 "贵州省遵义市…"):
    /// one that names none ("遵义市红花岗区…") states nothing, no error.
    address: bool,
}

/// Reads rows of one file with one mapping, for one `asOf`.
#[derive(Clone, Debug)]
pub struct RowChecker {
    readers: Vec<Reader>,
    headers: Vec<String>,
    today: Today,
    settings: Settings,
    /// Cells read as other values (a saved mapping's `values`).
    values: ValueMaps,
    /// The credit code's column: a row that gives a code is an
    /// enterprise's, whatever its first cell says.
    code_column: Option<usize>,
}

impl RowChecker {
    pub fn new(columns: &Columns, today: Today) -> RowChecker {
        RowChecker::with_settings(columns, today, Settings::default())
    }

    /// With the whole file's location for the rows that state none.
    pub fn with_settings(columns: &Columns, today: Today, settings: Settings) -> RowChecker {
        let readers = columns
            .iter()
            .enumerate()
            .filter_map(|(column, c)| {
                let target = c.target?;
                matches!(
                    target,
                    Target::Fact(_) | Target::BirthDate | Target::CertificateExpiry | Target::Qualifications
                )
                .then_some(Reader {
                    column,
                    target,
                    unit: c.unit,
                    address: target == Target::Fact(Fact::Province) && super::columns::is_address(&c.header),
                })
            })
            .collect();
        RowChecker {
            readers,
            headers: columns.iter().map(|c| c.header.clone()).collect(),
            today,
            settings,
            values: ValueMaps::new(),
            code_column: columns.position(Target::Code),
        }
    }

    /// With cells read as other values, by column.
    #[must_use]
    pub fn with_values(mut self, values: ValueMaps) -> RowChecker {
        self.values = values;
        self
    }

    pub fn header(&self, column: usize) -> String {
        self.headers.get(column).cloned().unwrap_or_default()
    }

    /// The profile of one row whose cells `cell(i)` gives (0-based; "" past
    /// the end), or every problem found in it.
    pub fn facts<'a>(&self, cells: usize, cell: impl Fn(usize) -> &'a str) -> Result<Profile, Vec<CellError>> {
        self.facts_noted(cells, cell).map(|(profile, _)| profile)
    }

    /// [`RowChecker::facts`], and what the file-wide rules did to the row.
    pub fn facts_noted<'a>(
        &self,
        cells: usize,
        cell: impl Fn(usize) -> &'a str,
    ) -> Result<(Profile, RowNotes), Vec<CellError>> {
        let mut errors = Vec::new();
        let mut notes = RowNotes::default();
        let mut expiry: Option<(cell::Expiry, usize)> = None;
        let mut qualifications: Option<(cell::Qualifications, usize)> = None;
        if cells > self.headers.len() {
            let extra = (self.headers.len()..cells).find(|index| !cell(*index).trim().is_empty());
            if let Some(index) = extra {
                errors.push(CellError {
                    column: index + 1,
                    header: String::new(),
                    problem: format!("a value in column {}, which has no header", index + 1),
                    value: cell(index).to_owned(),
                    detail: Detail::NoHeader,
                });
            }
        }
        let Some(first) = (0..cells).find(|index| !cell(*index).trim().is_empty()) else {
            return Err(vec![CellError::empty_row()]);
        };
        let has_code = self.code_column.is_some_and(|column| column < cells && !is_blank(cell(column)));
        let only = (first + 1..cells).all(|index| cell(index).trim().is_empty());
        if !has_code && only && section_heading(cell(first)) {
            return Err(vec![CellError {
                column: first + 1,
                header: self.header(first),
                problem: "not an enterprise: a section heading; not checked".to_owned(),
                value: cell(first).to_owned(),
                detail: Detail::SectionHeading,
            }]);
        }
        if !has_code && total_or_note(cell(first)) {
            return Err(vec![CellError {
                column: first + 1,
                header: self.header(first),
                problem: "not an enterprise: a total or a note below the data; not checked".to_owned(),
                value: cell(first).to_owned(),
                detail: Detail::NotAnEnterprise,
            }]);
        }
        // (fact index or AS_OF_PART/BIRTH_DATE_PART, value) pairs, and the
        // column each came from, for errors about the profile as a whole.
        let mut parts: Vec<f64> = Vec::with_capacity(self.readers.len() * 2);
        let mut sources: Vec<(usize, usize)> = Vec::with_capacity(self.readers.len());
        for reader in &self.readers {
            let read_text = cell(reader.column);
            let mapped = if self.values.is_empty() { None } else { self.values.get(&reader.column) };
            let text = match mapped.and_then(|map| map.get(cell::normalise(read_text).as_ref())) {
                Some(Some(value)) => value.as_str(),
                Some(None) => "",
                None => read_text,
            };
            // #N/A, #DIV/0!, #REF!: a formula gave no value; unknown, and counted.
            if cell::is_formula_error(text) {
                notes.formula_error = true;
                continue;
            }
            if is_blank(text) || is_none_word(reader.target, text) {
                continue;
            }
            if reader.target == Target::CertificateExpiry {
                match cell::read_expiry(text) {
                    Ok(Some(date)) => expiry = Some((date, reader.column)),
                    Ok(None) => {}
                    Err(problem) => errors.push(self.cell_error(reader.column, text, problem)),
                }
                continue;
            }
            if reader.target == Target::Qualifications {
                let read = cell::read_qualifications(text);
                notes.unread_qualification = read.unread;
                qualifications = Some((read, reader.column));
                continue;
            }
            let read = match (read(reader, text), self.settings.zone) {
                // A place inside the file's zone (a park, a sub-park) that
                // the directory does not list: the file's zone.
                (Err(Problem::Choice { .. }), Some(zone)) if reader.target == Target::Fact(Fact::Zone) => {
                    notes.zone_from_file = true;
                    Ok(Some((Fact::Zone.index(), index_number(zone))))
                }
                (Err(Problem::Choice { .. }), None) if reader.target == Target::Fact(Fact::Zone) => {
                    Err(cell::zone_problem(text, self.settings.province_value()))
                }
                (Err(Problem::Choice { .. }), _) if reader.address => Ok(None),
                // "约745", "500余万": a rough amount is an unknown fact, not an error.
                (Err(_), _)
                    if matches!(reader.target, Target::Fact(fact) if fact.kind() == FactKind::Money)
                        && cell::approximate_amount(text, reader.unit) =>
                {
                    notes.approximate_amount = true;
                    Ok(None)
                }
                (read, _) => read,
            };
            match read {
                Ok(Some((part, value))) => {
                    if let Some(&(_, first)) = sources.iter().find(|(p, _)| *p == part) {
                        errors.push(CellError {
                            column: reader.column + 1,
                            header: self.header(reader.column),
                            problem: format!("also given in column {} ({})", first + 1, self.header(first)),
                            value: text.to_owned(),
                            detail: Detail::Duplicate { column: first + 1, header: self.header(first) },
                        });
                        continue;
                    }
                    parts.extend([index_number(part), value]);
                    sources.push((part, reader.column));
                }
                Ok(None) => {}
                Err(problem) => errors.push(self.cell_error(reader.column, text, problem)),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        if let Some((read, column)) = qualifications {
            add_qualifications(&read, column, &mut parts, &mut sources, &mut notes);
        }
        self.apply_settings(&mut parts, &mut sources, &mut notes);
        if let Some((date, column)) = expiry {
            // Valid through the day (month, year) it names; a month or year
            // that is the check date's cannot tell: unknown, not true.
            let valid = date.valid_on(self.today.date());
            let hte = Fact::HighTechEnterprise.index();
            match (sources.iter().position(|(part, _)| *part == hte), valid) {
                (Some(at), Some(false)) => {
                    if let Some(value) = parts.get_mut(2 * at + 1) {
                        if *value != 0.0 {
                            *value = 0.0;
                            notes.expired_certificate = true;
                        }
                    }
                }
                (Some(at), None) => {
                    // A yes the date cannot confirm is unknown; a no stays no.
                    if parts.get(2 * at + 1).is_some_and(|value| *value != 0.0) && at < sources.len() {
                        parts.drain(2 * at..2 * at + 2);
                        sources.remove(at);
                    }
                }
                (Some(_), Some(true)) | (None, None) => {}
                (None, Some(valid)) => {
                    parts.extend([index_number(hte), f64::from(u8::from(valid))]);
                    sources.push((hte, column));
                }
            }
        }
        let profile = Profile::from_parts(&parts, self.today).map_err(|error| {
            let field = error.field();
            let part = field.as_deref().and_then(|name| match name {
                "birthDate" => Some(BIRTH_DATE_PART),
                "asOf" => Some(AS_OF_PART),
                name => Fact::from_name(name).map(Fact::index),
            });
            // The column the field came from; an error about a derived fact
            // (age from a birth date) names the column of its source.
            let column = part
                .and_then(|part| sources.iter().find(|(p, _)| *p == part))
                .or_else(|| {
                    (field.as_deref() == Some("age"))
                        .then(|| sources.iter().find(|(p, _)| *p == BIRTH_DATE_PART))
                        .flatten()
                })
                .map(|(_, column)| *column)
                .filter(|column| *column != usize::MAX);
            let message = error.to_string();
            let problem = field
                .as_deref()
                .and_then(|name| message.strip_prefix(name).and_then(|rest| rest.strip_prefix(": ")))
                .map_or_else(|| message.clone(), str::to_owned);
            // The column of the other fact in a contradiction, for words in the page's language.
            let header_of = |fact: Fact| {
                sources
                    .iter()
                    .find(|(p, _)| *p == fact.index())
                    .map(|(_, c)| if *c == usize::MAX { String::new() } else { self.header(*c) })
                    .unwrap_or_default()
            };
            let label = |fact: Fact, value: &str| {
                fact.choices().iter().find(|c| c.value == value).map_or(Text { zh: "", en: "" }, |c| c.label)
            };
            let detail = match &error {
                ProfileError::ZoneContradiction { field, zone, given, implied } => Detail::ZoneContradiction {
                    zone,
                    given: label(*field, given),
                    implied: label(*field, implied),
                    other_header: header_of(Fact::Zone),
                },
                ProfileError::ImpliedFactDenied { implied_by, .. } => {
                    Detail::ImpliedDenied { other_header: header_of(*implied_by) }
                }
                _ => Detail::Profile,
            };
            vec![CellError {
                column: column.map_or(0, |c| c + 1),
                header: column.map(|c| self.header(c)).unwrap_or_default(),
                problem,
                value: column.map(|c| cell(c).to_owned()).unwrap_or_default(),
                detail,
            }]
        })?;
        Ok((profile, notes))
    }

    fn cell_error(&self, column: usize, text: &str, problem: Problem) -> CellError {
        CellError {
            column: column + 1,
            header: self.header(column),
            problem: problem.to_string(),
            value: text.to_owned(),
            detail: Detail::Cell(problem),
        }
    }

    /// Adds the file's zone, province and level to a row that does not
    /// state its own (nor anything the file's would contradict).
    fn apply_settings(&self, parts: &mut Vec<f64>, sources: &mut Vec<(usize, usize)>, notes: &mut RowNotes) {
        let settings = &self.settings;
        if settings.is_empty() {
            return;
        }
        let given = |part: Fact, sources: &[(usize, usize)]| {
            sources.iter().position(|(p, _)| *p == part.index()).and_then(|at| parts_value(parts, at))
        };
        let zone_given = given(Fact::Zone, sources).is_some();
        let province = given(Fact::Province, sources);
        let level = given(Fact::ZoneLevel, sources);
        let mut add = |parts: &mut Vec<f64>, fact: Fact, index: usize| {
            parts.extend([index_number(fact.index()), index_number(index)]);
            // Column 0 past every column: no column of the row gave it.
            sources.push((fact.index(), usize::MAX));
        };
        if let Some(zone_index) = settings.zone.filter(|_| !zone_given) {
            let Some(zone) = settings.zone_entry() else { return };
            let agrees_province = province.map_or(true, |p| {
                crate::engine::fact::PROVINCES.get(p).is_some_and(|choice| choice.value == zone.province)
            });
            let agrees_level = level.map_or(true, |l| {
                crate::engine::fact::ZONE_LEVELS.get(l).map(|c| c.value) == zone.level.map(|z| z.as_str())
            });
            if agrees_province && agrees_level {
                add(parts, Fact::Zone, zone_index);
                notes.zone_from_file = true;
            }
            return;
        }
        if zone_given {
            return;
        }
        if let (Some(p), None) = (settings.province, province) {
            add(parts, Fact::Province, p);
        }
        if let (Some(l), None) = (settings.zone_level, level) {
            add(parts, Fact::ZoneLevel, l);
        }
    }
}

/// The facts a qualifications cell names, for those no other column of
/// the row gives; where another column says the opposite (是否高企: 否 beside
/// 高新技术企业 in 企业资质), or the cell names a fact both ways or as
/// pending, the fact is unknown, and the row is noted.
fn add_qualifications(
    read: &cell::Qualifications,
    column: usize,
    parts: &mut Vec<f64>,
    sources: &mut Vec<(usize, usize)>,
    notes: &mut RowNotes,
) {
    for (fact, value) in &read.facts {
        let part = fact.index();
        let given = sources.iter().position(|(p, _)| *p == part);
        match (given, value) {
            (None, Some(value)) => {
                parts.extend([index_number(part), f64::from(u8::from(*value))]);
                sources.push((part, column));
            }
            (None, None) => notes.unsure_qualification = true,
            (Some(at), value) => {
                let agrees = value.is_some_and(|value| parts.get(2 * at + 1).is_some_and(|v| (*v != 0.0) == value));
                if !agrees && at < sources.len() && 2 * at + 2 <= parts.len() {
                    parts.drain(2 * at..2 * at + 2);
                    sources.remove(at);
                    notes.unsure_qualification = true;
                }
            }
        }
    }
}

/// The value of the `at`th part, as an index of a choice.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small whole indices
fn parts_value(parts: &[f64], at: usize) -> Option<usize> {
    parts.get(2 * at + 1).map(|value| *value as usize)
}

#[allow(clippy::cast_precision_loss)] // small indices
fn index_number(index: usize) -> f64 {
    index as f64
}

/// A cell read for its target: the part index and the number
/// [`Profile::from_parts`] takes for it.
fn read(reader: &Reader, text: &str) -> Result<Option<(usize, f64)>, Problem> {
    let fact = match reader.target {
        Target::BirthDate => {
            // A date column formatted as General: its serial number.
            let text = cell::without_time_of_day(text);
            let date = cell::excel_serial(text).map_or_else(|| cell::read_date(text), |date| Ok(Some(date)))?;
            return Ok(date.map(|date| (BIRTH_DATE_PART, f64::from(date.to_number()))));
        }
        Target::Fact(fact) => fact,
        Target::Name | Target::Code | Target::Certificate | Target::CertificateExpiry | Target::Qualifications => {
            return Ok(None)
        }
    };
    if fact == Fact::ListedOnStarMarket {
        return Ok(cell::read_listing(text)?.map(|yes| (fact.index(), f64::from(u8::from(yes)))));
    }
    if fact == Fact::SmallOrMediumEnterprise {
        return Ok(cell::read_enterprise_size(text)?.map(|yes| (fact.index(), f64::from(u8::from(yes)))));
    }
    let value = match fact.kind() {
        FactKind::Bool => cell::read_bool(text)?.map(|yes| (fact.index(), f64::from(u8::from(yes)))),
        FactKind::Choice(_) | FactKind::Zone => match cell::read_choice(fact, text)? {
            Some(ChoiceValue::Index(index)) => Some((fact.index(), index_number(index))),
            Some(ChoiceValue::NoZone) => {
                let none = crate::engine::fact::ZONE_LEVELS.iter().position(|c| c.value == "none").unwrap_or(0);
                Some((Fact::ZoneLevel.index(), index_number(none)))
            }
            None => None,
        },
        // Fen below 2^53 are exact as f64, and fen / 100 reads back as the
        // same fen in the profile's check.
        #[allow(clippy::cast_precision_loss)]
        FactKind::Money => cell::read_fen(text, reader.unit)?.map(|fen| (fact.index(), fen as f64 / 100.0)),
        FactKind::Age => match cell::read_age(text)? {
            Some(AgeValue::Years(years)) => Some((fact.index(), f64::from(years))),
            Some(AgeValue::BirthDate(date)) => Some((BIRTH_DATE_PART, f64::from(date.to_number()))),
            None => None,
        },
    };
    Ok(value)
}

/// The measures of the catalogue, in order: the columns of every result.
pub fn measures() -> &'static [&'static Measure] {
    static MEASURES: OnceLock<Vec<&'static Measure>> = OnceLock::new();
    MEASURES.get_or_init(|| crate::catalogue::measures().collect())
}

/// Evaluates a profile with the compiled catalogue (the `check --jsonl`
/// path): `visit` gets each measure's index, status and missing facts.
pub fn evaluate(facts: &Profile, mut visit: impl FnMut(usize, Status, FactSet)) {
    let mut index = 0;
    compiled().evaluate(facts, |_, verdict, _| {
        visit(index, verdict.status, verdict.missing);
        index += 1;
    });
}
