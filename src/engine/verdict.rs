//! A measure's answer from the value of its condition: the status its
//! nature allows, the facts still missing, and the amounts and dates the
//! measure names.

use crate::engine::condition::{FactSet, Truth};
use crate::engine::date::CivilDate;
use crate::engine::measure::Measure;
use crate::engine::profile::{Profile, Value};
use serde::{Serialize, Serializer};

/// The five statuses of `SPEC.md` §2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// The condition is known to hold, and the sentence grants the benefit.
    Eligible,
    /// The condition holds, and someone still decides (an approval, a
    /// selection, a lender, an authority, a scheme still to be set up).
    Conditional,
    /// The condition holds, but the sentence grants no claim:
    /// a policy direction, or a restated nationwide rule.
    Informational,
    /// The condition is known to fail (a test fails that decides it).
    Ineligible,
    /// Nothing fails yet, but facts that could change the outcome are missing.
    Unknown,
}

/// An amount held in fen, written in yuan: a whole number when it is whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Yuan(pub u64);

impl Serialize for Yuan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            serializer.serialize_u64(self.0 / 100)
        } else {
            // Below 2^53 fen (see MAX_YUAN), so exact to the fen.
            serializer.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

/// A measure's answer without its reasons: what every output is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// Exactly the unknown facts that could still change `status`.
    pub missing: FactSet,
    /// See [`MeasureResult::encouraged_share_yuan`].
    pub encouraged_share_yuan: Option<Yuan>,
    /// See [`MeasureResult::deciding_date`].
    pub deciding_date: Option<CivilDate>,
}

/// The verdict for a measure whose condition has this value and these
/// missing facts.
pub(crate) fn verdict_from(measure: &'static Measure, truth: Truth, missing: FactSet, facts: &Profile) -> Verdict {
    let status = match truth {
        Truth::Holds => measure.nature.when_met(),
        Truth::Fails => Status::Ineligible,
        Truth::Unknown => Status::Unknown,
    };
    let met = truth == Truth::Holds;
    let encouraged_share_yuan = match (measure.benefit.min_share_percent, measure.benefit.share_of) {
        (Some(percent), Some(fact)) if met => match facts.get(fact) {
            // The document's floor is "不低于 percent%": round up to the fen.
            Some(Value::Fen(amount)) => Some(Yuan((amount.saturating_mul(percent)).div_ceil(100))),
            _ => None,
        },
        _ => None,
    };
    // The birth date looked up only for a measure with an age limit (a
    // registry's rows ask this of every measure).
    let deciding_date = match measure.benefit.age_limit {
        Some(limit) if truth != Truth::Fails => {
            facts.birth_date().and_then(|birth| age_limit_passed_within(facts.as_of(), birth, limit, DECIDING_DAYS))
        }
        _ => None,
    };
    Verdict { status, missing, encouraged_share_yuan, deciding_date }
}

/// How far after `asOf` a deciding date is still named (SPEC §2). It is
/// named while the age test still holds or is undecided, so that a person
/// can apply before it.
pub const DECIDING_DAYS: i64 = 90;

/// The first day within `days` after `as_of` on which a person born on
/// `birth` is older than `limit` completed years, if there is one: the day
/// from which "age ≤ limit" fails (the (limit + 1)th birthday).
fn age_limit_passed_within(as_of: CivilDate, birth: CivilDate, limit: u16, days: i64) -> Option<CivilDate> {
    if as_of.completed_years_since(birth)? > limit {
        return None;
    }
    // The (limit + 1)th birthday; one born on 29 February turns a year older
    // on 1 March in a common year (as `completed_years_since` counts).
    let year = birth.year().checked_add(limit.checked_add(1)?)?;
    let birthday = CivilDate::new(year, birth.month(), birth.day()).or_else(|_| CivilDate::new(year, 3, 1)).ok()?;
    // After asOf, since the person is at most `limit` on asOf.
    (birthday.to_unix_days() - as_of.to_unix_days() <= days).then_some(birthday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    #[test]
    fn the_deciding_date_is_the_birthday_past_the_limit_within_the_window() {
        let as_of = d("2026-11-28");
        // 66th birthday 90 days after asOf: named; 91 days after: not.
        assert_eq!(age_limit_passed_within(as_of, d("1961-02-26"), 65, 90), Some(d("2027-02-26")));
        assert_eq!(age_limit_passed_within(as_of, d("1961-02-27"), 65, 90), None);
        // The day after asOf.
        assert_eq!(age_limit_passed_within(as_of, d("1960-11-29"), 65, 90), Some(d("2026-11-29")));
        // Already past the limit on asOf: nothing lies ahead.
        assert_eq!(age_limit_passed_within(as_of, d("1960-11-28"), 65, 90), None);
        // Born on 29 February: a year older on 1 March in a common year.
        assert_eq!(age_limit_passed_within(d("2027-01-15"), d("1960-02-29"), 66, 90), Some(d("2027-03-01")));
    }
}
