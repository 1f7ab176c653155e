//! Evaluating the catalogue for a profile: statuses, reasons, `missing`.

use crate::catalogue;
use crate::condition::Truth;
use crate::date::CivilDate;
use crate::fact::Fact;
use crate::measure::Measure;
use crate::profile::{Facts, Value};
use crate::text::Text;
use serde::{Serialize, Serializer};

/// The four statuses of `SPEC.md` §2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Every condition is known to hold.
    Eligible,
    /// Every condition holds, and the document makes the benefit subject to
    /// an approval or a case-by-case decision.
    Conditional,
    /// At least one condition is known to fail.
    Ineligible,
    /// Nothing fails yet, but facts that could change the outcome are missing.
    Unknown,
}

/// One condition of a measure, and whether it holds for this profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub state: Truth,
    #[serde(flatten)]
    pub text: Text,
}

/// The answer for one measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureResult {
    pub id: &'static str,
    pub status: Status,
    /// Exactly the unknown facts that could still change `status`; empty for
    /// a definitive status.
    #[serde(serialize_with = "fact_names")]
    pub missing: Vec<Fact>,
    /// Each condition of the measure, in the order the catalogue lists them.
    pub reasons: Vec<Reason>,
    /// For a benefit of at least a share of an amount (e.g. ≥ 50% of S&T
    /// income), that minimum in yuan, once the amount is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_yuan: Option<Yuan>,
}

/// The report for a profile: one result per measure, in catalogue order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub as_of: CivilDate,
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

fn fact_names<S: Serializer>(facts: &[Fact], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(facts.iter().map(|fact| fact.name()))
}

/// Evaluates one measure.
pub fn evaluate_measure(measure: &'static Measure, facts: &Facts) -> MeasureResult {
    let truth = measure.condition.evaluate(facts);
    let status = match truth {
        Truth::Holds if measure.approval.is_some() => Status::Conditional,
        Truth::Holds => Status::Eligible,
        Truth::Fails => Status::Ineligible,
        Truth::Unknown => Status::Unknown,
    };
    let mut missing = Vec::new();
    if truth == Truth::Unknown {
        measure.condition.collect_missing(facts, &mut missing);
        missing.sort();
    }
    let mut reasons = Vec::new();
    measure.condition.for_each_test(facts, &mut |test, state| reasons.push(Reason { state, text: test.text }));
    let minimum_yuan = match (measure.benefit.min_share_percent, measure.benefit.share_of) {
        (Some(percent), Some(fact)) if matches!(status, Status::Eligible | Status::Conditional) => {
            match facts.get(fact) {
                // The document's floor is "不低于 percent%": round up to the fen.
                Some(Value::Fen(amount)) => Some(Yuan((amount.saturating_mul(percent)).div_ceil(100))),
                _ => None,
            }
        }
        _ => None,
    };
    MeasureResult { id: measure.id, status, missing, reasons, minimum_yuan }
}

/// Evaluates every measure in the catalogue.
pub fn evaluate(facts: &Facts) -> Report {
    Report {
        as_of: facts.as_of(),
        results: catalogue::measures().map(|measure| evaluate_measure(measure, facts)).collect(),
    }
}
