//! WebAssembly bindings: the JavaScript API of `SPEC.md` §4.
//!
//! Values cross the boundary as JSON text: the profile is read by the same
//! parser as on the command line (so unknown fields and wrong types give the
//! same errors, which serde-wasm-bindgen would not), and reports go back
//! through `JSON.parse`.

use crate::date::CivilDate;
use crate::profile::Facts;
use wasm_bindgen::prelude::*;

fn today_from(options: &JsValue) -> Result<CivilDate, JsError> {
    let given = js_sys::Reflect::get(options, &JsValue::from_str("today")).ok().and_then(|v| v.as_string());
    match given {
        Some(text) => CivilDate::parse(&text).map_err(|e| JsError::new(&format!("options.today: {e}"))),
        None => {
            let now = js_sys::Date::new_0();
            let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
            CivilDate::new(y as u16, m as u8, d as u8).map_err(|e| JsError::new(&format!("today: {e}")))
        }
    }
}

fn facts_from(profile: &JsValue, options: &JsValue) -> Result<Facts, JsError> {
    let today = today_from(options)?;
    let text: String = js_sys::JSON::stringify(profile).map_err(|_| JsError::new("profile must be a JSON object of facts"))?.into();
    Facts::from_json(&text, today).map_err(|e| JsError::new(&e.to_string()))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("internal: report is not JSON"))
}

/// Evaluates every measure for a profile.
#[wasm_bindgen]
pub fn evaluate(profile: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let facts = facts_from(&profile, &options)?;
    to_js(&crate::evaluate(&facts))
}

/// The catalogue.
#[wasm_bindgen]
pub fn measures() -> Result<JsValue, JsError> {
    to_js(&crate::measures().collect::<Vec<_>>())
}

/// The unknown facts that could still change some result, most useful first.
#[wasm_bindgen(js_name = nextQuestions)]
pub fn next_questions(profile: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let facts = facts_from(&profile, &options)?;
    to_js(&crate::next_questions(&crate::evaluate(&facts)))
}

/// The zone directory.
#[wasm_bindgen]
pub fn zones() -> Result<JsValue, JsError> {
    to_js(&crate::zone::ZONES)
}

#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
