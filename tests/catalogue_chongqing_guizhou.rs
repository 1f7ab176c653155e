//! The Chongqing draft (`sources/002_cbae1e7397711c0e.txt`) and the Guizhou
//! plan (`sources/004_a7a6ed4d82549e65.txt`), checked case by case.
//!
//! Every measure of the two documents has three cases in `CASES`: someone who
//! qualifies, someone who does not, and someone who has not told us enough
//! (with exactly the facts still missing). The thresholds and the age limit
//! then get their own cases on and either side of the line.

use hitech_eligibility::measure::DocumentStatus;
use hitech_eligibility::report::{evaluate_measure, Yuan};
use hitech_eligibility::{catalogue, CivilDate, Fact, Facts, MeasureResult, Status};
use std::collections::HashSet;
use Status::{Conditional, Eligible};

const AS_OF: &str = "2026-01-01";

fn facts(profile: &str) -> Facts {
    Facts::from_json(profile, CivilDate::parse(AS_OF).unwrap())
        .unwrap_or_else(|error| panic!("bad test profile {profile}: {error}"))
}

fn check(id: &str, profile: &str) -> MeasureResult {
    let measure = catalogue::find(id).unwrap_or_else(|| panic!("no measure {id}"));
    evaluate_measure(measure, &facts(profile))
}

#[track_caller]
fn assert_status(id: &str, profile: &str, expected: Status) {
    let result = check(id, profile);
    assert_eq!(result.status, expected, "{id} for {profile}: {result:?}");
    assert!(result.missing.is_empty(), "{id} for {profile}: a definitive status lists nothing missing");
}

#[track_caller]
fn assert_unknown(id: &str, profile: &str, missing: &[Fact]) {
    let result = check(id, profile);
    assert_eq!(result.status, Status::Unknown, "{id} for {profile}: {result:?}");
    assert_eq!(result.missing, missing, "{id} for {profile}: missing facts");
}

/// One measure's three cases.
struct Case {
    id: &'static str,
    /// A profile that qualifies, and the status it gets (eligible, or
    /// conditional where the document reserves an approval).
    passes: (&'static str, Status),
    /// A profile that is known not to qualify.
    fails: &'static str,
    /// A profile with gaps, and exactly the facts still missing (in `Fact` order).
    unknown: (&'static str, &'static [Fact]),
}

const CASES: &[Case] = &[
    // ---- Chongqing (draft for comments) ----
    // （九）研发费用加计扣除: any zone enterprise with R&D spending.
    Case {
        id: "chongqing.rd-super-deduction",
        passes: (r#"{"zone": "bishan", "rdExpenseYuan": 1}"#, Eligible),
        fails: r#"{"zone": "bishan", "rdExpenseYuan": 0}"#,
        unknown: (r#"{"province": "chongqing", "rdExpenseYuan": 800000}"#, &[Fact::ZoneLevel]),
    },
    // （九）企业所得税减免, in the clause on high-tech enterprises.
    Case {
        id: "chongqing.high-tech-enterprise-income-tax",
        passes: (r#"{"province": "chongqing", "zoneLevel": "provincial", "highTechEnterprise": true}"#, Eligible),
        fails: r#"{"zone": "chongqing", "highTechEnterprise": false, "techSme": true}"#,
        unknown: (r#"{"zone": "chongqing"}"#, &[Fact::HighTechEnterprise]),
    },
    // （九）技术创新与应用发展专项.
    Case {
        id: "chongqing.tech-innovation-special-project",
        passes: (r#"{"zone": "yongchuan", "highTechEnterprise": true}"#, Eligible),
        fails: r#"{"province": "chongqing", "zoneLevel": "none", "highTechEnterprise": true}"#,
        unknown: (r#"{"highTechEnterprise": true}"#, &[Fact::Province, Fact::ZoneLevel]),
    },
    // （九）研发准备金补助: a high-tech enterprise that spends on R&D.
    Case {
        id: "chongqing.rd-reserve-subsidy",
        passes: (r#"{"zone": "yongchuan", "highTechEnterprise": true, "rdExpenseYuan": 5000000}"#, Eligible),
        fails: r#"{"zone": "yongchuan", "highTechEnterprise": true, "rdExpenseYuan": 0}"#,
        unknown: (r#"{"zone": "yongchuan"}"#, &[Fact::HighTechEnterprise, Fact::RdExpenseYuan]),
    },
    // （九）鼓励高新区探索…税收地方留存部分按一定比例给予奖励: the zone decides.
    Case {
        id: "chongqing.tax-retention-reward",
        passes: (r#"{"zone": "rongchang", "highTechEnterprise": true}"#, Conditional),
        fails: r#"{"province": "chongqing", "zoneLevel": "none", "highTechEnterprise": true}"#,
        unknown: (r#"{"province": "chongqing", "highTechEnterprise": true}"#, &[Fact::ZoneLevel]),
    },
    // （九）市、区县两级科研项目给予优先支持.
    Case {
        id: "chongqing.research-project-priority",
        passes: (r#"{"zone": "chongqing", "highTechEnterprise": true}"#, Eligible),
        fails: r#"{"zone": "chongqing", "highTechEnterprise": false}"#,
        unknown: (r#"{"province": "chongqing", "zoneLevel": "national"}"#, &[Fact::HighTechEnterprise]),
    },
    // （九）规上高新技术企业…最高1000万元的知识价值信用贷款.
    Case {
        id: "chongqing.knowledge-value-loan",
        passes: (r#"{"zone": "chongqing", "highTechEnterprise": true, "aboveDesignatedSize": true}"#, Eligible),
        fails: r#"{"zone": "chongqing", "highTechEnterprise": true, "aboveDesignatedSize": false}"#,
        unknown: (r#"{"zone": "chongqing", "highTechEnterprise": true}"#, &[Fact::AboveDesignatedSize]),
    },
    // （九）科创板成功上市的规上高新技术企业给予最高1000万元奖补.
    Case {
        id: "chongqing.star-listing-award",
        passes: (
            r#"{"zone": "bishan", "highTechEnterprise": true, "aboveDesignatedSize": true, "listedOnStarMarket": true}"#,
            Eligible,
        ),
        fails: r#"{"zone": "bishan", "highTechEnterprise": true, "aboveDesignatedSize": true, "listedOnStarMarket": false}"#,
        unknown: (
            r#"{"zone": "bishan"}"#,
            &[Fact::HighTechEnterprise, Fact::AboveDesignatedSize, Fact::ListedOnStarMarket],
        ),
    },
    // （十）科技人员携带科技成果在高新区创新创业.
    Case {
        id: "chongqing.researcher-startup",
        passes: (r#"{"zone": "rongchang", "researcher": true, "startupInZone": true}"#, Eligible),
        fails: r#"{"zone": "rongchang", "researcher": true, "startupInZone": false}"#,
        unknown: (r#"{"zone": "rongchang"}"#, &[Fact::StartupInZone, Fact::Researcher]),
    },
    // （十）优先采购高新区内科技型中小企业的产品和服务.
    Case {
        id: "chongqing.tech-sme-procurement",
        passes: (r#"{"province": "chongqing", "zoneLevel": "provincial", "techSme": true}"#, Eligible),
        fails: r#"{"province": "chongqing", "zoneLevel": "provincial", "techSme": false}"#,
        unknown: (r#"{"techSme": true}"#, &[Fact::Province, Fact::ZoneLevel]),
    },
    // （十一）鼓励高新区建立科技创新券制度: only where the zone has one.
    Case {
        id: "chongqing.innovation-voucher",
        passes: (r#"{"zone": "chongqing", "techSme": true}"#, Conditional),
        fails: r#"{"zone": "chongqing", "techEnterprise": false}"#,
        unknown: (r#"{"zone": "chongqing"}"#, &[Fact::TechEnterprise]),
    },
    // （十一）事业单位服务机构…不低于50%的科技收入奖励服务人员: all of Chongqing.
    Case {
        id: "chongqing.service-income-reward",
        passes: (r#"{"province": "chongqing", "zoneLevel": "none", "publicInstitutionServiceOrg": true}"#, Eligible),
        fails: r#"{"province": "chongqing", "publicInstitutionServiceOrg": false}"#,
        unknown: (r#"{"publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#, &[Fact::Province]),
    },
    // （十三）紧缺急需外籍人才，可按规定适当放宽年龄、学历、工作经历等限制.
    Case {
        id: "chongqing.foreign-talent-relaxed-limits",
        passes: (r#"{"zone": "chongqing", "foreignNational": true, "urgentlyNeededTalent": true}"#, Conditional),
        fails: r#"{"zone": "chongqing", "foreignNational": false, "urgentlyNeededTalent": true}"#,
        unknown: (r#"{"zone": "chongqing", "foreignNational": true}"#, &[Fact::UrgentlyNeededTalent]),
    },
    // （十三）符合条件的外籍高层次人才…申请在华永久居留.
    Case {
        id: "chongqing.permanent-residence",
        passes: (r#"{"zone": "yongchuan", "foreignNational": true, "highLevelTalent": true}"#, Conditional),
        fails: r#"{"zone": "yongchuan", "foreignNational": true, "highLevelTalent": false}"#,
        unknown: (r#"{"foreignNational": true, "highLevelTalent": true}"#, &[Fact::Province, Fact::ZoneLevel]),
    },
    // （十三）科研人员申请博士“直通车”科研项目可适当放宽条件.
    Case {
        id: "chongqing.doctoral-fast-track",
        passes: (r#"{"zone": "chongqing", "researcher": true}"#, Conditional),
        fails: r#"{"zone": "chongqing", "researcher": false}"#,
        unknown: (r#"{"zone": "chongqing"}"#, &[Fact::Researcher]),
    },
    // （十五）落实创新产品“首台套”政策.
    Case {
        id: "chongqing.first-set-policy",
        passes: (r#"{"zone": "bishan", "firstSetEquipment": true}"#, Eligible),
        fails: r#"{"zone": "bishan", "firstSetEquipment": false}"#,
        unknown: (r#"{"province": "chongqing", "firstSetEquipment": true}"#, &[Fact::ZoneLevel]),
    },
    // （十五）由高新区对出让方、受让方、转化服务机构给予经费补助: one measure per party.
    Case {
        id: "chongqing.transfer-subsidy-transferor",
        passes: (r#"{"zone": "chongqing", "achievementTransferRole": "transferor"}"#, Eligible),
        fails: r#"{"zone": "chongqing", "achievementTransferRole": "transferee"}"#,
        unknown: (r#"{"zone": "chongqing"}"#, &[Fact::AchievementTransferRole]),
    },
    Case {
        id: "chongqing.transfer-subsidy-transferee",
        passes: (r#"{"zone": "chongqing", "achievementTransferRole": "transferee"}"#, Eligible),
        fails: r#"{"zone": "chongqing", "achievementTransferRole": "none"}"#,
        unknown: (r#"{"achievementTransferRole": "transferee"}"#, &[Fact::Province, Fact::ZoneLevel]),
    },
    Case {
        id: "chongqing.transfer-subsidy-service-agency",
        passes: (r#"{"zone": "chongqing", "achievementTransferRole": "serviceAgency"}"#, Eligible),
        fails: r#"{"zone": "chongqing", "achievementTransferRole": "transferor"}"#,
        unknown: (r#"{}"#, &[Fact::Province, Fact::ZoneLevel, Fact::AchievementTransferRole]),
    },
    // （二十一）金融机构加大对高新区科技型企业知识价值信用贷款力度.
    Case {
        id: "chongqing.tech-enterprise-credit-loan",
        passes: (r#"{"zone": "chongqing", "highTechEnterprise": true}"#, Eligible),
        fails: r#"{"zone": "chongqing", "techEnterprise": false}"#,
        unknown: (r#"{"zone": "chongqing", "techSme": false}"#, &[Fact::TechEnterprise]),
    },
    // ---- Guizhou ----
    // (五)研发费用加计扣除.
    Case {
        id: "guizhou.rd-super-deduction",
        passes: (r#"{"zone": "zunyi", "rdExpenseYuan": 1}"#, Eligible),
        fails: r#"{"province": "guizhou", "zoneLevel": "none", "rdExpenseYuan": 1000000}"#,
        unknown: (r#"{"province": "guizhou", "zoneLevel": "provincial"}"#, &[Fact::RdExpenseYuan]),
    },
    // (五)高新技术企业所得税减免.
    Case {
        id: "guizhou.high-tech-enterprise-income-tax",
        passes: (r#"{"zone": "guiyang", "highTechEnterprise": true}"#, Eligible),
        fails: r#"{"zone": "guiyang", "highTechEnterprise": false}"#,
        unknown: (r#"{"zone": "guiyang"}"#, &[Fact::HighTechEnterprise]),
    },
    // (五)技术合同登记税收减免.
    Case {
        id: "guizhou.tech-contract-tax-relief",
        passes: (r#"{"zone": "qiannan", "registersTechContracts": true}"#, Eligible),
        fails: r#"{"zone": "qiannan", "registersTechContracts": false}"#,
        unknown: (r#"{"province": "guizhou", "registersTechContracts": true}"#, &[Fact::ZoneLevel]),
    },
    // (五)内部研发投入强度超过5%且营业收入超过3亿元的科技型企业，按科创板方向抓好上市培育.
    Case {
        id: "guizhou.star-listing-cultivation",
        passes: (
            r#"{"zone": "guiyang", "techEnterprise": true, "revenueYuan": 400000000, "rdExpenseYuan": 30000000}"#,
            Eligible,
        ),
        fails: r#"{"zone": "guiyang", "techEnterprise": true, "revenueYuan": 200000000, "rdExpenseYuan": 30000000}"#,
        unknown: (r#"{"zone": "guiyang", "techEnterprise": true}"#, &[Fact::RevenueYuan, Fact::RdExpenseYuan]),
    },
    // (八)高校、科研院所的科研人员…以“技术股+现金股”形式开展科技成果转化活动.
    Case {
        id: "guizhou.researcher-equity-transformation",
        passes: (r#"{"zone": "anshun", "researcher": true}"#, Eligible),
        fails: r#"{"zone": "anshun", "researcher": false}"#,
        unknown: (r#"{"researcher": true}"#, &[Fact::Province, Fact::ZoneLevel]),
    },
    // (八)重大科技成果项目…按“一事一议”方式给予不超过1000万元.
    Case {
        id: "guizhou.major-achievement-transfer",
        passes: (r#"{"zone": "bijie", "majorAchievementProject": true}"#, Conditional),
        fails: r#"{"zone": "bijie", "majorAchievementProject": false}"#,
        unknown: (r#"{"zone": "bijie"}"#, &[Fact::MajorAchievementProject]),
    },
    // (十二)知识产权质押融资.
    Case {
        id: "guizhou.ip-pledge-financing",
        passes: (r#"{"zone": "tongren", "ownsIntellectualProperty": true}"#, Eligible),
        fails: r#"{"zone": "tongren", "ownsIntellectualProperty": false}"#,
        unknown: (r#"{"zone": "tongren"}"#, &[Fact::OwnsIntellectualProperty]),
    },
    // (十二)高新区内高成长企业利用科创板等多层次资本市场挂牌上市.
    Case {
        id: "guizhou.star-market-listing-support",
        passes: (r#"{"zone": "liupanshui", "highGrowthEnterprise": true}"#, Eligible),
        fails: r#"{"zone": "liupanshui", "highGrowthEnterprise": false}"#,
        unknown: (r#"{"province": "guizhou"}"#, &[Fact::ZoneLevel, Fact::HighGrowthEnterprise]),
    },
    // (十九)国家高新区内企业工作的境外高端人才…年龄可放宽至65岁.
    Case {
        id: "guizhou.work-permit-age-65",
        passes: (
            r#"{"zone": "anshun", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 65}"#,
            Conditional,
        ),
        fails: r#"{"zone": "anshun", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 66}"#,
        unknown: (
            r#"{}"#,
            &[
                Fact::Province,
                Fact::ZoneLevel,
                Fact::ForeignNational,
                Fact::Age,
                Fact::HighEndTalent,
                Fact::WorksInZoneEnterprise,
            ],
        ),
    },
];

fn our_measures() -> impl Iterator<Item = &'static hitech_eligibility::Measure> {
    catalogue::measures().filter(|m| m.id.starts_with("chongqing.") || m.id.starts_with("guizhou."))
}

#[test]
fn every_measure_passes_fails_and_stays_unknown_as_expected() {
    for case in CASES {
        let (profile, status) = case.passes;
        assert_status(case.id, profile, status);
        assert_status(case.id, case.fails, Status::Ineligible);
        let (profile, missing) = case.unknown;
        assert_unknown(case.id, profile, missing);
    }
}

#[test]
fn the_cases_cover_every_measure_of_both_documents_once() {
    let cased: Vec<&str> = CASES.iter().map(|case| case.id).collect();
    let catalogued: Vec<&str> = our_measures().map(|m| m.id).collect();
    assert_eq!(cased, catalogued, "one case per measure, in catalogue order");
    assert_eq!(cased.iter().collect::<HashSet<_>>().len(), cased.len(), "ids are unique");
}

#[test]
fn filling_in_a_fact_the_outcome_did_not_depend_on_changes_nothing() {
    // Soundness (SPEC §2): each definitive case keeps its status when every
    // other yes/no fact is added either way.
    let extra = ["smallMicroEnterprise", "angelInvestor", "invitedByZoneEnterprise", "startupInZone"];
    for case in CASES {
        for (profile, status) in [case.passes, (case.fails, Status::Ineligible)] {
            let mut value: serde_json::Value = serde_json::from_str(profile).unwrap();
            let object = value.as_object_mut().unwrap();
            for field in extra {
                let read = catalogue::find(case.id).unwrap().condition.facts().iter().any(|f| f.name() == field);
                if read || object.contains_key(field) {
                    continue;
                }
                for answer in [true, false] {
                    let mut filled = object.clone();
                    filled.insert(field.to_owned(), answer.into());
                    let text = serde_json::Value::Object(filled).to_string();
                    assert_status(case.id, &text, status);
                }
            }
        }
    }
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
    assert_eq!(chongqing.date, None);
    let guizhou = catalogue::find("guizhou.star-listing-cultivation").unwrap().document;
    assert_eq!(guizhou.number, Some("黔科领发〔2021〕1号"));
    assert_eq!(guizhou.date, Some("2021-11-13"));
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

// ---- Jurisdiction ----

/// Someone who answers yes to everything, located in the given place.
fn yes_to_everything(place: &str) -> String {
    format!(
        r#"{{{place}, "highTechEnterprise": true, "aboveDesignatedSize": true, "techSme": true,
            "highGrowthEnterprise": true, "revenueYuan": 500000000, "rdExpenseYuan": 50000000,
            "listedOnStarMarket": true, "majorAchievementProject": true, "achievementTransferRole": "transferor",
            "ownsIntellectualProperty": true, "firstSetEquipment": true, "registersTechContracts": true,
            "foreignNational": true, "age": 40, "highEndTalent": true, "worksInZoneEnterprise": true,
            "urgentlyNeededTalent": true, "highLevelTalent": true, "startupInZone": true, "researcher": true,
            "publicInstitutionServiceOrg": true, "techIncomeYuan": 1000000}}"#
    )
}

#[test]
fn a_sichuan_profile_gets_nothing_from_chongqing_or_guizhou() {
    for place in [r#""zone": "chengdu""#, r#""province": "sichuan", "zoneLevel": "provincial""#] {
        let profile = yes_to_everything(place);
        for measure in our_measures() {
            assert_status(measure.id, &profile, Status::Ineligible);
        }
    }
}

#[test]
fn chongqing_and_guizhou_do_not_apply_to_each_other() {
    let in_chongqing = yes_to_everything(r#""zone": "chongqing""#);
    let in_guiyang = yes_to_everything(r#""zone": "guiyang""#);
    for measure in our_measures() {
        let (home, away) = if measure.id.starts_with("chongqing.") {
            (&in_chongqing, &in_guiyang)
        } else {
            (&in_guiyang, &in_chongqing)
        };
        // The profile plays one part in a transfer, the transferor; the other
        // parties are checked in `each_party_to_a_transfer_gets_exactly_its_own_subsidy`.
        let other_party = measure.id.starts_with("chongqing.transfer-subsidy-")
            && measure.id != "chongqing.transfer-subsidy-transferor";
        assert!(other_party || check(measure.id, home).status != Status::Ineligible, "{} at home", measure.id);
        assert_status(measure.id, away, Status::Ineligible);
    }
}

#[test]
fn chongqing_measures_cover_national_and_municipal_zones_but_not_outside() {
    // Municipal zones (市级高新区) are `provincial` in the data.
    let municipal = r#"{"province": "chongqing", "zoneLevel": "provincial", "highTechEnterprise": true, "aboveDesignatedSize": true}"#;
    let outside =
        r#"{"province": "chongqing", "zoneLevel": "none", "highTechEnterprise": true, "aboveDesignatedSize": true}"#;
    assert_status("chongqing.knowledge-value-loan", municipal, Status::Eligible);
    assert_status("chongqing.knowledge-value-loan", outside, Status::Ineligible);
}

#[test]
fn guizhou_measures_cover_national_and_provincial_zones_but_not_outside() {
    assert_status("guizhou.ip-pledge-financing", r#"{"zone": "guiyang", "ownsIntellectualProperty": true}"#, Eligible);
    assert_status(
        "guizhou.ip-pledge-financing",
        r#"{"zone": "qiandongnan", "ownsIntellectualProperty": true}"#,
        Eligible,
    );
    assert_status(
        "guizhou.ip-pledge-financing",
        r#"{"province": "guizhou", "zoneLevel": "none", "ownsIntellectualProperty": true}"#,
        Status::Ineligible,
    );
}

// ---- Chongqing （十一）: the S&T service institutions' reward ----

#[test]
fn service_income_reward_reports_the_minimum_reward() {
    // 不低于50%的科技收入: 2,000,000 yuan of S&T income → at least 1,000,000 yuan.
    let result = check(
        "chongqing.service-income-reward",
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#,
    );
    assert_eq!(result.status, Status::Eligible);
    assert_eq!(result.minimum_yuan, Some(Yuan(100_000_000)), "in fen");
}

#[test]
fn service_income_reward_minimum_rounds_up_to_the_fen() {
    // 0.03 yuan of income: half is 1.5 fen, and "不低于" means at least 2 fen.
    let result = check(
        "chongqing.service-income-reward",
        r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 0.03}"#,
    );
    assert_eq!(result.minimum_yuan, Some(Yuan(2)));
}

#[test]
fn service_income_reward_without_income_is_eligible_with_no_figure() {
    // The income is not a condition: the institution qualifies, we just cannot say how much.
    let result =
        check("chongqing.service-income-reward", r#"{"province": "chongqing", "publicInstitutionServiceOrg": true}"#);
    assert_eq!(result.status, Status::Eligible);
    assert_eq!(result.minimum_yuan, None);
}

#[test]
fn service_income_reward_is_not_limited_to_the_zones() {
    // The sentence says 事业单位服务机构, not 高新区内: any Chongqing location will do.
    for place in
        [r#""zone": "chongqing""#, r#""province": "chongqing", "zoneLevel": "none""#, r#""province": "chongqing""#]
    {
        let profile = format!(r#"{{{place}, "publicInstitutionServiceOrg": true}}"#);
        assert_status("chongqing.service-income-reward", &profile, Status::Eligible);
    }
    let ineligible = check(
        "chongqing.service-income-reward",
        r#"{"province": "guizhou", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#,
    );
    assert_eq!(ineligible.status, Status::Ineligible);
    assert_eq!(ineligible.minimum_yuan, None, "no figure for someone who does not qualify");
}

// ---- Chongqing （十五）: one transfer subsidy per party ----

#[test]
fn each_party_to_a_transfer_gets_exactly_its_own_subsidy() {
    let parties = [
        ("transferor", "chongqing.transfer-subsidy-transferor"),
        ("transferee", "chongqing.transfer-subsidy-transferee"),
        ("serviceAgency", "chongqing.transfer-subsidy-service-agency"),
    ];
    for (role, own) in parties {
        let profile = format!(r#"{{"zone": "bishan", "achievementTransferRole": "{role}"}}"#);
        for (_, id) in parties {
            let expected = if id == own { Status::Eligible } else { Status::Ineligible };
            assert_status(id, &profile, expected);
        }
    }
}

// ---- Guizhou (五): 研发投入强度超过5%且营业收入超过3亿元 ----

fn cultivation(revenue: &str, rd: &str) -> Status {
    let profile =
        format!(r#"{{"zone": "anshun", "techEnterprise": true, "revenueYuan": {revenue}, "rdExpenseYuan": {rd}}}"#);
    check("guizhou.star-listing-cultivation", &profile).status
}

#[test]
fn star_listing_cultivation_revenue_must_be_over_300_million() {
    // 超过3亿元 is strict; R&D of 100 million keeps the intensity well over 5%.
    assert_eq!(cultivation("299999999.99", "100000000"), Status::Ineligible, "just below");
    assert_eq!(cultivation("300000000", "100000000"), Status::Ineligible, "exactly 3亿 is not over");
    assert_eq!(cultivation("300000000.01", "100000000"), Status::Eligible, "one fen over");
}

#[test]
fn star_listing_cultivation_rd_intensity_must_be_over_5_percent() {
    // Revenue 400 million: 5% is exactly 20 million.
    assert_eq!(cultivation("400000000", "19999999.99"), Status::Ineligible, "just below");
    assert_eq!(cultivation("400000000", "20000000"), Status::Ineligible, "exactly 5% is not over");
    assert_eq!(cultivation("400000000", "20000000.01"), Status::Eligible, "one fen over");
}

#[test]
fn star_listing_cultivation_fails_on_one_known_threshold_even_with_gaps() {
    // Revenue of exactly 3亿 already rules it out; the unknown R&D cannot help.
    assert_status(
        "guizhou.star-listing-cultivation",
        r#"{"zone": "anshun", "techEnterprise": true, "revenueYuan": 300000000}"#,
        Status::Ineligible,
    );
    // Revenue over 3亿 but R&D unknown: the intensity is still open.
    assert_unknown(
        "guizhou.star-listing-cultivation",
        r#"{"zone": "anshun", "techEnterprise": true, "revenueYuan": 400000000}"#,
        &[Fact::RdExpenseYuan],
    );
}

#[test]
fn star_listing_cultivation_small_rd_rules_it_out_before_revenue_is_known() {
    // Over 5% of over 3亿 is over 1500万: R&D of at most 15 million yuan can
    // never qualify, whatever the revenue turns out to be.
    let id = "guizhou.star-listing-cultivation";
    let with_rd = |rd: &str| format!(r#"{{"zone": "anshun", "techEnterprise": true, "rdExpenseYuan": {rd}}}"#);
    assert_status(id, &with_rd("0.01"), Status::Ineligible);
    assert_status(id, &with_rd("14999999.99"), Status::Ineligible);
    assert_status(id, &with_rd("15000000"), Status::Ineligible);
    assert_unknown(id, &with_rd("15000000.01"), &[Fact::RevenueYuan]);
    // …and 15,000,000.01 yuan does qualify with a revenue one fen over 3亿.
    assert_eq!(cultivation("300000000.01", "15000000.01"), Status::Eligible);
    assert_eq!(cultivation("300000000.01", "15000000"), Status::Ineligible);
}

#[test]
fn star_listing_cultivation_counts_high_tech_enterprises_and_tech_smes_as_tech_enterprises() {
    for kind in ["highTechEnterprise", "techSme"] {
        let profile =
            format!(r#"{{"zone": "guiyang", "{kind}": true, "revenueYuan": 400000000, "rdExpenseYuan": 30000000}}"#);
        assert_status("guizhou.star-listing-cultivation", &profile, Status::Eligible);
    }
}

// ---- Guizhou (十九): 境外高端人才…年龄可放宽至65岁, national zones only ----

fn expert(place: &str, age: &str) -> String {
    format!(r#"{{{place}, "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, {age}}}"#)
}

#[test]
fn work_permit_age_limit_is_65_completed_years() {
    let id = "guizhou.work-permit-age-65";
    let anshun = r#""zone": "anshun""#;
    assert_status(id, &expert(anshun, r#""age": 64"#), Status::Conditional);
    assert_status(id, &expert(anshun, r#""age": 65"#), Status::Conditional);
    assert_status(id, &expert(anshun, r#""age": 66"#), Status::Ineligible);
    // asOf 2026-01-01: born 1960-01-02 is still 65; born 1960-01-01 turns 66 that day.
    assert_status(id, &expert(anshun, r#""birthDate": "1960-01-02""#), Status::Conditional);
    assert_status(id, &expert(anshun, r#""birthDate": "1960-01-01""#), Status::Ineligible);
}

#[test]
fn work_permit_age_65_is_for_guizhou_national_zones_only() {
    let id = "guizhou.work-permit-age-65";
    let age = r#""age": 60"#;
    assert_status(id, &expert(r#""zone": "anshun""#, age), Status::Conditional);
    assert_status(id, &expert(r#""zone": "guiyang""#, age), Status::Conditional);
    // Zunyi is a provincial zone: (十九) says 国家高新区.
    assert_status(id, &expert(r#""zone": "zunyi""#, age), Status::Ineligible);
    assert_status(id, &expert(r#""province": "guizhou", "zoneLevel": "provincial""#, age), Status::Ineligible);
    // A national zone elsewhere is the State Council's rule, not Guizhou's.
    assert_status(id, &expert(r#""zone": "chongqing""#, age), Status::Ineligible);
}

#[test]
fn work_permit_age_65_asks_only_what_is_still_open() {
    let id = "guizhou.work-permit-age-65";
    assert_unknown(id, &expert(r#""zone": "guiyang""#, r#""asOf": "2026-01-01""#), &[Fact::Age]);
    // Too old already decides it, whatever the zone.
    assert_status(
        id,
        r#"{"province": "guizhou", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 70}"#,
        Status::Ineligible,
    );
    assert_unknown(
        id,
        r#"{"province": "guizhou", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 50}"#,
        &[Fact::ZoneLevel],
    );
}
