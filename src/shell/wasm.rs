//! WebAssembly bindings of the engine: what the glue (`js/glue.js`, the
//! JavaScript API of `SPEC.md` §4) asks it on every answer. Three calls, no
//! words of the catalogue and no messages:
//!
//! - [`evaluate_parts`]: the profile already taken apart into numbers by the
//!   glue, the report coming back packed ([`crate::output::encode::pack_report`]);
//! - [`data_key`]: the fingerprint of the tables the glue reads from the
//!   build (`pkg/catalogue.json`, src/shell/tables.rs), which hold the
//!   catalogue, the questions, the zones and the versions, and whose words
//!   are in one file per language (issue 26);
//! - [`version`].
//!
//! Whatever the glue does not take apart (odd objects, odd options) and any
//! profile the core refuses goes to the core's own reading of the object,
//! which throws the Error naming the field: `evaluatePacked`, the `reader`
//! feature's (src/shell/wasm_reader.rs). scripts/build.sh builds the two
//! apart, so that a first visit of the widget, whose profiles are plain
//! objects of its own making, fetches this engine only: the reader's walk,
//! its messages in two languages and `serde_json` are a second wasm, which
//! the glue loads when asked (issue 26).

use crate::engine::date::CivilDate;
use crate::engine::profile::{Profile, Today};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../../js/engine.d.ts");

/// Today's date in Beijing from the browser's clock, whatever the browser's
/// time zone (SPEC §1): a page in Honolulu and a batch in Chongqing agree.
/// None only for a clock far outside any real machine's.
pub(super) fn beijing_today() -> Option<Today> {
    // Milliseconds since 1970 as a whole number of seconds; the clock of any
    // real machine is far inside i64.
    #[allow(clippy::cast_possible_truncation)]
    let seconds = (js_sys::Date::now() / 1000.0).floor() as i64;
    CivilDate::beijing_today(seconds).map(Today::Clock)
}

/// For the glue (`js/glue.js`): evaluates a profile the glue
/// has taken apart ([`Profile::from_parts`]: `parts` are pairs of fact index
/// and value, dates as numbers) and returns the report packed
/// ([`crate::output::encode::pack_report`]). `today` is a date as a number
/// (`year × 10000 + month × 100 + day`), or 0 for today's date in Beijing.
/// Returns an empty array for any mistake: the
/// glue then asks the reader (`evaluatePacked`, src/shell/wasm_reader.rs),
/// which throws the error with its message, so that there is one source of
/// messages.
#[wasm_bindgen(js_name = evaluateParts, skip_typescript)]
pub fn evaluate_parts(parts: &[f64], today: f64) -> Vec<u32> {
    let today = if today == 0.0 { beijing_today() } else { CivilDate::from_number(today).map(Today::Given) };
    let mut packed = Vec::new();
    if let Some(facts) = today.and_then(|today| Profile::from_parts(parts, today).ok()) {
        crate::output::encode::pack_report(&mut packed, &facts);
    }
    packed
}

/// For the glue: the fingerprint of this engine's tables
/// ([`crate::shell::tables::key`]); the tables the build wrote beside the
/// wasm carry the same number, or they belong to another build.
#[wasm_bindgen(js_name = dataKey, skip_typescript)]
pub fn data_key() -> u32 {
    crate::shell::tables::key()
}

/// The version of the engine (the crate's).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
