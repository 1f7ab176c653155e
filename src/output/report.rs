//! The report: one result per measure, as Rust values and as serde writes
//! them (SPEC §4). [`evaluate`] builds it with the compiled catalogue, the
//! one production evaluator; [`reference`] builds the same report with the
//! recursive walk over the condition trees, which the tests hold every
//! output to.

use crate::catalogue::compiled;
use crate::engine::compiled::CompiledMeasure;
use crate::engine::condition::Truth;
use crate::engine::date::CivilDate;
use crate::engine::fact::Fact;
use crate::engine::measure::{Measure, Nature};
use crate::engine::profile::Profile;
use crate::engine::text::Text;
use crate::engine::verdict::Verdict;
pub use crate::engine::verdict::{Status, Yuan};
use serde::{Serialize, Serializer};

/// One test of a measure's condition ([`crate::engine::condition::Test`]),
/// and its truth for this profile: to a [`crate::engine::condition::Test`]
/// what a [`MeasureResult`] is to a [`Measure`]. The contract lists them as
/// the result's `reasons` and calls the truth `state`.
///
/// Written `{"state", "zh-Hans", "en"}`; in a brief report (see
/// [`evaluate_with`]) only the state, e.g. `"holds"`: the catalogue has the
/// words, in the same order, for whoever renders the reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TestResult {
    pub state: Truth,
    pub text: Option<Text>,
}

impl Serialize for TestResult {
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
    /// Each test of the measure's condition, in the order the catalogue
    /// lists them (the contract's `reasons`).
    pub reasons: Vec<TestResult>,
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

/// The version of the report's contract (SPEC §4): 2 since 2026-11-28, 3 since
/// 2026-12-06 (audiences, places, programme scope, two fixed ids).
pub const CONTRACT: u32 = 3;

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

fn nature_name<S: Serializer>(nature: &Nature, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(nature.name())
}

fn fact_names<S: Serializer>(facts: &[Fact], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(facts.iter().map(|fact| fact.name()))
}

impl MeasureResult {
    /// The result for a measure of this verdict and these test states;
    /// `tests` are the measure's tests, in order, whose words `explain` adds.
    fn new(
        measure: &'static Measure,
        verdict: Verdict,
        states: &[Truth],
        tests: Option<&[&'static crate::engine::condition::Test]>,
    ) -> MeasureResult {
        let Verdict { status, missing, encouraged_share_yuan, deciding_date } = verdict;
        let reasons = states
            .iter()
            .enumerate()
            .map(|(position, &state)| TestResult {
                state,
                text: tests.and_then(|tests| tests.get(position)).map(|test| test.text),
            })
            .collect();
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

    fn compiled(compiled: &CompiledMeasure, verdict: Verdict, states: &[Truth], explain: bool) -> MeasureResult {
        MeasureResult::new(compiled.measure, verdict, states, explain.then_some(compiled.tests.as_slice()))
    }
}

/// Evaluates one measure, with the words of each reason.
pub fn evaluate_measure(measure: &'static Measure, profile: &Profile) -> MeasureResult {
    let program = compiled();
    match program.find(measure.id) {
        Some(compiled) => {
            let (verdict, states) = program.evaluate_measure(compiled, profile);
            MeasureResult::compiled(compiled, verdict, &states, true)
        }
        // Every catalogue measure is compiled; another is walked.
        None => reference::evaluate_measure_with(measure, profile, true),
    }
}

/// Evaluates every measure in the catalogue, reasons with their words.
pub fn evaluate(profile: &Profile) -> Report {
    evaluate_with(profile, true)
}

/// Evaluates every measure; with `explain` false the report is brief: each
/// reason is only its state, and its words are the catalogue's (the tests of
/// the measure's condition, in order). Brief reports are a fifth the size,
/// for batches and for a page that renders from the catalogue it already has.
pub fn evaluate_with(profile: &Profile, explain: bool) -> Report {
    let program = compiled();
    let mut results = Vec::with_capacity(program.measures().len());
    program.evaluate(profile, |compiled, verdict, states| {
        results.push(MeasureResult::compiled(compiled, verdict, states, explain));
    });
    Report { contract: CONTRACT, as_of: profile.as_of(), as_of_defaulted: profile.as_of_defaulted(), results }
}

/// The same reports built with the recursive walk over each measure's
/// condition tree ([`crate::Condition::outcome_with`]): the independent
/// reference that the tests hold the compiled path to. Not used by any
/// interface.
pub mod reference {
    use super::{MeasureResult, Report, CONTRACT};
    use crate::catalogue;
    use crate::engine::measure::Measure;
    use crate::engine::profile::Profile;
    use crate::engine::verdict::verdict_from;

    /// One measure, walked.
    pub fn evaluate_measure_with(measure: &'static Measure, profile: &Profile, explain: bool) -> MeasureResult {
        let mut states = Vec::new();
        let (truth, missing) = measure.condition.outcome_with(profile, &mut |state| states.push(state));
        let mut tests = Vec::new();
        measure.condition.visit_tests(&mut |test| tests.push(test));
        let verdict = verdict_from(measure, truth, missing, profile);
        MeasureResult::new(measure, verdict, &states, explain.then_some(tests.as_slice()))
    }

    /// One measure, walked, with the words of each reason.
    pub fn evaluate_measure(measure: &'static Measure, profile: &Profile) -> MeasureResult {
        evaluate_measure_with(measure, profile, true)
    }

    /// Every measure, walked.
    pub fn evaluate_with(profile: &Profile, explain: bool) -> Report {
        Report {
            contract: CONTRACT,
            as_of: profile.as_of(),
            as_of_defaulted: profile.as_of_defaulted(),
            results: catalogue::measures().map(|measure| evaluate_measure_with(measure, profile, explain)).collect(),
        }
    }
}
