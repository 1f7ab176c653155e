//! Conditions as data, and their three-valued (Kleene) evaluation.
//!
//! A measure's eligibility is a tree of `all` / `any` / `not` over tests on
//! single facts. Because the tree is data, the engine can report each test
//! as holds / fails / unknown, and can work out which unknown facts could
//! still change the outcome: the facts of the unknown tests that no known
//! sibling already decides ("live" tests).

use crate::fact::Fact;
use crate::profile::{Facts, Value};
use crate::text::Text;
use serde::Serialize;

/// Kleene's three truth values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Truth {
    Holds,
    Fails,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::Holds => Truth::Fails,
            Truth::Fails => Truth::Holds,
            Truth::Unknown => Truth::Unknown,
        }
    }

    fn from_bool(value: bool) -> Truth {
        if value {
            Truth::Holds
        } else {
            Truth::Fails
        }
    }
}

/// A condition tree. The catalogue builds these as `const` data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    All(&'static [Condition]),
    Any(&'static [Condition]),
    Not(&'static Condition),
    Test(Test),
}

/// One test on facts, with the words that explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Test {
    pub check: Check,
    pub text: Text,
}

/// What a test checks. Thresholds are in whole yuan and whole years, written
/// as the documents write them; the comparison word decides the boundary
/// (超过 strict, 不低于 / 不超过 / 最高 / 至 inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// A yes/no fact has this answer.
    Is(Fact, bool),
    /// A choice fact has one of these values.
    OneOf(Fact, &'static [&'static str]),
    /// An amount is strictly more than this many yuan (超过).
    MoneyAbove(Fact, u64),
    /// An age in completed years is at most this (≤, 至/不超过).
    AgeAtMost(u16),
    /// `part / whole` is strictly more than `percent`% (超过), compared
    /// without division: part × 100 > whole × percent.
    ShareAbove { part: Fact, whole: Fact, percent: u64 },
}

impl Check {
    /// The facts this check reads, in the order a person would answer them.
    pub fn facts(self) -> impl Iterator<Item = Fact> {
        let (first, second) = match self {
            Check::Is(fact, _) | Check::OneOf(fact, _) | Check::MoneyAbove(fact, _) => (fact, None),
            Check::AgeAtMost(_) => (Fact::Age, None),
            Check::ShareAbove { part, whole, .. } => (part, Some(whole)),
        };
        std::iter::once(first).chain(second)
    }

    /// Evaluates the check; `Unknown` when a fact it reads is unknown.
    pub fn evaluate(self, facts: &Facts) -> Truth {
        match self {
            Check::Is(fact, expected) => match facts.get(fact) {
                Some(Value::Bool(actual)) => Truth::from_bool(actual == expected),
                _ => Truth::Unknown,
            },
            Check::OneOf(fact, values) => match facts.get(fact) {
                Some(Value::Choice(actual)) => Truth::from_bool(values.contains(&actual)),
                _ => Truth::Unknown,
            },
            Check::MoneyAbove(fact, yuan) => match facts.get(fact) {
                Some(Value::Fen(fen)) => Truth::from_bool(u128::from(fen) > u128::from(yuan) * 100),
                _ => Truth::Unknown,
            },
            Check::AgeAtMost(limit) => match facts.get(Fact::Age) {
                Some(Value::Age(age)) => Truth::from_bool(age <= limit),
                _ => Truth::Unknown,
            },
            Check::ShareAbove { part, whole, percent } => match (facts.get(part), facts.get(whole)) {
                (Some(Value::Fen(part)), Some(Value::Fen(whole))) => {
                    Truth::from_bool(u128::from(part) * 100 > u128::from(whole) * u128::from(percent))
                }
                _ => Truth::Unknown,
            },
        }
    }
}

impl Condition {
    /// Kleene evaluation: `all` fails if any child fails, holds if all hold;
    /// `any` holds if any child holds, fails if all fail; otherwise unknown.
    pub fn evaluate(&self, facts: &Facts) -> Truth {
        match self {
            Condition::All(children) => {
                let mut result = Truth::Holds;
                for child in *children {
                    match child.evaluate(facts) {
                        Truth::Fails => return Truth::Fails,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::Holds => {}
                    }
                }
                result
            }
            Condition::Any(children) => {
                let mut result = Truth::Fails;
                for child in *children {
                    match child.evaluate(facts) {
                        Truth::Holds => return Truth::Holds,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::Fails => {}
                    }
                }
                result
            }
            Condition::Not(child) => child.evaluate(facts).not(),
            Condition::Test(test) => test.check.evaluate(facts),
        }
    }

    /// Calls `visit` for every test, in order, with its truth value.
    pub fn for_each_test(&self, facts: &Facts, visit: &mut impl FnMut(&Test, Truth)) {
        match self {
            Condition::All(children) | Condition::Any(children) => {
                for child in *children {
                    child.for_each_test(facts, visit);
                }
            }
            Condition::Not(child) => child.for_each_test(facts, visit),
            Condition::Test(test) => visit(test, test.check.evaluate(facts)),
        }
    }

    /// Adds to `missing` the unknown facts of the live tests under this node.
    ///
    /// A test is live when it is unknown and no sibling on its path already
    /// decides an ancestor: no failing sibling under an `all`, no holding
    /// sibling under an `any`. Only live tests can still change the outcome;
    /// call this on a root whose value is unknown.
    pub fn collect_missing(&self, facts: &Facts, missing: &mut Vec<Fact>) {
        match self {
            Condition::All(children) | Condition::Any(children) => {
                let decider = if matches!(self, Condition::All(_)) { Truth::Fails } else { Truth::Holds };
                let values: Vec<Truth> = children.iter().map(|child| child.evaluate(facts)).collect();
                if values.contains(&decider) {
                    return;
                }
                for (child, value) in children.iter().zip(values) {
                    if value == Truth::Unknown {
                        child.collect_missing(facts, missing);
                    }
                }
            }
            Condition::Not(child) => child.collect_missing(facts, missing),
            Condition::Test(test) => {
                if test.check.evaluate(facts) == Truth::Unknown {
                    for fact in test.check.facts() {
                        if facts.get(fact).is_none() && !missing.contains(&fact) {
                            missing.push(fact);
                        }
                    }
                }
            }
        }
    }

    /// Every fact the tree reads, each once, in first-use order.
    pub fn facts(&self) -> Vec<Fact> {
        let mut out = Vec::new();
        self.visit_checks(&mut |check| {
            for fact in check.facts() {
                if !out.contains(&fact) {
                    out.push(fact);
                }
            }
        });
        out
    }

    /// Calls `visit` on every check in the tree.
    pub fn visit_checks(&self, visit: &mut impl FnMut(Check)) {
        match self {
            Condition::All(children) | Condition::Any(children) => {
                for child in *children {
                    child.visit_checks(visit);
                }
            }
            Condition::Not(child) => child.visit_checks(visit),
            Condition::Test(test) => visit(test.check),
        }
    }
}
