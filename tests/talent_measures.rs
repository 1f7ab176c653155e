//! The deciding date of the three 65-year work-permit rules (国发〔2020〕7号
//! （五）, 川府发〔2021〕28号 （九）, 黔科领发〔2021〕1号 （十九）): when a
//! person's 66th birthday falls within 90 days after `asOf` and the result
//! does not already fail, the result names that birthday, so that the person
//! can apply before it (SPEC §2). Which status each person gets is in
//! `tests/cases/*.toml`.

mod common;
use common::result;
use hitech_eligibility::Status::{Conditional, Ineligible, Unknown};
use hitech_eligibility::{measures, CivilDate};

const AGE_RULES: [&str; 3] =
    ["national.work-permit-age-65", "sichuan.work-permit-age-65", "guizhou.work-permit-age-65"];

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).expect("valid date")
}

/// A foreign high-end expert working for an enterprise in Anshun, a Guizhou
/// national zone (so all three rules reach them), applying on 2026-11-28.
fn expert_in_anshun(birth_date: &str) -> String {
    format!(
        r#"{{"asOf": "2026-11-28", "zone": "anshun", "foreignNational": true, "highEndTalent": true,
            "worksInZoneEnterprise": true, "birthDate": "{birth_date}"}}"#
    )
}

#[test]
fn a_66th_birthday_within_90_days_is_named_by_every_age_rule() {
    // Born 1961-01-15: 65 on 2026-11-28, 66 on 2027-01-15, 48 days later.
    let profile = expert_in_anshun("1961-01-15");
    for id in ["national.work-permit-age-65", "guizhou.work-permit-age-65"] {
        let r = result(id, &profile);
        assert_eq!(r.status, Conditional, "{id}");
        assert_eq!(r.deciding_date, Some(date("2027-01-15")), "{id}");
    }
    // Sichuan's rule fails on the location, so no date decides it.
    let sichuan = result("sichuan.work-permit-age-65", &profile);
    assert_eq!((sichuan.status, sichuan.deciding_date), (Ineligible, None));
}

#[test]
fn the_90th_day_is_named_and_the_91st_is_not() {
    // 2026-11-28 + 90 days = 2027-02-26.
    let on_the_edge = result("guizhou.work-permit-age-65", &expert_in_anshun("1961-02-26"));
    assert_eq!(on_the_edge.deciding_date, Some(date("2027-02-26")));
    let beyond = result("guizhou.work-permit-age-65", &expert_in_anshun("1961-02-27"));
    assert_eq!((beyond.status, beyond.deciding_date), (Conditional, None));
}

#[test]
fn the_day_after_as_of_is_named() {
    let r = result("national.work-permit-age-65", &expert_in_anshun("1960-11-29"));
    assert_eq!((r.status, r.deciding_date), (Conditional, Some(date("2026-11-29"))));
}

#[test]
fn nothing_is_named_once_the_66th_birthday_has_come() {
    // On the 66th birthday itself the rule already fails: no date lies ahead.
    for id in AGE_RULES {
        let r = result(id, &expert_in_anshun("1960-11-28"));
        assert_eq!((r.status, r.deciding_date), (Ineligible, None), "{id}");
    }
}

#[test]
fn an_open_result_names_the_date_too() {
    // Whether the employer puts the person forward is not known yet, but the
    // birthday already limits how long there is to find out and apply.
    let profile = r#"{"asOf": "2026-11-28", "zone": "anshun", "foreignNational": true,
        "worksInZoneEnterprise": true, "birthDate": "1961-01-15"}"#;
    let r = result("guizhou.work-permit-age-65", profile);
    assert_eq!(r.status, Unknown);
    assert_eq!(r.missing.iter().map(|fact| fact.name()).collect::<Vec<_>>(), ["highEndTalent"]);
    assert_eq!(r.deciding_date, Some(date("2027-01-15")));
}

#[test]
fn a_result_that_fails_on_something_else_names_no_date() {
    // Zunyi is a provincial zone: Guizhou's rule fails there whatever the age.
    let profile = r#"{"asOf": "2026-11-28", "zone": "zunyi", "foreignNational": true, "highEndTalent": true,
        "worksInZoneEnterprise": true, "birthDate": "1961-01-15"}"#;
    let r = result("guizhou.work-permit-age-65", profile);
    assert_eq!((r.status, r.deciding_date), (Ineligible, None));
}

#[test]
fn an_age_in_years_gives_no_birthday_to_name() {
    let profile = r#"{"asOf": "2026-11-28", "zone": "anshun", "foreignNational": true, "highEndTalent": true,
        "worksInZoneEnterprise": true, "age": 65}"#;
    let r = result("guizhou.work-permit-age-65", profile);
    assert_eq!((r.status, r.deciding_date), (Conditional, None));
}

#[test]
fn born_on_29_february_the_66th_birthday_is_1_march() {
    let profile = r#"{"asOf": "2026-01-15", "zone": "anshun", "foreignNational": true, "highEndTalent": true,
        "worksInZoneEnterprise": true, "birthDate": "1960-02-29"}"#;
    let r = result("guizhou.work-permit-age-65", profile);
    assert_eq!((r.status, r.deciding_date), (Conditional, Some(date("2026-03-01"))));
}

#[test]
fn only_the_age_rules_name_a_date() {
    let profile = expert_in_anshun("1961-01-15");
    for measure in measures() {
        let r = result(measure.id, &profile);
        assert_eq!(
            r.deciding_date.is_some(),
            AGE_RULES.contains(&measure.id) && r.status != Ineligible,
            "{}",
            measure.id
        );
    }
}

/// The usual limit a relaxed age rule starts from is the one its own note
/// states (B类一般不超过60周岁 / capped at 60), and lies below the relaxed one:
/// the widget reads it to tell a person under it that the rule changes nothing.
#[test]
fn every_relaxed_age_names_the_usual_limit_its_note_states() {
    let relaxed: Vec<_> = measures().filter(|m| m.benefit.age_limit.is_some()).collect();
    assert_eq!(relaxed.len(), 3, "national, Sichuan and Guizhou");
    for m in relaxed {
        let (Some(usual), Some(limit)) = (m.benefit.usual_age_limit, m.benefit.age_limit) else {
            panic!("{}: a relaxed age limit without the usual one", m.id);
        };
        assert!(usual < limit, "{}", m.id);
        let note = m.note.unwrap_or_else(|| panic!("{}: no note", m.id));
        assert!(note.zh.contains(&format!("一般不超过{usual}周岁")), "{}: {}", m.id, note.zh);
        assert!(note.en.contains(&format!("normally capped at {usual}")), "{}: {}", m.id, note.en);
    }
}
