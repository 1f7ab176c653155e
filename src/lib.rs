//! hitech-eligibility: which support measures of five Chinese high-tech-zone
//! policy documents apply to an enterprise, a foreign expert or a public
//! institution, with the reasons and the verbatim sentence for each.
//!
//! The core is pure and synchronous: a profile goes in ([`Profile`], read
//! and checked by [`Profile::from_json`]), a [`Report`] comes out
//! ([`evaluate`]). Each measure's eligibility is a [`Condition`] tree
//! evaluated with three-valued logic, so an answer can be *unknown* and say
//! exactly which facts are missing. The crate is laid out as it works
//! (ARCHITECTURE.md has the whole data flow):
//!
//! - [`catalogue`]: the rules, one module per source document, each measure
//!   beside its verbatim sentence;
//! - [`engine`]: facts, the profile, conditions, measures, and the compiled
//!   catalogue that evaluates them;
//! - [`output`]: what an evaluation is turned into (the report, its JSON
//!   text and packed form, the next questions);
//! - [`shell`]: the command line (`src/shell/cli.rs`), the WebAssembly
//!   bindings and the batch matching, thin layers around the rest.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod catalogue;
pub mod engine;
pub mod output;
pub mod shell;

pub use catalogue::measures;
pub use engine::condition::{Check, Condition, FactSet, Truth};
pub use engine::date::CivilDate;
pub use engine::fact::{Audience, Fact};
pub use engine::measure::{Jurisdiction, Measure};
pub use engine::profile::{Profile, ProfileError, Today};
pub use output::question::{next_questions, Question};
pub use output::report::{evaluate, evaluate_with, MeasureResult, Report, Status};

/// The version of the engine (the crate's; the catalogue has its own,
/// [`catalogue::EDITION`]).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a release is made of: the package's version, the report contract
/// and the catalogue's edition. The JavaScript API's `about()` and the
/// command line's `--version` both say this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct About {
    pub package: &'static str,
    pub contract: u32,
    pub catalogue: catalogue::Edition,
}

/// This build's [`About`].
pub const fn about() -> About {
    About { package: VERSION, contract: output::report::CONTRACT, catalogue: catalogue::EDITION }
}

/// Reads a profile from JSON text and evaluates it: the whole pipeline that
/// the command line and the WebAssembly API share. `today` is used when the
/// profile gives no `asOf` (a [`CivilDate`] is a date the caller chose;
/// [`Today::Clock`] marks the report `asOfDefaulted`).
pub fn check_json(text: &str, today: impl Into<Today>) -> Result<Report, ProfileError> {
    check_json_with(text, today, true)
}

/// [`check_json`], with or without the words of each reason (see [`evaluate_with`]).
pub fn check_json_with(text: &str, today: impl Into<Today>, explain: bool) -> Result<Report, ProfileError> {
    Profile::from_json(text, today).map(|facts| evaluate_with(&facts, explain))
}
