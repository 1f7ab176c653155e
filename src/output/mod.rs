//! What the engine's answers are turned into.
//!
//! - [`report`]: the report as Rust values ([`report::Report`]), and serde's JSON of it;
//! - [`encode`]: the same report written straight as JSON text, and packed into numbers for the glue;
//! - [`question`]: which questions to ask next.

pub mod encode;
pub mod question;
pub mod report;
