//! The catalogue compiled for the hot paths ([`crate::output::encode`]).
//!
//! The 55 condition trees hold 160 tests but fewer than 50 different checks (most
//! measures open with the same location and enterprise tests). Compiled,
//! each different check is evaluated once per profile, and each tree is a
//! flat list of steps in post-order over a small stack instead of a
//! recursive walk. The result is exactly [`Condition::outcome_with`]'s: the
//! encode tests hold the outputs built from this against the library's
//! `Report`, which walks the trees, and tests/reference.rs holds that
//! against a brute-force reference.

use crate::catalogue;
use crate::engine::condition::{Check, Condition, FactSet, Junction, Truth};
use crate::engine::measure::Measure;
use crate::engine::profile::Profile;
use crate::output::report::{verdict_from, Verdict};
use std::sync::OnceLock;

/// One step of a compiled condition.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Push the value of this check (an index into `Program::checks`).
    Test(usize),
    /// Pop this many values and push their `all`.
    All(usize),
    /// Pop this many values and push their `any`.
    Any(usize),
    /// Negate the value on top.
    Not,
}

struct Program {
    /// The different checks of the whole catalogue.
    checks: Vec<Check>,
    /// Each measure with its steps, in catalogue order.
    measures: Vec<(&'static Measure, Vec<Step>)>,
}

fn compile(condition: &Condition, checks: &mut Vec<Check>, steps: &mut Vec<Step>) {
    match condition {
        Condition::All(children) | Condition::Any(children) => {
            for child in *children {
                compile(child, checks, steps);
            }
            steps.push(match condition {
                Condition::All(_) => Step::All(children.len()),
                _ => Step::Any(children.len()),
            });
        }
        Condition::Not(child) => {
            compile(child, checks, steps);
            steps.push(Step::Not);
        }
        Condition::Test(test) => {
            let index = checks.iter().position(|check| *check == test.check).unwrap_or_else(|| {
                checks.push(test.check);
                checks.len() - 1
            });
            steps.push(Step::Test(index));
        }
    }
}

fn program() -> &'static Program {
    static PROGRAM: OnceLock<Program> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let mut checks = Vec::new();
        let measures = catalogue::measures()
            .map(|measure| {
                let mut steps = Vec::new();
                compile(&measure.condition, &mut checks, &mut steps);
                (measure, steps)
            })
            .collect();
        Program { checks, measures }
    })
}

/// Evaluates every measure of the catalogue, in order: `visit` gets the
/// measure, its verdict and the state of each of its tests (the reasons).
pub fn evaluate_catalogue(facts: &Profile, mut visit: impl FnMut(&'static Measure, Verdict, &[Truth])) {
    let program = program();
    let checks: Vec<(Truth, FactSet)> = program.checks.iter().map(|check| check.outcome(facts)).collect();
    let mut stack: Vec<(Truth, FactSet)> = Vec::with_capacity(16);
    let mut states: Vec<Truth> = Vec::with_capacity(16);
    for (measure, steps) in &program.measures {
        stack.clear();
        states.clear();
        for step in steps {
            let value = match *step {
                Step::Test(index) => {
                    let value = checks.get(index).copied().unwrap_or((Truth::Unknown, FactSet::EMPTY));
                    states.push(value.0);
                    value
                }
                Step::All(count) | Step::Any(count) => {
                    let start = stack.len().saturating_sub(count);
                    let children = stack.get(start..).unwrap_or_default();
                    let mut junction = if matches!(step, Step::All(_)) { Junction::all() } else { Junction::any() };
                    for child in children {
                        junction.add(*child);
                    }
                    let value = junction.outcome();
                    stack.truncate(start);
                    value
                }
                Step::Not => match stack.pop() {
                    Some((value, missing)) => (value.not(), missing),
                    None => (Truth::Unknown, FactSet::EMPTY),
                },
            };
            stack.push(value);
        }
        let (truth, missing) = stack.pop().unwrap_or((Truth::Unknown, FactSet::EMPTY));
        visit(measure, verdict_from(measure, truth, missing, facts), &states);
    }
}
