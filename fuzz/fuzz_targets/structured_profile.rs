//! Structured random profiles (every fact present or absent, values drawn
//! from each fact's type, plus out-of-range numbers and odd strings): the
//! engine must answer or refuse with a field, and a definitive result must
//! not change when the profile's unknown facts are filled in.
#![no_main]

use arbitrary::Arbitrary;
use hitech_eligibility::{check_json, CivilDate, Fact, Status};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};

#[derive(Arbitrary, Debug)]
enum Answer {
    Bool(bool),
    Number(f64),
    Integer(i64),
    Text(String),
    Choice(u8),
    Null,
}

#[derive(Arbitrary, Debug)]
struct Input {
    answers: Vec<(u8, Answer)>,
    extra: Vec<(u8, Answer)>,
}

const STRINGS: &[&str] = &[
    "sichuan", "chongqing", "guizhou", "other", "national", "provincial", "none", "chengdu", "zunyi", "anshun",
    "bishan", "transferor", "renownedForeignUniversity", "1960-01-01", "2026-01-01", "2000-02-29",
    "chengdu-science-city", "jingrong-town", "1960-12-31", "1961-02-28",
];

fn to_json(answer: &Answer) -> Value {
    match answer {
        Answer::Bool(b) => Value::Bool(*b),
        Answer::Number(n) => serde_json::Number::from_f64(*n).map(Value::Number).unwrap_or(Value::Null),
        Answer::Integer(i) => Value::from(*i),
        Answer::Text(s) => Value::String(s.clone()),
        Answer::Choice(i) => Value::String(STRINGS[usize::from(*i) % STRINGS.len()].to_owned()),
        Answer::Null => Value::Null,
    }
}

fn field_name(i: u8) -> &'static str {
    let all = Fact::ALL;
    let i = usize::from(i) % (all.len() + 2);
    match i.checked_sub(all.len()) {
        None => all[i].name(),
        Some(0) => "birthDate",
        Some(_) => "asOf",
    }
}

fn profile(answers: &[(u8, Answer)]) -> Map<String, Value> {
    answers.iter().map(|(field, answer)| (field_name(*field).to_owned(), to_json(answer))).collect()
}

fuzz_target!(|input: Input| {
    let today = CivilDate::parse("2026-01-01").unwrap();
    let base = profile(&input.answers);
    let Ok(before) = check_json(&Value::Object(base.clone()).to_string(), today) else { return };
    let mut more = base.clone();
    // The check date is not a fact about the profile: changing it may change ages.
    for (key, value) in profile(&input.extra).into_iter().filter(|(key, _)| key != "asOf") {
        more.entry(key).or_insert(value);
    }
    let Ok(after) = check_json(&Value::Object(more).to_string(), today) else { return };
    for (b, a) in before.results.iter().zip(&after.results) {
        // A status the measure's nature forbids (a direction that is
        // eligible, say) is a bug whatever the profile.
        for result in [b, a] {
            let measure = hitech_eligibility::catalogue::find(result.id).unwrap();
            assert_eq!(result.nature, measure.nature, "{}", result.id);
            assert!(measure.nature.allows(result.status), "{}: {:?}", result.id, result.status);
        }
        if b.status != Status::Unknown {
            assert_eq!(b.status, a.status, "{} changed when facts were added", b.id);
        }
    }
});
