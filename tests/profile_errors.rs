//! Anything a user can type: each bad profile is refused with a message that
//! starts with the field it is about, and nothing panics.

mod common;
use common::today;
use hitech_eligibility::{check_json, Profile, ProfileError};

/// (profile, field the error must name, words the message must contain)
const BAD_PROFILES: &[(&str, &str, &str)] = &[
    (r#"{"revenueYaun": 1}"#, "revenueYaun", "did you mean revenueYuan"),
    (r#"{"Province": "sichuan"}"#, "Province", "did you mean province"),
    (r#"{"nonsense": true}"#, "nonsense", "unknown field"),
    (r#"{"highTechEnterprise": "yes"}"#, "highTechEnterprise", "true or false"),
    (r#"{"highTechEnterprise": 1}"#, "highTechEnterprise", "true or false"),
    (r#"{"revenueYuan": "100"}"#, "revenueYuan", "number"),
    (r#"{"revenueYuan": -1}"#, "revenueYuan", "negative"),
    (r#"{"revenueYuan": -0.01}"#, "revenueYuan", "negative"),
    (r#"{"rdExpenseYuan": 1e300}"#, "rdExpenseYuan", "at most"),
    (r#"{"techIncomeYuan": 9007199254740993}"#, "techIncomeYuan", "at most"),
    (r#"{"revenueYuan": 0.001}"#, "revenueYuan", "fen"),
    (r#"{"revenueYuan": [1]}"#, "revenueYuan", "number"),
    (r#"{"age": 151}"#, "age", "150"),
    (r#"{"age": 1e20}"#, "age", "150"),
    (r#"{"age": -1}"#, "age", "negative"),
    (r#"{"age": 64.5}"#, "age", "whole number"),
    (r#"{"age": "64"}"#, "age", "whole number"),
    (r#"{"birthDate": "1800-01-01", "asOf": "2026-01-01"}"#, "birthDate", "150"),
    (r#"{"birthDate": "2030-01-01", "asOf": "2026-01-01"}"#, "birthDate", "after asOf"),
    (r#"{"birthDate": "1960-02-30"}"#, "birthDate", "does not exist"),
    (r#"{"birthDate": "01/02/1960"}"#, "birthDate", "YYYY-MM-DD"),
    (r#"{"birthDate": 1960}"#, "birthDate", "date string"),
    (r#"{"asOf": "2026-13-01"}"#, "asOf", "month"),
    (r#"{"asOf": true}"#, "asOf", "date string"),
    (r#"{"age": 40, "birthDate": "1960-01-01", "asOf": "2026-01-01"}"#, "age", "disagrees"),
    (r#"{"province": "Sichuan"}"#, "province", "allowed: sichuan, chongqing, guizhou, other"),
    (r#"{"province": "beijing"}"#, "province", "unknown value"),
    (r#"{"zoneLevel": "municipal"}"#, "zoneLevel", "allowed: national, provincial, none"),
    (r#"{"graduation": "phd"}"#, "graduation", "unknown value"),
    (r#"{"achievementTransferRole": "buyer"}"#, "achievementTransferRole", "transferee"),
    (r#"{"zone": "shenzhen"}"#, "zone", "unknown value"),
    // SPEC §4: a key given twice is an error naming it, never "the last wins".
    (r#"{"revenueYuan": -1, "revenueYuan": 5}"#, "revenueYuan", "given twice"),
    (r#"{"revenueYuan": 5, "revenueYuan": 5}"#, "revenueYuan", "given twice"),
    (r#"{"asOf": "2026-01-01", "zone": "chengdu", "asOf": "2020-01-01"}"#, "asOf", "given twice"),
    (r#"{"nonsense": 1, "nonsense": 2}"#, "nonsense", "given twice"),
    // A fact retired in contract 2 says what took its place.
    (r#"{"registersTechContracts": true}"#, "registersTechContracts", "use techContractSeller"),
    (r#"{"researcher": true, "techPersonnel": false}"#, "techPersonnel", "researcher"),
    (r#"{"worksInZoneEnterprise": true, "worksInChina": false}"#, "worksInChina", "worksInZoneEnterprise"),
    (r#"{"zone": "jingrong-town", "province": "guizhou"}"#, "province", "contradicts zone"),
    (r#"{"zone": 3}"#, "zone", "zone id"),
    (r#"{"zone": "chengdu", "province": "guizhou"}"#, "province", "contradicts zone"),
    (r#"{"zone": "zunyi", "zoneLevel": "national"}"#, "zoneLevel", "contradicts zone"),
    (r#"{"highTechEnterprise": true, "techEnterprise": false}"#, "techEnterprise", "highTechEnterprise"),
    (r#"{"techSme": true, "techEnterprise": false}"#, "techEnterprise", "techSme"),
];

#[test]
fn each_bad_profile_is_refused_with_an_error_naming_the_field() {
    for (profile, field, words) in BAD_PROFILES {
        let error = check_json(profile, today()).expect_err(profile);
        let message = error.to_string();
        assert!(message.starts_with(&format!("{field}:")), "{profile}: {message}");
        assert!(message.contains(words), "{profile}: {message} (expected to mention {words:?})");
        assert_eq!(error.field().as_deref(), Some(*field), "{profile}");
    }
}

#[test]
fn input_that_is_not_a_profile_object_is_refused_plainly() {
    for text in [
        "",
        "   ",
        "null",
        "[]",
        "[{}]",
        "1",
        "\"sichuan\"",
        "{",
        "{\"age\": 1,}",
        "{\"age\": NaN}",
        "{\"age\": Infinity}",
    ] {
        let error = check_json(text, today()).expect_err(text);
        assert!(matches!(error, ProfileError::Json(_) | ProfileError::NotAnObject), "{text}: {error}");
        assert_eq!(error.field(), None);
    }
}

#[test]
fn null_and_absent_mean_unknown_and_are_the_same() {
    let with_nulls = Profile::from_json(r#"{"age": null, "province": null, "revenueYuan": null}"#, today()).unwrap();
    assert_eq!(with_nulls, Profile::from_json("{}", today()).unwrap());
}

#[test]
fn deeply_nested_or_huge_input_is_an_error_not_a_crash() {
    let deep = format!("{{\"age\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(check_json(&deep, today()).is_err());
    let long_key = format!("{{\"{}\": 1}}", "x".repeat(1_000_000));
    let message = check_json(&long_key, today()).unwrap_err().to_string();
    assert!(message.len() < 300, "error message should not echo a megabyte: {} bytes", message.len());
    let long_value = format!("{{\"province\": \"{}\"}}", "y".repeat(1_000_000));
    assert!(check_json(&long_value, today()).unwrap_err().to_string().starts_with("province:"));
}

#[test]
fn money_at_the_limits_is_exact() {
    for (yuan, ok) in [
        ("0", true),
        ("0.01", true),
        ("300000000", true),
        ("300000000.01", true),
        ("10000000000000", true),
        ("10000000000000.01", false),
        ("9007199254740992", false),
    ] {
        let profile = format!(r#"{{"revenueYuan": {yuan}}}"#);
        assert_eq!(check_json(&profile, today()).is_ok(), ok, "{yuan}");
    }
}

#[test]
fn zone_implies_province_and_level_and_agreeing_facts_are_fine() {
    use hitech_eligibility::engine::profile::Value;
    use hitech_eligibility::Fact;
    let facts =
        Profile::from_json(r#"{"zone": "anshun", "province": "guizhou", "zoneLevel": "national"}"#, today()).unwrap();
    assert_eq!(facts.get(Fact::Province), Some(Value::Choice("guizhou")));
    assert_eq!(facts.get(Fact::ZoneLevel), Some(Value::Choice("national")));
    let derived = Profile::from_json(r#"{"highTechEnterprise": true}"#, today()).unwrap();
    assert_eq!(derived.get(Fact::TechEnterprise), Some(Value::Bool(true)));
    let unknown = Profile::from_json(r#"{"highTechEnterprise": false}"#, today()).unwrap();
    assert_eq!(unknown.get(Fact::TechEnterprise), None, "not a HTE can still be a tech enterprise another way");
    let aged = Profile::from_json(r#"{"birthDate": "1960-01-02", "age": 65, "asOf": "2026-01-01"}"#, today()).unwrap();
    assert_eq!(aged.get(Fact::Age), Some(Value::Age(65)));
}

#[test]
fn a_misspelt_field_is_refused_even_when_its_value_is_null() {
    let error = check_json(r#"{"revenueYaun": null}"#, today()).unwrap_err();
    assert_eq!(error.field().as_deref(), Some("revenueYaun"));
}
