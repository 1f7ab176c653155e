//! The Chongqing draft (`sources/002_cbae1e7397711c0e.txt`) and the Guizhou
//! plan (`sources/004_a7a6ed4d82549e65.txt`): their quotes, documents and
//! amounts, and the share of S&T income that Chongqing's clause （十一）
//! encourages. Which status each measure gets is in
//! `tests/cases/chongqing.toml` and `tests/cases/guizhou.toml`.

use hitech_eligibility::engine::measure::DocumentStatus;
use hitech_eligibility::output::report::{evaluate_measure, Yuan};
use hitech_eligibility::{catalogue, CivilDate, Fact, MeasureResult, Profile, Status};

const AS_OF: &str = "2026-11-28";

fn check(id: &str, profile: &str) -> MeasureResult {
    let measure = catalogue::find(id).unwrap_or_else(|| panic!("no measure {id}"));
    let facts = Profile::from_json(profile, CivilDate::parse(AS_OF).unwrap())
        .unwrap_or_else(|error| panic!("bad test profile {profile}: {error}"));
    evaluate_measure(measure, &facts)
}

fn our_measures() -> impl Iterator<Item = &'static hitech_eligibility::Measure> {
    catalogue::measures().filter(|m| m.id.starts_with("chongqing.") || m.id.starts_with("guizhou."))
}

// ---- Quotes, clauses, documents ----

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_quote_and_clause_occurs_in_its_source_text() {
    for measure in our_measures() {
        let path = format!("{}/sources/{}", env!("CARGO_MANIFEST_DIR"), measure.document.file);
        let source = without_whitespace(&std::fs::read_to_string(&path).unwrap());
        let quote = without_whitespace(measure.quote);
        assert!(source.contains(&quote), "{}: quote not in {path}", measure.id);
        assert!(quote.ends_with('。') || quote.ends_with('；'), "{}: quote ends mid-sentence", measure.id);
        // Guizhou's text writes its clause numbers with half-width brackets.
        let digits = measure.clause.trim_start_matches('（').trim_end_matches('）');
        let half_width = format!("({digits})");
        assert!(
            source.contains(measure.clause) || source.contains(&half_width),
            "{}: clause {} not in {path}",
            measure.id,
            measure.clause
        );
    }
}

#[test]
fn every_chongqing_measure_is_a_draft_and_every_guizhou_measure_in_force() {
    for measure in our_measures() {
        let expected =
            if measure.id.starts_with("chongqing.") { DocumentStatus::Draft } else { DocumentStatus::InForce };
        assert_eq!(measure.document.status, expected, "{}", measure.id);
    }
    let chongqing = catalogue::find("chongqing.knowledge-value-loan").unwrap().document;
    assert_eq!(chongqing.number, None);
    assert_eq!((chongqing.issued, chongqing.published), (None, None));
    assert_eq!((chongqing.target_year, chongqing.vision_year), (Some(2025), Some(2035)));
    let guizhou = catalogue::find("guizhou.star-listing-cultivation").unwrap().document;
    assert_eq!(guizhou.number, Some("黔科领发〔2021〕1号"));
    assert_eq!(guizhou.issued, Some("2021-11-13"));
    assert_eq!(guizhou.published, Some("2021-12-30"));
    assert_eq!(guizhou.target_year, Some(2025));
}

#[test]
fn amounts_are_those_the_text_fixes() {
    // （九）最高1000万元 (loan and award); (八)不超过1000万元; （十一）不低于50%.
    for id in ["chongqing.knowledge-value-loan", "chongqing.star-listing-award", "guizhou.major-achievement-transfer"] {
        assert_eq!(catalogue::find(id).unwrap().benefit.max_yuan, Some(10_000_000), "{id}");
    }
    let reward = catalogue::find("chongqing.service-income-reward").unwrap().benefit;
    assert_eq!(reward.min_share_percent, Some(50));
    assert_eq!(reward.share_of, Some(Fact::TechIncomeYuan));
    assert_eq!(catalogue::find("guizhou.work-permit-age-65").unwrap().benefit.age_limit, Some(65));
}

// ---- Chongqing （十一）: the share of S&T income the text encourages ----

#[test]
fn service_income_reward_shows_half_the_income_as_the_encouraged_share() {
    // 不低于50%的科技收入: of 2,000,000 yuan of S&T income, at least 1,000,000 yuan.
    let result = check(
        "chongqing.service-income-reward",
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#,
    );
    assert_eq!(result.status, Status::Eligible);
    assert_eq!(result.encouraged_share_yuan, Some(Yuan(100_000_000)), "in fen");
}

#[test]
fn service_income_reward_share_rounds_up_to_the_fen() {
    // 0.03 yuan of income: half is 1.5 fen, and "不低于" means at least 2 fen.
    let result = check(
        "chongqing.service-income-reward",
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 0.03}"#,
    );
    assert_eq!(result.encouraged_share_yuan, Some(Yuan(2)));
    // 1,000,001 yuan: half is 500,000.5 yuan, exactly 50,000,050 fen.
    let result = check(
        "chongqing.service-income-reward",
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 1000001}"#,
    );
    assert_eq!(result.encouraged_share_yuan, Some(Yuan(50_000_050)));
}

#[test]
fn service_income_reward_without_income_shows_no_figure() {
    // The income is not a condition: the institution's freedom stands, there is just no figure.
    let result =
        check("chongqing.service-income-reward", r#"{"province": "chongqing", "publicInstitutionServiceOrg": true}"#);
    assert_eq!(result.status, Status::Eligible);
    assert_eq!(result.encouraged_share_yuan, None);
}

#[test]
fn service_income_reward_shows_no_figure_unless_the_measure_is_met() {
    for profile in [
        r#"{"province": "guizhou", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#,
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": false, "techIncomeYuan": 2000000}"#,
        r#"{"publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#,
    ] {
        let result = check("chongqing.service-income-reward", profile);
        assert_ne!(result.status, Status::Eligible, "{profile}");
        assert_eq!(result.encouraged_share_yuan, None, "no figure for {profile}");
    }
}

#[test]
fn no_other_measure_shows_an_encouraged_share() {
    let profile = r#"{"zone": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000,
        "highTechEnterprise": true, "aboveDesignatedSize": true, "listedOnStarMarket": true}"#;
    for measure in catalogue::measures().filter(|m| m.id != "chongqing.service-income-reward") {
        assert_eq!(check(measure.id, profile).encouraged_share_yuan, None, "{}", measure.id);
    }
}

// ---- The second trial's last findings (issue 23) ----

#[test]
fn service_income_reward_is_never_eligible_for_an_institution_unsure_whether_it_is_a_service_body() {
    // P3-3: a public hospital's research office cannot tell whether it is a
    // "事业单位服务机构" (the clause names no list and no department that decides):
    // "不确定" leaves the fact out, and the result says more is needed.
    for profile in [r#"{"province": "chongqing"}"#, r#"{"zone": "chongqing", "techIncomeYuan": 2000000}"#] {
        let result = check("chongqing.service-income-reward", profile);
        assert_eq!(result.status, Status::Unknown, "{profile}");
        assert!(result.missing.contains(&Fact::PublicInstitutionServiceOrg), "{profile}");
        assert_eq!(result.encouraged_share_yuan, None, "{profile}");
    }
    let no =
        check("chongqing.service-income-reward", r#"{"province": "chongqing", "publicInstitutionServiceOrg": false}"#);
    assert_eq!(no.status, Status::Ineligible);
}

#[test]
fn guizhou_equity_transformation_is_settled_by_a_person_who_is_no_researcher_wherever_his_achievement_lands() {
    // P4-2: a founder in 绵阳 (a Sichuan zone) who is not a researcher of a
    // university or institute: the Guizhou 技术股+现金股 measure no longer
    // waits on where an achievement is put to use, and the question of that
    // place no longer names it.
    let founder = r#"{"zone": "mianyang", "foreignNational": false, "startupInZone": true, "researcher": false}"#;
    let id = "guizhou.researcher-equity-transformation";
    assert_eq!(check(id, founder).status, Status::Ineligible);
    let report = hitech_eligibility::evaluate(&Profile::from_json(founder, CivilDate::parse(AS_OF).unwrap()).unwrap());
    for q in hitech_eligibility::next_questions(&report) {
        assert!(!q.measures.contains(&id), "{} still names {id}", q.fact);
    }
    // While he has not said, it waits on his answers and is never more than
    // information; the place is truly apart from his zone (the text: "省内外"
    // researchers, in a Guizhou zone), so it is asked, not taken from his zone.
    let unsaid = check(id, r#"{"zone": "mianyang", "foreignNational": false, "startupInZone": true}"#);
    assert_eq!(unsaid.status, Status::Unknown);
    assert!(unsaid.missing.contains(&Fact::Researcher) && unsaid.missing.contains(&Fact::AchievementPlaceProvince));
    let researcher_there = check(
        id,
        r#"{"zone": "mianyang", "researcher": true, "achievementPlaceProvince": "guizhou", "achievementPlaceZoneLevel": "provincial"}"#,
    );
    assert_eq!(researcher_there.status, Status::Informational);
    let researcher_home =
        check(id, r#"{"zone": "mianyang", "researcher": true, "achievementPlaceProvince": "sichuan"}"#);
    assert_eq!(researcher_home.status, Status::Ineligible);
}

#[test]
fn nothing_is_for_tech_smes_in_a_guizhou_provincial_zone_and_one_direction_in_national_zones() {
    // P2: the signpost (js/signposts.js) says no held document has a measure
    // meant for 科技型中小企业 in a Guizhou provincial zone, and names the
    // national zones' one: hold the catalogue to it.
    let named: Vec<&str> =
        catalogue::measures().filter(|m| m.condition.facts().contains(&Fact::TechSme)).map(|m| m.id).collect();
    assert!(named.contains(&"national.tech-sme-procurement") && named.contains(&"chongqing.tech-sme-procurement"));
    assert!(named.iter().all(|id| !id.starts_with("guizhou.")), "a Guizhou measure for 科技型中小企业: {named:?}");
    for id in &named {
        let result = check(id, r#"{"zone": "zunyi", "techSme": true}"#);
        assert_eq!(result.status, Status::Ineligible, "{id} in 遵义");
    }
    let procurement = check("national.tech-sme-procurement", r#"{"zone": "guiyang", "techSme": true}"#);
    assert_eq!(procurement.status, Status::Informational);
}
