//! How long a full-catalogue evaluation takes for representative profiles,
//! and the batch path of `check --jsonl` (JSON line in, report line out).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hitech_eligibility::{check_json, evaluate, next_questions, CivilDate, Facts};

const PROFILES: &[(&str, &str)] = &[
    ("empty", "{}"),
    (
        "enterprise",
        r#"{"zone": "chongqing", "highTechEnterprise": true, "aboveDesignatedSize": true, "revenueYuan": 450000000, "rdExpenseYuan": 30000000}"#,
    ),
    (
        "talent",
        r#"{"province": "sichuan", "zoneLevel": "provincial", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "birthDate": "1961-05-01"}"#,
    ),
    ("institution", r#"{"province": "chongqing", "publicInstitutionServiceOrg": true, "techIncomeYuan": 2000000}"#),
    (
        "full",
        r#"{"asOf": "2026-01-01", "zone": "guiyang", "highTechEnterprise": true, "aboveDesignatedSize": true, "techSme": false, "smallMicroEnterprise": false, "highGrowthEnterprise": true, "revenueYuan": 450000000, "rdExpenseYuan": 30000000, "listedOnStarMarket": false, "majorAchievementProject": true, "achievementTransferRole": "transferee", "ownsIntellectualProperty": true, "firstSetEquipment": false, "registersTechContracts": true, "angelInvestor": false, "foreignNational": true, "age": 64, "highEndTalent": true, "worksInZoneEnterprise": true, "invitedByZoneEnterprise": true, "urgentlyNeededTalent": false, "highLevelTalent": true, "graduation": "none", "startupInZone": false, "researcher": false, "publicInstitutionServiceOrg": false, "techIncomeYuan": 0}"#,
    ),
];

fn today() -> CivilDate {
    CivilDate::parse("2026-01-01").unwrap_or_else(|_| unreachable!())
}

fn benches(c: &mut Criterion) {
    for (name, json) in PROFILES {
        let facts = Facts::from_json(json, today()).unwrap_or_else(|e| panic!("{name}: {e}"));
        c.bench_function(&format!("evaluate/{name}"), |b| b.iter(|| evaluate(black_box(&facts))));
        c.bench_function(&format!("jsonl-line/{name}"), |b| {
            b.iter(|| {
                let report = check_json(black_box(json), today()).unwrap_or_else(|e| panic!("{e}"));
                serde_json::to_string(&report).unwrap_or_default()
            })
        });
    }
    let empty = Facts::from_json("{}", today()).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("next-questions/empty", |b| b.iter(|| next_questions(&evaluate(black_box(&empty)))));
}

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);
