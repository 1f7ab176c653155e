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
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        Text { zh, en }
    }
}
