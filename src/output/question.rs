//! Which question to ask next: the unknown facts that could still change
//! some result, most useful first.

use crate::engine::fact::{Audience, Choice, Fact, FactKind};
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
/// stake first: by the largest [`crate::engine::measure::Measure::stake`] among the
/// results each could change (a claim before a decision before information,
/// then the larger capped amount), then by how many results it could change,
/// then in the order of [`Fact::ALL`].
pub fn next_questions(report: &Report) -> Vec<Question> {
    let mut by_fact: Vec<Vec<&'static str>> = vec![Vec::new(); Fact::ALL.len()];
    for result in report.results.iter().filter(|result| result.status == Status::Unknown) {
        for fact in &result.missing {
            if let Some(ids) = by_fact.get_mut(fact.index()) {
                ids.push(result.id);
            }
        }
    }
    let mut questions: Vec<Question> = Fact::ALL
        .into_iter()
        .zip(by_fact)
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(fact, measures)| question(fact, measures))
        .collect();
    // Stable: equal keys keep the natural order of the facts.
    questions.sort_by_cached_key(|question| std::cmp::Reverse((stake_of(&question.measures), question.affects)));
    questions
}

/// The most at stake among the measures `ids`.
fn stake_of(ids: &[&'static str]) -> u64 {
    ids.iter()
        .filter_map(|id| crate::catalogue::find(id))
        .map(crate::engine::measure::Measure::stake)
        .max()
        .unwrap_or(0)
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
    }
}
