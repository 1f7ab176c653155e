//! The core's own reading of JavaScript objects, for the glue
//! (`js/glue.js`, which `js/index.js` hands them): the `reader` feature's
//! WebAssembly bindings, built by scripts/build.sh as a wasm of their own
//! beside the engine's (src/shell/wasm.rs), loaded when a call needs them
//! (issue 26).
//!
//! - [`evaluate_packed`]: whatever the glue does not take apart into numbers
//!   (odd objects, odd options, any profile the core refuses) comes here
//!   unchanged, and goes back packed as the engine's reports do, or as the
//!   Error naming the field;
//! - with the `batch` feature, `measures` and `nextQuestions` for the batch
//!   module's worker.
//!
//! A profile is read by walking the JavaScript object's own enumerable keys
//! into a `serde_json::Value` and handing that to the very validator the
//! command line uses ([`Profile::from_value`]), so unknown fields, wrong types
//! and every other mistake give the same message in both. The walk, unlike
//! `JSON.stringify`, sees NaN and ±Infinity (which JSON would turn into
//! `null`, i.e. "unknown") and refuses them; `undefined` is an unknown fact,
//! as `null` is, and its key is checked like any other (`JSON.stringify`
//! would drop `{ revenueYaun: undefined }` unseen).
//!
//! Every error reaches JavaScript as a real `Error` whose message is exactly
//! the native message ([`ProfileError`]'s `Display`), with a `field`
//! property naming the field it is about (`null` for the input as a whole),
//! a stable `code` and `messages` in zh-Hans and en ([`CallError`]).

use crate::engine::date::CivilDate;
use crate::engine::profile::{Expected, Profile, ProfileError, Today};
use crate::shell::call_error::{CallError, GETTER_THREW, REVOKED_PROXY};
use crate::shell::parts::{non_finite_number, number_value};
use js_sys::{Array, Reflect};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

// The two JavaScript built-ins the profile walk calls that can throw: a
// Proxy's `ownKeys` or `getOwnPropertyDescriptor` trap, or a revoked Proxy
// (a stale Immer or Vue draft, say). js-sys binds them without `catch`, and
// an exception unwinding through the wasm frames leaks the wasm stack until
// every later call traps; these bindings turn the exception into an `Err`.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn keys_of(object: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// A JavaScript `Error` whose `message` is the English message, with a
/// `field` property (the profile field or option the error is about, or
/// `null` when it is about the input as a whole), a stable `code`, and
/// `messages: { "zh-Hans", en }`, all from [`CallError`]. A portal puts the
/// message of its page's language beside the right input; the glue
/// rethrows it as its `ProfileError`.
fn js_error(error: &CallError) -> JsValue {
    let en = error.to_string();
    let thrown = js_sys::Error::new(&en);
    let messages = js_sys::Object::new();
    // Setting own properties of fresh objects cannot fail.
    let _ = Reflect::set(&messages, &"zh-Hans".into(), &error.message_zh().into());
    let _ = Reflect::set(&messages, &"en".into(), &en.into());
    let field = error.field();
    let _ = Reflect::set(&thrown, &"field".into(), &field.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    let _ = Reflect::set(&thrown, &"code".into(), &error.code().into());
    let _ = Reflect::set(&thrown, &"messages".into(), &messages);
    thrown.into()
}

/// The error for an object whose keys cannot be read.
fn unreadable(what: &'static str) -> JsValue {
    js_error(&CallError::Unreadable { what })
}

/// What `evaluate` and `nextQuestions` were asked, besides the profile.
struct Options {
    /// The date used when the profile has no `asOf`.
    today: Today,
    /// Whether reasons carry their words (`options.explain`, default true).
    explain: bool,
}

/// Reads `options`: `today` (default: today's date in Beijing) and
/// `explain` (default: true). Any other key is refused, like a profile's.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options { today: beijing_today()?, explain: true });
    }
    if !options.is_object() || is_array(options).map_err(|_| unreadable("options"))? {
        return Err(js_error(&CallError::OptionsNotAnObject));
    }
    let mut today = None;
    let mut explain = true;
    for key in keys_of(options).map_err(|_| unreadable("options"))?.iter() {
        let name = key.as_string().unwrap_or_default();
        let value = Reflect::get(options, &key)
            .map_err(|_| js_error(&CallError::FieldUnreadable { field: format!("options.{name}"), why: None }))?;
        // An option left undefined or null takes its default.
        if (value.is_undefined() || value.is_null()) && (name == "today" || name == "explain") {
            continue;
        }
        match name.as_str() {
            "today" => {
                let text = value
                    .as_string()
                    .ok_or_else(|| js_error(&CallError::OptionWrongType { name: "today", expected: Expected::Date }))?;
                today =
                    Some(Today::Given(CivilDate::parse(&text).map_err(|e| js_error(&CallError::OptionBadDate(e)))?));
            }
            "explain" => {
                explain = value.as_bool().ok_or_else(|| {
                    js_error(&CallError::OptionWrongType { name: "explain", expected: Expected::Bool })
                })?;
            }
            _ => return Err(js_error(&CallError::UnknownOption { name })),
        }
    }
    Ok(Options { today: today.map_or_else(beijing_today, Ok)?, explain })
}

/// Today's date in Beijing from the browser's clock ([`super::wasm::beijing_today`]),
/// or the error saying the clock is out of range.
fn beijing_today() -> Result<Today, JsValue> {
    super::wasm::beijing_today().ok_or_else(|| js_error(&CallError::ClockOutOfRange))
}

/// Converts a JavaScript profile into the JSON value the validator reads.
fn profile_value(profile: &JsValue) -> Result<Value, JsValue> {
    if !profile.is_object() || is_array(profile).map_err(|_| unreadable("profile"))? {
        return Err(to_error(ProfileError::NotAnObject));
    }
    let mut object = Map::new();
    let mut non_finite: Option<String> = None;
    for key in keys_of(profile).map_err(|_| unreadable("profile"))?.iter() {
        let name = key.as_string().unwrap_or_default();
        // A getter or a proxy trap can throw.
        let value = Reflect::get(profile, &key)
            .map_err(|_| js_error(&CallError::FieldUnreadable { field: name.clone(), why: Some(GETTER_THREW) }))?;
        let leaf = if let Some(flag) = value.as_bool() {
            Value::Bool(flag)
        } else if let Some(text) = value.as_string() {
            Value::String(text)
        } else if let Some(number) = value.as_f64() {
            if !number.is_finite() {
                // Report the first such field in key order, as the validator
                // reports the first bad field in key order.
                if !non_finite.as_ref().is_some_and(|first| *first <= name) {
                    non_finite = Some(name);
                }
                continue;
            }
            number_value(number)
        } else if value.is_undefined() || value.is_null() {
            // Both are an unknown fact, and both keep their name: the
            // validator still refuses `{ revenueYaun: undefined }`.
            Value::Null
        } else if is_array(&value)
            .map_err(|_| js_error(&CallError::FieldUnreadable { field: name.clone(), why: Some(REVOKED_PROXY) }))?
        {
            // No fact takes an array or an object, so its contents do not
            // matter: the validator says what the field must be.
            Value::Array(Vec::new())
        } else {
            // Objects, functions, symbols, bigints.
            Value::Object(Map::new())
        };
        object.insert(name, leaf);
    }
    match non_finite {
        Some(name) => Err(to_error(non_finite_number(&name))),
        None => Ok(Value::Object(object)),
    }
}

fn facts_from(profile: &JsValue, options: &Options) -> Result<Profile, JsValue> {
    let value = profile_value(profile)?;
    Profile::from_value(&value, options.today).map_err(to_error)
}

fn to_error(error: ProfileError) -> JsValue {
    js_error(&CallError::Profile(error))
}

/// For the glue (`js/glue.js`): reads a profile and options as they are
/// (any object: its own enumerable keys one by one, getters and proxies
/// included), checks them exactly as the command line checks JSON, and
/// returns the report packed ([`crate::output::encode::pack_report`]), as
/// [`evaluate_parts`] does for a profile the glue could take apart itself.
/// Throws an `Error` naming the field on bad input. The glue builds the
/// report's objects, words included, from the tables the build wrote
/// (src/shell/tables.rs): the engine carries no words of the catalogue.
/// One word follows the packed report: 1 if `options.explain` (default
/// true), else 0, as read here, once, from whatever object was given.
#[wasm_bindgen(js_name = evaluatePacked, skip_typescript)]
pub fn evaluate_packed(profile: JsValue, options: JsValue) -> Result<Vec<u32>, JsValue> {
    let options = read_options(&options)?;
    let facts = facts_from(&profile, &options)?;
    let mut packed = Vec::new();
    crate::output::encode::pack_report(&mut packed, &facts);
    packed.push(u32::from(options.explain));
    Ok(packed)
}

/// The batch module's worker (js/batch/batch-worker.js) reads the
/// catalogue's titles and the questions' words from the same crate: the
/// batch build keeps every word (the `batch` feature brings `details`), and
/// these two serialisers with it. The engine's wasm has neither.
#[cfg(feature = "batch")]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| js_error(&CallError::Internal(e.to_string())))?;
    js_sys::JSON::parse(&text).map_err(|_| js_error(&CallError::Internal("the report is not JSON".to_owned())))
}

/// The catalogue: every measure with its conditions, benefit and citation
/// (the batch module only).
#[cfg(feature = "batch")]
#[wasm_bindgen(skip_typescript)]
pub fn measures() -> Result<JsValue, JsValue> {
    to_js(&crate::catalogue::listing())
}

/// The unknown facts that could still change some result, most at stake
/// first (the batch module only).
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = nextQuestions, skip_typescript)]
pub fn next_questions(profile: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let facts = facts_from(&profile, &options)?;
    to_js(&crate::next_questions(&crate::evaluate_with(&facts, false)))
}

/// The bindings tested where they run (both wasms' calls): `scripts/test-wasm.sh`
/// runs these with wasm-bindgen-test in Node and in headless Chromium.
#[cfg(test)]
mod tests {
    use super::super::wasm::{evaluate_parts, version};
    use super::*;
    use js_sys::Object;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn js(json: &str) -> JsValue {
        js_sys::JSON::parse(json).unwrap()
    }

    fn options() -> JsValue {
        js(r#"{"today": "2026-01-01"}"#)
    }

    fn message(error: JsValue) -> String {
        assert!(error.is_instance_of::<js_sys::Error>(), "thrown value is an Error");
        error.unchecked_into::<js_sys::Error>().message().into()
    }

    fn field(error: &JsValue) -> Option<String> {
        Reflect::get(error, &"field".into()).unwrap().as_string()
    }

    /// The packed report the boundary gave for a profile, checked against
    /// the same profile read natively from its JSON; then the statuses.
    fn evaluated(json: &str) -> std::collections::HashMap<&'static str, &'static str> {
        let mut packed = evaluate_packed(js(json), options()).unwrap();
        assert_eq!(packed.pop(), Some(1), "explain by default");
        let facts = Profile::from_json(json, CivilDate::parse("2026-01-01").unwrap()).unwrap();
        let mut expected = Vec::new();
        crate::output::encode::pack_report(&mut expected, &facts);
        assert_eq!(packed, expected);
        let report = crate::evaluate_with(&facts, false);
        assert_eq!(report.results.len(), crate::measures().count());
        report.results.iter().map(|result| (result.id, crate::output::encode::status_name(result.status))).collect()
    }

    fn evaluate(profile: JsValue, options: JsValue) -> Result<Vec<u32>, JsValue> {
        evaluate_packed(profile, options)
    }

    #[wasm_bindgen_test]
    fn a_chongqing_high_tech_enterprise_sees_the_loan() {
        let statuses = evaluated(r#"{"zone": "chongqing", "highTechEnterprise": true, "aboveDesignatedSize": true}"#);
        assert_eq!(statuses["chongqing.knowledge-value-loan"], "conditional");
        assert_eq!(statuses["chongqing.star-listing-award"], "unknown");
    }

    #[wasm_bindgen_test]
    fn a_64_year_old_expert_in_a_sichuan_provincial_zone() {
        let statuses = evaluated(
            r#"{"province": "sichuan", "zoneLevel": "provincial", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 64}"#,
        );
        assert_eq!(statuses["sichuan.work-permit-age-65"], "conditional");
        assert_eq!(statuses["national.work-permit-age-65"], "ineligible");
    }

    #[wasm_bindgen_test]
    fn explain_false_is_said_after_the_report() {
        let packed = evaluate(js("{}"), js(r#"{"today": "2026-01-01", "explain": false}"#)).unwrap();
        assert_eq!(packed.last(), Some(&0));
    }

    #[wasm_bindgen_test]
    fn bad_profiles_throw_errors_naming_the_field() {
        let typo = evaluate(js(r#"{"revenueYaun": 1}"#), options()).unwrap_err();
        assert_eq!(field(&typo).as_deref(), Some("revenueYaun"));
        assert_eq!(message(typo), "revenueYaun: unknown field (did you mean revenueYuan?)");
        let odd_key = evaluate(js(r#"{"a: b": 1}"#), options()).unwrap_err();
        assert_eq!(field(&odd_key).as_deref(), Some("a: b"), "the key, not the text before a colon");
        let contradiction = evaluate(js(r#"{"zone": "zunyi", "zoneLevel": "national"}"#), options()).unwrap_err();
        assert_eq!(field(&contradiction).as_deref(), Some("zoneLevel"));
        let option = evaluate(js("{}"), js(r#"{"today": "2026-02-30"}"#)).unwrap_err();
        assert_eq!(field(&option).as_deref(), Some("options.today"));
        assert!(message(option).starts_with("options.today: "));
        let profile = Object::new();
        Reflect::set(&profile, &"revenueYuan".into(), &JsValue::from_f64(f64::NAN)).unwrap();
        assert_eq!(message(evaluate(profile.into(), options()).unwrap_err()), "revenueYuan: must be a finite number");
        // `undefined` hides a misspelt key no more than `null` does.
        let undefined_typo = Object::new();
        Reflect::set(&undefined_typo, &"revenueYaun".into(), &JsValue::UNDEFINED).unwrap();
        assert_eq!(field(&evaluate(undefined_typo.into(), options()).unwrap_err()).as_deref(), Some("revenueYaun"));
        let undefined_known = Object::new();
        Reflect::set(&undefined_known, &"revenueYuan".into(), &JsValue::UNDEFINED).unwrap();
        assert!(evaluate(undefined_known.into(), options()).is_ok(), "a known fact left undefined is unknown");
        let not_an_object = evaluate(JsValue::from_str("sichuan"), options()).unwrap_err();
        assert_eq!(field(&not_an_object), None, "about the input as a whole");
        assert!(message(not_an_object).contains("JSON object"));
    }

    #[wasm_bindgen_test]
    fn parts_give_the_packed_report_and_malformed_parts_give_nothing() {
        let today = CivilDate::parse("2026-01-01").unwrap();
        // highTechEnterprise: true, province: chongqing (index 1 of the provinces).
        let parts = [3.0, 1.0, 0.0, 1.0];
        let facts = Profile::from_parts(&parts, today).unwrap();
        let mut expected = Vec::new();
        crate::output::encode::pack_report(&mut expected, &facts);
        assert_eq!(evaluate_parts(&parts, 20_260_101.0), expected);
        assert!(evaluate_parts(&[3.0], 20_260_101.0).is_empty());
        let as_of = crate::shell::parts::AS_OF_PART as f64;
        assert!(evaluate_parts(&[as_of, 20_260_230.0], 20_260_101.0).is_empty());
        assert!(evaluate_parts(&[], 20_261_301.0).is_empty());
        assert!(!evaluate_parts(&[], 0.0).is_empty(), "0 is today's date in Beijing");
    }

    /// A Proxy whose `ownKeys` trap throws, and a revoked Proxy.
    fn hostile_objects() -> [JsValue; 2] {
        let handler = Object::new();
        // JSON.parse as the trap throws a SyntaxError on "[object Object]",
        // without compiling any JavaScript from a string.
        let json = Reflect::get(&js_sys::global(), &"JSON".into()).unwrap();
        let throw = Reflect::get(&json, &"parse".into()).unwrap();
        Reflect::set(&handler, &"ownKeys".into(), &throw).unwrap();
        let throwing = js_sys::Proxy::new(&Object::new(), &handler);
        let revocable = js_sys::Proxy::revocable(&Object::new(), &Object::new());
        let revoke: js_sys::Function = Reflect::get(&revocable, &"revoke".into()).unwrap().unchecked_into();
        revoke.call0(&JsValue::NULL).unwrap();
        [throwing.into(), Reflect::get(&revocable, &"proxy".into()).unwrap()]
    }

    #[wasm_bindgen_test]
    fn hostile_proxies_are_refused_and_never_brick_the_engine() {
        // ~600 exceptions unwinding through wasm used to exhaust its stack.
        for _ in 0..2_000 {
            for hostile in hostile_objects() {
                let error = evaluate(hostile.clone(), options()).unwrap_err();
                assert!(message(error).starts_with("profile: cannot be read"));
                let error = evaluate(js("{}"), hostile.clone()).unwrap_err();
                assert!(message(error).starts_with("options: cannot be read"));
                let value = Object::new();
                Reflect::set(&value, &"highTechEnterprise".into(), &hostile).unwrap();
                assert!(evaluate(value.into(), options()).is_err());
            }
        }
        let statuses = evaluated(r#"{"zone": "chongqing", "highTechEnterprise": true}"#);
        assert_eq!(statuses["chongqing.high-tech-enterprise-income-tax"], "informational");
        assert_eq!(version(), crate::VERSION);
    }
}
