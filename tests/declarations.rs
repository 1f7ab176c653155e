//! The TypeScript declarations of the package (src/wasm_types.d.ts, written
//! by hand for their words) held to the Rust tables they describe: every
//! field of `Profile` with its type, in the fact table's order, and every
//! union of values (provinces, zone levels, zones, choices, statuses,
//! natures, topics, benefit kinds). Any drift — a fact added, renamed,
//! retyped or reordered on one side only — fails here, with the line the
//! declarations should have.

use hitech_eligibility::encode::{status_name, STATUSES};
use hitech_eligibility::fact::{Choice, FactKind, GRADUATIONS, PROVINCES, TRANSFER_ROLES, ZONE_LEVELS};
use hitech_eligibility::measure::Topic;
use hitech_eligibility::zone::ZONES;
use hitech_eligibility::Fact;

const DTS: &str = include_str!("../src/wasm_types.d.ts");

/// The declarations without comments, one statement or member per line.
fn code() -> String {
    let mut out = String::new();
    let mut rest = DTS;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The string literals of `export type NAME = "a" | "b" …;`.
fn union(name: &str) -> Vec<String> {
    let code = code();
    let head = format!("export type {name} =");
    let start = code.find(&head).unwrap_or_else(|| panic!("no `{head}` in src/wasm_types.d.ts"));
    let body = &code[start + head.len()..];
    let body = &body[..body.find(';').expect("the union ends with ;")];
    body.split('|').map(|part| part.trim().trim_matches('"').to_owned()).filter(|s| !s.is_empty()).collect()
}

/// The members of `export interface NAME { … }`, as `name?: type` lines.
fn interface(name: &str) -> Vec<String> {
    let code = code();
    let head = format!("export interface {name} {{");
    let start = code.find(&head).unwrap_or_else(|| panic!("no `{head}` in src/wasm_types.d.ts"));
    let body = &code[start + head.len()..];
    let body = &body[..body.find("\n}").expect("the interface ends with }")];
    body.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

fn values(choices: &[Choice]) -> Vec<String> {
    choices.iter().map(|c| c.value.to_owned()).collect()
}

/// The TypeScript type of a fact, from its kind.
fn ts_type(fact: Fact) -> &'static str {
    match fact.kind() {
        FactKind::Bool => "boolean",
        FactKind::Money | FactKind::Age => "number",
        FactKind::Zone => "ZoneId",
        FactKind::Choice(choices) if choices == PROVINCES => "Province",
        FactKind::Choice(choices) if choices == ZONE_LEVELS => "ZoneLevel",
        FactKind::Choice(choices) if choices == GRADUATIONS => "Graduation",
        FactKind::Choice(choices) if choices == TRANSFER_ROLES => "AchievementTransferRole",
        FactKind::Choice(_) => panic!("{}: a choice without a named union in the declarations", fact.name()),
    }
}

#[test]
fn profile_declares_every_fact_with_its_type_in_the_table_order() {
    // asOf first, birthDate just before age: the two fields that are not facts.
    let mut expected = vec!["asOf?: IsoDate | null;".to_owned()];
    for fact in Fact::ALL {
        if fact == Fact::Age {
            expected.push("birthDate?: IsoDate | null;".to_owned());
        }
        expected.push(format!("{}?: {} | null;", fact.name(), ts_type(fact)));
    }
    let declared = interface("Profile");
    if declared != expected {
        panic!(
            "src/wasm_types.d.ts's Profile differs from the fact table (src/fact.rs). It should read, comments aside:\n{}",
            expected.join("\n")
        );
    }
}

#[test]
fn the_unions_are_the_tables_values() {
    assert_eq!(union("Province"), values(PROVINCES));
    assert_eq!(union("ZoneLevel"), values(ZONE_LEVELS));
    assert_eq!(union("Graduation"), values(GRADUATIONS));
    assert_eq!(union("AchievementTransferRole"), values(TRANSFER_ROLES));
    let mut zones: Vec<String> = ZONES.iter().map(|z| z.id.to_owned()).collect();
    let mut declared = union("ZoneId");
    zones.sort();
    declared.sort();
    assert_eq!(declared, zones, "ZoneId");
    assert_eq!(union("Status"), STATUSES.map(|s| status_name(s).to_owned()).to_vec());
    let topics: Vec<String> = Topic::ALL
        .iter()
        .map(|t| serde_json::to_value(t).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
        .collect();
    assert_eq!(union("Topic"), topics);
}
