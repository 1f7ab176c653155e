//! Reading and checking a profile: JSON in, validated [`Profile`] out.
//!
//! Every field is optional and an absent field (or `null`) is an unknown fact,
//! never a default. Everything else a caller can type is checked here, once,
//! with an error that names the field: unknown fields, wrong types, money that
//! is negative or not finite, impossible ages and dates, values outside an
//! enumeration, and contradictions between facts. Derived facts (age from the
//! birth date, facts another fact implies (`IMPLIED`), the zone's province and level) are also
//! computed here and nowhere else.

use crate::engine::date::{CivilDate, DateError};
use crate::engine::fact::{Fact, FactKind};
use crate::engine::text::Text;
use crate::engine::zone::{self, Zone};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// The largest amount of money accepted, in yuan: ten trillion, far above
/// any enterprise's revenue, and small enough that every amount in fen is an
/// exact integer in both Rust and JavaScript (below 2^53).
pub const MAX_YUAN: u64 = 10_000_000_000_000;
/// The oldest age accepted, in completed years.
pub const MAX_AGE: u16 = 150;

/// A known fact value. Money is kept in fen (1/100 yuan) so that every
/// comparison with a threshold is exact integer arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    Choice(&'static str),
    Fen(u64),
    Age(u16),
}

/// Where the `asOf` of a profile that states none comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Today {
    /// A date the caller chose (`--as-of`, `options.today`, a test).
    Given(CivilDate),
    /// Today's date in Beijing, read from the clock: the report then says
    /// `asOfDefaulted: true`.
    Clock(CivilDate),
}

impl Today {
    pub const fn date(self) -> CivilDate {
        match self {
            Today::Given(date) | Today::Clock(date) => date,
        }
    }
}

impl From<CivilDate> for Today {
    fn from(date: CivilDate) -> Today {
        Today::Given(date)
    }
}

/// A validated profile: one optional value per [`Fact`], plus the date it is
/// checked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    values: [Option<Value>; Fact::ALL.len()],
    as_of: CivilDate,
    /// Whether `as_of` was read from the clock rather than stated.
    as_of_defaulted: bool,
    /// The birth date, when the profile gives one: it decides the date by
    /// which an age limit is reached.
    birth_date: Option<CivilDate>,
}

impl Profile {
    /// A profile that knows nothing, checked for `as_of`.
    pub fn empty(as_of: CivilDate) -> Profile {
        Profile { values: [None; Fact::ALL.len()], as_of, as_of_defaulted: false, birth_date: None }
    }

    pub fn get(&self, fact: Fact) -> Option<Value> {
        self.values.get(fact.index()).copied().flatten()
    }

    /// Sets a fact without the cross-field checks of [`Profile::from_json`];
    /// meant for building profiles in code (tests, the reference evaluator).
    pub fn set(&mut self, fact: Fact, value: Option<Value>) {
        if let Some(slot) = self.values.get_mut(fact.index()) {
            *slot = value;
        }
    }

    pub fn as_of(&self) -> CivilDate {
        self.as_of
    }

    /// Whether `asOf` is today's Beijing date from the clock, not a date the
    /// profile or the caller stated.
    pub fn as_of_defaulted(&self) -> bool {
        self.as_of_defaulted
    }

    /// The birth date, if the profile gives one.
    pub fn birth_date(&self) -> Option<CivilDate> {
        self.birth_date
    }

    /// Parses JSON text and validates it as a profile.
    ///
    /// A JSON object is read into a list of fields, sorted as a
    /// `serde_json::Map` sorts them, without building the map; anything the
    /// list cannot take (not an object, not JSON) is read again as a
    /// `serde_json::Value` for the error it gives. Either way the fields go
    /// through the same checks, in the same order, as in [`Profile::from_value`].
    ///
    /// A key given twice is an error naming the key (SPEC §4): a validator
    /// upstream that keeps the first value must not see another profile.
    pub fn from_json(text: &str, today: impl Into<Today>) -> Result<Profile, ProfileError> {
        let today = today.into();
        match serde_json::from_str::<Fields>(text) {
            Ok(Fields(mut fields)) => {
                fields.sort_by(|(a, _), (b, _)| a.cmp(b));
                if let Some(pair) = fields.windows(2).find(|pair| matches!(pair, [a, b] if a.0 == b.0)) {
                    let name = pair.first().map(|(key, _)| key.as_str()).unwrap_or_default();
                    return Err(ProfileError::DuplicateKey { field: truncate(name) });
                }
                let as_of = fields.iter().find(|(key, _)| key.as_str() == "asOf").map(|(_, value)| value);
                Profile::from_fields(as_of, fields.iter().map(|(key, value)| (field(key.as_str()), value)), today)
            }
            Err(_) => {
                let value: Value_ = serde_json::from_str(text).map_err(|e| ProfileError::Json(JsonSyntax::from(&e)))?;
                Profile::from_value(&value, today)
            }
        }
    }

    /// Validates an already parsed JSON value as a profile. `today` is used
    /// when the profile has no `asOf`.
    pub fn from_value(value: &Value_, today: impl Into<Today>) -> Result<Profile, ProfileError> {
        let today = today.into();
        let object = value.as_object().ok_or(ProfileError::NotAnObject)?;
        Profile::from_fields(object.get("asOf"), object.iter().map(|(key, value)| (field(key), value)), today)
    }

    /// Checks the fields of a profile, given in key order, and derives what
    /// follows from them. The values are JSON values or the glue's typed
    /// parts ([`FieldValue`]): the same checks read both.
    pub(crate) fn from_fields<'a, V: FieldValue + 'a>(
        as_of: Option<&V>,
        fields: impl Iterator<Item = (Result<Field, ProfileError>, &'a V)>,
        today: Today,
    ) -> Result<Profile, ProfileError> {
        let (as_of, as_of_defaulted) = match as_of {
            Some(value) if !value.is_null() => (date(Field::AsOf, value)?, false),
            _ => (today.date(), matches!(today, Today::Clock(_))),
        };
        let mut facts = Profile::empty(as_of);
        facts.as_of_defaulted = as_of_defaulted;
        let mut birth_date = None;
        for (field, value) in fields {
            // The name is checked before a null is skipped: `{"revenueYaun": null}`
            // is a typo, not an unknown fact.
            let field = field?;
            if value.is_null() {
                continue;
            }
            match field {
                Field::AsOf => {}
                Field::BirthDate => birth_date = Some(date(Field::BirthDate, value)?),
                Field::Fact(fact) => facts.set(fact, Some(parse_value(fact, value)?)),
            }
        }
        if let Some(birth) = birth_date {
            facts.derive_age(birth)?;
        }
        // parse_value only keeps zone ids found in the directory.
        if let Some(zone) = facts.get(Fact::Zone).and_then(|value| match value {
            Value::Choice(id) => zone::find(id),
            _ => None,
        }) {
            facts.derive_zone(zone)?;
        }
        facts.derive_implied()?;
        Ok(facts)
    }

    fn derive_age(&mut self, birth: CivilDate) -> Result<(), ProfileError> {
        self.birth_date = Some(birth);
        let computed = self
            .as_of
            .completed_years_since(birth)
            .ok_or(ProfileError::BornAfterAsOf { birth_date: birth, as_of: self.as_of })?;
        if computed > MAX_AGE {
            return Err(ProfileError::TooOld { field: Field::BirthDate });
        }
        match self.get(Fact::Age) {
            Some(Value::Age(given)) if given != computed => {
                Err(ProfileError::AgeDisagrees { age: given, birth_date: birth, computed, as_of: self.as_of })
            }
            _ => {
                self.set(Fact::Age, Some(Value::Age(computed)));
                Ok(())
            }
        }
    }

    fn derive_zone(&mut self, zone: &'static Zone) -> Result<(), ProfileError> {
        let level = zone.level.map(|level| (Fact::ZoneLevel, level.as_str()));
        for (fact, implied) in std::iter::once((Fact::Province, zone.province)).chain(level) {
            match self.get(fact) {
                Some(Value::Choice(given)) if given != implied => {
                    return Err(ProfileError::ZoneContradiction { field: fact, zone: zone.id, given, implied });
                }
                _ => self.set(fact, Some(Value::Choice(implied))),
            }
        }
        Ok(())
    }

    /// Sets every yes/no fact that another one implies ([`IMPLIED`]),
    /// refusing a profile that says the implied fact is false.
    fn derive_implied(&mut self) -> Result<(), ProfileError> {
        for (source, implied, why) in IMPLIED {
            if self.get(source) == Some(Value::Bool(true)) {
                if self.get(implied) == Some(Value::Bool(false)) {
                    return Err(ProfileError::ImpliedFactDenied { field: implied, implied_by: source, why });
                }
                self.set(implied, Some(Value::Bool(true)));
            }
        }
        Ok(())
    }
}

/// Yes/no facts that follow from another being true: (if this is true, this
/// is true too, because …). One line here is all a new implication needs.
const IMPLIED: [(Fact, Fact, Text); 4] = [
    (
        Fact::HighTechEnterprise,
        Fact::TechEnterprise,
        Text::new("高新技术企业即是科技型企业", "that makes it a technology enterprise"),
    ),
    (
        Fact::TechSme,
        Fact::TechEnterprise,
        Text::new("科技型中小企业即是科技型企业", "that makes it a technology enterprise"),
    ),
    (Fact::Researcher, Fact::TechPersonnel, Text::new("科研人员属于科技人员", "a researcher is S&T personnel")),
    (Fact::WorksInZoneEnterprise, Fact::WorksInChina, Text::new("园区企业在中国境内", "a zone enterprise is in China")),
];

use serde_json::Value as Value_; // ours is `Value`

/// The field a profile key names, or the error for a key that names none.
pub(crate) fn field(name: &str) -> Result<Field, ProfileError> {
    match name {
        "asOf" => Ok(Field::AsOf),
        "birthDate" => Ok(Field::BirthDate),
        "registersTechContracts" => Err(ProfileError::RetiredField {
            field: "registersTechContracts",
            instead: "techContractSeller",
            why: Text::new(
                "它分不清卖方和买方，而税收减免给的是卖方或开发方",
                "it did not tell the seller from the buyer, and the tax relief goes to the seller or developer",
            ),
        }),
        name => Fact::from_name(name)
            .map(Field::Fact)
            .ok_or_else(|| ProfileError::UnknownField { field: truncate(name), suggestion: suggest(name) }),
    }
}

/// A profile's fields in the order the JSON gives them: what
/// [`Profile::from_json`] reads, with keys borrowed from the text when they
/// have no escapes.
struct Fields<'a>(Vec<(FieldName<'a>, Value_)>);

/// A key of a profile.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct FieldName<'a>(Cow<'a, str>);

impl FieldName<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Name;
        impl<'de> Visitor<'de> for Name {
            type Value = FieldName<'de>;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Self::Value, E> {
                Ok(FieldName(Cow::Borrowed(name)))
            }
            fn visit_str<E>(self, name: &str) -> Result<Self::Value, E> {
                Ok(FieldName(Cow::Owned(name.to_owned())))
            }
        }
        deserializer.deserialize_str(Name)
    }
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Fields<'de>;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
                while let Some(name) = map.next_key::<FieldName<'de>>()? {
                    fields.push((name, map.next_value::<Value_>()?));
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(Object)
    }
}

/// A field's value as a reader hands it over: a JSON value (the command
/// line, the reader's walk of a JavaScript object) or a value the
/// WebAssembly glue took apart, already typed ([`crate::shell::parts`]).
/// Every check reads a value through these, so both go through the same
/// ones; the engine's wasm, which reads parts only, then carries no JSON
/// values and no date text to write and read again (issue 26).
pub(crate) trait FieldValue {
    fn is_null(&self) -> bool;
    fn as_bool(&self) -> Option<bool>;
    fn as_str(&self) -> Option<&str>;
    fn as_f64(&self) -> Option<f64>;
    /// The number as a whole number in `u64`, as `serde_json` has it: only
    /// what was read or written as one.
    fn as_u64(&self) -> Option<u64>;
    /// A date field's value: `None` if it is no date at all (for JSON: not
    /// text), else the date its text says, or why it says none.
    fn as_date(&self) -> Option<Result<CivilDate, DateError>>;
}

impl FieldValue for Value_ {
    fn is_null(&self) -> bool {
        Value_::is_null(self)
    }
    fn as_bool(&self) -> Option<bool> {
        Value_::as_bool(self)
    }
    fn as_str(&self) -> Option<&str> {
        Value_::as_str(self)
    }
    fn as_f64(&self) -> Option<f64> {
        Value_::as_f64(self)
    }
    fn as_u64(&self) -> Option<u64> {
        Value_::as_u64(self)
    }
    fn as_date(&self) -> Option<Result<CivilDate, DateError>> {
        Value_::as_str(self).map(CivilDate::parse)
    }
}

pub(crate) fn parse_value<V: FieldValue + ?Sized>(fact: Fact, value: &V) -> Result<Value, ProfileError> {
    let field = Field::Fact(fact);
    match fact.kind() {
        FactKind::Bool => {
            value.as_bool().map(Value::Bool).ok_or(ProfileError::WrongType { field, expected: Expected::Bool })
        }
        FactKind::Choice(choices) => {
            let text = value.as_str().ok_or(ProfileError::WrongType { field, expected: Expected::Text })?;
            choices
                .iter()
                .find(|choice| choice.value == text)
                .map(|choice| Value::Choice(choice.value))
                .ok_or_else(|| ProfileError::UnknownValue { field, value: truncate(text) })
        }
        FactKind::Zone => {
            let text = value.as_str().ok_or(ProfileError::WrongType { field, expected: Expected::ZoneId })?;
            zone::find(text)
                .map(|zone| Value::Choice(zone.id))
                .ok_or_else(|| ProfileError::UnknownValue { field, value: truncate(text) })
        }
        FactKind::Money => money(field, value).map(Value::Fen),
        FactKind::Age => age(value).map(Value::Age),
    }
}

/// Validates an amount of money given as a JSON number and converts it to fen.
pub(crate) fn money<V: FieldValue + ?Sized>(field: Field, value: &V) -> Result<u64, ProfileError> {
    let number = value.as_f64().ok_or(ProfileError::WrongType { field, expected: Expected::Yuan })?;
    fen_from_yuan(field, number)
}

/// Converts yuan to exact fen, rejecting what is not a valid amount.
pub(crate) fn fen_from_yuan(field: Field, yuan: f64) -> Result<u64, ProfileError> {
    if !yuan.is_finite() {
        return Err(ProfileError::NotFinite { field });
    }
    if yuan < 0.0 {
        return Err(ProfileError::Negative { field });
    }
    // MAX_YUAN is exactly representable, so this comparison is exact.
    if yuan > MAX_YUAN as f64 {
        return Err(ProfileError::TooLarge { field });
    }
    let fen = (yuan * 100.0).round();
    // A whole number of fen reads back as the very same f64; anything finer
    // (0.001 yuan) does not, and is refused rather than silently rounded.
    if fen / 100.0 != yuan {
        return Err(ProfileError::FinerThanFen { field });
    }
    // In range 0..=1e15 and integral: the cast is exact.
    Ok(fen as u64)
}

fn age<V: FieldValue + ?Sized>(value: &V) -> Result<u16, ProfileError> {
    let field = Field::Fact(Fact::Age);
    if let Some(whole) = value.as_u64() {
        return u16::try_from(whole).ok().filter(|age| *age <= MAX_AGE).ok_or(ProfileError::TooOld { field });
    }
    match value.as_f64() {
        Some(number) if number < 0.0 => Err(ProfileError::Negative { field }),
        Some(number) if number.is_finite() && number.fract() == 0.0 => {
            if number > f64::from(MAX_AGE) {
                Err(ProfileError::TooOld { field })
            } else {
                // Integral, 0..=150: exact.
                Ok(number as u16)
            }
        }
        Some(_) => Err(ProfileError::WrongType { field, expected: Expected::Years }),
        None => Err(ProfileError::WrongType { field, expected: Expected::Years }),
    }
}

pub(crate) fn date<V: FieldValue + ?Sized>(field: Field, value: &V) -> Result<CivilDate, ProfileError> {
    let date = value.as_date().ok_or(ProfileError::WrongType { field, expected: Expected::Date })?;
    date.map_err(|source| ProfileError::BadDate { field, source })
}

/// Keeps error messages readable when someone sends a megabyte of key.
fn truncate(text: &str) -> String {
    const LIMIT: usize = 60;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_owned(),
    }
}

/// The known field closest to a misspelt one, if it is close enough.
fn suggest(name: &str) -> Option<&'static str> {
    if name.len() > 64 {
        return None;
    }
    let names = Fact::ALL.iter().map(|fact| fact.name()).chain(["asOf", "birthDate"]);
    names
        .map(|known| (edit_distance(&name.to_ascii_lowercase(), &known.to_ascii_lowercase()), known))
        .filter(|(distance, _)| *distance <= 3)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut next = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = next.last().copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != *cb);
            next.push((diagonal + cost).min(above.saturating_add(1)).min(left.saturating_add(1)));
            diagonal = above;
        }
        row = next;
    }
    row.last().copied().unwrap_or_default()
}

/// A profile field, for error messages: a fact or one of the input-only
/// fields that are turned into facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Fact(Fact),
    AsOf,
    BirthDate,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Fact(fact) => fact.name(),
            Field::AsOf => "asOf",
            Field::BirthDate => "birthDate",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn allowed(field: &Field) -> String {
    match field {
        Field::Fact(fact) => fact.choices().iter().map(|c| c.value).collect::<Vec<_>>().join(", "),
        Field::AsOf | Field::BirthDate => String::new(),
    }
}

/// What a field should have been given, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Bool,
    Text,
    ZoneId,
    Yuan,
    Years,
    Date,
}

impl Expected {
    /// The words in both languages.
    pub const fn text(self) -> Text {
        match self {
            Expected::Bool => Text::new("true 或 false", "true or false"),
            Expected::Text => Text::new("字符串", "a string"),
            Expected::ZoneId => Text::new("园区编号字符串", "a zone id string"),
            Expected::Yuan => Text::new("以元计的数", "a number of yuan"),
            Expected::Years => Text::new("已满周岁的整数", "a whole number of completed years"),
            Expected::Date => Text::new("YYYY-MM-DD 格式的日期字符串", "a date string YYYY-MM-DD"),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().en)
    }
}

/// Where JSON text stopped making sense: serde_json's message (English, for
/// the command line) and the place, which the Chinese message gives alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonSyntax {
    pub detail: String,
    pub line: usize,
    pub column: usize,
}

impl From<&serde_json::Error> for JsonSyntax {
    fn from(error: &serde_json::Error) -> JsonSyntax {
        JsonSyntax { detail: error.to_string(), line: error.line(), column: error.column() }
    }
}

impl fmt::Display for JsonSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

/// Why a profile was refused. Every message starts with the field it is about.
///
/// Each variant has, beside its English message (`Display`, which the
/// command line prints), a stable code ([`ProfileError::code`]) and a
/// message in Simplified Chinese ([`ProfileError::message_zh`]), both written
/// in the match below the enum: a portal shows the one of its page's
/// language and keys its own handling on the code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("profile is not valid JSON: {0}")]
    Json(JsonSyntax),
    #[error("profile must be a JSON object of facts, e.g. {{\"province\": \"sichuan\"}}")]
    NotAnObject,
    #[error("{field}: unknown field{}", suggestion.map(|s| format!(" (did you mean {s}?)")).unwrap_or_default())]
    UnknownField { field: String, suggestion: Option<&'static str> },
    #[error("{field}: given twice; a profile states each fact once")]
    DuplicateKey { field: String },
    #[error("{field}: no longer a fact ({}); use {instead}", why.en)]
    RetiredField { field: &'static str, instead: &'static str, why: Text },
    #[error("{field}: must be {expected}")]
    WrongType { field: Field, expected: Expected },
    #[error("{field}: must be a finite number")]
    NotFinite { field: Field },
    #[error("{field}: must not be negative")]
    Negative { field: Field },
    #[error("{field}: must be at most 10000000000000 yuan")]
    TooLarge { field: Field },
    #[error("{field}: must be a whole number of fen (at most two decimals)")]
    FinerThanFen { field: Field },
    #[error("{field}: an age over 150 years is not plausible")]
    TooOld { field: Field },
    #[error("{field}: {source}")]
    BadDate { field: Field, source: DateError },
    #[error("birthDate: {birth_date} is after asOf {as_of}")]
    BornAfterAsOf { birth_date: CivilDate, as_of: CivilDate },
    #[error("age: {age} disagrees with birthDate {birth_date}, which gives {computed} on {as_of}")]
    AgeDisagrees { age: u16, birth_date: CivilDate, computed: u16, as_of: CivilDate },
    #[error("{field}: unknown value \"{value}\" (allowed: {})", allowed(field))]
    UnknownValue { field: Field, value: String },
    #[error("{}: \"{given}\" contradicts zone \"{zone}\", which is {implied}", field.name())]
    ZoneContradiction { field: Fact, zone: &'static str, given: &'static str, implied: &'static str },
    #[error("{}: false contradicts {}: true ({})", field.name(), implied_by.name(), why.en)]
    ImpliedFactDenied { field: Fact, implied_by: Fact, why: Text },
    /// Only from [`Profile::from_parts`], whose caller then reads the profile
    /// again for the message.
    #[error("profile parts are out of range (a fact index or a choice index that does not exist)")]
    Parts,
}

impl ProfileError {
    /// The error's stable code: the variant's name in kebab-case, one code
    /// per variant. A portal keys on this, never on the words.
    pub const fn code(&self) -> &'static str {
        match self {
            ProfileError::Json(_) => "not-json",
            ProfileError::NotAnObject => "not-an-object",
            ProfileError::UnknownField { .. } => "unknown-field",
            ProfileError::DuplicateKey { .. } => "duplicate-key",
            ProfileError::RetiredField { .. } => "retired-field",
            ProfileError::WrongType { .. } => "wrong-type",
            ProfileError::NotFinite { .. } => "not-finite",
            ProfileError::Negative { .. } => "negative",
            ProfileError::TooLarge { .. } => "too-large",
            ProfileError::FinerThanFen { .. } => "finer-than-fen",
            ProfileError::TooOld { .. } => "too-old",
            ProfileError::BadDate { .. } => "bad-date",
            ProfileError::BornAfterAsOf { .. } => "born-after-as-of",
            ProfileError::AgeDisagrees { .. } => "age-disagrees",
            ProfileError::UnknownValue { .. } => "unknown-value",
            ProfileError::ZoneContradiction { .. } => "zone-contradiction",
            ProfileError::ImpliedFactDenied { .. } => "implied-fact-denied",
            ProfileError::Parts => "parts",
        }
    }

    /// The message in Simplified Chinese, written by hand beside the English
    /// one (`Display`). Field names and the values a caller gave stay as they
    /// are: they are what the caller wrote.
    pub fn message_zh(&self) -> String {
        match self {
            ProfileError::Json(syntax) => {
                format!("资料不是有效的 JSON（第 {} 行第 {} 列有误）", syntax.line, syntax.column)
            }
            ProfileError::NotAnObject => {
                "资料必须是由事实组成的 JSON 对象，例如 {\"province\": \"sichuan\"}".to_owned()
            }
            ProfileError::UnknownField { field, suggestion } => format!(
                "{field}：没有这个字段{}",
                suggestion.map(|s| format!("（是否想写 {s}？）")).unwrap_or_default()
            ),
            ProfileError::DuplicateKey { field } => format!("{field}：填写了两次；每项事实只能填写一次"),
            ProfileError::RetiredField { field, instead, why } => {
                format!("{field}：已不再使用（{}）；请改用 {instead}", why.zh)
            }
            ProfileError::WrongType { field, expected } => format!("{field}：必须是{}", expected.text().zh),
            ProfileError::NotFinite { field } => format!("{field}：必须是有限的数"),
            ProfileError::Negative { field } => format!("{field}：不能是负数"),
            ProfileError::TooLarge { field } => format!("{field}：不能超过 10000000000000 元"),
            ProfileError::FinerThanFen { field } => format!("{field}：金额最多精确到分（至多两位小数）"),
            ProfileError::TooOld { field } => format!("{field}：超过 150 周岁的年龄不合常理"),
            ProfileError::BadDate { field, source } => format!("{field}：{}", source.message_zh()),
            ProfileError::BornAfterAsOf { birth_date, as_of } => {
                format!("birthDate：出生日期 {birth_date} 晚于评估日期 asOf {as_of}")
            }
            ProfileError::AgeDisagrees { age, birth_date, computed, as_of } => {
                format!("age：{age} 与出生日期 birthDate {birth_date} 不符，按它算到 {as_of} 应为 {computed} 周岁")
            }
            ProfileError::UnknownValue { field, value } => {
                format!("{field}：取值“{value}”无效（可选：{}）", allowed(field))
            }
            ProfileError::ZoneContradiction { field, zone, given, implied } => {
                format!("{}：“{given}”与园区“{zone}”矛盾，该园区为 {implied}", field.name())
            }
            ProfileError::ImpliedFactDenied { field, implied_by, why } => {
                format!("{}：false 与 {}：true 矛盾（{}）", field.name(), implied_by.name(), why.zh)
            }
            ProfileError::Parts => "内部错误：资料的数字部分超出范围（事实或选项的序号不存在）".to_owned(),
        }
    }

    /// The profile field the error is about, if it is about one.
    pub fn field(&self) -> Option<String> {
        match self {
            ProfileError::Json(_) | ProfileError::NotAnObject | ProfileError::Parts => None,
            ProfileError::UnknownField { field, .. } | ProfileError::DuplicateKey { field } => Some(field.clone()),
            ProfileError::RetiredField { field, .. } => Some((*field).to_owned()),
            ProfileError::WrongType { field, .. }
            | ProfileError::NotFinite { field }
            | ProfileError::Negative { field }
            | ProfileError::TooLarge { field }
            | ProfileError::FinerThanFen { field }
            | ProfileError::TooOld { field }
            | ProfileError::BadDate { field, .. }
            | ProfileError::UnknownValue { field, .. } => Some(field.name().to_owned()),
            ProfileError::BornAfterAsOf { .. } => Some("birthDate".to_owned()),
            ProfileError::AgeDisagrees { .. } => Some("age".to_owned()),
            ProfileError::ZoneContradiction { field, .. } => Some(field.name().to_owned()),
            ProfileError::ImpliedFactDenied { field, .. } => Some(field.name().to_owned()),
        }
    }
}
