//! How long a full-catalogue evaluation takes for representative profiles:
//! as the library's `Report` (with every reason's words), as the packed
//! verdicts the WebAssembly glue receives (the evaluation alone), and as the
//! batch path of `check --jsonl` (JSON line in, report line out).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hitech_eligibility::output::encode::{pack_report, write_report_json};
use hitech_eligibility::{evaluate, next_questions, CivilDate, Profile};

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
        r#"{"asOf": "2026-01-01", "zone": "guiyang", "highTechEnterprise": true, "aboveDesignatedSize": true, "techSme": false, "smallMicroEnterprise": false, "highGrowthEnterprise": true, "revenueYuan": 450000000, "rdExpenseYuan": 30000000, "listedOnStarMarket": false, "majorAchievementProject": true, "achievementTransferRole": "transferee", "ownsIntellectualProperty": true, "firstSetEquipment": false, "techContractSeller": true, "angelInvestor": false, "foreignNational": true, "age": 64, "highEndTalent": true, "worksInZoneEnterprise": true, "invitedByZoneEnterprise": true, "urgentlyNeededTalent": false, "highLevelTalent": true, "graduation": "none", "startupInZone": false, "researcher": false, "publicInstitutionServiceOrg": false, "techIncomeYuan": 0}"#,
    ),
];

fn today() -> CivilDate {
    CivilDate::parse("2026-01-01").unwrap_or_else(|_| unreachable!())
}

fn benches(c: &mut Criterion) {
    for (name, json) in PROFILES {
        let facts = Profile::from_json(json, today()).unwrap_or_else(|e| panic!("{name}: {e}"));
        c.bench_function(&format!("evaluate/{name}"), |b| b.iter(|| evaluate(black_box(&facts))));
        let mut packed = Vec::new();
        c.bench_function(&format!("packed/{name}"), |b| b.iter(|| pack_report(&mut packed, black_box(&facts))));
        let mut line = Vec::new();
        c.bench_function(&format!("jsonl-line/{name}"), |b| {
            b.iter(|| {
                // What check --jsonl does per line: read, check, evaluate, write.
                line.clear();
                let facts = Profile::from_json(black_box(json), today()).unwrap_or_else(|e| panic!("{e}"));
                write_report_json(&mut line, &facts, true).unwrap_or_else(|e| panic!("{e}"));
                line.len()
            })
        });
    }
    let empty = Profile::from_json("{}", today()).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("next-questions/empty", |b| b.iter(|| next_questions(&evaluate(black_box(&empty)))));
}

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);
