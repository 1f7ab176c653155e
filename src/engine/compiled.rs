//! A catalogue compiled once ([`Program`]): the evaluator every output uses
//! (the report, its JSON and its packed form, the command line, the batch,
//! the wasm bindings). The engine compiles whatever measures it is given and
//! knows neither this crate's catalogue nor how reports are written:
//! `crate::catalogue::compiled` holds the catalogue's program.
//!
//! The condition trees hold over three times as many tests as there are
//! different checks (most measures open with the same location and
//! enterprise tests). Compiled, each different check is evaluated once per profile, and each
//! tree is a flat list of steps in post-order over a small stack instead of
//! a recursive walk. Each measure is one [`CompiledMeasure`]: its steps, its
//! tests in the order reasons list them, and its fixed JSON, so that nothing
//! is matched up by position.
//!
//! The recursive walk, [`Condition::outcome_with`], stays as the reference:
//! `output::report::reference` builds reports with it, and the tests hold
//! every output built here to it (tests/encode.rs, tests/reference.rs), and
//! it to a brute-force model (tests/reference.rs).

use crate::engine::condition::{Check, Condition, FactSet, Junction, Test, Truth};
use crate::engine::measure::Measure;
use crate::engine::profile::Profile;
use crate::engine::verdict::{verdict_from, Verdict};

/// One step of a compiled condition.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Push the value of this check (an index into the program's checks).
    Test(usize),
    /// Pop this many values and push their `all`.
    All(usize),
    /// Pop this many values and push their `any`.
    Any(usize),
    /// Negate the value on top.
    Not,
}

/// A measure as the hot path needs it.
pub struct CompiledMeasure {
    pub measure: &'static Measure,
    /// Its place in the program's measures (an index for tables kept beside
    /// the program, such as an output's fixed text for each measure).
    pub index: usize,
    steps: Vec<Step>,
    /// The tests of the measure's condition, in the order its reasons list them.
    pub tests: Vec<&'static Test>,
}

/// A catalogue compiled: each different check once, each measure a list of steps.
pub struct Program {
    /// The different checks of the whole catalogue.
    checks: Vec<Check>,
    /// Every measure, in catalogue order.
    measures: Vec<CompiledMeasure>,
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

impl Program {
    /// Compiles `measures`, kept in the order given.
    pub fn new(measures: impl IntoIterator<Item = &'static Measure>) -> Program {
        let mut checks = Vec::new();
        let measures = measures
            .into_iter()
            .enumerate()
            .map(|(index, measure)| {
                let mut steps = Vec::new();
                compile(&measure.condition, &mut checks, &mut steps);
                let mut tests = Vec::new();
                measure.condition.visit_tests(&mut |test| tests.push(test));
                CompiledMeasure { measure, index, steps, tests }
            })
            .collect();
        Program { checks, measures }
    }

    /// Every compiled measure, in the order given.
    pub fn measures(&self) -> &[CompiledMeasure] {
        &self.measures
    }

    /// The compiled measure with this id.
    pub fn find(&self, id: &str) -> Option<&CompiledMeasure> {
        self.measures.iter().find(|compiled| compiled.measure.id == id)
    }

    /// Evaluates every measure, in order: `visit` gets the compiled
    /// measure, its verdict and the state of each of its tests (the reasons).
    pub fn evaluate<'p>(&'p self, profile: &Profile, mut visit: impl FnMut(&'p CompiledMeasure, Verdict, &[Truth])) {
        let mut run = Run::new(self, profile);
        for compiled in &self.measures {
            let verdict = run.verdict(compiled);
            visit(compiled, verdict, &run.states);
        }
    }

    /// Evaluates one measure: its verdict and the state of each of its tests.
    pub fn evaluate_measure(&self, compiled: &CompiledMeasure, profile: &Profile) -> (Verdict, Vec<Truth>) {
        let mut run = Run::new(self, profile);
        let verdict = run.verdict(compiled);
        (verdict, run.states)
    }
}

/// The state of one evaluation: each different check's value for the
/// profile, and the stack the steps run on.
struct Run<'a> {
    profile: &'a Profile,
    checks: Vec<(Truth, FactSet)>,
    stack: Vec<(Truth, FactSet)>,
    states: Vec<Truth>,
}

impl<'a> Run<'a> {
    fn new(program: &Program, profile: &'a Profile) -> Run<'a> {
        Run {
            profile,
            checks: program.checks.iter().map(|check| check.outcome(profile)).collect(),
            stack: Vec::with_capacity(16),
            states: Vec::with_capacity(16),
        }
    }

    /// The measure's verdict; `self.states` holds the state of each of its
    /// tests (the reasons) afterwards.
    fn verdict(&mut self, compiled: &CompiledMeasure) -> Verdict {
        self.stack.clear();
        self.states.clear();
        for step in &compiled.steps {
            let value = match *step {
                Step::Test(index) => {
                    // INVARIANT: `compile` only writes indices of `checks`;
                    // were one out of range, unknown is the answer that claims nothing.
                    let value = self.checks.get(index).copied().unwrap_or((Truth::Unknown, FactSet::EMPTY));
                    self.states.push(value.0);
                    value
                }
                Step::All(count) | Step::Any(count) => {
                    let start = self.stack.len().saturating_sub(count);
                    let children = self.stack.get(start..).unwrap_or_default();
                    let mut junction = if matches!(step, Step::All(_)) { Junction::all() } else { Junction::any() };
                    for child in children {
                        junction.add(*child);
                    }
                    let value = junction.outcome();
                    self.stack.truncate(start);
                    value
                }
                Step::Not => match self.stack.pop() {
                    Some((value, missing)) => (value.not(), missing),
                    // INVARIANT: a `Not` follows the steps of its child, so
                    // the stack holds a value; unknown claims nothing if not.
                    None => (Truth::Unknown, FactSet::EMPTY),
                },
            };
            self.stack.push(value);
        }
        // INVARIANT: the steps of a tree leave exactly one value (its root's).
        let (truth, missing) = self.stack.pop().unwrap_or((Truth::Unknown, FactSet::EMPTY));
        verdict_from(compiled.measure, truth, missing, self.profile)
    }
}
