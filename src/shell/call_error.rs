//! What a call into the JavaScript API can be refused for: a profile the
//! core refuses ([`ProfileError`]) or options and objects the bindings
//! cannot use. Each has a stable code, the field it is about and its message
//! in both languages, written here by hand; the WebAssembly bindings put all
//! four on the `Error` they throw. Compiled natively too, so that
//! `cargo test` checks every variant's words.

use crate::engine::date::DateError;
use crate::engine::profile::{Expected, ProfileError};
use crate::engine::text::Text;

/// Why `evaluate` or `nextQuestions` refused a call.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("options must be an object, e.g. {{ today: \"2026-01-01\" }}")]
    OptionsNotAnObject,
    #[error("options.{name}: unknown option (allowed: today, explain)")]
    UnknownOption { name: String },
    #[error("options.{name}: must be {expected}")]
    OptionWrongType { name: &'static str, expected: Expected },
    #[error("options.today: {0}")]
    OptionBadDate(DateError),
    #[error("options.today: the clock is out of range; give options.today")]
    ClockOutOfRange,
    /// The profile or the options as a whole (`what`): a Proxy trap threw.
    #[error("{what}: cannot be read (a Proxy trap threw, or the Proxy was revoked)")]
    Unreadable { what: &'static str },
    /// One field or option (its getter threw, or its value is a revoked Proxy).
    #[error("{field}: cannot be read{}", why.map(|why| format!(" ({})", why.en)).unwrap_or_default())]
    FieldUnreadable { field: String, why: Option<Text> },
    #[error("internal error: {0}")]
    Internal(String),
}

/// Why a field cannot be read: its getter threw.
pub const GETTER_THREW: Text = Text::new("读取时出错", "its getter threw");
/// Why a field cannot be read: its value is a revoked Proxy.
pub const REVOKED_PROXY: Text = Text::new("它是已撤销的 Proxy", "a revoked Proxy");

impl CallError {
    /// The stable code: the profile error's own, or one of these. An option
    /// of the wrong type or a bad date shares the profile's code (`wrong-type`,
    /// `bad-date`): the field (`options.today`) tells them apart.
    pub const fn code(&self) -> &'static str {
        match self {
            CallError::Profile(error) => error.code(),
            CallError::OptionsNotAnObject => "options-not-an-object",
            CallError::UnknownOption { .. } => "unknown-option",
            CallError::OptionWrongType { .. } => "wrong-type",
            CallError::OptionBadDate(_) => "bad-date",
            CallError::ClockOutOfRange => "clock-out-of-range",
            CallError::Unreadable { .. } | CallError::FieldUnreadable { .. } => "unreadable",
            CallError::Internal(_) => "internal",
        }
    }

    /// The profile field or option the error is about (`"options.today"`),
    /// or None when it is about the input as a whole.
    pub fn field(&self) -> Option<String> {
        match self {
            CallError::Profile(error) => error.field(),
            CallError::UnknownOption { name } => Some(format!("options.{name}")),
            CallError::OptionWrongType { name, .. } => Some(format!("options.{name}")),
            CallError::OptionBadDate(_) | CallError::ClockOutOfRange => Some("options.today".to_owned()),
            CallError::FieldUnreadable { field, .. } => Some(field.clone()),
            CallError::OptionsNotAnObject | CallError::Unreadable { .. } | CallError::Internal(_) => None,
        }
    }

    /// The message in Simplified Chinese (the English one is `Display`).
    pub fn message_zh(&self) -> String {
        match self {
            CallError::Profile(error) => error.message_zh(),
            CallError::OptionsNotAnObject => "options 必须是对象，例如 { today: \"2026-01-01\" }".to_owned(),
            CallError::UnknownOption { name } => format!("options.{name}：没有这个选项（可用：today、explain）"),
            CallError::OptionWrongType { name, expected } => format!("options.{name}：必须是{}", expected.text().zh),
            CallError::OptionBadDate(error) => format!("options.today：{}", error.message_zh()),
            CallError::ClockOutOfRange => "options.today：设备时钟超出范围；请给出 options.today".to_owned(),
            CallError::Unreadable { what } => format!("{what}：无法读取（Proxy 的拦截函数出错，或 Proxy 已撤销）"),
            CallError::FieldUnreadable { field, why } => {
                format!("{field}：无法读取{}", why.map(|why| format!("（{}）", why.zh)).unwrap_or_default())
            }
            CallError::Internal(_) => "内部错误：引擎的回答无法转换（请联系网站管理员）".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::CivilDate;
    use crate::engine::fact::Fact;
    use crate::engine::profile::{Field, JsonSyntax};

    /// One error of every variant. The match below has no wildcard, so a new
    /// variant does not compile until it is added here with its words.
    fn every_variant() -> Vec<CallError> {
        let date = |text| CivilDate::parse(text).unwrap_or_else(|_| unreachable!());
        let revenue = Field::Fact(Fact::RevenueYuan);
        let profile = [
            ProfileError::Json(JsonSyntax { detail: "expected value at line 1 column 2".into(), line: 1, column: 2 }),
            ProfileError::NotAnObject,
            ProfileError::UnknownField { field: "revenueYaun".into(), suggestion: Some("revenueYuan") },
            ProfileError::UnknownField { field: "k0".into(), suggestion: None },
            ProfileError::DuplicateKey { field: "zone".into() },
            ProfileError::RetiredField {
                field: "registersTechContracts",
                instead: "techContractSeller",
                why: Text::new("卖方", "the seller"),
            },
            ProfileError::WrongType { field: revenue, expected: Expected::Yuan },
            ProfileError::NotFinite { field: revenue },
            ProfileError::Negative { field: revenue },
            ProfileError::TooLarge { field: revenue },
            ProfileError::FinerThanFen { field: revenue },
            ProfileError::TooOld { field: Field::Fact(Fact::Age) },
            ProfileError::BadDate { field: Field::AsOf, source: DateError::Day { year: 2026, month: 2, day: 30 } },
            ProfileError::BornAfterAsOf { birth_date: date("2030-01-01"), as_of: date("2026-01-01") },
            ProfileError::AgeDisagrees {
                age: 40,
                birth_date: date("1960-01-01"),
                computed: 66,
                as_of: date("2026-01-01"),
            },
            ProfileError::UnknownValue { field: Field::Fact(Fact::Zone), value: "guiyan".into() },
            ProfileError::ZoneContradiction {
                field: Fact::Province,
                zone: "zunyi",
                given: "sichuan",
                implied: "guizhou",
            },
            ProfileError::ImpliedFactDenied {
                field: Fact::TechEnterprise,
                implied_by: Fact::HighTechEnterprise,
                why: Text::new("高新技术企业即是科技型企业", "that makes it a technology enterprise"),
            },
            ProfileError::Parts,
        ];
        let mut all: Vec<CallError> = profile.into_iter().map(CallError::Profile).collect();
        all.extend([
            CallError::OptionsNotAnObject,
            CallError::UnknownOption { name: "todya".into() },
            CallError::OptionWrongType { name: "explain", expected: Expected::Bool },
            CallError::OptionBadDate(DateError::Month),
            CallError::OptionBadDate(DateError::Format),
            CallError::ClockOutOfRange,
            CallError::Unreadable { what: "profile" },
            CallError::FieldUnreadable { field: "zone".into(), why: Some(GETTER_THREW) },
            CallError::FieldUnreadable { field: "zone".into(), why: Some(REVOKED_PROXY) },
            CallError::FieldUnreadable { field: "options.today".into(), why: None },
            CallError::Internal("the report is not JSON".into()),
        ]);
        for error in &all {
            // Exhaustive: a new variant must be added above.
            match error {
                CallError::Profile(profile) => match profile {
                    ProfileError::Json(_)
                    | ProfileError::NotAnObject
                    | ProfileError::UnknownField { .. }
                    | ProfileError::DuplicateKey { .. }
                    | ProfileError::RetiredField { .. }
                    | ProfileError::WrongType { .. }
                    | ProfileError::NotFinite { .. }
                    | ProfileError::Negative { .. }
                    | ProfileError::TooLarge { .. }
                    | ProfileError::FinerThanFen { .. }
                    | ProfileError::TooOld { .. }
                    | ProfileError::BadDate { .. }
                    | ProfileError::BornAfterAsOf { .. }
                    | ProfileError::AgeDisagrees { .. }
                    | ProfileError::UnknownValue { .. }
                    | ProfileError::ZoneContradiction { .. }
                    | ProfileError::ImpliedFactDenied { .. }
                    | ProfileError::Parts => {}
                },
                CallError::OptionsNotAnObject
                | CallError::UnknownOption { .. }
                | CallError::OptionWrongType { .. }
                | CallError::OptionBadDate(_)
                | CallError::ClockOutOfRange
                | CallError::Unreadable { .. }
                | CallError::FieldUnreadable { .. }
                | CallError::Internal(_) => {}
            }
        }
        all
    }

    /// Two English words in a row: a sentence left untranslated.
    fn english_words(text: &str) -> Option<String> {
        let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphabetic() && c != ' ').collect();
        words
            .iter()
            .flat_map(|run| {
                run.split(' ').collect::<Vec<_>>().windows(2).map(|pair| pair.join(" ")).collect::<Vec<_>>()
            })
            .find(|pair| pair.split(' ').all(|word| word.len() > 1))
    }

    #[test]
    fn every_variant_has_a_code_a_chinese_message_and_a_field_that_starts_both() {
        // The check below can fail: it finds the English of today's message.
        assert_eq!(english_words("zone：unknown value “guiyan”").as_deref(), Some("unknown value"));
        assert_eq!(english_words("age：true 或 false，YYYY-MM-DD，JSON"), None);
        for error in every_variant() {
            let (en, zh, code) = (error.to_string(), error.message_zh(), error.code());
            assert!(!code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{code}");
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{code}: {zh}");
            assert_eq!(english_words(&zh), None, "{code}: an English sentence in {zh}");
            assert_ne!(en, zh, "{code}");
            if let Some(field) = error.field() {
                assert!(en.starts_with(&format!("{field}: ")), "{code}: {en}");
                assert!(zh.starts_with(&format!("{field}：")), "{code}: {zh}");
            }
        }
    }

    #[test]
    fn one_code_per_profile_error_variant() {
        let mut codes: Vec<(&str, std::mem::Discriminant<ProfileError>)> = every_variant()
            .iter()
            .filter_map(|error| match error {
                CallError::Profile(profile) => Some((profile.code(), std::mem::discriminant(profile))),
                _ => None,
            })
            .collect();
        codes.sort_by_key(|(code, _)| *code);
        codes.dedup();
        for pair in codes.windows(2) {
            if let [(a, x), (b, y)] = pair {
                assert!(a != b || x == y, "{a} is the code of two variants");
            }
        }
        assert_eq!(codes.len(), 18, "one code for each of the 18 variants");
    }

    #[test]
    fn the_declared_codes_are_the_codes_javascript_can_meet() {
        let declarations = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/js/engine.d.ts")).unwrap();
        let union = declarations
            .split("export type ProfileErrorCode =")
            .nth(1)
            .and_then(|rest| rest.split(';').next())
            .expect("js/engine.d.ts declares ProfileErrorCode");
        let mut declared: Vec<&str> = union.split('"').skip(1).step_by(2).collect();
        declared.sort_unstable();
        // JavaScript hands the core objects, never JSON text: no syntax error,
        // no key given twice, and parts only the glue makes.
        let mut codes: Vec<&str> = every_variant()
            .iter()
            .map(CallError::code)
            .filter(|code| !["not-json", "duplicate-key", "parts"].contains(code))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(declared, codes);
    }

    #[test]
    fn the_english_messages_stay_as_the_command_line_prints_them() {
        let option = CallError::OptionWrongType { name: "today", expected: Expected::Date };
        assert_eq!(option.to_string(), "options.today: must be a date string YYYY-MM-DD");
        let unreadable = CallError::FieldUnreadable { field: "zone".into(), why: Some(GETTER_THREW) };
        assert_eq!(unreadable.to_string(), "zone: cannot be read (its getter threw)");
        let option_getter = CallError::FieldUnreadable { field: "options.today".into(), why: None };
        assert_eq!(option_getter.to_string(), "options.today: cannot be read");
        let unknown = CallError::UnknownOption { name: "todya".into() };
        assert_eq!(unknown.to_string(), "options.todya: unknown option (allowed: today, explain)");
        assert_eq!(unknown.field().as_deref(), Some("options.todya"));
    }
}
