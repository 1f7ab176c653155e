//! The TypeScript declarations of the package (js/engine.d.ts, written
//! by hand for their words) held to the Rust tables they describe: every
//! union of values (provinces, zone levels, zones, choices, statuses,
//! topics) is exactly the table's, and `Profile` is left to the build, which
//! writes one field per fact from the fact table (scripts/declarations.mjs).

use hitech_eligibility::engine::fact::{Choice, FactKind, GRADUATIONS, PROVINCES, TRANSFER_ROLES, ZONE_LEVELS};
use hitech_eligibility::engine::measure::Topic;
use hitech_eligibility::engine::zone::ZONES;
use hitech_eligibility::output::encode::{status_name, STATUSES};
use hitech_eligibility::Fact;

const DTS: &str = include_str!("../js/engine.d.ts");

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
    let start = code.find(&head).unwrap_or_else(|| panic!("no `{head}` in js/engine.d.ts"));
    let body = &code[start + head.len()..];
    let body = &body[..body.find(';').expect("the union ends with ;")];
    body.split('|').map(|part| part.trim().trim_matches('"').to_owned()).filter(|s| !s.is_empty()).collect()
}

/// The members of `export interface NAME { … }`, as `name?: type` lines.
fn interface(name: &str) -> Vec<String> {
    let code = code();
    let head = format!("export interface {name} {{");
    let start = code.find(&head).unwrap_or_else(|| panic!("no `{head}` in js/engine.d.ts"));
    let body = &code[start + head.len()..];
    let body = &body[..body.find("\n}").expect("the interface ends with }")];
    body.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

fn values(choices: &[Choice]) -> Vec<String> {
    choices.iter().map(|c| c.value.to_owned()).collect()
}

#[test]
fn profile_is_written_from_the_fact_table_by_the_build() {
    // Only asOf is written by hand; scripts/declarations.mjs writes one field
    // per fact at the marker (tests/node/types.test.mjs checks the result).
    let declared = interface("Profile");
    assert_eq!(declared, ["asOf?: IsoDate | null;"], "Profile in js/engine.d.ts holds asOf and the marker only");
    assert_eq!(DTS.matches("// FACTS:").count(), 1, "the marker scripts/declarations.mjs replaces");
    // Every choice fact's values are a named union there, so that its field gets a type name.
    for fact in Fact::ALL {
        if let FactKind::Choice(choices) = fact.kind() {
            let named = ["Province", "ZoneLevel", "Graduation", "AchievementTransferRole"]
                .iter()
                .any(|name| union(name) == values(choices));
            assert!(named, "{}: its values are no named union in js/engine.d.ts", fact.name());
        }
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
