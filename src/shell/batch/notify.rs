//! A notification list for one measure: the enterprises to tell about it,
//! with the registry's own identifying and contact columns, the status and
//! what is still missing in words, and the draft mark. The rows and columns
//! are chosen here; the words come from the caller (the page's language,
//! written by hand in `js/batch/batch-i18n.js`).

use super::columns::{Columns, Target};
use crate::engine::fact::Fact;
use crate::engine::measure::{Jurisdiction, Measure, Nature};
use crate::engine::text::Text;
use crate::output::report::Status;
use std::collections::HashMap;

/// The words of a notification list, in the page's language.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Words {
    /// Headers of the added columns.
    pub row: String,
    pub measure: String,
    pub status: String,
    pub missing: String,
    pub draft: String,
    /// The measure's title, and the draft column's cell for a draft.
    pub title: String,
    pub draft_mark: String,
    /// Status name → words; fact name → words.
    pub statuses: HashMap<String, String>,
    #[serde(default)]
    pub facts: HashMap<String, String>,
    /// Between two missing facts.
    #[serde(default)]
    pub separator: String,
    /// The header of the column that says who decides ([`decides`]), the
    /// language of its catalogue words (`en`, else Chinese), and the words
    /// for a result that is information only.
    #[serde(default)]
    pub decides: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub information: String,
}

impl Words {
    /// The words of `measure`'s list in Chinese, or English when `english`,
    /// as the batch page writes them (`js/batch/batch-i18n.js`): for
    /// `check --csv --notify`, whose list is then the page's.
    pub fn builtin(measure: &Measure, english: bool) -> Words {
        let pick = |text: Text| if english { text.en } else { text.zh }.to_owned();
        let [row, measure_header, status, missing, draft, decides, information, separator] = if english {
            [
                "Row",
                "Measure",
                "Result",
                "Missing facts",
                "Draft for comments",
                "Who decides",
                "For information only, nothing to claim: ",
                ", ",
            ]
        } else {
            ["行号", "政策", "结果", "缺少的信息", "征求意见稿", "由谁决定", "仅供参考，不是可申请的待遇：", "、"]
        };
        let statuses: [(&str, &str, &str); 6] = [
            ("eligible", "可以申请", "Eligible"),
            ("conditional", "尚需他人决定", "Awaits a decision"),
            ("unknown", "还需更多信息", "Needs more information"),
            ("ineligible", "不适用", "Not applicable"),
            ("informational", "相关（供参考）", "Relevant (for information)"),
            ("error", "数据有误", "Bad data"),
        ];
        Words {
            row: row.to_owned(),
            measure: measure_header.to_owned(),
            status: status.to_owned(),
            missing: missing.to_owned(),
            draft: draft.to_owned(),
            title: title(measure, english),
            draft_mark: draft.to_owned(),
            statuses: statuses
                .iter()
                .map(|(name, zh, en)| ((*name).to_owned(), (if english { *en } else { *zh }).to_owned()))
                .collect(),
            facts: Target::all().map(|target| (target.name().to_owned(), pick(target.label()))).collect(),
            separator: separator.to_owned(),
            decides: decides.to_owned(),
            lang: (if english { "en" } else { "zh-Hans" }).to_owned(),
            information: information.to_owned(),
        }
    }
}

/// A measure's title as the page gives it: where several documents grant
/// the same benefit under one title, with whose document it is.
fn title(measure: &Measure, english: bool) -> String {
    let shared = crate::catalogue::measures().filter(|other| other.title.zh == measure.title.zh).count() > 1;
    let (title, where_) = if english {
        let where_ = match measure.jurisdiction() {
            Jurisdiction::National => "National",
            Jurisdiction::Sichuan => "Sichuan",
            Jurisdiction::Chengdu => "Chengdu (demonstration zone)",
            Jurisdiction::Chongqing => "Chongqing",
            Jurisdiction::Guizhou => "Guizhou",
        };
        (measure.title.en, where_)
    } else {
        let where_ = match measure.jurisdiction() {
            Jurisdiction::National => "国家",
            Jurisdiction::Sichuan => "四川省",
            Jurisdiction::Chengdu => "成都（示范区文件）",
            Jurisdiction::Chongqing => "重庆市",
            Jurisdiction::Guizhou => "贵州省",
        };
        (measure.title.zh, where_)
    };
    match (shared, english) {
        (false, _) => title.to_owned(),
        (true, false) => format!("{title}（{where_}）"),
        (true, true) => format!("{title} ({where_})"),
    }
}

/// Who decides a result, in `words.lang`: for a measure that someone still
/// decides (`conditional`, or `unknown` until then), the catalogue's words
/// on who decides and what is still needed; for a result that is
/// information only, `words.information` (and for a restated national rule,
/// that rule). Empty for the rest.
pub fn decides(measure: &Measure, status: Status, words: &Words) -> String {
    let text = |text: Text| if words.lang == "en" { text.en } else { text.zh }.to_owned();
    match (measure.nature, status) {
        (Nature::Discretionary(approval), Status::Conditional | Status::Unknown) => text(approval),
        (Nature::Restated(rule), Status::Informational) => format!("{}{}", words.information, text(rule)),
        (Nature::Direction, Status::Informational) => words.information.clone(),
        _ => String::new(),
    }
}

/// The province of a measure's document: none for a national one.
pub fn province_of(measure: &Measure) -> Option<&'static str> {
    match measure.jurisdiction() {
        Jurisdiction::National => None,
        Jurisdiction::Sichuan | Jurisdiction::Chengdu => Some("sichuan"),
        Jurisdiction::Chongqing => Some("chongqing"),
        Jurisdiction::Guizhou => Some("guizhou"),
    }
}

/// Whether a measure is another province's than `province` (a registry's):
/// its document is a province's or a city's, and not of that province.
pub fn of_another_province(measure: &Measure, province: &str) -> bool {
    province_of(measure).is_some_and(|own| own != province)
}

/// Whether a header names a way to reach the enterprise (or whom to ask).
fn is_contact(header: &str) -> bool {
    const WORDS: &[&str] = &[
        "联系人",
        "联系电话",
        "联系方式",
        "电话",
        "手机",
        "邮箱",
        "电子邮件",
        "地址",
        "负责人",
        "法定代表人",
        "法人",
        "contact",
        "phone",
        "tel",
        "mobile",
        "email",
        "e-mail",
        "address",
    ];
    let key = super::cell::name_key(header);
    WORDS.iter().any(|word| key.contains(&super::cell::name_key(word)))
}

/// The registry's columns a notification list keeps, in the file's order:
/// the enterprise's name, credit code, certificate number, and contacts,
/// and the row's sheet when a workbook's sheets were read one after another
/// (one per park: its row numbers are the sheet's).
pub fn kept_columns(columns: &Columns) -> Vec<usize> {
    let sheet_column = columns.len().checked_sub(1);
    columns
        .iter()
        .enumerate()
        .filter(|(index, column)| {
            matches!(column.target, Some(Target::Name | Target::Code | Target::Certificate))
                || is_contact(&column.header)
                || (Some(*index) == sheet_column
                    && column.target.is_none()
                    && column.header == super::input::SHEET_COLUMN)
        })
        .map(|(index, _)| index)
        .collect()
}

/// The missing facts of a result in words.
pub fn missing_words(facts: &[&'static str], words: &Words) -> String {
    let separator = if words.separator.is_empty() { "; " } else { words.separator.as_str() };
    facts
        .iter()
        .map(|name| {
            words.facts.get(*name).cloned().unwrap_or_else(|| {
                Fact::from_name(name).map_or_else(|| (*name).to_owned(), |fact| fact.question().zh.to_owned())
            })
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The words of the whole table for people ([`super::Batch::export_readable`]):
/// headers and statuses in the page's language, only the measures listed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadableWords {
    /// Headers of the code check and error columns.
    pub code_check: String,
    pub error: String,
    /// After a measure's title: its result column, its missing column.
    pub result_suffix: String,
    pub missing_suffix: String,
    /// The measures to list, in order, with their titles.
    pub measures: Vec<(String, String)>,
    /// Status name → words; fact name → words.
    pub statuses: HashMap<String, String>,
    #[serde(default)]
    pub facts: HashMap<String, String>,
    #[serde(default)]
    pub separator: String,
    /// An error row's problems in words, by its row number (as text); the
    /// command line's English otherwise.
    #[serde(default)]
    pub errors: HashMap<String, String>,
}

impl ReadableWords {
    /// As [`Words`] for [`missing_words`].
    pub fn fact_words(&self) -> Words {
        Words { facts: self.facts.clone(), separator: self.separator.clone(), ..Words::default() }
    }
}
