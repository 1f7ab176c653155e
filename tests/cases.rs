//! The analyst's cases: `tests/cases/*.toml`, one file per source document.
//!
//! Each case is a profile, as a caller would send it, checked against one or
//! more measures of that document: the status it must get, exactly the facts
//! still missing, and a line saying why in plain words (see
//! `tests/cases/README.md` for the format). This file loads every case,
//! evaluates it, and reports every case that disagrees with the engine, with
//! its file, name and why, before failing; it also checks that the cases
//! cover every measure of the catalogue met, not met, and not yet known.

use hitech_eligibility::engine::fact::FactKind;
use hitech_eligibility::output::report::evaluate_measure;
use hitech_eligibility::{catalogue, measures, CivilDate, Fact, Measure, Profile, Status};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One `tests/cases/<document>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// The date every case is checked for unless it gives its own.
    as_of: String,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// One measure id, or several in `measures`.
    measure: Option<String>,
    #[serde(default)]
    measures: Vec<String>,
    /// A JSON object of facts; anything absent is unknown.
    profile: String,
    as_of: Option<String>,
    status: Expected,
    /// For `unknown`: exactly the facts still open, in the order of `Fact::ALL`.
    #[serde(default)]
    missing: Vec<String>,
    why: String,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
enum Expected {
    Eligible,
    Conditional,
    Informational,
    Ineligible,
    Unknown,
}

impl Expected {
    fn status(self) -> Status {
        match self {
            Expected::Eligible => Status::Eligible,
            Expected::Conditional => Status::Conditional,
            Expected::Informational => Status::Informational,
            Expected::Ineligible => Status::Ineligible,
            Expected::Unknown => Status::Unknown,
        }
    }
}

/// A status as the report writes it.
fn name(status: Status) -> &'static str {
    hitech_eligibility::output::encode::status_name(status)
}

/// A case read and checked for sense, ready to evaluate.
struct Loaded {
    file: String,
    name: String,
    measures: Vec<&'static Measure>,
    profile: String,
    facts: Profile,
    as_of: CivilDate,
    status: Status,
    missing: Vec<String>,
    why: String,
}

impl Loaded {
    fn label(&self) -> String {
        format!("{}, case \"{}\"", self.file, self.name)
    }
}

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// Every case of every file.
struct Cases {
    cases: Vec<Loaded>,
    /// What does not make sense as a case: a profile the engine refuses, a
    /// `missing` list beside a definitive status, a status the measure's
    /// nature never gives…
    problems: Vec<String>,
    /// Cases that name a measure the catalogue does not have.
    no_such_measure: Vec<String>,
}

fn load() -> Cases {
    let files = case_files();
    assert!(!files.is_empty(), "no tests/cases/*.toml");
    let mut loaded = Vec::new();
    let mut problems = Vec::new();
    let mut no_such_measure = Vec::new();
    for path in files {
        let file = path.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned();
        let jurisdiction = file.trim_end_matches(".toml");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let parsed: CaseFile = match toml::from_str(&text) {
            Ok(parsed) => parsed,
            Err(error) => {
                problems.push(format!("{file}: not a case file: {error}"));
                continue;
            }
        };
        let Ok(file_as_of) = CivilDate::parse(&parsed.as_of) else {
            problems.push(format!("{file}: as_of \"{}\" is not a date YYYY-MM-DD", parsed.as_of));
            continue;
        };
        let mut names = BTreeSet::new();
        for case in parsed.cases {
            let label = format!("{file}, case \"{}\"", case.name);
            let mut complain = |problem: String| problems.push(format!("{label}: {problem}"));
            if !names.insert(case.name.clone()) {
                complain("another case in the file has the same name".into());
            }
            if case.why.trim().is_empty() || case.why.contains('\n') {
                complain("`why` must be one line of plain words".into());
            }
            let ids: Vec<String> = case.measure.iter().cloned().chain(case.measures.iter().cloned()).collect();
            if ids.is_empty() || (case.measure.is_some() && !case.measures.is_empty()) {
                complain("give either `measure` or `measures`".into());
            }
            let mut found = Vec::new();
            for id in &ids {
                match catalogue::find(id) {
                    Some(measure) if measure.jurisdiction().as_str() == jurisdiction => found.push(measure),
                    Some(_) => complain(format!("{id} belongs in {}.toml", id.split('.').next().unwrap_or(id))),
                    None => no_such_measure.push(format!("{label}: no measure {id} in the catalogue")),
                }
            }
            for fact in &case.missing {
                if Fact::from_name(fact).is_none() {
                    complain(format!("`missing` names {fact}, which is no fact"));
                }
            }
            match (case.status, case.missing.is_empty()) {
                (Expected::Unknown, true) => complain("an unknown status always lists what is missing".into()),
                (status, false) if status != Expected::Unknown => {
                    complain("only an unknown status lists missing facts".into());
                }
                _ => {}
            }
            for measure in &found {
                if !measure.nature.allows(case.status.status()) {
                    complain(format!(
                        "{} is {}: met, it is {}, never {}",
                        measure.id,
                        measure.nature.name(),
                        name(measure.nature.when_met()),
                        name(case.status.status())
                    ));
                }
            }
            let as_of = match case.as_of.as_deref().map(CivilDate::parse) {
                None => file_as_of,
                Some(Ok(date)) => date,
                Some(Err(_)) => {
                    complain("as_of is not a date YYYY-MM-DD".into());
                    continue;
                }
            };
            match serde_json::from_str::<serde_json::Value>(&case.profile) {
                Ok(serde_json::Value::Object(object)) if object.contains_key("asOf") => {
                    complain("the date goes in the case's `as_of`, not in the profile".into());
                    continue;
                }
                Ok(serde_json::Value::Object(_)) => {}
                _ => {
                    complain("the profile is not a JSON object".into());
                    continue;
                }
            }
            let facts = match Profile::from_json(&case.profile, as_of) {
                Ok(facts) => facts,
                Err(error) => {
                    complain(format!("the engine refuses the profile: {error}"));
                    continue;
                }
            };
            loaded.push(Loaded {
                file: file.clone(),
                name: case.name,
                measures: found,
                profile: case.profile,
                facts,
                as_of,
                status: case.status.status(),
                missing: case.missing,
                why: case.why,
            });
        }
    }
    Cases { cases: loaded, problems, no_such_measure }
}

fn fail_with(problems: &[String], checked: &str) {
    assert!(problems.is_empty(), "{} {checked}:\n\n{}\n", problems.len(), problems.join("\n\n"));
}

#[test]
fn every_case_gets_the_status_and_missing_facts_it_expects() {
    let Cases { cases, mut problems, .. } = load();
    let mut checks = 0;
    for case in &cases {
        for measure in &case.measures {
            checks += 1;
            let result = evaluate_measure(measure, &case.facts);
            let missing: Vec<&str> = result.missing.iter().map(|fact| fact.name()).collect();
            if result.status != case.status || missing != case.missing {
                problems.push(format!(
                    "{} ({}, asOf {}):\n  expected {} {:?}, got {} {:?}\n  profile: {}\n  why: {}",
                    case.label(),
                    measure.id,
                    case.as_of,
                    name(case.status),
                    case.missing,
                    name(result.status),
                    missing,
                    case.profile.split_whitespace().collect::<Vec<_>>().join(" "),
                    case.why
                ));
            }
        }
    }
    assert!(checks > 0, "no case checked anything");
    fail_with(&problems, &format!("problems in {} cases ({checks} measure checks)", cases.len()));
}

#[test]
fn every_measure_has_a_case_met_one_ineligible_and_one_unknown() {
    let Cases { cases, no_such_measure: mut problems, .. } = load();
    let mut seen: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for case in &cases {
        for measure in &case.measures {
            seen.entry(measure.id).or_default().insert(name(case.status));
        }
    }
    let mut uncovered = Vec::new();
    for measure in measures() {
        let statuses = seen.get(measure.id).cloned().unwrap_or_default();
        let lacking: Vec<&str> = [measure.nature.when_met(), Status::Ineligible, Status::Unknown]
            .into_iter()
            .map(name)
            .filter(|status| !statuses.contains(status))
            .collect();
        if !lacking.is_empty() {
            uncovered.push(format!(
                "{} ({}): no case where it is {}",
                measure.id,
                measure.nature.name(),
                lacking.join(", ")
            ));
        }
    }
    problems.extend(uncovered);
    fail_with(&problems, "measures without all three kinds of case, or cases naming no measure");
}

/// The facts a profile can give that make another fact true: filling them
/// in is filling in the fact they imply.
fn implies(source: Fact, read: &[Fact]) -> bool {
    match source {
        Fact::HighTechEnterprise | Fact::TechSme => read.contains(&Fact::TechEnterprise),
        Fact::Researcher => read.contains(&Fact::TechPersonnel),
        _ => false,
    }
}

#[test]
fn filling_in_a_fact_no_measure_of_a_case_reads_changes_nothing() {
    // Soundness (SPEC §2), tried on every case the engine answers definitively:
    // each yes/no fact the case leaves open and its measures do not read,
    // answered either way, leaves the result as it was.
    let cases = load().cases;
    let mut problems = Vec::new();
    for case in &cases {
        let Ok(serde_json::Value::Object(object)) = serde_json::from_str(&case.profile) else { continue };
        for measure in &case.measures {
            let before = evaluate_measure(measure, &case.facts).status;
            if before == Status::Unknown {
                continue;
            }
            let read = measure.condition.facts();
            for fact in Fact::ALL {
                let open = case.facts.get(fact).is_none() && !object.contains_key(fact.name());
                if !open || fact.kind() != FactKind::Bool || read.contains(&fact) || implies(fact, &read) {
                    continue;
                }
                for answer in [true, false] {
                    let mut filled = object.clone();
                    filled.insert(fact.name().to_owned(), answer.into());
                    let text = serde_json::Value::Object(filled).to_string();
                    // A fill that contradicts the profile (techEnterprise false
                    // beside techSme true) is no profile at all.
                    let Ok(facts) = Profile::from_json(&text, case.as_of) else { continue };
                    let after = evaluate_measure(measure, &facts).status;
                    if after != before {
                        problems.push(format!(
                            "{} ({}): {} became {} when {}: {answer} was added",
                            case.label(),
                            measure.id,
                            name(before),
                            name(after),
                            fact.name(),
                        ));
                    }
                }
            }
        }
    }
    fail_with(&problems, "results changed by a fact they did not depend on");
}
