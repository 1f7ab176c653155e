//! The foreign-talent measures of the State Council (国发〔2020〕7号 （五）),
//! Sichuan (川府发〔2021〕28号 （九）) and Guizhou (黔科领发〔2021〕1号 （十九）)
//! documents, tried as a caseworker would: who qualifies, who does not, who
//! has not said enough, and every age boundary.

mod common;
use common::{missing, result, status};
use hitech_eligibility::Status::{Conditional, Eligible, Ineligible, Unknown};

/// A foreign high-end expert working for a zone enterprise; location and age added per case.
fn expert(location: &str, age: &str) -> String {
    format!(r#"{{"foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, {location}, {age}}}"#)
}

const SICHUAN_PROVINCIAL: &str = r#""province": "sichuan", "zoneLevel": "provincial""#;
const SICHUAN_NATIONAL: &str = r#""zone": "mianyang""#;
const GUIZHOU_PROVINCIAL: &str = r#""zone": "zunyi""#;
const GUIZHOU_NATIONAL: &str = r#""zone": "anshun""#;
const CHONGQING_NATIONAL: &str = r#""zone": "bishan""#;
const OTHER_PROVINCE_NATIONAL: &str = r#""province": "other", "zoneLevel": "national""#;

#[test]
fn national_age_65_rule_applies_in_national_zones_of_any_province() {
    // 在国家高新区内企业工作的境外高端人才，经…批准，申请工作许可的年龄可放宽至65岁。
    for location in [SICHUAN_NATIONAL, GUIZHOU_NATIONAL, CHONGQING_NATIONAL, OTHER_PROVINCE_NATIONAL] {
        assert_eq!(status("national.work-permit-age-65", &expert(location, r#""age": 64"#)), Conditional, "{location}");
    }
    for location in [SICHUAN_PROVINCIAL, GUIZHOU_PROVINCIAL, r#""province": "other", "zoneLevel": "none""#] {
        assert_eq!(status("national.work-permit-age-65", &expert(location, r#""age": 64"#)), Ineligible, "{location}");
    }
}

#[test]
fn sichuan_age_65_rule_applies_in_sichuan_zones_of_either_level_only() {
    // 在高新区企业工作的境外高端人才 … 可放宽至65岁 (川府发〔2021〕28号 （九）).
    for location in [SICHUAN_PROVINCIAL, SICHUAN_NATIONAL, r#""zone": "chengdu""#] {
        assert_eq!(status("sichuan.work-permit-age-65", &expert(location, r#""age": 64"#)), Conditional, "{location}");
    }
    for location in
        [GUIZHOU_NATIONAL, CHONGQING_NATIONAL, OTHER_PROVINCE_NATIONAL, r#""province": "sichuan", "zoneLevel": "none""#]
    {
        assert_eq!(status("sichuan.work-permit-age-65", &expert(location, r#""age": 64"#)), Ineligible, "{location}");
    }
}

#[test]
fn guizhou_age_65_rule_applies_in_guizhou_national_zones_only() {
    // 在国家高新区内企业工作的境外高端人才 … (黔科领发〔2021〕1号 （十九）).
    assert_eq!(status("guizhou.work-permit-age-65", &expert(GUIZHOU_NATIONAL, r#""age": 65"#)), Conditional);
    assert_eq!(status("guizhou.work-permit-age-65", &expert(r#""zone": "guiyang""#, r#""age": 40"#)), Conditional);
    assert_eq!(status("guizhou.work-permit-age-65", &expert(GUIZHOU_PROVINCIAL, r#""age": 64"#)), Ineligible);
    assert_eq!(status("guizhou.work-permit-age-65", &expert(SICHUAN_NATIONAL, r#""age": 64"#)), Ineligible);
}

#[test]
fn a_64_year_old_in_a_sichuan_provincial_zone() {
    let profile = expert(SICHUAN_PROVINCIAL, r#""age": 64"#);
    assert_eq!(status("sichuan.work-permit-age-65", &profile), Conditional);
    assert_eq!(status("national.work-permit-age-65", &profile), Ineligible);
    assert_eq!(status("guizhou.work-permit-age-65", &profile), Ineligible);
}

#[test]
fn age_65_is_in_66_is_out_for_every_65_rule() {
    for (id, location) in [
        ("national.work-permit-age-65", SICHUAN_NATIONAL),
        ("sichuan.work-permit-age-65", SICHUAN_PROVINCIAL),
        ("guizhou.work-permit-age-65", GUIZHOU_NATIONAL),
    ] {
        assert_eq!(status(id, &expert(location, r#""age": 64"#)), Conditional, "{id}");
        assert_eq!(status(id, &expert(location, r#""age": 65"#)), Conditional, "{id}");
        assert_eq!(status(id, &expert(location, r#""age": 66"#)), Ineligible, "{id}");
    }
}

#[test]
fn the_66th_birthday_on_the_check_date_no_longer_qualifies() {
    // asOf is 2026-01-01 in these tests.
    let day_before = expert(SICHUAN_PROVINCIAL, r#""birthDate": "1960-01-02""#);
    let on_the_day = expert(SICHUAN_PROVINCIAL, r#""birthDate": "1960-01-01""#);
    assert_eq!(status("sichuan.work-permit-age-65", &day_before), Conditional);
    assert_eq!(status("sichuan.work-permit-age-65", &on_the_day), Ineligible);
    let leap =
        |birth: &str, as_of: &str| expert(SICHUAN_PROVINCIAL, &format!(r#""birthDate": "{birth}", "asOf": "{as_of}""#));
    // Born on 29 February 1960: 66 on 1 March 2026, not on 28 February.
    assert_eq!(status("sichuan.work-permit-age-65", &leap("1960-02-29", "2026-02-28")), Conditional);
    assert_eq!(status("sichuan.work-permit-age-65", &leap("1960-02-29", "2026-03-01")), Ineligible);
}

#[test]
fn an_unknown_age_leaves_the_rule_unknown_and_says_so() {
    let profile = expert(SICHUAN_PROVINCIAL, r#""asOf": "2026-01-01""#);
    assert_eq!(status("sichuan.work-permit-age-65", &profile), Unknown);
    assert_eq!(missing("sichuan.work-permit-age-65", &profile), ["age"]);
}

#[test]
fn a_chinese_national_or_non_high_end_talent_does_not_qualify() {
    let chinese = r#"{"foreignNational": false, "zone": "chengdu"}"#;
    assert_eq!(status("national.work-permit-age-65", chinese), Ineligible);
    assert!(missing("national.work-permit-age-65", chinese).is_empty());
    let not_high_end = r#"{"foreignNational": true, "highEndTalent": false, "worksInZoneEnterprise": true, "zone": "chengdu", "age": 50}"#;
    assert_eq!(status("sichuan.work-permit-age-65", not_high_end), Ineligible);
}

#[test]
fn an_empty_profile_is_unknown_with_every_relevant_fact_missing() {
    assert_eq!(
        missing("national.work-permit-age-65", "{}"),
        ["zoneLevel", "foreignNational", "age", "highEndTalent", "worksInZoneEnterprise"]
    );
    assert_eq!(
        missing("sichuan.work-permit-age-65", "{}"),
        ["province", "zoneLevel", "foreignNational", "age", "highEndTalent", "worksInZoneEnterprise"]
    );
}

#[test]
fn a_known_failure_wins_over_missing_facts() {
    // Only the location is known, and it rules the measure out.
    let r = result("national.work-permit-age-65", r#"{"province": "sichuan", "zoneLevel": "provincial"}"#);
    assert_eq!(r.status, Ineligible);
    assert!(r.missing.is_empty());
}

#[test]
fn visas_and_residence_permits() {
    // 国家高新区内企业邀请的外籍高层次管理和专业技术人才，可按规定申办多年多次的相应签证
    let invited =
        |location: &str| format!(r#"{{"foreignNational": true, "invitedByZoneEnterprise": true, {location}}}"#);
    assert_eq!(status("national.multi-entry-visa", &invited(SICHUAN_NATIONAL)), Eligible);
    assert_eq!(status("national.multi-entry-visa", &invited(SICHUAN_PROVINCIAL)), Ineligible);
    assert_eq!(status("sichuan.multi-entry-visa", &invited(SICHUAN_PROVINCIAL)), Eligible);
    assert_eq!(status("sichuan.multi-entry-visa", &invited(SICHUAN_NATIONAL)), Eligible);
    assert_eq!(status("sichuan.multi-entry-visa", &invited(GUIZHOU_NATIONAL)), Ineligible);
    assert_eq!(
        missing("national.multi-entry-visa", r#"{"foreignNational": true, "zone": "chengdu"}"#),
        ["invitedByZoneEnterprise"]
    );
    // 在园区内企业工作的外国人才，可按规定申办5年以内的居留许可。
    let worker = |location: &str| format!(r#"{{"foreignNational": true, "worksInZoneEnterprise": true, {location}}}"#);
    assert_eq!(status("national.residence-permit-5y", &worker(GUIZHOU_NATIONAL)), Eligible);
    assert_eq!(status("national.residence-permit-5y", &worker(GUIZHOU_PROVINCIAL)), Ineligible);
    assert_eq!(status("sichuan.residence-permit-5y", &worker(SICHUAN_PROVINCIAL)), Eligible);
    assert_eq!(status("sichuan.residence-permit-5y", &worker(CHONGQING_NATIONAL)), Ineligible);
    assert_eq!(
        status(
            "sichuan.residence-permit-5y",
            r#"{"foreignNational": false, "worksInZoneEnterprise": true, "zone": "chengdu"}"#
        ),
        Ineligible
    );
}

#[test]
fn graduate_residence_facilitation() {
    // 对在国内重点高等学校获得本科以上学历的优秀留学生以及国际知名高校毕业的外国学生，在国家高新区从事创新创业活动的，提供办理居留许可便利。
    let graduate = |graduation: &str, location: &str| {
        format!(r#"{{"foreignNational": true, "graduation": "{graduation}", "startupInZone": true, {location}}}"#)
    };
    let id = "national.graduate-residence-facilitation";
    assert_eq!(status(id, &graduate("chineseKeyUniversityBachelorPlus", SICHUAN_NATIONAL)), Eligible);
    assert_eq!(status(id, &graduate("renownedForeignUniversity", OTHER_PROVINCE_NATIONAL)), Eligible);
    assert_eq!(status(id, &graduate("none", SICHUAN_NATIONAL)), Ineligible);
    assert_eq!(status(id, &graduate("renownedForeignUniversity", SICHUAN_PROVINCIAL)), Ineligible);
    assert_eq!(missing(id, r#"{"foreignNational": true, "startupInZone": true, "zone": "chengdu"}"#), ["graduation"]);
}
