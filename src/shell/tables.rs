//! What the glue (js/glue.js) reads once instead of asking the engine: the
//! tables it unpacks packed reports and builds questions with, and the
//! catalogue, questions, zone directory and versions that `measures()`,
//! `questions()`, `zones()` and `about()` give. None of it depends on a
//! profile, so the build writes it from the command line (`engine-data`,
//! scripts/engine-data.mjs) and the engine's wasm carries neither these
//! serialisers nor the words (issue 26). [`key`] ties the files to the wasm
//! they were written with.

use crate::engine::fact::{Fact, FactKind};
use crate::engine::text::Text;
use crate::output::encode;
use serde::Serialize;
use serde_json::Value;

/// A measure as the glue unpacks it: its id, nature, draft mark and the
/// words of its tests in reason order.
#[derive(Serialize)]
pub struct MeasureTable {
    id: &'static str,
    nature: &'static str,
    draft: bool,
    tests: Vec<Text>,
}

/// The masks of a packed head word.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Head {
    status: u32,
    share: u32,
    deciding_date: u32,
}

/// What the glue needs to unpack reports (and, with [`EngineData::questions`], to build questions).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tables {
    /// The report's contract version.
    contract: u32,
    /// Statuses and test states in the order of their packed codes.
    statuses: Vec<&'static str>,
    states: Vec<&'static str>,
    /// How many words a packed `missing` takes.
    missing_words: usize,
    /// The masks of a packed head word: the status code, and the flags
    /// saying a share or a deciding date follows.
    head: Head,
    facts: Vec<&'static str>,
    /// The part indices of `asOf` and `birthDate`.
    as_of: usize,
    birth_date: usize,
    /// For each fact: "bool", "number", or the list of its choices.
    kinds: Vec<Value>,
    /// For each fact, what the declarations say beyond its question (or null).
    notes: Vec<Option<&'static str>>,
    measures: Vec<MeasureTable>,
    // The questions, in the fact table's order, are [`EngineData::questions`]:
    // written once, read by the glue's tables and by `questions()` alike.
}

/// The glue's tables.
pub fn tables() -> Tables {
    Tables {
        contract: crate::output::report::CONTRACT,
        statuses: encode::STATUSES.into_iter().map(encode::status_name).collect(),
        states: encode::STATES.into_iter().map(encode::state_name).collect(),
        missing_words: encode::MISSING_WORDS,
        head: Head { status: encode::STATUS_BITS, share: encode::HAS_SHARE, deciding_date: encode::HAS_DECIDING_DATE },
        facts: encode::fact_names().collect(),
        as_of: crate::shell::parts::AS_OF_PART,
        birth_date: crate::shell::parts::BIRTH_DATE_PART,
        kinds: Fact::ALL
            .into_iter()
            .map(|fact| match fact.kind() {
                FactKind::Bool => Value::from("bool"),
                FactKind::Money | FactKind::Age => Value::from("number"),
                FactKind::Choice(_) | FactKind::Zone => {
                    Value::from(fact.choices().iter().map(|choice| choice.value).collect::<Vec<_>>())
                }
            })
            .collect(),
        notes: Fact::ALL.into_iter().map(Fact::note).collect(),
        measures: crate::catalogue::compiled()
            .measures()
            .iter()
            .map(|compiled| MeasureTable {
                id: compiled.measure.id,
                nature: compiled.measure.nature.name(),
                draft: compiled.measure.draft(),
                tests: compiled.tests.iter().map(|test| test.text).collect(),
            })
            .collect(),
    }
}

/// Everything the glue reads from the build instead of the engine (the
/// command line's `engine-data`): [`key`], the tables, and what
/// `measures()` (every word; the build takes the long ones apart into
/// details.json), `questions()`, `zones()` and `about()` give.
#[derive(Serialize)]
pub struct EngineData {
    key: u32,
    tables: Tables,
    measures: Vec<crate::catalogue::Listed>,
    /// Every fact's question, in the fact table's order.
    questions: Vec<crate::output::question::Question>,
    zones: &'static [crate::engine::zone::Zone],
    about: crate::About,
}

/// [`EngineData`] of this build.
pub fn engine_data() -> EngineData {
    EngineData {
        key: key(),
        tables: tables(),
        measures: crate::catalogue::listing(),
        questions: crate::output::question::every_question(),
        zones: crate::engine::zone::ZONES,
        about: crate::about(),
    }
}

/// A fingerprint of everything the packed report's layout and the glue's
/// tables depend on that the wasm knows without its words: the versions,
/// the packed layout's constants, each fact's name and choices, each
/// measure's id, nature, draft mark and number of tests, and each zone's id.
/// The glue refuses tables whose key is not the wasm's (`dataKey()`): files
/// of two builds never make a report of the wrong shape. FNV-1a, 32 bits.
pub fn key() -> u32 {
    let mut hash = Fnv(0x811c_9dc5);
    hash.text(crate::VERSION);
    hash.number(crate::output::report::CONTRACT);
    hash.text(crate::catalogue::EDITION.version);
    for number in [encode::STATUS_BITS, encode::HAS_SHARE, encode::HAS_DECIDING_DATE] {
        hash.number(number);
    }
    for number in [encode::MISSING_WORDS, crate::shell::parts::AS_OF_PART, crate::shell::parts::BIRTH_DATE_PART] {
        hash.number(u32::try_from(number).unwrap_or(u32::MAX));
    }
    for status in encode::STATUSES {
        hash.text(encode::status_name(status));
    }
    for state in encode::STATES {
        hash.text(encode::state_name(state));
    }
    for name in encode::fact_names() {
        hash.text(name);
    }
    for fact in Fact::ALL {
        for choice in fact.choices() {
            hash.text(choice.value);
        }
    }
    for compiled in crate::catalogue::compiled().measures() {
        hash.text(compiled.measure.id);
        hash.text(compiled.measure.nature.name());
        hash.number(u32::from(compiled.measure.draft()));
        hash.number(u32::try_from(compiled.tests.len()).unwrap_or(u32::MAX));
    }
    for zone in crate::engine::zone::ZONES {
        hash.text(zone.id);
    }
    hash.0
}

struct Fnv(u32);

impl Fnv {
    fn byte(&mut self, byte: u8) {
        self.0 = (self.0 ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }

    fn text(&mut self, text: &str) {
        for byte in text.bytes() {
            self.byte(byte);
        }
        // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
        self.byte(0xff);
    }

    fn number(&mut self, number: u32) {
        for byte in number.to_le_bytes() {
            self.byte(byte);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_stable_within_a_build_and_sees_every_measure() {
        assert_eq!(key(), key());
        let data = serde_json::to_value(engine_data()).unwrap();
        assert_eq!(data["key"], key());
        assert_eq!(data["tables"]["measures"].as_array().unwrap().len(), crate::measures().count());
        assert_eq!(data["measures"].as_array().unwrap().len(), crate::measures().count());
        assert_eq!(data["zones"].as_array().unwrap().len(), crate::engine::zone::ZONES.len());
        assert_eq!(data["about"]["contract"], crate::output::report::CONTRACT);
    }

    #[test]
    fn the_key_changes_with_what_it_hashes() {
        let mut a = Fnv(0x811c_9dc5);
        a.text("ab");
        a.text("c");
        let mut b = Fnv(0x811c_9dc5);
        b.text("a");
        b.text("bc");
        assert_ne!(a.0, b.0);
    }
}
