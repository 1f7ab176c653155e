//! The report as a whole and the question flow built on it: what an empty
//! profile gets, which question comes next, and the reasons each result
//! gives. Which status each measure gets is in `tests/cases/*.toml`.

mod common;
use common::{facts, result};
use hitech_eligibility::catalogue::find;
use hitech_eligibility::engine::measure::Nature;
use hitech_eligibility::Status::Unknown;
use hitech_eligibility::{evaluate, next_questions};

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
    // Location settles more measures than any other fact, the 10-million
    // STAR award among them (the province first now that Chongqing's city
    // programmes ask only for it).
    assert!(["province", "zoneLevel"].contains(&questions[0].fact), "{}", questions[0].fact);
    // Most at stake first, then most results.
    let key = |q: &hitech_eligibility::Question| {
        (q.measures.iter().map(|id| find(id).expect("a catalogue id").stake()).max().unwrap_or(0), q.affects)
    };
    assert!(questions.windows(2).all(|w| key(&w[0]) >= key(&w[1])));
    // In a Chongqing zone the questions that settle the STAR listing award (a
    // claim of up to 10 million yuan) come before one that settles seven
    // results none of which is a claim worth as much.
    let chongqing = next_questions(&evaluate(&facts(r#"{"zone": "chongqing"}"#)));
    let position = |fact: &str| chongqing.iter().position(|q| q.fact == fact).expect(fact);
    for gate in ["highTechEnterprise", "aboveDesignatedSize", "listedOnStarMarket"] {
        assert!(chongqing[position(gate)].measures.contains(&"chongqing.star-listing-award"), "{gate}");
        assert!(position(gate) < position("foreignNational"), "{gate} after foreignNational");
    }
    assert!(chongqing[position("foreignNational")].affects > chongqing[position("listedOnStarMarket")].affects);
    for q in &questions {
        assert_eq!(q.affects, q.measures.len());
        assert!(!q.text.zh.is_empty() && !q.text.en.is_empty());
    }
    // Once a talent is known not to be foreign and no location is known, the
    // foreign-national question is gone.
    let after = next_questions(&evaluate(&facts(r#"{"foreignNational": false}"#)));
    assert!(after.iter().all(|q| q.fact != "foreignNational"));
    // Outside every zone, only the restated national rules, the measures
    // whose place is an activity's (where an achievement is industrialised,
    // SPEC §1b) and those that test no place at all (the Chengdu guidance
    // fund backs venture capital wherever it sits) still ask. Nothing asks
    // where the zone is.
    let outside = next_questions(&evaluate(&facts(r#"{"province": "other", "zoneLevel": "none"}"#)));
    assert!(!outside.is_empty());
    for q in &outside {
        assert!(!["province", "zoneLevel", "zone"].contains(&q.fact), "{} asked outside every zone", q.fact);
        for id in &q.measures {
            let nature = find(id).expect("a catalogue id").nature;
            use hitech_eligibility::Fact::{
                AchievementPlaceProvince, AchievementPlaceZoneLevel, Province, Zone, ZoneLevel,
            };
            let facts = find(id).expect("a catalogue id").condition.facts();
            let activity = facts.iter().any(|f| [AchievementPlaceProvince, AchievementPlaceZoneLevel].contains(f))
                || !facts.iter().any(|f| [Province, ZoneLevel, Zone].contains(f));
            assert!(matches!(nature, Nature::Restated(_)) || activity, "{} asks {} outside every zone", id, q.fact);
        }
    }
    // Once those are answered too, nothing is left to ask.
    let decided = next_questions(&evaluate(&facts(
        r#"{"province": "other", "zoneLevel": "none", "foreignNational": false, "rdExpenseYuan": 0,
            "commissionedRd": false, "highTechEnterprise": false, "smallMicroEnterprise": false,
            "firstSetEquipment": false, "angelInvestor": false, "ventureCapitalEnterprise": false,
            "techContractSeller": false, "achievementTransferRole": "none", "researcher": false}"#,
    )));
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
