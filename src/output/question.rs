//! Which question to ask next: the unknown facts that could still change
//! some result, most useful first.

use crate::engine::fact::{Audience, Choice, Fact, FactKind};
use crate::engine::measure::Measure;
use crate::engine::text::Text;
use crate::output::report::{Report, Status};
use serde::Serialize;

/// The answer type of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AnswerType {
    Bool,
    /// One of `options`.
    Choice,
    /// A number of `unit`s (yuan), ≥ 0.
    Number,
    /// Completed years, or a birth date (`birthDate`).
    Age,
}

/// A question for one unknown fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// The profile field the answer goes into.
    pub fact: &'static str,
    /// How many results the answer could change.
    pub affects: usize,
    /// The ids of those results.
    pub measures: Vec<&'static str>,
    pub text: Text,
    #[serde(rename = "type")]
    pub answer: AnswerType,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    pub audiences: &'static [Audience],
    /// The party can change the fact by acting ([`Fact::actionable`]): a
    /// result that fails on it alone is a way to qualify.
    pub actionable: bool,
    /// The party's own standing or figures ([`Fact::standing`]): a form asks
    /// it before the questions that concern only some kinds of firm.
    pub standing: bool,
}

impl Serialize for Choice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Choice", 2)?;
        out.serialize_field("value", self.value)?;
        out.serialize_field("label", &self.label)?;
        out.end()
    }
}

/// The unknown facts that could change some result of `report`, most at
/// stake first: by the largest [`crate::Measure::stake`] among the
/// results each could change (a claim before a decision before information,
/// then the larger capped amount), then by how many results it could change,
/// then in the order of [`Fact::ALL`].
pub fn next_questions(report: &Report) -> Vec<Question> {
    let mut by_fact: Vec<Vec<&'static str>> = vec![Vec::new(); Fact::ALL.len()];
    let mut order = QuestionOrder::new();
    for result in &report.results {
        if let Some(measure) = crate::catalogue::find(result.id) {
            order.add(measure, result.status, result.missing.iter().copied());
        }
        if result.status != Status::Unknown {
            continue;
        }
        for fact in &result.missing {
            if let Some(ids) = by_fact.get_mut(fact.index()) {
                ids.push(result.id);
            }
        }
    }
    order
        .facts()
        .into_iter()
        .filter_map(|fact| Some(question(fact, std::mem::take(by_fact.get_mut(fact.index())?))))
        .collect()
}

/// The order of the questions, gathered one result at a time: for each
/// fact, the most at stake among the unknown results missing it and how
/// many they are. [`next_questions`] and the packed report
/// ([`crate::output::encode::pack_report`]) both order by it.
pub struct QuestionOrder {
    /// Per fact, in [`Fact::ALL`] order: (largest stake, results affected).
    by_fact: [(u64, usize); Fact::ALL.len()],
}

impl Default for QuestionOrder {
    fn default() -> QuestionOrder {
        QuestionOrder::new()
    }
}

impl QuestionOrder {
    pub const fn new() -> QuestionOrder {
        QuestionOrder { by_fact: [(0, 0); Fact::ALL.len()] }
    }

    /// Counts a result: an unknown one, for each fact it is missing.
    pub fn add(&mut self, measure: &Measure, status: Status, missing: impl IntoIterator<Item = Fact>) {
        if status != Status::Unknown {
            return;
        }
        let stake = measure.stake();
        for fact in missing {
            if let Some((most, affects)) = self.by_fact.get_mut(fact.index()) {
                *most = (*most).max(stake);
                *affects += 1;
            }
        }
    }

    /// The facts some unknown result is missing, most at stake first, then
    /// most results, then in the order of [`Fact::ALL`].
    pub fn facts(&self) -> Vec<Fact> {
        let mut facts: Vec<Fact> = Fact::ALL
            .into_iter()
            .zip(self.by_fact)
            .filter(|(_, (_, affects))| *affects > 0)
            .map(|(fact, _)| fact)
            .collect();
        // The fact's place breaks ties: a total order. An insertion sort of
        // these few dozen facts, not the standard library's sort, whose
        // pattern-defeating quicksort was 4.5 KB of the engine's wasm
        // (issue 26); the facts come in the table's order, so it moves few.
        let key = |fact: &Fact| {
            let (stake, affects) = self.by_fact.get(fact.index()).copied().unwrap_or_default();
            (std::cmp::Reverse((stake, affects)), fact.index())
        };
        for end in 1..facts.len() {
            let mut at = end;
            while at > 0 && facts.get(at - 1).map(key) > facts.get(at).map(key) {
                facts.swap(at - 1, at);
                at -= 1;
            }
        }
        facts
    }
}

/// Every fact's question, in the order of [`Fact::ALL`], naming no result:
/// the table the glue reads once and `questions()` hands a page.
pub fn every_question() -> Vec<Question> {
    Fact::ALL.into_iter().map(|fact| question(fact, Vec::new())).collect()
}

/// The question for `fact`, naming the results it could change.
pub fn question(fact: Fact, measures: Vec<&'static str>) -> Question {
    let answer = match fact.kind() {
        FactKind::Bool => AnswerType::Bool,
        FactKind::Choice(_) | FactKind::Zone => AnswerType::Choice,
        FactKind::Money => AnswerType::Number,
        FactKind::Age => AnswerType::Age,
    };
    Question {
        fact: fact.name(),
        affects: measures.len(),
        measures,
        text: fact.question(),
        answer,
        options: fact.choices(),
        unit: fact.unit(),
        audiences: fact.audiences(),
        actionable: fact.actionable(),
        standing: fact.standing(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The insertion sort gives the order the standard library's sort gives,
    /// for stakes and counts with many ties (a seeded generator).
    #[test]
    fn facts_are_ordered_as_a_standard_sort_orders_them() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |bound: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % bound
        };
        for _ in 0..500 {
            let mut order = QuestionOrder::new();
            for slot in &mut order.by_fact {
                *slot = (next(4) * 1_000_000, usize::try_from(next(4)).unwrap());
            }
            let mut expected: Vec<Fact> = Fact::ALL.into_iter().filter(|f| order.by_fact[f.index()].1 > 0).collect();
            expected.sort_by_key(|f| (std::cmp::Reverse(order.by_fact[f.index()]), f.index()));
            assert_eq!(order.facts(), expected);
        }
    }
}
