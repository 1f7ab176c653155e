//! The compiled path's outputs (src/output/encode.rs: JSON text and the
//! packed form; src/output/report.rs: the report) against the reference
//! walk's report as serde writes it, on the hand-written corpus, on every minimised fuzz input that is a profile, and
//! on amounts whose minimum is not a whole yuan. tests/reference.rs holds
//! them against each other on random profiles too.

use hitech_eligibility::output::encode::{pack_report, unpack, write_report_json};
use hitech_eligibility::output::report::reference;
use hitech_eligibility::shell::parts::{AS_OF_PART, BIRTH_DATE_PART};
use hitech_eligibility::{evaluate_with, CivilDate, Fact, Profile, ProfileError};
use proptest::prelude::*;

fn check(text: &str) -> bool {
    let today = CivilDate::parse("2026-01-01").unwrap();
    let Ok(facts) = Profile::from_json(text, today) else { return false };
    for explain in [true, false] {
        let mut fast = Vec::new();
        write_report_json(&mut fast, &facts, explain).unwrap();
        let walked = reference::evaluate_with(&facts, explain);
        assert_eq!(String::from_utf8(fast).unwrap(), serde_json::to_string(&walked).unwrap(), "{text}");
        assert_eq!(evaluate_with(&facts, explain), walked, "{text}");
    }
    let mut packed = Vec::new();
    pack_report(&mut packed, &facts);
    // unpack also checks the question order appended to the packed words.
    assert_eq!(unpack(&packed), Some(reference::evaluate_with(&facts, false)), "{text}");
    true
}

#[test]
fn the_corpus_gives_the_same_bytes_and_the_same_packed_report() {
    let corpus = include_str!("corpus/profiles.jsonl");
    let checked = corpus.lines().filter(|line| !line.trim().is_empty()).filter(|line| check(line)).count();
    assert!(checked >= 40, "{checked} profiles checked");
}

#[test]
fn every_fuzz_input_that_is_a_profile_gives_the_same_bytes() {
    let inputs: Vec<String> = serde_json::from_str(include_str!("fuzz-corpus/profile_json.json")).unwrap();
    let checked = inputs.iter().filter(|input| check(input)).count();
    assert!(checked > 50, "{checked} fuzz inputs were profiles");
}

#[test]
fn minimum_amounts_in_fen_and_at_the_limits() {
    for income in ["0", "0.01", "0.03", "1", "12345.67", "99999999.99", "9007199254740.99", "10000000000000"] {
        let profile =
            format!(r#"{{"zone": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": {income}}}"#);
        assert!(check(&profile), "{profile}");
    }
}

#[test]
fn a_truncated_or_padded_packed_report_is_refused() {
    let facts = Profile::from_json("{}", CivilDate::parse("2026-01-01").unwrap()).unwrap();
    let mut packed = Vec::new();
    pack_report(&mut packed, &facts);
    assert!(unpack(&packed).is_some());
    assert!(unpack(&packed[..packed.len() - 1]).is_none());
    packed.push(0);
    assert!(unpack(&packed).is_none());
}

/// The parts the WebAssembly glue builds for a JSON profile (see
/// js/index.js, `takeApart`).
fn parts(text: &str) -> Vec<f64> {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let date = |value: &serde_json::Value| f64::from(CivilDate::parse(value.as_str().unwrap()).unwrap().to_number());
    let mut parts = Vec::new();
    for (key, value) in value.as_object().unwrap() {
        if value.is_null() {
            continue;
        }
        match key.as_str() {
            "asOf" => parts.extend([AS_OF_PART as f64, date(value)]),
            "birthDate" => parts.extend([BIRTH_DATE_PART as f64, date(value)]),
            name => {
                let fact = hitech_eligibility::Fact::from_name(name).unwrap();
                let coded = match value {
                    serde_json::Value::Bool(flag) => f64::from(u8::from(*flag)),
                    serde_json::Value::Number(number) => number.as_f64().unwrap(),
                    serde_json::Value::String(text) => {
                        (0..64).find(|index| fact.choice(*index) == Some(text.as_str())).unwrap() as f64
                    }
                    other => panic!("{other}"),
                };
                parts.extend([fact.index() as f64, coded]);
            }
        }
    }
    parts
}

#[test]
fn profiles_taken_apart_give_the_same_facts_as_their_json() {
    let today = CivilDate::parse("2026-01-01").unwrap();
    let mut checked = 0;
    for line in include_str!("corpus/profiles.jsonl").lines().filter(|line| !line.trim().is_empty()) {
        let from_parts = Profile::from_parts(&parts(line), today).unwrap();
        assert_eq!(from_parts, Profile::from_json(line, today).unwrap(), "{line}");
        checked += 1;
    }
    assert!(checked >= 40);
}

#[test]
fn parts_are_checked_like_json_and_malformed_parts_are_refused() {
    let today = CivilDate::parse("2026-01-01").unwrap();
    let refused = |parts: &[f64]| Profile::from_parts(parts, today).unwrap_err().to_string();
    let (as_of, birth) = (AS_OF_PART as f64, BIRTH_DATE_PART as f64);
    let (revenue, age) = (Fact::RevenueYuan.index() as f64, Fact::Age.index() as f64);
    // Values a JSON profile could not have either: the same checks, the same messages.
    assert_eq!(refused(&[revenue, -1.0]), "revenueYuan: must not be negative");
    assert_eq!(refused(&[revenue, 0.001]), "revenueYuan: must be a whole number of fen (at most two decimals)");
    assert_eq!(refused(&[age, 30.5]), "age: must be a whole number of completed years");
    assert_eq!(refused(&[age, 151.0]), "age: an age over 150 years is not plausible");
    assert_eq!(refused(&[as_of, 19_600_101.0, birth, 19_700_101.0]), "birthDate: 1970-01-01 is after asOf 1960-01-01");
    assert_eq!(refused(&[birth, 20_270_101.0]), "birthDate: 2027-01-01 is after asOf 2026-01-01");
    assert!(refused(&[2.0, 0.0, 0.0, 2.0]).contains("contradicts zone"));
    // Parts no glue should build.
    let malformed = [
        vec![3.0],
        vec![Fact::ALL.len() as f64 + 2.0, 1.0],
        vec![-1.0, 1.0],
        vec![0.5, 1.0],
        vec![f64::NAN, 1.0],
        vec![3.0, 2.0],
        vec![3.0, 0.5],
        vec![0.0, 4.0],
        vec![2.0, 1000.0],
        vec![0.0, -1.0],
        vec![revenue, f64::INFINITY],
        vec![as_of, 20_260_230.0],
        vec![as_of, 2026.0],
        vec![birth, f64::NAN],
        vec![birth, 19_600_101.5],
    ];
    for parts in malformed {
        let error = Profile::from_parts(&parts, today).unwrap_err();
        assert!(matches!(error, ProfileError::Parts), "{parts:?}: {error}");
    }
}

proptest! {
    /// Whatever numbers arrive, from_parts answers; and what it accepts is
    /// what the same profile written as JSON gives.
    #[test]
    fn any_parts_give_facts_or_an_error_and_accepted_parts_mean_their_json(
        pairs in proptest::collection::vec(
            (0u8..34, prop_oneof![
                3 => prop_oneof![Just(0.0), Just(1.0), Just(2.0)],
                2 => (0u32..25).prop_map(f64::from),
                1 => proptest::num::f64::ANY,
                2 => (0u64..100_000_000_000).prop_map(|fen| fen as f64 / 100.0),
            ]),
            0..8,
        )
    ) {
        let today = CivilDate::parse("2026-01-01").unwrap();
        let parts: Vec<f64> = pairs.iter().flat_map(|(index, value)| [f64::from(*index), *value]).collect();
        if let Ok(facts) = Profile::from_parts(&parts, today) {
            let mut json = serde_json::Map::new();
            for (index, value) in &pairs {
                let fact = hitech_eligibility::Fact::ALL[usize::from(*index)];
                let value = match fact.kind() {
                    hitech_eligibility::engine::fact::FactKind::Bool => serde_json::Value::Bool(*value == 1.0),
                    hitech_eligibility::engine::fact::FactKind::Money | hitech_eligibility::engine::fact::FactKind::Age => {
                        serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
                    }
                    _ => serde_json::Value::from(fact.choice(*value as usize).unwrap()),
                };
                json.insert(fact.name().to_owned(), value);
            }
            let text = serde_json::Value::Object(json).to_string();
            prop_assert_eq!(Profile::from_json(&text, today).unwrap(), facts, "{}", text);
        }
    }
}
