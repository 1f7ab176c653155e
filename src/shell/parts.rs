//! A profile handed over as numbers rather than JSON: how the WebAssembly
//! glue (which walks the JavaScript object itself) and the batch (which
//! reads spreadsheet cells) give the core a profile without writing JSON
//! text. Every value still goes through the checks a JSON field does
//! ([`Profile::from_fields`]); this module only says what the numbers mean.

use crate::engine::date::{CivilDate, DateError};
use crate::engine::fact::{Fact, FactKind};
use crate::engine::profile::{self, Field, FieldValue, Profile, ProfileError, Today};
use serde_json::Value as Value_;

/// The index of `asOf` in [`Profile::from_parts`]: after the facts.
pub const AS_OF_PART: usize = Fact::ALL.len();
/// The index of `birthDate` in [`Profile::from_parts`].
pub const BIRTH_DATE_PART: usize = Fact::ALL.len() + 1;

impl Profile {
    /// Reads a profile that the caller has already taken apart into facts,
    /// for the WebAssembly glue, which walks the JavaScript object itself:
    /// `parts` holds pairs (the fact's index in [`Fact::ALL`], its value),
    /// where the value of a yes/no fact is 0 or 1, of a choice or zone fact
    /// the index of the value in [`Fact::choices`], of a number fact the
    /// number; index [`AS_OF_PART`] is `asOf` and [`BIRTH_DATE_PART`]
    /// `birthDate`, each as `year × 10000 + month × 100 + day`. Every value
    /// then goes through the same checks as a JSON field; anything out of
    /// place is [`ProfileError::Parts`], and the glue asks
    /// [`Profile::from_value`] for the real message.
    pub fn from_parts(parts: &[f64], today: impl Into<Today>) -> Result<Profile, ProfileError> {
        let today = today.into();
        let mut as_of = None;
        let mut fields = Vec::with_capacity(parts.len() / 2);
        for pair in parts.chunks(2) {
            let &[index, value] = pair else { return Err(ProfileError::Parts) };
            let index = part_index(index).ok_or(ProfileError::Parts)?;
            if index == AS_OF_PART || index == BIRTH_DATE_PART {
                let date = Part::Date(CivilDate::from_number(value).ok_or(ProfileError::Parts)?);
                if index == AS_OF_PART {
                    as_of = Some(date);
                } else {
                    fields.push((Field::BirthDate, date));
                }
                continue;
            }
            let fact = Fact::ALL.get(index).ok_or(ProfileError::Parts)?;
            let value = match fact.kind() {
                FactKind::Bool if value == 0.0 || value == 1.0 => Part::Bool(value == 1.0),
                FactKind::Choice(_) | FactKind::Zone => {
                    Part::Text(part_index(value).and_then(|index| fact.choice(index)).ok_or(ProfileError::Parts)?)
                }
                // A JSON number is finite; NaN would otherwise read as null.
                FactKind::Money | FactKind::Age if value.is_finite() => Part::Number(value),
                FactKind::Money | FactKind::Age => return Err(ProfileError::Parts),
                FactKind::Bool => return Err(ProfileError::Parts),
            };
            fields.push((Field::Fact(*fact), value));
        }
        Profile::from_fields(as_of.as_ref(), fields.iter().map(|(field, value)| (Ok(*field), value)), today)
    }
}

/// A value of the parts, typed: what the checks read of it
/// ([`FieldValue`]) is what they would read of the JSON value it stands for
/// (the choice's text, the number as `JSON.stringify` writes it, the date's
/// text), without making that value.
#[derive(Clone, Copy)]
enum Part {
    Bool(bool),
    Text(&'static str),
    Number(f64),
    Date(CivilDate),
}

impl FieldValue for Part {
    fn is_null(&self) -> bool {
        false
    }
    fn as_bool(&self) -> Option<bool> {
        match *self {
            Part::Bool(flag) => Some(flag),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match *self {
            Part::Text(text) => Some(text),
            _ => None,
        }
    }
    fn as_f64(&self) -> Option<f64> {
        match *self {
            Part::Number(number) => Some(number),
            _ => None,
        }
    }
    /// As [`number_value`] writes the number: a whole number in `0..2^64` is one.
    fn as_u64(&self) -> Option<u64> {
        match *self {
            Part::Number(number) => whole_u64(number),
            _ => None,
        }
    }
    fn as_date(&self) -> Option<Result<CivilDate, DateError>> {
        match *self {
            Part::Date(date) => Some(Ok(date)),
            _ => None,
        }
    }
}

/// A whole number in `0..2^32` as an index.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // range-checked
fn part_index(value: f64) -> Option<usize> {
    (value.fract() == 0.0 && (0.0..4_294_967_296.0).contains(&value)).then_some(value as usize)
}

/// A finite number as `serde_json` reads the text `JSON.stringify` writes
/// for it: integers as integers, everything else as a float.
#[allow(clippy::cast_possible_truncation)] // range-checked
pub fn number_value(number: f64) -> Value_ {
    if let Some(whole) = whole_u64(number) {
        return Value_::Number(serde_json::Number::from(whole));
    }
    if number.fract() == 0.0 && (-TWO_POW_63..0.0).contains(&number) {
        return Value_::Number(serde_json::Number::from(number as i64));
    }
    serde_json::Number::from_f64(number).map_or(Value_::Null, Value_::Number)
}

const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// A whole number in `0..2^64` as the `u64` it is: what [`number_value`]
/// makes a `u64` JSON number, and what a part's `as_u64` reads as one.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // range-checked
fn whole_u64(number: f64) -> Option<u64> {
    (number.fract() == 0.0 && (0.0..2.0 * TWO_POW_63).contains(&number)).then_some(number as u64)
}

/// The error for a field given a number that is not finite (NaN, ±Infinity).
/// JSON cannot carry such a number but a JavaScript caller can pass one, so
/// the WebAssembly bindings report it with this before anything else: an
/// unknown field is still an unknown field, a number field (money, age) gets
/// [`ProfileError::NotFinite`], any other field the error any number gets.
pub fn non_finite_number(name: &str) -> ProfileError {
    let any_number = Value_::from(0);
    let field = match profile::field(name) {
        Ok(field) => field,
        Err(error) => return error,
    };
    let wrong_type = match field {
        Field::Fact(fact) if matches!(fact.kind(), FactKind::Money | FactKind::Age) => None,
        Field::Fact(fact) => profile::parse_value(fact, &any_number).err(),
        Field::AsOf | Field::BirthDate => profile::date(field, &any_number).err(),
    };
    wrong_type.unwrap_or(ProfileError::NotFinite { field })
}
