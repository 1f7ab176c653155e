//! Evaluating the catalogue for a profile: statuses, reasons, `missing`.

use crate::catalogue;
use crate::condition::{FactSet, Truth};
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

/// A measure's answer without its reasons: what every output is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// Exactly the unknown facts that could still change `status`.
    pub missing: FactSet,
    /// See [`MeasureResult::minimum_yuan`].
    pub minimum_yuan: Option<Yuan>,
}

/// Evaluates one measure's condition: status, `missing` and the minimum
/// amount, in one pass over the tree and without allocating, calling
/// `visit` with the state of each test (each reason), in order, on the way.
pub fn verdict_with(measure: &'static Measure, facts: &Facts, visit: &mut impl FnMut(Truth)) -> Verdict {
    let (truth, missing) = measure.condition.outcome_with(facts, visit);
    verdict_from(measure, truth, missing, facts)
}

/// The verdict for a measure whose condition has this value and these
/// missing facts.
pub(crate) fn verdict_from(measure: &'static Measure, truth: Truth, missing: FactSet, facts: &Facts) -> Verdict {
    let status = match truth {
        Truth::Holds if measure.approval.is_some() => Status::Conditional,
        Truth::Holds => Status::Eligible,
        Truth::Fails => Status::Ineligible,
        Truth::Unknown => Status::Unknown,
    };
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
    Verdict { status, missing, minimum_yuan }
}

/// Evaluates one measure, with the words of each reason.
pub fn evaluate_measure(measure: &'static Measure, facts: &Facts) -> MeasureResult {
    evaluate_measure_with(measure, facts, true)
}

/// Evaluates one measure; `explain` says whether reasons carry their words.
pub fn evaluate_measure_with(measure: &'static Measure, facts: &Facts, explain: bool) -> MeasureResult {
    let mut reasons = Vec::new();
    let Verdict { status, missing, minimum_yuan } = verdict_with(measure, facts, &mut |state| {
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
    MeasureResult { id: measure.id, status, missing: missing.iter().collect(), reasons, minimum_yuan }
}

/// Evaluates every measure in the catalogue, reasons with their words.
pub fn evaluate(facts: &Facts) -> Report {
    evaluate_with(facts, true)
}

/// Evaluates every measure; with `explain` false the report is brief: each
/// reason is only its state, and its words are the catalogue's (the tests of
/// the measure's condition, in order). Brief reports are a fifth the size,
/// for batches and for a page that renders from the catalogue it already has.
pub fn evaluate_with(facts: &Facts, explain: bool) -> Report {
    Report {
        as_of: facts.as_of(),
        results: catalogue::measures().map(|measure| evaluate_measure_with(measure, facts, explain)).collect(),
    }
}
