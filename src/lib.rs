//! hitech-eligibility: which support measures of five Chinese high-tech-zone
//! policy documents apply to an enterprise, a foreign expert or a public
//! institution, with the reasons and the verbatim sentence for each.
//!
//! The core is pure and synchronous: a profile of facts goes in
//! ([`Facts`], read and checked by [`Facts::from_json`]), a [`Report`] comes
//! out ([`evaluate`]). Each measure's eligibility is a [`Condition`] tree
//! evaluated with three-valued logic, so an answer can be *unknown* and say
//! exactly which facts are missing. The catalogue ([`measures`]) keeps one
//! module per source document. The command-line tool (`src/main.rs`) and the
//! WebAssembly bindings (`src/wasm.rs`) are thin shells around this.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(feature = "batch")]
pub mod batch;
pub mod catalogue;
mod compiled;
pub mod condition;
pub mod date;
pub mod encode;
pub mod fact;
pub mod measure;
pub mod profile;
pub mod question;
pub mod report;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;
pub mod zone;

pub use catalogue::measures;
pub use condition::{Check, Condition, FactSet, Truth};
pub use date::CivilDate;
pub use fact::{Audience, Fact};
pub use measure::{Jurisdiction, Measure};
pub use profile::{Facts, ProfileError, Today};
pub use question::{next_questions, Question};
pub use report::{evaluate, evaluate_with, MeasureResult, Report, Status};

/// The version of the engine and its catalogue.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Reads a profile from JSON text and evaluates it: the whole pipeline that
/// the command line and the WebAssembly API share. `today` is used when the
/// profile gives no `asOf` (a [`CivilDate`] is a date the caller chose;
/// [`Today::Clock`] marks the report `asOfDefaulted`).
pub fn check_json(text: &str, today: impl Into<Today>) -> Result<Report, ProfileError> {
    check_json_with(text, today, true)
}

/// [`check_json`], with or without the words of each reason (see [`evaluate_with`]).
pub fn check_json_with(text: &str, today: impl Into<Today>, explain: bool) -> Result<Report, ProfileError> {
    Facts::from_json(text, today).map(|facts| evaluate_with(&facts, explain))
}
