//! The engine checked against a brute-force reference model (the Cedar way).
//!
//! For a random partial profile, the reference enumerates every completion of
//! the facts a measure reads, over finite domains that cover each threshold
//! the catalogue uses (just below, at, just above), and evaluates the measure
//! with plain two-valued logic. The engine must agree:
//! - `unknown` exactly when completions disagree, else their common verdict;
//! - `missing` is exactly the facts whose value changes some completion's verdict;
//! - filling in facts never changes a definitive result.

use hitech_eligibility::engine::fact::FactKind;
use hitech_eligibility::engine::measure::{DocumentStatus, Nature};
use hitech_eligibility::engine::profile::Value;
use hitech_eligibility::output::encode::{pack_report, unpack, write_report_json};
use hitech_eligibility::output::report::{evaluate_measure, evaluate_with, reference as walk};
use hitech_eligibility::{
    measures, next_questions, Check, CivilDate, Condition, Fact, Measure, Profile, Status, Truth,
};
use proptest::prelude::*;

/// Every value a fact can usefully take: all booleans and choices, and for
/// amounts and ages the boundary values of every threshold in the catalogue.
fn domain(fact: Fact) -> Vec<Value> {
    match fact.kind() {
        FactKind::Bool => vec![Value::Bool(false), Value::Bool(true)],
        FactKind::Choice(_) | FactKind::Zone => fact.choices().iter().map(|c| Value::Choice(c.value)).collect(),
        FactKind::Age => {
            let mut ages = vec![0, 150];
            each_check(|check| {
                if let Check::AgeAtMost(limit) = check {
                    ages.extend([limit - 1, limit, limit + 1]);
                }
            });
            dedup(ages.into_iter().map(Value::Age).collect())
        }
        FactKind::Money => {
            let mut fen = vec![0u64, 1_000_000_000_000_000];
            each_check(|check| match check {
                Check::MoneyAbove(f, yuan) if f == fact => {
                    fen.extend([yuan * 100, yuan * 100 + 1, (yuan * 100).saturating_sub(1)])
                }
                // A whole of 10^9 yuan, and parts just at and just above the share.
                Check::ShareAbove { whole, .. } if whole == fact => fen.push(100_000_000_000),
                Check::ShareAbove { part, percent, .. } if part == fact => {
                    fen.extend([100_000_000_000 * percent / 100, 100_000_000_000 * percent / 100 + 1])
                }
                _ => {}
            });
            dedup(fen.into_iter().map(Value::Fen).collect())
        }
    }
}

fn dedup(mut values: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::new();
    for value in values.drain(..) {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

fn each_check(mut visit: impl FnMut(Check)) {
    for measure in measures() {
        measure.condition.visit_checks(&mut visit);
    }
}

/// Plain two-valued evaluation of a complete assignment.
fn holds(condition: &Condition, facts: &Profile) -> bool {
    match condition {
        Condition::All(children) => children.iter().all(|c| holds(c, facts)),
        Condition::Any(children) => children.iter().any(|c| holds(c, facts)),
        Condition::Not(child) => !holds(child, facts),
        Condition::Test(test) => match test.check.evaluate(facts) {
            Truth::Holds => true,
            Truth::Fails => false,
            Truth::Unknown => panic!("reference called on an incomplete assignment"),
        },
    }
}

/// All completions of `facts` over the unknown facts in `unknown`.
fn completions(facts: &Profile, unknown: &[Fact]) -> Vec<Profile> {
    let mut all = vec![facts.clone()];
    for &fact in unknown {
        all = all
            .into_iter()
            .flat_map(|partial| {
                domain(fact).into_iter().map(move |value| {
                    let mut next = partial.clone();
                    next.set(fact, Some(value));
                    next
                })
            })
            .collect();
    }
    all
}

struct Expected {
    verdict: Option<bool>,
    missing: Vec<Fact>,
}

fn reference(measure: &Measure, facts: &Profile) -> Expected {
    let unknown: Vec<Fact> = measure.condition.facts().into_iter().filter(|f| facts.get(*f).is_none()).collect();
    let all = completions(facts, &unknown);
    let verdicts: Vec<bool> = all.iter().map(|c| holds(&measure.condition, c)).collect();
    let verdict = if verdicts.iter().all(|v| *v) {
        Some(true)
    } else if verdicts.iter().all(|v| !*v) {
        Some(false)
    } else {
        None
    };
    let mut missing: Vec<Fact> = unknown
        .iter()
        .copied()
        .filter(|&fact| {
            all.iter().zip(&verdicts).any(|(completion, &verdict)| {
                domain(fact).into_iter().any(|value| {
                    let mut changed = completion.clone();
                    changed.set(fact, Some(value));
                    holds(&measure.condition, &changed) != verdict
                })
            })
        })
        .collect();
    missing.sort();
    Expected { verdict, missing }
}

fn partial_profile() -> impl Strategy<Value = Profile> {
    let per_fact: Vec<BoxedStrategy<Option<Value>>> = Fact::ALL
        .into_iter()
        .map(|fact| {
            let values = domain(fact);
            prop_oneof![Just(None), proptest::sample::select(values).prop_map(Some)].boxed()
        })
        .collect();
    per_fact.prop_map(|values| {
        let mut facts = Profile::empty(CivilDate::parse("2026-01-01").unwrap());
        for (fact, value) in Fact::ALL.into_iter().zip(values) {
            facts.set(fact, value);
        }
        facts
    })
}

proptest! {
    // 600 random profiles per `cargo test`; PROPTEST_CASES=100000 for the long run (README).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(600)
    ))]

    #[test]
    fn engine_matches_the_brute_force_reference(facts in partial_profile()) {
        for measure in measures() {
            let result = evaluate_measure(measure, &facts);
            // The compiled path and the walk it is held to are one answer.
            prop_assert_eq!(&result, &walk::evaluate_measure(measure, &facts), "{}", measure.id);
            let expected = reference(measure, &facts);
            let verdict = match result.status {
                Status::Eligible | Status::Conditional | Status::Informational => Some(true),
                Status::Ineligible => Some(false),
                Status::Unknown => None,
            };
            prop_assert_eq!(verdict, expected.verdict, "{}: status {:?}", measure.id, result.status);
            prop_assert_eq!(&result.missing, &expected.missing, "{}", measure.id);
            // The nature decides the met status (SPEC §2), written out here
            // independently of Nature::when_met: a direction or a restated
            // rule is never a claim, a discretionary measure never eligible.
            let met = match measure.nature {
                Nature::Entitlement => Status::Eligible,
                Nature::Discretionary(_) => Status::Conditional,
                Nature::Direction | Nature::Restated(_) => Status::Informational,
            };
            if expected.verdict == Some(true) {
                prop_assert_eq!(result.status, met, "{}", measure.id);
            }
            prop_assert!(measure.nature.allows(result.status), "{}: {:?}", measure.id, result.status);
            prop_assert_eq!(result.nature, measure.nature);
            prop_assert_eq!(result.draft, measure.document.status == DocumentStatus::Draft);
        }
    }

    #[test]
    fn filling_in_facts_never_changes_a_definitive_result(facts in partial_profile(), more in partial_profile()) {
        let mut filled = facts.clone();
        for fact in Fact::ALL {
            if filled.get(fact).is_none() {
                filled.set(fact, more.get(fact));
            }
        }
        for measure in measures() {
            let before = evaluate_measure(measure, &facts);
            let after = evaluate_measure(measure, &filled);
            if before.status != Status::Unknown {
                prop_assert_eq!(before.status, after.status, "{}", measure.id);
                prop_assert!(before.missing.is_empty());
            }
        }
    }

    #[test]
    fn the_fast_outputs_say_what_the_report_says(facts in partial_profile()) {
        for explain in [true, false] {
            let report = walk::evaluate_with(&facts, explain);
            prop_assert_eq!(&evaluate_with(&facts, explain), &report);
            let mut fast = Vec::new();
            write_report_json(&mut fast, &facts, explain).unwrap();
            prop_assert_eq!(String::from_utf8(fast).unwrap(), serde_json::to_string(&report).unwrap());
        }
        let mut packed = Vec::new();
        pack_report(&mut packed, &facts);
        // unpack also checks that the packed question order is next_questions'.
        prop_assert_eq!(unpack(&packed), Some(walk::evaluate_with(&facts, false)));
        // And next_questions' order is the documented one, computed here
        // apart: most at stake, then most results, then the facts' order.
        let walked = walk::evaluate_with(&facts, false);
        let mut expected: Vec<(Fact, u64, usize)> = Fact::ALL
            .into_iter()
            .map(|fact| {
                let unknown = walked.results.iter().filter(|r| r.status == Status::Unknown && r.missing.contains(&fact));
                let stakes: Vec<u64> = unknown.map(|r| hitech_eligibility::catalogue::find(r.id).unwrap().stake()).collect();
                (fact, stakes.iter().copied().max().unwrap_or(0), stakes.len())
            })
            .filter(|(_, _, count)| *count > 0)
            .collect();
        expected.sort_by_key(|&(_, stake, count)| std::cmp::Reverse((stake, count)));
        let asked: Vec<&str> = next_questions(&walked).into_iter().map(|q| q.fact).collect();
        prop_assert_eq!(asked, expected.into_iter().map(|(fact, _, _)| fact.name()).collect::<Vec<_>>());
    }
}
