//! Shared helpers for the integration tests: build a profile from JSON and
//! read one measure's result.
#![allow(dead_code)]

use hitech_eligibility::catalogue::find;
use hitech_eligibility::output::report::evaluate_measure;
use hitech_eligibility::{CivilDate, MeasureResult, Profile, Status};

pub const AS_OF: &str = "2026-01-01";

pub fn today() -> CivilDate {
    CivilDate::parse(AS_OF).expect("valid date")
}

pub fn facts(json: &str) -> Profile {
    Profile::from_json(json, today()).unwrap_or_else(|e| panic!("profile {json} refused: {e}"))
}

pub fn result(id: &str, json: &str) -> MeasureResult {
    let measure = find(id).unwrap_or_else(|| panic!("no measure {id}"));
    evaluate_measure(measure, &facts(json))
}

pub fn status(id: &str, json: &str) -> Status {
    result(id, json).status
}

pub fn missing(id: &str, json: &str) -> Vec<&'static str> {
    result(id, json).missing.iter().map(|fact| fact.name()).collect()
}
