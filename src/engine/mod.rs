//! The core: what a profile is and what a measure asks of it.
//!
//! - [`fact`]: the table of facts (names, kinds, choices, questions);
//! - [`profile`]: a profile read and checked from JSON;
//! - [`date`], [`zone`], [`text`]: dates, the zone directory, words in two languages;
//! - [`condition`]: a measure's eligibility as a tree of tests, with three-valued logic;
//! - [`measure`]: a measure, its document, benefit and nature;
//! - [`verdict`]: a measure's status, missing facts, amounts and dates from its condition's value;
//! - [`compiled`]: the catalogue compiled once, the evaluator every output uses.

pub mod compiled;
pub mod condition;
pub mod date;
pub mod fact;
pub mod measure;
pub mod profile;
pub mod text;
pub mod verdict;
pub mod zone;
