//! Text written by hand in both languages.

use serde::Serialize;

/// The same words in Simplified Chinese and in English, both written by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    #[serde(rename = "zh-Hans")]
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    /// Words every build keeps: the engine's error messages.
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        Text { zh, en }
    }

    /// The catalogue's words: titles, benefits, tests, questions, choices,
    /// zone names. Kept with the `details` feature (the command line, the
    /// batch module, the tests); in the engine's wasm (built without it)
    /// left empty when the crate is compiled, so that they never reach the
    /// wasm: scripts/engine-data.mjs writes them, one file per language,
    /// from the command line's `engine-data` (pkg/words-zh-Hans.json,
    /// pkg/words-en.json), and the glue puts them back (js/data.js,
    /// issue 26).
    pub const fn words(zh: &'static str, en: &'static str) -> Text {
        #[cfg(feature = "details")]
        {
            Text { zh, en }
        }
        #[cfg(not(feature = "details"))]
        {
            let _ = (zh, en);
            Text { zh: "", en: "" }
        }
    }
}
