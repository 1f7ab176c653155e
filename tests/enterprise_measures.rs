//! Enterprise measures of the State Council document (国发〔2020〕7号) and the
//! Chengdu demonstration-zone document, and the question flow built on them.

mod common;
use common::{facts, missing, result, status};
use hitech_eligibility::Status::{Conditional, Eligible, Ineligible, Unknown};
use hitech_eligibility::{evaluate, next_questions};

#[test]
fn national_tax_measures_follow_the_enterprise_facts() {
    // （七）落实好研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免等政策。
    let zone = r#""province": "other", "zoneLevel": "national""#;
    let with = |facts: &str| format!("{{{zone}, {facts}}}");
    assert_eq!(status("national.rd-super-deduction", &with(r#""rdExpenseYuan": 0.01"#)), Eligible);
    assert_eq!(status("national.rd-super-deduction", &with(r#""rdExpenseYuan": 0"#)), Ineligible);
    assert_eq!(missing("national.rd-super-deduction", &with(r#""revenueYuan": 5"#)), ["rdExpenseYuan"]);
    assert_eq!(status("national.high-tech-enterprise-income-tax", &with(r#""highTechEnterprise": true"#)), Eligible);
    assert_eq!(status("national.high-tech-enterprise-income-tax", &with(r#""highTechEnterprise": false"#)), Ineligible);
    assert_eq!(status("national.small-micro-tax-relief", &with(r#""smallMicroEnterprise": true"#)), Eligible);
    assert_eq!(
        status("national.small-micro-tax-relief", r#"{"smallMicroEnterprise": true, "zoneLevel": "provincial"}"#),
        Ineligible
    );
    assert_eq!(status("national.small-micro-tax-relief", r#"{"smallMicroEnterprise": true}"#), Unknown);
}

#[test]
fn national_procurement_financing_insurance_and_listing() {
    let zone = r#""zone": "leshan""#;
    let with = |facts: &str| format!("{{{zone}, {facts}}}");
    assert_eq!(status("national.tech-sme-procurement", &with(r#""techSme": true"#)), Eligible);
    assert_eq!(status("national.tech-sme-procurement", &with(r#""techSme": false"#)), Ineligible);
    assert_eq!(status("national.ip-pledge-financing", &with(r#""ownsIntellectualProperty": true"#)), Eligible);
    assert_eq!(status("national.first-set-equipment-insurance", &with(r#""firstSetEquipment": true"#)), Eligible);
    assert_eq!(status("national.first-set-equipment-insurance", &with(r#""firstSetEquipment": false"#)), Ineligible);
    assert_eq!(status("national.star-market-listing-support", &with(r#""highGrowthEnterprise": true"#)), Eligible);
    assert_eq!(missing("national.star-market-listing-support", "{}"), ["zoneLevel", "highGrowthEnterprise"]);
    // （八）支持科技人员携带科技成果在国家高新区内创新创业
    assert_eq!(status("national.researcher-startup", &with(r#""researcher": true, "startupInZone": true"#)), Eligible);
    assert_eq!(
        status("national.researcher-startup", &with(r#""researcher": false, "startupInZone": true"#)),
        Ineligible
    );
}

#[test]
fn chengdu_measures_need_the_chengdu_zone_itself() {
    let chengdu = r#"{"zone": "chengdu", "ownsIntellectualProperty": true, "angelInvestor": true, "highGrowthEnterprise": true, "researcher": true, "startupInZone": true}"#;
    assert_eq!(status("chengdu.ip-pledge-financing", chengdu), Eligible);
    assert_eq!(status("chengdu.angel-investment-tax", chengdu), Eligible);
    assert_eq!(status("chengdu.entrepreneur-support", chengdu), Eligible);
    assert_eq!(status("chengdu.researcher-leave-startup", chengdu), Eligible);
    // （七）每年遴选…高成长型中小企业给予重点支持: selection still needed.
    assert_eq!(status("chengdu.high-growth-sme-support", chengdu), Conditional);
    // Another national zone in Sichuan is not the demonstration zone.
    let mianyang = chengdu.replace("chengdu", "mianyang");
    for id in ["chengdu.ip-pledge-financing", "chengdu.angel-investment-tax", "chengdu.high-growth-sme-support"] {
        assert_eq!(status(id, &mianyang), Ineligible, "{id}");
    }
    // Knowing only "Sichuan, national zone" leaves the zone to ask.
    assert_eq!(
        missing(
            "chengdu.ip-pledge-financing",
            r#"{"province": "sichuan", "zoneLevel": "national", "ownsIntellectualProperty": true}"#
        ),
        ["zone"]
    );
    // Knowing "Chongqing" is enough to rule Chengdu out.
    assert_eq!(status("chengdu.ip-pledge-financing", r#"{"province": "chongqing"}"#), Ineligible);
}

#[test]
fn every_result_of_an_empty_profile_is_unknown_and_says_what_is_missing() {
    let report = evaluate(&facts("{}"));
    for r in &report.results {
        assert_eq!(r.status, Unknown, "{}", r.id);
        assert!(!r.missing.is_empty(), "{}", r.id);
        assert!(r.reasons.iter().all(|reason| reason.state == hitech_eligibility::Truth::Unknown), "{}", r.id);
    }
}

#[test]
fn questions_come_most_useful_first_and_only_while_they_matter() {
    let questions = next_questions(&evaluate(&facts("{}")));
    assert!(!questions.is_empty());
    // Location settles more measures than any other fact.
    assert_eq!(questions[0].fact, "zoneLevel");
    assert!(questions.windows(2).all(|w| w[0].affects >= w[1].affects));
    for q in &questions {
        assert_eq!(q.affects, q.measures.len());
        assert!(!q.text.zh.is_empty() && !q.text.en.is_empty());
    }
    // Once a talent is known not to be foreign and no location is known, the
    // foreign-national question is gone.
    let after = next_questions(&evaluate(&facts(r#"{"foreignNational": false}"#)));
    assert!(after.iter().all(|q| q.fact != "foreignNational"));
    // A fully decided profile has nothing left to ask.
    let decided = next_questions(&evaluate(&facts(r#"{"province": "other", "zoneLevel": "none"}"#)));
    assert!(decided.is_empty(), "{:?}", decided.iter().map(|q| q.fact).collect::<Vec<_>>());
    let zone_question = next_questions(&evaluate(&facts(r#"{"province": "sichuan", "zoneLevel": "national"}"#)))
        .into_iter()
        .find(|q| q.fact == "zone")
        .expect("zone is asked in Sichuan national zones");
    assert!(zone_question.options.iter().any(|o| o.value == "chengdu"));
}

#[test]
fn results_carry_their_reasons_in_both_languages() {
    let r = result("national.work-permit-age-65", r#"{"zone": "chengdu", "foreignNational": true, "age": 70}"#);
    let states: Vec<_> =
        r.reasons.iter().map(|reason| (reason.text.map(|text| text.en).unwrap_or_default(), reason.state)).collect();
    use hitech_eligibility::Truth::{Fails, Holds, Unknown as Unk};
    assert_eq!(
        states,
        [
            ("is a foreign national", Holds),
            ("is foreign high-end talent", Unk),
            ("works for an enterprise in the zone", Unk),
            ("located in a national high-tech zone", Holds),
            ("is 65 or younger (completed years)", Fails),
        ]
    );
}
