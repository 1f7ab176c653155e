//! Arbitrary bytes through JSON parsing, profile validation, evaluation,
//! question ordering and report serialisation: nothing may panic, and a
//! refused profile must name a field or say it is not a profile.
#![no_main]

use hitech_eligibility::{check_json, next_questions, CivilDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = CivilDate::parse("2026-01-01").unwrap();
    match check_json(text, today) {
        Ok(report) => {
            let _ = next_questions(&report);
            let json = serde_json::to_string(&report).unwrap();
            assert!(json.starts_with("{\"asOf\""));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
