//! What a support measure is: who it is for, what it gives, where it is
//! written, and the condition tree that decides who qualifies.

use crate::condition::{Check, Condition};
use crate::fact::{Audience, Fact};
use crate::text::Text;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// Whose document a measure comes from; the first part of its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Jurisdiction {
    National,
    Sichuan,
    Chengdu,
    Chongqing,
    Guizhou,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 5] = [
        Jurisdiction::National,
        Jurisdiction::Sichuan,
        Jurisdiction::Chengdu,
        Jurisdiction::Chongqing,
        Jurisdiction::Guizhou,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::National => "national",
            Jurisdiction::Sichuan => "sichuan",
            Jurisdiction::Chengdu => "chengdu",
            Jurisdiction::Chongqing => "chongqing",
            Jurisdiction::Guizhou => "guizhou",
        }
    }
}

/// Whether a document is in force or only a draft for comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DocumentStatus {
    InForce,
    Draft,
}

/// A source document, as its text identifies itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// The vendored text under `sources/`.
    pub file: &'static str,
    pub title: Text,
    pub issuer: Text,
    /// 文号, e.g. 国发〔2020〕7号; `None` when the document has none.
    pub number: Option<&'static str>,
    /// Date of issue as the text gives it (`YYYY-MM-DD`), if it gives one.
    pub date: Option<&'static str>,
    pub status: DocumentStatus,
    /// Where the text came from and what is odd about it.
    pub note: Text,
}

/// The kind of benefit, for grouping and icons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BenefitKind {
    Loan,
    Award,
    Subsidy,
    TaxRelief,
    Procurement,
    Financing,
    Insurance,
    Voucher,
    ListingSupport,
    ProjectSupport,
    StaffReward,
    Entrepreneurship,
    WorkPermit,
    Visa,
    Residence,
    PermanentResidence,
}

/// What a measure gives, in words and in the figures the text fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Benefit {
    pub kind: BenefitKind,
    pub text: Text,
    /// 最高 / 不超过 … 元: the cap in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_yuan: Option<u64>,
    /// 不低于 …%: the minimum share of `share_of` that goes to the beneficiary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_share_percent: Option<u64>,
    /// The amount fact the share is taken of.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "fact_name")]
    pub share_of: Option<Fact>,
    /// …年以内: the longest term in years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u64>,
    /// 放宽至 … 岁: the relaxed age limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_limit: Option<u16>,
}

impl Benefit {
    /// A benefit described in words only.
    pub const fn plain(kind: BenefitKind, zh: &'static str, en: &'static str) -> Benefit {
        Benefit {
            kind,
            text: Text { zh, en },
            max_yuan: None,
            min_share_percent: None,
            share_of: None,
            max_years: None,
            age_limit: None,
        }
    }

    pub const fn up_to_yuan(self, yuan: u64) -> Benefit {
        Benefit { max_yuan: Some(yuan), ..self }
    }

    pub const fn at_least_share(self, percent: u64, of: Fact) -> Benefit {
        Benefit { min_share_percent: Some(percent), share_of: Some(of), ..self }
    }

    pub const fn up_to_years(self, years: u64) -> Benefit {
        Benefit { max_years: Some(years), ..self }
    }

    pub const fn age_limit(self, age: u16) -> Benefit {
        Benefit { age_limit: Some(age), ..self }
    }
}

fn fact_name<S: Serializer>(fact: &Option<Fact>, serializer: S) -> Result<S::Ok, S::Error> {
    match fact {
        Some(fact) => serializer.serialize_str(fact.name()),
        None => serializer.serialize_none(),
    }
}

/// One support measure with a concrete beneficiary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    /// `<jurisdiction>.<slug>`.
    pub id: &'static str,
    pub jurisdiction: Jurisdiction,
    pub audience: Audience,
    pub title: Text,
    pub benefit: Benefit,
    pub document: &'static Document,
    /// The clause number as the document writes it, e.g. （九）.
    pub clause: &'static str,
    /// The sentence the measure encodes, verbatim from the document.
    pub quote: &'static str,
    /// Who qualifies.
    pub condition: Condition,
    /// When the document makes the benefit subject to an approval or a
    /// case-by-case decision: what is still needed. Met conditions then give
    /// `conditional`, not `eligible`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval: Option<Text>,
    /// The departments the document makes responsible (责任单位 / 牵头).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsible: Option<Text>,
    /// What the engine simplifies or reads into the text, if anything.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Condition::All(children) => map.serialize_entry("all", children)?,
            Condition::Any(children) => map.serialize_entry("any", children)?,
            Condition::Not(child) => map.serialize_entry("not", child)?,
            Condition::Test(test) => map.serialize_entry("test", &TestView(test.check, test.text))?,
        }
        map.end()
    }
}

struct TestView(Check, Text);

impl Serialize for TestView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let facts: Vec<&str> = self.0.facts().map(Fact::name).collect();
        let mut out = serializer.serialize_struct("Test", 2)?;
        out.serialize_field("facts", &facts)?;
        out.serialize_field("text", &self.1)?;
        out.end()
    }
}
