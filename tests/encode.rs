//! The fast outputs (src/encode.rs) against the serde-written report, on the
//! hand-written corpus, on every minimised fuzz input that is a profile, and
//! on amounts whose minimum is not a whole yuan. tests/reference.rs holds
//! them against each other on random profiles too.

use hitech_eligibility::encode::{pack_report, unpack, write_report_json};
use hitech_eligibility::{evaluate_with, CivilDate, Facts};

fn check(text: &str) -> bool {
    let today = CivilDate::parse("2026-01-01").unwrap();
    let Ok(facts) = Facts::from_json(text, today) else { return false };
    for explain in [true, false] {
        let mut fast = Vec::new();
        write_report_json(&mut fast, &facts, explain).unwrap();
        let expected = serde_json::to_string(&evaluate_with(&facts, explain)).unwrap();
        assert_eq!(String::from_utf8(fast).unwrap(), expected, "{text}");
    }
    let mut packed = Vec::new();
    pack_report(&mut packed, &facts);
    assert_eq!(unpack(&packed), Some(evaluate_with(&facts, false)), "{text}");
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
    let facts = Facts::from_json("{}", CivilDate::parse("2026-01-01").unwrap()).unwrap();
    let mut packed = Vec::new();
    pack_report(&mut packed, &facts);
    assert!(unpack(&packed).is_some());
    assert!(unpack(&packed[..packed.len() - 1]).is_none());
    packed.push(0);
    assert!(unpack(&packed).is_none());
}
