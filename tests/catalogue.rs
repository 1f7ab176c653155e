//! The catalogue as a whole: every quote is really in its source text, ids
//! follow the scheme, the fixed ids of SPEC.md §3 are all there, and each
//! document's metadata is as the README of the sources says.

use hitech_eligibility::catalogue::{documents, find};
use hitech_eligibility::engine::condition::Condition;
use hitech_eligibility::engine::fact::Audience;
use hitech_eligibility::engine::measure::{DocumentStatus, Nature};
use hitech_eligibility::{measures, Fact, Jurisdiction};
use std::collections::HashSet;
use std::path::Path;

/// The fixed ids of SPEC.md §3 with the nature its "status when met"
/// column gives (contract 2).
/// SPEC §3, contract 3.
const FIXED: [(&str, &str); 15] = [
    ("national.work-permit-age-65", "discretionary"),
    ("sichuan.work-permit-age-65", "discretionary"),
    ("guizhou.work-permit-age-65", "discretionary"),
    ("national.multi-entry-visa", "discretionary"),
    ("national.residence-permit-5y", "restated"),
    ("national.graduate-residence-facilitation", "discretionary"),
    ("sichuan.multi-entry-visa", "discretionary"),
    ("sichuan.residence-permit-5y", "restated"),
    ("chongqing.foreign-talent-relaxed-limits", "discretionary"),
    ("chongqing.permanent-residence", "restated"),
    ("chongqing.knowledge-value-loan", "discretionary"),
    ("chongqing.star-listing-award", "entitlement"),
    ("chongqing.service-income-reward", "entitlement"),
    ("guizhou.star-listing-cultivation", "entitlement"),
    ("guizhou.major-achievement-transfer", "discretionary"),
];

const FIXED_IDS: [&str; 15] = {
    let mut ids = [""; 15];
    let mut i = 0;
    while i < 15 {
        ids[i] = FIXED[i].0;
        i += 1;
    }
    ids
};

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn source(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_quote_occurs_verbatim_in_its_source_text() {
    for measure in measures() {
        let text = without_whitespace(&source(measure.document.file));
        let quote = without_whitespace(measure.quote);
        assert!(quote.chars().count() >= 10, "{}: quote too short to cite", measure.id);
        assert!(
            text.contains(&quote),
            "{}: quote not found in {}:\n{}",
            measure.id,
            measure.document.file,
            measure.quote
        );
    }
}

#[test]
fn every_clause_number_occurs_in_its_source_text_before_the_quote() {
    for measure in measures() {
        let text = without_whitespace(&source(measure.document.file));
        let quote_at = text.find(&without_whitespace(measure.quote)).unwrap_or(0);
        // Clause numbers appear as （九） or (九) depending on the scan.
        let digits = measure.clause.trim_matches(|c| c == '（' || c == '）');
        let clause_at = [format!("（{digits}）"), format!("({digits})")]
            .iter()
            .filter_map(|form| text.get(..quote_at).and_then(|before| before.rfind(form.as_str())))
            .max();
        assert!(clause_at.is_some(), "{}: clause {} not found before its quote", measure.id, measure.clause);
    }
}

#[test]
fn the_vendored_sources_are_the_shared_seeds_unchanged() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.exists() {
        // The seeds live beside the repository on developer machines and in
        // CI; a tarball of the crate alone has only the vendored copies.
        return;
    }
    for document in documents() {
        let seed = std::fs::read_to_string(seeds.join(document.file)).expect("seed readable");
        assert_eq!(seed, source(document.file), "{} differs from the shared seed", document.file);
    }
}

/// A document's dates and target years are the ones its text gives (SPEC
/// §4): a date as the text writes it (2021年11月13日 or 2021-12-30), a target
/// year as 到2025年. None is never filled in by a guess: a date the text does
/// not give stays `null`, which the Sichuan and Chongqing texts show.
#[test]
fn documents_dates_and_target_years_are_the_texts_own() {
    for document in documents() {
        let text = without_whitespace(&source(document.file));
        for date in [document.issued, document.published].into_iter().flatten() {
            let parts: Vec<u32> = date.split('-').map(|p| p.parse().unwrap()).collect();
            let chinese = format!("{}年{}月{}日", parts[0], parts[1], parts[2]);
            assert!(text.contains(&chinese) || text.contains(date), "{}: {date} is not in the text", document.file);
        }
        for year in [document.target_year, document.vision_year].into_iter().flatten() {
            assert!(text.contains(&format!("到{year}年")), "{}: no target for {year} in the text", document.file);
        }
        assert!(document.target_year.is_some() || document.vision_year.is_none(), "{}", document.file);
    }
}

#[test]
fn ids_are_unique_and_start_with_their_jurisdiction() {
    let mut seen = HashSet::new();
    for measure in measures() {
        assert!(seen.insert(measure.id), "duplicate id {}", measure.id);
        let (prefix, slug) = measure.id.split_once('.').expect("id has a dot");
        assert_eq!(prefix, measure.jurisdiction().as_str(), "{}", measure.id);
        assert!(
            !slug.is_empty() && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            measure.id
        );
        assert!(!measure.title.zh.is_empty() && !measure.title.en.is_empty(), "{}", measure.id);
    }
}

#[test]
fn the_catalogue_has_thirty_or_more_measures_and_every_fixed_id() {
    assert!(measures().count() >= 30, "only {} measures", measures().count());
    for id in FIXED_IDS {
        assert!(find(id).is_some(), "fixed id {id} missing");
    }
}

#[test]
fn chongqing_measures_come_from_a_draft_and_the_others_are_in_force() {
    for measure in measures() {
        let expected = if measure.jurisdiction() == Jurisdiction::Chongqing {
            DocumentStatus::Draft
        } else {
            DocumentStatus::InForce
        };
        assert_eq!(measure.document.status, expected, "{}", measure.id);
    }
}

#[test]
fn documents_are_identified_as_the_sources_readme_says() {
    let numbers: Vec<Option<&str>> = documents().iter().map(|d| d.number).collect();
    assert_eq!(numbers, [Some("国发〔2020〕7号"), Some("川府发〔2021〕28号"), None, None, Some("黔科领发〔2021〕1号")]);
    for document in documents() {
        let text = source(document.file);
        if let Some(number) = document.number {
            assert!(text.contains(number) || text.contains(&number.replace('〔', "[").replace('〕', "]")), "{number}");
        }
    }
}

#[test]
fn measures_are_in_clause_order_within_each_document() {
    for document in documents() {
        let text = without_whitespace(&source(document.file));
        let positions: Vec<(usize, &str)> = measures()
            .filter(|m| std::ptr::eq(m.document, document) || m.document.file == document.file)
            .map(|m| (text.find(&without_whitespace(m.quote)).unwrap_or(usize::MAX), m.id))
            .collect();
        let mut sorted = positions.clone();
        sorted.sort_by_key(|(at, _)| *at);
        assert_eq!(positions, sorted, "{} measures are not in clause order", document.file);
    }
}

#[test]
fn the_fixed_ids_have_the_nature_spec_gives_them() {
    for (id, nature) in FIXED {
        assert_eq!(find(id).map(|measure| measure.nature.name()), Some(nature), "{id}");
    }
}

#[test]
fn a_restated_measure_never_tests_location() {
    // SPEC §2: a restated rule's reach is the law's, so nobody is ineligible
    // for it on account of where they are.
    let location = [Fact::Province, Fact::ZoneLevel, Fact::Zone];
    let mut restated = 0;
    for measure in measures().filter(|measure| matches!(measure.nature, Nature::Restated(_))) {
        restated += 1;
        let read = measure.condition.facts();
        assert!(location.iter().all(|fact| !read.contains(fact)), "{} reads {read:?}", measure.id);
    }
    assert!(restated >= 10, "{restated}");
}

#[test]
fn every_measure_says_why_it_has_its_nature() {
    // A discretionary measure names who decides; a restated one the national
    // rule; every measure but a plain entitlement explains itself in a note.
    for measure in measures() {
        match measure.nature {
            Nature::Discretionary(text) | Nature::Restated(text) => {
                assert!(!text.zh.is_empty() && !text.en.is_empty(), "{}", measure.id)
            }
            Nature::Entitlement | Nature::Direction => {}
        }
        if !matches!(measure.nature, Nature::Entitlement) || measure.benefit.max_yuan.is_some() {
            let note = measure.note.unwrap_or_else(|| panic!("{} has no note", measure.id));
            assert!(!note.zh.is_empty() && !note.en.is_empty(), "{}", measure.id);
        }
    }
}

#[test]
fn directions_and_capped_amounts_read_as_what_they_are() {
    for measure in measures() {
        if matches!(measure.nature, Nature::Direction) {
            // The benefit of a direction says it is one, in both languages.
            assert!(measure.benefit.text.zh.contains("政策方向"), "{}", measure.id);
            assert!(measure.benefit.text.en.contains("direction"), "{}", measure.id);
        }
        if measure.benefit.max_yuan.is_some() {
            assert!(measure.benefit.text.en.contains("up to"), "{}", measure.id);
            assert!(["最高", "不超过"].iter().any(|word| measure.benefit.text.zh.contains(word)), "{}", measure.id);
        }
    }
}

#[test]
fn a_benefit_several_documents_grant_is_one_group_and_different_benefits_never_share_a_title() {
    use hitech_eligibility::catalogue::{benefit_group, SAME_BENEFIT};
    let mut grouped = HashSet::new();
    let mut titles = HashSet::new();
    for group in SAME_BENEFIT {
        assert!(group.measures.len() >= 2, "{}: a group is several documents", group.id);
        assert!(titles.insert(group.title.zh) && titles.insert(group.title.en), "{}: title used twice", group.id);
        let members: Vec<_> = group.measures.iter().map(|id| find(id).unwrap_or_else(|| panic!("{id}"))).collect();
        let first = members[0];
        for (i, m) in members.iter().enumerate() {
            assert!(
                members[..i].iter().all(|other| other.jurisdiction() != m.jurisdiction()),
                "{}: one measure per document",
                group.id
            );
        }
        for m in &members {
            assert!(grouped.insert(m.id), "{}: in two groups", m.id);
            assert_eq!(m.audiences, first.audiences, "{}: one set of audiences per group", m.id);
            assert_eq!(m.nature.name(), first.nature.name(), "{}: one nature per group", m.id);
            assert_eq!(benefit_group(m.id).map(|g| g.id), Some(group.id));
            assert_eq!(m.benefit.kind, first.benefit.kind, "{}: one kind of benefit", m.id);
        }
    }
    // Outside the groups, every title is a benefit of its own.
    for m in measures().filter(|m| benefit_group(m.id).is_none()) {
        assert!(titles.insert(m.title.zh), "{}: its Chinese title is another benefit's", m.id);
        assert!(titles.insert(m.title.en), "{}: its English title is another benefit's", m.id);
    }
}

#[test]
fn every_topic_has_measures_and_a_benefit_group_is_one_topic() {
    use hitech_eligibility::catalogue::listing;
    use hitech_eligibility::engine::measure::Topic;
    let listed = listing();
    for topic in Topic::ALL {
        assert!(listed.iter().any(|m| m.topic == topic), "no measure of topic {topic:?}");
    }
    for m in &listed {
        assert_eq!(m.topic, m.measure.benefit.kind.topic(), "{}", m.measure.id);
        if let Some(group) = m.benefit_group {
            for other in group.measures {
                let other = find(other).map(|o| o.benefit.kind.topic());
                assert_eq!(other, Some(m.topic), "{} and {other:?} grant one benefit under two topics", m.measure.id);
            }
        }
    }
    // The topics a person can pick from (the widget offers them per audience).
    let of = |id: &str| find(id).map(|m| m.benefit.kind.topic());
    assert_eq!(of("chongqing.knowledge-value-loan"), Some(Topic::Funding));
    assert_eq!(of("national.work-permit-age-65"), Some(Topic::Talent));
}

/// The listing names each test's place in a result's `reasons` (`index`), so
/// that no reader has to assume the order of a walk: the indices of a tree
/// are 0..n, and the test at index i is the one whose state reasons[i] gives.
#[test]
fn each_listed_test_names_its_place_in_the_reasons() {
    use hitech_eligibility::output::report::reference;
    use hitech_eligibility::{CivilDate, Profile};
    fn leaves(node: &serde_json::Value, out: &mut Vec<(u64, String)>) {
        if let Some(test) = node.get("test") {
            out.push((test["index"].as_u64().unwrap(), test["text"]["en"].as_str().unwrap().to_owned()));
        } else if let Some(child) = node.get("not") {
            leaves(child, out);
        } else {
            for child in node.get("all").or_else(|| node.get("any")).unwrap().as_array().unwrap() {
                leaves(child, out);
            }
        }
    }
    let listing = serde_json::to_value(hitech_eligibility::catalogue::listing()).unwrap();
    let report = reference::evaluate_with(&Profile::empty(CivilDate::parse("2026-01-01").unwrap()), true);
    for (measure, result) in listing.as_array().unwrap().iter().zip(&report.results) {
        let mut tests = Vec::new();
        leaves(&measure["condition"], &mut tests);
        tests.sort();
        let indices: Vec<u64> = tests.iter().map(|(index, _)| *index).collect();
        assert_eq!(indices, (0..result.reasons.len() as u64).collect::<Vec<_>>(), "{}", result.id);
        for ((_, text), reason) in tests.iter().zip(&result.reasons) {
            assert_eq!(Some(text.as_str()), reason.text.map(|t| t.en), "{}", result.id);
        }
    }
}

/// Whether a condition can hold with only the facts asked of `audience`
/// (where the party is, which everyone is asked, included): each of a
/// measure's audiences must have a way to meet it in its own questions.
fn can_hold_for(condition: &Condition, audience: Audience) -> bool {
    match condition {
        Condition::All(children) => children.iter().all(|c| can_hold_for(c, audience)),
        Condition::Any(children) => children.iter().any(|c| can_hold_for(c, audience)),
        Condition::Not(child) => child.facts().iter().all(|f| f.audiences().contains(&audience)),
        Condition::Test(test) => test.check.facts().all(|f| f.audiences().contains(&audience)),
    }
}

/// A measure is asked about in the words of its audiences (SPEC §1a): each
/// audience it lists can meet it by answering its own questions, every fact
/// it reads is asked of at least one of them, and the list names each
/// audience once, in the order of `Audience::ALL`.
#[test]
fn every_fact_a_measure_reads_is_asked_of_each_audience_it_is_for() {
    for measure in measures() {
        assert!(!measure.audiences.is_empty(), "{}: for nobody", measure.id);
        let order: Vec<_> = Audience::ALL.iter().filter(|a| measure.audiences.contains(a)).copied().collect();
        assert_eq!(measure.audiences, &order[..], "{}: audiences once each, in order", measure.id);
        for audience in measure.audiences {
            assert!(
                can_hold_for(&measure.condition, *audience),
                "{}: {} cannot meet it with its own questions",
                measure.id,
                audience.name()
            );
        }
        for fact in measure.condition.facts() {
            assert!(
                measure.audiences.iter().any(|a| fact.audiences().contains(a)),
                "{}: {} is asked of none of its audiences",
                measure.id,
                fact.name()
            );
        }
    }
}

/// Every check of a condition tree, depth first.
fn checks(condition: &Condition, out: &mut Vec<hitech_eligibility::engine::condition::Check>) {
    match condition {
        Condition::All(children) | Condition::Any(children) => children.iter().for_each(|c| checks(c, out)),
        Condition::Not(child) => checks(child, out),
        Condition::Test(test) => out.push(test.check),
    }
}

/// A figure the sentence states once is the same wherever the catalogue
/// writes it: the relaxed age in the benefit and in the age test, a cap or a
/// share in the benefit's figures and in its words (issue: numbers stated
/// twice, for every measure).
#[test]
fn a_figure_the_benefit_states_and_the_condition_tests_agree() {
    use hitech_eligibility::engine::condition::Check;
    for measure in measures() {
        let mut found = Vec::new();
        checks(&measure.condition, &mut found);
        let ages: Vec<u16> = found
            .iter()
            .filter_map(|c| match c {
                Check::AgeAtMost(age) => Some(*age),
                _ => None,
            })
            .collect();
        match measure.benefit.age_limit {
            Some(limit) => {
                assert_eq!(ages, vec![limit], "{}: the age the benefit relaxes to is the age tested", measure.id);
                assert!(measure.benefit.text.zh.contains(&format!("{limit}岁")), "{}", measure.id);
            }
            None => assert!(ages.is_empty(), "{}: an age test without the age in the benefit", measure.id),
        }
        if let Some(yuan) = measure.benefit.max_yuan {
            assert_eq!(yuan % 10_000, 0, "{}", measure.id);
            let wan = format!("{}万元", yuan / 10_000);
            assert!(measure.benefit.text.zh.contains(&wan), "{}: {wan} not in the benefit's words", measure.id);
            assert!(without_whitespace(measure.quote).contains(&wan), "{}: {wan} not in the quote", measure.id);
        }
        if let Some(percent) = measure.benefit.min_share_percent {
            let share = format!("{percent}%");
            assert!(measure.benefit.text.zh.contains(&share), "{}: {share}", measure.id);
            assert!(measure.quote.contains(&share), "{}: {share} not in the quote", measure.id);
        }
    }
}

/// A fact no measure reads would be a question that changes no answer: the
/// form asks it, the person answers, nothing moves. Adding a fact to the
/// table (src/engine/fact.rs) therefore comes with the measure that reads it.
/// `zone` is resolved into province and level (and read by zone-specific
/// measures); `age` is also given as `birthDate`, which is not a fact; an
/// amount a benefit is a share of is read too.
#[test]
fn every_fact_is_read_by_some_measure() {
    // A condition reads its facts; a benefit reads the amount it is a share of
    // (the reward of ≥ 50 % of the S&T income).
    let read: HashSet<Fact> =
        measures().flat_map(|m| m.condition.facts().into_iter().chain(m.benefit.share_of)).collect();
    let unread: Vec<&str> = Fact::ALL.iter().filter(|f| !read.contains(f)).map(|f| f.name()).collect();
    assert!(unread.is_empty(), "facts no measure reads: {unread:?}");
}
