//! Arbitrary bytes through JSON parsing, profile validation, evaluation,
//! question ordering and report serialisation: nothing may panic, a refused
//! profile must name a field or say it is not a profile, the two ways of
//! reading JSON (a list of fields, a `serde_json::Value`) must agree, and
//! every output of the compiled path (the report, its JSON text, its packed
//! form with the question order) must say what the reference walk says.
#![no_main]

use hitech_eligibility::output::encode::{pack_report, unpack, write_report_json};
use hitech_eligibility::output::report::reference;
use hitech_eligibility::{evaluate_with, next_questions, CivilDate, Profile, ProfileError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = CivilDate::parse("2026-01-01").unwrap();
    let read = Profile::from_json(text, today);
    let via_value = serde_json::from_str::<serde_json::Value>(text)
        .map_err(|e| e.to_string())
        .and_then(|value| Profile::from_value(&value, today).map_err(|e| e.to_string()));
    match (&read, &via_value) {
        // A key given twice is refused (SPEC §4); a `serde_json::Value` keeps
        // one of the two and cannot tell, so there is nothing to compare.
        // (The key may be written with escapes, so the text need not hold it as read.)
        (Err(ProfileError::DuplicateKey { .. }), _) => {}
        (Ok(facts), Ok(other)) => assert_eq!(facts, other),
        (Err(error), Err(message)) => {
            assert!(!error.to_string().is_empty());
            // A JSON error's wording is serde's; any other error is ours and must be the same.
            if !matches!(error, ProfileError::Json(_)) {
                assert_eq!(&error.to_string(), message);
            }
        }
        _ => panic!("the two readings disagree: {read:?} / {via_value:?}"),
    }
    if let Ok(facts) = read {
        for explain in [true, false] {
            let report = reference::evaluate_with(&facts, explain);
            assert_eq!(evaluate_with(&facts, explain), report);
            let _ = next_questions(&report);
            let json = serde_json::to_string(&report).unwrap();
            let mut fast = Vec::new();
            write_report_json(&mut fast, &facts, explain).unwrap();
            assert_eq!(fast, json.as_bytes());
        }
        let mut packed = Vec::new();
        pack_report(&mut packed, &facts);
        assert_eq!(unpack(&packed), Some(reference::evaluate_with(&facts, false)));
    }
});
