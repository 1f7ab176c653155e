//! Conditions as data, and their three-valued (Kleene) evaluation.
//!
//! A measure's eligibility is a tree of `all` / `any` / `not` over tests on
//! single facts. Because the tree is data, the engine can report each test
//! as holds / fails / unknown, and can work out which unknown facts could
//! still change the outcome: the facts of the unknown tests that no known
//! sibling already decides ("live" tests).

use crate::engine::fact::Fact;
use crate::engine::profile::{Profile, Value};
use crate::engine::text::Text;
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
    pub(crate) fn not(self) -> Truth {
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

/// A set of facts, as a bitset over [`Fact::index`]; iterates in the order
/// of [`Fact::ALL`]. As many 64-bit words as the fact table needs, so adding
/// a fact never runs out of bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FactSet([u64; FACT_WORDS]);

/// The 64-bit words a [`FactSet`] needs for every fact to have a bit.
const FACT_WORDS: usize = Fact::ALL.len().div_ceil(64);

impl FactSet {
    pub const EMPTY: FactSet = FactSet([0; FACT_WORDS]);

    /// The set with `fact` added.
    #[must_use]
    pub const fn with(self, fact: Fact) -> FactSet {
        let mut words = self.0;
        let index = fact.index();
        // In bounds: FACT_WORDS covers every index of Fact::ALL.
        #[allow(clippy::indexing_slicing)]
        {
            words[index / 64] |= 1 << (index % 64);
        }
        FactSet(words)
    }

    #[must_use]
    pub const fn union(self, other: FactSet) -> FactSet {
        let mut words = self.0;
        let mut i = 0;
        while i < FACT_WORDS {
            #[allow(clippy::indexing_slicing)] // i < FACT_WORDS
            {
                words[i] |= other.0[i];
            }
            i += 1;
        }
        FactSet(words)
    }

    pub const fn contains(self, fact: Fact) -> bool {
        let index = fact.index();
        #[allow(clippy::indexing_slicing)] // see `with`
        let word = self.0[index / 64];
        word & 1 << (index % 64) != 0
    }

    /// The bits as 32-bit words, low word first: bit `i` of the whole is
    /// `Fact::ALL[i]`; `Fact::ALL.len().div_ceil(32)` words (the packed form).
    pub fn words32(self) -> impl Iterator<Item = u32> {
        // Truncations on purpose: the low and the high half of each word.
        #[allow(clippy::cast_possible_truncation)]
        let halves = self.0.into_iter().flat_map(|word| [word as u32, (word >> 32) as u32]);
        halves.take(Fact::ALL.len().div_ceil(32))
    }

    /// The facts in the order of [`Fact::ALL`], one step per member: the
    /// set bits, lowest first, not every fact of the table.
    pub fn iter(self) -> impl Iterator<Item = Fact> {
        self.0.into_iter().enumerate().flat_map(|(word_index, word)| {
            std::iter::successors((word != 0).then_some(word), |rest| {
                let next = rest & (rest - 1);
                (next != 0).then_some(next)
            })
            .filter_map(move |bits| Fact::ALL.get(word_index * 64 + bits.trailing_zeros() as usize).copied())
        })
    }
}

/// How an `all` or an `any` combines its children's outcomes, child by
/// child: a deciding child (fails under `all`, holds under `any`) decides;
/// otherwise any unknown child makes it unknown, lacking the facts its
/// unknown children lack. The tree walk and the compiled catalogue
/// (`crate::engine::compiled`) both combine with this.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Junction {
    decider: Truth,
    result: Truth,
    missing: FactSet,
}

impl Junction {
    pub(crate) fn all() -> Junction {
        Junction { decider: Truth::Fails, result: Truth::Holds, missing: FactSet::EMPTY }
    }

    pub(crate) fn any() -> Junction {
        Junction { decider: Truth::Holds, result: Truth::Fails, missing: FactSet::EMPTY }
    }

    /// `all` for an `All` node, `any` otherwise.
    fn of(condition: &Condition) -> Junction {
        match condition {
            Condition::All(_) => Junction::all(),
            _ => Junction::any(),
        }
    }

    pub(crate) fn add(&mut self, (value, missing): (Truth, FactSet)) {
        if value == self.decider {
            self.result = self.decider;
        } else if value == Truth::Unknown && self.result != self.decider {
            self.result = Truth::Unknown;
            self.missing = self.missing.union(missing);
        }
    }

    /// The combined value; the missing facts only when it is unknown.
    pub(crate) fn outcome(self) -> (Truth, FactSet) {
        (self.result, if self.result == Truth::Unknown { self.missing } else { FactSet::EMPTY })
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

    /// The check's value and, when it is unknown, the facts it lacks.
    pub fn outcome(self, facts: &Profile) -> (Truth, FactSet) {
        let value = self.evaluate(facts);
        let mut missing = FactSet::EMPTY;
        if value == Truth::Unknown {
            for fact in self.facts() {
                if facts.get(fact).is_none() {
                    missing = missing.with(fact);
                }
            }
        }
        (value, missing)
    }

    /// Evaluates the check; `Unknown` when a fact it reads is unknown.
    pub fn evaluate(self, facts: &Profile) -> Truth {
        match self {
            Check::Is(fact, expected) => match facts.get(fact) {
                Some(Value::Bool(actual)) => Truth::from_bool(actual == expected),
                _ => Truth::Unknown,
            },
            Check::OneOf(fact, values) => match facts.get(fact) {
                Some(Value::Choice(actual)) => Truth::from_bool(values.iter().any(|value| same_choice(value, actual))),
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

/// Whether two choice values are the same value. Both come from static
/// tables, so the same text is often the same bytes: that, and a different
/// length or first letter, are answered without comparing the texts.
fn same_choice(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    std::ptr::eq(a.as_ptr(), b.as_ptr()) || (a.as_bytes().first() == b.as_bytes().first() && a == b)
}

impl Condition {
    /// Kleene evaluation together with the facts that could still change
    /// the value: for an unknown node, the unknown facts of its live tests.
    ///
    /// A test is live when it is unknown and no sibling on its path already
    /// decides an ancestor: no failing sibling under an `all`, no holding
    /// sibling under an `any`. Under an unknown node no sibling decides (a
    /// failing child would make an `all` fail, a holding child an `any`
    /// hold), so the live tests are exactly the unknown tests reachable
    /// through unknown nodes. One pass, no allocation: the set is a bitset.
    /// For a decided node the set is empty.
    pub fn outcome(&self, facts: &Profile) -> (Truth, FactSet) {
        self.outcome_with(facts, &mut |_| {})
    }

    /// [`Condition::outcome`], calling `visit` with the value of every test
    /// in order (the reasons' order) on the way: one pass gives the status,
    /// `missing` and the reasons.
    pub fn outcome_with(&self, facts: &Profile, visit: &mut impl FnMut(Truth)) -> (Truth, FactSet) {
        match self {
            Condition::All(children) | Condition::Any(children) => {
                let mut junction = Junction::of(self);
                // No short cut on a deciding child: every test is visited.
                for child in *children {
                    junction.add(child.outcome_with(facts, visit));
                }
                junction.outcome()
            }
            Condition::Not(child) => {
                let (value, missing) = child.outcome_with(facts, visit);
                (value.not(), missing)
            }
            Condition::Test(test) => {
                let outcome = test.check.outcome(facts);
                visit(outcome.0);
                outcome
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

    /// Calls `visit` on every test, in order (the order of reasons).
    pub fn visit_tests(&'static self, visit: &mut impl FnMut(&'static Test)) {
        match self {
            Condition::All(children) | Condition::Any(children) => {
                for child in *children {
                    child.visit_tests(visit);
                }
            }
            Condition::Not(child) => child.visit_tests(visit),
            Condition::Test(test) => visit(test),
        }
    }

    /// How many tests the tree holds (its reasons).
    pub fn test_count(&self) -> usize {
        match self {
            Condition::All(children) | Condition::Any(children) => children.iter().map(Condition::test_count).sum(),
            Condition::Not(child) => child.test_count(),
            Condition::Test(_) => 1,
        }
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
