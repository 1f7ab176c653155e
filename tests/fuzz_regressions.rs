//! Inputs the fuzzers found interesting (minimised with `cargo fuzz cmin`),
//! kept as regression tests: each must give a report or a clear error, and an
//! error must name a field or say the input is not a profile.

use hitech_eligibility::{check_json, next_questions, CivilDate, ProfileError};

#[test]
fn every_minimised_fuzz_input_gives_a_report_or_a_clear_error() {
    let text = include_str!("fuzz-corpus/profile_json.json");
    let inputs: Vec<String> = serde_json::from_str(text).expect("corpus is a JSON list of strings");
    assert!(inputs.len() > 100, "corpus has {} inputs", inputs.len());
    let today = CivilDate::parse("2026-01-01").unwrap();
    let (mut reports, mut errors) = (0, 0);
    for input in &inputs {
        match check_json(input, today) {
            Ok(report) => {
                reports += 1;
                let _ = next_questions(&report);
                assert!(serde_json::to_string(&report).is_ok());
            }
            Err(error) => {
                errors += 1;
                let message = error.to_string();
                match (&error, error.field()) {
                    (ProfileError::Json(_) | ProfileError::NotAnObject, None) => {}
                    (_, Some(field)) => assert!(
                        message.starts_with(&format!("{field}:")) || message.contains(&field),
                        "{input:?}: {message}"
                    ),
                    (_, None) => panic!("{input:?}: error names no field: {message}"),
                }
            }
        }
    }
    assert!(reports > 0 && errors > 0, "{reports} reports, {errors} errors");
}
