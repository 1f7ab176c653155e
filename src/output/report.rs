//! Evaluating the catalogue for a profile: statuses, reasons, `missing`.

use crate::catalogue;
use crate::engine::condition::{FactSet, Truth};
use crate::engine::date::CivilDate;
use crate::engine::fact::Fact;
use crate::engine::measure::{Measure, Nature};
use crate::engine::profile::{Profile, Value};
use crate::engine::text::Text;
use serde::{Serialize, Serializer};

/// The five statuses of `SPEC.md` §2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Every condition is known to hold, and the sentence grants the benefit.
    Eligible,
    /// Every condition holds, and someone still decides (an approval, a
    /// selection, a lender, an authority, a scheme still to be set up).
    Conditional,
    /// Every condition of relevance holds, but the sentence grants no claim:
    /// a policy direction, or a restated nationwide rule.
    Informational,
    /// At least one condition is known to fail.
    Ineligible,
    /// Nothing fails yet, but facts that could change the outcome are missing.
    Unknown,
}

/// One condition of a measure, and whether it holds for this profile.
///
/// Written `{"state", "zh-Hans", "en"}`; in a brief report (see
/// [`evaluate_with`]) only the state, e.g. `"holds"`: the catalogue has the
/// words, in the same order, for whoever renders the reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub state: Truth,
    pub text: Option<Text>,
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        // Brief: the bare state, e.g. "holds".
        let Some(text) = self.text else { return self.state.serialize(serializer) };
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("state", &self.state)?;
        map.serialize_entry("zh-Hans", text.zh)?;
        map.serialize_entry("en", text.en)?;
        map.end()
    }
}

/// The answer for one measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureResult {
    pub id: &'static str,
    pub status: Status,
    /// The measure's nature (SPEC §2), so that a single result says whether
    /// it can be a claim at all.
    #[serde(serialize_with = "nature_name")]
    pub nature: Nature,
    /// Whether the measure comes from a draft for comments.
    pub draft: bool,
    /// Exactly the unknown facts that could still change `status`; empty for
    /// a definitive status.
    #[serde(serialize_with = "fact_names")]
    pub missing: Vec<Fact>,
    /// Each condition of the measure, in the order the catalogue lists them.
    pub reasons: Vec<Reason>,
    /// For a benefit the text puts as a share of an amount (不低于50% of
    /// S&T income), that share in yuan once the amount is known: what the
    /// text encourages, never a sum owed to anyone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encouraged_share_yuan: Option<Yuan>,
    /// A date within 90 days after `asOf` on which the result would change
    /// (the 66th birthday for the 65-year rule): apply before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deciding_date: Option<CivilDate>,
}

/// The version of the report's contract (SPEC §4): 2 since 2026-11-28.
pub const CONTRACT: u32 = 2;

/// The report for a profile: one result per measure, in catalogue order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub contract: u32,
    pub as_of: CivilDate,
    /// Whether `asOf` is today's Beijing date from the clock, not stated.
    pub as_of_defaulted: bool,
    pub results: Vec<MeasureResult>,
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

fn nature_name<S: Serializer>(nature: &Nature, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(nature.name())
}

fn fact_names<S: Serializer>(facts: &[Fact], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(facts.iter().map(|fact| fact.name()))
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

/// Evaluates one measure's condition: status, `missing` and the minimum
/// amount, in one pass over the tree and without allocating, calling
/// `visit` with the state of each test (each reason), in order, on the way.
pub fn verdict_with(measure: &'static Measure, facts: &Profile, visit: &mut impl FnMut(Truth)) -> Verdict {
    let (truth, missing) = measure.condition.outcome_with(facts, visit);
    verdict_from(measure, truth, missing, facts)
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
    let deciding_date = match (measure.benefit.age_limit, facts.birth_date()) {
        (Some(limit), Some(birth)) if truth != Truth::Fails => {
            age_limit_passed_within(facts.as_of(), birth, limit, DECIDING_DAYS)
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

/// Evaluates one measure, with the words of each reason.
pub fn evaluate_measure(measure: &'static Measure, facts: &Profile) -> MeasureResult {
    evaluate_measure_with(measure, facts, true)
}

/// Evaluates one measure; `explain` says whether reasons carry their words.
pub fn evaluate_measure_with(measure: &'static Measure, facts: &Profile, explain: bool) -> MeasureResult {
    let mut reasons = Vec::new();
    let Verdict { status, missing, encouraged_share_yuan, deciding_date } =
        verdict_with(measure, facts, &mut |state| {
            reasons.push(Reason { state, text: None });
        });
    if explain {
        let mut position = 0;
        measure.condition.visit_tests(&mut |test| {
            if let Some(reason) = reasons.get_mut(position) {
                reason.text = Some(test.text);
            }
            position += 1;
        });
    }
    MeasureResult {
        id: measure.id,
        status,
        nature: measure.nature,
        draft: measure.draft(),
        missing: missing.iter().collect(),
        reasons,
        encouraged_share_yuan,
        deciding_date,
    }
}

/// Evaluates every measure in the catalogue, reasons with their words.
pub fn evaluate(facts: &Profile) -> Report {
    evaluate_with(facts, true)
}

/// Evaluates every measure; with `explain` false the report is brief: each
/// reason is only its state, and its words are the catalogue's (the tests of
/// the measure's condition, in order). Brief reports are a fifth the size,
/// for batches and for a page that renders from the catalogue it already has.
pub fn evaluate_with(facts: &Profile, explain: bool) -> Report {
    Report {
        contract: CONTRACT,
        as_of: facts.as_of(),
        as_of_defaulted: facts.as_of_defaulted(),
        results: catalogue::measures().map(|measure| evaluate_measure_with(measure, facts, explain)).collect(),
    }
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
